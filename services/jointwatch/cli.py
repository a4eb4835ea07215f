"""The `jointwatch` command: classify, up, publish, eval, bench, calibrate, schemas."""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import __version__
from .errors import JointwatchError

if TYPE_CHECKING:
    from rich.console import Console

log = logging.getLogger("jointwatch")


def _err_console() -> Console:
    from rich.console import Console  # imported when needed: `classify` prints no rich text

    return Console(stderr=True)


_SEVERITY_STYLE = {
    "info": "dim",
    "low": "cyan",
    "medium": "yellow",
    "high": "bold red",
    "critical": "bold white on red",
}


def _classify_lines(lines: Iterable[bytes], out: BinaryIO) -> int:
    # Start-up makes objects that live as long as the process (modules, knowledge, the
    # matcher): the cyclic garbage collector would walk them again and again, and at exit.
    gc.disable()
    try:
        from .core.classifier import default_classifier
        from .core.decode import Rejection, decode_article
        from .core.models import MAX_BODY_CHARS, ClassificationResult

        classify = default_classifier().classify
    finally:
        gc.freeze()
        gc.enable()
    # The bytes `model_dump_json` would decode to str, for stdout to encode back.
    to_json = ClassificationResult.__pydantic_serializer__.to_json
    max_bytes = MAX_BODY_CHARS * 4 + 100_000
    rejected = 0
    for number, line in enumerate(lines, start=1):
        item = decode_article(line.rstrip(b"\r\n"), max_bytes=max_bytes)
        if isinstance(item, Rejection):
            rejected += 1
            error = {"line": number, "error": f"{item.reason.value}: {item.detail}"}
            out.write(json.dumps(error).encode() + b"\n")
        else:
            out.write(to_json(classify(item)) + b"\n")
    return rejected


def cmd_classify(args: argparse.Namespace) -> int:
    source: BinaryIO = open(args.file, "rb") if args.file else sys.stdin.buffer  # noqa: SIM115
    try:
        rejected = _classify_lines(source, sys.stdout.buffer)
    finally:
        if args.file:
            source.close()
    sys.stdout.buffer.flush()
    return 2 if rejected else 0


def cmd_publish(args: argparse.Namespace) -> int:
    from .ingest.publish import publish_file
    from .settings import Settings

    settings = Settings()
    from .kafka_security import kafka_python_config

    report = publish_file(
        Path(args.file),
        bootstrap=settings.bootstrap(),
        topic=settings.topic_articles,
        client_config=kafka_python_config(settings),
    )
    print(
        f"sent {report.sent} articles to {settings.topic_articles}, rejected {len(report.rejected)}"
    )
    for number, reason in report.rejected:
        print(f"  line {number}: {reason}")
    return 0 if not report.rejected else 2


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import BenchOptions, run_bench

    options = BenchOptions(
        articles=args.articles,
        classifier_articles=args.classifier_articles,
        latency_rate=args.latency_rate,
        latency_seconds=args.latency_seconds,
        scale_out_workers=args.workers,
    )
    if args.news:
        options = dataclasses.replace(options, news_file=Path(args.news))
    print(json.dumps(run_bench(options, console=_err_console()), indent=2))
    return 0


