"""Documents that once crashed pmlint, found by fuzzing: each must now get an answer.

Every command reads them end to end; a crash would exit 3 ("internal error"), so the test
asserts the exit code is one of the normal ones and that the output is the same twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

ONCE_CRASHED = {
    # an offset no clock uses: "GMT+25" reached datetime.timezone and raised
    "offset-beyond-a-day": "2023-5-1\n4:00GMT+25\n",
    "offset-beyond-a-day-after-a-dated-line": "0:30America/New_York\n4:00UTC+99\n2023-5-1\n",
    "offset-beyond-a-day-after-a-declaration": (
        "Time areAustralia/Lord_Howe\nx: 2AM\n# 1/5/23\n4:00GMT+25\n"),
    "offset-minus-24": "2-1-29 1:30BST\n4:00Z-24\n",
    # a one-digit year: the "did you mean" suggestion took digits away from "1"
    "year-one": "0001-1-1\n",
}


@pytest.mark.parametrize("text", ONCE_CRASHED.values(), ids=ONCE_CRASHED.keys())
@pytest.mark.parametrize("command", [["check"], ["check", "--format", "sarif"],
                                     ["timeline", "--format", "json"], ["graph"],
                                     ["metrics", "--format", "json"]])
def test_once_crashed_now_answers(tmp_path: Path, text: str, command: list[str]) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(text, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(main, [*command, str(doc)])
    second = runner.invoke(main, [*command, str(doc)])
    assert first.exit_code in (0, 1), first.output
    assert "internal error" not in first.output
    assert first.output == second.output


@pytest.mark.parametrize(("written", "offset"), [
    ("UTC+14", 14 * 60), ("GMT-12:00", -12 * 60), ("UTC+5:30", 5 * 60 + 30),
    ("UTC+15", None), ("GMT-13", None), ("UTC+25", None), ("UTC+4:75", None),
])
def test_offsets_beyond_what_clocks_use_are_not_zones(written: str,
                                                      offset: int | None) -> None:
    from pmlint.timeline.zones import parse_zone_option

    zone = parse_zone_option(written)
    assert (zone.offset_minutes if zone is not None else None) == offset


@pytest.mark.parametrize("reference", ["9999-12-31", "0001-01-01", "9999-12-31T23:59",
                                       "0001-01-01T00:00-12:00", "1899-12-31"])
@pytest.mark.parametrize("command", [["check"], ["timeline"], ["graph"], ["metrics"]])
def test_a_reference_outside_plausible_years_is_a_usage_error(
        tmp_path: Path, reference: str, command: list[str]) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("- 11 PM to 1 AM EST: outage\n- 24:00: restored\n", encoding="utf-8")
    result = CliRunner().invoke(main, [*command, "--reference", reference, str(doc)])
    assert result.exit_code == 2
    assert "the year must be between 1900 and 2199" in result.output


def test_when_refuses_an_implausible_reference_too() -> None:
    result = CliRunner().invoke(main, ["when", "24:00", "--reference", "9999-12-31"])
    assert result.exit_code == 2
