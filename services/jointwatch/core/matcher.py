"""Find many phrases in a text in one pass of an Aho-Corasick automaton (pyahocorasick, in C).

Every phrase (state aliases, weapon names, cue words) becomes one key of one automaton, so a
scan costs O(len(text)) whatever the number of phrases, with no backtracking at all.

Matching rules:
- whole words only: a phrase starts after a character that is not a letter or digit (or at
  the start of the text) and ends before one;
- the longest phrase wins at a position ("Tu-95MS" over "Tu-95", "South China Sea" over
  "China"), and matches do not overlap (leftmost first);
- phrases written in capitals only ("US", "PLAAF", "H-6K") match with that exact case, so
  "US" never matches "us"; every other phrase matches in any case;
- inside a phrase, every character that is not a letter or digit (a space, a hyphen, an
  apostrophe, a full stop) stands for exactly one such character in the text: "H-6K" matches
  "H‑6K" and "H 6K", "Russia's" matches "Russia’s", "Bering Sea" matches "Bering\\nSea";
  a run of spaces and tabs counts as one space.

How it stays fast in CPython: the scan runs over a copy of the text that is lower-cased and
has every character other than a letter or digit replaced by a space (one `str.translate` in
C for ASCII text), with one space in front and one behind. Every key starts with a space, so
the automaton only reports matches that start a word; `iter_long` returns the leftmost-longest
non-overlapping matches, and Python only checks the end of each one (and the case of
capitals-only phrases). When a match of several words fails those checks ("Tomahawk cruise
missile" in "Tomahawk cruise missiles"), the longest shorter phrase at its start is taken and
the scan goes on from there.

Deliberately left out: stemming and fuzzy matching (list the forms you want as phrases), and
phrases across a line break plus spaces ("Bering\\n  Sea").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any, Final, Generic, NamedTuple, TypeVar

import ahocorasick

T = TypeVar("T")

_HYPHENS: Final = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES: Final = "'\u2018\u2019"
_NORMALIZE: Final = str.maketrans(
    {**{ch: "-" for ch in _HYPHENS}, **{ch: "'" for ch in _APOSTROPHES}}
)
# ASCII characters that are not letters or digits become spaces (the scan alphabet).
_ASCII_SCAN_TABLE: Final = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})
_NON_WORD: Final = re.compile(r"[\W_]")
_BLANK_RUN: Final = re.compile(r"[ \t]{2,}|\t")
# The usual non-ASCII punctuation in news copy, replaced before the ASCII fast path.
_COMMON_NON_ASCII: Final = (
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e"
    "\u2026\u00a0\u2009\u202f\u200b\u00ab\u00bb\u2022\u00b7"
)


class PhraseSpan(NamedTuple, Generic[T]):
    """One match: text[start:end] is the matched phrase; `payload` holds every value
    registered for that phrase (several entries may share an alias)."""

    start: int
    end: int
    payload: tuple[T, ...]


def is_case_sensitive(phrase: str) -> bool:
    """A phrase written in capitals only ("US", "H-6K") is matched with its exact case."""
    return any(ch.isalpha() for ch in phrase) and not any(ch.islower() for ch in phrase)


def normalize_phrase(text: str, *, fold: bool) -> str:
    """A readable lookup key of a phrase: one space per whitespace run, plain hyphens and
    apostrophes, and lower case when `fold`."""
    key = " ".join(text.split()).translate(_NORMALIZE)
    return key.lower() if fold else key


def scan_form(text: str) -> str:
    """`text` as the automaton sees it: same length, every character that is not a letter
    or digit replaced by a space (case kept)."""
    if text.isascii():
        return text.translate(_ASCII_SCAN_TABLE)
    for ch in _COMMON_NON_ASCII:
        if ch in text:
            text = text.replace(ch, " ")
    if text.isascii():
        return text.translate(_ASCII_SCAN_TABLE)
    return _NON_WORD.sub(" ", text)


# pyahocorasick keeps a node's children in the order they were added and searches them one by
# one: adding the keys in the order of how common their characters are in English text puts the
# common transitions first (the scan gets ~15% faster; the matches do not depend on the order).
_COMMON_FIRST: Final = {ch: rank for rank, ch in enumerate(" etaoinsrhldcumfpgwybvkxjqz0123456789")}


_OTHER_RANK: Final = len(_COMMON_FIRST)
# The rank of every ASCII character as one character: for an ASCII key (nearly all of them),
# the sort key is one `str.translate`, compared as a string (the same order as the list of
# ranks, in C) instead of a list of ints built character by character.
_ASCII_RANKS: Final = {i: chr(_COMMON_FIRST.get(chr(i), _OTHER_RANK)) for i in range(128)}


def _insertion_order(item: tuple[str, object]) -> str:
    key = item[0]
    if key.isascii():
        return key.translate(_ASCII_RANKS)
    return "".join([chr(_COMMON_FIRST.get(ch, _OTHER_RANK)) for ch in key])


# The `bytes.translate` table of ASCII text as the scan sees it: letters and digits in lower
# case, every other character a space (the upper half is never used).
_ASCII_FOLDED_SCAN: Final = bytes(
    ord(ch.lower()) if ch.isalnum() else ord(" ") for ch in map(chr, range(128))
) + bytes(range(128, 256))


def _folded_scan_form(text: str) -> str:
    """`scan_form(_lower_keep_length(text))`: for ASCII text (the usual case) in one pass of
    `bytes.translate`, several times faster than `str.lower` and `str.translate`."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLDED_SCAN).decode("ascii")
    return scan_form(_lower_keep_length(text))


