"""Stopping without cutting a delivery in half.

When the worker stops or its partitions are revoked, an HTTP request already sent should get its
answer, and a delivered revision should be recorded (so its offset is committed and the receiver
is not sent it again after the restart). Everything else (backoff sleeps, the Slack merge wait,
revisions not yet started) is cancelled at once and left uncommitted. A `Hold` marks such a step;
`StopGuard.wait_idle` waits, up to a grace period, until no step is held.
"""

from __future__ import annotations

import asyncio
import contextlib


class Stopping(Exception):
    """The worker is stopping: this step must not start."""


class StopGuard:
    def __init__(self) -> None:
        self.stopping = False
        self._busy = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def hold(self) -> Hold:
        return Hold(self)

    @property
    def busy(self) -> int:
        return self._busy

    async def wait_idle(self, timeout: float) -> bool:
        """True when every held step finished within `timeout` seconds."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)
        return self._busy == 0

    def _enter(self) -> None:
        if self.stopping:
            raise Stopping
        self._busy += 1
        self._idle.clear()

    def _exit(self) -> None:
        self._busy -= 1
        if self._busy == 0:
            self._idle.set()


class Hold:
    """One delivery's claim on the guard; acquire and release are idempotent."""

    def __init__(self, guard: StopGuard) -> None:
        self._guard = guard
        self.held = False

    def acquire(self) -> None:
        if not self.held:
            self._guard._enter()
            self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            self._guard._exit()
