"""Where a joint activity happens: the places and countries the classifier reports as its
locations, and the region of interest measured from them. Articles written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jointwatch.core.classifier import Classifier
from jointwatch.core.knowledge import default_knowledge
from jointwatch.core.models import Article, ClassificationResult

PUBLISHED = datetime(2025, 9, 16, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(default_knowledge())


def _classify(classifier: Classifier, body: str, title: str | None = None) -> ClassificationResult:
    result = classifier.classify(Article(id="loc", body=body, title=title, published_at=PUBLISHED))
    assert result.joint_military_activity, result.reasons
    return result


def _names(result: ClassificationResult) -> list[str]:
    return [loc.name for loc in result.locations]


def test_country_where_the_exercise_is_held_is_a_location(classifier):
    result = _classify(
        classifier,
        "Soldiers from Britain and the Netherlands began a two-week joint winter exercise "
        "in Norway on Monday, the Dutch army said.",
    )
    assert "Norway" in _names(result)
    norway = next(loc for loc in result.locations if loc.name == "Norway")
    assert 58 < norway.lat < 71 and 4 < norway.lon < 31


def test_country_that_only_takes_part_is_not_a_location(classifier):
    result = _classify(
        classifier,
        "Norwegian and American troops opened a joint live-fire exercise in Poland on "
        "Tuesday, the Polish defence ministry said.",
    )
    assert _names(result) == ["Poland"]
    assert result.region_of_interest is not None
    assert result.region_of_interest.name == "Poland"
    assert result.region_of_interest.distance_km == 0.0


def test_capital_named_as_the_scene_is_the_city(classifier):
    result = _classify(
        classifier,
        "Special forces of Azerbaijan and Turkey began a joint counter-terrorism drill in "
        "Baku on Sunday, the defence ministry said.",
    )
    assert _names(result) == ["Baku"]
    assert result.locations[0].lon == pytest.approx(49.87, abs=0.1)


def test_base_and_training_area_are_locations(classifier):
    result = _classify(
        classifier,
        "Indian and French troops opened their joint exercise Shakti at Umroi in Meghalaya "
        "on Monday, the Indian Army said.",
    )
    assert {"Umroi", "Meghalaya"} <= set(_names(result))


def test_place_in_the_next_sentence_is_a_location(classifier):
    result = _classify(
        classifier,
        "Chinese and Russian warships began a joint naval exercise off Vladivostok on "
        "Tuesday, the defence ministry said. The ships later sailed north into the Sea of "
        "Okhotsk for anti-submarine drills.",
    )
    assert _names(result) == ["Vladivostok", "Sea of Okhotsk"]


def test_place_of_an_earlier_drill_in_a_background_sentence_is_not_taken(classifier):
    result = _classify(
        classifier,
        "Chinese and Russian warships began a joint naval exercise off Vladivostok on "
        "Tuesday, the defence ministry said. The ships later sailed north into the Sea of "
        "Okhotsk for anti-submarine drills.\n\n"
        "Last year the two navies drilled together in the East China Sea.",
    )
    assert _names(result) == ["Vladivostok", "Sea of Okhotsk"]


def test_two_seas_under_one_plural_noun_are_both_locations(classifier):
    result = _classify(
        classifier,
        "Australian and Indonesian warships held joint gunnery drills in the Arafura and "
        "Timor seas on Wednesday, the navy said.",
    )
    assert {"Arafura Sea", "Timor Sea"} <= set(_names(result))


def test_ship_named_after_a_port_is_not_a_location(classifier):
    result = _classify(
        classifier,
        "Indian and Sri Lankan warships held a joint exercise in the Bay of Bengal on "
        "Friday, with the destroyer INS Kolkata leading the formation, the navy said.",
    )
    assert _names(result) == ["Bay of Bengal"]


def test_distance_is_measured_from_a_named_place_not_a_wide_region(classifier):
    result = _classify(
        classifier,
        "British and Indian warships held a joint exercise in the Bay of Bengal on Monday, "
        "the Indian Navy said. The British carrier strike group is on a seven-month "
        "deployment to the Indo-Pacific.",
    )
    assert {"Bay of Bengal", "Indo-Pacific"} <= set(_names(result))
    region = result.region_of_interest
    assert region is None or region.distance_km > 1000  # not 0 km from the Philippines


# batch 24: ranges and regions of Russian, Kyrgyz and Uzbek drills in translated ministry copy
@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("at the Tarskoye training ground in North Ossetia", "North Ossetia"),
        ("at a range in the Krasnodar region", "Krasnodar"),
        ("at the Mulino training ground", "Mulino"),
        ("near Mineralnye Vody", "Mineralnye Vody"),
        ("at the Edelweiss training ground in the Issyk-Kul region", "Issyk-Kul"),
        ("at the Forish training ground in the Jizzakh region", "Jizzakh"),
    ],
)
def test_ranges_of_eurasian_drills_are_locations(classifier, where, place):
    result = _classify(
        classifier,
        f"Russian and Kazakh servicemen began a joint tactical exercise {where} on Monday, "
        "the defence ministry said.",
    )
    assert place in _names(result)
