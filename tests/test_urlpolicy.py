import pytest

from jointwatch.errors import ConfigurationError
from jointwatch.urlpolicy import check_destination_url, refusal


@pytest.mark.parametrize(
    "url",
    [
        "https://alerts.example.org/hook",
        "https://10.0.0.5:8443/hook",  # private networks are fine over TLS
        "https://[2001:db8::1]/hook",
        "http://127.0.0.1:8080/hook",
        "http://127.9.9.9/hook",
        "http://localhost/hook",
        "http://LOCALHOST./hook",
        "http://api.localhost/hook",
        "http://[::1]:9000/x",
        "https://hooks.slack.com/services/T0/B0/secret",
    ],
)
def test_allowed(url):
    assert refusal(url) is None


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://alerts.example.org/hook", "must use https://"),
        ("http://10.0.0.5/hook", "must use https://"),
        ("ftp://example.org/hook", "https:// URL with a host"),
        ("file:///etc/passwd", "https:// URL with a host"),
        ("gopher://127.0.0.1:6379/_", "https:// URL with a host"),
        ("example.org/hook", "https:// URL with a host"),
        ("https:///nohost", "https:// URL with a host"),
        ("https://h:notaport/x", "not a valid URL"),
        ("https://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("https://169.254.170.2/v2/credentials", "metadata"),
        ("https://metadata.google.internal/computeMetadata/v1/", "metadata"),
        ("https://METADATA.GOOGLE.INTERNAL./x", "metadata"),
        ("https://100.100.100.200/latest/meta-data", "metadata"),
        ("https://[fd00:ec2::254]/latest", "metadata"),
        ("https://2852039166/latest", "metadata"),  # 169.254.169.254 as one number
        ("https://0xa9fea9fe/latest", "metadata"),  # ... in hex
        ("https://0251.0376.0251.0376/latest", "metadata"),  # ... in octal
        ("https://[::ffff:169.254.169.254]/latest", "metadata"),  # ... IPv4-mapped
        ("https://169.254.1.1/hook", "link-local"),
        ("https://[fe80::1]/hook", "link-local"),
        ("https://0.0.0.0/hook", "unspecified"),
        ("https://[::]/hook", "unspecified"),
        ("https://224.0.0.1/hook", "multicast"),
        ("https://255.255.255.255/hook", "broadcast"),
    ],
)
def test_refused(url, why):
    reason = refusal(url)
    assert reason is not None and why in reason


def test_insecure_setting_allows_plain_http_but_never_metadata_or_link_local():
    assert refusal("http://alerts.internal/hook", allow_insecure=True) is None
    assert "metadata" in (refusal("http://169.254.169.254/", allow_insecure=True) or "")
    assert "link-local" in (refusal("http://169.254.7.7/", allow_insecure=True) or "")


def test_insecure_setting_is_read_from_the_environment(monkeypatch):
    with pytest.raises(ConfigurationError):
        check_destination_url("http://alerts.internal/h", "V", echo=True)
    monkeypatch.setenv("JOINTWATCH_ALLOW_INSECURE_WEBHOOKS", "true")
    check_destination_url("http://alerts.internal/h", "V", echo=True)


def test_error_names_the_variable_and_host_but_never_path_query_or_credentials():
    with pytest.raises(ConfigurationError) as caught:
        check_destination_url(
            "http://user:pw@alerts.example.org/p/tok?sig=abc", "MY_VAR", echo=True
        )
    text = str(caught.value)
    assert text.startswith("MY_VAR ") and "alerts.example.org" in text
    for secret in ("user", "pw", "tok", "sig=abc"):
        assert secret not in text


def test_without_echo_nothing_from_the_url_is_repeated():
    with pytest.raises(ConfigurationError) as caught:
        check_destination_url(
            "http://hooks.slack.com/services/T/B/xoxsecret",
            "SLACK",
            echo=False,
            allow_insecure=False,
        )
    assert "hooks.slack.com" not in str(caught.value) and "xoxsecret" not in str(caught.value)


def test_the_notifier_registry_applies_the_policy():
    from jointwatch.notifier.registry import _check_url

    with pytest.raises(ConfigurationError, match="metadata"):
        _check_url("https://169.254.169.254/x", "JOINTWATCH_WEBHOOK_URL", echo=True)
