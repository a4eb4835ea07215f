"""Writing input dead letters (`articles.dlq`): bad input from the decoder, and any event a stage
failed on (`internal_error`), so a bug never skips an offset or loses an event.

The record is cut to the producer's request limit, and cut again if the broker's limit is lower
still; a record that cannot be made small enough is logged and dropped rather than stopping the
consumer for good. Each write waits for the broker's acknowledgement: dead letters are rare, and
the offset of the event must not be committed before its dead letter is durable.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from aiokafka.errors import MessageSizeTooLargeError

from .core.deadletter import HEADER_REASON, HEADER_SOURCE, DeadLetter, dead_letter
from .metrics import Metrics, RejectReason, Stage

log = logging.getLogger("jointwatch.pipeline")

# (topic, key, value, headers) -> the broker's acknowledgement, awaited
SendAndWait = Callable[[str, bytes | None, bytes, list[tuple[str, bytes]] | None], Awaitable[Any]]


class SourceRecord(Protocol):
    """Where an event came from: an aiokafka record or a faust message."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


def _too_large(exc: BaseException) -> bool:
    """aiokafka's own check raises MessageSizeTooLargeError; faust wraps it (ProducerSendError)."""
    while exc is not None:
        if isinstance(exc, MessageSizeTooLargeError):
            return True
        exc = exc.__cause__  # type: ignore[assignment]
    return False


class DeadLetterWriter:
    def __init__(
        self, *, send: SendAndWait, topic: str, metrics: Metrics, max_request_bytes: int
    ) -> None:
        self._send = send
        self._topic = topic
        self._metrics = metrics
        self._max_request_bytes = max_request_bytes
        self._publish_seconds = metrics.stage_seconds.labels(stage=Stage.PUBLISH.value)

    async def write(self, letter: DeadLetter) -> None:
        letter = letter.fit(self._max_request_bytes)
        headers = {name: value.decode("utf-8", "replace") for name, value in letter.headers}
        reason, source = headers.get(HEADER_REASON), headers.get(HEADER_SOURCE)
        while True:
            started = time.perf_counter()
            try:
                await self._send(self._topic, letter.key, letter.value, letter.headers)
                self._publish_seconds.observe(time.perf_counter() - started)
                break
            except Exception as exc:
                if not _too_large(exc):
                    raise
                smaller = letter.fit(letter.size // 4)
                if smaller.size >= letter.size:  # never stop the consumer over one record
                    log.error("cannot dead-letter %s: over the broker's size limit", source)
                    return
                letter = smaller
        self._metrics.dlq_published.inc()
        log.info("dead-lettered %s: %s", source, reason, extra={"reason": reason})

    async def internal_error(self, *, part: str, exc: BaseException, record: SourceRecord) -> None:
        """A bug must not skip the offset or lose the event: dead-letter it with the error."""
        topic, partition, offset = record.topic, record.partition, record.offset
        log.error(
            "%s failed on %s/%d/%d",
            part,
            topic,
            partition,
            offset,
            exc_info=exc,
            extra={"reason": RejectReason.INTERNAL_ERROR.value},
        )
        self._metrics.articles_rejected.labels(reason=RejectReason.INTERNAL_ERROR.value).inc()
        letter = dead_letter(
            reason=RejectReason.INTERNAL_ERROR,
            detail=f"{part}: {type(exc).__name__}: {exc}"[:500],
            original=record.value,
            key=record.key,
            topic=topic,
            partition=partition,
            offset=offset,
            now=datetime.now(UTC),
            max_bytes=self._max_request_bytes,
        )
        await self.write(letter)
