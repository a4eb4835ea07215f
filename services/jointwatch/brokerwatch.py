"""Is the Kafka broker answering? A small probe that feeds /healthz and /metrics.

faust and aiokafka reconnect by themselves, but they do not say when the broker is gone: a
frozen broker (SIGSTOP, a long GC pause) still accepts TCP connections and answers nothing. So
every second we send each bootstrap server a Kafka ApiVersions request (allowed before SASL
authentication; over TLS when configured) and wait up to 3 seconds for its answer.
After 3 missed probes in a row the broker counts as down: /healthz answers 503 with the
reason, `jointwatch_broker_up` is 0 and `jointwatch_broker_outages_total` counts the outage. When
it answers again, `on_recovered` runs: missing topics are re-created, and if any were missing
(the broker lost its state) the worker restarts itself in place (see `install_broker_watch`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
import sys
import time
from collections.abc import Awaitable, Callable, Collection
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge

log = logging.getLogger("jointwatch.broker")

# ApiVersions v0: size, api_key=18, api_version=0, correlation_id=1, client_id="jw"
_PAYLOAD = (18).to_bytes(2, "big") + (0).to_bytes(2, "big") + (1).to_bytes(4, "big") + b"\x00\x02jw"
API_VERSIONS_REQUEST = len(_PAYLOAD).to_bytes(4, "big") + _PAYLOAD


async def kafka_answers(
    host: str, port: int, *, timeout: float, ssl_context: ssl.SSLContext | None = None
) -> bool:
    """True when the broker answers an ApiVersions request within `timeout` seconds."""
    writer: asyncio.StreamWriter | None = None
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(
                host, port, ssl=ssl_context, server_hostname=host if ssl_context else None
            )
            writer.write(API_VERSIONS_REQUEST)
            await writer.drain()
            header = await reader.readexactly(8)
            return int.from_bytes(header[4:8], "big") == 1
    except (OSError, TimeoutError, asyncio.IncompleteReadError, ssl.SSLError):
        return False
    finally:
        if writer is not None:
            writer.transport.abort()  # no graceful close: the peer may be frozen


def _hosts(bootstrap: str) -> list[tuple[str, int]]:
    out = []
    for item in bootstrap.split(","):
        host, _, port = item.strip().rpartition(":")
        out.append((host.strip("[]") or "localhost", int(port)))
    return out


class BrokerWatch:
    """Call `tick()` every `interval` seconds (a faust timer does); read `up` and `state()`."""

    def __init__(
        self,
        bootstrap: str,
        *,
        registry: CollectorRegistry,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 2.0,
        failures: int = 2,
        on_recovered: Callable[[], Awaitable[None]] | None = None,
        probe: Callable[[str, int], Awaitable[bool]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._servers = _hosts(bootstrap)
        self._timeout = timeout
        self._ssl = ssl_context
        self._failures_needed = failures
        self._on_recovered = on_recovered
        self._probe = probe or self._kafka_probe
        self._clock = clock
        self.up = True
        self.missed = 0
        self.outages = 0
        self.down_since: float | None = None
        self.last_outage_seconds: float | None = None
        self._up_gauge = Gauge(
            "jointwatch_broker_up",
            "1 while the Kafka broker answers ApiVersions probes, 0 during an outage",
            registry=registry,
        )
        self._outages = Counter(
            "jointwatch_broker_outages",
            "Times the Kafka broker stopped answering (each outage counted once)",
            registry=registry,
        )
        self._down_seconds = Gauge(
            "jointwatch_broker_down_seconds",
            "Seconds the current broker outage has lasted (0 while up)",
            registry=registry,
        )
        self._up_gauge.set(1)

    async def _kafka_probe(self, host: str, port: int) -> bool:
        return await kafka_answers(host, port, timeout=self._timeout, ssl_context=self._ssl)

    async def _answers(self) -> bool:
        results = await asyncio.gather(*(self._probe(h, p) for h, p in self._servers))
        return any(results)

    async def tick(self) -> None:
        if await self._answers():
            self.missed = 0
            if not self.up:
                await self._recovered()
            return
        self.missed += 1
        now = self._clock()
        if self.up and self.missed >= self._failures_needed:
            self.up = False
            self.down_since = now
            self.outages += 1
            self._outages.inc()
            self._up_gauge.set(0)
            log.error("Kafka broker is not answering (%d probes missed)", self.missed)
        if self.down_since is not None:
            self._down_seconds.set(now - self.down_since)

    async def _recovered(self) -> None:
        lasted = self._clock() - (self.down_since or self._clock())
        self.up = True
        self.down_since = None
        self.last_outage_seconds = lasted
        self._up_gauge.set(1)
        self._down_seconds.set(0)
        log.warning("Kafka broker answers again after %.1fs", lasted)
        if self._on_recovered is not None:
            try:
                await self._on_recovered()
            except Exception:  # the next recovery or audit tries again
                log.exception("after the broker outage, recovery failed")

    def state(self) -> dict[str, Any]:
        down_for = None if self.down_since is None else round(self._clock() - self.down_since, 1)
        return {
            "up": self.up,
            "down_for_s": down_for,
            "outages": self.outages,
            "last_outage_s": None
            if self.last_outage_seconds is None
            else round(self.last_outage_seconds, 1),
        }


PROBE_INTERVAL_SECONDS = 1.0
# A broker on a busy machine may take a while to answer: 3 misses of 3 s make an outage.
PROBE_TIMEOUT_SECONDS = 3.0
PROBE_FAILURES = 3
TOPIC_AUDIT_SECONDS = 15.0


def restart_in_place() -> None:
    """Replace this process by a fresh one with the same command line (and PID); bandit's
    B606 is about untrusted input, and this is our own argv."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])  # nosec B606


