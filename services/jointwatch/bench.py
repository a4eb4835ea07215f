"""`jointwatch bench`: how fast jointwatch is, next to the raw Kafka limit, in one run on one broker.

Prints one JSON object (stdout); progress bars go to stderr. Figures:

- classifier: articles/s on one core, in process (classify only) and through
  `jointwatch classify` in a subprocess (start-up, decoding and JSON output included);
- raw pass-through: an aiokafka consumer and producer in their own process, nothing else
  (consume a batch, produce it, await the acks, commit): the ceiling for any Kafka pipeline here;
- end to end: `jointwatch up` in its own process; the same articles produced as fast as the
  same producer can, timed from the first send until every article is classified and every
  joint article's alert revision is acknowledged on the alerts topic; and the ratio to raw;
- latency: article sent to alert consumed from the alerts topic, p50/p99, at a fixed offered
  load (20 articles/s by default);
- peak RSS (VmHWM) of every worker process; and the same throughput with two workers sharing
  one consumer group.

The articles are synthetic, about 3 KB each, half of them joint activity (`synthetic.py`): one
lead sentence and filler the rules pass over. The classifier is also timed on articles written
like real news (`--news FILE`; the `make run` samples by default), where every sentence can
carry a cue: `classifier.news.ms_per_1000_chars` is the figure that carries over to real text.
It starts its own embedded broker unless KAFKA_BOOTSTRAP_SERVERS is set. Left out on purpose:
webhook and Slack delivery (HTTP receivers are not Kafka; `jointwatch_delivery_seconds` measures
them in production).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from . import __version__
from .broker import EmbeddedBroker, free_port
from .errors import JointwatchError
from .settings import EMBEDDED_TIMEOUTS
from .synthetic import article_mix, encode, is_joint
from .topics import ensure_topics

TARGET_RATIO = 0.8
TARGET_P99_MS = 100.0
TARGET_RSS_MB = 300.0


class BenchError(JointwatchError):
    """A benchmark phase failed (a worker died, or outcomes never arrived)."""


# Articles written like real news (the samples `make run` publishes), for the classifier's
# speed on dense text: every sentence of a report can carry a cue, where the synthetic
# articles carry one lead sentence and filler the rules pass over.
NEWS_SAMPLES = Path(__file__).resolve().parent / "ingest" / "samples" / "articles.jsonl"


@dataclass(frozen=True, kw_only=True)
class BenchOptions:
    articles: int = 20_000
    classifier_articles: int = 20_000
    news_file: Path = NEWS_SAMPLES
    news_articles: int = 5_000
    latency_rate: float = 20.0
    latency_seconds: float = 30.0
    scale_out_workers: int = 2
    partitions: int = 4
    timeout: float = 300.0


# --------------------------------------------------------------------------------------
# Measuring helpers


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set size) of a live process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise BenchError(f"no VmHWM for pid {pid}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a live process has used, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def _metric_sums(text: str, names: Sequence[str]) -> dict[str, float]:
    """Sum every sample of each named counter in Prometheus text (labels ignored)."""
    sums = dict.fromkeys(names, 0.0)
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        name = line.split("{", 1)[0].split(" ", 1)[0]
        if name in sums:
            sums[name] += float(line.rsplit(" ", 1)[1])
    return sums


CONSUMED = "jointwatch_articles_consumed_total"
CLASSIFIED = "jointwatch_classifications_total"
REJECTED = "jointwatch_articles_rejected_total"
ALERTS = "jointwatch_alerts_published_total"


# --------------------------------------------------------------------------------------
# Processes: `jointwatch up` workers and the raw pass-through


@dataclass
class WorkerProcess:
    proc: subprocess.Popen[bytes]
    metrics_port: int
    log_path: Path

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            raise BenchError(f"worker exited {self.proc.returncode}:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@dataclass
class Cluster:
    """The broker the bench talks to, and the environment its workers get."""

    bootstrap: str
    embedded: bool
    workdir: Path
    workers: list[WorkerProcess] = field(default_factory=list)

    def worker_env(self, tag: str, port: int) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JOINTWATCH_", "KAFKA_"))}
        env.update(
            {
                "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
                "JOINTWATCH_TOPIC_ARTICLES": f"bench-articles-{tag}",
                "JOINTWATCH_TOPIC_ALERTS": f"bench-alerts-{tag}",
                "JOINTWATCH_TOPIC_DLQ": f"bench-dlq-{tag}",
                "JOINTWATCH_APP_ID": f"bench-{tag}",
                "JOINTWATCH_METRICS_PORT": str(port),
                "JOINTWATCH_DATA_DIR": str(self.workdir / f"state-{port}"),
            }
        )
        if self.embedded:  # the embedded broker's consumer-group quirk: short timeouts
            env.update(
                {f"JOINTWATCH_KAFKA_{k.upper()}": str(v) for k, v in EMBEDDED_TIMEOUTS.items()}
            )
        for name, value in os.environ.items():  # what the caller set about Kafka or logs wins
            if name.startswith("JOINTWATCH_KAFKA_") or name in (
                "JOINTWATCH_LOG_LEVEL",
                "JOINTWATCH_TOPIC_PARTITIONS",
                "JOINTWATCH_TOPIC_REPLICATION",
            ):
                env[name] = value
        return env

    def start_worker(self, tag: str) -> WorkerProcess:
        port = free_port()
        log_path = self.workdir / f"worker-{port}.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "jointwatch", "up"],
                env=self.worker_env(tag, port),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        worker = WorkerProcess(proc, port, log_path)
        self.workers.append(worker)
        return worker

    def stop_workers(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers.clear()


@contextlib.contextmanager
def open_cluster() -> Iterator[Cluster]:
    with tempfile.TemporaryDirectory(prefix="jointwatch-bench-") as tmp:
        configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
        if configured:
            cluster = Cluster(configured, embedded=False, workdir=Path(tmp))
            try:
                yield cluster
            finally:
                cluster.stop_workers()
            return
        with EmbeddedBroker(port=free_port()) as broker:
            cluster = Cluster(broker.bootstrap, embedded=True, workdir=Path(tmp))
            try:
                yield cluster
            finally:
                cluster.stop_workers()


async def _get(session: Any, url: str) -> tuple[int, str]:
    try:
        async with session.get(url) as resp:
            return resp.status, await resp.text()
    except OSError:
        return 0, ""


async def wait_healthy(workers: Sequence[WorkerProcess], timeout: float) -> None:
    """Until every worker answers /healthz 200 in the same round (one stable assignment)."""
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            statuses = []
            for worker in workers:
                worker.check_alive()
                status, _ = await _get(session, f"http://127.0.0.1:{worker.metrics_port}/healthz")
                statuses.append(status)
            if all(s == 200 for s in statuses):
                return
            await asyncio.sleep(0.1)
    raise BenchError(f"workers not healthy within {timeout:.0f}s:\n{workers[0].log_tail()}")


async def read_counters(workers: Sequence[WorkerProcess], session: Any) -> dict[str, float]:
    total = dict.fromkeys((CONSUMED, CLASSIFIED, REJECTED, ALERTS), 0.0)
    for worker in workers:
        status, text = await _get(session, f"http://127.0.0.1:{worker.metrics_port}/metrics")
        if status != 200:
            worker.check_alive()
            continue
        for name, value in _metric_sums(text, list(total)).items():
            total[name] += value
    return total


# --------------------------------------------------------------------------------------
# Kafka clients of the bench itself


def _producer(bootstrap: str) -> Any:
    from aiokafka import AIOKafkaProducer

    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        linger_ms=5,
        max_batch_size=256 * 1024,
        max_request_size=8 * 1024 * 1024,
        client_id="jointwatch-bench",
    )


async def produce_fast(
    bootstrap: str, topic: str, items: Sequence[tuple[bytes, bytes]], on_sent: Any = None
) -> tuple[float, float]:
    """Send everything as fast as the producer can; (wall time of the first send, of the last ack)."""
    producer = _producer(bootstrap)
    await producer.start()
    try:
        started = time.time()
        futures = []
        for i, (key, value) in enumerate(items, 1):
            futures.append(await producer.send(topic, value=value, key=key))
            if on_sent is not None and i % 500 == 0:
                on_sent(500)
        await asyncio.gather(*futures)
        return started, time.time()
    finally:
        await producer.stop()


# --------------------------------------------------------------------------------------
# Phases


def bench_classifier(articles: list[dict], workdir: Path) -> dict[str, Any]:
    from .core import classifier as classifier_module
    from .core.classifier import Classifier
    from .core.compiled import running_compiled
    from .core.knowledge import default_knowledge
    from .core.models import Article

    classifier = Classifier(default_knowledge())
    parsed = [Article.model_validate_json(encode(a)[1]) for a in articles]
    classifier.classify(parsed[0])  # warm the caches once
    started = time.perf_counter()
    joint = sum(classifier.classify(a).joint_military_activity for a in parsed)
    in_process = len(parsed) / (time.perf_counter() - started)

    path = workdir / "classify.jsonl"
    path.write_bytes(b"\n".join(encode(a)[1] for a in articles) + b"\n")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "jointwatch", "classify", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    command = len(articles) / (time.perf_counter() - started)
    if done.returncode != 0:
        raise BenchError(f"jointwatch classify exited {done.returncode}: {done.stderr[-2000:]!r}")
    return {
        "articles": len(articles),
        "joint": joint,
        "compiled": running_compiled(classifier_module),  # mypyc (setup.py) or the sources
        "in_process_articles_per_s": round(in_process, 1),
        "command_articles_per_s": round(command, 1),
    }


def read_news(path: Path) -> list[dict]:
    """Article objects from JSON Lines of articles, or of labelled articles (`{"article": {...},
    "label": {...}}`, as in the evaluation sets)."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BenchError(f"{path}, line {number}: not JSON ({exc.msg})") from None
            if not isinstance(item, dict):
                raise BenchError(f"{path}, line {number}: not a JSON object")
            out.append(item.get("article", item))
    if not out:
        raise BenchError(f"{path}: no articles")
    return out


