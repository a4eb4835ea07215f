"""TLS and SASL settings reach faust, aiokafka and kafka-python.

The live tests run a real TLS listener on 127.0.0.1 (certificates made with the openssl command)
that demands a client certificate, and check that each Kafka client library completes the TLS
handshake with the configured CA, certificate and key. It is not a Kafka broker: the clients fail
right after, which is fine; the handshake is what the settings decide.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from jointwatch.errors import ConfigurationError
from jointwatch.kafka_security import (
    aiokafka_config,
    check,
    faust_credentials,
    kafka_python_config,
)
from jointwatch.settings import Settings

PASSWORD = "s3cr3t-sasl-pw"


def settings(**kw: object) -> Settings:
    return Settings(kafka_bootstrap_servers="localhost:9093", **kw)  # type: ignore[arg-type]


def test_plaintext_is_the_default_and_adds_nothing():
    s = settings()
    assert kafka_python_config(s) == {"security_protocol": "PLAINTEXT"}
    assert faust_credentials(s) is None


def test_sasl_ssl_scram_reaches_faust_aiokafka_and_kafka_python(tmp_path):
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    s = settings(
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-256",
        kafka_sasl_username="jw",
        kafka_sasl_password=PASSWORD,
    )
    kp = kafka_python_config(s)
    assert kp["security_protocol"] == "SASL_SSL"
    assert kp["sasl_mechanism"] == "SCRAM-SHA-256"
    assert (kp["sasl_plain_username"], kp["sasl_plain_password"]) == ("jw", PASSWORD)
    assert isinstance(kp["ssl_context"], ssl.SSLContext)
    assert kp["ssl_context"].verify_mode == ssl.CERT_REQUIRED
    assert aiokafka_config(s)["sasl_mechanism"] == "SCRAM-SHA-256"

    creds = faust_credentials(s)
    assert PASSWORD not in repr(creds)
    auth = credentials_to_aiokafka_auth(creds)  # what faust hands aiokafka
    assert auth["security_protocol"] == "SASL_SSL"
    assert auth["sasl_mechanism"] == "SCRAM-SHA-256"
    assert auth["sasl_plain_password"] == PASSWORD
    assert isinstance(auth["ssl_context"], ssl.SSLContext)


def test_the_faust_app_gets_the_credentials():
    from jointwatch.app import build_app
    from jointwatch.core.classifier import Classifier
    from jointwatch.core.knowledge import default_knowledge
    from jointwatch.metrics import Metrics
    from jointwatch.settings import KafkaTimeouts

    s = settings(
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="jw",
        kafka_sasl_password=PASSWORD,
        metrics_port=0,
    )
    app, _ = build_app(
        s,
        metrics=Metrics.create(),
        classifier=Classifier(default_knowledge()),
        timeouts=KafkaTimeouts(),
        roles=("classifier",),
        state_names={},
    )
    creds = app.conf.broker_credentials
    assert creds.mechanism.value == "SCRAM-SHA-512"
    assert creds.protocol.value == "SASL_PLAINTEXT"
    assert creds.username == "jw" and creds.ssl_context is None


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"kafka_security_protocol": "SASL_SSL"}, "SASL_USERNAME"),
        ({"kafka_sasl_username": "u", "kafka_sasl_password": "p"}, "SECURITY_PROTOCOL"),
        ({"kafka_ssl_cafile": "/etc/hostname"}, "SSL or SASL_SSL"),
        (
            {"kafka_security_protocol": "SSL", "kafka_ssl_cafile": "/no/such/ca.pem"},
            "not a readable file",
        ),
        ({"kafka_security_protocol": "SSL", "kafka_ssl_keyfile": "/etc/hostname"}, "CERTFILE"),
    ],
)
def test_inconsistent_settings_name_the_variable(kw, message):
    with pytest.raises(ConfigurationError, match=message) as caught:
        check(settings(**kw))
    assert "p" not in str(caught.value).split("JOINTWATCH")[0]


def test_the_embedded_broker_is_plaintext_only():
    with pytest.raises(ConfigurationError, match="embedded"):
        check(Settings(kafka_security_protocol="SSL"))


def test_a_key_that_cannot_be_loaded_never_echoes_its_password(pki):
    s = settings(
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=pki / "ca.pem",
        kafka_ssl_certfile=pki / "client.pem",
        kafka_ssl_keyfile=pki / "ca.pem",  # not a key
        kafka_ssl_key_password=PASSWORD,
    )
    with pytest.raises(ConfigurationError) as caught:
        kafka_python_config(s)
    assert PASSWORD not in str(caught.value)


# --- live TLS handshakes ----------------------------------------------------------------


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> Path:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    d = tmp_path_factory.mktemp("pki")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
             "/CN=jointwatch-test-ca", "-keyout", "ca.key", "-out", "ca.pem", cwd=d)  # fmt: skip
    for name, san in (("server", "DNS:localhost,IP:127.0.0.1"), ("client", "DNS:jw-client")):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN=jw-{name}",
                 "-keyout", f"{name}.key", "-out", f"{name}.csr", cwd=d)  # fmt: skip
        (d / f"{name}.ext").write_text(f"subjectAltName={san}\n")
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                 "-CAcreateserial", "-days", "2", "-extfile", f"{name}.ext",
                 "-out", f"{name}.pem", cwd=d)  # fmt: skip
    return d


class TlsListener:
    """Accepts TLS connections, requires a client certificate, records its CN."""

    def __init__(self, pki: Path) -> None:
        self.context = ssl.create_default_context(
            ssl.Purpose.CLIENT_AUTH, cafile=str(pki / "ca.pem")
        )
        self.context.load_cert_chain(str(pki / "server.pem"), str(pki / "server.key"))
        self.context.verify_mode = ssl.CERT_REQUIRED
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.peers: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with contextlib.suppress(OSError, ssl.SSLError):
                conn.settimeout(5)
                tls = self.context.wrap_socket(conn, server_side=True)
                cert = tls.getpeercert() or {}
                self.peers.append(dict(x[0] for x in cert.get("subject", ()))["commonName"])
                tls.close()
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        self._thread.join(5)


@pytest.fixture
def listener(pki) -> Iterator[TlsListener]:
    server = TlsListener(pki)
    yield server
    server.close()


def mtls_settings(pki: Path, port: int) -> Settings:
    return Settings(
        kafka_bootstrap_servers=f"localhost:{port}",
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=pki / "ca.pem",
        kafka_ssl_certfile=pki / "client.pem",
        kafka_ssl_keyfile=pki / "client.key",
    )


def test_kafka_python_does_the_tls_handshake_with_the_configured_ca_and_client_cert(pki, listener):
    from kafka import KafkaAdminClient

    s = mtls_settings(pki, listener.port)
    with contextlib.suppress(Exception):
        KafkaAdminClient(
            bootstrap_servers=s.bootstrap(),
            request_timeout_ms=2000,
            bootstrap_timeout_ms=3000,
            **kafka_python_config(s),
        ).close()
    assert "jw-client" in listener.peers


def test_faust_aiokafka_does_the_tls_handshake_with_the_configured_ca_and_client_cert(
    pki, listener
):
    from aiokafka import AIOKafkaClient
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    s = mtls_settings(pki, listener.port)
    auth = credentials_to_aiokafka_auth(faust_credentials(s))

    async def connect() -> None:
        client = AIOKafkaClient(bootstrap_servers=s.bootstrap(), request_timeout_ms=2000, **auth)
        try:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.bootstrap(), 5)
        finally:
            await client.close()

    asyncio.run(connect())
    assert "jw-client" in listener.peers


def test_a_wrong_ca_fails_the_handshake(pki, listener, tmp_path):
    from kafka import KafkaAdminClient

    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=other",
             "-keyout", "o.key", "-out", "other.pem", cwd=tmp_path)  # fmt: skip
    s = Settings(
        kafka_bootstrap_servers=f"localhost:{listener.port}",
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=tmp_path / "other.pem",
        kafka_ssl_certfile=pki / "client.pem",
        kafka_ssl_keyfile=pki / "client.key",
    )
    with contextlib.suppress(Exception):
        KafkaAdminClient(
            bootstrap_servers=s.bootstrap(),
            request_timeout_ms=2000,
            bootstrap_timeout_ms=3000,
            **kafka_python_config(s),
        ).close()
    assert listener.peers == []
