"""Generic webhook destination: POST the Alert v1 JSON, signed per Standard Webhooks.

One attempt per `send`; redirects are not followed (a redirect would resend the signed
body somewhere nobody configured). The URL may carry credentials, so only its host
appears in `repr` and logs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

import aiohttp
from pydantic import SecretStr

from ...core.models import Alert
from ...metrics import Channel
from ..signing import webhook_headers
from .base import DeliveryResult, classify_exception, classify_response

log = logging.getLogger(__name__)


class WebhookNotifier:
    channel: Channel = Channel.WEBHOOK

    def __init__(
        self,
        url: str,
        secret: SecretStr | None,
        session: aiohttp.ClientSession,
        timeout: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._url = url
        self._secret = secret
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._clock = clock
        self._host = urlsplit(url).hostname or "?"

    def __repr__(self) -> str:
        return f"WebhookNotifier(host={self._host!r}, signed={self._secret is not None})"

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult:
        body = alert.model_dump_json().encode()
        secret = self._secret.get_secret_value() if self._secret is not None else None
        headers = webhook_headers(alert.alert_id, alert.revision, int(self._clock()), body, secret)
        try:
            async with self._session.post(
                self._url,
                data=body,
                headers=headers,
                timeout=self._timeout,
                allow_redirects=False,
            ) as response:
                result = classify_response(response.status, response.headers, now=self._clock())
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            result = classify_exception(exc)
        log.debug(
            "webhook %s alert %s revision %d: %s",
            self._host,
            alert.alert_id,
            alert.revision,
            result.reason,
        )
        return result
