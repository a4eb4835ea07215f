"""The dashboard against the real thing: a real Prometheus scrapes a running `jointwatch up` under
traffic, and every query of every Grafana panel returns data through Prometheus's HTTP API.

Prometheus and promtool come from the Debian package `prometheus`; the test installs it with
apt-get when it is missing (and skips, saying why, when it cannot). `jointwatch up` starts its
own embedded broker, as `make run` does. Prometheus scrapes every second and also loads the
alert rules, so a rule that cannot be evaluated against the real series fails here too.

The traffic feeds the Delivery row as well: the webhook refuses every third attempt once (retries),
and a second webhook destination, routed only critical alerts, answers 410 Gone (routed_out
suppressions, a disabled destination, dead letters, and DeliveryDestinationDisabled firing).
Once everything is delivered one article is sent again, so "Duplicate articles skipped" shows it.
The broker stays up throughout: "Kafka broker reachable" reads 1, "Broker outages" 0, and
KafkaBrokerUnreachable and KafkaBrokerFlapping stay quiet (tests/integration/test_faults.py
takes the broker away).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from werkzeug import Request, Response

from jointwatch.broker import free_port

from ..conftest import SAMPLES
from ..integration.conftest import Worker, produce
from .test_dashboard import PROMETHEUS_YML, RULES, all_panels, load_dashboard

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# Grafana's variables for a 5-minute view of a 1-second scrape (Grafana derives
# $__rate_interval from the data source's scrape interval; 1m keeps >= 4 scrapes in every window).
LIVE_VARS = {"$__rate_interval": "1m", "$__range": "5m", "$__interval": "5s"}
MALFORMED = [
    (b"live-bad-json", b"{not json"),
    (b"live-not-utf8", b"\xff\xfe\x00 not text"),
    (b"live-array", b"[1, 2, 3]"),
    (b"live-no-body", json.dumps({"id": "live-no-body"}).encode()),
]


# --- Prometheus, installed and run for real -----------------------------------------------


def prometheus_binaries() -> tuple[str, str]:
    """(prometheus, promtool), from Debian's package; installed with apt-get when missing."""
    if not (shutil.which("prometheus") and shutil.which("promtool")):
        apt = shutil.which("apt-get")
        if apt is None:
            pytest.skip("prometheus is not installed and apt-get is not available to install it")
        if os.geteuid() != 0:
            pytest.skip("prometheus is not installed; `apt-get install -y prometheus` needs root")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = [apt, "install", "-y", "-qq", "--no-install-recommends", "prometheus"]
        done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:  # a fresh machine has no package lists yet
            subprocess.run([apt, "update", "-qq"], env=env, capture_output=True, timeout=600)
            done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, f"apt-get install prometheus failed:\n{done.stderr[-3000:]}"
    prometheus, promtool = shutil.which("prometheus"), shutil.which("promtool")
    assert prometheus and promtool, "the prometheus package did not install both binaries"
    return prometheus, promtool


@dataclass
class Prometheus:
    proc: subprocess.Popen[bytes]
    port: int
    log_path: Path

    def get(self, path: str, **params: str) -> Any:
        url = f"http://127.0.0.1:{self.port}{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        with urllib.request.urlopen(url, timeout=10) as resp:
            return json.loads(resp.read())

    def query(self, expr: str) -> list[dict[str, Any]]:
        doc = self.get("/api/v1/query", query=expr)
        assert doc["status"] == "success", doc
        data = doc["data"]
        if data["resultType"] == "scalar":
            return [{"metric": {}, "value": data["result"]}]
        return list(data["result"])

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"prometheus exited:\n{self.log()}"
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{self.port}/-/ready", timeout=2
                ) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise AssertionError(f"prometheus not ready within {timeout}s:\n{self.log()}")


