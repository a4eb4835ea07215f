"""The clusterer service: reports (keyed by group key) joined into events, one alert revision each.

It reads the reports topic in its own consumer group, `<app_id>-clusterer`, with the batch loop
the classifier and the notifier use (batch_consumer.py), and keeps each group's state in a
`ClusterStore` backed by the changelog topic `<app_id>-clusters-changelog` (compacted, with the
reports topic's partitions). When partitions are assigned, their state is read back from the
changelog before any of their reports is taken.

It was a faust agent over a faust table. faust-streaming 0.15 lost reports in rebalances in
three ways (a batch fetched before the rebalance's seek taken as a gap, a record skipped while
flow was paused acknowledged anyway, a commit one past an unacknowledged offset), and its table
recovery now and then missed the previous owner's last changelog writes, so one event became
two alerts (very likely by stopping at the embedded broker's end offset: see recovery.py). Here
the loop commits a report's offset only once its alert and its changelog write are both
acknowledged, drops everything fetched across a rebalance, and the previous owner has finished
its writes before the rebalance completes (unless they outlast its grace, half the rebalance
timeout: then one may land after the new owner's write of the same group, and a later recovery
reads the older state), so the recovery reads them.

Crash semantics: the state is written before the alert and the offset waits for both. After a
crash either the state is lost with the report uncommitted (it is clustered again: same alert
id, same revision), or the state is kept and the re-delivered report re-publishes the same
revision (join_group). Left out on purpose: exactly-once (transactions); downstream dedups on
`webhook-id` (`<alert_id>:<revision>`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from ..batch_consumer import BatchConsumer, SendNoWait, group_consumer
from ..core.alerts import alert_from_cluster
from ..core.clustering import Report, join_group
from ..core.models import Alert
from ..deadletters import DeadLetterWriter
from ..group_offsets import adopt_offsets, faust_group
from ..kafka_security import aiokafka_config
from ..metrics import Metrics, Stage
from ..settings import KafkaTimeouts, Settings
from .recovery import ChangelogRecovery
from .store import ClusterStore, PartitionState, changelog_key

log = logging.getLogger("jointwatch.pipeline")

MAX_IN_FLIGHT = 2000  # reports whose alert or changelog write awaits acknowledgement
MAX_RECORDS = 500  # per poll


def clusterer_group(settings: Settings) -> str:
    return f"{settings.app_id}-clusterer"


def reports_topic_name(settings: Settings) -> str:
    return f"{settings.app_id}-reports"


def changelog_topic_name(settings: Settings) -> str:
    """faust's name for the changelog of the table `clusters`, kept so state carries over."""
    return f"{settings.app_id}-clusters-changelog"


