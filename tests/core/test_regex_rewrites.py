"""Patterns rewritten for speed find exactly what the pattern they replace found: the same
match (start and end) at the same place, in whole texts and in windows of them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwatch.core import classifier as c

# name -> the pattern as it was written before the rewrite
ORIGINAL = {
    "_TITLE_OTHER_CLAUSE": re.compile(
        r"\s(?:as|after|amid|while|despite|before|following|in\s+response\s+to|to\s+counter|"
        r"to\s+deter|in\s+show\s+of\s+force\s+against)\s|\s*;|\s[-\u2013\u2014]\s",
        re.IGNORECASE,
    ),
}

# the pieces the patterns are made of, and what is near them, in any case
PIECES = [
    " ", "  ", "\t", "\n", "\u00a0", ";", "-", "\u2013", "\u2014", "as", "AS", "As", "after",
    "amid", "while", "despite", "before", "Following", "in", "response", "to", "counter",
    "deter", "show", "of", "force", "against", "a", "s", "x", "Russia", "drill", ",", ".",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found is not None else None


@pytest.mark.parametrize("name", sorted(ORIGINAL))
@settings(max_examples=400, deadline=None)
@given(text=texts, cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_rewritten_pattern_matches_as_the_original(
    name: str, text: str, cut: tuple[int, int]
) -> None:
    new, old = getattr(c, name), ORIGINAL[name]
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    start, end = sorted(cut)
    assert _span(new.search(text, start, end)) == _span(old.search(text, start, end))


@pytest.mark.parametrize("name", sorted(ORIGINAL))
def test_rewritten_pattern_on_titles(name: str) -> None:
    new, old = getattr(c, name), ORIGINAL[name]
    for title in (
        "Rapid Trident opens at Yavoriv as Russia and Belarus hold Zapad",
        "South Korea, US stage air drill; Pyongyang warns",
        "Japan, US jets fly together after China-Russia bomber flight",
        "Drills  ;  then more - and \u2014 more",
        ";starts with it",
        "In response to\nthe flights, AS ever",
    ):
        assert [m.span() for m in new.finditer(title)] == [m.span() for m in old.finditer(title)]
