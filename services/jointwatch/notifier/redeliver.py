"""`jointwatch redeliver`: send delivery dead letters again, through the same notifiers.

Reads `alerts.delivery-dlq` with kafka-python (no consumer group: it keeps no position; it
prints where it stopped so the next run can start there), and for each dead letter whose
destination is configured, sends the kept alert again with the same `webhook-id`
(`<alert_id>:<revision>`), so a receiver that already has it can tell. Silences, routes and
dedup are not applied: an operator asked for these. Requests go through the destination's
rate limit and a short retry schedule (`REDELIVER_SCHEDULE`); a delivery that still fails stays
on the topic and is reported.

Each revision of an alert is the whole event as known then, so only the newest revision is worth
sending: a dead letter is skipped as superseded when a newer revision of its alert is on the
alerts topic (the notifier delivered it, or will, or dead-lettered it too) or among the dead
letters for the same destination; so is a second dead letter of a revision this run sends.
`all_revisions` sends every one in topic order instead (receivers that keep a history).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
from kafka import KafkaConsumer, TopicPartition

from ..kafka_security import kafka_python_config
from ..settings import Settings
from .deadletter import DeadDelivery, read_dead_delivery
from .disabled import DisabledStore
from .ratelimit import RateLimitedNotifier
from .registry import destination_specs, open_destination
from .retry import RetryPolicy, deliver
from .routes import load_routes

log = logging.getLogger("jointwatch.notifier")

REDELIVER_SCHEDULE = (0.0, 1.0, 5.0)


@dataclass(frozen=True, slots=True)
class DeadRecord:
    partition: int
    offset: int
    letter: DeadDelivery | None
    problem: str = ""


@dataclass
class RedeliveryReport:
    delivered: list[DeadRecord] = field(default_factory=list)
    failed: list[tuple[DeadRecord, str]] = field(default_factory=list)
    skipped: list[tuple[DeadRecord, str]] = field(default_factory=list)
    next_offsets: dict[int, int] = field(default_factory=dict)


def read_dead_letters(
    bootstrap: str,
    topic: str,
    *,
    partition: int | None = None,
    offset: int | None = None,
    timeout: float = 10.0,
    client_config: Mapping[str, Any] | None = None,
) -> Iterator[DeadRecord]:
    """Every record from `offset` (default: the beginning) up to the end as it is now."""
    for record in _read_to_end(bootstrap, topic, partition, offset, timeout, client_config):
        try:
            yield DeadRecord(record.partition, record.offset, read_dead_delivery(record.value))
        except ValueError as exc:
            yield DeadRecord(record.partition, record.offset, None, str(exc))


def newest_revisions(
    bootstrap: str,
    topic: str,
    alert_ids: Set[str],
    *,
    timeout: float = 10.0,
    client_config: Mapping[str, Any] | None = None,
) -> dict[str, int]:
    """The highest revision of each of `alert_ids` on the alerts topic (keyed by alert id)."""
    newest: dict[str, int] = {}
    if not alert_ids:
        return newest
    for record in _read_to_end(bootstrap, topic, None, None, timeout, client_config):
        alert_id = record.key.decode("utf-8", "replace") if record.key else ""
        if alert_id not in alert_ids:
            continue
        try:
            revision = json.loads(record.value)["revision"]
        except (ValueError, TypeError, KeyError):
            continue  # not an alert: the notifier dead-lettered it as invalid_alert
        if isinstance(revision, int) and revision > newest.get(alert_id, 0):
            newest[alert_id] = revision
    return newest


def superseded(records: Sequence[DeadRecord], newest: Mapping[str, int]) -> dict[int, str]:
    """Why each dead letter not worth sending is skipped, by its index in `records`: an older
    revision than the newest on the alerts topic (`newest`) or among the dead letters for the
    same destination, or a revision that an earlier dead letter already sends."""
    best: dict[tuple[str, str], tuple[int, int]] = {}  # (destination, alert) -> (revision, index)
    for index, record in enumerate(records):
        letter = record.letter
        if letter is None or letter.alert is None:
            continue
        key = (letter.destination, letter.alert.alert_id)
        if key not in best or letter.alert.revision > best[key][0]:
            best[key] = (letter.alert.revision, index)
    skip: dict[int, str] = {}
    for index, record in enumerate(records):
        letter = record.letter
        if letter is None or letter.alert is None:
            continue
        alert = letter.alert
        revision, chosen = best[(letter.destination, alert.alert_id)]
        on_topic = newest.get(alert.alert_id, 0)
        if on_topic > alert.revision:
            skip[index] = f"superseded by revision {on_topic} on the alerts topic"
        elif revision > alert.revision:
            skip[index] = f"superseded by revision {revision}, dead-lettered later"
        elif chosen != index:
            skip[index] = f"revision {revision} is sent once, from offset {records[chosen].offset}"
    return skip


def _read_to_end(
    bootstrap: str,
    topic: str,
    partition: int | None,
    offset: int | None,
    timeout: float,
    client_config: Mapping[str, Any] | None,
) -> Iterator[Any]:
    """Every record of `topic` (or one partition) from `offset` (default: the beginning) up to
    its end as it is now; no consumer group, so no position is kept."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap.split(","),
        enable_auto_commit=False,
        client_id="jointwatch-redeliver",
        **dict(client_config or {}),
    )
    try:
        parts = consumer.partitions_for_topic(topic)
        if not parts:
            return
        wanted = sorted(parts) if partition is None else [partition]
        tps = [TopicPartition(topic, p) for p in wanted if p in parts]
        if not tps:
            return
        consumer.assign(tps)
        ends = consumer.end_offsets(tps)
        for tp in tps:
            if offset is None:
                consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, offset)
        remaining = {tp for tp in tps if consumer.position(tp) < ends[tp]}
        deadline = time.monotonic() + timeout
        while remaining and time.monotonic() < deadline:
            for tp, records in consumer.poll(timeout_ms=500).items():
                for record in records:
                    if record.offset >= ends[tp]:
                        continue
                    deadline = time.monotonic() + timeout
                    yield record
                if consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        consumer.close()


