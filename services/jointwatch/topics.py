"""Topic administration with kafka-python: create what is missing, leave what exists alone."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Collection, Mapping
from typing import Any

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

log = logging.getLogger(__name__)


def ensure_topics(
    bootstrap: str,
    names: list[str],
    *,
    partitions: int,
    replication: int,
    client_config: Mapping[str, Any] | None = None,
    compacted: Collection[str] = (),
) -> list[str]:
    """Create the missing topics; return the names created. Those in `compacted` keep the
    latest record per key (state changelogs). `client_config`: TLS/SASL
    (kafka_security.kafka_python_config)."""
    admin = KafkaAdminClient(
        bootstrap_servers=bootstrap.split(","),
        client_id="jointwatch-admin",
        **dict(client_config or {}),
    )
    try:
        existing = set(admin.list_topics())
        missing = [n for n in dict.fromkeys(names) if n not in existing]
        if missing:
            # another worker may create one between our list and our create
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics(
                    [
                        NewTopic(
                            n,
                            num_partitions=partitions,
                            replication_factor=replication,
                            topic_configs={"cleanup.policy": "compact"} if n in compacted else {},
                        )
                        for n in missing
                    ]
                )
            log.info("created topics %s with %d partitions", ", ".join(missing), partitions)
        return missing
    finally:
        admin.close()
