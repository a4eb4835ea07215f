"""JSON log lines: one object per line, with the ids a log call passes in `extra=`."""

from __future__ import annotations

import json
import logging

from jointwatch.logs import JsonFormatter


def record(msg: str, **extra: object) -> logging.LogRecord:
    rec = logging.LogRecord("jointwatch.pipeline", logging.INFO, __file__, 1, msg, (), None)
    rec.__dict__.update(extra)
    return rec


def test_json_line_carries_article_and_alert_ids() -> None:
    line = JsonFormatter().format(
        record(
            "alert jw-1 rev 2: text\nwith a newline", alert_id="jw-1", revision=2, article_id="a-9"
        )
    )
    assert "\n" not in line
    doc = json.loads(line)
    assert doc["alert_id"] == "jw-1"
    assert doc["revision"] == 2
    assert doc["article_id"] == "a-9"
    assert doc["level"] == "info"
    assert doc["logger"] == "jointwatch.pipeline"


def test_json_line_leaves_out_ids_that_were_not_given() -> None:
    doc = json.loads(JsonFormatter().format(record("started")))
    assert "article_id" not in doc and "alert_id" not in doc
