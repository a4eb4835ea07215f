"""The calibrated score (core/calibration.py, data/calibration.toml, `jointwatch calibrate`).

The packaged calibration must be what a refit of the committed predictions gives, and on
batches left out of the fit it must be calibrated (its expected calibration error well under
the uncalibrated score's). The classifier's decisions and scores must agree: an alert's score
reaches the threshold, and the threshold applies to the calibrated score.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from jointwatch.calibrate import (
    DEFAULT_LABELS,
    DEFAULT_PREDICTIONS,
    read_scored,
    render,
    replay_batch,
    report,
    result_evidence,
)
from jointwatch.core.calibration import (
    Branch,
    Calibration,
    Scored,
    brier,
    default_calibration,
    evidence_of,
    expected_calibration_error,
    fit,
    fit_platt,
    left_out_scores,
    load_calibration,
    log_loss,
    reliability,
    sigmoid,
)
from jointwatch.core.classifier import Classifier
from jointwatch.core.evaluation import LabelledArticle, evaluate
from jointwatch.core.knowledge import default_knowledge
from jointwatch.core.models import Article, ClassificationResult
from jointwatch.errors import ConfigurationError

ROOT = Path(__file__).parents[2]
PREDICTIONS = ROOT / DEFAULT_PREDICTIONS
LABELS = ROOT / DEFAULT_LABELS
JOINT_BODY = "Russian and Chinese bombers flew a joint patrol over the Sea of Japan on Tuesday."


# -- the pure core --------------------------------------------------------------------------


def test_platt_fit_recovers_the_parameters_of_a_known_logistic():
    rng = random.Random(7)
    points = []
    for _ in range(20_000):
        x = rng.uniform(-6, 8)
        points.append((x, rng.random() < sigmoid(0.4 * x + 1.0)))
    branch = fit_platt(points)
    assert branch.a == pytest.approx(0.4, abs=0.03)
    assert branch.b == pytest.approx(1.0, abs=0.08)
    assert branch.articles == 20_000
    assert branch.joint == sum(y for _, y in points)


def test_platt_targets_keep_a_perfect_branch_from_claiming_certainty():
    points = [(x / 10, x > 0) for x in range(-50, 51) if x != 0]
    branch = fit_platt(points)
    # without the smoothed targets the slope of separable points grows without bound
    assert 0 < branch.a < 10
    assert 0.5 < branch.probability(0.1) < 0.99
    assert 0.01 < branch.probability(-0.1) < 0.5


def test_a_branch_the_evidence_cannot_order_is_refused():
    with pytest.raises(ValueError, match="slope"):
        fit_platt([(1.0, True), (2.0, False), (3.0, False), (0.5, True)])
    with pytest.raises(ValueError, match="two articles"):
        fit_platt([(1.0, True)])


def test_figures_on_hand_made_scores():
    pairs = [(0.9, True), (0.1, False), (0.8, False), (0.2, True)]
    assert brier(pairs) == pytest.approx((0.01 + 0.01 + 0.64 + 0.64) / 4)
    assert log_loss(pairs) == pytest.approx(-(2 * math.log(0.9) + 2 * math.log(0.2)) / 4)
    bins = reliability([(1.0, True), (0.95, False), (0.05, False)])
    assert [(b.low, b.articles, b.joint_share) for b in bins] == [(0.0, 1, 0.0), (0.9, 2, 0.5)]
    # bin 0.9-1.0: mean 0.975 against half joint; bin 0.0-0.1: 0.05 against none
    assert expected_calibration_error([(1.0, True), (0.95, False), (0.05, False)]) == (
        pytest.approx((2 * 0.475 + 0.05) / 3)
    )


def test_left_out_scores_come_from_fits_that_did_not_see_the_batch():
    rng = random.Random(3)
    rows = []
    for g in range(4):
        for i in range(200):
            x = rng.uniform(-4, 6)
            rows.append(Scored(f"{g}-{i}", f"b{g}", x, x >= 0, rng.random() < sigmoid(x)))
    # one batch with labels the others contradict: left out, its scores cannot follow them
    odd = [Scored(f"odd-{i}", "odd", 3.0, True, False) for i in range(50)]
    pairs = left_out_scores(rows + odd)
    assert len(pairs) == len(rows) + len(odd)
    odd_scores = [p for p, y in pairs[-50:]]
    assert min(odd_scores) > 0.8, "the left-out batch was part of its own fit"
    candidate, _ = fit(rows + odd)
    assert candidate.probability(3.0) < min(odd_scores)  # with it, its zeros pull the fit down


def test_evidence_of_inverts_the_uncalibrated_score():
    assert evidence_of(sigmoid(2.5)) == pytest.approx(2.5)
    assert evidence_of(1.0) == pytest.approx(9.21, abs=0.01)
    assert evidence_of(0.0) == pytest.approx(-9.21, abs=0.01)


def test_a_bad_calibration_file_is_refused_with_its_name(tmp_path, figures):
    text = render(figures, version="t", fitted_on="test").replace(
        "[candidate]\na = ", "[candidate]\na = -"
    )
    bad = tmp_path / "calibration.toml"
    bad.write_text(text)
    with pytest.raises(ConfigurationError, match=r"calibration .*calibration\.toml is invalid"):
        load_calibration(bad)
    good = tmp_path / "good.toml"
    good.write_text(text.replace("a = -", "a = "))
    assert load_calibration(good).version == "t"


# -- the packaged calibration and its data --------------------------------------------------


@pytest.fixture(scope="module")
def unseen() -> list[Scored]:
    return read_scored(PREDICTIONS, LABELS)


@pytest.fixture(scope="module")
def figures(unseen) -> dict[str, Any]:
    return report(unseen)


def test_the_packaged_calibration_is_a_refit_of_the_committed_predictions(unseen, figures):
    calibration = default_calibration()
    candidate, rejected = fit(unseen)
    for packaged, refit in ((calibration.candidate, candidate), (calibration.rejected, rejected)):
        assert packaged.a == pytest.approx(refit.a, abs=1e-5)
        assert packaged.b == pytest.approx(refit.b, abs=1e-5)
        assert (packaged.articles, packaged.joint) == (refit.articles, refit.joint)
    assert calibration.meta.calibrated.model_dump() == figures["calibrated_left_out"]
    assert calibration.meta.uncalibrated.model_dump() == figures["uncalibrated"]


def test_the_calibration_is_calibrated_on_batches_left_out_of_it(figures):
    """Over twenty batches of unseen news: less than half the uncalibrated score's error."""
    assert figures["batches"] >= 20
    before, after = figures["uncalibrated"], figures["calibrated_left_out"]
    assert after["ece"] < 0.5 * before["ece"]
    assert after["ece"] < 0.03
    assert after["brier"] < before["brier"]
    assert after["log_loss"] < before["log_loss"]
    # the bins an analyst reads most: alerts' scores within 0.05 of how often they were right
    for row in figures["reliability_calibrated_left_out"]:
        if row["articles"] >= 100:
            assert abs(row["mean_score"] - row["joint_share"]) < 0.05, row


