"""The pipeline's stages in order: mute -> route -> dedup -> rate limit -> retry(send) -> record."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from jointwatch.core.models import Alert, RegionOfInterest, Severity
from jointwatch.metrics import Channel
from jointwatch.notifier.notifiers.base import DeliveryResult
from jointwatch.notifier.pipeline import build_delivery_pipeline
from jointwatch.notifier.record import Fate
from jointwatch.notifier.routes import Route
from jointwatch.notifier.silences import Matcher, Silence

from .conftest import counter

OK = DeliveryResult(ok=True, status=200, reason="HTTP 200 OK")


class RecordingNotifier:
    channel = Channel.WEBHOOK

    def __init__(self, *results: DeliveryResult) -> None:
        self.results = list(results) or [OK]
        self.sent: list[tuple[str, int, tuple[int, ...]]] = []

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult:
        self.sent.append((alert.alert_id, alert.revision, tuple(merged)))
        return self.results[min(len(self.sent), len(self.results)) - 1]


def run(kit, destination, alert):
    return asyncio.run(kit.pipeline.run(destination, kit.delivery(alert)))


def silence(*matchers: str, now: datetime, hours: float = 1) -> Silence:
    return Silence.create(
        [Matcher.parse(m) for m in matchers], now=now, ends_at=now + timedelta(hours=hours)
    )


def fake_now(kit) -> datetime:
    return datetime.fromtimestamp(kit.fake_time.now, UTC)


def test_a_delivered_revision_is_recorded(kit, alert) -> None:
    notifier = RecordingNotifier()
    outcome = run(kit, kit.destination(notifier), alert)
    assert outcome.fate is Fate.DELIVERED
    assert notifier.sent == [(alert.alert_id, alert.revision, ())]
    assert kit.ledger.delivered("webhook", alert.alert_id) == alert.revision


def test_a_silenced_revision_is_not_sent(kit, make_alert) -> None:
    kit.silences.add(silence("state=chn", "activity=patrol", now=fake_now(kit)), now=fake_now(kit))
    notifier = RecordingNotifier()

    outcome = run(kit, kit.destination(notifier), make_alert(states=["CHN", "RUS"]))

    assert (outcome.fate, outcome.suppressed) == (Fate.SUPPRESSED, "silenced")
    assert notifier.sent == []
    assert (
        counter(
            kit.metrics,
            "jointwatch_notifications_suppressed_total",
            channel="webhook",
            reason="silenced",
        )
        == 1
    )


def test_a_silence_for_another_destination_or_that_expired_does_not_apply(kit, alert) -> None:
    now = fake_now(kit)
    kit.silences.add(silence("destination=slack", now=now), now=now)
    kit.silences.add(silence("state=CHN", now=now - timedelta(hours=3), hours=1), now=now)
    notifier = RecordingNotifier()
    assert run(kit, kit.destination(notifier), alert).fate is Fate.DELIVERED


def test_silence_is_applied_before_routing(kit, make_alert) -> None:
    now = fake_now(kit)
    kit.silences.add(silence("severity=~low|info", now=now), now=now)
    destination = kit.destination(RecordingNotifier(), route=Route(min_severity=Severity.HIGH))
    outcome = run(kit, destination, make_alert(severity=Severity.LOW))
    assert outcome.suppressed == "silenced"


@pytest.mark.parametrize(
    ("route", "overrides", "admitted"),
    [
        (Route(min_severity=Severity.HIGH), {"severity": Severity.MEDIUM}, False),
        (Route(min_severity=Severity.HIGH), {"severity": Severity.CRITICAL}, True),
        (Route(states=frozenset({"PRK"})), {"states": ["CHN", "RUS"]}, False),
        (Route(states=frozenset({"RUS", "PRK"})), {"states": ["CHN", "RUS"]}, True),
        (Route(areas=frozenset({"alaska"})), {}, False),
        (Route(areas=frozenset({"japan"})), {}, True),
        (Route(areas=frozenset({"japan"})), {"region_of_interest": None}, False),
    ],
)
def test_route_admits_by_severity_state_and_area(
    kit, make_alert, route, overrides, admitted
) -> None:
    notifier = RecordingNotifier()
    outcome = run(kit, kit.destination(notifier, route=route), make_alert(**overrides))
    assert (outcome.fate is Fate.DELIVERED) is admitted
    if not admitted:
        assert outcome.suppressed == "routed_out"


def test_a_revision_already_delivered_or_older_is_not_sent_again(kit, make_alert) -> None:
    notifier = RecordingNotifier()
    destination = kit.destination(notifier)
    for revision in (2, 2, 1, 3):
        run(kit, destination, make_alert(revision=revision))
    assert [revision for _, revision, _ in notifier.sent] == [2, 3]
    assert (
        counter(
            kit.metrics,
            "jointwatch_notifications_suppressed_total",
            channel="webhook",
            reason="duplicate",
        )
        == 2
    )


def test_dedup_is_per_destination(kit, alert) -> None:
    first, second = RecordingNotifier(), RecordingNotifier()
    run(kit, kit.destination(first, name="one"), alert)
    run(kit, kit.destination(second, name="two"), alert)
    assert len(first.sent) == len(second.sent) == 1


def test_a_failed_revision_is_not_remembered_as_delivered(kit, alert) -> None:
    failing = RecordingNotifier(DeliveryResult(ok=False, status=400, reason="HTTP 400"))
    run(kit, kit.destination(failing), alert)
    assert kit.ledger.delivered("webhook", alert.alert_id) is None


def test_pipeline_module_builds_stages_in_the_documented_order(kit) -> None:
    names = [type(gate).__name__ for gate in kit.pipeline.gates]
    assert names == ["SilenceGate", "RouteGate", "DedupGate"]
    assert (
        build_delivery_pipeline.__doc__
        == "mute -> route -> dedup -> rate limit -> retry(send) -> record."
    )


def test_area_filter_ignores_case(kit, make_alert) -> None:
    destination = kit.destination(RecordingNotifier(), route=Route(areas=frozenset({"alaska"})))
    alert = make_alert(region_of_interest=RegionOfInterest(name="ALASKA", distance_km=300))
    assert run(kit, destination, alert).fate is Fate.DELIVERED
