"""Reading the versioned TOML data files (knowledge, cue lexicon, severity policy) with errors
that name the file and say what is wrong with it.

Parsing them was a fifth of the start-up of `jointwatch classify` (tomllib is pure Python:
~50 ms for the packaged files, against ~3 ms to load the same documents with `marshal`), so
the parsed document of each file is kept in a cache on disk, `<cache dir>/toml-<digest>.marshal`.
The digest covers the file's bytes, the Python version (tomllib is part of it) and the cache
format; the cache file repeats it in its header, followed by a SHA-256 of the payload. A
changed data file, another Python, a truncated, corrupt or foreign cache file all mean a full
parse (and a fresh cache file, written to a temporary file and renamed into place). The cache
holds only what tomllib returned, so validation runs as before. The cache directory is
$JOINTWATCH_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/jointwatch, else
~/.cache/jointwatch; when it cannot be read or written, files are parsed every time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ConfigurationError

M = TypeVar("M", bound=BaseModel)

CACHE_DIR_ENV = "JOINTWATCH_CACHE_DIR"
# Bump when the layout of a cache file or the meaning of what it stores changes.
_CACHE_FORMAT = b"jointwatch-toml-cache-1"


def cache_dir() -> Path | None:
    """Where parsed data files are cached, or None when caching is off."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "jointwatch"
    try:
        return Path.home() / ".cache" / "jointwatch"
    except RuntimeError:  # no home directory
        return None


def _cache_key(data: bytes) -> bytes:
    digest = hashlib.sha256(_CACHE_FORMAT)
    digest.update(sys.version.encode())
    digest.update(data)
    return digest.digest()


def _cached_doc(path: Path, key: bytes) -> dict[str, Any] | None:
    """The document stored under `key`, or None (no cache file, or not a valid one). A cache
    file is the key, the SHA-256 of the payload, then the payload (`marshal`)."""
    try:
        blob = path.read_bytes()
        size = len(key)
        payload = blob[size + 32 :]
        if blob[:size] != key or blob[size : size + 32] != hashlib.sha256(payload).digest():
            return None
        # B302: marshal builds plain values, it runs no code; the file is in the user's own
        # cache directory, and what it holds is validated like a parse (nosec below).
        doc = marshal.loads(payload)  # nosec B302
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return doc if isinstance(doc, dict) else None


def _store_doc(directory: Path, path: Path, key: bytes, doc: dict[str, Any]) -> None:
    """Write the cache file atomically; any failure only means no cache."""
    import tempfile  # only when a cache file is written

    try:
        payload = marshal.dumps(doc)
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".toml-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(key + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass


def _parse(data: bytes) -> dict[str, Any]:
    return tomllib.loads(data.decode())  # what tomllib.load does with the bytes


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """The parsed document; `what` names the file's role in messages ("cue lexicon")."""
    try:
        data = path.read_bytes()
        directory = cache_dir()
        if directory is None:
            return _parse(data)
        key = _cache_key(data)
        cache_file = directory / f"toml-{key.hex()}.marshal"
        doc = _cached_doc(cache_file, key)
        if doc is None:
            doc = _parse(data)
            _store_doc(directory, cache_file, key, doc)
        return doc
    except FileNotFoundError:
        raise ConfigurationError(f"{what} {path} is missing") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{what} {path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigurationError(f"{what} {path} cannot be read: {exc}") from None


def load_toml_model(path: Path, model: type[M], what: str) -> M:
    doc = read_toml(path, what)
    try:
        return model.model_validate(doc)
    except ValidationError as exc:
        raise ConfigurationError(f"{what} {path} is invalid:\n{exc}") from None
