import base64
import hashlib
import hmac

import pytest

from jointwatch.notifier.errors import InvalidSecret, SignatureError
from jointwatch.notifier.signing import generate_secret, sign, verify, webhook_headers

KEY = b"jointwatch test key, 32 bytes!!!"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
MSG_ID = "evt-1:3"
TIMESTAMP = 1_716_530_400
BODY = b'{"alert_id":"evt-1","revision":3}'


def expected_signature(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    content = msg_id.encode() + b"." + str(timestamp).encode() + b"." + body
    return "v1," + base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()


def signed_headers(body: bytes = BODY, timestamp: int = TIMESTAMP) -> dict[str, str]:
    return webhook_headers("evt-1", 3, timestamp, body, SECRET)


def test_sign_matches_an_independent_hmac_sha256() -> None:
    assert sign(SECRET, MSG_ID, TIMESTAMP, BODY) == expected_signature(KEY, MSG_ID, TIMESTAMP, BODY)


def test_sign_matches_the_standard_webhooks_published_vector() -> None:
    signature = sign(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        b'{"test": 2432232314}',
    )
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_secret_without_prefix_is_read_as_base64_too() -> None:
    unprefixed = SECRET.removeprefix("whsec_")
    assert sign(unprefixed, MSG_ID, TIMESTAMP, BODY) == sign(SECRET, MSG_ID, TIMESTAMP, BODY)


@pytest.mark.parametrize("secret", ["whsec_not base64!", "whsec_", ""])
def test_sign_rejects_a_secret_that_is_not_base64_or_empty(secret: str) -> None:
    with pytest.raises(InvalidSecret):
        sign(secret, MSG_ID, TIMESTAMP, BODY)


def test_webhook_headers_carry_id_timestamp_signature_and_content_type() -> None:
    headers = signed_headers()
    assert headers == {
        "content-type": "application/json",
        "webhook-id": MSG_ID,
        "webhook-timestamp": str(TIMESTAMP),
        "webhook-signature": expected_signature(KEY, MSG_ID, TIMESTAMP, BODY),
    }


def test_webhook_headers_without_secret_are_unsigned() -> None:
    headers = webhook_headers("evt-1", 3, TIMESTAMP, BODY, None)
    assert "webhook-signature" not in headers
    assert headers["webhook-id"] == MSG_ID


def test_verify_accepts_what_sign_produced() -> None:
    verify(SECRET, signed_headers(), BODY, now=TIMESTAMP + 10)


def test_verify_matches_header_names_case_insensitively() -> None:
    headers = {name.title(): value for name, value in signed_headers().items()}
    verify(SECRET, headers, BODY, now=TIMESTAMP)


def test_verify_accepts_any_of_several_signatures_and_skips_other_versions() -> None:
    headers = signed_headers()
    headers["webhook-signature"] = f"v1a,c29tZXRoaW5n v1,d3Jvbmc= {headers['webhook-signature']}"
    verify(SECRET, headers, BODY, now=TIMESTAMP)


def test_verify_rejects_a_tampered_body() -> None:
    with pytest.raises(SignatureError, match="no matching webhook-signature"):
        verify(SECRET, signed_headers(), BODY + b" ", now=TIMESTAMP)


def test_verify_rejects_a_tampered_id() -> None:
    headers = signed_headers() | {"webhook-id": "evt-1:4"}
    with pytest.raises(SignatureError, match="no matching"):
        verify(SECRET, headers, BODY, now=TIMESTAMP)


def test_verify_rejects_another_secret() -> None:
    with pytest.raises(SignatureError, match="no matching"):
        verify(generate_secret(), signed_headers(), BODY, now=TIMESTAMP)


def test_verify_rejects_an_expired_timestamp() -> None:
    with pytest.raises(SignatureError, match="too old"):
        verify(SECRET, signed_headers(), BODY, now=TIMESTAMP + 301)


def test_verify_rejects_a_timestamp_from_the_future() -> None:
    with pytest.raises(SignatureError, match="future"):
        verify(SECRET, signed_headers(), BODY, now=TIMESTAMP - 301)


def test_verify_tolerance_is_configurable() -> None:
    verify(SECRET, signed_headers(), BODY, now=TIMESTAMP + 3000, tolerance=3600)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_verify_names_a_missing_header(missing: str) -> None:
    headers = signed_headers()
    del headers[missing]
    with pytest.raises(SignatureError, match=f"missing {missing} header"):
        verify(SECRET, headers, BODY, now=TIMESTAMP)


def test_verify_rejects_a_timestamp_that_is_not_an_integer() -> None:
    headers = signed_headers() | {"webhook-timestamp": "soon"}
    with pytest.raises(SignatureError, match="not an integer"):
        verify(SECRET, headers, BODY, now=TIMESTAMP)


def test_generate_secret_gives_24_random_bytes_behind_the_prefix() -> None:
    first, second = generate_secret(), generate_secret()
    assert first.startswith("whsec_")
    assert len(base64.b64decode(first.removeprefix("whsec_"), validate=True)) == 24
    assert first != second
    headers = webhook_headers("evt-1", 1, TIMESTAMP, BODY, first)
    verify(first, headers, BODY, now=TIMESTAMP)
