"""faust's worker consumer as jointwatch installs it: the configured fetch wait (faust
hard-codes 1500 ms), and no record of the reports topic skipped by a batch fetched before a
rebalance."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from jointwatch.faust_transport import StalePrefetchGuard, use_fetch_wait


def test_the_worker_consumer_waits_at_most_the_configured_time():
    async def build() -> int:
        app = faust.App("fetch-wait-test", broker="kafka://127.0.0.1:1", web_enabled=False)
        use_fetch_wait(app, 10)
        thread = app.consumer._new_consumer_thread()
        consumer = thread._create_worker_consumer(app.transport)
        return consumer._fetch_max_wait_ms

    assert asyncio.run(build()) == 10


# -- records fetched before a rebalance (StalePrefetchGuard) ---------------------------------

REPORTS = TP("jw-reports", 0)


def test_the_next_offsets_pass_and_a_jump_is_read_again_from_where_faust_is():
    guard = StalePrefetchGuard(frozenset({"jw-reports"}))
    assert guard.read_again_from(REPORTS, 10, read_offset=10) is None  # sought to 10
    assert guard.read_again_from(REPORTS, 11, read_offset=10) is None  # delivered 10
    assert guard.read_again_from(REPORTS, 15, read_offset=11) == 11  # 12..14 would be skipped
    assert guard.read_again_from(REPORTS, 11, read_offset=11) is None  # read again: in order


def test_the_same_jump_after_reading_again_is_real_and_passes():
    guard = StalePrefetchGuard(frozenset({"jw-reports"}))
    assert guard.read_again_from(REPORTS, 500, read_offset=7) == 7
    assert guard.read_again_from(REPORTS, 500, read_offset=7) is None  # retention deleted 8..499
    assert guard.read_again_from(REPORTS, 900, read_offset=501) == 501  # a new jump is held again


def test_other_topics_and_partitions_faust_has_not_read_are_left_to_faust():
    guard = StalePrefetchGuard(frozenset({"jw-reports"}))
    assert guard.read_again_from(TP("jw-clusters-changelog", 0), 40, read_offset=3) is None
    assert guard.read_again_from(REPORTS, 40, read_offset=None) is None
    assert guard.read_again_from(REPORTS, 40, read_offset=0) == 0


def test_the_consumer_holds_back_the_rest_of_a_stale_batch_and_seeks_once(monkeypatch):
    """The worker consumer's fetch loop, with faust's own fetch replaced by a fixed batch."""
    other = TP("jw-alerts", 1)
    batch = [(REPORTS, 20), (other, 3), (REPORTS, 21), (REPORTS, 22), (other, 9)]

    async def fetched(self, timeout):
        for tp, offset in batch:
            yield tp, SimpleNamespace(offset=offset)

    async def run() -> tuple[list[tuple[str, int]], list[tuple[TP, int]]]:
        app = faust.App("stale-batch-test", broker="kafka://127.0.0.1:1", web_enabled=False)
        use_fetch_wait(app, 10, ["jw-reports"])
        consumer = app.consumer
        sought: list[tuple[TP, int]] = []

        async def seek(tp, offset):
            sought.append((tp, offset))

        monkeypatch.setattr(faust_aiokafka.Consumer, "getmany", fetched)
        monkeypatch.setattr(consumer, "seek", seek)
        consumer._read_offset[REPORTS] = 17  # the committed offset faust sought to
        delivered = [(tp.topic, m.offset) async for tp, m in consumer.getmany(timeout=1)]
        return delivered, sought

    delivered, sought = asyncio.run(run())
    assert delivered == [("jw-alerts", 3), ("jw-alerts", 9)]  # not a guarded topic
    assert sought == [(REPORTS, 17)]


def test_records_fetched_before_a_seek_to_the_committed_offsets_are_read_again(monkeypatch):
    """A fetch that was under way when the recovery sought back returns records from before the
    seek: those of the reports topic are dropped (read again from the committed offset)."""
    alerts = TP("jw-alerts", 0)

    async def run() -> list[tuple[str, int]]:
        app = faust.App("seek-test", broker="kafka://127.0.0.1:1", web_enabled=False)
        use_fetch_wait(app, 10, ["jw-reports"])
        consumer = app.consumer

        async def fetched(self, timeout):
            yield REPORTS, SimpleNamespace(offset=76)
            await consumer.perform_seek()  # the rebalance's recovery seeks back meanwhile...
            consumer._read_offset[REPORTS] = 76  # ... and faust's loop then records 76 as read
            for tp, offset in [(REPORTS, 77), (alerts, 5), (REPORTS, 78)]:
                yield tp, SimpleNamespace(offset=offset)

        async def seek_to_committed(self):
            return None

        monkeypatch.setattr(faust_aiokafka.Consumer, "getmany", fetched)
        monkeypatch.setattr(faust_aiokafka.Consumer, "perform_seek", seek_to_committed)
        consumer._read_offset[REPORTS] = 75
        first = [(tp.topic, m.offset) async for tp, m in consumer.getmany(timeout=1)]
        return first

    assert asyncio.run(run()) == [("jw-reports", 76), ("jw-alerts", 5)]


def _consumer(monkeypatch) -> Any:
    app = faust.App("ack-test", broker="kafka://127.0.0.1:1", web_enabled=False)
    use_fetch_wait(app, 10, ["jw-reports"])
    monkeypatch.setattr(app.topics, "acks_enabled_for", lambda topic: True)
    return app.consumer


class _Message(SimpleNamespace):
    """What faust's consumer reads of a message (and can hold in its weak set of unacked ones)."""

    __hash__ = object.__hash__


def _message(offset: int, tp: TP = REPORTS) -> _Message:
    return _Message(tp=tp, topic=tp.topic, offset=offset, acked=False)


def test_an_ack_counts_only_for_a_record_the_agent_took_and_a_skipped_one_is_read_again(
    monkeypatch,
):
    async def run() -> tuple[list[int], list[tuple[TP, int]]]:
        consumer = _consumer(monkeypatch)
        sought: list[tuple[TP, int]] = []

        async def seek(tp, offset):
            sought.append((tp, offset))

        monkeypatch.setattr(consumer, "seek", seek)
        monkeypatch.setattr(consumer, "assignment", lambda: {REPORTS})
        taken, skipped = _message(40), _message(41)
        consumer.mark_handled(taken)
        assert consumer.ack(taken) is True
        assert consumer.ack(skipped) is False  # faust's ack of a record its stream skipped
        await asyncio.sleep(0)  # the read-again seek runs
        return list(consumer._acked[REPORTS]), sought

    acked, sought = asyncio.run(run())
    assert acked == [40]
    assert sought == [(REPORTS, 41)]


def test_no_commit_steps_over_an_unacknowledged_offset_at_the_head(monkeypatch):
    async def run() -> tuple[object, object]:
        consumer = _consumer(monkeypatch)
        consumer._committed_offset[REPORTS] = 10  # the next offset to read
        consumer._acked[REPORTS] = [11, 12]  # 10 not done
        head_missing = consumer._new_offset(REPORTS)
        consumer._acked[REPORTS] = [10, 11, 12]
        return head_missing, consumer._new_offset(REPORTS)

    assert asyncio.run(run()) == (None, 13)
