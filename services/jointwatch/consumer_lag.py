"""Consumer lag per partition, as an operator measures it: end offset minus committed offset.

Measured for the whole consumer group (every partition of the topics this process consumes,
whoever owns it), so the lag of a partition whose owner died keeps growing on the dashboard;
every replica in a group reports the same numbers, so panels and rules take
`max by (group, topic, partition)`. The groups: faust's (reports), the classifier's (articles)
and one per notifier destination (alerts, `<app_id>-notify-<name>`), each on its own series. The monitor uses its own aiokafka client that never subscribes, so it
never joins the group and cannot trigger a rebalance; every call is async, the event loop never
blocks. Left out: lag in seconds (it needs the timestamps of the waiting records).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from .metrics import Metrics

log = logging.getLogger("jointwatch.lag")

LAG_INTERVAL_SECONDS = 5.0
MEASURE_TIMEOUT_SECONDS = 10.0


def partition_lag(*, end: int, committed: int | None, beginning: int) -> int:
    """Messages the group has still to process in one partition. Without a commit (or with one
    older than the retained log) the group starts from the beginning (auto_offset_reset=earliest)."""
    start = beginning if committed is None or committed < beginning else committed
    return max(end - start, 0)


class ConsumerLagMonitor:
    """`await monitor.update()` measures every partition and sets jointwatch_consumer_lag."""

    def __init__(
        self,
        *,
        bootstrap: str,
        group_id: str,
        topics: Iterable[str],
        metrics: Metrics,
        client_config: Mapping[str, Any] | None = None,
    ) -> None:
        self.bootstrap = bootstrap
        self.client_config = dict(client_config or {})  # TLS/SASL, as the pipeline's own clients
        self.group_id = group_id
        self.topics = tuple(dict.fromkeys(topics))
        self.metrics = metrics
        self._client: AIOKafkaConsumer | None = None
        self._failing = False

    async def _consumer(self) -> AIOKafkaConsumer:
        if self._client is None:
            client = AIOKafkaConsumer(
                bootstrap_servers=self.bootstrap.split(","),
                group_id=self.group_id,  # only to read its committed offsets: never subscribes
                enable_auto_commit=False,
                client_id=f"{self.group_id}-lag-monitor",
                **self.client_config,
            )
            await client.start()
            self._client = client
        return self._client

    async def measure(self) -> dict[tuple[str, int], int]:
        consumer = await self._consumer()
        await consumer.topics()  # refreshes metadata: partitions added since the last call
        tps = [
            TopicPartition(topic, partition)
            for topic in self.topics
            for partition in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        if not tps:
            return {}
        ends = await consumer.end_offsets(tps)
        beginnings = await consumer.beginning_offsets(tps)
        lags = {}
        for tp in tps:
            committed = await consumer.committed(tp)
            lags[(tp.topic, tp.partition)] = partition_lag(
                end=ends[tp], committed=committed, beginning=beginnings[tp]
            )
        return lags

    async def update(self) -> None:
        """Measure and export; a failure is logged once per streak and leaves the last values."""
        try:
            lags = await asyncio.wait_for(self.measure(), MEASURE_TIMEOUT_SECONDS)
        except Exception as exc:
            if not self._failing:
                log.warning("consumer lag not measured: %s: %s", type(exc).__name__, exc)
            self._failing = True
            await self.close()  # reconnect from scratch next time
            return
        if self._failing:
            log.info("consumer lag measured again")
        self._failing = False
        for (topic, partition), lag in lags.items():
            self.metrics.consumer_lag.labels(
                group=self.group_id, topic=topic, partition=str(partition)
            ).set(lag)

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                await client.stop()
            except Exception as exc:  # closing a broken connection must not crash the worker
                log.debug("lag monitor close: %s", exc)
