"""Carry a topic's committed offsets over from one consumer group to another, for upgrades.

The classifier and the clusterer once read in faust's group (`<app_id>`) and now read in their
own. On the first start after the upgrade each would otherwise begin at the reset policy's
offset (earliest: everything again; alert ids are stable, so only work is repeated).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiokafka import AIOKafkaConsumer, TopicPartition

from .kafka_security import aiokafka_config
from .settings import Settings

log = logging.getLogger("jointwatch.pipeline")

TIMEOUT_SECONDS = 30.0


def faust_group(settings: Settings) -> str:
    """faust's consumer group, where the classifier and the clusterer committed their offsets
    while they were faust agents."""
    return settings.app_id


async def adopt_offsets(settings: Settings, *, topic: str, group: str, legacy: str) -> None:
    """For each partition of `topic` without an offset in `group`, commit there the offset
    `legacy` committed, if any. Call before joining `group`, so its first fetch starts there.
    Best effort: if it fails (the broker refuses a commit from outside a running group, say),
    the reset policy applies."""
    bootstrap = settings.bootstrap().split(",")
    security = aiokafka_config(settings)
    clients = [
        AIOKafkaConsumer(  # only to read and write offsets: they never subscribe
            bootstrap_servers=bootstrap,
            group_id=name,
            client_id="jointwatch-upgrade",
            enable_auto_commit=False,
            **security,
        )
        for name in (group, legacy)
    ]
    new, old = clients
    try:
        async with asyncio.timeout(TIMEOUT_SECONDS):
            for client in clients:
                await client.start()
            await new.topics()  # metadata: the partitions of the topic
            adopt = {}
            for partition in sorted(new.partitions_for_topic(topic) or ()):
                tp = TopicPartition(topic, partition)
                if await new.committed(tp) is not None:
                    continue
                offset = await old.committed(tp)
                if offset is not None and offset > 0:
                    adopt[tp] = offset
            if adopt:
                new.assign(list(adopt))
                await new.commit(adopt)
                log.info(
                    "%s: group %s continues from the offsets of group %s: %s",
                    topic,
                    group,
                    legacy,
                    {tp.partition: offset for tp, offset in adopt.items()},
                )
    except Exception as exc:  # never block the start over this
        log.warning("offsets of group %s on %s not adopted: %r", legacy, topic, exc)
    finally:
        for client in clients:
            with contextlib.suppress(Exception):
                await client.stop()
