"""Rule-based classifier: does an article report JOINT MILITARY ACTIVITY, and by whom?

Joint military activity means forces of two or more states acting together (joint patrol,
exercise, escort, formation flight, combined transit), reported as happening or done.
The rules follow DESIGN.md:

1. Find every mention of a state, force, weapon, place, named exercise and cue word in ONE
   pass of one phrase matcher (core/matcher.py) over the text, and split it into sentences
   with character offsets. A sentence is analysed only when its cue categories say it could
   report joint activity or name a participant, an observer or the opposing side; the body
   after the lead only when the title or lead names joint activity or two later sentences
   could (otherwise it cannot change the decision).
2. Per sentence, attach states to military actors ("Russian and Chinese strategic
   bombers", "bombers of the Chinese Air Force", "its bombers"), and set aside states that
   are only places ("near the US state of Alaska"), speakers and officials ("Washington
   said", "the leaders of the United States and Japan"), observers ("sent observers") or
   the other side ("US and Canadian aircraft intercepted the bombers", "Japanese jets were
   scrambled").
3. A sentence reports joint activity when it has an activity cue and either a cooperation
   cue ("joint", "together", "with China's air force", "14 nations taking part") or two
   states' forces named together; an intercept of two states' aircraft flying together
   counts as a patrol. Side clauses ("..., as North Korea fired missiles") and earlier
   events ("a day after ...") name no participant.
4. Across the article: the activity must be its subject (title, first paragraphs, or more
   than one sentence), not only planned, military, and by two or more states (or counted
   as many). Participants are the states of the joint sentences, those said to take part
   anywhere ("Participants include A, B, ... and Z"), where a joint exercise is held ("in
   Morocco and Tunisia") and the core states of a named exercise; never the opposing side,
   observers or states without armed forces.

Every decision is explained in `reasons`, and evidence spans quote the body exactly.

Deliberately left out: parsing and machine learning. The rules are lists of words in
`data/cues.toml`, so most improvements are data changes. Only the first
`MAX_ANALYZED_CHARS` characters of a body are read: an article's subject is in its first
paragraphs, and the bound keeps hostile input cheap.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Final, NamedTuple, TypeVar

from pydantic import BaseModel

from ..errors import ConfigurationError
from .calibration import Calibration, default_calibration
from .cues import CueLexicon, default_cues
from .geo import AreaIndex
from .knowledge import AreaOfInterest, Knowledge, Place, State, default_knowledge
from .matcher import PhraseMatcher, Span, is_case_sensitive
from .models import (
    Activity,
    Article,
    Asset,
    ClassificationResult,
    Domain,
    Evidence,
    Location,
    RegionOfInterest,
    Severity,
    Tense,
)
from .severity import SeverityPolicy, default_severity_policy

CLASSIFIER_VERSION = "rules-1"

MAX_ANALYZED_CHARS = 200_000  # ~30,000 words: far beyond any news article
MAX_SENTENCE_CHARS: Final = 600  # longer "sentences" are cut into chunks at spaces
MAX_EVIDENCE_SPANS = 16
MAX_EVIDENCE_CHARS = 320
MAX_REASONS = 24
REGION_MAX_KM = 3000.0
LEAD_PARAGRAPHS: Final = 2
LEAD_SENTENCES: Final = 3


# --------------------------------------------------------------------------------------
# Mentions. One matcher holds every alias and cue; a payload item says what a phrase is.

# Item categories (Final: mypyc compiles each name to its string, not a module lookup).
STATE: Final = "state"
FORCE: Final = "force"
ASSET: Final = "asset"
PLACE: Final = "place"
EXERCISE: Final = "exercise"
AREA: Final = "area"
ACT: Final = "activity"
COOP: Final = "coop"
LINK: Final = "link"
PAIR: Final = "pair"
PART: Final = "part"
OPP: Final = "opp"
PLANNED: Final = "planned"
PAST: Final = "past"
ONGOING: Final = "ongoing"
PRESENT: Final = "present"
FUTURE: Final = "future"  # a bare "will": planned, unless the report is of drills under way
BACKGROUND: Final = "background"
NEGATION: Final = "negation"
NONMIL: Final = "nonmil"
NEUTRAL: Final = "neutral"
SINGLE: Final = "single"
MIL: Final = "mil"
FIRST: Final = "first"
SPEECH: Final = "speech"
OFFICIAL: Final = "official"
OBSERVER: Final = "observer"
OPP_ACTOR: Final = "opp_actor"
CEREMONY: Final = "ceremony"
SIDE: Final = "side"
PRIOR: Final = "prior"
COUNT: Final = "count"
SHORT: Final = "short"  # a form several states share ("Congo"): see Classifier._resolve_short
REACTION: Final = "reaction"

_TENSES = (PLANNED, FUTURE, PAST, ONGOING, PRESENT)
_TENSE_SET = frozenset(_TENSES)
# A sentence is analysed only when it has one of these (see _analyse_sentence).
_SCREEN_CATEGORIES: Final = frozenset({ACT, EXERCISE, OPP, COOP, PART, PAIR, OBSERVER})
_ACTIVITY_CATEGORIES = frozenset({ACT, EXERCISE})
_KEPT_CATEGORIES: Final = _SCREEN_CATEGORIES | {PLACE, AREA}
_SPECIAL_CATS = frozenset({EXERCISE, NEGATION})
_ENTITY_CATS = frozenset({FORCE, ASSET})
_SENTENCE_FACT_CATS = frozenset({ACT, EXERCISE, COOP, NONMIL})  # see _analyse_sentence
_HEAD_CATS = frozenset({FORCE, ASSET, MIL, NONMIL, OFFICIAL})  # nouns _attach gives facts to
_NOT_BARE_STATE_CATS = frozenset({FORCE, ASSET, PLACE})
_ACTOR_HEAD_CATS = frozenset({FORCE, ASSET, MIL})
_WEAPON_CATS: Final = frozenset({ASSET, MIL})
_PLACE_CATS = frozenset({PLACE, AREA})
_SPEAKER_STOP_CATS = frozenset({ACT, OPP, COOP})
# "troops from Greece and the United Kingdom, military spokesman Col. X said", "where Mali,
# Niger and Burkina Faso meet, the force said": after a comma and a new subject (not "...,
# and officials stressed", "..., which said"), the speaker is the report's source, not the
# last state
_SOURCE_AFTER_LIST: Final = re.compile(
    r"[^,]*,\s+(?!(?:and|but|or|while|as|though|whose|which|who|that)\b)"
)
_COOP_LINK_CATS = frozenset({COOP, LINK})
_OPP_COOP_CATS = frozenset({OPP, COOP})
_VERB_TENSE_CATS = frozenset({PLANNED, FUTURE, PAST, ONGOING})
_TOPIC_TITLE_CATS = frozenset({EXERCISE, COOP, OPP})
_ONE_STATE_CATEGORIES = frozenset({LINK, PART, OBSERVER, OPP})
_PART_CATS = frozenset({PART, OBSERVER})
# words between a watching verb's subject and the verb that keep a subject taking part in the
# drill (see Classifier._roles)
_OPP_KEEPS_PART_CATS: Final = frozenset({PART, COOP, EXERCISE, ACT, LINK})
# "other_event": the leader of another, concurrent drill ("ran in parallel with Iron Gate, a
# Polish-led drill")
# "absent": a state named under "no" ("no Chinese vessels were seen") is denied, not present
_NOT_ACTORS: Final = frozenset(
    {"place", "opposition", "observer", "target", "origin", "other_event", "relative", "absent"}
)
_BARE_ROLES = frozenset({"", "linked", "object", "participant"})
_GAPPED_SUBJECT_CATS = frozenset({STATE, FORCE})
_GAPPED_BREAKERS = frozenset(
    {ACT, EXERCISE, PART, SPEECH, OPP, OBSERVER, LINK, SIDE, PRIOR, REACTION} | _TENSE_SET
)
# With these an activity sentence matters whoever is named: a named exercise, "joint", "the
# two navies", or another sense of "patrol" ("the coast guard would continue patrols").
_ACTIVITY_CONTEXT = frozenset({EXERCISE, COOP, PAIR, NONMIL, COUNT})
_JOINT_CONTEXT = frozenset({EXERCISE, COOP, PAIR, COUNT})
# a named exercise or a word of cooperation ("joint", "together"): what lets one sentence
# after the lead tell a joint activity on its own (Classifier._told_mid_article)
_NAMED_OR_JOINT: Final = frozenset({EXERCISE, COOP})
# ... unless a modal before its first activity word makes it what someone will or would do
_MID_ARTICLE_MODALS: Final = ("would", "will", "could", "should", "might")
# Words of a drill or of working together, common nouns that need not carry a category of
# their own ("are holding their first joint exercise"): a sentence with one is no part of a
# parade the lead reports (see Classifier.classify)
_DRILL_WORDS: Final = ("joint", "exercise", "drill", "together", "manoeuvre", "maneuver")
# Cue categories that end a noun phrase: a state before one of these does not modify a
# military noun after it ("Russia held drills with Chinese warships").
_PHRASE_BREAKERS = frozenset(
    {PLANNED, FUTURE, PAST, ONGOING, PRESENT, OPP, SPEECH, PART, LINK, PAIR, BACKGROUND, PLACE}
    | {AREA}
)
_GROUP_BREAKERS = (_PHRASE_BREAKERS - {LINK}) | {ACT}
# Words that end a noun phrase between a state and a noun ("Russia held drills").
_GAP_STOPWORDS = frozenset(
    "to of from by with in on at near over off for that which who as after before than "  # noqa: SIM905
    "into against while when is are was were has have had will would be been its their "
    "his her our it they this these said says "
    # "photographs taken by its pilots showing H-6K bombers": a verb of depicting takes
    # its object; the forces shown are not the photographers
    "showing depicting featuring capturing".split()
)
# Senses of the cue list `non_military` whose people are a crew, whatever force they serve
# in: "Italian, Turkish and Swedish air force pilots lift off for the space station"; and
# national teams in a contest: "Commandos from 17 countries are competing in Fuerzas Comando".
_CREW_SENSES = frozenset({"spaceflight", "competition"})
# what forces carry to a disaster rather than do together (see _decide_sentence)
_DELIVERY_SENSES: Final = frozenset({"relief", "rescue"})
# "the Lithuanian part of Saber Strike 15": a state's leg of a drill (see _national_leg);
# the match starts at the space after the state's name
_LEG_BEFORE: Final = re.compile(
    r" (?:part|parts|leg|phase|portion|segment|stage) of (?:the |this year's |[a-z]+'s )?\Z",
    re.ASCII,
)
# care given to civilians by military medics (see _decide_sentence)
_CARE_SENSES: Final = frozenset({"medical"})
# service under a UN peacekeeping mission's command: a rotation, not a joint activity (see
# _decide_sentence); a drill or an exercise named in the sentence keeps the forces' sense
_PEACEKEEPING_SENSES: Final = frozenset({"peacekeeping"})
_PEACEKEEPING_DRILL_WORDS: Final = ("exercise", "drill", "training", "manoeuvre", "maneuver")
# what makes an activity shared when told before a time cue (see _own_drill_before_event)
_SHARED_BEFORE_CUE: Final = frozenset({COOP, PAIR, COUNT, PART, LINK})
_GAP_BAD_CHARS = frozenset('.,;:!?()[]"“”')


class Item:
    """What a matched phrase means. `ref` is the knowledge entry for entities."""

    __slots__ = ("cat", "needs_coop", "ref", "strength", "sub")

    def __init__(
        self,
        cat: str,
        sub: str = "",
        ref: object = None,
        strength: float = 0.0,
        needs_coop: bool = False,
    ) -> None:
        self.cat = cat
        self.sub = sub
        self.ref = ref
        self.strength = strength
        self.needs_coop = needs_coop

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Item) and (self.cat, self.sub, self.ref) == (
            other.cat,
            other.sub,
            other.ref,
        )

    def __hash__(self) -> int:
        return hash((self.cat, self.sub))


# A head noun's own facts: (states, military, domain, default_state).
_Head = tuple[tuple[str, ...], bool, str | None, bool]


class SpanInfo(NamedTuple):
    """What a matcher payload says at a glance, worked out once per payload."""

    cats: frozenset[str]  # the categories of its items
    codes: tuple[str, ...]  # the states its entities name (states, forces, assets)
    special: bool  # the span needs a closer look (an exercise name, "No.")
    state_codes: tuple[str, ...]  # the states it names as a state
    head: _Head  # what it says as a head noun (see `_head_facts`)


_COAST_GUARD_KIND: Final = "coast guard"


def _head_facts(items: tuple[Item, ...], cats: frozenset[str]) -> _Head:
    """What a head noun says by itself: a force or an asset names its state, whether it is
    military and its domain; a non-military noun or an official is not military; a
    military noun is, with its domain. Unsaid facts keep Mention's defaults."""
    for item in items:
        if item.cat == FORCE:
            force = item.ref
            military = getattr(force, "kind", "military") == "military"
            return (item.sub,), military, getattr(force, "domain", None), False
        if item.cat == ASSET:
            # "BRP Teresa Magbanua": a coast guard cutter is a law-enforcement ship
            kind = str(getattr(item.ref, "kind", ""))
            military = not kind.startswith(_COAST_GUARD_KIND)
            return (item.sub,), military, getattr(item.ref, "domain", None), True
    if (NONMIL in cats or OFFICIAL in cats) and MIL not in cats:
        return (), False, None, False
    for item in items:
        if item.cat == MIL:
            return (), True, item.sub or None, False
    return (), False, None, False


def _drop_bracketed_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """ "the 11-day Freedom Shield (FS) exercise", "the Joint Chiefs of Staff (JCS)": capitals
    in brackets just after a name abbreviate that name. When they are also a force's short
    form (the French Navy's ship prefix "FS", as in "FS Surcouf"), they do not name that
    force there; a force introduced as "the French Navy (FS)" has its own span already."""
    out: list[Span] = []
    for span in spans:
        start, end = span[0], span[1]
        if (
            start > 0
            and end - start <= 5
            and text[start - 1] == "("
            and text[end : end + 1] == ")"
            and text[start:end].isupper()
            and all(item.cat == FORCE for item in span[2])
        ):
            continue
        out.append(span)
    return out


class Mention:
    """One matched span with everything the rules learn about it. Slots, all set at once:
    the rules read these attributes far more often than mentions are made."""

    __slots__ = (
        "attached",
        "cats",
        "default_state",
        "domain",
        "end",
        "equipment",
        "host",
        "info",
        "items",
        "military",
        "official",
        "role",
        "start",
        "states",
    )

    def __init__(self, span: tuple[int, int, tuple[Item, ...]], info: SpanInfo) -> None:
        self.start, self.end, self.items = span
        self.info = info
        self.cats = info.cats
        self.states: tuple[str, ...] = ()  # states this actor stands for
        self.attached = False  # a state modifying a military or non-military noun
        self.military = False  # stands for military forces
        self.domain: str | None = None
        self.role = ""  # "", "place", "speaker", "opposition", "object", "observer", ...
        self.official = False  # a state attached to an official ("Japan's defence ministry")
        self.default_state = False  # an asset's usual operator, not a state named in the text
        self.equipment = False  # a state naming a weapon, not its crews ("Turkish drones")
        self.host = False  # a place where an activity happens ("in Morocco"), not "near" it

    def first(self, cat: str) -> Item | None:
        for item in self.items:
            if item.cat == cat:
                return item
        return None


_EMPTY: Final[set[str]] = set()  # never mutated: a sentence gets its own set before adding to it
_NO_CODES: Final[frozenset[str]] = frozenset()


def _similar_to(text: str, m: Mention) -> bool:
    """ "terrain similar to southern Lebanon": "similar to" compares; only "a similar drill"
    points back to an earlier activity."""
    return text.startswith(" to ", m.end) and text[m.start : m.end].lower() == "similar"


class Sentence:
    """Facts about one sentence (a chunk of at most MAX_SENTENCE_CHARS characters). Slots, all
    set when it is made: the decision reads them for every sentence of the article."""

    __slots__ = (
        "activities",
        "analysed",
        "attached",
        "background",
        "cats",
        "codes",
        "coop",
        "coop_link",
        "coop_word",
        "cut",
        "end",
        "escorted",
        "first_kind",
        "index",
        "infos",
        "intercept",
        "joint",
        "lead",
        "mentions",
        "mentions_joint",
        "military",
        "multinational",
        "opposed",
        "paragraph",
        "participants",
        "pending",
        "prior_states",
        "raw",
        "rivals",
        "separate",
        "single_state",
        "start",
        "strong",
        "tense",
        "tense_cue",
        "title",
        "weak_future",
        "why",
    )

    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        paragraph: int,
        title: bool,
        lead: bool,
        raw: Sequence[tuple[int, int, tuple[Item, ...]]],
        infos: Sequence[SpanInfo],
        cats: set[str],
        codes: AbstractSet[str],
    ) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.title = title
        self.lead = lead  # in the title or the article's first sentences or paragraphs
        self.cut = end  # where a side clause starts ("..., as North Korea fired missiles")
        self.mentions: list[Mention] = []  # made from `raw` on first use
        self.raw = raw  # the matcher's spans
        self.infos = infos  # what each of those says
        # Categories of every span: a superset of its mentions' categories but for ACT and COOP
        # (a common-noun exercise name), so a category missing here is missing from them all.
        self.cats = cats
        self.codes = codes  # states named by any mention (of a sentence worth a look)
        # What the rules find; these defaults stand for a sentence they did not analyse.
        self.activities: list[tuple[Mention, Item]] = _NO_ACTIVITIES  # never mutated
        self.coop = False  # cooperation that counts (after the single-state rule)
        self.coop_word = False  # "joint", "together", a multinational exercise
        self.escorted = False  # one state's forces escorted by another's, not hostile
        self.coop_link = False  # "with China's air force" after an activity
        self.mentions_joint = False  # a joint activity is named, whoever does it
        self.multinational = False  # names a multinational exercise (Malabar, RIMPAC)
        self.single_state = False
        self.military = False
        self.background = False
        self.first_kind = False
        self.opposed: set[str] = _EMPTY  # never mutated: the rules assign a new set
        self.intercept = False
        self.participants: dict[str, Mention] = _NO_PARTICIPANTS  # never mutated
        self.strong: set[str] = _EMPTY
        self.joint = False
        self.tense: str | None = None
        self.tense_cue: Mention | None = None
        self.weak_future = False  # planned only by a bare "will"
        self.why = ""
        self.rivals: frozenset[str] = _NO_RIVALS  # a pair whose forces face each other
        # states whose forces act each alone or one after the other ("each flew its own
        # nationals out", "... followed nine days later with strikes")
        self.separate: frozenset[str] = _NO_RIVALS
        # states named only in a clause that tells an earlier event ("a day after Chinese
        # and Russian bombers flew near Japan"), dropped from this sentence's participants
        self.prior_states: frozenset[str] = _NO_RIVALS
        self.pending = False  # worth the per-sentence rules, which have not run yet
        self.analysed = False  # the per-sentence rules ran
        self.attached = False  # actors have their states (see Classifier._attach)


_NO_ACTIVITIES: Final[list[tuple[Mention, Item]]] = []
_NO_RIVALS: Final[frozenset[str]] = frozenset()
_NO_PARTICIPANTS: Final[dict[str, Mention]] = {}


# --------------------------------------------------------------------------------------
# Sentence splitting

_ABBREVIATION_WORDS = (  # noqa: SIM905
    "Mr Ms Dr St Lt No Co Jr Sr vs Mt Ft Fr Gd Va Ga La Md Mo Pa Vt "
    "Mrs Gen Col Maj Adm Sgt Rep Sen Gov Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec Inc Ltd "
    "Cpt Cdr Est etc Ala Ark Del Fla Ill Ind Kan Neb Nev Ore Tex Wis Wyo "
    "Capt Sept Corp Cmdr Gens Univ Dept Okla Tenn Colo Conn Mich Minn Miss Mont Ariz Wash Mass "
    "Calif"
).split()


def _not_after_abbreviation(words: Sequence[str]) -> str:
    """Lookbehinds that fail after "<word>." for any of `words` (and a single capital, "U.").
    A lookbehind has one width, so one per word length; inside it the words are grouped by
    their first letter, so that the engine compares each letter once, not once per word."""
    parts = [r"(?<!\b[A-Z]\.)"]
    for length in sorted({len(w) for w in words}):
        by_first: dict[str, list[str]] = {}
        for word in words:
            if len(word) == length:
                by_first.setdefault(word[0], []).append(re.escape(word[1:]))
        branches = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())
        parts.append(rf"(?<!\b(?:{branches})\.)")
    return "".join(parts)


_CLOSING = r"[\"”’')\]]*"  # closing quotes and brackets after the full stop
_SPACES = r"[ \t\u00a0]"
_OPENING_CAPITAL = r"[\"“‘'(\[]?[A-Z0-9]"
# A break is a newline with the blank lines and spaces after it (one break, however many blank
# lines), or [.!?] (not after an abbreviation) + closing quotes + spaces before a capital: the
# pattern below. The cheap look at what follows a full stop comes before the abbreviation
# lookbehinds ("U.S. forces", "2.5" fail at once).
_SENTENCE_END: Final = re.compile(
    rf"[.!?](?={_CLOSING}{_SPACES}+{_OPENING_CAPITAL})"
    + _not_after_abbreviation(_ABBREVIATION_WORDS)
    + rf"{_CLOSING}{_SPACES}++"
)
_BREAK_CHARACTERS: Final = "\n.!?"
# what may follow [.!?] in a match of _SENTENCE_END: a character of _CLOSING or _SPACES
_AFTER_STOP: Final = "\"”’')] \t\u00a0"
# "it forms part of", "the drill is part of": the verbs that make an exercise the series the
# report's drill belongs to (see Classifier._umbrella_drill)
_UMBRELLA_VERBS: Final = frozenset({"forms", "form", "formed", "is", "are", "was", "were"})

# Where a title goes on to another event: "Japan, US jets fly together after China-Russia
# bomber flight", "South Korea, US stage air drill; Pyongyang warns"
# r"\s(?:as|after|...)\s|\s*;|\s[-\u2013\u2014]\s", written to start with one character set:
# re then skips to the next space or semicolon instead of trying the three alternatives at
# every offset (same matches, ~2.4 times as fast; tests/core/test_regex_rewrites.py)
_TITLE_OTHER_CLAUSE: Final = re.compile(
    r"[\s;](?:(?<=;)|(?<=\s)(?:"
    r"(?:as|after|amid|while|despite|before|following|in\s+response\s+to|to\s+counter|"
    r"to\s+deter|in\s+show\s+of\s+force\s+against)\s|\s*;|[-\u2013\u2014]\s))",
    re.IGNORECASE,
)


def _scheduled_present(text: str, s: Sentence, cue: Mention, anchor: Mention) -> bool:
    """A present-tense cue that tells a drill still to come: it stands in a clause opened by
    "before" ("came days before the two armies open their drills"), or, after the lead, it is
    a verb of beginning before the drill with a weekday after it ("open their drills on
    Tuesday")."""
    if cue.end > anchor.start:
        return False
    start = max(s.start, cue.start - 60)
    if text.find("before ", start, cue.start) != -1 and _BEFORE_CLAUSE.search(
        text, start, cue.start
    ):
        return True
    return (
        not s.lead
        and text[cue.start : cue.end].lower() in _PRESENT_OPENERS
        and text.find("day", anchor.end, s.end) != -1
        and _ON_WEEKDAY_AFTER.match(text, anchor.end, s.end) is not None
    )


def _sentence_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each break, left to right: a newline and the whitespace after it, or a
    match of `_SENTENCE_END`. `str.find` jumps to the next newline, full stop, ! and ? in C
    (memchr), where a regex search for them would test every character against a class; the
    pattern is matched at those full stops, ! and ? only (its lookbehinds see the text before)."""
    out: list[tuple[int, int]] = []
    following = [text.find(ch) for ch in _BREAK_CHARACTERS]  # the next of each, -1: none left
    length = len(text)
    pos = 0
    while True:
        at = -1
        for i, ch in enumerate(_BREAK_CHARACTERS):
            found = following[i]
            if 0 <= found < pos:
                found = following[i] = text.find(ch, pos)
            if found >= 0 and (at < 0 or found < at):
                at = found
        if at < 0:
            return out
        if text[at] == "\n":
            pos = at + 1
            while pos < length and text[pos].isspace():
                pos += 1
            out.append((at, pos))
            continue
        # the pattern's lookahead starts with a closing quote or bracket or a space: "U.S.",
        # "2.5" and "Gen.Smith" fail without the regex call
        m = (
            _SENTENCE_END.match(text, at)
            if at + 1 < length and text[at + 1] in _AFTER_STOP
            else None
        )
        if m is None:
            pos = at + 1
        else:
            pos = m.end()
            out.append((at, pos))


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence, whitespace trimmed, long ones chunked.
    A paragraph is a non-empty line."""
    out: list[tuple[int, int, int]] = []
    append = out.append
    paragraph = 0
    has_content = False
    pos = 0
    for at, after in _sentence_breaks(text):
        newline = text[at] == "\n"
        end = at if newline else at + 1
        segment = text[pos:end]
        stripped = segment.strip()
        if stripped:
            has_content = True
            if len(stripped) <= MAX_SENTENCE_CHARS:
                start = pos + len(segment) - len(segment.lstrip())
                append((start, start + len(stripped), paragraph))
            else:
                _add_sentence(text, pos, end, paragraph, out)
        if newline and has_content:
            paragraph += 1
            has_content = False
        pos = after
    _add_sentence(text, pos, len(text), paragraph, out)
    return out


def _add_sentence(
    text: str, start: int, end: int, paragraph: int, out: list[tuple[int, int, int]]
) -> bool:
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return False
    start += len(segment) - len(segment.lstrip())
    end = start + len(stripped)
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut == -1:
            cut = start + MAX_SENTENCE_CHARS
        out.append((start, cut, paragraph))
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        out.append((start, end, paragraph))
    return True


# --------------------------------------------------------------------------------------
# Fixed patterns (formats, not vocabulary)

# "Polish and Dutch", "14,000 Americans and about 1,000 British troops"
# A ship's hull or pennant number in brackets after its name: "HMS Queen Elizabeth (R08)",
# "JS Ise (DDH 182)", "USS Ronald Reagan (CVN-76)"
_HULL_NUMBER = r"(?:\s*\((?:[A-Z]{1,4}[\s-]?)?\d{1,4}\))?"
# "Nigeria and Ghana from the region, and France and Brazil from outside it": a list whose
# items say where they come from relative to the region goes on after that phrase
_FROM_REGION: Final = (
    r"(?:\s+from\s+(?:(?:within\s+|inside\s+)?the\s+region|outside\s+(?:it|the\s+region))"
    r"(?=\s*,))?"
)
_COORDINATOR_GAP = re.compile(
    _HULL_NUMBER
    + _FROM_REGION
    + r"\s*(?:,\s*(?:and\s+|&\s+|as\s+well\s+as\s+)?|and\s+|&\s+|or\s+|/\s*|[-–—]\s*|"
    r"as\s+well\s+as\s+)"
    # "..., the Nordic countries Denmark, Finland and Norway": a group noun before its members
    r"(?:the\s+(?:[A-Z][a-z]+\s+)?(?:countries|states|nations)\s+|the\s+|both\s+|"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?"
    r"(?:two|three|four|five|six|\d[\d,.]*)\s+)?"
)
_NO_OBJECT_AFTER: Final = re.compile(r"\s+no\s", re.IGNORECASE)
# words between a subject and its verb: "Egypt on Saturday kicked off", "Poland has held"
_BEFORE_SUBJECT_VERB: Final = frozenset(
    {
        "on",
        "this",
        "last",
        "today",
        "yesterday",
        "has",
        "have",
        "had",
        "also",
        "again",
        "formally",
        "officially",
        "is",
        "was",
        "will",
        "earlier",
        "late",
        "early",
    }
)
# past verbs of taking part, which reports also use of a drill still under way
_TOOK_PART: Final = frozenset({"took part", "took part in", "also took part", "participated"})
# the words of a deal right before a link word: "agreed with", "negotiated with"
_AGREED_BEFORE_LINK: Final = ("agreed ", "negotiated ", "discussed ", "signed ")
# "Tarkash later sailed to Muscat for a port call with the Royal Navy of Oman": the navy after
# a visit's noun is the visit's host, not a partner in the drill (like a deal's party above)
_VISIT_BEFORE_LINK: Final = (
    "port call ",
    "port calls ",
    "port visit ",
    "port visits ",
    "goodwill visit ",
    "courtesy call ",
    "stopover ",
)
# "Benin contributes staff officers to the headquarters but has no troops on the islands":
# a contribution that the same clause says brings no forces to the activity
_BUT_NO_FORCES_AFTER: Final = re.compile(
    r"[^.;]{0,80}?\bbut\s+(?:has|have|had|sent|sends|keeps|kept|deployed)\s+no\s+"
    r"(?:troops|forces|soldiers|ships|warships|aircraft|jets|units|personnel)\b",
    re.IGNORECASE,
)
_FRONTED_PLACE_PREPOSITIONS: Final = frozenset({"in", "at", "on", "from"})
# a finite verb right after a subject: "... France and Spain are training", "... also took part"
_FINITE_VERB_AFTER: Final = re.compile(
    r"\s+(?:also\s+|each\s+|both\s+|all\s+)?(?:are|is|were|was|have|has|had|will|took|take|"
    r"sent|send|joined|join|began|begin|held|hold|conducted|conduct|trained|train|deployed|"
    r"contributed|contribute|flew|fly|sailed|sail)\b",
    re.IGNORECASE,
)
_COMPANY_WORDS: Final = frozenset({"company", "companies"})
# the gap between two items of a list of forces: a comma or "and", an article and up to
# three capitalised state names ("crews, a French company", "company, Latvian and Finnish")
_LIST_GAP: Final = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:an?|two|three|one)\s+)?"
    r"(?:[A-Z][A-Za-z.-]*\s+(?:and\s+)?){1,3}"
)
_ARMY_UNIT_WORDS: Final = frozenset(
    {
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "regiment",
        "regiments",
        "division",
        "divisions",
        "platoon",
        "platoons",
        "infantry",
        "armored",
        "armoured",
        "mechanised",
        "mechanized",
        "paratroopers",
        "battlegroup",
        "battle group",
    }
)
# what a sending verb answers: the other side's approach ("sent ships after ... neared")
# a word of each verb _SENT_IN_RESPONSE_AFTER ends with (see _guarded_search)
_NEARED_WORDS: Final = ("near", "approach", "came", "sailed", "flew", "entered", "strayed")
_SENT_IN_RESPONSE_AFTER: Final = re.compile(
    r"[^.;]{0,90}?\b(?:after|when|as|in\s+response\s+to)\s[^.;]{0,110}?\b(?:neared|"
    r"approached|came\s+close|came\s+near|sailed\s+close|sailed\s+near|flew\s+close|"
    r"flew\s+near|nearing|approaching|entered|strayed)\b",
    re.IGNORECASE,
)
_SENTENCE_PUNCT: Final = re.compile(r"[;:()]")
# a predicate of concern or threat after an activity, in its clause: "..., including joint
# bomber flights and naval patrols, is a 'grave concern'", "... that pose a direct challenge"
# (see Classifier._concern_topic)
_CONCERN_PREDICATE: Final = re.compile(
    r"[^.;:!?]{0,120}?\b(?:is|are|remains?|pose|poses|constitutes?|represents?|as)\s+"
    r"(?:an?\s+)?(?:['‘\"]?(?:grave|serious|major|growing|key|significant|security|strategic|"
    r"great|greatest|direct|potential|real|particular|increasing|mounting|rising)\s+)*['‘\"]?"
    r"(?:concerns?|threats?|worry|worries|challenges?|risks?)\b",
    re.IGNORECASE,
)
_CONCERN_WORDS: Final = ("concern", "threat", "worr", "challenge", "risk")
# the object of a verb of watching that points back at the forces of the drill or at the
# drill itself: "frigates from Spain and Greece were shadowing them", "tracked the drill"
_WATCHED_BACK: Final = re.compile(
    r"\s+(?:(?:closely|keenly|on|over)\s+)?(?:them|the\s+(?:drills?|exercises?|manoeuvres|maneuvers|"
    r"flotilla|formation|(?:\w+\s+)?(?:ships|warships|vessels|bombers|aircraft)))\b",
    re.IGNORECASE,
)
_COINCIDENCE_CUES: Final = frozenset(
    {
        "coincided with",
        "coincides with",
        "coinciding with",
        "to coincide with",
        "overlapping with",
        "overlaps with",
        "overlapped with",
    }
)
_TALKED_ABOUT: Final = re.compile(
    r"\b(?:briefing|briefings|brief|briefed|press\s+conference|news\s+conference|talks|"
    r"statement|seminar|symposium|workshop|planning\s+conference|planning\s+meeting)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:on|about)\s+(?:the\s+)?(?:(?!of\b)[\w-]+\s+){0,4}$"
    # "previewed the Balikatan 2027 exercise", "outlined the drills to reporters"
    r"|\b(?:preview|previewed|previews|outline|outlined|outlines|detailed|details|discuss|"
    r"discussed|discusses|explain|explained|explains|described|describes)\s+(?:the\s+|this\s+year's\s+|next\s+)?"
    r"(?:(?!of\b)[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Ministers welcomed the holding in September of the ASEAN Solidarity Exercise", "the leaders
# praised the success of the drills": a meeting that welcomes, praises or notes the holding of
# an activity reports the meeting; the activity, and all the sentence then says of it, is what
# the meeting speaks of (see Classifier._decide_sentence)
_WELCOMED_HOLDING: Final = re.compile(
    r"\b(?:welcomed|welcomes|praised|praises|hailed|hails|commended|commends|noted|notes)\s+"
    r"the\s+(?:holding|conduct|staging|success|successful\s+conduct|completion|results?)\s+"
    r"(?:[\w-]+\s+){0,3}?of\s+(?:the\s+|their\s+|its\s+)?(?:(?!of\b)[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_WELCOMED_WORDS: Final = ("welcome", "praise", "hail", "commend", "note")
# A word of each of _TALKED_ABOUT's alternatives (see _guarded_search)
_TALK_WORDS: Final = (
    "brief",
    "conference",
    "talks",
    "statement",
    "seminar",
    "symposium",
    "workshop",
    "planning",
    "preview",
    "outline",
    "detail",
    "discuss",
    "explain",
    "describ",
)


def _guarded_search(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str, start: int, end: int, fold: bool
) -> re.Match[str] | None:
    """`pattern` searched in text[start:end], only when one of `words` is in that window
    (lower-cased first when `fold`, for a case-insensitive pattern). The patterns this guards
    have no literal prefix and are tried at every position of the window; one needs a word of
    `words`, and a window without any is ruled out at a fraction of the search's cost."""
    if _may_hold(words, text, start, end, fold):
        return pattern.search(text, start, end)
    return None


# The plural nouns of a state's forces, ships and aircraft, one vocabulary for the patterns that
# find forces named by their owner: "destroyers and frigates of the", "troops from", "escorts
# from" (the ships that screen a carrier group), "staff officers from A, B and C"
_FORCE_NOUNS: Final = (
    r"(?:warships|ships|vessels|boats|escorts|destroyers|frigates|corvettes|submarines|"
    r"minehunters|minesweepers|aircraft|planes|jets|fighters|bombers|helicopters|troops|"
    r"soldiers|marines|sailors|airmen|units|crews|teams|contingents|forces|navies|armies|"
    r"air\s+forces|staff\s+officers)"
)
# forces named after a preposition of place or approach, right before a participation
# participle that tells which forces they are ("flew close to ships taking part", "sailed
# near the warships participating")
_PREP_FORCES_BEFORE: Final = re.compile(
    r"\b(?:close\s+to|near|towards?|around|past)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    rf"{_FORCE_NOUNS}\s+\Z",
    re.IGNORECASE,
)


# a natural disaster the sentence is set in (see _names_disaster)
_DISASTER_WORDS: Final = (
    "earthquake",
    "quake",
    "tsunami",
    "cyclone",
    "typhoon",
    "hurricane",
    "flood",
    "landslide",
    "rubble",
)


# an activity word of searching or rescuing ("search and rescue", "searching")
_RESCUE_WORK: Final = re.compile(r"search|rescu", re.IGNORECASE)


def _names_disaster(text: str, start: int, end: int) -> bool:
    """ "in cities flattened by Monday's earthquakes", "searching the rubble", "after the
    floods": the sentence is set in a natural disaster (word stems, lower-cased)."""
    window = text[start:end].lower()
    return any(word in window for word in _DISASTER_WORDS)


def _may_hold(words: tuple[str, ...], text: str, start: int, end: int, fold: bool) -> bool:
    """False only when no word of `words` is in text[start:end] (lower-cased first when
    `fold`): the test `_guarded_search` makes, and the one for a `match` or `finditer` whose
    pattern needs one of the words. Case-insensitive matching folds more than lower() does
    ("ſ" is an "s", the Kelvin sign a "k"): outside ASCII, only the pattern itself can tell,
    so a folded window outside ASCII always may."""
    window = text[start:end].lower() if fold else text[start:end]
    if fold and not window.isascii():
        return True
    return any(word in window for word in words)


_AND_WORD: Final = re.compile(r"\band\b", re.IGNORECASE)
_GROUP_GAP = re.compile(r"\band\b|,|&|\bwith\b|\balongside\b|\bplus\b|/|[-–]")
_PASSIVE_BEFORE = re.compile(
    r"(?=[abgiw])\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
# the agent of a passive verb of opposing, after an adverb of manner or order: "intercepted in
# turn by Norwegian, British and Danish jets", "shadowed closely by", "met later by"
_OPP_BY_AFTER = re.compile(
    r"\s+(?:(?:in\s+turn|\w+ly|again|later|then|first|also)\s+)?by\b", re.IGNORECASE
)
# "their ability to track", "capabilities to detect and track": a skill named before the verb
# "working with Israeli units to practise intercepting rockets", "trained in tracking
# submarines": a verb of training right before the intercepting or tracking word makes it a
# task the drill rehearses, not a side that opposes it
# verbs of speaking that set the speaker against those it speaks of
_ACCUSING_WORDS: Final = frozenset(
    "accused condemned criticized criticised denounced slammed".split()  # noqa: SIM905
)
_SIMULATED_WORDS: Final = ("simulated ", "mock ", "practice ", "dummy ")
_TRAINING_VERB_BEFORE: Final = re.compile(
    r"\b(?:practi[sc](?:e|es|ed|ing)|rehears(?:e|es|ed|ing)|train(?:s|ed|ing)?\s+(?:in|on|at))\s+$",
    re.IGNORECASE,
)
_SKILL_TO_BEFORE: Final = re.compile(
    r"\b(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?|proficiency)\s+to\s+(?:[a-z]+\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
# "the Blue Flag beach", "Red Flag Street": a place noun right after an exercise name makes the
# name a place's; "beach landing", "beach assault" describe the drill instead
_PLACE_NOUN_AFTER_NAME: Final = re.compile(
    r" (?:beach|beaches|airport|stadium|hotel|street|avenue|road)\b(?! (?:landing|landings|assault|assaults|phase|drill|drills|exercise|exercises|training|operation|operations|raid|raids|defen[cs]e|party|parties)\b)",
    re.IGNORECASE,
)
# "Taiwan had sent aircraft and ships to monitor the activity": the state that sends the
# forces a purpose infinitive of watching governs is the watching side
_SENDER_GAP: Final = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:sent|deployed|dispatched|scrambled|mobili[sz]ed)\s+(?:its\s+|their\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}",
    re.IGNORECASE,
)
# "ships from Britain and France, and officers from several other allies are observing": a
# clause after ", and" with a subject of its own (a noun, no pronoun or auxiliary) whose verb
# is the watching cue; the states before it are not that subject
_OWN_SUBJECT_CLAUSE: Final = re.compile(
    r",\s+and\s+(?!(?:its|their|the|his|her|these|those|they|it|are|were|is|was|has|have|had|"
    r"also|then|later|will|would|now|still|both|all)\b)[a-z][\w-]*\s+(?:[\w-]+\s+){0,5}?"
    r"(?:are|were|is|was|have\s+been|has\s+been)\s+$"
)
# "identified the Chinese and Russian aircraft before they entered the zone and scrambled
# fighters": a noun group followed at once by a clause whose subject is a pronoun ("before
# they entered ...") is the object of an earlier verb; the cue joined by "and" after that
# clause shares the earlier verb's subject, not the group
_OBJECT_THEN_CLAUSE: Final = re.compile(
    r"\s+(?:before|after|as|when|once|until|while)\s+(?:they|it)\s+[^,;:.!?\"]*?\s+and\s+",
    re.IGNORECASE,
)
# "escorted by", with a few lower-case words of manner or extent before the "by":
# "escorted at stages by", "escorted for part of the way by", "escorted in turn by"
_ESCORT_BY_AFTER: Final = re.compile(r"(?:\s+[a-z][a-z-]*){0,5}?\s+by\b")
# An escort verb's object: "escorting a U.S. Navy supply ship", "escorted two Japanese ships".
_ESCORTED_OBJECT = re.compile(r"\s+(?:an?|the|two|three|four)\s", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"\b(?:its|their|our)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\s+(?:of|from|belonging\s+to)\s+(?:the\s+|both\s+)?", re.IGNORECASE)
# "ships and boarding teams from": a plural common noun (with one modifier) joined by "and"
# to the head before "of"/"from"
_PAIRED_OF_BEFORE: Final = re.compile(
    r"\s+and\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:of|from)\s+(?:the\s+|both\s+)?"
)
_DATELINE: Final = re.compile(
    r"\s*[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+)*(?:,[^\n]{0,60}?)?\s*(?:\([^)\n]{0,60}\)\s*)?"
    r"(?:--|—|–|-)\s"
)
# "CORRECTION: An earlier version misstated ...", "(Adds minister's comment in paragraph 5)",
# "UPDATE 2-": an editor's note on the first line of wire copy. It says how the story was
# changed, not what happened, and the dateline and the lead paragraphs come after it.
_EDITOR_NOTE: Final = re.compile(
    r"\s*(?:\((?:adds|updates|recasts|corrects|changes|fixes|removes|rewrites|writes\s+through)"
    r"\b[^)\n]{0,160}\)|(?:correction|corrected|clarification|editor['’]s\s+note|"
    r"update(?:\s+\d+)?)\s*(?::|-|–|—)[^\n]*)[ \t]*\n+",
    re.IGNORECASE,
)
# "Analysis: Why Australia is still left out of Malabar", "OPINION-...": a headline that opens
# with the label of a comment or analysis frames an essay; the exercise it names is the
# essay's subject, not a report that the drill is held. The body must report it.
_ESSAY_LABELS: Final = (
    "analysis",
    "news analysis",
    "opinion",
    "commentary",
    "comment",
    "column",
    "editorial",
    "op-ed",
    "perspective",
    "viewpoint",
)
_ESSAY_MARKS: Final = (":", " -", "-", "\u2014", "\u2013", "|")
# the same note at the end of a headline: "... with record 32 nations (Adds Russian statement)"
_TITLE_EDITOR_NOTE: Final = re.compile(
    r"\s*\((?:adds|updates|recasts|corrects|changes|fixes|removes|rewrites|writes\s+through)"
    r"\b[^()]{0,160}\)\s*$",
    re.IGNORECASE,
)
# "ALSO READ: Indian, Sri Lankan navies exercise off Visakhapatnam", "Related: ...": a line
# that links to another story, which aggregators put between a report's paragraphs. Its
# headline is not this article: the whole line is left out.
# what a line that _TEASER_LINE matches can start with in ASCII: a space or tab, an ASCII
# bullet, or the first letter of one of its phrases (other characters go on to the regex)
_TEASER_FIRST: Final = " \t-*>|arsmydtARSMYDT"
_TEASER_LINE: Final = re.compile(
    r"[ \t]*(?:[-*•>»|]\s*)?(?:also\s+read|read\s+(?:also|more|next)|see\s+also|"
    r"related(?:\s+(?:stories|story|coverage|articles?|news|reading|content))?|"
    r"recommended(?:\s+(?:stories|reading))?|more\s+on\s+this(?:\s+story)?|"
    r"(?:you\s+)?may\s+also\s+like|don['’]t\s+miss|trending(?:\s+now)?|"
    r"most\s+(?:read|popular))\s*(?::|\||>|»|[-–—]\s)",
    re.IGNORECASE,
)


# the first two letters, lower-cased, of each of _TEASER_LINE's phrases: a line that starts
# with a letter starts with its phrase
_TEASER_START: Final = frozenset({"al", "re", "se", "mo", "yo", "ma", "do", "tr"})


def _teaser_at(text: str, pos: int) -> bool:
    """A teaser line (see _TEASER_LINE) starts at `pos`; the regex runs only when the first
    character can start a match (a space, tab, bullet, non-ASCII character or the first letter
    of one of its phrases) and, after an ASCII letter, the first two letters can begin a
    phrase ("The ..." cannot)."""
    first = text[pos : pos + 1]
    if first.isascii() and first not in _TEASER_FIRST:
        return False
    if first.isalpha():
        two = text[pos : pos + 2]
        if two.isascii() and two.lower() not in _TEASER_START:
            return False
    return _TEASER_LINE.match(text, pos) is not None


# "the strikes": a definite noun that refers back
_THE_BEFORE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)
_LATER_TIMES: Final = frozenset({"next week", "next month", "next year", "later this year"})
# "Japan and the United States are holding their Keen Sword exercise elsewhere in the region
# at the end of the month": a present progressive with a later time in its clause tells an
# arrangement still to come, not drills under way (see Classifier._tense)
_LATER_IN_CLAUSE: Final = (
    "next week",
    "next month",
    "next year",
    "later this year",
    "later this month",
    "later in the month",
    "at the end of the month",
    "at the end of this month",
)
_TOGETHER_AFTER_VERB: Final = re.compile(
    r"\b(?:train|trains|trained|training|drill|drills|drilled|drilling|exercise|exercised|"
    r"exercising)\s+together\b",
    re.IGNORECASE,
)
# "BELARUS: ..." or "TAIWAN STRAIT - ...": a round-up item's heading in capitals
_ROUNDUP_ITEM: Final = re.compile(r"[A-Z][A-Z .'-]{2,30}(?::|\s[-–—])\s")
_SAT_OUT: Final = re.compile(
    r"\b(?:(?:did|does|will|would)\s+not|didn['’]t|won['’]t)\s+(?:take|be\s+taking)\s+part\b"
    r"|\b(?:pulled|pulls|pulling)\s+out\b|\bwithdr[ae]w(?:n|s)?\b|\bsat\s+out\b",
    re.IGNORECASE,
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# the year that ends a drill's name or follows it ("Iniochos 2023", "Joint Sea-2021"): the
# drill's edition
_EDITION_YEAR_END: Final = re.compile(r"[\s-]((?:19|20)\d\d)$")
_EDITION_YEAR_AFTER: Final = re.compile(r"[ -]((?:19|20)\d\d)\b")
# "carried out by Nigerian forces alone", "the Chilean navy alone": a force noun that "alone"
# restricts to itself; "the operation was carried out by its own air force": one state's own
# forces, told against the partners the sentence names
_FORCES_ALONE: Final = re.compile(
    r"\b(?:(?:forces|troops|soldiers|units|navy|army|air\s+force|military|ships|warships|"
    r"aircraft|jets)\s+alone|by\s+(?:its|their)\s+own\s+(?:forces|troops|soldiers|units|"
    r"navy|army|air\s+force|military|ships|warships|aircraft|jets)"
    # "The European Union launched its own naval mission, Aspides, ..., with France, Germany
    # and Italy contributing frigates": a mission set up as the subject's own is another
    # activity than the report's, whoever contributes to it
    r"|(?:launched|launches|set\s+up|sets\s+up|began|begun|started|runs|ran)\s+(?:its|their)"
    r"\s+own\s+(?:[a-z]+\s+){0,2}?(?:mission|operation))\b",
    re.IGNORECASE,
)
# The lookahead holds the first letters of all the alternatives (each starts with "\b" and a
# word; under IGNORECASE the class folds case as the words do): a position that no word of
# the pattern starts at fails on one character test, not on each alternative in turn. It
# changes no match; the same is done for the other patterns that open with such a lookahead
# (listed in tests/core/test_guard_words.py, which checks it lets every match through): regex
# searches try them at every position of a window.
# the year of a drill's name, at the end of the name or right after it: "Cold Response 2022"
_EDITION_YEAR: Final = re.compile(r"\s((?:19|20)\d\d)\b")
_YEAR_MENTION = re.compile(
    r"(?=[DITdeimpt])\b(?:"
    # "in 2022", and at the start of a sentence "In June 2024"; "during the 2022 World Cup"
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"((?:19|20)\d\d)\b"
    # "joined the 2018 edition": an earlier edition of the drill; "The 2022 exercise drew 17
    # nations", "That 2007 edition drew a protest" open a sentence with one
    r"|\b(?:[Tt]he|[Tt]hat)\s+((?:19|20)\d\d)\s+(?:edition|iteration|drills?|exercises?|"
    r"battle|campaign|"
    r"offensive)\b"
    # "the Peace Mission exercise of 2005"
    r"|\b(?:edition|iteration|drills?|exercises?|patrols?|manoeuvres|maneuvers)\s+of\s+"
    r"((?:19|20)\d\d)\b)"
)
# "staged their first joint drill ... last month": a dated earlier event, even a first one
# ("the first since last year" is this event, and so is "the first under laws that took
# effect last year": the time word dates the law, not the activity).
# "an exercise that last took place in 2020 with a Canadian warship participating for the
# first time": the edition before this one, however new the first it tells
# a word of each of _DATED_EARLIER's alternatives (see _guarded_search)
_EARLIER_WORDS: Final = ("last", "ago", "earlier")
# "has intercepted", "have scrambled", "has repeatedly shadowed": the present perfect
_HAS_PERFECT: Final = re.compile(r"\s(?:has|have)\s+(?:\w+ly\s+)?\w+ed\b")
_DATED_EARLIER = re.compile(
    # the word boundary first: most positions fail it before the six lookbehinds run
    r"\b(?<!since\s)(?<!effect\s)(?<!force\s)(?<!passed\s)(?<!enacted\s)(?<!adopted\s)"
    r"(?:last\s+(?:month|year|took\s+place|staged)|(?:years|months|a\s+year)\s+ago|"
    r"earlier\s+(?:this|in\s+the)\s+(?:month|year)|"
    # "Last summer, Russian and Chinese bombers flew together near Alaska": a season before
    # the report's, like a named month
    r"last\s+(?:summer|winter|spring|autumn)|"
    # "held their first joint exercise ... last November": a named month before the report's
    # (capitalised: not "the last march of the parade")
    r"last\s+(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\b",
    re.IGNORECASE,
)
# "under the deal reached by the two presidents in Sochi last month": a time word after an
# agreement and its participle dates the agreement, not the activity done under it
_AGREEMENT_DATED_BEFORE = re.compile(
    r"\b(?:deal|agreement|accord|memorandum|pact|treaty|ceasefire|truce)\s+"
    r"(?:(?:that|which)\s+(?:was|were)\s+)?(?:reached|signed|agreed|struck|brokered)\b"
    r"[^.,;:]{0,60}$",
    re.IGNORECASE,
)
# "Typhoons deployed to Lithuania", "deployed its survey vessel into disputed waters": a force
# posted somewhere or a state's own ship sent out, not aircraft brought to a drill ("The RAAF
# deployed F/A-18A Hornets and a tanker")
_DEPLOYED_AWAY_AFTER: Final = re.compile(
    r"\s+(?:to|into|in|on|at|from|along|near|across|around|over|its|their|his|her|there|here)\b",
    re.IGNORECASE,
)
# words that introduce an exercise's name ("the annual exercise known as Iron Fist")
_NAME_INTRODUCERS: Final = ("known as ", "called ", "dubbed ", "code-named ", "codenamed ")
# "in the Malabar series", "the RIMPAC exercise series": a named drill as a recurring series
_SERIES_AFTER: Final = re.compile(
    r"\s+(?:(?:exercise|exercises|drill|drills|war\s+games)\s+)?series\b", re.IGNORECASE
)
# "scheduled to run until Aug. 28", "due to last through Friday": after a plan word, the
# length of an activity, which may already be under way
_RUNS_UNTIL_AFTER: Final = re.compile(
    r"\s+(?:run|last|continue|go\s+on)\s+(?:until|till|through)\b", re.IGNORECASE
)
# "would work toward planning and conducting operations together", "aimed at holding joint
# drills": a gerund after a word of aim names the goal, not an activity under way (matched on
# the 40 characters before an ongoing cue ending in "ing")
_AIMED_GERUND_BEFORE: Final = re.compile(
    r"\b(?:towards?|aimed\s+at|aiming\s+at|aims?\s+at|with\s+a\s+view\s+to|committed\s+to)\s+"
    r"(?:[a-z]+ing\s+(?:and|or)\s+)?\Z",
    re.IGNORECASE,
)
# a ceremony that times a drill named before it: "run each year around the commemorations",
# "held ahead of the Navy Day celebrations"
_TIMED_AROUND_BEFORE: Final = re.compile(
    r"\b(?:around|ahead\s+of|timed\s+to\s+coincide\s+with)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "concluded on Tuesday with an international fleet review", "began on Monday with a ceremonial
# parade": a ceremony that closes or opens the drills
_ENDED_WITH_BEFORE: Final = re.compile(
    r"\b(?:concluded|concludes|ended|ends|closed|closes|wrapped\s+up|wraps\s+up|culminated|"
    r"culminates|finished|began|begins|opened|opens|started|starts|commenced|commences|"
    r"kicked\s+off|kicks\s+off)\b[^.;:]{0,60}?\b(?:with|in)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:ceremonial|formal|colourful|colorful|short|brief|grand)\s+)?$",
    re.IGNORECASE,
)
# "about 3,600 troops, up from roughly 2,000 last year": a time word after "up from",
# "down from" or "compared with" dates the figure compared, not the activity, and so does one
# right after "than" ("more troops than in recent years")
_COMPARED_BEFORE: Final = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+[^.;:()]{0,30}$"
    r"|\bthan\s+(?:in\s+|during\s+)?$"
    # "... is operating with the American ships, as it did in 2013": the earlier time is
    # that of the comparison; the main clause tells what happens now
    r"|,\s+as\s+(?:it|they|he|she|we|both|each)\s+(?:did|had|had\s+done)\s+(?:in\s+|during\s+)?$",
    re.IGNORECASE,
)
# "the fifth in the series that began in 2007": a year in a clause about the series dates
# the series, not this edition
_SERIES_BEGAN_BEFORE: Final = re.compile(
    r"\bseries,?\s+(?:that|which)\s+(?:was\s+)?(?:first\s+)?(?:began|begun|started|"
    r"launched|held|inaugurated)\s+$",
    re.IGNORECASE,
)
# "the latest in a series that has in past years included ships from Qatar": a habit told in
# a relative clause about the series, after the report of this edition, dates the series only
_SERIES_HAS_BEFORE: Final = re.compile(
    r"\b(?:series|exercises|drills)\s*,?\s+(?:that|which)\s+(?:has|have)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# the whole clause of _SERIES_HAS_BEFORE: the states it names took part in earlier editions
_SERIES_HAS_CLAUSE: Final = re.compile(
    r"\b(?:series|exercises|drills)\s*,?\s+(?:that|which)\s+(?:has|have)\s+[^;:()]*",
    re.IGNORECASE,
)
# "off Duqm, a port that has also hosted Indian and US ships": a clause that tells what a
# place has hosted names its earlier guests, not partners in this report's drill
_PLACE_HOSTED_CLAUSE: Final = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:port|base|harbou?r|island|city|airfield|"
    r"range|training\s+area|training\s+ground)\s+(?:that|which)\s+(?:has|have|had)\s+"
    r"(?:also\s+|long\s+|often\s+|previously\s+|regularly\s+)?"
    r"(?:hosted|received|welcomed|been\s+used\s+by)\b[^,;:()]*",
    re.IGNORECASE,
)
# "held a joint exercise on Tuesday, a year after a similar drill with Moroccan units", "the
# second since last year's edition": a background cue right after "after" or "since" names
# the earlier event that dates this one, not this report's activity
_AFTER_EARLIER_BEFORE: Final = re.compile(
    r"\b(?:after|since|following)\s+(?:(?:a|an|the|its|their)\s+)?$", re.IGNORECASE
)
# the drill that such a cue names ("a similar drill", "last year's edition")
_EARLIER_DRILL_AFTER: Final = re.compile(
    r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:drills?|exercises?|editions?|manoeuvres|maneuvers|"
    r"war\s+games|patrols?)\b",
    re.IGNORECASE,
)
# "last year's edition, which also involved troops from Ghana": a side clause about an
# earlier edition, right after the background cue that dates it, names that edition's forces
_EARLIER_WHICH_CLAUSE: Final = re.compile(
    r",\s+which\s+(?:also\s+)?(?:involved|included|brought\s+(?:in|together)|drew|featured)\b"
    r"[^;:()]*",
    re.IGNORECASE,
)
_DETERMINERS = frozenset({"the", "its", "their"})
# "sought clearance from the Saudi-led coalition", "with the approval of Oman": the nouns of
# leave given, whose giver (after "from" or "of") permits an action rather than taking part
_LEAVE_NOUNS: Final = frozenset(
    {"clearance", "permission", "approval", "consent", "authorisation", "authorization"}
)
# "Denmark, Finland and Sweden, alongside the United States, Britain and France": a list of
# states that goes on after a companion word (see _Classifier._noun_group)
_LIST_COMPANION_GAP: Final = re.compile(
    r",?\s+(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?", re.IGNORECASE
)
# "took part in the drills, including then-candidate Sweden"
_INCLUDING_GAP = re.compile(
    r"[^.;:]{0,40}?,\s+(?:including|among\s+them)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
)
# "were joined by some 50 members of the Australian Defence Force": a counted group of
# people between a participation word and the force or state they belong to
_COUNTED_MEMBERS_GAP: Final = re.compile(
    r"\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)?"
    r"[\d,]+\s+(?:members|personnel|troops|soldiers|sailors|airmen|marines|servicemen|"
    r"service\s+members|commandos|paratroopers)\s+(?:of|from)\s+(?:the\s+)?"
)
# ", as North Korea fired missiles": a side clause after a comma (the words without a comma
# are the cue list `side_clause`); ", replacing Spanish and Portuguese airmen": the forces a
# rotation relieves hand over and leave, they do not share the duty
# a force or weapon, not a state's bare name
_FORCE_CATS: Final = frozenset({FORCE, ASSET, MIL})
_SIDE_COMMA: Final = re.compile(
    r",\s+(?:as|while|when|where|replacing|relieving|succeeding|taking\s+over\s+from)\s"
)
# "..., while a Latvian company and U.S. Army crews joined the exercise from abroad": a
# "while" clause whose own verb joins the same (definite) drill names more of its forces,
# not another event ("..., while Russia held its own drills" stays a side clause)
_WHILE_JOINS_THE_DRILL: Final = re.compile(
    r"(?:[^;:.()]|(?<=[A-Z])\.){0,160}?\b(?:(?:have\s+|has\s+|had\s+|are\s+|were\s+)?(?:joined|joining)|"
    r"(?:are\s+|were\s+)?(?:taking|took)\s+part\s+in|(?:are\s+|were\s+)?participat(?:ed|ing)"
    r"\s+in)\s+the\s+(?:exercise|exercises|drill|drills|manoeuvres|maneuvers|war\s+games)\b",
    re.IGNORECASE,
)
# the words between "with" or "alongside" and the partner force it names ("with Indian
# maritime patrol aircraft", "alongside the French frigate")
_WHILE_LINK_GAP: Final = re.compile(r"\s+(?:the\s+|an?\s+)?")


def _while_with_partners(text: str, mentions: list[Mention], cut: int, after: int) -> bool:
    """ "..., with Indian warships leading ships from Australia and France out to sea, while a
    US Navy P-8A flew with Indian maritime patrol aircraft overhead": a "while" clause whose own
    force acts "with" or "alongside" a force of a state the main clause already names as acting
    is more of the same drill, not another event. "..., while Russia held its own drills with
    Chinese ships" names no force of the main clause after its link and stays a side clause."""
    before = {c for m in mentions if m.start < cut and m.military for c in m.states}
    if not before:
        return False
    subject = False
    for k, m in enumerate(mentions):
        if m.start < after:
            continue
        if m.start > after + 120:
            return False  # the link must follow the clause's subject closely
        if LINK in m.cats:
            if not subject:
                return False
            partner = next((n for n in mentions[k + 1 :] if n.states), None)
            return (
                partner is not None
                and partner.military
                and _WHILE_LINK_GAP.fullmatch(text, m.end, partner.start) is not None
                and set(partner.states) <= before
            )
        if m.states and m.military:
            subject = True
    return False


# "the exercise that was to have been held in May": a plan that did not happen, not a past
_UNREALISED_BEFORE: Final = re.compile(
    r"\b(?:was|were)\s+(?:due\s+|supposed\s+|meant\s+)?to\s+have\s+(?:been\s+)?\Z",
    re.IGNORECASE,
)
# "ended on Friday after two weeks in which Swedish troops trained with ...": a span of
# time after "after" is the activity's own length, not another event
_OWN_DURATION: Final = re.compile(
    r"\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:days?|weeks?|months?)(?:\s+(?:in|during)\s+which\b|\s*[,.]|\s+of\s+(?:joint\s+)?"
    r"(?:training|drills?|exercises?|manoeuvres|maneuvers)\b)",
    re.IGNORECASE,
)
# "Core participants alongside the two hosts are Singapore, ..."
_COPULA_GAP = re.compile(
    r"[^,.;:]{0,40}?\b(?:are|were|is|was|include|includes|included)\s+(?:the\s+)?"
    # "Taking part this year are the air forces of A, B and C": the forces of the list
    r"(?:(?:armed\s+|air\s+|naval\s+|land\s+|special\s+)?(?:forces|navies|armies|militaries|"
    r"troops|contingents|units|ships|warships|aircraft)\s+(?:of|from)\s+(?:the\s+)?|"
    # "The participants include all the Baltic Sea allies: Denmark, Estonia, ...": a group
    # noun whose members the list after the colon spells out
    r"(?:all\s+|both\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:allies|states|countries|"
    r"nations|members|navies|partners)\s*:\s*)?",
    re.IGNORECASE,
)
# "are joined in the field training by those of A, B and C": the passive's agents, after a
# short phrase of where they join
_JOINED_IN_BY_GAP: Final = re.compile(
    r"\s+(?:in|at|on|for)\s+[^,.;:]{1,50}?\s+by\s+(?:(?:those|the\s+forces|forces|troops|"
    r"units|ships|contingents|soldiers)\s+(?:of|from)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "Germany, France and Spain, whose jets flew from Europe, as well as Indonesia": a list
# of states that goes on after a relative clause.
_LIST_AFTER_CLAUSE = re.compile(
    r",\s+(?:whose|which|who)\b[^;:.()]{0,120}?,\s+(?:and\s+|as\s+well\s+as\s+|plus\s+)"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# "Russian-made jets", "the IAF's mix of Russian, French and Indian aircraft": where the
# aircraft were made, not who flies them.
# "Russian-made jets"; "Turkish-backed forces" are another side's forces that a state supports
_ORIGIN_AFTER = re.compile(
    r"-(?:made|built|designed|supplied|manufactured|origin|backed|sponsored|funded|armed)\b",
    re.IGNORECASE,
)
# the nouns _ORIGIN_BEFORE needs (see _guarded_search)
_ORIGIN_NOUNS: Final = (
    "mix",
    "fleet",
    "array",
    "range",
    "variety",
    "inventory",
    "assortment",
    "blend",
)


def _origin_after(text: str, pos: int) -> bool:
    """_ORIGIN_AFTER matches at `pos` ("-made", "-built"): only after a hyphen, looked at
    first (most names are not followed by one). An abbreviation's closing period may come
    first: the mention "U.S" of "U.S.-made weapons" ends before it."""
    if text.startswith(".-", pos):
        pos += 1
    return text.startswith("-", pos) and _ORIGIN_AFTER.match(text, pos) is not None


# money that comes from a state, or an activity a state pays for: the state before which
# "late payments from the United States", "funding from Japan", "paid for by Britain" end
# (see Classifier._origins; troops' or ships' "contributions" are left out: they take part)
_FUNDED_BEFORE: Final = re.compile(
    r"\b(?:(?:payments?|funding|funds|money|cash|financing|loans?|grants?|donations?)\s+from|"
    r"(?:funded|financed|bankrolled|underwritten|paid\s+for)\s+(?:(?:largely|partly|mostly|"
    r"jointly|in\s+part|entirely)\s+)?by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORIGIN_BEFORE = re.compile(
    r"(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mix|fleet|array|range|variety|inventory|assortment|blend)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _told_as_history(text: str, s: Sentence) -> bool:
    """ "NORAD has intercepted Russian bombers several times this year": the present perfect
    ("has" or "have" before a past participle) tells what a force has done before, not the
    event the report is about."""
    chunk = text[s.start : s.end]
    return (" has " in chunk or " have " in chunk) and _HAS_PERFECT.search(
        text, s.start, s.end
    ) is not None


# A report whose title and first paragraph tell no activity at all (a pact, a budget, a port
# call, a delivery) and whose only joint sentences come later, each dated to another time
# ("Before the port call it took part in exercises with ...", "have trained together since
# 2011", "in the 2022 World Cup"), tells an earlier or separate activity as background.
_LEAD_ACTIVITY = re.compile(
    r"exercis|drill|war ?game|manoeuv|maneuv|patrol|\btrain|\bsail|\bfl[yi]|\bflew|transit|"
    r"escort|joint|combined|\bwith\b.*\b(?:navy|navies|forces|troops|jets)",
    re.IGNORECASE,
)
_OTHER_TIME = re.compile(
    r"\b(?:earlier|before|previously|last year|(?:in|since|during|from) (?:the )?(?:19|20)\d\d|"
    r"often|regularly|every year|a year\b|separately|at other times|this year|"
    r"(?:have|has) (?:trained|held|flown|sailed|taken))",
    re.IGNORECASE,
)
# ... unless the sentence also dates itself to the news ("have held drills this week",
# "Since Tuesday, ... have been taking part")
_NEWS_TIME = re.compile(
    r"\b(?:this week|today|tonight|yesterday|(?:on|since|from|until) (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


# "were integrated into the task force": a past passive, the main verb of a clause
_PAST_PASSIVE: Final = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+ed\b", re.IGNORECASE)
# "..., jumping into the area with ... and conducting raids": the participles that open a
# clause after a comma, up to the cue
_PARTICIPLE_CLAUSE: Final = re.compile(r",\s+\w+ing\b[^,;:]*$")


def _past_passive_before_participle(text: str, start: int, cue: int) -> bool:
    """The "-ing" cue at `cue` stands in a participle clause opened by a comma, and the main
    clause before that comma tells its verb in the past passive ("were integrated"), with no
    present or perfect auxiliary that would date it now."""
    comma = text.rfind(", ", start, cue)
    if comma < 0 or (" was " not in text[start:comma] and " were " not in text[start:comma]):
        return False
    if _PARTICIPLE_CLAUSE.match(text, comma, cue) is None:
        return False
    main = f" {text[start:comma].lower()} "
    if any(w in main for w in (" is ", " are ", " has ", " have ", " will ")):
        return False
    return _PAST_PASSIVE.search(text, start, comma) is not None


def _in_side_which_clause(text: str, s: Sentence, m: Mention) -> bool:
    """ "Peru, which skipped the last edition, also took part": a background cue inside a
    relative clause set off by commas dates what the clause tells of its noun, not the main
    clause that goes on after the second comma."""
    which = text.rfind(", which ", s.start, m.start)
    if which < 0 or "," in text[which + 2 : m.start]:
        return False
    comma = text.find(",", m.end, s.end)
    return comma >= 0 and len(text[comma + 1 : s.end].split()) >= 2


def _dated_earlier(text: str, start: int, end: int) -> bool:
    """A time word between `start` and `end` that dates an earlier event (see
    _DATED_EARLIER), not one that dates an agreement ("the deal reached last month")."""
    if not _may_hold(_EARLIER_WORDS, text, start, end, True):
        return False
    return any(
        not _AGREEMENT_DATED_BEFORE.search(text, max(start, found.start() - 100), found.start())
        for found in _DATED_EARLIER.finditer(text, start, end)
    )


def _ends_in_of(text: str, start: int, end: int) -> bool:
    """What `_ORIGIN_BEFORE` needs at the end of text[start:end]: "of" or "the", then
    whitespace. Checked first: the search tries every position of its window."""
    if end <= start or not text[end - 1].isspace():
        return False
    last = text[start:end].rstrip()[-3:].lower()
    return last[-2:] == "of" or last == "the"


# "Russia and China have held joint naval exercises every year since 2012": a history.
_DONE_OR_UNDER_WAY = frozenset({PAST, ONGOING})
# "its French Rafales", "Egypt's Russian MiGs": the owner comes first, the maker after
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|their|our)|\w['’]s)\s+$", re.IGNORECASE)
# "the air force, which operates Swedish and American jets": states listed right after a verb
# of owning or buying, before the weapon noun, say who made the weapons, not who flies them now
# ("fielded", a verb of sending forces, is left out)
_OWNING_BEFORE: Final = re.compile(
    r"\b(?:operates|operate|operating|bought|buys|purchased|acquired|ordered|imported|procured)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A word of each of _OWNING_BEFORE's verbs (see _guarded_search)
_OWNING_WORDS: Final = (
    "operat",
    "bought",
    "buys",
    "purchased",
    "acquired",
    "ordered",
    "imported",
    "procured",
)
# a signing told in a clause of time ("days after X and Y signed a pact") dates other news
_SIGNED_AS_TIME: Final = (" after ", " since ", " before ", " when ")
# "notified Washington of its decision to terminate the Visiting Forces Agreement", "pulls
# the US out of the nuclear deal": an agreement ended or left is no plan for forces to act
_ENDING_AN_AGREEMENT: Final = (
    "terminat",
    "abrogat",
    "revok",
    "revoca",
    "renounc",
    "pull out of",
    "pulls out of",
    "pulled out of",
    "withdraw from",
    "withdraws from",
    "withdrew from",
    "walk away from",
    "walked away from",
)
# a verb of buying in the clause before "from" (no semicolon or colon between)
_BOUGHT_BEFORE = re.compile(
    # (the lookahead: the alternatives' first letters, see _YEAR_MENTION)
    r"(?=[abdioprs])\b(?:bought|buys|buying|buy|purchased|purchases|purchase|ordered|orders|order|"
    r"acquired|acquires|acquire|imported|imports|import|procured|procure|delivered|supplied|"
    # "whose fleet has also received Type 054A/P frigates from China": the supplier
    r"received|receives|receiving)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[;:!?]")
# "F-16s from Belgium", "F-15s of the US Air National Guard": a weapon type and the state
# or force it comes from (see _typed_from_state)
_TYPED_FROM_GAPS: Final = frozenset({" from ", " from the ", " of the "})
_STATE_OR_FORCE: Final = frozenset({STATE, FORCE})
# a verb of hosting guests in a drill (see Classifier._bought_from)
_HOSTING_WORDS: Final = (" hosting ", " hosts ", " hosted ")
# words of a drill that other forces' aircraft or ships join: "is joined by F-15s from Japan,
# KF-16s from South Korea and Rafales from France", "taking part are Gripens from Hungary"
# (see Classifier._bought_from)
_DRILL_GUEST_WORDS: Final = (
    *_HOSTING_WORDS,
    " joined by ",
    " taking part ",
    " took part ",
    " participating ",
    " flying alongside ",
    " flying with ",
    " flew with ",
)
# a verb or noun of withdrawing forces in the clause before "from" (see _withdrawn_from)
# verbs of moving forces somewhere ("moving from Germany into the Baltic states", see
# _moved_from) and the destination after the states they leave
_MOVING_STEMS: Final = ("mov", "relocat", "redeploy", "transferr", "shift")
_TO_PLACE_AFTER: Final = re.compile(r"\s+(?:in)?to\b")
_WITHDRAWN_WORDS: Final = ("withdr", "pull", "drawdown", "draw down", "evacuat", "depart", "exit")
_WITHDRAWN_BEFORE: Final = re.compile(
    # (the lookahead: the alternatives' first letters, see _YEAR_MENTION)
    r"(?=[wpde])\b(?:withdraw(?:al|als|s|n|ing)?|withdrew|pull(?:s|ed|ing)?\s+out"
    r"|pull-?out|pullback|drawdown|draw(?:s|ing)?\s+down|evacuat(?:e|es|ed|ing|ion)"
    r"|depart(?:ure|ed|ing|s)?|exit(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# the drill already reported, referred to again ("The exercise, run by the 6th Fleet, was held")
# "in the exercise area", "the drill": a definite reference back to a drill already told
_BACK_TO_THE_DRILL: Final = re.compile(
    r"\bthe\s+(?:exercise|exercises|drill|drills|manoeuvres|maneuvers)\b", re.IGNORECASE
)
_THE_DRILL = re.compile(r"\bThe\s+(?:exercise|exercises|drill|drills)\b")
# "The flight came a day after ...", "The patrol came as ...": a sentence whose subject is the
# report's own activity, named by its noun (see _coincides_after)
_THE_OWN_ACTIVITY: Final = re.compile(
    r"\bThe\s+(?:exercise|exercises|drill|drills|flight|flights|patrol|patrols|mission|"
    r"passage|transit|voyage|sortie|sorties|manoeuvres|maneuvers)\b"
)
# participation words that say only that someone had a part: they make forces take part, not
# officials or governments ("Chinese diplomats were involved in drafting the plan", "Nigeria
# leads the regional talks", "a security grouping led by China and Russia")
_FORCES_ONLY_PARTICIPATION = frozenset(
    {
        "were involved",
        "leads",
        "led by",
        "and including",
        # "US soldiers and a Latvian unit are also involved", not "its diplomats are also
        # involved in the talks"
        "were also involved",
        "are also involved",
        "is also involved",
    }
)
# ", which are led by": a relative clause that describes who leads a body (see _participation)
_LED_RELATIVE_BEFORE: Final = re.compile(
    r",\s+(?:which|who|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+\Z", re.ASCII
)
# "Rescue teams from more than 60 countries, including the United States and Japan, are
# working": a count of countries names states, but only a word of participation, activity or
# force in its sentence makes them take part in something
_COUNTED_COUNTRIES: Final = frozenset(
    {
        "countries including",
        "nations including",
        "countries such as",
        "nations such as",
        "countries, including",
        "nations, including",
    }
)
_COUNTED_NEEDS: Final = frozenset({PART, ACT, EXERCISE, MIL, FORCE, OBSERVER})
# military nouns for weapons without their crews: "Turkish drones" names the maker
_EQUIPMENT_NOUNS = frozenset({"drone", "drones", "tank", "tanks"})
# "have held ... since 2012", and in the passive "has been held ... since 2015"; one adverb may
# stand between ("have separately carried out", "have previously held")
_HAVE_BEFORE = re.compile(
    r"\b(?:have|has)\s+(?:(?:also|regularly|repeatedly|previously|separately|often|frequently)"
    r"\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
_HAVE_WORDS: Final = ("have", "has")
# "The drill, which has been held since 2012, brought ... together this week": a history in
# a relative clause describes the drill; the main clause reports
_RELATIVE_HAVE = re.compile(
    r"\b(?:which|that)\s+(?:have|has)\s+(?:(?:also|regularly|repeatedly)\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
# "since 2012", "since December 2019", "since Dec. 12, 2019": a history that began then
_SINCE_MONTH: Final = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:\d{1,2},?\s+)?)?"
)
_SINCE_YEAR = re.compile(r"\bsince\s+" + _SINCE_MONTH + r"(?:19|20)\d\d\b")
# "the largest edition since it was first held in 2010": the words after "since" date the
# baseline of a comparison, not the activity the sentence reports.
# "with other navies sending ships or delegations": an absolute "with" and its participle
# tell what others do alongside the reported drill, not an earlier or habitual activity
_ABSOLUTE_PARTICIPLE_AFTER: Final = re.compile(
    r"\s+(?:also\s+)?(?!(?:during|including|according|following|regarding|concerning)\b)"
    r"[a-z]{2,}ing\b"
)
# ("the largest joint airdrop since the operations resumed late last month": the baseline's
# own verb in the active)
_SINCE_BASELINE_BEFORE = re.compile(
    r"\bsince\s+(?:it|they|the(?:\s+[\w-]+){1,3}?)\s+(?:(?:was|were)\s+"
    r"(?:(?:first|last)\s+)?(?:(?:held|staged|launched|started|created|established)\s+)?"
    r"|(?:resumed|restarted|began|started)\s+(?:(?:late|early|in|at\s+the\s+end\s+of)\s+)?)$",
    re.IGNORECASE,
)
# "a hazard since Russia's full-scale invasion of Ukraine in 2022": a year that ends a "since"
# noun phrase dates that baseline event, not the activity the sentence reports. A phrase with
# a verb ("since the four countries began taking part together in 2020") may tell the
# activity itself, and keeps its date.
_SINCE_EVENT_BEFORE = re.compile(
    r"\bsince\s+(?:(?!(?:began|begun|took|taken|held|ran|met|flew|flown|was|were|is|are|has|"
    r"have|had|did|first|last)\b)(?![\w'\u2019-]*(?:ed|ing)\b)[\w'\u2019-]+\s+){1,8}$",
    re.IGNORECASE,
)
# "to validate the force the two countries agreed to build in 2010": a year right after a
# verb of agreeing or founding dates that decision, not the activity the sentence reports
_DECIDED_BEFORE = re.compile(
    r"\b(?:agreed|decided|pledged|promised|signed|founded|established|created|formed|set\s+up)"
    r"(?:\s+to)?(?:\s+[a-z-]+){0,2}\s+$",
    re.IGNORECASE,
)
# "at its BALTOPS exercise in June": a month named after "in" or "during" (see
# Classifier._dated_by_month)
_IN_MONTH_NAMED = re.compile(
    r"(?=[DIdi])\b(?:[Ii]n|[Dd]uring)\s+(January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?!\s+\d)"
)
_EARLIER_MONTHS = 3  # a month at least this far before publication is an earlier event
# "for exercises in April": drills the sentence dates to a month (see
# Classifier._drill_dated_in_lead); "the Salaknib drills", "the exercise": drills referred back to
_DRILLS_IN_MONTH: Final = re.compile(
    r"\b(?:drills?|exercises?|manoeuvres|maneuvers|war\s+games)\s+in\s+(January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
_THE_DRILLS: Final = re.compile(
    r"\bthe\s+(?:[A-Z][\w-]*\s+){0,2}(?:drills?|exercises?|manoeuvres|maneuvers|war\s+games)\b"
)
_LATE_SENTENCE: Final = 3  # from this sentence on, any earlier month dates an earlier event
# "It runs at the same time as a large U.S. Marine exercise with Japanese troops": a drill
# the report times against this one is another activity, and its forces do not take part
_CONCURRENT_WITH: Final = re.compile(
    r"(?=[acfinrs])\b(?:(?:almost|nearly|roughly)\s+)?(?:at\s+the\s+same\s+time\s+as|simultaneously\s+with|"
    r"concurrently\s+with|in\s+parallel\s+with|coincides\s+with|coincided\s+with|"
    r"(?<=exercise\s)follow(?:ed|s)|(?<=drill\s)follow(?:ed|s)|(?<=exercise\s)c[oa]mes?\s+after|"
    r"(?<=drill\s)c[oa]mes?\s+after)\s+",
    re.IGNORECASE,
)
# "bombers had flown together near Japan in June and December": an activity in the perfect
# dated to two separate months is a series of earlier events, not the report's one event
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NAMES: Final = "(?:" + "|".join(_MONTHS) + ")"


def _names_month(text: str, start: int, end: int) -> bool:
    """A month's name (as written, capitalised) is in text[start:end]: what _IN_MONTH and
    _IN_MONTH_NAMED need, found in C (str.find) before their searches run."""
    return any(text.find(name, start, end) != -1 for name in _MONTHS)


def _may_name_year(text: str, start: int, end: int) -> bool:
    """False only when text[start:end] cannot hold a year of _HAS_YEAR or _YEAR_MENTION (both
    need "19" or "20")."""
    return text.find("20", start, end) != -1 or text.find("19", start, end) != -1


_IN_TWO_MONTHS: Final = re.compile(
    r"\b[Ii]n\s+" + _MONTH_NAMES + r"\s+and\s+(?:in\s+)?" + _MONTH_NAMES + r"\b(?!\s+\d)"
)
_PERFECT_BEFORE: Final = re.compile(
    r"\b(?:have|has|had)\s+(?:(?:also|earlier|twice|repeatedly)\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
# "have held a growing number of exercises", "have conducted dozens of drills": the perfect
# with a counted series of drills for its object tells a history
_SERIES_OBJECT: Final = re.compile(
    r"\s+(?:a\s+(?:growing|rising|increasing)\s+number\s+of|a\s+(?:long\s+)?series\s+of|"
    r"a\s+number\s+of|several|many|numerous|dozens\s+of|scores\s+of|hundreds\s+of)\s+"
    r"(?:(?:joint|combined|military|naval|bilateral|trilateral|multilateral)\s+)?"
    r"(?:exercises|drills|war\s+games|manoeuvres|maneuvers|patrols|sails)\b",
    re.IGNORECASE,
)
_BEGAN_BEFORE = re.compile(
    r"\b(?:began|begun|started|starting|launched|since|from)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# the same history told without a tense cue: "have met almost every year since 2012"
_PERFECT_SINCE = re.compile(
    r"\b(?:have|has)\s+(?:[a-z]+\s+){1,5}?since\s+" + _SINCE_MONTH + r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# the same history told at length: "a format with eight partners, including China and Japan,
# which has run its own exercises in maritime security and disaster relief since 2013"
_LONG_PERFECT_SINCE = re.compile(
    r"\b(?:have|has)\s+(?:[\w'-]+,?\s+){1,12}?since\s+" + _SINCE_MONTH + r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# a habit told in the bare present: "the United States and Indonesia hold Garuda Shield every
# year" (after the lead: a background to this year's news, not the news)
# ... and a rate: "the two countries hold dozens of exercises a year", "twice a year"; or a
# loose habit: "the two armies hold a large exercise in the kingdom most years"
_EVERY_YEAR = re.compile(
    r"\b(?:every|each)\s+(?:year|two\s+years|other\s+year|second\s+year)\b|\bannually\b"
    r"|\b(?:in\s+)?most\s+years\b|\bevery\s+(?:few|couple\s+of|two\s+or\s+three)\s+years\b"
    r"|\b(?:once|twice|(?:several|many|two|three|four|\d+)\s+times)\s+a\s+year\b"
    r"|\b(?:dozens|scores|hundreds|several|many|\d[\d,]*)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:exercises|drills|activities|patrols|engagements|events)\s+(?:a|per)\s+year\b",
    re.IGNORECASE,
)
# drills told as a series ("have held their annual drills, most recently in March"): with
# the present perfect, a history in an article about something else; a time word of now
# ("this week") keeps it a report
_SERIES_OF_DRILLS = re.compile(
    r"\b(?:annual|yearly|biennial|annually|most\s+recently|(?:every|each)\s+year)\b",
    re.IGNORECASE,
)
# "carried out several joint drills with the U.S. military this year": a counted series of
# drills summed up over a span of time (see Classifier._series_over_span)
_SUMMED_SPAN: Final = re.compile(
    r"\b(?:(?:this|last|past)\s+year|in\s+recent\s+(?:years|months)|over\s+the\s+"
    r"(?:past|last)\s+(?:year|(?:few|two|three|several)\s+(?:years|months)))\b",
    re.IGNORECASE,
)
_NOW_WORDS = re.compile(
    r"\b(?:this\s+(?:week|month|year)|today|currently|now|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day)\b",
    re.IGNORECASE,
)
# "The world's largest maritime exercise brings together navies from more than 25 countries":
# a sentence whose subject is the drill ranked among all its kind describes the drill in
# general, not this edition, unless a word of now dates it
_RANKED_SUBJECT = re.compile(
    r"(?:the\s+)?(?:world's|world’s)\s+(?:largest|biggest|oldest|longest-running)\b",
    re.IGNORECASE,
)
# "would also hold a combined exercise", "will stage another drill": a verb's object brought
# in as a new drill (see Classifier tense: a bare future of it is a plan)
_NEW_DRILL_OBJECT: Final = re.compile(
    r"\s+(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|training|patrols?)\b",
    re.IGNORECASE,
)
# "the bombers had completed", "it had first sailed", "had previously exercised": "had" right
# before the verb, or with one adverb between
# a main verb in the past perfect before a sentence's activity ("troops had been stationed in
# Niger, where they fought ...", "had fought alongside")
_HAD_MAIN_VERB: Final = re.compile(
    r"(?=[h])\bhad\s+(?:(?:already|long|previously)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ught)\b",
    re.IGNORECASE,
)
_HAD_BEFORE = re.compile(
    r"(?=[h])\bhad\s+(?:(?:already|just|recently|also|first|earlier|previously)\s+)?$",
    re.IGNORECASE,
)
# "have flown together in exercises": drills named only as a bare plural
# "The group's voyage has included drills with navies from India and Malaysia": a bare
# plural object with its partners, no edition named
_BARE_DRILLS_WITH: Final = re.compile(
    r"\s+(?:(?:joint|combined|military|naval|bilateral|separate|other)\s+)?"
    r"(?:exercises|drills|war\s+games|manoeuvres|maneuvers|patrols|sails)\s+with\b",
    re.IGNORECASE,
)
_PERFECT_BARE_WITH: Final = re.compile(
    r"\bha(?:s|ve)\s+(?:also\s+)?(?:included|involved|featured|seen)"
    r"(?=\s+(?:(?:joint|combined|military|naval|bilateral|separate|other)\s+)?"
    r"(?:exercises|drills|war\s+games|manoeuvres|maneuvers|patrols|sails)\s+with\b)"
)
_IN_BARE_DRILLS: Final = re.compile(
    r"\bin\s+(?:(?:joint|combined|military|multinational|bilateral)\s+)?"
    # "has joined China in Shanghai Cooperation Organisation drills": a grouping's name before
    # the bare plural still names no edition
    r"(?:(?-i:[A-Z][\w-]*)\s+){0,4}"
    r"(?:exercises|drills|war\s+games|manoeuvres|maneuvers)\b",
    re.IGNORECASE,
)
# "police units have held counter-terrorism drills with Kyrgyz troops": a present perfect whose
# object is drills named only as a bare plural (no article, number or name) tells a history
_BARE_DRILLS_OBJECT: Final = re.compile(
    r"\s+(?:(?!(?:the|a|an|its|their|this|these|that|those|his|her|our|two|three|four|five|"
    r"first|second|third|last|next)\b)[a-z][\w-]*\s+){0,2}"
    r"(?:exercises|drills|war\s+games|manoeuvres|maneuvers)\b"
)
# "Indian warships also took part this year in exercises with the navies of France and
# Britain": "also" before a past verb whose drills are a bare plural sums up other activity
_ALSO_BEFORE: Final = re.compile(r"\balso\s+(?:[a-z]+\s+)?$")
_EACH_OF_LAST: Final = re.compile(r"\beach\s+of\s+the\s+(?:last|past)\s+(?:\w+\s+)?years\b")
# "India's own air force has trained with France", "Japan's own navy is busy with drills with
# the United States": a sentence whose subject is a state's "own" forces sets that state's
# separate activity against the drill reported; the state is named in another role.
_OWN_FORCES_SUBJECT: Final = re.compile(
    r"(?:The\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:'s|s'|\u2019s)\s+own\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:navy|army|air\s+force|forces|military|troops|ships|fleet|pilots)\b"
)
# "Sri Lanka also trains with Pakistan and China", "The navy also takes part in multilateral
# drills with Singapore": a habit adverb before a present-simple verb of training, whose
# drills are a bare plural or the partners come after "with", tells what a state usually
# does, not this report's drill.
_HABIT_VERB: Final = re.compile(
    # (the lookahead: the alternatives' first letters, see _YEAR_MENTION)
    r"(?=[acfhimorsu])\b(?:(?:also|regularly|routinely|often|frequently|usually)\s+(?:"
    r"(?:trains?|exercises?|drills?|practi[sc]es?|sails?|fl(?:y|ies))(?:\s+[\w-]+){0,3}?\s+with\b"
    r"|(?:takes?|joins?)\s+part\s+in\s+(?!(?:the|this|these|that|its|their)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:exercises|drills|war\s+games|manoeuvres|maneuvers)\b"
    # ("Malaysia and Indonesia also run coordinated naval patrols ... with Thailand")
    r"|(?:holds?|conducts?|stages?|runs?)\s+(?!(?:the|this|these|that|its|their)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:exercises|drills|patrols|war\s+games|manoeuvres|maneuvers)\b)"
    # "India holds annual drills with Kazakhstan": a yearly series, not this report's drill
    r"|(?:holds?|conducts?|stages?|runs?)\s+(?:annual|yearly|regular)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exercises|drills|patrols|war\s+games|manoeuvres|maneuvers)\b"
    # "The two navies hold a separate exercise, Ekatha", "China holds separate military
    # training with Cambodian forces": a present-simple verb whose drill is called separate
    # names another series than this report's
    r"|(?:holds?|conducts?|stages?|meets?)\s+(?:in\s+)?(?:(?:a|an|their|its)\s+)?(?:own\s+)?"
    r"separate\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exercises?|drills?|patrols?|war\s+games|manoeuvres|maneuvers|training)\b"
    # "China and Pakistan hold a series of army drills called Warrior": a present-simple verb
    # whose object is a series of drills tells what two states do over the years
    r"|(?:holds?|conducts?|stages?)\s+(?:a|an|their|its)\s+(?:own\s+)?(?:regular\s+)?series\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exercises|drills|patrols|war\s+games|manoeuvres|maneuvers)\b"
    # "CARAT is a series of bilateral exercises the US Navy holds with Indonesia, Malaysia
    # ...": a copula whose complement is a series of drills defines the series, and the states
    # it names are the series' partners over the years, not this edition's
    r"|(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?series\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exercises|drills|patrols|war\s+games|manoeuvres|maneuvers)\b"
    r")",
    re.IGNORECASE,
)
# "India and Oman have close defence ties, holding the Naseem Al Bahr naval exercise and the
# Eastern Bridge air exercise", "The two navies enjoy strong relations, regularly conducting
# drills": a present participle of holding that hangs on a noun of a standing relationship
# (ties, relations, cooperation, partnership) tells what the states do over the years, not this
# report's drill.
_TIES_HOLDING: Final = re.compile(
    r"\b(?:ties|relations|relationship|cooperation|co-operation|partnership)"
    r"(?:\s+(?:with|between)\s+[^,.;]{1,40})?,\s+(?:(?:also|regularly|routinely|jointly)\s+)?"
    r"(?:holding|conducting|staging|carrying\s+out|taking\s+part\s+in)\b",
    re.IGNORECASE,
)
# "relations between Pakistan and the United States", "tensions between the two neighbours":
# the states after "between" are the two sides of a relationship (see
# _Decision._related_sides_only); the phrase runs to the next comma, stop or verb of state
_RELATION_BETWEEN: Final = re.compile(
    r"\b(?:relations|relationship|ties|tensions?|rivalry|dispute|rift)\s+between\s+"
    r"[^,.;:]{1,60}?(?=\s+(?:remain|remained|were|was|are|is|have|has|had)\b|[,.;:]|$)",
    re.IGNORECASE,
)
# "hosts the ceremonies of the patrols held with Thailand and Indonesia": a plural of drills
# whose partners follow a bare participle of holding names the drills a state keeps up with
# them over the years, not this report's one (a word of now still dates them: see _habitual)
_PLURAL_HELD_WITH: Final = re.compile(
    r"\b(?:exercises|drills|patrols|manoeuvres|maneuvers|war\s+games)\s+(?:held|conducted)\s+with\b",
    re.IGNORECASE,
)
# literal words one of which _TIES_HOLDING needs (a cheap test before the search)
_TIES_WORDS: Final = ("ties", "relation", "operation", "partnership")
# phrases that set the thing before them apart from the thing after them ("Hanuman Guardian
# is distinct from Cobra Gold"): see Classifier._contrast_end
_CONTRAST_PHRASES: Final = (
    " distinct from ",
    " separate from ",
    " different from ",
    " not to be confused with ",
)
# "bilateral drills with the French navy, which are held separately": a present passive of
# holding with "separately" sets those drills apart from this report's, even when a word of
# now ("this year") dates the calendar they belong to
# ... and "drills such as Orient Shield, which are held at other times of the year": held at
# another time of the year than the report's event, they are not this report's activity
_HELD_SEPARATELY: Final = re.compile(
    r"\b(?:are|is)\s+(?:held|conducted|staged)\s+"
    r"(?:separately|at\s+(?:other|different)\s+times)\b",
    re.IGNORECASE,
)
# "The United States has often flown the bombers with South Korean fighters this year": a
# habit adverb between "has/have" and a participle of flying or training tells what a state
# has done over a stretch of time; a word of now ("this year") only dates that stretch.
# "the two navies have exercised together several times": a perfect counted in occasions
# tells earlier drills, not the one reported (see _habitual)
_COUNTED_PERFECT: Final = re.compile(
    r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|also\s+|already\s+)?[a-z]+(?:ed|eld|own|un|et|one|en)\b"
    r"[^.;:]*?\b(?:several|many|numerous|multiple|a\s+number\s+of)\s+(?:times|occasions)\b",
    re.IGNORECASE,
)
_HABIT_PERFECT: Final = re.compile(
    r"\b(?:has|have)\s+(?:(?:often|regularly|routinely|frequently|repeatedly)\s+"
    r"(?:flown|sailed|trained|exercised|drilled|practi[sc]ed|operated)"
    # "its navy has trained more often with Western and Pakistani ships": the adverb of
    # frequency after the participle, with or without a comparative
    r"|(?:flown|sailed|trained|exercised|drilled|practi[sc]ed|operated)\s+(?:(?:more|most)\s+)?"
    r"(?:often|regularly|routinely|frequently|repeatedly))"
    r"(?:\s+[\w-]+){0,4}?\s+(?:with|alongside)\b",
    re.IGNORECASE,
)
# "The carriers had started a separate four-day drill with the South Korean navy": a past
# perfect of starting or holding whose drill is called separate names an earlier, other drill
# than the report's, whatever word of now dates it ("held a separate exercise on Monday", in
# the simple past, still reports one).
_SEPARATE_DRILL_PAST: Final = re.compile(
    r"\bhad\s+(?:started|begun|held|launched|conducted|staged)\s+(?:a|an|their|its)\s+"
    r"(?:own\s+)?separate\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exercises?|drills?|patrols?|war\s+games|manoeuvres|maneuvers)\b",
    re.IGNORECASE,
)
# "A separate bilateral drill, Exercise Trident, ... was held earlier in the year": a drill
# called separate and dated to an earlier time ("earlier this year", "last month") is
# another, earlier drill than the report's, with its own partners (see _habitual)
_SEPARATE_DRILL: Final = re.compile(
    r"\bseparate\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exercises?|drills?|patrols?|war\s+games|manoeuvres|maneuvers)\b",
    re.IGNORECASE,
)
# "The carrier group is due to move east for a separate drill with the navies of Australia and
# Japan": a drill called separate that the forces go on to ("for", "to hold", "will join")
# with partners named after "with" is another one than the report's, and so are its partners
# ("deployed soldiers to its border for a separate drill, and Latvia has sent a company" names
# no partner of it: the sentence's other clause may still tell this drill).
_SEPARATE_DRILL_AHEAD: Final = re.compile(
    r"\b(?:for|(?:to|will)\s+(?:hold|join|stage|conduct|take\s+part\s+in))\s+(?:a|an)\s+"
    r"separate\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exercises?|drills?|patrols?|war\s+games|manoeuvres|maneuvers)\s+with\b",
    re.IGNORECASE,
)
# "Sweden, which builds the Gripen, sent a support team but is not participating", "Japan's
# fighters are not taking part in the Korean drills": a present negation of taking part
# whose subject is the state that opens the sentence keeps that state out of the drill
# "Joining them are crews of the French Air Force", "Sharing the ramp with them were Saudi
# F-15s": a fronted phrase that links back to the participants ("them") before a copula; the
# forces after the copula join them (see Classifier._fronted_partners)
_FRONTED_PARTNERS: Final = re.compile(
    r"(?:Joining|Alongside|Beside|With|(?:Sharing|Flying|Training|Sailing|Operating)"
    r"(?:\s+[a-z]+){0,2}?\s+(?:with|alongside))\s+them\b[^,.;:]{0,40}?\s+(?:are|were)\s+"
)
_FRONTED_STOP_CATS: Final = frozenset({ACT, OPP, COOP, SPEECH, OFFICIAL})
# a photo's caption set in the body as its own paragraph (see Classifier._caption_forces)
_CAPTION_OPENINGS: Final = ("Photo caption:", "Caption:", "PHOTO CAPTION:", "Pictured:")
_CAPTION_CATS: Final = frozenset({FORCE, ASSET, MIL})
# The lookahead holds the first letters of all the alternatives (each starts with "\b" and a
# letter of it): most positions fail it at once (the same matches, tests/core/test_guard_words.py)
_NOT_TAKING_PART: Final = re.compile(
    r"(?=[abdhiw])(?:"
    r"\b(?:(?:is|are)\s+not|isn['’]t|aren['’]t)\s+(?:participating|taking\s+part|involved|"
    r"part\s+of)\b"
    # "Bulgaria and Greece served as transit routes and their forces are not in the
    # exercise": not in the drill itself
    r"|\b(?:(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+in\s+the\s+"
    r"(?:exercises?|drills?|manoeuvres|maneuvers)\b"
    r"|\b(?:(?:does|do)\s+not|doesn['’]t|don['’]t)\s+take\s+part\b"
    # "The United States and Israel, regular participants, were not part of this year's
    # event": the past of not taking part, and "not part of" the drill
    r"|\b(?:(?:was|were)\s+not|wasn['’]t|weren['’]t)\s+(?:participating|taking\s+part|"
    r"involved|part\s+of)\b"
    # "Ships from France and Italy sailed in the area but were not listed among its
    # participants": the report's list of participants leaves them out
    r"|\b(?:(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+"
    r"(?:listed\s+|counted\s+|named\s+|included\s+)?among\s+(?:the|its|their)\s+"
    r"(?:participants|participating\s+(?:nations|countries|states|navies|forces))\b"
    # "Japanese warships had been expected to join but ...", "A Japanese destroyer was due
    # to take part but pulled out", "Japan's navy declined an invitation": a part that was
    # planned and did not happen
    r"|\bhad\s+been\s+(?:expected|due|scheduled|set)\s+to\s+(?:join|take\s+part|participate|"
    r"send)\b"
    r"|\b(?:was|were)\s+(?:due|expected|scheduled|set)\s+to\s+(?:join|take\s+part|"
    r"participate|send)\b[^.;:]{0,60}?\bbut\b"
    r"|\bdeclined\s+(?:an\s+invitation|the\s+invitation|to\s+(?:join|take\s+part|participate|"
    r"send))\b"
    # "The Estonian Defence Forces provided the airfield and security but did not jump": a
    # force that helps the drill in one way and, the report adds, does not do the drill itself
    r"|\bbut\s+(?:did|does|do)(?:\s+not|n['’]t)\s+(?:itself\s+|themselves\s+)?(?:take\s+part|"
    r"participate|jump|fly|sail|train|march|exercise|drill)\b)",
    re.IGNORECASE,
)
# "... with European allies as U.S. stays out", "Japan sits out the drill this year": a state
# named right before a verb of staying out is one the activity is held without, the mirror of
# "without Japan" (see _Decision._left_without); "stayed out in the field" is somewhere else
_ABSTAINS_AFTER: Final = re.compile(
    r"\.?\s+(?:(?:has|have|had|will|would)\s+)?(?:stays?|stayed|staying|sits?|sat|sitting)\s+"
    r"(?:out|away)(?=\s*(?:[.,;:!?]|$)|\s+(?:of|from|this)\b)",
    re.IGNORECASE,
)
_ABSTAIN_WORDS: Final = ("stay", "sit", "sat ")
# "the exercise at the Donguz range in the Orenburg region": the drill's own site between
# the activity and a ", where" clause (see Classifier._where_clause_joins)
_DRILL_SITE: Final = re.compile(r"\s+(?:at|in|on|near|off|over)\s+[^,;:]{1,60}")
# "Ships from France and Italy ... were not listed among its participants": a sentence that
# opens with forces "from" the states it names opens with those states (see _stays_out)
_FORCES_FROM_OPENING: Final = re.compile(
    rf"(?:[A-Za-z-]+\s+){{0,2}}?{_FORCE_NOUNS}\s+from\s+",
    re.IGNORECASE,
)
# "Those aircraft are not part of Saber Strike": a sentence whose subject points back to the
# forces of the sentence before it says that they do not take part.
_BACK_NOT_TAKING_PART: Final = re.compile(
    r"(?:(?:those|these)\s+[a-z-]+(?:\s+[a-z-]+)?|they)\s+(?:are|were)\s+not\s+"
    r"(?:part\s+of|taking\s+part|participating|involved)\b",
    re.IGNORECASE,
)
# "though no Russian units are part of the current drill", "No U.S. ships took part": a
# state's forces under the determiner "no" as the subject of taking part are said not to take
# part (see _Decision._none_of_its_forces); the adjective must be capitalised ("no other units"
# names no state)
_NO_FORCES_TAKING_PART: Final = re.compile(
    r"\b(?i:no)\s+((?:[A-Z][\w.'’-]*\s+){1,3}?)(?:[a-z-]+\s+)?(?i:troops|units|soldiers|"
    r"forces|ships|warships|vessels|aircraft|jets|planes|personnel|sailors|servicemen|"
    r"contingents?|crews)\s+(?i:(?:is|are|was|were)\s+(?:part\s+of|taking\s+part|"
    r"participating|involved)|(?:took|take|takes)\s+part|participated|joined)\b"
)
_NOT_TAKING_PART_WORDS: Final = (
    "but did not",
    "but does not",
    "but do not",
    "but didn't",
    "but doesn't",
    "but don't",
    "but didn’t",
    "but doesn’t",
    "but don’t",
    "expected to",
    "due to",
    "scheduled to",
    "set to",
    "declined",
    "not part of",
    "n't part of",
    "not participating",
    "not taking part",
    "not involved",
    "not take part",
    "n't participating",
    "n't taking part",
    "n't involved",
    "n't take part",
    "not in the",
    "n't in the",
    "not listed among",
    "not among",
    "not counted among",
    "not named among",
    "not included among",
    "n't listed among",
    "n't among",
    "n't counted among",
    "n't named among",
    "n't included among",
)
# _NOT_TAKING_PART_WORDS under a shorter word that each word of its group holds: a text
# without the shorter word holds no word of the group (five scans of the whole text instead of
# one for each of the words; a group of one word is the key itself;
# tests/core/test_guard_words.py checks the groups)
_NOT_TAKING_PART_GROUPS: Final = (
    ("but d", _NOT_TAKING_PART_WORDS[:9]),
    (" to", ("expected to", "due to", "scheduled to", "set to")),
    ("declined", ("declined",)),
    (
        "part",
        (
            "not part of",
            "n't part of",
            "not participating",
            "not taking part",
            "not take part",
            "n't participating",
            "n't taking part",
            "n't take part",
        ),
    ),
    ("involved", ("not involved", "n't involved")),
    ("t in the", ("not in the", "n't in the")),
    ("among", _NOT_TAKING_PART_WORDS[-10:]),
)
# "Tokyo saw no sign the two navies were acting in coordination", "the movements appeared to
# be unconnected": the report denies that the forces it names acted together.
_DENIED_TOGETHER: Final = re.compile(
    r"\bno\s+(?:sign|signs|indication|evidence)\s+(?:that\s+)?[^.;]{0,60}?\b"
    r"(?:acting|operating|sailing|flying|working)\s+(?:in\s+coordination|in\s+concert|together)\b"
    r"|\b(?:were|was)\s+not\s+(?:acting\s+|operating\s+)?(?:in\s+coordination|coordinated)\b"
    r"(?!\s+with)"
    r"|\bappeared\s+to\s+be\s+(?:unconnected|unrelated|uncoordinated)\b",
    re.IGNORECASE,
)
# words of flying together: "in formation", "formation flight", "joint flight", "flew together"
_FORMATION_WORDS: Final = re.compile(r"formation|flight|flew|flying|fly|flown", re.IGNORECASE)
_DENIED_TOGETHER_WORDS: Final = (
    "no sign",
    "no indication",
    "no evidence",
    "not coordinated",
    "not in coordination",
    "not acting in",
    "not operating in",
    "appeared to be un",
)
# the habit verb of _HABIT_VERB with "the" before a named exercise (checked against the lead)
_HABIT_NAMED: Final = re.compile(
    r"\b(?:also|regularly|routinely|usually)\s+(?:"
    r"(?:takes?|joins?)\s+part(?:,\s+(?:along\s+)?with\s+[^,.;]{1,40},)?\s+in\s+the"
    # "India and Japan also hold the JIMEX naval exercise": the habit verb's own drill, named
    r"|(?:holds?|conducts?|stages?)\s+the"
    r")\s+",
    re.IGNORECASE,
)
# "did not coordinate with", "were not operating alongside": a negated verb of acting
# together that ends right before a link word (see Classifier._negated)
_NOT_VERB_BEFORE_LINK: Final = re.compile(
    r"\bnot\s+(?:coordinate|coordinating|cooperate|cooperating|operate|operating|sail|"
    r"sailing|fly|flying|train|training|work|working)\s+$",
    re.IGNORECASE,
)
# "the Malacca Strait Patrol", "the Komodo Multilateral Naval Exercise": a capitalised name
# of a patrol or drill series right after _HABIT_NAMED (see Classifier._habit_in_other_named)
_PROPER_SERIES: Final = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,4}(?:Patrols?|Exercises?|Drills?|Games)\b"
)
# literal words one of which _HABIT_NAMED needs (a cheap test before the search)
_HABIT_NAMED_WORDS: Final = (" part", " hold", " conduct", " stage")
# "Every year, thousands of troops gather for ...": a habit phrase that opens a lead
_HABIT_OPENERS: Final = (
    "Every year",
    "Each year",
    "Every other year",
    "Every second year",
    "Every two years",
)
_HABIT_WORDS: Final = (
    "also",
    "series",
    "regular",
    "routinely",
    "often",
    "frequently",
    "usually",
    "annual",
    "yearly",
    "separate",
)
# "Takuba, which had operated alongside French and Malian troops, was dissolved": a
# relative clause in the past perfect tells the noun's earlier history; when every state of
# the sentence is named inside it, the activity is an earlier one.
_RELATIVE_HAD: Final = re.compile(r",\s+(?:which|who)\s+had\s+[^,;:()]*", re.IGNORECASE)
# "Takuba, in which special forces from Estonia, Italy and Sweden had fought alongside French
# commandos, was dissolved": a relative clause after a preposition, whose subject may be a list
_RELATIVE_PREP_HAD: Final = re.compile(
    r",\s+(?:in|with|under|alongside|through)\s+which\s+[^;:()]{0,160}?\bhad\s+[^,;:()]*",
    re.IGNORECASE,
)
# "Japan ... has held fighter drills on its soil with the United States and Britain": after
# the lead, the present perfect of these verbs tells earlier activities, not this one.
_HOLDING_VERBS = frozenset({"held", "conducted", "staged", "carried out", "hosted"})
# ... and so do "flown", "sailed" and "trained" over a span of earlier times ("U.S. bombers
# have flown with Swedish Gripens over Stockholm this year"); without one they may tell this
# drill ("have flown alongside US jets during the air phase")
_FLOWN_VERBS: Final = frozenset({"flown", "sailed", "trained"})
_EARLIER_SPAN: Final = re.compile(
    r"\b(?:this year|in recent (?:weeks|months)|so far|several times|many times|repeatedly"
    r"|twice|before)\b",
    re.IGNORECASE,
)
# "a programme of exchange and training agreed by both governments": a past participle in
# the passive that describes another noun, not the plan of the activity.
_PASSIVE_BY = re.compile(r"\s+(?:by|between)\b", re.IGNORECASE)
# Time words among the tense cues: they date a sentence but are no verb, so they do not
# govern an infinitive ("departed today for Kazakhstan to take part": still to come).
_TIME_WORDS = frozenset(
    {"today", "yesterday", "this week", "last week", "currently", "earlier this week"}
)
# Time words of the present week or day that the matcher tags as "ongoing": after a verb of
# the activity in the simple past ("jets trained with Japanese fighters this week") they
# date a thing done; the verb's form, not the time word, tells the tense.
_PRESENT_SPAN_WORDS: Final = frozenset({"this week", "today"})
# Words before a verb in "-ed" that make it a participle or a perfect, not a simple past
# ("are being trained", "have trained").
_AUXILIARIES: Final = frozenset(
    {"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "get", "gets"}
)
# "Royal Netherlands Air Force F-35s and Royal Air Force Typhoons are also taking part": a
# list of forces, each with its aircraft or ships.
_ASSET_LIST_GAP = re.compile(
    r"\s+[A-Z0-9][\w-]*(?:\s+\d[\w-]*)?(?:\s+[a-z]+s)?"
    + _HULL_NUMBER
    + r"\s*(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:the\s+)?"
)
# "targets built to resemble modern Russian and Chinese systems": the states whose weapons a
# drill imitates are the enemy it plays, not its participants; so are the states a scenario
# is built around ("with scenarios built around a North Korean nuclear attack")
_IMITATED_BEFORE: Final = re.compile(
    r"\b(?:resembl(?:e|es|ed|ing)|mimic(?:s|ked|king)?|imitat(?:e|es|ed|ing)|"
    r"replicat(?:e|es|ed|ing)|modell?ed\s+(?:on|after)|"
    r"scenarios?\s+(?:(?:built|based|centred|centered)\s+(?:around|on)|of|involving))"
    r"\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.-]*(?:\s+and|,)\s+)?$"
)
# "with North Korean nuclear threat scenario", "a Chinese invasion scenario": a state named just
# before a scenario noun is the enemy the drill plays
# ... but not "aircraft from Argentina and Uruguay in a scenario in which ...": a preposition
# after the state makes it the one that acts in the scenario, not the one imitated
_SCENARIO_AFTER: Final = re.compile(
    r"(?!\s+(?:in|under|within|during|through|for|as|with|on)\b)(?:\s+[a-z][\w-]*){0,3}"
    r"\s+scenarios?\b"
)
# "Djibouti also hosts forces from France, Japan and Italy": states whose forces a country
# hosts are stationed there, which is no activity of theirs (a military force as the host
# trains with its guests: see Classifier._military_host)
# The words _IMITATED_BEFORE (case-sensitive) needs (see _guarded_search)
_IMITATED_WORDS: Final = ("resembl", "mimic", "imitat", "replicat", "model", "scenario")


_HOSTED_FORCES_BEFORE: Final = re.compile(
    r"(?=[h])\bhost(?:s|ed|ing)?\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:forces|troops|bases|garrisons|"
    r"contingents|militaries)\s+(?:from|of)\b[^.;:()]{0,80}$"
)
# "Britain, Australia and Bahrain have joined the US maritime coalition": states that join a
# standing coalition or bloc are its members, not actors of an activity
_JOINED_BLOC_AFTER: Final = re.compile(
    r"\s+(?:have|has|had)\s+(?:also\s+|already\s+)?joined\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:coalition|alliance|initiative|grouping|bloc)\b"
)
# "U.S., British and Swiss aircraft and a NATO E-3 AWACS are involved": a list item whose
# aircraft or ships are named by a common noun, followed by the next item; also its people
# ("US soldiers and a Latvian unit are also involved")
# ... and one ship or unit each, with a word of its kind ("a Spanish patrol ship and an
# Italian frigate took part")
_COMMON_ASSET_LIST_GAP: Final = re.compile(
    r"\s+(?:(?:patrol|offshore\s+patrol|supply|landing|transport|support)\s+)?"
    r"(?:aircraft|jets?|fighters?|fighter\s+jets?|bombers?|tankers?|helicopters?|warships?|"
    r"ships?|vessels?|boats?|frigates?|destroyers?|corvettes?|submarines?|troops|units?|crews?|"
    r"soldiers|sailors|airmen|marines|paratroopers|commandos|contingents?|tanks|vehicles|"
    # "a Dutch infantry company and Czech units": a land unit is an item of the list too
    r"(?:(?:infantry|rifle|tank|mechani[sz]ed)\s+)?(?:compan(?:y|ies)|platoons?|battalions?|"
    r"detachments?))"
    r"\s*(?:,\s+(?:and\s+)?|\s+and\s+)(?:an?\s+|the\s+)?(?:NATO\s+)?"
)
# "The German navy, which hosts the start of the exercise, has committed frigates"
# ... or a name given the same way ("A Spanish P-3M of the operation, nicknamed Cisne and
# based in Djibouti, later joined in"); not a participle of where the force is based, which
# tells another clause ("American F-16s, based at Aviano, joined too")
_RELATIVE_GAP = re.compile(
    r",\s+(?:which|who|whose|nicknamed|named|called|known as)\b"
    r"[^,;:.()]{0,100},\s*(?:(?:also|already|now|later|then)\s+)?",
    re.IGNORECASE,
)
# "Japan sent a destroyer, the Royal Canadian Navy a frigate, and France an aircraft": a
# list item after a comma that repeats the verb's subject slot.
_GAPPED_ITEM_BEFORE = re.compile(r",\s+(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)
_LAST_ITEM_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)
# "drills including manoeuvres, anti-piracy and a fleet review": an item of the drills.
_LISTED_ITEM_GAP = re.compile(r"^[^.;:]{0,160}?\b(?:including|such\s+as|ranging\s+from)\b")
# "Several countries ... have flown their nationals out", "each sent its own ships": each state
# acts on its own, which is no joint activity.
# a word of each of _PARALLEL's alternatives (see _guarded_search)
_PARALLEL_WORDS: Final = (
    "each",
    "separately",
    "independently",
    "respectively",
    "their",
    "its",
    "evacuat",
    "tourists",
    "travel",
    "holidaymakers",
    "evacuees",
    "passengers",
)
_PARALLEL = re.compile(
    r"\b(?:each(?!\s+other)|separately|independently|respectively|their\s+own|"
    r"(?:their|its)\s+(?:nationals|citizens)|evacuat\w*|"
    # "air force planes have started flying stranded tourists out": an evacuation, each
    # state flying its own people
    r"(?:stranded\s+)?(?:tourists|travell?ers|holidaymakers|evacuees|passengers)\s+"
    r"(?:out|home)\b)",
    re.IGNORECASE,
)
# "Israeli jets began striking ..., and U.S. bombers followed nine days later with strikes":
# one state's action after the other's, not the two together. "A Russian frigate and a
# Chinese frigate sailed into the zone ..., about an hour apart": the same, told as a gap.
_SEQUENTIAL: Final = re.compile(
    r"\bfollowed\s+(?:\w+\s+){0,3}?(?:hours?|days?|weeks?|months?)\s+later\b"
    r"|\b(?:minutes|an\s+hour|hours|a\s+day|days)\s+apart\b"
)
_FOLLOWED: Final = ("followed", "apart")
# "Indian and Chinese troops have resumed patrolling at Depsang after completing disengagement
# at the two friction points": two states' forces in a stand-off patrol the same ground
# against each other, not together.
# a word of each of _STANDOFF's alternatives (see _guarded_search)
_STANDOFF_WORDS: Final = (
    "stand",
    "face",
    "disengag",
    "friction",
    "buffer",
    "border",
    "escalat",
)
_STANDOFF = re.compile(
    r"\b(?:stand-?offs?|face-?offs?|disengag\w*|friction\s+points?|buffer\s+zones?|"
    r"border\s+(?:disputes?|rows?|clash(?:es)?)|de-?escalat\w*)\b",
    re.IGNORECASE,
)
# "Sailing with the carrier are ...": "with" or "alongside" and a definite noun that refers
# back to a force already named.
_DEFINITE_AFTER_LINK = re.compile(r"\s+the\s+", re.IGNORECASE)
# "the special forces exercise of India and Indonesia": the states whose exercise it is.
_OWNERS_OF = re.compile(r"\s+of\s+(?:the\s+|both\s+)?", re.IGNORECASE)
# "On Thursday they flew training sorties with ASDF fighters": a subject that refers back to
# the forces of the previous sentence.
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:on|by|later|then|afterwards|the\s+next\s+day)\b[^,;.]{0,25}?,?\s+)?"
    r"(?:they|the\s+(?:jets|ships|aircraft|planes|warships|fighters|bombers|vessels|troops|"
    r"soldiers))\b",
    re.IGNORECASE,
)
# "are flying", "were sailing": the auxiliary right before an activity verb in -ing.
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(is|are)\s+(?:(?:also|now|currently|still|already)\s+)?$", re.IGNORECASE
)
# "The three navies were on their way to a multinational exercise": where the forces are
# going, not what they are doing.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:on\s+(?:their|its|the)\s+way\s+to|en\s+route\s+to|bound\s+for|"
    r"heading\s+(?:for|to)|headed\s+(?:for|to))\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "The flotilla formed up after the two navies' Northern/Interaction exercise": an activity
# named, with its article, as what came before (or after) the reported one is another event
# and does not say what kind of activity the report is about ("after training with Japanese
# jets" and "after 45 days of operations" are the reported activity itself).
_SEQUENCE_BEFORE: Final = re.compile(
    r"\b(?:after|following|before)\s+(?:the|their|its|this\s+year's|last\s+year's)\s+"
    r"(?:[\w'’/.-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Cobra Gold entered its field training phase": a drill that enters a phase is under way.
_PHASE_AFTER = re.compile(
    r"\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:phase|stage)\b", re.IGNORECASE
)
_ENTERED = frozenset({"entered", "enters", "has entered", "have entered"})
# "Indian troops joined Russian forces on Monday for the main phase of Zapad": forces that
# joined or arrived "for" a phase of the drill take part in it as it runs, as one that
# "entered its active phase" runs
_FOR_PHASE: Final = re.compile(
    r"\bfor\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:phase|stage)\s+of\b", re.IGNORECASE
)
# "launched air and missile strikes early on Saturday": a strike reported as launched is done,
# unlike a launched exercise, or strikes "in an operation it said it was carrying out" and
# "began joint strikes" (a campaign, under way)
_LAUNCHED = frozenset({"launched", "has launched", "have launched"})
_STRIKE_WORDS = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes", "raid", "raids"}
)
_CAMPAIGN = re.compile(r"\b(?:operations?|campaigns?|offensives?)\b", re.IGNORECASE)
# "The opening ceremony of the exercises was held on Monday": what is done is the opening, so
# the exercise itself is under way
_OPENING_BEFORE = re.compile(r"\bopening\s+(?:ceremony|ceremonies)\b", re.IGNORECASE)
# "The exercise will last until September 25": an activity reported as held or begun that is
# said to go on until a later day is under way
# ... or is still to end: "began on Monday and is to end Friday", "is due to conclude on",
# "will wrap up on Sunday", "will continue for another week", "the drills run until Friday",
# "runs from May 11 to May 31"
# (the lookahead: the alternatives' first letters, see _YEAR_MENTION)
_LASTS_UNTIL = re.compile(
    r"(?=[acefilrw])\b(?:"
    r"\b(?:will\s+(?:last|run|continue|go\s+on)|(?:lasts|runs|continues)|is\s+to\s+last)\s+"
    # "runs in stages until May": the way it is split up may stand between
    r"(?:in\s+(?:two\s+|three\s+|four\s+|several\s+)?(?:stages|phases|parts)\s+)?"
    r"(?:until|till|through)\b"
    r"|\b(?:run|last|continue)\s+(?:until|till)\b"
    # "runs from February 17 to 28": a schedule told in the present
    r"|\b(?:runs|lasts)\s+from\s+[^.;]{1,40}?\s(?:to|until|till|through)\s"
    r"|\bwill\s+(?:last|run|continue|go\s+on)\s+for\s+(?:another|a\s+further|two|three|four)\b"
    r"|\b(?:(?:is|are)\s+(?:due\s+|scheduled\s+|set\s+|expected\s+)?to|will)\s+"
    r"(?:end|close|conclude|finish|wrap\s+up)\b"
    # "The exercise ends on Sunday": an end told in the present for a named weekday is a
    # schedule, and the activity goes on until then
    r"|\b(?:ends|closes|concludes|finishes)\s+on\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # "the drill runs from November 2 to 9": a schedule told in the present, or in the
    # present progressive ("the active phase is running from September 10 to 16")
    r"|\b(?:runs|lasts|(?:is|are)\s+running)\s+from\s+[^.;:]{1,40}?\s+(?:to|until|till|through)\b"
    # "are operating from Darwin and Tindal until August 17": forces there until a later day
    r"|\b(?:are|is)\s+(?:operating|training|exercising|flying|sailing|deployed)\b[^.;:]{0,60}?"
    r"\s(?:until|till)\b"
    # "will fly with the Indian jets over the desert until June 13", "will train until December
    # 14": the forces' own activity told in the future until a later day, after an arrival
    r"|\bwill\s+(?:fly|train|sail|exercise|operate|practi[sc]e)\b[^.;:]{0,90}?\s(?:until|till)\b"
    # "The exercise ends on June 22": the day it is to end, told in the present
    r"|\b(?:ends|closes|concludes|finishes)\s+on\s+(?:"
    + _MONTH_NAMES
    + r"\s+\d{1,2}|\d{1,2}\s+"
    + _MONTH_NAMES
    + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    # "the field training, which began on March 1, continues with land and sea drills": the
    # activity told as going on in the present
    r"|\bcontinues\s+(?:with|across|in|off|at|around)\s"
    # "The two sides were to fly a second day of exercises on Wednesday": a further day of
    # the activity still to come in the report's past
    r"|\b(?:was|were)\s+(?:due\s+|scheduled\s+|set\s+)?to\s+(?:\w+\s+){1,3}?"
    r"(?:second|third|fourth|final|last|further|another)\s+day\b",
    re.IGNORECASE,
)
# ", which run until early August": a relative clause tells how long its own noun lasts
# A word of each of _LASTS_UNTIL's alternatives (see _guarded_search)
_LASTS_WORDS: Final = (
    "til",
    "continues",
    # "were to fly a second day": the ordinal before "day" (and "last", below)
    "second",
    "third",
    "fourth",
    "final",
    "further",
    "another",
    "through",
    "run",
    "last",
    "will",
    "end",
    "clos",
    "conclud",
    "finish",
    "wrap",
)
_RELATIVE_LASTS: Final = re.compile(r",\s+(?:which|that)\s+[^,;:]*$", re.IGNORECASE)
# "The exercise is the first at a new centre. It will continue through next week": the
# sentence after one about the activity says, with "it" for its subject, that it goes on
# "the ships are carrying out anti-submarine drills until Friday": under way until a later day
_PROGRESSIVE_UNTIL: Final = re.compile(
    r"\b(?:are|is)\s+(?:carrying\s+out|conducting|holding|staging|practi[sc]ing)\b[^.;]{0,120}?"
    r"\buntil\b"
)
_IT_LASTS_UNTIL: Final = re.compile(
    r"\s*It\s+(?:will\s+(?:last|run|continue|go\s+on)|(?:lasts|runs|continues)|is\s+to\s+last)"
    r"\s+(?:until|till|through)\b"
)
# verbs that end an activity: a report that uses one is of a finished activity, whatever a
# schedule said it would last
_ENDING_CUES = frozenset(
    {"wrapped up", "concluded", "completed", "ended", "finished", "culminated", "conclude"}
)
# "took part in the drill, which opened on Sunday": a clause on the drill that tells when it
# began, not whether it is still going on (see _Decision._subject_tense)
_OPENERS = frozenset(
    {"opened", "began", "started", "kicked off", "got under way", "commenced", "launched"}
)
# "days before Filipino and American troops open their annual Balikatan exercises": a verb in
# the present after the conjunction "before" (a noun group of its own between) tells what is
# still to come, whatever the tense of the main clause
_BEFORE_CLAUSE = re.compile(r"\bbefore\s+(?:[\w'-]+\s+){1,6}$", re.IGNORECASE)
# "The Philippines and the United States open their Balikatan drills on Tuesday.": after the
# lead, a verb of beginning in the present with a weekday after the drill is a schedule, as
# a report tells an opening already held in the past ("opened on Monday")
_PRESENT_OPENERS: Final = frozenset(
    {"open", "opens", "begin", "begins", "start", "starts", "kick off", "kicks off"}
)
_ON_WEEKDAY_AFTER = re.compile(
    r"[^,.;:!?]{0,40}?\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE
)
# "a joint flight-tactical exercise": a word joined by a hyphen to the next one modifies it
_COMPOUND_AFTER = re.compile(r"-[a-z]")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:had\s+|has\s+)?$", re.IGNORECASE)
# "arrived for the exercise Vinbax-2024, which will be held from November 4": the clause
# on the drill itself says it is still to come, whatever the movement verb before it says.
_STILL_TO_COME = re.compile(
    # an appositive may come between ("Exercise Kakadu, the navy's biennial exercise, which
    # will begin on Monday")
    r"[^,.;:!?]{0,40}?(?:,\s+the\s+[^,.;:!?]{1,80}?)?,\s+(?:which|that)\s+(?:will|is\s+due\s+to|are\s+due\s+to|"
    r"is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+set\s+to|are\s+set\s+to)\s+"
    r"(?:be\s+held|begin|start|take\s+place|open|kick\s+off|get\s+under\s+way)\b",
    re.IGNORECASE,
)
# "A frigate sailed on Saturday from Cartagena to take part in PANAMAX": a ship or aircraft
# that left a place to join a drill is on its way; the drill is still to come.
_DEPARTURE_VERBS = frozenset({"sailed", "flew"})
_FROM_TO_JOIN = re.compile(
    r"[^.;:]{0,60}?\bfrom\b[^.;:]{0,80}?\bto\s+(?:take\s+part|participate|join)\b",
    re.IGNORECASE,
)
# "Guatemalan soldiers landed to join the Kenya-led multinational mission": a contingent that
# joins a standing mission or operation is a rotation into it, not an activity it reports.
_MISSION_WORDS = frozenset({"mission", "missions", "operation", "operations"})
# the words of a standing air policing mission's rotation (see _policing_rotation)
_MISSION_WORDS_ROTATION: Final = frozenset({"mission", "missions", "deployment", "deployments"})
_JOINS_BEFORE = re.compile(
    r"\b(?:to\s+(?:join|reinforce|serve\s+(?:with|in))|joining|to\s+be\s+part\s+of|"
    # "Kenyan troops serve in Somalia as part of the African Union mission": a force's
    # standing service in a mission, like a rotation into it
    r"serv(?:e|es|ed|ing)\s+(?:in|with)\b[^,.;:]{0,40}\bas\s+part\s+of)\b"
    r"[^,.;:]{0,60}$",
    re.IGNORECASE,
)
# Words of a hostile encounter: an escort with one of these is an intercept.
_HOSTILE = re.compile(
    r"\b(?:intercept\w*|scrambl\w*|shadow\w*|warn\w*|ADIZ|identification\s+zone|"
    r"violat\w*|airspace\s+incursion)\b",
    re.IGNORECASE,
)
# "Greek pilots trained for months with French instructors": the buyer's crews are taught
# by the seller's, which is no joint activity; "drills ... with US observers": watched.
# "joining Israel's air defences in repelling the attack": the shared activity after the
# partner's forces (for "joining" only: "with Indian crews taking part in training" is not)
_IN_ACTIVITY_GAP = re.compile(r"\sin\s+(?:the\s+)?$")
# link words that make a partner only of forces ("joining Israel's air defences"), not of a
# bare state ("joining Iran in condemning the strikes")
_LINKS_TO_FORCES = frozenset({"joining"})
_INSTRUCTORS_AFTER = re.compile(
    r"(?:\s+(?:military|army|navy|naval|air\s+force|flight|flying))?\s+"
    r"(?:instructors?|trainers?|advis[eo]rs?|mentors?|technicians?|observers?)\b",
    re.IGNORECASE,
)
# A clause's subject: the sentence's start or a contrast clause ("..., while American and
# British instructors run a field hospital").
_SUBJECT_CLAUSE_BEFORE = re.compile(r",\s+(?:while|whereas|but)\s+(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_OPENINGS = frozenset({"", "the", '"', "“", '"the', "“the"})
# A clause's subject of forces owned by the states after it (_FORCE_NOUNS); also the staffs a
# multinational drill is run by ("staff officers from A, B and C run the multinational task
# forces")
_FORCES_OF_BEFORE: Final = re.compile(
    rf"\b{_FORCE_NOUNS}(?:\s+and\s+{_FORCE_NOUNS})?\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "American troops and a contingent from Canada", "personnel of the US military and a detachment
# from Japan": one force of a state, after "a" or "an", coordinated with another state's force
# (see _force_before_forces_of)
_A_FORCE_OF_BEFORE: Final = re.compile(
    r"\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:contingent|detachment|unit|team|company|battalion|platoon|"
    r"squadron|flight|ship|warship|vessel|frigate|destroyer|corvette|submarine)\s+(?:of|from)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# People or ships of a drill who are no force name of their own: "Lithuanian and Latvian
# engineers", "Spanish and Greek escorts" (a carrier group's screening ships).
_ROLE_NOUN_AFTER = re.compile(
    r"\s+(?:military\s+|army\s+|combat\s+)?"
    r"(?:instructors|trainers|engineers|medics|doctors|escorts)\b"
)
# Not this drill's work: a clause in the future or a condition ("are due to join").
_NOT_NOW = re.compile(
    r"(?=[cdempsw])\b(?:due|expected|set|scheduled|plan|plans|planned|planning|will|would|could|may)\b",
    re.IGNORECASE,
)
# Forces that watch or answer the drill from the other side, or hold their own (not "fired
# their own missiles": their own weapons in the drill's work).
_ANSWERING = re.compile(
    r"(?=[acdmprstw])\b(?:watch\w*|monitor\w*|massed|massing|shadow\w*|respond\w*|protest\w*|"
    r"condemn\w*|denounc\w*|their\s+own(?!\s+(?:[a-z-]+\s+)?(?:missiles|rockets|interceptors|"
    r"rounds|shells|weapons|radars|guns|launchers|aircraft|jets|ships|vessels|vehicles|tanks|"
    r"equipment)\b)|across\s+the\s+border)\b",
    re.IGNORECASE,
)
_SUBJECT_STOP_CATS = frozenset(
    {OPP, OBSERVER, REACTION, NEGATION, PLANNED, FUTURE, BACKGROUND, PRIOR, NONMIL, SIDE}
)
# One state's force as a clause's subject, doing the drill's work: "a Kenyan boarding team
# climbed aboard", "Canadian officers mentored the staff", "an Australian-led team ran the
# lane", "the United States is flying F-35s". Anchored at the state's end; the verb must follow
# the force noun at once, so "a Chinese delegation visited" or "Russian officers attended the
# ceremony" (no drill work) and "Kenyan officials said" never match.
_LONE_FORCE_VERB: Final = re.compile(
    r"(?:-led)?\s+(?:(?:[a-z]+(?:-[a-z]+)?|boarding|special)\s+){0,2}?"
    r"(?:(?:team|teams|sailors|crews?|units?|platoons?|compan(?:y|ies)|batter(?:y|ies)|"
    r"battalions?|gunners|officers|troops|soldiers|"
    r"marines|paratroopers|pilots|aircrews?|commandos|ships?|vessels|patrol\s+boats?|"
    r"squadrons?|detachments?|contingents?|forces|jets|fighters|frigates?|destroyers?)"
    # "a Norwegian tank platoon from the battlegroup joined": the unit's parent formation
    r"\s+(?:(?:from|of)\s+the\s+(?:[A-Za-z-]+\s+){0,2}?(?:battlegroup|battle\s+group|brigade|"
    r"battalion|regiment|division|rotation)\s+)?"
    r"(?:also\s+|then\s+)?|(?:also\s+)?(?:is|are)\s+(?=[a-z]+ing\b))"
    r"(?:practi[sc]ed|practi[sc]ing|ran|trained|training|climbed|searched|boarded|flew|flying|"
    r"mentored|worked\s+(?:with|alongside|beside)|took\s+part|taking\s+part|joined|sailed|"
    r"drilled|rehearsed|stormed|landed|fired|led\s+the|carried\s+out|conducted|supported)\b"
)
# "A Czech mechanised company and a Norwegian tank platoon joined the attack": a state's force
# coordinated by "and" with a second state's force that is the subject of the drill's work;
# the words from the first state to the second (the first force's noun and "and").
_COORDINATED_FORCE_AND: Final = re.compile(
    r"\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:teams?|sailors|crews?|units?|platoons?|compan(?:y|ies)|"
    r"batter(?:y|ies)|gunners|officers|troops|soldiers|marines|paratroopers|pilots|aircrews?|"
    r"commandos|squadrons?|detachments?|contingents?|battalions?|forces|tanks|engineers|"
    r"medics)\s+and\s+(?:(?:a|an|the)\s+)?"
)
# Before such a subject: an opening clause or a coordinated one ("In one serial, a", ", while
# an", "... lane and Canadian officers").
_LONE_SUBJECT_BEFORE: Final = re.compile(
    r"(?:[,;]\s+|,?\s+(?:while|whereas|but|and)\s+)(?:(?:a|an|the)\s+)?$"
)
_LONE_OPENINGS: Final = frozenset({"", "a", "an", "the"})
# "a Djiboutian patrol boat and vessels from Kenya": a state's force named in one subject
# with forces that take part; the words up to "and" are the force's noun.
_BESIDE_PARTICIPANTS: Final = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:boats?|ships?|vessels|crews?|teams?|units?|sailors|troops|"
    r"soldiers|marines|aircraft|jets|helicopters)\s+and\s+(?=(?:vessels|ships|boats|crews|"
    r"teams|units|sailors|troops|soldiers|marines|aircraft|jets)\s+(?:from|of)\s)"
)
# States named bare as the subject of the drill's own work stand for their forces: "Gabon and
# Sao Tome ran searches in their waters", "..., while Ghana, Togo and Benin formed a second
# zone"; "formed" only with a unit of the drill, never "formed an alliance".
_STATES_DID_DRILL_WORK: Final = re.compile(
    r"\s+(?:also\s+)?(?:ran|practi[sc]ed|trained|searched|boarded|drilled|rehearsed|"
    r"formed\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}?(?:zone|group|team|task\s+force|squadron|"
    r"contingent|battalion|company))\b"
)
# A list of states that a copula or "have" puts in the drill the report tells: "Also in the
# exercise are A, B and C" (fronted, see _Decision._listed_in_drill), "A and B are also in
# the drill", "A, B and C also have troops in the field". The drill itself must be named by an
# activity or exercise mention right after the words ("in the field" names it for troops).
_FRONTED_IN_DRILL: Final = re.compile(
    r"(?:also\s+)?(?:in|among)\s+(?:the|this)\s+(?:year's\s+)?[^,.;:]{0,40}?\s+"
    r"(?:this\s+year\s+)?(?:are|were)\s+(?:also\s+)?(?:the\s+)?"
    r"(?:(?:armed\s+forces|air\s+forces|special\s+forces|forces|navies|armies|militaries|"
    r"troops|units|ships|contingents)\s+(?:of|from)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# "Among the teams on the ground are ...", "Among the participants this year are ...": the
# fronted words name the drill's own forces, so the list after the copula is in the drill
_AMONG_FORCES_FRONTED: Final = re.compile(
    r"(?:also\s+)?among\s+(?:the|this\s+year's)\s+(?:participants|participating\s+[a-z]+|"
    r"teams|units|forces|contingents|troops|navies|air\s+forces)\b",
    re.IGNORECASE,
)
_IN_DRILL_AFTER: Final = re.compile(
    r"\s+(?:(?:are|were)\s+(?:also\s+)?(?:taking\s+part\s+)?(?:in|among)|(?:also\s+)?"
    rf"(?:have|had)\s+(?:also\s+)?(?:[a-z]+\s+){{0,2}}?{_FORCE_NOUNS}\s+(?:in|at|on))\s+"
    r"(?:the\s+|this\s+)?(?=[A-Za-z])"
)
# "Among the countries that criticised the drill are", "Among the nations voicing concern
# were": a clause or participle on the fronted noun gives the list its role, and only one of
# taking part ("that sent forces", "taking part", "involved") puts the list in the drill. Words
# that end like a participle but are none ("armed forces", "morning") do not count.
_FRONTED_CLAUSE: Final = re.compile(
    r"\b(?:that|which|who|whose|[a-z]{3,}(?:ing|ed)|critical|wary|uneasy|unhappy|hostile|"
    r"absent|opposed)\b",
    re.IGNORECASE,
)
_FRONTED_NOT_CLAUSE: Final = frozenset(
    {
        "armed",
        "combined",
        "allied",
        "united",
        "advanced",
        "specialised",
        "specialized",
        "morning",
        "evening",
        "spring",
        "during",
    }
)
_FRONTED_PART_WORDS: Final = re.compile(
    r"\b(?:sen[dt]\w*|contribut\w*|took|tak(?:e|es|ing)\s+part|participat\w*|join\w*|"
    r"involved|deploy\w*|field(?:ed|ing)|train\w*|drill\w*|exercis\w*|provid\w*|suppl\w*|"
    r"dispatch\w*|commit\w*|flew|fly\w*|sail\w*|fought|fight\w*|operat\w*|land\w*|"
    r"manoeuv\w*|maneuv\w*)\b",
    re.IGNORECASE,
)


def _fronted_other_role(text: str, start: int, end: int) -> bool:
    """ "Among the countries that criticised the drill are ...": the fronted words before the
    drill's own mention (`end`) carry a clause or participle of no taking part, so the list
    after the copula names critics, watchers or objectors, not participants ("Among the countries
    that sent forces were ..." and "Among the partner nations taking part are ..." stay)."""
    if "among" not in text[start : start + 12].lower():
        return False
    for c in _FRONTED_CLAUSE.finditer(text, start, end):
        if c.group().lower() in _FRONTED_NOT_CLAUSE:
            continue
        return _FRONTED_PART_WORDS.search(text, c.start(), end) is None
    return False


# "A and B are among those filling senior posts": "those" are the drill's participants
_AMONG_THOSE_AFTER: Final = re.compile(
    r"\s+(?:are|were)\s+(?:also\s+)?among\s+those\s+(?:[a-z]+ing)\b", re.IGNORECASE
)
# "Officers from", "troops of the": the people of the states a list names
_PEOPLE_OF_BEFORE: Final = re.compile(
    rf"\b(?:{_FORCE_NOUNS}|officers|staffs?|personnel|planners)\s+"
    r"(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "European partners including", "allied navies such as": a word for the drill's partner
# forces and the list of some of them (not "countries including": buyers, critics)
_PARTNERS_INCLUDING_BEFORE: Final = re.compile(
    r"(?:\b[A-Za-z]+\s+)?\b(?:partners|allies|partner\s+navies|navies|air\s+forces|armies|"
    r"militaries)\s+(?:including|such\s+as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "are supporting", "were running": the list's own doing, in the progressive
_DOING_AFTER: Final = re.compile(r"\s+(?:are|were)\s+(?:also\s+)?[a-z]+ing\b")
_IN_THE_FIELD: Final = re.compile(r"field\b", re.IGNORECASE)
# Words that set a list against the participants (see _contrasted); "except for " before
# "except " so the longer one is tried first.
_CONTRAST_WORDS: Final = (
    "unlike ",
    "except for ",
    "except ",
    "other than ",
    "excluding ",
    "not including ",
    "rather than ",
    "instead of ",
    "but not ",
)
# the two letters before the closing space of each of _CONTRAST_WORDS
_CONTRAST_ENDS: Final = frozenset(w[-3:-1] for w in _CONTRAST_WORDS)
# "are working with German and Dutch ships", "trained alongside the French troops": the
# partners of a subject that takes part (see _Decision._subject_forces)
_WITH_PARTNERS_BEFORE: Final = re.compile(
    r"\b(?:with|alongside|together\s+with)\s+(?:the\s+)?$", re.IGNORECASE
)
_LONE_CLAUSE_STOP_CATS: Final = frozenset(
    {OBSERVER, REACTION, NEGATION, PLANNED, FUTURE, BACKGROUND, PRIOR}
)
# "joined NATO last April", "join the alliance.", "joined the Shanghai Cooperation Organisation
# last week": membership, not taking part (unlike "joined NATO's drills", "joined the SCO
# exercise").
_MEMBERSHIP_AFTER = re.compile(
    r"\s+(?:NATO|BRICS|the\s+(?:alliance|European\s+Union|EU|bloc|SCO|CSTO|"
    r"(?:Shanghai|Collective\s+Security\s+Treaty)\s+(?:Cooperation\s+)?Organi[sz]ation))"
    r"(?=[.,;]|\s+(?:in|on|last|this|after|as|when|before|and|but|\d)\b)"
)
# "are not members of NATO but take part": a negation that denies a membership, not an activity
_NOT_MEMBER_AFTER: Final = re.compile(
    r"\s+(?:an?\s+)?(?:members?|member\s+states?)\s+of\s+(?:NATO|the\s+(?:alliance|European\s+Union|"
    r"EU|bloc))\b"
)
# "to stop the mayors from entering", "barred from patrolling": what is kept from happening
_PREVENTED_FROM: Final = re.compile(
    r"\b(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|bar|bars|barred|"
    r"barring|block|blocks|blocked|blocking|ban|bans|banned|banning|keep|keeps|kept|keeping|"
    r"deter|deters|deterred|deterring|forbid|forbids|forbade|forbidden)\b[^.;]{0,80}?\bfrom\s+$",
    re.IGNORECASE,
)
# "are due to join", "are expected to take part": a participation still to come.
# a word of each of _DUE_BEFORE's alternatives (see _guarded_search)
# "Warsaw may send troops next year", "could join a later edition": a modal of possibility
# before the participation word tells what a state might do, not what it does
_DUE_WORDS: Final = ("due", "expect", "set", "schedul", "plan", "may", "might", "could")
_DUE_BEFORE = re.compile(
    r"(?:\b(?:due|expected|set|scheduled|planning|plans?)\s+to|\b(?:may|might|could))"
    r"\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# A subordinate clause before the actors: the activity is not the sentence's news.
_SUBORDINATE = re.compile(
    r"\b(?:as|while|when|whereas|after|before|since|because|amid|although|though|until|if)\b",
    re.IGNORECASE,
)
# "Since Monday, U.S. and Israeli personnel have been taking part": a preposition before a
# day, a month or a date opens a time phrase, not a clause
_TIME_AFTER_PREPOSITION: Final = re.compile(
    r"\s+(?:(?:early|late|mid-?)\s*)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    + _MONTH_NAMES
    + r"|\d|last\b|the\s+(?:start|beginning|end)\b)"
)
_TIME_PREPOSITIONS: Final = frozenset({"since", "after", "before", "until"})
# The states just after a reaction verb ("unsettled Poland, Lithuania and ...").
# Reaction verbs of combat: the side that does one and the side it is done to fight each
# other ("Ukrainian forces have captured two North Korean soldiers").
_COMBAT_REACTIONS: Final = frozenset(
    {
        "captured", "capturing", "shot down", "shoot down", "shoots down", "shooting down",
        "downed", "struck", "bombed", "attacked", "shelled", "repelled", "repulsed",
        "pushed back", "push back", "pushing back", "drove out", "drive out", "driving out",
    }
)  # fmt: skip
# Between a combat verb's subject state and the verb: its force noun and an auxiliary
# ("Ukrainian forces have captured", "Russian troops shelled").
_COMBAT_SUBJECT_GAP: Final = re.compile(
    r"(?:\s+(?:forces|troops|units|soldiers|army|navy|military|marines|fighters|jets|drones|"
    r"artillery|gunners))?(?:\s+(?:have|has|had))?\s+",
    re.IGNORECASE,
)
_REACTION_GAP = re.compile(
    r"\s+(?:the\s+|neighbouring\s+|neighboring\s+)?"
    r"(?:(?:several|many|dozens\s+of|two|three|four|five|\d[\d,]*)\s+)?"  # "several Russian drones"
)


def _combat_done_to_state(text: str, s: Sentence, m: Mention) -> bool:
    """`m` is a verb of combat whose object is a state's force ("captured two North Korean
    soldiers", "shot down several Russian drones"; not "captured the rebels' base")."""
    if REACTION not in m.cats or text[m.start : m.end].lower() not in _COMBAT_REACTIONS:
        return False
    after = next((x for x in s.mentions if x.start >= m.end and x.states), None)
    return after is not None and _REACTION_GAP.fullmatch(text, m.end, after.start) is not None


# An article, a possessive or an ordinal right before a word: the word is a noun ("the
# second stage", "its start", "a hold"), not a verb in the present.
_NOUN_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:the|a|an|its|their|second|third|fourth|final|main|opening|closing|initial)\s+$",
    re.IGNORECASE,
)
# "before the start of", "ahead of the launch of": the noun's event is still to come
_BEFORE_THE_NOUN: Final = re.compile(r"\b(?:before|ahead\s+of)\s+the\s+$", re.IGNORECASE)
_COUNT_WORDS = (
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|"
    r"several|multiple|(?:twenty|thirty|forty|fifty)(?:-\w+)?|\w+teen"
)
# The count right before a noun of the cue list `state_count` ("20 NATO allies"), also with
# two qualifiers ("13 allied and partner nations", where the cue may be "partner nations").
# A region's adjective also qualifies the count ("14 Latin American nations", "a dozen West
# and Central African states"), though not a vague one ("several European countries also
# train Ukrainian troops" names no drill's participants).
_COMPASS: Final = r"(?:North|South|West|East|Central|Southern|Northern|Western|Eastern)"
_COUNT_QUALIFIER: Final = (
    r"(?:NATO|allied|partner|member|participating|other|(?<!several\s)(?<!multiple\s)(?:"
    + _COMPASS
    + r"(?:\s+and\s+"
    + _COMPASS
    + r")?\s+)?(?:African|American|Latin\s+American|European|Asian|Caribbean|"
    r"Pacific(?:\s+island)?|Arab|Gulf))"
)
_COUNT_BEFORE: Final = re.compile(
    r"\b("
    + _COUNT_WORDS
    + r")(?:\s+"
    + _COUNT_QUALIFIER
    + r"(?:\s+and(?:\s+"
    + _COUNT_QUALIFIER
    + r")?)?)?\s+$",
    re.IGNORECASE,
)
# what a match of _COUNT_BEFORE holds, lower-cased: a digit or a count word (see _may_hold)
_COUNT_GUARD_WORDS: Final = (
    *"0123456789",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozen", "several", "multiple", "twenty", "thirty", "forty", "fifty", "teen",
)  # fmt: skip


def _counted_states(text: str, s: Sentence, minimum: int) -> str:
    """ "with 14 nations taking part", "troops from 20 NATO allies": a count of at least
    `minimum` states (not "the two countries", which refers to a pair named elsewhere)."""
    for m in s.mentions:
        if COUNT not in m.cats or m.start >= s.cut:
            continue
        found = _guarded_search(
            _COUNT_BEFORE, _COUNT_GUARD_WORDS, text, max(s.start, m.start - 40), m.start, True
        )
        if found is None:
            continue
        if text[max(s.start, found.start() - 4) : found.start()].lower() == "the ":
            continue
        number = found.group(1).lower()
        value = int(number) if number.isdigit() else _SMALL_NUMBERS.get(number, minimum)
        if value >= minimum and not _counted_aside(text, s, found.start()):
            return text[found.start() : m.end]
    return ""


_ASIDE_CATS: Final = frozenset({OBSERVER, REACTION, OPP, OPP_ACTOR})


def _counted_taking_part(text: str, s: Sentence) -> bool:
    """A count of states that a participation phrase ties to the activity: "warships from 14
    nations", "the US and 13 partner nations are taking part" (not "representatives of 20
    nations attended", "a drill that has alarmed 14 nations")."""
    ms = s.mentions
    for i, m in enumerate(ms):
        if COUNT not in m.cats or m.start >= s.cut:
            continue
        found = _guarded_search(
            _COUNT_BEFORE, _COUNT_GUARD_WORDS, text, max(s.start, m.start - 40), m.start, True
        )
        if found is None or _counted_aside(text, s, found.start()):
            continue
        for x in ms[:i]:
            if PART in x.cats and 0 <= found.start() - x.end <= 25:
                return True  # "sailors from the US and 13 partner nations"
        for x in ms[i + 1 :]:
            if x.start - m.end > 100 or not x.cats.isdisjoint(_ASIDE_CATS):
                break
            if PART in x.cats and not _SENTENCE_PUNCT.search(text, m.end, x.start):
                return True  # "Twenty-six nations, 38 ships ... are taking part"
    return False


def _counted_aside(text: str, s: Sentence, start: int) -> bool:
    """ "Observers from 14 nations watched", "a drill that has alarmed 14 nations": the
    counted states watch or react in the count's clause; they take no part."""
    for x in s.mentions:
        if x.end > start:
            break
        if (
            not x.cats.isdisjoint(_ASIDE_CATS)
            and start - x.end <= 60
            and not _CLAUSE_PUNCT.search(text, x.end, start)
        ):
            return True
    return False


_SMALL_NUMBERS = {"two": 2}
# "more frequent Russian submarine patrols", "growing Chinese naval activity": words of
# frequency or growth before a state's own activity, told as a trend
_TREND_WORDS: Final = frozenset(
    {"frequent", "increased", "increasing", "growing", "stepped-up", "intensified", "rising"}
)
_TOPIC_WORDS = frozenset(
    "about against toward towards targeting deter deterring counter countering "  # noqa: SIM905
    "confronting confront containing contain".split()
)
_HOST_PREPOSITIONS = frozenset({"in", "across", "throughout", "inside"})
_FROM_GAP: Final = re.compile(r"\s+from\s+(?:the\s+)?")
# "drifting mines from the war in Ukraine": the place after a noun of war is where the
# fighting is, not where the reported activity is held
# ... and the place of a (make-believe) offensive is the scenario's: "simulated a ground
# offensive deep inside Lebanon" is not where the drill is held
_WAR_NOUNS: Final = frozenset(
    {
        "war",
        "wars",
        "conflict",
        "fighting",
        "insurgency",
        "crisis",
        "unrest",
        "violence",
        "offensive",
        "offensives",
        "invasion",
        "incursion",
    }
)
# the first two letters of _WAR_NOUNS (a cheap test before _war_noun_after splits and lowers)
_WAR_STARTS: Final = frozenset(word[:2] for word in _WAR_NOUNS)


def _may_end_before(text: str, lo: int, start: int, ends: frozenset[str]) -> bool:
    """False only when text[lo:start].lower() cannot end with any of some words that all end
    in two ASCII letters and a space, `ends` holding those letter pairs lower-cased. Only
    ASCII letters lower to ASCII letters one for one (the Kelvin sign, not ASCII, falls
    through), so the last three characters of the slice tell."""
    if start - lo < 3 or text[start - 1] != " ":
        return False
    pair = text[start - 3 : start - 1]
    return not pair.isascii() or pair.lower() in ends


def _war_noun_after(text: str, end: int) -> bool:
    """ "Ukraine crisis", "Syria war": a noun of war right after a name."""
    if end >= len(text) or text[end] != " ":
        return False
    first = text[end + 1 : end + 3]
    if len(first) == 2 and first.isascii() and first.isalpha() and first.lower() not in _WAR_STARTS:
        return False  # the next word starts with two letters no noun of war starts with
    words = text[end + 1 : end + 14].split(None, 1)
    return bool(words) and words[0].lower().rstrip(",.;:") in _WAR_NOUNS


# "an offensive deep inside Lebanon", "a raid far into Syria": a word of depth between the
# noun of war and its place
_DEPTH_WORDS: Final = frozenset({"deep", "far", "well"})
# "contingents to the alliance's mission in Afghanistan, and its soldiers trained with US
# Marines": the place after a noun of a standing mission or deployment abroad is where that
# mission serves, not the host of the activity the sentence reports
_MISSION_PLACE_NOUNS: Final = frozenset(
    {"mission", "missions", "contingent", "contingents", "deployment", "deployments"}
)
_REGION_WORDS = frozenset(
    "northern southern eastern western central north south east west northeastern "  # noqa: SIM905
    "northwestern southeastern southwestern".split()
)
# "the war in neighbouring Syria": a word for the state next door, after a place word, keeps
# the state a place (like "in northern Japan")
_NEIGHBOUR_WORDS: Final = frozenset({"neighbouring", "neighboring", "war-torn"})
_SENTENCE_END_CHARS = frozenset(".!?\"'’”)")
_GAP_PUNCT = re.compile(r"[,;:.()\[\]—–]")
# a clause boundary (not the full stop of "U.S.")
_CLAUSE_PUNCT: Final = re.compile(r"[,;:()—–]")
# "joined by HMS Queen Elizabeth (R08), flagship of ..., and by the destroyer JS Ise": the
# participation word's "by" said again before a second partner
_BY_AGAIN = re.compile(r",?\s+and\s+(?:also\s+)?by\s+")
# "are involved: Romania as host, with Belgium, Bulgaria and Canada": the host named first,
# the guests after it take part as well
_AS_HOST_WITH: Final = re.compile(
    r",?\s+as\s+(?:the\s+)?(?:host|hosts|host\s+nation|host\s+country|organi[sz]er)"
    r"\s*,?\s+(?:with|along\s+with|alongside|joined\s+by)\s+",
    re.IGNORECASE,
)
# "its first big exercise since the country joined NATO in April": the month dates the event of
# the "since" clause, not the exercise
_SINCE_CLAUSE_BEFORE: Final = re.compile(r"\bsince\s[^,.;]{0,50}\Z", re.IGNORECASE)
# "The group, whose flagship is the German tender FGS Donau, brought minehunters from ...": the
# flagship of a force that takes part takes part too
_WHOSE_FLAGSHIP: Final = re.compile(r",\s+(?:whose|with\s+its)\s+flagship\s+(?:is|being)?\s*")
# "brought minehunters from Belgium, France and Norway, with a Latvian diving team on board": a
# force added to the list of those taking part
_WITH_FORCE_AFTER_LIST: Final = re.compile(
    # "Moldovan and American units, with ...": the list's own force noun
    r"(?:\s+(?:units|forces|troops|soldiers|armies|navies|contingents))?"
    r",\s+(?:along\s+with|together\s+with|with|plus)\s+(?:a|an|the|two|three|four)?\s*"
    # "..., with a company of British soldiers": a unit of the force named after it
    r"(?:(?:company|companies|platoon|platoons|battalion|battalions|detachment|detachments|"
    r"contingent|contingents|squadron|squadrons)\s+of\s+)?",
    re.IGNORECASE,
)
# "..., along with U.S. Navy maritime patrol aircraft and Estonian and Lithuanian patrol
# ships": the words of a force's noun phrase and the "and" or comma before the next force
_FORCE_LIST_GAP: Final = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# "..., along with forces of Egypt, Jordan and Sudan": the forces added to those taking part
# are those of the states listed after them (see Classifier._companion_owners)
_OWNERS_AFTER_WITH: Final = re.compile(
    rf"(?:(?:special|armed|ground|naval|air|allied)\s+)?{_FORCE_NOUNS}\s+(?:of|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "HNLMS Evertsen and HMCS Winnipeg sailed with the formation, as did a frigate of the Royal
# New Zealand Navy": a force that does the same as the clause's subject
_AS_DID = re.compile(r",\s+as\s+(?:did|does|do|were|was|are|is|had|have|has)\s+")
# "..., as are trainers from Britain and the Netherlands": people sent from the states named
_PEOPLE_FROM_GAP: Final = re.compile(
    r"(?:(?:the|some|several|a|an|[a-z]+)\s+){0,2}?"
    r"(?:troops|soldiers|sailors|airmen|marines|crews|trainers|instructors|officers|teams|"
    r"units|personnel|observers)\s+from\s+$"
)
# "helping to track the targets", "tracked the simulated enemy": the drill's own scenario,
# not an opposing side.
# "track them", "tracked it": an object pronoun right after a tracking verb
_PRONOUN_OBJECT: Final = re.compile(r"\s+(?:them|it)\b", re.IGNORECASE)
# "detected and tracked the target": a second verb that shares the first one's object
_COORDINATED_VERB: Final = re.compile(r"\s+(?:and|or|then)\s+[a-z]+(?=\s)", re.IGNORECASE)
# units of several states that one state leads ("the battlegroup, which is led by Britain")
_MULTINATIONAL_UNITS: Final = (
    "battlegroup",
    "battle group",
    "brigade",
    "task force",
    "task group",
    "battalion",
    "contingent",
    "flotilla",
)
# "fought Estonian units playing the enemy": the object of the verb is the drill's opposing
# force, named by the role it plays right after it
_PLAYS_ENEMY_AFTER: Final = re.compile(
    r"[^.;:,]{0,60}?\s(?:playing|acting\s+as|posing\s+as|in\s+the\s+role\s+of)\s+(?:the\s+|an?\s+)?"
    r"(?:enem(?:y|ies)|opposing\s+forces?|aggressors?|adversary|red\s+forces?|opfor)\b",
    re.IGNORECASE,
)
# a drill's own targets or make-believe enemy, named earlier in the sentence
_SCENARIO_NOUN: Final = re.compile(
    r"\b(?:targets?|target\s+drones?|(?:simulated|mock|notional)\s+(?:enem(?:y|ies)|"
    r"threats?|missiles?|attackers?|aircraft|submarines?))\b",
    re.IGNORECASE,
)
# "tracked a simulated fishing vessel": whatever the drill makes believe
# ... and an object whose first word is in scare quotes ("tracked the 'hijacked' airliner",
# "shadowed the \u201cenemy\u201d fleet"): the quotes mark it as the drill's make-believe
_SIMULATED_OBJECT: Final = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:simulated|mock|notional|dummy)\b|[\"'\u201c\u2018][a-z])",
    re.IGNORECASE,
)
# "A Swedish army helicopter spotted debris in the snow", "located the wreckage": what a
# search finds, not forces being watched, so the searchers are no opposing side
_SEARCH_OBJECT: Final = re.compile(
    r"\s+(?:the\s+|some\s+|a\s+|an\s+)?(?:floating\s+|burning\s+)?(?:debris|wreckage|wreck|"
    r"survivors?|bodies|body|remains|life\s?rafts?|oil\s+slicks?|crash\s+site)\b",
    re.IGNORECASE,
)
# "British intelligence had identified the buildings as a drone plant": a watching verb whose
# object is a site or building finds a target, it does not watch another state's forces
_SITE_OBJECT: Final = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+)?(?:[a-z]+\s+)?(?:buildings?|sites?|"
    r"facilit(?:y|ies)|compounds?|bunkers?|depots?|warehouses?|hideouts?)\b"
)
# "took part in a U.S. strike", "joined in the French operation": a participation word's
# object is an activity that a state's adjective names as that state's (see _partner_forces)
_ACTIVITY_OF_STATE_GAP: Final = re.compile(r"(?:\s+in)?\s+(?:a|an|the)\s+", re.IGNORECASE)
_STATE_ACTIVITY_GAP: Final = re.compile(r"\.?(?:-led|-run)?\s+(?:(?:air|naval|military)\s+)?")


def _part_in_state_activity(text: str, s: Sentence) -> set[str]:
    """ "British jets took part in a U.S. strike", "joined in the French operation": the states
    whose adjective names the activity a participation word's object is (that state's own
    activity, in which its forces act with those taking part)."""
    out: set[str] = set()
    if PART not in s.cats or ACT not in s.cats:
        return out
    ms = s.mentions
    for i, cue in enumerate(ms[:-2]):
        if PART not in cue.cats:
            continue
        m, act = ms[i + 1], ms[i + 2]
        if (
            m.states
            and ACT in act.cats
            and _ACTIVITY_OF_STATE_GAP.fullmatch(text, cue.end, m.start)
            and _STATE_ACTIVITY_GAP.fullmatch(text, m.end, act.start)
        ):
            out.update(m.states)
    return out


# "crews fought side by side to intercept the Iranian missiles", "intercepted drones launched
# at the base": intercepting munitions is air defence, not one state's forces meeting
# another's; the state the munitions belong to is the attacker (see Classifier._roles)
_MUNITION_OBJECT: Final = re.compile(
    r"\s+(?:the\s+|some\s+|all\s+|most\s+|incoming\s+|\d+\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:(?:ballistic|cruise|hypersonic|attack|suicide|one-way)\s+){0,2}"
    r"(?:missiles?|rockets?|drones?|projectiles?|warheads?|salvos?|barrages?)\b"
)
# "one of the largest Patriot intercepts", "the missile interceptions": an intercept named by
# the air-defence weapon or the munition before it is air defence too
_AIR_DEFENCE_BEFORE: Final = (
    " Patriot",
    " THAAD",
    " Arrow",
    " Iron Dome",
    " missile",
    " drone",
    " air defence",
    " air defense",
    " air-defence",
    " air-defense",
)
_SCENARIO_OBJECT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:simulated|mock|notional|hostile|practice|aerial|surface|"
    r"sea|drone|enemy|incoming|pirate)\s+){0,2}(?:targets?|enem(?:y|ies)|opposing\s+forces?|"
    r"aggressors?|adversary|adversaries|red\s+forces?)\b",
    re.IGNORECASE,
)
# "sending troops to Ukraine": a destination, not a state taking part
# "has sent about 15,000 soldiers to the area": troops sent to a border or an area, not to
# an activity, are a state's own deployment
# "The ships were still in the area on Wednesday": the forces a report tells of, named again
# by a definite noun, are still there (not "Russian ships were still in the area")
_STILL_THERE = re.compile(
    r"\b(?:the|both)\s+(?:[\w-]+\s+){0,2}?(?:ships|warships|vessels|group|flotilla|"
    r"squadron|aircraft|bombers|jets|fighters|destroyers|frigates|submarines|troops|forces|"
    r"fleets)\s+(?:were|are|remained|remain)\s+still\s+(?:in|at|off|there|operating|sailing|"
    r"patrolling|flying)\b",
    re.IGNORECASE,
)
# "the first time the home-built fighter has flown": a perfect in a record clause after the
# activity ("..., the first time X has ..."), up to the participle the cue ends before
_RECORD_PERFECT_BEFORE: Final = re.compile(
    r"\bfirst\s+time\b(?:\s+(?:that|since))?[^,;:.()]{0,70}?\b(?:has|have)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "said it had committed four ships", "said they had sent troops": after a force's verb of
# speaking, a pronoun for that force and a verb of contributing forces
_OWN_CONTRIBUTION_AFTER: Final = re.compile(
    r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    r"(?:committed|sent|deployed|contributed|dispatched)\s+(?!no\b)"
)
_SENDING_WORDS = frozenset(
    {"sent", "send", "sends", "sending", "dispatched", "deployed", "has deployed", "have deployed"}
)
# "The Royal Australian Air Force flew its own P-8A, the Royal Canadian Air Force sent a CP-140
# and ...": a clause beside a participation clause whose force brings an asset of its own
_CONTRIBUTED_AFTER: Final = re.compile(
    r"\s+(?:also\s+)?(?:flew|sent|brought|fielded|deployed|contributed|dispatched|provided)\s+"
    r"(?:(?:its|their)\s+own\s+|(?:a|an|one|two|three|four|five|six|\d+|its|their|several)\s+)",
    re.IGNORECASE,
)
_OWN_FORCE_SENT_AFTER: Final = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:also\s+)?(?:sent|deployed|dispatched|contributed)\s+(?:its\s+|the\s+)?",
    re.IGNORECASE,
)
_SENT_TO_AREA_AFTER = re.compile(
    r"(?:\s+[\w,.-]+){0,5}?\s+(?:to|into)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:area|border|borders|frontier|region|zone|boundary)\b",
    re.IGNORECASE,
)
# a word of each of the area nouns _SENT_TO_AREA_AFTER ends with
_AREA_WORDS: Final = ("area", "border", "frontier", "region", "zone", "boundary")
# between a sending word and the state it leads to: "sent to", "sent across the border into"
_SENT_TO_GAP: Final = re.compile(
    r"(?:\s+[\w,.-]+){0,4}?\s+(?:to|into)\s+(?:the\s+)?", re.IGNORECASE
)
_SENT_FOR_CATS: Final = frozenset({ACT, EXERCISE, PART})
# the number a pair reference gives: "the two navies", "both countries", "the three navies"
_PAIR_COUNTS: Final = {"two": 2, "both": 2, "three": 3, "four": 4}
_AND_OTHERS_GAP = re.compile(
    r"\.?(?:\s+[\w-]+)?\s+and\s+(?:[\w-]+\s+){0,2}from\s+(?:[\w-]+\s+){0,3}"
    r"(?:countries|nations|allies|partners|navies|armies|states)\s+"
    r"(?:(?:have|has|had)\s+)?(?:also\s+)?",
    re.IGNORECASE,
)
_SENT_TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$")
# "a Saudi-led drill": the state that leads an exercise or an activity takes part in it
_LED_AFTER = re.compile(r"\.?[-–]led\b")
# "US aircraft flown in from bases in Japan and South Korea", "F-16s based in Italy", "the
# Marines stationed in Japan": the state after these words is where a force is based, not a
# force of its own (a lower-cased suffix of the text just before the state)
_BASE_COUNTRY_BEFORE: Final = (
    "from bases in ",
    "from bases in the ",
    "from a base in ",
    "from a base in the ",
    "from their bases in ",
    "from its bases in ",
    "from home bases in ",
    " based in ",
    " based in the ",
    " stationed in ",
    " stationed in the ",
)
# the two letters before the closing space of each of _BASE_COUNTRY_BEFORE
_BASE_COUNTRY_ENDS: Final = frozenset(w[-3:-1] for w in _BASE_COUNTRY_BEFORE)
_LED_CATS = frozenset({ACT, EXERCISE})
# "fighting Houthi rebels", "fought Islamist insurgents": the other side is no state, so the
# fighting state opposes no participant of the drill
_NON_STATE_ENEMY = re.compile(
    r"\s+(?:the\s+|against\s+)?(?:[A-Z][\w'-]*\s+){0,2}(?:rebels?|insurgents?|insurgency|"
    r"militants?|jihadists?|terrorists?|extremists?|militias?|gangs?|pirates?)\b"
    # "navies ... intercepting go-fast boats and semi-submersibles": smuggling craft and
    # their crews are no state's forces
    r"|\s+(?i:(?:the\s+|suspected\s+|alleged\s+)?(?:drug\s+|narco-?\s*|cocaine\s+)?"
    r"(?:smugglers?|traffickers?|go-fast\s+(?:boats?|vessels?)|semi-submersibles?|"
    r"narco-?\s*subs?|drug\s+(?:boats?|shipments?|runners?|flights?)))\b"
)
_PREPOSITIONS = frozenset(
    "of against on into onto toward towards about over under between among amid by "  # noqa: SIM905
    "with without near than like via at".split()
)
# "members of the Australian Defence Force", "soldiers of the Indian Army": people of a
# force are its state's people, so the force after "of" is the subject's owner, not the
# object of a preposition
_FORCE_MEMBER_NOUNS: Final = frozenset(
    "members personnel soldiers troops sailors airmen marines servicemen crews "  # noqa: SIM905
    "contingents units elements".split()
) | {
    # a group of people named by what it is, whose people the state after "of" sends: "A
    # delegation of Polish officers was on hand to monitor the drills" (observers), "a team
    # of Japanese officers watched"
    "contingent",
    "delegation",
    "delegations",
    "team",
    "teams",
}
_HOST_ANCHORS = frozenset({ACT, EXERCISE, ONGOING, PAST, PRESENT, FUTURE})
# A new clause between an activity and "in <state>": "drills in Belarus, raising alarm in Kyiv"
_HOST_GAP_BREAK = re.compile(
    r"[;:—()]|,\s+(?:as|while|after|when|but|and|which|who|before|where|[a-z]+ing)\b"
)
_CLAUSE_BREAK = re.compile(r"[;:—]|,\s+(?:as|while|after|when|but|and|which|who|before)\b")
# "observers from 16 other countries", "from several allied nations": the countries a
# "from" after an observer word names (see _participation)
_COUNTRIES_SOON: Final = re.compile(r"\b(?:countr|nation|states\b|allies\b|armies\b|navies\b)")
# "taking part, along with observers from NATO": the observers are a second group beside
# the participants, not the role in which they take part ("taking part as observers")
_COMPANION_GAP: Final = re.compile(
    r"\b(?:along\s+with|together\s+with|alongside|as\s+well\s+as|besides|plus)\b", re.IGNORECASE
)
_UNITS = {
    "km": 1.0,
    "kms": 1.0,
    "kilometres": 1.0,
    "kilometers": 1.0,
    "kilometre": 1.0,
    "kilometer": 1.0,
    "miles": 1.609344,
    "mile": 1.609344,
    "nautical miles": 1.852,
    "nautical mile": 1.852,
    "nm": 1.852,
}
_UNIT = r"(nautical\s+miles?|km|kms|kilomet(?:re|er)s?|miles?|nm)"
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_DIGIT = re.compile(r"\d")
_DISTANCE = re.compile(
    r"(?<![\w.,])" + _NUMBER + r"[\s\u00a0-]?" + _UNIT + r"(?![\w])"
    r"(?:\s*\((?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?"
    + _NUMBER
    + r"[\s\u00a0-]?"
    + _UNIT
    + r"\))?",
    re.IGNORECASE,
)
# every unit _DISTANCE allows holds one of these (lower-cased)
_UNIT_WORDS: Final = ("km", "mile", "nm", "kilomet")
_DISTANCE_TAIL = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:from|off|of|away|short\s+of|north|south|east|west|northeast|"
    r"northwest|southeast|southwest|north-east|north-west|south-east|south-west)\b",
    re.IGNORECASE,
)
_DISTANCE_TARGET = re.compile(
    r"\b(?:coast|coastline|shore|shores|island|islands|territory|airspace|border|mainland)\b",
    re.IGNORECASE,
)


_USUAL_COORDINATIONS = frozenset({" and ", ", ", ", and ", "-", "–", " & ", "/", " and the "})
# Between two items of a list of states ("Ukraine, Poland and the Baltic states").
_LIST_ITEM_GAPS: Final = frozenset({" and ", ", ", ", and ", " & ", " and the ", ", the "})
# The word before a list of the states a force comes from or takes in ("troops from ...",
# "including ...", "the forces of ..."); "moved to Poland and the Baltic states" is a place.
_LIST_INTRO_WORDS: Final = frozenset({"from", "including", "include", "includes", "of", "with"})


def _asks(text: str, s: Sentence) -> bool:
    """The sentence is a question: it ends in a question mark, perhaps inside quotes."""
    tail = text[max(s.start, s.end - 6) : s.end].rstrip(" \t\n\"'’”)")
    return tail.endswith("?")


def _past_abbreviation(text: str, start: int) -> int:
    """Where the gap after a mention really starts: the matcher stops short of the final dot
    of an abbreviation ("U.S. soldiers", "U.K. and French jets" match "U.S", "U.K"), which is
    part of the name, not a full stop between two phrases."""
    if (
        2 <= start < len(text)
        and text[start] == "."
        and text[start - 2] == "."
        and text[start - 1].isupper()
    ):
        return start + 1
    return start


def _introduced_name(text: str, start: int, end: int) -> int:
    """ "the annual exercise known as Iron Fist": where the name starts in a span of an
    exercise alias that the knowledge gives after the words that introduce it (for a name
    that is also an idiom; a proper noun only when capitalised), else -1."""
    for intro in _NAME_INTRODUCERS:
        if text.startswith(intro, start):
            at = start + len(intro)
            return at if at < end else -1
    return -1


def _denied_after_relative(text: str, s: Sentence, m: Mention) -> bool:
    """ "Egypt, which took part in previous years, did not send a ship": a participation word
    inside a relative clause whose main verb, right after the clause, is negated; the state
    took part before, not in the activity reported."""
    opened = max(text.rfind(", which ", s.start, m.start), text.rfind(", who ", s.start, m.start))
    if opened < 0 or text.find(",", opened + 2, m.start) >= 0:
        return False
    closed = text.find(",", m.end, s.end)
    return closed >= 0 and any(
        NEGATION in n.cats and 0 <= n.start - closed <= 12 for n in s.mentions
    )


def _relative_gap(text: str, start: int, end: int) -> bool:
    """ "Japan, which sent two ships, also took part", "British troops, who embarked in
    France, also took part": between a subject (or the head noun after its state word) and
    its verb, only a relative clause set off by commas."""
    comma = text.find(",", start, end)
    return (
        0 <= comma - start <= 25
        and _GAP_PUNCT.search(text, start, comma) is None
        and _RELATIVE_GAP.fullmatch(text, comma, end) is not None
    )


def _forces_of_hosts(sentence: str) -> bool:
    """ "joined those of the four host countries", "troops from the host nations": the hosts'
    own forces are named as taking part."""
    low = sentence.lower()
    at = low.find("host ")
    while at >= 0:
        after = low[at + 5 : at + 16]
        if after.startswith(("countries", "nations", "states")):
            before = low[max(0, at - 24) : at]
            if " of the " in before or " from the " in before:
                return True
        at = low.find("host ", at + 5)
    return False


def _contrasted(text: str, lo: int, start: int) -> bool:
    """Does a word that sets what follows against the rest ("unlike", "except", "other than",
    "rather than", "but not") end right before `start`? ("Besides Romania" and "apart from
    Romania" add, so they are not among them.)"""
    if not _may_end_before(text, lo, start, _CONTRAST_ENDS):
        return False
    before = text[max(lo, start - 13) : start].lower()
    for word in _CONTRAST_WORDS:
        if before.endswith(word):
            k = len(before) - len(word)
            return k == 0 or not before[k - 1].isalpha()
    return False


def _state_chains(text: str, ms: list[Mention], *, origin_opens: bool) -> Iterator[list[Mention]]:
    """Runs of bare state names coordinated in a sentence ("Japan, Australia and India") that
    name two or more states, in order. A generator: the caller may set roles on a run before
    the next one is read. `origin_opens=False`: a weapon's maker does not open a run."""
    i = 0
    while i < len(ms):
        m = ms[i]
        if not (
            m.states
            and STATE in m.cats
            and m.cats.isdisjoint(_NOT_BARE_STATE_CATS)
            and (origin_opens or m.role != "origin")
        ):
            i += 1
            continue
        chain = [m]
        j = i + 1
        while (
            j < len(ms)
            and ms[j].states
            and STATE in ms[j].cats
            and ms[j].cats.isdisjoint(_NOT_BARE_STATE_CATS)
            and _coordinated(text, chain[-1].end, ms[j].start)
        ):
            chain.append(ms[j])
            j += 1
        i = j
        if len({c for x in chain for c in x.states}) >= 2:
            yield chain


def _coordinated(text: str, start: int, end: int) -> bool:
    """`_COORDINATOR_GAP` between two mentions, with the usual gaps looked up first."""
    start = _past_abbreviation(text, start)
    if end - start > 40 or end < start:
        return False
    return text[start:end] in _USUAL_COORDINATIONS or bool(
        _COORDINATOR_GAP.fullmatch(text, start, end)
    )


def _people_noun(text: str, m: Mention) -> bool:
    """ "Canadians", "Germans": a state's people, the plural of one of its adjectives, name
    soldiers and never a place ("British troops from the battlegroup in Estonia, Canadians
    from the one in Latvia"); "the Philippines" is the state's own name."""
    surface = text[m.start : m.end].lower()
    if not surface.endswith("s"):
        return False
    for item in m.items:
        state = item.ref
        if (
            item.cat == STATE
            and isinstance(state, State)
            and surface != state.name.lower()
            and any(alias.lower() == surface[:-1] for alias in state.aliases)
        ):
            return True
    return False


def _list_item(text: str, s: Sentence, x: Mention, begun: bool) -> str:
    """How a state or force starts an item of a list after a verb or a subject: "item" after
    a comma ("..., the Royal Canadian Navy a frigate"), "last" after a bare "and" once a list
    has begun ("..., Canadians from Latvia and Germans from Lithuania"), else ""."""
    if not x.states or x.cats.isdisjoint(_GAPPED_SUBJECT_CATS):
        return ""
    lo = max(s.start, x.start - 12)
    if _GAPPED_ITEM_BEFORE.search(text, lo, x.start):
        return "item"
    if begun and _LAST_ITEM_BEFORE.search(text, lo, x.start):
        return "last"
    return ""


def _force_before_forces_of(text: str, ms: list[Mention], first: Mention, lo: int) -> list[Mention]:
    """ "The British-led battlegroup and units from Finland and Latvia are in the field",
    "Polish tanks and troops from Finland took part", "personnel of the United States military
    and a contingent from Canada are taking part": a state's force coordinated by "and" with
    forces (or one force) "from" (or "of") the states of a subject that takes part is part of
    that subject."""
    if "and " not in text[max(lo, first.start - 60) : first.start]:
        return []
    forces_of = _guarded_search(
        _FORCES_OF_BEFORE, ("of", "from"), text, max(lo, first.start - 40), first.start, True
    )
    if forces_of is None:
        # "American troops and a contingent from Canada are taking part": a single force
        forces_of = _guarded_search(
            _A_FORCE_OF_BEFORE, ("a ", "an "), text, max(lo, first.start - 40), first.start, True
        )
    if forces_of is None:
        return []
    k = next((n for n, x in enumerate(ms) if x is first), 0)
    before = [x for x in ms[:k] if x.end <= forces_of.start()]
    if len(before) < 2:
        return []
    noun, state = before[-1], before[-2]
    if (
        MIL in noun.cats
        and not noun.states
        and text[noun.end : forces_of.start()] in (" and ", ", and ")
        and STATE in state.cats
        and len(state.states) == 1
        and state.attached
        and state.military
        and state.role in ("", "object")
        and text[state.end : noun.start] in (" ", "-led ")
    ):
        return [state]
    return []


_HARBOUR_KINDS: Final = frozenset({"port", "base", "city"})


def _out_of_harbour(text: str, ms: Sequence[Mention], cue: Mention) -> bool:
    """ "escorted out of Constanta", "escorted out of the harbour": an opposition cue ending in
    "out" whose "of" names a port, a base, a city or a harbour, where ships are seen off, not
    driven away from an airspace, a zone or a sea."""
    if not text[cue.start : cue.end].lower().endswith(" out"):
        return False
    at = cue.end + 4  # after " of "
    if text.startswith("the ", at):
        at += 4
    if text.startswith(("port", "harbour", "harbor", "naval base"), at):
        return True
    for m in ms:
        if m.start == at:
            place = m.first(PLACE)
            return place is not None and getattr(place.ref, "kind", "") in _HARBOUR_KINDS
        if m.start > at:
            break
    return False


def _companion_forces(text: str, after: list[Mention], at: int) -> list[Mention]:
    """ "..., along with U.S. Navy maritime patrol aircraft and Estonian and Lithuanian patrol
    ships": the forces of states that "along with" adds to those taking part, the first right
    after it and each next one joined to the one before by "and" or a comma (a force's noun
    phrase between); a state that names no force ("Polish officials") ends the list."""
    found: list[Mention] = []
    pos = at
    for x in after:
        if x.start < pos:
            continue
        if not x.military:
            break
        if x.start != pos and (not found or not _FORCE_LIST_GAP.fullmatch(text, pos, x.start)):
            break
        found.append(x)
        pos = x.end
    return found


def _sibling_contributors(text: str, s: Sentence, group: list[Mention]) -> list[Mention]:
    """ "The Royal Australian Air Force flew its own P-8A, the Royal Canadian Air Force sent a
    CP-140 and the JMSDF brought a P-1": beside a clause whose force takes part, a clause of
    the same list (at the sentence's start, or after a comma or "and") whose force flew, sent
    or brought an asset of its own takes part too."""
    out: list[Mention] = []
    ms = s.mentions
    for n, x in enumerate(ms):
        if not x.states or x.role not in ("", "object") or x in group:
            continue
        if not x.military:
            # "..., and Britain has deployed Royal Marines": a state that sends a force of
            # its own, named right after the verb
            sent = _OWN_FORCE_SENT_AFTER.match(text, x.end, s.end)
            nxt = (
                next((y for y in ms[n + 1 :] if y.start >= sent.end()), None)
                if sent is not None
                else None
            )
            if (
                sent is None
                or nxt is None
                or nxt.start != sent.end()
                or FORCE not in nxt.cats
                or not nxt.military
                or set(nxt.states) != set(x.states)
            ):
                continue
        elif not _CONTRIBUTED_AFTER.match(text, x.end, s.end):
            continue
        opening = text[s.start : x.start].strip().lower() in ("", "the")
        lo = max(s.start, x.start - 12)
        if (
            opening
            or _GAPPED_ITEM_BEFORE.search(text, lo, x.start)
            or _LAST_ITEM_BEFORE.search(text, lo, x.start)
        ):
            out.append(x)
    return out


def _plural(alias: str) -> str | None:
    """The plural of an aircraft or ship name ("Rafales", "F-16s", "Mirage 2000s"), or None
    when it has none: already plural, an adjective ("Kilo-class"), or capitals only with no
    digit ("HIMARS", whose lower-case plural could be a word)."""
    last = alias[-1]
    if last.isdigit() or last.isupper():
        if last.isupper() and is_case_sensitive(alias) and not any(c.isdigit() for c in alias):
            return None
        return alias + "s"
    if not last.isalpha() or alias.endswith(("s", "-class", "-equipped")):
        return None
    if alias.endswith(("x", "sh", "ch", "z")):
        return alias + "es"
    return alias + "s"


def _phrases_regex(phrases: Iterable[str]) -> str:
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _strength(m: Mention, cat: str) -> float:
    item = m.first(cat)
    return item.strength if item is not None else 0.0


_POLICE_SENSES = frozenset({"police", "coast_guard"})
# "South Korea sent a coast guard vessel": the words between a state and the noun of what it
# sent or took part with (see _police_of)
_SENT_GAP: Final = re.compile(
    r" (?:also )?(?:sent|sends|dispatched|contributed|provided|took part with|takes part with"
    r"|joined with|joined in with|participated with|was represented by|is represented by)"
    r" (?:a|an|one|two|three|four|its|their|several|some) "
)
_SENT_GAP_MAX: Final = 40
# between a plan word and the place it names ("a stop planned in Lithuania")
_PLANNED_IN: Final = frozenset({" in ", " for ", " at "})
# habit words of the background cues, and what promises a habit before one (see _flags)
_PROMISABLE_HABITS: Final = frozenset({"regularly", "routinely"})
_BARE_DRILL_VERB_AFTER: Final = re.compile(
    r" (?:hold|conduct|stage|carry out|organi[sz]e|run|fly|sail|patrol|exercise|drill)\b"
)
_PROMISED_HABIT_BEFORE: Final = re.compile(
    r"\b(?:will|would|shall|agreed to|agree to|pledged to|pledge to|vowed to|plan to|plans to)"
    r"\s[^.;:]*$",
    re.IGNORECASE,
)
# "China's military base in Djibouti": the words between the state that keeps a base and the
# place of the base (see _foreign_base_place)
_FOREIGN_BASE_GAP: Final = re.compile(
    r"(?:'s|\u2019s)?(?: [a-z-]+){0,3} (?:base|bases|garrison|outpost) (?:in|at|on) "
)
_FOREIGN_BASE_GAP_MAX: Final = 40
_SENT_WORDS: Final = frozenset(
    {
        "sent",
        "sends",
        "dispatched",
        "contributed",
        "provided",
        "took part",
        "takes part",
        "joined",
        "participated",
    }
)
# punctuation between a possessive time word and the noun it dates ("last month's fires")
_PUNCT_BREAK = re.compile(r"[,.;:!?]")


def _own_drill(text: str, start: int, act: Mention) -> bool:
    """ "Latvia and Lithuania hold their own national exercises": an activity that the
    states named hold each on its own ("their own" in the words right before the activity
    noun), unless those words call it joint ("their own joint drills"); "its own" is left to
    the clause rules (one state's drill beside the reported one)."""
    before = text[max(start, act.start - 30) : act.start].lower()
    at = before.rfind("their own ")
    if at < 0:
        return False
    between = before[at:]
    return "," not in between and not any(
        w in between for w in ("joint", "combined", "bilateral", "trilateral", "together")
    )


def _led_unit_before(text: str, start: int, cue: Mention) -> bool:
    """ "the NATO battlegroup based in Tapa, which is led by Britain": a military unit of
    several states is led by the state named after "led by", whose forces are in it (unlike
    "a security grouping led by China and Russia"). Not units in the plural ("The
    battlegroups in Latvia and Estonia are led by Canada and Britain"): the other units of
    their kind, each led by one of the states, beside the drill's own."""
    if text[cue.start : cue.end].lower() != "led by":
        return False
    before = text[max(start, cue.start - 60) : cue.start].lower()
    for unit in _MULTINATIONAL_UNITS:
        at = before.rfind(unit)
        if at >= 0 and before[at + len(unit) : at + len(unit) + 1] != "s":
            return True
    return False


def _in_named_drill(
    mentions: Sequence[Mention],
    subjects: Sequence[Mention],
    cue: Mention,
    passive: bool,
    end: int,
) -> bool:
    """ "German jets taking part in BALTOPS intercepted ...", "... was escorted away by
    Polish F-16s flying in Ramstein Alloy": a named exercise told after the intercepting
    forces and inside their own phrase (before the cue; after "by" in the passive) places
    them in that drill. A drill named on the other side ("intercepted Russian and Chinese
    bombers on a joint patrol") is the intercepted forces'."""
    if not any(m.states for m in subjects):
        return False
    lo, hi = (subjects[0].start, end) if passive else (subjects[-1].end, cue.start)
    return any(EXERCISE in x.cats and lo <= x.start < hi for x in mentions)


def _drill_target_object(text: str, start: int, cue: Mention) -> bool:
    """ "ships helping to track the targets", and "Targets are launched from the range,
    while the frigates track them": a tracking verb whose object is the drill's own targets,
    named after it or (as a pronoun) earlier in the sentence that starts at `start`. Also
    anything called simulated ("units tracked a simulated smuggling boat"), and a tracking
    noun in a list of what the drill trained ("scenarios that included the boarding of a
    ship and the tracking of suspect vessels", "trained on boarding, the tracking of
    dhows")."""
    if _SCENARIO_OBJECT.match(text, cue.end) or _SIMULATED_OBJECT.match(text, cue.end):
        return True
    # "to sharpen their ability to detect and track North Korean missiles": a skill the drill
    # trains, so its subject is the drill's own side, not an opposing one
    if (
        cue.start - start >= 12
        and text.find(" to ", max(start, cue.start - 40), cue.start) >= 0
        and _SKILL_TO_BEFORE.search(text, max(start, cue.start - 40), cue.start) is not None
    ):
        return True
    if (
        cue.start - start >= 9
        and _TRAINING_VERB_BEFORE.search(text, max(start, cue.start - 25), cue.start) is not None
    ):
        return True
    # "flew simulated interception and renegade scenarios", "mock intercepts": the
    # intercepting word itself called simulated names a task the drill rehearses
    if text[max(start, cue.start - 10) : cue.start].lower().endswith(_SIMULATED_WORDS):
        return True
    window = text[cue.end : cue.end + 90].lower()
    if ("playing" in window or " as " in window or "role of" in window) and (
        _PLAYS_ENEMY_AFTER.match(text, cue.end)
    ):
        return True  # "fought Estonian units playing the enemy"
    second = _COORDINATED_VERB.match(text, cue.end)
    if second is not None and _SCENARIO_OBJECT.match(text, second.end()):
        return True  # "detected and tracked the target"
    if text.startswith(" of ", cue.end) and cue.start >= start + 4:
        before = text[max(start, cue.start - 14) : cue.start].lower()
        if before.endswith((", the ", " and the ", "included the ", "including the ")):
            return True
    return bool(
        _PRONOUN_OBJECT.match(text, cue.end) and _SCENARIO_NOUN.search(text, start, cue.start)
    )


# "The JF-17 is flown by the air forces of Pakistan and Myanmar": a present passive of a
# weak verb of flying or operating, with "by" after it, names a type's users, not a flight
_OPERATOR_VERBS: Final = frozenset({"flown", "operated", "sailed", "used"})
_OPERATOR_BE: Final = (" is ", " are ", " is also ", " are also ", " is now ", " are now ")


def _operators_of_type(text: str, s: Sentence, m: Mention, item: Item) -> bool:
    """ "The JF-17 ... is flown by the air forces of Pakistan and Myanmar", "the frigate class
    is operated by the navies of ...": the users of a type of aircraft or ship, a standing
    fact; "are being flown by", "were flown by" report flights and do not count."""
    if not item.needs_coop or text[m.start : m.end].lower() not in _OPERATOR_VERBS:
        return False
    before = text[max(s.start, m.start - 10) : m.start].lower()
    return before.endswith(_OPERATOR_BE) and _BY_AFTER.match(text, m.end) is not None


def _prevented(text: str, s: Sentence, m: Mention) -> bool:
    """ "protesters gathered to stop the mayors from entering the buildings", "were barred
    from patrolling the area": an activity after "from" that a verb of preventing governs is
    kept from happening."""
    if text[max(s.start, m.start - 5) : m.start].lower() != "from ":
        return False
    return _PREVENTED_FROM.search(text, max(s.start, m.start - 100), m.start) is not None


def _denied(s: Sentence, m: Mention) -> bool:
    """ "no US forces", "without British ships": a negation right before the state's name
    denies that its forces are there."""
    return NEGATION in s.cats and any(
        NEGATION in n.cats and 0 < m.start - n.end <= 1 for n in s.mentions
    )


def _foreign_base_place(text: str, ms: Sequence[Mention], k: int) -> bool:
    """ "at China's military base in Djibouti", "on the U.S. base in Bahrain": the place is
    where another state keeps a base; a drill held there is not hosted by the place's state,
    which takes part only when the report names its forces."""
    m = ms[k]
    for x in reversed(ms[:k]):
        if m.start - x.end > _FOREIGN_BASE_GAP_MAX:
            return False
        if x.states:
            return x.states != m.states and (
                _FOREIGN_BASE_GAP.fullmatch(text, x.end, m.start) is not None
            )
    return False


# "Estonia provided the airfield", "the range was lent by Germany", "at Amari air base, which
# Estonia provided": a state that only lends the drill its ground (an airfield, a range, a
# base) hosts it without its own forces taking part (see _Decision._ground_lenders). The
# ground must be all the object: "provided the range and an infantry company" lends troops too.
_GROUND_NOUN: Final = (
    r"(?:airfield|airstrip|air\s+base|airbase|base|range|ranges|training\s+(?:area|grounds?)|"
    r"grounds|facilities|facility|drop\s+zone|airspace|port|harbou?r)"
)
_LENDING_WORDS: Final = ("provide", "lent", "lend", "made available", "offered")
_GROUND_LENT_AFTER: Final = re.compile(
    r"\s+(?:also\s+|only\s+|had\s+|has\s+)?(?:provided|provides|lent|lends|offered|"
    r"made\s+available)\s+(?:the|its|an?)\s+(?:[a-z-]+\s+){0,2}?"
    + _GROUND_NOUN
    + r"(?:\s+and\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+)?(?:airspace|logistics|security|"
    r"support|accommodation|"
    + _GROUND_NOUN
    + r"))?(?=\s*(?:[.;,]|$)|\s+(?:for|to|but|at|near|in|on|where|used)\b)",
    re.IGNORECASE,
)
_GROUND_LENT_BY: Final = re.compile(
    r"\b" + _GROUND_NOUN + r"\s+(?:was|were|is|are|had\s+been|has\s+been|being)\s+"
    r"(?:provided|lent|offered|made\s+available)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GROUND_WHICH_BEFORE: Final = re.compile(
    r"\b" + _GROUND_NOUN + r"(?:\s+[A-Z][a-z]+)?,?\s+which\s+(?:the\s+)?$", re.IGNORECASE
)
_GROUND_WHICH_AFTER: Final = re.compile(
    r"\s+(?:had\s+)?(?:provided|provides|lent|lends|offered|made\s+available)\b"
)


def _hosting_verb(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the first verb of hosting guests is ("is hosting", "hosts", "welcomed"), and
    which; (-1, "") when there is none. "hosted by" is the passive of a host's own drill."""
    for verb in (*_HOSTING_WORDS, " hosting,"):  # "The Colombian navy is hosting, and ..."
        at = text.find(verb, start, end)
        if at >= 0 and not text.startswith(" by ", at + len(verb) - 1):
            return at, verb
    return -1, ""


def _police_of(text: str, s: Sentence, m: Mention) -> bool:
    """ "police patrol boats from Solomon Islands, Vanuatu and Samoa also took part": the
    nearest noun before a participating state that says who serves is a police or
    coast-guard word, so the state takes part with police, not armed forces ("troops from
    Fiji", "navy ships from Tonga" keep theirs)."""
    if NONMIL not in s.cats:
        return False
    for x in s.mentions:
        # "with Mauritania's coast guard providing a support vessel", "a Mauritanian coast
        # guard ship": the noun right after the state (a space or "'s" between) is a police or
        # coast-guard word; so is the noun of what the state sent or took part with ("South
        # Korea sent a coast guard vessel", "Fiji took part with a police boat")
        if x.start >= m.end:
            sense = x.first(NONMIL)
            if (
                sense is None
                and x.start - m.end <= 6
                and text[x.start : x.end].lower() in _SENT_WORDS
            ):
                continue  # the verb of "South Korea sent a coast guard vessel"
            if (
                sense is not None
                and str(sense.sub) in _POLICE_SENSES
                and not x.military
                and (
                    x.start - m.end in (1, 3)
                    or (
                        x.start - m.end <= _SENT_GAP_MAX
                        and _SENT_GAP.fullmatch(text, m.end, x.start) is not None
                    )
                )
            ):
                return True
            break
    police = False
    for x in s.mentions:
        if x.end > m.start:
            break
        sense = x.first(NONMIL)
        if sense is not None and str(sense.sub) in _POLICE_SENSES and not x.military:
            police = True
        elif (
            PART in x.cats
            or (FORCE in x.cats and x.military)
            or (MIL in x.cats and _strength(x, MIL) >= 1.0)
        ):
            police = False
    return police


def _no_drill_but_allied(text: str, s: Sentence) -> bool:
    """No named drill and no word of cooperation in `s` but the adjective "allied": in a
    report of a parade, "allied soldiers marching alongside", "allied F-16s flew over the
    square" say whose forces took part in the ceremony, not that they drilled together."""
    if s.cats.isdisjoint(_NAMED_OR_JOINT):
        return True
    if EXERCISE in s.cats:
        return False
    return all(
        text[start:end].lower() == "allied"
        for start, end, items in s.raw
        if any(it.cat == COOP for it in items)
    )


def _essay_title(title: str) -> bool:
    """The headline opens with an essay's label and a colon or dash ("Analysis: ...",
    "OPINION - ..."): see _ESSAY_LABELS."""
    for mark in _ESSAY_MARKS:
        at = title.find(mark, 0, 20)
        if at > 0 and title[:at].strip().lower() in _ESSAY_LABELS:
            return True
    return False


# the categories or the codes of a sentence's spans (see _union)
_Part = TypeVar("_Part", bound=Iterable[str])


def _union(parts: list[_Part], lo: int, hi: int) -> set[str]:
    """The union of parts[lo:hi] (at least one): `set().union(*parts[lo:hi])` without the
    slice, the argument tuple and the empty set it starts from. A list, not any sequence:
    compiled, an item is read from the list directly, not through the item protocol."""
    out = set(parts[lo])
    for i in range(lo + 1, hi):
        out.update(parts[i])
    return out


# --------------------------------------------------------------------------------------
# The classifier


def _simple_past_verb(text: str, start: int, anchor: Mention) -> bool:
    """The activity word is a verb in "-ed" told in the simple past: a single word after a
    subject, not a participle after an auxiliary ("were trained") nor an adjective before a
    noun at the start of the sentence."""
    word = text[anchor.start : anchor.end]
    if " " in word or not word.endswith("ed") or anchor.start <= start:
        return False
    head = text[max(start, anchor.start - 20) : anchor.start].split()
    return bool(head) and head[-1].lower() not in _AUXILIARIES


def _typed_from_state(
    text: str, spans: list[Span], cats_of: list[frozenset[str]], lo: int, hi: int
) -> bool:
    """A weapon type's span right before "from" and a state's ("F-16s from Belgium",
    "Rafales from the French air force"): a cheap look at the matcher's spans of one sentence
    (see Classifier._typed_from)."""
    for k in range(lo, hi - 1):
        if ASSET in cats_of[k] and not cats_of[k + 1].isdisjoint(_STATE_OR_FORCE):
            end = spans[k][1]
            if text[end : spans[k + 1][0]] in _TYPED_FROM_GAPS and (
                # "to buy K2 tanks and K9 howitzers from South Korea": a seller
                _BOUGHT_BEFORE.search(text, max(0, end - 120), end) is None
            ):
                return True
    return False


def _opens_with_habit(text: str, s: Sentence) -> bool:
    """ "BANGKOK -- Every year, thousands of troops gather for Cobra Gold": a lead that opens
    (after its dateline) with a habit phrase tells what happens each year, as a feature or an
    explainer does, not what happens now; a later sentence must report it."""
    for word in _HABIT_OPENERS:
        at = text.find(word, s.start, min(s.end, s.start + 90))
        if at >= 0 and (
            at == s.start or text[s.start : at].rstrip().endswith(("-", "\u2014", "\u2013"))
        ):
            return True
    return False


class Classifier:
    """Compiled once (knowledge, cue lexicon, severity policy); `classify` is pure."""

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        policy: SeverityPolicy | None = None,
        cues: CueLexicon | None = None,
        threshold: float = 0.5,
        calibration: Calibration | None = None,
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ConfigurationError(f"threshold must be within 0..1, got {threshold}")
        self.knowledge = knowledge
        self.policy = policy or default_severity_policy()
        self.cues = cues or default_cues()
        self.threshold = threshold
        self.calibration = calibration or default_calibration()
        self.version = (
            f"{CLASSIFIER_VERSION}+cues-{self.cues.version}+kb-{knowledge.version}"
            f"+cal-{self.calibration.version}"
        )
        self._matcher: PhraseMatcher[Item] = PhraseMatcher(self._phrases())
        # "near", "off the coast of": the last words before a state's name, compared as
        # words (a search over the text before every mention would cost more than the rest).
        self._place_before = frozenset(
            " ".join(p.lower().split()) for p in self.cues.place_context.before
        )
        self._place_before_words = max((len(p.split()) for p in self._place_before), default=0)
        self._place_before_last = frozenset(p.split()[-1] for p in self._place_before if p)
        self._place_after = re.compile(
            r"(?:['’]s)?\s+(?:" + _phrases_regex(self.cues.place_context.after) + r")"
            r"(?![\w-])(?!\s+guard)",
            re.IGNORECASE,
        )
        self._coop_words = frozenset(
            p.lower() for p in self.cues.cooperation.phrases if len(p.split()) == 1
        )
        # A short form resolved to one state names it like an alias (see _resolve_short).
        self._state_payloads: dict[str, tuple[Item, ...]] = {
            state.code: (Item(STATE, state.code, state),)
            for state in knowledge.states
            if state.short_forms
        }
        # What each payload tuple the matcher hands out says, by identity.
        self._infos: dict[int, SpanInfo] = {
            id(payload): self._info(payload)
            for payload in [*self._matcher.payloads(), *self._state_payloads.values()]
        }
        # "Poland and the Baltic states": the payload of a place name that stands for a group
        # of states as an item of a list of states, by identity, and the group's states
        self._listed_groups: dict[int, tuple[Item, ...]] = {}
        state_of = {state.code: state for state in knowledge.states}
        for group in self.cues.state_group:
            if not group.listed_aliases:
                continue
            # kept alive by _listed_groups, so its identity stays its own
            members = tuple(Item(STATE, code, state_of.get(code)) for code in group.states)
            self._infos[id(members)] = self._info(members)
            for alias in group.listed_aliases:
                found = self._matcher.find_spans(alias)
                if len(found) != 1 or found[0][1] - found[0][0] != len(alias):
                    raise ConfigurationError(
                        f"state group {group.name!r}: {alias!r} is not one known phrase"
                    )
                self._listed_groups[id(found[0][2])] = members
        self._area_cache: dict[tuple[float, float], tuple[AreaOfInterest, float] | None] = {}
        self._area_index = AreaIndex(knowledge.areas)
        # Location names that stand for a whole country, and places whose point stands for a
        # large area (see places.toml): distances are measured from them only as a last resort.
        self.country_names = frozenset(state.name for state in knowledge.states)
        self.wide_place_names = frozenset(
            place.name for place in knowledge.places if place.kind in _WIDE_KINDS
        )
        codes = {state.code for state in knowledge.states}
        named = set(self.cues.no_armed_forces.states)
        for group in self.cues.state_group:
            named.update(group.states)
        # (a, b) -> the first year of publication from which a and b are rivals
        self.rival_since: dict[tuple[str, str], int] = {}
        for rivalry in self.cues.rivalry:
            named.update(rivalry.states, rivalry.against)
            since = rivalry.since if rivalry.since is not None else 0
            for a in rivalry.states:
                for b in rivalry.against:
                    self.rival_since[(a, b)] = self.rival_since[(b, a)] = since
        unknown = sorted(named - codes)
        if unknown:
            raise ConfigurationError(f"cue lexicon names unknown states {unknown}")
        self.unarmed = frozenset(self.cues.no_armed_forces.states)
        # "USS", "JS", "BRP": a navy's short name that prefixes its ships' names
        self._ship_prefixes = {
            alias: force.state
            for force in knowledge.forces
            if force.domain == "sea" and force.kind == "military"
            for alias in force.aliases
            if len(alias) <= 5 and alias.isalpha() and alias[0].isupper()
        }

    # -- construction ------------------------------------------------------------------

    def _phrases(self) -> Iterable[tuple[str, Item]]:
        kb, cues = self.knowledge, self.cues
        for state in kb.states:
            for alias in {state.name, *state.aliases}:
                yield alias, Item(STATE, state.code, state)
            for form in state.short_forms:
                yield form, Item(SHORT, state.code, state)
        by_code = {state.code: state for state in kb.states}
        for state_group in cues.state_group:
            for alias in {state_group.name, *state_group.aliases}:
                for code in state_group.states:
                    yield alias, Item(STATE, code, by_code.get(code))
        for force in kb.forces:
            for alias in {force.name, *force.aliases}:
                yield alias, Item(FORCE, force.state, force)
        for asset in kb.assets:
            for alias in {asset.name, *asset.aliases}:
                item = Item(ASSET, asset.state, asset)
                yield alias, item
                plural = _plural(alias)
                if plural:
                    yield plural, item  # "Rafales", "F-16s", "Mirage 2000s"
        for place in kb.places:
            for alias in {place.name, *place.aliases}:
                yield alias, Item(PLACE, place.name, place)
        for exercise in kb.exercises:
            for alias in {exercise.name, *exercise.aliases}:
                item = Item(EXERCISE, exercise.activity, exercise, 1.0)
                yield alias, item
                if is_case_sensitive(alias) and sum(ch.isalpha() for ch in alias) >= 6:
                    # "Panamax", "Rimpac": long names in capitals are no English word in
                    # any case (short ones are: "AMAN", "MILAN", "CARAT" stay exact).
                    yield alias.title(), item
        for area in kb.areas:
            for alias in {area.name, *area.aliases}:
                yield alias, Item(AREA, area.name, area)
        for group in cues.activity:
            for phrase in group.phrases:
                yield phrase, Item(ACT, group.kind, None, group.strength, group.needs_cooperation)
        simple = (
            (COOP, cues.cooperation),
            (LINK, cues.cooperation_link),
            (PAIR, cues.pair_reference),
            (PART, cues.participation),
            (OPP, cues.opposition),
            (BACKGROUND, cues.background),
            (NEGATION, cues.negation),
            (NEUTRAL, cues.neutral),
            (SINGLE, cues.single_state),
            (FIRST, cues.first_of_its_kind),
            (SPEECH, cues.speech),
            (SPEECH, cues.officials),
            (OFFICIAL, cues.officials),
            (OBSERVER, cues.observer),
            (OPP_ACTOR, cues.opposition_actor),
            (CEREMONY, cues.ceremony),
            (SIDE, cues.side_clause),
            (COUNT, cues.state_count),
            (PRIOR, cues.prior_clause),
            (REACTION, cues.reaction),
        )
        for cat, cue_list in simple:
            for phrase in cue_list.phrases:
                yield phrase, Item(cat)
        for tense, tense_list in cues.tense.items():
            for phrase in tense_list.phrases:
                yield phrase, Item(tense)
        for kind, sense_list in cues.non_military.items():
            for phrase in sense_list.phrases:
                yield phrase, Item(NONMIL, kind)
        for nouns in cues.military:
            for phrase in nouns.phrases:
                # strength 1.0: a military noun; 0.5: generic, also used by coast guards
                yield phrase, Item(MIL, nouns.domain or "", None, 0.5 if nouns.generic else 1.0)

    # -- public API --------------------------------------------------------------------

    def classify(self, article: Article) -> ClassificationResult:
        """Decide one article. Pure: the same article always gives the same result."""
        body = article.body
        text = body[:MAX_ANALYZED_CHARS]
        year = article.published_at.year if article.published_at else None
        month = article.published_at.month if article.published_at else None
        body_spans = self._matcher.find_spans(text)
        sentences = self._analyse(text, title=False, year=year, spans=body_spans)
        title = article.title or ""
        if title.endswith(")"):
            # "Sea Breeze opens ... (Adds Russian statement in paragraph 5)": the wire's note
            # on the update is not part of the headline. A prefix keeps the spans valid.
            note = _TITLE_EDITOR_NOTE.search(title)
            if note is not None:
                title = title[: note.start()]
        title_sentences = (
            self._analyse(title, title=True, year=year, body_spans=body_spans) if title else []
        )
        if title_sentences and _essay_title(title):
            for s in title_sentences:
                s.background = True
        if (
            sentences
            and sentences[0].index == 0
            and CEREMONY in sentences[0].cats
            and _no_drill_but_allied(text, sentences[0])
            and all(_no_drill_but_allied(title, t) for t in title_sentences)
        ):
            # "A contingent of Indian troops marched in the Bastille Day parade ... Indian Air
            # Force Rafale jets flew over the avenue with French aircraft": when the first
            # sentence reports a parade or a fly-past and neither it nor the title names a drill
            # or a cooperation, a flight or a march told later without a named drill or a word
            # of cooperation is part of that ceremony, not a joint activity
            for s in sentences:
                if (
                    s.pending
                    and ACT in s.cats
                    and CEREMONY not in s.cats
                    and _no_drill_but_allied(text, s)
                    and not any(w in text[s.start : s.end].lower() for w in _DRILL_WORDS)
                ):
                    s.pending = False
                    s.why = "part of the ceremony the title reports"
        if (
            sentences
            and sentences[0].index == 0
            and NONMIL in sentences[0].cats
            and sentences[0].cats.isdisjoint(_NAMED_OR_JOINT)
            and all(t.cats.isdisjoint(_NAMED_OR_JOINT) for t in title_sentences)
            and any(
                it.cat == NONMIL and it.sub in _DELIVERY_SENSES
                for _, _, items in sentences[0].raw
                for it in items
            )
        ):
            # "Military transport aircraft from several countries landed on Wednesday carrying
            # tents, food and medicine ... A Turkish air force plane landed in Karachi and
            # Chinese and Emirati military flights arrived in Rawalpindi": when the first
            # sentence reports relief flown in and neither it nor the title names a drill or a
            # cooperation, a later flight or landing told without a named drill, a word of
            # cooperation or a strong activity is one of those deliveries, each a national
            # mission (a combined airdrop says "together" or "combined")
            for s in sentences:
                if (
                    s.pending
                    and s.index > 0
                    and ACT in s.cats
                    and s.cats.isdisjoint(_NAMED_OR_JOINT)
                    and all(
                        it.strength < 1.0 for _, _, items in s.raw for it in items if it.cat == ACT
                    )
                    and not any(w in text[s.start : s.end].lower() for w in _DRILL_WORDS)
                ):
                    s.pending = False
                    s.why = "part of the relief delivery the first sentence reports"
        # The title and the lead first. When neither names a joint activity, the article can
        # only be about one if two later sentences report it: without two candidates, the
        # rest of the body cannot change the decision and is not analysed.
        pending = [s for s in sentences if s.pending]
        for s in title_sentences:
            if s.pending:
                self._analyse_sentence(title, s, year)
        for s in pending:
            if s.lead:
                self._analyse_sentence(text, s, year, month)
        later = [s for s in pending if not s.lead]
        if later and (
            any(s.joint or s.mentions_joint for s in title_sentences)
            or any(s.joint or s.mentions_joint for s in sentences if s.lead)
            or sum(1 for s in later if self._may_be_joint(s)) >= 2
            or any(self._told_mid_article(text, s) for s in later)
        ):
            for s in later:
                self._analyse_sentence(text, s, year, month)
        else:
            # "Sailing with the carrier are a US destroyer and a Dutch frigate": partners
            # joined to the lead's force, though the lead names no joint activity.
            for n, s in enumerate(later):
                if self._may_be_joint(s) and _ROUNDUP_ITEM.match(text, s.start):
                    # "BELARUS: Russian paratroopers flew into Belarus for the Slavic
                    # Brotherhood exercise": a round-up item's first sentence is a lead of its own
                    self._analyse_sentence(text, s, year, month)
                    continue
                if self._may_join_lead(text, s) or (PART in s.cats and len(s.codes) >= 2):
                    # ... or list the states taking part in the lead's drill ("Countries
                    # sending troops include A, B, C and D"; see _Decision._listed_partners),
                    # or in a named drill told just before the list
                    if n and EXERCISE in later[n - 1].cats and later[n - 1].index == s.index - 1:
                        self._analyse_sentence(text, later[n - 1], year, month)
                    self._analyse_sentence(text, s, year, month)
        if any(s.analysed and PART in s.cats and len(s.codes) >= 2 for s in sentences):
            # "Warships began a naval exercise off Hawaii on Monday. More than 20 nations,
            # including Japan, Australia and France, are taking part": a lead that names no
            # state is the activity those partners take part in (see _Decision._listed_partners)
            opening = next(
                (s for s in sentences if s.lead and not s.cats.isdisjoint(_ACTIVITY_CATEGORIES)),
                None,
            )
            if (
                opening is not None
                and not opening.analysed
                # not a fleet review's "sailed past the lines of ships": a ceremony
                and not any(CEREMONY in s.cats for s in (*title_sentences, *sentences) if s.lead)
            ):
                self._analyse_sentence(text, opening, year, month)
        return _Decision(self, article, text, sentences, title_sentences).result()

    # -- analysis ----------------------------------------------------------------------

    def _resolve_short(self, spans: list[Span], named: set[str]) -> list[Span]:
        """ "Democratic Republic of Congo ... the Congolese army": a form several states share
        names the one of them that the report (`named`: the codes its aliases name) names,
        when it names exactly one; otherwise it names no state and is dropped."""
        out: list[Span] = []
        for span in spans:
            payload = span[2]
            if not payload or payload[0].cat != SHORT:
                out.append(span)
                continue
            codes = {item.sub for item in payload if item.cat == SHORT} & named
            if len(codes) == 1:
                out.append((span[0], span[1], self._state_payloads[codes.pop()]))
        return out

    def _resolve_listed(self, text: str, spans: list[Span]) -> list[Span]:
        """ "soldiers from Ukraine, Poland and the Baltic states": a group's place name
        (`listed_aliases` in cues.toml) as an item of a list of states that a force comes
        from or includes names the group's states. Alone, or in a list of places ("troops
        moved to Poland and the Baltic states"), it stays a place."""
        out = list(spans)
        for i, span in enumerate(spans):
            members = self._listed_groups.get(id(span[2]))
            if members is None:
                continue
            first = i  # the list's first item
            while (
                first > 0
                and self._names_state(spans[first - 1])
                and text[spans[first - 1][1] : spans[first][0]] in _LIST_ITEM_GAPS
            ):
                first -= 1
            if first == i and not (
                i + 1 < len(spans)
                and self._names_state(spans[i + 1])
                and text[span[1] : spans[i + 1][0]] in _LIST_ITEM_GAPS
            ):
                continue  # not an item of a list of states
            before = text[max(0, spans[first][0] - 12) : spans[first][0]].split()
            if before and before[-1].lower() in _LIST_INTRO_WORDS:
                out[i] = (span[0], span[1], members)
        return out

    def _names_state(self, span: Span) -> bool:
        info = self._infos.get(id(span[2]))
        return info is not None and bool(info.state_codes)

    def _named_codes(self, spans: list[Span]) -> set[str]:
        """The states that the spans' aliases name (short forms aside)."""
        named: set[str] = set()
        for span in spans:
            for item in span[2]:
                if item.cat == STATE:
                    named.add(item.sub)
        return named

    def _analyse(
        self,
        text: str,
        *,
        title: bool,
        year: int | None = None,
        spans: list[Span] | None = None,
        body_spans: list[Span] | None = None,
    ) -> list[Sentence]:
        """The sentences of `text` that mention anything, each with its spans; the rules run
        on those that could report joint activity or name who takes part or opposes it.
        `spans`: the matcher's spans of `text` when already found; `body_spans`: those of the
        body under a title (the states it names settle the title's short forms)."""
        if spans is None:
            spans = self._matcher.find_spans(text)
        if self._state_payloads and any(span[2] and span[2][0].cat == SHORT for span in spans):
            known_codes = self._named_codes(spans)
            if body_spans is not None:
                known_codes |= self._named_codes(body_spans)
            spans = self._resolve_short(spans, known_codes)
        listed = self._listed_groups
        if listed and any(id(span[2]) in listed for span in spans):
            spans = self._resolve_listed(text, spans)
        if "(" in text:
            spans = _drop_bracketed_abbreviations(text, spans)
        if not spans:
            return []
        # Sentences take their spans by bisection, and their categories as one union in C:
        # the per-sentence rules below run on few sentences, so a span costs next to nothing.
        known = self._infos  # a typed dict: mypyc looks it up without a bound-method call
        infos_of = [known.get(id(span[2])) or self._info(span[2]) for span in spans]
        cats_of = [info[0] for info in infos_of]
        if all(cats.isdisjoint(_SCREEN_CATEGORIES) for cats in cats_of):
            return []  # no activity, exercise, cooperation or intercept word at all
        codes_of = [info[1] for info in infos_of]
        starts = [span[0] for span in spans]
        count = len(spans)
        bounds = [(0, len(text), 0)] if title else split_sentences(text)
        note = None if title else _EDITOR_NOTE.match(text)
        report = note.end() if note else 0  # where the report itself begins
        dateline = None if title else _DATELINE.match(text, report)
        # "SEOUL, Oct. 14 (Yonhap) --": where it was filed, not who acted
        lo = bisect_left(starts, dateline.end() if dateline else report)
        # the note's sentences and paragraphs are not the lead's
        skipped, shift = 0, 0
        if note:
            while skipped < len(bounds) and bounds[skipped][0] < report:
                skipped += 1
            shift = bounds[skipped][2] if skipped < len(bounds) else 0
        sentences: list[Sentence] = []
        line_checked = 0  # the text before this was searched for line starts
        teaser = False  # the current line is a teaser for another story
        for index, (start, end, paragraph) in enumerate(bounds):
            if lo == count:
                break
            if starts[lo] < start:
                lo = bisect_left(starts, start, lo)
            hi = bisect_left(starts, end, lo)
            if hi == lo:
                continue
            if not title:
                newline = text.rfind("\n", line_checked, start)
                if newline >= 0 or line_checked == 0:
                    teaser = _teaser_at(text, newline + 1)
                if not teaser and newline + 1 < start:
                    # "... the ministry said. Related: Russian, Tajik troops drill | ...": a
                    # teaser run on after a sentence, to the end of its line
                    teaser = _teaser_at(text, start)
                line_checked = start
                if teaser:
                    lo = hi
                    continue
            cats = _union(cats_of, lo, hi)
            if (
                ASSET in cats
                and STATE in cats
                and PART not in cats
                and _typed_from_state(text, spans, cats_of, lo, hi)
            ):
                # "is hosting F-16s from Belgium and Poland": aircraft or ships of a named type
                # "from" a state are that state's, as "aircraft from Belgium" (see
                # Classifier._typed_from)
                cats.add(PART)
            if note:
                paragraph, index = max(paragraph - shift, 0), max(index - skipped, 0)
            lead = title or index < LEAD_SENTENCES or paragraph < LEAD_PARAGRAPHS
            if (
                not lead
                and cats.isdisjoint(_KEPT_CATEGORIES)
                # "Lithuanian and Latvian sappers built the bridge": who else takes part
                and not (MIL in cats and STATE in cats and len(_union(codes_of, lo, hi)) > 1)
            ):
                lo = hi
                continue  # names nothing a decision reads: no cue, place or area
            # sentences that name forces taking part with no activity or participation word:
            # "The air force is hosting F-16s from Belgium and Poland" (see _hosted_from),
            # "Joining them are crews of the French Air Force" (see _fronted_partners) and
            # "Photo caption: Indian, Omani and Saudi pilots walk to their jets"
            hosting = False
            if not cats.isdisjoint(_CAPTION_CATS):
                hosting = (
                    (ASSET in cats and _hosting_verb(text, start, end)[0] >= 0)
                    # every caption opening starts with "P" or "C" (one character looked at
                    # before the call on the tuple)
                    or (
                        text[start : start + 1] in "PC"
                        and text.startswith(_CAPTION_OPENINGS, start)
                    )
                    or (
                        text.find(" them ", start, min(end, start + 60)) >= 0
                        and _FRONTED_PARTNERS.match(text, start, end) is not None
                    )
                )
            screened = hosting or not cats.isdisjoint(_SCREEN_CATEGORIES)
            codes = _union(codes_of, lo, hi) if screened or title else _NO_CODES
            raw, infos = spans[lo:hi], infos_of[lo:hi]
            sentence = Sentence(index, start, end, paragraph, title, lead, raw, infos, cats, codes)
            sentences.append(sentence)
            lo = hi
            if screened:
                self._flags(text, sentence)
                sentence.pending = self._worth_analysing(sentence) or (hosting and len(codes) >= 1)
        return sentences

    def mentions(self, text: str, s: Sentence) -> list[Mention]:
        """The sentence's mentions, made on first use (most sentences never need them)."""
        if s.raw:
            out = s.mentions
            raw, infos = s.raw, s.infos
            # loops, not map(): compiled, they read the tuple field (info[2], SpanInfo.special)
            # and call Mention's constructor directly instead of through the call protocol
            if not any(info[2] for info in infos):
                for k in range(len(raw)):
                    out.append(Mention(raw[k], infos[k]))
            else:
                for span, info in zip(s.raw, s.infos, strict=True):
                    if info.special:
                        start, end, items = span
                        items = self._special(text, start, end, items)
                        if not items:
                            continue
                        span, info = (start, end, items), self._info(items)
                    out.append(Mention(span, info))
            s.raw = s.infos = ()
        return s.mentions

    def _info(self, items: tuple[Item, ...]) -> SpanInfo:
        cats = frozenset(item.cat for item in items)
        codes = tuple(item.sub for item in items if item.cat in (STATE, FORCE, ASSET))
        special = bool(cats & _SPECIAL_CATS)
        state_codes = tuple(item.sub for item in items if item.cat == STATE)
        return SpanInfo(cats, codes, special, state_codes, _head_facts(items, cats))

    def _special(
        self, text: str, start: int, end: int, items: tuple[Item, ...]
    ) -> tuple[Item, ...]:
        if (
            end < len(text)
            and text[end] == "."
            and any(it.cat == NEGATION for it in items)
            and text[end + 1 : end + 3].strip()[:1].isdigit()
        ):
            return ()  # "No. 2 Squadron": "number", not a negation
        if (
            text.startswith(" ", end)
            and any(it.cat == EXERCISE for it in items)
            and _PLACE_NOUN_AFTER_NAME.match(text, end) is not None
        ):
            # "the Blue Flag beach in Puri": a name that a place noun follows names the place
            return tuple(it for it in items if it.cat != EXERCISE)
        if text[start].islower() and any(it.cat == EXERCISE for it in items):
            name = _introduced_name(text, start, end)
            if name < 0:
                return self._common_noun_exercise(text, start, end, items)
            if not text[name].isupper():
                # "is called iron fist by critics": an idiom, no exercise and no activity
                return tuple(it for it in items if it.cat != EXERCISE)
        return items

    @staticmethod
    def _may_be_joint(s: Sentence) -> bool:
        """Could the rules find joint activity here: an activity with two states' forces,
        "joint", "the two navies" or a named exercise, or an intercept of two states?"""
        cats = s.cats
        named = len(s.codes)
        if not cats.isdisjoint(_ACTIVITY_CATEGORIES):
            return (
                named >= 2 or not cats.isdisjoint(_JOINT_CONTEXT) or (named == 1 and LINK in cats)
            )
        return OPP in cats and named >= 2

    @staticmethod
    def _told_mid_article(text: str, s: Sentence) -> bool:
        """A later sentence that alone may tell a joint activity in full: an activity, two or
        more states (or a force of "the two armies"), a cooperation word or a named exercise,
        and no word of a ceremony, a plan or history ("Since Monday, U.S. and Israeli
        personnel have been taking part in Juniper Oak"). News that leads with politics often
        tells the drill once, in the third paragraph; the decision still asks that it be
        reported as held or under way. "The two countries" alone is no cooperation word ("The
        patrols continue despite tensions between the two countries"), and a modal before the
        first activity word tells what a speaker says will or would be done, not a drill held
        ("He said the navy would continue to train with foreign partners, noting the annual
        ... exercise with the United States")."""
        cats = s.cats
        if not (
            (len(s.codes) >= 2 or (PAIR in cats and MIL in cats))
            and not cats.isdisjoint(_ACTIVITY_CATEGORIES)
            and not cats.isdisjoint(_NAMED_OR_JOINT)
            and CEREMONY not in cats
            and BACKGROUND not in cats
            and PLANNED not in cats
        ):
            return False
        first = next(
            (
                span[0]
                for span, info in zip(s.raw, s.infos, strict=True)
                if not info.cats.isdisjoint(_ACTIVITY_CATEGORIES)
            ),
            s.end,
        )
        before = text[s.start : first].lower()
        return not any(f" {modal} " in before for modal in _MID_ARTICLE_MODALS)

    def _may_join_lead(self, text: str, s: Sentence) -> bool:
        """Could the sentence add partners to a force the lead names ("Sailing with the
        carrier are a US destroyer and a Dutch frigate"): an activity, a state, and "with" or
        "alongside" before "the" and a military noun (see _Decision._joined_force)."""
        cats = s.cats
        if (
            LINK not in cats
            or MIL not in cats
            or not s.codes
            or cats.isdisjoint(_ACTIVITY_CATEGORIES)
        ):
            return False
        return any(
            LINK in m.cats
            and MIL in ref.cats
            and _DEFINITE_AFTER_LINK.fullmatch(text, m.end, ref.start)
            for m, ref in itertools.pairwise(self.mentions(text, s))
        )

    @staticmethod
    def _worth_analysing(s: Sentence) -> bool:
        """Only a sentence that could report joint activity, name participants, observers or
        the opposing side, or lead the article, gets the per-sentence rules: the rest of a
        long article costs a glance at its categories."""
        cats = s.cats
        named = len(s.codes)
        if not cats.isdisjoint(_ACTIVITY_CATEGORIES):
            if named >= 2 or not cats.isdisjoint(_ACTIVITY_CONTEXT):
                return True  # two states' forces, a named exercise, "joint", "the two navies"
            return named == 1 and not cats.isdisjoint(_ONE_STATE_CATEGORIES)  # "with China"
        # Without an activity a sentence only names the opposing side, participants or
        # observers ("Japan scrambled jets", "India also took part").
        return named >= 1 and not cats.isdisjoint(_ONE_STATE_CATEGORIES)

    def _common_noun_exercise(
        self, text: str, start: int, end: int, items: tuple[Item, ...]
    ) -> tuple[Item, ...]:
        """Exercise names are proper nouns: in lower case ("a joint strategic air patrol",
        "joint sea and air patrols") the words only describe an activity."""
        kept = [it for it in items if it.cat != EXERCISE]
        kinds = {str(it.sub) for it in items if it.cat == EXERCISE}
        kept.extend(Item(ACT, kind, None, 1.0) for kind in sorted(kinds))
        if self._coop_words & set(text[start:end].lower().split()):
            kept.append(Item(COOP))
        return tuple(kept)

    def _flags(self, text: str, s: Sentence) -> None:
        """Sentence facts read off the categories alone (one state's drill, background)."""
        cats = s.cats
        if SINGLE in cats:
            s.single_state = True
        if EXERCISE in cats:
            for m in self.mentions(text, s):
                item = m.first(EXERCISE)
                if item is not None and not getattr(item.ref, "multinational", False):
                    s.single_state = True
        if (
            BACKGROUND in cats
            and any(
                BACKGROUND in m.cats
                and not _SINCE_BASELINE_BEFORE.search(text, max(s.start, m.start - 40), m.start)
                and not _AGREEMENT_DATED_BEFORE.search(text, max(s.start, m.start - 100), m.start)
                and not _COMPARED_BEFORE.search(text, max(s.start, m.start - 45), m.start)
                and not _SERIES_HAS_BEFORE.search(text, max(s.start, m.start - 40), m.start)
                and not (
                    m.start - s.start > 40
                    and _AFTER_EARLIER_BEFORE.search(text, m.start - 20, m.start)
                    and _EARLIER_DRILL_AFTER.match(text, m.end, s.end)
                    # "have worked together since last year": a perfect tells a history
                    and text.find(" has ", s.start, m.start) < 0
                    and text.find(" have ", s.start, m.start) < 0
                )
                and not self._dates_other_noun(text, s, m)
                and not _in_side_which_clause(text, s, m)
                and not _similar_to(text, m)
                # "said they would expand joint exercises, regularly hold joint patrols": a habit
                # that a future or a pledge governs is promised, not an earlier activity
                and not (
                    text[m.start : m.end].lower() in _PROMISABLE_HABITS
                    and _BARE_DRILL_VERB_AFTER.match(text, m.end) is not None
                    and _PROMISED_HABIT_BEFORE.search(text, max(s.start, m.start - 80), m.start)
                )
                and not (
                    text.startswith("with ", m.start)
                    and _ABSOLUTE_PARTICIPLE_AFTER.match(text, m.end) is not None
                )
                for m in self.mentions(text, s)
            )
        ):
            s.background = True
        if FIRST in cats:
            s.first_kind = True

    @staticmethod
    def _dates_other_noun(text: str, s: Sentence, m: Mention) -> bool:
        """ "clearing farms burnt out in last month's fires": a possessive time word dates the
        noun after it; only a drill or an activity named there ("last month's joint drills")
        makes the sentence background."""
        if not text[m.start : m.end].lower().endswith("'s"):
            return False
        return not any(
            a.start >= m.end
            and a.start - m.end <= 30
            and not _PUNCT_BREAK.search(text, m.end, a.start)
            and not a.cats.isdisjoint(_ACTIVITY_CATEGORIES)
            for a in s.mentions
        )

    @staticmethod
    def _dated_by_month(text: str, s: Sentence, month: int | None) -> bool:
        """ "The alliance rehearsed cable protection at its BALTOPS exercise in June" in a
        report of December: an activity told in the past and dated to a month well before
        the report's is an earlier event. A month just before it may be this one ("the
        drills held in June" in a report of early July)."""
        if month is None or PAST not in s.cats or s.title:
            return False
        if not _names_month(text, s.start, s.end):
            return False  # _IN_MONTH_NAMED needs a month's name
        for found in _IN_MONTH_NAMED.finditer(text, s.start, s.end):
            if _BEGAN_BEFORE.search(text, max(s.start, found.start() - 25), found.start()):
                continue  # "the deployment, which began in July, ended on Friday": its start
            lo = max(s.start, found.start() - 60)
            if _guarded_search(_SINCE_CLAUSE_BEFORE, ("since",), text, lo, found.start(), True):
                continue  # "its first exercise since the country joined NATO in April"
            named = _MONTH_NUMBERS[found.group(1)]
            # a month after the report's, told in the past, is last year's ("joint flights in
            # May and November" in a report of April)
            earlier = (month - named) % 12
            if earlier >= _EARLIER_MONTHS:
                return True
            if earlier and s.index >= _LATE_SENTENCE:
                # "The U.S. flew a B-1B bomber in drills with ... in February" deep in a
                # report of March: after the opening paragraphs, the month before is an
                # earlier event, not the one the report opens with
                return True
        return False

    def _analyse_sentence(
        self, text: str, s: Sentence, year: int | None, month: int | None = None
    ) -> None:
        self.mentions(text, s)
        s.pending = False
        s.analysed = True
        dated = False  # an earlier year dates the sentence
        opens = False  # ... and opens it or names the drill's edition
        if (
            year is not None
            and not s.background
            and _may_name_year(text, s.start, s.end)
            and _HAS_YEAR.search(text, s.start, s.end)
        ):
            for found in _YEAR_MENTION.finditer(text, s.start, s.end):
                if _SINCE_BASELINE_BEFORE.search(
                    text, max(s.start, found.start() - 40), found.start()
                ):
                    continue  # "the largest since it was first held in 2010"
                if _SINCE_EVENT_BEFORE.search(
                    text, max(s.start, found.start() - 70), found.start()
                ):
                    continue  # "since Russia's invasion of Ukraine in 2022"
                if _DECIDED_BEFORE.search(text, max(s.start, found.start() - 40), found.start()):
                    continue  # "the force the two countries agreed to build in 2010"
                if _SERIES_BEGAN_BEFORE.search(
                    text, max(s.start, found.start() - 40), found.start()
                ):
                    continue  # "the fifth in the series that began in 2007"
                if _COMPARED_BEFORE.search(text, max(s.start, found.start() - 45), found.start()):
                    continue  # "up from 2,000 in 2016": the figure compared
                after_at = text.rfind(", after ", s.start, found.start())
                if after_at > s.start and _YEAR_MENTION.search(text, s.start, after_at) is None:
                    # "Troops from A and B opened Talisman Sabre on Saturday, joined by C, after
                    # both had only sent observers to the 2021 edition": a year in a trailing
                    # "after" clause dates the cause, not the main clause's activity
                    continue
                if int(found.group(1) or found.group(2) or found.group(3)) < year:
                    dated = True  # "in 2022": an earlier event
                    opens = found.group(1) is None or not text[s.start : found.start()].strip()
                    break
            if not dated and EXERCISE in s.cats:
                # "India flew Su-30MKIs at Iniochos 2023" (in a report of 2025): a drill named
                # with an earlier year is an earlier edition, as "the 2023 edition" is
                for m in s.mentions:
                    if EXERCISE not in m.cats:
                        continue
                    found_year = _EDITION_YEAR_AFTER.match(text, m.end)
                    if found_year is None and m.end - m.start > 5:
                        found_year = _EDITION_YEAR_END.search(text, m.end - 5, m.end)
                    if found_year is not None and int(found_year.group(1)) < year:
                        dated = opens = True
                        break
        by_month = False  # ... or a month well before the report's
        if not dated and self._dated_by_month(text, s, month):
            dated = True
            by_month = True
            # "In July, NORAD intercepted Russian and Chinese bombers that flew together for
            # the first time": an earlier month that opens the sentence dates even a first one
            head = s.start
            while head < s.end and text[head].isspace():
                head += 1
            opens = _IN_MONTH_NAMED.match(text, head) is not None
        s.background = s.background or dated
        # "the first time the two have conducted ... under a law passed in 2015": this event,
        # unless an opening year, an edition's year or "last month" dates it ("In July 2019
        # ... flew their first joint air patrol", "the Peace Mission exercise of 2005")
        if (
            s.first_kind
            and not opens
            and not _dated_earlier(text, s.start, s.end)
            # "Egyptian and Sudanese air force units held a first joint drill ... in
            # November" deep in a report of March: after the opening paragraphs, a first
            # told in the past and dated to a month well before the report's is an earlier
            # event too
            and not (by_month and s.index >= _LATE_SENTENCE)
        ):
            s.background = False
        s.activities = []
        s.opposed = set()
        nonmil: set[str] = set()
        self._attach(text, s)
        for m in s.mentions:
            mc = m.cats
            if not m.military and FORCE in mc:
                # "Spain's Guardia Civil steps up joint patrols": a police or coast guard body
                # named as a force is a non-military sense like the word "police"
                force = m.first(FORCE)
                if force is not None:
                    nonmil.add(str(getattr(force.ref, "kind", "police")))
            if not m.military and mc.isdisjoint(_SENTENCE_FACT_CATS):
                continue  # most mentions: a state, a place, a tense word
            if ACT in mc:
                item = m.first(ACT)
                assert item is not None
                s.activities.append((m, item))
            if EXERCISE in mc:
                item = m.first(EXERCISE)
                assert item is not None
                s.activities.append((m, item))
                if getattr(item.ref, "multinational", False):
                    s.coop_word = True
                    s.multinational = True
            if COOP in mc:
                s.coop_word = True
            if NONMIL in mc:
                item = m.first(NONMIL)
                assert item is not None
                nonmil.add(str(item.sub))
            if m.military and (not mc.isdisjoint(_ENTITY_CATS) or _strength(m, MIL) >= 1.0):
                s.military = True  # generic nouns ("ships") do not count: coast guards have them
        self._roles(text, s)
        self._links(text, s)
        self._decide_sentence(text, s, nonmil)

    def attach(self, text: str, s: Sentence) -> None:
        """Give the actors of a sentence the rules skipped their states (when a decision
        needs them: the assets and places of a joint activity)."""
        if not s.attached:
            self.mentions(text, s)
            self._attach(text, s)

    def _attach(self, text: str, s: Sentence) -> None:
        """Give actors their states: forces and assets directly, states through the noun
        they modify ("Russian and Chinese strategic bombers", "navies of China and
        Russia"), and "its bombers" through the state that speaks or acts."""
        s.attached = True
        chain: list[Mention] = []
        chain_and = False  # the chain's items are joined by an "and" already
        chain_end = -1
        last_head: Mention | None = None
        owner: Mention | None = None  # who "its"/"their" refers to
        pair: list[Mention] = []
        previous: Mention | None = None
        of_civil: list[Mention] = []  # states given a non-military noun by "of"/"from"
        for i, m in enumerate(s.mentions):
            mc = m.cats
            if STATE in mc and mc.isdisjoint(_NOT_BARE_STATE_CATS):
                m.states = m.info.state_codes
                if chain and (
                    _coordinated(text, chain_end, m.start)
                    # "British Typhoons and Greek F-16s": an aircraft we do not know by name
                    or _ASSET_LIST_GAP.fullmatch(text, chain_end, m.start)
                ):
                    gap_and = _AND_WORD.search(text, chain_end, m.start) is not None
                    if (
                        self._placed(text, s, chain[0])
                        and "," in text[chain_end : m.start]
                        and (gap_and or chain_and)
                    ):
                        # "served in Kosovo and Afghanistan, and Armenian troops have ...",
                        # "in Lithuania, Poland and Latvia, American and German battalions":
                        # a comma after a list of places that has had its "and" begins the
                        # next clause's subject
                        chain, chain_and = [m], False
                    else:
                        # "in Kosovo and Afghanistan": a list of places goes on; of "in
                        # Estonia and U.S. soldiers" only the last state modifies the noun
                        chain.append(m)
                        chain_and = chain_and or gap_and
                else:
                    chain, chain_and = [m], False
                chain_end = m.end
                if len(chain) >= 2:
                    pair = chain  # the latest list of states: what a later "their" may mean
                if last_head is not None and (
                    _OF_BEFORE.fullmatch(text, last_head.end, m.start)
                    # "ships and boarding teams from Algeria": a military head and a plain
                    # noun joined to it share the "from" (no mention between them)
                    or (
                        last_head is previous
                        and last_head.military
                        and _PAIRED_OF_BEFORE.fullmatch(text, last_head.end, m.start) is not None
                    )
                ):
                    m.attached, m.military, m.domain = True, last_head.military, last_head.domain
                    m.official = OFFICIAL in last_head.cats and not last_head.military
                    if not last_head.military:
                        of_civil.append(m)
                elif len(chain) > 1 and chain[0].attached:
                    m.attached, m.military, m.domain = True, chain[0].military, chain[0].domain
                    m.official = chain[0].official
                if owner is None or (SPEECH not in owner.cats and self._speaks(s, i)):
                    owner = m
                previous = m
                continue
            if not mc.isdisjoint(_HEAD_CATS):
                m.states, m.military, m.domain, m.default_state = m.info.head
                if (
                    not m.military
                    and NONMIL in mc
                    and text[m.start : m.end].lower() in _COMPANY_WORDS
                    and self._army_context(text, s, m)
                ):
                    # "Polish and Slovenian companies are operating under the command of the
                    # 1st Armored Brigade": army companies, not firms
                    m.military, m.domain = True, "land"
                if (
                    m.military
                    and MIL in mc
                    and previous is not None
                    and NONMIL in previous.cats
                    and MIL not in previous.cats
                    and not text[previous.end : m.start].strip(" -")
                ):
                    m.military = False  # "coast guard ships"
                if chain and self._modifier_gap(text, chain_end, m.start):
                    official = OFFICIAL in mc and mc.isdisjoint(_ACTOR_HEAD_CATS)
                    equipment = MIL in mc and text[m.start : m.end].lower() in _EQUIPMENT_NOUNS
                    if len(chain) > 1 and self._placed(text, s, chain[0]):
                        chain = chain[-1:]  # the places before it are no modifiers
                    for st in chain:
                        # "a company from the Polish 6th Airborne Brigade": the state's own
                        # military noun outweighs the noun before "from"
                        if not st.attached or (m.military and st in of_civil):
                            st.attached, st.military, st.domain = True, m.military, m.domain
                            st.official = official
                            st.equipment = equipment
                    if (ASSET in mc or equipment) and _POSSESSIVE_BEFORE.search(
                        text, max(s.start, chain[0].start - 8), chain[0].start
                    ):
                        for st in chain:
                            st.role = "origin"  # "its French Rafales": the owner flies them
                    elif ASSET in mc and not _origin_after(text, chain[-1].end):
                        m.states = chain[-1].states  # "Chinese H-6K": the named state flies it
                        m.default_state = False
                elif (
                    ASSET in mc
                    and self._ship_prefixes.get(text[m.start : m.end].split(" ", 1)[0]) in m.states
                ):
                    m.default_state = False  # "BRP Jose Rizal": one ship, whose navy is known
                elif (
                    ASSET in mc
                    and previous is not None
                    and previous.military
                    and previous.states
                    and not previous.default_state
                    and not text[previous.end : m.start].strip()
                ):
                    m.states = previous.states  # "Royal Thai Air Force Gripen fighters"
                    m.default_state = False
                elif (
                    ASSET in mc
                    and previous is not None
                    and ASSET in previous.cats
                    and previous.states
                    and not previous.default_state
                    and text[previous.end : m.start] == " and "
                ):
                    # "German Tornados and Eurofighters": the second type of a pair shares the
                    # state that qualifies the first
                    m.states = previous.states
                    m.default_state = False
                elif (
                    ASSET in mc
                    and previous is not None
                    and previous.military
                    and MIL in previous.cats
                    and not previous.states
                    and not text[previous.end : m.start].strip()
                    # a service's name, not a type in apposition ("the frigate BRP Jose Rizal")
                    and text[previous.start].isupper()
                ):
                    m.states = ()  # "Air Force C-130J planes": an air force not named, not the
                    m.default_state = False  # type's usual operator
                elif MIL in mc and not m.states and owner is not None:
                    window_start = max(s.start, m.start - 40)
                    possessive = _guarded_search(
                        _OWNER_BEFORE, ("its", "their", "our"), text, window_start, m.start, True
                    )
                    if possessive:
                        m.states = owner.states  # "Russia said its bombers ..."
                        if owner.attached and not owner.military and not owner.official:
                            m.military = False  # "China's coast guard said its ships"
                        if (
                            pair
                            and pair[-1].start > owner.start
                            and possessive.group().lower().startswith("their")
                        ):
                            # "Tokyo conveyed concern to Beijing and Moscow after four of their
                            # bombers flew": a plural "their" means the list named last, not
                            # the single state that speaks or acts
                            m.states = tuple(dict.fromkeys(c for x in pair for c in x.states))
                if FORCE in mc and (owner is None or self._speaks(s, i)):
                    owner = m  # "..., and the French navy said its ships had also ..."
                chain = []
                last_head = m
                previous = m
                continue
            if not mc.isdisjoint(_PHRASE_BREAKERS):
                chain = []
                last_head = None
            previous = m

    @staticmethod
    def _army_context(text: str, s: Sentence, m: Mention) -> bool:
        """Another noun of the clause names an army unit ("brigade", "battalion") and none of
        the sentence is a business word, or the word is an item of a list of forces: the
        senses in which "companies" are military."""
        if Classifier._listed_among_forces(text, s, m):
            return True
        unit = False
        for x in s.mentions:
            if x is m:
                continue
            if NONMIL in x.cats:
                return False  # "companies ... under a joint venture": firms after all
            if (
                MIL in x.cats
                and text[x.start : x.end].lower() in _ARMY_UNIT_WORDS
                # the same clause: not "companies operate oil fields, where a brigade fought"
                and not _GAP_PUNCT.search(text, min(m.end, x.end), max(m.start, x.start))
            ):
                unit = True
        return unit

    @staticmethod
    def _listed_among_forces(text: str, s: Sentence, m: Mention) -> bool:
        """ "American paratroopers and HIMARS crews, a French company, Latvian and Finnish
        units": "company" as an item of a list whose items before and after it are military
        nouns, with only state names between them, is an army company too."""
        ms = s.mentions
        k = next(i for i, x in enumerate(ms) if x is m)
        before = next((x for x in reversed(ms[:k]) if STATE not in x.cats), None)
        after = next((x for x in ms[k + 1 :] if STATE not in x.cats), None)
        return (
            before is not None
            and after is not None
            and all(MIL in x.cats and NONMIL not in x.cats for x in (before, after))
            and _LIST_GAP.fullmatch(text, before.end, m.start) is not None
            and _LIST_GAP.fullmatch(text, m.end, after.start) is not None
        )

    def _placed(self, text: str, s: Sentence, m: Mention) -> bool:
        """A state named after a place word ("dropped onto fields in Estonia, and U.S.
        soldiers are training"): the place of one clause, not a modifier of the military
        noun of the next."""
        words = text[max(s.start, m.start - 40) : m.start].lower().split()
        if words and words[-1] in _DETERMINERS:
            words.pop()
        return self._is_place_before(words)

    @staticmethod
    def _fronted_place_subject(text: str, s: Sentence, i: int) -> bool:
        """ "In Tunisia, France, Italy and Spain are training alongside ...": a sentence that
        opens with one place, a comma and a list of states right before its verb; the list is
        the subject, not more places."""
        ms = s.mentions
        first = ms[i - 1]
        if i != 1 or STATE not in first.cats or text[first.end : ms[i].start] != ", ":
            return False
        if text[s.start : first.start].strip().lower() not in _FRONTED_PLACE_PREPOSITIONS:
            return False
        k = i
        while (
            k + 1 < len(ms)
            and ms[k + 1].states
            and STATE in ms[k + 1].cats
            and _coordinated(text, ms[k].end, ms[k + 1].start)
        ):
            k += 1
        return _FINITE_VERB_AFTER.match(text, ms[k].end) is not None

    @staticmethod
    def _new_clause_subject(text: str, s: Sentence, i: int) -> bool:
        """ "The battalion has served in Iraq, and Lithuania has joined the drill": a state
        after ", and" that a participation verb follows is the next clause's subject, not
        one more place of the list before it."""
        ms = s.mentions
        m = ms[i]
        if i + 1 >= len(ms) or "," not in text[ms[i - 1].end : m.start]:
            return False
        if _AND_WORD.search(text, ms[i - 1].end, m.start) is None:
            return False
        nxt = ms[i + 1]
        return (
            PART in nxt.cats
            and nxt.start - m.end <= 20
            and not _GAP_PUNCT.search(text, m.end, nxt.start)
        )

    @staticmethod
    def _speaks(s: Sentence, i: int) -> bool:
        """The state `s.mentions[i]` is followed closely by a verb of speaking ("Russia's
        Defence Ministry said"). Mentions do not overlap: those after it start after it."""
        m = s.mentions[i]
        for other in itertools.islice(s.mentions, i + 1, None):
            if other.start - m.end > 30 or other.states:
                return False
            if SPEECH in other.cats:
                return True
        return False

    @staticmethod
    def _modifier_gap(text: str, start: int, end: int) -> bool:
        start = _past_abbreviation(text, start)
        if end - start > 40:
            return False
        gap = text[start:end]
        if gap == " " or gap == "'s " or gap == "’s ":
            return True
        if any(ch in _GAP_BAD_CHARS for ch in gap):
            return False
        words = gap.replace("’s", " ").replace("'s", " ").split()
        if len(words) > 3:
            return False
        return not any(w.lower() in _GAP_STOPWORDS for w in words)

    @staticmethod
    def _state_relatives(text: str, s: Sentence) -> list[tuple[int, int]]:
        """ "Cambodia, Laos and Myanmar, which have close ties to China, sent personnel": the
        spans of clauses after a state's name that say what the state is."""
        spans: list[tuple[int, int]] = []
        pos = text.find(", which ", s.start, s.end)
        while pos >= 0:
            if any(m.end == pos and STATE in m.cats for m in s.mentions):
                end = text.find(",", pos + 8, s.end)
                spans.append((pos, end if end >= 0 else s.end))
            pos = text.find(", which ", pos + 8, s.end)
        return spans

    @staticmethod
    def _from_to_range(text: str, s: Sentence, a: Mention, b: Mention) -> bool:
        """ "from Senegal to Angola": two states right after "from" and "to", with nothing
        else between them, name the ends of a stretch of land or coast."""
        if not a.states or not a.cats.isdisjoint(_FORCE_CATS) or not b.cats.isdisjoint(_FORCE_CATS):
            return False  # "command passed from the U.S. Navy to the Royal Navy"
        if text[a.end : b.start].lower() not in (" to ", " to the "):
            return False
        before = text[max(s.start, a.start - 10) : a.start].lower().split()
        if before and before[-1] == "the":
            before.pop()
        return before[-1:] == ["from"]

    def _roles(self, text: str, s: Sentence) -> None:
        """Places, speakers and the opposing side."""
        ms = s.mentions
        self._origins(text, s)
        relatives = (
            self._state_relatives(text, s) if text.find(", which ", s.start, s.end) >= 0 else []
        )
        # "the latest in a series that has in past years included ships from Qatar": states in
        # a present-perfect clause about the series that a background cue dates took part in
        # earlier editions
        series_spans: list[tuple[int, int]] = []
        if BACKGROUND in s.cats and (
            text.find(" that ha", s.start, s.end) >= 0
            or text.find(" which ha", s.start, s.end) >= 0
        ):
            for found in _SERIES_HAS_CLAUSE.finditer(text, s.start, s.end):
                if any(BACKGROUND in x.cats and found.start() <= x.start < found.end() for x in ms):
                    series_spans.append((found.start(), found.end()))
        if BACKGROUND in s.cats and text.find(", which ", s.start, s.end) >= 0:
            for found in _EARLIER_WHICH_CLAUSE.finditer(text, s.start, s.end):
                if any(BACKGROUND in x.cats and 0 <= found.start() - x.end <= 16 for x in ms):
                    series_spans.append((found.start(), found.end()))
        if (
            text.find(" hosted ", s.start, s.end) >= 0
            or text.find(" been used by ", s.start, s.end) >= 0
        ):
            for found in _PLACE_HOSTED_CLAUSE.finditer(text, s.start, s.end):
                series_spans.append((found.start(), found.end()))
        scenario = text.find("scenario", s.start, s.end) >= 0
        hosts = text.find("host", s.start, s.end) >= 0
        force_hosting: bool | None = None  # a military force hosts (worked out on first need)
        bloc_start = bloc_end = -1
        if text.find(" joined ", s.start, s.end) >= 0:
            for m in ms:
                jm = _JOINED_BLOC_AFTER.match(text, m.end, s.end)
                if m.states and jm:
                    # only the clause that joins: "Iran drilled, while Britain has joined ..."
                    bloc_start = max(
                        text.rfind(w, s.start, m.start) for w in (" while ", " but ", ";")
                    )
                    bloc_end = jm.end()
        based_end = -1
        for i, m in enumerate(ms):
            if relatives and m.states and any(a < m.start < b for a, b in relatives):
                m.role = "relative"  # "..., which have close ties to China, sent ...": no actor
                continue
            if series_spans and m.states and any(a < m.start < b for a, b in series_spans):
                # a series "that has in past years included" these states, a port "that has
                # also hosted" their ships
                m.role = "relative"
                continue
            if FORCE in m.cats and m.states and self._force_speaks(text, s, i):
                if m.military and _OWN_CONTRIBUTION_AFTER.match(text, ms[i + 1].end, s.end):
                    # "The Nigerian Navy said it had committed four ships to the exercise": a
                    # force that tells what it sent itself is the subject of the sending
                    continue
                m.role = "speaker"  # "NORAD said", "the Eastern Military District reported"
                continue
            if m.states and m.official and self._closing_attribution(text, s, m):
                # "..., Japan's Defense Ministry said Wednesday.": an official source (a force
                # that speaks may also take part: "..., the Ghana Navy said")
                m.role = "speaker"
                continue
            if not m.states:
                continue
            if bloc_start < m.start < bloc_end or (
                hosts
                and _HOSTED_FORCES_BEFORE.search(text, max(s.start, m.start - 120), m.start)
                # "The Colombian army is hosting troops from Brazil and Chile": a military
                # force hosts guests to train with them, not as a country hosts garrisons
                and not (
                    force_hosting
                    if force_hosting is not None
                    else (force_hosting := self._military_host(text, s) is not None)
                )
            ):
                m.role = "relative"  # members of a coalition, forces a country hosts
                continue
            if m.start - s.start >= 3 and text[m.start - 3 : m.start].lower() == "no ":
                # "no Chinese or Russian vessels were seen": the list is denied, not present
                listed = [x for x in ms[i:] if x.states]
                for x in self._noun_group(text, listed, forward=True, states_only=True):
                    x.role = "absent"
                continue
            if m.role != "absent" and _contrasted(text, s.start, m.start):
                # "Unlike Russia and China, the participants send troops to UN missions",
                # "all members except Hungary and Turkey": a list set against the participants
                listed = [x for x in ms[i:] if x.states]
                for x in self._noun_group(text, listed, forward=True, states_only=True):
                    x.role = "absent"
                continue
            imitated = _guarded_search(
                _IMITATED_BEFORE, _IMITATED_WORDS, text, max(s.start, m.start - 60), m.start, False
            )
            if imitated is not None or (scenario and _SCENARIO_AFTER.match(text, m.end, s.end)):
                m.role = "target"  # "threats built to resemble Russian and Chinese systems"
                continue
            if i and self._from_to_range(text, s, ms[i - 1], m):
                # "along the coast from Senegal to Angola": the two ends of a stretch
                ms[i - 1].role = "place"
                m.role = "place"
                continue
            if (
                STATE in m.cats
                and m.cats.isdisjoint(_NOT_BARE_STATE_CATS)
                and _war_noun_after(text, m.end)
            ):
                # "as Ukraine crisis looms", "the Syria war": a state's name that modifies a
                # noun of war names where the fighting is, not a force that acts
                m.role = "place"
                continue
            if (
                STATE in m.cats
                and m.end < len(text)
                and text[m.end] == "-"
                and text.startswith(("-based ", "-headquartered "), m.end)
            ):
                # "the Bahrain-based Combined Maritime Forces", "Japan-based U.S. Marines":
                # where a force is based, not whose it is
                m.role = "place"
                continue
            if STATE in m.cats and (
                (based_end >= 0 and _coordinated(text, based_end, m.start))
                or (
                    _may_end_before(text, s.start, m.start, _BASE_COUNTRY_ENDS)
                    and text[max(s.start, m.start - 20) : m.start]
                    .lower()
                    .endswith(_BASE_COUNTRY_BEFORE)
                )
            ):
                # "flown in from bases in Japan and South Korea": where the force is based, and
                # the states joined to it by "and" or commas
                m.role = "place"
                based_end = m.end
                continue
            based_end = -1
            if m.attached or not m.cats.isdisjoint(_ACTOR_HEAD_CATS):
                continue
            if self._grants_leave(text, s, m):
                # "after seeking clearance from the Saudi-led coalition", "with permission
                # from Oman": the state whose leave is asked lets others act; it does not act
                m.role = "relative"
                continue
            if (
                text.startswith((".", "-", "–"), m.end)
                and _LED_AFTER.match(text, m.end)
                and any(
                    not x.cats.isdisjoint(_LED_CATS) and x.start - m.end <= 40
                    for x in ms[i + 1 : i + 3]
                )
            ):
                if PRIOR in s.cats and any(PRIOR in x.cats for x in ms[:i]):
                    # "ran in parallel with Iron Gate, a Polish-led drill": it leads another one
                    m.role = "other_event"
                    continue
                m.role = "participant"  # "a Saudi-led drill", "the U.S.-led Flintlock exercise"
                continue
            before_start = max(s.start, m.start - 40)
            words = text[before_start : m.start].lower().split()
            if words and words[-1] in _DETERMINERS:
                words.pop()
            if len(words) >= 2 and (words[-1] in _REGION_WORDS or words[-1] in _NEIGHBOUR_WORDS):
                words.pop()  # "in northern Japan", "the war in neighbouring Syria"
            elif (
                len(words) >= 4
                and words[-1] == "of"
                and words[-3] == "the"
                and words[-2] in _REGION_WORDS
            ):
                del words[-3:]  # "in the north of Saudi Arabia", like "in northern ..."
            if (
                i
                and (
                    (ms[i - 1].role == "place" and STATE in ms[i - 1].cats)
                    # "flew over the Balkans, Iraq, Libya and Syria": a list that a region
                    # named after a place word opens is a list of places
                    or self._region_in_place(text, s, ms[i - 1])
                    # "units in Hawaii, Alaska and Japan": a list of places that a place
                    # word opens goes on through places of no state of their own
                    or self._place_list_before(text, s, ms, i - 1)
                )
                and _coordinated(text, ms[i - 1].end, m.start)
                and not _people_noun(text, m)
                and not self._new_clause_subject(text, s, i)
                and not self._fronted_place_subject(text, s, i)
            ):
                m.role = "place"  # "between Taiwan and the Philippines"
                m.host = ms[i - 1].host  # "in Morocco, Ghana, Senegal and Tunisia"
                continue
            if words[-2:] == ["hosted", "by"]:
                m.role, m.host = "place", True
                continue
            if (
                i
                and words[-1:] == ["from"]
                and ms[i - 1].role == "place"
                and _FROM_GAP.fullmatch(text, ms[i - 1].end, m.start)
            ):
                # "reinforcements cross into Romania from Hungary and Bulgaria": the state
                # after a destination and "from" is where a movement starts, a place too
                m.role = "place"
                continue
            if words[-1:] == ["between"] and i and ms[i - 1].cats & _PLACE_CATS:
                m.role = "place"  # "the Bashi Channel between Taiwan and ..."
                continue
            if len(words) >= 3 and words[-2] == "in" and words[-1].endswith(","):
                # "UN missions in Congo, South Sudan and Lebanon": a list of places whose
                # first name is no state of its own (an ambiguous or unknown name)
                lead = text[before_start : m.start].rstrip()
                lead = lead[lead.rfind(" ") + 1 :]
                if (
                    lead[:1].isupper()
                    and lead[:-1].isalpha()
                    and not (i and ms[i - 1].end > m.start - len(lead) - 2)
                    and not _people_noun(text, m)
                ):
                    m.role = "place"
                    continue
            after_place = self._place_after.match(text, m.end, min(s.end, m.end + 50))
            if self._is_place_before(words) or after_place:
                m.role = "place"
                # "drills in Belarus": where the activity happens, not "near" or "off" it
                m.host = (
                    not after_place
                    and bool(words)
                    and words[-1] in _HOST_PREPOSITIONS
                    and not (len(words) >= 2 and words[-2] in _WAR_NOUNS)
                    and not (len(words) >= 2 and words[-2] in _MISSION_PLACE_NOUNS)
                    and not (
                        len(words) >= 3 and words[-2] in _DEPTH_WORDS and words[-3] in _WAR_NOUNS
                    )
                    and self._near_activity(text, s, m)
                )
                continue
            if words[-2:] == ["according", "to"]:
                m.role = "speaker"
                continue
            for nxt in ms[i + 1 : i + 4]:
                if nxt.start - m.end > 30:
                    break
                if SPEECH in nxt.cats:
                    if text[nxt.start : nxt.end].lower() == "according to":
                        # "... and South Korea, according to the embassy": the source is
                        # named after "according to", not before it
                        break
                    if _SOURCE_AFTER_LIST.match(text, m.end, nxt.start) and text[
                        m.end : nxt.start
                    ].strip(" ,"):
                        break  # "... and the United Kingdom, a military spokesman said"
                    m.role = "speaker"
                    break
                if nxt.states or not nxt.cats.isdisjoint(_SPEAKER_STOP_CATS):
                    break
        if REACTION in s.cats:
            self._reactions(text, s)
        if ASSET in s.cats or (
            # "The Colombian navy is hosting, and sailors from Brazil ... are on board"
            MIL in s.cats and STATE in s.cats and text.find(" host", s.start, s.end) >= 0
        ):
            self._hosted_from(text, s)
        if FORCE in s.cats and text.find(" hosted by ", s.start, s.end) >= 0:
            self._hosted_by_force(text, s)
        if not s.cats.isdisjoint(_CAPTION_CATS):
            if text.find(" them ", s.start, min(s.end, s.start + 60)) >= 0:
                self._fronted_partners(text, s)
            if text.startswith(_CAPTION_OPENINGS, s.start):
                self._caption_forces(s)
        if not s.cats.isdisjoint(_PART_CATS):
            self._participation(text, s)
        if OPP not in s.cats:
            self._as_did(text, s)
            return
        cues = [m for m in ms if OPP in m.cats]
        if not cues:
            return
        actors = [m for m in ms if (m.states or MIL in m.cats) and m.role != "place"]
        for n, cue in enumerate(cues):
            # The cue's own clause: from the previous cue (or the sentence start) to the next.
            lo = cues[n - 1].end if n else s.start
            hi = cues[n + 1].start if n + 1 < len(cues) else s.end
            if _drill_target_object(text, s.start, cue):
                continue  # "ships helping to track the targets": taking part in the drill
            if _NON_STATE_ENEMY.match(text, cue.end):
                continue  # "a coalition fighting Houthi rebels": no state is the other side
            if _SEARCH_OBJECT.match(text, cue.end):
                continue  # "a helicopter spotted debris": a search, not forces watching forces
            if text.startswith(" of ", cue.end) and _out_of_harbour(text, ms, cue):
                # "The minehunters were escorted out of Constanta by a Romanian frigate": out
                # of a port, a harbour escort; not "escorted out of Japanese airspace"
                continue
            if _SITE_OBJECT.match(text, cue.end):
                continue  # "intelligence had identified the buildings": a target, not forces
            intercept = text.startswith(("intercept", "Intercept"), cue.start)
            if intercept and text.endswith(
                _AIR_DEFENCE_BEFORE, max(s.start, cue.start - 13), cue.start - 1
            ):
                continue  # "one of the largest Patriot intercepts": air defence
            if intercept and (munitions := _MUNITION_OBJECT.match(text, cue.end)):
                # "fought side by side to intercept the Iranian missiles": the munitions'
                # state is the attacker; the interceptors defend, they watch no one
                for m in actors:
                    if cue.end <= m.start < munitions.end() and m.states:
                        m.role = "opposition"
                        s.opposed.update(m.states)
                continue
            if (
                text.endswith(_PURPOSE_NOUNS, max(s.start, cue.start - 12), cue.start)
                and text.find("sanction", cue.end, hi) >= 0
            ):
                # "the frigate also serves in the multinational effort to monitor North Korea's
                # evasion of U.N. sanctions": watching for sanctions breaches is a standing
                # enforcement task, not forces tracking the activity reported
                continue
            if text.startswith(" between ", cue.end):
                # "..., where fighting between Houthi rebels and Saudi-led coalition airstrikes
                # has trapped thousands": the sides named after "between" fight each other;
                # the sentence's subject is no side of it
                for m in actors:
                    if cue.end <= m.start < hi and m.states:
                        m.role = "opposition"
                        s.opposed.update(m.states)
                continue
            # "are observing", "were tracking": the progressive is active, not the passive
            # (of the cue's first word: "were keeping watch", "are watching them")
            progressive = text[cue.start : cue.end].lower().split(" ", 1)[0].endswith("ing")
            passive = (
                bool(_PASSIVE_BEFORE.search(text, max(s.start, cue.start - 25), cue.start))
                and not progressive
            ) or bool(_OPP_BY_AFTER.match(text, cue.end))
            # "photographs taken by a patrol aircraft": a cue that ends in "by" names its
            # agent after it
            passive = passive or text.endswith(" by", cue.start, cue.end)
            before = [m for m in actors if lo <= m.start and m.end <= cue.start]
            by_agent = False  # the subjects come after "by", the objects before the cue
            if passive and OPP_ACTOR in cue.cats and not _OPP_BY_AFTER.match(text, cue.end):
                # "Japanese jets were scrambled": the scrambled side opposes, in any voice.
                subjects = self._noun_group(text, before, forward=False)
                objects = [m for m in actors if cue.end <= m.start < hi]
            elif passive:
                by = text.find(" by ", cue.end - 3, hi)
                # "... were tracked by allied jets, Danish officials said": a state that closes
                # the sentence as its source is not the agent (a force that speaks may be:
                # "..., NORAD said")
                after_by = [
                    m
                    for m in actors
                    if by != -1
                    and by < m.start < hi
                    and not (m.role == "speaker" and FORCE not in m.cats)
                ]
                subjects = self._noun_group(text, after_by, forward=True)
                objects = before
                by_agent = True
            else:
                subjects = self._noun_group(text, before, forward=False)
                objects = [m for m in actors if cue.end <= m.start < hi]
                if (
                    subjects
                    and text.find(", and ", subjects[0].end, cue.start) >= 0
                    and _OWN_SUBJECT_CLAUSE.search(text, subjects[0].end, cue.start)
                ):
                    subjects = []  # "..., and officers from other allies are observing"
                if subjects:
                    end = max(m.end for m in subjects)
                    if (
                        text.find(" and ", end, cue.start) >= 0
                        and (
                            text.find(" they ", end, cue.start) >= 0
                            or text.find(" it ", end, cue.start) >= 0
                        )
                        and _OBJECT_THEN_CLAUSE.fullmatch(text, end, cue.start)
                    ):
                        subjects = []  # "identified X before they entered ... and scrambled"
            if (
                subjects
                and not passive
                and not any(m.states for m in subjects)
                and text[cue.start : cue.start + 3].lower() == "to "
            ):
                # "Taiwan had sent combat aircraft and navy vessels to monitor the activity": the
                # forces have no state; the one that sent them is the watching side
                # (even when "sent" made it look like a participant)
                k = before.index(subjects[-1])
                if k > 0 and _SENDER_GAP.fullmatch(text, before[k - 1].end, subjects[-1].start):
                    sender = before[k - 1]
                    if sender.states:
                        sender.role = "opposition"
                        s.opposed.update(sender.states)
            if subjects and _in_named_drill(ms, subjects, cue, by_agent, hi):
                # "German Eurofighters taking part in BALTOPS intercepted a Russian Il-20":
                # forces the sentence places in a named drill are its side; what they
                # intercept, shadow or escort away is the drill's target, not a partner
                mine = {c for m in subjects for c in m.states}
                for m in subjects:
                    if m.states and m.role == "":
                        m.role = "participant"
                # "... scrambled on Tuesday to intercept two Russian Su-27s": the next cue's
                # objects when it follows at once
                far = hi
                if n + 1 < len(cues) and cues[n + 1].start - cue.end <= 30:
                    far = cues[n + 2].start if n + 2 < len(cues) else s.end
                targets = objects if by_agent else [m for m in actors if cue.end <= m.start < far]
                for m in targets:
                    if m.states and m.role in ("", "object") and not mine.issuperset(m.states):
                        m.role = "target"
                        s.opposed.update(c for c in m.states if c not in mine)
                continue
            # "a destroyer and a P-3C from the MSDF were keeping watch on the Chinese group",
            # "... was monitoring the ships": forces that watch, track or shadow forces (not
            # targets, not sea lanes) are observers, even when a "from" phrase made them look
            # like guests taking part; a word of taking part or of a drill between them and
            # the cue keeps them in ("ships taking part in the drill tracked ...")
            watching = (
                bool(subjects)
                and not by_agent
                and (
                    any(
                        0 <= m.start - cue.end <= 20
                        and not any(c in x.states for x in subjects for c in m.states)
                        for m in objects
                    )
                    # "while warships from Spain and Greece are shadowing them", "... tracked
                    # the drill": an object that points back at the drilling forces or at the
                    # drill itself
                    or _WATCHED_BACK.match(text, cue.end) is not None
                    or text.endswith(" them", cue.start, cue.end)  # "were watching them"
                )
                and not any(
                    not x.cats.isdisjoint(_OPP_KEEPS_PART_CATS)
                    and subjects[0].start <= x.start < cue.start
                    for x in ms
                )
            )
            for m in subjects:
                if m.states and (m.role != "participant" or watching):
                    m.role = "opposition"
                    s.opposed.update(m.states)
            # "The jets will intercept Russian military flights": with a subject of no named
            # state, the objects are that subject's adversaries, not its partners.
            role = (
                "target"
                if subjects and not passive and not any(m.states for m in subjects)
                else "object"
            )
            for m in objects:
                if m.role == "" and m.states:
                    m.role = role

    def _as_did(self, text: str, s: Sentence) -> None:
        """ "A and B sailed with the formation, as did a frigate of the Royal New Zealand
        Navy": the force after "as did" takes part as the subject does (in a sentence with
        no opposing side: "Japan scrambled jets, as did South Korea" is left to the rules of
        the other side)."""
        found = _AS_DID.search(text, s.start, s.end)
        if found is None:
            return
        after = [x for x in s.mentions if x.states and x.start >= found.end()]
        if not after or after[0].start - found.end() > 30:
            return
        sent_from = _PEOPLE_FROM_GAP.match(text, found.end(), after[0].start)
        if sent_from is not None and "observers" in sent_from.group(0):
            return  # "..., as were observers from Chile": they watch
        if not after[0].military and sent_from is None:
            return
        if sent_from is not None:
            for x in self._noun_group(text, after, forward=True, states_only=True):
                if x.role == "":
                    x.role = "participant"
            return
        for x in self._noun_group(text, after, forward=True, states_only=True):
            if x.role == "" and x.military:
                x.role = "participant"

    def _origins(self, text: str, s: Sentence) -> None:
        """ "Russian-made jets", "the IAF's mix of Russian, French and Indian aircraft": the
        states say where the weapons were made, not who uses them."""
        if STATE not in s.cats:
            return
        ms = s.mentions
        for i, m in enumerate(ms):
            if STATE not in m.cats or m.role == "origin":
                continue
            # _bought_from and _withdrawn_from both need "from" in the 12 characters before
            near_from = text.find("from", max(s.start, m.start - 12), m.start) >= 0
            if _origin_after(text, m.end):
                m.role = "origin"
            elif (
                near_from or text.find(" by ", max(s.start, m.start - 16), m.start) >= 0
            ) and _FUNDED_BEFORE.search(text, max(s.start, m.start - 40), m.start):
                # "late payments from the United States and China have forced missions to cut
                # patrols", "a patrol paid for by Saudi Arabia": the states that pay for an
                # activity fund it, as "US-funded" says, and take no part in it
                listed = [x for x in ms[i:] if x.states]
                for x in self._noun_group(text, listed, forward=True, states_only=True):
                    x.role = "origin"
            elif _guarded_search(
                _OWNING_BEFORE, _OWNING_WORDS, text, max(s.start, m.start - 16), m.start, True
            ):
                listed = [x for x in ms[i:] if x.states]
                group = self._noun_group(text, listed, forward=True, states_only=True)
                after = [x for x in ms[i + len(group) :] if x.start >= group[-1].end]
                if (
                    after
                    and not after[0].cats.isdisjoint(_WEAPON_CATS)
                    and (after[0].start - group[-1].end <= 12)
                ):
                    for x in group:
                        x.role = "origin"
            elif near_from and self._bought_from(text, s, i):
                # "ordered minehunters from Britain and the Netherlands": every state of the
                # list after "from" is a seller
                listed = [x for x in ms[i:] if x.states]
                for x in self._noun_group(text, listed, forward=True, states_only=True):
                    x.role = "origin"
            elif near_from and self._withdrawn_from(text, s, i):
                # "the withdrawal of NATO combat troops from Afghanistan": the states after
                # "from" are where forces leave, places, not forces of their own
                listed = [x for x in ms[i:] if x.states]
                for x in self._noun_group(text, listed, forward=True, states_only=True):
                    x.role = "place"
            elif near_from and self._moved_from(text, s, i):
                # "U.S. soldiers began moving from Germany and Poland into the Baltic states":
                # the states between a verb of moving's "from" and its "to" or "into" are the
                # places the forces leave, as a withdrawal's are (below: _withdrawn_from)
                listed = [x for x in ms[i:] if x.states]
                for x in self._noun_group(text, listed, forward=True, states_only=True):
                    x.role = "place"
            elif _ends_in_of(text, max(s.start, m.start - 60), m.start) and _guarded_search(
                _ORIGIN_BEFORE, _ORIGIN_NOUNS, text, max(s.start, m.start - 60), m.start, True
            ):
                listed = [x for x in ms[i:] if x.states]
                for x in self._noun_group(text, listed, forward=True, states_only=True):
                    x.role = "origin"

    @staticmethod
    def _bought_from(text: str, s: Sentence, i: int) -> bool:
        """ "HIMARS launchers bought from the United States", "has bought FA-50 fighters
        from South Korea and BrahMos missiles from India", "K9 howitzers from South Korea":
        the state a weapon came from, after a verb of buying in its clause or right after a
        weapon that state usually makes or flies."""
        m = s.mentions[i]
        found = _guarded_search(
            _FROM_BEFORE, ("from",), text, max(s.start, m.start - 12), m.start, False
        )
        if found is None:
            return False
        lo = max(s.start, found.start() - 120)
        bought = [v.end() for v in _BOUGHT_BEFORE.finditer(text, lo, found.start())]
        if bought and not _CLAUSE_STOP.search(text, bought[-1], found.start()):
            return True  # the last verb of buying before "from", in the same clause
        if any(w in text[s.start : found.start()].lower() for w in _DRILL_GUEST_WORDS):
            # "is hosting ... Rafales and Mirage 2000s from France", "is joined by KF-16s from
            # South Korea": aircraft a drill hosts or is joined by come "from" the state that
            # flies them, even the state that makes them
            return False
        for prev in reversed(s.mentions[:i]):
            if found.start() - prev.end > 40:
                break
            if ASSET in prev.cats:
                asset = prev.first(ASSET)
                return asset is not None and asset.sub in m.info.state_codes
        return False

    def _moved_from(self, text: str, s: Sentence, i: int) -> bool:
        """ "began moving from Germany and Poland into the Baltic states", "relocated from
        Italy to Romania": a verb of moving right before "from", and "to" or "into" right after
        the list of states it names, makes them the places forces move between."""
        m = s.mentions[i]
        found = _guarded_search(
            _FROM_BEFORE, ("from",), text, max(s.start, m.start - 12), m.start, False
        )
        if found is None or not found.group(1).lower().startswith(_MOVING_STEMS):
            return False
        listed = [x for x in s.mentions[i:] if x.states]
        group = self._noun_group(text, listed, forward=True, states_only=True)
        return bool(group) and _TO_PLACE_AFTER.match(text, group[-1].end, s.end) is not None

    @staticmethod
    def _withdrawn_from(text: str, s: Sentence, i: int) -> bool:
        """ "prepare for the withdrawal of most NATO combat troops from Afghanistan", "as
        Washington pulls troops out from Iraq", "after the departure of US troops from Niger",
        "the exit of French forces from Mali": a verb or noun of withdrawing in the clause
        before "from" makes the state after it the place forces leave."""
        m = s.mentions[i]
        found = _guarded_search(
            _FROM_BEFORE, ("from",), text, max(s.start, m.start - 12), m.start, False
        )
        if found is None:
            return False
        lo = max(s.start, found.start() - 80)
        if not _may_hold(_WITHDRAWN_WORDS, text, lo, found.start(), True):
            return False
        left = [v.end() for v in _WITHDRAWN_BEFORE.finditer(text, lo, found.start())]
        return bool(left) and not _CLAUSE_STOP.search(text, left[-1], found.start())

    @staticmethod
    def _closing_attribution(text: str, s: Sentence, m: Mention) -> bool:
        """ "... a joint exercise with the Chinese navy, Japan's Defense Ministry said Wednesday.":
        a state named in the clause that closes the sentence with a verb of speaking (after a
        comma, with no other punctuation before the verb) is the report's source, not another
        item of a list of partners before it. The caller checks that it names an official."""
        if not (
            (m.start - 2 >= s.start and text[m.start - 2 : m.start] == ", ")
            or (m.start - 6 >= s.start and text[m.start - 6 : m.start].lower() == ", the ")
        ):
            return False
        for nxt in s.mentions:
            if nxt.start < m.end:
                continue
            if nxt.start - m.end > 40 or nxt.states or _GAP_PUNCT.search(text, m.end, nxt.start):
                return False
            if SPEECH in nxt.cats:
                tail = text[nxt.end : s.end]
                return (
                    len(tail) <= 30
                    and "," not in tail
                    and '"' not in tail
                    and text[nxt.start : nxt.end].lower() != "according to"
                )
        return False

    @staticmethod
    def _force_speaks(text: str, s: Sentence, i: int) -> bool:
        """A force named right before a verb of speaking ("NORAD said", "the Eastern Military
        District reported") speaks about the activity; it does not take part by saying so."""
        m = s.mentions[i]
        if i + 1 >= len(s.mentions):
            return False
        nxt = s.mentions[i + 1]
        return (
            SPEECH in nxt.cats
            and nxt.start - m.end <= 25
            and not _GAP_PUNCT.search(text, m.end, nxt.start)
        )

    @staticmethod
    def _hosted_from(text: str, s: Sentence) -> None:
        """ "The Royal Netherlands Air Force is hosting F-16s from Belgium and Poland", "the
        Dutch air force hosts F-16s from Norway": a host that is a military force flies with
        its guests and takes part; a state or a base as the host only lends its ground. The
        guests' states are read by _typed_from ("F-16s from Belgium")."""
        host = Classifier._military_host(text, s)
        if host is not None:
            host.role = "participant"

    @staticmethod
    def _military_host(text: str, s: Sentence) -> Mention | None:
        """The military force that is the subject of the sentence's verb of hosting guests
        ("The Colombian army is hosting", "the Indian Navy hosted"), or None (no such verb, or
        a state or a base as its subject)."""
        at, verb = _hosting_verb(text, s.start, s.end)
        if at < 0:
            return None
        if verb in (" hosting ", " hosting,") and not text.endswith(
            (" is", " are", " was", " were"), s.start, at
        ):
            return None
        # "The Royal Netherlands Air Force is hosting ...": a military force as the subject
        # flies with its guests (a state or a base as the subject only lends its ground)
        ms = s.mentions
        for k, m in enumerate(ms):
            if m.end > at:
                break
            if (
                m.end >= at - 5
                and m.military
                and FORCE in m.cats
                and m.states
                and not m.default_state
                and m.role in ("", "object")
                and text[m.end : at].strip() in ("", "is", "are", "was", "were")
            ) or (
                # "The Colombian navy is hosting", "Colombia's navy hosts": a state's armed
                # service named by the state and a military noun is such a force too
                k + 1 < len(ms)
                and STATE in m.cats
                and m.attached
                and m.military
                and m.role in ("", "object")
                and MIL in ms[k + 1].cats
                and not ms[k + 1].states
                and ms[k + 1].end >= at - 5
                and text[m.end : ms[k + 1].start] in (" ", "'s ", "’s ")
                and text[ms[k + 1].end : at].strip() in ("", "is", "are", "was", "were")
            ):
                return m
        return None

    @staticmethod
    def _caption_forces(s: Sentence) -> None:
        """ "Photo caption: Indian, Omani and Saudi pilots walk to their jets at Thumrait": a
        photo's caption shows the report's event; the military people or units of a state it
        names, with no other role (observers, speakers, places), are there taking part."""
        for m in s.mentions:
            if (
                m.states
                and m.military
                and not m.default_state
                and not m.equipment
                and PLACE not in m.cats
                and m.role == ""
            ):
                m.role = "participant"

    @staticmethod
    def _fronted_partners(text: str, s: Sentence) -> None:
        """ "Joining them are crews of the French Air Force and of Saudi F-15s", "Sharing the
        ramp with them were Rafales from France": an inverted sentence whose fronted phrase
        links back to the participants already told ("them") names, after its copula, forces
        that take part with them; a speaker or official after them ends the list."""
        found = _FRONTED_PARTNERS.match(text, s.start, s.end)
        if found is None:
            return
        for m in s.mentions:
            if m.start < found.end():
                continue
            if not m.cats.isdisjoint(_FRONTED_STOP_CATS) or m.role == "speaker":
                break
            if (
                m.states
                and not m.default_state
                and PLACE not in m.cats
                and m.role in ("", "object", "origin")
                and (m.military or not m.cats.isdisjoint(_ENTITY_CATS) or STATE in m.cats)
            ):
                m.role = "participant"

    @staticmethod
    def _hosted_by_force(text: str, s: Sentence) -> None:
        """ "an air combat exercise hosted by the Royal Thai Air Force": a drill that a
        military force hosts is one that force takes part in, as "with the Royal Thai Air
        Force" would say; a drill "hosted by Thailand" names a host state, which takes part
        only where the report names its forces."""
        at = text.find(" hosted by ", s.start, s.end)
        after = at + len(" hosted by ")
        for m in s.mentions:
            if m.start < after:
                continue
            if (
                m.military
                and FORCE in m.cats
                and m.states
                and not m.default_state
                and m.role in ("", "object")
                and text[after : m.start].strip(" ").lower() in ("", "the")
            ):
                m.role = "participant"
            break

    def _reactions(self, text: str, s: Sentence) -> None:
        """ "a show of strength that has unsettled Poland, Lithuania and the other NATO
        states": the states a reaction verb is done to react to the activity."""
        ms = s.mentions
        for i, m in enumerate(ms):
            if REACTION not in m.cats:
                continue
            after = [x for x in ms[i + 1 :] if x.states]
            if after and _REACTION_GAP.fullmatch(text, m.end, after[0].start):
                for x in self._noun_group(text, after, forward=True, states_only=True):
                    if x.role in ("", "object"):
                        x.role = "target"

    @staticmethod
    def _near_activity(text: str, s: Sentence, m: Mention) -> bool:
        """An activity, exercise or tense word shortly before `m`, in the same clause."""
        anchor = -1
        for other in s.mentions:
            if other.start >= m.start:
                break
            if not other.cats.isdisjoint(_HOST_ANCHORS):
                anchor = other.end
        return (
            anchor >= 0
            and m.start - anchor <= 80
            and not _HOST_GAP_BREAK.search(text, anchor, m.start)
        )

    def _participation(self, text: str, s: Sentence) -> None:
        """ "Sweden taking part", "India, Singapore and Norway were among the participants",
        "joined by India and Japan", "Participants include A, B, ... and Z": the states next
        to a participation word take part; next to an observer word ("sent observers",
        "attending as observers") they only watch."""
        ms = s.mentions
        if ASSET in s.cats:
            self._typed_from(text, s)
        for i, m in enumerate(ms):
            observer = OBSERVER in m.cats
            if not observer and PART not in m.cats:
                continue
            if (
                not observer
                and m.start - s.start > 12
                and _PREP_FORCES_BEFORE.search(text, max(s.start, m.start - 60), m.start)
            ):
                # "Russian aircraft flew close to ships taking part": the participle tells
                # which ships were approached; the states before the preposition do not take
                # part ("with ships taking part" still links them: "with" is not listed)
                continue
            if _MEMBERSHIP_AFTER.match(text, m.end):
                continue  # "Finland joined NATO last April": a member, not a participant
            if text[m.start : m.end].lower() == "deployed" and _DEPLOYED_AWAY_AFTER.match(
                text, m.end
            ):
                # "The RAAF deployed F/A-18A Hornets" brings aircraft to the drill; "Typhoons
                # deployed to Lithuania", "deployed its survey vessel into disputed waters" do not
                continue
            if text[m.start : m.end].lower() in _COUNTED_COUNTRIES and not any(
                x is not m and not x.cats.isdisjoint(_COUNTED_NEEDS) for x in ms
            ):
                continue  # "teams from 60 countries, including Japan, are working": no drill
            if _guarded_search(
                _DUE_BEFORE, _DUE_WORDS, text, max(s.start, m.start - 30), m.start, True
            ):
                continue  # "Spanish units are due to join later this month": not yet there
            if (
                text[m.start : m.end].lower() in _SENDING_WORDS
                and _may_hold(_AREA_WORDS, text, m.end, s.end, True)
                and _SENT_TO_AREA_AFTER.match(text, m.end, s.end)
            ):
                continue  # "Poland has sent 15,000 soldiers to the border": its own deployment
            if text[m.start : m.end].lower() in _SENDING_WORDS and self._sent_to_state(text, s, i):
                continue  # "soldiers had been sent to Russia": posted to a country, no drill
            if NEGATION in s.cats and _NO_OBJECT_AFTER.match(text, m.end):
                continue  # "Lithuania sent no troops", "has committed no ships": none taking part
            if NEGATION in s.cats and _denied_after_relative(text, s, m):
                continue  # "Egypt, which took part in earlier years, did not send a ship"
            if NEGATION in s.cats and _BUT_NO_FORCES_AFTER.match(text, m.end, s.end):
                continue  # "contributes staff officers but has no troops there"
            if NEGATION in s.cats and any(
                NEGATION in n.cats
                and 0 <= m.start - n.end <= 15
                and not _GAP_PUNCT.search(text, n.end, m.start)
                for n in ms
            ):
                continue  # "did not take part", not "Sweden, not a NATO member, took part"
            if any(
                x.states
                and x.end <= m.start
                and m.start - x.end <= 30
                and _denied(s, x)
                and not _GAP_PUNCT.search(text, x.end, m.start)
                for x in ms
            ):
                continue  # "no US forces were involved", "no foreign ships took part"
            if not observer:
                for nxt in ms[i + 1 : i + 5]:
                    if nxt.start - m.end > 60 or nxt.states:
                        break
                    if (
                        OBSERVER in nxt.cats
                        and nxt.start - m.end <= 25
                        and not _CLAUSE_BREAK.search(text, m.end, nxt.start)
                        # "are taking part, along with NATO observers": others who watch
                        and not _COMPANION_GAP.search(text, m.end, nxt.start)
                    ):
                        # "sent observers", "participating as an observer"; not "have sent
                        # aircraft, and observers from a dozen other countries ..."
                        observer = True
                    elif (
                        OPP in nxt.cats
                        and not _CLAUSE_BREAK.search(text, m.end, nxt.start)
                        # "taking part in the effort to monitor sanctions evasion": a task
                        and text.find("sanction", nxt.end, s.end) < 0
                    ):
                        # "were sent to monitor", "dispatched a destroyer and patrol
                        # aircraft to monitor them": the watching side; not "are taking
                        # part, while a UN commission is monitoring": another clause's
                        # subject watches
                        observer = True
            if (
                not observer
                and text[m.start : m.end].lower() in _SENDING_WORDS
                and _may_hold(_NEARED_WORDS, text, m.end, min(s.end, m.end + 200), True)
                and _SENT_IN_RESPONSE_AFTER.match(text, m.end, min(s.end, m.end + 200))
            ):
                # "The U.S. Navy dispatched four destroyers after Chinese and Russian warships
                # sailed close to the Aleutians": sent to watch the others' approach
                observer = True
            role = "observer" if observer else "participant"
            # "servicemen of the armed forces of A and B ... were involved": only forces; not
            # "Chinese diplomats were involved in drafting the plan"
            forces_only = text[m.start : m.end].lower() in _FORCES_ONLY_PARTICIPATION
            if forces_only and _led_unit_before(text, s.start, m):
                forces_only = False  # "the NATO battlegroup, which is led by Britain"
            group: list[Mention] = []
            before = [x for x in ms[:i] if x.states and x.role not in ("place", "relative")]
            if (
                before
                # "The Syrian Democratic Forces, which are led by the YPG, said the strikes
                # killed civilians": a relative clause that tells who leads a body describes
                # that body, not its part in the activity ("soldiers led by a colonel took
                # part" still names the marchers; the leader after "led by" still counts)
                and not (
                    forces_only
                    and text[m.start : m.end].lower() == "led by"
                    and _LED_RELATIVE_BEFORE.search(text, max(s.start, m.start - 20), m.start)
                    is not None
                )
                # "observers from X", "observers from a dozen other countries" name their
                # states after them; "followed the drill as observers from the brigade's
                # headquarters" (no state, no countries next) names them before
                and not (
                    observer
                    and text.startswith(" from ", m.end)
                    and (
                        any(x.states and x.start - m.end <= 12 for x in ms[i + 1 : i + 3])
                        or _COUNTRIES_SOON.search(text, m.end, min(s.end, m.end + 50)) is not None
                    )
                )
                # "ships from 20 nations" names its states after it: "A Chinese corvette
                # shadowed the ships from a distance" does not make China take part, but
                # "British troops from the battlegroup" does make Britain
                and (
                    not text[m.start : m.end].lower().endswith(" from")
                    or not text[before[-1].end : m.start].strip()
                )
                and (
                    m.start - before[-1].end <= 30
                    # "American F-16s from the 510th Fighter Squadron joined": one clause
                    or (
                        m.start - before[-1].end <= 60
                        and not _GAP_PUNCT.search(text, before[-1].end, m.start)
                    )
                    or _relative_gap(text, before[-1].end, m.start)
                    # "U.S. paratroopers and units from several other allied countries have
                    # also joined": a state's force and others' forces as one subject
                    or _AND_OTHERS_GAP.fullmatch(text, before[-1].end, m.start)
                )
                and (
                    self._subject_like(text, s, before[-1])
                    # "began the drill, with Australian officers taking part as observers":
                    # the noun after an absolute "with" is the subject of the participle
                    or (observer and self._after_with(text, s, before[-1]))
                )
                # "Syria's state media accused the participants of ...": a state that accuses
                # or condemns those taking part is their critic, not one of them
                and not any(
                    SPEECH in x.cats
                    and before[-1].end <= x.start
                    and x.end <= m.start
                    and text[x.start : x.end].lower() in _ACCUSING_WORDS
                    for x in ms[:i]
                )
            ):
                group = self._noun_group(text, before, forward=False, states_only=True)
                if not observer:
                    group += self._gapped_subjects(text, s, i)
                    group += _sibling_contributors(text, s, group)
            if OBSERVER not in m.cats:  # "observers from India": not a list that takes part
                after = [x for x in ms[i + 1 :] if x.states]
                if m.start - s.start <= 2 and len(after) > 1:
                    # "Taking part alongside the host RAAF are the air forces of A, B and C":
                    # a fronted participation word's subject follows the copula
                    fronted = next(
                        (
                            n
                            for n, x in enumerate(after[:3])
                            if _COPULA_GAP.fullmatch(text, m.end, x.start)
                        ),
                        0,
                    )
                    after = after[fronted:]
                if after and (
                    after[0].start - m.end <= 20
                    or _INCLUDING_GAP.fullmatch(text, m.end, after[0].start)
                    or _COPULA_GAP.fullmatch(text, m.end, after[0].start)
                    or _COUNTED_MEMBERS_GAP.fullmatch(text, m.end, after[0].start)
                    or (
                        text[m.start : m.end].lower() == "joined"
                        and _JOINED_IN_BY_GAP.fullmatch(text, m.end, after[0].start) is not None
                    )
                ):
                    listed = self._noun_group(text, after, forward=True, states_only=True)
                    group += listed
                    again = (
                        _BY_AGAIN.search(text, listed[-1].end, min(s.end, listed[-1].end + 90))
                        if text[m.start : m.end].lower().endswith(" by")
                        else None
                    )
                    more = [x for x in after if again is not None and x.start >= again.end()]
                    if again is not None and more and more[0].start - again.end() <= 40:
                        group += self._noun_group(text, more, forward=True, states_only=True)
                    guests = _AS_HOST_WITH.match(text, listed[-1].end, s.end)
                    if guests is not None:
                        more = [x for x in after if x.start == guests.end()]
                        if more:
                            group += self._noun_group(
                                text, after[after.index(more[0]) :], forward=True, states_only=True
                            )
                    added = _WITH_FORCE_AFTER_LIST.match(text, group[-1].end, s.end)
                    if added is not None:
                        group += [x for x in after if x.start == added.end() and x.military]
                        group += self._companion_owners(text, after, added.end())
            elif text.startswith(" from ", m.end):
                # "held a joint exercise, watched by observers from Saudi Arabia and Bahrain":
                # the states an observer word names after "from" only watch, also in the
                # sentence that reports the drill
                after = [x for x in ms[i + 1 :] if x.states]
                if after and after[0].start - m.end <= 12:
                    group += self._noun_group(text, after, forward=True, states_only=True)
            if (
                not observer
                and before
                and before[-1].end <= m.start
                and "with" in text[m.end : m.end + 20]
            ):
                # "Troops of A and B are taking part, along with forces of C, D and E": the
                # forces "along with" adds to the subject take part too
                added = _WITH_FORCE_AFTER_LIST.match(text, m.end, s.end)
                if added is not None:
                    later = [x for x in ms[i + 1 :] if x.states]
                    group += self._companion_owners(text, later, added.end())
                    group += _companion_forces(text, later, added.end())
            if not observer and group:
                flagship = _WHOSE_FLAGSHIP.search(text, s.start, m.start)
                if flagship is not None:
                    close = text.find(",", flagship.end(), m.start)
                    group += [
                        x
                        for x in ms[:i]
                        if x.states
                        and x.military
                        and flagship.end() <= x.start
                        and (close < 0 or x.end <= close)
                    ]
            if not observer and group and self._observers_from(text, s, group[0]):
                role = "observer"
            if not observer and group:
                group += _force_before_forces_of(text, ms, group[0], s.start)
            for x in group:
                if (
                    x.states
                    and x.role in ("", "object", "participant")
                    # "joined US Coast Guard, French and Danish navy vessels": no armed force
                    and not (FORCE in x.cats and not x.military)
                    # "four F-15s from the JASDF took part": not the type's usual operator
                    and not (x.default_state and _OF_BEFORE.match(text, x.end))
                    and (x.military or not forces_only)
                ):
                    x.role = role

    def _companion_owners(self, text: str, after: list[Mention], at: int) -> list[Mention]:
        """ "..., along with forces of Egypt, Jordan and Sudan": the states listed after a force
        noun that "along with" (or "together with", "with") adds to those taking part."""
        owners = _OWNERS_AFTER_WITH.match(text, at)
        if owners is None:
            return []
        more = [x for x in after if x.start >= owners.end()]
        if not more or more[0].start != owners.end():
            return []
        return self._noun_group(text, more, forward=True, states_only=True)

    def _typed_from(self, text: str, s: Sentence) -> None:
        """ "The Royal Netherlands Air Force is hosting F-16s from Belgium and Poland,
        Eurofighters from Germany and Rafales from France": aircraft or ships of a named type
        "from" a state are that state's forces, as "aircraft from Belgium" or "jets from
        Poland" are (a participation word); not a seller ("bought K9 howitzers from South
        Korea", see _origins), nor a place forces leave or are sent to (roles set before)."""
        ms = s.mentions
        for i in range(len(ms) - 1):
            m, x = ms[i], ms[i + 1]
            if ASSET not in m.cats or not x.states or text[m.end : x.start] not in _TYPED_FROM_GAPS:
                continue
            if STATE not in x.cats and not (FORCE in x.cats and x.military):
                continue
            listed = [y for y in ms[i + 1 :] if y.states]
            for y in self._noun_group(text, listed, forward=True, states_only=True):
                if y.role in ("", "object") and not (FORCE in y.cats and not y.military):
                    y.role = "participant"

    @staticmethod
    def _observers_from(text: str, s: Sentence, first: Mention) -> bool:
        """ "Observers from several other countries, including Japan and Sri Lanka, are
        attending": the states a subject "observers from" names only watch, whatever verb
        follows them."""
        for o in s.mentions:
            if o.start >= first.start:
                return False
            if (
                OBSERVER in o.cats
                and first.start - o.end <= 60
                and text.startswith(" from ", o.end)
            ):
                return True
        return False

    @staticmethod
    def _sent_to_state(text: str, s: Sentence, i: int) -> bool:
        """ "more than 10,000 North Korean soldiers had been sent to Russia": the sending word
        leads to a state, and the sentence names no drill or activity for them to take part
        in ("sent troops to Russia for the Vostok exercise", "sent two jets to Japan to take
        part" do)."""
        ms = s.mentions
        if any(x is not ms[i] and not x.cats.isdisjoint(_SENT_FOR_CATS) for x in ms):
            return False
        after = next((x for x in ms[i + 1 :] if x.states), None)
        return (
            after is not None
            and STATE in after.cats
            and _SENT_TO_GAP.fullmatch(text, ms[i].end, after.start) is not None
        )

    @staticmethod
    def _gapped_subjects(text: str, s: Sentence, i: int) -> list[Mention]:
        """ "Japan sent a destroyer, the Royal Canadian Navy a frigate, and France an
        aircraft": the verb is not repeated, and each list item after a comma that starts
        with a state or force has the same role as the subject."""
        out: list[Mention] = []
        ms = s.mentions
        for j in range(i + 1, len(ms)):
            x = ms[j]
            if not x.cats.isdisjoint(_GAPPED_BREAKERS):
                break
            kind = _list_item(text, s, x, bool(out))
            if kind:
                comma = text.find(",", x.end, s.end)
                item_end = s.end if comma == -1 else comma
                item_end = next(
                    (y.start for y in ms[j + 1 : j + 4] if _list_item(text, s, y, True)),
                    item_end,
                )
                if kind == "last":
                    # "..., Canadians from the one in Latvia and Germans from the unit in
                    # Lithuania will train": the verb after the last item is the list's
                    out.append(x)
                    break
                if any(
                    y.start < item_end and not y.cats.isdisjoint(_GAPPED_BREAKERS)
                    for y in ms[j + 1 :]
                ):
                    break  # "..., the US Navy said": a new clause, not a list item
                out.append(x)
        return out

    @staticmethod
    def _topic(text: str, s: Sentence, m: Mention) -> bool:
        """What the sentence is about, not who acts: "concern about China's military
        activities", "drills aimed against Russian forces"; and a force whose own activity
        is told as a trend, "more frequent Russian submarine patrols", "growing Chinese naval
        activity": the background the report sets the drill against."""
        words = text[max(s.start, m.start - 16) : m.start].lower().split()
        if words and words[-1] in _DETERMINERS:
            words.pop()
        return bool(words) and (words[-1] in _TOPIC_WORDS or words[-1] in _TREND_WORDS)

    def _lone_subject(
        self, text: str, s: Sentence, bare: list[Mention], first_act: int
    ) -> Mention | None:
        """ "Egypt on Saturday kicked off a joint exercise with forces from Saudi Arabia",
        "Poland held joint drills with Lithuania": a state named alone as the subject of the
        verb that tells the activity, with its partner after "with", takes part too. The
        state is the sentence's first, and the tense verb stands between it and the
        activity; a host ("Egypt hosted a drill with ...") is left to the other rules."""
        cue = s.tense_cue
        if s.title or cue is None or first_act < 0 or s.tense not in ("ongoing", "past"):
            return None
        first = next((m for m in s.mentions if m.states), None)
        if (
            first is None
            or first not in bare
            or len(first.states) != 1
            or not first.end <= cue.start < first_act
            or cue.start - first.end > 40
            or not self._subject_like(text, s, first)
            or text.find("host", first.end, first_act) >= 0
            or text.find(",", first.end, cue.start) >= 0
            # "Norwegian tanks fought ...": the state names a force, not the subject itself
            or any(first.end <= x.start < cue.start for x in s.mentions)
        ):
            return None
        gap = text[first.end : cue.start].split()
        if gap and gap[0].lower() not in _BEFORE_SUBJECT_VERB:
            return None  # "Finnish conscripts began ...": an adjective before its noun
        return first

    def _subject_like(self, text: str, s: Sentence, m: Mention) -> bool:
        """Not the object of a preposition ("Russia's invasion of Ukraine, sent")."""
        if m.attached:
            return True
        words = text[max(s.start, m.start - 24) : m.start].lower().split()
        if words and words[-1] in _DETERMINERS:
            words.pop()
        if len(words) >= 2 and words[-1] == "of" and words[-2] in _FORCE_MEMBER_NOUNS:
            return True  # "About 50 members of the Australian Defence Force are also taking part"
        if (
            words
            and words[-1] == "of"
            and FORCE in m.cats
            and any(
                x.military
                and x.states
                and x.end <= m.start
                and m.start - x.end <= 40
                and _CLAUSE_PUNCT.search(text, x.end, m.start) is None
                for x in s.mentions
            )
        ):
            # "the destroyer USS William P. Lawrence of the U.S. Navy also sailed": the force
            # after "of" owns the unit named just before it, which is the subject
            return True
        return not (words and words[-1] in _PREPOSITIONS)

    @staticmethod
    def _grants_leave(text: str, s: Sentence, m: Mention) -> bool:
        """The mention follows "clearance from", "permission from", "approval of" or the
        like (a determiner between): the state that permits an action, not one doing it."""
        tail = text[max(s.start, m.start - 30) : m.start].lower()
        if " from " not in tail and " of " not in tail:
            return False
        words = tail.split()
        if words and words[-1] in _DETERMINERS:
            words.pop()
        return len(words) >= 2 and words[-1] in ("from", "of") and words[-2] in _LEAVE_NOUNS

    @staticmethod
    def _after_with(text: str, s: Sentence, m: Mention) -> bool:
        """The mention follows "with" (and perhaps a determiner): "with Australian officers"."""
        words = text[max(s.start, m.start - 20) : m.start].lower().split()
        if words and words[-1] in _DETERMINERS:
            words.pop()
        return bool(words) and words[-1] == "with"

    def _region_in_place(self, text: str, s: Sentence, m: Mention) -> bool:
        """ "over the Balkans": a sea or region of no state, after a place word."""
        if m.states or not m.cats & _PLACE_CATS:
            return False
        words = text[max(s.start, m.start - 40) : m.start].lower().split()
        if words and words[-1] in _DETERMINERS:
            words.pop()
        return self._is_place_before(words)

    def _place_list_before(self, text: str, s: Sentence, ms: Sequence[Mention], j: int) -> bool:
        """ "in Hawaii, Alaska and ...": the mention at `j` is a place of no state that
        closes a list of such places, coordinated back to one a place word opens."""
        m, last = ms[j], j
        if m.states or not m.cats & _PLACE_CATS:
            return False
        while j and _coordinated(text, ms[j - 1].end, ms[j].start):
            prev = ms[j - 1]
            if prev.states or not prev.cats & _PLACE_CATS:
                return False
            j -= 1
        return j != last and self._region_in_place(text, s, ms[j])

    def _is_place_before(self, words: list[str]) -> bool:
        if not words or words[-1] not in self._place_before_last:
            return False
        for n in range(1, min(len(words), self._place_before_words) + 1):
            if " ".join(words[-n:]) in self._place_before:
                return True
        return False

    def _noun_group(
        self, text: str, actors: Sequence[Mention], *, forward: bool, states_only: bool = False
    ) -> list[Mention]:
        """The actor nearest the verb and those joined to it ("US and Canadian aircraft");
        `states_only`: a list of states joined by "and" and commas only."""
        if not actors:
            return []
        ordered = list(actors) if forward else list(reversed(actors))
        group = [ordered[0]]
        for m in ordered[1:]:
            left, right = (group[-1], m) if forward else (m, group[-1])
            if (
                _coordinated(text, left.end, right.start)
                or (not states_only and self._modifier_gap(text, left.end, right.start))
                or (states_only and _LIST_AFTER_CLAUSE.fullmatch(text, left.end, right.start))
                # "Denmark, Finland and Sweden, alongside the United States and Britain": a
                # list of states goes on after a companion word, as after "as well as"
                or (
                    forward
                    and states_only
                    and _LIST_COMPANION_GAP.fullmatch(text, left.end, right.start) is not None
                )
                or (states_only and _ASSET_LIST_GAP.fullmatch(text, left.end, right.start))
                or (
                    states_only
                    and _COMMON_ASSET_LIST_GAP.fullmatch(text, left.end, right.start) is not None
                )
                or (  # "US F-16s": a state and the aircraft it flies are one item
                    states_only
                    and right.states == left.states
                    and not right.cats.isdisjoint(_ENTITY_CATS)
                    and not text[left.end : right.start].strip()
                )
            ):
                group.append(m)
            else:
                break
        return group

    def _links(self, text: str, s: Sentence) -> None:
        """ "with China's air force", "alongside Russian warships": cooperation, when the
        sentence names an activity before the link word."""
        if not s.activities:
            return
        ms = s.mentions
        for i, m in enumerate(ms):
            if LINK not in m.cats:
                continue
            if (
                text[max(s.start, m.start - 16) : m.start]
                .lower()
                .endswith((*_AGREED_BEFORE_LINK, *_VISIT_BEFORE_LINK))
            ):
                # "the operation, which was agreed with the Syrian government": a party to
                # the deal behind the activity, not a partner in it; "a port call with the
                # Royal Navy of Oman": the host of a visit, not a partner in the drill
                continue
            # "joining Israel's air defences", not "joining Iran in condemning the strikes"
            forces_only = text[m.start : m.end].lower() in _LINKS_TO_FORCES
            # before it, or the link word itself ("its units fought alongside Russian forces")
            activity_ends = [a.end for a, _ in s.activities if a.start <= m.start]
            if not activity_ends:
                after = next((a for a, _ in s.activities if a.start >= m.end), None)
                if (
                    not forces_only
                    or after is None
                    or after.start - m.end > 40
                    or not _IN_ACTIVITY_GAP.search(text, m.end, after.start)
                ):
                    continue
                activity_ends = [m.start]  # the activity follows: "joining X in repelling"
            close = m.start - max(activity_ends) <= 40  # "drills with China"
            if any(
                max(activity_ends) <= x.start
                and x.end <= m.start
                and STATE in x.cats
                and x.states
                and x.role != "place"
                and not x.attached
                for x in ms[:i]
            ):
                # "naval exercises and the Quad grouping with the United States": "with"
                # goes with the state named after the activity, not with the activity
                continue
            for j in range(i + 1, min(i + 3, len(ms))):
                nxt = ms[j]
                if nxt.start - m.end > 25 or _INSTRUCTORS_AFTER.match(text, nxt.end):
                    break  # "trained with French instructors": taught, not drilling together
                if text.find(";", m.end, nxt.start) >= 0:
                    # "Israeli troops train in Cyprus mountains with National Guard; Turkish
                    # Cypriots protest": a semicolon ends the clause of the link word, and the
                    # state after it starts another clause (here a critic's)
                    break
                if nxt.default_state and not any(
                    x.military and x.states and not x.default_state and x.states != nxt.states
                    for x in ms
                ):
                    break  # "India flew them out with Air Force C-130J planes": a type, no state
                if (
                    nxt.states
                    and nxt.role in ("", "object", "participant")
                    and (close or nxt.military)
                    and (nxt.military or not forces_only)
                ):
                    s.coop_link = True
                    nxt.role = "linked"
                    # "alongside their Lithuanian and Latvian counterparts": the states
                    # joined to the first one are linked too
                    last = nxt
                    for y in ms[j + 1 :]:
                        if not (
                            STATE in y.cats
                            and y.states
                            and y.role in ("", "object", "participant")
                            and _coordinated(text, last.end, y.start)
                        ):
                            break
                        y.role = "linked"
                        last = y
                    break

    @staticmethod
    def _where_clause_joins(
        text: str, s: Sentence, mentions: Sequence[Mention], start: int, cut: int
    ) -> bool:
        """The "where" clause from `start` (to `cut` or the sentence's end) follows the drill's
        own site ("the exercise at the Donguz range, where") and names an activity and a word
        that joins forces ("fought alongside", "trained with", "together"); not a clause after
        another place ("a visit to Manila, where", "flown from the site at Warton, where")."""
        comma = text.rfind(",", s.start, start)
        before = [a for a, _ in s.activities if a.end <= comma]
        if not before or _DRILL_SITE.fullmatch(text, before[-1].end, comma) is None:
            return False
        end = cut if cut > start else s.end
        act = link = False
        for m in mentions:
            if start <= m.start < end:
                act = act or ACT in m.cats
                link = link or LINK in m.cats or COOP in m.cats
        return act and link

    def _decide_sentence(self, text: str, s: Sentence, nonmil: set[str]) -> None:
        if s.activities and all(
            _guarded_search(
                _TALKED_ABOUT, _TALK_WORDS, text, max(s.start, m.start - 90), m.start, True
            )
            for m, _ in s.activities
        ):
            # "held a joint press briefing on Monday on the Cobra Gold exercise", "officers
            # briefed on the drill": the topic of a briefing or of talks, not an activity
            s.activities = []
        elif s.activities and _guarded_search(
            _WELCOMED_HOLDING,
            _WELCOMED_WORDS,
            text,
            max(s.start, s.activities[0][0].start - 90),
            s.activities[0][0].start,
            True,
        ):
            # "Ministers welcomed the holding in September of the ASEAN Solidarity Exercise,
            # ..., and said such exercises should continue": what a meeting welcomes
            s.activities = []
        contrast = -1
        unlike = text.find("Unlike ", s.start, min(s.end, s.start + 60)) if s.activities else -1
        if unlike >= 0 and (
            unlike == s.start or text[s.start : unlike].rstrip().endswith(("-", "\u2014"))
        ):
            # "Unlike the U.S.-led coalition that has struck Houthi targets, Aspides will only
            # escort ships": the opening clause (after a dateline, if any) names another
            # force's doings to contrast with the subject's; the sentence reports only what
            # follows the comma.
            contrast = text.find(",", unlike, s.end)
            if contrast >= 0:
                s.activities = [(m, it) for m, it in s.activities if m.start > contrast]
        if not s.activities and not s.opposed:
            return
        mentions = s.mentions
        if contrast >= 0:
            mentions = [m for m in mentions if m.start > contrast]
        # "... began the Sea Breeze exercise after a British destroyer incident", "... as North
        # Korea fired missiles": actors in a clause that follows the activity do something else.
        if s.activities:
            first_end = s.activities[0][0].end
            cut = -1
            if SIDE in s.cats:
                cut = next(
                    (
                        m.start
                        for m in mentions
                        if SIDE in m.cats
                        and m.start >= first_end
                        and not _OWN_DURATION.match(text, m.end)
                    ),
                    -1,
                )
            found = _SIDE_COMMA.search(text, first_end, cut if cut >= 0 else s.end)
            if (
                found is not None
                and text.startswith("where", found.end() - 6)
                and self._where_clause_joins(text, s, mentions, found.end(), cut)
            ):
                # "watched the Tsentr exercise at the Donguz range, where Russian units fought
                # alongside contingents from China and India": a "where" clause whose own verb
                # joins forces tells what the drill's forces do at its site, not another event
                found = None
            if found is not None:
                cut = found.start()
            if cut >= 0 and "while" in text[cut : cut + 8]:
                after = text.find("while", cut) + 6
                if _WHILE_JOINS_THE_DRILL.match(text, after, s.end) or _while_with_partners(
                    text, mentions, cut, after
                ):
                    cut = -1
            if cut >= 0:
                s.cut = cut
                mentions = [m for m in mentions if m.start < s.cut or m.cats & _COOP_LINK_CATS]
        military_actors: list[Mention] = []
        bare: list[Mention] = []
        for m in mentions:
            if not m.states:
                continue
            if m.military:
                if m.role not in _NOT_ACTORS and not self._topic(text, s, m):
                    military_actors.append(m)
            elif not m.attached and m.role in _BARE_ROLES and m.cats.isdisjoint(_ACTOR_HEAD_CATS):
                bare.append(m)
        coordinated = self._coordinated_bare(text, bare)
        group2 = self._group_of_two(text, s, military_actors)
        military_states = {c for m in military_actors for c in m.states}
        # One state's "joint" drill: the word "joint" then names services, not states.
        coop_word = s.coop_word and not (s.single_state and len(coordinated) < 2)
        # "The exercise began with 14 nations taking part": counted states cooperate.
        many = COUNT in s.cats and bool(s.activities) and bool(_counted_states(text, s, 3))
        cooperative = coop_word or s.coop_link or many
        s.coop = cooperative
        # "Ukraine and the United States began the Sea Breeze exercise", "the United States
        # and Britain carried out strikes": the pair is the subject, named before the
        # activity word and not after a preposition ("agreements between India and China").
        first_act = s.activities[0][0].start if s.activities else -1  # in text order
        subject_pair = [
            m for m in coordinated if m.end <= first_act and self._subject_like(text, s, m)
        ]
        pair_subject = len({c for m in subject_pair for c in m.states}) >= 2
        # "the special forces exercise of India and Indonesia": a drill of both states
        owners = [
            m
            for m in coordinated
            if any(
                not it.needs_coop and _OWNERS_OF.fullmatch(text, a.end, m.start)
                for a, it in s.activities
            )
        ]
        owned = (
            self._noun_group(text, coordinated[coordinated.index(owners[0]) :], forward=True)
            if owners
            else []
        )
        pair_of = len({c for m in owned for c in m.states}) >= 2
        if (
            not coop_word
            and s.activities
            and len(s.codes) >= 2
            and _guarded_search(_SEQUENTIAL, _FOLLOWED, text, s.start, s.cut, False)
        ):
            # "Israeli jets began striking ..., and U.S. bombers followed nine days later":
            # one state's forces after the other's
            pair_subject = group2 = False
            s.separate = frozenset(s.codes)
        if (pair_subject or group2) and not coop_word and s.activities:
            if _guarded_search(
                _PARALLEL, _PARALLEL_WORDS, text, s.activities[0][0].start, s.cut, True
            ):
                pair_subject = group2 = False  # "... have flown their nationals out": each alone
            elif len(s.codes) == 2 and _guarded_search(
                _STANDOFF, _STANDOFF_WORDS, text, s.start, s.end, True
            ):
                # "... resumed patrolling after completing disengagement": rivals, not partners
                pair_subject = group2 = False
                s.rivals = frozenset(s.codes)
        escort = self._friendly_escort(text, s, military_actors)
        s.escorted = escort
        # "British fighter jets took part in a U.S. strike": another state's forces take part
        # in the activity a state's adjective names, so it is shared
        state_owned = _part_in_state_activity(text, s)
        acts = [
            (m, it)
            for m, it in s.activities
            if not self._joins_mission(text, s, m)
            and not self._policing_rotation(text, m, it, coop_word)
            and not _own_drill(text, s.start, m)
            and not _prevented(text, s, m)
            and not _operators_of_type(text, s, m, it)
        ]
        acts = [
            (m, it)
            for m, it in acts
            if not it.needs_coop
            or cooperative
            or group2
            or escort
            or pair_of
            or (pair_subject and it.strength >= 0.5)  # "carried out strikes", not "deployments"
            or bool(state_owned and any(not set(m.states) <= state_owned for m in military_actors))
        ]
        # "a separate national mission coordinated with Israeli authorities": a vague activity
        # word called national is one state's own, whatever a link word after it adds
        acts = [
            (m, it)
            for m, it in acts
            if not it.needs_coop
            or not text.endswith(" national ", max(s.start, m.start - 10), m.start)
        ]
        objects = [m for m in military_actors if m.role == "object"]
        intercept = bool(s.opposed) and self._group_of_two(text, s, objects)
        together = coop_word and len(military_states) >= 2  # "joined ... heading together"
        if not acts and not intercept and not together:
            return
        if nonmil and (
            not s.military
            or not nonmil.isdisjoint(_CREW_SENSES)
            # "Australian and New Zealand air force transports have landed with rescue teams
            # and relief supplies": forces that only fly, land or search while carrying relief
            # or rescuers deliver them, each a national mission; a drill, a strong activity or
            # a word of cooperation keeps the forces' sense
            or (
                not nonmil.isdisjoint(_DELIVERY_SENSES)
                and not coop_word
                and EXERCISE not in s.cats
                and all(it.strength < 1.0 for _, it in acts)
            )
            # "Rescue teams from Spain, Britain and Qatar were working alongside Moroccan
            # soldiers": rescuers beside one state's forces, even with a word of cooperation,
            # are each state's relief, while the forces of two states keep their sense
            or (
                not nonmil.isdisjoint(_DELIVERY_SENSES)
                and EXERCISE not in s.cats
                and len(military_states) < 2
                and all(it.strength < 1.0 for _, it in acts)
            )
            # "Colombian military doctors are working alongside U.S. Navy staff at the
            # clinics": medics of two forces treating patients give care, each force's own
            # mission, even "alongside" each other; a drill or an exercise named in the
            # sentence keeps the forces' sense ("a joint medical exercise at a field clinic")
            or (
                not nonmil.isdisjoint(_CARE_SENSES)
                and EXERCISE not in s.cats
                and all(it.strength < 1.0 for _, it in acts)
            )
            # "The German corvette has joined the maritime task force of UNIFIL": a force
            # that joins or serves in a UN peacekeeping mission serves under its command
            # beside the other contributors, a rotation; "a peacekeeping exercise", "drills
            # under a UN peacekeeping mandate" keep the forces' sense
            or self._serves_in_peacekeeping(text, s, nonmil)
        ):
            s.why = f"non-military sense ({', '.join(sorted(nonmil))})"
            return
        if (
            acts
            and EXERCISE not in s.cats
            and all(it.strength < 1.0 for _, it in acts)
            and any(_RESCUE_WORK.search(text, m.start, m.end) for m, _ in acts)
            and _names_disaster(text, s.start, s.end)
        ):
            # "Military search and rescue teams from a dozen countries worked alongside Turkish
            # soldiers in cities flattened by the earthquakes": searching for survivors of a
            # disaster is each country's rescue work, not a shared military activity; a drill
            # ("a search-and-rescue exercise simulating an earthquake") keeps its sense
            s.why = "rescue work after a disaster"
            return
        if _asks(text, s):
            # "how far would Moscow and Beijing actually fight side by side?": a question
            # reports no activity
            s.why = "a question"
            return
        if CEREMONY in s.cats and any(
            CEREMONY in m.cats and not self._listed_drill(text, s, m) for m in s.mentions
        ):
            s.why = "a parade or ceremony"
            return
        candidates: dict[str, Mention] = {}
        linked = [m for m in mentions if m.role in ("linked", "participant")]
        named = [m for m in military_actors if not m.default_state]
        if named:
            # An aircraft's usual operator counts only when no force is named: "Indian Air
            # Force ... along with an IL-78 tanker" is not Russian.
            military_actors = named
        for group in (military_actors, coordinated, linked):
            for m in group:
                if group is not military_actors and _police_of(text, s, m):
                    continue  # "... and police boats from Vanuatu also took part"
                for code in m.states:
                    candidates.setdefault(code, m)
        # "..., NORAD said": a force that only speaks does not take part, unless the sentence
        # names no other pair ("the Indian Navy said it drilled with the French navy").
        speaking = {c for m in military_actors if m.role == "speaker" for c in m.states}
        speaking -= {c for m in military_actors if m.role != "speaker" for c in m.states}
        if speaking and len(candidates) - len(speaking) >= 2:
            for code in speaking:
                del candidates[code]
        has_pair = PAIR in s.cats and any(PAIR in m.cats for m in mentions)
        # "Sweden began its largest exercise ..., with soldiers from the United States, Britain
        # and Finland taking part": states named as taking part in the sentence's own activity
        # are partners of the forces it names (not of a force that only speaks, nor of a
        # weapon's usual operator: "delivering S-400 systems, with Indian crews taking part").
        partners = self._partner_forces(text, s, linked)
        taking_part = (
            bool(acts)
            and bool(partners)
            and (
                any(
                    m.role != "speaker"
                    and not m.default_state
                    and not m.equipment
                    and not set(m.states) <= partners
                    for m in military_actors
                )
                # "Israel is hosting an air exercise, with fighter pilots from Germany, France
                # and India taking part": the forces of two named states taking part are
                # partners (not two aircraft types: "Rafale and Su-30MKI fighters")
                or len(
                    self._partner_forces(
                        text, s, [m for m in linked if ASSET not in m.cats and not m.equipment]
                    )
                )
                >= 2
            )
        )
        s.mentions_joint = bool(acts) and (cooperative or group2 or pair_of)
        self._tense(text, s, acts)
        if self._negated(text, s, acts):
            s.why = "the activity is denied"
            s.mentions_joint = False
            return
        if s.tense_cue is None and self._concern_topic(text, s, acts):
            s.why = "the activity is the topic of a concern"
            s.mentions_joint = False
            return
        if (
            text.find(" alone", s.start, s.end) >= 0 or text.find(" own ", s.start, s.end) >= 0
        ) and _FORCES_ALONE.search(text, s.start, s.end):
            # "..., but the army said the offensive was carried out by Nigerian forces alone":
            # the report says one state's forces did it without the others it names
            s.why = "done by one state's forces alone"
            s.mentions_joint = False
            return
        if (s.coop_link or coop_word) and candidates:
            lone = self._lone_subject(text, s, bare, first_act)
            if (
                lone is not None
                and not set(lone.states) & set(candidates)
                and all(
                    m.role in ("linked", "participant")
                    and text.find(" with ", first_act, m.start) >= 0
                    for m in candidates.values()
                )
            ):
                for code in lone.states:
                    candidates[code] = lone
        if len(candidates) < 2 and has_pair:
            # "Russian paratroopers arrived in Egypt for the first joint exercise between the
            # two countries": the other country is where they went.
            for m in mentions:
                # "in Egypt", not "around Japan": where the pair's forces went, not a place
                # near the activity
                if m.role == "place" and m.host and STATE in m.cats and m.start < s.cut:
                    for code in m.states:
                        candidates.setdefault(code, m)
        if (
            (cooperative and acts and (candidates or has_pair or s.multinational or many))
            or group2
            or escort
            or intercept
            or together
            or pair_subject
            or (pair_of and bool(acts))
            or taking_part
        ):
            s.joint = True
            prior = (
                next(
                    (
                        m
                        for m in mentions
                        if PRIOR in m.cats and s.start + 10 <= m.start < first_act
                    ),
                    None,
                )
                if PRIOR in s.cats
                else None
            )
            if (
                prior is not None
                and len({c for c, m in candidates.items() if m.start < prior.start}) < 2
                and not self._coincides_with_event(text, s, prior)
            ):
                # "North Korea fired missiles a day after the United States and South Korea
                # wrapped up their drills": the drills are an earlier event. One state's
                # forces before the clause do their own thing ("Russia's Northern Fleet began
                # missile tests off Norway, overlapping with NATO's Trident Juncture exercise,
                # the Norwegian military said").
                s.background = True
            elif (
                prior is None
                and PRIOR in s.cats
                and self._coincides_after(text, s, mentions, candidates, first_act)
            ):
                # "The drill coincided with the start of the U.S.-Ukrainian Sea Breeze
                # exercise": the states come only in the clause after the cue and name
                # the other event, not partners in this sentence's drill.
                s.background = True
            elif (
                prior is None
                and PRIOR in s.cats
                and not s.background
                and self._own_drill_before_event(text, s, mentions, candidates, first_act)
            ):
                # "Russia's Baltic Fleet began drills on Thursday, days after NATO started its
                # BALTOPS exercise in the same sea": one state's drill, told with no word of
                # cooperation before the time cue; the allied drill after it places it in time
                s.background = True
            elif prior is None and PRIOR in s.cats and not s.background:
                earlier = self._prior_clause_states(text, s, mentions, candidates)
                if earlier:
                    # "US bombers flew with Japanese jets on Wednesday, a day after Chinese and
                    # Russian bombers made a joint flight": the states named only in the clause
                    # after the cue did the earlier thing, not this sentence's activity.
                    candidates = {c: m for c, m in candidates.items() if c not in earlier}
                    s.prior_states = earlier
            s.intercept = intercept and not (cooperative or group2 or together or pair_subject)
            s.participants = candidates
            if s.intercept:
                s.participants = {c: m for m in objects for c in m.states}
            # Only an explicit cooperation cue outweighs a state's opposing role elsewhere;
            # a bare "with X" only for the states of the activity's own clause ("photographs
            # taken by ASDF pilots, showing the Russian aircraft flying with the Chinese H-6s").
            if cooperative:
                s.strong = set(candidates) - s.opposed
                if not coop_word and not many and s.activities:
                    clause = text.rfind(",", s.start, s.activities[0][0].start)
                    s.strong = {c for c in s.strong if candidates[c].start > clause}

    @staticmethod
    def _prior_clause_states(
        text: str, s: Sentence, mentions: Sequence[Mention], candidates: dict[str, Mention]
    ) -> frozenset[str]:
        """The states named only in the clause of a time cue ("a day after", "in response
        to"), in its own clause (no comma between), when other states are named before the
        cue: those others do the sentence's activity. One state before the cue is enough ("The
        AFP sent ships on a joint patrol, days after Chinese ships blocked a resupply
        mission": the Chinese ships did the earlier thing, batch 115)."""
        cue = next((m for m in mentions if PRIOR in m.cats and m.start >= s.start + 10), None)
        if cue is None:
            return _NO_RIVALS
        kept = {c for c, m in candidates.items() if m.start < cue.start}
        earlier = frozenset(
            c
            for c, m in candidates.items()
            if m.start >= cue.end and not _CLAUSE_PUNCT.search(text, cue.end, m.start)
        )
        if not kept or not earlier or not earlier.isdisjoint(kept):
            return _NO_RIVALS
        return earlier

    @staticmethod
    def _own_drill_before_event(
        text: str,
        s: Sentence,
        mentions: Sequence[Mention],
        candidates: dict[str, Mention],
        first_act: int,
    ) -> bool:
        """A time cue ("days after", "coinciding with") after the sentence's first activity,
        with at most one state named before it and nothing before it that makes the activity
        shared (a word of cooperation, a pair, a count, a joining verb, a multinational
        drill): one state's own activity, beside another event named in the clause."""
        cue = next(
            (m for m in mentions if PRIOR in m.cats and m.start > first_act >= 0),
            None,
        )
        if cue is None or cue.start < s.start + 10:
            return False
        # a state counts where it is first named: "South Korea and the United States flew
        # jets ..., days after North Korea fired missiles, the South Korean military said"
        # names both before the cue, though the speaker after it is the same state
        named_before = {
            c
            for m in mentions
            if m.start < cue.start and m.role not in _NOT_BEFORE_ROLES
            for c in m.states
            if c in candidates
        }
        if len(named_before) >= 2:
            return False
        for m in s.mentions:
            if m.start >= cue.start:
                break
            if not m.cats.isdisjoint(_SHARED_BEFORE_CUE):
                return False
            if EXERCISE in m.cats:
                item = m.first(EXERCISE)
                if item is not None and getattr(item.ref, "multinational", False):
                    return False
        return True

    @staticmethod
    def _coincides_after(
        text: str,
        s: Sentence,
        mentions: Sequence[Mention],
        candidates: dict[str, Mention],
        first_act: int,
    ) -> bool:
        """A time cue ("coincided with") after the sentence's first activity, with every
        state named only after it and in its own clause (no comma or colon between)."""
        cue = next(
            (m for m in mentions if PRIOR in m.cats and m.start > first_act >= 0),
            None,
        )
        if cue is None or not candidates:
            return False
        # "The exercise ran in parallel with Grand Quadriga, a German-led drill, and with ...":
        # a sentence about the drill itself, whose only states describe the other events
        about_drill = _THE_OWN_ACTIVITY.match(text, s.start) is not None
        return all(
            m.start >= cue.end and (about_drill or not _CLAUSE_PUNCT.search(text, cue.end, m.start))
            for m in candidates.values()
        )

    @staticmethod
    def _coincides_with_event(text: str, s: Sentence, cue: Mention) -> bool:
        """ "The conclave coincided with the closing ceremony of MILEX-18, in which soldiers
        from India, Bangladesh ... spent a week practising": a meeting or visit at the same
        time as the drill, told before the cue with no activity or state of its own; the
        drill is as current as the meeting, not an earlier event."""
        if text[cue.start : cue.end].lower() not in _COINCIDENCE_CUES:
            return False
        return not any(
            m.end <= cue.start and (m.states or not m.cats.isdisjoint(_ACTIVITY_CATEGORIES))
            for m in s.mentions
        )

    @staticmethod
    def _joins_mission(text: str, s: Sentence, m: Mention) -> bool:
        """ "troops landed on Saturday to join the multinational mission": the mission is
        where they go, like a peacekeeping rotation, not an activity done with another."""
        return text[m.start : m.end].lower() in _MISSION_WORDS and bool(
            _JOINS_BEFORE.search(text, max(s.start, m.start - 80), m.start)
        )

    @staticmethod
    def _serves_in_peacekeeping(text: str, s: Sentence, nonmil: set[str]) -> bool:
        """A sentence that names a UN peacekeeping mission and no drill, exercise or training:
        service in the mission's force (see _decide_sentence)."""
        return (
            not nonmil.isdisjoint(_PEACEKEEPING_SENSES)
            and EXERCISE not in s.cats
            and not any(w in text[s.start : s.end].lower() for w in _PEACEKEEPING_DRILL_WORDS)
        )

    @staticmethod
    def _policing_rotation(text: str, m: Mention, item: Item, coop_word: bool) -> bool:
        """ "Poland currently leads the mission, with Spain providing the second detachment":
        in a report on air policing, a bare "mission" or "deployment" that only a link word
        ("with Spain") makes shared is the standing mission's rotation of national
        detachments, each scrambling on its own from its own base; two air forces that
        "share" the duty or fly a "joint" deployment name a word of cooperation."""
        return (
            item.needs_coop
            and not coop_word
            and text[m.start : m.end].lower() in _MISSION_WORDS_ROTATION
            and ("air policing" in text or "Air Policing" in text or "air-policing" in text)
        )

    @staticmethod
    def _listed_drill(text: str, s: Sentence, m: Mention) -> bool:
        """ "drills including manoeuvres, anti-piracy and a fleet review at sea": the
        ceremony is one item of the drills, or their close, not what the sentence reports."""
        if any(
            a.end <= m.start and _LISTED_ITEM_GAP.match(text[a.end : m.start])
            for a, _item in s.activities
        ):
            return True
        # "The exercise concluded on Tuesday with an international fleet review": the
        # ceremony closes the drills the sentence reports; "The drill began on Monday at the
        # base with a ceremonial parade": it opens them
        if not any(a.end <= m.start for a, _item in s.activities):
            return False
        # "Falcon Leap, an airborne exercise run each September around the Market Garden
        # commemorations": the ceremony times the drill named before it
        return bool(
            _ENDED_WITH_BEFORE.search(text, max(s.start, m.start - 100), m.start)
            or _TIMED_AROUND_BEFORE.search(text, max(s.start, m.start - 50), m.start)
        )

    @staticmethod
    def _friendly_escort(text: str, s: Sentence, actors: Sequence[Mention]) -> bool:
        """ "A US B-52 flew over Stockholm escorted by Swedish Gripens": one state's forces
        escorted by another's, with no word of a hostile encounter (an intercept has
        "intercepted", "scrambled", "warned", an ADIZ or a violation), fly together."""
        if not any(item.sub == "escort" for _m, item in s.activities):
            return False  # the usual case, known before the search for hostile words
        if OPP in s.cats or _HOSTILE.search(text, s.start, s.end):
            return False
        for m, item in s.activities:
            if item.sub != "escort":
                continue
            # "escorted by Swedish Gripens", and the active "the Izumo began escorting a
            # U.S. Navy supply ship": the escorting state's forces before, the other's after.
            reach = 40  # "escorted by two squadrons of Saudi F-15s"
            # "escorted by", and "escorted at stages by", "escorted for part of the way by"
            by = _ESCORT_BY_AFTER.match(text, m.end)
            end = m.end
            if by is not None:
                end = by.end()
            else:
                if not _ESCORTED_OBJECT.match(text, m.end):
                    continue
                reach = 16  # the object's owner, right after its article or number
            before = {c for a in actors if a.end <= m.start for c in a.states}
            after = {c for a in actors if m.end < a.start <= end + reach for c in a.states}
            if before and after and not after <= before:
                return True
        return False

    def _coordinated_bare(self, text: str, bare: Sequence[Mention]) -> list[Mention]:
        """Bare states joined by "and", a comma or a hyphen ("Moscow and Beijing",
        "China-Russia")."""
        out: list[Mention] = []
        if len(bare) < 2:
            return out
        for a, b in itertools.pairwise(bare):
            if set(a.states) != set(b.states) and _coordinated(text, a.end, b.start):
                if a not in out:
                    out.append(a)
                out.append(b)
        return out

    def _group_of_two(self, text: str, s: Sentence, actors: Sequence[Mention]) -> bool:
        """Two states' forces named together: consecutive actors of different states with
        only a short coordinating gap between them, or the forces of a named group of states
        ("FPDA navies", "the armed forces of ASEAN's members")."""
        # Weapon names alone do not count: an Indian drill with Rafales is not French.
        ordered = [m for m in actors if ASSET not in m.cats]  # in text order already
        if any(STATE in m.cats and len(set(m.states)) >= 2 for m in ordered):
            return True
        if len(actors) < 2:
            return False
        for a, b in itertools.pairwise(ordered):
            if set(a.states) == set(b.states) or b.start - a.end > 70:
                continue
            # "U.S. and Canadian warships": the dot of an abbreviation is no full stop
            gap = text[_past_abbreviation(text, a.end) : b.start]
            if any(ch in ".;:!?" for ch in gap) or not _GROUP_GAP.search(gap):
                continue
            if not any(
                a.end <= m.start < b.start and not m.cats.isdisjoint(_GROUP_BREAKERS)
                for m in s.mentions
            ):
                return True
        return False

    @staticmethod
    def _concern_topic(text: str, s: Sentence, acts: Sequence[tuple[Mention, Item]]) -> bool:
        """ "The white paper says military cooperation between China and Russia, including
        joint bomber flights and naval patrols, is a 'grave concern'": an activity with no
        tense of its own that is the subject of a predicate of concern or threat is what a
        paper, a strategy or a speaker worries about (as "concern about" or "growing" joint
        patrols name a topic or a trend), not an event the report tells. A tense cue
        ("flew a joint patrol on Tuesday, which Tokyo called a grave concern") reports one."""
        if not acts:
            return False
        end = max(m.end for m, _ in acts)
        return _may_hold(_CONCERN_WORDS, text, end, s.end, True) and (
            _CONCERN_PREDICATE.match(text, end, s.end) is not None
        )

    @staticmethod
    def _negated(text: str, s: Sentence, acts: Sequence[tuple[Mention, Item]]) -> bool:
        """ "have never held a joint exercise", "no joint patrol took place". An activity in a
        side clause ("The Saudi and Emirati navies, which trained with the Pakistanis in March,
        did not take part") is denied by the main verb after the clause; not "Sweden and
        Finland are not members of NATO but take part in the drill": what the negation denies
        is a membership, and the activity is told after it."""
        if not acts or NEGATION not in s.cats:
            return False
        anchor = acts[0][0]
        targets = [anchor.start]
        cue = s.tense_cue
        if cue is not None and cue.end <= anchor.start:
            targets.append(cue.start)
        if LINK in s.cats and text.find(" not ", s.start, s.end) >= 0:
            # "A U.S. Navy P-8 was in the area on a separate mission but did not coordinate
            # with the Philippine units": a negation right before a verb and its "with"
            # denies that the forces acted together
            targets.extend(
                m.start
                for m in s.mentions
                if LINK in m.cats
                and _NOT_VERB_BEFORE_LINK.search(text, max(s.start, m.start - 40), m.start)
            )
        opened = max(
            text.rfind(", which ", s.start, anchor.start),
            text.rfind(", who ", s.start, anchor.start),
        )
        if opened >= 0 and text.find(",", opened + 2, anchor.start) < 0:
            closed = text.find(",", anchor.end, s.end)
            if closed >= 0 and any(
                NEGATION in m.cats and 0 <= m.start - closed <= 12 for m in s.mentions
            ):
                return True  # the main verb right after the side clause is denied
        for m in s.mentions:
            if (
                NEGATION in m.cats
                and any(0 <= t - m.end <= 25 for t in targets)
                and not _NOT_MEMBER_AFTER.match(text, m.end)
            ):
                return True
        return False

    @staticmethod
    def _partner_forces(text: str, s: Sentence, linked: Sequence[Mention]) -> set[str]:
        """States whose forces a participation word names as taking part: "Polish troops
        taking part", "soldiers from the United States, Britain and Finland taking part"; not
        "Chinese rescue teams taking part"."""
        out: set[str] = set()
        for m in linked:
            if m.role != "participant":
                continue
            cue = None
            for x in s.mentions:
                if x.end > m.start:
                    break
                if PART in x.cats:
                    cue = x
            if m.military or (
                cue is not None and text[cue.start : cue.end].lower().endswith(" from")
            ):
                out.update(m.states)
        # "British jets took part in a U.S. strike": the activity the forces take part in is
        # the named state's own, so that state's forces are in it too
        out.update(_part_in_state_activity(text, s))
        return out

    @staticmethod
    def _future_after_comma(text: str, s: Sentence, start: int) -> bool:
        """A future or plan cue opens the clause after the next comma from start (the main
        verb after an appositive participle: "The exercise, held ..., will be run")."""
        comma = text.find(",", start, s.end)
        if comma < 0:
            return False
        return any(
            0 <= x.start - comma - 1 <= 1 and not x.cats.isdisjoint(_FUTURE_CATS)
            for x in s.mentions
        )

    @staticmethod
    def _progressive_later(text: str, s: Sentence, cue: Mention) -> bool:
        """ "are holding their Keen Sword exercise ... at the end of the month", "is staging
        drills next week": a present progressive ("is"/"are" + -ing) whose own clause (to a
        comma before "but", a semicolon or the sentence's end) names a later time."""
        low = text[cue.start : cue.end].lower()
        if not low.startswith(("are ", "is ")) or not low.endswith("ing"):
            return False
        end = s.end
        for stop in (", but ", ";"):
            found = text.find(stop, cue.end, end)
            if found >= 0:
                end = found
        clause = text[cue.end : end].lower()
        return any(t in clause for t in _LATER_IN_CLAUSE)

    def _tense(self, text: str, s: Sentence, acts: Sequence[tuple[Mention, Item]]) -> None:
        """The tense cue nearest before the activity word decides, else the nearest after."""
        if s.cats.isdisjoint(_TENSE_SET) and not acts:
            return
        if (
            s.lead
            and not s.title
            and _opens_with_habit(text, s)
            and _EVERY_YEAR.search(text, s.start, s.end)
        ):
            s.background = True  # "Every year, thousands of troops gather for Cobra Gold"
        anchor = acts[0][0] if acts else None
        if len(acts) > 1 and _combat_done_to_state(text, s, acts[0][0]):
            # "Ukrainian forces have captured two North Korean soldiers in Kursk, where North
            # Korean troops have been fighting alongside Russian units": a combat verb done to
            # a state's forces is the other side's act; the next activity word dates this one
            anchor = next((m for m, _ in acts[1:] if not _combat_done_to_state(text, s, m)), anchor)
        if anchor is None:
            anchor = next((m for m in s.mentions if m.cats & _OPP_COOP_CATS), None)
        if anchor is None:
            return
        before: tuple[int, Mention, str] | None = None
        after: tuple[int, Mention, str] | None = None
        for m in s.mentions:
            if m.cats.isdisjoint(_TENSE_SET):
                continue
            tense = next(t for t in _TENSES if t in m.cats)
            if (
                tense == PLANNED
                and text[m.end - 2 : m.end].lower() == "ed"
                and _PASSIVE_BY.match(text, m.end)
                and not 0 <= m.start - anchor.end <= 1
            ):
                continue  # "training agreed by both governments" (but "drills planned by")
            if ";" in text[min(m.end, anchor.end) : max(m.start, anchor.start)]:
                continue  # "C295 line opens in Vadodara; ... Vajra Prahar next": another item
            if tense == FUTURE and _conditional_threat(text, m.end, s.end):
                # "said the allied air forces would bury any enemy that attacked": a bare
                # "would" or "will" aimed at "any" enemy or provocation is a warning of what
                # happens if one comes, not a plan or more of the activity reported
                continue
            if tense == PLANNED and (
                _RUNS_UNTIL_AFTER.match(text, m.end)
                or text[max(s.start, m.start - 4) : m.start].lower() == "how "
            ):
                # "The exercise, scheduled to run until Aug. 28, involves ...": the schedule
                # of its length, not a plan; "learning how to launch assaults": a skill
                continue
            if (
                tense == ONGOING
                and text[m.end - 3 : m.end].lower() == "ing"
                and _AIMED_GERUND_BEFORE.search(text, max(s.start, m.start - 40), m.start)
            ):
                continue  # "would work toward conducting operations together": the goal
            if (
                tense == ONGOING
                and text[m.end - 3 : m.end].lower() == "ing"
                and _past_passive_before_participle(text, s.start, m.start)
            ):
                # "200 Brazilian troops were integrated into the task force, jumping with
                # their American counterparts and conducting raids": a participle clause after
                # a main clause in the past passive shares its past
                tense = PAST
            if (
                tense == PAST
                and m.start <= s.start + 1
                and " " not in text[m.start : m.end]
                and text[m.end : m.end + 1] == " "
                and "," in text[m.end : s.end]
            ):
                # "Held alongside REPMUS, the exercise brings ...": an opening participle
                # dates nothing; the main clause after the comma does
                continue
            if (
                tense == PAST
                and m.start == anchor.end + 2
                and text[anchor.end : m.start] == ", "
                and " " not in text[m.start : m.end]
                and self._future_after_comma(text, s, m.end)
            ):
                # "The exercise, held under the theme ..., will be run alongside ...": a
                # participle set off by commas after the activity word describes it when the
                # main verb right after the second comma is a future; that future dates the
                # activity (but "X, held near Townsville in May, trains ...": the participle
                # dates this edition)
                continue
            if (
                tense == PAST
                and text[m.end : m.end + 1] == " "
                and _EVERY_YEAR.match(text, m.end + 1)
            ):
                # "the exercise, held every two years since 2005, trains ...": a participle
                # of habit describes the series in the present; it does not date this edition
                tense = PRESENT
            if (
                tense == PAST
                and m.start >= anchor.end
                and "first time" in text[max(s.start, m.start - 90) : m.start].lower()
                and _RECORD_PERFECT_BEFORE.search(text, max(s.start, m.start - 90), m.start)
            ):
                # "... for Desert Flag, the first time the fighter has flown in an exercise
                # abroad": the record the activity sets is not its tense
                continue
            if (
                tense == PAST
                and m.start >= anchor.end
                and text[max(s.start, m.start - 5) : m.start].lower() == "ever "
                and any(x.start >= m.end and not x.cats.isdisjoint(_TENSE_SET) for x in s.mentions)
            ):
                # "the biggest air exercise ever held in the country got into full swing": a
                # participle after "ever" ranks the activity among all earlier ones; the main
                # verb after it dates it
                continue
            if (
                tense == PRESENT
                and " " not in text[m.start : m.end]
                and _NOUN_DETERMINER_BEFORE.search(text, max(s.start, m.start - 12), m.start)
            ):
                if not _BEFORE_THE_NOUN.search(text, max(s.start, m.start - 16), m.start):
                    # "concluded the second stage of their Joint Sea-2017 exercise", "after
                    # the launch": a bare present form after an article or an ordinal is a
                    # noun
                    continue
                # "two weeks before the start of BALTOPS", "ahead of the launch of": the
                # event the noun names is still to come
                tense = PLANNED
            if m.end <= anchor.start:
                if ", where " in text[m.end : anchor.start]:
                    # "The invitation allowed the delegations to visit the area around Rena,
                    # where soldiers of A were fighting a mock battle against B": a cue before
                    # the "where" clause that holds the activity dates the main clause's
                    # doings (an invitation, a visit), not the activity told at that place
                    continue
                distance = anchor.start - m.end
                if before is None or distance <= before[0]:
                    before = (distance, m, tense)
            elif m.start >= anchor.end:
                distance = m.start - anchor.end
                if after is None or distance < after[0]:
                    after = (distance, m, tense)
        if (
            before is not None
            and before[2] in (ONGOING, PAST)
            and any(
                SIDE in m.cats
                and before[1].end <= m.start
                and m.end <= anchor.start
                and text[m.start : m.end].lower() in ("after", "following")
                for m in s.mentions
            )
        ):
            # "The carrier arrived in Yokosuka after exercises with the MSDF": the drill done
            # before the arrival is past
            before = (0, anchor, PAST)
        if (
            before is not None
            and before[2] in (ONGOING, PAST, PRESENT)
            and (after is None or after[2] not in (ONGOING, PAST))
            and any(
                SIDE in m.cats
                and before[1].end <= m.start
                and m.end <= anchor.start
                and text[m.start : m.end].lower() == "ahead of"
                for m in s.mentions
            )
        ):
            # "The carrier arrived in Busan ahead of Freedom Shield": the mirror of "after
            # exercises": the drill the arrival comes before is still to come (not "...
            # ahead of the drill, which began on Monday", dated by its own verb)
            before = (0, anchor, PLANNED)
        if (
            before is not None
            and after is not None
            and after[0] <= 12
            and len(text[anchor.end : after[1].start].split()) <= 1
            and text[before[1].start : before[1].end].lower() in _TIME_WORDS
        ):
            # "Jets took off yesterday as the annual Cope Tiger exercise entered its flying
            # phase": a time word before the activity dates the clause it stands in; the
            # activity's own verb, right after its name or noun, dates the activity
            before = None
        # "they flew training sorties": the activity verb's own past beats a cue after it (a
        # present form, as in a headline's "sail", takes its tense from the words around it)
        own = next((t for t in _TENSES if t in anchor.cats), PRESENT)
        if (
            before is None
            and own == PRESENT
            and after is not None
            and after[2] == ONGOING
            and text[after[1].start : after[1].end].lower() in _PRESENT_SPAN_WORDS
            and _simple_past_verb(text, s.start, anchor)
        ):
            # "French Rafales trained with Japanese F-2s this week": the activity verb in the
            # simple past tells it done; "this week" only dates it
            after = (after[0], after[1], PAST)
        chosen = before or ((0, anchor, own) if own != PRESENT else after)
        progressive = (
            _PROGRESSIVE_BEFORE.search(text, max(s.start, anchor.start - 25), anchor.start)
            if text[anchor.start : anchor.end].lower().endswith("ing")
            else None
        )
        if progressive is not None:
            # "Rafale fighters are flying in Red Flag Alaska": drills under way
            chosen = (0, anchor, ONGOING)
        if chosen is None:
            return
        tense, cue = chosen[2], chosen[1]
        departed = False
        if (
            tense == PAST
            and text[cue.start : cue.end].lower() in _ENTERED
            and _PHASE_AFTER.match(text, cue.end)
        ):
            tense = ONGOING
        if tense == PAST and cue is not anchor and _OPENING_BEFORE.search(text, s.start, cue.start):
            tense = ONGOING
        if (
            tense == PAST
            and cue.end <= anchor.start
            and any(w in text[cue.end : anchor.start].lower() for w in ("phase", "stage"))
            and _FOR_PHASE.search(text, cue.end, anchor.start)
        ):
            tense = ONGOING
        if tense == PAST and _UNREALISED_BEFORE.search(
            text, max(s.start, cue.start - 40), cue.start
        ):
            tense = PLANNED  # "was to have been held from May 26": it never took place
        if (
            tense == ONGOING
            and cue.end <= anchor.start
            and text[cue.start : cue.end].lower() in _LAUNCHED
            and text[anchor.start : anchor.end].lower() in _STRIKE_WORDS
            and not _CAMPAIGN.search(text, anchor.end, s.end)
        ):
            tense = PAST
        if (
            tense != PLANNED
            and cue.end <= anchor.start
            and _STILL_TO_COME.match(text, anchor.end, s.end)
        ):
            tense = PLANNED
        if tense == ONGOING and cue.end <= anchor.start and self._progressive_later(text, s, cue):
            tense = PLANNED
        if (
            tense == PAST
            and text[cue.start : cue.end].lower() in _DEPARTURE_VERBS
            and _FROM_TO_JOIN.match(text, cue.end, s.end)
            # "... to take part in Pitch Black, which began last week": already under way
            and not any(ONGOING in m.cats and m.start > cue.end for m in s.mentions)
        ):
            tense = PLANNED
            # "Swedish minehunters sailed on Monday to join BALTOPS" under "BALTOPS kicks
            # off": forces on their way are a plan only as weak as a bare "will", and a
            # headline that says the drill begins outweighs it
            departed = True
        if (
            tense == PRESENT
            and not s.title
            and not s.lead
            and _guarded_search(_EVERY_YEAR, ("year", "annual"), text, s.start, s.end, True)
        ):
            s.background = True  # "the US and Indonesia hold Garuda Shield every year": a habit
        if (
            tense == PRESENT
            and not s.title
            and _RANKED_SUBJECT.match(text, s.start, s.end)
            and not _NOW_WORDS.search(text, s.start, s.end)
        ):
            s.background = True  # "The world's largest maritime exercise brings together ..."
        if tense == PRESENT:
            # "plan to hold", "proposed that the two countries hold": the modal decides;
            # "arrived in Egypt to take part": the verb before decides; "warships to join
            # drills next week" (a headline): an infinitive alone is a plan.
            earlier = [
                m
                for m in s.mentions
                if m.end <= cue.start
                and m.cats & _VERB_TENSE_CATS
                and text[m.start : m.end].lower() not in _TIME_WORDS
            ]
            if earlier and earlier[-1].cats & _FUTURE_CATS:
                tense = FUTURE if FUTURE in earlier[-1].cats else PLANNED
            elif (not s.title and _scheduled_present(text, s, cue, anchor)) or (
                not earlier
                and (
                    text[max(0, cue.start - 3) : cue.start].lower() == "to "
                    or text[cue.start : cue.start + 3].lower() == "to "
                )
            ):
                # "days before the two armies open their drills", "open their drills on
                # Tuesday" after the lead (see _scheduled_present): still to come
                tense = PLANNED
            else:
                tense = ONGOING
        if tense == FUTURE and any(
            PLANNED in m.cats and text[m.start : m.end].lower() in _LATER_TIMES for m in s.mentions
        ):
            # "Sweden would send units to Norway's Cold Response exercise next year": a later
            # date makes the bare "would" a plan, not more of the drills reported
            tense = PLANNED
        if (
            tense == FUTURE
            and not s.title
            and not s.lead
            and _NEW_DRILL_OBJECT.match(text, cue.end, s.end) is not None
        ):
            # "South Korea's navy said it would also hold a combined exercise with the strike
            # group": after the lead, a bare "would" or "will" whose object is a drill brought
            # in with "a", "an" or "another" tells a new one still to come, not more of the
            # drills reported ("the exercise will run until Friday")
            tense = PLANNED
        s.weak_future = tense == FUTURE or departed
        s.tense = PLANNED if tense == FUTURE else tense
        s.tense_cue = cue

    # -- geography ---------------------------------------------------------------------

    def nearest_area(self, lat: float, lon: float) -> tuple[AreaOfInterest, float] | None:
        key = (lat, lon)
        if key not in self._area_cache:
            self._area_cache[key] = self._area_index.nearest(key)
        return self._area_cache[key]


# --------------------------------------------------------------------------------------
# Article-level decision

_Model = TypeVar("_Model", bound=BaseModel)
_set_attribute: Final = object.__setattr__


def _construct(cls: type[_Model], fields: dict[str, object]) -> _Model:
    """`cls.model_construct(**fields)` for the plain output models built here (Evidence,
    Location, Asset, RegionOfInterest, ClassificationResult: no aliases, no extra fields, no
    private attributes, no post-init hook), given every field in the model's order with a
    value of the field's type: the same instance (`__dict__`, fields set, no extra, no private), without pydantic's loop
    over the fields in Python or the validation of values that are already what they must be.
    tests/core/test_construct.py compares the two for each model. `object.__new__`, which the
    models do not override: the isolated build environment has no pydantic, and mypyc, which
    then types BaseModel as Any, rejects `cls.__new__(cls)`."""
    m = object.__new__(cls)
    _set_attribute(m, "__dict__", fields)
    _set_attribute(m, "__pydantic_fields_set__", set(fields))
    _set_attribute(m, "__pydantic_extra__", None)
    _set_attribute(m, "__pydantic_private__", None)
    return m


class _Decision:
    """Aggregates sentence facts into one ClassificationResult."""

    def __init__(
        self,
        clf: Classifier,
        article: Article,
        text: str,
        sentences: list[Sentence],
        title: list[Sentence],
    ) -> None:
        self.clf = clf
        self.article = article
        self.text = text
        self.sentences = sentences
        self.title = title
        self.reasons: list[str] = []
        self.current_report = False
        self.evidence: list[Evidence] = []
        self._evidence_keys: set[tuple[int, int]] = set()
        self._lead_force_list: list[tuple[int, str, list[str]]] | None = None
        self._named: set[str] | None = None  # see _named_states, worked out on first use
        self._only_makers: set[str] | None = None  # see _makers_only
        self._later_hosts: set[str] = set()  # see _add_hosts: hosts of a phase still planned
        # see _named_places: by (title, index), since locations and the region both ask
        self._places: dict[tuple[bool, int], list[tuple[str, float, float, int, int]]] = {}
        self._lowered: str | None = None  # see _low: the text in lower case, made once
        # see _listed_in_drill: states a list places in the drill (a part in this activity)
        self._listed_in: set[str] = set()

    def _low(self) -> str:
        """`self.text.lower()`, made on first use and kept (several checks look for words in
        the whole text)."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    @property
    def _title_on_topic(self) -> bool:
        """No title, or one that names an activity, a cooperation, an intercept or two
        states: then the first paragraphs are the article's lead."""
        if not self.article.title:
            return True
        if not self.title:
            return False  # a title that names nothing at all
        t = self.title[0]
        if t.cats & _TOPIC_TITLE_CATS or (
            len(t.codes) >= 2 and not t.cats.isdisjoint(_SCREEN_CATEGORIES)
        ):
            return True
        return ACT in t.cats and any(
            ACT in m.cats and _strength(m, ACT) >= 1.0
            for m in self.clf.mentions(self.article.title or "", t)
        )

    def _lead_elsewhere(self, later: list[Sentence]) -> bool:
        """No activity word in the title or the body's first paragraph, and every joint
        sentence the report rests on lies after that paragraph and is dated to another time
        (_OTHER_TIME, and no _NEWS_TIME): "Japan, Philippines sign supply pact ... The two governments also said
        they would expand exercises ... this year"."""
        text = self.text
        first = text.find("\n\n")
        first = len(text) if first < 0 else first
        if any(s.title or s.start <= first for s in later):
            return False
        if _LEAD_ACTIVITY.search(self.article.title or ""):
            return False
        if _LEAD_ACTIVITY.search(text, 0, first):
            return False
        return all(
            _OTHER_TIME.search(text, s.start, s.end) is not None
            and _NEWS_TIME.search(text, s.start, s.end) is None
            for s in later
        )

    def _pronoun_subject(self, s: Sentence) -> None:
        """ "Three German Eurofighters landed at Hyakuri ... On Thursday they flew training
        sorties with ASDF fighters": a subject that refers back takes the one force of the
        previous sentence that is not already the sentence's partner."""
        if not _PRONOUN_SUBJECT.match(self.text, s.start):
            return
        previous = next((p for p in self.sentences if p.index == s.index - 1), None)
        if previous is None:
            return
        self.clf.attach(self.text, previous)
        forces: dict[str, Mention] = {}
        for m in previous.mentions:
            if m.military and not m.default_state and m.role not in _NOT_ACTORS:
                for code in m.states:
                    if code not in s.participants:
                        forces.setdefault(code, m)
        if len(forces) == 1:
            s.participants = {**s.participants, **forces}
            self.reason(f"'{self.snippet(s.start, s.end, 30)}' refers to the previous sentence")

    def reason(self, line: str) -> None:
        if len(self.reasons) < MAX_REASONS and line not in self.reasons:
            self.reasons.append(line)

    def quote(self, start: int, end: int, supports: str) -> None:
        if len(self.evidence) >= MAX_EVIDENCE_SPANS or (start, end) in self._evidence_keys:
            return
        if end - start > MAX_EVIDENCE_CHARS:
            end = start + MAX_EVIDENCE_CHARS
            cut = self.text.rfind(" ", start, end)
            if cut > start + MAX_EVIDENCE_CHARS // 2:
                end = cut
        self._evidence_keys.add((start, end))
        self.evidence.append(
            _construct(
                Evidence,
                {"text": self.text[start:end], "start": start, "end": end, "supports": supports},
            )
        )

    def snippet(self, start: int, end: int, limit: int = 90) -> str:
        return _short(self.text[start:end], limit)

    def source(self, s: Sentence) -> str:
        """The text a sentence's offsets point into: the title's, or the body's."""
        return (self.article.title or "") if s.title else self.text

    def result(self) -> ClassificationResult:
        everything = self.title + self.sentences
        for s in self.sentences:
            if s.why:
                self.reason(f"not counted: {s.why} in '{self.snippet(s.start, s.end, 60)}'")
        joint_sentences = [s for s in everything if s.joint]
        if any(self._past_perfect(s) for s in joint_sentences) and any(
            (s.title or s.lead) and PLANNED in s.cats and len(s.codes) >= 2 for s in everything
        ):
            # "China, Russia sign roadmap ... Shoigu said the bombers had completed their third
            # joint patrol last week": under an agreement in the lead, an activity told in the
            # past perfect came before it.
            for s in joint_sentences:
                if self._past_perfect(s):
                    s.background = True
        this_year = [s for s in joint_sentences if self._past_this_year(s)]
        if this_year and any(self._states_agree(s) for s in everything):
            # "U.S., Bahrain sign security pact ... Bahraini warships took part this year in the
            # International Maritime Exercise": under an agreement in the lead, an activity
            # told in the past and dated only "this year" came before the signing.
            for s in this_year:
                s.background = True
        for s in joint_sentences:
            if not s.title and (
                self._own_forces_subject(s)
                or self._states_in_relative_had(s)
                or self._generic_perfect(s)
                or self._also_in_bare_drills(s)
                or self._habitual(s)
                or self._perfect_in_two_months(s)
                or self._series_over_span(s)
                or self._perfect_before_ongoing(s)
                or self._opens_dated_earlier(s)
                or self._history_under_withdrawal(s)
            ):
                s.background = True
        for s in joint_sentences:
            cue = s.tense_cue
            if (
                cue is not None
                and not s.title
                and (
                    _guarded_search(
                        _HAVE_BEFORE,
                        _HAVE_WORDS,
                        self.text,
                        max(s.start, cue.start - 20),
                        cue.start,
                        True,
                    )
                    # a cue that holds its own auxiliary ("have been training ... since 2019")
                    or self.text.startswith(("has ", "have "), cue.start)
                )
                and not _RELATIVE_HAVE.search(self.text, max(s.start, cue.start - 30), cue.start)
                and _guarded_search(_SINCE_YEAR, ("since",), self.text, cue.end, s.end, False)
            ):
                s.background = True  # "have held joint exercises every year since 2012"
            elif (
                cue is None
                and not s.title
                and _guarded_search(_SINCE_YEAR, ("since",), self.text, s.start, s.end, False)
                and (
                    _PERFECT_SINCE.search(self.text, s.start, s.end)
                    or (not s.lead and _LONG_PERFECT_SINCE.search(self.text, s.start, s.end))
                )
            ):
                s.background = True  # "The navies have met almost every year since 2012"
        for s in joint_sentences:
            if not s.title and not s.background and self._refers_to_dated(s):
                s.background = True  # "... the forces that carried out the strikes"
            elif not s.title and not s.background and self._drill_dated_in_lead(s):
                s.background = True  # "... was flown to Laoag airfield for the drills"
        if any((s.title or s.lead) and not s.background for s in joint_sentences) or any(
            s.lead and s.why.startswith("non-military") for s in self.sentences
        ):
            # a lead that tells this activity, or that tells a joint activity of coast guards
            # or police ("The two coast guards carried out a joint patrol on Monday ... The
            # navies have also carried out joint patrols in the gulf"): an activity held
            # after the lead in the present perfect is an earlier one
            for s in joint_sentences:
                if self._earlier_perfect(s):
                    s.background = True
        body_joint = [s for s in joint_sentences if not s.title]
        if body_joint and all(
            s.background and (s.tense != "ongoing" or self._then_under_way(s)) for s in body_joint
        ):
            # "White paper flags Chinese, Russian joint bomber flights" over "The paper notes
            # that the bombers have repeatedly flown together in recent years": a title with
            # no tense of its own names what the body tells only as background (a body that
            # says the activity is under way still reports it).
            for s in joint_sentences:
                if s.title and s.tense_cue is None:
                    s.background = True
        self._mark_concurrent_activities()
        self._earlier_event_told(joint_sentences)
        for s in joint_sentences:
            if len(s.participants) == 1 and not s.title:
                self._pronoun_subject(s)
        rivals = frozenset().union(*(s.rivals for s in self.sentences if s.lead))
        if rivals:
            # "Indian, Chinese troops resume patrolling" over a lead that tells of their
            # stand-off: the pair's forces named together, with no word of cooperation, are
            # the two sides of the stand-off.
            for s in joint_sentences:
                if not s.coop and len(s.participants) >= 2 and set(s.participants) <= rivals:
                    s.joint = False
                    where = "title" if s.title else f"'{self.snippet(s.start, s.end, 60)}'"
                    self.reason(f"not counted: the two sides of a stand-off in {where}")
            joint_sentences = [s for s in joint_sentences if s.joint]
        separate = frozenset().union(*(s.separate for s in self.sentences if s.lead))
        if separate:
            # "Iran's friends stayed on the sidelines as Israel and US struck" over a lead in
            # which U.S. bombers "followed nine days later": the title's pair, named with no
            # word of cooperation, acted one after the other as the lead tells.
            for s in joint_sentences:
                if (
                    s.title
                    and not s.coop
                    and len(s.participants) >= 2
                    and set(s.participants) <= separate
                ):
                    s.joint = False
                    self.reason("not counted: the title's states act each on their own")
            joint_sentences = [s for s in joint_sentences if s.joint]
        nonmil_leads = [
            s.why for s in self.sentences if s.lead and s.why.startswith("non-military sense")
        ]
        # a lead of a police or coast guard activity: a later sentence that names no force
        # tells of the same patrol (a lead of research or space does not: "the ministry's
        # research institute" hosted a command-staff drill of two general staffs)
        police_lead = any("police" in why or "coast_guard" in why for why in nonmil_leads)
        titled = [
            s
            for s in joint_sentences
            if s.title or (police_lead and not (s.background or s.military))
        ]
        if (
            titled
            and all(s.title or s.background or s in titled for s in joint_sentences)
            and not any(s.military for s in titled)
            and nonmil_leads
        ):
            # "Four countries launch latest joint patrol on the Mekong River" over a lead of
            # "Law enforcement forces from China, Laos, Myanmar and Thailand ...": a headline
            # that names no force sums up the lead, whose patrol is a police one; so does a
            # later sentence that names no force ("two Chinese and two Vietnamese vessels
            # sailed along the line ..." after a lead of the two coast guards' patrol).
            for s in titled:
                s.joint = False
            joint_sentences = [s for s in joint_sentences if s.joint]
            self.reason("not counted: the title sums up a lead of a non-military activity")
        current = [s for s in joint_sentences if not s.background]
        # "Sailing with the carrier are the US destroyer ... and the Dutch frigate ...": a
        # later sentence that joins partners to the lead's force reports the lead's activity.
        joined: set[int] = set()
        for s in current:
            referent = self._joined_force(s)
            if referent is not None:
                joined.add(s.index)
                for code in referent[1]:
                    s.participants = {**s.participants, code: referent[0]}
                self.reason(
                    f"'{self.snippet(s.start, s.end, 40)}' joins partners to the lead's "
                    f"{', '.join(referent[1])} force"
                )
        if not any(len(s.participants) >= 2 for s in current):
            # no joint sentence, or only a named drill deep in the body with no one named, or
            # a lead that names one side only ("The drill tests how the multinational force
            # works with Latvian units" after "among them Canadian, Spanish and Polish troops")
            listed = self._listed_partners()
            if listed is not None:
                # "Sweden's largest exercise in 25 years began on Monday ... Countries sending
                # troops include the United States, Britain, Finland and Poland"
                drill, partners = listed
                drill.participants = {**drill.participants, **partners}
                drill.joint = True
                current = [drill, *[s for s in current if s is not drill]]
                self.reason(
                    f"'{self.snippet(drill.start, drill.end, 40)}' is joint: a later sentence "
                    f"lists {', '.join(sorted(partners))} taking part"
                )
        for s in [s for s in joint_sentences if s.background][:2]:
            where = "title" if s.title else f"'{self.snippet(s.start, s.end, 60)}'"
            self.reason(f"background mention of an earlier activity: {where}")
        opposition: set[str] = set()
        observers: set[str] = set()
        # "NORAD has intercepted Russian aircraft near Alaska several times this year": after
        # the lead, an intercept told in the present perfect is the force's history; it does
        # not take out a state whose forces the lead names in the drill
        # ... and so does a background sentence ("Israeli forces last fought a ground war in
        # Lebanon in 2006"): a state's past fighting is not opposition to this drill
        # ... and so does a sentence after the lead that names no force, weapon or activity
        # ("Washington is deepening ties with Hanoi as both watch China's assertiveness"): its
        # watching is a government's concern about a third state, not forces tracking a drill
        told_before: set[str] = set()
        for s in everything:
            if (
                s.opposed
                and s.index > 0
                and not s.title
                and (
                    s.background
                    or _told_as_history(self.text, s)
                    or (not s.activities and s.cats.isdisjoint(_ACTOR_HEAD_CATS))
                )
            ):
                told_before |= s.opposed
            else:
                opposition |= s.opposed
            if OBSERVER in s.cats or PART in s.cats:
                for m in s.mentions:
                    if m.role == "observer":
                        observers.update(m.states)
        if told_before - opposition:
            in_lead = {
                code
                for s in joint_sentences
                if (s.title or s.lead) and not s.background
                for code in s.participants
            }
            opposition |= told_before - in_lead
        # The activity must be the article's subject: in the title or the lead, or named
        # in more than one sentence. A title about something else leaves only the first
        # sentence as the lead ("Pentagon says China's arsenal grows ... It also noted
        # joint bomber patrols").
        on_topic = bool(current) and self._title_on_topic
        lead = [
            s
            for s in current
            if s.title
            or (s.lead and (on_topic or s.index == 0))
            or (s.index in joined and not s.title)
        ]
        subject = lead or (current if len(current) >= 2 else [])
        if not subject:
            # "Far to the south, the navies of India, the United States and Japan began the
            # sea phase of Malabar": a drill reported as happening is news wherever it is.
            subject = [s for s in current if self._reports_activity(s)]
        if subject and not lead and self._lead_elsewhere(subject):
            subject = []
            self.reason(
                "the title and the first paragraph report no activity, and the joint sentences "
                "after them are dated to another time"
            )
        if current and not subject:
            self.reason("joint activity mentioned only in passing, not the article's subject")

        tense = self._tense(subject, current)
        agreed = False
        if tense is None and not subject and self._agreement_in_lead():
            # a pact, a deal or a plan between states: no activity yet. Joint activity told
            # only in passing ("The two armies held joint drills last summer") stays background.
            tense, agreed = "planned", True
        if tense == "planned" and not agreed:
            # "Philippines seeks more joint patrols" over "Over the weekend, the Philippine and
            # Australian navies completed their first joint sail": the done activity is news.
            # A done edition of the exercise the lead plans is an earlier one ("This year's
            # Balikatan, held in April").
            planned_names = {self._exercise_name(m) for s in subject for m in s.mentions} - {""}
            later = [
                s
                for s in current
                if not s.title
                and s.tense in ("past", "ongoing")
                and s not in subject
                and not planned_names & {self._exercise_name(m) for m in s.mentions}
                and not self._earlier_edition_named(s)
            ]
            if later:
                self.reason("a joint activity reported as done after a planned one in the lead")
                subject = later
                tense = self._tense(subject, current)
        # In a report of drills under way, "troops will train with the US Marine Corps"
        # describes the same drills.
        self.current_report = tense in ("past", "ongoing")
        done = [s for s in current if s.tense != "planned" or s.weak_future]
        chosen = done if self.current_report else subject
        participants = self._participants(chosen, opposition, observers)
        activity = self._activity(chosen)
        hosts: set[str] = set()
        if activity == "exercise":
            before_hosts = set(participants)
            self._add_hosts(chosen, participants, opposition | observers)
            hosts = participants.keys() - before_hosts
        known = self._exercise_states(chosen)
        exercise_states = [c for c in known if c not in participants]
        if (
            len(known) >= 2
            and len(exercise_states) == len(known)
            and len(participants) >= 2
            and not self._named_outside_exercise(everything, known)
        ):
            # "Italy's air force is hosting F-35s from the United States, Britain and Israel for
            # Falcon Strike": none of the states the name stands for is named anywhere while
            # others take part, so the name is another drill's (two drills share it)
            self.reason(
                f"{', '.join(sorted(known))} not implied by the exercise name: another drill "
                "of the same name"
            )
            exercise_states = []
        if exercise_states and self._later_hosts:
            # "African Lion opens in Tunisia ..., with events in Morocco due to start in May":
            # the drill's usual host is named as the host of a later phase only
            phase_hosts = sorted(self._later_hosts.intersection(exercise_states))
            if phase_hosts:
                self.reason(
                    f"{', '.join(phase_hosts)} not implied by the exercise name: a later phase"
                )
                exercise_states = [c for c in exercise_states if c not in phase_hosts]
        if exercise_states and observers:
            # "Officials said Poland had sent observers this year": a state the report names
            # only as watching this edition is not one the drill's name brings in
            # "A delegation of Polish officers was on hand to monitor the drills, and Warsaw
            # may send troops next year": a second name, in the sentence that makes the state
            # an observer, with no role of its own, is still the observer; and a headline
            # "Polish officers monitor" names the watching side too
            named_else = {
                c
                for t in everything
                for m in t.mentions
                if m.role not in ("observer", "opposition")
                for c in m.states
                if c in observers
                and not (
                    not m.role and any(x.role == "observer" and c in x.states for x in t.mentions)
                )
            }
            watch = sorted(c for c in exercise_states if c in observers and c not in named_else)
            if watch:
                self.reason(
                    f"{', '.join(watch)} not implied by the exercise name: named as observers"
                )
                exercise_states = [c for c in exercise_states if c not in observers]
        if exercise_states:
            # "Serbia, the third member of the annual drill, did not take part this year"
            out = self._sat_out(exercise_states)
            if out:
                self.reason(f"{', '.join(out)} not implied by the exercise name: sat this one out")
                exercise_states = [c for c in exercise_states if c not in out]
        if exercise_states and self._national_leg(chosen):
            # "... staged a combined assault in the Lithuanian part of Saber Strike": a report
            # of one host's leg of a drill spread over several states; the name's other hosts
            # count only where the report names their forces ("Polish troops crossed the border")
            away = [c for c in exercise_states if not self._forces_named(everything, c)]
            if away:
                self.reason(
                    f"{', '.join(sorted(away))} not implied by the exercise name: the report "
                    "covers one state's part of it"
                )
                exercise_states = [c for c in exercise_states if c not in away]
        if exercise_states and self._counted_pair(len(participants)):
            self.reason(
                f"{', '.join(sorted(exercise_states))} not implied by the exercise name: the "
                f"report counts {len(participants)} taking part"
            )
            exercise_states = []
        if exercise_states and self._closed_pair(chosen):
            self.reason(
                f"{', '.join(sorted(exercise_states))} not implied by the exercise name: the "
                "report names who trains together"
            )
            exercise_states = []
        if exercise_states:
            for code in exercise_states:
                participants.setdefault(code, None)
            self.reason(
                f"participants {', '.join(sorted(exercise_states))} implied by the exercise name"
            )
        stays_out = self._stays_out() & set(participants) if chosen else set()
        if stays_out:
            # the lead's own participants keep their place ("... is not taking part in the
            # land phase" after a lead that names it at sea)
            # (not the lead sentence that itself says so: "Bulgaria and Greece served as
            # transit routes and their forces are not in the exercise")
            stays_out -= {
                c
                for t in everything
                if (t.title or t.lead)
                and (t.title or _NOT_TAKING_PART.search(self.text, t.start, t.end) is None)
                for c in t.participants
                # "... as U.S. stays out": not a state the sentence itself leaves out
                if c not in self._abstaining(t)
            }
        if stays_out and len(participants) - len(stays_out) >= 2:
            for code in sorted(stays_out):
                del participants[code]
            self.reason(f"{', '.join(sorted(stays_out))} excluded: said not to take part")
        unarmed = sorted(set(participants) & self.clf.unarmed)
        for code in unarmed:
            del participants[code]
        if unarmed and chosen:
            self.reason(f"{', '.join(unarmed)} excluded: no armed forces")
        unplaced = self._outside_the_headline(chosen, participants, hosts.union(exercise_states))
        for code in unplaced:
            del participants[code]
        if unplaced:
            self.reason(
                f"{', '.join(unplaced)} excluded: the title names who takes part and the body "
                "gives them no part in this activity"
            )
        outsiders = self._rivals_of_the_title(chosen, participants)
        for code in outsiders:
            del participants[code]
        if outsiders:
            self.reason(
                f"{', '.join(outsiders)} excluded: rivals of the states the title names taking part"
            )
        excluded = sorted(opposition - set(participants))
        if excluded and chosen:
            self.reason(f"{', '.join(excluded)} excluded: intercepting or monitoring")
        watching = sorted(observers - set(participants) - opposition)
        if watching and chosen:
            self.reason(f"{', '.join(watching)} excluded: observers")

        states = sorted(participants)
        nonmil = any(s.why for s in everything) and not current
        single = any(s.single_state for s in everything) and len(states) < 2

        gates = []
        if not current:
            gates.append("no sentence reports forces of two states acting together")
        elif not subject:
            gates.append("not the article's subject")
        many = len(states) < 2 and self._many_states(chosen)
        if many:
            self.reason(f"'{many}': a multinational activity, whoever is named")
        if current and len(states) < 2 and not many:
            gates.append(f"only {len(states)} participating state(s)")
        if tense == "planned":
            gates.append("planned, not yet held")
        if current and self._denied_together():
            gates.append("the report says the forces did not act together")
        if single:
            self.reason("one state's own (inter-service) drill: not joint")

        counted = bool(many) and any(_counted_taking_part(self.source(s), s) for s in chosen)
        evidence = self._evidence(chosen, states, nonmil, single, tense, bool(subject), counted)
        # The rules' call: no gate and more evidence for than against. The score is the
        # calibrated probability of its branch (see core/calibration.py); the threshold
        # applies to it.
        candidate = not gates and evidence >= 0.0
        score = self.clf.calibration.probability(evidence, candidate)
        joint = candidate and score >= self.clf.threshold
        if gates:
            self.reason("not joint: " + "; ".join(gates))
        elif not candidate:
            self.reason(f"not joint: the evidence ({evidence:+.2f}) is against")
        elif not joint:
            self.reason(f"not joint: score {score:.2f} below threshold {self.clf.threshold}")
        else:
            self.reason(f"joint military activity (score {score:.2f})")
        self.reason(
            f"evidence {evidence:+.2f} ({'a candidate' if candidate else 'rejected'}) -> score"
            f" {score:.2f} by calibration {self.clf.calibration.version}"
        )

        for s in [s for s in chosen if not s.title][:3]:
            self.quote(s.start, s.end, "activity")
        if not joint:
            assessment = self.clf.policy.assess(joint=False, tense=tense)
            for line in assessment.reasons:
                self.reason(line)
            # one state's own (inter-service) drill reports no joint activity, so no tense
            # of one, as one state's exercise or operation has none
            return self._build(
                False,
                score,
                [],
                None,
                [],
                [],
                [],
                None,
                assessment.severity,
                None if single else tense,
                False,
            )

        body_chosen = [s for s in chosen if not s.title]
        related = self._related(body_chosen, set(states))
        assets = self._assets(related, set(states))
        domains = self._domains(chosen, assets)
        locations, place_spans = self._locations(related, states)
        region, region_reason = self._region(locations, related)
        if region_reason:
            self.reason(region_reason)
        for code in states:
            named_at = participants.get(code)
            if named_at is not None and not self._in_title(named_at, chosen):
                self.quote(named_at.start, named_at.end, "state")
        for start, end in place_spans:
            self.quote(start, end, "location")
        first = any(s.first_kind for s in chosen)
        assessment = self.clf.policy.assess(
            joint=True,
            activity=activity,
            states=states,
            nuclear_capable=any(a.nuclear_capable for a in assets),
            distance_km=region.distance_km if region else None,
            area_name=region.name if region else None,
            first_of_its_kind=first,
            tense=tense,
        )
        for line in assessment.reasons:
            self.reason(line)
        return self._build(
            True,
            score,
            states,
            activity,
            domains,
            assets,
            locations,
            region,
            assessment.severity,
            tense,
            first,
        )

    def _earlier_event_told(self, joint_sentences: Sequence[Sentence]) -> None:
        """ "US B-52s flew with Japanese jets on Wednesday, a day after Chinese and Russian
        bombers made a joint flight ... On Tuesday two Chinese H-6s and two Russian Tu-95s
        flew ...": when the lead names an activity after a time cue, a later sentence whose
        states are all among that clause's states and none of the lead's tells the earlier
        event again."""
        earlier: set[str] = set()
        kept: set[str] = set()
        for s in joint_sentences:
            if (s.title or s.lead) and s.prior_states and not s.background:
                earlier |= s.prior_states
                kept |= set(s.participants)
        if not earlier:
            return
        for s in self.sentences:
            if s.prior_states or not (s.joint or s.analysed):
                continue
            # the states that do something in it: its participants, or those a participation
            # word names ("two Chinese H-6 bombers joined two Russian Tu-95s")
            doers = set(s.participants)
            for m in s.mentions:
                if m.role == "participant":
                    doers.update(m.states)
            if doers and doers <= earlier and kept.isdisjoint(doers):
                s.background = True

    def _build(
        self,
        joint: bool,
        score: float,
        states: list[str],
        activity: Activity | None,
        domains: list[Domain],
        assets: list[Asset],
        locations: list[Location],
        region: RegionOfInterest | None,
        severity: Severity,
        tense: Tense | None,
        first: bool,
    ) -> ClassificationResult:
        # Built as validation would build it, every part already of its type: `float` and
        # `bool` make sure of the three that validation would convert (a score of 0 is an
        # int); the lists, new in validation, are built for this result and never changed.
        return _construct(
            ClassificationResult,
            {
                "article_id": self.article.id,
                "joint_military_activity": bool(joint),
                "score": float(round(score, 4)),
                "states": states,
                "activity": activity,
                "domains": domains,
                "assets": assets,
                "locations": locations,
                "region_of_interest": region,
                "severity": severity,
                "evidence": self.evidence,
                "tense": tense,
                "first_of_its_kind": bool(first),
                "reasons": self.reasons,
                "classifier_version": self.clf.version,
            },
        )

    # -- pieces ------------------------------------------------------------------------

    def _in_title(self, m: Mention, chosen: Sequence[Sentence]) -> bool:
        return any(s.title and m in s.mentions for s in chosen)

    def _tense(self, subject: Sequence[Sentence], current: Sequence[Sentence] = ()) -> Tense | None:
        """Body before title (a headline says "launch" for drills that begin next week);
        in each, a done activity beats a planned one. A joint activity named in the lead
        only as planned makes the article "planned". When the subject has no tense of its
        own (a headline in the present over a long analysis), the first other current
        sentence with one decides. An activity held or begun that "will last until" a later
        day is under way."""
        tense = self._subject_tense(subject, current)
        if tense == "past" and self._lasts_until():
            self.reason("tense ongoing: said to last until a later day")
            return "ongoing"
        if tense == "past" and subject:
            still = _guarded_search(_STILL_THERE, ("still",), self.text, 0, len(self.text), True)
            if still is not None:
                # "sailed into the Barents Sea on Monday ... The ships were still in the area
                # on Wednesday": the forces are there yet
                self.reason(f"tense ongoing: '{_short(still.group(0), 40)}'")
                return "ongoing"
        return tense

    def _lasts_until(self) -> bool:
        """A body sentence about the activity, or the next one with "it" for its subject, says
        it goes on until a later day, and none tells it as ended."""
        text = self.text
        lasts = False
        for s in self.sentences:
            if s.background or s.cats.isdisjoint(_ACTIVITY_CATEGORIES):
                continue
            cue = s.tense_cue
            if cue is not None and text[cue.start : cue.end].lower() in _ENDING_CUES:
                return False
            found = _guarded_search(_LASTS_UNTIL, _LASTS_WORDS, text, s.start, s.end, True)
            if (
                found is not None
                and s.tense == "past"
                and cue is not None
                and cue.end <= found.start()
                and _RELATIVE_LASTS.search(text, cue.end, found.start())
            ):
                # "The exercise was held alongside the RIMPAC drills, which run until early
                # August": the other drills go on, not the one held
                continue
            if found is not None or _IT_LASTS_UNTIL.match(text, s.end):
                lasts = True
            elif (
                ONGOING in s.cats
                and s.tense != "planned"
                and text.find(" until ", s.start, s.end) != -1
                and _PROGRESSIVE_UNTIL.search(text, s.start, s.end)
            ):
                # "sailed from Simon's Town on Monday ... At sea the ships are carrying out
                # anti-submarine drills until Friday": told in the progressive until a later
                # day, the activity is under way
                lasts = True
        return lasts

    def _subject_tense(
        self, subject: Sequence[Sentence], current: Sequence[Sentence]
    ) -> Tense | None:
        named = [
            s
            for s in self.title + self.sentences
            if s.mentions_joint and not s.background and (s.title or s.lead) and s.tense
        ]
        pool = [*subject, *[s for s in named if s not in subject]]
        weak: Sentence | None = None
        for in_title in (False, True):
            if in_title and weak is None and self._range_passed(subject):
                # "INS Tabar joins French Navy for Varuna" over "took part in Varuna from
                # September 2 to 4" in a report of September 5: the days have passed
                self.reason("tense past: the dates it was held have passed")
                return "past"
            group = [s for s in pool if s.title == in_title and s.tense]
            # a live blog's update heading ("U.S. and Guyanese forces carry out flight
            # operations") is a headline: the full sentences under it tell the tense first
            group.sort(key=self._heading_line)
            done = [s for s in group if s.tense != "planned"]
            if done and done[0] in subject:
                first = done[0]
                cue = first.tense_cue
                if (
                    cue is not None
                    and first.tense == "past"
                    and self.source(first)[cue.start : cue.end].lower() in _TOOK_PART
                ):
                    # "Troops from A, B and C took part in the exercise" after a sentence
                    # that says it "is under way": taking part is told in the past of a drill
                    # still going on; the earlier sentence's tense is the news
                    first = next(
                        (
                            s
                            for s in done
                            if s.tense == "ongoing" and not s.title and s.index < first.index
                        ),
                        first,
                    )
                if self._opened_in_clause(first):
                    # "took part in the drill, which opened on Sunday" after a lead that
                    # says the drill "concluded on Friday": the end is the later news
                    first = next((s for s in done if self._told_as_ended(s)), first)
                self._tense_reason(first)
                return "ongoing" if first.tense == "ongoing" else "past"
            if group and not done:
                if all(s.weak_future for s in group) and not in_title:
                    # "Steadfast Defender 24 will involve 90,000 troops" under a headline
                    # that says it is under way: a bare "will" does not outweigh the title.
                    weak = group[0]
                    continue
                if in_title and weak is not None:
                    opening = self._opening_told_as_begun()
                    if opening is not None:
                        return opening
                self._tense_reason(group[0])
                return "planned"
        if weak is not None:
            self._tense_reason(weak)
            return "planned"
        if subject:
            for s in current:
                if s not in subject and not s.title and s.tense and s.tense != "planned":
                    self._tense_reason(s)
                    return "ongoing" if s.tense == "ongoing" else "past"
            for s in current:
                if s not in subject and not s.title and s.tense == "planned":
                    # "...; Vajra Prahar next" over "is to be held ... from November 2": a
                    # headline without a verb takes the plan the body tells
                    self._tense_reason(s)
                    return "planned"
            self.reason("tense past: no tense cue, reported as news")
            return "past"
        return None

    def _opening_told_as_begun(self) -> Tense | None:
        """ "NATO launches 'Baltic Sentry'" over "NATO ships, patrol aircraft and naval drones
        began a new mission in the Baltic Sea on Tuesday" and a body that only says who
        "would take part": the article's first sentence, naming no state of its own, tells
        the activity as begun or done, and that outweighs a headline's bare present."""
        first = next((s for s in self.sentences if s.index == 0), None)
        if first is None or not first.analysed or first.background or first.codes:
            return None
        if not first.activities:
            return None
        self.clf._tense(self.text, first, first.activities)
        if first.tense not in ("ongoing", "past"):
            return None
        self._tense_reason(first)
        return "ongoing" if first.tense == "ongoing" else "past"

    def _range_passed(self, subject: Sequence[Sentence]) -> bool:
        """A body sentence about the activity gives the days it took ("from September 2 to
        4"), and the last of them is before the day of the report, in the same season."""
        published = self.article.published_at
        if published is None:
            return False
        for s in subject:
            if s.title:
                continue
            for found in _DATE_RANGE.finditer(self.text, s.start, s.end):
                month = _MONTH_NUMBERS[found.group(3) or found.group(1)]
                if 0 <= published.month - month < _EARLIER_MONTHS and (
                    month,
                    int(found.group(4)),
                ) < (
                    published.month,
                    published.day,
                ):
                    return True
        return False

    def _opened_in_clause(self, s: Sentence) -> bool:
        """The sentence is under way only by a relative clause that says when the activity
        began ("the drill, which opened on Sunday")."""
        cue = s.tense_cue
        if s.tense != "ongoing" or cue is None:
            return False
        source = self.source(s)
        return source[cue.start : cue.end].lower() in _OPENERS and bool(
            _RELATIVE_BEFORE.search(source, max(s.start, cue.start - 12), cue.start)
        )

    def _told_as_ended(self, s: Sentence) -> bool:
        """The sentence tells the activity as ended ("concluded on Friday")."""
        cue = s.tense_cue
        if s.tense != "past" or cue is None:
            return False
        source = self.source(s)
        return source[cue.start : cue.end].lower() in _ENDING_CUES

    def _heading_line(self, s: Sentence) -> bool:
        """A body line of its own that ends in no full stop: a heading, not a sentence."""
        if s.title:
            return False
        text = self.text
        line = text[s.start : s.end].rstrip()
        return (
            bool(line)
            and line[-1] not in _SENTENCE_END_CHARS
            and (s.start == 0 or text[s.start - 1] == "\n")
            and (s.end >= len(text) or text[s.end : s.end + 1] == "\n")
        )

    def _tense_reason(self, s: Sentence) -> None:
        cue = s.tense_cue
        if cue is not None:
            source = self.source(s)
            self.reason(f"tense {s.tense}: '{_short(source[cue.start : cue.end], 40)}'")

    def _reports_activity(self, s: Sentence) -> bool:
        """A joint sentence that reports the activity itself as begun or done: named
        cooperation, two or more named participants, a tense of its own, no intercept, and
        in the main clause ("The announcement came as the two navies were holding a joint
        sail" is about the announcement)."""
        if (
            s.title
            or s.tense not in ("ongoing", "past")
            or s.weak_future
            # "soldiers from India, Bangladesh, Bhutan, Myanmar and Sri Lanka spent a week
            # practising": three or more states taking part need no cooperation word
            or not (s.coop or len(s.participants) >= 3)
            or s.intercept
            or (len(s.participants) < 2 and not (PAIR in s.cats and self._lead_pair()))
        ):
            return False
        cue = s.tense_cue
        if cue is not None and PRESENT in cue.cats and cue.cats.isdisjoint(_DONE_OR_UNDER_WAY):
            # "in the largest combined exercises ... South Korean soldiers join them": a bare
            # present in the body tells what usually happens, not this activity
            return False
        if (
            self._perfect_of_holding(s)
            and _SERIES_OF_DRILLS.search(self.text, s.start, s.end)
            and not _NOW_WORDS.search(self.text, s.start, s.end)
        ):
            # "waters where Iran, Russia and China have held their annual drills, most recently
            # in March": a series told in the present perfect is a history, not this activity
            return False
        # the sentence's own first participant, or with partners listed in a later sentence
        # its first activity ("In Polaris 21, which began ...")
        first = min(
            (m.start for m in s.participants.values() if s.start <= m.start < s.end),
            default=min((m.start for m, _ in s.activities), default=s.end),
        )
        return not any(
            m.group().lower() not in _TIME_PREPOSITIONS
            or not _TIME_AFTER_PREPOSITION.match(self.text, m.end())
            for m in _SUBORDINATE.finditer(self.text, s.start, first)
        )

    def _lead_pair(self) -> set[str]:
        """ "Sisi is chief guest as India and Egypt upgrade ties ... Special forces of the two
        armies are holding their first joint exercise": when the title and the lead name
        exactly two states, they are the pair that a later "the two armies" refers to (the
        empty set otherwise)."""
        codes: set[str] = set()
        for s in (*self.title, *self.sentences):
            if s.title or s.lead:
                codes.update(s.codes)
        return codes if len(codes) == 2 else set()

    def _listed_partners(self) -> tuple[Sentence, dict[str, Mention]] | None:
        """A lead sentence that tells an activity as held or under way, with no joint sentence
        anywhere, and a later sentence that names two or more states as taking part ("Countries
        sending troops include the United States, Britain, Finland and Poland"): the lead's
        activity is joint. Returns the lead sentence and the states taking part, with the
        states the lead itself names as actors ("Sweden's largest exercise")."""
        told = [
            s
            for s in self.sentences
            if s.analysed
            and s.activities
            and not s.background
            and not s.why
            and s.tense in ("past", "ongoing")
        ]
        first = next((s for s in told if s.lead), None)
        if first is not None:
            partners = self._partners_after(first, adjacent=False)
            if partners is not None:
                return first, partners
            return None
        # "In Polaris 21, which began on Nov. 18, two fleets are fighting each other ... Ships
        # and aircraft from Britain, Greece, Italy, Spain and the United States are embedded in
        # both forces": deep in an analysis, a named drill told as under way and, right after
        # it, the states taking part
        for drill in told:
            if EXERCISE in drill.cats:
                partners = self._partners_after(drill, adjacent=True)
                if partners is not None:
                    return drill, partners
        return None

    def _partners_after(self, first: Sentence, *, adjacent: bool) -> dict[str, Mention] | None:
        """The states a sentence after `first` (the next one when `adjacent`) names as taking
        part, with the states `first` itself names as actors; None when none names two.
        Unless `adjacent`, a run of sentences right after `first` that each name one state
        taking part also counts ("About half of the participants are Swedish. Norway has
        sent a brigade. American Marines also joined the manoeuvres")."""
        run: dict[str, Mention] | None = None if adjacent else {}
        last = first.index
        lead: str | None = None
        for s in self.sentences:
            if s.index <= first.index:
                continue
            if not s.analysed or s.background or s.why:
                run = None
                continue
            if adjacent and s.index != first.index + 1:
                break
            if (
                s.tense == "planned"
                or (OFFICIAL in s.cats and not self._officials_only_as_source(s))
                or self._other_exercise(s)
            ):
                run = None
                continue  # not "President Macron's remarks about sending troops to Ukraine"
            if NONMIL in s.cats and not s.military:
                # "Police and rescue teams from four states are taking part": the partners of
                # a drill are police or civilian bodies, not armed forces
                run = None
                continue
            partners: dict[str, Mention] = {}
            for m in s.mentions:
                if (
                    m.role == "participant"
                    and not m.default_state
                    and not _SENT_TO_BEFORE.search(self.text, max(s.start, m.start - 9), m.start)
                ):
                    for code in m.states:
                        partners.setdefault(code, m)
            # (a sentence with no partners ends the run either way, so only one that names
            # some is asked whether it is dated: the check scans the sentence for months)
            if partners:
                if lead is None:
                    lead = self.text[first.start : first.end]
                if self._dated_before_lead(s, lead):
                    run = None
                    continue  # "The United States and Canada sent warships through it in June"
            if run is not None and partners and s.index == last + 1:
                run = {**partners, **run}
                last = s.index
                if len(run) >= 2 and len(partners) < 2:
                    partners = run
            else:
                run = None
            if len(partners) < 2:
                continue
            for m in first.mentions:
                if m.states and not m.default_state and m.role in _BARE_ROLES:
                    for code in m.states:
                        partners.setdefault(code, m)
            return partners
        return None

    def _officials_only_as_source(self, s: Sentence) -> bool:
        """ "Navies of A, B and C are taking part, according to a statement from the U.S.
        embassy": every official the sentence names comes after "according to", the source
        of the list, not a speaker whose remarks are the news."""
        at = self.text.find("according to", s.start, s.end)
        if at < 0:
            return False
        return all(m.start > at for m in s.mentions if OFFICIAL in m.cats)

    def _dated_before_lead(self, s: Sentence, lead: str) -> bool:
        """ "The United States and Canada sent warships through the Taiwan Strait in June",
        "Britain, France and Australia have also sent warships through the waters in recent
        months": after a lead that tells this report's activity, a sentence dated in a month
        before the report's (one `lead`, the text of the activity's own sentences, does not
        name), "in recent months" or by a word of earlier time tells an earlier event, and the
        states it names are not partners."""
        text = self.text
        if text.find(" recent ", s.start, s.end) >= 0 and _IN_RECENT.search(text, s.start, s.end):
            return True
        published = self.article.published_at
        if published is not None and text.find(" in ", s.start, s.end) >= 0:
            for found in _IN_MONTH.finditer(text, s.start, s.end):
                if published.month > _MONTH_NUMBERS[found.group(1)] and found.group(1) not in lead:
                    return True
        return _dated_earlier(text, s.start, s.end)

    def _joined_force(self, s: Sentence) -> tuple[Mention, list[str]] | None:
        """ "Sailing with the carrier are the US destroyer USS The Sullivans and the Dutch
        frigate HNLMS Evertsen": a joint sentence whose activity is "with" or "alongside" a
        definite military noun of no state ("the carrier", "the bombers") refers back to the
        force of that noun in the title or an earlier one of the first sentences ("Britain's
        new aircraft carrier"). Returns the noun that refers back and the states of its
        force."""
        if s.title or LINK not in s.cats:
            return None
        text = self.text
        for m, ref in itertools.pairwise(s.mentions):
            if (
                LINK not in m.cats
                or MIL not in ref.cats
                or ref.states
                or not _DEFINITE_AFTER_LINK.fullmatch(text, m.end, ref.start)
            ):
                continue
            noun = text[ref.start : ref.end].lower()
            for index, head, states in self._lead_forces():
                if (
                    index < s.index
                    and head.endswith(noun)
                    and not set(states) & set(s.participants)
                ):
                    return ref, states
        return None

    def _lead_forces(self) -> list[tuple[int, str, list[str]]]:
        """The forces the title and the first sentences name as a state and a military noun
        ("Britain's new aircraft carrier"): (sentence index, -1 for the title; the noun in
        lower case; the states). Made once: the first sentences bound the search."""
        if self._lead_force_list is not None:
            return self._lead_force_list
        out: list[tuple[int, str, list[str]]] = []
        for t in (*self.title, *self.sentences):
            if not (t.title or t.index < LEAD_SENTENCES) or MIL not in t.cats:
                continue
            source = self.source(t)
            self.clf.attach(source, t)
            for owner, head in itertools.pairwise(t.mentions):
                if (
                    owner.military
                    and owner.states
                    and not owner.default_state
                    and owner.role not in _NOT_ACTORS
                    and MIL in head.cats
                    and not head.states
                    and head.start - owner.end <= 30
                    and not _GAP_PUNCT.search(source, owner.end, head.start)
                ):
                    index = -1 if t.title else t.index
                    out.append((index, source[head.start : head.end].lower(), list(owner.states)))
        self._lead_force_list = out
        return out

    def _stays_out(self) -> set[str]:
        """States that a body sentence opening with them says are not taking part ("Sweden,
        which builds the Gripen, sent a support team but is not participating"); a relative
        pronoun as the negation's subject ("India, which is not taking part, ...") leaves the
        sentence's opening state alone."""
        out: set[str] = set()
        low = self._low()
        # the words of _NOT_TAKING_PART_WORDS the text holds (" not part of " is among them):
        # a sentence can hold no other
        words = [
            w
            for key, group in _NOT_TAKING_PART_GROUPS
            if key in low
            for w in group
            if w == key or w in low
        ]
        if words:
            out.update(self._back_not_taking_part())
        out.update(self._left_without())
        if "no " in low:
            out.update(self._none_of_its_forces(low))
        if not words:
            return out
        for s in self.sentences:
            if s.title or not any(low.find(w, s.start, s.end) >= 0 for w in words):
                continue
            found = _NOT_TAKING_PART.search(self.text, s.start, s.end)
            if found is None:
                continue
            if low[max(s.start, found.start() - 6) : found.start()].endswith(
                ("which ", "who ", "that ")
            ):
                continue
            opening: tuple[str, ...] = ()
            if s.mentions:
                for k, m in enumerate(s.mentions):
                    if m.states and m.role != "place":
                        if (
                            m.start - s.start <= 4
                            or _FORCES_FROM_OPENING.fullmatch(self.text, s.start, m.start)
                        ) and m.end <= found.start():
                            opening = m.states
                            # "The United States and Israel, regular participants, were
                            # not part of it": a list of states opening the sentence
                            last = m
                            for x in itertools.islice(s.mentions, k + 1, None):
                                if (
                                    len(set(x.states)) != 1
                                    or len(set(last.states)) != 1
                                    or x.end > found.start()
                                    or not _coordinated(self.text, last.end, x.start)
                                ):
                                    break
                                opening = (*opening, *x.states)
                                last = x
                            if len(set(opening)) > 1 and last is m:
                                opening = ()  # one mention of several states: a group
                        break
            else:
                for span, info in zip(s.raw, s.infos, strict=True):
                    if info.codes:
                        if span[0] - s.start <= 4 and span[1] <= found.start():
                            opening = info.codes
                        break
            if opening:
                out.update(opening)
        if " but d" in low:
            out.update(self._helped_but_did_not(low))
        return out

    def _at_ceremony(self, s: Sentence) -> bool:
        """The sentence reports a parade or a ceremony (as Classifier._decide_sentence judges
        one), not a drill that holds one."""
        src = self.source(s)
        return any(CEREMONY in m.cats and not self.clf._listed_drill(src, s, m) for m in s.mentions)

    def _none_of_its_forces(self, low: str) -> set[str]:
        """ "Russian troops have used Belarusian territory since 2022, though no Russian units
        are part of the current drill": the states whose forces the determiner "no" denies a
        part in the drill stay out, wherever the sentence names them."""
        out: set[str] = set()
        for s in self.sentences:
            if s.title or low.find("no ", s.start, s.end) < 0:
                continue
            for found in _NO_FORCES_TAKING_PART.finditer(self.text, s.start, s.end):
                lo, hi = found.span(1)
                for m in s.mentions:
                    if m.states and m.role != "place" and lo <= m.start < hi:
                        out.update(m.states)
        return out

    def _helped_but_did_not(self, low: str) -> set[str]:
        """ "The Estonian Defence Forces provided the airfield and security but did not jump":
        a sentence that opens with a state's force, says what it did for the drill and then
        that it did not do the drill itself names no cue the rules keep, so it is not among
        the analysed sentences; the state it opens with stays out all the same."""
        out: set[str] = set()
        bounds: list[tuple[int, int, int]] | None = None
        analysed = {x.start for x in self.sentences}
        pos = low.find(" but d")
        while pos >= 0:
            if _NOT_TAKING_PART.match(self.text, pos + 1) is not None:
                if bounds is None:
                    bounds = split_sentences(self.text)
                start = next((b[0] for b in bounds if b[0] <= pos < b[1]), -1)
                if start >= 0 and start not in analysed:
                    for span in self.clf._matcher.find_spans(self.text[start:pos]):
                        if span[0] > 4:
                            break
                        codes = self.clf._info(span[2]).codes
                        if codes:
                            out.update(codes)
                            break
            pos = low.find(" but d", pos + 6)
        return out

    def _left_without(self) -> set[str]:
        """ "India, US open Malabar without Japan", "the drill went ahead without the United
        States this year": a state named right after "without" is one the activity is held
        without, not one of its forces; and so is one named right before a verb of staying
        out ("... with European allies as U.S. stays out")."""
        out: set[str] = set()
        for s in (*self.title, *self.sentences):
            src = self.source(s)
            out.update(self._abstaining(s))
            if src.find("without ", s.start, s.end) < 0:
                continue
            for m in s.mentions:
                if not m.states or m.role == "place":
                    continue
                before = src[max(s.start, m.start - 12) : m.start]
                if before.endswith(("without ", "without the ")):
                    out.update(m.states)
        return out

    def _abstaining(self, s: Sentence) -> set[str]:
        """States the sentence names right before a verb of staying out ("as U.S. stays out",
        "Japan sat out this year")."""
        src = self.source(s)
        low = src[s.start : s.end].lower()
        if not any(w in low for w in _ABSTAIN_WORDS):
            return set()
        return {
            c
            for m in s.mentions
            if m.states and m.role != "place" and _ABSTAINS_AFTER.match(src, m.end, s.end)
            for c in m.states
        }

    def _back_not_taking_part(self) -> set[str]:
        """ "... reinforced by extra jets from Poland, Britain and Denmark. Those aircraft are not
        part of Saber Strike": a body sentence opening with a word that points back ("those
        aircraft", "they") and saying they do not take part leaves out the states whose forces
        the sentence before it names."""
        out: set[str] = set()
        prev: Sentence | None = None
        for s in self.sentences:
            if (
                prev is not None
                and not s.title
                and prev.index == s.index - 1
                and _BACK_NOT_TAKING_PART.match(self.text, s.start, s.end) is not None
            ):
                for m in prev.mentions:
                    if m.states and m.role not in ("place", "speaker"):
                        out.update(m.states)
            prev = s
        return out

    def _sat_out(self, codes: Sequence[str]) -> list[str]:
        """States among `codes` that a body sentence naming no other state says did not take
        part, pulled out or withdrew ("Serbia ... did not take part this year")."""
        text = self.text
        out: list[str] = []
        for s in self.sentences:
            if (
                len(s.codes) == 1
                and not s.codes.isdisjoint(codes)
                and _SAT_OUT.search(text, s.start, s.end)
            ):
                out.extend(sorted(set(s.codes) - set(out)))
        return out

    def _closed_pair(self, chosen: Sequence[Sentence]) -> bool:
        """ "Russian and Belarusian troops are training together at the Brestsky range": a
        body sentence whose two or more states, all named before it, do the activity
        "together" names the whole list; the exercise's usual members add no one."""
        text = self.text
        for s in chosen:
            if s.title or len(s.participants) < 2 or "together" not in text[s.start : s.end]:
                continue
            found = _TOGETHER_AFTER_VERB.search(text, s.start, s.end)
            if found is not None and all(m.end <= found.start() for m in s.participants.values()):
                return True
        return False

    def _counted_pair(self, count: int) -> bool:
        """ "It is the second time the two navies have drilled together": a sentence that
        tells the activity of "the two navies" ("both countries", "the three militaries")
        counts who takes part; when that count is the number of states the report names,
        the exercise's usual members add no one."""
        for s in self.sentences:
            if s.title or PAIR not in s.cats or not s.activities:
                continue
            for m in s.mentions:
                if PAIR in m.cats:
                    for word in self.text[m.start : m.end].lower().split():
                        if _PAIR_COUNTS.get(word) == count:
                            return True
        return False

    def _earlier_edition_named(self, s: Sentence) -> bool:
        """ "Cold Response 2022, held weeks after Russia's invasion, brought 30,000 troops":
        a drill named with a year before the report's is an earlier edition, told as
        background to the one the lead plans, not news of its own."""
        published = self.article.published_at
        if published is None or EXERCISE not in s.cats:
            return False
        text = self.text
        for m in s.mentions:
            if EXERCISE in m.cats:
                found = _EDITION_YEAR.match(text, m.end - 5, m.end + 5)
                if found is None:
                    found = _EDITION_YEAR.match(text, m.end, m.end + 5)
                if found is not None and int(found.group(1)) < published.year:
                    return True
        return False

    def _refers_to_dated(self, s: Sentence) -> bool:
        """ "Strikes by the coalition killed 1,600 civilians during the 2017 battle for
        Raqqa. The groups said the U.S., British and French forces that carried out the
        strikes ...": every activity of the sentence is a definite noun ("the strikes") that
        the sentence before tells and dates to an earlier year."""
        if s.index == 0 or not s.activities:
            return False
        before = next((t for t in self.sentences if t.index == s.index - 1), None)
        if before is None or not before.background or not before.activities:
            return False
        text = self.text
        published = self.article.published_at
        if (
            published is None
            or not _may_name_year(text, before.start, before.end)
            or not any(
                int(found.group(1) or found.group(2) or found.group(3)) < published.year
                for found in _YEAR_MENTION.finditer(text, before.start, before.end)
            )
        ):
            return False  # dated by a year, not by "since last year"
        told = {text[m.start : m.end].lower() for m, _ in before.activities}
        return all(
            _THE_BEFORE.search(text, max(s.start, m.start - 4), m.start) is not None
            and any(t.endswith(text[m.start : m.end].lower()) for t in told)
            for m, _ in s.activities
        )

    def _drill_dated_in_lead(self, s: Sentence) -> bool:
        """ "A US launcher brought to northern Luzon for exercises in April will remain ...
        The launcher ... was flown to Laoag airfield for the Salaknib drills" in a report of
        September: a later sentence whose drill is "the" drill (named or not), with no date
        of its own, refers back to drills the lead dates to a month well before the report's
        (as _refers_to_dated does for a year): the earlier event, not this report's news."""
        published = self.article.published_at
        if published is None or s.index == 0 or s.tense_cue is None or s.tense != PAST:
            return False
        text = self.text
        lead = next((t for t in self.sentences if t.index == 0), None)
        if lead is None or not lead.activities or not _names_month(text, lead.start, lead.end):
            return False
        dated = False
        for found in _DRILLS_IN_MONTH.finditer(text, lead.start, lead.end):
            if (published.month - _MONTH_NUMBERS[found.group(1)]) % 12 >= _EARLIER_MONTHS:
                dated = True
                break
        if (
            not dated
            or _names_month(text, s.start, s.end)
            or _NOW_WORDS.search(text, s.start, s.end)
        ):
            return False
        return (
            text.find("the ", s.start, s.end) >= 0
            and _THE_DRILLS.search(text, s.start, s.end) is not None
        )

    def _generic_perfect(self, s: Sentence) -> bool:
        """ "Emirati and American pilots have flown together in exercises": after the first
        sentence, the present perfect with drills named only as a bare plural (no article, no
        name, no time of now) tells a history, not this report's news."""
        cue = s.tense_cue
        if s.index == 0 or s.first_kind:
            return False
        if cue is None:
            # "The group's voyage has included drills with navies from India and Malaysia":
            # a perfect with no tense cue of its own, over bare drills with partners
            chunk = self.text[s.start : s.end]
            return (
                " with " in chunk
                and ("has " in chunk or "have " in chunk)
                and _PERFECT_BARE_WITH.search(self.text, s.start, s.end) is not None
                and not _NOW_WORDS.search(self.text, s.start, s.end)
            )
        if not _guarded_search(
            _HAVE_BEFORE, _HAVE_WORDS, self.text, max(s.start, cue.start - 20), cue.start, True
        ) and not self.text.startswith(("has ", "have "), cue.start):
            return False  # "have flown", or a cue that holds its own auxiliary ("has joined")
        chunk = self.text[s.start : s.end]
        if " each of the " in chunk and _EACH_OF_LAST.search(chunk):
            # "Russian and Chinese warships have sailed around Japan together in each of the
            # last two years": a perfect over a run of years tells a history
            return True
        if (
            (self.text.startswith(" with ", cue.end) or self.text.endswith(" with", 0, cue.end))
            and "also" in self.text[max(s.start, cue.start - 12) : cue.start]
            and not _NOW_WORDS.search(self.text, s.start, s.end)
        ):
            # "China's navy has also exercised with Pakistan in the Arabian Sea": "also" and
            # the perfect of an intransitive verb of training add another partner's history
            return True
        return bool(
            _IN_BARE_DRILLS.search(self.text, cue.end, s.end)
            or _SERIES_OBJECT.match(self.text, cue.end)
            or _BARE_DRILLS_OBJECT.match(self.text, cue.end)
            or _BARE_DRILLS_WITH.match(self.text, cue.end)
        ) and not _NOW_WORDS.search(self.text, s.start, s.end)

    def _own_forces_subject(self, s: Sentence) -> bool:
        """ "India's own air force has trained with the United States and France": after the
        first sentence, a subject that is a state's "own" forces tells that state's separate
        activity, set against the drill the report is about."""
        if s.index == 0 or s.first_kind:
            return False
        if "own " not in self.text[s.start : min(s.end, s.start + 60)]:
            return False
        return _OWN_FORCES_SUBJECT.match(self.text, s.start) is not None

    def _also_in_bare_drills(self, s: Sentence) -> bool:
        """ "Indian warships also took part this year in exercises with the navies of France,
        Britain and the United States": after the lead, "also" before a past verb whose drills
        are a bare plural sums up a state's other activity (a year's round of drills), not this
        report's news."""
        cue = s.tense_cue
        if cue is None or s.index == 0 or s.lead or s.first_kind or s.tense != "past":
            return False
        if not self.text.startswith("also ", cue.start):  # the cue "also took part"
            if "also" not in self.text[max(s.start, cue.start - 12) : cue.start]:
                return False
            if not _ALSO_BEFORE.search(self.text, max(s.start, cue.start - 12), cue.start):
                return False
        return _IN_BARE_DRILLS.search(self.text, cue.end, s.end) is not None

    def _habitual(self, s: Sentence) -> bool:
        """ "Sri Lanka also trains with Pakistan, the United States and China": after the
        first sentence, a habit adverb before a present-simple verb of training tells a state's other
        partners, not this report's drill, unless a word of now dates it. Drills said to be
        held separately are another series even with a word of now."""
        if s.index == 0 or s.title or s.first_kind:
            return False
        chunk = self.text[s.start : s.end].lower()
        if ("separately" in chunk or " other times" in chunk or " different times" in chunk) and (
            _HELD_SEPARATELY.search(self.text, s.start, s.end)
        ):
            return True
        if any(w in chunk for w in _TIES_WORDS) and _TIES_HOLDING.search(self.text, s.start, s.end):
            return True
        if (
            (" times" in chunk or " occasions" in chunk)
            and (" has " in chunk or " have " in chunk or " had " in chunk)
            and _COUNTED_PERFECT.search(self.text, s.start, s.end)
        ):
            return True  # "Russia and China had held joint drills several times"
        if (
            (" held with " in chunk or " conducted with " in chunk)
            and _PLURAL_HELD_WITH.search(self.text, s.start, s.end)
            and not _NOW_WORDS.search(self.text, s.start, s.end)
        ):
            return True  # "hosts the ceremonies of the patrols held with Thailand"
        if (
            "separate " in chunk
            and _SEPARATE_DRILL.search(self.text, s.start, s.end)
            and _dated_earlier(self.text, s.start, s.end)
        ):
            return True  # "A separate bilateral drill ... was held earlier in the year"
        if not any(w in chunk for w in _HABIT_WORDS):
            return False
        if (
            "had " in chunk
            and "separate " in chunk
            and _SEPARATE_DRILL_PAST.search(self.text, s.start, s.end)
        ):
            return True
        if "separate " in chunk and _SEPARATE_DRILL_AHEAD.search(self.text, s.start, s.end):
            return True
        if (" has " in chunk or " have " in chunk) and _HABIT_PERFECT.search(
            self.text, s.start, s.end
        ):
            return True
        if not (
            _HABIT_VERB.search(self.text, s.start, s.end) or self._habit_in_other_named(s, chunk)
        ):
            return False
        return not _NOW_WORDS.search(self.text, s.start, s.end)

    def _denied_together(self) -> bool:
        """ "Japan saw no sign the two navies were acting in coordination": a body sentence
        that denies the named forces acted together."""
        low = self._low()
        if not any(w in low for w in _DENIED_TOGETHER_WORDS):
            return False
        for s in self.sentences:
            if s.title:
                continue
            chunk = low[s.start : s.end]
            if any(w in chunk for w in _DENIED_TOGETHER_WORDS) and _DENIED_TOGETHER.search(
                self.text, s.start, s.end
            ):
                return True
        return False

    def _habit_in_other_named(self, s: Sentence, chunk: str) -> bool:
        """ "The navy also takes part in the US-led Obangame Express exercise", "India and
        Japan also hold the JIMEX exercise": a habit verb whose object is a named exercise
        that the title and lead do not name is another series the state joins, not this
        report's drill."""
        if not any(w in chunk for w in _HABIT_NAMED_WORDS):
            return False
        found = _HABIT_NAMED.search(self.text, s.start, s.end)
        if found is None:
            return False
        named = [
            m.first(EXERCISE)
            for m in s.mentions
            if found.end() <= m.start <= found.end() + 40 and EXERCISE in m.cats
        ]
        if not named or named[0] is None:
            # "Both navies also take part in the Malacca Strait Patrol with Indonesia and
            # Singapore": a capitalised name of a patrol or drill the knowledge does not hold,
            # which the title and lead do not name, is another series too
            proper = _PROPER_SERIES.match(self.text, found.end())
            if proper is None:
                return False
            name = proper.group(0).lower()
            return not any(
                (t.title or t.lead)
                and t is not s
                and name in self.source(t)[t.start : t.end].lower()
                for t in (*self.title, *self.sentences)
            )
        ref = named[0].ref
        for t in (*self.title, *self.sentences):
            if (t.title or t.lead) and t is not s:
                for m in t.mentions:
                    item = m.first(EXERCISE)
                    if item is not None and item.ref is ref:
                        return False  # the lead names it: this report's drill
        return True

    def _then_under_way(self, s: Sentence) -> bool:
        """ "The helicopter was taking part in the exercise, which was under way at the time":
        an activity under way at the time of another, earlier event the report is about (an
        accident, a visit), not under way as the report is written."""
        return (
            self.text.find("at the time", s.start, s.end) >= 0
            or self.text.find("At the time", s.start, s.end) >= 0
        )

    def _series_over_span(self, s: Sentence) -> bool:
        """ "The forces carried out several joint drills with the U.S. military this year":
        after the lead, a verb whose object is a counted series of drills ("several", "a
        number of", "dozens of"), summed up over a year or more, tells a history, even in the
        simple past; "held several drills this week" is still a report."""
        cue = s.tense_cue
        if cue is None or s.index == 0 or s.lead or s.title:
            return False
        if not _SERIES_OBJECT.match(self.text, cue.end):
            return False
        return bool(_SUMMED_SPAN.search(self.text, s.start, s.end))

    def _mark_concurrent_activities(self) -> None:
        """ "It runs almost at the same time as a large U.S. Marine Corps exercise with
        Japanese ground troops": after the lead, a drill or activity named just after "at the
        same time as" or "coincides with" is another one, told to time this one; the
        sentence is background and its forces do not take part."""
        # Every phrase the pattern finds is a "prior_clause" cue (cues.toml), which the
        # matcher has found already: the pattern runs only on the sentences that have one.
        for s in self.sentences:
            if s.lead or PRIOR not in s.cats:
                continue
            for found in _CONCURRENT_WITH.finditer(self.text, s.start, s.end):
                if any(
                    0 <= m.start - found.end() <= 60 and not m.cats.isdisjoint(_ACTIVITY_CATEGORIES)
                    for m in s.mentions
                ):
                    s.background = True
                    break

    def _perfect_in_two_months(self, s: Sentence) -> bool:
        """ "The Joint Staff noted that the bombers had flown together in June and
        December": after the first sentence, an activity in the perfect dated to two months
        is a series of earlier ones."""
        cue = s.tense_cue
        if cue is None or s.index == 0 or s.title or s.first_kind:
            return False
        if not _PERFECT_BEFORE.search(self.text, max(s.start, cue.start - 25), cue.start):
            return False
        return bool(_IN_TWO_MONTHS.search(self.text, cue.end, s.end))

    def _states_in_relative_had(self, s: Sentence) -> bool:
        """ "Takuba, which had operated alongside French and Malian troops, was dissolved":
        every state of the sentence lies in a past-perfect relative clause (see
        _RELATIVE_HAD)."""
        if "had" not in self.text[s.start : s.end]:
            return False  # cheap check before the search
        found = _RELATIVE_HAD.search(self.text, s.start, s.end)
        if found is None:
            found = _RELATIVE_PREP_HAD.search(self.text, s.start, s.end)
        if found is None:
            return False
        named = [m for m in s.mentions if m.states and m.role != "place"]
        return bool(named) and all(found.start() <= m.start and m.end <= found.end() for m in named)

    def _perfect_before_ongoing(self, s: Sentence) -> bool:
        """ "Indian jets are holding an exercise with Emirati fighters ... At Eielson they had
        flown alongside U.S. Air Force F-16s": after the lead, when the lead tells the activity
        under way and none of it as done, an activity in the past perfect came before the
        report's one (a past-tense report may narrate its own drill in the past perfect)."""
        if s.lead or s.index == 0 or not self._past_perfect(s):
            return False
        if s.first_kind and self._first_before_cue(s):
            return False  # "the first time the two navies had exercised together": this one
        ongoing = False
        for t in self.sentences:
            if t.lead and t.joint:
                if t.tense == "past":
                    return False
                ongoing = ongoing or t.tense == "ongoing"
        return ongoing

    def _history_under_withdrawal(self, s: Sentence) -> bool:
        """ "The last French soldiers left Niger on Friday, completing a withdrawal ... About
        1,500 French troops had been stationed in Niger, where they fought jihadist groups
        alongside Nigerien forces in joint operations": when the first sentence reports forces
        withdrawing and neither it nor the title reports a joint activity, an activity that a
        later sentence tells under a main verb in the past perfect is the history of the
        deployment that ends, not news."""
        if s.title or s.index == 0:
            return False
        text = self.text
        if "had" not in text[s.start : s.end]:
            return False  # cheap check before the rest
        first = self.sentences[0] if self.sentences else None
        if first is None or first.index != 0 or first.joint or any(t.joint for t in self.title):
            return False
        if (
            not _may_hold(_WITHDRAWN_WORDS, text, first.start, first.end, True)
            or _WITHDRAWN_BEFORE.search(text, first.start, first.end) is None
        ):
            return False
        act = s.activities[0][0].start if s.activities else s.end
        return self._past_perfect(s) or _HAD_MAIN_VERB.search(text, s.start, act) is not None

    def _opens_dated_earlier(self, s: Sentence) -> bool:
        """ "The navies of India and Singapore concluded SIMBEX on Thursday ... Earlier in
        the month the ships exercised with the Royal Malaysian Navy": after the lead, when
        the lead tells the activity as held or under way, a sentence that opens with a time
        phrase dating an earlier event ("Earlier this month", "Last year") tells another
        activity before the report's, with its own partners."""
        if s.lead or s.index == 0 or s.first_kind:
            return False
        text = self.text
        head = text[s.start : s.start + 8].lower()
        if not (head.startswith("earlier") or head.startswith("last ")):
            return False  # cheap check before the pattern
        found = _DATED_EARLIER.match(text, s.start, s.end)
        if found is None:
            return False
        return any(
            t.lead and t.joint and not t.background and t.tense in ("past", "ongoing")
            for t in self.sentences
            if t.index < s.index
        )

    def _first_before_cue(self, s: Sentence) -> bool:
        """ "the first time the navies had sailed together" puts "first" before the activity's
        tense cue; "the ships had just completed the first joint exercise with Indonesia"
        after it, as the object of the past perfect: the novelty of that other drill."""
        cue = s.tense_cue
        return cue is None or self.text.find("first", s.start, cue.start) >= 0

    def _past_perfect(self, s: Sentence) -> bool:
        """ "the bombers had completed a joint patrol": the activity's tense cue follows
        "had"."""
        cue = s.tense_cue
        return (
            cue is not None
            and not s.title
            and bool(_HAD_BEFORE.search(self.text, max(s.start, cue.start - 20), cue.start))
        )

    def _states_agree(self, s: Sentence) -> bool:
        """The title or the lead tells an agreement or plan in its main clause and names two
        or more states (in any role: "The United States and Bahrain signed a security
        agreement")."""
        if not (s.title or s.lead) or PLANNED not in s.cats:
            return False
        named = set(s.codes)
        for info in s.infos:
            named.update(info.state_codes)
        return len(named) >= 2 and self._plan_in_main_clause(s) and not self._ends_an_agreement(s)

    def _past_this_year(self, s: Sentence) -> bool:
        """ "Bahraini warships took part this year in the International Maritime Exercise":
        after the lead, an activity told in the past and dated only by "this year"."""
        if s.title or s.lead or s.tense != PAST:
            return False
        at = self.text.find(" this year", s.start, s.end)
        return at >= 0 and not self.text.startswith(" this year's", at)

    def _earlier_perfect(self, s: Sentence) -> bool:
        """ "Japan ... has held fighter drills on its soil with the United States and
        Britain": after the lead, an activity held, conducted or staged in the present
        perfect is an earlier one (the lead tells this one); "the first time the two
        countries have conducted a joint flight" is this one."""
        return not s.title and not s.lead and self._perfect_of_holding(s)

    def _perfect_of_holding(self, s: Sentence) -> bool:
        """The activity's tense cue is "held", "conducted", "staged", "carried out" or "hosted"
        in the present perfect (or "flown", "sailed" or "trained" with a span of earlier times:
        "this year", "several times"), and the sentence does not call it the first of its
        kind."""
        cue = s.tense_cue
        if cue is None or s.title or s.first_kind:
            return False
        words = self.text[cue.start : cue.end].lower().split()
        if words[:1] in (["has"], ["have"]):
            # "The UAE has also hosted air drills with ...": "also" between the auxiliary
            # and the verb adds another activity of the same kind
            verb = " ".join(words[2:] if words[1:2] == ["also"] else words[1:])
        elif _guarded_search(
            _HAVE_BEFORE, _HAVE_WORDS, self.text, max(s.start, cue.start - 20), cue.start, True
        ):
            verb = " ".join(words)
        else:
            return False
        if verb in _HOLDING_VERBS:
            return True
        return verb in _FLOWN_VERBS and _EARLIER_SPAN.search(self.text, s.start, s.end) is not None

    def _other_exercise(self, s: Sentence) -> bool:
        """A sentence after the lead that names only another exercise than the lead's ("The
        two navies also cooperate in the Malabar exercise with the United States")."""
        if s.title or s.lead or EXERCISE not in s.cats:
            return False
        names = {self._exercise_name(m) for m in s.mentions} - {""}
        if not names:
            return False
        lead = self._report_exercises()
        if lead:
            if not names & lead:
                return True
            # "Hanuman Guardian is distinct from Cobra Gold, which also draws troops from
            # Singapore and Japan": the report's drill set against another one named after
            # "distinct from", "separate from" or "not to be confused with"; the sentence tells
            # of that other drill and its forces
            cut = self._contrast_end(s)
            if cut < 0:
                return False
            after = {self._exercise_name(m) for m in s.mentions if m.start >= cut} - {""}
            return bool(after) and not after & lead
        # a report of an unnamed drill: "India and Japan both take part with the United States
        # in the Malabar series" tells a recurring series of another drill, not this one
        return any(
            EXERCISE in m.cats and _SERIES_AFTER.match(self.text, m.end) is not None
            for m in s.mentions
        )

    def _contrast_end(self, s: Sentence) -> int:
        """Where a phrase that sets one thing apart from another ("is distinct from", "is
        separate from", "is different from", "not to be confused with") ends in the sentence;
        -1 when it has none."""
        for phrase in _CONTRAST_PHRASES:
            at = self.text.find(phrase, s.start, s.end)
            if at >= 0:
                return at + len(phrase)
        return -1

    def _title_other_drill_from(self, t: Sentence) -> int:
        """ "Rapid Trident opens at Yavoriv as Russia and Belarus hold Zapad": where a title
        whose first clause names an exercise goes on, in a later clause, to another exercise
        (as, after, amid ...), the offset from which it tells of that other drill; the end of
        the title when it does not."""
        if not t.title or EXERCISE not in t.cats:
            return t.end
        source = self.source(t)
        cut = _TITLE_OTHER_CLAUSE.search(source, t.start, t.end)
        if cut is None:
            return t.end
        head: set[str] = set()
        tail: set[str] = set()
        for m in t.mentions:
            name = self._exercise_name(m)
            if name:
                (head if m.start < cut.start() else tail).add(name)
        if head and tail and head.isdisjoint(tail):
            return cut.start()
        return t.end

    def _report_exercises(self) -> set[str]:
        """The names of the exercise the report is about: those of the title when it names
        one ("German jets train with Japanese fighters in 'Nippon Skies'": the lead's "arrived
        from Pitch Black" is another drill), else those of the title and the lead. A later
        clause of the title that names another drill is not the report's ("Rapid Trident
        opens as Russia and Belarus hold Zapad")."""
        # where each title's later clause begins, once per title (not once per mention)
        other_from = {
            id(t): self._title_other_drill_from(t)
            for t in self.title
            if EXERCISE in t.cats and t.mentions
        }
        titled = {
            self._exercise_name(m)
            for t in self.title
            if EXERCISE in t.cats
            for m in t.mentions
            if m.start < other_from[id(t)]
        } - {""}
        if titled:
            return titled
        return {
            self._exercise_name(m)
            for t in self.title + self.sentences
            if (t.title or t.lead) and EXERCISE in t.cats
            for m in t.mentions
        } - {""}

    def _group_only(self, participants: dict[str, Mention | None], observers: set[str]) -> set[str]:
        """ "Chinese warships and vessels from ASEAN navies began the drill ... with officers
        from the other ASEAN members on board as observers": states that only a group's name
        brings in, never named on their own, and that the report names as observers."""
        if not observers:
            return set()
        candidates = {
            code
            for code, m in participants.items()
            if code in observers and m is not None and len(set(m.states)) > 2
        }
        if not candidates:
            return candidates
        for s in self.sentences:
            for m in s.mentions:
                if len(m.states) == 1 and (m.role == "participant" or m.military):
                    candidates.discard(m.states[0])  # "warships from Singapore"
        return candidates

    def _participants(
        self, chosen: Sequence[Sentence], opposition: set[str], observers: set[str]
    ) -> dict[str, Mention | None]:
        participants: dict[str, Mention | None] = {}
        strong: set[str] = set()
        sources: dict[str, str] = {}
        # "drill with US-built F-35As", "drill with Turkish drones" over "Turkish-made drones":
        # a weapon names the state that built it or usually flies it; a state the report
        # names as the maker takes part only when it also names it as a state or a force
        # "Su-30MKI fighters, IL-78 tankers and C-17s flew to Egypt" for the Indian Air Force:
        # a type's usual operator the report never names takes part only when the named
        # states are too few for joint activity (an intercept of Tu-95s and H-6Ks names none)
        type_only: set[str] = set()
        for s in chosen:
            if self._other_exercise(s):
                continue
            strong |= s.strong & set(s.participants)
            other_from = self._title_other_drill_from(s)
            sides = _EMPTY if s.title else self._related_sides_only(s)
            for code, m in s.participants.items():
                if other_from < s.end and m.start >= other_from and s.start <= m.start < s.end:
                    continue  # the title's later clause about another drill
                if code in sides:
                    continue  # "relations between Pakistan and the United States": a side
                if (m.default_state or m.equipment) and code in self._makers_only():
                    continue
                if m.default_state and code not in participants:
                    type_only.add(code)
                elif not m.default_state:
                    type_only.discard(code)
                if code not in participants or (participants[code] is None):
                    participants[code] = m if not s.title else participants.get(code)
                    src = self.source(s)
                    sources.setdefault(code, _short(src[m.start : m.end], 40))
        # "Poland has deployed 15,000 soldiers along the border ... Russian paratroopers
        # jumped with Belarusian troops near Grodno": when the drill is first told after the
        # lead, the lead before it tells another story, whose actors do not join the drill
        told_from = (
            -1
            if any(s.title or s.lead for s in chosen)
            else min((s.start for s in chosen), default=-1)
        )
        if chosen:
            # "India also took part": states named as taking part anywhere in the report; a
            # weapon's usual operator only when the report names that state ("Rafale jets
            # took part in the Egyptian drill" names no French force)
            named = self._named_states()
            told = " ".join(self.source(s)[s.start : s.end] for s in chosen)
            for s in [*self.title, *self.sentences]:
                if s.background or s.why or (s.tense == "planned" and not self._same_event(s)):
                    continue
                if (
                    not s.joint
                    and not s.title
                    and any(m.states for m in s.mentions)
                    and self._dated_before_lead(s, told)
                ):
                    # "The United States and Canada sent warships through the Taiwan Strait
                    # in June": an earlier month's activity, not this report's
                    continue
                if s.lead and not s.title and s.end <= told_from:
                    continue
                if CEREMONY in s.cats and not s.joint and self._at_ceremony(s):
                    # "the Navy Day parade, where Putin reviewed ships of several foreign
                    # navies, including Iran and Pakistan": those taking part in a parade or a
                    # fleet review the sentence reports take part in the ceremony, not the drill
                    continue
                if self._other_exercise(s):
                    continue  # "complements the U.S.-led Obangame Express drill": its leader
                if (
                    not s.joint
                    and any(m.role == "participant" for m in s.mentions)
                    and (self._generic_perfect(s) or self._habitual(s))
                ):
                    continue  # "it has joined China in SCO drills": a history, not this drill
                src = self.source(s)
                # "Four Su-30MKIs, two IL-78 tankers and a C-17 transport are taking part": a
                # list of types led by a type of a state already taking part is that force's
                # package; a later type's usual operator is not brought in by it
                for x in self._host_unit_forces(s):
                    for code in x.states:
                        if code not in participants:
                            participants[code] = x
                            sources.setdefault(code, _short(src[x.start : x.end], 40))
                package = next((x for x in s.mentions if x.role == "participant"), None)
                if package is not None and not (
                    package.default_state and not participants.keys().isdisjoint(package.states)
                ):
                    package = None
                other_from = self._title_other_drill_from(s)
                for m in s.mentions:
                    if m.start >= other_from:
                        break  # the title's later clause about another drill
                    if m.role == "participant" and not _police_of(src, s, m):
                        if self._joined_in_no_activity(s, m):
                            continue  # "they have joined Greece in regular meetings of leaders"
                        if (
                            package is not None
                            and m is not package
                            and m.default_state
                            and participants.keys().isdisjoint(m.states)
                        ):
                            continue
                        for code in m.states:
                            if m.default_state and code not in named:
                                continue
                            if code not in participants:
                                # the title has no span in the body: "Saudi-led drill ends"
                                participants[code] = None if s.title else m
                                sources.setdefault(code, _short(src[m.start : m.end], 40))
            first = min((s.start for s in chosen if not s.title), default=-1)
            if first > 0:
                for x in self._leaders_of_the_drill(first, chosen):
                    for code in x.states:
                        if code not in participants:
                            participants[code] = x
                            sources.setdefault(code, _short(self.text[x.start : x.end], 40))
            lone: list[Sentence] = []
            for s in self.sentences:
                if s.background or s.why or s.title or STATE not in s.cats:
                    continue
                if s.lead and s.end <= told_from:
                    continue
                if self._other_exercise(s) or (s.tense == "planned" and not self._same_event(s)):
                    # "Russian and Belarusian forces are preparing for the Zapad exercise":
                    # the subject of another drill, or of one still to come
                    continue
                for m in [*self._subject_forces(s), *self._listed_in_drill(s)]:
                    for code in m.states:
                        # "..., days after Chinese ships blocked a resupply mission": the
                        # subject of a time cue's clause did the earlier thing
                        if code not in participants and code not in s.prior_states:
                            participants[code] = m
                            sources.setdefault(code, _short(self.text[m.start : m.end], 40))
                lone.append(s)
            if len(participants) >= 2:
                for s in lone:
                    for m in self._lone_subject_forces(s, participants):
                        for code in m.states:
                            if code not in participants:
                                participants[code] = m
                                sources.setdefault(code, _short(self.text[m.start : m.end], 40))
        type_only -= self._named_states()
        if type_only and len(participants.keys() - type_only) >= 2:
            for code in type_only:
                participants.pop(code, None)
                sources.pop(code, None)
        group_only = self._group_only(participants, observers)
        for code in list(participants):
            if (code in opposition or code in observers) and (
                code not in strong or code in group_only
            ):
                del participants[code]
        if chosen and len(participants) < 2:
            # "The two navies held joint drills": the states come from the lead or title.
            for s in self.title + self.sentences:
                if not s.lead and not s.title:
                    continue
                if s.cats.isdisjoint(_SCREEN_CATEGORIES):
                    continue
                if s.why == "the activity is denied":
                    continue  # "... but did not coordinate with the Philippine units"
                src = self.source(s)
                self.clf.attach(src, s)
                until = s.end
                if s.title:
                    # "Indian Navy's TROPEX spans western seaboard as Chinese submarine visits
                    # rise": when the title's first clause names a state, the forces of a later
                    # clause (as, after, amid ...) belong to the other event it sets beside
                    cut = _TITLE_OTHER_CLAUSE.search(src, s.start, s.end)
                    if cut is not None and any(
                        m.states and m.end <= cut.start() for m in s.mentions
                    ):
                        until = cut.start()
                for m in s.mentions:
                    if (
                        m.states
                        and m.start < until
                        and m.military
                        and not m.default_state
                        and not (m.equipment and not self._makers_only().isdisjoint(m.states))
                        and not _origin_after(src, m.end)  # "South Korean-built K2 tanks"
                        and m.role in ("", "object", "linked")
                        and opposition.isdisjoint(m.states)
                        and observers.isdisjoint(m.states)
                        and not _denied(s, m)  # "no US forces were involved"
                        # "..., days after Chinese ships blocked a resupply mission": the
                        # states of a time cue's clause did the earlier thing
                        and s.prior_states.isdisjoint(m.states)
                    ):
                        for code in m.states:
                            if code not in participants:
                                participants[code] = None if s.title else m
                                sources.setdefault(code, _short(src[m.start : m.end], 40))
        if (
            chosen
            and not participants
            and all(not s.title and not s.lead and PAIR in s.cats for s in chosen)
        ):
            # "Special forces of the two armies are holding their first joint exercise" told
            # after a lead about the two states' leaders: the pair is the lead's two states
            pair = self._lead_pair() - opposition - observers
            if len(pair) == 2:
                for code in sorted(pair):
                    participants[code] = None
                    sources.setdefault(code, "the two named in the lead")
        if type_only and participants.keys() - type_only:
            # "Taiwan's forces staged a joint counter-landing drill ... F-16 fighters joined
            # in": beside a state the report names, a type's usual operator it never names
            # takes part only when the type is linked to that state's force ("Japanese F-15s
            # flew with B-52 bombers"); otherwise the named state flies the type
            for code in type_only:
                held = participants.get(code)
                if held is None or held.role != "linked":
                    participants.pop(code, None)
                    sources.pop(code, None)
        if chosen and len(participants) >= 3:
            # "Ukrainian forces have captured two North Korean soldiers in Kursk, where North
            # Korean troops have been fighting alongside Russian units": the side whose combat
            # verb is done to a participant's force fights the activity; it does not take part
            # ("Israeli and U.S. jets shot down Iranian drones" keeps both: Iran takes no part)
            # (the subject of the combat verb counts as strong; the verb's target outweighs it)
            for code in self._fights_a_participant(chosen, participants):
                participants.pop(code, None)
                sources.pop(code, None)
        if participants:
            grouped: dict[str, list[str]] = {}
            for code in sorted(participants):
                grouped.setdefault(sources.get(code, "exercise"), []).append(code)
            parts = [f"{', '.join(c)} from '{src}'" for src, c in grouped.items()]
            self.reason("participants " + "; ".join(parts))
        return participants

    def _fights_a_participant(
        self, chosen: Sequence[Sentence], participants: dict[str, Mention | None]
    ) -> set[str]:
        """States whose forces are the subject of a combat verb whose target is a state the
        report names taking part elsewhere ("Ukrainian forces have captured two North Korean
        soldiers ... where North Korean troops have been fighting alongside Russian units")."""
        found: set[str] = set()
        for s in chosen:
            if s.title or REACTION not in s.cats:
                continue
            src = self.source(s)
            ms = s.mentions
            for i, m in enumerate(ms):
                if REACTION not in m.cats or src[m.start : m.end].lower() not in _COMBAT_REACTIONS:
                    continue
                targets = {c for x in ms[i + 1 : i + 3] if x.role == "target" for c in x.states}
                if not targets or not targets <= participants.keys():
                    continue
                subject = next((x for x in reversed(ms[:i]) if x.states), None)
                if (
                    subject is not None
                    and subject.role in ("", "object")
                    and _COMBAT_SUBJECT_GAP.fullmatch(src, subject.end, m.start) is not None
                ):
                    found.update(c for c in subject.states if c not in targets)
        return found

    def _rivals_of_the_title(
        self, chosen: Sequence[Sentence], participants: dict[str, Mention | None]
    ) -> list[str]:
        """ "Japan, U.S. fighter jets fly together after China-Russia bomber flight": when the
        title names two or more states taking part, none a rival of another (cues.toml
        [[rivalry]]), a rival of one of them that only the body names is the drill's cause,
        target, critic or watcher, not a participant. A title that names both sides, or fewer
        than two states, decides nothing."""
        since = self.clf.rival_since
        if len(participants) < 3 or not since or not self.title:
            return []
        published = self.article.published_at
        year = published.year if published is not None else 9999
        titled: set[str] = set()  # in the title's first clause
        anywhere: set[str] = set()  # in the whole title
        for s in self.title:
            source = self.source(s)
            self.clf.attach(source, s)
            # "... after China-Russia bomber flight", "...; Pyongyang warns": a later clause of
            # the title tells of something else, unless the first one names no two states
            # ("F-35A makes debut as British, Australian crews join Red Flag")
            cut = _TITLE_OTHER_CLAUSE.search(source, s.start, s.end)
            head_end = cut.start() if cut is not None else s.end
            other_from = self._title_other_drill_from(s)
            for m in s.mentions:
                if m.start >= other_from:
                    break  # "... as Russia and Belarus hold Zapad": another drill's states
                if (
                    m.states
                    and not m.default_state
                    and not m.equipment
                    and m.role in ("", "participant", "object", "linked")
                ):
                    for code in m.states:
                        if code in participants:
                            anywhere.add(code)
                            if m.start < head_end:
                                titled.add(code)
        if len(titled) < 2:
            titled = anywhere
        if len(titled) < 2:
            return []
        for a in titled:
            for b in titled:
                first = since.get((a, b))
                if first is not None and year >= first:
                    return []
        # "Russian Su-35s flew alongside the Indian and French jets": a state that a sentence
        # of the activity names working with a state of the title takes part all the same
        together: set[str] = set()
        for s in chosen:
            if not s.title and not titled.isdisjoint(s.strong):
                together |= s.strong
        outsiders: list[str] = []
        for code in sorted(participants):
            if code in titled or code in together:
                continue
            for t in titled:
                first = since.get((code, t))
                if first is not None and year >= first:
                    outsiders.append(code)
                    break
        if len(participants) - len(outsiders) < 2:
            return []
        return outsiders

    def _related_sides_only(self, s: Sentence) -> set[str]:
        """The states a sentence names only after "relations/ties/tensions between", as the
        two sides of a relationship rather than as actors."""
        source = self.source(s)
        if " between " not in source[s.start : s.end]:
            return _EMPTY
        spans = [
            (found.start(), found.end())
            for found in _RELATION_BETWEEN.finditer(source, s.start, s.end)
        ]
        if not spans:
            return _EMPTY
        inside: set[str] = set()
        outside: set[str] = set()
        for m in s.mentions:
            if not m.states:
                continue
            if any(a <= m.start < b for a, b in spans):
                inside.update(m.states)
            else:
                outside.update(m.states)
        return inside - outside

    def _headline_actors(self) -> tuple[set[str], set[str]]:
        """ "Indian, Emirati navies hold Zayed Talwar", "Thai, US soldiers begin Hanuman
        Guardian", "Chinese warships hold rare naval drill with Iran": the states the title's
        first clause names as the actors of a joint activity (not an intercept's sides, not a
        later clause's other event, not a weapon's maker or usual operator); and all the states
        that first clause names."""
        actors: set[str] = set()
        named: set[str] = set()
        for t in self.title:
            source = self.source(t)
            cut = _TITLE_OTHER_CLAUSE.search(source, t.start, t.end)
            head_end = min(
                cut.start() if cut is not None else t.end, self._title_other_drill_from(t)
            )
            for m in t.mentions:
                if m.start < head_end or m.role == "participant":
                    named.update(m.states)  # "... as Japanese officers join in"
            if not t.joint or t.intercept or t.background or t.why:
                continue
            for code, m in t.participants.items():
                if (
                    m.start < head_end
                    and not m.default_state
                    and not m.equipment
                    and m.role in ("", "participant", "linked")
                    and code not in t.prior_states
                ):
                    actors.add(code)
        return actors, named

    def _outside_the_headline(
        self,
        chosen: Sequence[Sentence],
        participants: dict[str, Mention | None],
        kept: AbstractSet[str],
    ) -> list[str]:
        """ "Malaysian, Indonesian soldiers open Kekar Malindo ... Singapore and Thailand hold
        their own drills with Malaysia": when the title names two or more states as the actors
        of the joint activity, a state only the body names takes part only when the body gives
        it a part in this activity: a participant's role (taking part, joining, a list of the
        drill's forces), or its forces in a sentence of this activity tied to the title's
        (see below). A place, a watcher, a rival, a supplier, another drill's partner, a history
        or a mention in passing gives none. Returns the states to drop (none when fewer than
        two would be left)."""
        if len(participants) < 3 or not self.title or not chosen:
            return []
        actors, headline = self._headline_actors()
        if len(actors) < 2 or not actors <= participants.keys():
            return []
        # states the title's first clause names keep the rules that already decide them, as do
        # hosts and states the exercise's name implies (`kept`); a state named only in a later
        # clause of the title ("...; Rabat watches", "after China-Russia flight") is judged by
        # the body like one named only there
        candidates = participants.keys() - headline - kept
        if not candidates:
            return []
        titled = {
            self._exercise_name(m)
            for t in self.title
            if EXERCISE in t.cats
            for m in t.mentions
            if m.start < self._title_other_drill_from(t)
        } - {""}
        # "Also in the exercise are A, B and C": a list placed in the drill gives a part
        parted: set[str] = set(self._listed_in)
        for s in self.sentences:
            if s.background or s.why or not s.analysed or s.codes.isdisjoint(candidates):
                continue
            if self._other_exercise(s) or (s.tense == "planned" and not self._same_event(s)):
                continue
            if not self._joined_each_other(s, candidates):
                for m in s.mentions:
                    if m.role == "participant" and not m.default_state and not m.equipment:
                        parted.update(m.states)  # "Ghana and Senegal also took part"
            if not s.joint or s.intercept or s not in chosen:
                continue
            # A sentence of the activity gives a part when it is tied to the title's activity:
            # it names states of the title taking part ("A US tanker refuelled the Japanese
            # and Australian jets"), or it names none of them and tells the report's drill
            # (the first sentence, the title's exercise: "Valiant Mark also draws a platoon from
            # Malaysia's army") or, not as a history, forces not paired off among themselves
            # ("The two armies ran patrols together with Thailand's navy"; "Saudi ships
            # exercised with US forces the same week" is another activity). A state of the
            # title named there but not taking part makes it another activity or the other
            # side ("Cambodia holds its Golden Dragon drill with China", "Bangladesh has served
            # in UN missions with troops from Nepal", "the navies of South Korea, the United
            # States and Japan ... to counter North Korean submarines").
            drill = s.index == 0 or not titled.isdisjoint(
                {self._exercise_name(m) for m in s.mentions}
            )
            together = actors & s.participants.keys()
            if together:
                # "India's air force has earlier trained with the British and French air
                # forces": one state of the title with partners, told with no tense of this
                # activity, is its history; "A US tanker refuelled the Japanese and Australian
                # jets" names the title's forces together
                if len(together) < 2 and not drill and self._told_as_history(s):
                    continue
            elif any(not actors.isdisjoint(m.states) for m in s.mentions) or (
                not drill and (self._paired_off(s, candidates) or self._told_as_history(s))
            ):
                continue
            # "Japanese and US jets flew together a day after Chinese and Russian bombers ...":
            # forces named after a time cue that follows a state of the title did the earlier
            # thing
            until = s.end
            if PRIOR in s.cats:
                seen = False
                for m in s.mentions:
                    if PRIOR in m.cats and seen and m.start >= s.start + 10:
                        until = m.start
                        break
                    seen = seen or not actors.isdisjoint(m.states)
            # the forces of the activity: a state's forces, or a state joined ("with") to them,
            # or the state that is the first sentence's subject ("Russia began its Vostok
            # exercise"); a state's weapons listed beside the title's forces stand for its crews
            # ("German Leopard tanks, American Abrams tanks and Lithuanian vehicles")
            act = s.activities[0][0].start if s.activities else s.end
            subject = s.index == 0
            previous: Mention | None = None
            for m in s.mentions:
                if m.start >= until:
                    break
                if not m.states:
                    continue
                if (
                    not m.default_state
                    and (not m.equipment or len(together) >= 2)
                    and (
                        m.military
                        or m.role == "linked"
                        or (subject and m.end <= act)
                        # "Italy, Japan and Britain are jointly operating": listed with the
                        # title's states
                        or (
                            previous is not None
                            and not actors.isdisjoint(previous.states)
                            and _coordinated(self.text, previous.end, m.start)
                        )
                    )
                    and m.role in ("", "linked", "object")
                    and not set(m.states).isdisjoint(s.participants)
                ):
                    parted.update(m.states)
                subject = False
                previous = m
        out = sorted(candidates - parted)
        if len(participants) - len(out) < 2:
            return []
        return out

    def _told_as_history(self, s: Sentence) -> bool:
        """ "India's air force has earlier trained with the British and French air forces",
        "Australia also hosts Talisman Sabre with the United States": a perfect or a habit
        tells what the forces have done or do, not this report's drill: a perfect with no
        tense cue of this activity ("have trained together") tells a history too."""
        if self._generic_perfect(s) or self._habitual(s):
            return True
        if s.tense is not None or s.index == 0:
            return False
        return (
            self.text.find(" has ", s.start, s.end) >= 0
            or self.text.find(" have ", s.start, s.end) >= 0
        ) and not _NOW_WORDS.search(self.text, s.start, s.end)

    @staticmethod
    def _paired_off(s: Sentence, candidates: AbstractSet[str]) -> bool:
        """ "Saudi and Emirati ships exercised with US forces", "China said the flight with
        Russia ...": forces of the states in `candidates` joined ("with") to others of them,
        an activity of their own."""
        linked: set[str] = set()
        anchors: set[str] = set()
        for m in s.mentions:
            if m.states and m.role != "place" and not candidates.isdisjoint(m.states):
                (linked if m.role == "linked" else anchors).update(m.states)
        return bool(linked) and bool(anchors - linked)

    def _joined_each_other(self, s: Sentence, candidates: AbstractSet[str]) -> bool:
        """ "Two Chinese H-6 bombers joined two Russian Tu-95 bombers": a verb of joining
        between forces of two states in `candidates` joins them to one another, not to the
        title's forces ("Japanese ships joined the French and Egyptian ships" joins them)."""
        if PART not in s.cats:
            return False
        before: Mention | None = None
        cue = False
        for m in s.mentions:
            if m.states:
                if cue and before is not None:
                    return not candidates.isdisjoint(m.states) and before.states != m.states
                before = m if not candidates.isdisjoint(m.states) else None
            elif (
                before is not None
                and PART in m.cats
                and self.text[m.start : m.start + 4].lower() == "join"
            ):
                cue = True
        return False

    def _makers_only(self) -> set[str]:
        """States the report names only as a weapon's maker or seller."""
        if self._only_makers is None:
            self._only_makers = self._makers() - self._named_states()
        return self._only_makers

    def _named_states(self) -> set[str]:
        """States the title or body names as a state or by a force, not only by a weapon."""
        if self._named is not None:
            return self._named
        named: set[str] = set()
        for s in (*self.title, *self.sentences):
            if s.background or (STATE not in s.cats and FORCE not in s.cats):
                continue  # a sentence's categories cover those of all its spans
            source = self.source(s)
            # a sentence keeps its matcher spans until its mentions are made
            if s.mentions:
                for m in s.mentions:
                    if not m.equipment and m.role != "origin":
                        _add_named(named, source, m.end, m.items, m.cats)
            else:
                for span, info in zip(s.raw, s.infos, strict=True):
                    _add_named(named, source, span[1], span[2], info.cats)
        self._named = named
        return named

    def _makers(self) -> set[str]:
        """States named as where a weapon was made or bought ("US-built", "Turkish-made",
        "bought from the United States")."""
        makers: set[str] = set()
        for s in (*self.title, *self.sentences):
            source = self.source(s)
            if s.mentions:
                for m in s.mentions:
                    if m.states and (m.role == "origin" or _origin_after(source, m.end)):
                        makers.update(m.info.state_codes)
            elif STATE in s.cats:
                for _start, end, items in s.raw:
                    if _origin_after(source, end):
                        makers.update(item.sub for item in items if item.cat == STATE)
        return makers

    def _leaders_of_the_drill(self, first: int, chosen: Sequence[Sentence]) -> list[Mention]:
        """ "A Romanian-led naval exercise began ... Frigates of Turkey and Bulgaria are
        sailing with Italian ships in the exercise area", "Arctic Edge, a U.S. Northern Command
        exercise, began ... Canadian troops are training with Danish soldiers in the drill":
        when the joint activity is first told after a lead that opens one state's drill, and
        the later sentence goes on with that drill ("the exercise", "the drill"), the state
        that leads it ("-led") or whose force it is named after takes part."""
        text = self.text
        if not any(_BACK_TO_THE_DRILL.search(text, s.start, s.end) for s in chosen if not s.title):
            return []
        out: list[Mention] = []
        for s in self.sentences:
            if s.start >= first:
                break
            if (
                not s.lead
                or s.analysed
                or s.background
                or s.why
                or s.tense == "planned"
                or s.cats.isdisjoint(_ACTIVITY_CATEGORIES)
                or PLANNED in s.cats
                or OPP in s.cats
            ):
                continue
            self.clf.attach(text, s)
            ms = s.mentions
            for k, m in enumerate(ms):
                if not m.states or m.default_state or m.equipment:
                    continue
                nxt = ms[k + 1] if k + 1 < len(ms) else None
                if text.startswith("-led ", m.end) or (
                    FORCE in m.cats
                    and m.military
                    and nxt is not None
                    and not nxt.cats.isdisjoint(_ACTIVITY_CATEGORIES)
                    and nxt.start - m.end <= 30
                    and not _GAP_PUNCT.search(text, m.end, nxt.start)
                ):
                    out.append(m)
        return out

    def _subject_forces(self, s: Sentence) -> list[Mention]:
        """ "Lithuanian and Latvian engineers built part of the bridge", "..., while American
        and British instructors run a field hospital": in a report of joint activity, the
        forces of two or more states named together as a clause's subject take part, unless
        the clause opposes, watches, denies or is still to come ("Spanish and Turkish units
        are due to join later")."""
        text = self.text
        self.clf.attach(text, s)
        ms = s.mentions
        out: list[Mention] = []
        # "South Korean-built K2 and US-made Abrams tanks": a maker does not open a subject
        for chain in _state_chains(text, ms, origin_opens=False):
            m, last = chain[0], chain[-1]
            # "..., while destroyers and frigates of the United States, Britain and Norway
            # track them": the states name whose forces the clause's subject is
            lo = max(s.start, m.start - 50)
            forces_of = _guarded_search(_FORCES_OF_BEFORE, ("of", "from"), text, lo, m.start, True)
            head = forces_of.start() if forces_of is not None else m.start
            opening = head - s.start <= 5 and (
                text[s.start : head].strip().lower() in _SUBJECT_OPENINGS
            )
            if not opening and not _SUBJECT_CLAUSE_BEFORE.search(
                text, max(s.start, head - 16), head
            ):
                continue
            if (
                forces_of is None
                and not (last.attached and last.military)
                and not _ROLE_NOUN_AFTER.match(text, last.end)
                and not _STATES_DID_DRILL_WORK.match(text, last.end)
            ):
                continue
            found = _CLAUSE_BREAK.search(text, last.end, s.end)
            clause_end = found.start() if found is not None else s.end
            if (
                (
                    _NOT_NOW.search(text, last.end, clause_end)
                    or _ANSWERING.search(text, last.end, clause_end)
                )
                or any(
                    m.start <= x.start < clause_end
                    and (
                        (
                            not x.cats.isdisjoint(_SUBJECT_STOP_CATS)
                            # "while frigates of A and B track them": the drill's own targets
                            and not (
                                (x.cats & _SUBJECT_STOP_CATS) == {OPP}
                                and _drill_target_object(text, s.start, x)
                            )
                            # "The navies of A and B worked with U.S. sailors and with coast
                            # guard teams from C": a police or coast guard partner after "with"
                            # is whom the subject works with, not what the subject is
                            and not (
                                (x.cats & _SUBJECT_STOP_CATS) == {NONMIL}
                                and text[max(last.end, x.start - 5) : x.start].lower() == "with "
                            )
                        )
                        or (SPEECH in x.cats and x.start - last.end <= 20)
                    )
                    for x in ms
                )
            ):
                continue
            out.extend(chain)
            # "Ships of A and B are working with German and Dutch minehunters": forces of
            # other states the subject works with or alongside in its clause take part too
            for k, x in enumerate(ms):
                if x.start >= clause_end:
                    break
                if (
                    x.start > last.end
                    and x.states
                    and x.military
                    and not x.default_state  # "arrived with Rafale and Gripen jets": types
                    and not x.equipment
                    and x.role in ("", "object", "linked")
                    and _WITH_PARTNERS_BEFORE.search(text, max(last.end, x.start - 20), x.start)
                ):
                    listed = [y for y in ms[k:] if y.states and y.start < clause_end]
                    out.extend(
                        y
                        for y in self.clf._noun_group(text, listed, forward=True, states_only=True)
                        if y.military and not y.default_state and not y.equipment
                    )
                    break
        return out

    def _listed_in_drill(self, s: Sentence) -> list[Mention]:
        """ "Also in the exercise are Indonesia, Malaysia and New Zealand", "Japan and Mexico
        are also in the drill", "Singapore, Japan and Malaysia also have troops in the field":
        in a report of joint activity, a list of two or more states that a copula or "have
        <forces>" places in the drill takes part, though the sentence has no participation
        word. The drill must be named right there (an activity or exercise mention, or "the
        field" for forces); a clause that opposes, watches, denies or is still to come, or a
        list in another role (places, observers, makers), tells nothing."""
        text = self.text
        self.clf.attach(text, s)
        ms = s.mentions
        out: list[Mention] = []
        for chain in _state_chains(text, ms, origin_opens=True):
            m, last = chain[0], chain[-1]
            if any(x.role not in ("", "object", "participant") for x in chain):
                continue  # places, observers, makers, speakers: another role
            fronted = _FRONTED_IN_DRILL.fullmatch(text, s.start, m.start)
            if fronted is not None:
                drill_at = next(
                    (
                        x.start
                        for x in ms
                        if s.start <= x.start < m.start
                        and not x.cats.isdisjoint(_ACTIVITY_CATEGORIES)
                    ),
                    None,
                )
                # "Among the countries that criticised the drill are A, B and C": critics
                if _fronted_other_role(text, s.start, drill_at or m.start):
                    continue
                named = drill_at is not None or (
                    _AMONG_FORCES_FRONTED.match(text, s.start) is not None
                )
                clause_from = last.end
            else:
                # "..., while European partners including A, B and C are supporting the
                # boarding training": the list names some of the drill's partner forces
                partners = _PARTNERS_INCLUDING_BEFORE.search(
                    text, max(s.start, m.start - 50), m.start
                )
                among = _AMONG_THOSE_AFTER.match(text, last.end, s.end)
                if partners is not None and among is None:
                    among = _DOING_AFTER.match(text, last.end, s.end)
                after = among or _IN_DRILL_AFTER.match(text, last.end, s.end)
                if after is None:
                    continue
                # "Officers from A, B and C are among those ...": people of the states
                people = partners or _PEOPLE_OF_BEFORE.search(
                    text, max(s.start, m.start - 30), m.start
                )
                head = people.start() if people is not None else m.start
                opening = text[s.start : head].strip().lower()
                if opening not in _SUBJECT_OPENINGS and not _SUBJECT_CLAUSE_BEFORE.search(
                    text, max(s.start, head - 16), head
                ):
                    continue
                named = (
                    among is not None
                    or _IN_THE_FIELD.match(text, after.end()) is not None
                    or any(
                        x.start == after.end()
                        or (x.start > after.end() and x.start - after.end() <= 12)
                        for x in ms
                        if not x.cats.isdisjoint(_ACTIVITY_CATEGORIES)
                    )
                )
                clause_from = after.end()
            if not named:
                continue
            found = _CLAUSE_BREAK.search(text, clause_from, s.end)
            clause_end = found.start() if found is not None else s.end
            lo = s.start if fronted is not None else m.start
            if (
                _NOT_NOW.search(text, lo, clause_end)
                or _ANSWERING.search(text, lo, clause_end)
                or any(
                    lo <= x.start < clause_end and not x.cats.isdisjoint(_SUBJECT_STOP_CATS)
                    for x in ms
                )
            ):
                continue
            out.extend(chain)
            for x in chain:
                self._listed_in.update(x.states)
        return out

    @staticmethod
    def _beside(ms: Sequence[Mention], k: int) -> bool:
        """ "a Djiboutian patrol boat and vessels from Kenya": the state's force (a military
        noun right after it) is joined by "and" to forces named as taking part ("vessels
        from", "sailors of" and the states after it)."""
        return (
            k + 3 < len(ms)
            and ms[k].attached
            and ms[k].military
            and MIL in ms[k + 1].cats
            and PART in ms[k + 2].cats
            and ms[k + 3].role == "participant"
        )

    def _lone_subject_forces(
        self, s: Sentence, taken: AbstractSet[str] | dict[str, Mention | None]
    ) -> list[Mention]:
        """ "In one serial, a Kenyan boarding team climbed aboard a dhow", "..., and Canadian
        officers mentored the brigade staff": in a report that already names two or more
        states in its drill, one more state's force as the subject of the drill's work takes
        part too. Visiting, attending, watching or speaking is no such work, and a clause that
        opposes, watches, denies or is still to come tells nothing."""
        text = self.text
        out: list[Mention] = []
        ms = s.mentions
        for k, m in enumerate(ms):
            if (
                len(m.states) != 1
                or m.states[0] in taken
                or STATE not in m.cats
                or not m.cats.isdisjoint(_NOT_BARE_STATE_CATS)
                or m.role in ("origin", "place", "speaker", "opposition", "observer", "target")
            ):
                continue
            verb = _LONE_FORCE_VERB.match(text, m.end)
            if verb is None:
                verb = _BESIDE_PARTICIPANTS.match(text, m.end) if self._beside(ms, k) else None
            if verb is None and " and " in text[m.end : m.end + 48]:
                verb = self._coordinated_force_verb(ms, k)
            if verb is None:
                continue
            lead = text[s.start : m.start]
            if lead.strip().lower() not in _LONE_OPENINGS and not _LONE_SUBJECT_BEFORE.search(
                text, max(s.start, m.start - 16), m.start
            ):
                continue
            if (
                k
                and ms[k - 1].end > m.start - 16
                and ms[k - 1].states
                and (_coordinated(text, ms[k - 1].end, m.start))
            ):
                continue  # "Indian, Japanese and Kenyan ...": a list the other rules read
            found = _CLAUSE_BREAK.search(text, verb.end(), s.end)
            clause_end = found.start() if found is not None else s.end
            # "a Kenyan coast guard team searched": the subject itself is no force; "... had
            # not boarded", "... in an earlier edition": the clause tells no work of this drill
            if _NOT_NOW.search(text, m.start, clause_end) or any(
                (m.start <= x.start < verb.end() and not x.cats.isdisjoint(_SUBJECT_STOP_CATS))
                or (
                    verb.end() <= x.start < clause_end
                    and not x.cats.isdisjoint(_LONE_CLAUSE_STOP_CATS)
                )
                for x in ms
            ):
                continue
            out.append(m)
        return out

    def _coordinated_force_verb(self, ms: Sequence[Mention], k: int) -> re.Match[str] | None:
        """ "A Czech mechanised company and a Norwegian tank platoon joined the attack", "Czech
        gunners and Romanian soldiers fired": the first state's force shares the verb of the
        second state's force it is coordinated with (a force noun, "and", the second state
        with its own force noun and the drill's verb)."""
        text = self.text
        m = ms[k]
        if not (m.attached and m.military):
            return None
        n = next((x for x in ms[k + 1 :] if x.states), None)
        if (
            n is None
            or STATE not in n.cats
            or not n.cats.isdisjoint(_NOT_BARE_STATE_CATS)
            or not (n.attached and n.military)
            or n.states == m.states
            or n.start - m.end > 48
            or not _COORDINATED_FORCE_AND.fullmatch(text, m.end, n.start)
        ):
            return None
        return _LONE_FORCE_VERB.match(text, n.end)

    def _add_hosts(
        self,
        chosen: Sequence[Sentence],
        participants: dict[str, Mention | None],
        excluded: set[str],
    ) -> None:
        """Where a joint exercise is held takes part in it: "African Lion got under way in
        Morocco, Ghana, Senegal and Tunisia" (states without armed forces are dropped later);
        not where another exercise than the lead's was held."""
        hosts: list[str] = []
        # "The exercise ... was held from Feb. 10 in Mauritius, the Seychelles and Tanzania": a
        # later sentence about the same drill, told as held or under way, names hosts too
        same_drill = [
            s
            for s in self.sentences
            if s not in chosen
            and not s.background
            and s.tense in ("past", "ongoing")
            and s.analysed
            and _THE_DRILL.search(self.text, s.start, s.end)
        ]
        # "Sailors from Comoros ... joined those of the four host countries": forces of the
        # hosts take part, so the places the lead holds the drill in are its hosts too
        if any(_forces_of_hosts(self.text[s.start : s.end]) for s in chosen if not s.title):
            same_drill.extend(
                s
                for s in self.sentences
                if s.lead
                and s not in chosen
                and s not in same_drill
                and not s.background
                and s.tense in ("past", "ongoing")
            )
        lenders: set[str] | None = None  # states that only lend the ground (on first need)
        for s in [*chosen, *same_drill]:
            if s.intercept or self._other_exercise(s):
                continue  # "it joined Talisman Sabre in Australia": where another drill was
            # "The drill came a day after the two leaders met at the G7 summit in Canada": a
            # place after a time cue is where the other, earlier event was
            prior = next((m.start for m in s.mentions if PRIOR in m.cats), s.end)
            for k, m in enumerate(s.mentions):
                if m.host and m.role == "place" and self._planned_place(s, k):
                    self._later_hosts.update(m.states)
                elif (
                    m.host
                    and m.role == "place"
                    and m.start < prior
                    and not _foreign_base_place(self.source(s), s.mentions, k)
                    and not (k and self._base_of_departure(s, s.mentions[k - 1], m))
                ):
                    if lenders is None:
                        lenders = self._ground_lenders()
                        if lenders:
                            self.reason(
                                f"{', '.join(sorted(lenders))} not taking part: only lends "
                                "the ground"
                            )
                    for code in m.states:
                        if code not in participants and code not in excluded | lenders:
                            participants[code] = None if s.title else m
                            hosts.append(code)
        if hosts:
            self.reason(f"participants {', '.join(sorted(hosts))}: where the exercise is held")

    def _ground_lenders(self) -> set[str]:
        """ "Estonia provided the airfield", "the range was lent by Germany", "hosted at Amari
        air base, which Estonia provided": states the report says only lend the drill its
        ground (an airfield, a range, a base). A state where the drill is held takes part only
        when its own forces do, so these are no hosts that take part (forces of theirs the
        report names still count)."""
        text = self.text
        low = text.lower()
        if not any(w in low for w in _LENDING_WORDS):
            return set()
        out: set[str] = set()
        for span in self.clf._matcher.find_spans(text):
            info = self.clf._info(span[2])
            if not info.codes or (STATE not in info.cats and FORCE not in info.cats):
                continue
            start, end = span[0], span[1]
            if (
                _GROUND_LENT_AFTER.match(text, end) is not None
                or (
                    low.find(" by ", max(0, start - 8), start) >= 0
                    and _GROUND_LENT_BY.search(text, max(0, start - 80), start) is not None
                )
                or (
                    low.find("which", max(0, start - 12), start) >= 0
                    and _GROUND_WHICH_BEFORE.search(text, max(0, start - 60), start) is not None
                    and _GROUND_WHICH_AFTER.match(text, end) is not None
                )
            ):
                out.update(info.codes)
        return out

    def _host_unit_forces(self, s: Sentence) -> list[Mention]:
        """ "The Hellenic Air Force's 335 Squadron is the host unit": the force named before
        "the host unit" (or squadron, wing ...) hosts the drill with its own crews, so it takes
        part; a state that only hosts does not."""
        if s.title or PART not in s.cats:
            return []
        text = self.text
        cue = next(
            (x for x in s.mentions if PART in x.cats and text.startswith("the host ", x.start)),
            None,
        )
        if cue is None:
            return []
        return [
            x
            for x in s.mentions
            if x.start < cue.start
            and FORCE in x.cats
            and x.states
            and x.role in ("", "participant")
        ]

    def _joined_in_no_activity(self, s: Sentence, m: Mention) -> bool:
        """ "Cyprus and Israel have joined Greece in regular meetings of their leaders": a
        state that others join in something takes part in a drill only when an activity or an
        exercise is named after it ("joined Greece in naval drills")."""
        text = self.text
        if not text.startswith(" in ", m.end):
            return False
        before = text[max(s.start, m.start - 8) : m.start].lower()
        if not before.endswith(("joined ", " join ", "joins ", "joining ")):
            return False
        return not any(
            x.start >= m.end and not _ACTIVITY_CATEGORIES.isdisjoint(x.cats) for x in s.mentions
        )

    def _base_of_departure(self, s: Sentence, base: Mention, m: Mention) -> bool:
        """ "F-35Bs flying from RAF Akrotiri in Cyprus", "jets from Incirlik in Turkey": the
        state after a base that forces set out from is where they are based, not where the
        drill is held. A state as the source ("troops from Britain in Estonia") is no base."""
        text = self.text
        if base.end + 4 != m.start or not text.startswith(" in ", base.end):
            return False
        if PLACE not in base.cats or base.host or STATE in base.cats:
            return False
        before = text[max(s.start, base.start - 10) : base.start].lower()
        return before.endswith(("from ", "from the "))

    def _planned_place(self, s: Sentence, k: int) -> bool:
        """ "with events in Ghana, Morocco and Senegal due to start in May": the places of a
        phase still planned host nothing yet."""
        ms, text = s.mentions, self.text
        if k and PLANNED in ms[k - 1].cats and text[ms[k - 1].end : ms[k].start] in _PLANNED_IN:
            return True  # "with a stop planned in Lithuania"
        end = ms[k].end
        for x in ms[k + 1 :]:
            if x.role == "place" and _coordinated(text, end, x.start):
                end = x.end
                continue
            return (
                PLANNED in x.cats
                and x.start - end <= 12
                and not _GAP_PUNCT.search(text, end, x.start)
            )
        return False

    def _many_states(self, chosen: Sequence[Sentence]) -> str:
        """ "Twenty-six nations ... are taking part", "troops from 20 NATO allies": the
        report counts the states that take part, even when it names fewer than two."""
        for s in chosen:
            if not (s.coop or s.multinational):
                continue
            source = self.source(s)
            counted = _counted_states(source, s, 2)
            if counted:
                return counted
        return ""

    @staticmethod
    def _exercise_name(m: Mention) -> str:
        item = m.first(EXERCISE)
        return getattr(item.ref, "name", "") if item is not None else ""

    def _agreement_in_lead(self) -> bool:
        """The title or the lead reports an agreement, plan or proposal between two or more
        named states ("Russia and North Korea sign a mutual defence pact")."""
        for s in self.title + self.sentences:
            if (
                (s.title or s.lead)
                and PLANNED in s.cats
                and self._named_count(s) - len(self._sellers(s)) >= 2
                and self._plan_in_main_clause(s)
                and not self._ends_an_agreement(s)
            ):
                self.reason("tense planned: an agreement or plan between states in the lead")
                return True
        return False

    def _ends_an_agreement(self, s: Sentence) -> bool:
        """ "The Philippines notified the United States of its decision to terminate the
        Visiting Forces Agreement": the agreement word names what is being ended, not a plan."""
        low = self.source(s)[s.start : s.end].lower()
        return any(w in low for w in _ENDING_AN_AGREEMENT)

    @staticmethod
    def _sellers(s: Sentence) -> set[str]:
        """ "Greece signs deal for 18 Rafale fighters from France": a state named only as the
        place its weapons come from sells them; a purchase is no plan between two parties
        for forces to act together."""
        sold = {c for x in s.mentions if x.role == "origin" for c in x.info.state_codes}
        if not sold:
            return sold
        return sold - {c for x in s.mentions if x.role != "origin" for c in x.info.state_codes}

    def _signed_military_pact(self, s: Sentence) -> bool:
        """ "Greece and France signed a strategic defence partnership that includes a clause
        on mutual military assistance": a military pact two states sign binds their forces to
        act together, though no drill is named yet."""
        if MIL not in s.cats:
            return False
        low = self.source(s)[s.start : s.end].lower()
        at = low.find(" signed ")
        if at < 0 or "mutual" not in low:
            return False
        # "days after Russia and North Korea signed a mutual defence pact" only dates the news
        return not any(w in low[:at] for w in _SIGNED_AS_TIME)

    def _named_count(self, s: Sentence) -> int:
        """How many states a sentence names. A lead sentence with no activity word was not
        screened and carries no codes ("France and Poland signed a treaty on Friday"): when
        a later sentence tells of joint activity as planned ("The treaty also provides for
        joint exercises"), the states its spans name as states count."""
        if (
            s.codes
            or s.title
            or not (
                self._signed_military_pact(s)
                or any(
                    PLANNED in x.cats
                    and COOP in x.cats
                    and not x.cats.isdisjoint(_ACTIVITY_CATEGORIES)
                    for x in self.sentences
                )
            )
        ):
            return len(s.codes)
        named: set[str] = set()
        for info in s.infos:
            named.update(info.state_codes)
        return len(named)

    def _plan_in_main_clause(self, s: Sentence) -> bool:
        """A plan word before any side clause: not "..., as its oxygen supply was expected to
        run out", where the plan word governs another clause."""
        source = self.source(s)
        side = _SIDE_COMMA.search(source, s.start, s.end)
        end = side.start() if side is not None else s.end
        return any(PLANNED in m.cats and m.start < end for m in self.clf.mentions(source, s))

    def _same_event(self, s: Sentence) -> bool:
        """A sentence only in the future tense that still describes the reported drills."""
        return self.current_report and s.weak_future

    def _national_leg(self, chosen: Sequence[Sentence]) -> bool:
        """Whether the title or the lead names a multinational exercise as one state's part
        of it: "the Lithuanian part of Saber Strike", "the Polish leg of the drill"."""
        text = self.text
        for s in chosen:
            if not s.lead or " of " not in text[s.start : s.end]:
                continue
            for m in s.mentions:
                item = m.first(EXERCISE)
                if item is None or not getattr(item.ref, "multinational", False):
                    continue
                found = _LEG_BEFORE.search(text, max(s.start, m.start - 40), m.start)
                if found is None:
                    continue
                word = found.start()
                if any(x.states and x.end == word and EXERCISE not in x.cats for x in s.mentions):
                    return True
        return False

    @staticmethod
    def _forces_named(everything: Sequence[Sentence], code: str) -> bool:
        """Whether the article names the forces of a state ("Polish troops")."""
        return any(m.military and code in m.states for s in everything for m in s.mentions)

    @staticmethod
    def _named_outside_exercise(everything: Sequence[Sentence], codes: Sequence[str]) -> bool:
        """Whether any of the codes is named in the article other than by an exercise's name."""
        for s in everything:
            for m in s.mentions:
                if EXERCISE not in m.cats and any(c in m.states for c in codes):
                    return True
        return False

    def _exercise_states(self, chosen: Sequence[Sentence]) -> list[str]:
        """The core states of the exercise the report is about: named in the title or the
        lead if any is named there ("AUSINDEX ... The ships went on to join Malabar")."""
        codes: list[str] = []
        lead = [s for s in chosen if s.title or s.lead]
        if any(EXERCISE in m.cats for s in lead for m in s.mentions):
            chosen = lead
        # a title that names an exercise names the report's own: the lead's others are not
        # ("... in 'Nippon Skies'. The jets arrived from Pitch Black in Australia")
        titled = [s for s in chosen if s.title]
        if any(EXERCISE in m.cats for s in titled for m in s.mentions):
            chosen = titled
        for s in chosen:
            cut = min(s.cut, self._title_other_drill_from(s))
            for m in s.mentions:
                item = m.first(EXERCISE)
                if m.start >= cut:
                    break
                if item is not None and getattr(item.ref, "multinational", False):
                    if self._umbrella_drill(s, m.start):
                        continue
                    for code in getattr(item.ref, "states", []):
                        if code not in codes:
                            codes.append(code)
        return codes

    def _umbrella_drill(self, s: Sentence, start: int) -> bool:
        """ "This year it forms part of NATO's large Steadfast Defender series": an exercise
        the report's own drill is said to belong to (is, forms, was part of) is the larger
        series; its usual states are not the drill's."""
        source = self.source(s)
        i = source.rfind("part of ", max(s.start, start - 32), start)
        if i < 0:
            return False
        gap = source[i + 8 : start]
        if "," in gap or len(gap.split()) > 3:
            return False
        before = source[max(s.start, i - 16) : i].split()
        if before and before[-1] == "also":
            before.pop()
        return bool(before) and before[-1] in _UMBRELLA_VERBS

    def _activity(self, chosen: Sequence[Sentence]) -> Activity | None:
        if not chosen:
            return None
        if self.title and self.article.title and _essay_title(self.article.title):
            # "Analysis: What Estonia learned from its biggest exercise": the essay's headline
            # reports nothing (see _ESSAY_LABELS) but names the kind of activity the body tells
            chosen = [*chosen, *(t for t in self.title if t.activities and t not in chosen)]
        if all(item.needs_coop for s in chosen for _m, item in s.activities):
            # "Warships of the coalition and the EU held a counter-piracy exercise ... Ships
            # from Italy and Spain operated alongside U.S. and Japanese warships": when the
            # sentences that name the states only have vague verbs, the title or lead that
            # names the same event's drill (without naming the states) says what it was
            chosen = [
                *chosen,
                *(
                    t
                    for t in (*self.title, *self.sentences)
                    if (t.title or t.lead)
                    and t not in chosen
                    and not t.background
                    and t.tense in ("past", "ongoing")
                    and any(not it.needs_coop and it.strength >= 1.0 for _m, it in t.activities)
                    and not self._other_exercise(t)
                ),
            ]
        votes: dict[str, float] = {}
        # "bombers crossed the kingdom escorted by Saudi F-15s": the escort is what the two
        # states did together; "crossed", "flew" and "flight" are how the bombers moved.
        escorted = any(s.escorted for s in chosen)
        # "bombers flew over the peninsula and dropped inert bombs on a firing range with
        # allied jets": a bare flying verb in a sentence that also names the training tells
        # how the training was done; then the report's other bare flying verbs ("fly with
        # Japanese jets" in the title) tell the same flights.
        trained_flying = any(
            any(item.sub == "patrol" and item.needs_coop for _m, item in s.activities)
            and any(item.sub == "exercise" for _m, item in s.activities)
            for s in chosen
            if not s.title
        )
        for s in chosen:
            weight = 2.0 if (s.title or s.lead) else 1.0
            source = self.source(s)
            for n, (m, item) in enumerate(s.activities):
                if _guarded_search(
                    _DESTINATION_BEFORE,
                    ("way", "route", "bound", "head"),
                    source,
                    max(s.start, m.start - 60),
                    m.start,
                    True,
                ):
                    continue
                if source.startswith("-", m.end) and _COMPOUND_AFTER.match(source, m.end):
                    continue  # "a joint flight-tactical exercise": a modifier of the noun after
                if (
                    len(chosen) > 1
                    and _guarded_search(
                        _SEQUENCE_BEFORE,
                        ("after", "following", "before"),
                        source,
                        max(s.start, m.start - 60),
                        m.start,
                        True,
                    )
                    is not None
                ):
                    continue  # "formed up after the two navies' exercise": an earlier event
                if item.sub == "patrol" and n + 1 < len(s.activities):
                    # "have flown their first training missions": a flying verb whose object
                    # is a training noun says how the training was done
                    obj, obj_item = s.activities[n + 1]
                    gap = source[m.end : obj.start]
                    if (
                        obj_item.sub == "exercise"
                        and not obj_item.needs_coop
                        and len(gap) <= 30
                        and not any(ch in gap for ch in ",;:.")
                    ):
                        continue
                if trained_flying and item.sub == "patrol" and item.needs_coop:
                    continue
                if (
                    escorted
                    and item.sub == "patrol"
                    and not item.needs_coop
                    and _FORMATION_WORDS.search(source, m.start, m.end)
                ):
                    # "escorted by Kyiv's fighters ... flew in formation", "the joint flight":
                    # in an escorted report, flying together is how the escort was flown
                    votes["escort"] = votes.get("escort", 0.0) + weight
                    continue
                if escorted and item.needs_coop and item.sub in ("patrol", "escort"):
                    if item.sub == "escort" and s.escorted:
                        votes["escort"] = votes.get("escort", 0.0) + weight
                    continue
                if item.needs_coop and not s.coop:
                    continue
                votes[item.sub] = votes.get(item.sub, 0.0) + weight * item.strength
        if not votes:  # a joint sentence with only vague verbs ("aircraft operating")
            for s in chosen:
                for _m, item in s.activities:
                    votes[item.sub] = votes.get(item.sub, 0.0) + item.strength
        if not votes:
            return "patrol" if any(s.intercept or s.opposed for s in chosen) else "other"
        best = max(votes.items(), key=lambda kv: kv[1])[0]
        return best  # type: ignore[return-value]

    def _related(self, chosen: Sequence[Sentence], states: set[str]) -> list[Sentence]:
        """Sentences about the activity: the joint ones, plus those where participants'
        forces act (not background, not planned)."""
        out = list(chosen)
        seen = {s.index for s in chosen}
        for s in self.sentences:
            if (
                s.index in seen
                or s.background
                or (s.tense == "planned" and not self._same_event(s))
            ):
                continue
            if states.isdisjoint(s.codes):
                continue
            self.clf.attach(self.text, s)
            if any(
                m.military and not states.isdisjoint(m.states) and m.role != "opposition"
                for m in s.mentions
            ):
                out.append(s)
        out.sort(key=lambda s: s.start)
        return out

    def _assets(self, related: Sequence[Sentence], states: set[str]) -> list[Asset]:
        assets: dict[str, Asset] = {}
        for s in related:
            for m in s.mentions:
                item = m.first(ASSET)
                if item is None or m.role == "opposition":
                    continue
                ref = item.ref
                name = getattr(ref, "name", "")
                state = m.states[0] if m.states else item.sub
                if states and state not in states:
                    continue
                if name not in assets:
                    assets[name] = _construct(
                        Asset,
                        {
                            "name": name,
                            "state": state,
                            "nuclear_capable": bool(getattr(ref, "nuclear_capable", False)),
                            "kind": getattr(ref, "kind", None),
                            "domain": getattr(ref, "domain", None),
                        },
                    )
                    self.quote(m.start, m.end, "asset")
        if assets:
            self.reason(
                "assets "
                + ", ".join(
                    f"{a.name} ({a.state}{', nuclear-capable' if a.nuclear_capable else ''})"
                    for a in assets.values()
                )
            )
        return list(assets.values())

    def _domains(self, chosen: Sequence[Sentence], assets: Sequence[Asset]) -> list[Domain]:
        found: set[str] = set()
        for s in chosen:
            for m in s.mentions:
                if m.military and m.domain and m.role != "opposition":
                    found.add(m.domain)
            for _m, item in s.activities:
                ref = item.ref
                if item.cat == EXERCISE:
                    found.update(getattr(ref, "domains", []))
        for a in assets:
            if a.domain:
                found.add(a.domain)
        order = ("air", "sea", "land")
        return [d for d in order if d in found]  # type: ignore[misc]

    def _locations(
        self, related: Sequence[Sentence], states: Sequence[str]
    ) -> tuple[list[Location], list[tuple[int, int]]]:
        """Where the activity happens: places named in the sentences about it, in the sentence
        right after one of them ("The drills move into the Sea of Okhotsk") and in a title that
        reports it; and a country (or its capital) named as the scene ("in Norway", "off Oman",
        "across Israel's airspace"), never one that only takes part ("Norwegian troops").
        Without any place there, the places of every sentence that is not background."""
        found: dict[str, Location] = {}
        spans: list[tuple[int, int]] = []
        group = [*related, *self._activity_sentences(related, set(states)), *self._titles()]
        self._collect_places(group, True, found, spans)
        if not self._has_place(found.values()):
            group = [s for s in self.sentences if not s.background]
            self._collect_places(group, False, found, spans)
        if found:
            self.reason("locations " + ", ".join(found))
        return list(found.values()), spans

    def _collect_places(
        self,
        group: Sequence[Sentence],
        countries: bool,
        found: dict[str, Location],
        spans: list[tuple[int, int]],
    ) -> None:
        """Add the places of `group` not yet in `found` (see _places_in), and the spans of
        those named in the body."""
        for s in group:
            for name, lat, lon, start, end in self._places_in(s, countries):
                if name not in found:
                    found[name] = _construct(Location, {"name": name, "lat": lat, "lon": lon})
                    if not s.title:
                        spans.append((start, end))

    def _titles(self) -> list[Sentence]:
        return [s for s in self.title if s.joint or s.mentions_joint]

    def _places_in(self, s: Sentence, countries: bool) -> list[tuple[str, float, float, int, int]]:
        """(name, lat, lon, start, end) of every place a sentence names, and with `countries`
        of every country or capital it names as the scene (see _scene_states)."""
        places = self._named_places(s)
        if countries and STATE in s.cats:
            text = self.source(s)
            return [*places, *self._scene_states(text, s)]
        return places

    def _named_places(self, s: Sentence) -> list[tuple[str, float, float, int, int]]:
        """The places (not countries) a sentence names, worked out once per sentence: they
        depend on its text and matched items only. Callers do not change the list."""
        key = (s.title, s.index)
        cached = self._places.get(key)
        if cached is not None:
            return cached
        text = self.source(s)
        out: list[tuple[str, float, float, int, int]] = []
        if PLACE in s.cats:
            for m in self.clf.mentions(text, s):
                item = m.first(PLACE)
                ref = item.ref if item is not None else None
                if isinstance(ref, Place) and self._names_the_place(text, m):
                    out.append((ref.name, ref.lat, ref.lon, m.start, m.end))
        out.extend(self._joined_places(text, s))
        self._places[key] = out
        return out

    def _has_place(self, locations: Iterable[Location]) -> bool:
        countries = self.clf.country_names
        return any(loc.name not in countries for loc in locations)

    def _region_points(
        self, locations: Sequence[Location], related: Sequence[Sentence]
    ) -> Sequence[Location]:
        """The locations a distance is measured from: the places and cities where the activity
        is; else also oceans and wide regions ("the Indo-Pacific", "the Arctic"), whose point
        stands for a large area; else also where forces came from ("US F-16s from Aviano", but
        "aircraft flying from Guam" is where the drill is based);
        a country's point, which stands for all of it, only when nothing else is named."""
        countries = self.clf.country_names
        places = [loc for loc in locations if loc.name not in countries]
        if len(places) < 2:
            return places or locations
        origins: set[str] = set()
        for s in [*related, *self._titles()]:
            text = self.source(s)
            for name, _lat, _lon, start, _end in self._places_in(s, False):
                found = _guarded_search(
                    _FROM_BEFORE, ("from",), text, max(s.start, start - 40), start, False
                )
                if found and found.group(1).lower() not in _OPERATING_FROM:
                    origins.add(name)  # not "flying from Guam": where the drill is based
        wide = self.clf.wide_place_names
        here = [loc for loc in places if loc.name not in origins]
        return [loc for loc in here if loc.name not in wide] or here or places or locations

    @staticmethod
    def _names_the_place(text: str, m: Mention) -> bool:
        """Not a ship named after it ("INS Visakhapatnam", "the destroyer Kolkata"), a unit
        ("the Assam Regiment", "Sikkim Scouts") or a dateline the splitter left in the text
        ("KOLKATA (Bengal Chronicle) -")."""
        if _SHIP_BEFORE.search(text, max(0, m.start - 60), m.start):
            return False
        if _SLOGAN_BEFORE.search(text, max(0, m.start - 20), m.start):
            return False  # "a free and open Indo-Pacific": a policy, not a place
        if _UNIT_AFTER.match(text, m.end):
            return False
        surface = text[m.start : m.end]
        return not (surface.isupper() and _DATELINE_AFTER.match(text, m.end))

    def _activity_sentences(self, related: Sequence[Sentence], states: set[str]) -> list[Sentence]:
        """More sentences that say where the activity goes on, which the participant rules
        skip: one next to a sentence about it that goes on about it ("The drills will move
        into the Sea of Okhotsk"), one that names the activity ("the patrol covered the Sea of
        Japan"), and one where a participant's forces are ("US Marines are deployed at bases
        including U-Tapao"). Never background, an earlier year, another named exercise, an
        intercept, or a state other than the participants, unless it only speaks or is named
        as a place ("northern provinces near Taiwan")."""
        body = [s for s in related if not s.title]
        if not body:
            return []
        taken = {s.index for s in body}
        near = {s.index + 1 for s in body} | {s.index - 1 for s in body}
        exercises: set[int] = set()
        for s in body:
            for m in s.mentions:
                item = m.first(EXERCISE)
                if item is not None:
                    exercises.add(id(item.ref))
        year = self.article.published_at.year if self.article.published_at else None
        out: list[Sentence] = []
        for s in self.sentences:
            if s.index in taken or s.title or s.background or not s.cats.isdisjoint(_AWAY_CATS):
                continue
            if s.cats.isdisjoint(_NEXT_SENTENCE_CATS):
                continue
            if s.cats.isdisjoint(_WHERE_CATS) and "seas" not in self.text[s.start : s.end]:
                continue
            if s.tense == "planned" and not (self._same_event(s) or self.current_report):
                continue  # "The two-week drills will take place in South Sumatra": still these
            mentions = self.clf.mentions(self.text, s)
            if any(not states.issuperset(m.info.codes) and not self._aside(s, m) for m in mentions):
                continue  # someone else: an interceptor, a neighbour, another event
            if EXERCISE in s.cats:
                named = [m.first(EXERCISE) for m in mentions]
                if any(item is not None and id(item.ref) not in exercises for item in named):
                    continue  # another drill
            if year is not None and self._dated_apart(s, year):
                continue
            forces = any(
                not states.isdisjoint(m.info.codes) and not m.cats.isdisjoint(_ACTOR_HEAD_CATS)
                for m in mentions
            )
            if s.index in near or not s.cats.isdisjoint(_ACTIVITY_CATEGORIES) or forces:
                out.append(s)
        return out

    def _dated_apart(self, s: Sentence, year: int) -> bool:
        """ "in 2022", "the 2018 edition", "last year", "next year", "in July" or "scheduled for
        July" (in a report of September): another event or phase than the report's."""
        if _guarded_search(
            _NEXT_EDITION, ("next",), self.text, s.start, s.end, True
        ) or _guarded_search(_DATED_EARLIER, _EARLIER_WORDS, self.text, s.start, s.end, True):
            return True
        published = self.article.published_at
        if _names_month(self.text, s.start, s.end):
            for found in _IN_MONTH.finditer(self.text, s.start, s.end):
                if published is not None and _MONTHS.index(found.group(1)) + 1 != published.month:
                    return True
        if not _may_name_year(self.text, s.start, s.end) or not _HAS_YEAR.search(
            self.text, s.start, s.end
        ):
            return False
        return any(
            int(found.group(1) or found.group(2) or found.group(3)) != year
            for found in _YEAR_MENTION.finditer(self.text, s.start, s.end)
        )

    def _aside(self, s: Sentence, m: Mention) -> bool:
        """A state that only speaks ("Japan said the flotilla ...") or is named as a place."""
        return m.role == "speaker" or self._named_as_place(s, m)

    def _named_as_place(self, s: Sentence, m: Mention) -> bool:
        """A bare state after "near", "off", "toward" and the like: where, not who."""
        if STATE not in m.cats or not m.cats.isdisjoint(_NOT_BARE_STATE_CATS | _HEAD_CATS):
            return False
        words = self.text[max(s.start, m.start - 40) : m.start].lower().split()
        while words and (words[-1] in _DETERMINERS or words[-1] in _SCENE_REGION_WORDS):
            words.pop()
        return self.clf._is_place_before(words)

    def _joined_places(self, text: str, s: Sentence) -> list[tuple[str, float, float, int, int]]:
        """ "the Arafura and Timor seas", "the Black and Caspian seas": two seas under one
        plural noun, which the matcher (whole phrases only) does not see."""
        out: list[tuple[str, float, float, int, int]] = []
        if "seas" not in text[s.start : s.end].lower():
            return out
        for found in _JOINED_SEAS.finditer(text, s.start, s.end):
            for group in (1, 2):
                word = found.group(group)
                for _start, _end, items in self.clf._matcher.find_spans(word + " Sea"):
                    for item in items:
                        ref = item.ref
                        if item.cat == PLACE and isinstance(ref, Place):
                            start, end = found.span(group)
                            out.append((ref.name, ref.lat, ref.lon, start, end))
        return out

    def _scene_states(self, text: str, s: Sentence) -> list[tuple[str, float, float, int, int]]:
        """Countries named as where the activity happens: after "in", "across", "off",
        "over", "at", "hosted by" and the like, alone or as "Norway's coast", or listed with
        one ("in Morocco, Ghana, Senegal and Tunisia"). A capital that is a state alias is
        the city ("in Baku"). Not a state that modifies a noun ("Norwegian troops"), nor
        one followed by a place of its own ("Thailand's Tak province": the province)."""
        out: list[tuple[str, float, float, int, int]] = []
        ms = self.clf.mentions(text, s)
        previous: Mention | None = None
        for i, m in enumerate(ms):
            cats = m.cats
            if STATE not in cats or not cats.isdisjoint(_NOT_BARE_STATE_CATS):
                continue  # not a state, or a force or place named after one
            item = m.first(STATE)
            codes = m.info.state_codes
            if (
                item is None
                or not isinstance(item.ref, State)
                or codes.count(codes[0]) != len(codes)
            ):
                continue  # a group of states ("NATO nations")
            state = item.ref
            capital = state.capital
            is_capital = False
            before = ms[i - 1] if i else None
            if (
                previous is not None
                and previous.end >= m.start - 40
                and _coordinated(text, previous.end, m.start)
            ) or (
                # "over the eastern Mediterranean and Israel", "at Batam, Indonesia"
                before is not None
                and PLACE in before.cats
                and (_coordinated(text, before.end, m.start) or text[before.end : m.start] == ", ")
                and self._names_the_place(text, before)
            ):
                here = True  # listed with a scene
            else:
                words = text[max(s.start, m.start - 40) : m.start].lower().split()
                while words and (words[-1] in _DETERMINERS or words[-1] in _SCENE_REGION_WORDS):
                    words.pop()
                if not words or (len(words) > 1 and words[-2] in _EVENT_NOUNS):
                    continue  # "a summit in Washington"
                last = words[-1]
                if last in _NEAR_WORDS and capital is not None:
                    is_capital = _surface(text, m) == capital.name.lower()
                here = (
                    last in _SCENE_PREPOSITIONS
                    or is_capital
                    or (len(words) > 1 and (words[-2], last) in _SCENE_PHRASES)
                ) and Classifier._near_activity(text, s, m)  # not "raising alarm in Kyiv"
            if not here or not self._ends_scene(text, s, m, ms[i + 1 : i + 2]):
                continue
            if not s.title:
                self.clf.attach(text, s)  # only now: most sentences have no candidate
            if m.attached or m.military:
                continue
            previous = m
            if capital is not None and (is_capital or _surface(text, m) == capital.name.lower()):
                out.append((capital.name, capital.lat, capital.lon, m.start, m.end))
            elif state.lat is not None and state.lon is not None:
                out.append((state.name, state.lat, state.lon, m.start, m.end))
        return out

    def _ends_scene(self, text: str, s: Sentence, m: Mention, after: Sequence[Mention]) -> bool:
        """What follows a country named as a scene: the end of a clause, a small word
        ("and", "on", "for", "this"), or a place noun ("'s coast", "waters"); not a noun it
        modifies, and not a place of its own after "'s"."""
        if _SCENE_AFTER.match(text, m.end, min(s.end, m.end + 50)):
            return True
        end = m.end
        if text.startswith(".", end) and "." in text[m.start : end]:
            end += 1  # "the U.S. naval base"
        nxt = _NEXT_WORD.match(text, end, min(s.end, end + 40))
        if nxt is None:
            return True  # punctuation or the end of the sentence
        if nxt.group(2) is None:
            return False  # "US-led", "Russia-Belarus"
        if nxt.group(1):
            return False  # "Russia's Kaliningrad exclave", "Norway's army"
        return nxt.group(2).lower() in _SCENE_FOLLOWERS and not (
            after and after[0].start == nxt.start(2) and PLACE in after[0].cats
        )

    def _region(
        self, locations: Sequence[Location], related: Sequence[Sentence]
    ) -> tuple[RegionOfInterest | None, str]:
        computed = None
        for loc in self._region_points(locations, related):
            near = self.clf.nearest_area(loc.lat, loc.lon)
            if near is not None and (computed is None or near[1] < computed[1]):
                computed = near
        named = self._named_areas()
        stated = self._stated_distance(related)
        if stated is not None:
            km, start, end, area_in_sentence = stated
            area = area_in_sentence
            if area is None and computed is not None and computed[1] <= 2000:
                area = computed[0]
            if area is None and named:
                area = named[0]
            if area is not None:
                self.quote(start, end, "distance")
                return (
                    _construct(
                        RegionOfInterest,
                        {
                            "name": area.name,
                            "distance_km": round(km, 1),
                            "distance_source": "stated",
                        },
                    ),
                    f"region {area.name}: {km:.0f} km stated ('{self.snippet(start, end, 40)}')",
                )
        if computed is not None and computed[1] <= REGION_MAX_KM:
            area, km = computed
            return (
                _construct(
                    RegionOfInterest,
                    {"name": area.name, "distance_km": round(km, 1), "distance_source": "computed"},
                ),
                f"region {area.name}: {km:.0f} km computed from the locations",
            )
        return None, ""

    def _named_areas(self) -> list[AreaOfInterest]:
        out: list[AreaOfInterest] = []
        for s in self.sentences:
            if AREA not in s.cats:
                continue
            for m in self.clf.mentions(self.text, s):
                item = m.first(AREA)
                if (
                    item is not None
                    and isinstance(item.ref, AreaOfInterest)
                    and item.ref not in out
                ):
                    out.append(item.ref)
        return out

    def _stated_distance(
        self, related: Sequence[Sentence]
    ) -> tuple[float, int, int, AreaOfInterest | None] | None:
        best: tuple[int, float, int, int, AreaOfInterest | None] | None = None
        pool = list(related) or [s for s in self.sentences if s.lead]
        for s in pool:
            if not _DIGIT.search(self.text, s.start, s.end):
                continue  # a distance starts with a number (the search skips to digits in C)
            if not _may_hold(_UNIT_WORDS, self.text, s.start, s.end, True):
                continue  # nor without a unit
            for m in _DISTANCE.finditer(self.text, s.start, s.end):
                tail_end = min(s.end, m.end() + 40)
                if not _DISTANCE_TAIL.match(self.text, m.end(), tail_end):
                    continue
                if m.group(3) and m.group(4):
                    km = _to_km(m.group(3), m.group(4))
                else:
                    km = _to_km(m.group(1), m.group(2))
                if km is None or km > REGION_MAX_KM:
                    continue
                area = None
                for mm in self.clf.mentions(self.text, s):
                    item = mm.first(AREA)
                    if item is not None and isinstance(item.ref, AreaOfInterest):
                        area = item.ref
                        break
                target = bool(_DISTANCE_TARGET.search(self.text, m.end(), min(s.end, m.end() + 60)))
                rank = 0 if area is not None else (1 if target else 2)
                if best is None or (rank, km) < (best[0], best[1]):
                    best = (rank, km, m.start(), m.end(), area)
        if best is None:
            return None
        return best[1], best[2], best[3], best[4]

    def _evidence(
        self,
        chosen: Sequence[Sentence],
        states: Sequence[str],
        nonmil_only: bool,
        single: bool,
        tense: str | None,
        is_subject: bool,
        counted: bool = False,
    ) -> float:
        """The evidence as a logit (positive: for joint activity); the weights are set so
        that the rules' clear cases land far from 0 and borderline ones near it. Its logistic
        is no probability: the score is its calibration (core/calibration.py). `counted`: the report counts the
        states taking part ("warships from 14 nations"), as many as it names or more."""
        z = -5.5 + 2.2 * (3 if counted else min(len(states), 3))
        strength = 0.0
        for s in chosen:
            for _m, item in s.activities:
                strength = max(strength, item.strength)
        if chosen and strength == 0.0:
            strength = 0.6  # intercept-framed: the activity is implied
        z += 1.5 * strength
        if any(s.coop for s in chosen):
            z += 1.0
        if any(len(s.participants) >= 2 for s in chosen):
            z += 0.8
        if any(ASSET in s.cats and any(ASSET in m.cats for m in s.mentions) for s in chosen):
            z += 0.3
        if any(EXERCISE in s.cats and any(EXERCISE in m.cats for m in s.mentions) for s in chosen):
            z += 0.5
        if is_subject:
            z += 0.5
        if any(s.intercept for s in chosen) and not any(s.coop for s in chosen):
            z -= 0.4
        if tense == "planned":
            z -= 3.0
        if nonmil_only:
            z -= 3.0
        if single:
            z -= 1.5
        if chosen and not is_subject:
            z -= 2.5
        return z


# Where a country is the scene of an activity (see _Decision._scene_states).
_SCENE_PREPOSITIONS = frozenset(
    "in across throughout inside within off over at into".split()  # noqa: SIM905
)
_SCENE_PHRASES = frozenset(
    {
        ("hosted", "by"),
        ("coast", "of"),
        ("waters", "of"),
        ("skies", "of"),
        ("airspace", "of"),
        ("territory", "of"),
        ("parts", "of"),
        ("north", "of"),
        ("south", "of"),
        ("east", "of"),
        ("west", "of"),
        ("fly", "to"),
        ("flew", "to"),
        ("flown", "to"),
        ("deployed", "to"),
        ("sailed", "to"),
    }
)
_EVENT_NOUNS = frozenset(
    "summit talks meeting meetings conference embassy visit ceremony forum".split()  # noqa: SIM905
)
_NEAR_WORDS = frozenset({"near", "outside"})  # "near Ulaanbaatar": a city, not a country
_SCENE_REGION_WORDS = _REGION_WORDS | {"peninsular", "mainland"}
_SCENE_FOLLOWERS = frozenset(
    "and or on in from for to with this last until as after during since over at between "  # noqa: SIM905
    "near while where which when earlier later next through before under but amid despite "
    "including the a an early late".split()
)
# A word (after an optional "'s") right after a state's name; none means punctuation or the end.
_NEXT_WORD = re.compile(r"(['’]s\b)?\s*(?:([A-Za-z]+)|[\w‐‑–-])")
# A state's name followed by the place it stands for: "off Norway's coast", "in Russian waters".
_SCENE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:coast|coasts|coastline|waters|territorial\s+waters|airspace|territory|"
    r"soil|skies|shores?|exclusive\s+economic\s+zone|EEZ)\b"
)
# "INS Visakhapatnam", "the destroyer Kolkata": a ship named after a place is not there.
_SHIP_BEFORE = re.compile(
    # (the lookahead: the alternatives' first letters, see _YEAR_MENTION)
    r"(?=[A-Zcdfst])(?:\b(?:INS|HMS|HMAS|HMCS|HMNZS|USS|USNS|JS|ROKS|KRI|BRP|ITS|FS|HNLMS|HDMS|HNoMS|HSwMS|TCG|"
    r"ESPS|NRP|PNS|SLNS|RSS|KD|HTMS|ARA|ROCS|FGS|ORP|HS|NNS|RFS|CNS|BNS|SAS)|"
    r"\b(?:[Dd]estroyer|[Ff]rigate|[Cc]orvette|[Cc]ruiser|[Ss]ubmarine|[Cc]arrier|[Tt]anker|[Ss]hip)"
    # "the destroyers Nanchang and Kunming": the later names of a plural's list of ships
    r"|\b(?:[Dd]estroyers|[Ff]rigates|[Cc]orvettes|[Cc]ruisers|[Ss]ubmarines|[Cc]arriers|"
    r"[Ss]hips)\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*(?:,?\s+and|,))"
    r"\s+$"
)
# "the Assam Regiment", "Sikkim Scouts": a unit named after a place.
_UNIT_AFTER = re.compile(
    r"\s+(?:Regiment|Rifles|Scouts|Light\s+Infantry|Fleet|Brigade|Division|Squadron|Corps)\b"
)
# "KOLKATA (Bengal Chronicle) -": a dateline after a line the splitter did not recognise.
_DATELINE_AFTER = re.compile(r"(?:,[^\n]{0,60}?)?\s*(?:\([^)\n]{0,60}\)\s*)?(?:--|—|–|-)\s")
# "the Arafura and Timor seas": two named seas under one plural noun.
_JOINED_SEAS = re.compile(r"\b([A-Z][a-z]{2,20})\s+and\s+(?:the\s+)?([A-Z][a-z]{2,20})\s+seas\b")
# Sentence categories that refer back to the activity or its forces (see _activity_sentences),
# and those of a sentence about something else: the other side, an earlier event, a ceremony.
_NEXT_SENTENCE_CATS = frozenset({ACT, EXERCISE, MIL, ASSET, FORCE})
_AWAY_CATS = frozenset({OPP, OPP_ACTOR, BACKGROUND, PRIOR, REACTION})
_FUTURE_CATS: Final = frozenset({FUTURE, PLANNED})
_NOT_BEFORE_ROLES: Final = frozenset({"place", "opposition", "observer", "target", "origin"})
_PURPOSE_NOUNS: Final = ("effort ", "efforts ", "mission ", "operation ", "campaign ")
_THREAT_OBJECTS: Final = (
    " any enemy",
    " any enemies",
    " any attack",
    " any provocation",
    " any aggression",
    " any threat",
    " any adversary",
    " any intruder",
)


def _conditional_threat(text: str, start: int, end: int) -> bool:
    """A bare future followed, in its clause, by a threat aimed at "any" enemy, attack or
    provocation ("would bury any enemy", "will respond sternly to any provocation")."""
    window = text[start : min(end, start + 70)].lower()
    if " any " not in window:
        return False
    for stop in (",", ";", " but ", " and will", " and would"):
        cut = window.find(stop)
        if cut >= 0:
            window = window[:cut]
    return any(obj in window for obj in _THREAT_OBJECTS)


_WHERE_CATS = frozenset({PLACE, STATE})  # a place, or a country that may be the scene
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTHS, start=1)}
# "in recent months", "in recent weeks": a stretch of time before the report (see
# _Decision._dated_before_lead)
_IN_RECENT: Final = re.compile(r"\bin\s+recent\s+(?:days|weeks|months|years)\b", re.IGNORECASE)
_IN_MONTH = re.compile(r"\b(?:in|for)\s+(" + "|".join(_MONTHS) + r")\b")
# "took part in Varuna from September 2 to 4": the days the activity took (see
# _Decision._range_passed)
_DATE_RANGE: Final = re.compile(
    r"\bfrom\s+(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\s+(?:to|until|till|through)\s+"
    r"(?:(" + "|".join(_MONTHS) + r")\s+)?(\d{1,2})\b"
)
# Places whose point stands for a large area (see places.toml).
_WIDE_KINDS = frozenset({"ocean", "wide region"})
_FROM_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:off\s+)?from\s+(?:the\s+)?$")
_OPERATING_FROM = frozenset(
    "operating operate operates operated flying fly flies flew flown launched launching "  # noqa: SIM905
    "took taking sailing sailed sail deployed".split()
)
_NEXT_EDITION = re.compile(r"\bnext\s+(?:year|edition|round|iteration)\b", re.IGNORECASE)
_SLOGAN_BEFORE = re.compile(r"\bfree\s+and\s+open\s+(?:the\s+)?$", re.IGNORECASE)


def _add_named(
    named: set[str], source: str, end: int, items: tuple[Item, ...], cats: frozenset[str]
) -> None:
    """Add the states and forces of a span ending at `end` to `named`, unless it names a
    weapon's maker ("US-built": where the weapon was made)."""
    if (STATE in cats or FORCE in cats) and not _origin_after(source, end):
        named.update(item.sub for item in items if item.cat in (STATE, FORCE))


def _surface(text: str, m: Mention) -> str:
    """A mention as written, one space per run, in lower case."""
    return " ".join(text[m.start : m.end].split()).lower()


def _to_km(number: str, unit: str) -> float | None:
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return None
    factor = _UNITS.get(" ".join(unit.lower().split()))
    return value * factor if factor else None


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------------------
# Module-level convenience


@lru_cache(maxsize=1)
def default_classifier() -> Classifier:
    """The classifier of the packaged knowledge, cues and severity policy, built once."""
    return Classifier(default_knowledge())


_default_classifier = default_classifier  # the name scripts used before it was public


def classify_article(
    article: Article, *, classifier: Classifier | None = None
) -> ClassificationResult:
    """Classify one article with `classifier`, or with a cached default one."""
    return (classifier or default_classifier()).classify(article)
