"""Scoring the classifier against labelled articles: precision, recall, F1, per-field accuracy,
and how well the score is calibrated on them (Brier score, expected calibration error).

A labelled line is {"article": Article v1, "label": {"joint", "states", "activity", "tense",
"locations", "kind"}}. Pure: the caller supplies the results.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from .calibration import brier, expected_calibration_error
from .models import Article, ClassificationResult


class Label(BaseModel):
    joint: bool
    states: list[str] = Field(default_factory=list)
    activity: str | None = None
    tense: str | None = None
    locations: list[str] = Field(default_factory=list)
    kind: str = "positive"


class LabelledArticle(BaseModel):
    article: Article
    label: Label


@dataclass
class Evaluation:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    states_exact: int = 0
    activity_exact: int = 0
    tense_exact: int = 0
    tense_labelled: int = 0
    locations_found: int = 0
    locations_labelled: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)
    wrong_by_kind: Counter[str] = field(default_factory=Counter)
    # (score, labelled joint) of every article: how well the score is calibrated on this file
    scores: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def states_accuracy(self) -> float:
        """Share of true positives whose participating states are exactly right."""
        return self.states_exact / self.tp if self.tp else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "articles": self.tp + self.fp + self.fn + self.tn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "states_exact_on_tp": round(self.states_accuracy, 4),
            "activity_exact_on_tp": round(self.activity_exact / self.tp, 4) if self.tp else None,
            "tense_exact": round(self.tense_exact / self.tense_labelled, 4)
            if self.tense_labelled
            else None,
            "location_recall_on_tp": round(self.locations_found / self.locations_labelled, 4)
            if self.locations_labelled
            else None,
            "score_brier": round(brier(self.scores), 4) if self.scores else None,
            "score_ece": round(expected_calibration_error(self.scores), 4) if self.scores else None,
            "errors_by_kind": dict(sorted(self.wrong_by_kind.items())),
            "articles_by_kind": dict(sorted(self.by_kind.items())),
        }


def evaluate(pairs: list[tuple[LabelledArticle, ClassificationResult]]) -> Evaluation:
    ev = Evaluation()
    for item, result in pairs:
        label, predicted = item.label, result.joint_military_activity
        ev.by_kind[label.kind] += 1
        ev.scores.append((result.score, label.joint))
        problems = []
        if label.joint and predicted:
            ev.tp += 1
            if sorted(label.states) == result.states:
                ev.states_exact += 1
            else:
                problems.append(f"states {result.states} != {sorted(label.states)}")
            if label.activity == result.activity:
                ev.activity_exact += 1
            found = {loc.name for loc in result.locations}
            ev.locations_labelled += len(label.locations)
            ev.locations_found += sum(1 for name in label.locations if name in found)
        elif label.joint:
            ev.fn += 1
            problems.append("missed joint activity")
        elif predicted:
            ev.fp += 1
            problems.append(f"false alert ({label.kind})")
        else:
            ev.tn += 1
        if label.tense is not None:
            ev.tense_labelled += 1
            ev.tense_exact += int(label.tense == result.tense)
        if problems:
            ev.wrong_by_kind[label.kind] += 1
            ev.errors.append(
                {
                    "id": item.article.id,
                    "kind": label.kind,
                    "problems": problems,
                    "score": result.score,
                    "title": item.article.title,
                    "reasons": result.reasons[:4],
                }
            )
    return ev
