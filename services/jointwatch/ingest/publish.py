"""Validate Article JSON Lines and publish them to the articles topic, keyed by article id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaProducer
from rich.progress import Progress

from ..core.decode import Rejection, decode_article
from ..core.models import MAX_BODY_CHARS, Article

MAX_LINE_BYTES = MAX_BODY_CHARS * 4 + 100_000


@dataclass
class PublishReport:
    sent: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)


def read_articles(lines: Iterable[bytes]) -> Iterator[tuple[int, Article | Rejection]]:
    """Yield (line number, Article or Rejection) for every non-blank line."""
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        yield number, decode_article(stripped, max_bytes=MAX_LINE_BYTES)


def publish_file(
    path: Path,
    *,
    bootstrap: str,
    topic: str,
    show_progress: bool = True,
    client_config: Mapping[str, Any] | None = None,
) -> PublishReport:
    report = PublishReport()
    producer = KafkaProducer(
        bootstrap_servers=bootstrap.split(","),
        acks="all",
        linger_ms=5,
        max_request_size=8 * 1024 * 1024,
        client_id="jointwatch-publish",
        **dict(client_config or {}),
    )
    total = path.stat().st_size
    try:
        with path.open("rb") as fh, Progress(disable=not show_progress, transient=True) as progress:
            task = progress.add_task(f"publishing {path.name}", total=total)
            futures = []
            for number, item in read_articles(_counting(fh, progress, task)):
                if isinstance(item, Rejection):
                    report.rejected.append((number, f"{item.reason.value}: {item.detail}"))
                    continue
                value = item.model_dump_json(exclude_none=True).encode()
                futures.append(producer.send(topic, key=item.id.encode(), value=value))
            producer.flush()
            for fut in futures:
                fut.get(timeout=30)  # raises if the broker refused it
                report.sent += 1
    finally:
        producer.close()
    return report


def _counting(fh: Iterable[bytes], progress: Progress, task: object) -> Iterator[bytes]:
    for line in fh:
        progress.advance(task, len(line))  # type: ignore[arg-type]
        yield line
