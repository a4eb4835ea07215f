"""The classifier service: the articles topic read in batches (batch_consumer.py), each article
decoded and classified (stage.py), reports sent to `<app_id>-reports` and bad input to the DLQ.

It reads in its own consumer group, `<app_id>-classifier`. An article's offset is committed only once its report (or dead letter)
is acknowledged by the broker. Started and stopped with the faust worker (app.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from ..batch_consumer import BatchConsumer, SendNoWait, group_consumer
from ..core.clustering import Report, group_key
from ..core.deadletter import DeadLetter
from ..core.models import ClassificationResult
from ..deadletters import DeadLetterWriter
from ..group_offsets import adopt_offsets, faust_group
from ..settings import KafkaTimeouts, Settings
from .stage import ClassifierStage, EventRef

log = logging.getLogger("jointwatch.pipeline")

MAX_IN_FLIGHT = 4000  # articles whose outputs await acknowledgement before the reads pause
MAX_RECORDS = 500  # per poll


def classifier_group(settings: Settings) -> str:
    return f"{settings.app_id}-classifier"


class ClassifierService:
    def __init__(
        self,
        settings: Settings,
        *,
        stage: ClassifierStage,
        timeouts: KafkaTimeouts,
        reports_topic: str,
        send: SendNoWait,
        dead_letters: DeadLetterWriter,
        on_ready: Callable[[bool], None] = lambda ready: None,
        on_assigned: Callable[[set[Any]], None] = lambda assigned: None,
        on_failure: Callable[[BaseException], object] = lambda exc: None,
    ) -> None:
        self.settings = settings
        self.stage = stage
        self.timeouts = timeouts
        self.reports_topic = reports_topic
        self._send = send
        self._dead_letters = dead_letters
        self._on_ready = on_ready
        self._on_assigned = on_assigned
        self._on_failure = on_failure
        self._consumer: BatchConsumer | None = None

    async def start(self) -> None:
        await adopt_offsets(
            self.settings,
            topic=self.settings.topic_articles,
            group=classifier_group(self.settings),
            legacy=faust_group(self.settings),
        )
        t = self.timeouts
        self._consumer = BatchConsumer(
            consumer=group_consumer(
                self.settings,
                t,
                group_id=classifier_group(self.settings),
                client_id="jointwatch-classifier",
            ),
            topics=[self.settings.topic_articles],
            handle=self.handle,
            name="classifier",
            max_in_flight=MAX_IN_FLIGHT,
            max_records=MAX_RECORDS,
            # Outputs are acknowledged within the producer's retries; on a revocation leave
            # room inside the rebalance timeout for the commit and the join.
            grace=t.rebalance_timeout,
            revoke_grace=t.rebalance_timeout / 2,
            on_ready=self._on_ready,
            on_assigned=self._on_assigned,
            on_failure=self._on_failure,
        )
        self._consumer.spawn()
        log.info(
            "classifying %s in group %s -> %s",
            self.settings.topic_articles,
            classifier_group(self.settings),
            self.reports_topic,
        )

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.shutdown()
            self._consumer = None

    async def handle(self, record: Any) -> Sequence[asyncio.Future[Any]]:
        """One article: its outputs' futures. Bad input and failures are dead-lettered here
        (awaited: rare, and the offset must wait for them); this never raises unless the
        dead-letter topic itself cannot be written."""
        try:
            out = self.stage.process(
                record.value,
                EventRef(record.topic, record.partition, record.offset, record.key),
                now=datetime.now(UTC),
            )
            if isinstance(out, Report):
                key = group_key(out.result)
                sent = await self._send(
                    self.reports_topic, key.encode(), out.model_dump_json().encode(), None
                )
                # Later copies are skipped from now on. Safe before the acknowledgement: if the
                # report fails, the worker stops and nothing after it is committed.
                self.stage.remember(out.result.article_id)
                log.debug(  # the alert's own line (info) names the article
                    "joint activity in %s -> %s",
                    out.result.article_id,
                    key,
                    extra={"article_id": out.result.article_id},
                )
                return (sent,)
        except Exception as exc:
            await self._dead_letters.internal_error(part="classifier", exc=exc, record=record)
            return ()
        if isinstance(out, DeadLetter):
            await self._dead_letters.write(out)
        elif isinstance(out, ClassificationResult) and log.isEnabledFor(logging.DEBUG):
            log.debug(
                "not joint: %s (score %.2f)",
                out.article_id,
                out.score,
                extra={"article_id": out.article_id},
            )
        return ()
