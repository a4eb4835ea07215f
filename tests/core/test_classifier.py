from datetime import UTC, datetime

import pytest

from jointwatch.core.classifier import (
    CLASSIFIER_VERSION,
    MAX_EVIDENCE_SPANS,
    Classifier,
    _plural,
    classify_article,
    default_cues,
    load_cues,
)
from jointwatch.core.knowledge import default_knowledge
from jointwatch.core.models import Article, ClassificationResult, Severity
from jointwatch.errors import ConfigurationError

from ..conftest import SEED_DIR as SHARED_SEED_DIR

SEED_DIR = SHARED_SEED_DIR
SEED_FILE = SEED_DIR / "000_0dfffd97688853d3.txt"


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(default_knowledge())


def _classify(classifier: Classifier, body: str, title: str | None = None) -> ClassificationResult:
    return classifier.classify(Article(id="t", body=body, title=title))


def _assert_evidence_quotes_body(result: ClassificationResult, body: str) -> None:
    for span in result.evidence:
        assert body[span.start : span.end] == span.text


# -- the reference article ------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(classifier: Classifier) -> tuple[str, ClassificationResult]:
    if not SEED_FILE.exists():
        pytest.skip(f"reference article not found at {SEED_FILE} (shared/seed is not laid out)")
    text = SEED_FILE.read_text(encoding="utf-8")
    return text, classifier.classify(Article(id="seed", body=text))


def test_seed_is_a_joint_patrol_by_china_and_russia(seed):
    _, result = seed
    assert result.joint_military_activity
    assert result.states == ["CHN", "RUS"]
    assert result.activity == "patrol"
    assert result.domains == ["air"]
    assert result.tense == "past"
    assert result.score >= 0.5


def test_seed_assets_are_nuclear_capable_bombers_of_both_states(seed):
    _, result = seed
    assets = {a.name: a for a in result.assets}
    assert assets["Tu-95MS"].state == "RUS" and assets["Tu-95MS"].nuclear_capable
    assert assets["H-6K"].state == "CHN" and assets["H-6K"].nuclear_capable


def test_seed_locations_have_coordinates(seed):
    _, result = seed
    places = {loc.name: loc for loc in result.locations}
    assert {"Chukchi Sea", "Bering Sea"} <= set(places)
    assert places["Bering Sea"].lat > 50 and places["Bering Sea"].lon < -160


def test_seed_region_is_alaska_at_the_stated_distance(seed):
    _, result = seed
    region = result.region_of_interest
    assert region is not None and region.name == "Alaska"
    assert region.distance_km == pytest.approx(320, abs=5)
    assert region.distance_source == "stated"


def test_seed_severity_and_first_of_its_kind(seed):
    _, result = seed
    assert result.severity in (Severity.HIGH, Severity.CRITICAL)
    assert result.first_of_its_kind


def test_seed_interceptors_are_excluded_with_a_reason(seed):
    _, result = seed
    assert "USA" not in result.states and "CAN" not in result.states
    assert any("excluded" in line and "USA" in line for line in result.reasons)


def test_seed_evidence_quotes_the_body_exactly(seed):
    text, result = seed
    assert result.evidence
    _assert_evidence_quotes_body(result, text)
    supports = {span.supports for span in result.evidence}
    assert {"activity", "state", "asset", "location", "distance"} <= supports


# -- hard negatives ---------------------------------------------------------------------


def test_one_states_joint_sword_drill_is_not_joint(classifier):
    body = (
        "China's Eastern Theater Command began the Joint Sword drills around Taiwan on "
        "Monday, sending warships and fighter jets to rehearse a blockade. The command said "
        "the army, navy and air force were taking part in the joint exercise."
    )
    result = _classify(classifier, body, title="China launches Joint Sword drills")
    assert not result.joint_military_activity
    assert result.states == []
    assert result.score < 0.5
    _assert_evidence_quotes_body(result, body)


def test_one_states_bomber_intercepted_by_another_is_not_joint(classifier):
    body = (
        "Japanese fighter jets were scrambled on Tuesday after two Russian Tu-95MS bombers "
        "flew over the Sea of Japan, the Japanese defence ministry said. The bombers did not "
        "enter Japanese airspace."
    )
    result = _classify(classifier, body, title="Japan scrambles jets as Russian bombers fly by")
    assert not result.joint_military_activity
    assert result.states == []


def test_summit_agreeing_to_hold_drills_is_planned_not_joint(classifier):
    body = (
        "The presidents of Russia and China agreed on Thursday to hold joint naval exercises "
        "in the Pacific next year, according to a statement released after their summit in "
        "Beijing. No dates were given."
    )
    result = _classify(classifier, body, title="Moscow and Beijing agree to hold naval drills")
    assert not result.joint_military_activity
    assert result.tense == "planned"
    assert any("planned" in line for line in result.reasons)
    assert result.severity in (Severity.INFO, Severity.LOW)


def test_coast_guard_joint_patrol_is_not_military(classifier):
    body = (
        "The China Coast Guard and Russian border guard vessels held their first joint "
        "patrol in the North Pacific this week, the coast guard said, describing it as a "
        "fight against illegal fishing."
    )
    result = _classify(classifier, body, title="China and Russia coast guards patrol together")
    assert not result.joint_military_activity
    assert any("non-military" in line for line in result.reasons)


def test_joint_space_mission_is_not_military(classifier):
    body = (
        "Russian and American astronauts began a joint mission aboard the space station on "
        "Friday after their spacecraft docked, the space agency said."
    )
    assert not _classify(classifier, body).joint_military_activity


def test_joint_venture_is_not_military(classifier):
    body = (
        "A Chinese company and a Russian firm signed a joint venture to build helicopter "
        "engines, the companies said on Monday, in a deal worth 200 million dollars."
    )
    assert not _classify(classifier, body).joint_military_activity


def test_sports_match_is_not_military(classifier):
    body = (
        "The Japanese and South Korean teams drew 1-1 in a friendly match in Tokyo, with the "
        "two coaches praising the joint effort of the organisers of the tournament."
    )
    assert not _classify(classifier, body).joint_military_activity


def test_old_exercise_mentioned_as_background_is_not_joint(classifier):
    body = (
        "India's parliament approved a new budget on Tuesday that raises spending on roads "
        "and schools. Ministers said growth would stay strong next year.\n\n"
        "Officials spent weeks on the plan. Tax revenue rose in the last quarter. Exports "
        "also grew.\n\n"
        "In the past, India and Japan held joint naval drills in the Bay of Bengal."
    )
    result = _classify(classifier, body, title="India passes budget raising road spending")
    assert not result.joint_military_activity


def test_a_denied_activity_is_not_joint(classifier):
    body = "Russia and North Korea have never held a joint military exercise, officials said."
    assert not _classify(classifier, body).joint_military_activity


# -- positives named indirectly ----------------------------------------------------------


