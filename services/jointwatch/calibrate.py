"""`jointwatch calibrate`: fit the score's calibration (data/calibration.toml) to how the rules
did on news they had not been written for, and say how well it fits.

The validation set was written in batches, each committed alone before the rules were changed
for it. The commit that first added `tests/data/batchNN.jsonl` therefore holds the code that
had never seen those articles: `--replay` runs `jointwatch classify` from that commit (its
`services/` exported with `git archive`, pure Python) over the batch, and records each
article's evidence and branch in the predictions file (JSON Lines: article_id, batch, commit,
evidence, candidate). Results of code older than the calibration carry no evidence line; their
score was the logistic of the evidence, so the evidence is its logit.

Then each branch (the rules' candidates, the rest) gets a Platt fit on all predictions,
labelled by the validation set as it is now, and the figures of a fit that left each batch
out are printed beside those of the uncalibrated score. `--write` writes the file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from .core.calibration import (
    DEFAULT_CALIBRATION_FILE,
    Branch,
    Quality,
    Scored,
    evidence_of,
    fit,
    left_out_scores,
    quality,
    reliability,
    sigmoid,
)
from .errors import JointwatchError

DEFAULT_PREDICTIONS = Path("tests/data/unseen_predictions.jsonl")
DEFAULT_LABELS = Path("tests/data/validation.jsonl")
BATCH_GLOB = "tests/data/batch*.jsonl"

# The line `Classifier` adds to every result's reasons: "evidence +2.25 (a candidate) -> ..."
_EVIDENCE_REASON = re.compile(r"^evidence ([+-]\d+(?:\.\d+)?) \((a candidate|rejected)\)")


class CalibrationError(JointwatchError):
    pass


# -- replay -------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> bytes:
    git = shutil.which("git")  # the developer's git, by its full path
    if git is None:
        raise CalibrationError("--replay needs git on PATH")
    done = subprocess.run([git, "-C", str(repo), *args], capture_output=True, check=False)
    if done.returncode != 0:
        raise CalibrationError(f"git {' '.join(args)}: {done.stderr.decode(errors='replace')}")
    return done.stdout


def first_commit(repo: Path, path: str) -> str:
    """The commit that added `path` (the oldest one that touched it with status A)."""
    out = _git(repo, "log", "--diff-filter=A", "--format=%H", "--", path).split()
    if not out:
        raise CalibrationError(f"{path} is not in the history of {repo}")
    return out[-1].decode()


def result_evidence(result: dict[str, Any]) -> tuple[float, bool]:
    """A result's evidence and branch: from its reasons when it has the line, else (results of
    code older than the calibration) the logit of its score and its decision."""
    for reason in result.get("reasons", ()):
        found = _EVIDENCE_REASON.match(reason)
        if found:
            return float(found.group(1)), found.group(2) == "a candidate"
    return evidence_of(float(result["score"])), bool(result["joint_military_activity"])


def replay_batch(repo: Path, batch: str, workdir: Path) -> list[dict[str, Any]]:
    """Classify one batch with the code of the commit that added it."""
    commit = first_commit(repo, batch)
    source = workdir / commit[:12]
    if not source.exists():
        archive = _git(repo, "archive", "--format=tar", commit, "services")
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(source, filter="data")
    articles = [
        json.dumps(json.loads(line)["article"])
        for line in (repo / batch).read_text().splitlines()
        if line.strip()
    ]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("JOINTWATCH_")},
        "PYTHONPATH": str(source / "services"),
        "JOINTWATCH_PURE_PYTHON": "1",  # the old commit's compiled modules are not built
        "JOINTWATCH_CACHE_DIR": str(workdir / f"cache-{commit[:12]}"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "jointwatch", "classify"],
        input="\n".join(articles).encode(),
        capture_output=True,
        env=env,
        cwd=workdir,
        check=False,
    )
    results = [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]
    if len(results) != len(articles) or any("error" in r for r in results):
        raise CalibrationError(
            f"{batch} at {commit[:12]}: {len(results)} results for {len(articles)} articles\n"
            + done.stderr.decode(errors="replace")[-2000:]
        )
    name = Path(batch).stem
    rows = []
    for result in results:
        evidence, candidate = result_evidence(result)
        rows.append(
            {
                "article_id": result["article_id"],
                "batch": name,
                "commit": commit,
                "evidence": round(evidence, 4),
                "candidate": candidate,
            }
        )
    return rows


def _batch_number(path: str) -> int:
    found = re.search(r"(\d+)", Path(path).stem)
    return int(found.group(1)) if found else -1


def replay(repo: Path, out: Path, *, batches: Sequence[str] | None = None) -> int:
    """Write the predictions file from every batch file; returns the number of rows."""
    from rich.progress import Progress

    if batches is None:
        listed = _git(repo, "ls-files", BATCH_GLOB).decode().split()
        batches = sorted(listed, key=_batch_number)
    if not batches:
        raise CalibrationError(f"no {BATCH_GLOB} in {repo}")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="jointwatch-replay-") as tmp, Progress() as bar:
        task = bar.add_task("replaying batches with the code of their day", total=len(batches))
        for batch in batches:
            rows.extend(replay_batch(repo, batch, Path(tmp)))
            bar.advance(task)
    out.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
    return len(rows)


# -- fit ----------------------------------------------------------------------------------


def read_scored(predictions: Path, labels: Path) -> list[Scored]:
    """The predictions, each with its label from the labelled file (every prediction must
    have one)."""
    joint: dict[str, bool] = {}
    for line in labels.read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            joint[item["article"]["id"]] = bool(item["label"]["joint"])
    rows: list[Scored] = []
    for number, line in enumerate(predictions.read_text().splitlines(), start=1):
        if not line.strip():
            continue
        p = json.loads(line)
        if p["article_id"] not in joint:
            raise CalibrationError(
                f"{predictions}:{number}: {p['article_id']} has no label in {labels}"
            )
        rows.append(
            Scored(
                article_id=p["article_id"],
                group=p["batch"],
                evidence=float(p["evidence"]),
                candidate=bool(p["candidate"]),
                joint=joint[p["article_id"]],
            )
        )
    if not rows:
        raise CalibrationError(f"{predictions} holds no predictions")
    return rows


def report(rows: Sequence[Scored]) -> dict[str, Any]:
    """The fit on all rows, and the figures before and after calibration (after: each batch
    scored by a fit that left it out)."""
    candidate, rejected = fit(rows)
    before = [(sigmoid(r.evidence), r.joint) for r in rows]
    after = left_out_scores(rows, (candidate, rejected))

    def table(pairs: list[tuple[float, bool]]) -> list[dict[str, Any]]:
        return [
            {
                "bin": f"{b.low:.1f}-{b.high:.1f}",
                "articles": b.articles,
                "mean_score": round(b.mean_score, 3),
                "joint_share": round(b.joint_share, 3),
            }
            for b in reliability(pairs)
        ]

    return {
        "articles": len(rows),
        "batches": len({r.group for r in rows}),
        "candidate": candidate.model_dump(),
        "rejected": rejected.model_dump(),
        "uncalibrated": quality(before).model_dump(),
        "calibrated_left_out": quality(after).model_dump(),
        "reliability_uncalibrated": table(before),
        "reliability_calibrated_left_out": table(after),
    }


def render(result: dict[str, Any], *, version: str, fitted_on: str) -> str:
    """The calibration file's text."""

    def branch(name: str, b: Branch, what: str) -> str:
        return (
            f"# {what}\n[{name}]\na = {b.a}\nb = {b.b}\narticles = {b.articles}\n"
            f"joint = {b.joint}\n"
        )

    def figures(name: str, q: Quality) -> str:
        return f"[meta.{name}]\nbrier = {q.brier}\nece = {q.ece}\nlog_loss = {q.log_loss}\n"

    return (
        "# Calibration of the classifier's score: score = 1 / (1 + exp(-(a * evidence + b))),\n"
        "# with the rules' evidence (a logit) and the parameters of its branch. Written by\n"
        "# `jointwatch calibrate --write` from the predictions the code of each batch's day\n"
        "# made before any rule was written for it; see jointwatch/core/calibration.py.\n"
        "# Do not edit the numbers by hand: refit.\n\n"
        f'[meta]\nversion = "{version}"\nfitted_on = "{fitted_on}"\n\n'
        "# Quality on the same articles, each batch scored by a fit that left it out\n"
        + figures("uncalibrated", Quality.model_validate(result["uncalibrated"]))
        + "\n"
        + figures("calibrated", Quality.model_validate(result["calibrated_left_out"]))
        + "\n"
        + branch(
            "candidate",
            Branch.model_validate(result["candidate"]),
            "no gate stopped the article and its evidence is for joint activity",
        )
        + "\n"
        + branch(
            "rejected",
            Branch.model_validate(result["rejected"]),
            "a gate stopped the article, or its evidence is against",
        )
    )


