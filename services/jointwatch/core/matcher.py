"""Find many phrases in a text in one regex pass.

`PhraseMatcher` compiles any number of phrases (state aliases, weapon names, cue words)
into ONE regular expression shaped as a character trie: phrases that share a prefix share
its test, and at every position the engine follows at most one branch per character, so a
scan costs about O(len(text) x longest phrase), whatever the number of phrases. There are
no nested quantifiers, hence no catastrophic backtracking.

Matching rules:
- whole words only: a phrase that starts (ends) with a letter or digit does not match
  inside a longer word;
- the longest phrase wins at a position ("Tu-95MS" over "Tu-95", "South China Sea" over
  "China"), and matches do not overlap (leftmost first);
- phrases written in capitals only ("US", "PLAAF", "H-6K") match with that exact case, so
  "US" never matches "us"; every other phrase matches in any case;
- inside a phrase a space matches any run of whitespace, a hyphen matches any dash-like
  hyphen and an apostrophe matches a typographic one.

Deliberately left out: stemming and fuzzy matching (list the forms you want as phrases).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

_SPACE = " "
_HYPHEN = "-"
_APOSTROPHE = "'"
_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2018\u2019"
# How each special token is written in the pattern. Whitespace is possessive: nothing to undo.
_SPECIAL_PATTERNS = {
    _SPACE: r"\s++",
    _HYPHEN: "[" + re.escape(_HYPHENS) + "]",
    _APOSTROPHE: "[" + _APOSTROPHES + "]",
}
_NORMALIZE = str.maketrans(
    {**{ch: _HYPHEN for ch in _HYPHENS}, **{ch: _APOSTROPHE for ch in _APOSTROPHES}}
)


class PhraseSpan(NamedTuple, Generic[T]):
    """One match: text[start:end] is the matched phrase; `payload` holds every value
    registered for that phrase (several entries may share an alias)."""

    start: int
    end: int
    payload: tuple[T, ...]


class _Node:
    __slots__ = ("children", "terminal")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terminal = False


def is_case_sensitive(phrase: str) -> bool:
    """A phrase written in capitals only ("US", "H-6K") is matched with its exact case."""
    return any(ch.isalpha() for ch in phrase) and not any(ch.islower() for ch in phrase)


def normalize_phrase(text: str, *, fold: bool) -> str:
    """The lookup key of a phrase or matched text: one space per whitespace run, plain
    hyphens and apostrophes, and lower case when `fold`."""
    key = " ".join(text.split()).translate(_NORMALIZE)
    return key.lower() if fold else key


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _single_case(ch: str, upper: bool) -> str | None:
    other = ch.upper() if upper else ch.lower()
    return other if len(other) == 1 else None


class PhraseMatcher(Generic[T]):
    """Compile `(phrase, payload)` pairs once; `find(text)` returns non-overlapping spans."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        self._exact: dict[str, list[T]] = {}
        self._folded: dict[str, list[T]] = {}
        cs_root, ci_root = _Node(), _Node()
        for phrase, payload in phrases:
            key_source = phrase.strip()
            if not key_source:
                raise ValueError("a phrase must not be empty")
            sensitive = is_case_sensitive(key_source)
            key = normalize_phrase(key_source, fold=not sensitive)
            table = self._exact if sensitive else self._folded
            values = table.setdefault(key, [])
            if payload not in values:
                values.append(payload)
            node = cs_root if sensitive else ci_root
            for ch in key:
                node = node.children.setdefault(ch, _Node())
            node.terminal = True
        self._exact_t = {k: tuple(v) for k, v in self._exact.items()}
        self._folded_t = {k: tuple(v) for k, v in self._folded.items()}
        self.phrase_count = len(self._exact) + len(self._folded)
        body = _render(cs_root, ci_root, root=True, last_is_word=False)
        self.pattern = re.compile(body if body else r"(?!)")

    def find(self, text: str) -> list[PhraseSpan[T]]:
        """Every match in `text`, left to right, longest at each position."""
        exact, folded = self._exact_t, self._folded_t
        spans: list[PhraseSpan[T]] = []
        append = spans.append
        for m in self.pattern.finditer(text):
            raw = m.group()
            key = raw if raw.isalnum() else normalize_phrase(raw, fold=False)
            payload = exact.get(key)
            if payload is None:
                payload = folded.get(key.lower())
                if payload is None:  # pragma: no cover - the pattern only matches known keys
                    continue
            append(PhraseSpan(m.start(), m.end(), payload))
        return spans


def _char_pattern(chars: list[str]) -> str:
    if len(chars) == 1:
        ch = chars[0]
        return _SPECIAL_PATTERNS.get(ch) or re.escape(ch)
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _render(cs: _Node | None, ci: _Node | None, *, root: bool, last_is_word: bool) -> str:
    """The pattern for everything that may follow a trie state.

    A state pairs a node of the case-sensitive trie with a node of the case-insensitive
    one (either may be absent). Branches are split by input character so that exactly one
    can match the next character: the engine never tries two branches for one input, and
    a longer phrase is tried before the shorter one that ends here."""
    inputs: set[str] = set()
    if cs is not None:
        inputs.update(cs.children)
    if ci is not None:
        for key in ci.children:
            inputs.add(key)
            for upper in (True, False):
                variant = _single_case(key, upper)
                if variant is not None:
                    inputs.add(variant)
    groups: dict[tuple[int, int], tuple[_Node | None, _Node | None, list[str]]] = {}
    for ch in sorted(inputs):
        cs_next = cs.children.get(ch) if cs is not None else None
        ci_next = None
        if ci is not None:
            lowered = _single_case(ch, upper=False)
            ci_next = ci.children.get(lowered if lowered is not None else ch)
        if cs_next is None and ci_next is None:
            continue
        ident = (id(cs_next), id(ci_next))
        if ident not in groups:
            groups[ident] = (cs_next, ci_next, [])
        groups[ident][2].append(ch)
    branches: list[str] = []
    for cs_next, ci_next, chars in groups.values():
        word = _is_word_char(chars[0])
        head = _char_pattern(chars)
        if root and word:
            head += r"(?<!\w\w)"  # the character before the phrase is not a word character
        branches.append(head + _render(cs_next, ci_next, root=False, last_is_word=word))
    terminal = (cs is not None and cs.terminal) or (ci is not None and ci.terminal)
    if terminal and not root:
        branches.append(r"(?!\w)" if last_is_word else "")
    if not branches:
        return ""
    if len(branches) == 1 and not root:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
