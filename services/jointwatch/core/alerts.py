"""Alert formatting: an EventCluster becomes an Alert v1 with a one-line summary a person can read."""

from __future__ import annotations

from collections.abc import Mapping

from .clustering import EventCluster
from .models import Alert

_ACTIVITY_WORDS = {
    "patrol": "joint patrol",
    "exercise": "joint exercise",
    "escort": "joint escort",
    "transit": "combined transit",
    "other": "joint military activity",
}


def _and(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def summarize(cluster: EventCluster, state_names: Mapping[str, str]) -> str:
    who = _and([state_names.get(code, code) for code in cluster.states])
    domain = "/".join(cluster.domains)
    what = _ACTIVITY_WORDS.get(cluster.activity or "other", "joint military activity")
    if domain:
        what = what.replace("joint ", f"joint {domain} ", 1)
    line = f"{who}: {what}"
    if cluster.locations:
        line += " over " + _and([loc.name for loc in cluster.locations[:3]])
    roi = cluster.region_of_interest
    if roi is not None:
        line += f", {roi.distance_km:.0f} km from {roi.name}"
    if cluster.assets:
        names = ", ".join(a.name for a in cluster.assets[:4])
        nuclear = " (nuclear-capable)" if any(a.nuclear_capable for a in cluster.assets) else ""
        line += f"; {names}{nuclear}"
    reports = len(cluster.article_ids)
    line += f"; {reports} report" + ("s" if reports != 1 else "")
    if cluster.first_of_its_kind:
        line += "; reported as a first"
    return line


def alert_from_cluster(cluster: EventCluster, state_names: Mapping[str, str]) -> Alert:
    return Alert(
        alert_id=cluster.alert_id,
        revision=cluster.revision,
        created_at=cluster.created_at,
        updated_at=cluster.updated_at,
        severity=cluster.severity,
        summary=summarize(cluster, state_names),
        states=cluster.states,
        activity=cluster.activity,
        domains=cluster.domains,
        assets=cluster.assets,
        locations=cluster.locations,
        region_of_interest=cluster.region_of_interest,
        score=cluster.score,
        article_ids=cluster.article_ids,
        evidence=cluster.evidence,
        classifier_version=cluster.classifier_version,
        source_count=len(cluster.article_ids),
        sources=cluster.sources,
        tense=cluster.tense,
        first_of_its_kind=cluster.first_of_its_kind,
    )