def test_multinational_exercise_named_only_by_its_name(classifier):
    body = (
        "Warships began the Malabar exercise in the Bay of Bengal on Monday, with aircraft "
        "carriers and submarines taking part in anti-submarine drills."
    )
    result = _classify(classifier, body, title="Malabar naval exercise begins")
    assert result.joint_military_activity
    assert result.activity == "exercise"
    assert {"IND", "USA"} <= set(result.states)
    assert any("exercise name" in line for line in result.reasons)


def test_services_named_pla_navy_and_jmsdf(classifier):
    body = (
        "Ships of the PLA Navy and the JMSDF conducted a joint search-and-rescue exercise "
        "in the East China Sea on Wednesday, the first such drill between the two navies."
    )
    result = _classify(classifier, body)
    assert result.joint_military_activity
    assert result.states == ["CHN", "JPN"]
    assert result.domains == ["sea"]
    _assert_evidence_quotes_body(result, body)


def test_capitals_named_for_their_governments(classifier):
    body = (
        "Moscow and Beijing launched joint naval drills in the Sea of Japan on Monday, "
        "sending destroyers and anti-submarine aircraft, officials said."
    )
    result = _classify(classifier, body)
    assert result.joint_military_activity
    assert result.states == ["CHN", "RUS"]
    assert result.tense == "ongoing"
    assert any(loc.name == "Sea of Japan" for loc in result.locations)


def test_joint_flight_reported_only_as_an_intercept(classifier):
    body = (
        "NORAD tracked two Russian and two Chinese aircraft operating in the Alaska Air "
        "Defense Identification Zone on Wednesday. The aircraft remained in international "
        "airspace, the command said."
    )
    result = _classify(classifier, body, title="NORAD tracks Russian, Chinese aircraft")
    assert result.joint_military_activity
    assert result.states == ["CHN", "RUS"]
    assert result.activity == "patrol"
    assert "USA" not in result.states


def test_headline_launch_with_body_will_begin_is_planned(classifier):
    body = (
        "The navies of India and Japan will begin a joint exercise off Chennai next week, "
        "the Indian navy said on Monday."
    )
    result = _classify(classifier, body, title="India, Japan launch naval exercise")
    assert not result.joint_military_activity
    assert result.tense == "planned"


def test_wrapped_up_is_past_and_kicked_off_is_ongoing(classifier):
    past = _classify(
        classifier, "Russian and Chinese warships wrapped up joint drills in the Sea of Japan."
    )
    ongoing = _classify(
        classifier, "Russian and Chinese warships kicked off joint drills in the Sea of Japan."
    )
    assert past.joint_military_activity and past.tense == "past"
    assert ongoing.joint_military_activity and ongoing.tense == "ongoing"


# -- who takes part ---------------------------------------------------------------------


def test_a_list_of_participants_is_read_to_its_end(classifier):
    body = (
        "The multinational exercise began on Thursday with 14 nations taking part. "
        "Participants include Australia, Canada, Chile, France, Germany, India, Japan, "
        "Malaysia, the Netherlands, Peru, Singapore and the United States."
    )
    result = _classify(classifier, body, title="Multinational naval exercise begins")
    assert result.joint_military_activity
    assert result.states == [
        "AUS",
        "CAN",
        "CHL",
        "DEU",
        "FRA",
        "IND",
        "JPN",
        "MYS",
        "NLD",
        "PER",
        "SGP",
        "USA",
    ]


def test_observers_are_not_participants(classifier):
    body = (
        "Chinese, Russian and Iranian warships held a joint naval exercise in the Gulf of "
        "Oman on Tuesday. Pakistan, Kazakhstan and Oman sent observers, while India attended "
        "as an observer."
    )
    result = _classify(classifier, body)
    assert result.states == ["CHN", "IRN", "RUS"]
    assert any("observers" in line for line in result.reasons)


def test_a_scrambled_side_in_the_passive_voice_is_excluded(classifier):
    body = (
        "Four Chinese and four Russian military aircraft flew together over the East Sea on "
        "Tuesday, and South Korean fighters had been scrambled, the Joint Chiefs of Staff said."
    )
    result = _classify(classifier, body)
    assert result.joint_military_activity
    assert result.states == ["CHN", "RUS"]


def test_speakers_and_meeting_leaders_are_not_participants(classifier):
    body = (
        "Chinese and Russian bombers flew near Japan on Tuesday while the leaders of the "
        "United States, Japan, India and Australia were meeting in Tokyo, Japan's defence "
        "minister said."
    )
    result = _classify(classifier, body)
    assert result.joint_military_activity
    assert result.states == ["CHN", "RUS"]


def test_where_a_multinational_exercise_is_held_takes_part(classifier):
    body = (
        "The US military's largest annual exercise in Africa got under way on Monday in "
        "Morocco and Tunisia, with thousands of US and allied troops taking part."
    )
    result = _classify(classifier, body, title="US, African troops begin annual exercise")
    assert result.joint_military_activity
    assert result.states == ["MAR", "TUN", "USA"]


def test_a_state_without_armed_forces_does_not_take_part(classifier):
    body = (
        "US and Japanese forces began a joint exercise in Palau on Friday, with 12,000 "
        "personnel and 130 aircraft taking part."
    )
    result = _classify(classifier, body)
    assert result.states == ["JPN", "USA"]
    assert any("no armed forces" in line for line in result.reasons)


def test_a_named_group_of_states_stands_for_its_members(classifier):
    body = "Quad navies ended the Malabar exercise off Sydney on Monday after a week at sea."
    result = _classify(classifier, body)
    assert result.joint_military_activity
    assert result.states == ["AUS", "IND", "JPN", "USA"]


def test_combining_forms_and_abbreviated_names_of_states(classifier):
    sino = _classify(classifier, "A Sino-Russian flotilla wrapped up a joint naval patrol.")
    korea = _classify(classifier, "S. Korea and US jets staged combined air drills on Monday.")
    assert sino.states == ["CHN", "RUS"]
    assert korea.states == ["KOR", "USA"]


def test_an_aircraft_type_does_not_add_its_usual_operator(classifier):
    body = (
        "Indian Air Force Su-30MKI fighters and Japanese F-2 jets began their first bilateral "
        "fighter exercise on Thursday, supported by an IL-78 tanker and a C-17 transport."
    )
    result = _classify(classifier, body)
    assert result.states == ["IND", "JPN"]


def test_a_side_clause_after_the_activity_names_no_participant(classifier):
    body = (
        "South Korea and the United States kicked off their combined springtime exercise on "
        "Monday, as North Korea fired cruise missiles from a submarine."
    )
    result = _classify(classifier, body)
    assert result.states == ["KOR", "USA"]


def test_drills_held_days_before_are_an_earlier_event(classifier):
    body = (
        "North Korea fired two ballistic missiles into the sea on Thursday, a day after the "
        "United States and South Korea wrapped up their annual combined exercise."
    )
    result = _classify(classifier, body, title="North Korea fires missiles")
    assert not result.joint_military_activity


