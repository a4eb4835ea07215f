"""Find many phrases in a text in one regex pass.

`PhraseMatcher` compiles any number of phrases (state aliases, weapon names, cue words)
into ONE regular expression shaped as a character trie: phrases that share a prefix share
its test, and at every position the engine follows at most one branch per character, so a
scan costs about O(len(text) x longest phrase), whatever the number of phrases. There are
no nested quantifiers, hence no catastrophic backtracking.

Matching rules:
- whole words only: a phrase starts after a non-word character (or at the start of the
  text) and, when it ends with a letter or digit, ends before one;
- the longest phrase wins at a position ("Tu-95MS" over "Tu-95", "South China Sea" over
  "China"), and matches do not overlap (leftmost first);
- phrases written in capitals only ("US", "PLAAF", "H-6K") match with that exact case, so
  "US" never matches "us"; every other phrase matches in any case;
- inside a phrase a space matches any run of whitespace, a hyphen matches any dash-like
  hyphen and an apostrophe matches a typographic one.

How it stays fast in CPython: the scan runs over a lower-cased copy of the text with one
space in front, and the pattern starts with `\\W`. That gives the regex engine a
character-class prefix, so it skips from one non-word character to the next in C and
enters the trie only where a word starts. Capitals-only phrases are then checked against
the original text; when such a check fails, the longest shorter phrase that fits is used.

Deliberately left out: stemming and fuzzy matching (list the forms you want as phrases),
and phrases that start with a punctuation mark.
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


def _lower_keep_length(text: str) -> str:
    """`text.lower()`, unless some character lowers to several ('İ'): then those keep
    their case, so that offsets in the copy are offsets in the text."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class PhraseMatcher(Generic[T]):
    """Compile `(phrase, payload)` pairs once; `find(text)` returns non-overlapping spans."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        exact: dict[str, list[T]] = {}  # capitals-only phrases, by their exact key
        folded: dict[str, list[T]] = {}  # every other phrase, by its lower-case key
        root = _Node()
        for phrase, payload in phrases:
            text = phrase.strip()
            if not text:
                raise ValueError("a phrase must not be empty")
            if not _is_word_char(text[0]):
                raise ValueError(f"a phrase must start with a letter or digit: {phrase!r}")
            sensitive = is_case_sensitive(text)
            table = exact if sensitive else folded
            values = table.setdefault(normalize_phrase(text, fold=not sensitive), [])
            if payload not in values:
                values.append(payload)
            node = root
            for ch in normalize_phrase(text, fold=True):
                node = node.children.setdefault(ch, _Node())
            node.terminal = True
        self._exact = {k: tuple(v) for k, v in exact.items()}
        self._folded = {k: tuple(v) for k, v in folded.items()}
        # Folded keys of capitals-only phrases: a match there needs the exact case.
        self._exact_folded = {k.lower() for k in self._exact}
        self.phrase_count = len(self._exact) + len(self._folded)
        body = _render(root, last_is_word=False)
        self.pattern = re.compile(r"\W" + body if body else r"(?!)")

    def payloads(self) -> list[tuple[T, ...]]:
        """Every payload tuple `find` can hand out as is (not the merged ones)."""
        return [*self._exact.values(), *self._folded.values()]

    def find(self, text: str) -> list[PhraseSpan[T]]:
        """Every match in `text`, left to right, longest at each position."""
        scan = " " + _lower_keep_length(text)
        exact, folded, needs_case = self._exact, self._folded, self._exact_folded
        spans: list[PhraseSpan[T]] = []
        append = spans.append
        for m in self.pattern.finditer(scan):
            start, end = m.start(), m.end() - 1  # offsets in `text`: one char in, one less
            key = scan[start + 1 : end + 1]
            if not key.isalnum():
                key = normalize_phrase(key, fold=False)
            payload = folded.get(key)
            if key in needs_case:
                original = text[start:end]
                exact_key = (
                    original if original.isalnum() else normalize_phrase(original, fold=False)
                )
                found = exact.get(exact_key)
                if found is not None:
                    payload = found + payload if payload is not None else found
                elif payload is None:
                    shorter = self._shorter(text, scan, start, end)
                    if shorter is not None:
                        append(shorter)
                    continue
            if payload is not None:
                append(PhraseSpan(start, end, payload))
        return spans

    def _shorter(self, text: str, scan: str, start: int, end: int) -> PhraseSpan[T] | None:
        """The longest phrase inside text[start:end] that starts at `start` and fits its
        case rules (rare: a capitals-only phrase matched in the wrong case)."""
        for cut in range(end - 1, start, -1):
            if text[cut - 1].isspace() or (
                _is_word_char(text[cut - 1]) and _is_word_char(text[cut])
            ):
                continue  # not the end of a word
            key = normalize_phrase(scan[start + 1 : cut + 1], fold=False)
            payload = self._folded.get(key)
            if key in self._exact_folded:
                exact = self._exact.get(normalize_phrase(text[start:cut], fold=False))
                if exact is not None:
                    payload = exact + payload if payload is not None else exact
            if payload is not None:
                return PhraseSpan(start, cut, payload)
        return None


def _render(node: _Node, *, last_is_word: bool) -> str:
    """The pattern for everything that may follow a trie node: one branch per next
    character (so exactly one can match it), longer phrases before the shorter one that
    ends here."""
    branches: list[str] = []
    for ch in sorted(node.children):
        child = node.children[ch]
        head = _SPECIAL_PATTERNS.get(ch) or re.escape(ch)
        branches.append(head + _render(child, last_is_word=_is_word_char(ch)))
    if node.terminal:
        branches.append(r"(?!\w)" if last_is_word else "")
    if not branches:
        return ""
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