def bench_news(path: Path, count: int) -> dict[str, Any]:
    """The classifier in process over news-like articles, cycled to `count`: articles/s, and
    milliseconds per 1,000 characters of body (the figure that carries over to other sizes)."""
    from pydantic import ValidationError

    from .core.classifier import Classifier
    from .core.knowledge import default_knowledge
    from .core.models import Article

    distinct = []
    for number, item in enumerate(read_news(path), start=1):
        try:
            distinct.append(Article.model_validate_json(json.dumps(item)))
        except ValidationError as exc:
            raise BenchError(f"{path}, article {number}: not a valid Article: {exc}") from None
    classifier = Classifier(default_knowledge())
    articles = [distinct[i % len(distinct)] for i in range(max(count, len(distinct)))]
    classifier.classify(articles[0])  # warm the caches once
    started = time.perf_counter()
    for article in articles:
        classifier.classify(article)
    elapsed = time.perf_counter() - started
    chars = sum(len(a.body) for a in articles)
    return {
        "file": path.name,
        "distinct_articles": len(distinct),
        "classified": len(articles),
        "body_chars_mean": round(chars / len(articles)),
        "in_process_articles_per_s": round(len(articles) / elapsed, 1),
        "ms_per_1000_chars": round(elapsed * 1000 / (chars / 1000), 3),
    }