def test_a_parade_with_foreign_contingents_is_not_joint_activity(classifier):
    body = (
        "Indian troops marched at the head of the Bastille Day parade in Paris on Friday, "
        "while Indian Rafale jets flew over alongside French aircraft."
    )
    assert not _classify(classifier, body).joint_military_activity


def test_a_pact_between_states_is_planned(classifier):
    body = (
        "Russia and North Korea signed a mutual defence treaty on Wednesday obliging each to "
        "help the other if attacked."
    )
    result = _classify(classifier, body, title="Russia, North Korea sign defence pact")
    assert not result.joint_military_activity
    assert result.tense == "planned"


def test_a_done_activity_after_a_plan_in_the_lead_is_reported(classifier):
    body = (
        "The Philippines wants to expand joint maritime patrols with the United States, its "
        "defence secretary said on Monday.\n\nTalks continue.\n\nOver the weekend, the "
        "Philippine and Australian navies completed their first joint sail in the South China "
        "Sea."
    )
    result = _classify(classifier, body, title="Philippines seeks more joint patrols")
    assert result.joint_military_activity
    assert result.states == ["AUS", "PHL"]
    assert result.tense == "past"


def test_a_headline_infinitive_is_a_plan(classifier):
    body = "Iran, Russia and China will hold a joint naval exercise in the Gulf of Oman next week."
    result = _classify(classifier, body, title="Russian, Chinese warships to join drills next week")
    assert not result.joint_military_activity
    assert result.tense == "planned"


# -- contract, configuration and hostile input -------------------------------------------


def test_result_fields_follow_the_contract(classifier):
    body = "Russian and Chinese bombers flew a joint patrol over the Sea of Japan."
    result = _classify(classifier, body)
    assert result.article_id == "t"
    assert 0.0 <= result.score <= 1.0
    assert result.states == sorted(result.states)
    assert result.classifier_version.startswith(CLASSIFIER_VERSION)
    assert CLASSIFIER_VERSION.startswith("rules-")
    assert result.reasons


def test_threshold_from_the_constructor_decides(classifier):
    body = "Russian and Chinese bombers flew a joint patrol over the Sea of Japan."
    strict = Classifier(default_knowledge(), threshold=1.0)
    assert _classify(classifier, body).joint_military_activity
    assert not strict.classify(Article(id="t", body=body)).joint_military_activity
    with pytest.raises(ConfigurationError):
        Classifier(default_knowledge(), threshold=1.5)


def test_classify_article_uses_a_cached_default():
    article = Article(id="x", body="Russian and Chinese warships held joint drills.")
    assert classify_article(article).joint_military_activity
    assert classify_article(article) == classify_article(article)


def test_cue_lexicon_loads_and_rejects_bad_files(tmp_path):
    assert default_cues().version
    broken = tmp_path / "cues.toml"
    broken.write_text('[meta]\nversion = "1"\n')
    with pytest.raises(ConfigurationError, match="invalid"):
        load_cues(broken)
    with pytest.raises(ConfigurationError, match="missing"):
        load_cues(tmp_path / "nope.toml")


def test_cue_lexicon_naming_an_unknown_state_is_rejected():
    cues = default_cues().model_copy(
        update={
            "no_armed_forces": default_cues().no_armed_forces.model_copy(update={"states": ["QQQ"]})
        }
    )
    with pytest.raises(ConfigurationError, match="unknown states"):
        Classifier(default_knowledge(), cues=cues)


@pytest.mark.parametrize(
    "body",
    [
        "a" * 900_000,
        "joint " * 150_000,
        ("Russian and Chinese bombers flew a joint patrol near Alaska and US jets " * 12_000),
        "Russia China " * 70_000,
        "China and Russia held joint naval drills in the Sea of Japan. " * 14_000,
        ". " * 450_000,
        " " * 899_999 + "x",
    ],
    ids=["letters", "joint-words", "one-sentence", "state-names", "sentences", "dots", "spaces"],
)
def test_hostile_bodies_give_a_bounded_result(classifier, body):
    body = body[:900_000]
    result = _classify(classifier, body)
    assert len(result.evidence) <= MAX_EVIDENCE_SPANS
    assert all(len(span.text) <= 400 for span in result.evidence)
    assert len(result.reasons) <= 40
    _assert_evidence_quotes_body(result, body)


# -- rules found by the validation set (one case where each applies, one where it does not) --


@pytest.mark.parametrize(
    ("title", "body", "states"),
    [
        (
            "Russian, Chinese bombers fly near Alaska",
            "Two Russian Tu-95 bombers and two Chinese H-6 bombers flew together in the Alaska "
            "air defense identification zone on Wednesday, NORAD said. US and Canadian "
            "fighters intercepted them.",
            ["CHN", "RUS"],
        ),
        (
            "Indian, French navies drill off Goa",
            "The Indian Navy said on Monday it had begun a joint exercise with the French Navy "
            "off Goa.",
            ["FRA", "IND"],
        ),
    ],
    ids=["force-that-speaks-is-not-a-participant", "a-speaking-force-that-drills-is"],
)
def test_a_force_named_before_said_speaks_unless_it_is_one_of_the_pair(
    classifier, title, body, states
):
    assert _classify(classifier, body, title=title).states == states


@pytest.mark.parametrize(
    ("later", "states"),
    [
        (
            "The ministry released photographs taken by ASDF pilots, showing the Russian "
            "aircraft flying in close formation with the Chinese H-6s.",
            ["CHN", "RUS"],
        ),
        (
            "Japanese fighters later flew a joint drill with US fighters over the Sea of Japan.",
            ["CHN", "JPN", "RUS", "USA"],
        ),
    ],
    ids=["with-outside-the-clause", "joint-word"],
)
def test_an_interceptor_stays_excluded_unless_named_with_cooperation(classifier, later, states):
    body = (
        "Japan's Air Self-Defense Force scrambled fighter jets on Tuesday after two Russian "
        "Tu-95 bombers and two Chinese H-6 bombers flew together over the Sea of Japan. " + later
    )
    result = _classify(classifier, body, title="Japan scrambles jets as bombers fly together")
    assert result.states == states


@pytest.mark.parametrize(
    ("tail", "states"),
    [
        ("a show of force that alarmed Poland and Lithuania.", ["BLR", "RUS"]),
        ("with troops from Armenia and Kazakhstan taking part.", ["ARM", "BLR", "KAZ", "RUS"]),
    ],
    ids=["reacting-states", "participating-states"],
)
def test_states_reacting_to_a_drill_do_not_take_part(classifier, tail, states):
    body = "Russian and Belarusian troops began joint exercises in Belarus on Thursday, " + tail
    assert _classify(classifier, body, title="Russia, Belarus open drills").states == states


