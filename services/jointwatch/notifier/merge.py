"""The Slack merge wait: revisions of one alert that arrive close together become one message.

People read Slack; twenty outlets reporting one patrol within a minute should not make twenty
messages. The first revision of a quiet alert is sent at once; revisions that arrive within
`wait` seconds of the last message sent for that alert are held until the wait is over, and only
the latest of them is sent, naming the ones it stands for. Webhooks never merge: machines get
every revision.

Pure: the caller passes the time. The held revisions stay uncommitted on the alerts topic until
the merged message is delivered, so a worker stopped during the wait sends the latest revision
after its restart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class HasRevision(Protocol):
    @property
    def revision(self) -> int: ...


class MergeWindow:
    def __init__(self, wait: float) -> None:
        if wait < 0:
            raise ValueError("wait must be >= 0")
        self.wait = wait
        self._last_sent: dict[str, float] = {}

    def wait_before(self, alert_id: str, now: float) -> float:
        """Seconds to hold the next revision of `alert_id` (0: send it now)."""
        last = self._last_sent.get(alert_id)
        return 0.0 if last is None else max(0.0, last + self.wait - now)

    def sent(self, alert_id: str, now: float) -> None:
        self._last_sent[alert_id] = now
        if len(self._last_sent) > 1000:  # forget alerts whose wait is long over
            self._last_sent = {
                key: at for key, at in self._last_sent.items() if at + self.wait > now
            }


T = TypeVar("T", bound=HasRevision)


def latest(items: Sequence[T]) -> tuple[T, list[T]]:
    """The item with the highest revision (the first of equals), and the others it supersedes."""
    if not items:
        raise ValueError("no items to merge")
    chosen = max(items, key=lambda item: item.revision)
    return chosen, [item for item in items if item is not chosen]
