"""Delivery end to end: `jointwatch up` on the real broker, real HTTP receivers on 127.0.0.1.

Alerts are published straight to the alerts topic (as the clusterer does) and the notifier runs
alone (`--role notifier`), so these tests do not depend on the classifier's decisions; the last
test runs the whole pipeline from articles.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient
from pytest_httpserver import HTTPServer

from jointwatch.core.models import Alert, Asset, Location, RegionOfInterest, Severity
from jointwatch.notifier.signing import verify

from ..conftest import SAMPLES
from .conftest import Topics, produce, read_topic
from .receivers import Answer, ScriptedHook
from .test_pipeline import seed_event

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def receiver() -> Iterator[HTTPServer]:
    """Threaded, so a hanging answer does not hold back the other requests."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


def alert(alert_id: str, revision: int, **overrides) -> Alert:
    fields = {
        "alert_id": alert_id,
        "revision": revision,
        "created_at": datetime(2024, 7, 25, 12, tzinfo=UTC),
        "updated_at": datetime(2024, 7, 25, 12, revision, tzinfo=UTC),
        "severity": Severity.HIGH,
        "summary": f"China and Russia: joint air patrol; {revision} reports",
        "states": ["CHN", "RUS"],
        "activity": "patrol",
        "domains": ["air"],
        "assets": [Asset(name="H-6K", state="CHN", nuclear_capable=True)],
        "locations": [Location(name="Bering Sea", lat=58.0, lon=-178.0)],
        "region_of_interest": RegionOfInterest(name="Alaska", distance_km=320),
        "score": 0.9,
        "article_ids": [f"{alert_id}-art-{n}" for n in range(1, revision + 1)],
        "evidence": [],
        "classifier_version": "test",
        "source_count": revision,
    }
    return Alert(**(fields | overrides))


def publish(bootstrap: str, topic: str, alerts: list[Alert]) -> None:
    produce(bootstrap, topic, [(a.alert_id.encode(), a.model_dump_json().encode()) for a in alerts])


def delivery_env(broker, topics: Topics, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **topics.env(),
        "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
        "JOINTWATCH_TOPIC_DELIVERY_DLQ": f"dlq-{topics.app_id}",
        "JOINTWATCH_SILENCES_FILE": str(tmp_path / "silences.json"),
        "JOINTWATCH_DISABLED_FILE": str(tmp_path / "disabled-destinations.json"),
        "JOINTWATCH_HTTP_TIMEOUT": "0.5",
        **extra,
    }


