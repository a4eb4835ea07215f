"""Defence in depth for secrets in logs: whatever a library prints, the secret values do not pass.

Secrets are `SecretStr` in the settings and no jointwatch code formats them; but a third-party
library may put a configuration dict or a URL into a log line or an exception. The handlers'
formatters are wrapped so that every secret value (and the parts a secret is made of: the key
of `whsec_<key>`, the path of a Slack URL) is replaced by `**********` in the final text,
exception tracebacks included.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from pydantic import SecretStr

MASK = "**********"
MIN_SECRET_CHARS = 8  # shorter values would mask ordinary words


def secret_values(settings: object) -> list[str]:
    """Every SecretStr value of `settings`, and the sensitive parts of each."""
    values: list[str] = []
    for name in type(settings).model_fields:  # type: ignore[attr-defined]
        value = getattr(settings, name, None)
        if not isinstance(value, SecretStr):
            continue
        text = value.get_secret_value().strip()
        values.append(text)
        if text.startswith("whsec_"):
            values.append(text.removeprefix("whsec_"))
        if "://" in text:
            try:
                parts = urlsplit(text)
            except ValueError:
                continue
            values.extend(p for p in (parts.path, parts.query, parts.password) if p)
    return sorted({v for v in values if len(v) >= MIN_SECRET_CHARS}, key=len, reverse=True)


class RedactingFormatter(logging.Formatter):
    def __init__(self, inner: logging.Formatter, secrets: Iterable[str]) -> None:
        super().__init__()
        self.inner = inner
        self.secrets = [s for s in secrets if len(s) >= MIN_SECRET_CHARS]

    def format(self, record: logging.LogRecord) -> str:
        text = self.inner.format(record)
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text


def redact_logs(secrets: Iterable[str], logger: logging.Logger | None = None) -> None:
    """Wrap the formatter of every handler of `logger` (default: the root logger)."""
    values = list(secrets)
    if not values:
        return
    for handler in (logger or logging.getLogger()).handlers:
        inner = handler.formatter or logging.Formatter()
        if isinstance(inner, RedactingFormatter):
            inner = inner.inner
        handler.setFormatter(RedactingFormatter(inner, values))
