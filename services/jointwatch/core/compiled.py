"""Which core modules run compiled, and a guard against running stale compiled code.

`setup.py` compiles the classifier's hot modules (`COMPILED_MODULES`) with mypyc into
extension modules next to their sources, and records a digest of each source it compiled in
`compiled-sources.json`. Python imports an extension module in preference to the `.py` beside
it, so after an edit (or a `git checkout`) the old compiled code would run silently; `check`
refuses that with a message that says what to do. `JOINTWATCH_PURE_PYTHON=1` makes this
process import the sources instead, compiled or not (for comparing the two, and for
debugging with tracebacks into the rules).

Not handled here: the build itself (setup.py) and when it runs (the Makefile rebuilds when a
compiled source changes).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

COMPILED_MODULES = ("classifier", "matcher", "geo")
PURE_PYTHON_ENV = "JOINTWATCH_PURE_PYTHON"
MANIFEST_NAME = "compiled-sources.json"

_HERE = Path(__file__).resolve().parent
_PACKAGE = __name__.rpartition(".")[0]


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_files(module: str, directory: Path = _HERE) -> list[Path]:
    return [
        directory / f"{module}{suffix}"
        for suffix in importlib.machinery.EXTENSION_SUFFIXES
        if (directory / f"{module}{suffix}").exists()
    ]


def built_modules(directory: Path = _HERE) -> list[str]:
    """The modules of `COMPILED_MODULES` that have an extension module beside their source."""
    return [module for module in COMPILED_MODULES if extension_files(module, directory)]


def pure_python_requested() -> bool:
    return os.environ.get(PURE_PYTHON_ENV, "") not in ("", "0")


def running_compiled(module: ModuleType) -> bool:
    """True when `module` was loaded from an extension module (compiled), not from source."""
    return isinstance(getattr(module, "__loader__", None), importlib.machinery.ExtensionFileLoader)


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the `.py` source of the compiled modules, ahead of their extension modules."""

    def __init__(self, modules: Sequence[str], directory: Path) -> None:
        self._sources = {f"{_PACKAGE}.{module}": directory / f"{module}.py" for module in modules}

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        source = self._sources.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def stale_modules(modules: Sequence[str], directory: Path = _HERE) -> list[str]:
    """Compiled modules whose source is not the one they were compiled from."""
    try:
        manifest = json.loads((directory / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    if not isinstance(manifest, dict):
        manifest = {}
    stale = []
    for module in modules:
        source = directory / f"{module}.py"
        # An install that ships the compiled module alone has nothing it could be stale against.
        if source.exists() and manifest.get(module) != source_digest(source):
            stale.append(module)
    return stale


def check(directory: Path = _HERE) -> None:
    """Called once by `jointwatch.core` before any compiled module can be imported."""
    built = built_modules(directory)
    if not built:
        return
    if pure_python_requested():
        if not any(isinstance(finder, _SourceFinder) for finder in sys.meta_path):
            sys.meta_path.insert(0, _SourceFinder(built, directory))
        return
    stale = stale_modules(built, directory)
    if stale:
        names = ", ".join(f"jointwatch/core/{module}.py" for module in stale)
        raise ImportError(
            f"{names} changed since it was compiled: run `make build` (or "
            f"`pip install -e .`) to compile it again, or set {PURE_PYTHON_ENV}=1 to run the "
            "sources"
        )
