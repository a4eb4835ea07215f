"""Read the clusterer's changelog back into its ClusterStore for newly assigned partitions.

A consumer outside any group (it is assigned partitions and never commits) reads each
partition from the position its state has seen (0: from the start) to its end. The end is
where the broker's end offsets say AND a poll longer than a fetch wait then returns nothing:
the embedded broker (Tansu 0.6) reports the base offset of a partition's last batch, plus one,
as its end offset, not the offset after its last record, so a recovery that stopped there
would miss the rest of that batch (faust's table recovery did: an event split into two alerts).
A log that no longer has the offsets this state read (a topic re-created by a broker that lost
its state, or records deleted by retention before this state read them) starts that partition
over; a re-created log that has grown past them again is not told apart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import OffsetOutOfRangeError

from .store import ClusterStore

log = logging.getLogger("jointwatch.pipeline")

MAX_RECORDS = 2000  # per poll
QUIET_MS = 300  # beyond a fetch wait: a poll this long that returns nothing ends a recovery


class ChangelogRecovery:
    def __init__(
        self, topic: str, *, client_config: Mapping[str, Any], fetch_max_wait: float
    ) -> None:
        self.topic = topic
        self._reader = AIOKafkaConsumer(
            group_id=None,
            client_id="jointwatch-clusterer-recovery",
            enable_auto_commit=False,
            auto_offset_reset="none",  # an offset gone is a state to rebuild, not to skip
            **{"fetch_max_wait_ms": int(fetch_max_wait * 1000), **client_config},
        )
        self._quiet_ms = int(fetch_max_wait * 1000) + QUIET_MS

    async def start(self) -> None:
        await self._reader.start()

    async def stop(self) -> None:
        with contextlib.suppress(Exception):
            await self._reader.stop()

    async def recover(self, store: ClusterStore, partitions: Iterable[int]) -> int:
        """Forget what `store` holds of other partitions, bring `partitions` to their end;
        the number of records applied."""
        reader = self._reader
        plan = store.plan_recovery(partitions)
        tps = [TopicPartition(self.topic, p) for p in plan]
        if not tps:
            return 0
        reader.assign(tps)
        ends = await reader.end_offsets(tps)
        for tp in tps:
            start = plan[tp.partition]
            if start > 0 and ends[tp] < start and not await self._has_offset(tp, start - 1):
                log.warning(
                    "%s partition %d ends before offset %d, which this worker read: re-created "
                    "(a broker that lost its state); its clusters start over",
                    tp.topic,
                    tp.partition,
                    start - 1,
                )
                store.restart(tp.partition)
                start = 0
            if start == 0:  # the log's start may be past 0 (retention)
                await reader.seek_to_beginning(tp)
            else:
                reader.seek(tp, start)
        read = 0
        while True:
            try:
                batch = await reader.getmany(
                    *tps, timeout_ms=self._quiet_ms, max_records=MAX_RECORDS
                )
            except OffsetOutOfRangeError as exc:
                await self._start_over(store, exc.args[0] if exc.args else {})
                continue
            for tp, records in batch.items():
                for record in records:
                    store.apply(tp.partition, record.key, record.value, record.offset)
                read += len(records)
            positions = {tp: await reader.position(tp) for tp in tps}
            if not batch and all(positions[tp] >= ends[tp] for tp in tps):
                break
            await asyncio.sleep(0)
        for tp, position in positions.items():
            store.caught_up(tp.partition, position)
        reader.pause(*tps)  # nothing to fetch until the next recovery assigns anew
        return read

    async def _has_offset(self, tp: TopicPartition, offset: int) -> bool:
        """Whether `tp` still holds `offset`: asked when the end offset the broker reports is
        before it, which Tansu does for the tail of its last batch, and which a log re-created
        since this state read it does too."""
        self._reader.seek(tp, offset)
        try:
            batch = await self._reader.getmany(tp, timeout_ms=self._quiet_ms, max_records=1)
        except OffsetOutOfRangeError:
            return False
        return any(record.offset == offset for record in batch.get(tp, ()))

    async def _start_over(self, store: ClusterStore, offsets: dict[TopicPartition, int]) -> None:
        for tp, offset in offsets.items():
            log.warning(
                "%s partition %d has no offset %d any more; its clusters start over",
                tp.topic,
                tp.partition,
                offset,
            )
            store.restart(tp.partition)
            await self._reader.seek_to_beginning(tp)
