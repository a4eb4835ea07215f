"""Broken neighbours: a frozen or restarted broker, a receiver down for a minute and more, a
worker killed mid-batch, the same article sent again. Each runs against a broker of its own
(the session broker is never frozen) and real HTTP receivers on 127.0.0.1.

What each shows: the service notices (health and metrics), reconnects by itself, and every valid
event still becomes its alert revision and its delivery (counted by webhook-id, the receiver's
idempotency key: at-least-once may deliver a revision twice, never zero times).
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from jointwatch.broker import EmbeddedBroker, free_port

from .conftest import Topics, Worker, produce, read_topic
from .test_pipeline import seed_event

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FREEZE_SECONDS = float(os.environ.get("JOINTWATCH_FAULT_FREEZE_SECONDS", "20"))
RECEIVER_DOWN_SECONDS = float(os.environ.get("JOINTWATCH_FAULT_RECEIVER_DOWN_SECONDS", "75"))


@pytest.fixture
def own_broker() -> Iterator[EmbeddedBroker]:
    broker = EmbeddedBroker(port=free_port())
    broker.start()
    yield broker
    if broker.pid is not None:
        os.kill(broker.pid, signal.SIGCONT)  # never leave it frozen
    broker.stop()


class Receiver:
    """A real webhook receiver on 127.0.0.1 that can be started late and stopped early."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.ids: list[str] = []
        self.bodies: list[dict] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def start(self) -> Receiver:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                owner.ids.append(self.headers.get("webhook-id", ""))
                owner.bodies.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.stop()


def wait_for(what: str, check: Callable[[], bool], worker: Worker, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}:\n{worker.log()}")


def joint_articles(seed_text: str, prefix: str, n: int) -> list[tuple[bytes, bytes]]:
    return [(f"{prefix}-{i}".encode(), seed_event(seed_text, f"{prefix}-{i}")) for i in range(n)]


def quiet_articles(prefix: str, n: int) -> list[tuple[bytes, bytes]]:
    body = "The city council approved a new budget for parks and libraries on {}."
    return [
        (
            f"{prefix}-{i}".encode(),
            json.dumps({"id": f"{prefix}-{i}", "body": body.format(i)}).encode(),
        )
        for i in range(n)
    ]


def alerts_by_revision(bootstrap: str, topic: str, expect: int, timeout: float = 90) -> dict:
    records = read_topic(bootstrap, topic, expect=expect, timeout=timeout)
    return {(a["alert_id"], a["revision"]): a for a in (json.loads(r.value) for r in records)}


def articles_in(alerts: dict) -> set[str]:
    return {aid for alert in alerts.values() for aid in alert["article_ids"]}


def worker_env(topics: Topics, broker: EmbeddedBroker, receiver: Receiver, **extra: str) -> dict:
    return {
        **topics.env(),
        "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
        "JOINTWATCH_WEBHOOK_URL": receiver.url,
        **extra,
    }


def test_broker_frozen_for_20_seconds_is_reported_and_survived(
    own_broker, start_worker, receiver, seed_text
):
    receiver.start()
    topics = Topics.unique()
    worker = start_worker(worker_env(topics, own_broker, receiver))
    worker.wait_healthy()
    before = joint_articles(seed_text, "before", 3)
    produce(own_broker.bootstrap, topics.articles, before)
    wait_for("first deliveries", lambda: len(set(receiver.ids)) >= 3, worker)

    assert own_broker.pid is not None
    os.kill(own_broker.pid, signal.SIGSTOP)
    frozen_at = time.monotonic()
    try:
        wait_for("/healthz 503", lambda: worker.health()[0] == 503, worker, timeout=FREEZE_SECONDS)
        status, state = worker.health()
        assert status == 503 and state["broker"]["up"] is False and "broker" in state["reason"]
        assert worker.metric("jointwatch_broker_up") == 0
        time.sleep(max(0.0, FREEZE_SECONDS - (time.monotonic() - frozen_at)))
    finally:
        os.kill(own_broker.pid, signal.SIGCONT)

    worker.wait_healthy(timeout=90)
    assert worker.metric("jointwatch_broker_up") == 1
    assert worker.metric("jointwatch_broker_outages_total") >= 1
    after = joint_articles(seed_text, "after", 3)
    produce(own_broker.bootstrap, topics.articles, after)

    ids = {k.decode() for k, _ in before + after}
    wait_for(
        "every article in an alert and every revision delivered",
        lambda: len(set(receiver.ids)) >= 6,
        worker,
        120,
    )
    alerts = alerts_by_revision(own_broker.bootstrap, topics.alerts, expect=6)
    assert ids <= articles_in(alerts), worker.log()
    assert {f"{a}:{r}" for a, r in alerts} <= set(receiver.ids)
    assert worker.stop() == 0, worker.log()


