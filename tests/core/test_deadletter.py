import base64
import hashlib
import json
from datetime import UTC, datetime

from jointwatch.core.deadletter import HEADER_REASON, dead_letter
from jointwatch.metrics import RejectReason

NOW = datetime(2024, 7, 25, tzinfo=UTC)


def make(original: bytes):
    return dead_letter(
        reason=RejectReason.NOT_UTF8,
        detail="not UTF-8 at byte 0",
        original=original,
        key=b"k1",
        topic="articles",
        partition=2,
        offset=41,
        now=NOW,
    )


def test_reason_is_in_a_header_and_in_the_body():
    letter = make(b"\xff\xfe")
    headers = dict(letter.headers)
    body = json.loads(letter.value)
    assert headers[HEADER_REASON] == b"not_utf8"
    assert body["reason"] == "not_utf8"
    assert body["source"] == {"topic": "articles", "partition": 2, "offset": 41}
    assert letter.key == b"k1"


def test_original_bytes_are_kept_exactly_even_when_not_utf8():
    raw = b"\xff\xfe\x00abc"
    body = json.loads(make(raw).value)
    assert body["original_encoding"] == "base64"
    assert base64.b64decode(body["original"]) == raw
    assert body["original_sha256"] == hashlib.sha256(raw).hexdigest()
    assert body["original_size"] == len(raw)


def test_utf8_original_is_kept_as_text():
    body = json.loads(make(b'{"id": 1}').value)
    assert body["original_encoding"] == "utf-8"
    assert body["original"] == '{"id": 1}'
