import pytest

from jointwatch.errors import ConfigurationError
from jointwatch.metrics import Channel
from jointwatch.notifier.registry import build_notifiers
from jointwatch.settings import Settings

SLACK_URL = "https://hooks.slack.com/services/T000/B000/xoxsecret"
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def settings(**values) -> Settings:
    fields = {"webhook_url": None, "webhook_secret": None, "slack_webhook_url": None}
    return Settings(**(fields | values))


def channels(built) -> list[Channel]:
    return [notifier.channel for notifier in built]


def build(with_session, configured: Settings):
    async def main(session):
        return build_notifiers(configured, session)

    return with_session(main)


def test_nothing_configured_builds_no_notifiers(with_session) -> None:
    assert build(with_session, settings()) == []


def test_blank_variables_count_as_unset(with_session) -> None:
    built = build(with_session, settings(webhook_url=" ", slack_webhook_url="", webhook_secret=""))
    assert built == []


def test_webhook_and_slack_are_built_in_order(with_session) -> None:
    configured = settings(
        webhook_url="https://alerts.example.org/hook",
        webhook_secret=SECRET,
        slack_webhook_url=SLACK_URL,
    )
    assert channels(build(with_session, configured)) == [Channel.WEBHOOK, Channel.SLACK]


def test_slack_only(with_session) -> None:
    assert channels(build(with_session, settings(slack_webhook_url=SLACK_URL))) == [Channel.SLACK]


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]:9000/x"]
)
def test_plain_http_is_allowed_to_loopback(with_session, url: str) -> None:
    assert channels(build(with_session, settings(webhook_url=url))) == [Channel.WEBHOOK]


def test_plain_http_to_another_host_names_the_variable(with_session) -> None:
    with pytest.raises(ConfigurationError, match="JOINTWATCH_WEBHOOK_URL must use https://"):
        build(with_session, settings(webhook_url="http://alerts.example.org/hook?token=abc"))


@pytest.mark.parametrize("url", ["ftp://example.org/hook", "example.org/hook", "https:///nohost"])
def test_webhook_url_must_be_http_with_a_host(with_session, url: str) -> None:
    with pytest.raises(ConfigurationError, match="JOINTWATCH_WEBHOOK_URL"):
        build(with_session, settings(webhook_url=url))


@pytest.mark.parametrize(
    "url",
    ["http://hooks.slack.com/services/T/B/xoxsecret", "ftp://x/xoxsecret", "http://h:x/xoxsecret"],
)
def test_bad_slack_url_names_the_variable_but_never_echoes_it(with_session, url: str) -> None:
    with pytest.raises(ConfigurationError, match="JOINTWATCH_SLACK_WEBHOOK_URL") as caught:
        build(with_session, settings(slack_webhook_url=url))
    assert "xoxsecret" not in str(caught.value)
    assert "slack.com" not in str(caught.value)


def test_invalid_secret_names_the_variable_but_never_echoes_it(with_session) -> None:
    configured = settings(
        webhook_url="https://alerts.example.org/hook", webhook_secret="whsec_not-base64!!"
    )
    with pytest.raises(ConfigurationError, match="JOINTWATCH_WEBHOOK_SECRET") as caught:
        build(with_session, configured)
    assert "not-base64" not in str(caught.value)
