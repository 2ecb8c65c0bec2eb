"""Every command takes the new formats; every output format carries the locator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from formats_build import to_adf, to_docx, to_gdocs_html

from pmlint.cli import main

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(
    encoding="utf-8"))
DRAFT = """\
# Checkout outage

Date: 2024-03-05

## Timeline (UTC)

| Time | Event |
|---|---|
| 09:00 AM | deploy of checkout 7.1 |
| 09:30 PM | error-rate alert fires |
| 10:15 AM | rollback finished, resolved |
"""


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.docx"
    path.write_bytes(to_docx(DRAFT))
    return path


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_text_prints_the_locator_where_a_line_would_be(draft: Path) -> None:
    code, out = invoke("check", str(draft))
    assert code == 1
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "ampm-flip" in line)
    assert lines[first].startswith(f"{draft}:table 1 row 3 cell 1: error ampm-flip 09:30 PM "
                                   "follows 09:00 AM (table 1 row 2 cell 1); did you mean")
    assert lines[first + 1] == '    at: Checkout outage › Timeline (UTC): "09:30 PM"'


def test_json_carries_the_locator_beside_line_and_column(draft: Path, tmp_path: Path) -> None:
    _, out = invoke("check", "--format", "json", str(draft))
    finding = json.loads(out)["files"][0]["findings"][0]
    assert finding["line"] is None and finding["column"] is None  # a DOCX has no lines
    assert finding["locator"]["short"] == "table 1 row 3 cell 1"
    assert finding["locator"]["quote"] == "09:30 PM"
    assert finding["related_locator"]["short"] == "table 1 row 2 cell 1"
    page = tmp_path / "page.html"
    html = to_gdocs_html(DRAFT).replace(b"<tr", b"\n<tr")
    page.write_bytes(html)
    _, out = invoke("check", "--format", "json", str(page))
    finding = json.loads(out)["files"][0]["findings"][0]
    row = next(n for n, line in enumerate(html.split(b"\n"), 1) if b"09:30 PM" in line)
    assert finding["line"] == row and finding["column"] > 1  # the HTML source's own line


def test_sarif_has_a_logical_location_and_a_snippet_and_no_fix(draft: Path) -> None:
    _, out = invoke("check", "--format", "sarif", str(draft))
    sarif = json.loads(out)
    jsonschema.validate(sarif, SCHEMA)
    result = sarif["runs"][0]["results"][0]
    location = result["locations"][0]
    assert location["logicalLocations"][0]["name"] == "table 1 row 3 cell 1"
    assert location["logicalLocations"][0]["fullyQualifiedName"] == (
        "Checkout outage › Timeline (UTC) › table 1 row 3 cell 1")
    assert "region" not in location["physicalLocation"]  # a DOCX has no lines
    assert location["message"]["text"] == 'table 1 row 3 cell 1: "09:30 PM"'
    assert "fixes" not in result
    assert result["relatedLocations"][0]["message"]["text"] == "table 1 row 2 cell 1"


def test_github_and_junit(draft: Path) -> None:
    _, out = invoke("check", "--format", "github", str(draft))
    annotation = next(line for line in out.splitlines() if "ampm-flip" in line)
    assert annotation.startswith(f"::error file={draft},title=ampm-flip (PM102)::"
                                 "table 1 row 3 cell 1: ")
    _, out = invoke("check", "--format", "junit", str(draft))
    assert f"{draft}:table 1 row 3 cell 1: error ampm-flip" in out


def test_markdown_output_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    _, out = invoke("check", "--format", "json", str(path))
    finding = json.loads(out)["files"][0]["findings"][0]
    assert "locator" not in finding and finding["line"] == 10
    _, text = invoke("check", str(path))
    assert f"{path}:10:3: error ampm-flip" in text and "    at:" not in text


def test_output_is_deterministic(draft: Path) -> None:
    assert invoke("check", "--format", "sarif", str(draft)) == invoke(
        "check", "--format", "sarif", str(draft))


def test_timeline_graph_metrics_take_a_docx(draft: Path) -> None:
    code, out = invoke("timeline", str(draft))
    assert code == 0
    assert "table 1 row 2 cell 1" in out and "paragraph 2" in out
    assert "assumed: date carried from paragraph 2" in out
    _, out = invoke("timeline", "--format", "json", str(draft))
    events = json.loads(out)["events"]
    assert events[1]["locator"]["short"] == "table 1 row 2 cell 1"
    _, out = invoke("timeline", "--format", "csv", str(draft))
    assert out.splitlines()[0].endswith(",locator")
    code, out = invoke("graph", str(draft))
    assert code == 0 and "table 1 row" in out
    code, out = invoke("metrics", "--format", "json", str(draft))
    assert code == 0 and json.loads(out)


def test_directory_discovery_and_configured_extensions(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(DRAFT)
    (tmp_path / "b.docx").write_bytes(to_docx(DRAFT))
    (tmp_path / "c.html").write_bytes(to_gdocs_html(DRAFT))
    (tmp_path / "d.json").write_bytes(to_adf(DRAFT))
    (tmp_path / "package.json").write_text('{"name": "x"}')
    _, out = invoke("check", "--format", "json", str(tmp_path))
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["a.md", "b.docx",
                                                                        "c.html"]
    (tmp_path / ".pmlint.toml").write_text('extensions = ["md", ".JSON"]\n')
    out = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)]).stdout
    files = json.loads(out)["files"]
    assert [Path(f["path"]).name for f in files] == ["a.md", "d.json", "package.json"]
    assert "no Atlassian document" in files[2]["error"]
    (tmp_path / ".pmlint.toml").write_text("extensions = 3\n")
    code, out = invoke("check", str(tmp_path))
    assert code == 2 and "extensions must be a list" in out


def test_standard_input_is_sniffed(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "from pmlint.cli import main; main()",
                           "check", "-"], input=to_docx(DRAFT), capture_output=True,
                          timeout=60)
    assert done.returncode == 1
    assert b"-:table 1 row 3 cell 1: error ampm-flip" in done.stdout
