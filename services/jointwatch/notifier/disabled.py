"""Destinations disabled by a 410 Gone, remembered across restarts until someone re-enables them.

A receiver that answers 410 said it will never accept deliveries again; sending it the next
revision after a restart would only collect another 410. So the notifier writes the fact to a
JSON file (`JOINTWATCH_DISABLED_FILE`, default `<JOINTWATCH_DATA_DIR>/disabled-destinations.json`)
and every notifier reading that file treats the destination as disabled: its deliveries go to the
delivery dead-letter topic. `jointwatch destination enable NAME` removes the entry (running
notifiers notice within about a second); then `jointwatch redeliver --destination NAME` sends
what was dead-lettered meanwhile.

An entry names the endpoint by a fingerprint of its URL (the URL itself may hold a token and is
not written anywhere): configuring a new URL for the destination enables it, since the receiver
that said "gone" is no longer the one being called. Left out on purpose, as for silences:
sharing the file between machines (a shared volume does it).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from .errors import NotifierError
from .statefile import JsonStateFile

log = logging.getLogger("jointwatch.notifier")


class NotDisabled(NotifierError):
    """`enable` of a destination that is not disabled."""


class DisabledEndpoint(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    endpoint: str  # fingerprint of the URL, see `endpoint_fingerprint`
    because: str
    since: AwareDatetime


class DisabledFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    destinations: dict[str, DisabledEndpoint] = Field(default_factory=dict)


def endpoint_fingerprint(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]


class DisabledStore:
    def __init__(
        self,
        path: Path,
        *,
        reload_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self._file = JsonStateFile(
            path,
            DisabledFile,
            setting="JOINTWATCH_DISABLED_FILE",
            what="a disabled-destinations file",
            reload_interval=reload_interval,
            clock=clock,
        )

    def load(self) -> dict[str, DisabledEndpoint]:
        return dict(self._file.load().destinations)

    def disabled(self, name: str, endpoint: str) -> DisabledEndpoint | None:
        """The entry that disables this destination's current endpoint, if any."""
        entry = self._file.current().destinations.get(name)
        return entry if entry is not None and entry.endpoint == endpoint else None

    def disable(self, name: str, endpoint: str, because: str, *, now: datetime) -> None:
        entry = DisabledEndpoint(endpoint=endpoint, because=because, since=now)

        def disabled(content: DisabledFile) -> DisabledFile:
            return DisabledFile(destinations={**content.destinations, name: entry})

        self._file.change(disabled)

    def enable(self, name: str) -> DisabledEndpoint:
        removed: list[DisabledEndpoint] = []

        def enabled(content: DisabledFile) -> DisabledFile:
            if name not in content.destinations:
                raise NotDisabled(f"destination {name!r} is not disabled")
            kept = dict(content.destinations)
            removed.append(kept.pop(name))
            return DisabledFile(destinations=kept)

        self._file.change(enabled)
        return removed[0]
