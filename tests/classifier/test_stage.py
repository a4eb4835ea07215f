import json
from datetime import UTC, datetime

from jointwatch.classifier.dedup import SeenArticles
from jointwatch.classifier.stage import ClassifierStage, Duplicate, EventRef
from jointwatch.core.classifier import Classifier
from jointwatch.core.clustering import Report
from jointwatch.core.deadletter import DeadLetter
from jointwatch.core.knowledge import default_knowledge
from jointwatch.core.models import ClassificationResult
from jointwatch.metrics import Metrics

NOW = datetime(2024, 7, 25, tzinfo=UTC)
REF = EventRef("articles", 0, 1, b"k")
JOINT = json.dumps(
    {
        "id": "j1",
        "body": "Russian and Chinese strategic bombers flew a joint patrol over the "
        "Sea of Japan on Tuesday, the Russian defence ministry said.",
    }
).encode()
QUIET = json.dumps({"id": "q1", "body": "The council approved the park budget."}).encode()


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def stage(clock: Clock | None = None, **kw) -> ClassifierStage:
    return ClassifierStage(
        classifier=Classifier(default_knowledge()),
        metrics=Metrics.create(),
        max_event_bytes=50_000,
        clock=clock or Clock(),
        **kw,
    )


def test_a_joint_article_is_processed_again_until_its_report_is_acknowledged():
    s = stage()
    assert isinstance(s.process(JOINT, REF, now=NOW), Report)
    assert isinstance(s.process(JOINT, REF, now=NOW), Report)  # not acknowledged: redo
    s.remember("j1")
    assert s.process(JOINT, REF, now=NOW) == Duplicate("j1")
    assert s.duplicates._value.get() == 1


def test_a_quiet_article_is_remembered_at_once():
    s = stage()
    assert isinstance(s.process(QUIET, REF, now=NOW), ClassificationResult)
    assert isinstance(s.process(QUIET, REF, now=NOW), Duplicate)


def test_ids_are_forgotten_after_the_ttl_and_beyond_the_bound():
    clock = Clock()
    s = stage(clock, seen=SeenArticles(ttl_seconds=10, max_ids=2))
    s.process(QUIET, REF, now=NOW)
    clock.now = 11
    assert isinstance(s.process(QUIET, REF, now=NOW), ClassificationResult)
    for i in range(3):
        s.remember(f"x{i}")
    assert len(s.seen) == 2 and not s.seen.seen("q1", clock.now)


def test_rejected_events_are_dead_lettered_within_the_producer_limit():
    s = stage(max_dead_letter_bytes=70_000)
    out = s.process(b"x" * 60_000, REF, now=NOW)
    assert isinstance(out, DeadLetter) and not out.truncated
    out = s.process(b"\xff" * 100_000, REF, now=NOW)
    assert isinstance(out, DeadLetter) and out.truncated and out.size <= 70_000
