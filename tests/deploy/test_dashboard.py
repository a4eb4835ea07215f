"""Monitoring config: the Grafana dashboard and provisioning, the Prometheus config and alert rules.

Every PromQL expression may only name metrics that a jointwatch process exports (or `up`): those
`Metrics.create()` registers and the few registered next to their code (REGISTERED_ELSEWHERE),
so a renamed metric breaks this test instead of silently emptying a panel or disarming an alert.
One test starts a real `jointwatch up` to check that list and that every metric it exports has
a panel.
The promtool checks run when the Debian package `prometheus` is installed and skip otherwise.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shutil
import subprocess
import urllib.request
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from jointwatch.broker import free_port
from jointwatch.metrics import DeadLetterReason, Metrics

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "jointwatch.json"
DATASOURCES = DEPLOY / "grafana" / "provisioning" / "datasources" / "prometheus.yml"
PROVIDERS = DEPLOY / "grafana" / "provisioning" / "dashboards" / "jointwatch.yml"
PROMETHEUS_DIR = DEPLOY / "prometheus"
PROMETHEUS_YML = PROMETHEUS_DIR / "prometheus.yml"
RULES = PROMETHEUS_DIR / "rules" / "jointwatch.yml"
RULES_TEST = PROMETHEUS_DIR / "rules" / "jointwatch_test.yml"
COMPOSE = ROOT / "docker-compose.yml"

DATASOURCE_UID = "prometheus"
PANEL_TYPES = {"timeseries", "stat", "bargauge"}
SEVERITIES = {"critical", "warning", "info"}
REQUIRED_ALERTS = {
    "JointwatchDown",
    "PipelineStalled",
    "HighDeadLetterRate",
    "DeliveryFailures",
    "DeliveryDestinationDisabled",
    "DeliveryDeadLetters",
    "DeliveryRetryStorm",
    "NoArticles",
    "HighProcessingLatency",
    "KafkaBrokerUnreachable",
}
# Delivery dead letters another alert pages for (see jointwatch.yml); DeliveryDeadLetters takes
# every other reason, including any added later.
DEAD_LETTERS_PAGED_ELSEWHERE = {
    DeadLetterReason.RETRIES_EXHAUSTED: "DeliveryFailures",  # outcome="failed"
    DeadLetterReason.REJECTED: "DeliveryFailures",
    DeadLetterReason.ENDPOINT_GONE: "DeliveryDestinationDisabled",
    DeadLetterReason.ENDPOINT_DISABLED: "DeliveryDestinationDisabled",
}
# The "Delivery" row, below the overview: every delivery metric has a panel there.
DELIVERY_ROW = "Delivery"
DELIVERY_PANELS = {
    "Notifications by channel and outcome": "jointwatch_notifications_total",
    "Delivery latency by channel": "jointwatch_delivery_seconds_bucket",
    "Delivery retries by channel": "jointwatch_delivery_retries_total",
    "Delivery dead letters by reason": "jointwatch_delivery_dead_letters_total",
    "Notifications suppressed by reason": "jointwatch_notifications_suppressed_total",
    "Destinations disabled": "jointwatch_destinations_disabled",
    "Delivery dead letters": "jointwatch_delivery_dead_letters_total",
}
# Metric families a jointwatch process registers outside Metrics.create(), next to the code that
# updates them: name (as prometheus_client reports it, a counter without `_total`) -> (type,
# where). test_every_metric_a_running_worker_exports_has_a_panel compares this table with the
# /metrics of a real `jointwatch up`, so it cannot go stale.
REGISTERED_ELSEWHERE: dict[str, tuple[str, str]] = {
    "jointwatch_broker_up": ("gauge", "brokerwatch.BrokerWatch"),
    "jointwatch_broker_outages": ("counter", "brokerwatch.BrokerWatch"),
    "jointwatch_broker_down_seconds": ("gauge", "brokerwatch.BrokerWatch"),
    "jointwatch_articles_duplicate": ("counter", "the classifier stage"),
}
# Metrics a jointwatch process exports that no panel shows, each with the reason.
NOT_ON_THE_DASHBOARD: dict[str, str] = {}
# Series Prometheus itself attaches to every scrape target.
SCRAPE_SERIES = {"up"}
# Labels whose values only exist once the running service has measured something: the lag
# monitor learns the partitions from the broker (see jointwatch/consumer_lag.py).
LABELS_SET_AT_RUNTIME = {"jointwatch_consumer_lag": {"group", "topic", "partition"}}
# Aggregations and functions a dashboard or rule may call; anything else followed by "(" is a typo.
PROMQL_FUNCTIONS = {
    *("sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile"),
    *("count_values", "group", "abs", "absent", "absent_over_time", "ceil", "changes", "clamp"),
    *("clamp_max", "clamp_min", "delta", "deriv", "exp", "floor", "histogram_quantile"),
    *("holt_winters", "idelta", "increase", "irate", "label_join", "label_replace", "ln"),
    *("log2", "log10", "predict_linear", "rate", "resets", "round", "scalar", "sgn", "sort"),
    *("sort_desc", "sqrt", "time", "timestamp", "vector", "avg_over_time", "min_over_time"),
    *("max_over_time", "sum_over_time", "count_over_time", "last_over_time", "present_over_time"),
    *("quantile_over_time", "stddev_over_time", "stdvar_over_time"),
}
PROMQL_KEYWORDS = {"and", "or", "unless", "bool", "group_left", "group_right", "inf", "nan"}
# Grafana's range variables, replaced by durations before handing an expr to promtool.
GRAFANA_VARS = {
    "$__rate_interval": "1m",
    "$__interval": "15s",
    "$__range": "1h",
}


# --- helpers -------------------------------------------------------------------------------


def series_names(family: str, kind: str) -> set[str]:
    """The series a metric family of this type exposes, even before it has any sample."""
    suffixes = {
        "counter": ("_total",),
        "histogram": ("_bucket", "_sum", "_count"),
        "info": ("_info",),
    }.get(kind, ("",))
    return {family + suffix for suffix in suffixes}


@cache
def exported_metrics() -> dict[str, set[str]]:
    """Every series name a jointwatch process exposes on /metrics, with the label names it
    carries: a fresh registry's, and those of REGISTERED_ELSEWHERE (no labels)."""
    metrics = Metrics.create()
    names: dict[str, set[str]] = {}
    for family in metrics.registry.collect():
        for name in series_names(family.name, family.type):
            names.setdefault(name, set())
        for sample in family.samples:
            names.setdefault(sample.name, set()).update(sample.labels)
    for family_name, (kind, _) in REGISTERED_ELSEWHERE.items():
        for name in series_names(family_name, kind):
            assert name not in names, f"{name} is registered by Metrics.create() now"
            names[name] = set()
    for name, labels in LABELS_SET_AT_RUNTIME.items():
        assert name in names, f"{name} is not registered"
        names[name].update(labels)
    return names


