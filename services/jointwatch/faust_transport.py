"""faust's aiokafka transport, with the consumer's fetch wait as configuration.

faust 0.15 hard-codes `fetch_max_wait_ms=1500` for its worker consumer. A real Kafka broker
answers a fetch as soon as data arrives, so there the value only bounds idle polling. The
embedded broker (Tansu 0.6) holds every fetch for the full wait even when data arrives, so an
agent reading the alerts topic (`--show-alerts`) would show each alert up to 1.5 s late; its
short profile sets 10 ms (see `settings.EMBEDDED_TIMEOUTS`).

Only what is needed is overridden: the one method that builds the aiokafka consumer, and the
attribute aiokafka reads when it starts (the constructor argument faust passes). A test checks
that a worker's consumer gets the configured value, so a faust upgrade that changes this fails
loudly. (No pipeline stage reads in faust's group any more: see app.py and clusterer/service.py
for why the clusterer left it.)
"""

from __future__ import annotations

from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka


def fetch_wait_transport(fetch_max_wait_ms: int) -> type[faust_aiokafka.Transport]:
    """A faust Transport class whose worker consumers wait at most `fetch_max_wait_ms` per fetch."""

    class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport: Any) -> Any:
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_max_wait_ms = fetch_max_wait_ms  # read by AIOKafkaConsumer.start
            return consumer

    class FetchWaitConsumer(faust_aiokafka.Consumer):
        def _new_consumer_thread(self) -> Any:
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    class Transport(faust_aiokafka.Transport):
        Consumer = FetchWaitConsumer

    # mode names a subclass's logger after its module; keep faust's, and its log levels.
    ConsumerThread.logger = FetchWaitConsumer.logger = faust_aiokafka.logger
    return Transport


def use_fetch_wait(app: faust.App, fetch_max_wait_ms: int) -> None:
    """Install the transport on `app`; call before the app declares topics or agents."""
    app.transport = fetch_wait_transport(fetch_max_wait_ms)(app.conf.broker_consumer, app)
