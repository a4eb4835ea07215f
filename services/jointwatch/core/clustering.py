"""Event clustering: reports of one real-world event join one alert that grows revision by revision.

Pure: time and ids come in as arguments. Reports are routed by `group_key` (same participating
states and activity), so one partition owns every candidate cluster of a report; inside a group a
report joins the cluster whose reports are close in time and place, or starts a new one.
Left out on purpose: fuzzy matching across different state sets (an outlet that misses one
participant starts a separate alert; merging those is a later refinement).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Container
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from .geo import haversine_km
from .models import (
    Activity,
    AlertEvidence,
    Asset,
    ClassificationResult,
    Domain,
    Location,
    RegionOfInterest,
    Severity,
    Tense,
)

MAX_EVIDENCE_PER_ALERT = 20
# Article ids of pruned clusters remembered per group, newest first (see `join_group`): far more
# than a group sees between two offset commits, small enough for every changelog record.
MAX_DONE_ARTICLES = 500


class Report(BaseModel):
    """One classified article on its way to clustering (internal topic, keyed by group key)."""

    result: ClassificationResult
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    received_at: datetime = Field(description="when the classifier consumed the article")

    @property
    def event_time(self) -> datetime:
        return self.published_at or self.received_at


class EventCluster(BaseModel):
    alert_id: str
    revision: int
    created_at: datetime
    updated_at: datetime
    first_seen: datetime
    last_seen: datetime
    states: list[str]
    activity: Activity | None
    domains: list[Domain]
    assets: list[Asset]
    locations: list[Location]
    region_of_interest: RegionOfInterest | None
    severity: Severity
    score: float
    article_ids: list[str]
    sources: list[str]
    evidence: list[AlertEvidence]
    classifier_version: str
    tense: Tense | None = None
    first_of_its_kind: bool = False


def group_key(result: ClassificationResult) -> str:
    return f"{'+'.join(result.states)}|{result.activity or 'other'}"


def stable_alert_id(report: Report) -> str:
    """Deterministic, so reprocessing the same first report after a crash yields the same id."""
    seed = f"{group_key(report.result)}|{report.result.article_id}".encode()
    return "jw-" + hashlib.sha256(seed).hexdigest()[:20]


def _near(a: list[Location], b: list[Location], max_km: float) -> bool:
    if not a or not b:
        return True  # a report without places cannot contradict one with places
    return any(haversine_km(x.lat, x.lon, y.lat, y.lon) <= max_km for x in a for y in b)


def _matches(cluster: EventCluster, report: Report, window: timedelta, max_km: float) -> bool:
    t = report.event_time
    in_time = cluster.first_seen - window <= t <= cluster.last_seen + window
    return in_time and _near(cluster.locations, report.result.locations, max_km)


def _union(items: list, extra: list, key: Callable) -> list:
    seen = {key(x) for x in items}
    out = list(items)
    for x in extra:
        if key(x) not in seen:
            seen.add(key(x))
            out.append(x)
    return out


def _closer(a: RegionOfInterest | None, b: RegionOfInterest | None) -> RegionOfInterest | None:
    if a is None or b is None:
        return a or b
    return a if a.distance_km <= b.distance_km else b


def _evidence(report: Report) -> list[AlertEvidence]:
    rid = report.result.article_id
    texts = [e.text for e in report.result.evidence if e.supports in (None, "activity")][:2]
    return [AlertEvidence(article_id=rid, text=t) for t in texts]


def _new_cluster(report: Report, alert_id: str, now: datetime) -> EventCluster:
    r = report.result
    return EventCluster(
        alert_id=alert_id,
        revision=1,
        created_at=now,
        updated_at=now,
        first_seen=report.event_time,
        last_seen=report.event_time,
        states=list(r.states),
        activity=r.activity,
        domains=list(r.domains),
        assets=list(r.assets),
        locations=list(r.locations),
        region_of_interest=r.region_of_interest,
        severity=r.severity,
        score=r.score,
        article_ids=[r.article_id],
        sources=[report.source] if report.source else [],
        evidence=_evidence(report),
        classifier_version=r.classifier_version,
        tense=r.tense,
        first_of_its_kind=r.first_of_its_kind,
    )


def _grow(cluster: EventCluster, report: Report, now: datetime) -> EventCluster:
    r = report.result
    severity = max(cluster.severity, r.severity, key=lambda s: s.rank)
    return cluster.model_copy(
        update={
            "revision": cluster.revision + 1,
            "updated_at": now,
            "first_seen": min(cluster.first_seen, report.event_time),
            "last_seen": max(cluster.last_seen, report.event_time),
            "domains": sorted(set(cluster.domains) | set(r.domains)),
            "assets": _union(cluster.assets, r.assets, key=lambda a: a.name),
            "locations": _union(cluster.locations, r.locations, key=lambda loc: loc.name),
            "region_of_interest": _closer(cluster.region_of_interest, r.region_of_interest),
            "severity": severity,
            "score": max(cluster.score, r.score),
            "article_ids": [*cluster.article_ids, r.article_id],
            "sources": _union(cluster.sources, [report.source] if report.source else [], key=str),
            "evidence": (cluster.evidence + _evidence(report))[:MAX_EVIDENCE_PER_ALERT],
            "first_of_its_kind": cluster.first_of_its_kind or r.first_of_its_kind,
        }
    )


def assign_report(
    clusters: list[EventCluster],
    report: Report,
    *,
    now: datetime,
    window: timedelta,
    max_distance_km: float,
    new_id: Callable[[Report], str] = stable_alert_id,
    unpublished: Container[str] = (),
) -> tuple[list[EventCluster], EventCluster]:
    """Add `report` to the matching cluster (or a new one). Returns the updated list of the
    group's clusters (expired ones pruned, except those whose alert id is in `unpublished`:
    a revision of theirs is not yet acknowledged by the broker) and the cluster to publish.

    A report whose article is already in a cluster (a re-delivery) changes nothing and returns
    that cluster unchanged, so the same revision is published again: idempotent downstream.
    """
    for cluster in clusters:
        if report.result.article_id in cluster.article_ids:
            return clusters, cluster
    live = [
        c
        for c in clusters
        if c.last_seen + 2 * window >= report.event_time or c.alert_id in unpublished
    ]
    for i, cluster in enumerate(live):
        if _matches(cluster, report, window, max_distance_km):
            grown = _grow(cluster, report, now)
            live[i] = grown
            return live, grown
    created = _new_cluster(report, new_id(report), now)
    return [*live, created], created


class GroupState(BaseModel):
    """What the clusterer keeps for one group key: its live clusters, and the article ids of
    clusters pruned from it (newest first, at most MAX_DONE_ARTICLES)."""

    clusters: list[EventCluster] = Field(default_factory=list)
    done: list[str] = Field(default_factory=list)

    @classmethod
    def from_stored(cls, value: object) -> GroupState:
        """The table value; a bare list of clusters is the format before `done` existed."""
        if isinstance(value, list):
            return cls(clusters=[EventCluster.model_validate(c) for c in value])
        return cls.model_validate(value)


def join_group(
    state: GroupState,
    report: Report,
    *,
    now: datetime,
    window: timedelta,
    max_distance_km: float,
    new_id: Callable[[Report], str] = stable_alert_id,
    unpublished: Container[str] = (),
) -> tuple[GroupState, EventCluster | None]:
    """`assign_report` for a group that also remembers the reports of pruned clusters.

    At-least-once delivery re-sends a report after a worker dies (the article is classified
    again): by then later reports may have pruned its cluster. Its alert revision is already
    out, so None is returned (publish nothing) instead of opening a second alert for the event.
    That holds only because a cluster is never pruned while a revision of its alert is
    unacknowledged (`unpublished`, the caller's in-flight alert ids): otherwise the state
    after a later report could reach the changelog while the alert itself died with the
    worker, and the re-sent report would find its article "done" with no alert ever out.
    """
    article_id = report.result.article_id
    if article_id in state.done:
        return state, None
    clusters, cluster = assign_report(
        state.clusters,
        report,
        now=now,
        window=window,
        max_distance_km=max_distance_km,
        new_id=new_id,
        unpublished=unpublished,
    )
    kept = {c.alert_id for c in clusters}
    pruned = [a for c in state.clusters if c.alert_id not in kept for a in reversed(c.article_ids)]
    done = [*pruned, *state.done][:MAX_DONE_ARTICLES] if pruned else state.done
    return GroupState(clusters=clusters, done=done), cluster
