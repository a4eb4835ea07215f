"""The word checks before the classifier's window searches never skip a text the search
itself would match: every string that a guarded pattern matches holds one of the guard's words
(hypothesis generates the strings from the pattern itself)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jointwatch.core import classifier as c

# pattern name -> the words `_guarded_search` or `_may_hold` asks for first (lower-cased)
GUARDS = {
    "_LASTS_UNTIL": c._LASTS_WORDS,
    "_DUE_BEFORE": c._DUE_WORDS,
    "_OWNING_BEFORE": c._OWNING_WORDS,
    "_ORIGIN_BEFORE": c._ORIGIN_NOUNS,
    "_PARALLEL": c._PARALLEL_WORDS,
    "_STANDOFF": c._STANDOFF_WORDS,
    "_DATED_EARLIER": c._EARLIER_WORDS,
    "_HAVE_BEFORE": c._HAVE_WORDS,
    "_OWNER_BEFORE": ("its", "their", "our"),
    "_EVERY_YEAR": ("year", "annual"),
    "_NEXT_EDITION": ("next",),
    "_DESTINATION_BEFORE": ("way", "route", "bound", "head"),
    "_SENT_TO_AREA_AFTER": c._AREA_WORDS,
    "_SENT_IN_RESPONSE_AFTER": c._NEARED_WORDS,
    "_DISTANCE": c._UNIT_WORDS,
    "_COUNT_BEFORE": c._COUNT_GUARD_WORDS,
}
# case-sensitive literal checks (str.find / startswith) -> what the pattern cannot do without
LITERAL = {
    "_FROM_BEFORE": ("from",),
    "_SINCE_YEAR": ("since",),
    "_HAS_YEAR": ("19", "20"),
    "_YEAR_MENTION": ("19", "20"),
    "_IN_MONTH": tuple(c._MONTHS),
    "_IN_MONTH_NAMED": tuple(c._MONTHS),
}
ASCII = st.characters(min_codepoint=1, max_codepoint=127)


# A pattern may open with a lookahead of its alternatives' first letters ("(?=[acefilrw])"),
# a speed-up that changes no match; Hypothesis cannot generate through it, so strings come
# from the rest of the pattern (test_a_first_letter_lookahead_changes_no_match checks that the
# lookahead lets every one of them through).
_LOOKAHEAD = re.compile(r"\(\?=\[[A-Za-z-]+\]\)")
LOOKAHEAD = [
    "_ANSWERING",
    "_BOUGHT_BEFORE",
    "_CONCURRENT_WITH",
    "_HABIT_VERB",
    "_HAD_BEFORE",
    "_HOSTED_FORCES_BEFORE",
    "_IN_MONTH_NAMED",
    "_LASTS_UNTIL",
    "_NOT_NOW",
    "_NOT_TAKING_PART",
    "_PASSIVE_BEFORE",
    "_SHIP_BEFORE",
    "_YEAR_MENTION",
]


def _body(pattern: re.Pattern[str]) -> re.Pattern[str]:
    head = _LOOKAHEAD.match(pattern.pattern)
    return re.compile(pattern.pattern[head.end() :], pattern.flags) if head else pattern


def _strings(pattern: re.Pattern[str], ascii_only: bool) -> st.SearchStrategy[str]:
    pattern = _body(pattern)
    if ascii_only:
        return st.from_regex(pattern, fullmatch=True, alphabet=ASCII)
    return st.from_regex(pattern, fullmatch=True)


# every pattern with a check before its search: the words it asks for (lower-cased), or the
# literal text it looks for as written
CHECKED = [(name, "words") for name in sorted(GUARDS)] + [
    (name, "literal") for name in sorted(LITERAL)
]


def _passes_check(name: str, kind: str, text: str) -> bool:
    if kind == "words":
        return c._may_hold(GUARDS[name], text, 0, len(text), True)
    return any(word in text for word in LITERAL[name])


@pytest.mark.parametrize("ascii_only", [True, False], ids=["ascii", "unicode"])
@pytest.mark.parametrize(("name", "kind"), CHECKED)
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_text_the_pattern_matches_passes_its_check(name, kind, ascii_only, data):
    text = data.draw(_strings(getattr(c, name), ascii_only))
    assert _passes_check(name, kind, text)


# pattern name -> (offset in a match, the ASCII characters that can stand there): the
# character checks before `match` calls (a non-ASCII character always goes on to the regex)
FIRST = {
    "_TEASER_LINE": (0, c._TEASER_FIRST),
    "_SENTENCE_END": (1, c._AFTER_STOP),
    "_ORIGIN_AFTER": (0, "-"),
    "_LED_AFTER": (0, ".-\u2013"),
    "_COMPOUND_AFTER": (0, "-"),
}


@pytest.mark.parametrize("ascii_only", [True, False], ids=["ascii", "unicode"])
@pytest.mark.parametrize("name", sorted(FIRST))
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_match_starts_with_a_character_the_check_lets_through(name, ascii_only, data):
    pattern = getattr(c, name)
    offset, chars = FIRST[name]
    # search semantics: _SENTENCE_END's lookahead needs text after the match
    alphabet = ASCII if ascii_only else st.characters()
    text = data.draw(st.from_regex(pattern, alphabet=alphabet))
    match = pattern.search(text)
    assert match is not None
    found = text[match.start() + offset : match.start() + offset + 1]
    assert found in chars or not found.isascii()


@pytest.mark.parametrize("ascii_only", [True, False], ids=["ascii", "unicode"])
@pytest.mark.parametrize("name", LOOKAHEAD)
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_first_letter_lookahead_changes_no_match(name, ascii_only, data):
    pattern = getattr(c, name)
    body = _body(pattern)
    assert body is not pattern
    text = data.draw(_strings(pattern, ascii_only))
    assert pattern.fullmatch(text) is not None


@pytest.mark.parametrize("ascii_only", [True, False], ids=["ascii", "unicode"])
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_teaser_checks_let_every_teaser_line_through(ascii_only, data):
    # _teaser_at's first-character and first-two-letters checks (_TEASER_FIRST, _TEASER_START)
    text = data.draw(_strings(c._TEASER_LINE, ascii_only))
    assert c._teaser_at(text, 0)


def test_not_taking_part_groups_hold_every_word_under_a_word_it_holds() -> None:
    grouped = [w for _, group in c._NOT_TAKING_PART_GROUPS for w in group]
    assert sorted(grouped) == sorted(c._NOT_TAKING_PART_WORDS)
    for key, group in c._NOT_TAKING_PART_GROUPS:
        assert all(key in w for w in group), key


def test_every_caption_opening_starts_with_p_or_c() -> None:
    assert all(opening[:1] in ("P", "C") for opening in c._CAPTION_OPENINGS)
