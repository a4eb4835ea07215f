"""Every hostile event in the catalogue, thrown at a running pipeline on the real broker: each lands
on the DLQ with its original bytes and its reason, events too large to republish arrive truncated
with their size and digest, and the service stays healthy and keeps alerting."""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter

import pytest

from jointwatch.core.decode import DecodeLimits

from ..hostile_events import hostile_events, valid_but_unusual
from .conftest import Topics, produce, read_topic
from .test_pipeline import seed_event

pytestmark = [pytest.mark.integration, pytest.mark.slow]

LIMITS = DecodeLimits(max_bytes=50_000, max_body_chars=20_000, max_depth=16, max_field_chars=2_000)
PRODUCER_LIMIT = 262_144


def original_of(body: dict) -> bytes:
    if body["original_encoding"] == "base64":
        return base64.b64decode(body["original"])
    return body["original"].encode("utf-8")


def test_every_hostile_event_lands_on_the_dlq_with_its_reason_and_the_service_keeps_going(
    broker, start_worker, seed_text
):
    topics = Topics.unique()
    worker = start_worker(
        {
            **topics.env(),
            "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
            "JOINTWATCH_MAX_EVENT_BYTES": str(LIMITS.max_bytes),
            "JOINTWATCH_MAX_BODY_CHARS": str(LIMITS.max_body_chars),
            "JOINTWATCH_MAX_JSON_DEPTH": str(LIMITS.max_depth),
            "JOINTWATCH_MAX_FIELD_CHARS": str(LIMITS.max_field_chars),
            "JOINTWATCH_PRODUCER_MAX_REQUEST_BYTES": str(PRODUCER_LIMIT),
        }
    )
    worker.wait_healthy()

    hostile = hostile_events(LIMITS)
    huge_text = b'{"id": "huge", "body": "' + b"a" * 2_000_000 + b'"}'
    huge_binary = b"\xff" * 1_500_000
    expected: dict[bytes, tuple[bytes | None, str]] = {
        f"h-{i:03d}".encode(): (h.raw, h.reason.value) for i, h in enumerate(hostile)
    }
    expected[b"huge-text"] = (huge_text, "too_large")
    expected[b"huge-binary"] = (huge_binary, "too_large")
    valid = [(f"v-{i}".encode(), raw) for i, (_, raw) in enumerate(valid_but_unusual())]

    items: list[tuple[bytes | None, bytes | None]] = [
        (key, raw) for key, (raw, _) in expected.items()
    ]
    items[len(items) // 2 : len(items) // 2] = valid  # valid events in the middle of it all
    items.append((b"seed-1", seed_event(seed_text)))
    produce(broker.bootstrap, topics.articles, items)  # type: ignore[arg-type]

    alerts = read_topic(broker.bootstrap, topics.alerts, expect=1)
    assert len(alerts) == 1, worker.log()
    assert json.loads(alerts[0].value)["article_ids"] == ["seed-1"]

    dead = read_topic(broker.bootstrap, topics.dlq, expect=len(expected), timeout=90)
    assert len(dead) == len(expected), worker.log()
    got = {}
    for record in dead:
        headers = dict(record.headers)
        body = json.loads(record.value)
        raw, reason = expected[record.key]
        original = raw or b""
        got[record.key] = body["reason"]
        assert headers["jointwatch-reason"].decode() == body["reason"] == reason, record.key
        assert headers["jointwatch-original-size"] == str(len(original)).encode()
        assert (
            headers["jointwatch-original-sha256"] == hashlib.sha256(original).hexdigest().encode()
        )
        assert len(record.value) <= PRODUCER_LIMIT
        if body["original_truncated"]:
            assert headers["jointwatch-truncated"] == b"true"
            assert original.startswith(original_of(body))
        else:
            assert original_of(body) == original, record.key
    assert set(got) == set(expected)
    truncated = {r.key for r in dead if json.loads(r.value)["original_truncated"]}
    assert {b"huge-text", b"huge-binary"} <= truncated

    counts = Counter(reason for _, reason in expected.values())
    for reason, n in counts.items():
        assert worker.metric("jointwatch_articles_rejected_total", reason=reason) == n, reason
    assert worker.metric("jointwatch_dlq_published_total") == len(expected)
    assert worker.metric("jointwatch_articles_consumed_total") == len(items)
    assert worker.health()[0] == 200
    assert worker.stop() == 0
