"""The integration tier: one real embedded broker per session, `jointwatch up` as a real process.

Every test gets its own topic names and consumer group, so tests share the broker without
seeing each other's events.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from prometheus_client.parser import text_string_to_metric_families

from jointwatch.broker import EmbeddedBroker, free_port

pytestmark = pytest.mark.integration

# The embedded broker's consumer-group quirk (DESIGN.md): short timeouts, set as configuration.
FAST_GROUP_ENV = {
    "JOINTWATCH_KAFKA_SESSION_TIMEOUT": "6",
    "JOINTWATCH_KAFKA_HEARTBEAT_INTERVAL": "1",
    "JOINTWATCH_KAFKA_REBALANCE_TIMEOUT": "6",
    "JOINTWATCH_KAFKA_MAX_POLL_INTERVAL": "6",
    # ... and it holds every fetch for the full wait, even when data arrives (one per hop).
    "JOINTWATCH_KAFKA_FETCH_MAX_WAIT": "0.05",
}


@pytest.fixture(scope="session")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(port=free_port()) as b:
        yield b


@dataclass
class Topics:
    articles: str
    alerts: str
    dlq: str
    app_id: str

    @classmethod
    def unique(cls) -> Topics:
        tag = uuid.uuid4().hex[:8]
        return cls(f"articles-{tag}", f"alerts-{tag}", f"articles.dlq-{tag}", f"jw-{tag}")

    def env(self) -> dict[str, str]:
        return {
            "JOINTWATCH_TOPIC_ARTICLES": self.articles,
            "JOINTWATCH_TOPIC_ALERTS": self.alerts,
            "JOINTWATCH_TOPIC_DLQ": self.dlq,
            "JOINTWATCH_APP_ID": self.app_id,
        }


@dataclass
class Worker:
    """A `jointwatch up` process."""

    proc: subprocess.Popen[bytes]
    metrics_port: int
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.metrics_port}{path}"

    def health(self) -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(self.url("/healthz"), timeout=2) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"{}")
        except OSError:
            return 0, {}

    def wait_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"jointwatch up exited {self.proc.returncode}:\n{self.log()}")
            if self.health()[0] == 200:
                return
            time.sleep(0.2)
        raise AssertionError(f"not healthy within {timeout}s:\n{self.log()}")

    def metrics(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        with urllib.request.urlopen(self.url("/metrics"), timeout=5) as resp:
            text = resp.read().decode()
        out = {}
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
        return out

    def metric(self, name: str, **labels: str) -> float:
        return self.metrics().get((name, tuple(sorted(labels.items()))), 0.0)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired as exc:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError(
                    f"jointwatch up did not stop on signal {sig}:\n{self.log()}"
                ) from exc
        return self.proc.returncode


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator:
    workers: list[Worker] = []

    def start(env: dict[str, str], *args: str) -> Worker:
        port = free_port()
        full_env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("JOINTWATCH_", "KAFKA_"))},
            **FAST_GROUP_ENV,
            "JOINTWATCH_METRICS_PORT": str(port),
            "JOINTWATCH_DATA_DIR": str(tmp_path / f"state-{port}"),
            "JOINTWATCH_RETRY_SCHEDULE": "[0, 0.2, 0.5]",
            **env,
        }
        log_path = tmp_path / f"worker-{port}.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "jointwatch", "up", *args],
                env=full_env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        worker = Worker(proc=proc, metrics_port=port, log_path=log_path, env=full_env)
        workers.append(worker)
        return worker

    yield start
    for w in workers:
        if w.proc.poll() is None:
            w.proc.kill()
            w.proc.wait()


def produce(bootstrap: str, topic: str, items: list[tuple[bytes | None, bytes]]) -> None:
    producer = KafkaProducer(
        bootstrap_servers=bootstrap, acks="all", max_request_size=8 * 1024 * 1024
    )
    try:
        for key, value in items:
            producer.send(topic, key=key, value=value).get(timeout=30)
    finally:
        producer.close()


def assign_from_beginning(consumer: KafkaConsumer, topic: str, deadline: float) -> bool:
    """Assign every partition of `topic` to `consumer` (no group), at the earliest offset, once
    the topic has partitions (until `deadline`, monotonic); False if it never had any."""
    parts = None
    while not parts and time.monotonic() < deadline:
        parts = consumer.partitions_for_topic(topic)
        if not parts:
            time.sleep(0.2)
    if not parts:
        return False
    tps = [TopicPartition(topic, p) for p in sorted(parts)]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    return True


def read_topic(bootstrap: str, topic: str, *, expect: int, timeout: float = 60) -> list:
    """Read a topic from the beginning (no consumer group) until `expect` records or timeout."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        deadline = time.monotonic() + timeout
        if not assign_from_beginning(consumer, topic, deadline):
            return []
        records: list = []
        while len(records) < expect and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=200).values():
                records.extend(batch)
        return records
    finally:
        consumer.close()
