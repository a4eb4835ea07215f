"""The cache of parsed TOML data files: same documents as a parse, and a full parse whenever
the cache file is stale, corrupt or cannot be written."""

from __future__ import annotations

import hashlib
import marshal
import tomllib
from pathlib import Path
from typing import Any

import pytest

from jointwatch.core import datafile
from jointwatch.core.cues import load_cues
from jointwatch.core.knowledge import DATA_DIR, load_knowledge
from jointwatch.errors import ConfigurationError

DOC = b'[meta]\nversion = "1"\n\n[[state]]\ncode = "AAA"\nname = "A"\nlat = 1.5\n'


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(datafile.CACHE_DIR_ENV, str(directory))
    return directory


def _no_parse(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Record the parses instead of failing them silently: a cache hit parses nothing."""
    parsed: list[bytes] = []
    real = datafile._parse

    def parse(data: bytes) -> dict[str, Any]:
        parsed.append(data)
        return real(data)

    monkeypatch.setattr(datafile, "_parse", parse)
    return parsed


def _cache_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("toml-*.marshal"))


def test_cached_documents_equal_a_parse_of_every_data_file(cache: Path) -> None:
    for path in sorted(DATA_DIR.glob("*.toml")):
        expected = tomllib.loads(path.read_text(encoding="utf-8"))
        first = datafile.read_toml(path, "data file")
        second = datafile.read_toml(path, "data file")
        assert first == expected
        assert second == expected
        assert list(second) == list(expected)  # the order of tables too
    assert len(_cache_files(cache)) == len(list(DATA_DIR.glob("*.toml")))


def test_second_read_comes_from_the_cache(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "states.toml"
    path.write_bytes(DOC)
    parsed = _no_parse(monkeypatch)
    assert datafile.read_toml(path, "knowledge file") == tomllib.loads(DOC.decode())
    assert datafile.read_toml(path, "knowledge file") == tomllib.loads(DOC.decode())
    assert len(parsed) == 1
    assert len(_cache_files(cache)) == 1
    assert not list(cache.glob("*.tmp"))  # the temporary file was renamed into place


def test_changed_file_is_parsed_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "states.toml"
    path.write_bytes(DOC)
    datafile.read_toml(path, "knowledge file")
    changed = DOC.replace(b'name = "A"', b'name = "B"')
    path.write_bytes(changed)
    parsed = _no_parse(monkeypatch)
    assert datafile.read_toml(path, "knowledge file")["state"][0]["name"] == "B"
    assert parsed == [changed]


def test_cache_file_of_other_content_is_not_used(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache file under the right name whose header names other bytes (stale) is ignored."""
    path = tmp_path / "states.toml"
    other = DOC.replace(b'name = "A"', b'name = "Other"')
    path.write_bytes(other)
    datafile.read_toml(path, "knowledge file")
    (stale,) = _cache_files(cache)
    path.write_bytes(DOC)
    key = datafile._cache_key(DOC)
    stale.rename(cache / f"toml-{key.hex()}.marshal")
    parsed = _no_parse(monkeypatch)
    assert datafile.read_toml(path, "knowledge file")["state"][0]["name"] == "A"
    assert parsed == [DOC]
    # ... and the fresh parse replaced it
    assert datafile._cached_doc(cache / f"toml-{key.hex()}.marshal", key) == tomllib.loads(
        DOC.decode()
    )


def _corruptions(key: bytes, good: bytes) -> dict[str, bytes]:
    payload = good[len(key) + 32 :]
    not_a_dict = marshal.dumps(["a", "list"])
    return {
        "empty": b"",
        "garbage": b"\x00\xff" * 100,
        "truncated": good[: len(good) // 2],
        "flipped byte": good[:-5] + bytes([good[-5] ^ 0xFF]) + good[-4:],
        "header only": good[: len(key)],
        "bad marshal, good checksum": key + hashlib.sha256(b"\xff\xfe").digest() + b"\xff\xfe",
        "not a dict": key + hashlib.sha256(not_a_dict).digest() + not_a_dict,
        "payload without checksum": key + payload,
    }


def test_corrupt_cache_file_means_a_full_parse(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "states.toml"
    path.write_bytes(DOC)
    expected = tomllib.loads(DOC.decode())
    datafile.read_toml(path, "knowledge file")
    (cache_file,) = _cache_files(cache)
    good = cache_file.read_bytes()
    key = datafile._cache_key(DOC)
    parsed = _no_parse(monkeypatch)
    for name, blob in _corruptions(key, good).items():
        cache_file.write_bytes(blob)
        parsed.clear()
        assert datafile.read_toml(path, "knowledge file") == expected, name
        assert parsed == [DOC], name
        assert cache_file.read_bytes() == good, name  # rewritten whole


def test_cache_directory_that_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv(datafile.CACHE_DIR_ENV, str(blocker / "cache"))
    path = tmp_path / "states.toml"
    path.write_bytes(DOC)
    assert datafile.read_toml(path, "knowledge file") == tomllib.loads(DOC.decode())


def test_empty_cache_dir_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(datafile.CACHE_DIR_ENV, "")
    assert datafile.cache_dir() is None
    monkeypatch.delenv(datafile.CACHE_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert datafile.cache_dir() == tmp_path / "jointwatch"


def test_errors_are_the_same_with_the_cache(cache: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="is missing"):
        datafile.read_toml(tmp_path / "nothing.toml", "knowledge file")
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"this is = = not toml")
    for _ in range(2):  # an invalid file is never cached
        with pytest.raises(ConfigurationError, match="is not valid TOML"):
            datafile.read_toml(bad, "knowledge file")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'name = "caf\xe9"')
    with pytest.raises(ConfigurationError, match="is not valid TOML"):
        datafile.read_toml(latin, "knowledge file")
    assert not _cache_files(cache)


def test_knowledge_and_cues_are_the_same_with_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(datafile.CACHE_DIR_ENV, "")
    plain_knowledge, plain_cues = load_knowledge(), load_cues()
    monkeypatch.setenv(datafile.CACHE_DIR_ENV, str(cache))
    for _ in range(2):  # writing the cache, then reading it
        assert load_knowledge() == plain_knowledge
        assert load_cues() == plain_cues
    assert _cache_files(cache)
