"""The retry loop, with fake time: real HTTP where the server's answers matter."""

import asyncio
import socket

import pytest
from pydantic import SecretStr
from pytest_httpserver import HTTPServer

from jointwatch.core.models import Alert
from jointwatch.metrics import Channel, DeliveryOutcome
from jointwatch.notifier.errors import RateLimited
from jointwatch.notifier.notifiers.base import DeliveryResult
from jointwatch.notifier.notifiers.webhook import WebhookNotifier
from jointwatch.notifier.retry import STANDARD_WEBHOOKS_SCHEDULE, RetryPolicy, deliver

NO_JITTER = 0.5  # rng() == 0.5 puts the jitter exactly in the middle: no change


class ScriptedNotifier:
    """Answers with the given results in order, then repeats the last one."""

    channel = Channel.WEBHOOK

    def __init__(self, *results: DeliveryResult | Exception) -> None:
        self.results = list(results)
        self.calls = 0

    async def send(self, alert: Alert) -> DeliveryResult:
        self.calls += 1
        result = self.results[min(self.calls, len(self.results)) - 1]
        if isinstance(result, Exception):
            raise result
        return result


UNAVAILABLE = DeliveryResult(ok=False, retryable=True, status=503, reason="HTTP 503")
DELIVERED = DeliveryResult(ok=True, status=200, reason="HTTP 200")


def run_deliver(notifier: ScriptedNotifier, alert, policy, fake_time, *, rng=lambda: NO_JITTER):
    seen: list[DeliveryResult] = []

    async def main():
        return await deliver(
            notifier,
            alert,
            policy,
            sleep=fake_time.sleep,
            clock=fake_time.clock,
            rng=rng,
            on_attempt=seen.append,
        )

    return asyncio.run(main()), seen


def run_webhook_deliver(url, alert, policy, fake_time, with_session, webhook_secret):
    seen: list[DeliveryResult] = []

    async def main(session):
        notifier = WebhookNotifier(url, SecretStr(webhook_secret), session, timeout=2.0)
        return await deliver(
            notifier,
            alert,
            policy,
            sleep=fake_time.sleep,
            clock=fake_time.clock,
            rng=lambda: NO_JITTER,
            on_attempt=seen.append,
        )

    return with_session(main), seen


def test_default_schedule_is_standard_webhooks() -> None:
    assert RetryPolicy().schedule == (0, 5, 300, 1800, 7200, 18000, 36000)
    assert RetryPolicy().schedule == STANDARD_WEBHOOKS_SCHEDULE


def test_two_server_errors_then_success_is_delivered_on_the_third_attempt(
    httpserver: HTTPServer, with_session, alert: Alert, fake_time, webhook_secret: str
) -> None:
    for status in (500, 500, 200):
        httpserver.expect_ordered_request("/hook", method="POST").respond_with_data(
            "", status=status
        )

    result, seen = run_webhook_deliver(
        httpserver.url_for("/hook"), alert, RetryPolicy(), fake_time, with_session, webhook_secret
    )

    httpserver.check_assertions()
    assert result.ok
    assert result.status == 200
    assert fake_time.waits == [5, 300]
    assert [r.outcome for r in seen] == [
        DeliveryOutcome.RETRIED,
        DeliveryOutcome.RETRIED,
        DeliveryOutcome.DELIVERED,
    ]
    ids = {request.headers["webhook-id"] for request, _ in httpserver.log}
    assert ids == {f"{alert.alert_id}:{alert.revision}"}


def test_retry_after_is_honoured_when_longer_than_the_schedule(
    httpserver: HTTPServer, with_session, alert: Alert, fake_time, webhook_secret: str
) -> None:
    httpserver.expect_ordered_request("/hook").respond_with_data(
        "", status=429, headers={"Retry-After": "7"}
    )
    httpserver.expect_ordered_request("/hook").respond_with_data("", status=200)

    result, _ = run_webhook_deliver(
        httpserver.url_for("/hook"),
        alert,
        RetryPolicy(schedule=(0, 1, 1)),
        fake_time,
        with_session,
        webhook_secret,
    )

    assert result.ok
    assert fake_time.waits == [7]


def test_410_stops_at_once_and_disables(
    httpserver: HTTPServer, with_session, alert: Alert, fake_time, webhook_secret: str
) -> None:
    httpserver.expect_request("/hook").respond_with_data("", status=410)

    result, seen = run_webhook_deliver(
        httpserver.url_for("/hook"), alert, RetryPolicy(), fake_time, with_session, webhook_secret
    )

    assert result.disable
    assert len(httpserver.log) == 1
    assert fake_time.waits == []
    assert [r.outcome for r in seen] == [DeliveryOutcome.DISABLED]


