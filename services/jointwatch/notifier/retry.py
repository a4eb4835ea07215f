"""The one retry loop: attempt a delivery on a schedule, with jitter, `Retry-After` and a deadline.

Whether a failure is worth retrying is decided by the notifier's `DeliveryResult`
(see `notifiers/base.py`), not here. Time is injected (`sleep`, `clock`, `rng`) so the
loop is tested without waiting.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace

from ..core.models import Alert
from .errors import RateLimited
from .notifiers.base import DeliveryResult, Notifier

log = logging.getLogger(__name__)

# Delay before each attempt, in seconds: Standard Webhooks' "immediately, 5 s, 5 min,
# 30 min, 2 h, 5 h, 10 h".
STANDARD_WEBHOOKS_SCHEDULE: tuple[float, ...] = (0, 5, 300, 1800, 7200, 18000, 36000)
# For a notifier that holds the alert in memory while it retries: minutes, not hours.
IN_PROCESS_SCHEDULE: tuple[float, ...] = (0, 1, 5, 30, 120)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """`schedule[n]` is the delay before attempt n+1 (so `len(schedule)` attempts at most);
    each delay varies by +/- `jitter` (a fraction); a server's `Retry-After` is honoured up
    to `max_retry_after` seconds; no attempt starts after `deadline` seconds from the first."""

    schedule: tuple[float, ...] = STANDARD_WEBHOOKS_SCHEDULE
    jitter: float = 0.2
    max_retry_after: float = 3600.0
    deadline: float | None = None

    def __post_init__(self) -> None:
        if not self.schedule or any(delay < 0 for delay in self.schedule):
            raise ValueError("schedule must be a non-empty sequence of delays >= 0")
        if not 0 <= self.jitter < 1:
            raise ValueError("jitter must be a fraction in [0, 1)")
        if self.max_retry_after < 0:
            raise ValueError("max_retry_after must be >= 0")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be > 0 seconds, or None")

    @classmethod
    def from_schedule(cls, schedule: Sequence[float], *, jitter: float = 0.2) -> RetryPolicy:
        """The configured schedule (JOINTWATCH_RETRY_SCHEDULE), with `Retry-After` honoured up
        to the schedule's longest step (at least a minute)."""
        delays = tuple(float(delay) for delay in schedule)
        return cls(schedule=delays, jitter=jitter, max_retry_after=max(60.0, *delays))

    @classmethod
    def in_process(cls) -> RetryPolicy:
        """Short schedule for retrying inside the notifier process (about 2.5 minutes)."""
        return cls(schedule=IN_PROCESS_SCHEDULE, max_retry_after=120.0, deadline=300.0)

    def wait_before(
        self, attempt: int, retry_after: float | None, rng: Callable[[], float]
    ) -> float:
        """Seconds to wait before attempt number `attempt` (0-based)."""
        delay = self.schedule[attempt] * (1 + self.jitter * (2 * rng() - 1))
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_retry_after))
        return delay


async def deliver(
    notifier: Notifier,
    alert: Alert,
    policy: RetryPolicy,
    *,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    rng: Callable[[], float] = random.random,
    clock: Callable[[], float] = time.monotonic,
    on_attempt: Callable[[DeliveryResult], object] | None = None,
) -> DeliveryResult:
    """Send until delivered, a fatal or disabling failure, the schedule's end or the deadline.

    `on_attempt` sees every attempt's result once, as finally judged: a retryable failure
    that will not be retried arrives (and is returned) with `retryable=False` and the
    reason saying why retrying stopped, so `result.outcome` is the right metrics label.
    A `RateLimited` raised by a stage in front of the notifier counts as a retryable attempt.
    """
    started = clock()
    first_wait = policy.wait_before(0, None, rng)
    if first_wait > 0:
        await sleep(first_wait)
    attempt = 0
    while True:
        attempt += 1
        try:
            result = await notifier.send(alert)
        except RateLimited as exc:
            result = DeliveryResult(
                ok=False, retryable=True, retry_after=exc.retry_after, reason="rate limited locally"
            )
        result = replace(result, attempts=attempt)

        wait = 0.0
        if result.retryable:
            if attempt >= len(policy.schedule):
                result = _give_up(result, f"gave up after {attempt} attempts")
            else:
                wait = policy.wait_before(attempt, result.retry_after, rng)
                if policy.deadline is not None and clock() - started + wait > policy.deadline:
                    result = _give_up(result, f"deadline reached after {attempt} attempts")

        if on_attempt is not None:
            on_attempt(result)
        if not result.retryable:
            if not result.ok:
                log.warning(
                    "%s delivery of alert %s revision %d failed: %s",
                    notifier.channel.value,
                    alert.alert_id,
                    alert.revision,
                    result.reason,
                )
            return result
        log.info(
            "%s delivery of alert %s revision %d attempt %d failed (%s); retrying in %.1fs",
            notifier.channel.value,
            alert.alert_id,
            alert.revision,
            attempt,
            result.reason,
            wait,
        )
        await sleep(wait)


def _give_up(result: DeliveryResult, why: str) -> DeliveryResult:
    return replace(result, retryable=False, exhausted=True, reason=f"{result.reason}; {why}")
