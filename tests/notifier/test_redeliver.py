"""`redeliver` sends dead letters again through the same notifiers, with the same webhook-id."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest

from jointwatch.errors import ConfigurationError
from jointwatch.metrics import Channel, DeadLetterReason, Metrics
from jointwatch.notifier.deadletter import SourceRef, delivery_dead_letter, read_dead_delivery
from jointwatch.notifier.redeliver import DeadRecord, redeliver
from jointwatch.notifier.retry import RetryPolicy
from jointwatch.notifier.service import DeliveryService
from jointwatch.notifier.signing import verify
from jointwatch.settings import KafkaTimeouts, Settings

from .conftest import WEBHOOK_SECRET
from .receiver import Answer, Receiver

NOW = datetime(2024, 5, 24, 6, tzinfo=UTC)


def settings(**values) -> Settings:
    fields = {"webhook_url": None, "webhook_secret": None, "slack_webhook_url": None}
    return Settings(**(fields | values))


def dead_record(
    alert, offset: int, destination: str = "webhook", reason=DeadLetterReason.RETRIES_EXHAUSTED
):
    letter = delivery_dead_letter(
        reason=reason,
        detail="HTTP 503; gave up after 5 attempts",
        destination=destination,
        channel=Channel.WEBHOOK,
        alert=alert,
        source=SourceRef("alerts", 0, offset),
        now=NOW,
    )
    return DeadRecord(0, offset, read_dead_delivery(letter.value))


def _redeliver_to(receiver: Receiver, records, *, secret: str | None = None, **options):
    """`redeliver` to a webhook on `receiver`, with a short retry schedule."""

    async def main():
        await receiver.start()
        try:
            return await redeliver(
                records,
                settings(webhook_url=receiver.url(), webhook_secret=secret),
                policy=RetryPolicy(schedule=(0, 0.01)),
                **options,
            )
        finally:
            await receiver.stop()

    return asyncio.run(main())


def test_dead_letters_are_sent_again_with_their_webhook_id(make_alert) -> None:
    receiver = Receiver([503])
    records = [
        dead_record(make_alert(alert_id="evt-c", revision=1), 0),
        dead_record(make_alert(alert_id="evt-a", revision=2), 1),
        dead_record(make_alert(alert_id="evt-b", revision=1), 2, destination="gone"),
        DeadRecord(0, 3, None, "not a delivery dead letter: bad"),
        dead_record(None, 4, reason=DeadLetterReason.INVALID_ALERT),
    ]
    seen: list[tuple[int, str]] = []
    report = _redeliver_to(
        receiver,
        records,
        secret=WEBHOOK_SECRET,
        on_result=lambda record, status, detail: seen.append((record.offset, status)),
    )

    assert [r.webhook_id for r in receiver.acknowledged] == ["evt-c:1", "evt-a:2"]
    for request in receiver.acknowledged:
        verify(WEBHOOK_SECRET, request.headers, request.body, now=time.time())
    assert [r.offset for r in report.delivered] == [0, 1]
    assert [r.offset for r, _ in report.skipped] == [2, 3, 4]
    assert report.next_offsets == {0: 5}
    assert seen == [
        (0, "delivered"),
        (1, "delivered"),
        (2, "skipped"),
        (3, "skipped"),
        (4, "skipped"),
    ]


def test_only_the_newest_revision_of_an_alert_is_sent_again(make_alert) -> None:
    # Each revision is the whole event: sending revision 1 after 3 would take a receiver back.
    receiver = Receiver()
    records = [
        dead_record(make_alert(alert_id="evt-a", revision=1), 0),
        dead_record(make_alert(alert_id="evt-a", revision=3), 1),
        dead_record(make_alert(alert_id="evt-a", revision=3), 2),  # dead-lettered twice
        dead_record(make_alert(alert_id="evt-a", revision=2), 3),
        dead_record(make_alert(alert_id="evt-b", revision=1), 4),  # revision 2 is on the topic
        dead_record(make_alert(alert_id="evt-a", revision=1), 5, destination="other"),
    ]
    report = _redeliver_to(receiver, records, newest={"evt-b": 2})

    assert [r.webhook_id for r in receiver.acknowledged] == ["evt-a:3"]
    assert [r.offset for r in report.delivered] == [1]
    assert [(r.offset, why) for r, why in report.skipped] == [
        (0, "superseded by revision 3, dead-lettered later"),
        (2, "revision 3 is sent once, from offset 1"),
        (3, "superseded by revision 3, dead-lettered later"),
        (4, "superseded by revision 2 on the alerts topic"),
        (5, "destination 'other' is not configured here"),
    ]
    assert report.next_offsets == {0: 6}


def test_all_revisions_sends_every_dead_letter_in_topic_order(make_alert) -> None:
    receiver = Receiver()
    records = [
        dead_record(make_alert(alert_id="evt-a", revision=2), 0),
        dead_record(make_alert(alert_id="evt-a", revision=1), 1),
    ]
    report = _redeliver_to(receiver, records, newest={"evt-a": 5}, all_revisions=True)

    assert [r.webhook_id for r in receiver.acknowledged] == ["evt-a:2", "evt-a:1"]
    assert [r.offset for r in report.delivered] == [0, 1]


def test_redeliver_reports_what_still_fails_and_can_be_limited_to_one_destination(
    make_alert,
) -> None:
    receiver = Receiver(then=Answer(500))
    records = [
        dead_record(make_alert(revision=1), 0),
        dead_record(make_alert(revision=2), 1, destination="other"),
    ]

    report = _redeliver_to(receiver, records, only="webhook")

    assert report.delivered == []
    assert [(r.offset, why) for r, why in report.failed] == [
        (0, "HTTP 500 Internal Server Error; gave up after 2 attempts")
    ]
    assert len(receiver.requests) == 2


def test_the_delivery_service_refuses_a_bad_configuration_before_starting(tmp_path) -> None:
    routes = tmp_path / "routes.toml"
    routes.write_text("[destinations.partner]\nkind = 'webhook'\nurl_env = 'NOT_SET_ANYWHERE'\n")
    with pytest.raises(ConfigurationError, match="NOT_SET_ANYWHERE"):
        DeliveryService(
            settings(routes_file=routes, data_dir=tmp_path),
            metrics=Metrics.create(),
            timeouts=KafkaTimeouts(),
        )
    broken = tmp_path / "silences.json"
    broken.write_text("[]")
    with pytest.raises(ConfigurationError, match="JOINTWATCH_SILENCES_FILE"):
        DeliveryService(
            settings(silences_file=broken), metrics=Metrics.create(), timeouts=KafkaTimeouts()
        )


def test_without_destinations_the_service_is_ready_at_once(tmp_path) -> None:
    ready: list[bool] = []
    service = DeliveryService(
        settings(data_dir=tmp_path),
        metrics=Metrics.create(),
        timeouts=KafkaTimeouts(),
        on_ready=ready.append,
    )

    async def main() -> None:
        await service.start()
        await service.stop()

    asyncio.run(main())
    assert ready == [True]
