"""The faust application: the whole pipeline, visible in one builder.

    articles --classifier--> reports (keyed by event group) --clusterer--> alerts --notifier--> webhooks, Slack
        \\--> articles.dlq (bad input, with the reason)   \\--> clusters-changelog (its state)

Three kinds of reader, each in its own consumer group, all started and stopped with the faust
worker (so `jointwatch up`, `--role`, /healthz and /metrics cover them all). Each is a plain
aiokafka batch loop (batch_consumer.py) that sends its outputs without waiting for each one and
commits an input's offset only once every output it caused is acknowledged by the broker:

- classifier (`<app_id>-classifier`, classifier/service.py): faust's per-message stream path
  cost about four times the classification itself;
- clusterer (`<app_id>-clusterer`, clusterer/service.py): its state per reports partition is
  read back from its changelog before the partition's reports are taken. It was a faust agent
  over a faust table until faust 0.15's rebalances were seen to lose reports (see there);
- notifier (`<app_id>-notify-<destination>`, notifier/): one loop per destination.

faust runs the worker: start-up and shutdown, timers (consumer lag, broker probe), and the
`--show-alerts` agent. So an offset is committed only after the work it covers is durably done
(at-least-once; alert ids are stable, so a re-delivered article re-publishes the same revision).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

import faust

from .classifier.service import ClassifierService, classifier_group
from .classifier.stage import ClassifierStage
from .clusterer.service import ClustererService, clusterer_group, reports_topic_name
from .consumer_lag import LAG_INTERVAL_SECONDS, ConsumerLagMonitor
from .core import classifier as classifier_module
from .core.classifier import Classifier
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
FAUST_MAX_POLL_RECORDS = 500
# faust's fetcher stops polling while an agent's buffer is full (backpressure: `--show-alerts`
# printing a burst), and aiokafka then leaves the group once max_poll_interval passes without a
# poll; the embedded profile's 6 s is shorter than a burst takes to drain. For aiokafka this
# interval is only that client-side check (joins and takeovers follow the session and rebalance
# timeouts), so faust gets at least this.
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
        # Outputs are not awaited one by one (batch_consumer.py): let them share requests. Up to
        # 2 ms more latency per hop; a fraction of the requests, socket writes and CPU per article.
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
        # again: a bounded poll keeps that well inside the max poll interval.
        broker_max_poll_records=FAUST_MAX_POLL_RECORDS,
    )
    use_fetch_wait(app, int(timeouts.fetch_max_wait * 1000))  # before any topic is declared
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

    alerts = raw_topic(settings.topic_alerts)

    publish_seconds = metrics.stage_seconds.labels(stage=Stage.PUBLISH.value)

    async def send_and_wait(
        topic: str, key: bytes | None, value: bytes, headers: list | None = None
    ) -> Any:
        """Send one record and wait for the broker's acknowledgement."""
        fut = await app.producer.send(topic, key, value, None, None, headers)
        return await fut

    async def send_nowait(
        topic: str, key: bytes, value: bytes, partition: int | None = None
    ) -> asyncio.Future[Any]:
        """Hand one output to the producer; the future completes when the broker acknowledges it.
        Straight to faust's producer: faust's Topic.send costs more than the send itself."""
        started = time.perf_counter()
        fut = cast(
            "asyncio.Future[Any]",
            await app.producer.send(topic, key, value, partition, None, None),
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

    # The classifier part consumes once both its loops have their partitions (and the
    # clusterer its state): the articles group and the reports group.
    classifier_groups = {"articles": False, "reports": False}

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
        run_with_worker(
            ClassifierService(
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
        )
        run_with_worker(
            ClustererService(
                settings,
                timeouts=timeouts,
                metrics=metrics,
                state_names=state_names,
                send=send_nowait,
                dead_letters=dead_letters,
                on_ready=partial(classifier_group_ready, "reports"),
                on_assigned=lambda assigned: metrics.rebalances.inc(),
                on_failure=crash,
            )
        )

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

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
    async def count_rebalance(sender: Any, assigned: Any = (), **kwargs: Any) -> None:
        metrics.rebalances.inc()  # faust's group: only `--show-alerts` reads in it

    # Lag of this process's consumer groups on the topics they read (group-wide: see
    # consumer_lag.py); every LAG_INTERVAL_SECONDS, never blocking the event loop.
    faust_topics = [settings.topic_alerts] if on_alert is not None else []
    classifier_topics = {
        classifier_group(settings): [settings.topic_articles],
        clusterer_group(settings): [reports_topic_name(settings)],
    }
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
            *(classifier_topics.items() if "classifier" in roles else ()),
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