async def bench_passthrough(
    cluster: Cluster,
    items: list[tuple[bytes, bytes]],
    partitions: int,
    progress: Progress,
    task: TaskID,
) -> dict[str, Any]:
    tag = uuid.uuid4().hex[:8]
    source, target = f"bench-raw-in-{tag}", f"bench-raw-out-{tag}"
    ensure_topics(cluster.bootstrap, [source, target], partitions=partitions, replication=1)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "jointwatch.bench",
        "passthrough",
        "--bootstrap",
        cluster.bootstrap,
        "--source",
        source,
        "--target",
        target,
        "--count",
        str(len(items)),
        stdout=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    try:
        ready = await asyncio.wait_for(proc.stdout.readline(), 60)
        if ready.strip() != b"ready":
            raise BenchError(f"pass-through did not start: {ready!r}")
        started, _ = await produce_fast(
            cluster.bootstrap, source, items, lambda n: progress.advance(task, n)
        )
        line = await asyncio.wait_for(proc.stdout.readline(), 300)
        result = json.loads(line)
    finally:
        if proc.returncode is None:
            proc.terminate()
        await proc.wait()
    elapsed = result["done_at"] - started
    return {
        "messages": result["forwarded"],
        "msgs_per_s": round(result["forwarded"] / elapsed, 1),
        "cpu_ms_per_message": round(1000 * result["cpu_seconds"] / result["forwarded"], 3),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
    }


