"""One article in, one alert out, on the real embedded broker; bad input to the DLQ; metrics."""

from __future__ import annotations

import json
import time

import pytest
from werkzeug import Request, Response

import jointwatch.core.classifier as classifier_module
from jointwatch.core.compiled import running_compiled
from jointwatch.notifier.signing import verify

from .conftest import Topics, produce, read_topic

pytestmark = pytest.mark.integration

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def seed_event(seed_text: str, article_id: str = "seed-1") -> bytes:
    article = {
        "id": article_id,
        "title": "Joint bomber patrol near Alaska",
        "body": seed_text,
        "source": "test-wire",
        "published_at": "2024-07-25T12:00:00Z",
    }
    return json.dumps(article).encode()


def test_seed_article_becomes_one_signed_alert_and_bad_events_go_to_the_dlq(
    broker, start_worker, httpserver, seed_text
):
    received: list[Request] = []

    def record(request: Request) -> Response:
        received.append(request)
        return Response("", status=204)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(record)
    topics = Topics.unique()
    worker = start_worker(
        {
            **topics.env(),
            "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
            "JOINTWATCH_WEBHOOK_URL": httpserver.url_for("/hook"),
            "JOINTWATCH_WEBHOOK_SECRET": SECRET,
            "JOINTWATCH_MAX_EVENT_BYTES": "50000",
        }
    )
    worker.wait_healthy()

    single_state = {
        "id": "single-1",
        "body": (
            "The People's Liberation Army's Eastern Theater Command began joint drills around "
            "Taiwan on Monday, sending army, navy, air force and rocket force units to practise "
            "a blockade, state media said."
        ),
    }
    produce(
        broker.bootstrap,
        topics.articles,
        [
            (b"bad-json", b"{not json"),
            (b"not-article", json.dumps({"id": "x"}).encode()),
            (b"too-large", json.dumps({"id": "big", "body": "a" * 60000}).encode()),
            (b"single-1", json.dumps(single_state).encode()),
            (b"seed-1", seed_event(seed_text)),
        ],
    )

    alerts = read_topic(broker.bootstrap, topics.alerts, expect=1)
    assert len(alerts) == 1, worker.log()
    alert = json.loads(alerts[0].value)
    assert alerts[0].key == alert["alert_id"].encode()
    assert alert["schema_version"] == "1"
    assert alert["revision"] == 1
    assert alert["states"] == ["CHN", "RUS"]
    assert alert["activity"] == "patrol"
    assert alert["severity"] in ("high", "critical")
    assert alert["article_ids"] == ["seed-1"]

    dead = read_topic(broker.bootstrap, topics.dlq, expect=3)
    reasons = {}
    for record in dead:
        headers = dict(record.headers)
        body = json.loads(record.value)
        assert headers["jointwatch-reason"].decode() == body["reason"]
        reasons[record.key] = body["reason"]
    assert reasons == {
        b"bad-json": "not_json",
        b"not-article": "invalid_article",
        b"too-large": "too_large",
    }
    too_large = json.loads(next(r for r in dead if r.key == b"too-large").value)
    assert too_large["original_size"] > 50000

    deadline = time.monotonic() + 30
    while not received and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(received) == 1, worker.log()
    hook = received[0]
    assert hook.headers["webhook-id"] == f"{alert['alert_id']}:1"
    body = hook.get_data()
    verify(SECRET, dict(hook.headers), body, now=int(time.time()))
    assert json.loads(body)["alert_id"] == alert["alert_id"]

    time.sleep(0.5)  # let the delivery metric be recorded after the response
    assert worker.metric("jointwatch_articles_consumed_total") == 5
    assert worker.metric("jointwatch_articles_rejected_total", reason="not_json") == 1
    assert worker.metric("jointwatch_articles_rejected_total", reason="invalid_article") == 1
    assert worker.metric("jointwatch_articles_rejected_total", reason="too_large") == 1
    assert worker.metric("jointwatch_classifications_total", result="joint") == 1
    assert worker.metric("jointwatch_classifications_total", result="not_joint") == 1
    published = sum(
        worker.metric("jointwatch_alerts_published_total", severity=s) for s in ("high", "critical")
    )
    assert published == 1
    assert worker.metric("jointwatch_processing_seconds_count") == 1
    assert (
        worker.metric("jointwatch_notifications_total", channel="webhook", outcome="delivered") == 1
    )
    # The worker says which classifier build it runs: the one this test process imported.
    info = [labels for name, labels in worker.metrics() if name == "jointwatch_classifier_info"]
    build = "compiled" if running_compiled(classifier_module) else "source"
    assert [dict(labels)["build"] for labels in info] == [build]
    assert worker.stop() == 0