@pytest.mark.parametrize(
    ("second", "states"),
    [
        ("India's Russian-made Su-30MKI jets flew alongside the French Rafales.", ["FRA", "IND"]),
        (
            "Russian Su-35 fighters flew alongside the Indian and French jets.",
            ["FRA", "IND", "RUS"],
        ),
    ],
    ids=["where-made", "who-flies"],
)
def test_where_an_aircraft_was_made_is_not_who_flies_it(classifier, second, states):
    body = (
        "Indian Air Force Su-30MKI fighters and French Rafales began a joint exercise at "
        "Jodhpur on Monday. " + second
    )
    assert _classify(classifier, body, title="Indian, French jets drill").states == states


@pytest.mark.parametrize(
    ("later", "states"),
    [
        (
            "The two navies also cooperate in the Malabar exercise with the United States "
            "and Australia.",
            ["IND", "JPN"],
        ),
        ("Australian warships joined the JIMEX drills on Tuesday.", ["AUS", "IND", "JPN"]),
    ],
    ids=["another-exercise", "the-same-exercise"],
)
def test_participants_of_another_named_exercise_are_not_added(classifier, later, states):
    body = (
        "The Japan Maritime Self-Defense Force and the Indian Navy began JIMEX off "
        "Visakhapatnam on Sunday.\n\nThe drills include anti-submarine warfare.\n\n"
        "Officials said the harbour phase ended on Saturday.\n\n" + later
    )
    assert _classify(classifier, body, title="JMSDF and Indian Navy hold JIMEX").states == states


@pytest.mark.parametrize(
    ("body", "states"),
    [
        (
            "Russian and Chinese bombers flew a joint patrol over the East China Sea on "
            "Tuesday. The two countries' navies held the first joint patrol around Japan in "
            "October.",
            ["CHN", "RUS"],
        ),
        (
            "Russian paratroopers arrived in Egypt on Monday for the first joint exercise "
            "between the two countries.",
            ["EGY", "RUS"],
        ),
    ],
    ids=["around-a-state", "in-a-state"],
)
def test_the_two_countries_take_the_other_state_only_from_where_forces_went(
    classifier, body, states
):
    assert _classify(classifier, body).states == states


@pytest.mark.parametrize(
    ("second", "states"),
    [
        (
            "The German navy, which hosts the start of the exercise, has committed frigates "
            "and a submarine.",
            ["DEU", "FIN", "SWE", "USA"],
        ),
        (
            "The Russian navy, which was not invited, has sent observers.",
            ["FIN", "SWE", "USA"],
        ),
    ],
    ids=["participant", "observer"],
)
def test_a_relative_clause_between_a_force_and_its_verb(classifier, second, states):
    body = (
        "US, Swedish and Finnish warships began the BALTOPS exercise in the Baltic Sea on "
        "Sunday.\n\nThe drills will run for two weeks.\n\nOfficials said 18 nations take "
        "part.\n\n" + second
    )
    assert _classify(classifier, body, title="BALTOPS kicks off").states == states


@pytest.mark.parametrize(
    ("second", "states"),
    [
        (
            "Japan sent a destroyer, the Royal Canadian Navy a frigate, and France a "
            "surveillance aircraft.",
            ["CAN", "FRA", "JPN", "USA"],
        ),
        ("Japan sent a destroyer to the drills, the Royal Canadian Navy said.", ["JPN", "USA"]),
    ],
    ids=["gapped-verb", "speaker-after-comma"],
)
def test_a_gapped_participation_verb_carries_over_a_list(classifier, second, states):
    body = "The US Navy began a joint exercise with partner navies on Monday. " + second
    assert _classify(classifier, body, title="Navies drill together").states == states


@pytest.mark.parametrize(
    ("body", "joint"),
    [
        (
            "Ships from China, Italy and Japan joined Pakistan Navy units in drills including "
            "manoeuvres, anti-piracy and a fleet review at sea.",
            True,
        ),
        (
            "Ships from China, Italy and Japan joined Pakistan Navy units in a fleet review "
            "at sea.",
            False,
        ),
    ],
    ids=["fleet-review-among-drills", "fleet-review"],
)
def test_a_ceremony_listed_among_drills_does_not_cancel_them(classifier, body, joint):
    assert _classify(classifier, body).joint_military_activity is joint


_UNRELATED_LEAD = (
    "India and China held a new round of border talks on Monday, officials said.\n\n"
    "The talks ended without agreement.\n\nBoth sides will meet again next month.\n\n"
    "Opposition leaders criticised the government.\n\n"
)


@pytest.mark.parametrize(
    ("late", "joint"),
    [
        (
            "Far to the south, the navies of India, the United States and Japan began a "
            "joint exercise in the Bay of Bengal on Monday.",
            True,
        ),
        (
            "The talks came as the navies of India, the United States and Japan began a "
            "joint exercise in the Bay of Bengal.",
            False,
        ),
    ],
    ids=["reported", "subordinate-clause"],
)
def test_a_late_report_of_a_current_joint_drill_is_news(classifier, late, joint):
    body = _UNRELATED_LEAD + late + " The joint drills include anti-submarine warfare."
    result = _classify(classifier, body, title="India, China hold border talks")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("body", "joint"),
    [
        (
            "A US Air Force B-52 bomber flew over Stockholm on Thursday escorted by Swedish "
            "JAS 39 Gripen fighters.",
            True,
        ),
        (
            "A Russian Tu-95 bomber flew near Hokkaido on Thursday escorted by Japanese F-15 "
            "fighters after it violated Japanese airspace.",
            False,
        ),
    ],
    ids=["allied-escort", "hostile-escort"],
)
def test_an_escort_by_another_states_forces_without_hostile_cues_is_joint(classifier, body, joint):
    assert _classify(classifier, body).joint_military_activity is joint


@pytest.mark.parametrize(
    ("last", "states"),
    [
        ("Finland joined NATO last April.", ["SWE", "USA"]),
        ("Finland joined NATO's exercise on Friday.", ["FIN", "SWE", "USA"]),
    ],
    ids=["membership", "taking-part"],
)
def test_joining_an_alliance_is_not_taking_part(classifier, last, states):
    body = (
        "A US Air Force B-52 bomber flew over Stockholm on Thursday escorted by Swedish "
        "Gripen fighters.\n\nIt was a training flight.\n\nOfficials praised it.\n\n" + last
    )
    assert _classify(classifier, body, title="Gripens escort US bomber").states == states


# -- rules found by validation batch 3 (one case where each applies, one where it does not) --


