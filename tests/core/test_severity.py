from pathlib import Path

import pytest

from jointwatch.core.models import Severity
from jointwatch.core.severity import (
    DEFAULT_POLICY_FILE,
    assess,
    default_severity_policy,
    load_severity_policy,
)
from jointwatch.errors import ConfigurationError

POLICY = """
[meta]
version = "test"

[activity]
patrol = 3
exercise = 1

[[participants]]
min_states = 2
points = 1

[[participants]]
min_states = 4
points = 3

[nuclear_capable]
points = 2

[first_of_its_kind]
points = 1

[[distance]]
max_km = 1000
points = 2

[[distance]]
max_km = 300
points = 5

[[states_of_concern]]
states = ["CHN", "RUS"]
points = 4

[thresholds]
low = 1
medium = 4
high = 8
critical = 12
"""


@pytest.fixture
def policy(tmp_path: Path):
    path = tmp_path / "severity.toml"
    path.write_text(POLICY)
    return load_severity_policy(path)


def test_default_policy_file_is_valid_and_versioned():
    policy = load_severity_policy(DEFAULT_POLICY_FILE)
    assert policy.version
    assert policy.thresholds.low <= policy.thresholds.critical
    assert default_severity_policy().version == policy.version


def test_bombers_off_alaska_are_high_or_critical_by_default():
    result = assess(
        joint=True,
        activity="patrol",
        states=["CHN", "RUS"],
        nuclear_capable=True,
        distance_km=320,
        area_name="Alaska",
        first_of_its_kind=True,
    )
    assert result.severity in (Severity.HIGH, Severity.CRITICAL)
    assert any("Alaska" in line for line in result.reasons)


def test_every_rule_adds_its_points_and_says_why(policy):
    result = policy.assess(
        joint=True,
        activity="patrol",
        states=["RUS", "CHN"],
        nuclear_capable=True,
        distance_km=250,
        first_of_its_kind=True,
    )
    assert result.points == 3 + 1 + 2 + 1 + 5 + 4
    assert result.severity is Severity.CRITICAL
    assert len(result.reasons) == 7  # six rules and the total


def test_distance_bands_apply_the_tightest_band_only(policy):
    near = policy.assess(joint=True, activity="exercise", states=["A", "B"], distance_km=300)
    mid = policy.assess(joint=True, activity="exercise", states=["A", "B"], distance_km=301)
    far = policy.assess(joint=True, activity="exercise", states=["A", "B"], distance_km=5000)
    assert (near.points, mid.points, far.points) == (1 + 1 + 5, 1 + 1 + 2, 1 + 1)


def test_participant_bands_use_the_largest_band_reached(policy):
    three = policy.assess(joint=True, states=["A", "B", "C"])
    five = policy.assess(joint=True, states=["A", "B", "C", "D", "E"])
    assert three.points == 1 and five.points == 3


def test_states_of_concern_need_every_listed_state(policy):
    one = policy.assess(joint=True, states=["CHN", "PAK"])
    both = policy.assess(joint=True, states=["CHN", "RUS", "PAK"])
    assert both.points - one.points == 4


def test_not_joint_and_planned_use_the_not_joint_levels():
    policy = default_severity_policy()
    assert assess(joint=False).severity is policy.not_joint.severity
    planned = assess(joint=False, tense="planned")
    assert planned.severity is policy.not_joint.planned_severity
    assert "planned" in planned.reasons[0]


def test_levels_follow_the_thresholds(policy):
    assert [policy.level_for(p) for p in (0, 1, 4, 8, 12, 40)] == [
        Severity.INFO,
        Severity.LOW,
        Severity.MEDIUM,
        Severity.HIGH,
        Severity.CRITICAL,
        Severity.CRITICAL,
    ]


def test_thresholds_out_of_order_are_rejected(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(POLICY.replace("high = 8", "high = 2"))
    with pytest.raises(ConfigurationError, match="thresholds"):
        load_severity_policy(path)


def test_unknown_activity_and_extra_keys_are_rejected(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(POLICY.replace("exercise = 1", "parade = 1"))
    with pytest.raises(ConfigurationError):
        load_severity_policy(path)


def test_missing_and_broken_policy_files_say_which_file(tmp_path):
    with pytest.raises(ConfigurationError, match="missing"):
        load_severity_policy(tmp_path / "nope.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[meta\n")
    with pytest.raises(ConfigurationError, match="not valid TOML"):
        load_severity_policy(broken)
