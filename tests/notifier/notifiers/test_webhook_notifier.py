import json

from pydantic import SecretStr
from pytest_httpserver import HTTPServer

from jointwatch.core.models import Alert
from jointwatch.notifier.notifiers.webhook import WebhookNotifier
from jointwatch.notifier.signing import verify


def test_webhook_posts_the_alert_json_signed_per_standard_webhooks(
    httpserver: HTTPServer, with_session, alert: Alert, fake_time, webhook_secret: str
) -> None:
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data("", status=204)

    async def send(session):
        notifier = WebhookNotifier(
            httpserver.url_for("/hook"),
            SecretStr(webhook_secret),
            session,
            timeout=2.0,
            clock=fake_time.clock,
        )
        return await notifier.send(alert)

    result = with_session(send)

    assert result.ok
    httpserver.check_assertions()
    request, _ = httpserver.log[0]
    body = request.get_data()
    assert request.headers["webhook-id"] == f"{alert.alert_id}:{alert.revision}"
    assert request.headers["webhook-timestamp"] == str(int(fake_time.now))
    assert request.headers["content-type"] == "application/json"
    verify(webhook_secret, request.headers, body, now=fake_time.now)
    assert Alert.model_validate_json(body) == alert
    assert json.loads(body)["schema_version"] == "1"


def test_webhook_without_secret_sends_no_signature(
    httpserver: HTTPServer, with_session, alert: Alert
) -> None:
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data("ok")

    async def send(session):
        return await WebhookNotifier(httpserver.url_for("/hook"), None, session, 2.0).send(alert)

    assert with_session(send).ok
    request, _ = httpserver.log[0]
    assert "webhook-signature" not in request.headers
    assert request.headers["webhook-id"] == f"{alert.alert_id}:{alert.revision}"


def test_webhook_does_not_follow_redirects(
    httpserver: HTTPServer, with_session, alert: Alert
) -> None:
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data(
        "", status=307, headers={"Location": httpserver.url_for("/elsewhere")}
    )

    async def send(session):
        return await WebhookNotifier(httpserver.url_for("/hook"), None, session, 2.0).send(alert)

    result = with_session(send)

    assert (result.ok, result.retryable, result.status) == (False, False, 307)
    assert len(httpserver.log) == 1
