"""The compiled classifier (mypyc, setup.py) against its sources, and the stale-build guard."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import jointwatch.core.classifier as classifier_module
from jointwatch.core import compiled

DATA = Path(__file__).resolve().parents[1] / "data"
FAKE_EXTENSION = "classifier" + importlib.machinery.EXTENSION_SUFFIXES[0]


def _classify(articles: Path, *, pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_PYTHON_ENV}
    if pure:
        env[compiled.PURE_PYTHON_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "jointwatch", "classify", str(articles)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.skipif(
    not compiled.built_modules(), reason="installed without compiling (JOINTWATCH_PURE_PYTHON=1)"
)
def test_compiled_and_pure_classifiers_agree_byte_for_byte(tmp_path: Path) -> None:
    assert compiled.running_compiled(classifier_module)
    articles = tmp_path / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as out:
        for name in ("devset.jsonl", "validation.jsonl"):
            for line in (DATA / name).read_text(encoding="utf-8").splitlines():
                out.write(json.dumps(json.loads(line)["article"]) + "\n")
    native = _classify(articles, pure=False)
    assert native.count("\n") >= 573  # dev 283 + validation 290 at least
    assert native == _classify(articles, pure=True)


def test_pure_python_request_imports_the_sources() -> None:
    code = (
        "import jointwatch.core.classifier as c, jointwatch.core.matcher as m, "
        "jointwatch.core.geo as g; print(c.__file__, m.__file__, g.__file__)"
    )
    env = {**os.environ, compiled.PURE_PYTHON_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert [Path(name).name for name in done.stdout.split()] == [
        "classifier.py",
        "matcher.py",
        "geo.py",
    ]


def _fake_build(directory: Path, *, recorded_source: str) -> None:
    (directory / "classifier.py").write_text("RULES = 2\n")
    (directory / FAKE_EXTENSION).write_bytes(b"")
    digest = compiled.source_digest(directory / "classifier.py")
    if recorded_source != "RULES = 2\n":
        (directory / "old.py").write_text(recorded_source)
        digest = compiled.source_digest(directory / "old.py")
    (directory / compiled.MANIFEST_NAME).write_text(json.dumps({"classifier": digest}))


def test_a_source_edited_after_compiling_is_refused_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    _fake_build(tmp_path, recorded_source="RULES = 1\n")
    assert compiled.stale_modules(["classifier"], tmp_path) == ["classifier"]
    with pytest.raises(
        ImportError, match=r"classifier\.py changed since it was compiled: run `make build`"
    ):
        compiled.check(tmp_path)


def test_a_build_of_the_current_source_passes_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    _fake_build(tmp_path, recorded_source="RULES = 2\n")
    assert compiled.built_modules(tmp_path) == ["classifier"]
    assert compiled.stale_modules(["classifier"], tmp_path) == []
    compiled.check(tmp_path)


def test_a_missing_or_broken_manifest_counts_as_stale(tmp_path: Path) -> None:
    (tmp_path / "classifier.py").write_text("RULES = 2\n")
    assert compiled.stale_modules(["classifier"], tmp_path) == ["classifier"]
    (tmp_path / compiled.MANIFEST_NAME).write_text("[1, 2")
    assert compiled.stale_modules(["classifier"], tmp_path) == ["classifier"]


def test_sources_without_extension_modules_need_no_check(tmp_path: Path) -> None:
    (tmp_path / "classifier.py").write_text("RULES = 2\n")
    assert compiled.built_modules(tmp_path) == []
    compiled.check(tmp_path)


def test_a_compiled_module_shipped_without_its_source_is_not_stale(tmp_path: Path) -> None:
    (tmp_path / FAKE_EXTENSION).write_bytes(b"")
    assert compiled.built_modules(tmp_path) == ["classifier"]
    assert compiled.stale_modules(["classifier"], tmp_path) == []
