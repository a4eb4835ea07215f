"""The dedup stage: a receiver gets each revision of an alert at most once from this process.

Alert revisions can reach the notifier more than once: the clusterer re-publishes the same
revision when an article is re-delivered to it, and a rebalance hands the notifier records again
from the last committed offset. The ledger remembers, per destination and alert, the highest
revision a receiver acknowledged; a revision at or below it is not sent again (the later one
already carries everything). It lives in memory, bounded (least recently used alerts are
forgotten first): after a crash, the few revisions delivered but not yet committed are sent again
with the same `webhook-id`, which is what that header is for.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from ..core.models import Alert
from ..metrics import SuppressReason

if TYPE_CHECKING:
    from .destination import Destination

DEFAULT_CAPACITY = 100_000


class DeliveryLedger:
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self._capacity = capacity
        self._delivered: OrderedDict[tuple[str, str], int] = OrderedDict()

    def delivered(self, destination: str, alert_id: str) -> int | None:
        """The highest revision of the alert the destination acknowledged, if remembered."""
        key = (destination, alert_id)
        revision = self._delivered.get(key)
        if revision is not None:
            self._delivered.move_to_end(key)
        return revision

    def record(self, destination: str, alert_id: str, revision: int) -> None:
        key = (destination, alert_id)
        self._delivered[key] = max(revision, self._delivered.get(key, 0))
        self._delivered.move_to_end(key)
        while len(self._delivered) > self._capacity:
            self._delivered.popitem(last=False)

    def __len__(self) -> int:
        return len(self._delivered)


class DedupGate:
    def __init__(self, ledger: DeliveryLedger) -> None:
        self._ledger = ledger

    def check(self, alert: Alert, destination: Destination) -> SuppressReason | None:
        delivered = self._ledger.delivered(destination.name, alert.alert_id)
        if delivered is not None and alert.revision <= delivered:
            return SuppressReason.DUPLICATE
        return None
