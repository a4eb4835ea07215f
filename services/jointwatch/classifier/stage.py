"""What the classifier does with one event, minus the Kafka I/O (service.py does that)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from prometheus_client import Counter

from ..core.classifier import Classifier
from ..core.clustering import Report
from ..core.deadletter import DeadLetter, dead_letter
from ..core.decode import DEFAULT_MAX_DEPTH, DEFAULT_MAX_FIELD_CHARS, Rejection, decode_article
from ..core.models import MAX_BODY_CHARS, ClassificationResult
from ..metrics import ClassificationOutcome, Metrics, Stage
from .dedup import SeenArticles


@dataclass(frozen=True, slots=True)
class EventRef:
    """Where an event came from: the DLQ record names it so it can be found and replayed."""

    topic: str
    partition: int
    offset: int
    key: bytes | None


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An article id this process has already finished: nothing to do (see dedup.py)."""

    article_id: str


@dataclass(slots=True)
class ClassifierStage:
    classifier: Classifier
    metrics: Metrics
    max_event_bytes: int
    max_body_chars: int = MAX_BODY_CHARS
    max_json_depth: int = DEFAULT_MAX_DEPTH
    max_field_chars: int = DEFAULT_MAX_FIELD_CHARS
    # The producer's request limit: a larger DLQ record keeps only a prefix of the original.
    max_dead_letter_bytes: int | None = None
    seen: SeenArticles = field(default_factory=SeenArticles)
    clock: Callable[[], float] = time.monotonic
    duplicates: Counter = field(init=False)
    # Metric children looked up once: `labels()` costs about as much as the observation.
    _decode_seconds: Any = field(init=False)
    _classify_stage_seconds: Any = field(init=False)
    _outcomes: dict[ClassificationOutcome, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.duplicates = Counter(
            "jointwatch_articles_duplicate",
            "Articles skipped because this worker already processed their id",
            registry=self.metrics.registry,
        )
        stage_seconds = self.metrics.stage_seconds
        self._decode_seconds = stage_seconds.labels(stage=Stage.DECODE.value)
        self._classify_stage_seconds = stage_seconds.labels(stage=Stage.CLASSIFY.value)
        self._outcomes = {
            outcome: self.metrics.classifications.labels(result=outcome.value)
            for outcome in ClassificationOutcome
        }

    def remember(self, article_id: str) -> None:
        """Call once the article's output is sent (the pipeline stops, committing nothing after
        it, if that send fails): later copies are skipped."""
        self.seen.remember(article_id, self.clock())

    def process(
        self, value: bytes | None, ref: EventRef, *, now: datetime
    ) -> DeadLetter | Duplicate | Report | ClassificationResult:
        """A DeadLetter for bad input, a Duplicate for an article already done, a Report to
        cluster for joint activity, else the result (a result needs no acknowledgement, so
        its id is remembered at once; a Report's id is remembered by `remember`)."""
        self.metrics.articles_consumed.inc()
        started = time.perf_counter()
        decoded = decode_article(
            value,
            max_bytes=self.max_event_bytes,
            max_body_chars=self.max_body_chars,
            max_depth=self.max_json_depth,
            max_field_chars=self.max_field_chars,
        )
        self._decode_seconds.observe(time.perf_counter() - started)
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
                max_bytes=self.max_dead_letter_bytes,
            )
        if self.seen.seen(decoded.id, self.clock()):
            self.duplicates.inc()
            return Duplicate(decoded.id)
        started = time.perf_counter()
        result = self.classifier.classify(decoded)
        elapsed = time.perf_counter() - started
        self.metrics.classify_seconds.observe(elapsed)
        self._classify_stage_seconds.observe(elapsed)
        self.metrics.score.observe(result.score)
        if result.joint_military_activity:
            outcome = ClassificationOutcome.JOINT
        elif result.tense == "planned":
            outcome = ClassificationOutcome.PLANNED
        else:
            outcome = ClassificationOutcome.NOT_JOINT
        self._outcomes[outcome].inc()
        if outcome is not ClassificationOutcome.JOINT:
            self.remember(decoded.id)
            return result
        return Report(
            result=result,
            title=decoded.title,
            source=decoded.source,
            url=decoded.url,
            published_at=decoded.published_at,
            received_at=now,
        )
