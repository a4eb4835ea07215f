"""Fixtures for the notifier tests: alerts, fake time, a real local HTTP server, notifiers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import aiohttp
import pytest
from pydantic import SecretStr

from jointwatch.core.deadletter import DeadLetter
from jointwatch.core.models import Alert, AlertEvidence, Asset, Location, RegionOfInterest, Severity
from jointwatch.metrics import Channel, Metrics
from jointwatch.notifier.deadletter import SourceRef, describe
from jointwatch.notifier.dedup import DeliveryLedger
from jointwatch.notifier.destination import Destination
from jointwatch.notifier.disabled import DisabledStore
from jointwatch.notifier.lanes import DestinationWorker
from jointwatch.notifier.notifiers.base import Notifier
from jointwatch.notifier.notifiers.slack import SlackNotifier
from jointwatch.notifier.notifiers.webhook import WebhookNotifier
from jointwatch.notifier.pipeline import DeliveryPipeline, build_delivery_pipeline
from jointwatch.notifier.ratelimit import RateLimiter
from jointwatch.notifier.record import Delivery
from jointwatch.notifier.retry import RetryPolicy
from jointwatch.notifier.routes import Route
from jointwatch.notifier.silences import SilenceStore

T = TypeVar("T")

WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
FAKE_NOW = 1_716_530_400  # 2024-05-24T06:00:00Z


@pytest.fixture
def make_alert() -> Callable[..., Alert]:
    def make(**overrides: Any) -> Alert:
        fields: dict[str, Any] = {
            "alert_id": "evt-2024-05-24-chn-rus-patrol",
            "revision": 2,
            "created_at": datetime(2024, 5, 24, 5, 0, tzinfo=UTC),
            "updated_at": datetime(2024, 5, 24, 6, 0, tzinfo=UTC),
            "severity": Severity.HIGH,
            "summary": "Chinese and Russian bombers flew a joint patrol over the Sea of Japan.",
            "states": ["CHN", "RUS"],
            "activity": "patrol",
            "domains": ["air"],
            "assets": [
                Asset(name="H-6K", state="CHN", nuclear_capable=True),
                Asset(name="Tu-95MS", state="RUS", nuclear_capable=True),
            ],
            "locations": [Location(name="Sea of Japan", lat=40.0, lon=135.0)],
            "region_of_interest": RegionOfInterest(name="Japan", distance_km=120.0),
            "score": 0.91,
            "article_ids": ["a1", "a2"],
            "evidence": [AlertEvidence(article_id="a1", text="joint air patrol")],
            "classifier_version": "test-1",
            "source_count": 2,
            "sources": ["Kyodo", "Reuters"],
        }
        fields.update(overrides)
        return Alert(**fields)

    return make


@pytest.fixture
def alert(make_alert: Callable[..., Alert]) -> Alert:
    return make_alert()


class FakeTime:
    """A clock that only moves when the code under test sleeps; records every wait."""

    def __init__(self, start: float = FAKE_NOW) -> None:
        self.now = start
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def with_session() -> Callable[[Callable[[aiohttp.ClientSession], Awaitable[T]]], T]:
    """Run `use(session)` on a fresh event loop with a real aiohttp session, then close both."""

    def run(use: Callable[[aiohttp.ClientSession], Awaitable[T]]) -> T:
        async def main() -> T:
            async with aiohttp.ClientSession() as session:
                return await use(session)

        return asyncio.run(main())

    return run


NotifierFactory = Callable[..., Notifier]


def _webhook(
    url: str,
    session: aiohttp.ClientSession,
    timeout: float = 2.0,
    clock: Callable[[], float] = time.time,
) -> Notifier:
    return WebhookNotifier(url, SecretStr(WEBHOOK_SECRET), session, timeout, clock)


def _slack(
    url: str,
    session: aiohttp.ClientSession,
    timeout: float = 2.0,
    clock: Callable[[], float] = time.time,
) -> Notifier:
    return SlackNotifier(SecretStr(url), session, timeout, clock)


NOTIFIER_FACTORIES: dict[Channel, NotifierFactory] = {
    Channel.WEBHOOK: _webhook,
    Channel.SLACK: _slack,
}


@pytest.fixture
def notifier_factories() -> dict[Channel, NotifierFactory]:
    return NOTIFIER_FACTORIES


@pytest.fixture(params=list(NOTIFIER_FACTORIES), ids=lambda channel: channel.value)
def make_notifier(request: pytest.FixtureRequest) -> NotifierFactory:
    """Every notifier in turn: `make_notifier(url, session, timeout=2.0, clock=time.time)`."""
    return NOTIFIER_FACTORIES[request.param]


@pytest.fixture
def webhook_secret() -> str:
    return WEBHOOK_SECRET


class DeadLetters:
    """The delivery dead-letter topic, as a list."""

    def __init__(self) -> None:
        self.letters: list[DeadLetter] = []

    async def write(self, letter: DeadLetter) -> None:
        self.letters.append(letter)

    def reasons(self) -> list[str]:
        return [describe(letter)["jointwatch-reason"] for letter in self.letters]


@pytest.fixture
def dead_letters() -> DeadLetters:
    return DeadLetters()


@pytest.fixture
def metrics() -> Metrics:
    return Metrics.create()


def counter(metrics: Metrics, name: str, **labels: str) -> float:
    value = metrics.registry.get_sample_value(name, labels)
    return 0.0 if value is None else value


@dataclass
class Kit:
    """A delivery pipeline with fake time, an in-memory dead-letter topic and real metrics."""

    fake_time: FakeTime
    metrics: Metrics
    dead_letters: DeadLetters
    silences: SilenceStore
    ledger: DeliveryLedger
    pipeline: DeliveryPipeline
    switch: DisabledStore

    def destination(
        self,
        notifier: Notifier,
        *,
        name: str = "webhook",
        route: Route | None = None,
        min_interval: float = 0.0,
        merge_wait: float = 0.0,
        endpoint: str = "",
    ) -> Destination:
        """`endpoint` (a URL fingerprint) given: a 410 is remembered in `switch`, as in production."""
        limiter = RateLimiter(
            min_interval, max_hold=3600, clock=self.fake_time.clock, sleep=self.fake_time.sleep
        )
        return Destination(
            name=name,
            notifier=notifier,
            route=route or Route(),
            limiter=limiter,
            merge_wait=merge_wait,
            endpoint=endpoint,
            switch=self.switch if endpoint else None,
        )

    def worker(self, destination: Destination) -> DestinationWorker:
        return DestinationWorker(
            destination, self.pipeline, clock=self.fake_time.clock, sleep=self.fake_time.sleep
        )

    def delivery(self, alert: Alert, offset: int = 0) -> Delivery:
        return Delivery(
            alert=alert, source=SourceRef("alerts", 0, offset), received_at=self.fake_time.now
        )


@pytest.fixture
def kit(fake_time: FakeTime, metrics: Metrics, dead_letters: DeadLetters, tmp_path) -> Kit:
    silences = SilenceStore(tmp_path / "silences.json", reload_interval=0)
    ledger = DeliveryLedger()
    pipeline = build_delivery_pipeline(
        silences=silences,
        ledger=ledger,
        policy=RetryPolicy(schedule=(0, 5, 300, 1800, 7200), jitter=0.2),
        metrics=metrics,
        dead_letters=dead_letters,
        now=lambda: datetime.fromtimestamp(fake_time.now, UTC),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
        rng=lambda: 0.5,
    )
    switch = DisabledStore(tmp_path / "disabled-destinations.json", reload_interval=0)
    return Kit(fake_time, metrics, dead_letters, silences, ledger, pipeline, switch)
