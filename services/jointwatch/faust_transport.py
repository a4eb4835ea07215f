"""faust's aiokafka transport, with the consumer's fetch wait as configuration.

faust 0.15 hard-codes `fetch_max_wait_ms=1500` for its worker consumer. A real Kafka broker
answers a fetch as soon as data arrives, so there the value only bounds idle polling. The
embedded broker (Tansu 0.6) holds every fetch for the full wait even when data arrives, so each
hop of the pipeline (articles -> reports -> alerts) would add up to 1.5 s; its short profile
sets 10 ms (see `settings.EMBEDDED_TIMEOUTS`).

Only what is needed is overridden: the one method that builds the aiokafka consumer, and the
attribute aiokafka reads when it starts (the constructor argument faust passes). A test checks
that a worker's consumer gets the configured value, so a faust upgrade that changes this fails
loudly.

Second, records fetched before a rebalance must not skip records after it. faust's fetch loop
can hand over a batch that was fetched before the rebalance's seek back to the committed offset
(the batch comes back from the consumer thread after the seek, under the new generation, so
faust's generation check passes it). faust then takes the jump from the committed offset to
the batch as a gap in the log: it counts the offsets in between as acknowledged and drops them
when they are fetched again, so they are committed without ever being processed (faust-streaming
issues #221 and #606 describe the family). For the clusterer that is a report with no alert.
Topics we write ourselves without compaction or transactions have no gaps, so on those a jump
past the next offset is such a stale batch: `StalePrefetchGuard` holds its records back and the
partition is read again from where faust expects it. The same jump seen twice in a row is real
(records deleted by retention) and passes.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass, field
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

log = logging.getLogger("jointwatch.pipeline")


@dataclass
class StalePrefetchGuard:
    """Which fetched records of contiguous topics may reach faust's streams. Pure (no Kafka)."""

    topics: frozenset[str]
    _jumps: dict[TP, tuple[int, int]] = field(default_factory=dict)

    def read_again_from(self, tp: TP, offset: int, read_offset: int | None) -> int | None:
        """None: deliver the record at `offset`. Otherwise hold it back and read `tp` again
        from the offset returned. `read_offset` is faust's: the offset it delivered last, or
        the one it sought to (so the next record is `read_offset` or `read_offset + 1`)."""
        if tp.topic not in self.topics or read_offset is None or offset <= read_offset + 1:
            self._jumps.pop(tp, None)
            return None
        jump = (read_offset, offset)
        if self._jumps.get(tp) == jump:  # read again and the same jump: the records are gone
            del self._jumps[tp]
            return None
        self._jumps[tp] = jump
        return read_offset


def fetch_wait_transport(
    fetch_max_wait_ms: int, contiguous_topics: Collection[str] = ()
) -> type[faust_aiokafka.Transport]:
    """A faust Transport class whose worker consumers wait at most `fetch_max_wait_ms` per fetch
    and hold back a batch of `contiguous_topics` that jumps past the next offset (fetched
    before a rebalance), reading the partition again instead."""

    class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport: Any) -> Any:
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_max_wait_ms = fetch_max_wait_ms  # read by AIOKafkaConsumer.start
            return consumer

    class FetchWaitConsumer(faust_aiokafka.Consumer):
        guard = StalePrefetchGuard(frozenset(contiguous_topics))

        def _new_consumer_thread(self) -> Any:
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

        async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
            held: set[TP] = set()  # partitions read again: the rest of their batch is stale too
            async for tp, message in super().getmany(timeout):
                if tp in held:
                    continue
                again = self.guard.read_again_from(tp, message.offset, self._read_offset[tp])
                if again is None:
                    yield tp, message
                    continue
                held.add(tp)
                log.warning(
                    "%s partition %d: fetched offset %d after %d (a batch from before the "
                    "rebalance); reading again from %d",
                    tp.topic,
                    tp.partition,
                    message.offset,
                    again,
                    again,
                )
                await self.seek(tp, again)

    class Transport(faust_aiokafka.Transport):
        Consumer = FetchWaitConsumer

    # mode names a subclass's logger after its module; keep faust's, and its log levels.
    ConsumerThread.logger = FetchWaitConsumer.logger = faust_aiokafka.logger
    return Transport


def use_fetch_wait(
    app: faust.App, fetch_max_wait_ms: int, contiguous_topics: Collection[str] = ()
) -> None:
    """Install the transport on `app`; call before the app declares topics or agents."""
    transport = fetch_wait_transport(fetch_max_wait_ms, contiguous_topics)
    app.transport = transport(app.conf.broker_consumer, app)