def test_broker_restart_loses_its_topics_and_the_service_recreates_them_and_goes_on(
    own_broker, start_worker, receiver, seed_text
):
    receiver.start()
    topics = Topics.unique()
    worker = start_worker(worker_env(topics, own_broker, receiver))
    worker.wait_healthy()
    produce(own_broker.bootstrap, topics.articles, joint_articles(seed_text, "old", 1))
    wait_for("the first delivery", lambda: len(receiver.ids) >= 1, worker)

    own_broker.stop()
    wait_for("/healthz 503", lambda: worker.health()[0] == 503, worker, timeout=30)
    assert worker.metric("jointwatch_broker_up") == 0
    own_broker.start()  # same port, empty: an in-memory broker keeps nothing

    wait_for(
        "topics re-created and the worker restarted in place",
        lambda: "restarting this worker in place" in worker.log(),
        worker,
        timeout=60,
    )
    time.sleep(1)
    worker.wait_healthy(timeout=120)  # the same process (PID), started afresh
    assert "re-created missing topics" in worker.log()
    produce(own_broker.bootstrap, topics.articles, joint_articles(seed_text, "new", 2))
    wait_for("deliveries after the restart", lambda: len(set(receiver.ids)) >= 3, worker, 120)
    alerts = alerts_by_revision(own_broker.bootstrap, topics.alerts, expect=2)
    assert {"new-0", "new-1"} <= articles_in(alerts), worker.log()
    assert worker.stop() == 0, worker.log()


def test_a_receiver_down_for_more_than_a_minute_still_gets_every_revision(
    broker, start_worker, receiver, seed_text
):
    topics = Topics.unique()  # the receiver is not started yet: connection refused
    worker = start_worker(
        worker_env(
            topics,
            broker,
            receiver,
            JOINTWATCH_RETRY_SCHEDULE="[0, 1, 2, 5, 10, 15, 20, 30, 30, 30, 30, 30]",
            JOINTWATCH_RETRY_JITTER="0",
        )
    )
    worker.wait_healthy()
    articles = joint_articles(seed_text, "held", 3)
    produce(broker.bootstrap, topics.articles, articles)
    alerts = alerts_by_revision(broker.bootstrap, topics.alerts, expect=3)
    assert len(alerts) == 3, worker.log()

    down_until = time.monotonic() + RECEIVER_DOWN_SECONDS
    wait_for(
        "failed attempts",
        lambda: (
            worker.metric("jointwatch_notifications_total", channel="webhook", outcome="retried")
            >= 2
        ),
        worker,
    )
    while time.monotonic() < down_until:
        assert worker.health()[0] == 200  # a receiver outage is not the service's
        time.sleep(1)
    receiver.start()
    wait_for(
        "every revision delivered",
        lambda: set(receiver.ids) >= {f"{a}:{r}" for a, r in alerts},
        worker,
        120,
    )
    assert (
        worker.metric("jointwatch_notifications_total", channel="webhook", outcome="delivered") >= 3
    )
    assert worker.stop() == 0, worker.log()


def test_a_worker_killed_mid_batch_loses_nothing(broker, start_worker, receiver, seed_text):
    receiver.start()
    topics = Topics.unique()
    env = worker_env(topics, broker, receiver)
    joint = joint_articles(seed_text, "batch", 40)
    quiet = quiet_articles("quiet", 400)
    batch = [item for pair in zip(joint, quiet[::10], strict=True) for item in pair] + quiet
    first = start_worker(env)
    first.wait_healthy()
    produce(broker.bootstrap, topics.articles, batch)
    wait_for(
        "work under way",
        lambda: first.metric("jointwatch_articles_consumed_total") >= 10,
        first,
        60,
    )
    first.proc.kill()  # SIGKILL mid-batch: no shutdown, nothing committed after this
    first.proc.wait()
    assert first.log().count("alert ") < len(joint), "the batch was done before the kill"

    second = start_worker(env)
    second.wait_healthy(timeout=90)
    joint_ids = {k.decode() for k, _ in joint}

    def all_alerted() -> bool:
        alerts = alerts_by_revision(broker.bootstrap, topics.alerts, expect=10**6, timeout=2)
        return joint_ids <= articles_in(alerts)

    wait_for("every joint article in an alert", all_alerted, second, 180)
    alerts = alerts_by_revision(broker.bootstrap, topics.alerts, expect=10**6, timeout=3)
    wanted = {f"{a}:{r}" for a, r in alerts}
    wait_for("every revision delivered", lambda: wanted <= set(receiver.ids), second, 120)
    assert second.stop() == 0, second.log()


def test_an_article_sent_three_times_is_processed_once(broker, start_worker, receiver, seed_text):
    receiver.start()
    topics = Topics.unique()
    worker = start_worker(worker_env(topics, broker, receiver))
    worker.wait_healthy()
    event = seed_event(seed_text, "dup-1")
    produce(broker.bootstrap, topics.articles, [(b"dup-1", event)] * 3)
    wait_for("the delivery", lambda: len(receiver.ids) >= 1, worker)
    wait_for(
        "all three consumed",
        lambda: worker.metric("jointwatch_articles_consumed_total") == 3,
        worker,
    )
    time.sleep(2)
    assert worker.metric("jointwatch_articles_duplicate_total") == 2, worker.log()
    assert worker.metric("jointwatch_classifications_total", result="joint") == 1
    alerts = read_topic(broker.bootstrap, topics.alerts, expect=2, timeout=5)
    assert len(alerts) == 1
    assert receiver.ids == [f"{json.loads(alerts[0].value)['alert_id']}:1"]
    assert worker.stop() == 0, worker.log()