class ClustererService:
    def __init__(
        self,
        settings: Settings,
        *,
        timeouts: KafkaTimeouts,
        metrics: Metrics,
        state_names: dict[str, str],
        send: SendNoWait,
        dead_letters: DeadLetterWriter,
        on_ready: Callable[[bool], None] = lambda ready: None,
        on_assigned: Callable[[set[Any]], None] = lambda assigned: None,
        on_failure: Callable[[BaseException], object] = lambda exc: None,
    ) -> None:
        self.settings = settings
        self.timeouts = timeouts
        self.metrics = metrics
        self.state_names = state_names
        self.reports_topic = reports_topic_name(settings)
        self.changelog_topic = changelog_topic_name(settings)
        self.store = ClusterStore()
        self._send = send
        self._dead_letters = dead_letters
        self._on_ready = on_ready
        self._on_assigned = on_assigned
        self._on_failure = on_failure
        self._window = timedelta(hours=settings.cluster_window_hours)
        # Alert ids with a revision sent and not yet acknowledged: their clusters are not
        # pruned meanwhile (see join_group).
        self._unpublished: Counter[str] = Counter()
        self._cluster_seconds = metrics.stage_seconds.labels(stage=Stage.CLUSTER.value)
        self._recovery: ChangelogRecovery | None = None
        self._consumer: BatchConsumer | None = None

    async def start(self) -> None:
        await adopt_offsets(
            self.settings,
            topic=self.reports_topic,
            group=clusterer_group(self.settings),
            legacy=faust_group(self.settings),
        )
        t = self.timeouts
        self._recovery = ChangelogRecovery(
            self.changelog_topic,
            client_config={
                "bootstrap_servers": self.settings.bootstrap().split(","),
                **aiokafka_config(self.settings),
            },
            fetch_max_wait=t.fetch_max_wait,
        )
        await self._recovery.start()
        self._consumer = BatchConsumer(
            consumer=group_consumer(
                self.settings,
                t,
                group_id=clusterer_group(self.settings),
                client_id="jointwatch-clusterer",
            ),
            topics=[self.reports_topic],
            handle=self.handle,
            name="clusterer",
            max_in_flight=MAX_IN_FLIGHT,
            max_records=MAX_RECORDS,
            grace=t.rebalance_timeout,
            revoke_grace=t.rebalance_timeout / 2,
            on_ready=self._on_ready,
            on_assigned=self._on_assigned,
            on_failure=self._on_failure,
            recover=self.recover,
        )
        self._consumer.spawn()
        log.info(
            "clustering %s in group %s -> %s (state: %s)",
            self.reports_topic,
            clusterer_group(self.settings),
            self.settings.topic_alerts,
            self.changelog_topic,
        )

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.shutdown()
        if self._recovery is not None:
            await self._recovery.stop()
        self._consumer = self._recovery = None

    async def recover(self, assigned: set[Any]) -> None:
        """Bring the state of the assigned reports partitions up to their changelog's end."""
        assert self._recovery is not None
        started = time.perf_counter()
        partitions = sorted(tp.partition for tp in assigned)
        read = await self._recovery.recover(self.store, partitions)
        log.info(
            "clusterer: state of partitions %s recovered from %s (%d records, %.2f s)",
            partitions,
            self.changelog_topic,
            read,
            time.perf_counter() - started,
        )

    async def handle(self, record: Any) -> Sequence[asyncio.Future[Any]]:
        """One report: the futures of its changelog write and its alert. Bad reports and
        failures are dead-lettered here (awaited); this never raises unless the dead-letter
        topic itself cannot be written."""
        try:
            report = Report.model_validate_json(record.value)
            started = time.perf_counter()
            group = record.key.decode()
            updated, cluster = join_group(
                self.store.group(record.partition, group),
                report,
                now=datetime.now(UTC),
                window=self._window,
                max_distance_km=self.settings.cluster_distance_km,
                unpublished=self._unpublished,
            )
            alert = None if cluster is None else alert_from_cluster(cluster, self.state_names)
            self._cluster_seconds.observe(time.perf_counter() - started)
        except Exception as exc:
            await self._dead_letters.internal_error(part="clusterer", exc=exc, record=record)
            return ()
        if alert is None:  # a late copy of a report whose event is closed: already out
            log.debug("report %s: its alert is out already", report.result.article_id)
            return ()
        # The next report of this group sees the new state at once; the changelog is written
        # before the alert, and the offset waits for both (see the module docstring).
        written = self.store.put(record.partition, group, updated)
        logged = await self._send(
            self.changelog_topic,
            changelog_key(group),
            updated.model_dump_json().encode(),
            record.partition,
        )
        logged.add_done_callback(partial(self._changelog_written, written))
        self._unpublished[alert.alert_id] += 1
        sent = await self._send(
            self.settings.topic_alerts,
            alert.alert_id.encode(),
            alert.model_dump_json().encode(),
            None,
        )
        both = asyncio.gather(logged, sent)
        both.add_done_callback(partial(self._published, alert, report))
        log.info(
            "alert %s rev %d: %s",
            alert.alert_id,
            alert.revision,
            alert.summary,
            extra={
                "alert_id": alert.alert_id,
                "revision": alert.revision,
                "article_id": report.result.article_id,
                "severity": alert.severity.value,
            },
        )
        return (logged, sent)

    def _changelog_written(self, state: PartitionState, fut: asyncio.Future[Any]) -> None:
        ok = not fut.cancelled() and fut.exception() is None
        self.store.written(state, fut.result().offset if ok else None)

    def _published(self, alert: Alert, report: Report, both: asyncio.Future[Any]) -> None:
        """The alert and the group's new state are both durable (or one failed: then the
        worker stops, see BatchConsumer): count the alert."""
        self._unpublished[alert.alert_id] -= 1
        if self._unpublished[alert.alert_id] <= 0:
            del self._unpublished[alert.alert_id]
        if both.cancelled() or both.exception() is not None:
            return
        self.metrics.alerts_published.labels(severity=alert.severity.value).inc()
        if alert.revision == 1:
            self.metrics.count_alert_state_pairs(alert.states)
        elapsed = (datetime.now(UTC) - report.received_at).total_seconds()
        self.metrics.processing_seconds.observe(max(elapsed, 0.0))
