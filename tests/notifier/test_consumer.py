"""The destination consumer's offset discipline, against a scripted stand-in for aiokafka's
consumer (the real broker runs in tests/integration/test_delivery.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import TopicPartition

from jointwatch.core.models import Alert
from jointwatch.metrics import Channel
from jointwatch.notifier.consumer import DestinationConsumer
from jointwatch.notifier.notifiers.base import DeliveryResult

from .conftest import counter

TP = TopicPartition("alerts", 0)


@dataclass
class Record:
    offset: int
    value: bytes
    key: bytes | None = None
    topic: str = TP.topic
    partition: int = TP.partition


class Notifier:
    channel = Channel.WEBHOOK

    def __init__(self) -> None:
        self.sent: list[int] = []

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult:
        self.sent.append(alert.revision)
        return DeliveryResult(ok=True, status=200, reason="HTTP 200 OK")


Step = Callable[["FakeKafkaConsumer"], Awaitable[list[Record]]]


class FakeKafkaConsumer:
    """Answers `getmany` from a script of steps; records commits and seeks."""

    def __init__(self, steps: list[Step]) -> None:
        self.steps = steps
        self.listener: Any = None
        self.assigned: set[TopicPartition] = set()
        self.paused_tps: set[TopicPartition] = set()
        self.commits: list[dict[TopicPartition, int]] = []
        self.offsets: dict[TopicPartition, int] = {}
        self.seeks: list[tuple[int, int | str]] = []
        self.done = asyncio.Event()

    def subscribe(self, topics: list[str], listener: Any) -> None:
        self.listener = listener

    async def start(self) -> None:
        await self.rebalance()

    async def rebalance(self) -> None:
        if self.assigned:
            await self.listener.on_partitions_revoked(set(self.assigned))
        self.assigned = {TP}
        await self.listener.on_partitions_assigned({TP})

    def assignment(self) -> set[TopicPartition]:
        return set(self.assigned)

    def paused(self) -> set[TopicPartition]:
        return set(self.paused_tps)

    def pause(self, *tps: TopicPartition) -> None:
        self.paused_tps.update(tps)

    def resume(self, *tps: TopicPartition) -> None:
        self.paused_tps.difference_update(tps)

    async def getmany(self, timeout_ms: int, max_records: int) -> dict:
        await asyncio.sleep(0.01)
        if not self.steps:
            self.done.set()
            return {}
        records = await self.steps.pop(0)(self)
        return {TP: records} if records else {}

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.commits.append(dict(offsets))
        self.offsets.update(offsets)

    async def committed(self, tp: TopicPartition) -> int | None:
        return self.offsets.get(tp)

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.seeks.append((tp.partition, offset))

    async def seek_to_beginning(self, tp: TopicPartition) -> None:
        self.seeks.append((tp.partition, "beginning"))

    async def stop(self) -> None:
        pass


def records(make_alert, *offsets: int) -> list[Record]:
    return [
        Record(o, make_alert(alert_id=f"evt-{o}", revision=o + 1).model_dump_json().encode())
        for o in offsets
    ]


def run_consumer(kit, fake: FakeKafkaConsumer, notifier: Notifier, **kwargs) -> None:
    async def main() -> None:
        consumer = DestinationConsumer(
            consumer=fake,
            topic="alerts",
            worker=kit.worker(kit.destination(notifier)),
            dead_letters=kit.dead_letters,
            max_in_flight=kwargs.get("max_in_flight", 64),
            grace=1,
            revoke_grace=1,
            on_ready=lambda ready: None,
            commit_interval=0,
        )
        task = asyncio.create_task(consumer.run())
        await asyncio.wait_for(fake.done.wait(), 5)
        await asyncio.sleep(0.1)
        await consumer.stop()
        await asyncio.wait_for(task, 5)

    asyncio.run(main())


def test_records_handed_out_across_a_rebalance_are_read_again_not_skipped(kit, make_alert):
    async def first(fake):
        return records(make_alert, 0, 1)

    async def rebalance_during_the_fetch(fake):
        await asyncio.sleep(0.05)  # let 0 and 1 be delivered
        await fake.rebalance()
        return records(make_alert, 2, 3)  # fetched for the new assignment, position now 4

    async def again(fake):
        return records(make_alert, 2, 3)

    fake = FakeKafkaConsumer([first, rebalance_during_the_fetch, again])
    notifier = Notifier()

    run_consumer(kit, fake, notifier)

    assert notifier.sent == [1, 2, 3, 4]
    assert fake.seeks == [(0, 2)]  # back to what was committed at the revocation
    assert fake.offsets[TP] == 4


def test_without_a_committed_offset_the_rewind_goes_to_the_beginning(kit, make_alert):
    async def rebalance_during_the_first_fetch(fake):
        await fake.rebalance()
        return records(make_alert, 0)

    async def again(fake):
        return records(make_alert, 0)

    fake = FakeKafkaConsumer([rebalance_during_the_first_fetch, again])
    notifier = Notifier()

    run_consumer(kit, fake, notifier)

    assert fake.seeks == [(0, "beginning")]
    assert notifier.sent == [1]
    assert fake.offsets[TP] == 1


def test_a_record_that_is_not_an_alert_is_dead_lettered_and_committed(kit, make_alert):
    async def step(fake):
        return [Record(0, b"{not an alert", key=b"k"), *records(make_alert, 1)]

    fake = FakeKafkaConsumer([step])
    notifier = Notifier()

    run_consumer(kit, fake, notifier)

    assert kit.dead_letters.reasons() == ["invalid_alert"]
    assert kit.dead_letters.letters[0].key == b"k"
    assert notifier.sent == [2]
    assert fake.offsets[TP] == 2
    assert (
        counter(
            kit.metrics,
            "jointwatch_delivery_dead_letters_total",
            channel="webhook",
            reason="invalid_alert",
        )
        == 1
    )


def test_an_unfinished_revision_holds_back_the_commit_of_later_ones(kit, make_alert):
    class Stuck(Notifier):
        async def send(self, alert, *, merged=()):
            if alert.alert_id == "evt-0":
                await asyncio.sleep(3600)
            return await super().send(alert, merged=merged)

    async def step(fake):
        return records(make_alert, 0, 1, 2)

    fake = FakeKafkaConsumer([step])
    notifier = Stuck()

    run_consumer(kit, fake, notifier)

    assert notifier.sent == [2, 3]  # later alerts were not held back...
    assert fake.offsets.get(TP) in (None, 0)  # ...but their offsets were not committed


def test_consumption_pauses_while_too_many_revisions_are_in_flight(kit, make_alert):
    class Slow(Notifier):
        async def send(self, alert, *, merged=()):
            await asyncio.sleep(0.2)
            return await super().send(alert, merged=merged)

    paused_at: list[set] = []

    async def step(fake):
        return records(make_alert, 0, 1)

    async def check(fake):
        paused_at.append(set(fake.paused_tps))
        return []

    fake = FakeKafkaConsumer([step, check])
    run_consumer(kit, fake, Slow(), max_in_flight=2)

    assert paused_at == [{TP}]
    assert fake.offsets[TP] == 2