def cmd_schemas(args: argparse.Namespace) -> int:
    from .schemas import generate, write

    directory = Path(args.dir)
    if args.write:
        for path in write(directory):
            print(f"wrote {path}")
        return 0
    stale = [
        n
        for n, text in generate().items()
        if not (directory / n).exists() or (directory / n).read_text() != text
    ]
    for name in stale:
        print(f"{directory / name} is out of date: run `make schemas`")
    return 1 if stale else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .core.classifier import classify_article
    from .core.evaluation import LabelledArticle, evaluate

    items = []
    for number, line in enumerate(Path(args.file).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(LabelledArticle.model_validate_json(line))
            except ValueError as exc:
                raise JointwatchError(
                    f"{args.file}:{number} is not a labelled article: {exc}"
                ) from None
    ev = evaluate([(item, classify_article(item.article)) for item in items])
    summary = ev.summary()
    if args.json:
        print(json.dumps({**summary, "errors": ev.errors}, indent=2))
        return 0
    from rich.console import Console

    console = Console()
    console.print(
        f"[bold]{summary['articles']} articles[/]  precision {ev.precision:.3f}  "
        f"recall {ev.recall:.3f}  [bold]F1 {ev.f1:.3f}[/]  "
        f"(tp {ev.tp}, fp {ev.fp}, fn {ev.fn}, tn {ev.tn})"
    )
    for key in (
        "states_exact_on_tp",
        "activity_exact_on_tp",
        "tense_exact",
        "location_recall_on_tp",
        "score_brier",
        "score_ece",
    ):
        console.print(f"  {key:24} {summary[key]}")
    console.print(f"  errors by kind           {summary['errors_by_kind']}")
    for err in ev.errors:
        console.print(
            f"  [red]x[/] {err['id']} [{err['kind']}] {'; '.join(err['problems'])} (score {err['score']:.2f}) {err['title'] or ''}"
        )
    return 0


def print_alert(console: Console, alert: Any) -> None:
    style = _SEVERITY_STYLE.get(alert.severity.value, "")
    console.print(
        f"[{style}]ALERT {alert.severity.value.upper():8}[/] "
        f"[bold]{alert.alert_id}[/] rev {alert.revision}: {alert.summary}"
    )


def cmd_up(args: argparse.Namespace) -> int:
    from .runtime import run_pipeline
    from .settings import Settings

    settings = Settings()
    roles = (args.role,) if args.role else ("classifier", "notifier")
    from rich.console import Console

    console = Console()

    async def show(alert: Any) -> None:
        print_alert(console, alert)

    code = run_pipeline(
        settings,
        roles=roles,
        publish=Path(args.publish) if args.publish else None,
        on_alert=show if args.show_alerts else None,
        console=console,
    )
    return leave_despite_stuck_threads(code, grace=STUCK_THREADS_GRACE)


STUCK_THREADS_GRACE = 10.0


def leave_despite_stuck_threads(code: int, *, grace: float) -> int:
    """faust's consumer thread can outlive the worker when the broker is gone at shutdown (it
    retries for ever), and a non-daemon thread keeps the interpreter alive. The work is already
    committed or left uncommitted by then: wait `grace` seconds for such threads, then leave."""
    import os
    import threading
    import time

    deadline = time.monotonic() + grace
    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    for thread in others:
        if not thread.daemon:
            thread.join(max(0.0, deadline - time.monotonic()))
    stuck = [t.name for t in others if not t.daemon and t.is_alive()]
    if not stuck:
        return code
    logging.getLogger("jointwatch").warning(
        "thread(s) %s still running %.0fs after the worker stopped (Kafka unreachable?); "
        "exiting anyway: unfinished work stays uncommitted",
        ", ".join(stuck),
        grace,
    )
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def build_parser(*, notifier_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jointwatch", description=__doc__)
    parser.add_argument("--version", action="version", version=f"jointwatch {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("classify", help="classify Article JSON Lines offline (no broker)")
    p.add_argument("file", nargs="?", help="JSON Lines file; stdin when omitted")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser(
        "up", help="run the pipeline (embedded broker unless KAFKA_BOOTSTRAP_SERVERS)"
    )
    p.add_argument("--role", choices=["classifier", "notifier"], help="run one part only")
    p.add_argument(
        "--publish", metavar="FILE", help="once consuming, publish these Article JSON Lines"
    )
    p.add_argument(
        "--show-alerts", action="store_true", help="print every alert revision as it arrives"
    )
    p.set_defaults(func=cmd_up)

    p = sub.add_parser(
        "publish", help="validate Article JSON Lines and publish them to the articles topic"
    )
    p.add_argument("file")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("eval", help="score the classifier on labelled articles (JSON Lines)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the figures and errors as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="benchmark throughput, latency and memory; print JSON")
    p.add_argument("--articles", type=int, default=20_000, help="articles per throughput run")
    p.add_argument("--classifier-articles", type=int, default=20_000)
    p.add_argument("--latency-rate", type=float, default=20.0, help="offered load, articles/s")
    p.add_argument("--latency-seconds", type=float, default=30.0)
    p.add_argument("--workers", type=int, default=2, help="workers for the scale-out run (0: skip)")
    p.add_argument(
        "--news",
        metavar="FILE",
        help="news-like Article JSON Lines (or labelled articles) to time the classifier on "
        "as well (default: the sample articles)",
    )
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser(
        "bench-linear",
        help="classifier time on 10k..1M-character adversarial bodies (catastrophic backtracking)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--repeat", type=int, default=3, help="runs per body; the fastest counts")
    p.add_argument("--sizes", type=lambda v: [int(x) for x in v.split(",")], default=None)
    p.set_defaults(
        func=lambda a: __import__("jointwatch.bench_linear", fromlist=["main"]).main(
            as_json=a.json, repeat=a.repeat, sizes=a.sizes
        )
    )

    p = sub.add_parser(
        "calibrate",
        help="fit the score's calibration to the rules' results on batches they had not seen",
    )
    p.add_argument("--predictions", type=Path, help="default: tests/data/unseen_predictions.jsonl")
    p.add_argument("--labels", type=Path, help="default: tests/data/validation.jsonl")
    p.add_argument(
        "--replay",
        action="store_true",
        help="first rewrite the predictions: each batch file classified by the commit that added it",
    )
    p.add_argument(
        "--write",
        nargs="?",
        type=Path,
        const="",  # no path: the packaged file (resolved by jointwatch.calibrate)
        help="write the calibration file (default: the packaged one)",
    )
    p.add_argument("--version", dest="cal_version", help="the written file's version")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(
        func=lambda a: __import__("jointwatch.calibrate", fromlist=["main"]).main(
            predictions=a.predictions,
            labels=a.labels,
            do_replay=a.replay,
            write=a.write,
            version=a.cal_version,
            as_json=a.json,
        )
    )

    p = sub.add_parser("schemas", help="check (or --write) the JSON Schemas in schemas/")
    p.add_argument("--dir", default="schemas")
    p.add_argument("--write", action="store_true")
    p.set_defaults(func=cmd_schemas)

    if notifier_commands:
        from .notifier.commands import add_notifier_commands  # silence, redeliver

        add_notifier_commands(sub)
    return parser


# The commands defined above. Any other word (and `--help`) needs the notifier's commands
# too, whose package imports aiohttp and the Kafka client: a third of a second that
# `jointwatch classify` need not pay.
_OWN_COMMANDS = frozenset(
    {"classify", "up", "publish", "eval", "bench", "bench-linear", "calibrate", "schemas"}
)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    command = next((w for w in words if not w.startswith("-")), None)
    args = build_parser(notifier_commands=command not in _OWN_COMMANDS).parse_args(words)
    try:
        return int(args.func(args))
    except JointwatchError as exc:
        _err_console().print(f"[bold red]jointwatch: {exc}[/]")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
