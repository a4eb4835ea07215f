"""Sentence splitting: where the breaks are, and that the fast break finder finds what one regex
search would (a newline and the whitespace after it, or a full stop before a capital)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jointwatch.core.classifier import _SENTENCE_END, _sentence_breaks, split_sentences

# The breaks as one regex search finds them: the definition `_sentence_breaks` must keep.
_ONE_SEARCH = re.compile(
    r"[\n.!?](?:(?<=\n)\s*|" + _SENTENCE_END.pattern.removeprefix("[.!?]") + ")"
)

PIECES = [
    *"\n.!? \t\u00a0\r\v\f\x85\u2028\u3000\"”’')]([“‘",
    "A",
    "U",
    "S",
    "a",
    "x",
    "1",
    "é",
    "Mr",
    "Gen",
    "Calif",
    "etc",
    "\n\n",
    "  ",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@example("U.S. forces left. Then\n\n  Gen. Smith spoke! “Yes.” 2.5 km? No.\n")
@example("")
def test_breaks_are_those_one_regex_search_finds(text):
    assert _sentence_breaks(text) == [m.span() for m in _ONE_SEARCH.finditer(text)]


def test_sentences_end_at_full_stops_before_capitals_and_at_line_breaks():
    text = "Mr. Lee and U.S. forces met. They left!\n\n“Then” 2.5 ships sailed.\nEnd"
    assert [text[s:e] for s, e, _ in split_sentences(text)] == [
        "Mr. Lee and U.S. forces met.",
        "They left!",
        "“Then” 2.5 ships sailed.",
        "End",
    ]
    assert [p for _, _, p in split_sentences(text)] == [0, 0, 1, 2]
