"""The classifier against paraphrase probe sets (tests/data/probes_*.jsonl).

Probe set pmiss (tests/data/probes_pmiss.jsonl, probe-pmiss-001..044): 44 short labelled
positives, each a joint activity whose states depend on a role that earlier validation
articles had MISSED, told in other words, other states and other (real) exercises: lists of
participants behind a force noun ("contingents from", "crews from", "sailors from", "special
forces of", "along with forces of"), demonym + unit in a later paragraph ("a Czech mechanised
company and a Norwegian tank platoon joined"), demonym aircraft and "F-15s from", training
hosts named by their service ("The Colombian navy is hosting"), region groups ("the three
Baltic states"), "also took part / joined"; with contrast probes where the same shape gives
the opposite role (observers, "officers from" who watch, interceptors, a host that only lends
its range or airfield, liaison officers). Written and committed before scoring.
Before the rules: F1 0.977 (tp 42, fn 2), states exact on 29 of 42 detected positives
(0.690; 30/42 counting probe 025's title slip, fixed after scoring). After the pmiss rules
(coordinated state forces sharing a verb, lone units with a parent formation or hyphenated
kind, aircraft "joined by ... from" their flying state, "their own" weapons, "along with
forces of" lists, an armed service that hosts): F1 0.977, states 34/42 (0.810). The bound is
just under that figure.
"""

from __future__ import annotations

from pathlib import Path

from jointwatch.core.classifier import Classifier
from jointwatch.core.evaluation import LabelledArticle, evaluate
from jointwatch.core.knowledge import default_knowledge

DATA = Path(__file__).parents[1] / "data"


def _evaluate(name: str):
    items = [
        LabelledArticle.model_validate_json(line)
        for line in (DATA / f"probes_{name}.jsonl").open(encoding="utf-8")
        if line.strip()
    ]
    classifier = Classifier(default_knowledge())
    return items, evaluate([(item, classifier.classify(item.article)) for item in items])


def test_probes_pmiss_states_do_not_regress():
    items, ev = _evaluate("pmiss")
    assert len(items) == 44
    assert len({item.article.id for item in items}) == 44
    errors = "\n".join(f"{e['id']}: {'; '.join(e['problems'])}" for e in ev.errors)
    assert ev.states_accuracy >= 0.79, errors
    assert ev.f1 >= 0.95, errors
