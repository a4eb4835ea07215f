"""Event clusters are kept in a changelog topic: a new worker reads them back and grows them."""

from __future__ import annotations

import json

import pytest

from .conftest import Topics, produce, read_topic
from .test_pipeline import seed_event

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_a_restarted_worker_grows_the_same_alert_from_the_changelog(
    broker, start_worker, seed_text
):
    topics = Topics.unique()
    env = {**topics.env(), "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap}
    first = start_worker(env, "--role", "classifier")
    first.wait_healthy()
    produce(broker.bootstrap, topics.articles, [(b"seed-1", seed_event(seed_text, "seed-1"))])
    [rev1] = read_topic(broker.bootstrap, topics.alerts, expect=1)
    assert first.stop() == 0, first.log()

    second = start_worker(env, "--role", "classifier")
    second.wait_healthy()
    produce(broker.bootstrap, topics.articles, [(b"seed-2", seed_event(seed_text, "seed-2"))])
    records = read_topic(broker.bootstrap, topics.alerts, expect=2)
    assert len(records) == 2, second.log()
    alerts = [json.loads(r.value) for r in records]
    assert alerts[0]["alert_id"] == alerts[1]["alert_id"] == json.loads(rev1.value)["alert_id"]
    assert sorted(a["revision"] for a in alerts) == [1, 2]
    grown = next(a for a in alerts if a["revision"] == 2)
    assert grown["article_ids"] == ["seed-1", "seed-2"]
    assert grown["source_count"] == 2
    assert second.stop() == 0, second.log()