def jointwatch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("JOINTWATCH_", "KAFKA_"))}
    return subprocess.run(
        [sys.executable, "-m", "jointwatch", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def committed_everything(bootstrap: str, group: str, topic: str, timeout: float = 15) -> bool:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        ends = {tp: end for tp, end in consumer.end_offsets(tps).items() if end > 0}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            offsets = admin.list_group_offsets({group: None}).get(group, {})
            if all(tp in offsets and offsets[tp].offset == end for tp, end in ends.items()):
                return True
            time.sleep(0.3)
        return False
    finally:
        consumer.close()
        admin.close()


def assert_once_signed_in_order(hits, expected: list[Alert]) -> None:
    ids = [hit.webhook_id for hit in hits]
    assert sorted(ids) == sorted(f"{a.alert_id}:{a.revision}" for a in expected), ids
    assert len(ids) == len(set(ids)), f"acknowledged twice: {ids}"
    revisions: dict[str, list[int]] = defaultdict(list)
    for hit in hits:
        verify(SECRET, hit.headers, hit.body, now=time.time())
        body = hit.json()
        assert hit.webhook_id == f"{body['alert_id']}:{body['revision']}"
        revisions[body["alert_id"]].append(body["revision"])
    for alert_id, seen in revisions.items():
        assert seen == sorted(seen), f"{alert_id} arrived out of order: {seen}"


def test_flaky_webhook_gets_every_routed_revision_once_signed_in_order(
    broker, start_worker, receiver, tmp_path
):
    hook = ScriptedHook(
        [500, 503, Answer(429, {"Retry-After": "1"}), Answer(200, delay=1.5), 500], then=204
    )
    receiver.expect_request("/hook", method="POST").respond_with_handler(hook)
    routes = tmp_path / "routes.toml"
    routes.write_text('[destinations.webhook]\nmin_severity = "medium"\n')
    topics = Topics.unique()
    env = delivery_env(
        broker,
        topics,
        tmp_path,
        JOINTWATCH_WEBHOOK_URL=receiver.url_for("/hook"),
        JOINTWATCH_WEBHOOK_SECRET=SECRET,
        JOINTWATCH_ROUTES_FILE=str(routes),
        JOINTWATCH_RETRY_SCHEDULE="[0, 0.3, 0.5, 1, 1, 1, 1, 1]",
    )
    silenced = jointwatch(env, "silence", "add", "state=PRK", "--comment", "test")
    assert silenced.returncode == 0, silenced.stderr

    worker = start_worker(env, "--role", "notifier")
    worker.wait_healthy()
    wanted = [alert("evt-a", 1), alert("evt-b", 1), alert("evt-a", 2), alert("evt-a", 3)]
    wanted.append(alert("evt-b", 2))
    unwanted = [
        alert("evt-prk", 1, states=["PRK", "RUS"]),  # silenced
        alert("evt-low", 1, severity=Severity.LOW),  # below the route's minimum
    ]
    publish(broker.bootstrap, topics.alerts, [*wanted[:3], *unwanted, *wanted[3:]])

    hits = hook.wait_for(len(wanted))
    time.sleep(1.0)  # nothing more may arrive
    assert_once_signed_in_order(hook.acknowledged, wanted)
    assert not any(h.webhook_id.startswith(("evt-prk", "evt-low")) for h in hook.hits)
    assert [h.answer.status for h in hook.hits[:5]] == [500, 503, 429, 200, 500]
    assert len(hits) == 5

    assert committed_everything(broker.bootstrap, f"{topics.app_id}-notify-webhook", topics.alerts)
    metric = worker.metric
    assert metric("jointwatch_notifications_total", channel="webhook", outcome="delivered") == 5
    assert metric("jointwatch_delivery_retries_total", channel="webhook") == 5
    assert metric("jointwatch_notifications_total", channel="webhook", outcome="retried") == 5
    assert metric("jointwatch_delivery_seconds_count", channel="webhook") == 5
    suppressed = "jointwatch_notifications_suppressed_total"
    assert metric(suppressed, channel="webhook", reason="silenced") == 1
    assert metric(suppressed, channel="webhook", reason="routed_out") == 1
    assert read_topic(broker.bootstrap, f"dlq-{topics.app_id}", expect=1, timeout=2) == []
    # The destination's own group has its lag on /metrics (measured every 5 s): all caught up
    # once the measurement after the last commit is in.
    group = f"{topics.app_id}-notify-webhook"
    deadline = time.monotonic() + 15
    while True:
        lags = {
            dict(labels)["partition"]: value
            for (name, labels), value in worker.metrics().items()
            if name == "jointwatch_consumer_lag" and dict(labels)["group"] == group
        }
        if (lags and set(lags.values()) == {0.0}) or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert lags and set(lags.values()) == {0.0}, worker.metrics()
    assert worker.stop() == 0, worker.log()


def test_failed_deliveries_go_to_the_dead_letter_topic_and_redeliver_sends_them(
    broker, start_worker, receiver, tmp_path
):
    hook = ScriptedHook(then=503)
    receiver.expect_request("/hook", method="POST").respond_with_handler(hook)
    topics = Topics.unique()
    dlq = f"dlq-{topics.app_id}"
    env = delivery_env(
        broker,
        topics,
        tmp_path,
        JOINTWATCH_WEBHOOK_URL=receiver.url_for("/hook"),
        JOINTWATCH_WEBHOOK_SECRET=SECRET,
        JOINTWATCH_RETRY_SCHEDULE="[0, 0.1, 0.1]",
    )
    worker = start_worker(env, "--role", "notifier")
    worker.wait_healthy()

    publish(broker.bootstrap, topics.alerts, [alert("evt-e", 1)])
    [exhausted] = read_topic(broker.bootstrap, dlq, expect=1)
    hook.answer_from_now(410)
    publish(broker.bootstrap, topics.alerts, [alert("evt-e", 2)])
    letters = read_topic(broker.bootstrap, dlq, expect=2)
    publish(broker.bootstrap, topics.alerts, [alert("evt-e", 3)])
    letters = read_topic(broker.bootstrap, dlq, expect=3)

    reasons = [dict(r.headers)["jointwatch-reason"].decode() for r in letters]
    assert reasons == ["retries_exhausted", "endpoint_gone", "endpoint_disabled"]
    first = dict(exhausted.headers)
    assert first["webhook-id"] == b"evt-e:1"
    assert first["jointwatch-destination"] == b"webhook"
    assert first["jointwatch-detail"] == b"HTTP 503 Service Unavailable; gave up after 3 attempts"
    body = json.loads(exhausted.value)
    assert (body["reason"], body["attempts"], body["alert"]["revision"]) == (
        "retries_exhausted",
        3,
        1,
    )
    assert len(hook.hits) == 3 + 1  # revision 3 was never sent: the destination is disabled
    assert "destination webhook is DISABLED" in worker.log()
    assert worker.metric("jointwatch_destinations_disabled", channel="webhook") == 1
    for reason in ("retries_exhausted", "endpoint_gone", "endpoint_disabled"):
        count = worker.metric(
            "jointwatch_delivery_dead_letters_total", channel="webhook", reason=reason
        )
        assert count == 1, reason
    assert committed_everything(broker.bootstrap, f"{topics.app_id}-notify-webhook", topics.alerts)
    assert worker.stop() == 0, worker.log()

    # The 410 outlives the process: a restarted notifier still dead-letters, sends nothing.
    hook.answer_from_now(204)
    worker = start_worker(env, "--role", "notifier")
    worker.wait_healthy()
    assert "destination webhook is disabled (HTTP 410 Gone)" in worker.log()
    assert worker.metric("jointwatch_destinations_disabled", channel="webhook") == 1
    publish(broker.bootstrap, topics.alerts, [alert("evt-e", 4)])
    letters = read_topic(broker.bootstrap, dlq, expect=4)
    assert dict(letters[-1].headers)["jointwatch-reason"] == b"endpoint_disabled"
    assert len(hook.hits) == 3 + 1
    held = jointwatch(env, "redeliver", "--dry-run")
    assert "is disabled (HTTP 410 Gone)" in held.stdout, held.stdout
    listed = jointwatch(env, "destination", "list", "--json")
    assert [(d["name"], d["state"]) for d in json.loads(listed.stdout)] == [("webhook", "disabled")]

    # Enabled again: the running notifier sends new revisions, redeliver sends the rest.
    enabled = jointwatch(env, "destination", "enable", "webhook")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    publish(broker.bootstrap, topics.alerts, [alert("evt-e", 5)])
    assert [h.webhook_id for h in hook.wait_for(1, timeout=30)] == ["evt-e:5"]
    assert worker.metric("jointwatch_destinations_disabled", channel="webhook") == 0
    assert worker.stop() == 0, worker.log()
    # Revision 5 (the whole event) is out: the four older dead letters would take the receiver
    # back, so redeliver skips them, having read the newest revision on the alerts topic...
    done = jointwatch(env, "redeliver")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "delivered 0, failed 0, skipped 4" in done.stdout
    assert done.stdout.count("superseded by revision 5 on the alerts topic") == 4, done.stdout
    assert len(hook.acknowledged) == 1
    # ... unless asked for every revision (a receiver that keeps the history).
    done = jointwatch(env, "redeliver", "--all-revisions")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "delivered 4, failed 0, skipped 0" in done.stdout
    redelivered = hook.acknowledged[1:]
    assert [h.webhook_id for h in redelivered] == ["evt-e:1", "evt-e:2", "evt-e:3", "evt-e:4"]
    for hit in redelivered:
        verify(SECRET, hit.headers, hit.body, now=time.time())

    partition = letters[0].partition
    again = jointwatch(
        env, "redeliver", "--all-revisions", "--partition", str(partition), "--offset", "2"
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "delivered 2, failed 0" in again.stdout
    assert [h.webhook_id for h in hook.acknowledged[-2:]] == ["evt-e:3", "evt-e:4"]


def test_slack_revision_held_in_the_merge_wait_is_delivered_after_a_restart(
    broker, start_worker, receiver, tmp_path
):
    slack = ScriptedHook(then=200)
    receiver.expect_request("/services/T/B/x", method="POST").respond_with_handler(slack)
    topics = Topics.unique()
    env = delivery_env(
        broker,
        topics,
        tmp_path,
        JOINTWATCH_SLACK_WEBHOOK_URL=receiver.url_for("/services/T/B/x"),
        JOINTWATCH_SLACK_MERGE_WAIT="30",
    )
    first = start_worker(env, "--role", "notifier")
    first.wait_healthy()
    publish(broker.bootstrap, topics.alerts, [alert("evt-s", 1)])
    assert len(slack.wait_for(1)) == 1, first.log()
    publish(broker.bootstrap, topics.alerts, [alert("evt-s", 2)])
    time.sleep(1.5)  # read and held in the merge wait
    assert len(slack.hits) == 1
    assert first.stop() == 0, first.log()

    second = start_worker(env, "--role", "notifier")
    second.wait_healthy()
    messages = slack.wait_for(2, timeout=30)
    time.sleep(1.0)
    contexts = [h.json()["blocks"][3]["elements"][0]["text"] for h in slack.hits]
    assert [c.split(" ·")[0] for c in contexts] == ["revision 1", "revision 2"], second.log()
    assert len(messages) == 2
    assert all(h.json()["text"] for h in messages)  # the text fallback
    assert second.stop() == 0, second.log()


def test_reports_of_two_events_make_exactly_two_alerts_each_delivered_in_order(
    broker, start_worker, receiver, seed_text, tmp_path
):
    hook = ScriptedHook(then=204)
    receiver.expect_request("/hook", method="POST").respond_with_handler(hook)
    exercise = next(
        json.loads(line)
        for line in SAMPLES.read_text().splitlines()
        if line.strip() and json.loads(line)["id"] == "sample-006"
    )
    topics = Topics.unique()
    env = delivery_env(
        broker,
        topics,
        tmp_path,
        JOINTWATCH_WEBHOOK_URL=receiver.url_for("/hook"),
        JOINTWATCH_WEBHOOK_SECRET=SECRET,
    )
    worker = start_worker(env)
    worker.wait_healthy()
    articles = []
    for n in range(1, 4):
        articles.append((f"patrol-{n}".encode(), seed_event(seed_text, f"patrol-{n}")))
        drill = {**exercise, "id": f"drill-{n}", "source": f"outlet-{n}"}
        articles.append((f"drill-{n}".encode(), json.dumps(drill).encode()))
    produce(broker.bootstrap, topics.articles, articles)

    records = read_topic(broker.bootstrap, topics.alerts, expect=6)
    alerts = [json.loads(r.value) for r in records]
    by_id: dict[str, list[int]] = defaultdict(list)
    for a in sorted(alerts, key=lambda a: a["revision"]):
        by_id[a["alert_id"]].append(a["revision"])
    assert len(by_id) == 2, worker.log()
    assert sorted(by_id.values()) == [[1, 2, 3], [1, 2, 3]]
    grown = [a for a in alerts if a["revision"] == 3]
    assert sorted(len(a["article_ids"]) for a in grown) == [3, 3]
    assert {a["activity"] for a in grown} == {"patrol", "exercise"}

    hits = hook.wait_for(6)
    assert_once_signed_in_order(hits, [Alert.model_validate(a) for a in alerts])
    assert worker.stop() == 0, worker.log()


def test_a_second_notifier_joining_mid_stream_causes_no_second_acknowledgement(
    broker, start_worker, receiver, tmp_path
):
    hook = ScriptedHook(then=Answer(204, delay=0.0))
    receiver.expect_request("/hook", method="POST").respond_with_handler(hook)
    topics = Topics.unique()
    env = delivery_env(
        broker,
        topics,
        tmp_path,
        JOINTWATCH_WEBHOOK_URL=receiver.url_for("/hook"),
        JOINTWATCH_WEBHOOK_SECRET=SECRET,
        # A production-like request timeout: with the 0.5 s the other tests use, a receiver
        # slowed by a busy CI machine times a request out after answering it, and the retry
        # (correct, same webhook-id) would be counted as a rebalance repeat.
        JOINTWATCH_HTTP_TIMEOUT="10",
    )
    first = start_worker(env, "--role", "notifier")
    first.wait_healthy()
    wanted: list[Alert] = []

    def publish_batch() -> None:
        batch = [alert(f"evt-{len(wanted)}-{n}", r) for n in range(5) for r in (1, 2)]
        publish(broker.bootstrap, topics.alerts, batch)
        wanted.extend(batch)

    publish_batch()
    second = start_worker(env, "--role", "notifier")  # the group rebalances while alerts flow
    while second.health()[0] != 200 and second.proc.poll() is None:
        publish_batch()
        time.sleep(0.5)
    for _ in range(3):
        publish_batch()
        time.sleep(0.5)
    hits = hook.wait_for(len(wanted), timeout=60)
    time.sleep(2)
    hits = hook.acknowledged  # and any repeat that came in the two seconds since
    # Every revision acknowledged exactly once, signed, each alert's revisions in order, and
    # each acknowledgement counted by the worker that made it: the revoked owner finished or
    # abandoned its requests and committed what was done before the new owner read on.
    assert_once_signed_in_order(hits, wanted)
    retries = [
        w.metric("jointwatch_delivery_retries_total", channel="webhook") for w in (first, second)
    ]
    assert retries == [0, 0], f"no request should have needed a retry: {retries}"
    delivered = [
        w.metric("jointwatch_notifications_total", channel="webhook", outcome="delivered")
        for w in (first, second)
    ]
    assert sum(delivered) == len(hits) == len(wanted)
    assert all(delivered), f"both workers should have delivered: {delivered}"
    assert first.stop() == 0, first.log()
    assert second.stop() == 0, second.log()