async def _wait_outcomes(
    workers: Sequence[WorkerProcess],
    *,
    base: dict[str, float],
    articles: int,
    alerts: int,
    timeout: float,
    progress: Progress,
    task: TaskID,
) -> float:
    """Poll /metrics until `articles` more are classified or rejected and `alerts` more alert
    revisions are acknowledged; return the wall time when that was first seen."""
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            now = await read_counters(workers, session)
            done = now[CLASSIFIED] + now[REJECTED] - base[CLASSIFIED] - base[REJECTED]
            progress.update(task, completed=min(done, articles))
            if done >= articles and now[ALERTS] - base[ALERTS] >= alerts:
                return time.time()
            # A scrape costs the worker a few ms: poll rarely until the end is near.
            await asyncio.sleep(0.02 if done >= 0.95 * articles else 0.25)
    raise BenchError(
        f"outcomes incomplete after {timeout:.0f}s (classified {done:.0f}/{articles}):\n"
        f"{workers[0].log_tail()}"
    )


async def bench_end_to_end(
    cluster: Cluster,
    workers: Sequence[WorkerProcess],
    topic: str,
    articles: list[dict],
    *,
    timeout: float,
    progress: Progress,
    task: TaskID,
) -> dict[str, Any]:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        base = await read_counters(workers, session)
    items = [encode(a) for a in articles]
    joint = sum(map(is_joint, articles))
    cpu_before = [cpu_seconds(w.proc.pid) for w in workers]
    waiter = asyncio.create_task(
        _wait_outcomes(
            workers,
            base=base,
            articles=len(items),
            alerts=joint,
            timeout=timeout,
            progress=progress,
            task=task,
        )
    )
    started, sent = await produce_fast(cluster.bootstrap, topic, items)
    done = await waiter
    cpu = sum(cpu_seconds(w.proc.pid) for w in workers) - sum(cpu_before)
    return {
        "articles": len(items),
        "alert_revisions": joint,
        "producer_msgs_per_s": round(len(items) / (sent - started), 1),
        "articles_per_s": round(len(items) / (done - started), 1),
        "worker_cpu_ms_per_article": round(1000 * cpu / len(items), 3),
    }


