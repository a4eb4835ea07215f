"""AckAfterOutputs: an event is acked only after its outputs are, in arrival order."""

from __future__ import annotations

import asyncio

import pytest

from jointwatch.acks import AckAfterOutputs


class FakeEvent:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def ack(self) -> bool:
        self.log.append(self.name)
        return True


def run(coro):
    return asyncio.run(coro)


def test_an_event_without_outputs_is_acked_at_once():
    async def scenario():
        acked: list[str] = []
        acks = AckAfterOutputs(on_failure=lambda exc: None)
        await acks.add(FakeEvent("a", acked))
        return acked, acks.pending

    assert run(scenario()) == (["a"], 0)


def test_events_are_acked_in_arrival_order_once_their_outputs_complete():
    async def scenario():
        loop = asyncio.get_running_loop()
        acked: list[str] = []
        thens: list[str] = []
        acks = AckAfterOutputs(on_failure=lambda exc: None)
        first, second = loop.create_future(), loop.create_future()
        await acks.add(FakeEvent("a", acked), [first], then=lambda: thens.append("a"))
        await acks.add(FakeEvent("b", acked), [second], then=lambda: thens.append("b"))
        await acks.add(FakeEvent("c", acked))  # no output, but behind a and b
        second.set_result(None)
        await asyncio.sleep(0)
        assert acked == []  # b is done, but a is not: nothing may be committed yet
        first.set_result(None)
        await asyncio.sleep(0)
        await acks.wait_all()
        return acked, thens

    assert run(scenario()) == (["a", "b", "c"], ["a", "b"])


def test_a_failed_output_stops_acking_and_reports_the_failure():
    async def scenario():
        loop = asyncio.get_running_loop()
        acked: list[str] = []
        failures: list[BaseException] = []
        acks = AckAfterOutputs(on_failure=failures.append)
        ok, bad = loop.create_future(), loop.create_future()
        await acks.add(FakeEvent("a", acked), [ok])
        await acks.add(FakeEvent("b", acked), [bad])
        await acks.add(FakeEvent("c", acked))
        bad.set_exception(RuntimeError("broker gone"))
        ok.set_result(None)
        await asyncio.sleep(0)
        await acks.wait_all()
        return acked, failures, acks.pending

    acked, failures, pending = run(scenario())
    assert acked == ["a"]  # b failed: neither b nor anything after it is acked
    assert [str(f) for f in failures] == ["broker gone"]
    assert pending == 2


@pytest.mark.parametrize("cancel", [True, False])
def test_a_failure_seen_before_the_head_completes_is_still_a_failure(cancel):
    async def scenario():
        loop = asyncio.get_running_loop()
        acked: list[str] = []
        failures: list[BaseException] = []
        acks = AckAfterOutputs(on_failure=failures.append)
        one, two = loop.create_future(), loop.create_future()
        await acks.add(FakeEvent("a", acked), [one, two])
        if cancel:
            two.cancel()
        else:
            two.set_exception(OSError("timeout"))
        one.set_result(None)
        await asyncio.sleep(0)
        return acked, len(failures)

    assert run(scenario()) == ([], 1)


def test_add_waits_when_too_many_events_are_unacknowledged():
    async def scenario():
        loop = asyncio.get_running_loop()
        acked: list[str] = []
        acks = AckAfterOutputs(on_failure=lambda exc: None, max_pending=2)
        first = loop.create_future()
        await acks.add(FakeEvent("a", acked), [first])
        third = asyncio.ensure_future(acks.add(FakeEvent("b", acked), [loop.create_future()]))
        await asyncio.sleep(0.01)
        blocked = not third.done()
        first.set_result(None)
        await asyncio.wait_for(third, 1)
        return blocked, acked

    assert run(scenario()) == (True, ["a"])
