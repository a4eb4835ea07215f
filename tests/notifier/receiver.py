"""A real HTTP receiver on 127.0.0.1 (aiohttp, in the test's event loop) that answers from a
script and records every request: the webhook or Slack endpoint of the delivery tests."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering: longer than the client timeout = a hang
    body: str = ""


HANG = Answer(200, delay=0.6)  # with the tests' 0.2 s client timeout


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    answer: Answer
    acknowledged: bool  # the client got a 2xx answer (it did not time out first)
    at: float

    @property
    def webhook_id(self) -> str:
        return self.headers.get("webhook-id", "")

    def json(self) -> Any:
        return json.loads(self.body)


def reserve_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Receiver:
    def __init__(
        self,
        script: Iterable[Answer | int] = (),
        *,
        then: Answer | None = None,
        timeout: float = 0.2,
    ) -> None:
        self.script: deque[Answer] = deque(
            a if isinstance(a, Answer) else Answer(a) for a in script
        )
        self.then = then or Answer(200, body="ok")
        self.client_timeout = timeout
        self.requests: list[Received] = []
        self.port = reserve_port()
        self._runner: web.AppRunner | None = None

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def acknowledged(self) -> list[Received]:
        return [r for r in self.requests if r.acknowledged]

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        answer = self.script.popleft() if self.script else self.then
        ok = 200 <= answer.status < 300 and answer.delay < self.client_timeout
        headers = {name.lower(): value for name, value in request.headers.items()}
        self.requests.append(Received(headers, body, answer, ok, time.monotonic()))
        if answer.delay:
            await asyncio.sleep(answer.delay)
        return web.Response(status=answer.status, headers=answer.headers, text=answer.body)
