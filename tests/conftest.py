"""Shared fixtures: paths to the seed article and the samples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# No cache of parsed data files (jointwatch.core.datafile) in the user's cache directory from
# the many TOML files the tests write; tests/core/test_datafile_cache.py turns it on in tmp.
os.environ.setdefault("JOINTWATCH_CACHE_DIR", "")


def shared_dir() -> Path:
    """The team's shared workspace (seed article, contract): $JOINTWATCH_SHARED_DIR, else the
    checkout's sibling `shared/`, else /work/shared (where CI's clone may live elsewhere)."""
    candidates = [os.environ.get("JOINTWATCH_SHARED_DIR"), REPO.parent / "shared", "/work/shared"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return REPO.parent / "shared"


SHARED_DIR = shared_dir()
SEED_DIR = SHARED_DIR / "seed"
SAMPLES = REPO / "services" / "jointwatch" / "ingest" / "samples" / "articles.jsonl"


@pytest.fixture(scope="session")
def seed_text() -> str:
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip(f"the reference article is not at {SEED_DIR}")
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """Real HTTP receivers listen on loopback only, on a free port."""
    return ("127.0.0.1", 0)