def known_metric_names() -> set[str]:
    return set(exported_metrics()) | SCRAPE_SERIES


def _strip_promql(expr: str) -> str:
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # string literals
    s = re.sub(r"\{[^}]*\}", "", s)  # label matchers
    s = re.sub(r"\[[^\]]*\]", "", s)  # range selectors
    s = re.sub(r"\boffset\s+\S+", "", s)
    s = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", s)
    return re.sub(r"\$\w+", "", s)  # any remaining Grafana variable


def promql_names(expr: str) -> tuple[set[str], set[str]]:
    """(metric names, function names) an expression refers to."""
    s = _strip_promql(expr)
    metrics: set[str] = set()
    functions: set[str] = set()
    for match in re.finditer(r"(?<![\w.])[A-Za-z_:][A-Za-z0-9_:]*", s):
        token = match.group()
        if token in PROMQL_KEYWORDS:
            continue
        if s[match.end() :].lstrip().startswith("("):
            functions.add(token)
        else:
            metrics.add(token)
    return metrics, functions


def grouping_labels(expr: str) -> set[str]:
    labels: set[str] = set()
    for group in re.findall(r"\b(?:by|without)\s*\(([^)]*)\)", expr):
        labels.update(label.strip() for label in group.split(",") if label.strip())
    return labels


