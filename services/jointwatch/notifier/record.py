"""The record stage: what became of one alert revision at one destination, said once.

Metrics (bounded labels only), the dedup ledger, the log line, and for a delivery that failed
for good, the dead letter. A 410 Gone disables the destination and says so, loudly, once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ..core.models import Alert
from ..metrics import DeadLetterReason, DeliveryOutcome, Metrics, Stage, SuppressReason
from .deadletter import DeadLetterSink, SourceRef, delivery_dead_letter
from .dedup import DeliveryLedger
from .destination import Destination
from .notifiers.base import DeliveryResult

log = logging.getLogger("jointwatch.notifier")


class Fate(StrEnum):
    DELIVERED = "delivered"
    SUPPRESSED = "suppressed"
    DEAD_LETTERED = "dead_lettered"


@dataclass(frozen=True, slots=True)
class Outcome:
    fate: Fate
    suppressed: SuppressReason | None = None
    dead_letter: DeadLetterReason | None = None
    result: DeliveryResult | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One alert revision, as read from the alerts topic, on its way to one destination."""

    alert: Alert
    source: SourceRef
    received_at: float  # monotonic seconds, when it was read

    @property
    def revision(self) -> int:
        return self.alert.revision


class Recorder:
    def __init__(
        self,
        *,
        metrics: Metrics,
        ledger: DeliveryLedger,
        dead_letters: DeadLetterSink,
        now: Callable[[], datetime],
        monotonic: Callable[[], float],
    ) -> None:
        self.metrics = metrics
        self.ledger = ledger
        self.dead_letters = dead_letters
        self._now = now
        self._monotonic = monotonic

    def attempt(self, destination: Destination, result: DeliveryResult) -> None:
        """Every attempt's result; a retryable failure means another attempt is scheduled."""
        if not result.ok and result.retryable:
            channel = destination.channel.value
            self.metrics.notifications.labels(
                channel=channel, outcome=DeliveryOutcome.RETRIED.value
            ).inc()
            self.metrics.delivery_retries.labels(channel=channel).inc()

    def suppressed(
        self, destination: Destination, delivery: Delivery, reason: SuppressReason
    ) -> Outcome:
        self.metrics.notifications_suppressed.labels(
            channel=destination.channel.value, reason=reason.value
        ).inc()
        log.debug(
            "%s:%d not sent to %s: %s",
            delivery.alert.alert_id,
            delivery.revision,
            destination.name,
            reason.value,
        )
        return Outcome(Fate.SUPPRESSED, suppressed=reason)

    async def finished(
        self, destination: Destination, delivery: Delivery, result: DeliveryResult
    ) -> Outcome:
        channel = destination.channel.value
        alert = delivery.alert
        if result.ok:
            self.ledger.record(destination.name, alert.alert_id, alert.revision)
            elapsed = max(0.0, self._monotonic() - delivery.received_at)
            self.metrics.notifications.labels(
                channel=channel, outcome=DeliveryOutcome.DELIVERED.value
            ).inc()
            self.metrics.delivery_seconds.labels(channel=channel).observe(elapsed)
            self.metrics.stage_seconds.labels(stage=Stage.DELIVER.value).observe(elapsed)
            log.info(
                "%s:%d delivered to %s (%s, attempt %d, %.2fs)",
                alert.alert_id,
                alert.revision,
                destination.name,
                result.reason,
                result.attempts,
                elapsed,
                extra={"alert_id": alert.alert_id, "revision": alert.revision},
            )
            return Outcome(Fate.DELIVERED, result=result)
        if result.disable:
            self.metrics.notifications.labels(
                channel=channel, outcome=DeliveryOutcome.DISABLED.value
            ).inc()
            if destination.disable(result.reason, now=self._now()):
                log.error(
                    "destination %s is DISABLED: the receiver answered %s. Its deliveries go to "
                    "the delivery dead-letter topic, across restarts, until it is enabled again: "
                    "fix the receiver, run `jointwatch destination enable %s`, then "
                    "`jointwatch redeliver --destination %s`",
                    destination.name,
                    result.reason,
                    destination.name,
                    destination.name,
                )
            return await self.dead_letter(
                destination, delivery, DeadLetterReason.ENDPOINT_GONE, result.reason, result
            )
        self.metrics.notifications.labels(
            channel=channel, outcome=DeliveryOutcome.FAILED.value
        ).inc()
        reason = (
            DeadLetterReason.RETRIES_EXHAUSTED if result.exhausted else DeadLetterReason.REJECTED
        )
        return await self.dead_letter(destination, delivery, reason, result.reason, result)

    async def dead_letter(
        self,
        destination: Destination,
        delivery: Delivery,
        reason: DeadLetterReason,
        detail: str,
        result: DeliveryResult | None = None,
    ) -> Outcome:
        letter = delivery_dead_letter(
            reason=reason,
            detail=detail,
            destination=destination.name,
            channel=destination.channel,
            alert=delivery.alert,
            source=delivery.source,
            now=self._now(),
            status=result.status if result is not None else None,
            attempts=result.attempts if result is not None else 0,
        )
        await self.dead_letters.write(letter)
        self.metrics.delivery_dead_letters.labels(
            channel=destination.channel.value, reason=reason.value
        ).inc()
        log.warning(
            "%s:%d to %s dead-lettered (%s): %s",
            delivery.alert.alert_id,
            delivery.revision,
            destination.name,
            reason.value,
            detail,
            extra={"alert_id": delivery.alert.alert_id, "revision": delivery.revision},
        )
        return Outcome(Fate.DEAD_LETTERED, dead_letter=reason, result=result)
