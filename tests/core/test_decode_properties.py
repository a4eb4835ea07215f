"""Property-based tests of the decoder: whatever the bytes, it answers, and never lies."""

from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jointwatch.core.decode import DecodeLimits, Rejection, RejectReason, decode_article
from jointwatch.core.models import Article

LIMITS = DecodeLimits(max_bytes=20_000, max_body_chars=5_000, max_depth=6, max_field_chars=300)
FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def decode(raw: bytes | None) -> Article | Rejection:
    return decode_article(
        raw,
        max_bytes=LIMITS.max_bytes,
        max_body_chars=LIMITS.max_body_chars,
        max_depth=LIMITS.max_depth,
        max_field_chars=LIMITS.max_field_chars,
    )


def assert_well_formed(out: Article | Rejection) -> None:
    if isinstance(out, Rejection):
        assert out.reason in RejectReason and out.reason is not RejectReason.INTERNAL_ERROR
        assert out.detail and out.detail.isprintable() and len(out.detail) < 600
    else:
        assert isinstance(out, Article)
        assert out.id.isprintable() and out.id == out.id.strip()
        assert out.body.strip() and len(out.body) <= LIMITS.max_body_chars


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
printable_id = st.text(
    alphabet=st.characters(categories=["L", "N", "P", "S"]), min_size=1, max_size=200
)
clean_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cc", "Cs"]) | st.sampled_from("\t\n\r"),
    min_size=1,
    max_size=2_000,
).filter(lambda s: s.strip())
article_dicts = st.fixed_dictionaries(
    {"id": printable_id, "body": clean_text},
    optional={
        "title": st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"]), max_size=200),
        "source": st.text(alphabet=string.ascii_letters + " -", max_size=50),
        "language": st.sampled_from(["en", "ru", "zh-Hans", "pt-BR"]),
        "published_at": st.sampled_from(["2024-07-25T10:00:00Z", "2024-07-25T10:00:00+09:00"]),
        "url": st.sampled_from(["https://example.org/a", "http://127.0.0.1/x?y=1"]),
    },
)


@FAST
@given(st.binary(max_size=4_000))
@example(b"\x00")
@example(b"{" * 10_000)
@example(b'{"id":"a","body":"b","id":"c"}')
def test_any_bytes_get_an_answer_never_an_exception(raw):
    assert_well_formed(decode(raw))


@FAST
@given(json_values)
def test_any_json_value_gets_an_answer(value):
    out = decode(json.dumps(value).encode())
    assert_well_formed(out)
    if not isinstance(value, dict):
        assert isinstance(out, Rejection) and out.reason is RejectReason.NOT_AN_OBJECT


@FAST
@given(article_dicts, st.booleans())
def test_valid_articles_round_trip_whatever_the_escaping(fields, ensure_ascii):
    out = decode(json.dumps(fields, ensure_ascii=ensure_ascii).encode())
    assert isinstance(out, Article), out
    assert out.id == fields["id"] and out.body == fields["body"]
    assert out.title == fields.get("title")


@FAST
@given(article_dicts, st.sampled_from(["id", "body", "title", "url", "language"]), json_values)
def test_any_field_replaced_by_any_json_value_is_handled(fields, name, value):
    assert_well_formed(decode(json.dumps({**fields, name: value}).encode()))


@FAST
@given(article_dicts, st.data())
def test_a_key_written_twice_is_always_a_duplicate_key(fields, data):
    key = data.draw(st.sampled_from(sorted(fields)))
    text = json.dumps(fields)
    raw = (text[:-1] + f", {json.dumps(key)}: {json.dumps(fields[key])}}}").encode()
    out = decode(raw)
    assert isinstance(out, Rejection) and out.reason is RejectReason.DUPLICATE_KEY


@FAST
@given(
    article_dicts,
    st.sampled_from([chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), *range(127, 160)]]),
    st.data(),
)
def test_a_control_character_anywhere_in_the_body_is_found(fields, control, data):
    body = fields["body"]
    at = data.draw(st.integers(0, len(body)))
    raw = json.dumps({**fields, "body": body[:at] + control + body[at:]}).encode()
    out = decode(raw)
    assert isinstance(out, Rejection) and out.reason is RejectReason.CONTROL_CHARACTERS


@FAST
@given(article_dicts, st.integers(LIMITS.max_depth + 1, 200))
def test_nesting_past_the_limit_is_too_deep(fields, depth):
    nested = '{"a":' * depth + "1" + "}" * depth
    raw = json.dumps(fields)[:-1] + f', "meta": {nested}}}'
    out = decode(raw.encode())
    assert isinstance(out, Rejection) and out.reason is RejectReason.TOO_DEEP


@FAST
@given(article_dicts, st.binary(min_size=1, max_size=8), st.data())
def test_corrupting_bytes_never_crashes(fields, junk, data):
    raw = json.dumps(fields, ensure_ascii=False).encode()
    at = data.draw(st.integers(0, len(raw)))
    assert_well_formed(decode(raw[:at] + junk + raw[at + len(junk) :]))
