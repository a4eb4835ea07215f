"""Secrets never leave: a worker at DEBUG level with a webhook secret, a Slack URL and failing
receivers, and one with a SASL password the broker refuses; their logs, /metrics, /healthz and
every topic they wrote are scanned for the secret values."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from werkzeug import Request, Response

from jointwatch.broker import free_port

from .conftest import Topics, produce, read_topic
from .test_pipeline import seed_event

pytestmark = [pytest.mark.integration, pytest.mark.slow]

WEBHOOK_SECRET = "whsec_c2VjcmV0LXNpZ25pbmcta2V5LTQyNDI0MjQyNDI="
SLACK_TOKEN = "xoxbSLACKTOKEN9f8e7d6c5b4a"
SASL_PASSWORD = "sasl-PASSWORD-5e3c1a77"


def leaked(text: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s in text]


def test_secrets_appear_in_no_log_metric_health_answer_or_topic(
    broker, start_worker, httpserver, seed_text
):
    calls: list[str] = []

    def flaky(request: Request) -> Response:
        calls.append(request.path)
        return Response("upstream broke", status=500)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(flaky)
    slack_path = f"/services/T0000/B0000/{SLACK_TOKEN}"
    httpserver.expect_request(slack_path, method="POST").respond_with_handler(flaky)
    topics = Topics.unique()
    worker = start_worker(
        {
            **topics.env(),
            "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
            "JOINTWATCH_WEBHOOK_URL": httpserver.url_for("/hook"),
            "JOINTWATCH_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "JOINTWATCH_SLACK_WEBHOOK_URL": httpserver.url_for(slack_path),
            "JOINTWATCH_LOG_LEVEL": "DEBUG",
            "JOINTWATCH_RETRY_SCHEDULE": "[0, 0.2]",
        }
    )
    worker.wait_healthy()
    produce(
        broker.bootstrap,
        topics.articles,
        [(b"s-1", seed_event(seed_text, "s-1")), (b"bad", b"{not json")],
    )
    deadline = time.monotonic() + 60
    while len(calls) < 4 and time.monotonic() < deadline:  # both destinations, both attempts
        time.sleep(0.2)
    assert len(calls) >= 4, worker.log()
    time.sleep(2)  # let failures be logged and recorded

    secrets = [WEBHOOK_SECRET, WEBHOOK_SECRET.removeprefix("whsec_"), SLACK_TOKEN]
    status, health = worker.health()
    metrics = "\n".join(f"{k} {v}" for k, v in worker.metrics().items())
    topic_text = ""
    for topic in (topics.alerts, topics.dlq, "alerts.delivery-dlq"):
        for record in read_topic(broker.bootstrap, topic, expect=10**6, timeout=3):
            topic_text += repr(record.headers) + (record.value or b"").decode(errors="replace")
    assert worker.stop() == 0
    with open(worker.log_path, encoding="utf-8", errors="replace") as fh:
        log = fh.read()
    assert "DEBUG" in log and len(log) > 1000  # the scan read a verbose log
    assert leaked(log, secrets) == []
    assert leaked(metrics, secrets) == []
    assert leaked(repr(health), secrets) == [] and status == 200
    assert leaked(topic_text, secrets) == []


def test_a_sasl_password_the_broker_refuses_is_never_printed(broker):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("JOINTWATCH_", "KAFKA_"))},
        "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
        "JOINTWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "JOINTWATCH_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "JOINTWATCH_KAFKA_SASL_USERNAME": "jointwatch",
        "JOINTWATCH_KAFKA_SASL_PASSWORD": SASL_PASSWORD,
        "JOINTWATCH_LOG_LEVEL": "DEBUG",
        "JOINTWATCH_METRICS_PORT": str(free_port()),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "jointwatch", "up"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    out = (proc.stdout + proc.stderr).decode(errors="replace")
    assert proc.returncode != 0
    # The SCRAM handshake reached the real broker (which offers no SCRAM), so the settings
    # arrived in kafka-python; the password itself appears nowhere.
    assert "SaslMechanism" in out, out[-3000:]
    assert SASL_PASSWORD not in out
