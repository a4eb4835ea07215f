"""Turn the raw bytes of an articles-topic event into an Article, or a Rejection with a reason.

The reason is a bounded enum (a metric label and a DLQ header); the detail is for people.
Nothing here touches Kafka: the classifier service writes rejections to the dead-letter topic.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from ..metrics import RejectReason
from .models import Article


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: RejectReason
    detail: str


def _first_error(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "article"
        parts.append(f"{where}: {err['msg']}")
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def decode_article(raw: bytes | None, *, max_bytes: int) -> Article | Rejection:
    """Decode one event value. Never raises for bad input."""
    if raw is None:
        return Rejection(RejectReason.NOT_JSON, "event has no value (tombstone)")
    if len(raw) > max_bytes:
        return Rejection(
            RejectReason.TOO_LARGE, f"event is {len(raw)} bytes; the limit is {max_bytes}"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(RejectReason.NOT_UTF8, f"not UTF-8 at byte {exc.start}")
    try:
        return Article.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":
            return Rejection(RejectReason.NOT_JSON, f"not JSON: {first['msg']}")
        if first["type"] == "model_type" and not first["loc"]:
            return Rejection(RejectReason.NOT_AN_OBJECT, "JSON value is not an object")
        return Rejection(RejectReason.INVALID_ARTICLE, f"not an Article v1: {_first_error(exc)}")
