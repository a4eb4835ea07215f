from datetime import UTC, datetime, timedelta

from jointwatch.core.alerts import alert_from_cluster, summarize
from jointwatch.core.clustering import (
    MAX_DONE_ARTICLES,
    GroupState,
    Report,
    assign_report,
    group_key,
    join_group,
)
from jointwatch.core.models import Asset, ClassificationResult, Location, RegionOfInterest, Severity

T0 = datetime(2024, 7, 24, 12, tzinfo=UTC)
WINDOW = timedelta(hours=72)
BERING = Location(name="Bering Sea", lat=58.0, lon=-178.0)
SEA_OF_JAPAN = Location(name="Sea of Japan", lat=40.0, lon=135.0)
BALTIC = Location(name="Baltic Sea", lat=58.0, lon=20.0)
NAMES = {"CHN": "China", "RUS": "Russia", "USA": "United States", "JPN": "Japan"}


def report(article_id, *, states=("CHN", "RUS"), at=T0, loc=BERING, source="wire", severity="high"):
    result = ClassificationResult(
        article_id=article_id,
        joint_military_activity=True,
        score=0.9,
        states=list(states),
        activity="patrol",
        domains=["air"],
        assets=[Asset(name="Tu-95MS", state="RUS", nuclear_capable=True)],
        locations=[loc] if loc else [],
        region_of_interest=RegionOfInterest(
            name="Alaska", distance_km=320, distance_source="stated"
        ),
        severity=Severity(severity),
        classifier_version="test",
    )
    return Report(result=result, source=source, published_at=at, received_at=at)


def run(reports):
    """Route reports by group key like the pipeline does; return every published cluster."""
    table: dict[str, list] = {}
    published = []
    for i, r in enumerate(reports):
        key = group_key(r.result)
        table[key], cluster = assign_report(
            table.get(key, []),
            r,
            now=T0 + timedelta(minutes=i),
            window=WINDOW,
            max_distance_km=1500,
        )
        published.append(cluster)
    return published


def test_reports_of_one_event_grow_one_alert_revision_by_revision():
    out = run(
        [report("a1"), report("a2", at=T0 + timedelta(hours=3)), report("a3", source="other")]
    )
    assert len({c.alert_id for c in out}) == 1
    assert [c.revision for c in out] == [1, 2, 3]
    assert out[-1].article_ids == ["a1", "a2", "a3"]
    assert out[-1].sources == ["wire", "other"]


def test_two_events_interleaved_give_exactly_two_alert_ids():
    reports = [
        report("p1"),
        report("x1", states=("JPN", "USA"), loc=SEA_OF_JAPAN),
        report("p2"),
        report("x2", states=("JPN", "USA"), loc=SEA_OF_JAPAN),
        report("p3"),
    ]
    out = run(reports)
    assert len({c.alert_id for c in out}) == 2
    assert out[-1].revision == 3


def test_same_states_far_apart_in_time_or_place_are_separate_events():
    out = run([report("a1"), report("a2", at=T0 + timedelta(days=10)), report("a3", loc=BALTIC)])
    assert len({c.alert_id for c in out}) == 3


def test_redelivered_article_republishes_the_same_revision():
    out = run([report("a1"), report("a2"), report("a2")])
    assert (out[2].alert_id, out[2].revision) == (out[1].alert_id, out[1].revision)
    assert out[2].article_ids == ["a1", "a2"]


def test_alert_id_is_stable_across_reprocessing():
    assert run([report("a1")])[0].alert_id == run([report("a1")])[0].alert_id


def test_severity_only_grows():
    out = run([report("a1", severity="critical"), report("a2", severity="medium")])
    assert out[-1].severity is Severity.CRITICAL


def test_alert_summary_reads_as_a_sentence():
    cluster = run([report("a1"), report("a2")])[-1]
    line = summarize(cluster, NAMES)
    assert line.startswith("China and Russia: joint air patrol over Bering Sea, 320 km from Alaska")
    assert "Tu-95MS (nuclear-capable)" in line
    assert line.endswith("2 reports")
    alert = alert_from_cluster(cluster, NAMES)
    assert alert.source_count == 2
    assert alert.revision == 2


def test_a_late_copy_of_a_report_whose_cluster_was_pruned_opens_no_second_alert():
    state = GroupState()
    published = []
    for i, r in enumerate(
        [
            report("e1-a"),
            report("e1-b", at=T0 + timedelta(hours=2)),
            report("e2-a", at=T0 + timedelta(days=30)),  # prunes e1's cluster
            report("e1-b", at=T0 + timedelta(hours=2)),  # a re-delivered copy
        ]
    ):
        state, cluster = join_group(
            state, r, now=T0 + timedelta(minutes=i), window=WINDOW, max_distance_km=1500
        )
        published.append(cluster)
    assert published[-1] is None
    assert len({c.alert_id for c in published if c is not None}) == 2
    assert [c.alert_id for c in state.clusters] == [published[2].alert_id]
    assert state.done == ["e1-b", "e1-a"]


def test_a_cluster_whose_alert_is_not_yet_acknowledged_is_not_pruned():
    """The crash this prevents: e1's alert is in flight when a later report's state (which
    would prune e1) reaches the changelog; the worker dies, the alert is lost, and the
    re-sent e1 report must still find its cluster and publish its revision again."""
    kw = {"window": WINDOW, "max_distance_km": 1500}
    state, first = join_group(GroupState(), report("e1-a"), now=T0, **kw)
    assert first is not None
    later = report("e2-a", at=T0 + timedelta(days=30))
    kept, _ = join_group(state, later, now=T0, unpublished={first.alert_id}, **kw)
    assert first.alert_id in {c.alert_id for c in kept.clusters} and kept.done == []
    _, again = join_group(kept, report("e1-a"), now=T0, **kw)  # the re-sent report
    assert again is not None and (again.alert_id, again.revision) == (first.alert_id, 1)
    pruned, _ = join_group(state, later, now=T0, **kw)  # once acknowledged it may go
    assert pruned.done == ["e1-a"]


def test_group_state_reads_the_bare_list_format_and_round_trips():
    _, cluster = assign_report([], report("a1"), now=T0, window=WINDOW, max_distance_km=1500)
    old = [cluster.model_dump(mode="json")]
    state = GroupState.from_stored(old)
    assert state.clusters == [cluster] and state.done == []
    assert GroupState.from_stored(state.model_dump(mode="json")) == state


def test_done_article_ids_are_bounded():
    state = GroupState(done=[f"old-{i}" for i in range(MAX_DONE_ARTICLES)])
    state, _ = join_group(state, report("a1"), now=T0, window=WINDOW, max_distance_km=1500)
    state, _ = join_group(
        state, report("b1", at=T0 + timedelta(days=30)), now=T0, window=WINDOW, max_distance_km=1500
    )
    assert len(state.done) == MAX_DONE_ARTICLES
    assert state.done[0] == "a1"