@pytest.mark.parametrize(
    ("opening", "joint"),
    [
        ("TAIPEI/BEIJING, June 18 (Reuters) - The British patrol ship", False),
        ("Taiwanese warships and the British patrol ship", True),
    ],
    ids=["multi-city-dateline", "state-in-the-sentence"],
)
def test_a_multi_city_dateline_names_no_participant(classifier, opening, joint):
    body = opening + " HMS Spey sailed through the Taiwan Strait together on Wednesday."
    result = _classify(classifier, body, title="British patrol ship sails through strait")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("when", "joint"),
    [("last month", False), ("on Monday", True)],
    ids=["first-but-last-month", "first-and-current"],
)
def test_a_first_drill_dated_earlier_stays_background(classifier, when, joint):
    body = (
        "Cambodia has postponed its annual exercise with the United States for two years, the "
        "government said on Monday.\n\nA spokesman said troops were busy with elections.\n\n"
        "Analysts pointed to closer ties with Beijing.\n\n"
        f"Chinese and Cambodian troops staged their first joint drill, Golden Dragon, {when}."
    )
    result = _classify(classifier, body, title="Cambodia cancels drill with US")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("teacher", "joint"),
    [("French instructors", False), ("French Air and Space Force pilots", True)],
    ids=["taught-by-instructors", "drilled-with-pilots"],
)
def test_training_with_another_states_instructors_is_not_joint(classifier, teacher, joint):
    body = (
        "Greek Air Force pilots trained for months in France with " + teacher + " before "
        "flying the country's first Rafale jets home on Wednesday."
    )
    result = _classify(classifier, body, title="Greece receives first Rafale jets")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("second", "states"),
    [
        (
            "Royal Netherlands Air Force F-35s and Royal Air Force Typhoons are also taking part.",
            ["GBR", "IND", "NLD", "USA"],
        ),
        (
            "Royal Netherlands Air Force F-35s flew home, and Royal Air Force Typhoons are "
            "also taking part.",
            ["GBR", "IND", "USA"],
        ),
    ],
    ids=["forces-listed-with-their-aircraft", "a-separate-clause"],
)
def test_a_list_of_forces_with_their_aircraft_takes_part(classifier, second, states):
    body = (
        "Indian Air Force Rafale fighters are flying in the Red Flag Alaska exercise with US "
        "Air Force units at Eielson Air Force Base. " + second
    )
    assert _classify(classifier, body, title="Indian Rafales in Red Flag").states == states


@pytest.mark.parametrize(
    ("verb", "joint"),
    [("had completed", False), ("completed", True)],
    ids=["past-perfect-under-an-agreement", "simple-past-news"],
)
def test_a_past_perfect_activity_under_an_agreement_came_before_it(classifier, verb, joint):
    body = (
        "MOSCOW, Nov. 23 - The Russian and Chinese defence ministers on Tuesday signed a "
        "roadmap for military cooperation between the two countries.\n\nShoigu said Russian and Chinese "
        f"strategic bombers {verb} a joint patrol over the Sea of Japan last week."
    )
    result = _classify(
        classifier, body, title="China, Russia sign roadmap for military cooperation to 2025"
    )
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("tail", "joint"),
    [("every year since 2012", False), ("near Vladivostok since Monday", True)],
    ids=["history-since-a-year", "since-a-day-this-week"],
)
def test_a_present_perfect_since_a_year_is_history(classifier, tail, joint):
    body = (
        f"Russian and Chinese warships have held joint naval exercises {tail}, the Russian "
        "Defence Ministry said."
    )
    result = _classify(classifier, body, title="Russia and China deepen military ties")
    assert result.joint_military_activity is joint


# -- rules found by validation batch 4 (one case where each applies, one where it does not) --


@pytest.mark.parametrize(
    ("partner", "states"),
    [
        (
            "India has flown 500 citizens out of Sudan under Operation Kaveri, with C-130J "
            "transport planes ferrying them to Jeddah. Britain also took part in the operation.",
            [],
        ),
        (
            "Japanese F-15 fighters flew over the Sea of Japan with B-52 bombers on Tuesday.",
            ["JPN", "USA"],
        ),
    ],
    ids=["a-type-after-with-names-no-state", "with-a-type-beside-another-states-force"],
)
def test_an_aircraft_types_usual_operator_is_linked_only_beside_another_force(
    classifier, partner, states
):
    assert _classify(classifier, partner, title="Planes fly to Jeddah").states == states


@pytest.mark.parametrize(
    ("force", "states"),
    [("Air Force", []), ("US Air Force", ["IND", "USA"])],
    ids=["an-air-force-not-named", "a-named-air-force"],
)
def test_a_type_after_an_unnamed_force_is_not_its_usual_operators(classifier, force, states):
    body = (
        "India has evacuated 500 of its citizens from Sudan under Operation Kaveri, with "
        f"{force} C-130J transport planes and the Indian Navy's INS Sumedha ferrying them to "
        "Jeddah, the ministry said."
    )
    assert _classify(classifier, body, title="Planes fly to Jeddah").states == states


@pytest.mark.parametrize(
    ("tail", "joint"),
    [("flown their nationals out of Sudan", False), ("flown bombers over Sudan", True)],
    ids=["parallel-national-evacuations", "flown-bombers"],
)
def test_parallel_national_actions_are_not_joint(classifier, tail, joint):
    body = f"Several countries, including the United States, Britain and France, have {tail}."
    result = _classify(classifier, body, title="Fighting rages in Sudan")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("owners", "states"),
    [("of India and Indonesia opened", ["IDN", "IND"]), ("of India opened", [])],
    ids=["exercise-of-two-states", "exercise-of-one-state"],
)
def test_an_exercise_of_two_states_names_its_participants(classifier, owners, states):
    body = f"The special forces exercise {owners} in Bogor on Friday, the army said."
    assert _classify(classifier, body, title="Special forces drill opens").states == states


@pytest.mark.parametrize(
    ("first", "states"),
    [
        ("Three Eurofighter jets of the German Luftwaffe landed", ["DEU", "JPN"]),
        ("German and French jets landed", []),
    ],
    ids=["one-foreign-force-before", "two-foreign-forces-before"],
)
def test_they_refers_to_the_one_force_of_the_previous_sentence(classifier, first, states):
    body = (
        "TOKYO, Sept. 29 (Kyodo) -- Germany's defense policy is shifting toward the "
        "Indo-Pacific, officials say.\n\n"
        f"{first} at Hyakuri air base on Wednesday. On Thursday they flew training sorties "
        "with ASDF fighters, practising tactics together."
    )
    result = _classify(classifier, body, title="German fighter jets make first visit to Japan")
    assert result.states == states


@pytest.mark.parametrize(
    ("last", "states"),
    [
        ("China is Germany's biggest trading partner.", ["DEU", "JPN"]),
        ("Germany's jets later tracked a Chinese plane.", []),
    ],
    ids=["trading-partner", "tracking"],
)
def test_a_trading_partner_is_not_the_opposing_side(classifier, last, states):
    body = "German and Japanese fighter jets flew over Hyakuri on Thursday. " + last
    assert _classify(classifier, body, title="German and Japanese jets fly").states == states


@pytest.mark.parametrize(
    ("verb", "tense"),
    [("flew", "past"), ("will fly", "planned")],
    ids=["own-past-tense", "will-before"],
)
def test_an_activity_verbs_own_tense_beats_a_cue_after_it(classifier, verb, tense):
    body = (
        f"Russian and Chinese bombers {verb} a joint patrol over the Sea of Japan, and the "
        "crews will return to base on Friday."
    )
    result = _classify(classifier, body, title="Bombers on joint patrol")
    assert result.tense == tense


