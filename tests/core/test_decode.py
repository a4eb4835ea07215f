import json

import pytest

from jointwatch.core.decode import DecodeLimits, Rejection, RejectReason, decode_article
from jointwatch.core.models import Article

from ..hostile_events import hostile_events, valid_but_unusual

LIMITS = DecodeLimits(max_bytes=50_000, max_body_chars=20_000, max_depth=8, max_field_chars=500)
CASES = [(LIMITS, h) for h in hostile_events(LIMITS)] + [
    (DecodeLimits(), h) for h in hostile_events(DecodeLimits())
]


def decode(raw: bytes | None, limits: DecodeLimits = LIMITS) -> Article | Rejection:
    return decode_article(
        raw,
        max_bytes=limits.max_bytes,
        max_body_chars=limits.max_body_chars,
        max_depth=limits.max_depth,
        max_field_chars=limits.max_field_chars,
    )


def test_valid_article_decodes_with_defaults():
    out = decode(b'{"id": "a1", "body": "text"}')
    assert isinstance(out, Article)
    assert out.language == "en"


@pytest.mark.parametrize(("name", "raw"), valid_but_unusual(), ids=lambda v: str(v)[:30])
def test_unusual_but_valid_events_are_accepted(name, raw):
    assert isinstance(decode(raw), Article), name


@pytest.mark.parametrize(
    ("limits", "event"), CASES, ids=[f"{h.name}-{lim.max_bytes}" for lim, h in CASES]
)
def test_hostile_event_is_rejected_with_its_reason_and_a_safe_detail(limits, event):
    out = decode(event.raw, limits)
    assert isinstance(out, Rejection), out
    assert out.reason is event.reason, out.detail
    assert out.detail and out.detail.isprintable() and len(out.detail) < 600


def test_every_reason_but_internal_error_has_a_hostile_example():
    covered = {h.reason for _, h in CASES}
    assert covered == set(RejectReason) - {RejectReason.INTERNAL_ERROR}


def test_rejection_detail_names_the_field():
    out = decode(b'{"id": "x"}')
    assert isinstance(out, Rejection)
    assert "body" in out.detail


def test_depth_limit_is_configuration():
    raw = b'{"id": "a", "body": "b", "meta": {"x": {"y": [1]}}}'
    assert isinstance(decode(raw, DecodeLimits(max_depth=4)), Article)
    out = decode(raw, DecodeLimits(max_depth=3))
    assert isinstance(out, Rejection) and out.reason is RejectReason.TOO_DEEP


def test_body_limit_is_configuration():
    raw = json.dumps({"id": "a", "body": "b" * 100}).encode()
    assert isinstance(decode(raw, DecodeLimits(max_body_chars=100)), Article)
    out = decode(raw, DecodeLimits(max_body_chars=99))
    assert isinstance(out, Rejection) and out.reason is RejectReason.TOO_LARGE


def test_duplicate_key_detail_quotes_the_key_escaped():
    out = decode(b'{"id": "a", "body": "b", "k\\nINFO x": 1, "k\\nINFO x": 2}')
    assert isinstance(out, Rejection) and out.reason is RejectReason.DUPLICATE_KEY
    assert "\n" not in out.detail and "\\n" in out.detail


@pytest.mark.parametrize("field", ["body", "title", "source"])
def test_every_ascii_control_character_is_found_and_nothing_else(field):
    # ASCII text is checked by deleting its printable bytes, other text by str.isprintable
    allowed = {"\t", "\n", "\r"} if field in ("body", "title") else set()
    for code in range(128):
        for tail in ("", "é"):
            value = f"a{chr(code)}b{tail}"
            out = decode(json.dumps({"id": "a", "body": "text", field: value}).encode())
            if (code < 0x20 and chr(code) not in allowed) or code == 0x7F:
                assert isinstance(out, Rejection), (field, code, tail)
                assert out.reason is RejectReason.CONTROL_CHARACTERS
                assert out.detail == f"{field} has control character U+{code:04X} at 1"
            else:
                assert isinstance(out, Article), (field, code, tail, out)


def test_control_characters_are_found_in_bodies_escaped_either_way():
    for ensure_ascii in (True, False):
        raw = json.dumps({"id": "a", "body": "x\u0000y"}, ensure_ascii=ensure_ascii).encode()
        out = decode(raw)
        assert isinstance(out, Rejection) and out.reason is RejectReason.CONTROL_CHARACTERS
