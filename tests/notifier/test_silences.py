"""Silences: matchers, the file the CLI writes and the notifier follows, and the CLI itself."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import pytest

from jointwatch.cli import main
from jointwatch.core.models import Severity
from jointwatch.errors import ConfigurationError
from jointwatch.notifier.silences import (
    Matcher,
    Silence,
    SilenceError,
    SilenceStore,
    field_values,
    parse_duration,
)

NOW = datetime(2024, 5, 24, 6, 0, tzinfo=UTC)


def matches(text: str, alert, destination: str = "webhook", channel: str = "webhook") -> bool:
    values = field_values(alert, destination, channel)
    matcher = Matcher.parse(text)
    return matcher.matches(values[matcher.name])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("state=CHN", True),
        ("state=chn", True),
        ("state=PRK", False),
        ("state!=PRK", True),
        ("state!=RUS", False),
        ("states=CHN+RUS", True),
        ("states=CHN", False),
        ("severity=~high|critical", True),
        ("severity!~high|critical", False),
        ("activity=patrol", True),
        ("area=japan", True),
        ("area=~Ja", False),  # regexes match the whole value
        ("domain=air", True),
        ("alert_id=~evt-.*", True),
        ("destination=slack", False),
        ("channel=webhook", True),
    ],
)
def test_matchers(alert, text: str, expected: bool) -> None:
    assert matches(text, alert) is expected


def test_an_alert_without_area_matches_area_not_equal(make_alert) -> None:
    alert = make_alert(region_of_interest=None)
    assert matches("area!=Japan", alert)
    assert not matches("area=~.*", alert)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("state", "is not <field><op><value>"),
        ("colour=red", "field must be one of"),
        ("severity=~(", "bad regular expression"),
    ],
)
def test_bad_matchers_say_why(text: str, message: str) -> None:
    with pytest.raises(SilenceError, match=message):
        Matcher.parse(text)


def test_a_silence_needs_all_its_matchers(make_alert) -> None:
    silence = Silence.create(
        [Matcher.parse("state=CHN"), Matcher.parse("severity=critical")],
        now=NOW,
        ends_at=NOW + timedelta(hours=1),
    )
    assert not silence.matches(make_alert(severity=Severity.HIGH), "webhook", "webhook")
    assert silence.matches(make_alert(severity=Severity.CRITICAL), "webhook", "webhook")
    assert silence.active(NOW)
    assert not silence.active(NOW + timedelta(hours=1))


def test_a_silence_must_end_in_the_future() -> None:
    with pytest.raises(SilenceError, match="future"):
        Silence.create([Matcher.parse("state=CHN")], now=NOW, ends_at=NOW)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("45m", 2700), ("12h", 43200), ("7d", 604800), ("1h30m", 5400)],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "1 week", "0m", "-5m", "h"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(SilenceError):
        parse_duration(text)


def test_store_adds_expires_and_keeps_silences_across_instances(tmp_path) -> None:
    path = tmp_path / "state" / "silences.json"
    store = SilenceStore(path)
    silence = Silence.create([Matcher.parse("state=CHN")], now=NOW, ends_at=NOW + timedelta(days=1))
    store.add(silence, now=NOW)

    assert SilenceStore(path).load() == [silence]
    expired = SilenceStore(path).expire(silence.id, now=NOW + timedelta(hours=1))
    assert expired.ends_at == NOW + timedelta(hours=1)
    assert not SilenceStore(path).load()[0].active(NOW + timedelta(hours=2))
    with pytest.raises(SilenceError, match="no silence with id 'nope'"):
        store.expire("nope", now=NOW)


def test_store_drops_silences_expired_more_than_a_week_ago_when_it_writes(tmp_path) -> None:
    store = SilenceStore(tmp_path / "silences.json")
    old = Silence.create([Matcher.parse("state=CHN")], now=NOW, ends_at=NOW + timedelta(hours=1))
    store.add(old, now=NOW)
    later = NOW + timedelta(days=9)
    new = Silence.create(
        [Matcher.parse("state=RUS")], now=later, ends_at=later + timedelta(hours=1)
    )
    store.add(new, now=later)
    assert [s.id for s in store.load()] == [new.id]


def test_current_follows_changes_to_the_file(tmp_path) -> None:
    path = tmp_path / "silences.json"
    reader = SilenceStore(path, reload_interval=0)
    writer = SilenceStore(path)
    assert reader.current() == []
    silence = Silence.create([Matcher.parse("state=CHN")], now=NOW, ends_at=NOW + timedelta(days=1))
    writer.add(silence, now=NOW)
    assert reader.current() == [silence]
    writer.expire(silence.id, now=NOW)
    assert reader.current()[0].ends_at == NOW
    path.unlink()
    assert reader.current() == []


def test_current_keeps_the_last_good_silences_when_the_file_is_broken(tmp_path, caplog) -> None:
    path = tmp_path / "silences.json"
    reader = SilenceStore(path, reload_interval=0)
    silence = Silence.create([Matcher.parse("state=CHN")], now=NOW, ends_at=NOW + timedelta(days=1))
    SilenceStore(path).add(silence, now=NOW)
    assert reader.current() == [silence]
    path.write_text("{broken")
    assert reader.current() == [silence]
    assert "keeping what was read before" in caplog.text


def test_load_of_a_broken_file_is_a_configuration_error(tmp_path) -> None:
    path = tmp_path / "silences.json"
    path.write_text(json.dumps({"version": 1, "silences": [{"id": "x"}]}))
    with pytest.raises(ConfigurationError, match="JOINTWATCH_SILENCES_FILE"):
        SilenceStore(path).load()


@pytest.fixture
def silences_env(tmp_path, monkeypatch):
    path = tmp_path / "silences.json"
    monkeypatch.setenv("JOINTWATCH_SILENCES_FILE", str(path))
    return path


def test_cli_silence_add_list_expire(silences_env, capsys) -> None:
    assert (
        main(
            [
                "silence",
                "add",
                "state=CHN",
                "activity=exercise",
                "--duration",
                "2h",
                "--comment",
                "Joint Sea",
                "--author",
                "duty",
            ]
        )
        == 0
    )
    silence_id = capsys.readouterr().out.strip()
    [stored] = SilenceStore(silences_env).load()
    assert stored.id == silence_id
    assert [str(m) for m in stored.matchers] == ["state=CHN", "activity=exercise"]
    assert (stored.comment, stored.created_by) == ("Joint Sea", "duty")
    assert timedelta(hours=1, minutes=59) < stored.ends_at - stored.starts_at <= timedelta(hours=2)

    assert main(["silence", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in listed] == [silence_id]

    assert main(["silence", "expire", silence_id]) == 0
    assert f"{silence_id} expired" in capsys.readouterr().out
    assert main(["silence", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["silence", "list", "--all", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_cli_silence_errors_are_one_line(silences_env, capsys) -> None:
    assert main(["silence", "add", "colour=red"]) == 1
    assert main(["silence", "add", "state=CHN", "--until", "tomorrow"]) == 1
    assert main(["silence", "expire", "nope"]) == 1
    assert not os.path.exists(silences_env)


def test_cli_silence_until(silences_env, capsys) -> None:
    until = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    assert main(["silence", "add", "area=Alaska", "--until", until.isoformat()]) == 0
    assert SilenceStore(silences_env).load()[0].ends_at == until