def install_broker_watch(
    app: Any,
    *,
    settings: Any,
    registry: CollectorRegistry,
    topics: list[str],
    compacted: Collection[str] = (),
    restart: Callable[[], None] | None = restart_in_place,
) -> BrokerWatch:
    """Probe the broker from a faust timer; after an outage, and every TOPIC_AUDIT_SECONDS,
    create whichever of `topics` are missing (those in `compacted` compacted). Returns the
    watch, for /healthz.

    Topics missing after an outage mean the broker came back without its state (an in-memory
    broker restarted): the group, its offsets and the changelog are gone too, and whether
    faust's consumer rejoined before or after the topics reappeared is a race. So the worker
    then restarts itself in place (`restart`, not for the embedded broker, which is our own
    child): the fresh process finds its topics, joins the group and starts clean."""
    from .kafka_security import kafka_python_config, ssl_context
    from .topics import ensure_topics

    known: set[str] = set(topics)  # topics seen to exist (the runtime created them at start)

    async def recreate_topics() -> list[str]:
        created = await asyncio.get_running_loop().run_in_executor(
            None,
            lambda: ensure_topics(
                settings.bootstrap(),
                topics,
                partitions=settings.topic_partitions,
                replication=1 if settings.embedded else settings.topic_replication,
                client_config=kafka_python_config(settings),
                compacted=compacted,
            ),
        )
        if created:
            log.warning("re-created missing topics: %s", ", ".join(created))
        return created

    async def after_outage() -> None:
        lost = [name for name in await recreate_topics() if name in known]
        known.update(topics)
        if lost and restart is not None and not settings.embedded:
            log.warning(
                "the broker came back without its state (%d topics were gone); "
                "restarting this worker in place so that every consumer starts clean",
                len(lost),
            )
            asyncio.get_running_loop().call_later(0.5, restart)

    watch = BrokerWatch(
        settings.bootstrap(),
        registry=registry,
        ssl_context=ssl_context(settings),
        timeout=PROBE_TIMEOUT_SECONDS,
        failures=PROBE_FAILURES,
        on_recovered=after_outage,
    )

    @app.timer(PROBE_INTERVAL_SECONDS)
    async def probe_broker() -> None:
        await watch.tick()

    @app.timer(TOPIC_AUDIT_SECONDS)
    async def audit_topics() -> None:
        if watch.up:
            try:
                await recreate_topics()
                known.update(topics)
            except Exception as exc:  # the broker may be going away right now
                log.warning("topic audit failed: %s", type(exc).__name__)

    return watch
