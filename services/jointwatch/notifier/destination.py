"""A destination: one receiver (a webhook or a Slack incoming webhook) with its route, its rate
limit and, for Slack, its merge wait. Built from settings and the routes file by `registry.py`.

A destination that answers 410 Gone is disabled until the process restarts: the receiver said it
will never accept deliveries again, so they go straight to the delivery dead-letter topic, from
where `jointwatch redeliver` sends them once the receiver is fixed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..metrics import Channel
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
    disabled_because: str | None = None

    @property
    def channel(self) -> Channel:
        return self.notifier.channel

    @property
    def disabled(self) -> bool:
        return self.disabled_because is not None

    def disable(self, because: str) -> bool:
        """Disable it; True the first time (the caller says so once)."""
        if self.disabled_because is not None:
            return False
        self.disabled_because = because
        return True

    def __repr__(self) -> str:
        return f"Destination({self.name!r}, {self.notifier!r})"
