import logging

from jointwatch.redact import MASK, redact_logs, secret_values
from jointwatch.settings import Settings

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SLACK = "https://hooks.slack.com/services/T0000/B0000/xoxbSecretToken123"


def test_secret_values_include_the_parts_a_secret_is_made_of():
    s = Settings(
        webhook_secret=SECRET, slack_webhook_url=SLACK, kafka_sasl_password="sasl-pass-1234"
    )
    values = secret_values(s)
    assert SECRET in values and SECRET.removeprefix("whsec_") in values
    assert SLACK in values and "/services/T0000/B0000/xoxbSecretToken123" in values
    assert "sasl-pass-1234" in values


def test_every_handler_masks_secrets_in_messages_and_tracebacks():
    logger = logging.getLogger("test.redact")
    logger.propagate = False
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    logger.addHandler(Keep())
    try:
        redact_logs([SECRET.removeprefix("whsec_"), SLACK], logger)
        logger.warning("config %s", {"url": SLACK})
        try:
            raise ValueError(f"bad key {SECRET}")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.handlers.clear()
    text = "\n".join(records)
    assert SLACK not in text and SECRET.removeprefix("whsec_") not in text
    assert MASK in text and "ValueError" in text
