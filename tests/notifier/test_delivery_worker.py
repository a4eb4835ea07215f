"""A destination's worker over real HTTP on 127.0.0.1, with fake time for every wait.

The receiver refuses connections, answers 500, 503, 429 with Retry-After, hangs past the client
timeout, then recovers: every revision must end up acknowledged exactly once, signed, in order.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict

import aiohttp
from pydantic import SecretStr

from jointwatch.metrics import SuppressReason
from jointwatch.notifier.deadletter import body_of, describe
from jointwatch.notifier.destination import export_disabled
from jointwatch.notifier.notifiers.slack import SlackNotifier
from jointwatch.notifier.notifiers.webhook import WebhookNotifier
from jointwatch.notifier.retry import RetryPolicy
from jointwatch.notifier.signing import verify

from .conftest import WEBHOOK_SECRET, counter
from .receiver import HANG, Answer, Receiver


async def run_worker(worker, deliveries, *, before_wait=None, timeout: float = 20.0) -> list:
    """Submit the deliveries in order; return the order in which they finished."""
    finished: list = []
    for delivery in deliveries:
        worker.submit(delivery, lambda d=delivery: finished.append(d))
    deadline = time.monotonic() + timeout
    while len(finished) < len(deliveries):
        assert time.monotonic() < deadline, f"only {len(finished)} of {len(deliveries)} finished"
        await asyncio.sleep(0.01)
    return finished


def assert_each_revision_acknowledged_once_signed_in_order(receiver: Receiver, expected) -> None:
    acknowledged = receiver.acknowledged
    ids = [r.webhook_id for r in acknowledged]
    assert sorted(ids) == sorted(f"{a.alert_id}:{a.revision}" for a in expected)
    assert len(ids) == len(set(ids)), f"a revision was acknowledged twice: {ids}"
    by_alert: dict[str, list[int]] = defaultdict(list)
    for request in acknowledged:
        verify(WEBHOOK_SECRET, request.headers, request.body, now=time.time())
        body = request.json()
        assert request.webhook_id == f"{body['alert_id']}:{body['revision']}"
        by_alert[body["alert_id"]].append(body["revision"])
    for alert_id, revisions in by_alert.items():
        assert revisions == sorted(revisions), f"{alert_id} out of order: {revisions}"


def test_flaky_receiver_gets_every_revision_once_signed_and_in_order(kit, make_alert) -> None:
    receiver = Receiver([500, 503, Answer(429, {"Retry-After": "7"}), HANG, 500])
    alerts = [
        make_alert(alert_id="evt-a", revision=1),
        make_alert(alert_id="evt-b", revision=1),
        make_alert(alert_id="evt-a", revision=2),
        make_alert(alert_id="evt-a", revision=3),
        make_alert(alert_id="evt-b", revision=2),
    ]
    sleeps = 0
    sleep = kit.fake_time.sleep

    async def sleep_then_recover(seconds: float) -> None:
        nonlocal sleeps
        sleeps += 1
        if sleeps == 2:  # the receiver was down (connection refused); now it starts
            await receiver.start()
        await sleep(seconds)

    kit.fake_time.sleep = sleep_then_recover  # type: ignore[method-assign]

    async def main() -> None:
        async with aiohttp.ClientSession() as session:
            notifier = WebhookNotifier(
                receiver.url(), SecretStr(WEBHOOK_SECRET), session, timeout=0.2
            )
            kit.pipeline.sleep = sleep_then_recover
            kit.pipeline.policy = RetryPolicy()  # Standard Webhooks: 7 attempts
            destination = kit.destination(notifier)
            worker = kit.worker(destination)
            await run_worker(worker, [kit.delivery(a, i) for i, a in enumerate(alerts)])
            await receiver.stop()

    asyncio.run(main())

    assert_each_revision_acknowledged_once_signed_in_order(receiver, alerts)
    answered = [r.answer.status for r in receiver.requests]
    assert answered[:5] == [500, 503, 429, 200, 500]  # the 200 is the hang, too late
    assert any(wait >= 7 for wait in kit.fake_time.waits), "Retry-After: 7 was not honoured"
    assert kit.dead_letters.letters == []
    assert (
        counter(
            kit.metrics, "jointwatch_notifications_total", channel="webhook", outcome="delivered"
        )
        == 5
    )
    # every failed attempt was retried: 5 bad answers, and at least one refusal per lane
    retries = counter(kit.metrics, "jointwatch_delivery_retries_total", channel="webhook")
    assert retries >= 5 + 2
    assert retries == counter(
        kit.metrics, "jointwatch_notifications_total", channel="webhook", outcome="retried"
    )
    assert counter(kit.metrics, "jointwatch_delivery_seconds_count", channel="webhook") == 5


def test_revisions_of_one_alert_wait_for_the_earlier_ones(kit, make_alert) -> None:
    receiver = Receiver([503, 503, 503])
    alerts = [make_alert(alert_id="evt-a", revision=n) for n in (1, 2, 3)]

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = WebhookNotifier(receiver.url(), SecretStr(WEBHOOK_SECRET), session, 0.2)
            finished = await run_worker(
                kit.worker(kit.destination(notifier)),
                [kit.delivery(a, i) for i, a in enumerate(alerts)],
            )
            assert [d.revision for d in finished] == [1, 2, 3]
        await receiver.stop()

    asyncio.run(main())

    assert [r.webhook_id for r in receiver.requests] == [
        "evt-a:1",
        "evt-a:1",
        "evt-a:1",
        "evt-a:1",
        "evt-a:2",
        "evt-a:3",
    ]
    assert kit.fake_time.waits == [5, 300, 1800]


def test_410_disables_the_destination_dead_letters_and_says_so(kit, make_alert, caplog) -> None:
    receiver = Receiver([410])
    alerts = [make_alert(alert_id="evt-a", revision=1), make_alert(alert_id="evt-a", revision=2)]

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = WebhookNotifier(receiver.url(), SecretStr(WEBHOOK_SECRET), session, 0.2)
            destination = kit.destination(notifier, name="partner", endpoint="ep-1")
            export_disabled(kit.metrics, [destination])
            await run_worker(kit.worker(destination), [kit.delivery(a) for a in alerts])
            assert destination.disabled
            assert counter(kit.metrics, "jointwatch_destinations_disabled", channel="webhook") == 1
            # Remembered for the next process, for this endpoint only, until enabled again.
            entry = kit.switch.load()["partner"]
            assert (entry.endpoint, entry.because) == ("ep-1", "HTTP 410 Gone")
            after_restart = kit.destination(notifier, name="partner", endpoint="ep-1")
            assert after_restart.disabled_because == "HTTP 410 Gone"
            assert not kit.destination(notifier, name="partner", endpoint="ep-2").disabled
            kit.switch.enable("partner")
            assert not after_restart.disabled
            assert counter(kit.metrics, "jointwatch_destinations_disabled", channel="webhook") == 0
        await receiver.stop()

    asyncio.run(main())

    assert len(receiver.requests) == 1
    assert kit.dead_letters.reasons() == ["endpoint_gone", "endpoint_disabled"]
    first = describe(kit.dead_letters.letters[0])
    assert first["jointwatch-destination"] == "partner"
    assert first["webhook-id"] == "evt-a:1"
    assert first["jointwatch-detail"] == "HTTP 410 Gone"
    assert body_of(kit.dead_letters.letters[1])["alert"]["revision"] == 2
    assert "destination partner is DISABLED" in caplog.text
    assert "jointwatch destination enable partner" in caplog.text
    assert "jointwatch redeliver --destination partner" in caplog.text
    assert (
        counter(
            kit.metrics,
            "jointwatch_delivery_dead_letters_total",
            channel="webhook",
            reason="endpoint_gone",
        )
        == 1
    )


def test_after_the_last_attempt_the_delivery_is_dead_lettered_with_the_reason(
    kit, make_alert
) -> None:
    receiver = Receiver(then=Answer(503))
    alert = make_alert(alert_id="evt-a", revision=4)

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = WebhookNotifier(receiver.url(), SecretStr(WEBHOOK_SECRET), session, 0.2)
            await run_worker(kit.worker(kit.destination(notifier)), [kit.delivery(alert, 17)])
        await receiver.stop()

    asyncio.run(main())

    assert len(receiver.requests) == 5
    [letter] = kit.dead_letters.letters
    headers = describe(letter)
    assert headers["jointwatch-reason"] == "retries_exhausted"
    assert headers["jointwatch-detail"] == "HTTP 503 Service Unavailable; gave up after 5 attempts"
    assert headers["jointwatch-source"] == "alerts/0/17"
    assert letter.key == b"evt-a"
    body = body_of(letter)
    assert (body["status"], body["attempts"], body["webhook_id"]) == (503, 5, "evt-a:4")
    assert body["alert"]["alert_id"] == "evt-a"
    assert (
        counter(kit.metrics, "jointwatch_notifications_total", channel="webhook", outcome="failed")
        == 1
    )


def test_a_receiver_that_rejects_the_alert_is_dead_lettered_at_once(kit, make_alert) -> None:
    receiver = Receiver([400])

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = WebhookNotifier(receiver.url(), None, session, 0.2)
            await run_worker(
                kit.worker(kit.destination(notifier)), [kit.delivery(make_alert(revision=1))]
            )
        await receiver.stop()

    asyncio.run(main())

    assert kit.dead_letters.reasons() == ["rejected"]
    assert kit.fake_time.waits == []


def test_slack_merges_revisions_within_the_wait_into_one_message_naming_the_latest(
    kit, make_alert
) -> None:
    receiver = Receiver()

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = SlackNotifier(SecretStr(receiver.url("/services/T/B/x")), session, 0.2)
            destination = kit.destination(notifier, name="slack", min_interval=1, merge_wait=5)
            worker = kit.worker(destination)
            await run_worker(worker, [kit.delivery(make_alert(alert_id="evt-a", revision=1))])
            kit.fake_time.now += 1
            await run_worker(
                worker,
                [kit.delivery(make_alert(alert_id="evt-a", revision=n)) for n in (2, 3, 4)],
            )
            kit.fake_time.now += 60
            await run_worker(worker, [kit.delivery(make_alert(alert_id="evt-a", revision=5))])
        await receiver.stop()

    asyncio.run(main())

    contexts = [r.json()["blocks"][3]["elements"][0]["text"] for r in receiver.requests]
    assert [c.split(" ·")[0] for c in contexts] == [
        "revision 1",
        "revision 4 (also covers revisions 2–3)",
        "revision 5",
    ]
    assert kit.fake_time.waits[0] == 4  # held until 5 s after the first message
    assert (
        counter(
            kit.metrics,
            "jointwatch_notifications_suppressed_total",
            channel="slack",
            reason=SuppressReason.MERGED.value,
        )
        == 2
    )


def test_slack_sends_at_most_one_message_per_second(kit, make_alert) -> None:
    receiver = Receiver()

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = SlackNotifier(SecretStr(receiver.url()), session, 0.2)
            destination = kit.destination(notifier, name="slack", min_interval=1, merge_wait=5)
            await run_worker(
                kit.worker(destination),
                [kit.delivery(make_alert(alert_id=f"evt-{n}", revision=1)) for n in range(3)],
            )
        await receiver.stop()

    asyncio.run(main())

    assert len(receiver.requests) == 3
    assert kit.fake_time.waits == [1, 1]


def test_slack_429_holds_every_message_for_its_retry_after(kit, make_alert) -> None:
    receiver = Receiver([Answer(429, {"Retry-After": "30"})])

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = SlackNotifier(SecretStr(receiver.url()), session, 0.2)
            destination = kit.destination(notifier, name="slack", min_interval=1)
            await run_worker(
                kit.worker(destination),
                [kit.delivery(make_alert(alert_id=f"evt-{n}", revision=1)) for n in range(2)],
            )
        await receiver.stop()

    asyncio.run(main())

    statuses = [(r.webhook_id, r.answer.status) for r in receiver.requests]
    assert [s for _, s in statuses] == [429, 200, 200]
    assert sum(kit.fake_time.waits) >= 30
    assert kit.dead_letters.letters == []
