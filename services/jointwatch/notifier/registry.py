"""Map settings to notifiers, refusing destinations that are misconfigured or unsafe.

A URL must be http(s); plain http is allowed only to a loopback host, because the
alert (and the signature's replay window) would otherwise cross the network in clear.
Errors name the variable to change. The Slack URL is a credential and is never echoed.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

import aiohttp
from pydantic import SecretStr

from ..errors import ConfigurationError
from ..settings import Settings
from .errors import InvalidSecret
from .notifiers.base import Notifier
from .notifiers.slack import SlackNotifier
from .notifiers.webhook import WebhookNotifier
from .signing import secret_key

log = logging.getLogger(__name__)

WEBHOOK_URL_VAR = "JOINTWATCH_WEBHOOK_URL"
WEBHOOK_SECRET_VAR = "JOINTWATCH_WEBHOOK_SECRET"
SLACK_URL_VAR = "JOINTWATCH_SLACK_WEBHOOK_URL"


def build_notifiers(settings: Settings, session: aiohttp.ClientSession) -> list[Notifier]:
    """One notifier per configured destination (possibly none), in a stable order:
    webhook, then Slack."""
    notifiers: list[Notifier] = []
    webhook_url = (settings.webhook_url or "").strip()
    secret = _stripped(settings.webhook_secret)

    if webhook_url:
        _check_url(webhook_url, WEBHOOK_URL_VAR, echo=True)
        if secret is not None:
            try:
                secret_key(secret.get_secret_value())
            except InvalidSecret as exc:
                raise ConfigurationError(
                    f"{WEBHOOK_SECRET_VAR}: {exc}; generate one with "
                    "`python -c 'from jointwatch.notifier.signing import generate_secret; "
                    "print(generate_secret())'`"
                ) from None
        notifiers.append(
            WebhookNotifier(webhook_url, secret, session, timeout=settings.http_timeout)
        )
    elif secret is not None:
        log.warning("%s is set but %s is not: nothing to sign", WEBHOOK_SECRET_VAR, WEBHOOK_URL_VAR)

    slack_url = _stripped(settings.slack_webhook_url)
    if slack_url is not None:
        _check_url(slack_url.get_secret_value(), SLACK_URL_VAR, echo=False)
        notifiers.append(SlackNotifier(slack_url, session, timeout=settings.http_timeout))
    return notifiers


def _stripped(value: SecretStr | None) -> SecretStr | None:
    """An empty or blank variable counts as unset."""
    if value is None or not value.get_secret_value().strip():
        return None
    return SecretStr(value.get_secret_value().strip())


def _check_url(url: str, variable: str, *, echo: bool) -> None:
    """Raise ConfigurationError unless `url` is https, or http to a loopback host.

    With `echo`, the message may name the scheme and host (never the path or query,
    which can hold tokens); without it, nothing from the URL is repeated.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        raise ConfigurationError(f"{variable} is not a valid URL") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        shown = f" (got scheme {scheme!r})" if echo else ""
        raise ConfigurationError(f"{variable} must be an https:// URL with a host{shown}")
    if scheme == "http" and not _is_loopback(host):
        shown = f" (got http://{host})" if echo else ""
        raise ConfigurationError(
            f"{variable} must use https://; plain http:// is allowed only to "
            f"localhost, 127.0.0.0/8 or ::1{shown}"
        )


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
