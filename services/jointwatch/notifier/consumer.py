"""One destination's reader of the alerts topic: its own consumer group, manual commits.

Each destination reads the alerts topic in its own consumer group (`<app_id>-notify-<name>`),
so a receiver that is down holds back only its own offsets, never another destination's.
The loop is `batch_consumer.BatchConsumer` with one output per record: the revision's fate for
this destination. An offset is committed only when every record before it is finished:
delivered (acknowledged by the receiver), deliberately not sent (silenced, routed out, a
duplicate, merged), or written to the delivery dead-letter topic. A record that is not an Alert
is dead-lettered too, never skipped.

While `max_in_flight` revisions are unfinished the consumer pauses its partitions (it keeps
polling, so the group does not think it died). On a revocation, requests in flight get up to
`revoke_grace` seconds (well inside the rebalance timeout), on a stop up to `grace`; the rest is
cancelled and left uncommitted for the next owner (`DestinationWorker.stop`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from pydantic import ValidationError

from ..batch_consumer import BatchConsumer
from ..core.models import Alert
from ..metrics import DeadLetterReason
from .deadletter import DeadLetterSink, SourceRef, delivery_dead_letter
from .lanes import DestinationWorker
from .record import Delivery

log = logging.getLogger("jointwatch.notifier")


class DestinationConsumer:
    def __init__(
        self,
        *,
        consumer: Any,  # an aiokafka.AIOKafkaConsumer, not started
        topic: str,
        worker: DestinationWorker,
        dead_letters: DeadLetterSink,
        max_in_flight: int,
        grace: float,
        revoke_grace: float,
        on_ready: Callable[[bool], None],
        commit_interval: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._worker = worker
        self._dead_letters = dead_letters
        self._clock = clock
        self._batch = BatchConsumer(
            consumer=consumer,
            topics=[topic],
            handle=self._handle,
            name=worker.destination.name,
            max_in_flight=max_in_flight,
            max_records=max_in_flight,
            grace=grace,
            revoke_grace=revoke_grace,
            on_ready=on_ready,
            commit_interval=commit_interval,
            clock=clock,
            settle=worker.stop,
        )

    @property
    def destination(self) -> str:
        return self._worker.destination.name

    async def run(self) -> None:
        """Consume until `stop`; then finish or leave the work in flight, commit, leave."""
        await self._batch.run()
        if self._batch.failed is not None:  # dead-lettering failed: let the service stop us
            raise self._batch.failed

    async def stop(self) -> None:
        await self._batch.stop()

    async def close(self) -> None:
        await self._batch.close()

    async def _handle(self, record: Any) -> list[asyncio.Future[None]]:
        source = SourceRef(record.topic, record.partition, record.offset)
        try:
            alert = Alert.model_validate_json(record.value or b"")
        except ValidationError as exc:
            await self._dead_letter_invalid(record, source, exc)
            return []
        finished: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        delivery = Delivery(alert=alert, source=source, received_at=self._clock())
        self._worker.submit(delivery, partial(_resolve, finished))
        return [finished]

    async def _dead_letter_invalid(self, record: Any, source: SourceRef, exc: Exception) -> None:
        destination = self._worker.destination
        detail = f"not an Alert v1: {exc.errors()[0]['msg'] if isinstance(exc, ValidationError) else exc}"
        letter = delivery_dead_letter(
            reason=DeadLetterReason.INVALID_ALERT,
            detail=detail,
            destination=destination.name,
            channel=destination.channel,
            alert=None,
            source=source,
            now=datetime.now(UTC),
            original=record.value,
            key=record.key,
        )
        await self._dead_letters.write(letter)
        self._worker.pipeline.recorder.metrics.delivery_dead_letters.labels(
            channel=destination.channel.value, reason=DeadLetterReason.INVALID_ALERT.value
        ).inc()
        log.error("%s: %s is %s; dead-lettered", destination.name, source, detail)


def _resolve(finished: asyncio.Future[None]) -> None:
    if not finished.done():
        finished.set_result(None)