def _lower_keep_length(text: str) -> str:
    """`text.lower()`, unless some character lowers to several ('İ'): then those keep
    their case, so that offsets in the copy are offsets in the text."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class _Entry:
    """What one key of the automaton stands for, while the matcher is built."""

    __slots__ = ("exact", "folded", "length", "multiword")

    def __init__(self, length: int, multiword: bool) -> None:
        self.length = length  # characters of the key, its leading space included
        self.multiword = multiword
        self.folded: list[Any] | None = None  # payloads of any-case phrases
        self.exact: dict[str, list[Any]] | None = None  # capitals-only phrases, by exact form


# The value stored in the automaton for a key: (length, any-case payload or None, exact-case
# payloads by scan form or None, several words?). A tuple: the hot loop unpacks it in C.
_Value = tuple[int, "tuple[Any, ...] | None", "dict[str, tuple[Any, ...]] | None", bool]
Span = tuple[int, int, "tuple[Any, ...]"]


class PhraseMatcher(Generic[T]):
    """Compile `(phrase, payload)` pairs once; `find(text)` returns non-overlapping spans."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        entries: dict[str, _Entry] = {}
        for phrase, payload in phrases:
            text = phrase.strip()
            if not text:
                raise ValueError("a phrase must not be empty")
            if not text[0].isalnum():
                raise ValueError(f"a phrase must start with a letter or digit: {phrase!r}")
            form = scan_form(" ".join(text.split())).rstrip()
            key = " " + _lower_keep_length(form)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = _Entry(len(key), " " in form)
            if is_case_sensitive(text):
                entry.exact = entry.exact or {}
                values = entry.exact.setdefault(form, [])
            else:
                if entry.folded is None:
                    entry.folded = []
                values = entry.folded
            if payload not in values:
                values.append(payload)
        self._automaton = ahocorasick.Automaton()
        self._payloads: list[tuple[T, ...]] = []
        for key, entry in sorted(entries.items(), key=_insertion_order):
            folded = tuple(entry.folded) if entry.folded is not None else None
            exact = (
                {form: tuple(v) for form, v in entry.exact.items()}
                if entry.exact is not None
                else None
            )
            if folded is not None:
                self._payloads.append(folded)
            if exact is not None:
                self._payloads.extend(exact.values())
            value: _Value = (entry.length, folded, exact, entry.multiword)
            self._automaton.add_word(key, value)
        self.phrase_count = sum(
            (e.folded is not None) + len(e.exact or ()) for e in entries.values()
        )
        if entries:
            self._automaton.make_automaton()
        self._empty = not entries

    def payloads(self) -> list[tuple[T, ...]]:
        """Every payload tuple `find` can hand out as is (not the merged ones)."""
        return list(self._payloads)

    def find(self, text: str) -> list[PhraseSpan[T]]:
        """Every match in `text`, left to right, longest at each position."""
        return [PhraseSpan(s, e, p) for s, e, p in self.find_spans(text)]

    def find_spans(self, text: str) -> list[Span]:
        """`find` as plain `(start, end, payload)` tuples: what the classifier's hot path uses."""
        if self._empty or not text:
            return []
        if "  " in text or "\t" in text:
            return self._find_across_runs(text)
        return self._find(text)

    def _find_across_runs(self, text: str) -> list[Span]:
        """Runs of spaces and tabs count as one space: find in a copy with each run cut to
        one space, and map the offsets back."""
        runs = [(m.start(), m.end()) for m in _BLANK_RUN.finditer(text)]
        if not runs:
            return self._find(text)
        pieces: list[str] = []
        starts: list[int] = []  # offset in the copy just after each cut run
        shifts: list[int] = []  # characters removed up to and including that run
        pos = removed = 0
        for a, b in runs:
            pieces.append(text[pos : a + 1])
            starts.append(a + 1 - removed)
            removed += b - a - 1
            shifts.append(removed)
            pos = b
        pieces.append(text[pos:])
        out: list[Span] = []
        for start, end, payload in self._find("".join(pieces)):
            i = bisect_right(starts, start)
            j = bisect_right(starts, end - 1)
            out.append(
                (start + (shifts[i - 1] if i else 0), end + (shifts[j - 1] if j else 0), payload)
            )
        return out

    def _find(self, text: str) -> list[Span]:
        scan = " " + _folded_scan_form(text) + " "
        spans: list[Span] = []
        automaton = self._automaton
        # The automaton is untyped: a declared type lets mypyc check each match once, unpack
        # it without the iterator protocol, and do the offset arithmetic natively.
        hit: tuple[int, _Value]
        pos = 0
        while pos >= 0:
            restart = -1
            for hit in automaton.iter_long(scan, pos):
                end, (length, payload, exact, multiword) = hit
                # scan[end + 1] follows the match; the key's leading space sits at scan offset
                # end + 1 - length, which is the text offset of the phrase's first character.
                start = end + 1 - length
                bounded = scan[end + 1] == " "
                if exact is None and bounded and payload is not None:
                    spans.append((start, end, payload))  # the usual case
                    continue
                if exact is not None and bounded:
                    found = exact.get(text[start:end])  # "US" as written
                    if found is not None:
                        payload = found + payload if payload is not None else found
                        spans.append((start, end, payload))
                        continue
                payload = _accept(text, start, end, bounded, payload, exact)
                if payload is None:
                    if multiword:
                        # "Tomahawk cruise missiles": a shorter phrase at the start, or one
                        # starting inside the rejected span, may still match.
                        restart = self._recover(text, scan, start, end, spans.append)
                        break
                    continue
                spans.append((start, end, payload))
            pos = restart
        return spans

    def _recover(self, text: str, scan: str, start: int, end: int, append: Any) -> int:
        """After a rejected match of several words at text[start:end]: append the longest
        valid shorter match at `start`, and return the scan offset to go on from."""
        best: Span | None = None
        for stop, (length, payload, exact, _multi) in self._automaton.iter(scan, start, end):
            if stop + 1 - length != start:
                continue
            payload = _accept(text, start, stop, scan[stop + 1] == " ", payload, exact)
            if payload is not None and (best is None or stop > best[1]):
                best = (start, stop, payload)
        if best is not None:
            append(best)
            return best[1] + 1
        return scan.find(" ", start + 1)


def _accept(
    text: str,
    start: int,
    end: int,
    bounded: bool,
    payload: tuple[Any, ...] | None,
    exact: dict[str, tuple[Any, ...]] | None,
) -> tuple[Any, ...] | None:
    """The payload of a match at text[start:end], or None when it fails: the text goes on
    with a letter or digit, or a capitals-only phrase is written in another case."""
    if not bounded:
        return None
    if exact is not None:
        found = exact.get(scan_form(text[start:end]))
        if found is not None:
            return found + payload if payload is not None else found
    return payload
