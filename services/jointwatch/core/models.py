"""Wire models: Article v1 (input), ClassificationResult and Alert v1 (outputs).

Field names are the public contract (see CONTRACT.md); add fields, never rename them.
The JSON Schemas in `schemas/` are generated from these classes (`jointwatch schemas`).
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field

MAX_ID_CHARS = 200
MAX_BODY_CHARS = 1_000_000

_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _check_url(value: str) -> str:
    AnyUrl(value)  # raises a ValidationError with a clear message
    return value


def _check_language(value: str) -> str:
    if not _BCP47.match(value):
        raise ValueError("language must be a BCP 47 tag such as 'en' or 'pt-BR'")
    return value


def _check_id(value: str) -> str:
    if not value.strip():
        raise ValueError("id must not be blank")
    # Control characters are unprintable: a printable id (the usual case) has none.
    if not value.isprintable() and any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("id must not contain control characters")
    return value


class Severity(StrEnum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_ORDER.index(self)


_SEVERITY_ORDER = [Severity.INFO, Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL]

Activity = Literal["patrol", "exercise", "escort", "transit", "other"]
Domain = Literal["air", "sea", "land"]
Tense = Literal["past", "ongoing", "planned"]


class Article(BaseModel):
    """One news article as it arrives on the articles topic (Article v1)."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)

    id: Annotated[str, Field(min_length=1, max_length=MAX_ID_CHARS), AfterValidator(_check_id)]
    body: Annotated[str, Field(min_length=1, max_length=MAX_BODY_CHARS)]
    title: str | None = None
    url: Annotated[str, AfterValidator(_check_url)] | None = None
    source: str | None = None
    published_at: AwareDatetime | None = Field(
        default=None, description="RFC 3339 date-time with an offset"
    )
    language: Annotated[str, AfterValidator(_check_language)] = "en"


class Evidence(BaseModel):
    """A span of the article body, quoted exactly: body[start:end] == text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    supports: str | None = Field(
        default=None,
        description="what this span supports: activity, state, asset, location, distance",
    )


class Asset(BaseModel):
    name: str
    state: str | None = Field(description="ISO 3166-1 alpha-3 code of the operating state")
    nuclear_capable: bool
    kind: str | None = None
    domain: Domain | None = None


class Location(BaseModel):
    name: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class RegionOfInterest(BaseModel):
    name: str
    distance_km: float = Field(ge=0)
    distance_source: Literal["stated", "computed"] = "computed"


class ClassificationResult(BaseModel):
    """The classifier's decision for one article, with the evidence behind it."""

    article_id: str
    joint_military_activity: bool
    score: float = Field(
        ge=0,
        le=1,
        description="calibrated probability that the article reports joint military activity: "
        "of the articles scored like this on news the rules had not seen, the share that did",
    )
    states: list[str] = Field(description="sorted ISO alpha-3 codes of participating states")
    activity: Activity | None = None
    domains: list[Domain] = Field(default_factory=list)
    assets: list[Asset] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    region_of_interest: RegionOfInterest | None = None
    severity: Severity = Severity.INFO
    evidence: list[Evidence] = Field(default_factory=list)
    tense: Tense | None = None
    first_of_its_kind: bool = False
    reasons: list[str] = Field(
        default_factory=list, description="why the classifier decided so, in plain words"
    )
    classifier_version: str


class AlertEvidence(BaseModel):
    article_id: str
    text: str


class Alert(BaseModel):
    """Alert v1: one real-world event, revised as new reports of it arrive."""

    schema_version: Literal["1"] = "1"
    alert_id: str
    revision: int = Field(ge=1)
    created_at: datetime
    updated_at: datetime
    severity: Severity
    summary: str
    states: list[str]
    activity: Activity | None
    domains: list[Domain]
    assets: list[Asset]
    locations: list[Location]
    region_of_interest: RegionOfInterest | None
    score: float = Field(
        ge=0,
        le=1,
        description="the highest calibrated score of the alert's reports",
    )
    article_ids: list[str]
    evidence: list[AlertEvidence]
    classifier_version: str
    source_count: int = Field(ge=1, default=1)
    sources: list[str] = Field(default_factory=list)
    tense: Tense | None = None
    first_of_its_kind: bool = False
