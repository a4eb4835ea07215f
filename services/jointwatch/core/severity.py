"""Severity of a classified article, computed from the policy file `data/severity.toml`.

The policy (points per rule, thresholds per level) is data an analyst can tune; this
module only validates the file and adds up the points. Every rule that contributes is
returned as a plain-English reason.

Deliberately left out: anything learned from past alerts, and any clock (how recent an
event is belongs to clustering, not to severity).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .datafile import load_toml_model
from .models import Severity

DEFAULT_POLICY_FILE = Path(__file__).resolve().parent.parent / "data" / "severity.toml"

ActivityKind = Literal["patrol", "exercise", "escort", "transit", "other"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NotJointRule(_Section):
    severity: Severity = Severity.INFO
    planned_severity: Severity = Severity.INFO


class ParticipantsBand(_Section):
    min_states: int = Field(ge=1)
    points: int


class DistanceBand(_Section):
    max_km: float = Field(gt=0)
    points: int


class PointsRule(_Section):
    points: int


class StatesOfConcern(_Section):
    states: list[str] = Field(min_length=1)
    points: int
    why: str = ""

    @model_validator(mode="after")
    def _codes(self) -> StatesOfConcern:
        for code in self.states:
            if len(code) != 3 or not code.isalpha() or not code.isupper():
                raise ValueError(f"states_of_concern: {code!r} is not an ISO alpha-3 code")
        return self


class Thresholds(_Section):
    low: int
    medium: int
    high: int
    critical: int

    @model_validator(mode="after")
    def _ascending(self) -> Thresholds:
        if not self.low <= self.medium <= self.high <= self.critical:
            raise ValueError("thresholds must satisfy low <= medium <= high <= critical")
        return self


class PolicyMeta(_Section):
    version: str


class SeverityPolicy(_Section):
    """The validated content of a severity policy file."""

    meta: PolicyMeta
    not_joint: NotJointRule = NotJointRule()
    activity: dict[ActivityKind, int] = Field(default_factory=dict)
    participants: list[ParticipantsBand] = Field(default_factory=list)
    nuclear_capable: PointsRule = PointsRule(points=0)
    first_of_its_kind: PointsRule = PointsRule(points=0)
    distance: list[DistanceBand] = Field(default_factory=list)
    states_of_concern: list[StatesOfConcern] = Field(default_factory=list)
    thresholds: Thresholds

    @model_validator(mode="after")
    def _sort_bands(self) -> SeverityPolicy:
        # Bands are applied by order; sort them so the file can list them any way.
        object.__setattr__(
            self, "participants", sorted(self.participants, key=lambda b: b.min_states)
        )
        object.__setattr__(self, "distance", sorted(self.distance, key=lambda b: b.max_km))
        return self

    @property
    def version(self) -> str:
        return self.meta.version

    def assess(
        self,
        *,
        joint: bool,
        activity: str | None = None,
        states: Sequence[str] = (),
        nuclear_capable: bool = False,
        distance_km: float | None = None,
        area_name: str | None = None,
        first_of_its_kind: bool = False,
        tense: str | None = None,
    ) -> SeverityAssessment:
        """Add up the points of every rule that applies; see `data/severity.toml`."""
        if not joint:
            if tense == "planned":
                level = self.not_joint.planned_severity
                return SeverityAssessment(level, 0, [f"severity {level}: planned, not yet held"])
            level = self.not_joint.severity
            return SeverityAssessment(level, 0, [f"severity {level}: not joint activity"])
        points = 0
        reasons: list[str] = []
        if activity is not None and self.activity.get(activity):  # type: ignore[call-overload]
            gained = self.activity[activity]  # type: ignore[index]
            points += gained
            reasons.append(f"+{gained} activity {activity}")
        distinct = sorted(set(states))
        band_points = _participants_points(self.participants, len(distinct))
        if band_points:
            points += band_points
            reasons.append(f"+{band_points} {len(distinct)} participating states")
        if nuclear_capable and self.nuclear_capable.points:
            points += self.nuclear_capable.points
            reasons.append(f"+{self.nuclear_capable.points} nuclear-capable assets")
        if first_of_its_kind and self.first_of_its_kind.points:
            points += self.first_of_its_kind.points
            reasons.append(f"+{self.first_of_its_kind.points} first of its kind")
        if distance_km is not None:
            for band in self.distance:
                if distance_km <= band.max_km:
                    points += band.points
                    where = f" of {area_name}" if area_name else ""
                    reasons.append(
                        f"+{band.points} within {band.max_km:g} km{where} ({distance_km:.0f} km)"
                    )
                    break
        present = set(distinct)
        for rule in self.states_of_concern:
            if set(rule.states) <= present:
                points += rule.points
                label = rule.why or "+".join(rule.states)
                reasons.append(f"+{rule.points} {label}")
        level = self.level_for(points)
        reasons.append(f"severity {level}: {points} points")
        return SeverityAssessment(level, points, reasons)

    def level_for(self, points: int) -> Severity:
        t = self.thresholds
        if points >= t.critical:
            return Severity.CRITICAL
        if points >= t.high:
            return Severity.HIGH
        if points >= t.medium:
            return Severity.MEDIUM
        if points >= t.low:
            return Severity.LOW
        return Severity.INFO


def _participants_points(bands: Iterable[ParticipantsBand], count: int) -> int:
    gained = 0
    for band in bands:  # sorted by min_states: the last band reached wins
        if count >= band.min_states:
            gained = band.points
    return gained


@dataclass(frozen=True)
class SeverityAssessment:
    severity: Severity
    points: int
    reasons: list[str] = field(default_factory=list)


def load_severity_policy(path: Path | None = None) -> SeverityPolicy:
    """Read and validate a policy file; errors say which file and what is wrong."""
    return load_toml_model(path or DEFAULT_POLICY_FILE, SeverityPolicy, "severity policy")


@lru_cache(maxsize=1)
def default_severity_policy() -> SeverityPolicy:
    return load_severity_policy()


def assess(
    *,
    joint: bool,
    activity: str | None = None,
    states: Sequence[str] = (),
    nuclear_capable: bool = False,
    distance_km: float | None = None,
    area_name: str | None = None,
    first_of_its_kind: bool = False,
    tense: str | None = None,
    policy: SeverityPolicy | None = None,
) -> SeverityAssessment:
    """`SeverityPolicy.assess` with the default policy unless one is given."""
    return (policy or default_severity_policy()).assess(
        joint=joint,
        activity=activity,
        states=states,
        nuclear_capable=nuclear_capable,
        distance_km=distance_km,
        area_name=area_name,
        first_of_its_kind=first_of_its_kind,
        tense=tense,
    )
