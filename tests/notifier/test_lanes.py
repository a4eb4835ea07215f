"""Stopping a destination's worker, and what it does with a bug: nothing finished that is not done,
nothing done that is cut short, nothing skipped."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import aiohttp
from pydantic import SecretStr

from jointwatch.core.models import Alert
from jointwatch.metrics import Channel
from jointwatch.notifier.notifiers.base import DeliveryResult
from jointwatch.notifier.notifiers.slack import SlackNotifier

from .conftest import counter
from .receiver import Answer, Receiver


class SlowNotifier:
    """Answers after `delay` real seconds."""

    channel = Channel.WEBHOOK

    def __init__(self, delay: float, result: DeliveryResult | None = None) -> None:
        self.delay = delay
        self.result = result or DeliveryResult(ok=True, status=200, reason="HTTP 200 OK")
        self.started = asyncio.Event()
        self.answered = 0

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult:
        self.started.set()
        await asyncio.sleep(self.delay)
        self.answered += 1
        return self.result


class BuggyGate:
    def check(self, alert, destination):
        raise RuntimeError("a bug in a stage")


def test_stop_lets_a_request_in_flight_finish_and_records_it(kit, alert) -> None:
    notifier = SlowNotifier(0.2)
    done: list[int] = []

    async def main() -> None:
        worker = kit.worker(kit.destination(notifier))
        worker.submit(kit.delivery(alert), lambda: done.append(alert.revision))
        await notifier.started.wait()
        await worker.stop(grace=5)

    asyncio.run(main())

    assert done == [alert.revision]
    assert kit.ledger.delivered("webhook", alert.alert_id) == alert.revision


def test_stop_after_the_grace_period_leaves_the_revision_unfinished(kit, alert) -> None:
    notifier = SlowNotifier(5)
    done: list[int] = []

    async def main() -> None:
        worker = kit.worker(kit.destination(notifier))
        worker.submit(kit.delivery(alert), lambda: done.append(alert.revision))
        await notifier.started.wait()
        await worker.stop(grace=0.05)
        assert worker.lanes == 0

    asyncio.run(main())

    assert done == []
    assert notifier.answered == 0


def test_stop_during_a_backoff_wait_leaves_the_revision_unfinished(kit, alert) -> None:
    unavailable = DeliveryResult(ok=False, retryable=True, status=503, reason="HTTP 503")
    notifier = SlowNotifier(0, unavailable)
    done: list[int] = []

    async def main() -> None:
        kit.pipeline.sleep = asyncio.sleep  # a real 5 s backoff, cut short by stop
        worker = kit.worker(kit.destination(notifier))
        worker.submit(kit.delivery(alert), lambda: done.append(alert.revision))
        await notifier.started.wait()
        await asyncio.sleep(0.05)
        await asyncio.wait_for(worker.stop(grace=5), 1)

    asyncio.run(main())

    assert done == []
    assert kit.dead_letters.letters == []


def test_a_worker_stopped_in_the_slack_merge_wait_sends_the_latest_revision_after_restart(
    kit, make_alert
) -> None:
    """The held revisions stay unfinished (uncommitted); the next worker gets them again from
    the alerts topic and sends the latest at once: revision 1 once, then revision 3 once."""
    receiver = Receiver()
    alerts = [make_alert(alert_id="evt-a", revision=n) for n in (1, 2, 3)]
    done: list[int] = []

    async def main() -> None:
        await receiver.start()
        async with aiohttp.ClientSession() as session:
            notifier = SlackNotifier(SecretStr(receiver.url()), session, 0.5)
            slack = kit.destination(notifier, name="slack", merge_wait=5)
            first = kit.worker(slack)
            first.pipeline.sleep = asyncio.sleep
            first._sleep = asyncio.sleep  # real merge wait, so stop finds it waiting
            first.submit(kit.delivery(alerts[0], 0), lambda: done.append(1))
            while not done:
                await asyncio.sleep(0.01)
            first.submit(kit.delivery(alerts[1], 1), lambda: done.append(2))
            first.submit(kit.delivery(alerts[2], 2), lambda: done.append(3))
            await asyncio.sleep(0.1)
            await first.stop(grace=5)
            assert done == [1]

            second = kit.worker(slack)  # after a restart: records 1 and 2 read again
            second.submit(kit.delivery(alerts[1], 1), lambda: done.append(2))
            second.submit(kit.delivery(alerts[2], 2), lambda: done.append(3))
            while len(done) < 3:
                await asyncio.sleep(0.01)
        await receiver.stop()

    asyncio.run(main())

    contexts = [r.json()["blocks"][3]["elements"][0]["text"] for r in receiver.acknowledged]
    assert [c.split(" ·")[0] for c in contexts] == [
        "revision 1",
        "revision 3 (also covers revision 2)",
    ]


def test_a_bug_in_a_stage_dead_letters_the_revision_instead_of_skipping_it(kit, alert) -> None:
    kit.pipeline.gates = [BuggyGate()]
    done: list[int] = []

    async def main() -> None:
        worker = kit.worker(kit.destination(SlowNotifier(0)))
        worker.submit(kit.delivery(alert), lambda: done.append(alert.revision))
        while not done:
            await asyncio.sleep(0.01)

    asyncio.run(main())

    assert kit.dead_letters.reasons() == ["internal_error"]
    assert "RuntimeError: a bug in a stage" in kit.dead_letters.letters[0].value.decode()
    assert (
        counter(
            kit.metrics,
            "jointwatch_delivery_dead_letters_total",
            channel="webhook",
            reason="internal_error",
        )
        == 1
    )


def test_when_even_the_dead_letter_fails_the_revision_stays_unfinished_and_is_retried(
    kit, alert
) -> None:
    kit.pipeline.gates = [BuggyGate()]
    writes = 0
    real_write = kit.dead_letters.write

    async def flaky_write(letter) -> None:
        nonlocal writes
        writes += 1
        if writes == 1:
            raise ConnectionError("broker down")
        await real_write(letter)

    kit.pipeline.recorder.dead_letters.write = flaky_write  # type: ignore[method-assign]
    done: list[int] = []

    async def main() -> None:
        worker = kit.worker(kit.destination(SlowNotifier(0)))
        worker.submit(kit.delivery(alert), lambda: done.append(alert.revision))
        while not done:
            await asyncio.sleep(0.01)

    asyncio.run(main())

    assert writes == 2
    assert kit.dead_letters.reasons() == ["internal_error"]
    assert 5.0 in kit.fake_time.waits


def test_slack_receiver_down_for_an_hour_gets_the_alert_when_it_is_back(kit, alert) -> None:
    """Fake time: the receiver answers 503 for the first hour, then accepts."""
    receiver = Receiver(then=Answer(200, body="ok"))
    start = kit.fake_time.now

    async def main() -> None:
        await receiver.start()
        receiver.script.extend([Answer(503)] * 4)  # at 0 s, 5 s, 305 s, 2105 s: still down
        async with aiohttp.ClientSession() as session:
            notifier = SlackNotifier(SecretStr(receiver.url()), session, 0.5)
            worker = kit.worker(kit.destination(notifier, name="slack", min_interval=1))
            done: list[int] = []
            worker.submit(kit.delivery(alert), lambda: done.append(1))
            while not done:
                await asyncio.sleep(0.01)
        await receiver.stop()

    asyncio.run(main())

    assert [r.answer.status for r in receiver.requests] == [503, 503, 503, 503, 200]
    assert kit.fake_time.now - start >= 3600
    assert kit.dead_letters.letters == []
