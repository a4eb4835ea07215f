"""The calibrated score: what `ClassificationResult.score` means, and how it is fitted.

The rules add up their evidence as a logit (`evidence`, see `Classifier._score`): that sum
orders articles well but its logistic is no probability. On articles the rules had never seen
it was overconfident (reports scored 0.80-0.90 were joint activity half the time). So the
score an analyst reads is mapped through a Platt fit, `1 / (1 + exp(-(a * evidence + b)))`,
fitted separately for the two branches the rules decide apart:

- `candidate`: no gate stopped the article and its evidence is positive (the rules call it
  joint activity; it alerts when the calibrated score reaches the threshold);
- `rejected`: everything else (a gate stopped it, or the evidence is too weak).

A score is then the share of articles like it that were joint activity on news the rules had
not been written for: the fit uses each validation batch as the code of its own day scored
it, before any rule was written for that batch (`jointwatch calibrate`, which also reports
the fit's quality on batches left out of it). The parameters are data, in
`data/calibration.toml`, next to the knowledge they calibrate.

Pure: no I/O beyond reading the file; the fitting and the figures are plain functions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .datafile import load_toml_model
from .knowledge import DATA_DIR

DEFAULT_CALIBRATION_FILE = DATA_DIR / "calibration.toml"

# Evidence beyond this is clipped when a score is turned back into evidence (`evidence_of`):
# a score printed with four decimals says no more than that.
_EVIDENCE_LIMIT = 9.21  # logit(0.9999)


def sigmoid(x: float) -> float:
    """The logistic function, without overflow for any finite x."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def evidence_of(score: float) -> float:
    """The logit of an uncalibrated score (what results carried before calibration)."""
    p = min(max(score, sigmoid(-_EVIDENCE_LIMIT)), sigmoid(_EVIDENCE_LIMIT))
    return math.log(p / (1.0 - p))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Branch(_Strict):
    """One Platt fit: probability = sigmoid(a * evidence + b). `a` > 0 keeps the order of the
    evidence (more evidence never lowers a score)."""

    a: float = Field(gt=0)
    b: float
    articles: int = Field(ge=0, description="articles the fit used")
    joint: int = Field(ge=0, description="of which labelled joint activity")

    def probability(self, evidence: float) -> float:
        return sigmoid(self.a * evidence + self.b)


class Quality(_Strict):
    """Figures of the fit on articles left out of it (one validation batch at a time)."""

    brier: float = Field(ge=0)
    ece: float = Field(ge=0, description="expected calibration error, ten equal-width bins")
    log_loss: float = Field(ge=0)


class CalibrationMeta(_Strict):
    version: str = Field(min_length=1)
    fitted_on: str = Field(min_length=1)
    uncalibrated: Quality
    calibrated: Quality


class Calibration(_Strict):
    meta: CalibrationMeta
    candidate: Branch
    rejected: Branch

    @property
    def version(self) -> str:
        return self.meta.version

    def probability(self, evidence: float, candidate: bool) -> float:
        return (self.candidate if candidate else self.rejected).probability(evidence)


def load_calibration(path: Path | None = None) -> Calibration:
    """Read and validate a calibration file; errors say which file and what is wrong."""
    return load_toml_model(path or DEFAULT_CALIBRATION_FILE, Calibration, "calibration")


@lru_cache(maxsize=1)
def default_calibration() -> Calibration:
    return load_calibration()


# -- fitting ------------------------------------------------------------------------------


