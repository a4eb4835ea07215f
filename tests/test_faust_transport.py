"""faust's worker consumer as jointwatch installs it: the configured fetch wait (faust
hard-codes 1500 ms), and no record of the reports topic skipped by a batch fetched before a
rebalance."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

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
