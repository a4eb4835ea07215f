"""ClassifierService.handle: one article's outputs, with bad input and failures dead-lettered."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry

from jointwatch.classifier.service import ClassifierService
from jointwatch.deadletters import DeadLetterWriter
from jointwatch.metrics import Metrics
from jointwatch.settings import KafkaTimeouts, Settings


@dataclass(frozen=True)
class Record:
    topic: str = "articles"
    partition: int = 2
    offset: int = 41
    key: bytes | None = b"a-1"
    value: bytes | None = b'{"id": "a-1", "body": "text"}'


class BrokenStage:
    def process(self, value: Any, ref: Any, *, now: Any) -> Any:
        raise ZeroDivisionError("a bug")


def service_with(stage: Any, sent: list[tuple]) -> tuple[ClassifierService, Metrics]:
    metrics = Metrics.create(CollectorRegistry())

    async def send_and_wait(topic: str, key: Any, value: bytes, headers: Any) -> None:
        sent.append((topic, key, value, dict(headers or [])))

    async def send_nowait(topic: str, key: bytes, value: bytes, partition: int | None) -> Any:
        raise AssertionError("no report for a failed article")

    writer = DeadLetterWriter(
        send=send_and_wait, topic="articles.dlq", metrics=metrics, max_request_bytes=1_000_000
    )
    service = ClassifierService(
        Settings(),
        stage=stage,
        timeouts=KafkaTimeouts(),
        reports_topic="jointwatch-reports",
        send=send_nowait,
        dead_letters=writer,
    )
    return service, metrics


def test_an_exception_in_processing_dead_letters_the_event_as_internal_error():
    sent: list[tuple] = []
    service, metrics = service_with(BrokenStage(), sent)
    outputs = asyncio.run(service.handle(Record()))
    assert outputs == ()  # its dead letter was awaited: the offset may be committed
    [(topic, key, value, headers)] = sent
    assert topic == "articles.dlq" and key == b"a-1"
    assert headers["jointwatch-reason"] == b"internal_error"
    assert headers["jointwatch-source"] == b"articles/2/41"
    body = json.loads(value)
    assert body["reason"] == "internal_error"
    assert "ZeroDivisionError" in body["detail"]
    assert body["original"] == Record().value.decode()
    rejected = metrics.registry.get_sample_value(
        "jointwatch_articles_rejected_total", {"reason": "internal_error"}
    )
    assert rejected == 1
