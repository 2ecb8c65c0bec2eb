"""The command line as a user meets it: output formats, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

SEED_003 = str(Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
               / "003_1eee0c03998c6125.txt")


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_timeline_json_has_the_documented_shape() -> None:
    result = run("timeline", "--format", "json", SEED_003)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"path", "zone", "events", "durations"}
    assert data["zone"] == "EST"
    first = data["events"][0]
    assert set(first) >= {"line", "column", "written", "text", "local", "at", "utc", "phase",
                          "source", "assumed"}
    assert first["utc"] == "2023-05-11T02:45:00Z"
    assert data["durations"][0] == {"line": 3, "column": 118, "written": "3 hours",
                                    "seconds": 10800, "approximate": False, "cue": "lasted for"}


def test_timeline_csv_has_one_row_per_event() -> None:
    result = run("timeline", "--format", "csv", SEED_003)
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert result.exit_code == 0
    assert len(rows) == 9
    assert rows[2]["local"] == "2023-05-10T21:45"


def test_timeline_text_shows_assumptions() -> None:
    result = run("timeline", SEED_003)
    assert result.exit_code == 0
    assert "assumed: date carried from line 13" in result.output
    assert ("assumed: AM/PM corrected: 10:45 AM EST read as 10:45 PM (puts it inside the "
            "window the summary states)") in result.output


def test_timeline_output_is_deterministic() -> None:
    assert run("timeline", "--format", "json", SEED_003).output == run(
        "timeline", "--format", "json", SEED_003).output


def test_tz_and_reference_options(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text("## Timeline\n- 09:00 - alert fired\n- 09:30 - fixed\n", encoding="utf-8")
    result = run("timeline", "--format", "json", "--tz", "Europe/Berlin", "--reference",
                 "2024-07-01", str(doc))
    events = json.loads(result.output)["events"]
    assert events[0]["at"] == "2024-07-01T09:00:00+02:00"
    assert "zone Europe/Berlin from --tz" in events[0]["assumed"]


def test_bad_options_are_usage_errors() -> None:
    assert run("timeline", "--tz", "Mars/Olympus", SEED_003).exit_code == 2
    assert run("timeline", "--reference", "yesterday", SEED_003).exit_code == 2


def test_when_json() -> None:
    result = run("when", "12:45 AM EST on the 11th", "--reference", "2023-05-10",
                 "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output) == {
        "text": "12:45 AM EST on the 11th", "start": "2023-05-11T00:45:00-05:00", "end": None,
        "grain": "minute", "assumed": ["month and year of the 11th from --reference"]}


def test_when_range() -> None:
    result = run("when", "from 09:00 AM to 11:30 AM (UTC+1)", "--reference", "2024-08-10",
                 "--format", "json")
    data = json.loads(result.output)
    assert data["start"] == "2024-08-10T09:00:00+01:00"
    assert data["end"] == "2024-08-10T11:30:00+01:00"


@pytest.mark.parametrize(("text", "shown"), [
    ("Wednesday the 14th", "start:   no month given"),  # a day whose month is elsewhere
    ("April 31 at 10:00", "start:   not a valid time"),  # a day that does not exist
])
def test_when_says_why_there_is_no_instant(text: str, shown: str) -> None:
    result = run("when", text)
    assert result.exit_code == 0
    assert shown in result.output.splitlines()


def test_when_nothing_is_exit_1() -> None:
    result = run("when", "about 40% of users")
    assert result.exit_code == 1
    assert "no time expression" in result.output


def test_missing_file_directory_binary_are_exit_2(tmp_path: Path) -> None:
    binary = tmp_path / "blob.md"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    for path, message in ((tmp_path / "nope.md", "no such file"),
                          (tmp_path, "is a directory"),
                          (binary, "binary file")):
        result = run("timeline", str(path))
        assert result.exit_code == 2, path
        assert message in result.output
        assert "Traceback" not in result.output


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_an_empty_document_is_a_finding_not_an_input_error(tmp_path: Path,
                                                            content: bytes) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(content)
    result = run("check", "--format", "json", "--fail-on", "warning", str(empty))
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["message"]) for f in findings] == [
        ("no-timeline", "no timeline: the document is empty")]
    assert run("timeline", str(empty)).exit_code == 0


def test_cp1252_document_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "legacy.txt"
    doc.write_bytes("Timeline\n- 9:45 PM EST \x96 caf\xe9 outage began\n".encode("latin-1"))
    result = run("timeline", "--format", "json", str(doc))
    assert result.exit_code == 0
    assert json.loads(result.output)["events"][0]["text"] == "café outage began"


def test_huge_file_is_refused_quickly(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    result = run("timeline", str(huge))
    assert result.exit_code == 2
    assert "larger than" in result.output


@pytest.mark.parametrize("body", [
    "12:34 " * 200_000,  # one line that is nothing but times
    "".join(f"- {i // 60 % 24:02d}:{i % 60:02d} UTC: paged\n" for i in range(6000)),
], ids=["one-line", "many-entries"])
def test_a_document_of_times_is_refused_quickly(tmp_path: Path, body: str) -> None:
    doc = tmp_path / "log.md"
    doc.write_text(body)
    result = run("check", str(doc))
    assert result.exit_code == 2
    assert "more than 5,000 times" in result.output
    assert "Traceback" not in result.output


def test_a_bug_in_pmlint_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    from pmlint.checks import reporters

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(reporters, "reporter", broken)  # outside any one document
    monkeypatch.delenv("PMLINT_TRACEBACK", raising=False)
    result = run("check", SEED_003)
    assert result.exit_code == 3
    assert "pmlint: internal error (ZeroDivisionError: division by zero)" in result.output
    assert "Traceback" not in result.output


def test_a_bug_met_in_one_document_spares_the_others(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """One document that trips a bug is reported for itself (exit 3 at the end); every
    other document is still checked and its findings printed."""
    from pmlint.checks import run as check_run

    real_lint = check_run.lint

    def lint_unless_cursed(timeline, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "cursed" in timeline.path:
            raise ZeroDivisionError("division by zero")
        return real_lint(timeline, *args, **kwargs)

    monkeypatch.setattr(check_run, "lint", lint_unless_cursed)
    monkeypatch.delenv("PMLINT_TRACEBACK", raising=False)
    (tmp_path / "a-cursed.md").write_text("- 10:00 UTC: deploy\n- 10:05 UTC: alert fired\n")
    (tmp_path / "b.txt").write_bytes(Path(SEED_003).read_bytes())
    result = run("check", str(tmp_path))
    assert result.exit_code == 3
    assert "a-cursed.md: internal error in pmlint (ZeroDivisionError" in result.stderr
    assert "internal error" not in result.stdout  # on stderr, as every input error is
    assert result.output.count("ampm-flip") == 3  # b.txt's findings, all of them
    assert "1 failed by a bug in pmlint" in result.output
    assert "Traceback" not in result.output