def main(
    *,
    predictions: Path | None,
    labels: Path | None,
    do_replay: bool,
    write: Path | str | None,
    version: str | None,
    as_json: bool,
) -> int:
    """`write`: the file to write, "" for the packaged one, None for none."""
    predictions = predictions or DEFAULT_PREDICTIONS
    labels = labels or DEFAULT_LABELS
    if do_replay:
        count = replay(Path.cwd(), predictions)
        print(f"{count} predictions -> {predictions}", file=sys.stderr)
    rows = read_scored(predictions, labels)
    result = report(rows)
    if as_json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    if write is not None:
        target = Path(write) if write else DEFAULT_CALIBRATION_FILE
        fitted_on = (
            f"{result['articles']} validation articles in {result['batches']} batches, each "
            f"classified by the code of the commit that added it ({predictions.name}), "
            f"{datetime.now(UTC):%Y-%m-%d}"
        )
        target.write_text(
            render(result, version=version or _next_version(target), fitted_on=fitted_on)
        )
        print(f"wrote {target}", file=sys.stderr)
    return 0


def _next_version(path: Path) -> str:
    from .core.calibration import load_calibration

    if not path.exists():
        return "1"
    current = load_calibration(path).version
    return str(int(current) + 1) if current.isdigit() else f"{current}.1"


