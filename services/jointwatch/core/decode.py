"""Turn the raw bytes of an articles-topic event into an Article, or a Rejection with a reason.

Every event is hostile until proven otherwise. The checks, in order (the first failure wins):

1. a value at all (`empty`), within `max_bytes` (`too_large`), valid UTF-8 (`not_utf8`);
2. strict JSON: no NaN/Infinity, no integer too long to convert (`not_json`), no object that
   names a key twice (`duplicate_key`: parsers disagree on which value wins, so a producer and
   jointwatch could read different articles), nesting at most `max_depth` (`too_deep`), an
   object at the top (`not_an_object`);
3. Article v1 (`invalid_article`; a bad `id` is `invalid_id`, an over-long body `too_large`);
4. our own policy: an id that is printable, unpadded text (`invalid_id`: it becomes a Kafka key,
   a log field and part of alert ids); no control characters in body, title, source or url
   (`control_characters`; tab, LF and CR are allowed in body and title); an http(s) url
   (`invalid_article`); a body that is not
   blank (`empty`) and within `max_body_chars`; title, source and url within
   `max_field_chars` (`too_large`).

The reason is a bounded enum (a metric label and a DLQ header); the detail is for people and is
safe to log: it never repeats more than a short, escaped piece of the input.
Nothing here touches Kafka: the classifier service writes rejections to the dead-letter topic.

Cost: the stdlib JSON parser (for the duplicate-key and depth checks) and pydantic's parser both
run, about 10 us for a 3 KB article; the control-character checks a few more. Classification
costs 20 to 50 times as much.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from .models import MAX_BODY_CHARS, Article


class RejectReason(StrEnum):
    """Why an input event went to the dead-letter topic (the rules are below)."""

    EMPTY = "empty"  # no value (tombstone), only whitespace, or a blank body
    TOO_LARGE = "too_large"  # event bytes, body or another field over its configured limit
    NOT_UTF8 = "not_utf8"  # invalid UTF-8, or a lone-surrogate \\u escape
    NOT_JSON = "not_json"  # includes NaN/Infinity and integers too long to convert
    TOO_DEEP = "too_deep"  # JSON nested deeper than JOINTWATCH_MAX_JSON_DEPTH
    DUPLICATE_KEY = "duplicate_key"  # one object names a key twice (parsers disagree which wins)
    NOT_AN_OBJECT = "not_an_object"
    INVALID_ID = "invalid_id"  # too long, blank, padded, control or invisible characters
    CONTROL_CHARACTERS = "control_characters"  # in body, title, source (tab, LF, CR allowed)
    INVALID_ARTICLE = "invalid_article"  # missing field, wrong type, bad url/date/language
    INTERNAL_ERROR = "internal_error"


DEFAULT_MAX_DEPTH = 32
DEFAULT_MAX_FIELD_CHARS = 10_000

# C0 controls except tab, LF and CR; DEL; C1 controls.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Single-line fields: no C0 control at all.
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: RejectReason
    detail: str


@dataclass(frozen=True, slots=True)
class DecodeLimits:
    """The configurable limits (JOINTWATCH_MAX_EVENT_BYTES, _MAX_BODY_CHARS, _MAX_JSON_DEPTH,
    _MAX_FIELD_CHARS)."""

    max_bytes: int = 4_000_000
    max_body_chars: int = MAX_BODY_CHARS
    max_depth: int = DEFAULT_MAX_DEPTH
    max_field_chars: int = DEFAULT_MAX_FIELD_CHARS


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _NonStandardNumber(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


def _no_constants(name: str) -> Any:
    raise _NonStandardNumber(name)


_STRICT_JSON = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants)


def _quote(text: str, limit: int = 40) -> str:
    """A short, escaped excerpt of hostile text, safe for logs and headers."""
    return json.dumps(text[:limit]) + ("..." if len(text) > limit else "")


def _depth_exceeds(value: Any, max_depth: int) -> bool:
    """True when containers nest deeper than `max_depth` (the top-level object is depth 1).
    Iterative: only containers are visited, so a flat article costs a few steps."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return True
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return False


def _first_error(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "article"
        parts.append(f"{where}: {err['msg']}")
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _from_validation_error(exc: ValidationError) -> Rejection:
    first = exc.errors()[0]
    kind, loc = first["type"], first["loc"]
    if kind == "json_invalid":  # pydantic's parser is stricter than the stdlib's in places
        msg = str(first.get("msg", ""))
        if "surrogate" in msg or "hex escape" in msg:  # the stdlib accepted the \\u escape
            return Rejection(RejectReason.NOT_UTF8, "a \\u escape is a lone surrogate")
        if "recursion" in msg:
            return Rejection(RejectReason.TOO_DEEP, "JSON nested too deeply")
        return Rejection(RejectReason.NOT_JSON, f"not JSON: {msg}")
    if kind == "model_type" and not loc:
        return Rejection(RejectReason.NOT_AN_OBJECT, "JSON value is not an object")
    field = loc[0] if loc else None
    if field == "id" and kind != "missing":
        return Rejection(RejectReason.INVALID_ID, f"not an Article v1: {_first_error(exc)}")
    if field == "body" and kind == "string_too_long":
        return Rejection(RejectReason.TOO_LARGE, f"not an Article v1: {_first_error(exc)}")
    if field == "body" and kind == "string_too_short":
        return Rejection(RejectReason.EMPTY, "body is empty")
    return Rejection(RejectReason.INVALID_ARTICLE, f"not an Article v1: {_first_error(exc)}")


# Printable ASCII, and with tab, LF and CR: what ASCII text without control characters is made of.
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))
_PRINTABLE_ASCII_LINES = _PRINTABLE_ASCII + b"\t\n\r"


