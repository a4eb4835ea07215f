import itertools
import time

import pytest

from jointwatch.core.matcher import (
    PhraseMatcher,
    _folded_scan_form,
    _lower_keep_length,
    is_case_sensitive,
    normalize_phrase,
    scan_form,
)


def _found(matcher: PhraseMatcher[str], text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[s.start : s.end], s.payload) for s in matcher.find(text)]


def test_longest_phrase_wins_at_a_position():
    m = PhraseMatcher([("Tu-95", "short"), ("Tu-95MS", "long"), ("China", "state")])
    assert _found(m, "A Tu-95MS and a Tu-95 flew.") == [
        ("Tu-95MS", ("long",)),
        ("Tu-95", ("short",)),
    ]


def test_place_name_containing_a_state_name_is_one_match():
    m = PhraseMatcher([("China", "state"), ("South China Sea", "sea")])
    assert _found(m, "drills in the South China Sea, said China") == [
        ("South China Sea", ("sea",)),
        ("China", ("state",)),
    ]


def test_capitals_only_phrase_is_case_sensitive():
    m = PhraseMatcher([("US", "usa"), ("Navy", "navy")])
    assert _found(m, "Let us see the US NAVY and the navy") == [
        ("US", ("usa",)),
        ("NAVY", ("navy",)),
        ("navy", ("navy",)),
    ]


def test_mixed_case_phrase_matches_any_case():
    m = PhraseMatcher([("Russian", "rus")])
    assert [t for t, _ in _found(m, "RUSSIAN russian Russian")] == ["RUSSIAN", "russian", "Russian"]


def test_phrases_match_whole_words_only():
    m = PhraseMatcher([("US", "usa"), ("joint", "coop"), ("Sea", "sea")])
    assert _found(m, "USSR jointly Seattle overseas") == []


def test_case_sensitive_miss_falls_back_to_a_shorter_phrase():
    m = PhraseMatcher([("us", "pronoun"), ("US NAVY", "force")])
    assert _found(m, "tell us navy things") == [("us", ("pronoun",))]


def test_space_hyphen_and_apostrophe_variants_match():
    m = PhraseMatcher([("Bering Sea", "sea"), ("Xian H-6K", "bomber"), ("Russia's", "rus")])
    text = "Bering\nSea, Xian H‑6K, Russia’s, Bering  Sea, Xian\tH-6K"
    assert [t for t, _ in _found(m, text)] == [
        "Bering\nSea",
        "Xian H‑6K",
        "Russia’s",
        "Bering  Sea",
        "Xian\tH-6K",
    ]


def test_offsets_after_runs_of_spaces_are_exact():
    m = PhraseMatcher([("Sea of Japan", "sea"), ("China", "chn")])
    text = "In  the   Sea  of Japan,    China  said.  China"
    assert [t for t, _ in _found(m, text)] == ["Sea  of Japan", "China", "China"]


def test_punctuation_is_a_word_boundary():
    m = PhraseMatcher([("Russian", "rus"), ("Chinese", "chn"), ("submarine", "sub")])
    text = '"Russian/Chinese" (anti-submarine) Russian-Chinese_'
    assert [t for t, _ in _found(m, text)] == [
        "Russian",
        "Chinese",
        "submarine",
        "Russian",
        "Chinese",
    ]


def test_a_longer_phrase_failing_at_its_end_leaves_the_shorter_ones():
    m = PhraseMatcher([("Sea of Japan", "sea"), ("Sea", "s"), ("Japanese", "jpn")])
    assert _found(m, "the Sea of Japanese waters") == [("Sea", ("s",)), ("Japanese", ("jpn",))]


def test_duplicate_aliases_keep_every_payload():
    m = PhraseMatcher([("Georgia", "state"), ("Georgia", "us-state"), ("Georgia", "state")])
    assert _found(m, "Georgia") == [("Georgia", ("state", "us-state"))]


