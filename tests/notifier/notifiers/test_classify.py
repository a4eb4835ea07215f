"""The one place that decides what a response or an exception means."""

import aiohttp
import pytest

from jointwatch.metrics import DeliveryOutcome
from jointwatch.notifier.notifiers.base import (
    DeliveryResult,
    classify_exception,
    classify_response,
)

NOW = 1_716_530_400.0  # Fri, 24 May 2024 06:00:00 GMT


@pytest.mark.parametrize("status", [200, 201, 202, 204, 299])
def test_2xx_is_delivered(status: int) -> None:
    assert classify_response(status, {}, now=NOW).ok


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 599])
def test_408_429_and_5xx_are_retryable(status: int) -> None:
    result = classify_response(status, {}, now=NOW)
    assert (result.ok, result.retryable, result.disable) == (False, True, False)


@pytest.mark.parametrize("status", [301, 307, 400, 401, 403, 404, 413, 422])
def test_other_statuses_are_fatal(status: int) -> None:
    result = classify_response(status, {}, now=NOW)
    assert (result.ok, result.retryable, result.disable) == (False, False, False)


def test_410_disables_the_endpoint() -> None:
    result = classify_response(410, {}, now=NOW)
    assert (result.ok, result.retryable, result.disable) == (False, False, True)
    assert result.outcome is DeliveryOutcome.DISABLED


def test_retry_after_in_seconds_with_any_header_case() -> None:
    assert classify_response(503, {"retry-after": " 120 "}, now=NOW).retry_after == 120.0


def test_retry_after_as_http_date_counts_from_now() -> None:
    headers = {"Retry-After": "Fri, 24 May 2024 06:01:30 GMT"}
    assert classify_response(429, headers, now=NOW).retry_after == 90.0


def test_retry_after_in_the_past_means_no_wait() -> None:
    headers = {"Retry-After": "Fri, 24 May 2024 05:00:00 GMT"}
    assert classify_response(429, headers, now=NOW).retry_after == 0.0


@pytest.mark.parametrize("value", ["soon", "-5", "1.5e3", ""])
def test_unreadable_retry_after_is_ignored(value: str) -> None:
    assert classify_response(429, {"Retry-After": value}, now=NOW).retry_after is None


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (TimeoutError(), "timeout"),
        (aiohttp.ServerTimeoutError("read timed out"), "timeout"),
        (ConnectionRefusedError(), "connection refused"),
        (ConnectionResetError(), "connection reset"),
        (aiohttp.ServerDisconnectedError(), "server disconnected"),
        (aiohttp.ClientPayloadError("bad"), "network error (ClientPayloadError)"),
    ],
)
def test_network_failures_are_retryable(exc: BaseException, reason: str) -> None:
    result = classify_exception(exc)
    assert (result.ok, result.retryable, result.reason) == (False, True, reason)
    assert result.outcome is DeliveryOutcome.RETRIED


def test_invalid_url_and_unexpected_errors_are_fatal() -> None:
    assert not classify_exception(aiohttp.InvalidURL("https://user:pw@host/x")).retryable
    result = classify_exception(ValueError("boom"))
    assert (result.retryable, result.reason) == (False, "unexpected error (ValueError)")
    assert result.outcome is DeliveryOutcome.FAILED


def test_outcome_of_a_delivered_result() -> None:
    assert DeliveryResult(ok=True, status=200).outcome is DeliveryOutcome.DELIVERED
