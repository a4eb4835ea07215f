"""The silence (mute) stage, and the file silences are kept in.

A silence is a list of matchers and a time range, like Alertmanager's: while it is active, alert
revisions that match every matcher are not sent (they still go to the alerts topic).

    jointwatch silence add state=CHN activity=exercise --duration 12h --comment "Joint Sea"

Matchers are `<field><op><value>` with op `=`, `!=`, `=~` (regex, whole value) or `!~`, and
field one of `FIELDS`. Comparisons ignore case. A field with several values (`state`,
`domain`) matches `=` / `=~` when any value does, and `!=` / `!~` when none does.

Storage: one JSON file (`JOINTWATCH_SILENCES_FILE`, default `<JOINTWATCH_DATA_DIR>/silences.json`),
kept by `statefile.JsonStateFile`: the CLI changes it under a lock, atomically; the notifier
re-reads it when it changes (checked at most once a second), so a silence takes effect within
about a second and survives restarts. Left out on purpose: sharing silences
between machines (put the file on a shared volume, or run the notifiers on one host).
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from ..core.models import Alert
from ..metrics import SuppressReason
from .errors import NotifierError
from .statefile import JsonStateFile

if TYPE_CHECKING:
    from .destination import Destination

log = logging.getLogger("jointwatch.notifier")

MatcherField = Literal[
    "alert_id",
    "state",
    "states",
    "activity",
    "severity",
    "area",
    "domain",
    "destination",
    "channel",
]
FIELDS: tuple[str, ...] = get_args(MatcherField)
KEEP_EXPIRED = timedelta(days=7)
_MATCHER = re.compile(r"^\s*([a-z_]+)\s*(=~|!~|!=|=)\s*(.*?)\s*$", re.DOTALL)


class SilenceError(NotifierError):
    """A silence or matcher is invalid, or no silence has the given id; the message says which."""


class MatchOp(StrEnum):
    EQUAL = "="
    NOT_EQUAL = "!="
    REGEX = "=~"
    NOT_REGEX = "!~"


class Matcher(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: MatcherField
    op: MatchOp
    value: str

    @classmethod
    def parse(cls, text: str) -> Matcher:
        found = _MATCHER.match(text)
        if found is None:
            raise SilenceError(
                f"matcher {text!r} is not <field><op><value>, e.g. state=CHN or severity=~high|critical"
            )
        name, op, value = found.groups()
        if name not in FIELDS:
            raise SilenceError(f"matcher {text!r}: field must be one of {', '.join(FIELDS)}")
        if op in (MatchOp.REGEX, MatchOp.NOT_REGEX):
            try:
                re.compile(value)
            except re.error as exc:
                raise SilenceError(f"matcher {text!r}: bad regular expression ({exc})") from None
        return cls.model_validate({"name": name, "op": op, "value": value})

    def __str__(self) -> str:
        return f"{self.name}{self.op.value}{self.value}"

    def matches(self, values: list[str]) -> bool:
        if self.op in (MatchOp.EQUAL, MatchOp.NOT_EQUAL):
            wanted = self.value.casefold()
            hit = any(v.casefold() == wanted for v in values)
        else:
            pattern = re.compile(self.value, re.IGNORECASE)
            hit = any(pattern.fullmatch(v) for v in values)
        return hit if self.op in (MatchOp.EQUAL, MatchOp.REGEX) else not hit


def field_values(alert: Alert, destination_name: str, channel: str) -> dict[str, list[str]]:
    """What each matcher field means for one alert revision on its way to one destination."""
    area = alert.region_of_interest
    return {
        "alert_id": [alert.alert_id],
        "state": list(alert.states),
        "states": ["+".join(sorted(alert.states))],
        "activity": [alert.activity or "other"],
        "severity": [alert.severity.value],
        "area": [area.name] if area is not None else [],
        "domain": list(alert.domains),
        "destination": [destination_name],
        "channel": [channel],
    }


class Silence(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    matchers: list[Matcher] = Field(min_length=1)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    created_by: str = ""
    comment: str = ""

    def active(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def matches(self, alert: Alert, destination_name: str, channel: str) -> bool:
        values = field_values(alert, destination_name, channel)
        return all(m.matches(values[m.name]) for m in self.matchers)

    @classmethod
    def create(
        cls,
        matchers: list[Matcher],
        *,
        now: datetime,
        ends_at: datetime,
        created_by: str = "",
        comment: str = "",
    ) -> Silence:
        if not matchers:
            raise SilenceError("a silence needs at least one matcher")
        if ends_at <= now:
            raise SilenceError("a silence must end in the future")
        return cls(
            id=secrets.token_hex(6),
            matchers=matchers,
            starts_at=now,
            ends_at=ends_at,
            created_by=created_by,
            comment=comment,
        )


class SilenceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    silences: list[Silence] = Field(default_factory=list)


class SilenceStore:
    """The silences file: `add` and `expire` for the CLI, `current` for the notifier."""

    def __init__(
        self,
        path: Path,
        *,
        reload_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self._file = JsonStateFile(
            path,
            SilenceFile,
            setting="JOINTWATCH_SILENCES_FILE",
            what="a silences file",
            reload_interval=reload_interval,
            clock=clock,
        )

    def load(self) -> list[Silence]:
        """Read the file now; a missing file holds no silences."""
        return self._file.load().silences

    def current(self) -> list[Silence]:
        """The silences as of the last change to the file (re-read when it changes)."""
        return self._file.current().silences

    def add(self, silence: Silence, *, now: datetime) -> None:
        def added(content: SilenceFile) -> SilenceFile:
            kept = [s for s in content.silences if s.ends_at + KEEP_EXPIRED > now]
            return SilenceFile(silences=[*kept, silence])

        self._file.change(added)

    def expire(self, silence_id: str, *, now: datetime) -> Silence:
        found: list[Silence] = []

        def expired(content: SilenceFile) -> SilenceFile | None:
            for index, silence in enumerate(content.silences):
                if silence.id == silence_id:
                    if silence.ends_at <= now:
                        found.append(silence)
                        return None
                    found.append(silence.model_copy(update={"ends_at": now}))
                    silences = list(content.silences)
                    silences[index] = found[0]
                    return SilenceFile(silences=silences)
            raise SilenceError(f"no silence with id {silence_id!r}; see `jointwatch silence list`")

        self._file.change(expired)
        return found[0]


class SilenceGate:
    """The mute stage: hold back what an active silence matches."""

    def __init__(self, store: SilenceStore, now: Callable[[], datetime]) -> None:
        self._store = store
        self._now = now

    def check(self, alert: Alert, destination: Destination) -> SuppressReason | None:
        now = self._now()
        for silence in self._store.current():
            if silence.active(now) and silence.matches(
                alert, destination.name, destination.channel.value
            ):
                log.info(
                    "%s:%d to %s silenced by %s",
                    alert.alert_id,
                    alert.revision,
                    destination.name,
                    silence.id,
                )
                return SuppressReason.SILENCED
        return None


def parse_duration(text: str) -> timedelta:
    """`90s`, `45m`, `12h`, `7d`, or combinations such as `1h30m`."""
    parts = re.fullmatch(r"\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?\s*", text)
    if parts is None or not any(parts.groups()):
        raise SilenceError(f"duration {text!r} is not like 90s, 45m, 12h, 7d or 1h30m")
    days, hours, minutes, seconds = (int(p or 0) for p in parts.groups())
    duration = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    if duration <= timedelta(0):
        raise SilenceError("a silence must last longer than 0 seconds")
    return duration
