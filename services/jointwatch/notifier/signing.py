"""Standard Webhooks signing and verification (https://www.standardwebhooks.com/).

Pure functions: the caller passes the timestamp (`sign`, `webhook_headers`) or the current
time (`verify`). Only the symmetric `v1` scheme is implemented; asymmetric `v1a`
signatures are skipped by `verify`, as the specification allows.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Mapping

from .errors import InvalidSecret, SignatureError

SECRET_PREFIX = "whsec_"
SIGNATURE_VERSION = "v1"
DEFAULT_TOLERANCE = 300


def secret_key(secret: str) -> bytes:
    """The HMAC key: the base64-decoded part of `secret` after an optional `whsec_` prefix."""
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidSecret("webhook secret must be 'whsec_' followed by base64") from None
    if not key:
        raise InvalidSecret("webhook secret must not be empty")
    return key


def generate_secret() -> str:
    """A new random secret in the `whsec_<base64>` form (24 random bytes)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode("ascii")


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """`v1,<base64 HMAC-SHA256>` of `"{msg_id}.{timestamp}." + body`."""
    content = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), content, hashlib.sha256).digest()
    return f"{SIGNATURE_VERSION},{base64.b64encode(digest).decode('ascii')}"


def webhook_headers(
    alert_id: str, revision: int, timestamp: int, body: bytes, secret: str | None
) -> dict[str, str]:
    """Request headers for one delivery attempt; signed only when `secret` is given.

    `webhook-id` is `<alert_id>:<revision>`, the same on every retry, so receivers can
    use it as an idempotency key.
    """
    msg_id = f"{alert_id}:{revision}"
    headers = {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
    }
    if secret is not None:
        headers["webhook-signature"] = sign(secret, msg_id, timestamp, body)
    return headers


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float,
    tolerance: int = DEFAULT_TOLERANCE,
) -> None:
    """Check a received webhook; raise `SignatureError` saying what is wrong.

    Header names are matched case-insensitively. The timestamp must be within
    `tolerance` seconds of `now` either way, and one of the space-separated `v1`
    signatures must match (compared in constant time).
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    msg_id = _required(lowered, "webhook-id")
    raw_timestamp = _required(lowered, "webhook-timestamp")
    signatures = _required(lowered, "webhook-signature")
    try:
        timestamp = int(raw_timestamp)
    except ValueError:
        raise SignatureError("webhook-timestamp is not an integer") from None
    if now - timestamp > tolerance:
        raise SignatureError("webhook-timestamp is too old")
    if timestamp - now > tolerance:
        raise SignatureError("webhook-timestamp is too far in the future")

    expected = sign(secret, msg_id, timestamp, body).encode()
    for candidate in signatures.split(" "):
        version, _, _ = candidate.partition(",")
        if version == SIGNATURE_VERSION and hmac.compare_digest(candidate.encode(), expected):
            return
    raise SignatureError("no matching webhook-signature")


def _required(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if not value:
        raise SignatureError(f"missing {name} header")
    return value