@pytest.mark.parametrize(
    ("lead", "joint"),
    [
        (
            "Rescue vessels from Singapore and Malaysia joined Indonesian warships on Friday in "
            "the search for a navy submarine, as its oxygen supply was expected to run out.",
            True,
        ),
        (
            "Rescue vessels from Singapore and Malaysia are expected to join Indonesian warships "
            "in the search for a navy submarine.",
            False,
        ),
    ],
    ids=["plan-word-in-a-side-clause", "plan-word-governs-the-search"],
)
def test_a_plan_word_counts_only_in_the_activitys_clause(classifier, lead, joint):
    result = _classify(classifier, lead, title="Navies hunt for missing submarine")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("last", "states"),
    [
        ("was also helping.", ["IDN", "MYS", "SGP", "USA"]),
        ("was on its way.", ["IDN", "MYS", "SGP"]),
    ],
    ids=["also-helping", "on-its-way"],
)
def test_a_force_also_helping_takes_part(classifier, last, states):
    body = (
        "Rescue vessels from Singapore and Malaysia joined Indonesian warships on Friday in the "
        "search for a navy submarine.\n\nA US Navy P-8 Poseidon aircraft " + last
    )
    result = _classify(classifier, body, title="Navies hunt for missing submarine")
    assert result.states == states


@pytest.mark.parametrize(
    ("verb", "tense"),
    [("are flying", "ongoing"), ("flew", "past")],
    ids=["present-progressive", "simple-past"],
)
def test_an_activity_verb_after_is_or_are_is_under_way(classifier, verb, tense):
    body = (
        f"Indian Air Force Rafale fighters {verb} in the US-led Red Flag Alaska exercise for "
        "the first time, India's defence ministry said."
    )
    result = _classify(classifier, body, title="Indian Rafales in Red Flag Alaska")
    assert result.tense == tense


@pytest.mark.parametrize(
    ("last", "states"),
    [
        (
            "Hundreds of armoured vehicles are taking part, among them German Leopard 2 tanks "
            "and Dutch CV90 infantry fighting vehicles.",
            ["DEU", "LTU", "NLD"],
        ),
        ("Dutch troops were fighting German units in the scenario.", ["DEU", "LTU"]),
    ],
    ids=["fighting-vehicles", "fighting"],
)
def test_a_hostile_word_in_a_weapons_noun_is_not_the_opposing_side(classifier, last, states):
    body = "Lithuanian and German troops are drilling at the Pabrade training area. " + last
    assert _classify(classifier, body, title="Allies drill in Lithuania").states == states


@pytest.mark.parametrize(
    ("obj", "states"),
    [("the targets", ["CMR", "GHA", "MAR", "NGA"]), ("them", ["CMR", "GHA", "NGA"])],
    ids=["drill-targets", "tracking-them"],
)
def test_tracking_the_drills_own_targets_is_taking_part(classifier, obj, states):
    body = (
        "Ghanaian, Nigerian and Cameroonian patrol boats are boarding vessels playing the role "
        f"of pirate ships in a joint exercise, with Moroccan ships helping to track {obj}."
    )
    assert _classify(classifier, body, title="Navies drill in Gulf of Guinea").states == states


@pytest.mark.parametrize(
    ("sent", "states"),
    [
        ("have sent aircraft, and observers from other countries are following", ["CHL", "FRA"]),
        ("have sent observers to follow", ["BRA", "CHL"]),
    ],
    ids=["observers-in-next-clause", "sent-observers"],
)
def test_an_observer_word_in_the_next_clause_does_not_make_the_senders_observers(
    classifier, sent, states
):
    body = (
        "Brazilian and Chilean fighter jets began a joint air exercise at Natal on Monday. "
        f"France {sent} the training."
    )
    result = _classify(classifier, body, title="Air exercise opens in Natal")
    assert set(states) <= set(result.states)
    assert ("FRA" in result.states) == ("FRA" in states)


@pytest.mark.parametrize(
    ("middle", "states"),
    [
        (" are among the foreign aircraft", ["FIN", "GBR", "NOR", "SWE", "USA"]),
        (" were photographed by reporters", ["FIN", "NOR", "SWE"]),
    ],
    ids=["among-the-aircraft", "other-verb"],
)
def test_being_among_the_foreign_aircraft_is_taking_part(classifier, middle, states):
    body = (
        "Finnish, Swedish and Norwegian fighter jets began the joint Arctic Challenge exercise "
        f"on Monday. British Typhoons and US F-16s{middle}."
    )
    result = _classify(classifier, body, title="Arctic Challenge begins")
    assert result.states == states


@pytest.mark.parametrize(
    ("last", "states"),
    [
        (
            "Italy, Japan and Britain are jointly developing a next-generation fighter jet due "
            "for deployment in 2035.",
            ["ITA", "JPN"],
        ),
        ("Italy, Japan and Britain are jointly operating in the region.", ["GBR", "ITA", "JPN"]),
    ],
    ids=["joint-development", "joint-operation"],
)
def test_joint_arms_development_is_industry_not_military_activity(classifier, last, states):
    body = "Italian and Japanese warships held a joint exercise south of Kanto this week. " + last
    assert _classify(classifier, body, title="Italian carrier drills with MSDF").states == states


@pytest.mark.parametrize(
    ("force", "joint"),
    [("Guardia Civil", False), ("Navy", True)],
    ids=["guardia-civil", "navy"],
)
def test_a_police_body_named_as_a_force_is_police_cooperation(classifier, force, joint):
    title = f"Spain's {force} steps up joint patrols with Mauritania"
    body = f"Spain's {force} will send more boats to Mauritania under the plan, the ministry said."
    assert _classify(classifier, body, title=title).joint_military_activity is joint


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        (
            "The Italian carrier Cavour arrived in Yokosuka on Thursday after joint exercises "
            "with Japanese warships earlier this week.",
            "past",
        ),
        (
            "The Italian carrier Cavour arrived in Yokosuka on Thursday for joint exercises "
            "with Japanese warships.",
            "ongoing",
        ),
    ],
    ids=["arrived-after-drills", "arrived-for-drills"],
)
def test_drills_after_an_arrival_verb_are_past(classifier, sentence, tense):
    result = _classify(classifier, sentence, title="Italian carrier in Japan")
    assert result.tense == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("German and Dutch troops practising river crossings in the joint exercise.", "ongoing"),
        ("German and Dutch troops practised river crossings in the joint exercise.", "past"),
        ("The joint exercise of German and Dutch troops runs until October 27.", "ongoing"),
        ("A joint exercise of German and Dutch troops is being conducted this month.", "ongoing"),
    ],
    ids=["practising", "practised", "runs-until", "is-being-conducted"],
)
def test_tense_words_of_drills_under_way(classifier, sentence, tense):
    result = _classify(classifier, sentence, title="Allied troops drill")
    assert result.tense == tense


