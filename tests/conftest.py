"""Shared fixtures: paths to the seed article and the samples."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO.parent / "shared" / "seed"
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
