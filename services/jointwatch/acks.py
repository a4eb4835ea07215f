"""Ack an input event only once every output it caused is acknowledged by the broker.

For the clusterer, the one faust agent on the hot path (the classifier reads with its own batch
loop, batch_consumer.py, which tracks offsets itself). An agent that awaits each output's
acknowledgement before taking its next event spends one broker round trip per event doing
nothing. Instead the agent iterates with `stream.noack()`, sends without waiting and hands each
event with its output futures to `AckAfterOutputs`: events
are acked in arrival order as their outputs complete, so faust commits an offset only after the
work it covers is durable (at-least-once), while many events are in flight. An optional `then`
runs just before the ack, in arrival order (the clusterer counts the alert there, once both the
alert and its changelog write are acknowledged). aiokafka keeps one request in flight per
partition, so outputs with one key stay in order.

A failed output stops the pipeline (`on_failure`): its event and every later one stay unacked
and are re-delivered after the restart. Faust waits for unacked events before a rebalance or a
shutdown commits, so no in-flight work is skipped.

Left out on purpose: retrying a failed send here; the producer already retried it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_MAX_PENDING = 2000


@dataclass(slots=True)
class _Pending:
    event: Any  # faust EventT: anything with .ack()
    outputs: Sequence[asyncio.Future[Any]]
    then: Callable[[], None] | None


class AckAfterOutputs:
    def __init__(
        self,
        *,
        on_failure: Callable[[BaseException], object],
        max_pending: int = DEFAULT_MAX_PENDING,
    ) -> None:
        self._on_failure = on_failure
        self._max_pending = max_pending
        self._queue: deque[_Pending] = deque()
        self._failed: BaseException | None = None
        self._failure_handling: object = None
        self._drained = asyncio.Event()
        self._drained.set()

    @property
    def pending(self) -> int:
        return len(self._queue)

    @property
    def failed(self) -> BaseException | None:
        return self._failed

    async def add(
        self,
        event: Any,
        outputs: Sequence[asyncio.Future[Any]] = (),
        *,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Track `event`; returns at once unless `max_pending` events await acknowledgement."""
        self._queue.append(_Pending(event, outputs, then))
        self._drained.clear()
        for fut in outputs:
            fut.add_done_callback(self._on_output_done)
        self._advance()
        while len(self._queue) >= self._max_pending and self._failed is None:
            head = self._queue[0]
            await asyncio.wait([f for f in head.outputs if not f.done()] or [_done()])
            self._advance()

    async def wait_all(self) -> None:
        """Until every tracked event is acked (or an output failed)."""
        while self._queue and self._failed is None:
            await self._drained.wait()

    def _on_output_done(self, fut: asyncio.Future[Any]) -> None:
        exc = _error(fut)
        if exc is not None:
            self._fail(exc)
        self._advance()

    def _fail(self, exc: BaseException) -> None:
        if self._failed is not None:
            return
        self._failed = exc
        log.error("an output was not acknowledged by the broker; stopping: %r", exc)
        self._drained.set()
        self._failure_handling = self._on_failure(exc)  # keep a reference (a task, say)

    def _advance(self) -> None:
        queue = self._queue
        while queue:
            head = queue[0]
            for fut in head.outputs:
                if not fut.done():
                    return
                exc = _error(fut)
                if exc is not None:  # this event and every later one stay unacked
                    self._fail(exc)
                    return
            queue.popleft()
            if head.then is not None:
                head.then()
            head.event.ack()
        if not queue:
            self._drained.set()


def _error(fut: asyncio.Future[Any]) -> BaseException | None:
    if fut.cancelled():
        return asyncio.CancelledError()
    return fut.exception()


def _done() -> asyncio.Future[None]:
    fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    fut.set_result(None)
    return fut
