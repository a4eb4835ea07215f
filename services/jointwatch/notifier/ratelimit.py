"""The rate-limit stage: pace the requests to one destination, and respect its `Retry-After`.

One `RateLimiter` per destination is shared by every alert in flight to it, so "at most one
Slack message per second per webhook" holds however many alerts are being delivered, and a
429 with `Retry-After` holds back every request to that receiver, not only the one retried.
Waiting here is pacing, not failure: it spends no retry attempt. Time is injected.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Sequence

from ..core.models import Alert
from ..metrics import Channel
from .notifiers.base import DeliveryResult, Notifier


class RateLimiter:
    """Requests start at least `min_interval` seconds apart, in arrival order, and not before a
    hold (`Retry-After`, capped at `max_hold` seconds) has passed."""

    def __init__(
        self,
        min_interval: float,
        *,
        max_hold: float = 3600.0,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        if min_interval < 0 or max_hold < 0:
            raise ValueError("min_interval and max_hold must be >= 0")
        self.min_interval = min_interval
        self.max_hold = max_hold
        self._clock = clock
        self._sleep = sleep
        self._next_at = -math.inf
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait for this request's turn."""
        async with self._lock:
            while (wait := self._next_at - self._clock()) > 0:
                await self._sleep(wait)
            self._next_at = self._clock() + self.min_interval

    def hold(self, seconds: float) -> None:
        """No request starts within `seconds` from now (the receiver said so)."""
        until = self._clock() + min(max(seconds, 0.0), self.max_hold)
        self._next_at = max(self._next_at, until)


class RateLimitedNotifier:
    """A notifier behind its destination's `RateLimiter`."""

    def __init__(self, notifier: Notifier, limiter: RateLimiter) -> None:
        self._notifier = notifier
        self._limiter = limiter
        self.channel: Channel = notifier.channel

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult:
        await self._limiter.acquire()
        result = await self._notifier.send(alert, merged=merged)
        if not result.ok and result.retry_after is not None:
            self._limiter.hold(result.retry_after)
        return result
