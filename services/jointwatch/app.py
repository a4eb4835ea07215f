"""The faust application: the whole pipeline, visible in one builder.

    articles --classifier--> reports (keyed by event group) --clusterer--> alerts --notifier--> webhooks, Slack
        \\--> articles.dlq (bad input, with the reason)

Three kinds of reader, each in its own consumer group, all started and stopped with the faust
worker (so `jointwatch up`, `--role`, /healthz and /metrics cover them all):

- classifier (`<app_id>-classifier`, classifier/service.py): a plain aiokafka batch loop
  (batch_consumer.py). faust's per-message stream path cost about four times the classification
  itself; the loop takes hundreds of articles per poll, sends each report without waiting, and
  commits an article's offset only once its report or dead letter is acknowledged;
- clusterer (faust's group, `<app_id>`): a faust agent, because the event clusters live in a
  faust Table with its changelog, partitioned like the reports. It does not wait for each
  output's acknowledgement either; a report is acked (so its offset may be committed) only once
  its alert and its changelog write are acknowledged (acks.py);
- notifier (`<app_id>-notify-<destination>`, notifier/): one aiokafka loop per destination.

So an offset is committed only after the work it covers is durably done (at-least-once; alert
ids are stable, so a re-delivered article re-publishes the same alert revision).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, cast

import faust

from .acks import AckAfterOutputs
from .classifier.service import ClassifierService, classifier_group
from .classifier.stage import ClassifierStage
from .consumer_lag import LAG_INTERVAL_SECONDS, ConsumerLagMonitor
from .core import classifier as classifier_module
from .core.alerts import alert_from_cluster
from .core.classifier import Classifier
from .core.clustering import GroupState, Report, join_group
from .core.compiled import running_compiled
from .core.models import Alert
from .deadletters import DeadLetterWriter
from .faust_transport import use_fetch_wait
from .kafka_security import aiokafka_config, faust_credentials
from .metrics import Metrics, Stage
from .notifier.service import DeliveryService
from .notifier.service import group_id as notify_group
from .settings import KafkaTimeouts, Settings

log = logging.getLogger("jointwatch.pipeline")

ROLES = ("classifier", "notifier")
PRODUCER_LINGER_SECONDS = 0.002
PRODUCER_BATCH_BYTES = 256 * 1024
CLUSTERER_MAX_POLL_RECORDS = 500
# faust's fetcher stops polling while the clusterer's buffer is full (backpressure), and
# aiokafka then leaves the group once max_poll_interval passes without a poll. The embedded
# profile's 6 s is shorter than a burst of reports takes to drain, and faust 0.15 can stall for
# good in the recovery that follows (seen with the bench's burst of 20,000 articles, also
# before the classifier left faust). For aiokafka this interval is only that client-side check
# (joins and takeovers follow the session and rebalance timeouts), so faust gets at least this.
FAUST_MIN_MAX_POLL_INTERVAL = 120.0


def faust_max_poll_interval(timeouts: KafkaTimeouts) -> float:
    return max(timeouts.max_poll_interval, FAUST_MIN_MAX_POLL_INTERVAL)


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
        broker_max_poll_interval=faust_max_poll_interval(timeouts),
        producer_max_request_size=settings.producer_max_request_bytes,
        broker_credentials=faust_credentials(settings),  # TLS/SASL: kafka_security.py
        # See topics (re)created after a broker restart within seconds, not the default 5 min:
        # the group leader then re-assigns their partitions (brokerwatch.py re-creates them).
        consumer_metadata_max_age_ms=10_000,
        # faust's fetcher hands every record of a poll to the agent's buffer before it polls
        # again: a bounded poll keeps that well inside the max poll interval when reports
        # arrive faster than the clusterer takes them (the classifier no longer runs in faust).
        broker_max_poll_records=CLUSTERER_MAX_POLL_RECORDS,
    )
    # Before any topic is declared. The reports topic is ours (no compaction, no transactions):
    # a jump in its offsets is a batch fetched before a rebalance (faust_transport.py).
    use_fetch_wait(app, int(timeouts.fetch_max_wait * 1000), [reports_topic_name(settings)])
    health = Health(parts=set(roles))
    metrics.record_classifier(
        version=classifier.version,
        knowledge_version=classifier.knowledge.version,
        compiled=running_compiled(classifier_module),
        usual_participants=[e.states for e in classifier.knowledge.exercises if e.multinational],
    )

    def raw_topic(name: str) -> Any:
        return app.topic(
            name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
        )

    reports = raw_topic(reports_topic_name(settings))
    alerts = raw_topic(settings.topic_alerts)

    publish_seconds = metrics.stage_seconds.labels(stage=Stage.PUBLISH.value)

    async def send_and_wait(
        topic: str, key: bytes | None, value: bytes, headers: list | None = None
    ) -> Any:
        """Send one record and wait for the broker's acknowledgement."""
        fut = await app.producer.send(topic, key, value, None, None, headers)
        return await fut

    async def send_nowait(topic: str, key: bytes, value: bytes) -> asyncio.Future[Any]:
        """Hand one output to the producer; the future completes when the broker acknowledges it.
        Straight to faust's producer: faust's Topic.send costs more than the send itself."""
        started = time.perf_counter()
        fut = cast(
            "asyncio.Future[Any]", await app.producer.send(topic, key, value, None, None, None)
        )
        fut.add_done_callback(lambda _: publish_seconds.observe(time.perf_counter() - started))
        return fut

    def crash(exc: BaseException) -> object:
        return asyncio.ensure_future(app.crash(exc))

    def run_with_worker(service: Any) -> None:
        """Start `service` (its own Kafka consumers) with the worker; stop it before the worker
        shuts down, so its work in flight is finished or left uncommitted."""

        @app.task
        async def start_service() -> None:
            await service.start()

        @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
        async def stop_service(sender: Any, *args: Any, **kwargs: Any) -> None:
            await service.stop()

    dead_letters = DeadLetterWriter(
        send=send_and_wait,
        topic=settings.topic_dlq,
        metrics=metrics,
        max_request_bytes=settings.producer_max_request_bytes,
    )

    async def keep_failed(msg: Any, part: str, exc: Exception) -> None:
        """A bug must not skip the offset or lose the event: dead-letter it with the error."""
        await dead_letters.internal_error(part=part, exc=exc, record=msg)

    def set_consuming(part: str, consuming: bool) -> None:
        (health.consuming.add if consuming else health.consuming.discard)(part)
        metrics.consuming.labels(part=part).set(1 if consuming else 0)

    # The classifier part consumes once both its groups have their assignment: the articles
    # group (classifier/service.py) and faust's group (the clusterer and its table).
    classifier_groups = {"articles": False, "faust": False}

    def classifier_group_ready(group: str, ready: bool) -> None:
        classifier_groups[group] = ready
        set_consuming("classifier", all(classifier_groups.values()))

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

        classifier_service = ClassifierService(
            settings,
            stage=stage,
            timeouts=timeouts,
            reports_topic=reports_topic_name(settings),
            send=send_nowait,
            dead_letters=dead_letters,
            on_ready=partial(classifier_group_ready, "articles"),
            on_assigned=lambda assigned: metrics.rebalances.inc(),
            on_failure=crash,
        )

        run_with_worker(classifier_service)

        clustered = AckAfterOutputs(on_failure=crash)
        cluster_seconds = metrics.stage_seconds.labels(stage=Stage.CLUSTER.value)

        parsed_groups: dict[str, tuple[object, GroupState]] = {}

        def group_state(key: str) -> GroupState:
            """The table's value for `key`: this worker stores GroupState objects; values recovered
            from the changelog are JSON (dicts; bare lists from before), parsed once."""
            stored = clusters.data.get(key)
            if isinstance(stored, GroupState):
                return stored
            cached = parsed_groups.get(key)
            if cached is not None and cached[0] is stored:
                return cached[1]
            state = GroupState() if stored is None else GroupState.from_stored(stored)
            parsed_groups[key] = (stored, state)
            return state

        # Alert ids with a revision sent and not yet acknowledged: their clusters are not pruned
        # meanwhile (see join_group), so a crash cannot leave a report "done" with no alert out.
        unpublished: Counter[str] = Counter()

        def alert_acknowledged(alert: Alert, report: Report) -> None:
            """The alert and the group's new state are both durable: count the alert."""
            unpublished[alert.alert_id] -= 1
            if unpublished[alert.alert_id] <= 0:
                del unpublished[alert.alert_id]
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
                        unpublished=unpublished,
                    )
                    alert = None if cluster is None else alert_from_cluster(cluster, state_names)
                except Exception as exc:
                    await keep_failed(msg, "clusterer", exc)
                    await clustered.add(event)
                    continue
                cluster_seconds.observe(time.perf_counter() - started)
                if alert is None:  # a late copy of a report whose event is closed: already out
                    log.debug("report %s: its alert is out already", report.result.article_id)
                    await clustered.add(event)
                    continue
                # Serialized once, by pydantic: the same JSON faust's json codec would write (and
                # reads back on recovery), at a fraction of the cost of dict + json.dumps.
                state = updated.model_dump_json().encode()
                # The next report of this group sees the new state at once. The changelog is
                # written before the alert and the offset waits for both: after a crash either
                # the state is lost with the report still uncommitted (it is clustered again,
                # same alert id), or the state is kept and the re-delivered report re-publishes
                # the same revision (join_group). State that is lost while the report is
                # committed, which would let a later report open a second alert, cannot happen.
                clusters.data[key] = updated  # recovered values are dicts: see group_state
                logged = clusters.send_changelog(msg.partition, key, state, value_serializer="raw")
                unpublished[alert.alert_id] += 1
                sent = await send_nowait(
                    settings.topic_alerts, alert.alert_id.encode(), alert.model_dump_json().encode()
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

    # faust's consumer group runs the clusterer; the classifier and notifier have their own.
    faust_ready = partial(classifier_group_ready, "faust") if "classifier" in roles else None

    if "notifier" in roles:
        # notifier/: mute -> route -> dedup -> rate limit -> retry(send) -> record, per
        # destination, each reading the alerts topic in its own consumer group and committing an
        # offset only once its delivery is acknowledged or dead-lettered (alerts.delivery-dlq).
        delivery = DeliveryService(
            settings,
            metrics=metrics,
            timeouts=timeouts,
            on_ready=lambda ready: set_consuming("notifier", ready),
            on_failure=crash,
        )

        run_with_worker(delivery)
        notifier_groups = [
            (notify_group(settings, spec.name), [settings.topic_alerts]) for spec in delivery.specs
        ]
    else:
        notifier_groups = []

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
        if faust_ready is not None:
            faust_ready(False)

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def count_rebalance(sender: Any, assigned: Any = (), **kwargs: Any) -> None:
        metrics.rebalances.inc()
        # Named like the batch loops' lines (batch_consumer.py), so a takeover reads in order.
        mine = sorted(tp.partition for tp in assigned if tp.topic == reports_topic_name(settings))
        if "classifier" in roles:
            log.info("clusterer: consuming %s partitions %s", reports_topic_name(settings), mine)

    @app.on_rebalance_complete.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def assigned(sender: Any, *args: Any, **kwargs: Any) -> None:
        if faust_ready is not None:
            faust_ready(True)

    # Lag of this process's consumer groups on the topics they read (group-wide: see
    # consumer_lag.py); every LAG_INTERVAL_SECONDS, never blocking the event loop.
    faust_topics = [reports_topic_name(settings)] if "classifier" in roles else []
    if on_alert is not None:  # the notifier's own groups are not this group
        faust_topics.append(settings.topic_alerts)
    lag_monitors = [
        ConsumerLagMonitor(
            bootstrap=settings.bootstrap(),
            group_id=group,
            topics=topics,
            metrics=metrics,
            client_config=aiokafka_config(settings),
        )
        for group, topics in (
            (settings.app_id, faust_topics),
            (
                classifier_group(settings),
                [settings.topic_articles] if "classifier" in roles else [],
            ),
            *notifier_groups,
        )
        if topics
    ]

    @app.timer(LAG_INTERVAL_SECONDS)
    async def measure_consumer_lag() -> None:
        for monitor in lag_monitors:
            await monitor.update()

    @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def close_lag_monitor(sender: Any, *args: Any, **kwargs: Any) -> None:
        for monitor in lag_monitors:
            await monitor.close()

    return app, health
