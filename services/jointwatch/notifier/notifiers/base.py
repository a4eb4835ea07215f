"""What every notifier implements, and the one place that decides whether a failure is retryable.

Notifiers return a `DeliveryResult` instead of raising for HTTP or network failures;
`classify_response` and `classify_exception` turn what happened into one. Retrying is
not done here: that is `retry.deliver`'s job.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Protocol

import aiohttp

from ...core.models import Alert
from ...metrics import Channel, DeliveryOutcome


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """The outcome of one delivery attempt (or, from `deliver`, of all of them).

    `reason` is short and safe to log: it never holds a URL, a secret or a response body.
    `attempts` and `exhausted` are filled in by `retry.deliver`: how many attempts were made,
    and whether it stopped retrying a retryable failure (schedule or deadline reached).
    """

    ok: bool
    retryable: bool = False
    disable: bool = False
    status: int | None = None
    retry_after: float | None = None
    reason: str = ""
    attempts: int = 1
    exhausted: bool = False

    @property
    def outcome(self) -> DeliveryOutcome:
        """The metrics label for this result."""
        if self.ok:
            return DeliveryOutcome.DELIVERED
        if self.disable:
            return DeliveryOutcome.DISABLED
        if self.retryable:
            return DeliveryOutcome.RETRIED
        return DeliveryOutcome.FAILED


class Notifier(Protocol):
    """One destination. `send` makes exactly one attempt and never raises for HTTP or
    network failures. `merged` lists earlier revisions this one stands for (Slack merges
    revisions that arrive close together; webhooks get every revision and ignore it)."""

    channel: Channel

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult: ...


def classify_response(
    status: int, headers: Mapping[str, str], *, now: float | None = None
) -> DeliveryResult:
    """2xx ok; 408, 429 and 5xx retryable (honouring `Retry-After`); 410 disables the
    endpoint; anything else (other 4xx, unfollowed 3xx) is fatal.

    `now` (unix seconds, default the current time) resolves an HTTP-date `Retry-After`.
    """
    reason = _status_text(status)
    if 200 <= status < 300:
        return DeliveryResult(ok=True, status=status, reason=reason)
    if status == HTTPStatus.GONE:
        return DeliveryResult(ok=False, disable=True, status=status, reason=reason)
    if status in (HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.TOO_MANY_REQUESTS) or status >= 500:
        retry_after = _retry_after(headers, time.time() if now is None else now)
        return DeliveryResult(
            ok=False, retryable=True, status=status, retry_after=retry_after, reason=reason
        )
    return DeliveryResult(ok=False, status=status, reason=reason)


def classify_exception(exc: BaseException) -> DeliveryResult:
    """Timeouts and refused, reset or dropped connections are retryable; TLS certificate
    and invalid-URL errors are not. The reason names the kind of failure, never the
    exception text (aiohttp puts the host and URL there)."""
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return DeliveryResult(ok=False, reason="TLS certificate rejected")
    if isinstance(exc, aiohttp.InvalidURL):
        return DeliveryResult(ok=False, reason="invalid URL")
    if isinstance(exc, TimeoutError):  # aiohttp's timeouts subclass it
        return _retryable("timeout")
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error
        if isinstance(cause, ConnectionRefusedError):
            return _retryable("connection refused")
        if isinstance(cause, socket.gaierror):
            return _retryable("DNS lookup failed")
        return _retryable(f"cannot connect ({type(cause).__name__})")
    if isinstance(exc, ConnectionRefusedError):
        return _retryable("connection refused")
    if isinstance(exc, ConnectionResetError):
        return _retryable("connection reset")
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return _retryable("server disconnected")
    if isinstance(exc, aiohttp.ClientError | OSError):
        return _retryable(f"network error ({type(exc).__name__})")
    return DeliveryResult(ok=False, reason=f"unexpected error ({type(exc).__name__})")


def _retryable(reason: str) -> DeliveryResult:
    return DeliveryResult(ok=False, retryable=True, reason=reason)


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait from a `Retry-After` header (delay-seconds or HTTP-date), or None."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" zone: UTC by RFC 5322
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)
