"""The classifier against paraphrase probe sets (tests/data/probes_*.jsonl).

probes_pextra.jsonl: 47 short positive reports, written for this test, each of whose states
depends on a role that earlier unseen batches got wrong by naming an EXTRA state, told here in
other words, with other states and exercises: partners of some other cooperation told as
background ("also trains with", "runs similar patrols with"), observers and guests ("attended
in an observer capacity", "a delegation of Polish officers was on hand to monitor"), other
drills before, after or beside the reported one ("a fortnight earlier", "in an earlier
round", "held their own"), places and origins ("came from Iwakuni in Japan", "based in
Vicenza, Italy"), past editions and hosts, watchers, critics and threat models, and members of
a series or an organisation; with contrast probes where the same shape names participants
("also took part", "warships from", FPDA members named as taking part, past observers now
joining). Labelled before scoring. Before the widened rules: states exact 40/46 (0.870), F1
0.989 (tp 46, fn 1); after: 45/46 (0.978), F1 0.989. Left: a headline "with Japanese airmen
watching" (a bare participle; "watching" as an observer word changed negatives' tense), and
one missed drill (Eagle Resolve in Kuwait, a recall miss, outside this set's focus).

The states bound is the after-figure (0.978) minus 0.02; the F1 bound is just under the after-figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jointwatch.core.classifier import Classifier
from jointwatch.core.evaluation import LabelledArticle, evaluate
from jointwatch.core.knowledge import default_knowledge

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize(("name", "states_bound", "f1_bound"), [("pextra", 0.958, 0.97)])
def test_probe_set(name: str, states_bound: float, f1_bound: float) -> None:
    classifier = Classifier(default_knowledge())
    path = DATA / f"probes_{name}.jsonl"
    items = [
        LabelledArticle.model_validate_json(line)
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]
    assert len(items) >= 40
    result = evaluate([(item, classifier.classify(item.article)) for item in items])
    assert result.f1 >= f1_bound
    assert result.states_accuracy >= states_bound
