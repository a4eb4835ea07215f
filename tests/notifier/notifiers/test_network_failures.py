"""Failures below HTTP: every notifier reports them as retryable results, never raises."""

import socket
import time

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from jointwatch.core.models import Alert


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused_is_retryable(make_notifier, with_session, alert: Alert) -> None:
    url = f"http://127.0.0.1:{closed_port()}/hook"

    async def send(session):
        return await make_notifier(url, session).send(alert)

    result = with_session(send)

    assert (result.ok, result.retryable, result.status) == (False, True, None)
    assert result.reason == "connection refused"


def test_server_hanging_past_the_timeout_is_retryable(
    make_notifier, httpserver: HTTPServer, with_session, alert: Alert
) -> None:
    def hang(request: Request) -> Response:
        time.sleep(0.6)
        return Response("too late")

    httpserver.expect_oneshot_request("/hook").respond_with_handler(hang)

    async def send(session):
        return await make_notifier(httpserver.url_for("/hook"), session, timeout=0.2).send(alert)

    started = time.monotonic()
    result = with_session(send)

    assert time.monotonic() - started < 0.55
    assert (result.ok, result.retryable, result.status) == (False, True, None)
    assert result.reason == "timeout"
    wait_until_logged(httpserver, requests=1)


def wait_until_logged(httpserver: HTTPServer, requests: int) -> None:
    """Let the hanging handler finish, so its late log entry cannot land in the next test."""
    deadline = time.monotonic() + 5
    while len(httpserver.log) < requests and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(httpserver.log) == requests
