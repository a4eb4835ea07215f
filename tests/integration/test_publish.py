"""`jointwatch publish`: validated lines reach the articles topic keyed by id; bad lines are named."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import Topics, read_topic

pytestmark = pytest.mark.integration


def test_publish_sends_valid_lines_keyed_by_id_and_reports_rejections(broker, tmp_path):
    topics = Topics.unique()
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "p1", "body": "first"}),
                "not json",
                json.dumps({"id": "p2", "body": "second", "published_at": "2024-07-25T10:00:00Z"}),
                json.dumps({"id": "p3"}),
            ]
        )
        + "\n"
    )
    env = {**os.environ, **topics.env(), "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap}
    from jointwatch.topics import ensure_topics

    ensure_topics(broker.bootstrap, [topics.articles], partitions=2, replication=1)
    proc = subprocess.run(
        [sys.executable, "-m", "jointwatch", "publish", str(path)],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    out = proc.stdout.decode()
    assert proc.returncode == 2, proc.stderr.decode()
    assert "sent 2 articles" in out and "rejected 2" in out
    assert "line 2: not_json" in out
    assert "line 4: invalid_article" in out
    records = read_topic(broker.bootstrap, topics.articles, expect=2)
    assert sorted(r.key for r in records) == [b"p1", b"p2"]
    assert {json.loads(r.value)["id"] for r in records} == {"p1", "p2"}
