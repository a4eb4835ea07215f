"""Run the atheris fuzz target of the decoder for a bounded time (JOINTWATCH_FUZZ_SECONDS, 15 s),
seeded with the hostile catalogue and valid articles."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jointwatch.core.decode import DecodeLimits

from ..conftest import SAMPLES
from ..hostile_events import hostile_events, valid_but_unusual

pytest.importorskip("atheris", reason="atheris (libFuzzer) is not installed on this platform")

TARGET = Path(__file__).with_name("decode_target.py")
TOKENS = [
    '"id"',
    '"body"',
    '"title"',
    '"url"',
    '"source"',
    '"published_at"',
    '"language"',
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    '"',
    "\\u0000",
    "\\ud800",
    "\\u0069",
    "\\n",
    "null",
    "true",
    "NaN",
    "1e999",
    "2024-07-25T10:00:00Z",
    "https://",
    "\xc2\x85",
    "\x7f",
]


def _dict_entry(token: bytes) -> str:
    """libFuzzer's dictionary syntax: a quoted string with \\xNN escapes."""
    inner = "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02x}" for b in token)
    return f'"{inner}"'


def test_decoder_survives_a_bounded_fuzzing_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    limits = DecodeLimits(max_bytes=64_000, max_depth=8, max_field_chars=2_000)
    seeds = [h.raw for h in hostile_events(limits) if h.raw and len(h.raw) <= 4096]
    seeds += [raw for _, raw in valid_but_unusual()]
    seeds += [line.strip() for line in SAMPLES.read_bytes().splitlines() if line.strip()]
    for seed in seeds:
        (corpus / hashlib.sha256(seed).hexdigest()[:16]).write_bytes(seed)
    dictionary = tmp_path / "json.dict"
    dictionary.write_text("\n".join(_dict_entry(t.encode("latin-1")) for t in TOKENS) + "\n")
    seconds = int(os.environ.get("JOINTWATCH_FUZZ_SECONDS", "15"))
    proc = subprocess.run(
        [
            sys.executable,
            str(TARGET),
            f"-max_total_time={seconds}",
            "-max_len=8192",
            "-rss_limit_mb=2048",
            "-timeout=10",
            f"-dict={dictionary}",
            f"-artifact_prefix={tmp_path}/",
            str(corpus),
        ],
        capture_output=True,
        timeout=seconds + 120,
        check=False,
        cwd=tmp_path,
    )
    log = proc.stderr.decode(errors="replace")
    assert proc.returncode == 0, log[-4000:]
    assert "Done" in log, log[-2000:]
