"""Fixtures for the notifier tests: alerts, fake time, a real local HTTP server, notifiers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import aiohttp
import pytest
from pydantic import SecretStr

from jointwatch.core.models import Alert, AlertEvidence, Asset, Location, RegionOfInterest, Severity
from jointwatch.metrics import Channel
from jointwatch.notifier.notifiers.base import Notifier
from jointwatch.notifier.notifiers.slack import SlackNotifier
from jointwatch.notifier.notifiers.webhook import WebhookNotifier

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