def _print(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(
        f"{result['articles']} articles in {result['batches']} batches, "
        "each as the code of its day scored it"
    )
    for name in ("candidate", "rejected"):
        b = result[name]
        console.print(
            f"  {name:9}  a {b['a']:.4f}  b {b['b']:+.4f}  ({b['articles']} articles, "
            f"{b['joint']} joint)"
        )
    q0, q1 = result["uncalibrated"], result["calibrated_left_out"]
    console.print(
        f"  uncalibrated          brier {q0['brier']:.4f}  ECE {q0['ece']:.4f}  "
        f"log loss {q0['log_loss']:.4f}"
    )
    console.print(
        f"  calibrated, left out  brier {q1['brier']:.4f}  ECE {q1['ece']:.4f}  "
        f"log loss {q1['log_loss']:.4f}"
    )
    for key, title in (
        ("reliability_uncalibrated", "uncalibrated"),
        ("reliability_calibrated_left_out", "calibrated (each batch by a fit without it)"),
    ):
        table = Table(title=f"reliability, {title}")
        for column in ("score", "articles", "mean score", "joint share"):
            table.add_column(column, justify="right")
        for row in result[key]:
            table.add_row(
                row["bin"],
                str(row["articles"]),
                f"{row['mean_score']:.3f}",
                f"{row['joint_share']:.3f}",
            )
        console.print(table)
