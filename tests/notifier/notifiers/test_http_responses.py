"""One table of HTTP answers, run against every notifier over real HTTP on 127.0.0.1."""

from typing import NamedTuple
from urllib.parse import urlsplit

import pytest
from pytest_httpserver import HTTPServer

from jointwatch.core.models import Alert
from jointwatch.metrics import Channel

# A path that stands for the secret part of a Slack URL: it must never leak.
SECRET_PATH = "/services/T0000/B0000/xoxsecrettoken"


class Case(NamedTuple):
    status: int
    headers: dict[str, str]
    ok: bool
    retryable: bool
    disable: bool
    retry_after: float | None


RESPONSES = [
    Case(200, {}, ok=True, retryable=False, disable=False, retry_after=None),
    Case(204, {}, ok=True, retryable=False, disable=False, retry_after=None),
    Case(400, {}, ok=False, retryable=False, disable=False, retry_after=None),
    Case(404, {}, ok=False, retryable=False, disable=False, retry_after=None),
    Case(410, {}, ok=False, retryable=False, disable=True, retry_after=None),
    Case(429, {"Retry-After": "2"}, ok=False, retryable=True, disable=False, retry_after=2.0),
    Case(500, {}, ok=False, retryable=True, disable=False, retry_after=None),
    Case(503, {}, ok=False, retryable=True, disable=False, retry_after=None),
]


def test_every_channel_is_in_the_shared_table(notifier_factories):
    assert set(notifier_factories) == set(Channel)


@pytest.mark.parametrize("case", RESPONSES, ids=lambda case: str(case.status))
def test_notifier_classifies_http_response(
    case: Case, make_notifier, httpserver: HTTPServer, with_session, alert: Alert
) -> None:
    body = "ok" if case.status == 200 else ""
    httpserver.expect_oneshot_request(SECRET_PATH, method="POST").respond_with_data(
        body, status=case.status, headers=case.headers
    )
    url = httpserver.url_for(SECRET_PATH)
    assert urlsplit(url).hostname == "127.0.0.1"  # tests/conftest.py: loopback only

    async def send(session):
        notifier = make_notifier(url, session)
        return notifier, await notifier.send(alert)

    notifier, result = with_session(send)

    httpserver.check_assertions()
    assert (result.ok, result.retryable, result.disable) == (
        case.ok,
        case.retryable,
        case.disable,
    )
    assert result.status == case.status
    assert result.retry_after == case.retry_after
    assert str(case.status) in result.reason
    assert urlsplit(url).netloc not in result.reason
    for secret in ("xoxsecrettoken", "whsec_"):
        assert secret not in result.reason
        assert secret not in repr(notifier)
