"""The reference knowledge files: they load, they are big enough, and their aliases are
unambiguous, because every alias becomes a phrase of one matcher over the article text."""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest

from jointwatch.core.knowledge import DATA_DIR, Knowledge, load_knowledge
from jointwatch.errors import ConfigurationError

KNOWLEDGE_FILES = (
    "states.toml",
    "forces.toml",
    "assets.toml",
    "places.toml",
    "exercises.toml",
    "areas.toml",
)
_DASHES = str.maketrans({ch: "-" for ch in "\u2010\u2011\u2012\u2013"} | {"\u2019": "'"})


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


def _key(alias: str) -> str:
    """How the matcher sees an alias: case-folded, one space per run, plain dashes."""
    return " ".join(alias.split()).translate(_DASHES).casefold()


def _collisions(entries: Iterable) -> list[str]:
    """Aliases (or names) that two different entries of one group share."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        label = getattr(entry, "code", None) or entry.name
        for alias in {entry.name, *entry.aliases}:
            owners[_key(alias)].add(label)
    return sorted(f"{key!r}: {sorted(who)}" for key, who in owners.items() if len(who) > 1)


def _copy_data(tmp_path: Path) -> Path:
    for name in KNOWLEDGE_FILES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def _inside(lat: float, lon: float, polygon: list[tuple[float, float]]) -> bool:
    """Even-odd rule with longitudes unwrapped around the point (polygons may cross 180)."""
    inside = False
    prev_lat, prev_lon = polygon[-1][0], lon + ((polygon[-1][1] - lon + 540) % 360 - 180)
    for vertex_lat, vertex_lon in polygon:
        cur_lon = lon + ((vertex_lon - lon + 540) % 360 - 180)
        if (vertex_lat > lat) != (prev_lat > lat):
            cross = cur_lon + (lat - vertex_lat) * (prev_lon - cur_lon) / (prev_lat - vertex_lat)
            if lon < cross:
                inside = not inside
        prev_lat, prev_lon = vertex_lat, cur_lon
    return inside


def test_default_knowledge_files_load_with_a_version_each(knowledge):
    versions = knowledge.version.split("+")
    assert len(versions) == len(KNOWLEDGE_FILES)
    assert "0" not in versions


def test_states_cover_every_un_member_and_common_non_members(knowledge):
    assert sum(s.un_member for s in knowledge.states) >= 193
    non_members = {s.code for s in knowledge.states if not s.un_member}
    assert {"TWN", "XKX", "PSE", "VAT", "ESH"} <= non_members


def test_group_sizes_meet_the_targets(knowledge):
    assert len(knowledge.forces) >= 120
    assert len(knowledge.assets) >= 150
    assert len(knowledge.places) >= 200
    assert len(knowledge.exercises) >= 60
    assert len(knowledge.areas) >= 10


def test_seed_entries_the_classifier_relies_on_are_kept(knowledge):
    assets = {a.name: a for a in knowledge.assets}
    assert assets["Tu-95MS"].state == "RUS" and assets["Tu-95MS"].nuclear_capable
    assert "Xian-H-6K" in assets["H-6K"].aliases and assets["H-6K"].state == "CHN"
    places = {p.name for p in knowledge.places}
    assert {"Chukchi Sea", "Bering Sea", "North Pacific Ocean", "Sea of Japan"} <= places
    alaska = next(a for a in knowledge.areas if a.name == "Alaska")
    assert len(alaska.polygon) >= 20
    assert "US" in knowledge.state("USA").aliases


@pytest.mark.parametrize("group", ["states", "forces", "assets", "places", "exercises", "areas"])
def test_aliases_are_unique_within_each_group(knowledge, group):
    assert _collisions(getattr(knowledge, group)) == []


def test_no_state_alias_is_also_a_force_asset_place_or_exercise(knowledge):
    state_keys = {_key(a) for s in knowledge.states for a in (s.name, *s.aliases)}
    clashes = [
        f"{group}: {alias!r}"
        for group in ("forces", "assets", "places", "exercises")
        for entry in getattr(knowledge, group)
        for alias in (entry.name, *entry.aliases)
        if _key(alias) in state_keys
    ]
    assert clashes == []


def test_aliases_are_not_empty_and_have_no_stray_spaces(knowledge):
    bad = [
        f"{group}: {alias!r}"
        for group in ("states", "forces", "assets", "places", "exercises", "areas")
        for entry in getattr(knowledge, group)
        for alias in (entry.name, *entry.aliases)
        if not alias.strip() or alias != alias.strip() or "  " in alias
    ]
    assert bad == []


def test_ambiguous_abbreviations_are_not_aliases(knowledge):
    every = {
        alias
        for group in ("states", "forces", "assets", "places", "exercises")
        for entry in getattr(knowledge, group)
        for alias in (entry.name, *entry.aliases)
    }
    # AFP is a news agency; the others stand for two different armed forces (ADF: the
    # Australian Defence Force and Uganda's Allied Democratic Forces).
    assert every.isdisjoint({"AFP", "PAF", "IAF", "SAF", "SDF", "RSAF", "ADF", "Korea", "Congo"})


def test_area_coordinates_are_in_range_and_polygons_have_three_vertices(knowledge):
    for area in knowledge.areas:
        assert -90 <= area.lat <= 90 and -180 <= area.lon <= 180, area.name
        assert area.polygon or area.radius_km > 0, f"{area.name}: neither polygon nor radius"
        if area.polygon:
            assert len(area.polygon) >= 3, area.name
            for lat, lon in area.polygon:
                assert -90 <= lat <= 90 and -180 <= lon <= 180, (area.name, lat, lon)


def test_area_polygons_contain_their_centre_and_span_less_than_half_the_globe(knowledge):
    for area in knowledge.areas:
        if not area.polygon:
            continue
        unwrapped = [area.lon + ((lon - area.lon + 540) % 360 - 180) for _, lon in area.polygon]
        assert max(unwrapped) - min(unwrapped) < 180, area.name
        assert _inside(area.lat, area.lon, area.polygon), f"{area.name}: centre outside polygon"


def test_place_coordinates_are_in_range(knowledge):
    for place in knowledge.places:
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place.name


def test_single_state_drills_name_at_most_one_state(knowledge):
    for exercise in knowledge.exercises:
        if not exercise.multinational:
            assert len(exercise.states) <= 1, exercise.name
    by_name = {e.name: e for e in knowledge.exercises}
    assert not by_name["Joint Sword"].multinational
    assert not by_name["Han Kuang"].multinational
    assert set(by_name["Freedom Edge"].states) == {"USA", "JPN", "KOR"}
    assert set(by_name["Joint Sea"].states) == {"RUS", "CHN"}


def test_nuclear_capability_of_well_known_bombers(knowledge):
    nuclear = {a.name: a.nuclear_capable for a in knowledge.assets}
    for name in ("Tu-95MS", "Tu-160", "Tu-22M3", "H-6K", "H-6N", "B-52H", "B-2", "B-21"):
        assert nuclear[name], name
    assert not nuclear["B-1B"]
    assert not nuclear["F-22"]


def test_coast_guards_and_border_guards_are_not_military(knowledge):
    kinds = {f.name: f.kind for f in knowledge.forces}
    assert kinds["China Coast Guard"] == "coast_guard"
    assert kinds["Japan Coast Guard"] == "coast_guard"
    assert kinds["FSB Border Service"] == "border_guard"
    assert kinds["PLA Navy"] == "military"
    norad = next(f for f in knowledge.forces if f.name == "NORAD")
    assert norad.state == "USA"


def test_malformed_toml_raises_configuration_error_naming_the_file(tmp_path):
    data = _copy_data(tmp_path)
    (data / "places.toml").write_text('[meta]\nversion = "x"\n[[place]\nname = "Nowhere"\n')
    with pytest.raises(ConfigurationError, match=r"places\.toml is not valid TOML"):
        load_knowledge(data)


def test_missing_file_raises_configuration_error(tmp_path):
    data = _copy_data(tmp_path)
    (data / "forces.toml").unlink()
    with pytest.raises(ConfigurationError, match=r"forces\.toml is missing"):
        load_knowledge(data)


def test_asset_naming_an_unknown_state_raises_configuration_error(tmp_path):
    data = _copy_data(tmp_path)
    with (data / "assets.toml").open("a", encoding="utf-8") as fh:
        fh.write(
            '\n[[asset]]\nname = "Phantom-X"\nstate = "XYZ"\ndomain = "air"\n'
            'kind = "fighter"\nnuclear_capable = false\n'
        )
    with pytest.raises(ConfigurationError, match=r"'Phantom-X' names unknown state 'XYZ'"):
        load_knowledge(data)


def test_exercise_naming_an_unknown_state_raises_configuration_error(tmp_path):
    data = _copy_data(tmp_path)
    with (data / "exercises.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[exercise]]\nname = "Ghost Drill"\nstates = ["QQQ"]\nmultinational = false\n')
    with pytest.raises(ConfigurationError, match=r"'Ghost Drill' names unknown state 'QQQ'"):
        load_knowledge(data)


def test_every_state_has_a_point_for_when_it_is_the_scene(knowledge):
    missing = [s.code for s in knowledge.states if s.lat is None or s.lon is None]
    assert missing == []
    norway = knowledge.state("NOR")
    assert norway.lat is not None and 58 < norway.lat < 71


def test_a_capital_with_a_point_is_one_of_its_states_aliases(knowledge):
    azerbaijan = knowledge.state("AZE")
    assert azerbaijan.capital is not None and azerbaijan.capital.name == "Baku"
    for state in knowledge.states:
        if state.capital is not None:
            assert state.capital.name in state.aliases, state.code


def test_a_capital_that_is_no_alias_or_half_a_point_is_rejected(tmp_path):
    data = _copy_data(tmp_path)
    states = data / "states.toml"
    text = states.read_text()
    states.write_text(text.replace('capital = { name = "Baku"', 'capital = { name = "Ganja"', 1))
    with pytest.raises(ConfigurationError, match=r"capital 'Ganja' must be one of its aliases"):
        load_knowledge(data)
    states.write_text(text.replace("lat = 40.3\nlon = 47.7\n", "lat = 40.3\n", 1))
    with pytest.raises(ConfigurationError, match=r"AZE: give both lat and lon"):
        load_knowledge(data)


def test_a_short_form_is_no_alias_of_its_own_state():
    from jointwatch.core.knowledge import State

    with pytest.raises(ValueError, match="not short forms"):
        State(
            code="COD",
            name="Democratic Republic of the Congo",
            aliases=["Congo"],
            short_forms=["Congo"],
        )
