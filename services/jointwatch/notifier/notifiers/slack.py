"""Slack incoming-webhook destination: a Block Kit message built from an Alert.

`build_slack_message` is pure and keeps within Block Kit's limits by truncating with
"…". The incoming-webhook URL is itself the credential, so it is held as a `SecretStr`
and never appears in `repr`, results or logs. Slack answers 200 "ok"; on errors it answers a
short code ("invalid_payload", "channel_is_archived") which is kept in the reason.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import aiohttp
from pydantic import SecretStr

from ...core.models import Alert, Asset
from ...metrics import Channel
from .base import DeliveryResult, classify_exception, classify_response

log = logging.getLogger(__name__)

HEADER_LIMIT = 150
SECTION_TEXT_LIMIT = 3000
FIELD_LIMIT = 2000
CONTEXT_TEXT_LIMIT = 2000
FALLBACK_TEXT_LIMIT = 3000
ELLIPSIS = "…"
# Room left in a field for lists, after its bold title and the report count.
_LIST_LIMIT = FIELD_LIMIT - 40

_SLACK_ERROR_CODE = re.compile(r"[a-z_]{1,64}")


def build_slack_message(alert: Alert, *, merged: Sequence[int] = ()) -> dict[str, Any]:
    """The Slack message: a header, the summary, a grid of fields, a context line and
    a plain `text` fallback for notifications. `merged` names earlier revisions that this
    message stands for (they arrived within the merge wait and were not sent on their own)."""
    severity = alert.severity.value.upper()
    activity = alert.activity or "activity"
    states = ", ".join(alert.states)
    summary = alert.summary.strip() or "(no summary)"  # Slack rejects empty text
    header = f"{severity}: joint {activity}" + (f" by {states}" if states else "")

    region = (
        f"{alert.region_of_interest.name}, {alert.region_of_interest.distance_km:.0f} km"
        if alert.region_of_interest is not None
        else "none"
    )
    assets = [_describe_asset(asset) for asset in alert.assets]
    sources = _join_limited(alert.sources, _LIST_LIMIT)
    fields = [
        ("States", states or "unknown"),
        ("Activity", alert.activity or "unknown"),
        ("Severity", alert.severity.value),
        ("Score", f"{alert.score:.2f}"),
        ("Region & distance", region),
        ("Assets", _join_limited(assets, _LIST_LIMIT) or "none reported"),
        ("Domains", ", ".join(alert.domains) or "unknown"),
        ("Reports", f"{alert.source_count}" + (f" ({sources})" if sources else "")),
    ]
    earlier = sorted(set(merged) - {alert.revision})
    covers = f" (also covers {'revisions' if len(earlier) > 1 else 'revision'} {_revision_list(earlier)})"
    context = (
        f"revision {alert.revision}{covers if earlier else ''} · {alert.source_count} "
        f"source{'s' if alert.source_count != 1 else ''} · alert {alert.alert_id}"
    )

    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": _truncate(header, HEADER_LIMIT)},
        },
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": _mrkdwn(summary, SECTION_TEXT_LIMIT)},
        },
        {
            "type": "section",
            "fields": [
                {"type": "mrkdwn", "text": _mrkdwn_field(title, value)} for title, value in fields
            ],
        },
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": _mrkdwn(context, CONTEXT_TEXT_LIMIT)}],
        },
    ]
    return {
        "text": _mrkdwn(f"[{severity}] {summary}", FALLBACK_TEXT_LIMIT),
        "blocks": blocks,
    }


class SlackNotifier:
    channel: Channel = Channel.SLACK

    def __init__(
        self,
        url: SecretStr,
        session: aiohttp.ClientSession,
        timeout: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._url = url
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._clock = clock

    def __repr__(self) -> str:
        return "SlackNotifier(url='**********')"

    async def send(self, alert: Alert, *, merged: Sequence[int] = ()) -> DeliveryResult:
        message = build_slack_message(alert, merged=merged)
        body = json.dumps(message, ensure_ascii=False).encode()
        try:
            async with self._session.post(
                self._url.get_secret_value(),
                data=body,
                headers={"content-type": "application/json"},
                timeout=self._timeout,
                allow_redirects=False,
            ) as response:
                result = classify_response(response.status, response.headers, now=self._clock())
                if not result.ok:
                    code = (await response.content.read(100)).decode("utf-8", "replace").strip()
                    if _SLACK_ERROR_CODE.fullmatch(code):
                        result = replace(result, reason=f"{result.reason}: {code}")
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            result = classify_exception(exc)
        log.debug("slack alert %s revision %d: %s", alert.alert_id, alert.revision, result.reason)
        return result


def _revision_list(revisions: Iterable[int]) -> str:
    """ "2–4" for a run, "2, 5" otherwise; at most a few numbers (the context line is short)."""
    numbers = sorted(set(revisions))
    if not numbers:
        return ""
    if numbers == list(range(numbers[0], numbers[-1] + 1)) and len(numbers) > 1:
        return f"{numbers[0]}–{numbers[-1]}"
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + (f" and {len(numbers) - 5} more" if len(numbers) > 5 else "")


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - len(ELLIPSIS)] + ELLIPSIS


def _mrkdwn(text: str, limit: int) -> str:
    """Escape Slack's control characters, then truncate without splitting an entity."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - len(ELLIPSIS)]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + ELLIPSIS


def _mrkdwn_field(title: str, value: str) -> str:
    prefix = f"*{_mrkdwn(title, 100)}*\n"
    return prefix + _mrkdwn(value, FIELD_LIMIT - len(prefix))


def _join_limited(items: list[str], limit: int) -> str:
    """Comma-join the items that fit in `limit` characters once escaped, then
    "… and N more" for the rest."""
    text, size = "", 0
    for index, item in enumerate(items):
        item_size = len(_mrkdwn(item, FIELD_LIMIT)) + (2 if text else 0)
        left = len(items) - index - 1
        tail = len(f", {ELLIPSIS} and {left} more") if left else 0
        if text and size + item_size + tail > limit:
            return f"{text}, {ELLIPSIS} and {left + 1} more"
        text, size = (f"{text}, {item}" if text else item), size + item_size
    return text


def _describe_asset(asset: Asset) -> str:
    details = [d for d in (asset.state, "nuclear-capable" if asset.nuclear_capable else None) if d]
    return f"{asset.name} ({', '.join(details)})" if details else asset.name
