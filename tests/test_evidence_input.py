"""Evidence pmlint cannot read gets one clear line on stderr and exit 2: never a
traceback, never a hang, and the draft is never touched."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main
from pmlint.timeline.evidence import files

DRAFT = """## Timeline (all times UTC)
- 2024-03-05 14:02: alert fired for checkout errors
- 14:50: service restored
"""
CHANNELS = json.dumps([{"id": "C1", "name": "inc-checkout"}])


def export(folder: Path, messages: object, channels: str = CHANNELS) -> Path:
    (folder / "inc-checkout").mkdir(parents=True)
    (folder / "channels.json").write_text(channels)
    (folder / "inc-checkout" / "2024-03-05.json").write_text(
        messages if isinstance(messages, str) else json.dumps(messages))
    return folder


def zipped(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def truncated_zip(tmp: Path) -> Path:
    good = zipped(export(tmp / "e", [{"type": "message", "text": "x", "ts": "1709647380.1"}]
                         * 200), tmp / "good.zip")
    data = good.read_bytes()
    bad = tmp / "export.zip"
    bad.write_bytes(data[: len(data) // 2])
    return bad


def write(name: str, content: str | bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path
    return make


def two_channels(tmp: Path) -> Path:
    folder = tmp / "e"
    for name in ("general", "random"):
        (folder / name).mkdir(parents=True)
        (folder / name / "2024-03-05.json").write_text("[]")
    (folder / "channels.json").write_text(json.dumps([{"id": "C1", "name": "general"},
                                                      {"id": "C2", "name": "random"}]))
    return folder


def fifo(tmp: Path) -> Path:
    path = tmp / "pipe.json"
    os.mkfifo(path)
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "truncated-zip": (truncated_zip, "not a complete zip file"),
    "json-of-the-wrong-shape": (write("x.json", '{"hello": [1, 2, 3]}'),
                                "JSON of no known shape"),
    "log-entries-that-are-not-objects": (write("pd.json", '{"log_entries": [1, 2]}'),
                                         "log entry 1: expected a log entry"),
    "ts-that-is-not-a-number": (
        lambda tmp: export(tmp / "e", [{"type": "message", "text": "hi", "ts": "soon"}]),
        "message 1: ts: 'soon' is not a Slack ts"),
    "a-message-without-ts": (
        lambda tmp: export(tmp / "e", [{"type": "message", "text": "hi"}]), "no ts"),
    "a-day-file-that-is-not-a-list": (
        lambda tmp: export(tmp / "e", {"messages": []}), "expected a JSON list of messages"),
    "a-day-file-cut-short": (
        lambda tmp: export(tmp / "e", '[{"type": "message", "text": "hi", "ts": "17096'),
        "not valid JSON"),
    "csv-without-the-time-column": (write("r.csv", "when,what\n2024-03-05T14:02Z,alert\n"),
                                    "no 'time' column in the CSV header"),
    "csv-time-without-offset": (write("r.csv", "time,phase\n2024-03-05 14:02,detection\n"),
                                "has no UTC offset"),
    "iso-without-offset": (write("i.json", json.dumps({"incident": {
        "incident_timestamp_values": [{"incident_timestamp": {"name": "Reported at"},
                                       "value": {"value": "2024-03-05T14:02:00"}}]}})),
        "has no UTC offset"),
    "a-number-too-big-for-a-time": (write("pd.json", json.dumps({"log_entries": [
        {"type": "trigger_log_entry", "created_at": 1e300}]})), "is not an ISO 8601"),
    "binary": (write("x.bin", b"\x00\x01\x02garbage\xff" * 50), "binary file"),
    "empty": (write("e.json", ""), "empty file"),
    "not-utf8": (write("e.json", b'{"a": "\xff\xfe"}'), "not UTF-8"),
    "nested-too-deep": (write("deep.json", "[" * 200_000 + "]" * 200_000),
                        "nested too deeply"),
    "missing": (lambda tmp: tmp / "nope.json", "no such file"),
    "a-folder-that-is-no-export": (lambda tmp: tmp, "not a Slack export"),
    "a-fifo": (fifo, "not a regular file"),
    "channels-to-choose-from": (two_channels, "2 channels (general, random); choose the "
                                              "incident's with --evidence-channel"),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_unreadable_evidence_is_one_line_and_exit_2(tmp_path: Path,
                                                    case: tuple[Callable[[Path], Path], str]
                                                    ) -> None:
    make, words = case
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    evidence = make(tmp_path / "evidence" if make is not CASES["a-folder-that-is-no-export"][0]
                    else tmp_path)
    args = ["check", str(draft), "--evidence", str(evidence)]
    for command in (args, ["timeline", str(draft), "--evidence", str(evidence)],
                    ["metrics", str(draft), "--evidence", str(evidence)]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2, (result.output, result.exception)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("pmlint: "), result.stderr
        assert words in lines[0], lines[0]
        assert "Traceback" not in result.output
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before


@pytest.fixture(autouse=True)
def _evidence_dir(tmp_path: Path) -> None:
    (tmp_path / "evidence").mkdir()


def test_a_channel_that_is_not_there_is_named_with_the_nearest(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    folder = export(tmp_path / "e", [{"type": "message", "text": "hi", "ts": "1709647380"}])
    result = CliRunner().invoke(main, ["check", str(draft), "--evidence", str(folder),
                                       "--evidence-channel", "inc-chekout"])
    assert result.exit_code == 2
    assert "no channel 'inc-chekout' in the export; did you mean inc-checkout?" in result.stderr


def test_a_zip_whose_contents_say_they_are_too_big_is_refused_before_inflating(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The uncompressed bound: a member's declared size is charged before it is read."""
    messages = [{"type": "message", "text": "x" * 100, "ts": "1709647380.1"}] * 5000
    archive = zipped(export(tmp_path / "e", messages), tmp_path / "export.zip")
    monkeypatch.setattr(files, "MAX_EXPORT_BYTES", 100_000)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(draft), "--evidence", str(archive)])
    assert result.exit_code == 2
    assert "more than 100,000 bytes uncompressed" in result.stderr


def test_a_zip_with_too_many_files_is_refused_from_its_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = zipped(export(tmp_path / "e", []), tmp_path / "export.zip")
    monkeypatch.setattr(files, "MAX_ZIP_ENTRIES", 1)
    with pytest.raises(files.EvidenceError, match="2 files in the zip"):
        files.open_zip(str(archive))


def test_a_json_file_over_the_size_limit_is_refused_unread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.json"
    path.write_text('{"log_entries": []}' + " " * 5000)
    monkeypatch.setattr(files, "MAX_JSON_BYTES", 1000)
    with pytest.raises(files.EvidenceError, match="larger than the 1,000-byte limit"):
        files.read_bytes(str(path))


def test_evidence_options_without_evidence_are_a_usage_error(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(draft), "--evidence-channel", "inc"])
    assert result.exit_code == 2
    assert "need --evidence" in result.output
