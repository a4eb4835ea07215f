"""The cheap check before the costly "the ships were still in the area" search (`_guarded_search`
with the word "still") never skips a text the search would match."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jointwatch.core.classifier import _STILL_THERE, _guarded_search


def _may_say_still(text: str) -> bool:
    return _guarded_search(_STILL_THERE, ("still",), text, 0, len(text), True) is not None


PIECES = [
    "The ",
    "the ",
    "BOTH ",
    "ships ",
    "Warships ",
    "were ",
    "are ",
    "still ",
    "STILL ",
    "Still ",
    "ſtill ",
    "stİll ",
    "stıll ",
    "in ",
    "there ",
    "sailing",
    ". ",
    "\n",
    "é",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@example("The ships were STILL in the area")
@example("the warships were ſtill there")
@example("The jets were still flying")
def test_a_text_the_pattern_matches_is_never_skipped(text):
    found = _STILL_THERE.search(text)
    guarded = _guarded_search(_STILL_THERE, ("still",), text, 0, len(text), True)
    assert (guarded is None) == (found is None)
    if found is not None and guarded is not None:
        assert guarded.span() == found.span()


def test_ascii_text_without_the_word_is_skipped():
    assert not _may_say_still("The ships were in the area on Thursday.")
    assert _may_say_still("The ships were Still in the area on Thursday.")
