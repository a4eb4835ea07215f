"""`jointwatch up` as a user runs it: embedded broker, samples published, alerts shown, clean stop."""

from __future__ import annotations

import signal
import socket
import time

import pytest

from jointwatch.broker import free_port

from ..conftest import SAMPLES
from .conftest import read_topic

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_up_starts_the_embedded_broker_shows_alerts_and_stops_cleanly(start_worker):
    broker_port = free_port()
    worker = start_worker(
        {"JOINTWATCH_BROKER_PORT": str(broker_port)}, "--publish", str(SAMPLES), "--show-alerts"
    )
    worker.wait_healthy()
    assert "embedded broker" in worker.log()
    alerts = read_topic(f"127.0.0.1:{broker_port}", "alerts", expect=1, timeout=60)
    assert alerts, worker.log()
    deadline = time.monotonic() + 20
    while "ALERT" not in worker.log() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "ALERT" in worker.log()
    assert worker.stop(signal.SIGINT) == 0, worker.log()
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", broker_port)) != 0, "embedded broker left running"


def test_up_refuses_a_metrics_port_in_use(start_worker):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        worker = start_worker({"JOINTWATCH_METRICS_PORT": str(port)})
        assert worker.proc.wait(60) == 1
        assert "JOINTWATCH_METRICS_PORT" in worker.log()