@cache
def exported_label_values() -> dict[str, dict[str, set[str]]]:
    """Series name -> label -> the values Metrics.create() pre-creates (bounded enums only)."""
    values: dict[str, dict[str, set[str]]] = {}
    for family in Metrics.create().registry.collect():
        for sample in family.samples:
            for label, value in sample.labels.items():
                values.setdefault(sample.name, {}).setdefault(label, set()).add(value)
    return values


def label_matchers(expr: str) -> list[tuple[str, str, str, str]]:
    """(metric, label, operator, value) of every label matcher on a named metric."""
    found = []
    for selector in re.finditer(r"([A-Za-z_:][A-Za-z0-9_:]*)\s*\{([^}]*)\}", expr):
        for matcher in re.finditer(r'(\w+)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"', selector[2]):
            found.append((selector[1], matcher[1], matcher[2], matcher[3]))
    return found


def metric_families(exposition: str) -> dict[str, str]:
    """Family name -> type of a /metrics text (parsed as Prometheus parses it: an Info is a
    gauge named `*_info`, a counter's family name has no `_total`)."""
    return {f.name: f.type for f in text_string_to_metric_families(exposition)}


def dashboard_series() -> set[str]:
    """Every metric name some panel queries."""
    shown: set[str] = set()
    for _, target in dashboard_targets():
        shown |= promql_names(target["expr"])[0]
    return shown


def load_dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def all_panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    panels = []
    for panel in dashboard["panels"]:
        panels.append(panel)
        panels.extend(panel.get("panels", []))  # collapsed rows keep their children inside
    return [p for p in panels if p.get("type") != "row"]


def rows(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in dashboard["panels"] if p.get("type") == "row"]


def dashboard_targets() -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{panel['id']}:{panel['title']}:{target['refId']}", target)
        for panel in all_panels(load_dashboard())
        for target in panel.get("targets", [])
    ]


def load_rules() -> list[dict[str, Any]]:
    doc = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [rule for group in doc["groups"] for rule in group["rules"]]


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.skip("promtool not installed (Debian package `prometheus`); CI installs it")
    return path


