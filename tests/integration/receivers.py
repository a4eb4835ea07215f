"""Real HTTP receivers for the delivery tests: a threaded server on 127.0.0.1 whose handler
answers from a script (status codes, Retry-After, hangs) and records what it was sent."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from werkzeug import Request, Response


@dataclass(frozen=True)
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # longer than JOINTWATCH_HTTP_TIMEOUT: the client gives up first


@dataclass
class Hit:
    headers: dict[str, str]
    body: bytes
    answer: Answer
    acknowledged: bool  # answered 2xx in time: the client saw the delivery succeed

    @property
    def webhook_id(self) -> str:
        return self.headers.get("webhook-id", "")

    def json(self) -> Any:
        return json.loads(self.body)


class ScriptedHook:
    def __init__(self, script: Iterable[Answer | int] = (), then: Answer | int = 200) -> None:
        self._lock = threading.Lock()
        self._script: deque[Answer] = deque(_answer(a) for a in script)
        self._then = _answer(then)
        self.hits: list[Hit] = []

    def answer_from_now(self, then: Answer | int) -> None:
        with self._lock:
            self._script.clear()
            self._then = _answer(then)

    def __call__(self, request: Request) -> Response:
        with self._lock:
            answer = self._script.popleft() if self._script else self._then
            hit = Hit(
                headers={k.lower(): v for k, v in request.headers.items()},
                body=request.get_data(),
                answer=answer,
                acknowledged=200 <= answer.status < 300 and answer.delay == 0,
            )
            self.hits.append(hit)
        if answer.delay:
            time.sleep(answer.delay)
        return Response("ok" if answer.status < 300 else "", answer.status, answer.headers)

    @property
    def acknowledged(self) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.acknowledged]

    def wait_for(self, acknowledged: int, timeout: float = 60) -> list[Hit]:
        deadline = time.monotonic() + timeout
        while len(self.acknowledged) < acknowledged and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.acknowledged


def _answer(value: Answer | int) -> Answer:
    return value if isinstance(value, Answer) else Answer(value)