async def bench_latency(
    cluster: Cluster,
    topics: dict[str, str],
    articles: list[dict],
    *,
    rate: float,
    progress: Progress,
    task: TaskID,
) -> dict[str, Any]:
    """Send at `rate` articles/s; latency = alert consumed from the alerts topic - article sent."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(
        bootstrap_servers=cluster.bootstrap, enable_auto_commit=False, fetch_max_wait_ms=5
    )
    await consumer.start()
    sent_at: dict[str, float] = {}
    latencies: dict[str, float] = {}
    joint_ids = {a["id"] for a in articles if is_joint(a)}

    async def consume() -> None:
        while not joint_ids <= latencies.keys():
            batches = await consumer.getmany(timeout_ms=50)
            now = time.time()
            for records in batches.values():
                for record in records:
                    for article_id in json.loads(record.value)["article_ids"]:
                        if article_id in sent_at and article_id not in latencies:
                            latencies[article_id] = now - sent_at[article_id]

    producer = _producer(cluster.bootstrap)
    await producer.start()
    try:
        parts = consumer.partitions_for_topic(topics["alerts"]) or set()
        while not parts:
            await consumer._client.force_metadata_update()
            parts = consumer.partitions_for_topic(topics["alerts"]) or set()
        tps = [TopicPartition(topics["alerts"], p) for p in sorted(parts)]
        consumer.assign(tps)
        await consumer.seek_to_end(*tps)
        reader = asyncio.create_task(consume())
        start = time.monotonic()
        for i, (article, (key, value)) in enumerate(
            zip(articles, map(encode, articles), strict=True)
        ):
            await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
            sent_at[article["id"]] = time.time()
            await producer.send(topics["articles"], value=value, key=key)
            progress.advance(task)
        await asyncio.wait_for(reader, 60)
    finally:
        await producer.stop()
        await consumer.stop()
    values = [v * 1000 for v in latencies.values()]
    return {
        "offered_articles_per_s": rate,
        "articles": len(articles),
        "alerts_timed": len(values),
        "p50_ms": round(percentile(values, 50), 1),
        "p99_ms": round(percentile(values, 99), 1),
        "max_ms": round(max(values), 1),
        "mean_ms": round(statistics.fmean(values), 1),
    }


async def _run(options: BenchOptions, cluster: Cluster, progress: Progress) -> dict[str, Any]:
    def add(name: str, total: float) -> TaskID:
        return progress.add_task(name, total=total)

    # Distinct ids and events per phase (the latency run and the one-worker run share topics).
    n_latency = max(1, int(options.latency_rate * options.latency_seconds))
    latency_articles = article_mix(n_latency, id_prefix="lat")
    throughput_articles = article_mix(options.articles, id_prefix="tp", first_event=n_latency)
    out: dict[str, Any] = {}

    task = add("raw pass-through", options.articles)
    raw = await bench_passthrough(
        cluster, [encode(a) for a in throughput_articles], options.partitions, progress, task
    )
    out["raw_passthrough"] = raw

    tag = uuid.uuid4().hex[:8]
    worker = cluster.start_worker(tag)
    env = cluster.worker_env(tag, worker.metrics_port)
    topics = {
        "articles": env["JOINTWATCH_TOPIC_ARTICLES"],
        "alerts": env["JOINTWATCH_TOPIC_ALERTS"],
    }
    task = add("start `jointwatch up`", 1)
    await wait_healthy([worker], 120)
    progress.advance(task)

    task = add(f"latency at {options.latency_rate:g} articles/s", n_latency)
    out["latency"] = await bench_latency(
        cluster, topics, latency_articles, rate=options.latency_rate, progress=progress, task=task
    )

    task = add("end to end, 1 worker", options.articles)
    e2e = await bench_end_to_end(
        cluster,
        [worker],
        topics["articles"],
        throughput_articles,
        timeout=options.timeout,
        progress=progress,
        task=task,
    )
    e2e["peak_rss_mb"] = round(peak_rss_mb(worker.proc.pid), 1)
    out["end_to_end"] = e2e
    cluster.stop_workers()

    if options.scale_out_workers > 1:
        tag = uuid.uuid4().hex[:8]
        workers = [cluster.start_worker(tag) for _ in range(options.scale_out_workers)]
        task = add(f"start {len(workers)} workers, one group", 1)
        await wait_healthy(workers, 120)
        progress.advance(task)
        task = add(f"end to end, {len(workers)} workers", options.articles)
        env = cluster.worker_env(tag, workers[0].metrics_port)
        scale = await bench_end_to_end(
            cluster,
            workers,
            env["JOINTWATCH_TOPIC_ARTICLES"],
            article_mix(options.articles, id_prefix="so"),
            timeout=options.timeout,
            progress=progress,
            task=task,
        )
        scale["workers"] = len(workers)
        scale["peak_rss_mb"] = [round(peak_rss_mb(w.proc.pid), 1) for w in workers]
        out["scale_out"] = scale
        cluster.stop_workers()
    return out


def run_bench(options: BenchOptions, *, console: Console | None = None) -> dict[str, Any]:
    console = console or Console(stderr=True)
    load_at_start = round(os.getloadavg()[0], 2)  # other load on the machine skews every figure
    columns = (
        TextColumn("{task.description:<34}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with open_cluster() as cluster, Progress(*columns, console=console) as progress:
        task = progress.add_task("classifier, one core", total=1)
        classifier = bench_classifier(
            article_mix(options.classifier_articles, id_prefix="cl"), cluster.workdir
        )
        classifier["news"] = bench_news(options.news_file, options.news_articles)
        progress.advance(task)
        kafka = asyncio.run(_run(options, cluster, progress))
    raw = kafka["raw_passthrough"]["msgs_per_s"]
    e2e = kafka["end_to_end"]["articles_per_s"]
    rss = [kafka["end_to_end"]["peak_rss_mb"], *kafka.get("scale_out", {}).get("peak_rss_mb", [])]
    ratio = round(e2e / raw, 3)
    sample = article_mix(200)
    return {
        "jointwatch": __version__,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_1m_at_start": load_at_start,
        },
        "broker": "embedded (Tansu)" if cluster.embedded else cluster.bootstrap,
        "partitions": options.partitions,
        "article_bytes_mean": round(statistics.fmean(len(encode(a)[1]) for a in sample)),
        "joint_share": 0.5,
        "classifier": classifier,
        "raw_passthrough_msgs_per_s": raw,
        "end_to_end_articles_per_s": e2e,
        "end_to_end_to_raw_ratio": ratio,
        "latency_ms": {k: v for k, v in kafka["latency"].items()},
        "peak_rss_mb_per_worker": max(rss),
        "details": {
            k: kafka[k] for k in ("raw_passthrough", "end_to_end", "scale_out") if k in kafka
        },
        "targets": {
            "ratio_at_least_0.8": ratio >= TARGET_RATIO,
            "p99_at_most_100ms": kafka["latency"]["p99_ms"] <= TARGET_P99_MS,
            "rss_at_most_300mb": max(rss) <= TARGET_RSS_MB,
        },
    }


# --------------------------------------------------------------------------------------
# The raw pass-through process (`python -m jointwatch.bench passthrough ...`)


async def passthrough(bootstrap: str, source: str, target: str, count: int) -> dict[str, Any]:
    """Consume a batch, produce it, await the acks, commit; until `count` are forwarded.
    Prints `ready` once the partitions are assigned."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
    from aiokafka.abc import ConsumerRebalanceListener

    class Ready(ConsumerRebalanceListener):  # type: ignore[misc]
        async def on_partitions_revoked(self, revoked: Any) -> None:
            pass

        async def on_partitions_assigned(self, assigned: Any) -> None:
            print("ready", flush=True)

    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=f"{source}-passthrough",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await consumer.start()
    await producer.start()
    consumer.subscribe([source], listener=Ready())
    forwarded = 0
    cpu_start = cpu_seconds(os.getpid())
    try:
        while forwarded < count:
            batches = await consumer.getmany(timeout_ms=100)
            futures = [
                await producer.send(target, value=r.value, key=r.key)
                for records in batches.values()
                for r in records
            ]
            if futures:
                await asyncio.gather(*futures)
                await consumer.commit()
                forwarded += len(futures)
        return {
            "forwarded": forwarded,
            "done_at": time.time(),
            "cpu_seconds": cpu_seconds(os.getpid()) - cpu_start,
            "peak_rss_mb": peak_rss_mb(os.getpid()),
        }
    finally:
        await consumer.stop()
        await producer.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jointwatch.bench")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("passthrough")
    p.add_argument("--bootstrap", required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--target", required=True)
    p.add_argument("--count", type=int, required=True)
    args = parser.parse_args(argv)
    result = asyncio.run(passthrough(args.bootstrap, args.source, args.target, args.count))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
