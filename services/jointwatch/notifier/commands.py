"""The notifier's commands: `jointwatch silence add|list|expire`, `jointwatch destination
list|enable` and `jointwatch redeliver`."""

from __future__ import annotations

import argparse
import getpass
import json
from datetime import UTC, datetime
from typing import Any

from rich.console import Console
from rich.table import Table


def add_notifier_commands(sub: Any) -> None:
    """Register the commands on the `jointwatch` sub-parser set."""
    p = sub.add_parser("silence", help="silence alerts: add, list, expire")
    silence = p.add_subparsers(dest="silence_command", required=True)

    q = silence.add_parser(
        "add",
        help="add a silence",
        description="Matchers: FIELD=VALUE, FIELD!=VALUE, FIELD=~REGEX, FIELD!~REGEX; fields: "
        "alert_id, state, states, activity, severity, area, domain, destination, channel. "
        "A revision is silenced when every matcher matches.",
    )
    q.add_argument("matchers", nargs="+", metavar="MATCHER", help="e.g. state=CHN")
    q.add_argument("--duration", default="1h", help="how long, e.g. 90m, 12h, 7d (default 1h)")
    q.add_argument("--until", help="end time (RFC 3339), instead of --duration")
    q.add_argument("--comment", default="", help="why (shown by `silence list`)")
    q.add_argument("--author", default=None, help="who (default: the login name)")
    q.set_defaults(func=cmd_silence_add)

    q = silence.add_parser("list", help="list active silences")
    q.add_argument("--all", action="store_true", help="include expired and future ones")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_silence_list)

    q = silence.add_parser("expire", help="end silences now")
    q.add_argument("ids", nargs="+", metavar="ID")
    q.set_defaults(func=cmd_silence_expire)

    p = sub.add_parser("destination", help="destinations: list them, enable one disabled by a 410")
    destination = p.add_subparsers(dest="destination_command", required=True)
    q = destination.add_parser("list", help="configured destinations and whether they are disabled")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_destination_list)
    q = destination.add_parser(
        "enable",
        help="enable a destination disabled by a 410 Gone",
        description="Removes the destination from JOINTWATCH_DISABLED_FILE; running notifiers "
        "send to it again within about a second. Send what was dead-lettered meanwhile with "
        "`jointwatch redeliver --destination NAME`.",
    )
    q.add_argument("name", metavar="NAME")
    q.set_defaults(func=cmd_destination_enable)

    p = sub.add_parser(
        "redeliver",
        help="send delivery dead letters (alerts.delivery-dlq) again",
        description="Reads the delivery dead-letter topic from the beginning (or --offset) to "
        "its current end and sends each kept alert again to its destination, with the same "
        "webhook-id; only the newest revision of each alert (each revision is the whole event), "
        "unless --all-revisions. Prints where it stopped.",
    )
    p.add_argument("--destination", help="only dead letters of this destination")
    p.add_argument("--partition", type=int, help="only this partition")
    p.add_argument("--offset", type=int, help="start at this offset (every partition read)")
    p.add_argument("--dry-run", action="store_true", help="say what would be sent; send nothing")
    p.add_argument(
        "--all-revisions",
        action="store_true",
        help="send every dead-lettered revision, not only the newest of each alert",
    )
    p.set_defaults(func=cmd_redeliver)


def _store() -> Any:
    from ..settings import Settings
    from .silences import SilenceStore

    return SilenceStore(Settings().silences_path())


def cmd_silence_add(args: argparse.Namespace) -> int:
    from .silences import Matcher, Silence, SilenceError, parse_duration

    now = datetime.now(UTC)
    if args.until:
        try:
            ends_at = datetime.fromisoformat(args.until)
        except ValueError:
            raise SilenceError(f"--until {args.until!r} is not an RFC 3339 time") from None
        if ends_at.tzinfo is None:
            raise SilenceError("--until needs a UTC offset, e.g. 2024-07-25T18:00:00Z")
    else:
        ends_at = now + parse_duration(args.duration)
    silence = Silence.create(
        [Matcher.parse(text) for text in args.matchers],
        now=now,
        ends_at=ends_at,
        created_by=args.author if args.author is not None else _login(),
        comment=args.comment,
    )
    store = _store()
    store.add(silence, now=now)
    print(silence.id)
    Console(stderr=True).print(
        f"silenced {' '.join(str(m) for m in silence.matchers)} until "
        f"{silence.ends_at.isoformat(timespec='seconds')} ({store.path})"
    )
    return 0


