"""A catalogue of malformed and hostile article events, each with the DLQ reason it must get.

Shared by the decoder's unit tests, the fuzz target's seed corpus and the integration test that
throws every one of them at a running pipeline. Sizes follow the limits in force, so the same
catalogue works with the defaults and with the small limits the integration tier configures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from jointwatch.core.decode import DecodeLimits
from jointwatch.core.decode import RejectReason as R


@dataclass(frozen=True)
class Hostile:
    name: str
    raw: bytes | None
    reason: R


def _article(**fields: object) -> bytes:
    return json.dumps({"id": "h-1", "body": "A quiet day.", **fields}).encode()


def _nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def hostile_events(limits: DecodeLimits) -> list[Hostile]:
    big_body = "x" * (limits.max_body_chars + 1)
    long_field = "t" * (limits.max_field_chars + 1)
    over_depth = limits.max_depth + 1
    room = limits.max_bytes // 2 - 64  # hostile shapes that still fit under max_bytes
    deep = min(100_000, room)
    cases: list[tuple[str, bytes | None, R]] = [
        # empty
        ("tombstone", None, R.EMPTY),
        ("empty value", b"", R.EMPTY),
        ("only whitespace", b" \n\t\r ", R.EMPTY),
        ("empty body", _article(body=""), R.EMPTY),
        ("blank body", _article(body="  \n\t  "), R.EMPTY),
        # too large
        (
            "event over max bytes",
            b'{"id":"big","body":"' + b"a" * limits.max_bytes + b'"}',
            R.TOO_LARGE,
        ),
        ("body over max chars", _article(body=big_body), R.TOO_LARGE),
        ("title over max chars", _article(title=long_field), R.TOO_LARGE),
        ("source over max chars", _article(source=long_field), R.TOO_LARGE),
        ("url over max chars", _article(url="https://example.org/" + long_field), R.TOO_LARGE),
        # not UTF-8
        ("invalid bytes", b"\xff\xfe\xfd", R.NOT_UTF8),
        ("latin-1 text", b'{"id":"h-1","body":"caf\xe9"}', R.NOT_UTF8),
        ("overlong slash", b'{"id":"h-1","body":"\xc0\xaf"}', R.NOT_UTF8),
        ("encoded surrogate", b'{"id":"h-1","body":"\xed\xa0\x80"}', R.NOT_UTF8),
        ("truncated sequence", b'{"id":"h-1","body":"\xe2\x82"}', R.NOT_UTF8),
        ("utf-16 with BOM", '{"id":"h-1","body":"b"}'.encode("utf-16"), R.NOT_UTF8),
        ("lone surrogate escape", b'{"id":"h-1","body":"x\\ud800y"}', R.NOT_UTF8),
        ("lone low surrogate escape", b'{"id":"h-1","body":"\\udc00"}', R.NOT_UTF8),
        # not JSON
        ("garbage", b"{not json", R.NOT_JSON),
        ("single quotes", b"{'id': 'h-1', 'body': 'b'}", R.NOT_JSON),
        ("trailing comma", b'{"id":"h-1","body":"b",}', R.NOT_JSON),
        ("truncated json", b'{"id":"h-1","body":"abc', R.NOT_JSON),
        ("two objects", b'{"id":"h-1","body":"b"}{"id":"h-2","body":"c"}', R.NOT_JSON),
        ("comment", b'// hi\n{"id":"h-1","body":"b"}', R.NOT_JSON),
        ("utf-8 BOM", b'\xef\xbb\xbf{"id":"h-1","body":"b"}', R.NOT_JSON),
        ("raw control char in string", b'{"id":"h-1","body":"a\x01b"}', R.NOT_JSON),
        ("NaN", b'{"id":"h-1","body":"b","score":NaN}', R.NOT_JSON),
        ("Infinity", b'{"id":"h-1","body":"b","score":-Infinity}', R.NOT_JSON),
        ("5000-digit integer", b'{"id":"h-1","body":"b","n":' + b"9" * 5000 + b"}", R.NOT_JSON),
        ("binary zeros", b"\x00" * 64, R.NOT_JSON),
        # too deep
        ("deep arrays", b"[" * deep + b"]" * deep, R.TOO_DEEP),
        ("deep objects", _nested(deep // 3).encode(), R.TOO_DEEP),
        (
            "deep extra field",
            b'{"id":"h-1","body":"b","meta":' + _nested(over_depth).encode() + b"}",
            R.TOO_DEEP,
        ),
        ("unclosed deep arrays", b"[" * (2 * deep), R.TOO_DEEP),
        # duplicate keys
        ("duplicate id", b'{"id":"h-1","body":"b","id":"h-2"}', R.DUPLICATE_KEY),
        ("duplicate body", b'{"id":"h-1","body":"harmless","body":"evil"}', R.DUPLICATE_KEY),
        ("escaped duplicate id", b'{"id":"h-1","\\u0069d":"h-2","body":"b"}', R.DUPLICATE_KEY),
        ("duplicate in extra", b'{"id":"h-1","body":"b","meta":{"x":1,"x":2}}', R.DUPLICATE_KEY),
        # not an object
        ("string", b'"an article"', R.NOT_AN_OBJECT),
        ("array", b'[{"id":"h-1","body":"b"}]', R.NOT_AN_OBJECT),
        ("null", b"null", R.NOT_AN_OBJECT),
        ("number", b"42", R.NOT_AN_OBJECT),
        ("boolean", b"true", R.NOT_AN_OBJECT),
        # absurd ids
        ("empty id", _article(id=""), R.INVALID_ID),
        ("201-char id", _article(id="i" * 201), R.INVALID_ID),
        ("huge id", _article(id="i" * min(100_000, room)), R.INVALID_ID),
        ("NUL in id", _article(id="a\u0000b"), R.INVALID_ID),
        ("newline in id", _article(id="a\nINFO forged log line"), R.INVALID_ID),
        ("padded id", _article(id=" h-1 "), R.INVALID_ID),
        ("blank id", _article(id="   "), R.INVALID_ID),
        ("right-to-left override in id", _article(id="abc\u202egpj.exe"), R.INVALID_ID),
        ("zero-width id", _article(id="\u200b"), R.INVALID_ID),
        ("ANSI escape in id", _article(id="\u001b[2Jh-1"), R.INVALID_ID),
        ("numeric id", _article(id=5), R.INVALID_ID),
        ("huge numeric id", _article(id=1e308), R.INVALID_ID),
        ("null id", _article(id=None), R.INVALID_ID),
        ("list id", _article(id=["h-1"]), R.INVALID_ID),
        ("operator id", _article(id={"$ne": None}), R.INVALID_ID),
        ("boolean id", _article(id=True), R.INVALID_ID),
        # control characters
        ("NUL in body", _article(body="before\u0000after"), R.CONTROL_CHARACTERS),
        (
            "ANSI escape in body",
            _article(body="\u001b[31mred\u001b[0m alert"),
            R.CONTROL_CHARACTERS,
        ),
        ("bell in body", _article(body="ring\u0007"), R.CONTROL_CHARACTERS),
        ("backspace in body", _article(body="x\by"), R.CONTROL_CHARACTERS),
        ("form feed in body", _article(body="x\fy"), R.CONTROL_CHARACTERS),
        ("raw DEL in body", b'{"id":"h-1","body":"x\x7fy"}', R.CONTROL_CHARACTERS),
        ("C1 NEL in body", _article(body="x\u0085y"), R.CONTROL_CHARACTERS),
        ("NUL in title", _article(title="t\u0000"), R.CONTROL_CHARACTERS),
        ("newline in source", _article(source="Wire\nINFO forged"), R.CONTROL_CHARACTERS),
        ("tab in url", _article(url="https://example.org/\ta"), R.CONTROL_CHARACTERS),
        # other schema violations
        ("missing body", b'{"id":"h-1"}', R.INVALID_ARTICLE),
        ("missing id", b'{"body":"b"}', R.INVALID_ARTICLE),
        ("empty object", b"{}", R.INVALID_ARTICLE),
        ("numeric body", _article(body=12345), R.INVALID_ARTICLE),
        ("list body", _article(body=["a", "b"]), R.INVALID_ARTICLE),
        ("object body", _article(body={"text": "b"}), R.INVALID_ARTICLE),
        ("numeric title", _article(title=7), R.INVALID_ARTICLE),
        ("date without offset", _article(published_at="2024-07-25T10:00:00"), R.INVALID_ARTICLE),
        ("date as number", _article(published_at=1721901600), R.INVALID_ARTICLE),
        ("date as words", _article(published_at="yesterday"), R.INVALID_ARTICLE),
        ("url not a url", _article(url="not a url"), R.INVALID_ARTICLE),
        ("javascript url", _article(url="javascript:alert(1)"), R.INVALID_ARTICLE),
        ("file url", _article(url="file:///etc/passwd"), R.INVALID_ARTICLE),
        # urlsplit raises ValueError on these; found by the fuzz test in CI.
        (
            "url with an unbalanced bracket in the host",
            _article(url="https://ex]a@9:00"),
            R.INVALID_ARTICLE,
        ),
        ("url with an unclosed IPv6 host", _article(url="http://[::1/a"), R.INVALID_ARTICLE),
        ("bad language", _article(language="english!"), R.INVALID_ARTICLE),
        ("numeric language", _article(language=5), R.INVALID_ARTICLE),
    ]
    return [Hostile(name, raw, reason) for name, raw, reason in cases]


def valid_but_unusual() -> list[tuple[str, bytes]]:
    """Events that look odd but are valid Articles: they must NOT be rejected."""
    return [
        ("unknown fields", _article(extra={"nested": [1, 2, {"a": None}]}, score=1.5)),
        ("tabs and newlines", _article(body="line one\n\tline two\r\nline three")),
        (
            "non-ASCII escaped",
            json.dumps({"id": "статья-1", "body": "Учения «Восток» 🚢"}).encode(),
        ),
        (
            "non-ASCII raw",
            json.dumps(
                {"id": "記事-1", "body": "日中の合同パトロール"}, ensure_ascii=False
            ).encode(),
        ),
        ("right-to-left body", _article(body="\u202bمناورات مشتركة\u202c")),
        ("unicode id", _article(id="Ärtikel-ü-1")),
        ("path-like id", _article(id="../../etc/passwd")),
        (
            "all optional fields",
            _article(
                title="T",
                url="https://example.org/a?b=c",
                source="Wire",
                published_at="2024-07-25T10:00:00+09:00",
                language="pt-BR",
            ),
        ),
        ("keys reordered", b'{"body":"b","language":"en","id":"h-1"}'),
        ("whitespace around", b'  \n{"id":"h-1","body":"b"}\n  '),
    ]