def test_every_prediction_names_a_validation_article_once(unseen):
    ids = [r.article_id for r in unseen]
    assert len(ids) == len(set(ids))
    assert all(r.group.startswith("batch") for r in unseen)


def test_every_batch_file_has_its_predictions(unseen):
    """A batch added to the set without `jointwatch calibrate --replay --write` fails here."""
    predicted = {(r.group, r.article_id) for r in unseen}
    written = {
        (path.stem, json.loads(line)["article"]["id"])
        for path in (ROOT / "tests" / "data").glob("batch*.jsonl")
        for line in path.read_text().splitlines()
        if line.strip()
    }
    assert written, "no batch files"
    assert written == predicted


# -- the classifier's score -----------------------------------------------------------------


def _evidence(reasons: list[str]) -> tuple[float, bool]:
    return result_evidence({"reasons": reasons, "score": -1, "joint_military_activity": None})


def test_the_score_is_the_calibration_of_the_reported_evidence():
    classifier = Classifier(default_knowledge())
    calibration = default_calibration()
    for body, joint in ((JOINT_BODY, True), ("Russia and China signed a trade deal.", False)):
        result = classifier.classify(Article(id="t", body=body))
        evidence, candidate = _evidence(result.reasons)
        assert result.joint_military_activity is joint is candidate
        assert result.score == pytest.approx(
            calibration.probability(evidence, candidate), abs=0.003
        )
        assert result.classifier_version.endswith(f"+cal-{calibration.version}")


def test_the_threshold_applies_to_the_calibrated_score():
    base = default_calibration()
    doubtful = Calibration(
        meta=base.meta,
        candidate=Branch(a=base.candidate.a, b=-20.0, articles=1, joint=1),
        rejected=base.rejected,
    )
    result = Classifier(default_knowledge(), calibration=doubtful).classify(
        Article(id="t", body=JOINT_BODY)
    )
    assert not result.joint_military_activity
    assert result.score < 0.5
    assert any("below threshold 0.5" in r for r in result.reasons)
    assert _evidence(result.reasons)[1]  # still the rules' candidate


