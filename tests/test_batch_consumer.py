"""BatchConsumer and its OffsetTracker: commit only what is finished, in order, per partition.

A small fake stands in for the aiokafka consumer (scripted batches, recorded commits and seeks);
the real broker is exercised by the integration tier (tests/integration)."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiokafka import TopicPartition

from jointwatch.batch_consumer import BatchConsumer, OffsetTracker

TOPIC = "articles"
P0, P1 = TopicPartition(TOPIC, 0), TopicPartition(TOPIC, 1)


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None = None
    value: bytes | None = b"{}"


def records(tp: TopicPartition, *offsets: int) -> list[Record]:
    return [Record(tp.topic, tp.partition, o) for o in offsets]


# --------------------------------------------------------------------------------------
# OffsetTracker


def test_only_the_contiguous_finished_prefix_is_committable():
    tracker = OffsetTracker()
    first, second, third = (tracker.taken(P0, o, outputs=1) for o in (10, 11, 12))
    tracker.output_done(second)
    tracker.output_done(third)
    assert tracker.committable() == {P0: 10}  # 10 is unfinished: nothing past it
    assert tracker.in_flight == 1
    tracker.output_done(first)
    assert tracker.committable() == {P0: 13}
    assert tracker.in_flight == 0


def test_a_record_without_outputs_is_finished_when_taken():
    tracker = OffsetTracker()
    tracker.taken(P0, 0)
    tracker.taken(P1, 7)
    assert tracker.in_flight == 0
    assert tracker.committable() == {P0: 1, P1: 8}


def test_a_record_waits_for_every_one_of_its_outputs():
    tracker = OffsetTracker()
    record = tracker.taken(P0, 3, outputs=2)
    tracker.output_done(record)
    assert tracker.committable() == {P0: 3}
    tracker.output_done(record)
    assert tracker.committable() == {P0: 4}


def test_partitions_advance_independently():
    tracker = OffsetTracker()
    stuck = tracker.taken(P0, 0, outputs=1)
    tracker.taken(P1, 0)
    assert tracker.committable() == {P0: 0, P1: 1}
    assert stuck.pending == 1


def test_committed_positions_are_not_offered_again():
    tracker = OffsetTracker()
    tracker.taken(P0, 0)
    positions = tracker.committable()
    tracker.committed(positions)
    assert tracker.committable() == {}
    tracker.taken(P0, 1)
    assert tracker.committable() == {P0: 2}


def test_forgotten_partitions_ignore_late_outputs():
    tracker = OffsetTracker()
    late = tracker.taken(P0, 0, outputs=1)
    tracker.taken(P1, 0, outputs=1)
    tracker.forget([P0])
    assert tracker.in_flight == 1
    tracker.output_done(late)  # completes after the revocation: changes nothing
    assert tracker.in_flight == 1
    assert P0 not in tracker.committable()
    tracker.forget()
    assert tracker.in_flight == 0
    assert tracker.committable() == {}


# --------------------------------------------------------------------------------------
# BatchConsumer with a fake aiokafka consumer


class FakeConsumer:
    """Scripted `getmany` results (a batch dict, or a coroutine function run in its place)."""

    def __init__(self, script: list[Any], assigned: set[TopicPartition] | None = None) -> None:
        self.script: deque[Any] = deque(script)
        self.assigned = set(assigned if assigned is not None else {P0, P1})
        self.paused_tps: set[TopicPartition] = set()
        self.commits: list[dict[TopicPartition, int]] = []
        self.offsets: dict[TopicPartition, int] = {}
        self.seeks: list[tuple[TopicPartition, int]] = []
        self.listener: Any = None
        self.polls = 0
        self.stopped = False

    def subscribe(self, topics: list[str], listener: Any) -> None:
        self.listener = listener

    async def start(self) -> None:
        await self.listener.on_partitions_assigned(set(self.assigned))

    async def stop(self) -> None:
        self.stopped = True

    async def getmany(self, timeout_ms: int = 0, max_records: int | None = None) -> dict:
        self.polls += 1
        if self.script and not (self.paused_tps and not callable(self.script[0])):
            item = self.script.popleft()
            if callable(item):
                await item()
                return {}
            return item
        await asyncio.sleep(0.001)
        return {}

    def assignment(self) -> set[TopicPartition]:
        return set(self.assigned)

    def paused(self) -> set[TopicPartition]:
        return set(self.paused_tps)

    def pause(self, *tps: TopicPartition) -> None:
        self.paused_tps |= set(tps)

    def resume(self, *tps: TopicPartition) -> None:
        self.paused_tps -= set(tps)

    async def commit(self, positions: dict[TopicPartition, int]) -> None:
        self.commits.append(dict(positions))
        self.offsets.update(positions)

    async def committed(self, tp: TopicPartition) -> int | None:
        return self.offsets.get(tp)

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.seeks.append((tp, offset))

    async def seek_to_beginning(self, tp: TopicPartition) -> None:
        self.seeks.append((tp, 0))


class Outputs:
    """`handle` for the consumer: one pending future per record, resolved by the test."""

    def __init__(self, raise_on: set[int] | None = None) -> None:
        self.futures: dict[tuple[int, int], asyncio.Future[Any]] = {}
        self.handled: list[tuple[int, int]] = []
        self.raise_on = raise_on or set()

    async def __call__(self, record: Record) -> list[asyncio.Future[Any]]:
        if record.offset in self.raise_on:
            raise RuntimeError("a bug")
        fut = asyncio.get_running_loop().create_future()
        self.futures[(record.partition, record.offset)] = fut
        self.handled.append((record.partition, record.offset))
        return [fut]

    def ack(self, partition: int, offset: int) -> None:
        self.futures[(partition, offset)].set_result(None)


def batch_consumer(fake: FakeConsumer, handle: Any, **overrides: Any) -> BatchConsumer:
    options: dict[str, Any] = {
        "consumer": fake,
        "topics": [TOPIC],
        "handle": handle,
        "name": "test",
        "max_in_flight": 100,
        "max_records": 500,
        "grace": 0.05,
        "revoke_grace": 0.05,
        "commit_interval": 0.0,
    }
    options.update(overrides)
    return BatchConsumer(**options)


async def until(check: Callable[[], bool], timeout: float = 2.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.001)


def last_position(fake: FakeConsumer, tp: TopicPartition) -> int | None:
    return fake.offsets.get(tp)


def test_offsets_are_committed_only_after_every_earlier_output_is_acknowledged():
    async def scenario() -> None:
        fake = FakeConsumer([{P0: records(P0, 0, 1, 2), P1: records(P1, 0)}])
        outputs = Outputs()
        consumer = batch_consumer(fake, outputs)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(outputs.handled) == 4)
        outputs.ack(0, 1)
        outputs.ack(0, 2)
        outputs.ack(1, 0)
        await until(lambda: last_position(fake, P1) == 1)
        await asyncio.sleep(0.01)
        assert last_position(fake, P0) in (None, 0)  # 0 is not acknowledged: nothing past it
        outputs.ack(0, 0)
        await until(lambda: last_position(fake, P0) == 3)
        await consumer.stop()
        await task
        await consumer.close()
        assert fake.stopped

    asyncio.run(scenario())


def test_a_failed_output_stops_the_loop_and_nothing_from_it_on_is_committed():
    async def scenario() -> None:
        failures: list[BaseException] = []
        fake = FakeConsumer([{P0: records(P0, 0, 1, 2)}, {P0: records(P0, 3)}])
        outputs = Outputs()
        consumer = batch_consumer(fake, outputs, on_failure=failures.append)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(outputs.handled) >= 3)
        outputs.ack(0, 0)
        outputs.futures[(0, 1)].set_exception(OSError("not acknowledged"))
        outputs.ack(0, 2)
        await asyncio.wait_for(task, 2)
        assert [type(f) for f in failures] == [OSError]
        assert last_position(fake, P0) == 1  # offset 1 failed: 1 is read again by the next owner
        assert consumer.failed is failures[0]

    asyncio.run(scenario())


def test_a_handler_that_raises_stops_the_loop_without_committing_that_record():
    async def scenario() -> None:
        failures: list[BaseException] = []
        fake = FakeConsumer([{P0: records(P0, 0, 1, 2)}])
        outputs = Outputs(raise_on={1})
        consumer = batch_consumer(fake, outputs, on_failure=failures.append, grace=1.0)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(outputs.handled) >= 1)
        outputs.ack(0, 0)  # in flight when the handler failed: finished, then committed
        await asyncio.wait_for(task, 2)
        assert [type(f) for f in failures] == [RuntimeError]
        assert outputs.handled == [(0, 0)]  # nothing after the failed record was taken
        assert last_position(fake, P0) == 1

    asyncio.run(scenario())


def test_a_revocation_commits_what_is_finished_and_the_rest_of_the_batch_is_read_again():
    async def scenario() -> None:
        fake = FakeConsumer([])
        outputs = Outputs()
        ready: list[bool] = []
        consumer = batch_consumer(fake, outputs, on_ready=ready.append)

        async def revoke_and_reassign() -> None:
            await fake.listener.on_partitions_revoked({P0, P1})
            await fake.listener.on_partitions_assigned({P0, P1})

        revoking = False

        async def handle(record: Record) -> list[asyncio.Future[Any]]:
            nonlocal revoking
            futures = await outputs(record)
            if record.offset == 1 and not revoking:  # a rebalance while the batch is handled
                revoking = True
                outputs.ack(0, 0)
                await revoke_and_reassign()
            return futures

        consumer._handle = handle
        fake.script.append({P0: records(P0, 0, 1, 2, 3)})
        task = asyncio.create_task(consumer.run())
        await until(lambda: bool(fake.seeks))
        await consumer.stop()
        await task
        # Offset 0 was finished before the revocation and committed then; 1 was handled across
        # the revocation and 2, 3 were not taken: all three are read again from offset 1.
        assert fake.commits[0] == {P0: 1}
        assert (0, 2) not in outputs.handled and (0, 3) not in outputs.handled
        assert (P0, 1) in fake.seeks
        assert last_position(fake, P0) == 1
        assert ready[:3] == [True, False, True]
        # Its output, sent across the revocation, is not tracked, but a failure still counts.
        outputs.futures[(0, 1)].set_exception(OSError("not acknowledged"))
        await asyncio.sleep(0)
        assert isinstance(consumer.failed, OSError)

    asyncio.run(scenario())


def test_reads_pause_while_max_in_flight_records_are_unfinished():
    async def scenario() -> None:
        fake = FakeConsumer([{P0: records(P0, 0, 1)}, {P0: records(P0, 2)}])
        outputs = Outputs()
        consumer = batch_consumer(fake, outputs, max_in_flight=2)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(outputs.handled) == 2)
        await until(lambda: fake.paused_tps == {P0, P1})
        assert len(outputs.handled) == 2  # the next batch waits
        outputs.ack(0, 0)  # room again: the reads resume and the next batch is taken
        await until(lambda: len(outputs.handled) == 3)
        outputs.ack(0, 1)
        outputs.ack(0, 2)
        await until(lambda: last_position(fake, P0) == 3)
        await consumer.stop()
        await task

    asyncio.run(scenario())


def test_stop_waits_for_outputs_in_flight_up_to_the_grace_then_commits_what_is_done():
    async def scenario() -> None:
        fake = FakeConsumer([{P0: records(P0, 0, 1)}])
        outputs = Outputs()
        consumer = batch_consumer(fake, outputs, grace=0.05)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(outputs.handled) == 2)
        outputs.ack(0, 0)
        await consumer.stop()
        await task  # offset 1 never acknowledged: left for the next owner
        assert last_position(fake, P0) == 1

    asyncio.run(scenario())


# --------------------------------------------------------------------------------------
# Recovery of per-partition state (the clusterer's `recover`)


def test_records_wait_until_their_partitions_state_is_recovered_then_are_read_from_the_commit():
    async def scenario() -> None:
        release = asyncio.Event()
        recovered: list[set[TopicPartition]] = []

        async def recover(assigned: set[TopicPartition]) -> None:
            recovered.append(set(assigned))
            await release.wait()

        fake = FakeConsumer([{P0: records(P0, 4, 5)}])
        fake.offsets[P0] = 4
        outputs = Outputs()
        ready: list[bool] = []
        consumer = batch_consumer(fake, outputs, recover=recover, on_ready=ready.append)
        task = asyncio.create_task(consumer.run())
        await until(lambda: fake.polls >= 3)
        assert recovered == [{P0, P1}]
        assert consumer.recovering and fake.paused_tps == {P0, P1}
        assert outputs.handled == [] and ready == []
        release.set()
        await until(lambda: len(outputs.handled) == 2)
        assert ready == [True]
        assert (P0, 4) in fake.seeks and (P1, 0) in fake.seeks  # from the committed offsets
        assert fake.paused_tps == set()
        await consumer.stop()
        await task

    asyncio.run(scenario())


def test_a_revocation_cancels_a_recovery_under_way_and_the_next_assignment_recovers_again():
    async def scenario() -> None:
        started: list[set[TopicPartition]] = []
        cancelled: list[set[TopicPartition]] = []
        release = asyncio.Event()

        async def recover(assigned: set[TopicPartition]) -> None:
            started.append(set(assigned))
            try:
                await release.wait()
            except asyncio.CancelledError:
                cancelled.append(set(assigned))
                raise

        fake = FakeConsumer([])
        outputs = Outputs()
        ready: list[bool] = []
        consumer = batch_consumer(fake, outputs, recover=recover, on_ready=ready.append)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(started) == 1)
        await fake.listener.on_partitions_revoked({P0, P1})
        fake.assigned = {P1}
        await fake.listener.on_partitions_assigned({P1})
        assert cancelled == [{P0, P1}]
        await until(lambda: len(started) == 2)
        assert started == [{P0, P1}, {P1}]
        assert True not in ready  # not consuming before a recovery finished
        release.set()
        await until(lambda: ready[-1:] == [True])
        await consumer.stop()
        await task

    asyncio.run(scenario())


def test_a_recovery_that_fails_stops_the_loop_and_nothing_is_taken():
    async def scenario() -> None:
        failures: list[BaseException] = []

        async def recover(assigned: set[TopicPartition]) -> None:
            raise OSError("changelog unreadable")

        fake = FakeConsumer([{P0: records(P0, 0)}])
        outputs = Outputs()
        consumer = batch_consumer(fake, outputs, recover=recover, on_failure=failures.append)
        await asyncio.wait_for(consumer.run(), 2)
        assert [type(f) for f in failures] == [OSError]
        assert outputs.handled == []
        assert fake.commits == []

    asyncio.run(scenario())
