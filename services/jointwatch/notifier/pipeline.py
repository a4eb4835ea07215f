"""The delivery pipeline for one alert revision and one destination, in one place:

    mute (silences) -> route -> dedup -> rate limit -> retry(send) -> record

Each stage is its own module: `silences.SilenceGate`, `routes.RouteGate`, `dedup.DedupGate`
(the gates: each may stop a revision with a reason), `ratelimit.RateLimitedNotifier`,
`retry.deliver` (the one retry loop, judging results with `notifiers/base.py`) and
`record.Recorder` (metrics, ledger, log, dead letters). Ordering, the Slack merge wait and
offsets are the caller's (`lanes.py`, `consumer.py`).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from ..core.models import Alert
from ..metrics import Channel, DeadLetterReason, Metrics, SuppressReason
from .deadletter import DeadLetterSink
from .dedup import DedupGate, DeliveryLedger
from .destination import Destination
from .guard import Hold, StopGuard
from .notifiers.base import DeliveryResult, Notifier
from .ratelimit import RateLimitedNotifier
from .record import Delivery, Outcome, Recorder
from .retry import RetryPolicy, deliver
from .routes import RouteGate
from .silences import SilenceGate, SilenceStore


class Gate(Protocol):
    def check(self, alert: Alert, destination: Destination) -> SuppressReason | None: ...


@dataclass
class DeliveryPipeline:
    gates: Sequence[Gate]
    policy: RetryPolicy
    recorder: Recorder
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
    rng: Callable[[], float] = random.random
    clock: Callable[[], float] = time.monotonic
    _idle_guard: StopGuard = field(default_factory=StopGuard)

    async def run(
        self,
        destination: Destination,
        delivery: Delivery,
        *,
        merged: Sequence[int] = (),
        guard: StopGuard | None = None,
    ) -> Outcome:
        alert = delivery.alert
        for gate in self.gates:
            reason = gate.check(alert, destination)
            if reason is not None:
                return self.recorder.suppressed(destination, delivery, reason)

        hold = (guard or self._idle_guard).hold()
        try:
            if destination.disabled:
                hold.acquire()
                return await self.recorder.dead_letter(
                    destination,
                    delivery,
                    DeadLetterReason.ENDPOINT_DISABLED,
                    f"destination disabled earlier ({destination.disabled_because})",
                )
            sender = RateLimitedNotifier(
                _HeldNotifier(destination.notifier, hold, merged), destination.limiter
            )

            def seen(result: DeliveryResult) -> None:
                self.recorder.attempt(destination, result)

            result = await deliver(
                sender,
                alert,
                self.policy,
                sleep=self.sleep,
                rng=self.rng,
                clock=self.clock,
                on_attempt=seen,
            )
            hold.acquire()  # a retryable failure released it; recording is not cut short
            return await self.recorder.finished(destination, delivery, result)
        finally:
            hold.release()


def build_delivery_pipeline(
    *,
    silences: SilenceStore,
    ledger: DeliveryLedger,
    policy: RetryPolicy,
    metrics: Metrics,
    dead_letters: DeadLetterSink,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    rng: Callable[[], float] = random.random,
) -> DeliveryPipeline:
    """mute -> route -> dedup -> rate limit -> retry(send) -> record."""
    return DeliveryPipeline(
        gates=[SilenceGate(silences, now), RouteGate(), DedupGate(ledger)],
        policy=policy,
        recorder=Recorder(
            metrics=metrics, ledger=ledger, dead_letters=dead_letters, now=now, monotonic=clock
        ),
        sleep=sleep,
        rng=rng,
        clock=clock,
    )


class _HeldNotifier:
    """Holds the stop guard while a request is in flight, and keeps holding it when the answer
    is final, until the pipeline has recorded it."""

    def __init__(self, notifier: Notifier, hold: Hold, merged: Sequence[int]) -> None:
        self._notifier = notifier
        self._hold = hold
        self._merged = tuple(merged)
        self.channel: Channel = notifier.channel

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult:
        self._hold.acquire()
        result = await self._notifier.send(alert, merged=self._merged or merged)
        if not result.ok and result.retryable:
            self._hold.release()
        return result