def test_connection_refused_is_retried_then_given_up(
    with_session, alert: Alert, fake_time, webhook_secret: str
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    result, seen = run_webhook_deliver(
        f"http://127.0.0.1:{port}/hook",
        alert,
        RetryPolicy(schedule=(0, 5)),
        fake_time,
        with_session,
        webhook_secret,
    )

    assert not result.ok
    assert not result.retryable
    assert result.reason == "connection refused; gave up after 2 attempts"
    assert fake_time.waits == [5]
    assert [r.outcome for r in seen] == [DeliveryOutcome.RETRIED, DeliveryOutcome.FAILED]


def test_fatal_failure_stops_at_once(alert: Alert, fake_time) -> None:
    notifier = ScriptedNotifier(DeliveryResult(ok=False, status=400, reason="HTTP 400"))

    result, seen = run_deliver(notifier, alert, RetryPolicy(), fake_time)

    assert (result.ok, result.retryable, notifier.calls) == (False, False, 1)
    assert [r.outcome for r in seen] == [DeliveryOutcome.FAILED]


def test_deadline_stops_retries_before_a_wait_that_would_pass_it(alert: Alert, fake_time) -> None:
    notifier = ScriptedNotifier(UNAVAILABLE)
    policy = RetryPolicy(schedule=(0, 10, 10, 10, 10), deadline=25)

    result, seen = run_deliver(notifier, alert, policy, fake_time)

    assert notifier.calls == 3
    assert fake_time.waits == [10, 10]
    assert result.reason == "HTTP 503; deadline reached after 3 attempts"
    assert not result.retryable
    assert [r.outcome for r in seen][-1] is DeliveryOutcome.FAILED


def test_schedule_end_stops_retries(alert: Alert, fake_time) -> None:
    notifier = ScriptedNotifier(UNAVAILABLE)

    result, seen = run_deliver(notifier, alert, RetryPolicy(schedule=(0, 1, 2)), fake_time)

    assert notifier.calls == 3
    assert fake_time.waits == [1, 2]
    assert result.reason.endswith("gave up after 3 attempts")
    assert [r.outcome for r in seen] == [
        DeliveryOutcome.RETRIED,
        DeliveryOutcome.RETRIED,
        DeliveryOutcome.FAILED,
    ]


def test_jitter_spreads_each_wait_by_the_fraction(alert: Alert, fake_time) -> None:
    policy = RetryPolicy(schedule=(0, 100, 100), jitter=0.2)
    draws = iter([0.5, 0.0, 1.0])  # first draw is for the initial (zero) delay

    run_deliver(
        ScriptedNotifier(UNAVAILABLE, UNAVAILABLE, DELIVERED),
        alert,
        policy,
        fake_time,
        rng=lambda: next(draws),
    )

    assert fake_time.waits == pytest.approx([80, 120])


def test_retry_after_is_capped_by_max_retry_after(alert: Alert, fake_time) -> None:
    limited = DeliveryResult(ok=False, retryable=True, status=429, retry_after=86_400)
    policy = RetryPolicy(schedule=(0, 5), max_retry_after=60)

    result, _ = run_deliver(ScriptedNotifier(limited, DELIVERED), alert, policy, fake_time)

    assert result.ok
    assert fake_time.waits == [60]


def test_rate_limited_before_sending_waits_its_retry_after(alert: Alert, fake_time) -> None:
    notifier = ScriptedNotifier(RateLimited(retry_after=12), DELIVERED)

    result, seen = run_deliver(notifier, alert, RetryPolicy(schedule=(0, 1)), fake_time)

    assert result.ok
    assert fake_time.waits == [12]
    assert seen[0].reason == "rate limited locally"


def test_a_non_zero_first_delay_is_waited_before_the_first_attempt(alert: Alert, fake_time) -> None:
    run_deliver(ScriptedNotifier(DELIVERED), alert, RetryPolicy(schedule=(3,)), fake_time)
    assert fake_time.waits == [3]


def test_in_process_policy_is_short_and_has_a_deadline() -> None:
    policy = RetryPolicy.in_process()
    assert sum(policy.schedule) < 600
    assert policy.deadline is not None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"schedule": ()},
        {"schedule": (0, -1)},
        {"jitter": 1.0},
        {"jitter": -0.1},
        {"max_retry_after": -1},
        {"deadline": 0},
    ],
)
def test_retry_policy_rejects_nonsense(kwargs) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)
