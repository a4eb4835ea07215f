"""Map settings and the routes file to destinations, refusing any misconfigured or unsafe.

The destination set by `JOINTWATCH_WEBHOOK_URL` is named "webhook", the one set by
`JOINTWATCH_SLACK_WEBHOOK_URL` "slack"; the routes file may filter them and declare more.
`destination_specs` only reads and checks configuration (no I/O, so `jointwatch up` can refuse
a bad configuration before it starts anything); `open_destination` builds the live object.

A URL must be http(s); plain http is allowed only to a loopback host, because the
alert (and the signature's replay window) would otherwise cross the network in clear.
Errors name the variable to change. The Slack URL is a credential and is never echoed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
from pydantic import SecretStr

from ..errors import ConfigurationError
from ..metrics import Channel
from ..settings import Settings
from .destination import Destination
from .disabled import DisabledStore, endpoint_fingerprint
from .errors import InvalidSecret
from .notifiers.base import Notifier
from .notifiers.slack import SlackNotifier
from .notifiers.webhook import WebhookNotifier
from .ratelimit import RateLimiter
from .routes import DestinationRoute, Route, RoutesFile
from .signing import secret_key

log = logging.getLogger(__name__)

WEBHOOK_URL_VAR = "JOINTWATCH_WEBHOOK_URL"
WEBHOOK_SECRET_VAR = "JOINTWATCH_WEBHOOK_SECRET"
SLACK_URL_VAR = "JOINTWATCH_SLACK_WEBHOOK_URL"

WEBHOOK = "webhook"
SLACK = "slack"


@dataclass(frozen=True, slots=True)
class DestinationSpec:
    """A checked destination configuration."""

    name: str
    channel: Channel
    url: SecretStr
    secret: SecretStr | None
    route: Route
    min_interval: float
    merge_wait: float


def destination_specs(
    settings: Settings, routes: RoutesFile, *, environ: Mapping[str, str] = os.environ
) -> list[DestinationSpec]:
    """Every destination, in a stable order: "webhook", "slack", then the routes file's own."""
    default_min = routes.min_severity or settings.min_severity
    found: list[tuple[str, Channel, SecretStr, SecretStr | None, DestinationRoute | None]] = []

    webhook_url = (settings.webhook_url or "").strip()
    secret = _stripped(settings.webhook_secret)
    if webhook_url:
        _check_url(webhook_url, WEBHOOK_URL_VAR, echo=True)
        if secret is not None:
            _check_secret(secret, WEBHOOK_SECRET_VAR)
        config = routes.destinations.get(WEBHOOK)
        found.append((WEBHOOK, Channel.WEBHOOK, SecretStr(webhook_url), secret, config))
    elif secret is not None:
        log.warning("%s is set but %s is not: nothing to sign", WEBHOOK_SECRET_VAR, WEBHOOK_URL_VAR)

    slack_url = _stripped(settings.slack_webhook_url)
    if slack_url is not None:
        _check_url(slack_url.get_secret_value(), SLACK_URL_VAR, echo=False)
        found.append((SLACK, Channel.SLACK, slack_url, None, routes.destinations.get(SLACK)))

    configured = {name for name, *_ in found}
    for name, config in routes.destinations.items():
        where = f"JOINTWATCH_ROUTES_FILE [destinations.{name}]"
        if name in (WEBHOOK, SLACK):
            variable = WEBHOOK_URL_VAR if name == WEBHOOK else SLACK_URL_VAR
            if config.kind or config.url or config.url_env or config.secret_env:
                raise ConfigurationError(
                    f"{where} is the destination of {variable}: set its URL there, or give "
                    "this table another name"
                )
            if name not in configured:
                log.warning("%s filters a destination that is not configured (%s)", where, variable)
            continue
        found.append((name, *_declared(where, config, environ), config))

    specs = []
    for name, channel, url, secret, config in found:
        slack = channel is Channel.SLACK
        if config is not None and config.merge_wait is not None and not slack:
            raise ConfigurationError(
                f"JOINTWATCH_ROUTES_FILE [destinations.{name}]: merge_wait is for Slack only; "
                "webhooks receive every revision"
            )
        if config is not None and config.max_per_second is not None:
            interval = 1.0 / config.max_per_second
        else:
            interval = settings.slack_min_interval if slack else 0.0
        merge_wait = 0.0
        if slack:
            merge_wait = settings.slack_merge_wait
            if config is not None and config.merge_wait is not None:
                merge_wait = config.merge_wait
        specs.append(
            DestinationSpec(
                name=name,
                channel=channel,
                url=url,
                secret=secret,
                route=Route.of(config, default_min),
                min_interval=interval,
                merge_wait=merge_wait,
            )
        )
    return specs


