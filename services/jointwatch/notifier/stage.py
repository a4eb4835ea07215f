"""Delivery of one alert revision to every configured destination: retry(send) -> record.

Destinations are tried in order for each revision, and the agent awaits them before taking the
next alert, so revisions of one alert (same key, same partition) arrive in order.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import aiohttp

from ..core.models import Alert
from ..metrics import DeliveryOutcome, Metrics
from ..settings import Settings
from .notifiers.base import DeliveryResult, Notifier
from .registry import build_notifiers
from .retry import RetryPolicy, deliver

log = logging.getLogger("jointwatch.notifier")


@dataclass
class NotifierStage:
    settings: Settings
    metrics: Metrics
    policy: RetryPolicy
    _session: aiohttp.ClientSession | None = None
    _notifiers: list[Notifier] = field(default_factory=list)

    @classmethod
    def from_settings(cls, settings: Settings, *, metrics: Metrics) -> NotifierStage:
        policy = RetryPolicy(schedule=tuple(settings.retry_schedule))
        return cls(settings=settings, metrics=metrics, policy=policy)

    def _ensure_notifiers(self) -> list[Notifier]:
        if self._session is None:
            self._session = aiohttp.ClientSession()
            self._notifiers = build_notifiers(self.settings, self._session)
        return self._notifiers

    async def deliver(self, alert: Alert) -> list[DeliveryResult]:
        results = []
        for notifier in self._ensure_notifiers():
            channel = notifier.channel.value
            started = time.monotonic()

            def count(result: DeliveryResult, channel: str = channel) -> None:
                if not result.ok and result.retryable:
                    self.metrics.notifications.labels(
                        channel=channel, outcome=DeliveryOutcome.RETRIED.value
                    ).inc()

            result = await deliver(notifier, alert, self.policy, on_attempt=count)
            if result.ok:
                outcome = DeliveryOutcome.DELIVERED
                self.metrics.delivery_seconds.labels(channel=channel).observe(
                    time.monotonic() - started
                )
            elif result.disable:
                outcome = DeliveryOutcome.DISABLED
            else:
                outcome = DeliveryOutcome.FAILED
            self.metrics.notifications.labels(channel=channel, outcome=outcome.value).inc()
            log.log(
                logging.INFO if result.ok else logging.WARNING,
                "%s %s:%d %s (%s)",
                channel,
                alert.alert_id,
                alert.revision,
                outcome.value,
                result.reason,
            )
            results.append(result)
        return results

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
