"""The pure parts of `jointwatch bench` and its synthetic articles (the runs are integration)."""

from __future__ import annotations

import json
import os

import pytest

from jointwatch.bench import BenchError, _metric_sums, cpu_seconds, peak_rss_mb, percentile
from jointwatch.core.classifier import Classifier
from jointwatch.core.knowledge import default_knowledge
from jointwatch.core.models import Article
from jointwatch.synthetic import (
    ARTICLE_BYTES,
    EVENTS_PER_SLOT,
    article_mix,
    encode,
    is_joint,
    joint_article,
    joint_event,
)


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile([7.0], 99) == 7.0


def test_metric_sums_add_every_labelled_sample():
    text = (
        "# HELP jointwatch_classifications_total x\n"
        'jointwatch_classifications_total{result="joint"} 3.0\n'
        'jointwatch_classifications_total{result="not_joint"} 4.0\n'
        "jointwatch_articles_consumed_total 7.0\n"
    )
    sums = _metric_sums(
        text, ["jointwatch_classifications_total", "jointwatch_articles_consumed_total"]
    )
    assert sums == {
        "jointwatch_classifications_total": 7.0,
        "jointwatch_articles_consumed_total": 7.0,
    }


def test_process_figures_come_from_proc():
    assert peak_rss_mb(os.getpid()) > 10
    assert cpu_seconds(os.getpid()) > 0


def test_synthetic_articles_are_about_3_kb_and_valid():
    articles = article_mix(40)
    assert len({a["id"] for a in articles}) == 40
    assert sum(map(is_joint, articles)) == 20
    for article in articles:
        _, value = encode(article)
        assert ARTICLE_BYTES * 0.9 < len(value) < ARTICLE_BYTES * 1.2
        Article.model_validate_json(value)


def test_the_classifier_flags_the_joint_ones_as_their_event_says():
    classifier = Classifier(default_knowledge())
    for article in article_mix(64, first_event=EVENTS_PER_SLOT - 5):
        result = classifier.classify(Article.model_validate_json(encode(article)[1]))
        assert result.joint_military_activity == is_joint(article), article["title"]
        if is_joint(article):
            index = int(article["id"].split("-e")[1].split("-")[0])
            event = joint_event(index)
            assert result.activity == event.activity
            assert len(result.states) == 2
            assert [loc.name for loc in result.locations] == [event.sea]


def test_reports_of_one_event_share_states_time_and_place_and_events_differ():
    first, second = joint_event(0), joint_event(1)
    a0, a1 = joint_article(first, 0), joint_article(first, 1)
    assert json.loads(encode(a0)[1])["published_at"] < json.loads(encode(a1)[1])["published_at"]
    assert (first.states, first.activity, first.sea) != (second.states, second.activity, second.sea)
    assert joint_event(EVENTS_PER_SLOT).time > first.time


def test_the_classifier_phase_counts_joint_articles_and_says_whether_it_ran_compiled(tmp_path):
    import jointwatch.core.classifier as classifier_module
    from jointwatch.bench import bench_classifier
    from jointwatch.core.compiled import running_compiled

    articles = article_mix(20)
    figures = bench_classifier(articles, tmp_path)
    assert figures["articles"] == 20
    assert figures["joint"] == sum(is_joint(a) for a in articles)
    assert figures["compiled"] is running_compiled(classifier_module)
    assert figures["in_process_articles_per_s"] > 0 and figures["command_articles_per_s"] > 0


def test_the_news_phase_times_the_sample_articles_and_reads_labelled_sets(tmp_path):
    from jointwatch.bench import NEWS_SAMPLES, bench_news, read_news

    samples = read_news(NEWS_SAMPLES)
    figures = bench_news(NEWS_SAMPLES, 30)
    assert figures["distinct_articles"] == len(samples)
    assert figures["classified"] == max(30, len(samples))
    assert figures["body_chars_mean"] > 0
    assert figures["in_process_articles_per_s"] > 0 and figures["ms_per_1000_chars"] > 0
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        "\n".join(json.dumps({"article": a, "label": {"joint": False}}) for a in samples[:3])
    )
    assert read_news(labelled) == samples[:3]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(BenchError, match="no articles"):
        read_news(empty)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(samples[0]) + "\n{not json\n")
    with pytest.raises(BenchError, match="line 2: not JSON"):
        read_news(broken)
    invalid = tmp_path / "invalid.jsonl"
    invalid.write_text(json.dumps({"id": "x"}) + "\n")
    with pytest.raises(BenchError, match="article 1: not a valid Article"):
        bench_news(invalid, 1)