def _find_control(value: str, pattern: re.Pattern[str], *, lines: bool) -> re.Match[str] | None:
    """The first control character `pattern` finds in `value`. Every control character is
    unprintable: text that is printable (tab, LF and CR as spaces when `lines`) has none. That
    is checked in C, several times faster than the search: for ASCII text (the usual case), by
    deleting the printable bytes, which must leave nothing; else by `str.isprintable`."""
    if value.isascii():
        allowed = _PRINTABLE_ASCII_LINES if lines else _PRINTABLE_ASCII
        if not value.encode("ascii").translate(None, allowed):
            return None
        return pattern.search(value)
    plain = value.replace("\n", " ").replace("\t", " ").replace("\r", " ") if lines else value
    if plain.isprintable():
        return None
    return pattern.search(value)


def _policy(article: Article, *, max_body_chars: int, max_field_chars: int) -> Rejection | None:
    """Our rules on top of the schema."""
    aid = article.id
    if not aid.isprintable() or aid != aid.strip():
        return Rejection(
            RejectReason.INVALID_ID,
            f"id {_quote(aid)} has surrounding spaces, or control or invisible characters",
        )
    body = article.body
    if len(body) > max_body_chars:
        return Rejection(
            RejectReason.TOO_LARGE,
            f"body is {len(body)} characters; the limit is {max_body_chars}",
        )
    if not body.strip():
        return Rejection(RejectReason.EMPTY, "body is blank")
    for name, value, pattern, lines in (
        ("body", body, _CONTROL_IN_TEXT, True),
        ("title", article.title, _CONTROL_IN_TEXT, True),
        ("source", article.source, _CONTROL_IN_LINE, False),
        ("url", article.url, _CONTROL_IN_LINE, False),
    ):
        if value is None:
            continue
        if name != "body" and len(value) > max_field_chars:
            return Rejection(
                RejectReason.TOO_LARGE,
                f"{name} is {len(value)} characters; the limit is {max_field_chars}",
            )
        found = _find_control(value, pattern, lines=lines)
        if found is not None:
            return Rejection(
                RejectReason.CONTROL_CHARACTERS,
                f"{name} has control character U+{ord(found.group()):04X} at {found.start()}",
            )
    if article.url is not None:
        try:
            scheme = urlsplit(article.url).scheme.lower()
        except ValueError:  # e.g. an unbalanced "[" or "]" in the host ("Invalid IPv6 URL")
            return Rejection(RejectReason.INVALID_ARTICLE, "url is not a valid URL")
        if scheme not in ("http", "https"):
            return Rejection(RejectReason.INVALID_ARTICLE, "url must be http:// or https://")
    return None


def decode_article(
    raw: bytes | None,
    *,
    max_bytes: int,
    max_body_chars: int = MAX_BODY_CHARS,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_field_chars: int = DEFAULT_MAX_FIELD_CHARS,
) -> Article | Rejection:
    """Decode one event value. Never raises for bad input."""
    if not raw:
        return Rejection(RejectReason.EMPTY, "event has no value (tombstone or empty)")
    if len(raw) > max_bytes:
        return Rejection(
            RejectReason.TOO_LARGE, f"event is {len(raw)} bytes; the limit is {max_bytes}"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(RejectReason.NOT_UTF8, f"not UTF-8 at byte {exc.start}")
    if text.isspace():
        return Rejection(RejectReason.EMPTY, "event is only whitespace")
    try:
        parsed = _STRICT_JSON.decode(text)
    except _DuplicateKey as exc:
        return Rejection(RejectReason.DUPLICATE_KEY, f"key {_quote(exc.key)} appears twice")
    except _NonStandardNumber as exc:
        return Rejection(RejectReason.NOT_JSON, f"not JSON: {exc} is not a JSON number")
    except RecursionError:
        return Rejection(RejectReason.TOO_DEEP, f"JSON nested deeper than {max_depth}")
    except ValueError as exc:  # JSONDecodeError, and integers too long to convert
        return Rejection(RejectReason.NOT_JSON, f"not JSON: {str(exc)[:200]}")
    if not isinstance(parsed, dict):
        return Rejection(RejectReason.NOT_AN_OBJECT, "JSON value is not an object")
    if _depth_exceeds(parsed, max_depth):
        return Rejection(RejectReason.TOO_DEEP, f"JSON nested deeper than {max_depth}")
    try:
        article = Article.model_validate_json(text)
    except ValidationError as exc:
        return _from_validation_error(exc)
    rejection = _policy(article, max_body_chars=max_body_chars, max_field_chars=max_field_chars)
    return rejection or article
