"""The word checks before the classifier's costly window searches (`_guarded_search`) never
skip a window the search itself would match."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jointwatch.core.classifier import (
    _FORCES_OF_BEFORE,
    _IMITATED_BEFORE,
    _IMITATED_WORDS,
    _SINCE_CLAUSE_BEFORE,
    _TALK_WORDS,
    _TALKED_ABOUT,
    _guarded_search,
)

GUARDED = {
    "talked-about": (_TALKED_ABOUT, _TALK_WORDS, True),
    "since-clause": (_SINCE_CLAUSE_BEFORE, ("since",), True),
    "forces-of": (_FORCES_OF_BEFORE, ("of", "from"), True),
    "imitated": (_IMITATED_BEFORE, _IMITATED_WORDS, False),
}

PIECES = [
    "the ",
    "The ",
    "a ",
    "briefing ",
    "BRIEFED ",
    "press conference ",
    "talks ",
    "on ",
    "about ",
    "previewed ",
    "Discussed ",
    "since ",
    "ſince ",
    "Since ",
    "the country joined NATO ",
    "ships ",
    "frigates and destroyers ",
    "of ",
    "OF ",
    "from ",
    "resemble ",
    "mimicking ",
    "modelled on ",
    "scenarios based on ",
    "Russian ",
    "Chinese and ",
    "drill ",
    "exercise ",
    ", ",
    "\n",
    "é",
    "K",
]


@pytest.mark.parametrize("name", sorted(GUARDED))
@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
@example(text="a press conference on the ")
@example(text="scenarios based on Russian ")
@example(text="its first drill ſince the country joined NATO ")
def test_the_guard_never_skips_a_window_the_search_matches(name, text):
    pattern, words, fold = GUARDED[name]
    expected = pattern.search(text, 0, len(text))
    found = _guarded_search(pattern, words, text, 0, len(text), fold)
    assert (found is None) == (expected is None)
    if expected is not None and found is not None:
        assert found.span() == expected.span()


def test_a_window_without_the_words_is_not_searched():
    assert _guarded_search(_TALKED_ABOUT, _TALK_WORDS, "the ships sailed on ", 0, 20, True) is None
    assert _guarded_search(_TALKED_ABOUT, _TALK_WORDS, "a briefing on the ", 0, 18, True)
