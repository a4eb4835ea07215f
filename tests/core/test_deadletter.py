import base64
import hashlib
import json
from datetime import UTC, datetime

import pytest

from jointwatch.core.deadletter import (
    HEADER_REASON,
    HEADER_SHA256,
    HEADER_SIZE,
    HEADER_TRUNCATED,
    MIN_RECORD_BYTES,
    dead_letter,
)
from jointwatch.core.decode import RejectReason

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


def make_big(original: bytes, max_bytes: int | None):
    return dead_letter(
        reason=RejectReason.TOO_LARGE,
        detail="event is large",
        original=original,
        key=b"big",
        topic="articles",
        partition=0,
        offset=7,
        now=NOW,
        max_bytes=max_bytes,
    )


def test_a_record_that_fits_keeps_the_whole_original_and_says_so():
    letter = make_big(b"x" * 1000, max_bytes=100_000)
    body = json.loads(letter.value)
    assert not letter.truncated and body["original_truncated"] is False
    assert HEADER_TRUNCATED not in dict(letter.headers)


@pytest.mark.parametrize(
    "original",
    [
        b'{"id": "a", "body": "' + b"a" * 3_000_000 + b'"}',
        "ж".encode() * 1_000_000,  # multi-byte: never cut inside a character
        b"\x01" * 1_000_000,  # escapes to six bytes each in JSON
        b"\xff" * 1_000_000,  # not UTF-8: base64
    ],
    ids=["ascii", "cyrillic", "controls", "binary"],
)
def test_an_oversized_record_is_cut_to_fit_with_the_whole_originals_size_and_digest(original):
    limit = 1_000_000
    letter = make_big(original, max_bytes=limit)
    assert letter.truncated and letter.size <= limit
    assert letter.size > limit * 0.7  # keeps as much as fits
    headers = dict(letter.headers)
    assert headers[HEADER_TRUNCATED] == b"true"
    assert headers[HEADER_SIZE] == str(len(original)).encode()
    assert headers[HEADER_SHA256] == hashlib.sha256(original).hexdigest().encode()
    body = json.loads(letter.value)
    assert body["original_truncated"] is True
    assert body["original_size"] == len(original)
    kept = (
        base64.b64decode(body["original"])
        if body["original_encoding"] == "base64"
        else body["original"].encode()
    )
    assert original.startswith(kept) and len(kept) == body["original_kept_bytes"]


def test_fit_cuts_an_existing_record_further():
    letter = make_big(b"y" * 500_000, max_bytes=None)
    assert not letter.truncated
    smaller = letter.fit(100_000)
    assert smaller.truncated and smaller.size <= 100_000
    assert smaller.fit(1).size <= 2 * MIN_RECORD_BYTES  # a floor: reason and digest stay
