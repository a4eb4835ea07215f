"""The small pure pieces of delivery: the dedup ledger, the Slack merge window, pacing."""

from __future__ import annotations

import asyncio

import pytest

from jointwatch.notifier.dedup import DeliveryLedger
from jointwatch.notifier.merge import MergeWindow, latest
from jointwatch.notifier.ratelimit import RateLimiter


def test_ledger_keeps_the_highest_revision_and_forgets_the_least_recent() -> None:
    ledger = DeliveryLedger(capacity=2)
    ledger.record("hook", "a", 3)
    ledger.record("hook", "a", 2)
    assert ledger.delivered("hook", "a") == 3
    ledger.record("hook", "b", 1)
    ledger.delivered("hook", "a")  # a is now the most recent
    ledger.record("hook", "c", 1)
    assert ledger.delivered("hook", "b") is None
    assert ledger.delivered("hook", "a") == 3
    assert len(ledger) == 2


def test_merge_window_holds_revisions_that_follow_a_message_closely() -> None:
    window = MergeWindow(5)
    assert window.wait_before("a", now=100) == 0
    window.sent("a", now=100)
    assert window.wait_before("a", now=101) == 4
    assert window.wait_before("a", now=106) == 0
    assert window.wait_before("b", now=101) == 0


class Rev:
    def __init__(self, revision: int) -> None:
        self.revision = revision


def test_latest_picks_the_highest_revision() -> None:
    items = [Rev(2), Rev(4), Rev(3)]
    chosen, superseded = latest(items)
    assert chosen.revision == 4
    assert [i.revision for i in superseded] == [2, 3]
    with pytest.raises(ValueError):
        latest([])


def test_rate_limiter_spaces_requests_and_honours_holds(fake_time) -> None:
    limiter = RateLimiter(1.0, max_hold=60, clock=fake_time.clock, sleep=fake_time.sleep)

    async def main() -> None:
        await limiter.acquire()
        await limiter.acquire()
        limiter.hold(30)
        await limiter.acquire()
        limiter.hold(10_000)  # capped
        await limiter.acquire()

    asyncio.run(main())
    assert fake_time.waits == [1.0, 30.0, 60.0]


def test_rate_limiter_without_interval_never_waits(fake_time) -> None:
    limiter = RateLimiter(0, clock=fake_time.clock, sleep=fake_time.sleep)

    async def main() -> None:
        for _ in range(5):
            await limiter.acquire()

    asyncio.run(main())
    assert fake_time.waits == []
