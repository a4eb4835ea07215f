"""The faust application: the whole pipeline, visible in one builder.

    articles --classifier--> reports (keyed by event group) --clusterer--> alerts --notifier--> webhooks, Slack
        \\--> articles.dlq (bad input, with the reason)

Each agent is a thin `async for` loop around a stage that holds the logic. Every output is
awaited until the broker acknowledges it before the agent takes the next event, so an offset is
committed only after the work it covers is durably done (at-least-once; alert ids are stable, so
a re-delivered article re-publishes the same alert revision).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import faust

from .classifier.stage import ClassifierStage, EventRef
from .core.alerts import alert_from_cluster
from .core.classifier import Classifier
from .core.clustering import EventCluster, Report, assign_report, group_key
from .core.deadletter import DeadLetter, dead_letter
from .core.models import Alert, ClassificationResult
from .metrics import Metrics, RejectReason
from .notifier.stage import NotifierStage
from .settings import KafkaTimeouts, Settings

log = logging.getLogger("jointwatch.pipeline")

ROLES = ("classifier", "notifier")


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
        broker_session_timeout=timeouts.session_timeout,
        broker_heartbeat_interval=timeouts.heartbeat_interval,
        broker_rebalance_timeout=timeouts.rebalance_timeout,
        broker_max_poll_interval=timeouts.max_poll_interval,
    )
    health = Health(parts=set(roles))

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
        fut = await topic.send(key=key, value=value, headers=headers, force=True)
        await fut  # the broker acknowledged it

    async def send_dead_letter(letter: DeadLetter) -> None:
        await send(dlq, letter.key, letter.value, letter.headers)
        metrics.dlq_published.inc()

    async def keep_failed(msg: Any, part: str, exc: Exception) -> None:
        """A bug must not skip the offset or lose the event: dead-letter it with the error."""
        ref = EventRef(msg.topic, msg.partition, msg.offset, msg.key)
        log.exception("%s failed on %s/%d/%d", part, ref.topic, ref.partition, ref.offset)
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
        )
        await send_dead_letter(letter)

    if "classifier" in roles:
        stage = ClassifierStage(
            classifier=classifier, metrics=metrics, max_event_bytes=settings.max_event_bytes
        )
        clusters = app.Table("clusters", default=list, key_type=str, value_type=list)
        window = timedelta(hours=settings.cluster_window_hours)

        @app.agent(articles, name="classifier")
        async def classify_articles(stream: Any) -> None:
            async for event in stream.events():
                msg = event.message
                ref = EventRef(msg.topic, msg.partition, msg.offset, msg.key)
                try:
                    out = stage.process(msg.value, ref, now=datetime.now(UTC))
                except Exception as exc:
                    await keep_failed(msg, "classifier", exc)
                    continue
                if isinstance(out, DeadLetter):
                    await send_dead_letter(out)
                elif isinstance(out, Report):
                    key = group_key(out.result)
                    await send(reports, key.encode(), out.model_dump_json().encode())
                    log.info("joint activity in %s -> %s", out.result.article_id, key)
                elif isinstance(out, ClassificationResult):
                    log.debug("not joint: %s (score %.2f)", out.article_id, out.score)

        @app.agent(reports, name="clusterer")
        async def cluster_reports(stream: Any) -> None:
            async for event in stream.events():
                msg = event.message
                try:
                    report = Report.model_validate_json(msg.value)
                    key = msg.key.decode()
                    existing = [EventCluster.model_validate(c) for c in clusters[key]]
                    updated, cluster = assign_report(
                        existing,
                        report,
                        now=datetime.now(UTC),
                        window=window,
                        max_distance_km=settings.cluster_distance_km,
                    )
                    alert = alert_from_cluster(cluster, state_names)
                except Exception as exc:
                    await keep_failed(msg, "clusterer", exc)
                    continue
                await send(alerts, alert.alert_id.encode(), alert.model_dump_json().encode())
                clusters[key] = [c.model_dump(mode="json") for c in updated]
                metrics.alerts_published.labels(severity=alert.severity.value).inc()
                elapsed = (datetime.now(UTC) - report.received_at).total_seconds()
                metrics.processing_seconds.observe(max(elapsed, 0.0))
                log.info("alert %s rev %d: %s", alert.alert_id, alert.revision, alert.summary)

    if "notifier" in roles or on_alert is not None:
        notifier_stage = NotifierStage.from_settings(settings, metrics=metrics)

        @app.agent(alerts, name="notifier")
        async def notify(stream: Any) -> None:
            async for event in stream.events():
                msg = event.message
                try:
                    alert = Alert.model_validate_json(msg.value)
                except Exception as exc:
                    await keep_failed(msg, "notifier", exc)
                    continue
                if on_alert is not None:
                    await on_alert(alert)
                if "notifier" in roles:
                    await notifier_stage.deliver(alert)

        @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
        async def close_sessions(sender: Any, *args: Any, **kwargs: Any) -> None:
            await notifier_stage.close()

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def revoked(sender: Any, *args: Any, **kwargs: Any) -> None:
        health.consuming.clear()
        for part in roles:
            metrics.consuming.labels(part=part).set(0)

    @app.on_rebalance_complete.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def assigned(sender: Any, *args: Any, **kwargs: Any) -> None:
        health.consuming.update(roles)
        for part in roles:
            metrics.consuming.labels(part=part).set(1)

    return app, health