def cmd_silence_list(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    silences = [s for s in _store().load() if args.all or s.active(now)]
    if args.json:
        print(json.dumps([s.model_dump(mode="json") for s in silences], indent=2))
        return 0
    table = Table("id", "matchers", "state", "ends", "by", "comment")
    for s in silences:
        state = "active" if s.active(now) else ("pending" if s.starts_at > now else "expired")
        table.add_row(
            s.id,
            " ".join(str(m) for m in s.matchers),
            state,
            s.ends_at.isoformat(timespec="seconds"),
            s.created_by,
            s.comment,
        )
    Console().print(table)
    return 0


def cmd_silence_expire(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    store = _store()
    for silence_id in args.ids:
        silence = store.expire(silence_id, now=now)
        print(f"{silence.id} expired at {silence.ends_at.isoformat(timespec='seconds')}")
    return 0


def cmd_destination_list(args: argparse.Namespace) -> int:
    from ..settings import Settings
    from .disabled import DisabledStore, endpoint_fingerprint
    from .registry import destination_specs
    from .routes import load_routes

    settings = Settings()
    specs = destination_specs(settings, load_routes(settings.routes_file))
    entries = DisabledStore(settings.disabled_path()).load()
    rows = []
    for spec in specs:
        entry = entries.pop(spec.name, None)
        current = endpoint_fingerprint(spec.url.get_secret_value())
        row: dict[str, Any] = {"name": spec.name, "channel": spec.channel.value, "state": "enabled"}
        if entry is not None and entry.endpoint == current:
            row |= {"state": "disabled", "because": entry.because, "since": entry.since.isoformat()}
        elif entry is not None:
            row["note"] = "was disabled for an earlier URL"
        rows.append(row)
    for name, entry in sorted(entries.items()):
        rows.append(
            {
                "name": name,
                "channel": "",
                "state": "not configured",
                "because": entry.because,
                "since": entry.since.isoformat(),
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    table = Table("destination", "channel", "state", "since", "because")
    for row in rows:
        style = "red" if row["state"] == "disabled" else ""
        table.add_row(
            row["name"],
            row["channel"],
            f"[{style}]{row['state']}[/]" if style else row["state"],
            row.get("since", ""),
            row.get("because", row.get("note", "")),
        )
    Console().print(table)
    return 0


def cmd_destination_enable(args: argparse.Namespace) -> int:
    from ..settings import Settings
    from .disabled import DisabledStore

    entry = DisabledStore(Settings().disabled_path()).enable(args.name)
    print(
        f"{args.name} enabled (disabled since {entry.since.isoformat(timespec='seconds')}: "
        f"{entry.because}); send what was dead-lettered meanwhile with "
        f"`jointwatch redeliver --destination {args.name}`"
    )
    return 0


def cmd_redeliver(args: argparse.Namespace) -> int:
    from ..settings import Settings
    from .redeliver import DeadRecord, run_redeliver

    console = Console()

    def show(record: DeadRecord, status: str, detail: str) -> None:
        letter = record.letter
        what = letter.webhook_id if letter is not None and letter.webhook_id else "?"
        style = {"delivered": "green", "failed": "red", "skipped": "yellow"}.get(status, "")
        console.print(
            f"{record.partition}/{record.offset} {what}: [{style}]{status}[/] {detail}",
            highlight=False,
        )

    from kafka.errors import KafkaError

    from ..errors import JointwatchError

    settings = Settings()
    try:
        report = run_redeliver(
            settings,
            only=args.destination,
            partition=args.partition,
            offset=args.offset,
            dry_run=args.dry_run,
            all_revisions=args.all_revisions,
            on_result=show,
        )
    except KafkaError as exc:
        raise JointwatchError(
            f"cannot read {settings.topic_delivery_dlq} from Kafka at {settings.bootstrap()} "
            f"({type(exc).__name__}); is the broker running (KAFKA_BOOTSTRAP_SERVERS)?"
        ) from None
    console.print(
        f"delivered {len(report.delivered)}, failed {len(report.failed)}, "
        f"skipped {len(report.skipped)}"
    )
    if report.next_offsets:
        where = ", ".join(f"partition {p}: {o}" for p, o in sorted(report.next_offsets.items()))
        console.print(f"read up to ({where}); next time start there with --partition/--offset")
    return 1 if report.failed else 0


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""
