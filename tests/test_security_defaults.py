"""Secure by default: secrets are SecretStr and never print; /metrics stays on loopback."""

from pydantic import SecretStr

from jointwatch.settings import Settings

SECRET_FIELDS = (
    "webhook_secret",
    "slack_webhook_url",
    "kafka_sasl_password",
    "kafka_ssl_key_password",
)


def test_every_secret_setting_is_a_secret_str_and_never_prints(monkeypatch):
    values = {
        "JOINTWATCH_WEBHOOK_SECRET": "whsec_c2VjcmV0LXZhbHVlLTEyMzQ=",
        "JOINTWATCH_SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T/B/tok3n-value",
        "JOINTWATCH_KAFKA_SASL_PASSWORD": "sasl-pass-value",
        "JOINTWATCH_KAFKA_SSL_KEY_PASSWORD": "key-pass-value",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    for field in SECRET_FIELDS:
        assert isinstance(getattr(settings, field), SecretStr), field
    shown = repr(settings) + str(settings) + settings.model_dump_json()
    for value in values.values():
        assert value not in shown


def test_metrics_bind_loopback_unless_configured(monkeypatch):
    assert Settings().metrics_host == "127.0.0.1"
    monkeypatch.setenv("JOINTWATCH_METRICS_HOST", "0.0.0.0")
    assert Settings().metrics_host == "0.0.0.0"
