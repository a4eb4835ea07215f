import json

import pytest

from jointwatch.core.decode import Rejection, decode_article
from jointwatch.core.models import Article
from jointwatch.metrics import RejectReason

LIMIT = 10_000


def reason(raw: bytes | None) -> RejectReason:
    out = decode_article(raw, max_bytes=LIMIT)
    assert isinstance(out, Rejection), out
    assert out.detail
    return out.reason


def test_valid_article_decodes_with_defaults():
    out = decode_article(b'{"id": "a1", "body": "text"}', max_bytes=LIMIT)
    assert isinstance(out, Article)
    assert out.language == "en"


def test_unknown_fields_are_ignored():
    out = decode_article(b'{"id": "a1", "body": "text", "extra": 1}', max_bytes=LIMIT)
    assert isinstance(out, Article)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, RejectReason.NOT_JSON),
        (b"\xff\xfe", RejectReason.NOT_UTF8),
        (b"{not json", RejectReason.NOT_JSON),
        (b"[" * 5000 + b"]" * 5000, RejectReason.NOT_JSON),
        (b'"a string"', RejectReason.NOT_AN_OBJECT),
        (b"[1, 2]", RejectReason.NOT_AN_OBJECT),
        (b'{"id": "x"}', RejectReason.INVALID_ARTICLE),
        (b'{"id": 5, "body": "b"}', RejectReason.INVALID_ARTICLE),
        (b'{"id": "", "body": "b"}', RejectReason.INVALID_ARTICLE),
        (b'{"id": "a\\u0000b", "body": "b"}', RejectReason.INVALID_ARTICLE),
        (b'{"id": "a", "body": ""}', RejectReason.INVALID_ARTICLE),
        (
            b'{"id": "a", "body": "b", "published_at": "2024-07-25T10:00:00"}',
            RejectReason.INVALID_ARTICLE,
        ),
        (b'{"id": "a", "body": "b", "url": "not a url"}', RejectReason.INVALID_ARTICLE),
        (b'{"id": "a", "body": "b", "language": "english!"}', RejectReason.INVALID_ARTICLE),
        (json.dumps({"id": "a" * 201, "body": "b"}).encode(), RejectReason.INVALID_ARTICLE),
        (json.dumps({"id": "a", "body": "b" * LIMIT}).encode(), RejectReason.TOO_LARGE),
    ],
)
def test_bad_input_is_rejected_with_a_reason(raw, expected):
    assert reason(raw) is expected


def test_rejection_detail_names_the_field():
    out = decode_article(b'{"id": "x"}', max_bytes=LIMIT)
    assert isinstance(out, Rejection)
    assert "body" in out.detail
