"""Read a topic in batches with a plain aiokafka consumer group, committing only finished work.

faust's stream path costs far more CPU per message than the work of a busy stage (the classifier
does ~0.2 ms per article); this loop costs a few microseconds. It takes many records per
`getmany`, hands each to `handle`, which returns the futures of the outputs it sent (the broker's
acknowledgements) without waiting for them, and commits per partition only the contiguous prefix
of records whose every output is acknowledged (`OffsetTracker`): at-least-once, with many records
in flight.

- `handle` must not raise: it deals with bad input itself (the classifier dead-letters it). If it
  raises anyway, or an output is not acknowledged, `on_failure` runs (the worker stops) and that
  record, with everything after it in its partition, stays uncommitted.
- Flow control: while `max_in_flight` records are unfinished, the partitions are paused; the loop
  keeps polling, so the group does not take the consumer for dead.
- Rebalance: on a revocation, outputs in flight get up to `revoke_grace` seconds, then what is
  finished is committed and the rest is left to the next owner. Records fetched before the
  rebalance and not yet taken are dropped and read again from the committed offsets.
- Recovery (optional `recover`): a stage with state per partition (the clusterer) rebuilds it
  for newly assigned partitions before it takes their records. It runs as a task while the loop
  keeps polling with the partitions paused (so the group keeps us); then the partitions are read
  from their committed offsets, and only then is the stage ready.
- Stop: the record in hand finishes, outputs get up to `grace` seconds, what is done is committed.

Left out on purpose: retrying a failed output (the producer already retried it), transactions.
The notifier's `DestinationConsumer` (notifier/consumer.py) is this loop with deliveries as outputs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from functools import partial
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener
from aiokafka.errors import KafkaError

from .kafka_security import aiokafka_config
from .settings import KafkaTimeouts, Settings

log = logging.getLogger("jointwatch.batch")

POLL_TIMEOUT_MS = 200
METADATA_MAX_AGE_MS = 10_000  # see re-created topics within seconds (brokerwatch.py)
# Longest stretch of handling before the loop lets other tasks run (faust's fetcher and agents,
# the producer's sender, /metrics): a batch of slow records must not hold the event loop.
YIELD_EVERY_SECONDS = 0.005


class Taken:
    """One record being worked on: done once `pending` outputs are acknowledged."""

    __slots__ = ("offset", "pending", "tracked")

    def __init__(self, offset: int, pending: int) -> None:
        self.offset = offset
        self.pending = pending
        self.tracked = True


class OffsetTracker:
    """Which offsets are safe to commit: per partition, everything before the oldest record not
    yet finished. Records of a partition are taken in offset order and may finish in any order.
    Pure (no Kafka, no futures); partitions are any hashable key. Every call is O(1) amortized."""

    def __init__(self) -> None:
        self._open: dict[Hashable, deque[Taken]] = {}
        self._next: dict[Hashable, int] = {}
        self._committed: dict[Hashable, int] = {}
        self._in_flight = 0

    @property
    def in_flight(self) -> int:
        """Records taken and not yet finished."""
        return self._in_flight

    def taken(self, partition: Hashable, offset: int, outputs: int = 0) -> Taken:
        """Record `offset` of `partition`, finished once `outputs` calls of `output_done`."""
        record = Taken(offset, outputs)
        if outputs:
            self._in_flight += 1
        self._open.setdefault(partition, deque()).append(record)
        self._next[partition] = offset + 1
        return record

    def output_done(self, record: Taken) -> None:
        if not record.tracked or record.pending <= 0:
            return
        record.pending -= 1
        if record.pending == 0:
            self._in_flight -= 1

    def committable(self) -> dict[Hashable, int]:
        """Positions to commit (the next offset to read) that moved since `committed`."""
        positions: dict[Hashable, int] = {}
        for partition, records in self._open.items():
            while records and records[0].pending == 0:
                records.popleft().tracked = False
            position = records[0].offset if records else self._next[partition]
            if self._committed.get(partition) != position:
                positions[partition] = position
        return positions

    def committed(self, positions: dict[Hashable, int]) -> None:
        self._committed.update(positions)

    def forget(self, partitions: Iterable[Hashable] | None = None) -> None:
        """Drop what is known about these partitions (all when None): after a revocation.
        Outputs of forgotten records that complete later change nothing."""
        for partition in list(self._open) if partitions is None else list(partitions):
            for record in self._open.pop(partition, ()):
                if record.tracked and record.pending > 0:
                    self._in_flight -= 1
                record.tracked = False
            self._next.pop(partition, None)
            self._committed.pop(partition, None)


Handle = Callable[[Any], Awaitable[Sequence["asyncio.Future[Any]"]]]
# How a stage hands over an output: (topic, key, value, partition or None for the key's) -> the
# future of the broker's acknowledgement, not awaited (the loop tracks it).
SendNoWait = Callable[[str, bytes, bytes, int | None], Awaitable["asyncio.Future[Any]"]]


def group_consumer(
    settings: Settings, timeouts: KafkaTimeouts, *, group_id: str, client_id: str
) -> AIOKafkaConsumer:
    """A consumer for `BatchConsumer`: in `group_id`, offsets committed by the loop only, the
    group's timeouts from configuration, TLS/SASL from the settings."""
    t = timeouts
    return AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap().split(","),
        group_id=group_id,
        client_id=client_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=int(t.session_timeout * 1000),
        heartbeat_interval_ms=int(t.heartbeat_interval * 1000),
        rebalance_timeout_ms=int(t.rebalance_timeout * 1000),
        max_poll_interval_ms=int(t.max_poll_interval * 1000),
        fetch_max_wait_ms=int(t.fetch_max_wait * 1000),
        metadata_max_age_ms=METADATA_MAX_AGE_MS,
        **aiokafka_config(settings),
    )


