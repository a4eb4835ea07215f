"""The cue lexicon: the validated schema of `data/cues.toml` and its loader.

Kept apart from the classifier because these are pydantic models, which mypyc (the compiler
of the classifier's hot modules, see setup.py) cannot compile; the classifier only reads them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .datafile import load_toml_model
from .knowledge import DATA_DIR
from .models import Activity, Domain

DEFAULT_CUES_FILE = DATA_DIR / "cues.toml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PhraseList(_Strict):
    phrases: list[str] = Field(default_factory=list)


class ActivityCues(PhraseList):
    kind: Activity
    strength: float = Field(gt=0, le=1)
    needs_cooperation: bool = False


class MilitaryNouns(PhraseList):
    domain: Domain | None = None
    generic: bool = False


class PlaceContext(_Strict):
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class CueMeta(_Strict):
    version: str


class StateList(_Strict):
    states: list[str] = Field(default_factory=list)


class StateGroup(_Strict):
    """A named group of states ("Quad", "AUKUS"): a mention stands for all of them."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    states: list[str] = Field(min_length=2)
    # Names that stand for the group only as one item of a list of states ("soldiers from
    # Ukraine, Poland and the Baltic states"); alone they are as often a place.
    listed_aliases: list[str] = Field(default_factory=list)


class Rivalry(_Strict):
    """States whose forces do not act together: each of `states` against each of `against`,
    in reports published in `since` or later (always when not given)."""

    states: list[str] = Field(min_length=1)
    against: list[str] = Field(min_length=1)
    since: int | None = Field(default=None, ge=1900, le=2100)


class CueLexicon(_Strict):
    """The validated content of `data/cues.toml` (see the comments in that file)."""

    meta: CueMeta
    activity: list[ActivityCues]
    cooperation: PhraseList
    cooperation_link: PhraseList
    pair_reference: PhraseList
    participation: PhraseList
    opposition: PhraseList
    tense: dict[Literal["planned", "future", "past", "ongoing", "present"], PhraseList]
    negation: PhraseList
    background: PhraseList
    non_military: dict[str, PhraseList]
    neutral: PhraseList
    single_state: PhraseList
    military: list[MilitaryNouns]
    first_of_its_kind: PhraseList
    speech: PhraseList
    officials: PhraseList = PhraseList()
    ceremony: PhraseList = PhraseList()
    side_clause: PhraseList = PhraseList()
    state_count: PhraseList = PhraseList()
    prior_clause: PhraseList = PhraseList()
    reaction: PhraseList = PhraseList()
    observer: PhraseList = PhraseList()
    opposition_actor: PhraseList = PhraseList()
    place_context: PlaceContext
    no_armed_forces: StateList = StateList()
    state_group: list[StateGroup] = Field(default_factory=list)
    rivalry: list[Rivalry] = Field(default_factory=list)

    @property
    def version(self) -> str:
        return self.meta.version


def load_cues(path: Path | None = None) -> CueLexicon:
    """Read and validate a cue lexicon; errors say which file and what is wrong."""
    return load_toml_model(path or DEFAULT_CUES_FILE, CueLexicon, "cue lexicon")


@lru_cache(maxsize=1)
def default_cues() -> CueLexicon:
    return load_cues()
