import json
from typing import Any

from pydantic import SecretStr
from pytest_httpserver import HTTPServer

from jointwatch.core.models import Alert, Asset
from jointwatch.notifier.notifiers.slack import SlackNotifier, build_slack_message


def all_texts(message: dict[str, Any]) -> list[str]:
    texts = [message["text"]]
    for block in message["blocks"]:
        if "text" in block:
            texts.append(block["text"]["text"])
        texts.extend(field["text"] for field in block.get("fields", []))
        texts.extend(element["text"] for element in block.get("elements", []))
    return texts


def assert_within_block_kit_limits(message: dict[str, Any]) -> None:
    blocks = message["blocks"]
    assert message["text"]
    assert 0 < len(blocks) <= 50
    for block in blocks:
        if block["type"] == "header":
            assert block["text"]["type"] == "plain_text"
            assert 0 < len(block["text"]["text"]) <= 150
        if block["type"] == "section":
            if "text" in block:
                assert 0 < len(block["text"]["text"]) <= 3000
            fields = block.get("fields", [])
            assert len(fields) <= 10
            assert all(0 < len(field["text"]) <= 2000 for field in fields)
        if block["type"] == "context":
            assert 0 < len(block["elements"]) <= 10
            assert all(0 < len(element["text"]) <= 3000 for element in block["elements"])


def test_slack_message_has_header_summary_fields_context_and_fallback(alert: Alert) -> None:
    message = build_slack_message(alert)

    assert [block["type"] for block in message["blocks"]] == [
        "header",
        "section",
        "section",
        "context",
    ]
    header = message["blocks"][0]["text"]["text"]
    assert header == "HIGH: joint patrol by CHN, RUS"
    assert message["blocks"][1]["text"]["text"] == alert.summary
    fields = "\n".join(field["text"] for field in message["blocks"][2]["fields"])
    assert "*Region &amp; distance*\nJapan, 120 km" in fields
    for expected in ("CHN, RUS", "patrol", "high", "0.91", "H-6K (CHN, nuclear-capable)"):
        assert expected in fields
    context = message["blocks"][3]["elements"][0]["text"]
    assert "revision 2" in context
    assert "2 sources" in context
    assert alert.alert_id in context
    assert alert.summary in message["text"]
    assert_within_block_kit_limits(message)


def test_slack_message_for_a_huge_alert_stays_within_block_kit_limits(make_alert) -> None:
    alert = make_alert(
        summary="S" * 4998 + "&<",
        assets=[
            Asset(name=f"Aircraft {n}", state="CHN", nuclear_capable=n % 2 == 0) for n in range(200)
        ],
        states=[f"S{n:02d}" for n in range(60)],
        sources=[f"Outlet {n}" for n in range(300)],
        alert_id="x" * 2500,
    )

    message = build_slack_message(alert)

    assert_within_block_kit_limits(message)
    assert message["blocks"][1]["text"]["text"].endswith("…")
    assert message["blocks"][0]["text"]["text"].endswith("…")
    assets = next(
        f["text"] for f in message["blocks"][2]["fields"] if f["text"].startswith("*Assets*")
    )
    assert "Aircraft 0 (CHN, nuclear-capable)" in assets
    assert assets.endswith("more")
    json.dumps(message)


def test_slack_message_escapes_control_characters_without_splitting_them(make_alert) -> None:
    message = build_slack_message(make_alert(summary="<!channel> A & B > C"))
    assert message["blocks"][1]["text"]["text"] == "&lt;!channel&gt; A &amp; B &gt; C"

    truncated = build_slack_message(make_alert(summary="a" * 2997 + "&&&&"))
    text = truncated["blocks"][1]["text"]["text"]
    assert len(text) <= 3000
    assert text.endswith("a…") or text.endswith("&amp;…")


def test_slack_message_handles_an_alert_with_nothing_optional(make_alert) -> None:
    alert = make_alert(
        summary=" ",
        states=[],
        activity=None,
        domains=[],
        assets=[],
        region_of_interest=None,
        sources=[],
        source_count=1,
    )
    message = build_slack_message(alert)
    assert message["blocks"][0]["text"]["text"] == "HIGH: joint activity"
    assert "1 source ·" in message["blocks"][3]["elements"][0]["text"]
    assert_within_block_kit_limits(message)


def test_slack_notifier_posts_the_message_and_accepts_ok(
    httpserver: HTTPServer, with_session, alert: Alert
) -> None:
    httpserver.expect_oneshot_request("/services/T/B/token", method="POST").respond_with_data("ok")

    async def send(session):
        url = SecretStr(httpserver.url_for("/services/T/B/token"))
        return await SlackNotifier(url, session, timeout=2.0).send(alert)

    result = with_session(send)

    assert result.ok
    request, _ = httpserver.log[0]
    assert request.headers["content-type"] == "application/json"
    assert request.get_json() == build_slack_message(alert)


def test_slack_notifier_keeps_slack_error_code_in_reason(
    httpserver: HTTPServer, with_session, alert: Alert
) -> None:
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data(
        "channel_is_archived", status=410
    )

    async def send(session):
        return await SlackNotifier(SecretStr(httpserver.url_for("/hook")), session, 2.0).send(alert)

    result = with_session(send)

    assert result.disable
    assert result.reason == "HTTP 410 Gone: channel_is_archived"


def test_slack_notifier_repr_hides_the_url(with_session) -> None:
    async def make(session):
        return repr(SlackNotifier(SecretStr("https://hooks.slack.com/services/T/B/x"), session, 1))

    assert "hooks.slack.com" not in with_session(make)


def test_a_merged_message_names_the_revisions_it_covers(make_alert) -> None:
    def context(**kwargs) -> str:
        message = build_slack_message(make_alert(revision=9), **kwargs)
        assert_within_block_kit_limits(message)
        return message["blocks"][3]["elements"][0]["text"].split(" ·")[0]

    assert context() == "revision 9"
    assert context(merged=[8]) == "revision 9 (also covers revision 8)"
    assert context(merged=[6, 7, 8, 9]) == "revision 9 (also covers revisions 6–8)"
    assert context(merged=[2, 5]) == "revision 9 (also covers revisions 2, 5)"
    many = context(merged=list(range(1, 40, 2)))
    assert many == "revision 9 (also covers revisions 1, 3, 5, 7, 11 and 14 more)"
