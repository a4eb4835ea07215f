"""Each module-level name of the compiled core modules is bound once. A second binding silently
replaces the first for every function that uses the name (mypyc refuses it only for names
declared Final), so a rule written against the first pattern would run with the second."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import jointwatch.core

CORE = Path(jointwatch.core.__file__).parent


def _module_bindings(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


@pytest.mark.parametrize("module", ["classifier.py", "matcher.py", "cues.py", "knowledge.py"])
def test_no_module_level_name_is_bound_twice(module):
    tree = ast.parse((CORE / module).read_text(encoding="utf-8"))
    twice = sorted(name for name, n in Counter(_module_bindings(tree)).items() if n > 1)
    assert twice == []
