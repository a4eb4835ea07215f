"""Named drills and services added to the knowledge files on 2026-11-27, each checked through
the classifier on a short article that the new entries decide.

Every case names a drill by its name and at most one side, a force by a name without a
demonym, or a non-military body whose name contains a state's name, so that without its
entry the classifier misses a participant or the activity, or mistakes one state's drill or
a coast guard's patrol for joint military activity. All 25 cases fail when run against the
knowledge files of commit acd1f7f (before the additions) and pass with them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from jointwatch.core.classifier import classify_article
from jointwatch.core.knowledge import default_knowledge
from jointwatch.core.models import Article


@dataclass(frozen=True)
class Case:
    """An article and the decision it must get; `entry` names the entries it relies on."""

    id: str
    entry: str
    title: str
    body: str
    joint: bool
    states: list[str]


CASES = [
    # Bilateral drills named by their name and one side only.
    Case(
        "vajra-prahar",
        "Vajra Prahar",
        "Special forces open Vajra Prahar in Meghalaya",
        "Commandos began the 14th Vajra Prahar exercise at Umroi on Saturday, the Indian Army "
        "said. The teams will rehearse heliborne insertion and hostage rescue for two weeks.",
        True,
        ["IND", "USA"],
    ),
    Case(
        "zayed-talwar",
        "Zayed Talwar",
        "Zayed Talwar under way off Abu Dhabi",
        "An Indian destroyer started the Zayed Talwar exercise off Abu Dhabi on Tuesday. The "
        "ships practised air defence and boarding drills, officials said.",
        True,
        ["ARE", "IND"],
    ),
    Case(
        "sada-tanseeq",
        "Sada Tanseeq",
        "Sada Tanseeq drill begins in Rajasthan",
        "Saudi soldiers arrived at Mahajan field firing range for the opening of Sada Tanseeq on "
        "Monday. The companies will train on clearing buildings in desert terrain.",
        True,
        ["IND", "SAU"],
    ),
    Case(
        "bold-kurukshetra",
        "Bold Kurukshetra",
        "Armoured units wrap up Bold Kurukshetra",
        "Singaporean tank crews completed the Bold Kurukshetra exercise in Jodhpur on Friday. "
        "The drill ran a simulated combined arms battle over ten days.",
        True,
        ["IND", "SGP"],
    ),
    Case(
        "samudra-shakti",
        "Samudra Shakti",
        "Samudra Shakti naval drill opens in Visakhapatnam",
        "Indonesian corvettes sailed into Visakhapatnam on Monday for Samudra Shakti, the navy "
        "said. The harbour phase precedes two days of gunnery and helicopter drills at sea.",
        True,
        ["IDN", "IND"],
    ),
    Case(
        "blue-strike",
        "Blue Strike",
        "Marines hold Blue Strike landing in Sattahip",
        "Chinese marines stormed a beach near Sattahip on Wednesday during the Blue Strike "
        "exercise. Helicopters carried a second wave ashore after the landing craft.",
        True,
        ["CHN", "THA"],
    ),
    Case(
        "eagle-assault",
        "Eagle Assault",
        "Eagle Assault drill held near Brest",
        "Chinese troops and their hosts began the Eagle Assault counterterrorism exercise "
        "outside Brest on Monday. The units trained on night raids and urban clearing.",
        True,
        ["BLR", "CHN"],
    ),
    Case(
        "eagles-of-civilization",
        "Eagles of Civilization",
        "Eagles of Civilization air exercise starts",
        "J-10C fighters landed at an Egyptian air base on Saturday for Eagles of Civilization "
        "2025. Crews will fly mixed formations and air combat sorties until mid-May.",
        True,
        ["CHN", "EGY"],
    ),
    Case(
        "defenders-of-friendship",
        "Defenders of Friendship",
        "Paratroopers land for Defenders of Friendship",
        "Russian paratroopers jumped near El Alamein on Tuesday as Defenders of Friendship got "
        "under way. The battalions will train on seizing and holding an airfield.",
        True,
        ["EGY", "RUS"],
    ),
    Case(
        "selenga",
        "Selenga exercise",
        "Selenga-2024 begins at Mongolian range",
        "Russian motor rifle units opened Selenga-2024 on Monday at a range near the "
        "capital. Artillery and drones supported the battalion attack on the first day.",
        True,
        ["MNG", "RUS"],
    ),
    Case(
        "keris-woomera",
        "Keris Woomera",
        "Keris Woomera lands troops in East Java",
        "Australian amphibious ships put troops ashore in East Java on Thursday for Keris "
        "Woomera. The landing was the largest of the exercise, the defence force said.",
        True,
        ["AUS", "IDN"],
    ),
    Case(
        "hanuman-guardian",
        "Hanuman Guardian",
        "Hanuman Guardian opens in Lopburi",
        "American soldiers began Hanuman Guardian at a camp in Lopburi on Monday. Gunners and "
        "infantry will rehearse a brigade defence over two weeks.",
        True,
        ["THA", "USA"],
    ),
    Case(
        "vigilant-isles",
        "Vigilant Isles",
        "Vigilant Isles infantry drill in Kyushu",
        "British infantry started Vigilant Isles in Kyushu on Tuesday. The platoons trained on "
        "defending an island in snow and rain.",
        True,
        ["GBR", "JPN"],
    ),
    Case(
        "foal-eagle",
        "Foal Eagle",
        "Foal Eagle field drills begin",
        "South Korean and allied units launched Foal Eagle on Thursday with landings and live "
        "fire across the peninsula, the defence ministry said.",
        True,
        ["KOR", "USA"],
    ),
    Case(
        "chergui",
        "Chergui",
        "Chergui drill in the Moroccan south",
        "French paratroopers began the Chergui exercise near Errachidia on Monday. Helicopters "
        "and armoured cars will take part in the last phase.",
        True,
        ["FRA", "MAR"],
    ),
    # Drills and services named without a demonym.
    Case(
        "dutch-danish-services",
        "Koninklijke Marine, Søværnet",
        "Frigates train together in the Skagerrak",
        "A Koninklijke Marine frigate and a Søværnet frigate held a joint anti-submarine exercise "
        "in the Skagerrak on Tuesday.",
        True,
        ["DNK", "NLD"],
    ),
    Case(
        "malaysian-brunei-services",
        "Tentera Laut Diraja Malaysia, Royal Brunei Armed Forces",
        "Naval drill in the South China Sea",
        "TLDM patrol vessels and ships of the Royal Brunei Navy conducted a joint naval drill "
        "off Labuan on Friday.",
        True,
        ["BRN", "MYS"],
    ),
    Case(
        "uganda-tanzania-services",
        "Uganda People's Defence Force, Tanzania People's Defence Force",
        "Joint field training on the border",
        "Soldiers of the UPDF and the TPDF wrapped up a joint field training exercise near "
        "Mutukula on Sunday.",
        True,
        ["TZA", "UGA"],
    ),
    Case(
        "spears-of-victory",
        "Spears of Victory",
        "Rafales arrive for Spears of Victory",
        "French Rafale jets landed at King Abdulaziz Air Base on Sunday for Spears of Victory "
        "2024. Crews will fly large force packages against a simulated air defence network.",
        True,
        ["FRA", "SAU"],
    ),
    # One state's own drills, even when called "joint" and fought with foreign-built ships.
    Case(
        "sea-spark",
        "Sea Spark",
        "Pakistan Navy, air force hold Sea Spark",
        "The Pakistan Navy and the Pakistan Air Force opened Sea Spark on Monday, with the "
        "navy's Chinese-designed frigates and its new Turkish corvettes firing missiles together "
        "in the Arabian Sea.",
        False,
        [],
    ),
    Case(
        "velayat",
        "Velayat naval exercise",
        "Iran navy fires missiles in Velayat",
        "The Iranian Navy began Velayat 97 on Monday, with its British-built Alvand frigate and "
        "its Russian Kilo submarines firing missiles together in the Gulf of Oman.",
        False,
        [],
    ),
    Case(
        "dokdo-drill",
        "East Sea Territory Protection Exercise",
        "Korea holds Dokdo drill",
        "South Korea's navy began the Dokdo defense drill on Thursday, with its German-designed "
        "submarines and American P-3 patrol planes operating together near the islets.",
        False,
        [],
    ),
    # Coast guards and police whose names contain a state's name are no military partner.
    Case(
        "argentine-naval-prefecture",
        "Prefectura Naval Argentina",
        "River patrol on the Uruguay",
        "Prefectura Naval Argentina boats and Uruguayan Navy patrol craft began a joint patrol "
        "of the Uruguay River on Monday to stop smuggling.",
        False,
        [],
    ),
    Case(
        "chilean-carabineros",
        "Carabineros de Chile",
        "Andes pass patrol",
        "Carabineros de Chile officers and Argentine Army troops held a joint patrol of the "
        "Cristo Redentor pass on Tuesday.",
        False,
        [],
    ),
    Case(
        "mexican-national-guard",
        "Mexican National Guard",
        "Rio Grande patrol",
        "Mexican National Guard troops and US Army soldiers held a joint patrol on the Rio "
        "Grande on Tuesday.",
        False,
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_new_knowledge_decides_the_article(case: Case) -> None:
    result = classify_article(Article(id=case.id, title=case.title, body=case.body))
    assert result.joint_military_activity is case.joint, result.reasons
    assert result.states == case.states, result.reasons


def test_entries_the_cases_rely_on_are_in_the_knowledge_files() -> None:
    kb = default_knowledge()
    names = {entry.name for entry in (*kb.exercises, *kb.forces)}
    needed = {name.strip() for case in CASES for name in case.entry.split(",")}
    assert needed <= names


def test_new_sections_cover_the_targets() -> None:
    kb = default_knowledge()
    assert len(kb.exercises) >= 166 + 80
    assert len(kb.forces) >= 314 + 60


def test_ship_classes_a_buyer_operates_name_the_buyer() -> None:
    body = (
        "Chinese and Pakistani warships, among them two Type 054A/P frigates and a Babur-class "
        "corvette, held joint drills off Karachi on Monday."
    )
    result = classify_article(Article(id="type-054ap", title="Drills off Karachi", body=body))
    assert result.states == ["CHN", "PAK"]
    assert {(asset.name, asset.state) for asset in result.assets} == {
        ("Type 054A/P frigate", "PAK"),
        ("Babur-class corvette", "PAK"),
    }
