"""The routes file and the destinations built from it and the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from jointwatch.core.models import Severity
from jointwatch.errors import ConfigurationError
from jointwatch.metrics import Channel
from jointwatch.notifier.registry import destination_specs
from jointwatch.notifier.routes import RoutesFile, load_routes
from jointwatch.settings import Settings

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SLACK_URL = "https://hooks.slack.com/services/T000/B000/xoxsecret"

EXAMPLE = """
min_severity = "medium"

[destinations.slack]
min_severity = "high"
states = ["CHN", "RUS"]
areas = ["Alaska", "Japan"]
merge_wait = 10

[destinations.partner]
kind = "webhook"
url_env = "PARTNER_URL"
secret_env = "PARTNER_SECRET"
min_severity = "critical"
max_per_second = 2
"""


def settings(**values) -> Settings:
    fields = {"webhook_url": None, "webhook_secret": None, "slack_webhook_url": None}
    return Settings(**(fields | values))


def routes_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "routes.toml"
    path.write_text(text)
    return path


def specs(configured: Settings, text: str, tmp_path: Path, environ=None):
    routes = load_routes(routes_file(tmp_path, text))
    return destination_specs(configured, routes, environ=environ or {})


def test_without_a_routes_file_every_destination_gets_everything_from_the_default_severity() -> (
    None
):
    built = destination_specs(
        settings(webhook_url="https://a.example.org/h", slack_webhook_url=SLACK_URL),
        RoutesFile(),
        environ={},
    )
    assert [(s.name, s.channel) for s in built] == [
        ("webhook", Channel.WEBHOOK),
        ("slack", Channel.SLACK),
    ]
    assert all(s.route.min_severity is Severity.LOW for s in built)
    assert all(s.route.states is None and s.route.areas is None for s in built)
    webhook, slack = built
    assert (webhook.min_interval, webhook.merge_wait) == (0.0, 0.0)
    assert (slack.min_interval, slack.merge_wait) == (1.0, 5.0)


def test_the_default_minimum_severity_is_configurable() -> None:
    configured = settings(webhook_url="https://a.example.org/h", min_severity="high")
    [spec] = destination_specs(configured, RoutesFile(), environ={})
    assert spec.route.min_severity is Severity.HIGH


def test_routes_file_filters_the_environment_destinations_and_declares_more(tmp_path) -> None:
    configured = settings(webhook_url="https://a.example.org/h", slack_webhook_url=SLACK_URL)
    environ = {"PARTNER_URL": "https://partner.example.net/in", "PARTNER_SECRET": SECRET}

    webhook, slack, partner = specs(configured, EXAMPLE, tmp_path, environ)

    assert webhook.route.min_severity is Severity.MEDIUM  # the file's default
    assert slack.route.min_severity is Severity.HIGH
    assert slack.route.states == {"CHN", "RUS"}
    assert slack.route.areas == {"alaska", "japan"}
    assert slack.merge_wait == 10
    assert (partner.name, partner.channel) == ("partner", Channel.WEBHOOK)
    assert partner.url.get_secret_value() == "https://partner.example.net/in"
    assert partner.secret is not None and partner.secret.get_secret_value() == SECRET
    assert partner.min_interval == 0.5
    assert partner.route.min_severity is Severity.CRITICAL


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("min_severity = 'urgent'", "min_severity"),
        ("[destinations.x]\nkind = 'webhook'\nurl = 'https://x.example.org'\ncolour = 1", "colour"),
        ("[destinations.Bad_Name]\nkind = 'webhook'", "lowercase"),
        ("[destinations.x]\nkind = 'webhook'\nstates = ['China']", "alpha-3"),
        ("[destinations.x]\nkind = 'webhook'\nurl_env = 'not a name'", "environment variable"),
        ("this is = not toml", "not valid TOML"),
    ],
)
def test_invalid_routes_files_name_the_file_and_the_problem(tmp_path, text, message) -> None:
    path = routes_file(tmp_path, text)
    with pytest.raises(ConfigurationError, match=message) as caught:
        load_routes(path)
    assert "JOINTWATCH_ROUTES_FILE" in str(caught.value)
    assert str(path) in str(caught.value)


def test_missing_routes_file_says_so(tmp_path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_routes(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("text", "environ", "message"),
    [
        ("[destinations.x]\nurl = 'https://x.example.org'", {}, "set kind"),
        ("[destinations.x]\nkind = 'webhook'", {}, "exactly one of url and url_env"),
        ("[destinations.x]\nkind = 'webhook'\nurl_env = 'X_URL'", {}, "X_URL, which is not set"),
        (
            "[destinations.x]\nkind = 'slack'\nurl = 'https://hooks.slack.com/services/x'",
            {},
            "credential",
        ),
        (
            "[destinations.x]\nkind = 'webhook'\nurl = 'https://x.example.org'\nsecret_env = 'S'",
            {},
            "S, which is not set",
        ),
        (
            "[destinations.x]\nkind = 'webhook'\nurl = 'https://x.example.org'\nmerge_wait = 3",
            {},
            "merge_wait is for Slack only",
        ),
        (
            "[destinations.x]\nkind = 'webhook'\nurl = 'http://x.example.org/in'",
            {},
            "must use https://",
        ),
        (
            "[destinations.webhook]\nkind = 'webhook'\nurl = 'https://x.example.org'",
            {},
            "destination of JOINTWATCH_WEBHOOK_URL",
        ),
    ],
)
def test_invalid_destinations_say_what_to_change(tmp_path, text, environ, message) -> None:
    with pytest.raises(ConfigurationError, match=message):
        specs(settings(), text, tmp_path, environ)


def test_a_bad_secret_in_a_declared_destination_names_its_variable(tmp_path) -> None:
    text = "[destinations.x]\nkind = 'webhook'\nurl = 'https://x.example.org'\nsecret_env = 'S'"
    with pytest.raises(ConfigurationError, match=r"^S: ") as caught:
        specs(settings(), text, tmp_path, {"S": "whsec_???"})
    assert "???" not in str(caught.value)


def test_filters_for_an_unconfigured_destination_are_a_warning(tmp_path, caplog) -> None:
    assert specs(settings(), "[destinations.slack]\nmin_severity = 'high'", tmp_path) == []
    assert "not configured" in caplog.text