def commit_as(bootstrap: str, group: str, topic: str, offset: int) -> None:
    """Commit `offset` on partition 0 of `topic` for `group`, as an old version's group did."""
    import asyncio

    from aiokafka import AIOKafkaConsumer, TopicPartition

    async def commit() -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False
        )
        await consumer.start()
        try:
            tp = TopicPartition(topic, 0)
            consumer.assign([tp])
            await consumer.commit({tp: offset})
        finally:
            await consumer.stop()

    asyncio.run(commit())


def alerts_of_one_new_article(broker, start_worker, topics: Topics, seed_text: str):
    """Start a worker, publish one new article, and return the worker and every alert on the
    topic a second after the first one arrived (so a repeat of an old one would be seen)."""
    worker = start_worker({**topics.env(), "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap})
    worker.wait_healthy()
    produce(broker.bootstrap, topics.articles, [(b"new-1", seed_event(seed_text, "new-1"))])
    alerts = read_topic(broker.bootstrap, topics.alerts, expect=1)
    time.sleep(1)
    alerts += read_topic(broker.bootstrap, topics.alerts, expect=10, timeout=2)[len(alerts) :]
    return worker, alerts


def test_after_an_upgrade_the_classifier_continues_where_the_faust_group_stopped(
    broker, start_worker, seed_text
):
    """Before the classifier had its own group (`<app_id>-classifier`), faust's group `<app_id>`
    committed the articles offsets: a new classifier group starts from those, not from the
    earliest offset (which would classify and alert every retained article again)."""

    from jointwatch.topics import ensure_topics

    topics = Topics.unique()
    ensure_topics(broker.bootstrap, [topics.articles], partitions=1, replication=1)
    produce(
        broker.bootstrap,
        topics.articles,
        [(b"old-1", seed_event(seed_text, "old-1")), (b"old-2", seed_event(seed_text, "old-2"))],
    )

    commit_as(broker.bootstrap, topics.app_id, topics.articles, 2)  # both old articles done
    worker, alerts = alerts_of_one_new_article(broker, start_worker, topics, seed_text)
    assert [json.loads(a.value)["article_ids"] for a in alerts] == [["new-1"]], worker.log()
    time.sleep(1)
    assert worker.metric("jointwatch_articles_consumed_total") == 1, worker.log()
    assert "continues from the offsets of group" in worker.log()
    assert worker.stop() == 0


def test_after_an_upgrade_the_clusterer_grows_the_alert_faust_s_table_kept(
    broker, start_worker, seed_text
):
    """The clusterer was a faust agent over a faust table: its state is in the changelog topic
    faust wrote (`<app_id>-clusters-changelog`, JSON-string keys) and its reports offsets in
    faust's group `<app_id>`. The new clusterer reads both: the next report of the event is
    revision 2 of the old alert, and the report faust had done is not clustered again."""
    from datetime import UTC, datetime, timedelta

    from jointwatch.core.classifier import Classifier
    from jointwatch.core.clustering import GroupState, Report, group_key, join_group
    from jointwatch.core.knowledge import default_knowledge
    from jointwatch.core.models import Article
    from jointwatch.topics import ensure_topics

    topics = Topics.unique()
    reports, changelog = f"{topics.app_id}-reports", f"{topics.app_id}-clusters-changelog"
    ensure_topics(broker.bootstrap, [reports, changelog], partitions=1, replication=1)
    old = Article.model_validate_json(seed_event(seed_text, "old-1"))
    report = Report(  # as the classifier stage makes it
        result=Classifier(default_knowledge()).classify(old),
        title=old.title,
        source=old.source,
        published_at=old.published_at,
        received_at=datetime.now(UTC),
    )
    key = group_key(report.result)
    state, cluster = join_group(
        GroupState(),
        report,
        now=datetime.now(UTC),
        window=timedelta(hours=72),
        max_distance_km=1500,
    )
    assert cluster is not None
    produce(broker.bootstrap, reports, [(key.encode(), report.model_dump_json().encode())])
    produce(
        broker.bootstrap,
        changelog,
        [(json.dumps(key).encode(), state.model_dump_json().encode())],  # as faust's table did
    )

    commit_as(broker.bootstrap, topics.app_id, reports, 1)  # the old report was clustered
    worker, alerts = alerts_of_one_new_article(broker, start_worker, topics, seed_text)
    assert [json.loads(a.value)["revision"] for a in alerts] == [2], worker.log()
    [grown] = [json.loads(a.value) for a in alerts]
    assert grown["alert_id"] == cluster.alert_id
    assert grown["article_ids"] == ["old-1", "new-1"]
    assert "continues from the offsets of group" in worker.log()
    assert worker.stop() == 0