def fit_platt(
    points: Sequence[tuple[float, bool]], start: tuple[float, float] = (0.0, 0.0)
) -> Branch:
    """Platt's fit of sigmoid(a * x + b) to (evidence, joint) points: maximum likelihood with
    his smoothed targets ((n+ + 1) / (n+ + 2) for a joint article, 1 / (n- + 2) for another),
    which keeps a branch with few or no errors from claiming certainty. Newton's method with
    step halving, from `start` (a, b); raises ValueError when the points cannot order
    anything (fewer than two articles, or a fit whose slope is not positive)."""
    if len(points) < 2:
        raise ValueError(f"a fit needs at least two articles, got {len(points)}")
    positives = sum(1 for _, y in points if y)
    negatives = len(points) - positives
    hi = (positives + 1) / (positives + 2)
    lo = 1 / (negatives + 2)
    targets = [(x, hi if y else lo) for x, y in points]

    def cost(a: float, b: float) -> float:
        total = 0.0
        for x, t in targets:
            z = a * x + b
            total += max(z, 0.0) + math.log1p(math.exp(-abs(z))) - t * z
        return total

    a, b = start
    current = cost(a, b)
    for _ in range(100):
        ga = gb = haa = hab = hbb = 0.0
        for x, t in targets:
            p = sigmoid(a * x + b)
            w = p * (1 - p)
            ga += (p - t) * x
            gb += p - t
            haa += w * x * x
            hab += w * x
            hbb += w
        haa += 1e-12
        hbb += 1e-12
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        if abs(da) + abs(db) < 1e-9:
            break  # converged
        step = 1.0
        while True:  # halve the step until the cost does not rise (beyond rounding)
            na, nb = a - step * da, b - step * db
            new = cost(na, nb)
            if new <= current + 1e-12 * abs(current):
                break
            step /= 2
            if step < 1e-6:
                break
        if step < 1e-6:
            break
        a, b, current = na, nb, new
    if a <= 0:
        raise ValueError(f"the fit's slope is {a:.4f}: the evidence does not order these articles")
    return Branch(a=round(a, 6), b=round(b, 6), articles=len(points), joint=positives)


# -- figures ------------------------------------------------------------------------------


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean squared distance between the score and the label (0 or 1)."""
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs)


def log_loss(pairs: Sequence[tuple[float, bool]]) -> float:
    eps = 1e-12
    return -sum(math.log(max(p if y else 1 - p, eps)) for p, y in pairs) / len(pairs)


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    articles: int
    mean_score: float
    joint_share: float


def reliability(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> list[Bin]:
    """Equal-width bins of the score (the last one includes 1.0), with the mean score and
    the share of joint articles in each; empty bins are left out."""
    grouped: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for p, y in pairs:
        grouped[min(int(p * bins), bins - 1)].append((p, y))
    return [
        Bin(
            low=i / bins,
            high=(i + 1) / bins,
            articles=len(group),
            mean_score=sum(p for p, _ in group) / len(group),
            joint_share=sum(1 for _, y in group if y) / len(group),
        )
        for i, group in enumerate(grouped)
        if group
    ]


def expected_calibration_error(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """The articles' mean distance between a bin's mean score and its share of joint ones."""
    return sum(
        b.articles * abs(b.mean_score - b.joint_share) for b in reliability(pairs, bins)
    ) / len(pairs)


def quality(pairs: Sequence[tuple[float, bool]]) -> Quality:
    return Quality(
        brier=round(brier(pairs), 4),
        ece=round(expected_calibration_error(pairs), 4),
        log_loss=round(log_loss(pairs), 4),
    )


@dataclass(frozen=True)
class Scored:
    """One article as the code of its day scored it, with its label."""

    article_id: str
    group: str  # the batch it was written in: the unit left out in cross-validation
    evidence: float
    candidate: bool
    joint: bool


def fit(
    rows: Sequence[Scored], start: tuple[Branch, Branch] | None = None
) -> tuple[Branch, Branch]:
    """The candidate and the rejected branch fitted on `rows` (from the parameters of
    `start` when given: a fit of nearly the same rows converges in a step or two)."""
    a0, b0 = ((s.a, s.b) for s in start) if start is not None else ((0.0, 0.0), (0.0, 0.0))
    return (
        fit_platt([(r.evidence, r.joint) for r in rows if r.candidate], a0),
        fit_platt([(r.evidence, r.joint) for r in rows if not r.candidate], b0),
    )


def left_out_scores(
    rows: Sequence[Scored], whole: tuple[Branch, Branch] | None = None
) -> list[tuple[float, bool]]:
    """Each row's calibrated score from a fit that did not see its group (leave one group
    out), with its label: what the calibration does on batches it was not fitted on. `whole`,
    the fit on all rows when the caller has it, is where each fit starts."""
    out: list[tuple[float, bool]] = []
    whole = whole or fit(rows)
    for group in dict.fromkeys(r.group for r in rows):
        candidate, rejected = fit([r for r in rows if r.group != group], whole)
        for r in rows:
            if r.group == group:
                branch = candidate if r.candidate else rejected
                out.append((branch.probability(r.evidence), r.joint))
    return out
