"""Per-destination ordering: one lane per alert, so revisions of one alert go out in order
while different alerts go out side by side.

A lane takes its alert's revisions one at a time through the delivery pipeline; a revision is
finished (its `done` callback runs, which lets its offset be committed) only when the pipeline
has delivered, suppressed or dead-lettered it. With a merge wait (Slack), a lane holds a revision
that comes within the wait of the last message for that alert, then sends only the latest
revision it holds; the ones it stands for finish with it.

An unexpected exception never skips a revision: it is dead-lettered as `internal_error`; if even
that fails, the lane tries again after a pause, and the offset stays uncommitted meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from ..metrics import DeadLetterReason, SuppressReason
from .destination import Destination
from .guard import StopGuard, Stopping
from .merge import MergeWindow, latest
from .pipeline import DeliveryPipeline
from .record import Delivery, Fate

log = logging.getLogger("jointwatch.notifier")

INTERNAL_ERROR_PAUSE = 5.0


@dataclass(eq=False)
class _Item:
    delivery: Delivery
    done: Callable[[], None]

    @property
    def revision(self) -> int:
        return self.delivery.revision


@dataclass(eq=False)
class _Lane:
    queue: deque[_Item] = field(default_factory=deque)
    task: asyncio.Task[None] | None = None


class DestinationWorker:
    def __init__(
        self,
        destination: Destination,
        pipeline: DeliveryPipeline,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.destination = destination
        self.pipeline = pipeline
        self.guard = StopGuard()
        self._merge = MergeWindow(destination.merge_wait)
        self._clock = clock
        self._sleep = sleep
        self._lanes: dict[str, _Lane] = {}

    @property
    def lanes(self) -> int:
        return len(self._lanes)

    def submit(self, delivery: Delivery, done: Callable[[], None]) -> None:
        """Queue one revision behind the earlier ones of its alert; `done` runs when finished."""
        alert_id = delivery.alert.alert_id
        lane = self._lanes.get(alert_id)
        if lane is None:
            lane = self._lanes[alert_id] = _Lane()
            lane.task = asyncio.get_running_loop().create_task(
                self._run(alert_id, lane), name=f"deliver-{self.destination.name}"
            )
        lane.queue.append(_Item(delivery, done))

    async def stop(self, grace: float) -> None:
        """Let requests in flight finish (up to `grace` seconds), cancel everything else and
        leave it unfinished; then accept revisions again (after a rebalance)."""
        self.guard.stopping = True
        try:
            if self.guard.busy:
                await self.guard.wait_idle(grace)
            tasks = [lane.task for lane in self._lanes.values() if lane.task is not None]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._lanes.clear()
        finally:
            self.guard.stopping = False

    async def _run(self, alert_id: str, lane: _Lane) -> None:
        try:
            while lane.queue:
                batch = [lane.queue.popleft()]
                if self._merge.wait > 0:
                    wait = self._merge.wait_before(alert_id, self._clock())
                    if wait > 0:
                        await self._sleep(wait)
                    batch.extend(lane.queue)
                    lane.queue.clear()
                chosen, superseded = latest(batch)
                if not await self._process(chosen, superseded):
                    return
                for item in superseded:
                    self.pipeline.recorder.suppressed(
                        self.destination, item.delivery, SuppressReason.MERGED
                    )
                for item in batch:
                    item.done()
        except Stopping:
            return
        finally:
            if self._lanes.get(alert_id) is lane:
                del self._lanes[alert_id]

    async def _process(self, item: _Item, superseded: list[_Item]) -> bool:
        """Run the pipeline until the revision has a fate; False when stopping."""
        merged = sorted({i.revision for i in superseded}) if superseded else []
        while True:
            try:
                outcome = await self.pipeline.run(
                    self.destination, item.delivery, merged=merged, guard=self.guard
                )
            except Stopping:
                return False
            except Exception as exc:
                log.exception(
                    "delivering %s:%d to %s failed",
                    item.delivery.alert.alert_id,
                    item.revision,
                    self.destination.name,
                )
                if await self._dead_letter_internal_error(item, exc):
                    return True
                await self._sleep(INTERNAL_ERROR_PAUSE)
                continue
            if outcome.fate is Fate.DELIVERED and self._merge.wait > 0:
                self._merge.sent(item.delivery.alert.alert_id, self._clock())
            return True

    async def _dead_letter_internal_error(self, item: _Item, exc: Exception) -> bool:
        hold = self.guard.hold()
        try:
            hold.acquire()
            await self.pipeline.recorder.dead_letter(
                self.destination,
                item.delivery,
                DeadLetterReason.INTERNAL_ERROR,
                f"{type(exc).__name__}: {exc}"[:500],
            )
            return True
        except Stopping:
            raise
        except Exception:
            log.exception("cannot dead-letter %s either", item.delivery.alert.alert_id)
            return False
        finally:
            hold.release()
