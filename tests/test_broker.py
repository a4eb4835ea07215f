import os
import socket

import pytest

from jointwatch.broker import BrokerError, EmbeddedBroker, free_port

pytestmark = pytest.mark.integration


def connectable(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_embedded_broker_starts_answers_and_stops():
    port = free_port()
    with EmbeddedBroker(port=port) as broker:
        assert broker.bootstrap == f"127.0.0.1:{port}"
        assert connectable(port)
        pid = broker.pid
        # A terminal's Ctrl-C (SIGINT to our process group) must not kill it before our clean
        # shutdown has committed and left the groups.
        assert pid is not None and os.getpgid(pid) != os.getpgid(0)
    assert not connectable(port)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_port_in_use_is_a_clear_error():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(BrokerError, match="JOINTWATCH_BROKER_PORT"):
            EmbeddedBroker(port=port).start()
