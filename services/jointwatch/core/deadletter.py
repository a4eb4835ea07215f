"""The dead-letter record: the rejected event, kept whole, with the reason in headers and body."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from ..metrics import RejectReason

HEADER_REASON = "jointwatch-reason"
HEADER_DETAIL = "jointwatch-detail"
HEADER_SOURCE = "jointwatch-source"
HEADER_SHA256 = "jointwatch-original-sha256"
HEADER_SIZE = "jointwatch-original-size"


@dataclass(frozen=True, slots=True)
class DeadLetter:
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]


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
) -> DeadLetter:
    raw = original or b""
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(raw).decode("ascii"), "base64"
    source = f"{topic}/{partition}/{offset}"
    digest = hashlib.sha256(raw).hexdigest()
    body = {
        "reason": reason.value,
        "detail": detail,
        "source": {"topic": topic, "partition": partition, "offset": offset},
        "key": key.decode("utf-8", "replace") if key is not None else None,
        "original": text,
        "original_encoding": encoding,
        "original_size": len(raw),
        "original_sha256": digest,
        "rejected_at": now.isoformat(),
    }
    headers = [
        (HEADER_REASON, reason.value.encode()),
        (HEADER_DETAIL, detail.encode("utf-8")[:1000]),
        (HEADER_SOURCE, source.encode()),
        (HEADER_SHA256, digest.encode()),
        (HEADER_SIZE, str(len(raw)).encode()),
    ]
    return DeadLetter(key=key, value=json.dumps(body).encode("utf-8"), headers=headers)