def live_config(metrics_port: int) -> dict[str, Any]:
    """deploy/prometheus/prometheus.yml with a 1 s scrape of one local process instead of
    Docker DNS discovery, and the rule files read from the repository."""
    config = yaml.safe_load(PROMETHEUS_YML.read_text(encoding="utf-8"))
    config["global"].update(scrape_interval="1s", scrape_timeout="1s", evaluation_interval="1s")
    config["rule_files"] = [str(RULES)]
    config["scrape_configs"] = [
        {
            "job_name": "jointwatch",
            "metrics_path": "/metrics",
            "static_configs": [
                {"targets": [f"127.0.0.1:{metrics_port}"], "labels": {"role": "all-in-one"}}
            ],
        }
    ]
    return config


@pytest.fixture
def start_prometheus(tmp_path: Path) -> Iterator[Callable[[int], Prometheus]]:
    started: list[Prometheus] = []

    def start(metrics_port: int) -> Prometheus:
        prometheus, promtool = prometheus_binaries()
        config = tmp_path / "prometheus.yml"
        config.write_text(yaml.safe_dump(live_config(metrics_port)), encoding="utf-8")
        check = subprocess.run(
            [promtool, "check", "config", str(config)], capture_output=True, text=True, timeout=60
        )
        assert check.returncode == 0, check.stdout + check.stderr
        port = free_port()
        log_path = tmp_path / "prometheus.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [
                    prometheus,
                    f"--config.file={config}",
                    f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        server = Prometheus(proc=proc, port=port, log_path=log_path)
        started.append(server)
        return server

    yield start
    for server in started:
        if server.proc.poll() is None:
            server.proc.terminate()
            try:
                server.proc.wait(10)
            except subprocess.TimeoutExpired:
                server.proc.kill()
                server.proc.wait()


# --- helpers ---------------------------------------------------------------------------------


def wait_for(what: str, check: Callable[[], bool], timeout: float, log: Callable[[], str]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}:\n{log()}")


def live_expr(expr: str) -> str:
    for var, value in LIVE_VARS.items():
        expr = expr.replace(var, value)
    return expr


def finite_values(result: list[dict[str, Any]]) -> list[float]:
    return [v for v in (float(s["value"][1]) for s in result) if math.isfinite(v)]


def describe(result: list[dict[str, Any]], legend: str) -> str:
    """One line for the table: the value, or legend=value for each series."""

    def name(metric: dict[str, str]) -> str:
        text = legend
        for label, value in metric.items():
            text = text.replace("{{" + label + "}}", value)
        return text

    def number(raw: str) -> str:
        value = float(raw)
        return raw if not math.isfinite(value) else f"{value:.4g}"

    if len(result) == 1 and "{{" not in legend:
        return number(result[0]["value"][1])
    shown = [f"{name(s['metric'])}={number(s['value'][1])}" for s in result[:6]]
    more = f" (+{len(result) - 6} more)" if len(result) > 6 else ""
    return ", ".join(shown) + more


def by_label(result: list[dict[str, Any]], label: str) -> dict[str, float]:
    return {s["metric"].get(label, ""): float(s["value"][1]) for s in result}


def counter(worker: Worker, name: str, **labels: str) -> float:
    try:
        return worker.metric(name, **labels)
    except OSError:
        return 0.0


# --- the test --------------------------------------------------------------------------------


