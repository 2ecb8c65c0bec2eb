"""Tests for timeline.source: every way a user's document can be read or refused."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from pmlint.timeline.source import MAX_BYTES, MAX_LINES, InputError, SourceText, decode, read_source


def _write(tmp_path: Path, data: bytes, name: str = "pm.md") -> str:
    target = tmp_path / name
    target.write_bytes(data)
    return str(target)


def _refusal(path: str) -> str:
    with pytest.raises(InputError) as info:
        read_source(path)
    return str(info.value)


def test_utf8(tmp_path: Path) -> None:
    path = _write(tmp_path, "Outage at 09:45 — café down\n".encode())
    assert read_source(path) == SourceText(path, "Outage at 09:45 — café down\n", "utf-8")


def test_utf8_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + "# Postmortem — café\n".encode())
    assert read_source(path) == SourceText(path, "# Postmortem — café\n", "utf-8-sig")


def test_utf16_le_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xff\xfe" + "# Postmortem — café\n".encode("utf-16-le"))
    assert read_source(path) == SourceText(path, "# Postmortem — café\n", "utf-16")


def test_utf16_be_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xfe\xff" + "# Postmortem — café\n".encode("utf-16-be"))
    assert read_source(path) == SourceText(path, "# Postmortem — café\n", "utf-16")


def test_cp1252_fallback(tmp_path: Path) -> None:
    path = _write(tmp_path, b"caf\xe9 at 9:45 PM")
    assert read_source(path) == SourceText(path, "café at 9:45 PM", "cp1252")


def test_undecodable_bytes(tmp_path: Path) -> None:
    # 0xC3 0x28 is invalid UTF-8; 0x81 is undefined in cp1252.
    path = _write(tmp_path, b"caf\xc3\x28 \x81 at 9:45")
    assert _refusal(path) == f"{path}: not valid text in UTF-8, UTF-16 or cp1252"


def test_nul_byte_is_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _refusal(path) == f"{path}: binary file (NUL byte at offset 8), not a document"


def test_control_characters_are_binary(tmp_path: Path) -> None:
    # 20 controls in 100 characters: 20% is over the 10% threshold.
    path = _write(tmp_path, b"\x01\x02\x03\x04\x1b" * 4 + b"a" * 80)
    assert _refusal(path) == (
        f"{path}: binary file (20 control characters in the first 100), not a document"
    )


def test_few_control_characters_are_tolerated() -> None:
    # 10 controls in 100 characters is exactly 10%, which is not "more than 10%".
    source = decode(b"\x1b" * 10 + b"a" * 90)
    assert source.text == "\x1b" * 10 + "a" * 90


def test_an_empty_file_is_read_for_no_timeline_to_report(tmp_path: Path) -> None:
    assert read_source(_write(tmp_path, b"")).text == ""
    assert read_source(_write(tmp_path, b" \t\r\n\n  \r\n")).text.strip() == ""


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_text_without_a_bom_is_recognised(tmp_path: Path, codec: str) -> None:
    text = "# Postmortem — café\n\n## Timeline\n- 09:45 UTC alert fired 🔥\n"
    source = read_source(_write(tmp_path, text.encode(codec)))
    assert (source.text, source.encoding) == (text, codec)


def test_broken_wide_text_without_a_bom_is_an_encoding_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "# Postmortem at 09:45\n".encode("utf-16-le") + b"\x00\xdc")
    message = _refusal(path)
    assert "UTF-16-LE without a byte-order mark" in message and "binary" not in message


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.md")
    assert _refusal(path) == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert _refusal(str(tmp_path)) == f"{tmp_path}: is a directory, expected a file"


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    target = tmp_path / "huge.md"
    with open(target, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: no 50 MB actually written
    start = time.perf_counter()
    message = _refusal(str(target))
    elapsed = time.perf_counter() - start
    assert message == f"{target}: 52,428,800 bytes is larger than the 10,485,760-byte limit"
    assert elapsed < 0.5


def test_too_many_lines_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, b"x\n" * (MAX_LINES + 1))
    assert _refusal(path) == (f"{path}: 20,001 lines is more than the 20,000-line limit; "
                              "pmlint reads postmortems, not logs")


def test_as_many_lines_as_the_limit_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, b"x\n" * (MAX_LINES - 1) + b"last line, no newline")
    assert read_source(path).text.count("\n") == MAX_LINES - 1


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read unreadable files"
)
def test_permission_denied(tmp_path: Path) -> None:
    path = _write(tmp_path, b"text")
    os.chmod(path, 0)
    try:
        assert _refusal(path) == f"{path}: permission denied"
    finally:
        os.chmod(path, 0o600)


def test_crlf_and_lone_cr_normalised(tmp_path: Path) -> None:
    path = _write(tmp_path, b"one\r\ntwo\rthree\n\r\nfour\r")
    assert read_source(path).text == "one\ntwo\nthree\n\nfour\n"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = SimpleNamespace(buffer=io.BytesIO(b"caf\xe9\r\nat 9:45 PM\r\n"))
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_source("-") == SourceText("-", "café\nat 9:45 PM\n", "cp1252")


def test_stdin_oversized(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = SimpleNamespace(buffer=io.BytesIO(b"a" * (MAX_BYTES + 100)))
    monkeypatch.setattr(sys, "stdin", fake)
    with pytest.raises(InputError) as info:
        read_source("-")
    assert str(info.value) == "-: standard input is larger than the 10,485,760-byte limit"
    assert fake.buffer.tell() == MAX_BYTES + 1  # read no further than needed to know


def test_message_is_one_line_for_odd_paths(tmp_path: Path) -> None:
    path = str(tmp_path / "bad\nname.md")
    message = _refusal(path)
    assert "\n" not in message
    escaped = path.replace("\n", "\\x0a")  # shown escaped, as in every message
    assert message == f"{escaped}: no such file"


def test_utf8_bom_with_invalid_utf8_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbfcaf\xe9")
    assert _refusal(path) == (
        f"{path}: starts with a UTF-8 byte-order mark but is not valid UTF-8 "
        "(byte 0xE9 at offset 6)"
    )


def test_utf16_bom_with_odd_length_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xff\xfe" + "café".encode("utf-16-le") + b"x")
    assert _refusal(path) == (
        f"{path}: starts with a UTF-16 byte-order mark but is not valid UTF-16 "
        "(truncated data at offset 10)"
    )
