"""The lag monitor against the real embedded broker: a backlog shows, a commit clears it."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from aiokafka import AIOKafkaConsumer
from prometheus_client import CollectorRegistry

from jointwatch.consumer_lag import ConsumerLagMonitor
from jointwatch.metrics import Metrics
from jointwatch.topics import ensure_topics

from .conftest import produce

pytestmark = pytest.mark.integration


async def consume_and_commit(bootstrap: str, topic: str, group: str, count: int) -> None:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        seen = 0
        deadline = time.monotonic() + 30
        while seen < count and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            seen += sum(len(records) for records in batches.values())
        assert seen == count
        await consumer.commit()
    finally:
        await consumer.stop()


def test_lag_per_partition_follows_the_groups_commits(broker) -> None:
    topic, group = f"lag-{uuid.uuid4().hex[:8]}", f"lag-group-{uuid.uuid4().hex[:8]}"
    ensure_topics(broker.bootstrap, [topic], partitions=3, replication=1)
    produce(broker.bootstrap, topic, [(f"k{i}".encode(), b"x") for i in range(12)])
    metrics = Metrics.create(CollectorRegistry())

    async def scenario() -> tuple[dict, dict]:
        monitor = ConsumerLagMonitor(
            bootstrap=broker.bootstrap, group_id=group, topics=[topic], metrics=metrics
        )
        try:
            await monitor.update()
            before = await monitor.measure()
            await consume_and_commit(broker.bootstrap, topic, group, 12)
            await monitor.update()
            after = await monitor.measure()
            return before, after
        finally:
            await monitor.close()

    before, after = asyncio.run(scenario())
    assert set(before) == {(topic, p) for p in range(3)}
    assert sum(before.values()) == 12  # nothing committed: everything waits
    assert after == {(topic, p): 0 for p in range(3)}
    for p in range(3):
        value = metrics.registry.get_sample_value(
            "jointwatch_consumer_lag", {"group": group, "topic": topic, "partition": str(p)}
        )
        assert value == 0


def test_an_unreachable_broker_is_logged_not_raised(caplog) -> None:
    metrics = Metrics.create(CollectorRegistry())
    monitor = ConsumerLagMonitor(
        bootstrap="127.0.0.1:1", group_id="nobody", topics=["t"], metrics=metrics
    )

    async def scenario() -> None:
        await monitor.update()
        await monitor.close()

    asyncio.run(scenario())
    assert "consumer lag not measured" in caplog.text
