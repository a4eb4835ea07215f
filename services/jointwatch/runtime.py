"""`jointwatch up`: broker (embedded unless configured), topics, the faust worker, /metrics, /healthz.

Shutdown order on Ctrl-C / SIGTERM: faust stops its agents (the event in hand finishes; offsets of
unfinished work stay uncommitted), the HTTP server closes, then the embedded broker stops.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import faust
from rich.console import Console

from .app import build_app
from .broker import EmbeddedBroker, port_is_free
from .brokerwatch import install_broker_watch
from .clusterer.service import changelog_topic_name, reports_topic_name
from .core.classifier import Classifier
from .core.knowledge import default_knowledge
from .core.models import Alert
from .errors import ConfigurationError
from .kafka_security import kafka_python_config
from .logs import configure_logging
from .metrics import Metrics
from .observability import build_http_app, start_http_server
from .redact import redact_logs, secret_values
from .settings import EMBEDDED_TIMEOUTS, KafkaTimeouts, Settings
from .topics import ensure_topics

log = logging.getLogger("jointwatch")


def kafka_timeouts(settings: Settings) -> KafkaTimeouts:
    """Production defaults, the short profile for the embedded broker; explicit env always wins."""
    configured = KafkaTimeouts()
    if not settings.embedded:
        return configured
    explicit = {name: getattr(configured, name) for name in configured.model_fields_set}
    return KafkaTimeouts(**{**EMBEDDED_TIMEOUTS, **explicit})


def run_pipeline(
    settings: Settings,
    *,
    roles: tuple[str, ...],
    publish: Path | None = None,
    on_alert: Callable[[Alert], Awaitable[None]] | None = None,
    console: Console | None = None,
) -> int:
    console = console or Console(stderr=True)
    configure_logging(fmt=settings.log_format, level=settings.log_level)
    redact_logs(secret_values(settings))  # no secret value in any log line, whoever writes it
    if settings.metrics_port and not port_is_free(settings.metrics_host, settings.metrics_port):
        raise ConfigurationError(
            f"JOINTWATCH_METRICS_PORT {settings.metrics_port} is in use; choose another port"
        )
    broker: EmbeddedBroker | None = None
    if settings.embedded:
        broker = EmbeddedBroker(port=settings.broker_port).start()
        console.print(
            f"[green]embedded broker[/] (Tansu, in memory) on {broker.bootstrap}; "
            "set KAFKA_BOOTSTRAP_SERVERS to use a real Kafka"
        )
    try:
        compacted = [changelog_topic_name(settings)] if "classifier" in roles else []
        topic_names = (
            [settings.topic_articles, settings.topic_alerts, settings.topic_dlq]
            + ([reports_topic_name(settings), *compacted] if "classifier" in roles else [])
            + ([settings.topic_delivery_dlq] if "notifier" in roles else [])
        )
        ensure_topics(
            settings.bootstrap(),
            topic_names,
            partitions=settings.topic_partitions,
            replication=1 if settings.embedded else settings.topic_replication,
            client_config=kafka_python_config(settings),
            compacted=compacted,
        )
        knowledge = default_knowledge(str(settings.areas_file) if settings.areas_file else None)
        classifier = Classifier(knowledge, threshold=settings.score_threshold)
        metrics = Metrics.create()
        app, health = build_app(
            settings,
            metrics=metrics,
            classifier=classifier,
            timeouts=kafka_timeouts(settings),
            roles=roles,
            state_names={s.code: s.name for s in knowledge.states},
            on_alert=on_alert,
        )

        # Broker outages: /healthz 503 with the reason, jointwatch_broker_up 0; topics lost by
        # a restarted broker are re-created (brokerwatch.py).
        broker_watch = install_broker_watch(
            app,
            settings=settings,
            registry=metrics.registry,
            topics=topic_names,
            compacted=compacted,
        )

        def health_state() -> dict[str, Any]:
            state: dict[str, Any] = {
                "ok": health.ok and broker_watch.up,
                "parts": {p: p in health.consuming for p in sorted(health.parts)},
                "broker": broker_watch.state(),
            }
            if not broker_watch.up:
                state["reason"] = "the Kafka broker is not answering"
            return state

        http_app = build_http_app(metrics, health_state)
        runners: list[Any] = []

        @app.task
        async def serve_http() -> None:
            runners.append(
                await start_http_server(http_app, settings.metrics_host, settings.metrics_port)
            )
            console.print(
                f"[green]metrics[/] http://{settings.metrics_host}:{settings.metrics_port}/metrics, "
                f"health /healthz; roles: {', '.join(roles)}"
            )

        @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode's signal stubs reject async receivers
        async def stop_http(sender: Any, *args: Any, **kwargs: Any) -> None:
            for runner in runners:
                await runner.cleanup()

        if publish is not None:

            @app.task
            async def feed() -> None:
                from .ingest.publish import publish_file

                while not health.ok:
                    await asyncio.sleep(0.1)
                report = await asyncio.get_running_loop().run_in_executor(
                    None,
                    lambda: publish_file(
                        publish,
                        bootstrap=settings.bootstrap(),
                        topic=settings.topic_articles,
                        show_progress=False,
                        client_config=kafka_python_config(settings),
                    ),
                )
                console.print(
                    f"[green]published[/] {report.sent} articles from {publish}"
                    + (f", rejected {len(report.rejected)}" if report.rejected else "")
                    + "; waiting for alerts (Ctrl-C stops)"
                )

        worker = faust.Worker(
            app,
            loglevel=settings.log_level,
            quiet=True,
            redirect_stdouts=False,
            override_logging=False,
        )
        try:
            worker.execute_from_commandline()
        except SystemExit as exc:
            return int(exc.code or 0)
        return 0
    finally:
        if broker is not None:
            broker.stop()
            console.print("[green]embedded broker stopped[/]")
