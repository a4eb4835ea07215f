"""A destination: one receiver (a webhook or a Slack incoming webhook) with its route, its rate
limit and, for Slack, its merge wait. Built from settings and the routes file by `registry.py`.

A destination that answers 410 Gone is disabled: the receiver said it will never accept
deliveries again, so they go straight to the delivery dead-letter topic, from where
`jointwatch redeliver` sends them once the receiver is fixed. With a `DisabledStore` (as
`jointwatch up` runs it) that survives restarts until `jointwatch destination enable NAME`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from ..metrics import Channel, Metrics
from .disabled import DisabledStore
from .notifiers.base import Notifier
from .ratelimit import RateLimiter
from .routes import Route

log = logging.getLogger("jointwatch.notifier")


@dataclass(eq=False)
class Destination:
    name: str
    notifier: Notifier
    route: Route
    limiter: RateLimiter
    merge_wait: float = 0.0
    endpoint: str = ""  # fingerprint of the URL (disabled.endpoint_fingerprint)
    switch: DisabledStore | None = None
    _disabled_here: str | None = field(default=None, repr=False)

    @property
    def channel(self) -> Channel:
        return self.notifier.channel

    @property
    def disabled_because(self) -> str | None:
        if self.switch is not None:
            entry = self.switch.disabled(self.name, self.endpoint)
            if entry is not None:
                return entry.because
        return self._disabled_here

    @property
    def disabled(self) -> bool:
        return self.disabled_because is not None

    def disable(self, because: str, *, now: datetime) -> bool:
        """Disable it; True the first time (the caller says so once)."""
        if self.disabled_because is not None:
            return False
        if self.switch is None:
            self._disabled_here = because
            return True
        try:
            self.switch.disable(self.name, self.endpoint, because, now=now)
        except OSError as exc:
            log.error(
                "cannot write %s (%s): %s stays disabled only until this process stops",
                self.switch.path,
                exc.strerror,
                self.name,
            )
            self._disabled_here = because
        return True

    def __repr__(self) -> str:
        return f"Destination({self.name!r}, {self.notifier!r})"


def export_disabled(metrics: Metrics, destinations: Sequence[Destination]) -> None:
    """`jointwatch_destinations_disabled{channel}`: how many of these destinations are disabled,
    worked out at each scrape (so a `jointwatch destination enable` shows at once)."""
    for channel in Channel:
        members = [d for d in destinations if d.channel is channel]
        metrics.destinations_disabled.labels(channel=channel.value).set_function(
            partial(_count_disabled, members)
        )


def _count_disabled(destinations: Sequence[Destination]) -> float:
    return float(sum(d.disabled for d in destinations))
