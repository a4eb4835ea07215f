"""The dead-letter record: the rejected event with the reason in headers and body.

The original is kept whole when the record fits the producer's request limit. An event can be
larger than that (the broker accepted it from a producer with a higher limit): then the record
keeps only the first bytes of the original, and says so (`original_truncated` in the body and
the `jointwatch-truncated` header); `jointwatch-original-size` and `jointwatch-original-sha256`
always describe the whole original, so it can be matched with its source.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from .decode import RejectReason

HEADER_REASON = "jointwatch-reason"
HEADER_DETAIL = "jointwatch-detail"
HEADER_SOURCE = "jointwatch-source"
HEADER_SHA256 = "jointwatch-original-sha256"
HEADER_SIZE = "jointwatch-original-size"
HEADER_TRUNCATED = "jointwatch-truncated"

# Room for the record batch and request framing around key, value and headers.
RECORD_OVERHEAD = 512
# Below this the record is not worth cutting further: reason, source and digest still fit.
MIN_RECORD_BYTES = 4096


@dataclass(frozen=True, slots=True)
class DeadLetter:
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]
    truncated: bool = False
    _rebuild: Callable[[int], DeadLetter] | None = field(default=None, repr=False, compare=False)

    @property
    def size(self) -> int:
        """Bytes this record adds to a produce request (an upper bound)."""
        headers = sum(len(k) + len(v) + 8 for k, v in self.headers)
        return len(self.key or b"") + len(self.value) + headers + RECORD_OVERHEAD

    def fit(self, max_bytes: int) -> DeadLetter:
        """This record, or a copy cut down to at most `max_bytes` by keeping less of the
        original (never less than MIN_RECORD_BYTES)."""
        if self.size <= max_bytes or self._rebuild is None:
            return self
        return self._rebuild(max(max_bytes, MIN_RECORD_BYTES))


def _encode(raw: bytes) -> tuple[str, str]:
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(raw).decode("ascii"), "base64"


def _utf8_prefix(raw: bytes, n: int) -> bytes:
    """The first `n` bytes, minus a multi-byte character cut in half (if the rest is UTF-8)."""
    cut = raw[:n]
    for back in range(4):
        try:
            (cut[: len(cut) - back] if back else cut).decode("utf-8")
        except UnicodeDecodeError:
            continue
        return cut[: len(cut) - back] if back else cut
    return cut


def dead_letter(
    *,
    reason: RejectReason,
    detail: str,
    original: bytes | None,
    key: bytes | None,
    topic: str,
    partition: int,
    offset: int,
    now: datetime,
    max_bytes: int | None = None,
) -> DeadLetter:
    """The DLQ record for one rejected event. With `max_bytes`, the record (key, value and
    headers) is cut to fit: the original is truncated, its size and SHA-256 kept."""
    raw = original or b""
    digest = hashlib.sha256(raw).hexdigest()
    source = f"{topic}/{partition}/{offset}"
    base = {
        "reason": reason.value,
        "detail": detail,
        "source": {"topic": topic, "partition": partition, "offset": offset},
        "key": key.decode("utf-8", "replace") if key is not None else None,
    }
    headers = [
        (HEADER_REASON, reason.value.encode()),
        (HEADER_DETAIL, detail.encode("utf-8")[:1000]),
        (HEADER_SOURCE, source.encode()),
        (HEADER_SHA256, digest.encode()),
        (HEADER_SIZE, str(len(raw)).encode()),
    ]
    rebuild = partial(
        dead_letter,
        reason=reason,
        detail=detail,
        original=original,
        key=key,
        topic=topic,
        partition=partition,
        offset=offset,
        now=now,
    )

    def build(kept: bytes, truncated: bool) -> DeadLetter:
        text, encoding = _encode(kept)
        body = {
            **base,
            "original": text,
            "original_encoding": encoding,
            "original_size": len(raw),
            "original_sha256": digest,
            "original_truncated": truncated,
            "rejected_at": now.isoformat(),
        }
        if truncated:
            body["original_kept_bytes"] = len(kept)
        extra = [(HEADER_TRUNCATED, b"true")] if truncated else []
        return DeadLetter(
            key=key,
            value=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            headers=headers + extra,
            truncated=truncated,
            _rebuild=lambda limit: rebuild(max_bytes=limit),
        )

    letter = build(raw, truncated=False)
    if max_bytes is None or letter.size <= max_bytes:
        return letter
    # Keep a prefix of the original. Escaping grows it by an unknown factor (1 for ASCII, 4/3
    # for base64, 6 for control characters), so scale the prefix by the measured ratio.
    fixed = build(b"", truncated=True).size
    kept = len(raw)
    while True:
        ratio = (max_bytes - fixed) / max(1, letter.size - fixed)
        kept = max(0, min(kept - 1, int(kept * ratio * 0.99)))
        letter = build(_utf8_prefix(raw, kept), truncated=True)
        if letter.size <= max_bytes or kept == 0:
            return letter
