import pytest
from pydantic import ValidationError

from jointwatch.runtime import kafka_timeouts
from jointwatch.settings import Settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    import os

    for name in list(os.environ):
        if name.startswith(("JOINTWATCH_", "KAFKA_")):
            monkeypatch.delenv(name)


def test_defaults_follow_the_contract():
    s = Settings()
    assert (s.topic_articles, s.topic_alerts, s.topic_dlq) == ("articles", "alerts", "articles.dlq")
    assert s.metrics_port == 9108
    assert s.embedded
    assert s.bootstrap() == "127.0.0.1:9092"


def test_kafka_bootstrap_servers_selects_a_real_cluster(monkeypatch):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092")
    s = Settings()
    assert not s.embedded
    assert s.bootstrap() == "k1:9092,k2:9092"


def test_secrets_never_print(monkeypatch):
    monkeypatch.setenv("JOINTWATCH_WEBHOOK_SECRET", "whsec_c2VjcmV0")
    monkeypatch.setenv("JOINTWATCH_SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T/B/XYZ")
    s = Settings()
    assert "c2VjcmV0" not in repr(s) and "XYZ" not in repr(s)
    assert "c2VjcmV0" not in str(s.model_dump())


def test_invalid_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("JOINTWATCH_METRICS_PORT", "not-a-port")
    with pytest.raises(ValidationError, match="metrics_port"):
        Settings()


def test_production_timeouts_on_real_kafka_short_ones_on_the_embedded_broker(monkeypatch):
    assert kafka_timeouts(Settings()).max_poll_interval == 6
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9092")
    assert kafka_timeouts(Settings()).max_poll_interval == 300


def test_explicit_timeout_wins_on_the_embedded_broker(monkeypatch):
    monkeypatch.setenv("JOINTWATCH_KAFKA_SESSION_TIMEOUT", "9")
    t = kafka_timeouts(Settings())
    assert t.session_timeout == 9
    assert t.heartbeat_interval == 1


def test_fetch_wait_is_short_only_where_the_broker_holds_every_fetch(monkeypatch):
    assert kafka_timeouts(Settings()).fetch_max_wait == 0.01  # embedded: a latency floor per hop
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9092")
    assert kafka_timeouts(Settings()).fetch_max_wait == 0.5  # Kafka answers when data arrives
    monkeypatch.setenv("JOINTWATCH_KAFKA_FETCH_MAX_WAIT", "0.05")
    assert kafka_timeouts(Settings()).fetch_max_wait == 0.05
