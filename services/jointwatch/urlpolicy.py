"""Which URLs jointwatch may send alerts to: the policy, pure and in one place.

- https, to any host that is not refused below;
- plain http only to a loopback address (localhost, 127.0.0.0/8, ::1), because the alert and
  its signature would otherwise cross the network in clear, unless
  JOINTWATCH_ALLOW_INSECURE_WEBHOOKS=true says the operator accepts that;
- never, whatever the scheme or setting: link-local addresses (169.254.0.0/16, fe80::/10),
  cloud instance-metadata endpoints (AWS, GCP, Azure, Alibaba, Oracle, ECS task metadata),
  unspecified, multicast or broadcast addresses. A webhook there would let whoever sets the
  URL read credentials of the machine jointwatch runs on (server-side request forgery).

IPv4 addresses are read the way the resolver reads them ("2852039166", "0xa9fea9fe" and
"0251.0376.0251.0376" are all 169.254.169.254), and IPv4-mapped IPv6 addresses are unwrapped.
Left out on purpose: resolving host names. The check is on what is configured; a DNS name
that later resolves to a refused address is not caught here.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigurationError

INSECURE_VAR = "JOINTWATCH_ALLOW_INSECURE_WEBHOOKS"

METADATA_HOSTS = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "metadata.azure.com",
        "instance-data",
        "instance-data.ec2.internal",
    }
)
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle
        "169.254.170.2",  # AWS ECS task metadata
        "169.254.169.253",  # AWS DNS (VPC)
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud (classic)
        "fd00:ec2::254",  # AWS over IPv6
        "fd00:ec2::253",
    )
)

_LEGACY_IPV4 = re.compile(r"^[0-9a-fA-FxX.]+$")


class UrlPolicySettings(BaseSettings):
    """JOINTWATCH_ALLOW_INSECURE_WEBHOOKS: plain http to any host that is not refused."""

    model_config = SettingsConfigDict(env_prefix="JOINTWATCH_", extra="ignore")

    allow_insecure_webhooks: bool = False


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address a host names literally, in any form the resolver accepts, or None."""
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        if not _LEGACY_IPV4.match(host) or not any(ch.isdigit() for ch in host):
            return None
        try:
            addr = ipaddress.ip_address(socket.inet_aton(host))
        except OSError:
            return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def refusal(url: str, *, allow_insecure: bool = False) -> str | None:
    """Why `url` may not receive alerts, or None when it may. The reason never repeats the
    URL's path, query or credentials."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        return "is not a valid URL"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        return "must be an https:// URL with a host"
    name = host.lower().rstrip(".")
    addr = _address(name)
    if name in METADATA_HOSTS or (addr is not None and addr in METADATA_ADDRESSES):
        return "names a cloud instance-metadata endpoint, which is never allowed"
    if addr is not None:
        if addr.is_link_local:
            return "names a link-local address (169.254.0.0/16, fe80::/10), which is never allowed"
        if (
            addr.is_unspecified
            or addr.is_multicast
            or addr == ipaddress.IPv4Address("255.255.255.255")
        ):
            return "names an unspecified, multicast or broadcast address"
    loopback = name == "localhost" or name.endswith(".localhost") or bool(addr and addr.is_loopback)
    if scheme == "http" and not loopback and not allow_insecure:
        return (
            "must use https://; plain http:// is allowed only to localhost, 127.0.0.0/8 or ::1 "
            f"(or anywhere with {INSECURE_VAR}=true)"
        )
    return None


def check_destination_url(
    url: str, variable: str, *, echo: bool, allow_insecure: bool | None = None
) -> None:
    """Raise ConfigurationError naming `variable` unless `url` may receive alerts.

    With `echo`, the message names the scheme and host (never path, query or credentials);
    without it (a Slack URL is itself a credential) nothing from the URL is repeated.
    `allow_insecure` defaults to JOINTWATCH_ALLOW_INSECURE_WEBHOOKS.
    """
    if allow_insecure is None:
        allow_insecure = UrlPolicySettings().allow_insecure_webhooks
    why = refusal(url, allow_insecure=allow_insecure)
    if why is None:
        return
    shown = ""
    if echo:
        try:
            parts = urlsplit(url.strip())
            shown = f" (got {parts.scheme}://{parts.hostname})" if parts.hostname else ""
        except ValueError:
            shown = ""
    raise ConfigurationError(f"{variable} {why}{shown}")
