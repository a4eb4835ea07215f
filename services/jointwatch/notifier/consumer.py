"""One destination's reader of the alerts topic: its own consumer group, manual commits.

Each destination reads the alerts topic in its own consumer group (`<app_id>-notify-<name>`),
so a receiver that is down holds back only its own offsets, never another destination's.
An offset is committed only when every record before it is finished for this destination:
delivered (acknowledged by the receiver), deliberately not sent (silenced, routed out, a
duplicate, merged), or written to the delivery dead-letter topic. A record that is not an Alert
is dead-lettered too, never skipped.

While `max_in_flight` revisions are unfinished the consumer pauses its partitions (it keeps
polling, so the group does not think it died). On a revocation, requests in flight get up to
`revoke_grace` seconds (well inside the rebalance timeout), on a stop up to `grace`; the rest is
cancelled and left uncommitted for the next owner.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from aiokafka import ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from ..core.models import Alert
from ..metrics import DeadLetterReason
from .deadletter import DeadLetterSink, SourceRef, delivery_dead_letter
from .lanes import DestinationWorker
from .offsets import OffsetTracker
from .record import Delivery

log = logging.getLogger("jointwatch.notifier")

POLL_TIMEOUT_MS = 200


class DestinationConsumer:
    def __init__(
        self,
        *,
        consumer: Any,  # an aiokafka.AIOKafkaConsumer, not started
        topic: str,
        worker: DestinationWorker,
        dead_letters: DeadLetterSink,
        max_in_flight: int,
        grace: float,
        revoke_grace: float,
        on_ready: Callable[[bool], None],
        commit_interval: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._consumer = consumer
        self._topic = topic
        self._worker = worker
        self._dead_letters = dead_letters
        self._max_in_flight = max_in_flight
        self._grace = grace
        self._revoke_grace = revoke_grace
        self._on_ready = on_ready
        self._commit_interval = commit_interval
        self._clock = clock
        self._tracker = OffsetTracker()
        self._generation = 0
        self._stopping = False
        self._commit_lock = asyncio.Lock()
        self._room = asyncio.Event()
        self._rewind_pending = False
        self._committed_at = 0.0
        self._started = False

    @property
    def destination(self) -> str:
        return self._worker.destination.name

    async def run(self) -> None:
        """Consume until `stop`; then finish or leave the work in flight, commit, leave."""
        self._consumer.subscribe([self._topic], listener=_Listener(self))
        await self._consumer.start()
        self._started = True
        try:
            while not self._stopping:
                full = self._flow_control()
                if full:  # wait for room, and keep polling so the group knows we are alive
                    self._room.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._room.wait(), POLL_TIMEOUT_MS / 1000)
                generation = self._generation
                free = max(1, self._max_in_flight - self._tracker.in_flight)
                try:
                    batch = await self._consumer.getmany(
                        timeout_ms=0 if full else POLL_TIMEOUT_MS, max_records=free
                    )
                except KafkaError as exc:
                    log.warning("%s: polling failed (%s); again", self.destination, exc)
                    await asyncio.sleep(1)
                    continue
                for tp, records in batch.items():
                    for record in records:
                        if generation != self._generation or self._rewind_pending:
                            # A rebalance came between the fetch and now: do not take these,
                            # and read again from the committed offsets (the consumer's
                            # position is already past them).
                            self._rewind_pending = True
                            break
                        if self._stopping:
                            break
                        await self._take(tp, record)
                if self._rewind_pending and not self._stopping:
                    await self._rewind()
                await self._commit()
        finally:
            await self._worker.stop(self._grace)
            await self._commit(force=True)
            self._on_ready(False)

    async def stop(self) -> None:
        self._stopping = True

    async def _rewind(self) -> None:
        """Seek every assigned partition back to its committed offset (until that succeeds,
        nothing fetched is taken)."""
        try:
            for tp in self._consumer.assignment():
                committed = await self._consumer.committed(tp)
                if committed is None or committed <= 0:
                    await self._consumer.seek_to_beginning(tp)  # auto_offset_reset=earliest
                else:
                    self._consumer.seek(tp, committed)
        except KafkaError as exc:
            log.warning("%s: cannot rewind yet (%s); again", self.destination, exc)
            return
        self._rewind_pending = False

    async def close(self) -> None:
        if self._started:
            with contextlib.suppress(Exception):
                await self._consumer.stop()

    async def _take(self, tp: TopicPartition, record: Any) -> None:
        self._tracker.taken(tp, record.offset)
        source = SourceRef(tp.topic, tp.partition, record.offset)
        try:
            alert = Alert.model_validate_json(record.value or b"")
        except ValidationError as exc:
            await self._dead_letter_invalid(record, source, exc)
            self._tracker.finished(tp, record.offset)
            return
        delivery = Delivery(alert=alert, source=source, received_at=self._clock())
        self._worker.submit(delivery, partial(self._finished, tp, record.offset))

    def _finished(self, tp: TopicPartition, offset: int) -> None:
        self._tracker.finished(tp, offset)
        self._room.set()

    async def _dead_letter_invalid(self, record: Any, source: SourceRef, exc: Exception) -> None:
        destination = self._worker.destination
        detail = f"not an Alert v1: {exc.errors()[0]['msg'] if isinstance(exc, ValidationError) else exc}"
        letter = delivery_dead_letter(
            reason=DeadLetterReason.INVALID_ALERT,
            detail=detail,
            destination=destination.name,
            channel=destination.channel,
            alert=None,
            source=source,
            now=datetime.now(UTC),
            original=record.value,
            key=record.key,
        )
        await self._dead_letters.write(letter)
        self._worker.pipeline.recorder.metrics.delivery_dead_letters.labels(
            channel=destination.channel.value, reason=DeadLetterReason.INVALID_ALERT.value
        ).inc()
        log.error("%s: %s is %s; dead-lettered", destination.name, source, detail)

    def _flow_control(self) -> bool:
        """Pause the partitions while `max_in_flight` revisions are unfinished; True then."""
        assigned = self._consumer.assignment()
        paused = self._consumer.paused()
        if self._tracker.in_flight >= self._max_in_flight:
            if assigned - paused:
                self._consumer.pause(*assigned)
            return True
        if paused:
            self._consumer.resume(*paused)
        return False

    async def _commit(self, *, force: bool = False) -> None:
        if not force and self._clock() - self._committed_at < self._commit_interval:
            return
        async with self._commit_lock:
            assigned = self._consumer.assignment()
            positions = {
                tp: offset
                for tp, offset in self._tracker.committable().items()
                if tp in assigned and isinstance(tp, TopicPartition)
            }
            self._committed_at = self._clock()
            if not positions:
                return
            try:
                await self._consumer.commit(positions)
            except KafkaError as exc:
                log.warning("%s: commit failed (%s); will retry", self.destination, exc)
                return
            self._tracker.committed(dict(positions))

    async def _revoked(self) -> None:
        self._generation += 1
        self._on_ready(False)
        await self._worker.stop(self._revoke_grace)
        await self._commit(force=True)
        self._tracker.forget()

    def _assigned(self, assigned: set[TopicPartition]) -> None:
        log.info(
            "%s: consuming %s partitions %s",
            self.destination,
            self._topic,
            sorted(tp.partition for tp in assigned),
        )
        self._on_ready(True)


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, owner: DestinationConsumer) -> None:
        self._owner = owner

    async def on_partitions_revoked(self, revoked: Any) -> None:
        await self._owner._revoked()

    async def on_partitions_assigned(self, assigned: Any) -> None:
        self._owner._assigned(set(assigned))
