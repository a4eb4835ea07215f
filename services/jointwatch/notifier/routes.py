"""The route stage, and the routes file (TOML, `JOINTWATCH_ROUTES_FILE`) it is configured from.

A destination receives an alert revision when its severity is at or above the destination's
minimum, and, when the destination sets them, at least one participating state is in its
`states` and the alert's area of interest is one of its `areas`. Without a routes file every
configured destination gets every alert at or above `JOINTWATCH_MIN_SEVERITY`.

    min_severity = "low"            # for destinations that set none

    [destinations.slack]            # the JOINTWATCH_SLACK_WEBHOOK_URL destination
    min_severity = "high"
    states = ["CHN", "RUS"]
    areas = ["Alaska", "Japan"]

    [destinations.partner]          # one more webhook, declared here
    kind = "webhook"
    url_env = "PARTNER_WEBHOOK_URL"
    secret_env = "PARTNER_WEBHOOK_SECRET"
    min_severity = "critical"

The file holds no secrets: URLs that carry tokens and signing secrets are named by the
environment variable that holds them. Left out on purpose: routing trees and per-route
grouping (Alertmanager's); one flat table per destination is what we need.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..core.models import Alert, Severity
from ..errors import ConfigurationError
from ..metrics import SuppressReason

if TYPE_CHECKING:
    from .destination import Destination

DESTINATION_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class DestinationRoute(BaseModel):
    """One `[destinations.<name>]` table."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["webhook", "slack"] | None = Field(
        default=None, description="required for a destination declared here"
    )
    url: str | None = Field(default=None, description="receiver URL (webhook only; no tokens)")
    url_env: str | None = Field(default=None, description="variable holding the receiver URL")
    secret_env: str | None = Field(default=None, description="variable holding whsec_... ")
    min_severity: Severity | None = None
    states: list[str] | None = Field(default=None, min_length=1)
    areas: list[str] | None = Field(default=None, min_length=1)
    max_per_second: float | None = Field(default=None, gt=0)
    merge_wait: float | None = Field(default=None, ge=0, description="Slack only, seconds")

    @field_validator("url_env", "secret_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not ENV_NAME.fullmatch(value):
            raise ValueError("must be the name of an environment variable")
        return value

    @field_validator("states")
    @classmethod
    def _state_codes(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and not all(re.fullmatch(r"[A-Z]{3}", code) for code in value):
            raise ValueError("states are ISO 3166-1 alpha-3 codes such as 'CHN'")
        return value


class RoutesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min_severity: Severity | None = None
    destinations: dict[str, DestinationRoute] = Field(default_factory=dict)

    @field_validator("destinations")
    @classmethod
    def _names(cls, value: dict[str, DestinationRoute]) -> dict[str, DestinationRoute]:
        for name in value:
            if not DESTINATION_NAME.fullmatch(name):
                raise ValueError(
                    f"destination name {name!r} must be lowercase letters, digits, - or _ "
                    "(at most 40)"
                )
        return value


def load_routes(path: Path | None) -> RoutesFile:
    """The routes file at `path`, validated; an empty one when `path` is None."""
    if path is None:
        return RoutesFile()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(
            f"JOINTWATCH_ROUTES_FILE {path}: cannot read it ({exc.strerror})"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(
            f"JOINTWATCH_ROUTES_FILE {path} is not valid TOML: {exc}"
        ) from None
    try:
        return RoutesFile.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigurationError(f"JOINTWATCH_ROUTES_FILE {path}: {problems}") from None


@dataclass(frozen=True, slots=True)
class Route:
    """What one destination wants to receive."""

    min_severity: Severity = Severity.INFO
    states: frozenset[str] | None = None
    areas: frozenset[str] | None = None  # casefolded names

    @classmethod
    def of(cls, config: DestinationRoute | None, default_min_severity: Severity) -> Route:
        if config is None:
            return cls(min_severity=default_min_severity)
        return cls(
            min_severity=config.min_severity or default_min_severity,
            states=frozenset(config.states) if config.states else None,
            areas=frozenset(a.casefold() for a in config.areas) if config.areas else None,
        )

    def admits(self, alert: Alert) -> bool:
        if alert.severity.rank < self.min_severity.rank:
            return False
        if self.states is not None and not self.states.intersection(alert.states):
            return False
        if self.areas is not None:
            area = alert.region_of_interest
            if area is None or area.name.casefold() not in self.areas:
                return False
        return True


class RouteGate:
    """The route stage: drop what the destination did not ask for."""

    def check(self, alert: Alert, destination: Destination) -> SuppressReason | None:
        return None if destination.route.admits(alert) else SuppressReason.ROUTED_OUT
