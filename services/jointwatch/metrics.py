"""Every Prometheus metric jointwatch exports, created once per registry.

Labels are bounded enums whose values are created at start-up, so a counter reads 0,
not "no data", before anything happened. Never put ids, URLs or free text in a label.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import combinations

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    disable_created_metrics,
)

from . import __version__
from .core.decode import RejectReason
from .core.models import Severity


class ClassificationOutcome(StrEnum):
    JOINT = "joint"
    NOT_JOINT = "not_joint"
    PLANNED = "planned"


class Channel(StrEnum):
    WEBHOOK = "webhook"
    SLACK = "slack"


class DeliveryOutcome(StrEnum):
    DELIVERED = "delivered"
    RETRIED = "retried"
    FAILED = "failed"
    DISABLED = "disabled"


class SuppressReason(StrEnum):
    """Why an alert revision was deliberately not sent to a destination."""

    SILENCED = "silenced"  # a silence (`jointwatch silence add`) matched
    ROUTED_OUT = "routed_out"  # below the destination's minimum severity, or outside its filters
    DUPLICATE = "duplicate"  # this revision or a later one was already delivered there
    MERGED = "merged"  # Slack: superseded by a later revision within the merge wait


class DeadLetterReason(StrEnum):
    """Why a delivery went to the delivery dead-letter topic (`alerts.delivery-dlq`)."""

    RETRIES_EXHAUSTED = "retries_exhausted"  # retryable failures until the schedule ended
    REJECTED = "rejected"  # the receiver refused it for good (4xx other than 408, 410, 429)
    ENDPOINT_GONE = "endpoint_gone"  # 410: the destination is disabled from now on
    ENDPOINT_DISABLED = "endpoint_disabled"  # sent to a destination disabled earlier
    INVALID_ALERT = "invalid_alert"  # the alerts-topic record is not an Alert v1
    INTERNAL_ERROR = "internal_error"  # a bug in jointwatch while delivering


class Stage(StrEnum):
    """Steps of the pipeline timed by jointwatch_stage_seconds."""

    DECODE = "decode"  # bytes to a validated Article
    CLASSIFY = "classify"  # the pure classifier
    CLUSTER = "cluster"  # join a report to its event, build the alert revision
    PUBLISH = "publish"  # one output sent and acknowledged by the broker
    DELIVER = "deliver"  # one alert revision to every destination, retries included


# Values of jointwatch_alerts_by_state_pair_total{pair} besides "AAA-BBB" pairs of state codes.
MULTINATIONAL_PAIR = "multinational"  # an alert with more than MAX_STATES_FOR_PAIRS states
OTHER_PAIR = "other"  # any pair beyond MAX_STATE_PAIR_LABELS distinct values in one process
MAX_STATES_FOR_PAIRS = 4  # 4 states give 6 pairs; RIMPAC's twenty would give 190
MAX_STATE_PAIR_LABELS = 200


def state_pairs(states: Sequence[str]) -> list[str]:
    """Label values for one alert: each unordered pair of participating states ("CHN-RUS"),
    or "multinational" for a large coalition, whose pairs would say little and cost many series."""
    codes = sorted(set(states))
    if len(codes) > MAX_STATES_FOR_PAIRS:
        return [MULTINATIONAL_PAIR]
    return [f"{a}-{b}" for a, b in combinations(codes, 2)]


# `_created` series double the output and no panel or rule reads them.
disable_created_metrics()

# Around the targets: classification in well under 1 ms, article-to-alert p99 <= 100 ms.
LATENCY_BUCKETS = (
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.075,
    0.1,
    0.25,
    0.5,
    1,
    2.5,
    5,
    10,
)
DELIVERY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)
# One histogram for every stage: decode and classify take well under 1 ms, publish a few ms,
# deliver (HTTP, retries) up to minutes; the article-to-alert budget is 100 ms at p99.
STAGE_BUCKETS = (0.0001, 0.00025, *LATENCY_BUCKETS, 30, 120)


@dataclass(frozen=True, slots=True)
class Metrics:
    registry: CollectorRegistry
    articles_consumed: Counter
    articles_rejected: Counter
    classifications: Counter
    alerts_published: Counter
    processing_seconds: Histogram
    classify_seconds: Histogram
    score: Histogram
    notifications: Counter
    delivery_seconds: Histogram
    dlq_published: Counter
    consuming: Gauge
    build_info: Info
    stage_seconds: Histogram
    consumer_lag: Gauge
    rebalances: Counter
    alerts_by_state_pair: Counter
    classifier_info: Info
    delivery_retries: Counter
    delivery_dead_letters: Counter
    notifications_suppressed: Counter
    destinations_disabled: Gauge
    state_pair_values: set[str] = field(default_factory=set)

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> Metrics:
        reg = registry if registry is not None else CollectorRegistry()
        m = cls(
            registry=reg,
            articles_consumed=Counter(
                "jointwatch_articles_consumed",
                "Article events read from the articles topic",
                registry=reg,
            ),
            articles_rejected=Counter(
                "jointwatch_articles_rejected",
                "Article events sent to the dead-letter topic, by reason",
                ["reason"],
                registry=reg,
            ),
            classifications=Counter(
                "jointwatch_classifications",
                "Articles classified, by result",
                ["result"],
                registry=reg,
            ),
            alerts_published=Counter(
                "jointwatch_alerts_published",
                "Alert revisions acknowledged by the broker on the alerts topic, by severity",
                ["severity"],
                registry=reg,
            ),
            processing_seconds=Histogram(
                "jointwatch_processing_seconds",
                "Article in (consumed) to alert out (acknowledged by the broker), seconds",
                buckets=LATENCY_BUCKETS,
                registry=reg,
            ),
            classify_seconds=Histogram(
                "jointwatch_classify_seconds",
                "Time spent in the classifier for one article, seconds",
                buckets=LATENCY_BUCKETS,
                registry=reg,
            ),
            score=Histogram(
                "jointwatch_classifier_score",
                "Calibrated classifier score of every article",
                buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
                registry=reg,
            ),
            notifications=Counter(
                "jointwatch_notifications",
                "Notification attempts, by channel and outcome",
                ["channel", "outcome"],
                registry=reg,
            ),
            delivery_seconds=Histogram(
                "jointwatch_delivery_seconds",
                "Alert consumed to delivery acknowledged (retries included), by channel",
                ["channel"],
                buckets=DELIVERY_BUCKETS,
                registry=reg,
            ),
            dlq_published=Counter(
                "jointwatch_dlq_published", "Events written to the dead-letter topic", registry=reg
            ),
            consuming=Gauge(
                "jointwatch_consuming",
                "1 when the part is running and has its partition assignment",
                ["part"],
                registry=reg,
            ),
            build_info=Info("jointwatch_build", "Version information", registry=reg),
            stage_seconds=Histogram(
                "jointwatch_stage_seconds",
                "Time spent in one pipeline stage for one event, seconds",
                ["stage"],
                buckets=STAGE_BUCKETS,
                registry=reg,
            ),
            consumer_lag=Gauge(
                "jointwatch_consumer_lag",
                "Messages in a partition not yet committed by one of this process's consumer "
                "groups (end offset minus committed offset), measured every few seconds",
                ["group", "topic", "partition"],
                registry=reg,
            ),
            rebalances=Counter(
                "jointwatch_rebalances",
                "Partition assignments this process received (one per consumer-group rebalance)",
                registry=reg,
            ),
            alerts_by_state_pair=Counter(
                "jointwatch_alerts_by_state_pair",
                "New alerts (revision 1) by unordered pair of participating states",
                ["pair"],
                registry=reg,
            ),
            classifier_info=Info(
                "jointwatch_classifier", "Classifier and knowledge-base versions", registry=reg
            ),
            delivery_retries=Counter(
                "jointwatch_delivery_retries",
                "Delivery attempts that failed and were scheduled again, by channel",
                ["channel"],
                registry=reg,
            ),
            delivery_dead_letters=Counter(
                "jointwatch_delivery_dead_letters",
                "Deliveries written to the delivery dead-letter topic, by channel and reason",
                ["channel", "reason"],
                registry=reg,
            ),
            notifications_suppressed=Counter(
                "jointwatch_notifications_suppressed",
                "Alert revisions deliberately not sent to a destination, by channel and reason",
                ["channel", "reason"],
                registry=reg,
            ),
            destinations_disabled=Gauge(
                "jointwatch_destinations_disabled",
                "Destinations disabled after answering 410 Gone (until restart), by channel",
                ["channel"],
                registry=reg,
            ),
        )
        for reason in RejectReason:
            m.articles_rejected.labels(reason=reason.value)
        for result in ClassificationOutcome:
            m.classifications.labels(result=result.value)
        for sev in Severity:
            m.alerts_published.labels(severity=sev.value)
        for channel in Channel:
            m.delivery_seconds.labels(channel=channel.value)
            for outcome in DeliveryOutcome:
                m.notifications.labels(channel=channel.value, outcome=outcome.value)
            m.delivery_retries.labels(channel=channel.value)
            m.destinations_disabled.labels(channel=channel.value).set(0)
            for dead in DeadLetterReason:
                m.delivery_dead_letters.labels(channel=channel.value, reason=dead.value)
            for suppressed in SuppressReason:
                m.notifications_suppressed.labels(channel=channel.value, reason=suppressed.value)
        for part in ("classifier", "notifier"):
            m.consuming.labels(part=part).set(0)
        m.build_info.info({"version": __version__})
        for stage in Stage:
            m.stage_seconds.labels(stage=stage.value)
        for pair in (MULTINATIONAL_PAIR, OTHER_PAIR):
            m.alerts_by_state_pair.labels(pair=pair)
        m.classifier_info.info(
            {"version": "unknown", "knowledge_version": "unknown", "build": "unknown"}
        )
        # jointwatch_consumer_lag has no series until the first measurement (ConsumerLagMonitor):
        # its partitions are only known once the topics are.
        return m

    def record_classifier(
        self,
        *,
        version: str,
        knowledge_version: str,
        compiled: bool,
        usual_participants: Iterable[Sequence[str]],
    ) -> None:
        """At start-up: the classifier's versions and build (`compiled` by mypyc or `source`: a
        source build classifies at about 0.7 times the speed), and a 0 series for every state pair
        of the multinational named exercises the knowledge base knows, so their bars read 0."""
        self.classifier_info.info(
            {
                "version": version,
                "knowledge_version": knowledge_version,
                "build": "compiled" if compiled else "source",
            }
        )
        for states in usual_participants:
            if 2 <= len(set(states)) <= MAX_STATES_FOR_PAIRS:
                for pair in state_pairs(states):
                    self._state_pair_label(pair)

    def count_alert_state_pairs(self, states: Sequence[str]) -> None:
        """Count a new alert once per pair of its participating states (call on revision 1 only,
        so one real-world event counts once however many reports join it)."""
        for pair in state_pairs(states):
            self.alerts_by_state_pair.labels(pair=self._state_pair_label(pair)).inc()

    def _state_pair_label(self, pair: str) -> str:
        if pair in self.state_pair_values:
            return pair
        if len(self.state_pair_values) >= MAX_STATE_PAIR_LABELS:
            return OTHER_PAIR
        self.state_pair_values.add(pair)
        self.alerts_by_state_pair.labels(pair=pair)
        return pair
