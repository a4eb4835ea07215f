"""Article ids this classifier has already finished, so a re-sent article is processed once.

In memory, per process: bounded (the oldest ids are forgotten first) and with a time to live.
It catches the common duplicates cheaply: a producer that retries or re-publishes a feed, the
same article keyed by id landing on the same partition. What it cannot see (another worker's
ids, ids from before a restart) is caught downstream: the clusterer ignores an article id already
in its cluster (the same revision is published again), and the notifier's delivery ledger
suppresses a revision it has delivered. An id is remembered only once its work is acknowledged,
so a crash between the two re-processes the article instead of losing it.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

DEFAULT_TTL_SECONDS = 24 * 3600.0
DEFAULT_MAX_IDS = 100_000


@dataclass(slots=True)
class SeenArticles:
    ttl_seconds: float = DEFAULT_TTL_SECONDS
    max_ids: int = DEFAULT_MAX_IDS
    _seen: OrderedDict[str, float] = field(default_factory=OrderedDict)

    def __len__(self) -> int:
        return len(self._seen)

    def seen(self, article_id: str, now: float) -> bool:
        at = self._seen.get(article_id)
        if at is None:
            return False
        if now - at > self.ttl_seconds:
            del self._seen[article_id]
            return False
        return True

    def remember(self, article_id: str, now: float) -> None:
        self._seen[article_id] = now
        self._seen.move_to_end(article_id)
        while len(self._seen) > self.max_ids:
            self._seen.popitem(last=False)
