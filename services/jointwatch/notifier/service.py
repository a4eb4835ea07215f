"""The notifier service: every destination's consumer, their HTTP session and dead-letter producer.

`DeliveryService(...)` checks the whole delivery configuration (destinations, routes file,
silences file) without I/O, so `jointwatch up` refuses a bad one before starting anything;
`start` opens the connections and runs one `DestinationConsumer` per destination; `stop` lets
requests in flight finish (up to the HTTP timeout), commits what is done and leaves the groups.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

import aiohttp
from aiokafka import AIOKafkaProducer

from ..batch_consumer import group_consumer, stop_when_dead
from ..kafka_security import aiokafka_config
from ..metrics import Metrics
from ..settings import KafkaTimeouts, Settings
from .consumer import DestinationConsumer
from .deadletter import KafkaDeadLetters
from .dedup import DeliveryLedger
from .destination import export_disabled
from .disabled import DisabledStore
from .lanes import DestinationWorker
from .pipeline import build_delivery_pipeline
from .registry import DestinationSpec, destination_specs, open_destination
from .retry import RetryPolicy
from .routes import load_routes
from .silences import SilenceStore

log = logging.getLogger("jointwatch.notifier")


def group_id(settings: Settings, destination: str) -> str:
    return f"{settings.app_id}-notify-{destination}"


class DeliveryService:
    def __init__(
        self,
        settings: Settings,
        *,
        metrics: Metrics,
        timeouts: KafkaTimeouts,
        on_ready: Callable[[bool], None] = lambda ready: None,
        on_failure: Callable[[BaseException], object] = lambda exc: None,
    ) -> None:
        self.settings = settings
        self.metrics = metrics
        self.timeouts = timeouts
        self._on_ready = on_ready
        self._on_failure = on_failure
        self.specs: list[DestinationSpec] = destination_specs(
            settings, load_routes(settings.routes_file)
        )
        self.silences = SilenceStore(settings.silences_path())
        self.silences.load()  # a broken silences file stops the start, with the reason
        self.switch = DisabledStore(settings.disabled_path())
        self.switch.load()  # so does a broken disabled-destinations file
        self.policy = RetryPolicy.from_schedule(
            settings.retry_schedule, jitter=settings.retry_jitter
        )
        self.ledger = DeliveryLedger()
        self._session: aiohttp.ClientSession | None = None
        self._producer: AIOKafkaProducer | None = None
        self._consumers: list[DestinationConsumer] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._ready: set[str] = set()

    @property
    def ready(self) -> bool:
        return len(self._ready) == len(self.specs)

    async def start(self) -> None:
        if not self.specs:
            log.info("no destination configured (JOINTWATCH_WEBHOOK_URL, ..._SLACK_WEBHOOK_URL)")
            self._on_ready(True)
            return
        bootstrap = self.settings.bootstrap().split(",")
        security = aiokafka_config(self.settings)
        self._producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", **security)
        await self._producer.start()
        dead_letters = KafkaDeadLetters(self._producer, self.settings.topic_delivery_dlq)
        self._session = aiohttp.ClientSession()
        pipeline = build_delivery_pipeline(
            silences=self.silences,
            ledger=self.ledger,
            policy=self.policy,
            metrics=self.metrics,
            dead_letters=dead_letters,
            now=lambda: datetime.now(UTC),
        )
        destinations = [
            open_destination(
                spec,
                self._session,
                timeout=self.settings.http_timeout,
                max_hold=self.policy.max_retry_after,
                switch=self.switch,
            )
            for spec in self.specs
        ]
        export_disabled(self.metrics, destinations)
        for destination in destinations:
            if destination.disabled:
                log.warning(
                    "destination %s is disabled (%s); its deliveries go to %s until "
                    "`jointwatch destination enable %s`",
                    destination.name,
                    destination.disabled_because,
                    self.settings.topic_delivery_dlq,
                    destination.name,
                )
        for spec, destination in zip(self.specs, destinations, strict=True):
            consumer = DestinationConsumer(
                consumer=group_consumer(
                    self.settings,
                    self.timeouts,
                    group_id=group_id(self.settings, spec.name),
                    client_id=f"jointwatch-notify-{spec.name}",
                ),
                topic=self.settings.topic_alerts,
                worker=DestinationWorker(destination, pipeline),
                dead_letters=dead_letters,
                max_in_flight=self.settings.delivery_max_in_flight,
                grace=self.settings.http_timeout,
                revoke_grace=min(self.settings.http_timeout, self.timeouts.rebalance_timeout / 2),
                on_ready=partial(self._set_ready, spec.name),
            )
            self._consumers.append(consumer)
            task = asyncio.create_task(consumer.run(), name=f"notify-{spec.name}")
            task.add_done_callback(stop_when_dead(task.get_name(), self._on_failure))
            self._tasks.append(task)
            log.info(
                "delivering %s to %s (%s, group %s)",
                self.settings.topic_alerts,
                spec.name,
                spec.channel.value,
                group_id(self.settings, spec.name),
            )

    async def stop(self) -> None:
        for consumer in self._consumers:
            await consumer.stop()
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        for consumer, result in zip(self._consumers, results, strict=True):
            if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
                log.error("%s stopped with %r", consumer.destination, result)
            await consumer.close()
        self._consumers.clear()
        self._tasks.clear()
        if self._producer is not None:
            with contextlib.suppress(Exception):
                await self._producer.stop()
            self._producer = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _set_ready(self, name: str, ready: bool) -> None:
        if ready:
            self._ready.add(name)
        else:
            self._ready.discard(name)
        self._on_ready(self.ready)
