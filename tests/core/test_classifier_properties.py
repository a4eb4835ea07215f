"""Property-based tests of the classifier on generated text, from word salad to hostile shapes.

They check what every caller relies on, not the labels: it answers every valid Article, the
same way every time, with a result that keeps the contract (sorted alpha-3 states, a score in
[0, 1], evidence that quotes the body exactly).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jointwatch.core.classifier import classify_article
from jointwatch.core.models import Article, ClassificationResult

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VOCABULARY = [
    "Russian",
    "Chinese",
    "Russia",
    "China",
    "Beijing",
    "Moscow",
    "US",
    "Canadian",
    "Japan",
    "South Korea",
    "the two militaries",
    "the allies",
    "joint",
    "jointly",
    "patrol",
    "exercise",
    "drill",
    "drills",
    "Joint Sword",
    "Vostok",
    "Malabar",
    "bombers",
    "Tu-95MS",
    "H-6K",
    "warships",
    "destroyer",
    "navy",
    "air force",
    "coast guard",
    "police",
    "intercepted",
    "escorted",
    "flew",
    "sailed",
    "will",
    "plan to",
    "next week",
    "wrapped up",
    "kicked off",
    "said",
    "not",
    "no",
    "Sea of Japan",
    "East China Sea",
    "Bering Sea",
    "Alaska",
    "Taiwan",
    "200 miles",
    "1,500 km",
    "off",
    "near",
    "over",
    "with",
    "and",
    "the",
    "its",
    "their",
    "of",
    "by",
    "(Yonhap) --",
    "SEOUL, Oct. 14",
    ",",
    ".",
    "!",
    "?",
    ";",
    ":",
    "—",
    "-",
    "'",
    '"',
    "\n",
    "\n\n",
    "\t",
    "  ",
    "İ",
    "ß",
    "ﬁ",
    "😀",
    "\u200b",
    "\u202e",
    "٣",
    "中俄",
]
words = st.lists(st.sampled_from(VOCABULARY) | st.text(max_size=12), max_size=120)
bodies = st.builds(lambda ws: " ".join(ws), words).filter(lambda s: s.strip())
articles = st.builds(
    Article,
    id=st.just("prop-1"),
    body=bodies,
    title=st.none() | bodies,
    published_at=st.none() | st.datetimes(timezones=st.timezones()),
)


def check_contract(article: Article, result: ClassificationResult) -> None:
    assert result.article_id == article.id
    assert 0.0 <= result.score <= 1.0
    assert result.states == sorted(set(result.states))
    assert all(len(s) == 3 and s.isupper() and s.isalpha() for s in result.states)
    for ev in result.evidence:
        assert 0 <= ev.start <= ev.end <= len(article.body)
        assert article.body[ev.start : ev.end] == ev.text
    for loc in result.locations:
        assert -90 <= loc.lat <= 90 and -180 <= loc.lon <= 180
    if result.region_of_interest is not None:
        assert result.region_of_interest.distance_km >= 0
    if result.joint_military_activity:  # DESIGN.md: forces of two or more states
        assert len(result.states) >= 2
    assert ClassificationResult.model_validate_json(result.model_dump_json()) == result


@SETTINGS
@given(articles)
@example(Article(id="e1", body="Russian and Chinese bombers flew a joint patrol near Alaska."))
@example(Article(id="e2", body="İ" * 5000))
@example(Article(id="e3", body="joint " * 3000))
def test_every_article_gets_a_result_that_keeps_the_contract(article):
    result = classify_article(article)
    check_contract(article, result)


@SETTINGS
@given(articles)
def test_the_classifier_is_pure(article):
    assert classify_article(article) == classify_article(article)


@SETTINGS
@given(bodies, st.integers(1, 40))
def test_repeating_a_body_never_breaks_the_contract(body, times):
    article = Article(id="rep", body=(body + "\n") * times)
    check_contract(article, classify_article(article))