def test_alerts_reach_the_threshold_and_the_rest_stay_below_half():
    classifier = Classifier(default_knowledge())
    lines = (ROOT / "tests" / "data" / "devset.jsonl").read_text().splitlines()
    results = [
        classifier.classify(LabelledArticle.model_validate_json(line).article)
        for line in lines
        if line.strip()
    ]
    assert any(r.joint_military_activity for r in results)
    assert all(r.score >= 0.5 for r in results if r.joint_military_activity)
    assert all(r.score < 0.5 for r in results if not r.joint_military_activity)


# -- the replay ---------------------------------------------------------------------------


def test_result_evidence_reads_the_reason_line_or_the_old_score():
    new = {
        "reasons": ["joint military activity (score 0.90)", "evidence +3.20 (a candidate) -> x"],
        "score": 0.9,
        "joint_military_activity": True,
    }
    assert result_evidence(new) == (3.2, True)
    old = {"reasons": ["not joint: planned"], "score": sigmoid(-1.5), "joint_military_activity": 0}
    evidence, candidate = result_evidence(old)
    assert evidence == pytest.approx(-1.5, abs=1e-4)
    assert candidate is False


@pytest.mark.slow
def test_replay_classifies_a_batch_with_the_code_of_the_commit_that_added_it(tmp_path):
    """A real git repository: the batch's commit holds the package; the commit after it
    breaks the package, which the replay must not run."""
    repo = tmp_path / "repo"
    package = repo / "services" / "jointwatch"
    shutil.copytree(
        ROOT / "services" / "jointwatch",
        package,
        ignore=shutil.ignore_patterns("*.so", "__pycache__", "compiled-sources.json"),
    )
    batch = repo / "tests" / "data" / "batch1.jsonl"
    batch.parent.mkdir(parents=True)
    articles = [
        {"article": {"id": "r-1", "body": JOINT_BODY}, "label": {"joint": True}},
        {"article": {"id": "r-2", "body": "Parliament passed the budget."}, "label": {}},
    ]
    batch.write_text("".join(json.dumps(a) + "\n" for a in articles))

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
        ).stdout.strip()

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "batch 1")
    added = git("rev-parse", "HEAD")
    (package / "core" / "classifier.py").write_text("raise RuntimeError('later code')\n")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "later")

    work = tmp_path / "work"
    work.mkdir()
    rows = replay_batch(repo, "tests/data/batch1.jsonl", work)
    assert [(r["article_id"], r["batch"], r["commit"]) for r in rows] == [
        ("r-1", "batch1", added),
        ("r-2", "batch1", added),
    ]
    assert rows[0]["candidate"] is True and rows[0]["evidence"] > 0
    assert rows[1]["candidate"] is False and rows[1]["evidence"] < 0


def test_eval_reports_how_well_the_score_is_calibrated_on_the_file():
    def pair(joint: bool, score: float) -> tuple[LabelledArticle, ClassificationResult]:
        item = LabelledArticle.model_validate(
            {"article": {"id": f"e{score}", "body": "b"}, "label": {"joint": joint}}
        )
        result = ClassificationResult(
            article_id=item.article.id,
            joint_military_activity=score >= 0.5,
            score=score,
            states=[],
            classifier_version="t",
        )
        return item, result

    summary = evaluate([pair(True, 0.9), pair(False, 0.1), pair(False, 0.8)]).summary()
    assert summary["score_brier"] == pytest.approx((0.01 + 0.01 + 0.64) / 3, abs=1e-4)
    # one article per bin: 0.9 against joint, 0.1 and 0.8 against none
    assert summary["score_ece"] == pytest.approx((0.1 + 0.1 + 0.8) / 3, abs=1e-4)


def test_the_command_prints_the_fit_and_writes_the_packaged_file_again(tmp_path, capsys):
    from jointwatch.cli import main

    written = tmp_path / "calibration.toml"
    args = ["calibrate", "--json", "--predictions", str(PREDICTIONS), "--labels", str(LABELS)]
    assert main([*args, "--write", str(written), "--version", "9"]) == 0
    printed = json.loads(capsys.readouterr().out)
    packaged, rewritten = default_calibration(), load_calibration(written)
    assert printed["candidate"] == packaged.candidate.model_dump()
    assert rewritten.version == "9"
    assert rewritten.model_dump(exclude={"meta"}) == packaged.model_dump(exclude={"meta"})
    assert rewritten.meta.calibrated == packaged.meta.calibrated
