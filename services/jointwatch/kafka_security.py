"""Kafka TLS and SASL settings, turned into what each client library wants.

One set of variables (JOINTWATCH_KAFKA_SECURITY_PROTOCOL, _SASL_MECHANISM, _SASL_USERNAME,
_SASL_PASSWORD, _SSL_CAFILE, _SSL_CERTFILE, _SSL_KEYFILE, _SSL_KEY_PASSWORD,
_SSL_CHECK_HOSTNAME) reaches faust (its `broker_credentials`), aiokafka and kafka-python
(admin, `jointwatch publish`) the same way: one `ssl.SSLContext`, one mechanism, one user.

Supported: PLAINTEXT, SSL (with or without a client certificate), SASL_PLAINTEXT and SASL_SSL
with PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512. Left out: GSSAPI (Kerberos) and OAUTHBEARER.
Passwords stay `SecretStr` until the moment a client library needs the plain string; nothing
here logs or formats them.
"""

from __future__ import annotations

import ssl
from typing import Any

from .errors import ConfigurationError
from .settings import Settings

_VAR = "JOINTWATCH_KAFKA_"


def check(settings: Settings) -> None:
    """Refuse inconsistent settings at start-up, naming the variable to change."""
    protocol = settings.kafka_security_protocol
    sasl = protocol.startswith("SASL_")
    tls = protocol in ("SSL", "SASL_SSL")
    if protocol != "PLAINTEXT" and settings.embedded:
        raise ConfigurationError(
            f"{_VAR}SECURITY_PROTOCOL={protocol} needs KAFKA_BOOTSTRAP_SERVERS: the embedded "
            "broker speaks PLAINTEXT only"
        )
    if sasl and (not settings.kafka_sasl_username or settings.kafka_sasl_password is None):
        raise ConfigurationError(
            f"{_VAR}SECURITY_PROTOCOL={protocol} needs {_VAR}SASL_USERNAME and {_VAR}SASL_PASSWORD"
        )
    if not sasl and (settings.kafka_sasl_username or settings.kafka_sasl_password is not None):
        raise ConfigurationError(
            f"{_VAR}SASL_USERNAME/PASSWORD are set but {_VAR}SECURITY_PROTOCOL={protocol}: "
            "set it to SASL_SSL (or SASL_PLAINTEXT)"
        )
    files = (settings.kafka_ssl_cafile, settings.kafka_ssl_certfile, settings.kafka_ssl_keyfile)
    if not tls and any(f is not None for f in files):
        raise ConfigurationError(
            f"{_VAR}SSL_* files are set but {_VAR}SECURITY_PROTOCOL={protocol}: "
            "set it to SSL or SASL_SSL"
        )
    if settings.kafka_ssl_keyfile is not None and settings.kafka_ssl_certfile is None:
        raise ConfigurationError(f"{_VAR}SSL_KEYFILE needs {_VAR}SSL_CERTFILE")
    for name, path in zip(("SSL_CAFILE", "SSL_CERTFILE", "SSL_KEYFILE"), files, strict=True):
        if path is not None and not path.is_file():
            raise ConfigurationError(f"{_VAR}{name}: {path} is not a readable file")


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context for SSL and SASL_SSL (verifying the broker), else None."""
    if settings.kafka_security_protocol not in ("SSL", "SASL_SSL"):
        return None
    check(settings)
    cafile = str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None
    context = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH, cafile=cafile)
    context.check_hostname = settings.kafka_ssl_check_hostname
    if settings.kafka_ssl_certfile is not None:
        password = settings.kafka_ssl_key_password
        try:
            context.load_cert_chain(
                str(settings.kafka_ssl_certfile),
                str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
                password=password.get_secret_value() if password is not None else None,
            )
        except (ssl.SSLError, OSError):
            # The library's message may quote the files; it never holds the password.
            raise ConfigurationError(
                f"{_VAR}SSL_CERTFILE/KEYFILE/KEY_PASSWORD: the client certificate or its key "
                "cannot be loaded"
            ) from None
    return context


def _sasl(settings: Settings) -> dict[str, Any]:
    password = settings.kafka_sasl_password
    return {
        "sasl_mechanism": settings.kafka_sasl_mechanism,
        "sasl_plain_username": settings.kafka_sasl_username,
        "sasl_plain_password": password.get_secret_value() if password is not None else None,
    }


def kafka_python_config(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for kafka-python's KafkaProducer, KafkaConsumer and KafkaAdminClient."""
    check(settings)
    protocol = settings.kafka_security_protocol
    config: dict[str, Any] = {"security_protocol": protocol}
    context = ssl_context(settings)
    if context is not None:
        config["ssl_context"] = context
    if protocol.startswith("SASL_"):
        config.update(_sasl(settings))
    return config


def aiokafka_config(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka's AIOKafkaProducer, AIOKafkaConsumer and clients
    (the same names as kafka-python's)."""
    return kafka_python_config(settings)


def faust_credentials(settings: Settings) -> Any:
    """faust's `broker_credentials`: SASLCredentials, SSLCredentials, or None (PLAINTEXT)."""
    from faust.auth import SASLCredentials, SSLCredentials

    check(settings)
    protocol = settings.kafka_security_protocol
    context = ssl_context(settings)
    if protocol.startswith("SASL_"):
        sasl = _sasl(settings)
        credentials = SASLCredentials(
            username=sasl["sasl_plain_username"],
            password=sasl["sasl_plain_password"],
            ssl_context=context,
            mechanism=sasl["sasl_mechanism"],
        )
        if protocol == "SASL_PLAINTEXT":
            credentials.ssl_context = None
        return credentials
    if protocol == "SSL":
        return SSLCredentials(context)
    return None