def test_matches_do_not_overlap_and_offsets_are_exact():
    m = PhraseMatcher([("joint patrol", "a"), ("patrol", "b"), ("Chinese", "c")])
    text = "(Chinese) joint patrol; patrol."
    spans = m.find(text)
    assert [text[s.start : s.end] for s in spans] == ["Chinese", "joint patrol", "patrol"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_phrase_at_start_and_end_of_text():
    m = PhraseMatcher([("Moscow", "rus")])
    assert _found(m, "Moscow") == [("Moscow", ("rus",))]


def test_offsets_survive_characters_that_lower_to_two():
    m = PhraseMatcher([("Russia", "rus")])
    text = "İİ Russia"
    [span] = m.find(text)
    assert text[span.start : span.end] == "Russia"


def test_phrase_must_start_with_a_letter_or_digit():
    with pytest.raises(ValueError):
        PhraseMatcher([("'ll", "x")])
    with pytest.raises(ValueError):
        PhraseMatcher([("   ", "x")])


def test_empty_matcher_matches_nothing():
    assert PhraseMatcher([]).find("anything at all") == []


def test_shared_prefixes_and_nested_phrases():
    m = PhraseMatcher([("South China Sea", 1), ("South Korea", 2), ("Southern", 3), ("China", 4)])
    text = "South China Sea, South Korea, Southern, south China morning, East China's coast"
    assert _found(m, text) == [
        ("South China Sea", (1,)),
        ("South Korea", (2,)),
        ("Southern", (3,)),
        ("China", (4,)),
        ("China", (4,)),
    ]


def test_scan_time_grows_linearly():
    m = PhraseMatcher([(f"phrase{i} word", i) for i in range(500)] + [("joint patrol", -1)])
    small, large = "joint patro " * 2_000, "joint patro " * 40_000
    started = time.perf_counter()
    m.find(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    assert m.find(large) == []
    assert time.perf_counter() - started < 40 * small_time + 0.05


def test_many_phrases_and_a_long_text_are_handled_in_one_pass():
    phrases = [(f"phrase{i} word", i) for i in range(2000)] + [("joint", -1)]
    m = PhraseMatcher(phrases)
    text = "joint " * 50_000 + "phrase1999 word"
    spans = m.find(text)
    assert len(spans) == 50_001
    assert spans[-1].payload == (1999,)


def test_case_sensitivity_rule():
    assert is_case_sensitive("US") and is_case_sensitive("H-6K") and is_case_sensitive("U.S.")
    assert not is_case_sensitive("PLA Navy") and not is_case_sensitive("Tu-95MS")
    assert not is_case_sensitive("95")


def test_normalize_phrase_collapses_spaces_and_dashes():
    assert normalize_phrase("Xian  H–6K’s", fold=True) == "xian h-6k's"


def test_the_ascii_fast_path_folds_text_as_the_general_path_does():
    ascii_text = "".join(map(chr, range(128))) * 2
    for text in (ascii_text, ascii_text + "é", "İstanbul’s H‑6K", "Tu-95MS over the SEA", ""):
        assert _folded_scan_form(text) == scan_form(_lower_keep_length(text))


def test_insertion_order_is_the_order_of_the_character_ranks() -> None:
    """The sort key (a string of ranks) orders keys as the list of each character's rank."""
    from jointwatch.core.matcher import _COMMON_FIRST, _insertion_order

    def ranks(key: str) -> list[int]:
        return [_COMMON_FIRST.get(ch, len(_COMMON_FIRST)) for ch in key]

    keys = [" e", " ea", " a9", " a", " é a", " ü b", " éz", " z-", " zz", " ß", " 9", " e e", ""]
    items = [(key, None) for key in keys]
    by_key = sorted(items, key=_insertion_order)
    assert by_key == sorted(items, key=lambda item: ranks(item[0]))
    for a in keys:
        for b in keys:
            assert (_insertion_order((a, None)) < _insertion_order((b, None))) == (
                ranks(a) < ranks(b)
            )
