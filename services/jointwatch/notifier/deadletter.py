"""Delivery dead letters: an alert revision that could not be delivered to one destination.

Written to `alerts.delivery-dlq` (JOINTWATCH_TOPIC_DELIVERY_DLQ), keyed by alert id, with the
reason in headers and in the JSON body, the whole alert kept, and the destination named, so
`jointwatch redeliver` can send it again through the same notifier with the same `webhook-id`.
Pure: the caller passes the time; `KafkaDeadLetters` is the one piece that talks to Kafka.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from ..core.deadletter import HEADER_DETAIL, HEADER_REASON, HEADER_SOURCE, DeadLetter
from ..core.models import Alert
from ..metrics import Channel, DeadLetterReason

log = logging.getLogger("jointwatch.notifier")

HEADER_DESTINATION = "jointwatch-destination"
HEADER_CHANNEL = "jointwatch-channel"
HEADER_WEBHOOK_ID = "webhook-id"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a record was read: topic, partition, offset."""

    topic: str
    partition: int
    offset: int

    def __str__(self) -> str:
        return f"{self.topic}/{self.partition}/{self.offset}"


class DeadDelivery(BaseModel):
    """The body of a delivery dead letter."""

    reason: DeadLetterReason
    detail: str
    destination: str
    channel: Channel
    webhook_id: str | None
    alert: Alert | None
    original: str | None = None  # the raw record when it was not an Alert
    status: int | None = None
    attempts: int = 0
    source: dict[str, Any]
    failed_at: datetime


def delivery_dead_letter(
    *,
    reason: DeadLetterReason,
    detail: str,
    destination: str,
    channel: Channel,
    alert: Alert | None,
    source: SourceRef,
    now: datetime,
    original: bytes | None = None,
    status: int | None = None,
    attempts: int = 0,
    key: bytes | None = None,
) -> DeadLetter:
    webhook_id = f"{alert.alert_id}:{alert.revision}" if alert is not None else None
    body = DeadDelivery(
        reason=reason,
        detail=detail[:1000],
        destination=destination,
        channel=channel,
        webhook_id=webhook_id,
        alert=alert,
        original=original.decode("utf-8", "replace") if original is not None else None,
        status=status,
        attempts=attempts,
        source={"topic": source.topic, "partition": source.partition, "offset": source.offset},
        failed_at=now,
    )
    headers = [
        (HEADER_REASON, reason.value.encode()),
        (HEADER_DETAIL, detail.encode("utf-8")[:1000]),
        (HEADER_DESTINATION, destination.encode()),
        (HEADER_CHANNEL, channel.value.encode()),
        (HEADER_SOURCE, str(source).encode()),
    ]
    if webhook_id is not None:
        headers.append((HEADER_WEBHOOK_ID, webhook_id.encode()))
    if key is None and alert is not None:
        key = alert.alert_id.encode()
    return DeadLetter(key=key, value=body.model_dump_json().encode(), headers=headers)


def read_dead_delivery(value: bytes) -> DeadDelivery:
    """Parse a delivery dead letter; ValueError says what is wrong."""
    try:
        return DeadDelivery.model_validate_json(value)
    except ValidationError as exc:
        raise ValueError(f"not a delivery dead letter: {exc.errors()[0]['msg']}") from None


class DeadLetterSink(Protocol):
    async def write(self, letter: DeadLetter) -> None: ...


class KafkaDeadLetters:
    """Writes dead letters and waits for the broker's acknowledgement; while the broker cannot
    take them it keeps trying (the alert's offset stays uncommitted meanwhile, so nothing is
    lost if the process stops)."""

    def __init__(
        self,
        producer: Any,
        topic: str,
        *,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._producer = producer  # an aiokafka.AIOKafkaProducer
        self.topic = topic
        self._sleep = sleep

    async def write(self, letter: DeadLetter) -> None:
        failures = 0
        while True:
            try:
                await self._producer.send_and_wait(
                    self.topic, key=letter.key, value=letter.value, headers=letter.headers
                )
                return
            except Exception as exc:
                failures += 1
                wait = min(30.0, 0.5 * 2**failures)
                log.error(
                    "cannot write to %s (%s); trying again in %.0fs",
                    self.topic,
                    type(exc).__name__,
                    wait,
                )
                await self._sleep(wait)


def describe(letter: DeadLetter) -> dict[str, str]:
    """The headers of a dead letter as text (for logs and tests)."""
    return {name: value.decode("utf-8", "replace") for name, value in letter.headers}


def body_of(letter: DeadLetter) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(letter.value)
    return parsed