def open_destination(
    spec: DestinationSpec,
    session: aiohttp.ClientSession,
    *,
    timeout: float,
    max_hold: float = 3600.0,
    switch: DisabledStore | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> Destination:
    """The live destination; `max_hold` caps how long a `Retry-After` may pause its requests;
    `switch` remembers a 410 across restarts."""
    notifier: Notifier
    if spec.channel is Channel.SLACK:
        notifier = SlackNotifier(spec.url, session, timeout=timeout)
    else:
        notifier = WebhookNotifier(spec.url.get_secret_value(), spec.secret, session, timeout)
    return Destination(
        name=spec.name,
        notifier=notifier,
        route=spec.route,
        limiter=RateLimiter(spec.min_interval, max_hold=max_hold, clock=clock, sleep=sleep),
        merge_wait=spec.merge_wait,
        endpoint=endpoint_fingerprint(spec.url.get_secret_value()),
        switch=switch,
    )


def build_destinations(
    settings: Settings,
    routes: RoutesFile,
    session: aiohttp.ClientSession,
    *,
    environ: Mapping[str, str] = os.environ,
    max_hold: float = 3600.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> list[Destination]:
    return [
        open_destination(
            spec,
            session,
            timeout=settings.http_timeout,
            max_hold=max_hold,
            clock=clock,
            sleep=sleep,
        )
        for spec in destination_specs(settings, routes, environ=environ)
    ]


def build_notifiers(settings: Settings, session: aiohttp.ClientSession) -> list[Notifier]:
    """One notifier per destination configured in the environment (possibly none), in a
    stable order: webhook, then Slack."""
    return [d.notifier for d in build_destinations(settings, RoutesFile(), session)]


def _declared(
    where: str, config: DestinationRoute, environ: Mapping[str, str]
) -> tuple[Channel, SecretStr, SecretStr | None]:
    """A destination declared in the routes file, its URL and secret from the environment."""
    if config.kind is None:
        raise ConfigurationError(f'{where}: set kind = "webhook" or kind = "slack"')
    if (config.url is None) == (config.url_env is None):
        raise ConfigurationError(f"{where}: set exactly one of url and url_env")
    if config.kind == SLACK and config.url is not None:
        raise ConfigurationError(
            f"{where}: a Slack webhook URL is a credential; name its variable with url_env"
        )
    if config.kind == SLACK and config.secret_env is not None:
        raise ConfigurationError(f"{where}: Slack messages are not signed; remove secret_env")
    if config.url_env is not None:
        url = environ.get(config.url_env, "").strip()
        if not url:
            raise ConfigurationError(f"{where}: url_env names {config.url_env}, which is not set")
        variable = config.url_env
    else:
        url = (config.url or "").strip()
        variable = f"{where} url"
    _check_url(url, variable, echo=config.kind == WEBHOOK)

    secret = None
    if config.secret_env is not None:
        secret = _stripped(SecretStr(environ.get(config.secret_env, "")))
        if secret is None:
            raise ConfigurationError(
                f"{where}: secret_env names {config.secret_env}, which is not set"
            )
        _check_secret(secret, config.secret_env)
    return Channel(config.kind), SecretStr(url), secret


def _check_secret(secret: SecretStr, variable: str) -> None:
    try:
        secret_key(secret.get_secret_value())
    except InvalidSecret as exc:
        raise ConfigurationError(
            f"{variable}: {exc}; generate one with "
            "`python -c 'from jointwatch.notifier.signing import generate_secret; "
            "print(generate_secret())'`"
        ) from None


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
    # The full policy (loopback-only http unless JOINTWATCH_ALLOW_INSECURE_WEBHOOKS, never
    # link-local or cloud-metadata addresses) lives in jointwatch.urlpolicy.
    from ..urlpolicy import check_destination_url

    check_destination_url(url, variable, echo=echo)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
