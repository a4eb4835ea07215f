"""What the classifier agent does with one event, minus the Kafka I/O (the agent does that)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from ..core.classifier import Classifier
from ..core.clustering import Report
from ..core.deadletter import DeadLetter, dead_letter
from ..core.decode import Rejection, decode_article
from ..core.models import ClassificationResult
from ..metrics import ClassificationOutcome, Metrics


@dataclass(frozen=True, slots=True)
class EventRef:
    """Where an event came from: the DLQ record names it so it can be found and replayed."""

    topic: str
    partition: int
    offset: int
    key: bytes | None


@dataclass(slots=True)
class ClassifierStage:
    classifier: Classifier
    metrics: Metrics
    max_event_bytes: int

    def process(
        self, value: bytes | None, ref: EventRef, *, now: datetime
    ) -> DeadLetter | Report | ClassificationResult:
        """A DeadLetter for bad input, a Report to cluster for joint activity, else the result."""
        self.metrics.articles_consumed.inc()
        decoded = decode_article(value, max_bytes=self.max_event_bytes)
        if isinstance(decoded, Rejection):
            self.metrics.articles_rejected.labels(reason=decoded.reason.value).inc()
            return dead_letter(
                reason=decoded.reason,
                detail=decoded.detail,
                original=value,
                key=ref.key,
                topic=ref.topic,
                partition=ref.partition,
                offset=ref.offset,
                now=now,
            )
        started = time.perf_counter()
        result = self.classifier.classify(decoded)
        self.metrics.classify_seconds.observe(time.perf_counter() - started)
        self.metrics.score.observe(result.score)
        if result.joint_military_activity:
            outcome = ClassificationOutcome.JOINT
        elif result.tense == "planned":
            outcome = ClassificationOutcome.PLANNED
        else:
            outcome = ClassificationOutcome.NOT_JOINT
        self.metrics.classifications.labels(result=outcome.value).inc()
        if outcome is not ClassificationOutcome.JOINT:
            return result
        return Report(
            result=result,
            title=decoded.title,
            source=decoded.source,
            url=decoded.url,
            published_at=decoded.published_at,
            received_at=now,
        )
