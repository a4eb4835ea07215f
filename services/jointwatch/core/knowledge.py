"""Reference knowledge: states, armed forces, weapon systems, places, named exercises, areas of interest.

Knowledge is data, not code: each kind lives in a versioned TOML file under `jointwatch/data/`,
and this module only loads and validates it. Adding an aircraft type is a data change.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigurationError
from .datafile import read_toml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

Domain = Literal["air", "sea", "land"]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Capital(_Entry):
    """A capital that is also a state alias ("Baku"): the seat names the government, but
    "drills in Baku" names the city, with its own point."""

    name: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class State(_Entry):
    """A state. `aliases` holds every surface form that names it or its government:
    short names, adjectives and demonyms ("Russian"), capitals used for the government
    ("Moscow", "the Kremlin"). Matching is case-sensitive for all-caps aliases and
    case-insensitive otherwise."""

    code: str = Field(
        pattern=r"^[A-Z]{3}$",
        description="ISO 3166-1 alpha-3 (or a user-assigned code such as XKX)",
    )
    name: str
    aliases: list[str] = Field(default_factory=list)
    un_member: bool = True
    # Where the country is, when a report says an activity happens in it ("drills in Norway"):
    # one representative point inside it, not a border; both or neither.
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    capital: Capital | None = None
    # Forms that name this state and another ("Congo", "Congolese"): kept out of `aliases`,
    # they name this state only in a report that names it, and no other state sharing the
    # form, by an alias ("Democratic Republic of Congo ... the Congolese army").
    short_forms: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _point_and_capital(self) -> State:
        if (self.lat is None) != (self.lon is None):
            raise ValueError(f"state {self.code}: give both lat and lon, or neither")
        if self.capital is not None and self.capital.name not in self.aliases:
            raise ValueError(
                f"state {self.code}: capital {self.capital.name!r} must be one of its aliases"
            )
        shared = set(self.short_forms) & {self.name, *self.aliases}
        if shared:
            raise ValueError(f"state {self.code}: {sorted(shared)} are aliases, not short forms")
        return self


class Force(_Entry):
    """A named armed service, command or other uniformed body, such as "PLA Navy", "JMSDF",
    "Eastern Theater Command", or a coast guard. `kind` tells the classifier whether it is military."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    state: str = Field(pattern=r"^[A-Z]{3}$")
    kind: Literal["military", "coast_guard", "police", "border_guard"] = "military"
    domain: Domain | None = None


class AssetType(_Entry):
    """A military aircraft, ship (class or type) or missile system."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    state: str = Field(
        pattern=r"^[A-Z]{3}$", description="the state that operates it most often in news"
    )
    domain: Domain
    kind: str = Field(
        description="bomber, fighter, destroyer, frigate, submarine, missile system, ..."
    )
    nuclear_capable: bool


class Place(_Entry):
    """A sea, strait, gulf, island, region or identification zone, with a representative point."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str = Field(description="sea, ocean, strait, gulf, bay, island, region, adiz, ...")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class NamedExercise(_Entry):
    """A recurring named exercise or patrol. `states` are its usual participants;
    `multinational` is false for one state's own drills such as "Joint Sword"."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    states: list[str] = Field(default_factory=list)
    multinational: bool
    activity: Literal["patrol", "exercise", "escort", "transit", "other"] = "exercise"
    domains: list[Domain] = Field(default_factory=list)


class AreaOfInterest(_Entry):
    """What a user watches: a point with a radius, or a polygon ([lat, lon] vertices) with a radius
    around it. The distance to an area is 0 inside it."""

    name: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    radius_km: float = Field(ge=0, default=0)
    polygon: list[tuple[float, float]] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _vertices_in_range(self) -> AreaOfInterest:
        for lat, lon in self.polygon:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(
                    f"area {self.name!r}: vertex [{lat}, {lon}] out of range (vertices are [lat, lon])"
                )
        return self


class Knowledge(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    states: list[State]
    forces: list[Force]
    assets: list[AssetType]
    places: list[Place]
    exercises: list[NamedExercise]
    areas: list[AreaOfInterest]

    @model_validator(mode="after")
    def _references_resolve(self) -> Knowledge:
        codes = {s.code for s in self.states}
        if len(codes) != len(self.states):
            raise ValueError("duplicate state code in states.toml")
        for group, items in (("forces", self.forces), ("assets", self.assets)):
            for item in items:
                if item.state not in codes:
                    raise ValueError(f"{group}: {item.name!r} names unknown state {item.state!r}")
        for ex in self.exercises:
            for code in ex.states:
                if code not in codes:
                    raise ValueError(f"exercises: {ex.name!r} names unknown state {code!r}")
        return self

    def state(self, code: str) -> State:
        for s in self.states:
            if s.code == code:
                return s
        raise KeyError(code)


_FILES = {
    "states": ("states.toml", "state"),
    "forces": ("forces.toml", "force"),
    "assets": ("assets.toml", "asset"),
    "places": ("places.toml", "place"),
    "exercises": ("exercises.toml", "exercise"),
    "areas": ("areas.toml", "area"),
}


def load_knowledge(data_dir: Path | None = None, *, areas_file: Path | None = None) -> Knowledge:
    """Load and validate every knowledge file. `areas_file` replaces the default areas of interest."""
    base = data_dir or DATA_DIR
    parts: dict[str, list[dict]] = {}
    versions = []
    for field, (filename, table) in _FILES.items():
        path = areas_file if (field == "areas" and areas_file) else base / filename
        doc = read_toml(path, "knowledge file")
        unknown = set(doc) - {"meta", table}
        if unknown:
            raise ConfigurationError(
                f"knowledge file {path} has unknown tables {sorted(unknown)}; expected [[{table}]]"
            )
        versions.append(str(doc.get("meta", {}).get("version", "0")))
        parts[field] = doc.get(table, [])
    try:
        return Knowledge(version="+".join(versions), **parts)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ConfigurationError(f"knowledge files in {base} are invalid:\n{exc}") from None


@lru_cache(maxsize=4)
def default_knowledge(areas_file: str | None = None) -> Knowledge:
    return load_knowledge(areas_file=Path(areas_file) if areas_file else None)
