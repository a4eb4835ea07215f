"""Destinations disabled by a 410: the file, and `jointwatch destination list|enable`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from jointwatch.cli import main
from jointwatch.errors import ConfigurationError
from jointwatch.notifier.disabled import DisabledStore, NotDisabled, endpoint_fingerprint

NOW = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)
URL = "https://hooks.example.org/T000/B000/secret-token"


def test_a_disabled_endpoint_is_seen_by_another_reader_and_only_for_its_url(tmp_path) -> None:
    path = tmp_path / "disabled.json"
    reader = DisabledStore(path, reload_interval=0)
    assert reader.disabled("partner", "ep-1") is None
    DisabledStore(path).disable("partner", "ep-1", "HTTP 410 Gone", now=NOW)
    entry = reader.disabled("partner", "ep-1")
    assert entry is not None and (entry.because, entry.since) == ("HTTP 410 Gone", NOW)
    assert reader.disabled("partner", "ep-2") is None
    assert reader.disabled("other", "ep-1") is None


def test_enable_removes_the_entry_and_refuses_a_destination_that_is_not_disabled(tmp_path) -> None:
    store = DisabledStore(tmp_path / "disabled.json", reload_interval=0)
    store.disable("partner", "ep-1", "HTTP 410 Gone", now=NOW)
    assert store.enable("partner").because == "HTTP 410 Gone"
    assert store.disabled("partner", "ep-1") is None
    with pytest.raises(NotDisabled, match="'partner' is not disabled"):
        store.enable("partner")


def test_the_file_holds_a_fingerprint_never_the_url(tmp_path) -> None:
    path = tmp_path / "disabled.json"
    DisabledStore(path).disable("slack", endpoint_fingerprint(URL), "HTTP 410 Gone", now=NOW)
    text = path.read_text()
    assert "secret-token" not in text and "hooks.example.org" not in text
    assert endpoint_fingerprint(URL) in text


def test_a_broken_file_names_the_setting(tmp_path) -> None:
    path = tmp_path / "disabled.json"
    path.write_text('{"version": 1, "destinations": {"x": {"because": "?"}}}')
    with pytest.raises(ConfigurationError, match=r"JOINTWATCH_DISABLED_FILE .* is not a disabled"):
        DisabledStore(path).load()


def test_cli_lists_and_enables_a_disabled_destination(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "disabled.json"
    monkeypatch.setenv("JOINTWATCH_DISABLED_FILE", str(path))
    monkeypatch.setenv("JOINTWATCH_WEBHOOK_URL", URL)
    DisabledStore(path).disable("webhook", endpoint_fingerprint(URL), "HTTP 410 Gone", now=NOW)
    DisabledStore(path).disable("gone", "ep-x", "HTTP 410 Gone", now=NOW)

    assert main(["destination", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["state"]) for r in rows] == [
        ("webhook", "disabled"),
        ("gone", "not configured"),
    ]
    assert main(["destination", "enable", "webhook"]) == 0
    out = capsys.readouterr().out
    assert "webhook enabled" in out and "jointwatch redeliver --destination webhook" in out
    assert main(["destination", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["state"] == "enabled"
    assert main(["destination", "enable", "webhook"]) == 1
    assert "is not disabled" in capsys.readouterr().err


def test_cli_says_when_an_entry_was_for_an_earlier_url(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "disabled.json"
    monkeypatch.setenv("JOINTWATCH_DISABLED_FILE", str(path))
    monkeypatch.setenv("JOINTWATCH_WEBHOOK_URL", URL)
    DisabledStore(path).disable("webhook", "old-endpoint", "HTTP 410 Gone", now=NOW)
    assert main(["destination", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["state"], row["note"]) == ("enabled", "was disabled for an earlier URL")
