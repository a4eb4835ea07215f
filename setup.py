"""Compiles the classifier's hot modules with mypyc; everything else is in pyproject.toml.

The rule engine is plain, typed Python; compiled to C it classifies about 1.4 times as fast
with byte-identical results (tests/core/test_compiled.py compares the two). The digest of
each compiled source goes to a manifest that `jointwatch.core.compiled` checks, so that an
edited source never runs as its old compiled self. JOINTWATCH_PURE_PYTHON=1 at install time
skips the compiler (no C compiler needed; the sources run as they are).
"""

import importlib.util
import json
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

CORE = Path("services/jointwatch/core")

# The module list, digest and manifest name live in jointwatch/core/compiled.py (standard
# library only), loaded by path: the package itself cannot be imported before it is built.
_spec = importlib.util.spec_from_file_location("jointwatch_compiled", CORE / "compiled.py")
assert _spec is not None and _spec.loader is not None
compiled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compiled)

sources = [CORE / f"{module}.py" for module in compiled.COMPILED_MODULES]


def write_manifest(directory: Path, digests: dict[str, str]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / compiled.MANIFEST_NAME).write_text(json.dumps(digests, indent=2) + "\n")


class BuildExtRecordingSources(build_ext):
    """build_ext, then the digests of the compiled sources (only once the build succeeded)."""

    def run(self) -> None:
        digests = {path.stem: compiled.source_digest(path) for path in sources}
        super().run()
        write_manifest(
            CORE if self.inplace else Path(self.build_lib) / "jointwatch" / "core", digests
        )


ext_modules = []
if compiled.pure_python_requested():
    for module in compiled.built_modules():  # left by an earlier compiled build
        for path in compiled.extension_files(module):
            path.unlink()
    # Nothing compiled can be stale now; the manifest tells `make` the build is up to date.
    write_manifest(CORE, {path.stem: compiled.source_digest(path) for path in sources})
else:
    from mypyc.build import mypycify

    # No config file: the project's mypy settings load the pydantic plugin, which the isolated
    # build environment does not have; unresolved imports are typed as Any.
    ext_modules = mypycify(
        ["--config-file=", "--ignore-missing-imports", *map(str, sources)],
        opt_level="3",
    )

setup(ext_modules=ext_modules, cmdclass={"build_ext": BuildExtRecordingSources})