@pytest.mark.parametrize(
    ("last", "states"),
    [
        ("German Eurofighters are on track to return to Japan in 2026.", ["DEU", "JPN"]),
        ("Germany has built a fighting force of 180,000 troops.", ["DEU", "JPN"]),
        ("German jets later tracked a Chinese plane near the island.", []),
    ],
    ids=["on-track", "fighting-force", "tracked"],
)
def test_a_hostile_word_in_another_sense_is_not_the_opposing_side(classifier, last, states):
    body = "German and Japanese fighter jets flew over Hyakuri on Thursday. " + last
    assert _classify(classifier, body, title="German and Japanese jets fly").states == states


@pytest.mark.parametrize(
    ("alias", "plural"),
    [
        ("F-16", "F-16s"),
        ("Mirage 2000", "Mirage 2000s"),
        ("Rafale", "Rafales"),
        ("Su-30MKI", "Su-30MKIs"),
        ("Flankers", None),
        ("Kilo-class", None),
        ("HIMARS", None),
    ],
)
def test_plural_of_an_aircraft_or_ship_name(alias, plural):
    assert _plural(alias) == plural


@pytest.mark.parametrize(
    ("aircraft", "states"),
    [("MiG-29s", ["AZE", "PAK", "QAT", "TUR"]), ("MiG-29 jets", ["AZE", "PAK", "QAT", "TUR"])],
    ids=["plural-name", "singular-name"],
)
def test_a_plural_aircraft_name_is_the_named_states_aircraft(classifier, aircraft, states):
    body = (
        f"Turkish F-16s are flying with Pakistani JF-17s, Azerbaijani {aircraft} and Qatari "
        "Rafales in the Anatolian Eagle drill."
    )
    result = _classify(classifier, body, title="Anatolian Eagle begins")
    assert result.states == states


@pytest.mark.parametrize(
    ("name", "joint"),
    [("Panamax", True), ("Aman", False)],
    ids=["long-name-in-title-case", "short-name-stays-exact"],
)
def test_an_exercise_name_in_capitals_matches_title_case_when_long(classifier, name, joint):
    body = f"Forces of the United States, Brazil and Chile began the annual {name} on Monday."
    result = _classify(classifier, body, title=f"{name} 2023 opens")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("listed", "states"),
    [
        ("British Typhoons and Greek F-16s", ["DEU", "GBR", "GRC", "ISR"]),
        ("British officials and Greek F-16s", ["DEU", "GRC", "ISR"]),
    ],
    ids=["unknown-aircraft-name", "not-an-aircraft"],
)
def test_a_state_before_an_unknown_aircraft_name_in_a_list_is_a_force(classifier, listed, states):
    body = (
        f"German Eurofighters, {listed} are operating from Uvda air base in the Blue Flag "
        "exercise alongside Israeli F-35s."
    )
    result = _classify(classifier, body, title="Blue Flag opens")
    assert result.states == states


@pytest.mark.parametrize(
    ("middle", "states"),
    [
        (" from the 510th Fighter Squadron", ["DEU", "GBR", "GRC", "USA"]),
        (", based at Aviano air base in northern Italy,", []),
    ],
    ids=["same-clause", "other-clause"],
)
def test_a_participation_verb_reaches_its_subject_across_one_clause(classifier, middle, states):
    body = (
        "German, British and Greek fighter jets are flying in the Iniochos exercise over "
        f"Greece this week. American F-16s{middle} joined too."
    )
    result = _classify(classifier, body, title="Iniochos under way")
    assert set(result.states) >= {"DEU", "GBR", "GRC"}
    assert ("USA" in result.states) == ("USA" in states)


@pytest.mark.parametrize(
    ("partner", "joint"),
    [("US observers", False), ("US troops", True)],
    ids=["observers", "troops"],
)
def test_drills_with_foreign_observers_are_not_joint(classifier, partner, joint):
    title = f"Taiwan's Han Kuang drills test defences against blockade, with {partner}"
    body = "Taiwan's military began its annual Han Kuang exercise on Wednesday."
    assert _classify(classifier, body, title=title).joint_military_activity is joint


@pytest.mark.parametrize(
    ("flyers", "states"),
    [("four F-15s from the JASDF", ["IND", "JPN"]), ("four F-15s", ["IND", "JPN", "USA"])],
    ids=["operator-named-after", "type-only"],
)
def test_an_aircraft_type_from_a_named_force_is_not_its_usual_operator(  # guard for plurals
    classifier, flyers, states
):
    body = (
        "Indian Air Force Su-30MKI fighters and Japan Air Self-Defense Force F-2 jets began "
        f"their first bilateral fighter exercise at Hyakuri. Four Indian fighters and {flyers} "
        "are taking part."
    )
    result = _classify(classifier, body, title="Indian and Japanese jets drill")
    assert result.states == states


@pytest.mark.parametrize(
    ("units", "states"),
    [("mechanised companies", ["GEO", "LTU", "POL"]), ("business companies", ["GEO"])],
    ids=["army-companies", "firms"],
)
def test_companies_of_an_army_are_units_not_firms(classifier, units, states):
    body = (
        "Georgian infantry began the Agile Spirit exercise at Vaziani on Monday. Polish and "
        f"Lithuanian {units} are training with the Georgians."
    )
    result = _classify(classifier, body, title="Agile Spirit under way")
    assert set(result.states) >= set(states)
    assert ("POL" in result.states) == ("POL" in states)


@pytest.mark.parametrize(
    ("sent", "taking_part"),
    [("provided staff to the command centre", True), ("issued statements", False)],
    ids=["provided-staff", "statements"],
)
def test_staff_provided_to_a_drill_is_taking_part(classifier, sent, taking_part):
    body = (
        "Warships of Canada, Denmark and France are firing interceptor missiles in the "
        f"Formidable Shield exercise off Norway. Belgium and Portugal {sent}."
    )
    result = _classify(classifier, body, title="Navies test missile defences")
    assert ("BEL" in result.states) is taking_part


@pytest.mark.parametrize(
    ("verb", "tense"),
    [("is participating", "ongoing"), ("participated", "past")],
    ids=["is-participating", "participated"],
)
def test_a_singular_progressive_participation_is_under_way(classifier, verb, tense):
    body = (
        f"The Indian Air Force {verb} in Desert Flag, a multinational air exercise hosted by "
        "the United Arab Emirates Air Force at Al Dhafra."
    )
    result = _classify(classifier, body, title="IAF in Desert Flag")
    assert result.tense == tense


@pytest.mark.parametrize(
    ("sent", "states"),
    [("sent officers without ships", []), ("sent ships", ["FJI", "LKA"])],
    ids=["officers-only", "ships"],
)
def test_states_sending_officers_without_forces_only_watch(classifier, sent, states):
    body = (
        "Warships from Australia, India and Japan are sailing in the Komodo exercise off "
        f"Makassar. Other countries, among them Sri Lanka and Fiji, {sent}."
    )
    result = _classify(classifier, body, title="Komodo opens")
    assert {"FJI", "LKA"} & set(result.states) == set(states)