def test_every_dashboard_query_returns_data_from_a_real_prometheus(
    start_worker, start_prometheus, httpserver, tmp_path
):
    deliveries: list[Request] = []

    def receive(request: Request) -> Response:
        deliveries.append(request)
        # every third attempt is refused once, so the retried outcome has data too
        return Response("", status=503 if len(deliveries) % 3 == 0 else 204)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(receive)
    httpserver.expect_request("/gone", method="POST").respond_with_data("", status=410)
    routes = tmp_path / "routes.toml"
    routes.write_text(
        f'[destinations.gone]\nkind = "webhook"\nurl = "{httpserver.url_for("/gone")}"\n'
        'min_severity = "critical"\n',
        encoding="utf-8",
    )
    broker_port = free_port()
    worker = start_worker(
        {
            "JOINTWATCH_BROKER_PORT": str(broker_port),
            "JOINTWATCH_WEBHOOK_URL": httpserver.url_for("/hook"),
            "JOINTWATCH_ROUTES_FILE": str(routes),
            "JOINTWATCH_LOG_FORMAT": "json",
        }
    )
    prometheus = start_prometheus(worker.metrics_port)
    worker.wait_healthy()
    prometheus.wait_ready()

    # Prometheus must have seen the idle state (counters at 0) before traffic, as in production:
    # increase() and rate() count from the first scrape on. Lag series appear 5 s after start.
    wait_for(
        "two successful scrapes and the first lag measurement",
        lambda: (
            bool(prometheus.query('count_over_time(up{job="jointwatch"}[1m]) >= 2'))
            and bool(prometheus.query("jointwatch_consumer_lag"))
        ),
        timeout=30,
        log=lambda: worker.log() + prometheus.log(),
    )
    # Idle: every counting query already reads 0 (latency quantiles and ratios have nothing to
    # divide yet, and "No data" is the honest answer for them).
    idle_empty = [
        f"{panel['title']} [{target['refId']}]"
        for panel in all_panels(load_dashboard())
        for target in panel["targets"]
        if "histogram_quantile" not in target["expr"] and " / " not in target["expr"]
        if not prometheus.query(live_expr(target["expr"]))
    ]
    assert not idle_empty, f"counting panels show 'No data' on an idle pipeline: {idle_empty}"

    samples = [
        (json.loads(line)["id"].encode(), line.encode())
        for line in SAMPLES.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    produce(f"127.0.0.1:{broker_port}", "articles", samples + MALFORMED)
    total = len(samples) + len(MALFORMED)

    wait_for(
        "every article consumed, alerts published and delivered",
        lambda: (
            counter(worker, "jointwatch_articles_consumed_total") == total
            and counter(worker, "jointwatch_stage_seconds_count", stage="deliver") > 0
            and counter(
                worker, "jointwatch_notifications_total", channel="webhook", outcome="retried"
            )
            > 0
        ),
        timeout=45,
        log=worker.log,
    )
    published = sum(
        counter(worker, "jointwatch_alerts_published_total", severity=s)
        for s in ("info", "low", "medium", "high", "critical")
    )
    wait_for(
        "deliveries of every alert revision",
        lambda: (
            counter(
                worker, "jointwatch_notifications_total", channel="webhook", outcome="delivered"
            )
            >= published
            and counter(worker, "jointwatch_destinations_disabled", channel="webhook") == 1
        ),
        timeout=30,
        log=worker.log,
    )
    # An article this worker has finished, sent again: skipped as a duplicate.
    produce(f"127.0.0.1:{broker_port}", "articles", samples[:1])
    wait_for(
        "the article sent twice to be skipped",
        lambda: counter(worker, "jointwatch_articles_duplicate_total") == 1,
        timeout=30,
        log=worker.log,
    )
    total = counter(worker, "jointwatch_articles_consumed_total")
    wait_for(
        "Prometheus to scrape the processed traffic and committed offsets",
        lambda: (
            finite_values(prometheus.query("sum(jointwatch_articles_consumed_total)"))
            == [float(total)]
            and finite_values(prometheus.query("sum(jointwatch_articles_duplicate_total)")) == [1.0]
            and finite_values(prometheus.query("sum(jointwatch_consumer_lag)")) == [0.0]
            and finite_values(prometheus.query("max(jointwatch_destinations_disabled)")) == [1.0]
        ),
        timeout=30,
        log=lambda: worker.log() + prometheus.log(),
    )
    time.sleep(2)  # a few more scrapes after the last change, as a dashboard refresh would see

    table: list[tuple[str, str, str]] = []
    empty: list[str] = []
    exprs: dict[tuple[str, str], str] = {}
    for panel in all_panels(load_dashboard()):
        for target in panel["targets"]:
            expr = live_expr(target["expr"])
            result = prometheus.query(expr)
            where = f"{panel['title']} [{target['refId']}]"
            exprs[panel["title"], target["refId"]] = target["expr"]
            if not result or not finite_values(result):
                empty.append(f"{where}: {expr} -> {result}")
            table.append(
                (panel["title"], target["refId"], describe(result, target["legendFormat"]))
            )

    width = max(len(title) for title, _, _ in table)
    print(f"\n{'panel'.ljust(width)}  ref  value")
    for title, ref, value in table:
        print(f"{title.ljust(width)}  {ref:3}  {value}")
    assert not empty, "panels without data:\n" + "\n".join(empty)

    # The Delivery row shows this traffic, not only pre-created zeros. Rates over the whole run
    # (5m), not the 1m a dashboard uses, so a slow machine cannot move the traffic out of view.
    def panel(title: str, label: str, ref: str = "A") -> dict[str, float]:
        expr = exprs[title, ref].replace("$__rate_interval", "$__range")
        return by_label(prometheus.query(live_expr(expr)), label)

    assert panel("Delivery retries by channel", "channel")["webhook"] > 0
    assert panel("Notifications suppressed by reason", "reason")["routed_out"] > 0
    assert panel("Delivery dead letters by reason", "reason")["endpoint_gone"] > 0
    assert panel("Delivery dead letters", "channel")["webhook"] > 0
    assert panel("Destinations disabled", "channel") == {"webhook": 1.0, "slack": 0.0}
    for ref in ("A", "B"):
        assert math.isfinite(panel("Delivery latency by channel", "channel", ref)["webhook"])

    # The broker and duplicate panels: real values, not only the `or vector(0)` fallbacks.
    def value(title: str, ref: str = "A") -> float:
        (only,) = panel(title, "", ref).values()
        return only

    assert value("Kafka broker reachable") == 1.0  # the fallback would read 0
    assert value("Broker outages", "A") == 0.0
    assert value("Broker outages", "B") == 0.0
    assert value("Duplicate articles skipped") > 0

    # The alert rules load and evaluate against the real series without errors.
    groups = prometheus.get("/api/v1/rules")["data"]["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert len(rules) >= 10
    unhealthy = [(r["name"], r.get("lastError")) for r in rules if r["health"] != "ok"]
    assert not unhealthy, unhealthy

    def alerts() -> set[str]:
        return {
            a["labels"]["alertname"] for a in prometheus.get("/api/v1/alerts")["data"]["alerts"]
        }

    wait_for(
        "DeliveryDestinationDisabled for the destination that answered 410",
        lambda: "DeliveryDestinationDisabled" in alerts(),
        timeout=15,
        log=prometheus.log,
    )
    firing = alerts()
    print(f"alerts pending or firing: {sorted(firing) or 'none'}")
    assert not firing & {"PipelineStalled", "ConsumerLagGrowing", "JointwatchDown"}, firing
    assert not firing & {"KafkaBrokerUnreachable", "KafkaBrokerFlapping"}, firing
    # its dead letters page once, as DeliveryDestinationDisabled; the retries are not a storm
    assert not firing & {"DeliveryDeadLetters", "DeliveryFailures", "DeliveryRetryStorm"}, firing

    # Structured logs: one JSON object per line, carrying the article and alert ids.
    events = [
        json.loads(line) for line in worker.log_path.read_text().splitlines() if line[:1] == "{"
    ]
    assert any("article_id" in e and "alert_id" in e for e in events), worker.log()
    assert any(e.get("alert_id") and "delivered" in e["msg"] for e in events), worker.log()
    assert any(e.get("reason") == "not_json" for e in events)
    assert worker.stop() == 0, worker.log()
