"""atheris (libFuzzer) target for the article decoder.

Run by tests/fuzz/test_fuzz_decode.py for a bounded time; by hand, longer:

    .venv/bin/python tests/fuzz/decode_target.py -max_total_time=600 CORPUS_DIR

A crash is any exception out of `decode_article`, or an answer that breaks its promises:
a Rejection with an unbounded reason or an unsafe detail, or an Article that our own policy
should have refused, or one that does not survive a round trip.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports(include=["jointwatch.core.decode", "json"]):
    from jointwatch.core.decode import Rejection, RejectReason, decode_article

MAX_BYTES = 64_000
MAX_DEPTH = 8


def test_one_input(data: bytes) -> None:
    out = decode_article(data, max_bytes=MAX_BYTES, max_depth=MAX_DEPTH, max_field_chars=2_000)
    if isinstance(out, Rejection):
        if out.reason not in RejectReason or out.reason is RejectReason.INTERNAL_ERROR:
            raise AssertionError(f"unexpected reason {out.reason!r}")
        if not out.detail or not out.detail.isprintable() or len(out.detail) >= 600:
            raise AssertionError(f"unsafe detail {out.detail!r}")
        return
    if not out.id.isprintable() or out.id != out.id.strip() or not out.body.strip():
        raise AssertionError(f"policy let through {out!r}")
    again = decode_article(
        json.dumps(out.model_dump(mode="json", exclude_none=True)).encode(), max_bytes=MAX_BYTES * 8
    )
    if again != out:
        raise AssertionError(f"round trip changed the article: {out!r} -> {again!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
