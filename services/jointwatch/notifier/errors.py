"""Errors raised on purpose by the notifier package.

HTTP and network failures are not exceptions here: notifiers return a `DeliveryResult`.
"""

from __future__ import annotations

from ..errors import JointwatchError


class NotifierError(JointwatchError):
    """Base class for notifier errors."""


class InvalidSecret(NotifierError):
    """A webhook secret is not `whsec_` followed by non-empty base64."""


class SignatureError(NotifierError):
    """A received webhook failed Standard Webhooks verification; the message says why."""


class RateLimited(NotifierError):
    """Backpressure from a stage in front of a notifier: try again after `retry_after` seconds."""

    def __init__(self, retry_after: float, message: str = "rate limited") -> None:
        super().__init__(f"{message}; retry after {retry_after:g}s")
        self.retry_after = retry_after