async def redeliver(
    records: Sequence[DeadRecord],
    settings: Settings,
    *,
    only: str | None = None,
    dry_run: bool = False,
    all_revisions: bool = False,
    newest: Mapping[str, int] | None = None,
    policy: RetryPolicy | None = None,
    on_result: Callable[[DeadRecord, str, str], None] = lambda record, status, detail: None,
) -> RedeliveryReport:
    """Send each dead letter to its destination again, in topic order; unless `all_revisions`,
    only the newest revision of each alert (`newest`: the alerts topic's, see `superseded`)."""
    policy = policy or RetryPolicy(schedule=REDELIVER_SCHEDULE, max_retry_after=60.0)
    specs = {
        spec.name: spec for spec in destination_specs(settings, load_routes(settings.routes_file))
    }
    report = RedeliveryReport()
    switch = DisabledStore(settings.disabled_path())
    async with aiohttp.ClientSession() as session:
        destinations = {
            name: open_destination(
                spec, session, timeout=settings.http_timeout, max_hold=60.0, switch=switch
            )
            for name, spec in specs.items()
        }
        for record in records:
            report.next_offsets[record.partition] = record.offset + 1
        if only is not None:
            records = [r for r in records if r.letter is None or r.letter.destination == only]
        skip = {} if all_revisions else superseded(records, newest or {})
        for index, record in enumerate(records):
            letter = record.letter
            if letter is None:
                report.skipped.append((record, record.problem))
                on_result(record, "skipped", record.problem)
                continue
            if index in skip:
                report.skipped.append((record, skip[index]))
                on_result(record, "skipped", skip[index])
                continue
            if letter.alert is None:
                why = f"no alert to send ({letter.reason.value})"
                report.skipped.append((record, why))
                on_result(record, "skipped", why)
                continue
            destination = destinations.get(letter.destination)
            if destination is None:
                why = f"destination {letter.destination!r} is not configured here"
                report.skipped.append((record, why))
                on_result(record, "skipped", why)
                continue
            if destination.disabled:
                why = (
                    f"destination {destination.name} is disabled ({destination.disabled_because}); "
                    f"`jointwatch destination enable {destination.name}` first"
                )
                report.skipped.append((record, why))
                on_result(record, "skipped", why)
                continue
            if dry_run:
                on_result(record, "would send", f"to {letter.destination}")
                continue
            sender = RateLimitedNotifier(destination.notifier, destination.limiter)
            result = await deliver(sender, letter.alert, policy)
            if result.disable:
                destination.disable(result.reason, now=datetime.now(UTC))
            if result.ok:
                report.delivered.append(record)
                on_result(record, "delivered", f"to {letter.destination} ({result.reason})")
            else:
                report.failed.append((record, result.reason))
                on_result(record, "failed", f"to {letter.destination}: {result.reason}")
    return report


def run_redeliver(
    settings: Settings,
    *,
    only: str | None,
    partition: int | None,
    offset: int | None,
    dry_run: bool,
    all_revisions: bool = False,
    on_result: Callable[[DeadRecord, str, str], None],
) -> RedeliveryReport:
    client_config = kafka_python_config(settings)
    records = list(
        read_dead_letters(
            settings.bootstrap(),
            settings.topic_delivery_dlq,
            partition=partition,
            offset=offset,
            client_config=client_config,
        )
    )
    alert_ids = {r.letter.alert.alert_id for r in records if r.letter and r.letter.alert}
    newest = (
        {}
        if all_revisions
        else newest_revisions(
            settings.bootstrap(), settings.topic_alerts, alert_ids, client_config=client_config
        )
    )
    return asyncio.run(
        redeliver(
            records,
            settings,
            only=only,
            dry_run=dry_run,
            all_revisions=all_revisions,
            newest=newest,
            on_result=on_result,
        )
    )
