"""Metric label values: pre-created at start-up, bounded however much traffic arrives."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from jointwatch.metrics import (
    MAX_STATE_PAIR_LABELS,
    MULTINATIONAL_PAIR,
    OTHER_PAIR,
    Metrics,
    Stage,
    state_pairs,
)


def sample(metrics: Metrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels)


def pair_labels(metrics: Metrics) -> set[str]:
    return {
        s.labels["pair"]
        for family in metrics.registry.collect()
        if family.name == "jointwatch_alerts_by_state_pair"
        for s in family.samples
    }


def test_state_pairs_are_sorted_unordered_pairs() -> None:
    assert state_pairs(["RUS", "CHN"]) == ["CHN-RUS"]
    assert state_pairs(["USA", "JPN", "KOR"]) == ["JPN-KOR", "JPN-USA", "KOR-USA"]
    assert state_pairs(["CHN", "CHN"]) == []


def test_a_large_coalition_counts_once_as_multinational() -> None:
    assert state_pairs(["AUS", "CAN", "FRA", "GBR", "JPN", "USA"]) == [MULTINATIONAL_PAIR]


def test_fresh_registry_reads_zero_for_every_stage_and_the_fixed_pair_values() -> None:
    metrics = Metrics.create(CollectorRegistry())
    for stage in Stage:
        assert sample(metrics, "jointwatch_stage_seconds_count", stage=stage.value) == 0
    assert pair_labels(metrics) == {MULTINATIONAL_PAIR, OTHER_PAIR}
    assert sample(metrics, "jointwatch_rebalances_total") == 0


def test_record_classifier_sets_versions_and_precreates_usual_pairs() -> None:
    metrics = Metrics.create(CollectorRegistry())
    metrics.record_classifier(
        version="rules-1",
        knowledge_version="kb-7",
        compiled=True,
        usual_participants=[["CHN", "RUS"], ["IND", "JPN", "USA"], list("ABCDEF")],
    )
    info = sample(
        metrics,
        "jointwatch_classifier_info",
        version="rules-1",
        knowledge_version="kb-7",
        build="compiled",
    )
    assert info == 1
    assert pair_labels(metrics) == {
        MULTINATIONAL_PAIR,
        OTHER_PAIR,
        "CHN-RUS",
        "IND-JPN",
        "IND-USA",
        "JPN-USA",
    }
    assert sample(metrics, "jointwatch_alerts_by_state_pair_total", pair="CHN-RUS") == 0


def test_alert_state_pairs_are_counted_and_capped() -> None:
    metrics = Metrics.create(CollectorRegistry())
    metrics.count_alert_state_pairs(["RUS", "CHN"])
    metrics.count_alert_state_pairs(["CHN", "RUS"])
    assert sample(metrics, "jointwatch_alerts_by_state_pair_total", pair="CHN-RUS") == 2
    codes = [f"S{i:03d}" for i in range(40)]
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            metrics.count_alert_state_pairs([a, b])
    labels = pair_labels(metrics)
    assert len(labels) == MAX_STATE_PAIR_LABELS + 2  # plus "multinational" and "other"
    assert sample(metrics, "jointwatch_alerts_by_state_pair_total", pair=OTHER_PAIR) == (
        40 * 39 // 2 + 1 - MAX_STATE_PAIR_LABELS
    )
