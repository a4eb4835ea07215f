"""Typed settings, read once from the environment (prefix `JOINTWATCH_`, plus `KAFKA_BOOTSTRAP_SERVERS`).

Every variable is documented in the README's configuration table. Secrets are `SecretStr`:
they print as '**********' in logs, errors and reprs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from .core.models import Severity


class KafkaTimeouts(BaseSettings):
    """Consumer-group timing (seconds). Defaults suit production Kafka; the embedded broker
    needs the short profile `EMBEDDED_TIMEOUTS` (see DESIGN.md, quirk 2)."""

    model_config = SettingsConfigDict(env_prefix="JOINTWATCH_KAFKA_", extra="ignore")

    session_timeout: float = 60.0
    heartbeat_interval: float = 3.0
    rebalance_timeout: float = 60.0
    max_poll_interval: float = 300.0
    # Longest a consumer's fetch waits for data. Kafka answers as soon as data arrives, so this
    # only bounds idle polling; the embedded broker always waits it out (a latency floor).
    fetch_max_wait: float = Field(default=0.5, gt=0, le=30)


EMBEDDED_TIMEOUTS = {
    "session_timeout": 6.0,
    "heartbeat_interval": 1.0,
    "rebalance_timeout": 6.0,
    "max_poll_interval": 6.0,
    "fetch_max_wait": 0.01,
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JOINTWATCH_", extra="ignore")

    kafka_bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "KAFKA_BOOTSTRAP_SERVERS", "JOINTWATCH_KAFKA_BOOTSTRAP_SERVERS"
        ),
        description="host:port[,host:port] of a real Kafka cluster; unset starts the embedded broker",
    )
    broker_port: int = Field(default=9092, ge=1, le=65535)
    # How to reach a real Kafka securely (see kafka_security.py; faust, aiokafka, kafka-python).
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "SCRAM-SHA-512"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = Field(default=None, description="CA bundle (PEM)")
    kafka_ssl_certfile: Path | None = Field(default=None, description="client certificate (PEM)")
    kafka_ssl_keyfile: Path | None = Field(default=None, description="client key (PEM)")
    kafka_ssl_key_password: SecretStr | None = None
    kafka_ssl_check_hostname: bool = True
    topic_articles: str = "articles"
    topic_alerts: str = "alerts"
    topic_dlq: str = "articles.dlq"
    topic_partitions: int = Field(
        default=4, ge=1, description="partitions for topics jointwatch creates"
    )
    topic_replication: int = Field(
        default=3, ge=1, description="replication for topics jointwatch creates on a real Kafka"
    )
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    slack_webhook_url: SecretStr | None = None
    retry_schedule: list[float] = Field(
        default=[0, 5, 300, 1800, 7200],
        min_length=1,
        description="delays before each delivery attempt, seconds (JSON list); the first five "
        "steps of the Standard Webhooks schedule",
    )
    retry_jitter: float = Field(
        default=0.2, ge=0, lt=1, description="each retry delay varies by +/- this fraction"
    )
    http_timeout: float = Field(default=10.0, gt=0, description="per-request timeout, seconds")
    topic_delivery_dlq: str = Field(
        default="alerts.delivery-dlq",
        description="deliveries that failed for good, with the reason; `jointwatch redeliver`",
    )
    routes_file: Path | None = Field(
        default=None, description="TOML file: destinations, minimum severity, state/area filters"
    )
    silences_file: Path | None = Field(
        default=None, description="JSON file of silences; default <data_dir>/silences.json"
    )
    disabled_file: Path | None = Field(
        default=None,
        description="JSON file of destinations disabled by a 410; "
        "default <data_dir>/disabled-destinations.json",
    )
    min_severity: Severity = Field(
        default=Severity.LOW, description="destinations get alerts at or above this severity"
    )
    slack_merge_wait: float = Field(
        default=5.0, ge=0, description="Slack merges revisions of one alert within this wait, s"
    )
    slack_min_interval: float = Field(
        default=1.0, ge=0, description="at most one Slack message per this many seconds"
    )
    delivery_max_in_flight: int = Field(
        default=64, ge=1, description="alert revisions in flight per destination"
    )
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(default=9108, ge=0, le=65535)
    score_threshold: float = Field(default=0.5, ge=0, le=1)
    cluster_window_hours: float = Field(
        default=72, gt=0, description="reports this close in time may join one alert"
    )
    cluster_distance_km: float = Field(
        default=1500, gt=0, description="... and this close in place"
    )
    max_event_bytes: int = Field(
        default=4_000_000, ge=1024, description="larger events go to the DLQ"
    )
    max_body_chars: int = Field(
        default=1_000_000, ge=1, le=1_000_000, description="longer bodies go to the DLQ"
    )
    max_json_depth: int = Field(
        default=32, ge=2, le=1000, description="more deeply nested events go to the DLQ"
    )
    max_field_chars: int = Field(
        default=10_000, ge=100, description="longer title, source or url go to the DLQ"
    )
    producer_max_request_bytes: int = Field(
        default=1_000_000,
        ge=65_536,
        description="producer request limit; larger DLQ records keep a prefix of the original",
    )
    areas_file: Path | None = Field(default=None, description="TOML file of areas of interest")
    app_id: str = Field(default="jointwatch", description="faust app id = Kafka consumer group")
    data_dir: Path = Field(default=Path(".jointwatch"), description="faust state directory")
    log_format: str = Field(default="human", pattern="^(human|json)$")
    log_level: str = "INFO"

    @property
    def embedded(self) -> bool:
        return not self.kafka_bootstrap_servers

    def bootstrap(self) -> str:
        return self.kafka_bootstrap_servers or f"127.0.0.1:{self.broker_port}"

    def silences_path(self) -> Path:
        return self.silences_file or self.data_dir / "silences.json"

    def disabled_path(self) -> Path:
        return self.disabled_file or self.data_dir / "disabled-destinations.json"
