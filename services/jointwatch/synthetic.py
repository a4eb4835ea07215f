"""Synthetic news articles (about 3 KB each) for `jointwatch bench` and the scale-out tests.

Written from templates in our own words: joint activity by two states (each event reported by
one or more articles), and the everyday negatives (a one-state drill, a summit that promises
drills, sport, a business joint venture). Deterministic: the same arguments give the same
articles, so a benchmark run can be repeated. Left out on purpose: realism beyond what the
classifier needs to see to do its full work on every article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

ARTICLE_BYTES = 3000
EVENT_SPACING = timedelta(days=7)  # wider than the clustering window: one alert per event
BASE_TIME = datetime(2024, 1, 1, tzinfo=UTC)

# (adjective A, adjective B, name A, name B)
_PAIRS = [
    ("Russian", "Chinese", "Russia", "China"),
    ("American", "Japanese", "the United States", "Japan"),
    ("Indian", "French", "India", "France"),
    ("British", "Norwegian", "Britain", "Norway"),
    ("Australian", "Philippine", "Australia", "the Philippines"),
    ("Iranian", "Russian", "Iran", "Russia"),
    ("German", "Dutch", "Germany", "the Netherlands"),
    ("Turkish", "Pakistani", "Turkey", "Pakistan"),
]
# More than 2,000 km apart from each other: same states and activity in two of them are two
# events (the clusterer joins reports within JOINTWATCH_CLUSTER_DISTANCE_KM, default 1,500).
_SEAS = [
    "Sea of Japan",
    "Bering Sea",
    "Baltic Sea",
    "South China Sea",
    "Arabian Sea",
    "Mediterranean Sea",
    "Coral Sea",
    "Caribbean Sea",
    "Red Sea",
    "Tasman Sea",
    "Bay of Bengal",
    "Labrador Sea",
]
# activity -> (lead sentence, headline) variants; every variant of one activity must classify
# as that activity, so the reports of one event share its group key.
_JOINT = {
    "exercise": [
        (
            "{A} and {B} warships held a joint naval exercise in the {sea} on {day}",
            "{A}, {B} navies drill together in the {sea}",
        ),
        (
            "Naval units of {X} and {Y} wrapped up a joint exercise in the {sea} on {day}",
            "{A} and {B} navies end joint drills",
        ),
    ],
    "patrol": [
        (
            "{A} and {B} bombers flew a joint air patrol over the {sea} on {day}",
            "{A} and {B} bombers patrol the {sea} together",
        ),
        (
            "Destroyers of the {A} and {B} navies sailed together on a joint patrol through "
            "the {sea} on {day}",
            "Joint {A}-{B} naval patrol in the {sea}",
        ),
    ],
}
_NOT_JOINT = [
    (
        "{A} troops began a large exercise of army and air force units near the {sea} coast on "
        "{day}, the defence ministry said, without foreign participation",
        "{A} military stages drill",
    ),
    (
        "Leaders of {X} and {Y} signed an agreement on trade and energy at a summit on {day}, "
        "and said their militaries might hold talks next year",
        "{X} and {Y} sign trade deal",
    ),
    (
        "A {A} football club beat its {B} rivals 2-1 in a friendly match on {day} in front of a "
        "sold-out crowd",
        "{A} side wins friendly",
    ),
    (
        "A {A} shipping company and a {B} port operator formed a joint venture on {day} to run "
        "a container terminal",
        "{A}-{B} port joint venture",
    ),
]
_FILLER = [
    "Analysts said the scale of the activity was similar to that seen in previous years, and "
    "noted that weather conditions in the area had been calm for most of the week.",
    "Officials gave no further details about the number of personnel involved, and a "
    "spokesperson declined to comment on questions about the schedule beyond the statement.",
    "The announcement came during a week of busy diplomatic travel in the region, with several "
    "delegations expected at conferences on energy, shipping and fisheries.",
    "Local media carried photographs released by the ministry, showing crews preparing "
    "equipment on deck and in hangars before sunrise on the first day.",
    "Observers have tracked a steady rise in such activity over the past decade, a trend that "
    "several research institutes have documented in their annual reports.",
    "Markets in the region were little changed on the news, and trading volumes stayed close to "
    "their average for the month, brokers said.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@dataclass(frozen=True, slots=True)
class SyntheticEvent:
    """What the articles of one joint event should classify as."""

    index: int
    states: tuple[str, str]  # adjectives, as written
    activity: str
    sea: str
    time: datetime


EVENTS_PER_SLOT = len(_PAIRS) * 2 * len(_SEAS)  # 192


def joint_event(index: int) -> SyntheticEvent:
    """Event `index`: the first EVENTS_PER_SLOT events happen at one time, each with its own
    pair of states, activity or sea; the next ones EVENT_SPACING later, and so on. So reports
    of distinct events never join, however late or out of order they arrive within a slot."""
    a, b, _, _ = _PAIRS[index % len(_PAIRS)]
    activity = ("exercise", "patrol")[(index // len(_PAIRS)) % 2]
    sea = _SEAS[(index // (2 * len(_PAIRS))) % len(_SEAS)]
    slot = index // EVENTS_PER_SLOT
    return SyntheticEvent(index, (a, b), activity, sea, BASE_TIME + slot * EVENT_SPACING)


def _body(lead: str, seed: int) -> str:
    paragraphs = [lead + ", officials said."]
    k = 0
    while sum(len(p) + 2 for p in paragraphs) < ARTICLE_BYTES - 250:
        first = _FILLER[(seed + k) % len(_FILLER)]
        second = _FILLER[(seed + 2 * k + 1) % len(_FILLER)]
        paragraphs.append(f"{first} {second}")
        k += 1
    return "\n\n".join(paragraphs)


def joint_article(event: SyntheticEvent, report: int, *, id_prefix: str = "syn") -> dict:
    """Report number `report` (0, 1, ...) of a joint event: an Article v1 as a dict."""
    pair = next(p for p in _PAIRS if p[:2] == event.states)
    lead, title = _JOINT[event.activity][report % len(_JOINT[event.activity])]
    fields = {
        "A": pair[0],
        "B": pair[1],
        "X": pair[2],
        "Y": pair[3],
        "sea": event.sea,
        "day": _DAYS[(event.index + report) % len(_DAYS)],
    }
    return {
        "id": f"{id_prefix}-e{event.index}-r{report}",
        "title": title.format(**fields),
        "body": _body(lead.format(**fields), event.index + report),
        "source": "Synthetic Wire",
        "published_at": (event.time + timedelta(hours=3 * report)).isoformat(),
    }


def other_article(index: int, *, id_prefix: str = "syn") -> dict:
    """An article that is not joint military activity (one of the everyday negatives)."""
    a, b, x, y = _PAIRS[index % len(_PAIRS)]
    lead, title = _NOT_JOINT[(index // len(_PAIRS)) % len(_NOT_JOINT)]
    fields = {
        "A": a,
        "B": b,
        "X": x,
        "Y": y,
        "sea": _SEAS[index % len(_SEAS)],
        "day": _DAYS[index % len(_DAYS)],
    }
    return {
        "id": f"{id_prefix}-n{index}",
        "title": title.format(**fields),
        "body": _body(lead.format(**fields), index),
        "source": "Synthetic Wire",
        "published_at": (BASE_TIME + timedelta(hours=index)).isoformat(),
    }


def article_mix(
    n: int,
    *,
    joint_every: int = 2,
    reports_per_event: int = 3,
    first_event: int = 0,
    id_prefix: str = "syn",
) -> list[dict]:
    """`n` articles: every `joint_every`-th is a report of a joint event (events have
    `reports_per_event` reports each, adjacent in the stream), the rest are negatives.
    Runs with different `first_event` values never share an event (or an alert)."""
    out: list[dict] = []
    joint = other = 0
    for i in range(n):
        if i % joint_every == 0:
            event = joint_event(first_event + joint // reports_per_event)
            out.append(joint_article(event, joint % reports_per_event, id_prefix=id_prefix))
            joint += 1
        else:
            out.append(other_article(other, id_prefix=id_prefix))
            other += 1
    return out


def is_joint(article: dict) -> bool:
    """True for the articles `article_mix` made as reports of a joint event."""
    return "-e" in article["id"]


def encode(article: dict) -> tuple[bytes, bytes]:
    """(key, value) as published to the articles topic."""
    return article["id"].encode(), json.dumps(article, separators=(",", ":")).encode()
