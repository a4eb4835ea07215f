"""A small JSON state file shared by the CLI and running notifiers (silences, disabled endpoints).

The CLI changes it under an exclusive lock (`<file>.lock`) and replaces it atomically (write a
temporary file, fsync, rename), so a reader never sees half a file. A running notifier calls
`current()` as often as it likes: the file is re-read only when its modification time or size
changed, checked at most once per `reload_interval`. A file that is missing holds the model's
defaults; a broken one is a configuration error naming the setting to fix, and a running reader
keeps what it read before.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ConfigurationError

log = logging.getLogger("jointwatch.notifier")

M = TypeVar("M", bound=BaseModel)


class JsonStateFile(Generic[M]):
    def __init__(
        self,
        path: Path,
        model: type[M],
        *,
        setting: str,
        what: str,
        reload_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self._model = model
        self._setting = setting
        self._what = what
        self._reload_interval = reload_interval
        self._clock = clock
        self._checked_at: float | None = None
        self._signature: tuple[int, int] | None = None
        self._current: M = model()

    def load(self) -> M:
        """Read the file now."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return self._model()
        except OSError as exc:
            raise ConfigurationError(
                f"{self._setting} {self.path}: cannot read it ({exc.strerror})"
            ) from None
        try:
            return self._model.model_validate_json(text)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            detail = f"{where}: {first['msg']}" if where else first["msg"]
            raise ConfigurationError(
                f"{self._setting} {self.path} is not {self._what} ({detail}); fix or remove it"
            ) from None

    def current(self) -> M:
        """The content as of the last change to the file."""
        now = self._clock()
        if self._checked_at is not None and now - self._checked_at < self._reload_interval:
            return self._current
        self._checked_at = now
        try:
            stat = self.path.stat()
            signature: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            signature = None
        if signature != self._signature:
            try:
                self._current = self.load() if signature is not None else self._model()
                self._signature = signature
            except ConfigurationError as exc:
                log.error("%s; keeping what was read before", exc)
        return self._current

    def change(self, edit: Callable[[M], M | None]) -> None:
        """Read, edit and write back under the lock. `edit` returns None to leave the file as
        it is; an exception it raises leaves it untouched too."""
        with self._locked():
            changed = edit(self.load())
            if changed is not None:
                self._write(changed)
        self._checked_at = None  # this process sees its own change at once

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        with lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _write(self, content: M) -> None:
        text = content.model_dump_json(indent=2)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text + "\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
