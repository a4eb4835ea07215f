"""The faust application: the whole pipeline, visible in one builder.

    articles --classifier--> reports (keyed by event group) --clusterer--> alerts --notifier--> webhooks, Slack
        \\--> articles.dlq (bad input, with the reason)

Each agent is a thin `async for` loop around a stage that holds the logic. Agents do not wait
for each output's acknowledgement before taking the next event; an event is acked (so its offset
may be committed) only once every output it caused is acknowledged by the broker (acks.py), so
an offset is committed only after the work it covers is durably done (at-least-once; alert ids
are stable, so a re-delivered article re-publishes the same alert revision).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import faust
from aiokafka.errors import MessageSizeTooLargeError

from .acks import AckAfterOutputs
from .classifier.stage import ClassifierStage, EventRef
from .consumer_lag import LAG_INTERVAL_SECONDS, ConsumerLagMonitor
from .core.alerts import alert_from_cluster
from .core.classifier import Classifier
from .core.clustering import GroupState, Report, group_key, join_group
from .core.deadletter import HEADER_REASON, HEADER_SOURCE, DeadLetter, dead_letter
from .core.models import Alert, ClassificationResult
from .faust_transport import use_fetch_wait
from .kafka_security import aiokafka_config, faust_credentials
from .metrics import Metrics, RejectReason, Stage
from .notifier.service import DeliveryService
from .settings import KafkaTimeouts, Settings

log = logging.getLogger("jointwatch.pipeline")

ROLES = ("classifier", "notifier")
PRODUCER_LINGER_SECONDS = 0.002
PRODUCER_BATCH_BYTES = 256 * 1024


@dataclass
class Health:
    """Which parts have their partition assignment and are consuming."""

    parts: set[str]
    consuming: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return self.parts <= self.consuming


def reports_topic_name(settings: Settings) -> str:
    return f"{settings.app_id}-reports"


def build_app(
    settings: Settings,
    *,
    metrics: Metrics,
    classifier: Classifier,
    timeouts: KafkaTimeouts,
    roles: tuple[str, ...] = ROLES,
    state_names: dict[str, str],
    on_alert: Callable[[Alert], Awaitable[None]] | None = None,
) -> tuple[faust.App, Health]:
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{h.strip()}" for h in settings.bootstrap().split(",")],
        store="memory://",
        web_enabled=False,
        autodiscover=False,
        datadir=str(settings.data_dir),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=1 if settings.embedded else settings.topic_replication,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # Outputs are not awaited one by one (acks.py): let them share requests. Up to 2 ms more
        # latency per hop; a fraction of the requests, socket writes and CPU per article.
        producer_linger=PRODUCER_LINGER_SECONDS,
        producer_max_batch_size=PRODUCER_BATCH_BYTES,
        broker_session_timeout=timeouts.session_timeout,
        broker_heartbeat_interval=timeouts.heartbeat_interval,
        broker_rebalance_timeout=timeouts.rebalance_timeout,
        broker_max_poll_interval=timeouts.max_poll_interval,
        producer_max_request_size=settings.producer_max_request_bytes,
        broker_credentials=faust_credentials(settings),  # TLS/SASL: kafka_security.py
        # See topics (re)created after a broker restart within seconds, not the default 5 min:
        # the group leader then re-assigns their partitions (brokerwatch.py re-creates them).
        consumer_metadata_max_age_ms=10_000,
    )
    use_fetch_wait(app, int(timeouts.fetch_max_wait * 1000))  # before any topic is declared
    health = Health(parts=set(roles))
    metrics.record_classifier(
        version=classifier.version,
        knowledge_version=classifier.knowledge.version,
        usual_participants=[e.states for e in classifier.knowledge.exercises if e.multinational],
    )

    def raw_topic(name: str) -> Any:
        return app.topic(
            name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
        )

    articles = raw_topic(settings.topic_articles)
    reports = raw_topic(reports_topic_name(settings))
    alerts = raw_topic(settings.topic_alerts)
    dlq = raw_topic(settings.topic_dlq)

    async def send(
        topic: Any, key: bytes | None, value: bytes, headers: list | None = None
    ) -> None:
        started = time.perf_counter()
        fut = await topic.send(key=key, value=value, headers=headers, force=True)
        await fut  # the broker acknowledged it
        metrics.stage_seconds.labels(stage=Stage.PUBLISH.value).observe(
            time.perf_counter() - started
        )

    publish_seconds = metrics.stage_seconds.labels(stage=Stage.PUBLISH.value)

    async def send_nowait(topic: Any, key: bytes, value: bytes) -> asyncio.Future[Any]:
        """Hand one output to the producer; the future completes when the broker acknowledges it."""
        started = time.perf_counter()
        fut: asyncio.Future[Any] = await topic.send(key=key, value=value, force=True)
        fut.add_done_callback(lambda _: publish_seconds.observe(time.perf_counter() - started))
        return fut

    def crash(exc: BaseException) -> object:
        return asyncio.ensure_future(app.crash(exc))

    async def send_dead_letter(letter: DeadLetter) -> None:
        # Fit the producer's request limit; if the broker's limit is lower still, cut again.
        letter = letter.fit(settings.producer_max_request_bytes)
        headers = {name: value.decode("utf-8", "replace") for name, value in letter.headers}
        reason, source = headers.get(HEADER_REASON), headers.get(HEADER_SOURCE)
        while True:
            try:
                await send(dlq, letter.key, letter.value, letter.headers)
                break
            except MessageSizeTooLargeError:
                smaller = letter.fit(letter.size // 4)
                if smaller.size >= letter.size:  # never crash the consumer over one record
                    log.error("cannot dead-letter %s: over the broker's size limit", source)
                    return
                letter = smaller
        metrics.dlq_published.inc()
        log.info("dead-lettered %s: %s", source, reason, extra={"reason": reason})

    async def keep_failed(msg: Any, part: str, exc: Exception) -> None:
        """A bug must not skip the offset or lose the event: dead-letter it with the error."""
        ref = EventRef(msg.topic, msg.partition, msg.offset, msg.key)
        log.exception(
            "%s failed on %s/%d/%d",
            part,
            ref.topic,
            ref.partition,
            ref.offset,
            extra={"reason": RejectReason.INTERNAL_ERROR.value},
        )
        metrics.articles_rejected.labels(reason=RejectReason.INTERNAL_ERROR.value).inc()
        letter = dead_letter(
            reason=RejectReason.INTERNAL_ERROR,
            detail=f"{part}: {type(exc).__name__}: {exc}"[:500],
            original=msg.value,
            key=ref.key,
            topic=ref.topic,
            partition=ref.partition,
            offset=ref.offset,
            now=datetime.now(UTC),
            max_bytes=settings.producer_max_request_bytes,
        )
        await send_dead_letter(letter)

    if "classifier" in roles:
        stage = ClassifierStage(
            classifier=classifier,
            metrics=metrics,
            max_event_bytes=settings.max_event_bytes,
            max_body_chars=settings.max_body_chars,
            max_json_depth=settings.max_json_depth,
            max_field_chars=settings.max_field_chars,
            max_dead_letter_bytes=settings.producer_max_request_bytes,
        )
        # Values are plain JSON (GroupState dumps; bare lists from before): a typed value_type
        # would break recovery from the changelog.
        clusters = app.Table("clusters", default=list, key_type=str)
        window = timedelta(hours=settings.cluster_window_hours)

        classified = AckAfterOutputs(on_failure=crash)

        @app.agent(articles, name="classifier")
        async def classify_articles(stream: Any) -> None:
            async for event in stream.noack().events():
                msg = event.message
                ref = EventRef(msg.topic, msg.partition, msg.offset, msg.key)
                try:
                    out = stage.process(msg.value, ref, now=datetime.now(UTC))
                except Exception as exc:
                    await keep_failed(msg, "classifier", exc)
                    await classified.add(event)
                    continue
                if isinstance(out, DeadLetter):
                    await send_dead_letter(out)
                elif isinstance(out, Report):
                    key = group_key(out.result)
                    sent = await send_nowait(reports, key.encode(), out.model_dump_json().encode())
                    # Later copies are skipped from now on. Safe before the ack: if the report
                    # fails, no later event is acked (acks.py) and the worker stops.
                    stage.remember(out.result.article_id)
                    await classified.add(event, [sent])
                    log.debug(  # the alert's own line (info) names the article
                        "joint activity in %s -> %s",
                        out.result.article_id,
                        key,
                        extra={"article_id": out.result.article_id},
                    )
                    continue
                elif isinstance(out, ClassificationResult):
                    log.debug(
                        "not joint: %s (score %.2f)",
                        out.article_id,
                        out.score,
                        extra={"article_id": out.article_id},
                    )
                await classified.add(event)

        clustered = AckAfterOutputs(on_failure=crash)

        parsed_groups: dict[str, tuple[object, GroupState]] = {}

        def group_state(key: str) -> GroupState:
            """The table's value for `key`, parsed once per stored value, not once per report."""
            stored = clusters.data.get(key)
            cached = parsed_groups.get(key)
            if cached is not None and cached[0] is stored:
                return cached[1]
            state = GroupState() if stored is None else GroupState.from_stored(stored)
            parsed_groups[key] = (stored, state)
            return state

        def alert_acknowledged(alert: Alert, report: Report) -> None:
            """The alert and the group's new state are both durable: count the alert."""
            metrics.alerts_published.labels(severity=alert.severity.value).inc()
            if alert.revision == 1:
                metrics.count_alert_state_pairs(alert.states)
            elapsed = (datetime.now(UTC) - report.received_at).total_seconds()
            metrics.processing_seconds.observe(max(elapsed, 0.0))

        @app.agent(reports, name="clusterer")
        async def cluster_reports(stream: Any) -> None:
            async for event in stream.noack().events():
                msg = event.message
                try:
                    report = Report.model_validate_json(msg.value)
                    started = time.perf_counter()
                    key = msg.key.decode()
                    updated, cluster = join_group(
                        group_state(key),
                        report,
                        now=datetime.now(UTC),
                        window=window,
                        max_distance_km=settings.cluster_distance_km,
                    )
                    alert = None if cluster is None else alert_from_cluster(cluster, state_names)
                except Exception as exc:
                    await keep_failed(msg, "clusterer", exc)
                    await clustered.add(event)
                    continue
                metrics.stage_seconds.labels(stage=Stage.CLUSTER.value).observe(
                    time.perf_counter() - started
                )
                if alert is None:  # a late copy of a report whose event is closed: already out
                    log.debug("report %s: its alert is out already", report.result.article_id)
                    await clustered.add(event)
                    continue
                state = updated.model_dump(mode="json")
                # The next report of this group sees the new state at once. The changelog is
                # written before the alert and the offset waits for both: after a crash either
                # the state is lost with the report still uncommitted (it is clustered again,
                # same alert id), or the state is kept and the re-delivered report re-publishes
                # the same revision (join_group). State that is lost while the report is
                # committed, which would let a later report open a second alert, cannot happen.
                clusters.data[key] = state
                parsed_groups[key] = (state, updated)
                logged = clusters.send_changelog(msg.partition, key, state)
                sent = await send_nowait(
                    alerts, alert.alert_id.encode(), alert.model_dump_json().encode()
                )
                await clustered.add(
                    event, [logged, sent], then=partial(alert_acknowledged, alert, report)
                )
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

    def set_consuming(part: str, consuming: bool) -> None:
        (health.consuming.add if consuming else health.consuming.discard)(part)
        metrics.consuming.labels(part=part).set(1 if consuming else 0)

    # faust's consumer group runs the classifier and clusterer; the notifier has its own groups.
    faust_parts = [part for part in roles if part != "notifier"]

    if "notifier" in roles:
        # notifier/: mute -> route -> dedup -> rate limit -> retry(send) -> record, per
        # destination, each reading the alerts topic in its own consumer group and committing an
        # offset only once its delivery is acknowledged or dead-lettered (alerts.delivery-dlq).
        delivery = DeliveryService(
            settings,
            metrics=metrics,
            timeouts=timeouts,
            on_ready=lambda ready: set_consuming("notifier", ready),
            on_failure=lambda exc: asyncio.ensure_future(app.crash(exc)),
        )

        @app.task
        async def deliver_alerts() -> None:
            await delivery.start()

        @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
        async def stop_delivery(sender: Any, *args: Any, **kwargs: Any) -> None:
            await delivery.stop()

    if on_alert is not None:

        @app.agent(alerts, name="show_alerts")
        async def show_alerts(stream: Any) -> None:
            async for event in stream.events():
                msg = event.message
                try:
                    alert = Alert.model_validate_json(msg.value)
                except Exception as exc:
                    await keep_failed(msg, "show_alerts", exc)
                    continue
                await on_alert(alert)

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def revoked(sender: Any, *args: Any, **kwargs: Any) -> None:
        for part in faust_parts:
            set_consuming(part, False)

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def count_rebalance(sender: Any, *args: Any, **kwargs: Any) -> None:
        metrics.rebalances.inc()

    @app.on_rebalance_complete.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def assigned(sender: Any, *args: Any, **kwargs: Any) -> None:
        for part in faust_parts:
            set_consuming(part, True)

    # Lag of this process's consumer group on the topics its agents read (group-wide: see
    # consumer_lag.py); every LAG_INTERVAL_SECONDS, never blocking the event loop.
    lag_topics = (
        [settings.topic_articles, reports_topic_name(settings)] if "classifier" in roles else []
    )
    if on_alert is not None:  # the notifier's own groups are not this group
        lag_topics.append(settings.topic_alerts)
    lag_monitor = ConsumerLagMonitor(
        bootstrap=settings.bootstrap(),
        group_id=settings.app_id,
        topics=lag_topics,
        metrics=metrics,
        client_config=aiokafka_config(settings),
    )

    @app.timer(LAG_INTERVAL_SECONDS)
    async def measure_consumer_lag() -> None:
        await lag_monitor.update()

    @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def close_lag_monitor(sender: Any, *args: Any, **kwargs: Any) -> None:
        await lag_monitor.close()

    return app, health