def run_promtool(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [promtool(), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, f"promtool {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


def grafana_expr_to_promql(expr: str) -> str:
    for var, value in GRAFANA_VARS.items():
        expr = expr.replace(var, value)
    return expr


# --- the helpers themselves ----------------------------------------------------------------


def test_promql_name_extraction() -> None:
    metrics, functions = promql_names(
        "histogram_quantile(0.99, sum by (le, channel) "
        '(rate(a_bucket{outcome="x y"}[$__rate_interval])))'
        " / on() group_left b_total offset 5m or on() vector(0) and c > bool 1e3"
        " * on(x) group_right(y) d"
    )
    assert metrics == {"a_bucket", "b_total", "c", "d"}
    assert functions == {"histogram_quantile", "sum", "rate", "vector"}


def test_registry_exports_the_contract_metrics() -> None:
    names = exported_metrics()
    for name in (
        "jointwatch_articles_consumed_total",
        "jointwatch_articles_rejected_total",
        "jointwatch_classifications_total",
        "jointwatch_alerts_published_total",
        "jointwatch_processing_seconds_bucket",
        "jointwatch_notifications_total",
    ):
        assert name in names
    assert {"channel", "outcome"} <= names["jointwatch_notifications_total"]


# --- Grafana dashboard ---------------------------------------------------------------------


def test_dashboard_is_a_grafana_11_dashboard() -> None:
    dashboard = load_dashboard()
    assert dashboard["schemaVersion"] == 39
    assert dashboard["uid"] == "jointwatch"
    assert dashboard["title"]
    assert dashboard.get("id") is None  # provisioned dashboards must not carry a database id
    panels = all_panels(dashboard)
    assert len(panels) >= 10
    assert {p["type"] for p in panels} <= PANEL_TYPES
    assert {"timeseries", "stat", "bargauge"} <= {p["type"] for p in panels}
    for row in rows(dashboard):
        assert row["title"] and row["gridPos"]["w"] == 24 and row["gridPos"]["h"] == 1, row
        assert not row["collapsed"] and not row["panels"], f"row {row['title']!r} hides panels"


def test_panels_have_unique_ids_titles_and_non_overlapping_grid_positions() -> None:
    dashboard = load_dashboard()
    panels = all_panels(dashboard)
    ids = [p["id"] for p in [*panels, *rows(dashboard)]]
    assert len(ids) == len(set(ids)), f"duplicate panel ids: {ids}"
    titles = [p["title"] for p in panels]
    assert len(titles) == len(set(titles)), f"duplicate panel titles: {titles}"
    boxes = []
    for p in [*panels, *rows(dashboard)]:
        pos = p["gridPos"]
        assert pos["w"] > 0 and pos["h"] > 0 and pos["x"] >= 0 and pos["y"] >= 0, p["title"]
        assert pos["x"] + pos["w"] <= 24, f"{p['title']} is wider than the 24-column grid"
        boxes.append((p["title"], pos["x"], pos["y"], pos["x"] + pos["w"], pos["y"] + pos["h"]))
    for i, (a, ax0, ay0, ax1, ay1) in enumerate(boxes):
        for b, bx0, by0, bx1, by1 in boxes[i + 1 :]:
            overlap = ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1
            assert not overlap, f"panels {a!r} and {b!r} overlap"


def test_every_panel_queries_the_provisioned_prometheus() -> None:
    for panel in all_panels(load_dashboard()):
        assert panel["datasource"]["uid"] == DATASOURCE_UID, panel["title"]
        assert panel["targets"], f"{panel['title']} has no query"
        ref_ids = [t["refId"] for t in panel["targets"]]
        assert len(ref_ids) == len(set(ref_ids)), panel["title"]
        for target in panel["targets"]:
            assert target.get("datasource", {"uid": DATASOURCE_UID})["uid"] == DATASOURCE_UID
            assert target["expr"].strip(), f"{panel['title']} {target['refId']} has no expr"


@pytest.mark.parametrize(("where", "target"), dashboard_targets(), ids=lambda v: str(v)[:60])
def test_dashboard_expr_uses_only_exported_metrics(where: str, target: dict[str, Any]) -> None:
    expr = target["expr"]
    metrics, functions = promql_names(expr)
    assert metrics, f"{where}: {expr!r} names no metric"
    assert metrics <= known_metric_names(), f"{where}: unknown {metrics - known_metric_names()}"
    assert functions <= PROMQL_FUNCTIONS, (
        f"{where}: unknown function {functions - PROMQL_FUNCTIONS}"
    )
    leftover = re.findall(r"\$\w+", expr)
    assert set(leftover) <= {v[1:] for v in GRAFANA_VARS} | set(GRAFANA_VARS), leftover


@pytest.mark.parametrize(("where", "target"), dashboard_targets(), ids=lambda v: str(v)[:60])
def test_dashboard_expr_never_shows_no_data_when_idle(where: str, target: dict[str, Any]) -> None:
    """Counting queries read 0 on an idle pipeline: label values are pre-created by
    Metrics.create(), and an aggregation without grouping falls back to vector(0)."""
    expr = target["expr"]
    metrics, _ = promql_names(expr)
    exported = exported_metrics()
    for label in grouping_labels(expr) - {"le", "role"}:
        carriers = [m for m in metrics if m in exported and label in exported[m]]
        assert carriers, f"{where}: no metric in {expr!r} carries the label {label!r}"
    counting = re.match(r"^\s*(sum|count)\s*\(", expr) and "histogram_quantile" not in expr
    if counting and " / " not in expr:
        assert re.search(r"\bor\s+(on\s*\(\s*\)\s*)?vector\(0\)\s*$", expr), (
            f"{where}: {expr!r} shows 'No data' instead of 0 when nothing is scraped"
        )


def test_dashboard_covers_the_operator_questions() -> None:
    exprs = " ".join(t["expr"] for _, t in dashboard_targets())
    for metric in (
        "jointwatch_articles_consumed_total",
        "jointwatch_classifications_total",
        "jointwatch_processing_seconds_bucket",
        "jointwatch_classify_seconds_bucket",
        "jointwatch_alerts_published_total",
        "jointwatch_classifier_score_bucket",
        "jointwatch_notifications_total",
        "jointwatch_delivery_seconds_bucket",
        "jointwatch_articles_rejected_total",
        "jointwatch_consuming",
        "jointwatch_build_info",
        'up{job=~"jointwatch.*"}',
        "jointwatch_consumer_lag",
        "jointwatch_rebalances_total",
        "jointwatch_alerts_by_state_pair_total",
        "jointwatch_stage_seconds_bucket",
        "jointwatch_classifier_info",
        "jointwatch_dlq_published_total",
        "jointwatch_broker_up",
        "jointwatch_broker_outages_total",
        "jointwatch_broker_down_seconds",
        "jointwatch_articles_duplicate_total",
    ):
        assert metric in exprs, f"no panel shows {metric}"


def test_every_registered_metric_has_a_panel() -> None:
    """A metric added to metrics.py (or to REGISTERED_ELSEWHERE) fails here until a panel shows
    it, or it is listed in NOT_ON_THE_DASHBOARD with the reason."""
    shown = dashboard_series()
    families = {f.name: f.type for f in Metrics.create().registry.collect()}
    families |= {name: kind for name, (kind, _) in REGISTERED_ELSEWHERE.items()}
    missing = [
        name
        for name, kind in families.items()
        if name not in NOT_ON_THE_DASHBOARD and not series_names(name, kind) & shown
    ]
    assert not missing, f"no panel shows {missing}; add one or list it in NOT_ON_THE_DASHBOARD"


@pytest.mark.integration
@pytest.mark.slow
def test_every_metric_a_running_worker_exports_has_a_panel(start_worker) -> None:
    """The metrics to cover are what Prometheus scrapes from a real `jointwatch up` (both parts,
    its own embedded broker), read once it is healthy so that metrics registered as a part
    starts are there too.

    Why a running worker rather than a registry filled here the way runtime.py and app.py fill
    theirs: that would construct BrokerWatch and the classifier stage by hand, break whenever
    their constructors move or change, and still know only the metrics someone remembered to
    build, which is how the broker and duplicate metrics escaped Metrics.create()'s check.
    Here a metric registered anywhere fails until a panel shows it (or NOT_ON_THE_DASHBOARD
    says why), and REGISTERED_ELSEWHERE, which the fast tests above rely on, must match."""
    worker = start_worker({"JOINTWATCH_BROKER_PORT": str(free_port())})
    worker.wait_healthy()
    with urllib.request.urlopen(worker.url("/metrics"), timeout=5) as resp:
        running = metric_families(resp.read().decode())
    assert worker.stop() == 0, worker.log()

    created = metric_families(generate_latest(Metrics.create().registry).decode())
    assert created.keys() <= running.keys(), "the worker does not export Metrics.create()'s"
    elsewhere = {name: kind for name, kind in running.items() if name not in created}
    declared = {name: kind for name, (kind, _) in REGISTERED_ELSEWHERE.items()}
    unlisted = {name: kind for name, kind in elsewhere.items() if declared.get(name) != kind}
    stale = {name: kind for name, kind in declared.items() if elsewhere.get(name) != kind}
    assert not unlisted and not stale, (
        "REGISTERED_ELSEWHERE must list exactly what a running worker registers outside "
        f"Metrics.create(): add {unlisted}, remove {stale}"
    )
    shown = dashboard_series()
    missing = sorted(
        name
        for name, kind in running.items()
        if name not in NOT_ON_THE_DASHBOARD and not series_names(name, kind) & shown
    )
    assert not missing, f"no panel shows {missing}; add one or list it in NOT_ON_THE_DASHBOARD"


def test_broker_and_duplicate_panels() -> None:
    """The broker stat sits in the overview strip, reads 1 only when every process reaches the
    broker (min) and 0, red, otherwise, including when nothing is scraped."""
    dashboard = load_dashboard()
    panels = {p["title"]: p for p in all_panels(dashboard)}
    stat = panels["Kafka broker reachable"]
    assert stat["type"] == "stat" and stat["gridPos"]["y"] == 0
    (target,) = stat["targets"]
    assert target["instant"]
    assert target["expr"] == "min(jointwatch_broker_up) or on() vector(0)"
    steps = stat["fieldConfig"]["defaults"]["thresholds"]["steps"]
    assert steps == [{"color": "red", "value": None}, {"color": "green", "value": 1}]
    outages = " ".join(t["expr"] for t in panels["Broker outages"]["targets"])
    assert "increase(jointwatch_broker_outages_total[" in outages
    assert "jointwatch_broker_down_seconds" in outages
    duplicates = panels["Duplicate articles skipped"]["targets"][0]["expr"]
    assert "rate(jointwatch_articles_duplicate_total[" in duplicates
    (row,) = [r for r in rows(dashboard) if r["title"] == DELIVERY_ROW]
    for title in ("Broker outages", "Duplicate articles skipped"):
        assert panels[title]["gridPos"]["y"] < row["gridPos"]["y"], (
            f"{title} is not a delivery panel"
        )


def test_delivery_row_holds_every_delivery_panel_below_the_overview() -> None:
    dashboard = load_dashboard()
    (row,) = [r for r in rows(dashboard) if r["title"] == DELIVERY_ROW]
    row_y = row["gridPos"]["y"]
    panels = {p["title"]: p for p in all_panels(dashboard)}
    below = {title for title, p in panels.items() if p["gridPos"]["y"] > row_y}
    assert below == set(DELIVERY_PANELS), "the Delivery row is the last one and holds only these"
    for title, metric in DELIVERY_PANELS.items():
        exprs = [t["expr"] for t in panels[title]["targets"]]
        assert any(metric in promql_names(e)[0] for e in exprs), f"{title} does not show {metric}"
    latency = " ".join(t["expr"] for t in panels["Delivery latency by channel"]["targets"])
    assert "histogram_quantile(0.5," in latency and "histogram_quantile(0.99," in latency
    assert "by (le, channel)" in latency
    for title in ("Destinations disabled", "Delivery dead letters"):
        stat = panels[title]
        assert stat["type"] == "stat"
        steps = stat["fieldConfig"]["defaults"]["thresholds"]["steps"]
        assert steps == [{"color": "green", "value": None}, {"color": "red", "value": 1}], title
        assert all(t["instant"] for t in stat["targets"]), title
    disabled = panels["Destinations disabled"]["targets"][0]["expr"]
    assert disabled.startswith("max by (channel)"), "replicas disable on their own: max, not sum"


@pytest.mark.parametrize(
    ("where", "expr"),
    [(where, t["expr"]) for where, t in dashboard_targets()]
    + [(r.get("alert") or r["record"], r["expr"]) for r in load_rules()],
    ids=lambda v: str(v)[:60],
)
def test_label_matchers_name_values_the_service_creates(where: str, expr: str) -> None:
    """`outcome="failed"`, `reason!~"a|b"`: every value of a pre-created label exists, so a
    renamed enum value breaks this test instead of emptying a panel or disarming an alert."""
    values = exported_label_values()
    for metric, label, op, value in label_matchers(expr):
        known = values.get(metric, {}).get(label)
        if known is None:  # a label Prometheus attaches (job, instance, role)
            continue
        if op in ("=~", "!~"):
            assert re.fullmatch(r"[\w|]+", value), f"{where}: only alternations of names: {value}"
            wanted = set(value.split("|"))
        else:
            wanted = {value}
        assert wanted <= known, f"{where}: {metric} has no {label} {wanted - known}"


def test_dashboard_exprs_parse_with_promtool(tmp_path: Path) -> None:
    tool = promtool()
    rules = [
        {"record": f"jointwatch_dashboard:panel_{i}", "expr": grafana_expr_to_promql(t["expr"])}
        for i, (_, t) in enumerate(dashboard_targets())
    ]
    path = tmp_path / "dashboard_exprs.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    result = subprocess.run(
        [tool, "check", "rules", str(path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- Grafana provisioning ------------------------------------------------------------------


def grafana_mounts() -> dict[str, Path]:
    """Container path -> host path of the grafana service's bind mounts in docker-compose.yml."""
    grafana = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]["grafana"]
    mounts = {}
    for volume in grafana.get("volumes", []):
        source, target = volume.split(":")[:2]
        if source.startswith((".", "/")):
            mounts[target] = (ROOT / source).resolve()
    return mounts


def test_datasource_provisioning() -> None:
    doc = yaml.safe_load(DATASOURCES.read_text(encoding="utf-8"))
    assert doc["apiVersion"] == 1
    (datasource,) = doc["datasources"]
    assert datasource["uid"] == DATASOURCE_UID
    assert datasource["type"] == "prometheus"
    assert datasource["url"] == "http://prometheus:9090"


def test_dashboard_provider_points_at_the_mounted_dashboards() -> None:
    doc = yaml.safe_load(PROVIDERS.read_text(encoding="utf-8"))
    assert doc["apiVersion"] == 1
    (provider,) = doc["providers"]
    assert provider["type"] == "file"
    path = provider["options"]["path"]
    assert path == "/var/lib/grafana/dashboards"
    mounts = grafana_mounts()
    assert mounts.get(path) == DASHBOARD.parent, f"compose does not mount dashboards at {path}"
    assert mounts.get("/etc/grafana/provisioning") == DATASOURCES.parent.parent


# --- Prometheus config ---------------------------------------------------------------------


def test_prometheus_config_discovers_every_replica() -> None:
    config = yaml.safe_load(PROMETHEUS_YML.read_text(encoding="utf-8"))
    assert config["global"]["scrape_interval"] == "5s"
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    jointwatch = [job for name, job in jobs.items() if name.startswith("jointwatch")]
    assert jointwatch, "no scrape job named jointwatch*"
    discovered: set[str] = set()
    for job in jointwatch:
        for sd in job["dns_sd_configs"]:
            assert sd["type"] == "A"
            assert sd["port"] == 9108
            discovered.update(sd["names"])
    assert discovered == {"classifier", "notifier"}


def test_prometheus_rule_files_exist_and_exclude_the_unit_tests() -> None:
    config = yaml.safe_load(PROMETHEUS_YML.read_text(encoding="utf-8"))
    rule_files = config["rule_files"]
    assert rule_files
    local = [PROMETHEUS_DIR / p.removeprefix("/etc/prometheus/") for p in rule_files]
    matched = {
        f
        for pattern in local
        for f in PROMETHEUS_DIR.rglob("*")
        if fnmatch.fnmatch(str(f), str(pattern))
    }
    assert RULES in matched
    assert RULES_TEST not in matched, "Prometheus would fail to load the promtool test file"


def test_promtool_check_config(tmp_path: Path) -> None:
    promtool()
    config = PROMETHEUS_YML.read_text(encoding="utf-8")
    local = tmp_path / "prometheus.yml"
    local.write_text(config.replace("/etc/prometheus/", f"{PROMETHEUS_DIR}/"))
    run_promtool("check", "config", str(local))


# --- alert rules ---------------------------------------------------------------------------


def test_rules_parse_and_cover_what_an_operator_needs() -> None:
    rules = load_rules()
    alerts = {rule["alert"]: rule for rule in rules if "alert" in rule}
    assert set(alerts) >= REQUIRED_ALERTS
    assert len(alerts) == len([r for r in rules if "alert" in r]), "duplicate alert names"
    for name, rule in alerts.items():
        assert rule["labels"]["severity"] in SEVERITIES, name
        assert rule["annotations"]["summary"].strip(), name
        assert rule["annotations"]["description"].strip(), name
    assert "up" in promql_names(alerts["JointwatchDown"]["expr"])[0]
    assert alerts["JointwatchDown"]["for"] == "1m"
    assert alerts["NoArticles"]["for"] == "30m"
    assert alerts["HighProcessingLatency"]["for"] == "10m"
    unreachable = alerts["KafkaBrokerUnreachable"]
    assert re.fullmatch(r"\s*jointwatch_broker_up\s*==\s*0\s*", unreachable["expr"])
    assert unreachable["for"] == "1m"
    assert unreachable["labels"]["severity"] == "critical"
    assert "histogram_quantile(0.99" in alerts["HighProcessingLatency"]["expr"]
    assert re.search(r">\s*0\.1\s*$", alerts["HighProcessingLatency"]["expr"]), "threshold 100 ms"
    assert 'outcome="failed"' in alerts["DeliveryFailures"]["expr"]
    assert "jointwatch_destinations_disabled" in alerts["DeliveryDestinationDisabled"]["expr"]
    assert "jointwatch_delivery_retries_total" in alerts["DeliveryRetryStorm"]["expr"]
    assert "jointwatch_articles_rejected_total" in alerts["HighDeadLetterRate"]["expr"]
    assert "rate(jointwatch_articles_consumed_total[5m])" in alerts["PipelineStalled"]["expr"]


def test_rules_reference_only_exported_metrics() -> None:
    for rule in load_rules():
        metrics, functions = promql_names(rule["expr"])
        name = rule.get("alert") or rule.get("record")
        assert metrics, f"{name} names no metric"
        assert metrics <= known_metric_names(), f"{name}: unknown {metrics - known_metric_names()}"
        assert functions <= PROMQL_FUNCTIONS, (
            f"{name}: unknown function {functions - PROMQL_FUNCTIONS}"
        )


def test_every_delivery_dead_letter_reason_pages_exactly_once() -> None:
    """DeliveryDeadLetters leaves out exactly the reasons another delivery alert pages for."""
    alerts = {rule["alert"]: rule for rule in load_rules() if "alert" in rule}
    assert set(DEAD_LETTERS_PAGED_ELSEWHERE.values()) <= set(alerts)
    (matcher,) = label_matchers(alerts["DeliveryDeadLetters"]["expr"])
    assert matcher[:3] == ("jointwatch_delivery_dead_letters_total", "reason", "!~")
    assert set(matcher[3].split("|")) == set(DEAD_LETTERS_PAGED_ELSEWHERE)
    assert set(DeadLetterReason) - set(DEAD_LETTERS_PAGED_ELSEWHERE), "nothing left to page for"


def test_every_alert_has_a_firing_and_a_quiet_unit_test() -> None:
    doc = yaml.safe_load(RULES_TEST.read_text(encoding="utf-8"))
    assert doc["rule_files"] == [RULES.name]
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in doc["tests"]:
        for check in case.get("alert_rule_test", []):
            (firing if check.get("exp_alerts") else quiet).add(check["alertname"])
    alerts = {rule["alert"] for rule in load_rules() if "alert" in rule}
    assert alerts - firing == set(), "alerts never shown firing"
    assert alerts - quiet == set(), "alerts never shown staying quiet"


def test_promtool_check_rules() -> None:
    run_promtool("check", "rules", str(RULES))


def test_promtool_test_rules() -> None:
    run_promtool("test", "rules", RULES_TEST.name, cwd=RULES_TEST.parent)
