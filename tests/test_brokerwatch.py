import asyncio
import socket

from prometheus_client import CollectorRegistry

from jointwatch.broker import free_port
from jointwatch.brokerwatch import BrokerWatch, kafka_answers


class Probe:
    def __init__(self) -> None:
        self.answers = True
        self.calls = 0

    async def __call__(self, host: str, port: int) -> bool:
        self.calls += 1
        return self.answers


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def value(registry: CollectorRegistry, name: str) -> float:
    return registry.get_sample_value(name) or 0.0


def test_two_missed_probes_make_an_outage_and_an_answer_ends_it():
    registry, probe, clock = CollectorRegistry(), Probe(), Clock()
    recovered: list[float] = []

    async def on_recovered() -> None:
        recovered.append(clock.now)

    watch = BrokerWatch(
        "a:9092,b:9092", registry=registry, probe=probe, clock=clock, on_recovered=on_recovered
    )

    async def scenario() -> None:
        await watch.tick()
        assert watch.up and value(registry, "jointwatch_broker_up") == 1
        probe.answers = False
        await watch.tick()
        assert watch.up  # one miss is not an outage
        await watch.tick()
        assert not watch.up and value(registry, "jointwatch_broker_up") == 0
        assert value(registry, "jointwatch_broker_outages_total") == 1
        clock.now += 20
        await watch.tick()
        assert value(registry, "jointwatch_broker_down_seconds") == 20
        assert watch.state()["down_for_s"] == 20
        probe.answers = True
        await watch.tick()

    asyncio.run(scenario())
    assert watch.up and recovered == [120.0]
    assert watch.state() == {"up": True, "down_for_s": None, "outages": 1, "last_outage_s": 20.0}
    assert value(registry, "jointwatch_broker_up") == 1
    assert value(registry, "jointwatch_broker_down_seconds") == 0
    assert probe.calls == 2 * 5  # both bootstrap servers, every tick


def test_a_failing_recovery_hook_does_not_break_the_watch():
    probe = Probe()

    async def broken() -> None:
        raise RuntimeError("admin client failed")

    watch = BrokerWatch("a:1", registry=CollectorRegistry(), probe=probe, on_recovered=broken)

    async def scenario() -> None:
        probe.answers = False
        for _ in range(3):
            await watch.tick()
        probe.answers = True
        await watch.tick()

    asyncio.run(scenario())
    assert watch.up


def test_the_probe_says_no_for_a_closed_port_and_for_a_listener_that_never_answers():
    closed = free_port()
    with socket.create_server(
        ("127.0.0.1", 0)
    ) as silent:  # accepts, never answers: a frozen broker
        port = silent.getsockname()[1]

        async def both() -> tuple[bool, bool]:
            return (
                await kafka_answers("127.0.0.1", closed, timeout=1),
                await kafka_answers("127.0.0.1", port, timeout=0.5),
            )

        assert asyncio.run(both()) == (False, False)


def test_the_probe_says_yes_for_the_embedded_broker():
    from jointwatch.broker import EmbeddedBroker

    with EmbeddedBroker(port=free_port()) as broker:
        assert asyncio.run(kafka_answers(broker.host, broker.port, timeout=2))
