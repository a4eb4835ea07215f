"""`jointwatch bench` end to end, small: one JSON object with every figure the issue asks for."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import FAST_GROUP_ENV

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_bench_prints_one_json_object_with_every_figure(broker):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("JOINTWATCH_", "KAFKA_"))},
        **FAST_GROUP_ENV,
        "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
    }
    small = ["--articles", "400", "--classifier-articles", "200", "--latency-seconds", "3"]
    done = subprocess.run(
        [sys.executable, "-m", "jointwatch", "bench", *small, "--workers", "2"],
        env=env,
        capture_output=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    figures = json.loads(done.stdout)
    assert figures["broker"] == broker.bootstrap
    assert figures["classifier"]["in_process_articles_per_s"] > 0
    assert figures["classifier"]["command_articles_per_s"] > 0
    assert figures["raw_passthrough_msgs_per_s"] > 0
    assert figures["end_to_end_articles_per_s"] > 0
    assert figures["end_to_end_to_raw_ratio"] == pytest.approx(
        figures["end_to_end_articles_per_s"] / figures["raw_passthrough_msgs_per_s"], abs=0.001
    )
    latency = figures["latency_ms"]
    assert latency["alerts_timed"] == latency["articles"] // 2  # every joint article's alert
    assert 0 < latency["p50_ms"] <= latency["p99_ms"]
    assert 0 < figures["peak_rss_mb_per_worker"] < 1000
    assert figures["details"]["scale_out"]["workers"] == 2
    assert set(figures["targets"]) == {
        "ratio_at_least_0.8",
        "p99_at_most_100ms",
        "rss_at_most_300mb",
    }
