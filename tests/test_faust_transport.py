"""faust's worker consumer as jointwatch installs it: the configured fetch wait (faust
hard-codes 1500 ms)."""

from __future__ import annotations

import asyncio

import faust

from jointwatch.faust_transport import use_fetch_wait


def test_the_worker_consumer_waits_at_most_the_configured_time():
    async def build() -> int:
        app = faust.App("fetch-wait-test", broker="kafka://127.0.0.1:1", web_enabled=False)
        use_fetch_wait(app, 10)
        thread = app.consumer._new_consumer_thread()
        consumer = thread._create_worker_consumer(app.transport)
        return consumer._fetch_max_wait_ms

    assert asyncio.run(build()) == 10