@pytest.mark.parametrize(
    ("bodies", "joint"),
    [("maritime agencies", False), ("navies", True)],
    ids=["maritime-agencies", "navies"],
)
def test_civilian_maritime_agencies_are_not_military(classifier, bodies, joint):
    title = f"Australian, Indonesian {bodies} run coordinated patrol in Arafura Sea"
    body = "The two ships sailed together along the maritime boundary for five days."
    assert _classify(classifier, body, title=title).joint_military_activity is joint


@pytest.mark.parametrize(
    ("sent", "states"),
    [("have sent liaison officers to watch the drill", []), ("have sent tankers", ["PHL"])],
    ids=["liaison-officers", "tankers"],
)
def test_states_sending_liaison_officers_only_watch(classifier, sent, states):
    body = (
        "Crews from Australia, Canada and Japan are flying with their American counterparts in "
        f"the Mobility Guardian exercise. Several countries, including the Philippines, {sent}."
    )
    result = _classify(classifier, body, title="Mobility Guardian under way")
    assert {"PHL"} & set(result.states) == set(states)


@pytest.mark.parametrize(
    ("verb", "joint"),
    [("flew past", False), ("flew a joint patrol", True)],
    ids=["flew-past", "joint-patrol"],
)
def test_aircraft_flying_past_a_parade_are_a_ceremony(classifier, verb, joint):
    body = (
        "French troops marched down Kartavya Path on Friday. Two Rafale fighters of the French "
        f"Air and Space Force {verb} along with Indian aircraft."
    )
    result = _classify(classifier, body, title="French troops in India's Republic Day parade")
    assert result.joint_military_activity is joint


@pytest.mark.parametrize(
    ("verb", "states"),
    [("are due to join", ["FRA", "POL", "USA"]), ("have joined", ["ESP", "FRA", "POL", "USA"])],
    ids=["due-to-join", "have-joined"],
)
def test_forces_still_to_join_a_drill_are_not_participants(classifier, verb, states):
    body = (
        "Polish, American and French soldiers crossed the Vistula on pontoon bridges on Monday "
        f"in the Dragon-24 exercise. Spanish units {verb} the drill later this month."
    )
    result = _classify(classifier, body, title="Allied troops cross the Vistula")
    assert result.states == states


@pytest.mark.parametrize(
    ("clause", "states"),
    [
        ("Lithuanian and Latvian sappers built part of the bridge.", ["FRA", "LTU", "LVA", "POL"]),
        (
            "Lithuanian and Latvian engineers built part of the bridge.",
            ["FRA", "LTU", "LVA", "POL"],
        ),
        ("Russian and Belarusian troops watched from across the border.", ["FRA", "POL"]),
        ("Lithuanian and Latvian sappers are due to arrive next week.", ["FRA", "POL"]),
    ],
    ids=["sappers-built", "engineers-built", "troops-watched", "due-to-arrive"],
)
def test_forces_of_two_states_as_a_clause_subject_take_part(classifier, clause, states):
    body = (
        "Polish and French soldiers crossed the Vistula on pontoon bridges on Monday in the "
        f"Dragon-24 exercise, the armed forces command said. Duda watched. {clause}"
    )
    result = _classify(classifier, body, title="Allied troops cross the Vistula")
    assert result.states == states


@pytest.mark.parametrize(
    ("clause", "states"),
    [
        (
            "while American and British instructors run a field hospital",
            ["GBR", "KEN", "UGA", "USA"],
        ),
        ("while American and British observers watch", ["KEN", "UGA", "USA"]),
    ],
    ids=["instructors-run", "observers-watch"],
)
def test_instructors_running_part_of_a_multinational_drill_take_part(classifier, clause, states):
    body = (
        "Kenyan Defence Forces troops are drilling with units from Uganda in the Justified Accord "
        f"exercise, {clause}."
    )
    result = _classify(classifier, body, title="Kenya hosts Justified Accord")
    assert result.states == states


@pytest.mark.parametrize(
    ("verb", "states"),
    [("fighting alongside", ["EST", "GBR", "USA"]), ("training alongside", ["EST", "GBR", "USA"])],
    ids=["fighting-alongside", "training-alongside"],
)
def test_troops_fighting_alongside_in_a_drill_cooperate(classifier, verb, states):
    body = (
        "Estonian sappers destroyed two mock bridges on Tuesday as the Hedgehog exercise entered "
        f"its second week, with British and US troops {verb} the Estonian Defence Forces."
    )
    result = _classify(classifier, body, title="Hedgehog drill spreads across the south-east")
    assert result.states == states


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Finnish troops joined the 2018 edition.", ["EST", "GBR"]),
        ("Finnish troops joined this year's edition.", ["EST", "FIN", "GBR"]),
    ],
    ids=["2018-edition", "this-edition"],
)
def test_participants_of_an_earlier_edition_do_not_take_part(classifier, sentence, states):
    body = (
        "Estonian and British troops are training together in the Hedgehog exercise this week, "
        f"the Estonian Defence Forces said. About 14,000 reservists are involved. {sentence}"
    )
    published = datetime(2023, 5, 16, tzinfo=UTC)
    result = classifier.classify(
        Article(id="t", body=body, title="Hedgehog under way", published_at=published)
    )
    assert result.states == states


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Egypt took part in past editions.", ["ITA", "TUN", "USA"]),
        ("Egypt also took part.", ["EGY", "ITA", "TUN", "USA"]),
    ],
    ids=["past-editions", "also-took-part"],
)
def test_states_of_past_editions_do_not_take_part(classifier, sentence, states):
    body = (
        "Sailors from Tunisia and Italy boarded suspect vessels with US Navy teams on Thursday as "
        f"the Phoenix Express exercise moved to its at-sea phase. {sentence}"
    )
    result = _classify(classifier, body, title="Phoenix Express at sea")
    assert result.states == states


@pytest.mark.parametrize(
    ("service", "states"),
    [("US Coast Guard", ["CAN", "DNK", "FRA"]), ("US Navy", ["CAN", "DNK", "FRA", "USA"])],
    ids=["coast-guard", "navy"],
)
def test_a_coast_guard_joined_in_a_drill_is_not_a_participant(classifier, service, states):
    body = (
        f"Canadian warships joined {service}, French and Danish navy vessels in the Labrador Sea "
        "this week for Operation Nanook, practising boarding drills."
    )
    result = _classify(classifier, body, title="Canada, allies sail into the Labrador Sea")
    assert result.states == states


@pytest.mark.parametrize(
    ("sentence", "joint"),
    [
        ("Romania and the Netherlands opened a regional F-16 training centre on Monday.", False),
        ("Romanian and Dutch F-16s began training together on Monday.", True),
    ],
    ids=["training-centre", "training-together"],
)
def test_opening_a_training_centre_is_no_joint_activity(classifier, sentence, joint):
    body = f"{sentence} Lockheed Martin instructors will run the courses."
    result = _classify(classifier, body, title="Romania and the Netherlands: F-16 news")
    assert result.joint_military_activity is joint