class BatchConsumer:
    def __init__(
        self,
        *,
        consumer: Any,  # an aiokafka.AIOKafkaConsumer, not started, enable_auto_commit=False
        topics: Sequence[str],
        handle: Handle,
        name: str,
        max_in_flight: int,
        max_records: int,
        grace: float,
        revoke_grace: float,
        on_ready: Callable[[bool], None] = lambda ready: None,
        on_assigned: Callable[[set[Any]], None] = lambda assigned: None,
        on_failure: Callable[[BaseException], object] = lambda exc: None,
        commit_interval: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
        settle: Callable[[float], Awaitable[object]] | None = None,
        recover: Callable[[set[Any]], Awaitable[None]] | None = None,
    ) -> None:
        """`settle(seconds)` finishes or abandons the work in flight before the commit on a
        revocation or stop; by default it waits up to `seconds` for the outputs in flight. An
        owner whose outputs can be cancelled (the notifier's deliveries) passes its own.
        `recover(assigned)` prepares the state of newly assigned partitions (see the module
        docstring); if it raises, `on_failure` runs."""
        self._consumer = consumer
        self._topics = list(topics)
        self._handle = handle
        self.name = name
        self._max_in_flight = max_in_flight
        self._max_records = max_records
        self._grace = grace
        self._revoke_grace = revoke_grace
        self._on_ready = on_ready
        self._on_assigned = on_assigned
        self._on_failure = on_failure
        self._commit_interval = commit_interval
        self._clock = clock
        self.tracker = OffsetTracker()
        self._generation = 0
        self._stopping = False
        self._failed: BaseException | None = None
        self._failed_records: set[int] = set()  # ids of Taken records whose output failed
        self._failure_handling: object = None
        self._commit_lock = asyncio.Lock()
        self._room = asyncio.Event()
        self._rewind_pending = False
        self._committed_at = 0.0
        self._started = False
        self._settle = settle or self._drain
        self._task: asyncio.Task[None] | None = None
        self._recover = recover
        self._recovering: asyncio.Task[None] | None = None
        # Partitions whose records may be taken: assigned, and their state recovered.
        self._ready: set[Any] = set()

    @property
    def failed(self) -> BaseException | None:
        return self._failed

    async def run(self) -> None:
        """Consume until `stop` (or a failure); then finish or leave the work in flight, commit."""
        self._consumer.subscribe(self._topics, listener=_Listener(self))
        await self._consumer.start()
        self._started = True
        try:
            while not self._stopping and self._failed is None:
                full = self._flow_control()
                if full:  # wait for room, and keep polling so the group knows we are alive
                    self._room.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._room.wait(), POLL_TIMEOUT_MS / 1000)
                generation = self._generation
                try:
                    room = max(1, self._max_in_flight - self.tracker.in_flight)
                    batch = await self._consumer.getmany(
                        timeout_ms=0 if full else POLL_TIMEOUT_MS,
                        max_records=min(self._max_records, room),
                    )
                except KafkaError as exc:
                    log.warning("%s: polling failed (%s); again", self.name, exc)
                    await asyncio.sleep(1)
                    continue
                yielded = time.perf_counter()
                for tp, records in batch.items():
                    for record in records:
                        if time.perf_counter() - yielded > YIELD_EVERY_SECONDS:
                            await asyncio.sleep(0)
                            yielded = time.perf_counter()
                        if (
                            generation != self._generation
                            or self._rewind_pending
                            or tp not in self._ready
                        ):
                            # A rebalance came between the fetch and now, or the partition's
                            # state is not back yet: do not take these, read again from the
                            # committed offsets.
                            self._rewind_pending = True
                            break
                        if self._stopping or self._failed is not None:
                            break
                        await self._take(tp, record, generation)
                if self._rewind_pending and not self._stopping and self._failed is None:
                    await self._rewind()
                await self._commit()
        finally:
            await self._stop_recovery()
            await self._settle(self._grace)
            await self._commit(force=True)
            self._on_ready(False)

    def spawn(self) -> None:
        """Run the loop as a task; if the task dies, say so and call `on_failure`."""
        self._task = asyncio.create_task(self.run(), name=self.name)
        self._task.add_done_callback(stop_when_dead(f"the {self.name} consumer", self._on_failure))

    async def shutdown(self) -> None:
        """Stop the spawned loop: the work in hand is finished or left uncommitted, what is done
        is committed, and the consumer leaves its group."""
        await self.stop()
        if self._task is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._task
            self._task = None
        await self.close()

    async def stop(self) -> None:
        self._stopping = True
        self._room.set()

    async def close(self) -> None:
        """Leave the group (after `run` returned)."""
        if self._started:
            self._started = False
            with contextlib.suppress(Exception):
                await self._consumer.stop()

    async def _take(self, tp: Any, record: Any, generation: int) -> None:
        try:
            outputs = await self._handle(record)
        except Exception as exc:  # handle's contract is not to raise: a bug, stop loudly
            log.exception(
                "%s: %s/%d/%d not handled", self.name, tp.topic, tp.partition, record.offset
            )
            self._fail(exc)
            return
        if generation != self._generation:
            # Revoked while the record was handled (it awaited): its outputs are out, but the
            # partition's offsets are no longer ours to track. The next owner reads it again;
            # if an output fails, this worker still stops (a later copy may count as done).
            self._rewind_pending = True
            for fut in outputs:
                fut.add_done_callback(self._untracked_output_done)
            return
        taken = self.tracker.taken(tp, record.offset, len(outputs))
        for fut in outputs:
            fut.add_done_callback(partial(self._output_done, taken))

    def _output_done(self, taken: Taken, fut: asyncio.Future[Any]) -> None:
        exc = asyncio.CancelledError() if fut.cancelled() else fut.exception()
        if exc is not None:  # the record and every later one in its partition stay open
            self._failed_records.add(id(taken))
            self._fail(exc)
        else:
            self.tracker.output_done(taken)
        self._room.set()

    def _untracked_output_done(self, fut: asyncio.Future[Any]) -> None:
        exc = asyncio.CancelledError() if fut.cancelled() else fut.exception()
        if exc is not None:
            self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        if self._failed is not None:
            return
        self._failed = exc
        log.error(
            "%s: an output failed; stopping, nothing after it is committed: %r", self.name, exc
        )
        self._room.set()
        self._failure_handling = self._on_failure(exc)  # keep a reference (a task, say)

    async def _drain(self, grace: float) -> None:
        """Until every output in flight is acknowledged (or failed), or `grace` seconds."""
        deadline = self._clock() + grace
        while self.tracker.in_flight > len(self._failed_records):
            left = deadline - self._clock()
            if left <= 0:
                log.warning(
                    "%s: %d records unfinished after %.1fs; left uncommitted",
                    self.name,
                    self.tracker.in_flight,
                    grace,
                )
                return
            self._room.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._room.wait(), left)

    @property
    def recovering(self) -> bool:
        return self._recovering is not None and not self._recovering.done()

    def _flow_control(self) -> bool:
        """Pause the partitions while `max_in_flight` records are unfinished, or while their
        state is recovered; True then."""
        assigned = self._consumer.assignment()
        paused = self._consumer.paused()
        if self.recovering or self.tracker.in_flight >= self._max_in_flight:
            if assigned - paused:
                self._consumer.pause(*assigned)
            return True
        if paused:
            self._consumer.resume(*paused)
        return False

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
            log.warning("%s: cannot rewind yet (%s); again", self.name, exc)
            return
        self._rewind_pending = False

    async def _commit(self, *, force: bool = False) -> None:
        if not force and self._clock() - self._committed_at < self._commit_interval:
            return
        async with self._commit_lock:
            self._committed_at = self._clock()
            try:
                assigned = self._consumer.assignment()
            except Exception:  # not subscribed any more (stopped)
                return
            positions = {
                tp: offset for tp, offset in self.tracker.committable().items() if tp in assigned
            }
            if not positions:
                return
            try:
                await self._consumer.commit(positions)
            except KafkaError as exc:
                log.warning("%s: commit failed (%s); will retry", self.name, exc)
                return
            self.tracker.committed(dict(positions))

    async def _revoked(self) -> None:
        self._generation += 1
        self._ready = set()
        self._on_ready(False)
        await self._stop_recovery()
        await self._settle(self._revoke_grace)
        await self._commit(force=True)
        self.tracker.forget()

    def _assigned(self, assigned: set[Any]) -> None:
        if self._recover is None:
            self._consuming(assigned)
            return
        if assigned:  # nothing is taken from them until their state is back
            self._consumer.pause(*assigned)
        self._recovering = asyncio.create_task(
            self._recover_then_consume(assigned, self._generation), name=f"{self.name}-recovery"
        )

    async def _recover_then_consume(self, assigned: set[Any], generation: int) -> None:
        assert self._recover is not None
        try:
            await self._recover(assigned)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("%s: recovering partitions %s failed", self.name, _numbers(assigned))
            self._fail(exc)
            return
        if generation == self._generation:
            self._rewind_pending = True  # anything fetched meanwhile: read from the commit
            self._consuming(assigned)
            self._room.set()

    async def _stop_recovery(self) -> None:
        task, self._recovering = self._recovering, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _consuming(self, assigned: set[Any]) -> None:
        self._ready = set(assigned)
        log.info(
            "%s: consuming %s partitions %s",
            self.name,
            ", ".join(self._topics),
            _numbers(assigned),
        )
        self._on_assigned(assigned)
        self._on_ready(True)


def _numbers(partitions: Iterable[Any]) -> list[int]:
    return sorted(tp.partition for tp in partitions)


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, owner: BatchConsumer) -> None:
        self._owner = owner

    async def on_partitions_revoked(self, revoked: Any) -> None:
        await self._owner._revoked()

    async def on_partitions_assigned(self, assigned: Any) -> None:
        self._owner._assigned(set(assigned))


def stop_when_dead(
    what: str, on_failure: Callable[[BaseException], object]
) -> Callable[[asyncio.Task[Any]], None]:
    """A done-callback for a consumer's task: a consumer that dies consumes nothing, so say so
    and stop the process (`on_failure`) rather than run on without it."""

    def check(task: asyncio.Task[Any]) -> None:
        if task.cancelled() or task.exception() is None:
            return
        exc = task.exception()
        assert exc is not None
        log.critical("%s died: %r; stopping", what, exc, exc_info=exc)
        on_failure(exc)

    return check
