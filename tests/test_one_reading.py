"""One configuration, one reading (issue 12, item 1): check, timeline, graph and metrics
read every document through the same code path and agree on every instant, the AM/PM
correction and the configuration included."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.checks import ALL_RULES
from pmlint.checks.context import Analysis
from pmlint.checks.run import Settings, check_paths
from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "fixtures" / "seeds").glob("*.md"))
CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
HELD_OUT = frozenset((  # the blind test set: never opened by development tools
    153, 159, 165, 171, 177, 183, 189, 195, 201, 207, 213, 219, 225, 231, 237, 243, 249, 255,
    261, 267, 313, 314, 315, 316, 332, 333, 341, 351, 352, 353, 355, 356, 359, 360, 373, 374,
    375, 393, 394, 400))


def _corpus_sample() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    docs = sorted(p for p in CORPUS.glob("*.md") if p.stem.isdigit()
                  and int(p.stem) not in HELD_OUT)
    return docs[::12][:25]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _minute(utc: str) -> str:
    """"2023-05-11T02:45:00Z" and "2023-05-11 02:45 UTC" alike: to the minute."""
    return utc.replace("T", " ").removesuffix("Z").removesuffix(" UTC")[:16]


def agree(path: Path, *options: str) -> None:
    """Every instant timeline shows is the one check reasons with; every node of the graph
    and every anchor of the metrics is one of them, on its line."""
    shown = run("timeline", "--format", "json", *options, str(path))
    assert shown.exit_code == 0, shown.output
    events = json.loads(shown.output)["events"]
    by_line: dict[int, set[str]] = {}
    for event in events:  # the instant in UTC, or the wall clock where there is none
        if event["utc"] or event["local"]:
            by_line.setdefault(event["line"], set()).add(
                _minute(event["utc"]) if event["utc"] else _minute(event["local"]))
    config = [options[i + 1] for i, o in enumerate(options) if o == "--config"]
    checked = check_paths([str(path)], ALL_RULES,
                          Settings(config_file=config[0] if config else None))
    timeline = checked.timelines[str(path)]
    analysis = Analysis(timeline)
    assert len(timeline.events) == len(events)
    for index, event in enumerate(timeline.events):
        minutes = analysis.minutes(index)
        if event.at is None or minutes is None or event.order_minutes is None:
            continue
        moved = event.at.add(minutes=minutes - event.order_minutes).in_timezone("UTC")
        assert _minute(moved.strftime("%Y-%m-%d %H:%M")) == _minute(events[index]["utc"]), (
            path, event.line)
    graph = run("graph", "--format", "json", *options, str(path))
    assert graph.exit_code == 0, graph.output
    for node in json.loads(graph.output)["nodes"]:
        dated = any(e["utc"] for e in events if e["line"] == node["line"])
        if node.get("utc") and dated:  # graph shows a stand-in date for an undated time
            assert _minute(node["utc"]) in by_line[node["line"]], (path, node)
    metrics = run("metrics", "--format", "json", *options, str(path))
    assert metrics.exit_code == 0, metrics.output
    record = json.loads(metrics.output)["incidents"][0]
    instants = {i for found in by_line.values() for i in found}
    for key in ("start", "detected", "acknowledged", "escalated", "mitigated", "resolved"):
        if record.get(key):  # an anchor is one of the instants timeline shows
            assert _minute(record[key]) in instants, (path, key)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_the_commands_agree_on_the_seeds(path: Path) -> None:
    agree(path)


@pytest.mark.skipif(not _corpus_sample(), reason="the shared corpus is not beside this checkout")
@pytest.mark.parametrize("path", _corpus_sample(), ids=lambda p: p.name)
def test_the_commands_agree_on_the_corpus(path: Path) -> None:
    agree(path)


def test_timeline_shows_the_corrected_instant_and_says_so() -> None:
    seed = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"
    events = json.loads(run("timeline", "--format", "json", str(seed)).output)["events"]
    line_14 = next(e for e in events if e["line"] == 14)
    assert line_14["written"].startswith("10:45 AM")
    assert line_14["at"].startswith("2023-05-10T22:45")
    assert any("AM/PM corrected" in note and "10:45 PM" in note for note in line_14["assumed"])


DOC = """# Login outage

Impact: logins failed from 09:00 IST to 11:00 IST on 2024-03-05.

## Timeline
- 2024-03-05 09:00 IST: deploy of the session service began
- 2024-03-05 09:10 IST: alert fired for login errors
- 2024-03-05 09:20 IST: on-call acknowledged the page
- 2024-03-05 11:00 IST: rolled back; logins restored
"""


def test_every_command_reads_the_configuration(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text(DOC, encoding="utf-8")
    (tmp_path / ".pmlint.toml").write_text('metrics-profile = "detected"\n'
                                           '[zones]\nIST = "UTC+01:00"\n', encoding="utf-8")
    events = json.loads(run("timeline", "--format", "json", str(doc)).output)["events"]
    assert {e["utc"] for e in events if e["line"] == 7} == {"2024-03-05T08:10:00Z"}
    record = json.loads(run("metrics", "--format", "json", str(doc)).output)["incidents"][0]
    assert record["detected"] == "2024-03-05T08:10:00Z"
    assert record["mttr_seconds"] == 110 * 60  # metrics-profile: from detection
    graph = json.loads(run("graph", "--format", "json", str(doc)).output)
    assert {n["utc"] for n in graph["nodes"] if n["line"] == 7} == {"2024-03-05 08:10 UTC"}
    agree(doc)
    # --config elsewhere is read by every command alike
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.move(str(tmp_path / ".pmlint.toml"), other / ".pmlint.toml")
    events = json.loads(run("timeline", "--format", "json", "--config",
                            str(other / ".pmlint.toml"), str(doc)).output)["events"]
    assert {e["utc"] for e in events if e["line"] == 7} == {"2024-03-05T08:10:00Z"}
    agree(doc, "--config", str(other / ".pmlint.toml"))


def test_metrics_and_graph_exclude_what_the_configuration_excludes(tmp_path: Path) -> None:
    (tmp_path / ".pmlint.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DOC, encoding="utf-8")
    (tmp_path / "b.md").write_text(DOC, encoding="utf-8")
    record = json.loads(run("metrics", "--format", "json", str(tmp_path)).output)
    assert [Path(r["path"]).name for r in record["incidents"]] == ["b.md"]


def test_config_shows_the_settings_in_force_and_their_file(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path.parent)  # elsewhere: paths shown relative to it
    (tmp_path / "pyproject.toml").write_text('[tool.pmlint]\nselect = ["PM1"]\n')
    (tmp_path / ".pmlint.toml").write_text('ignore = ["PM104"]\nmetrics-profile = "detected"\n'
                                           '[zones]\nIST = "UTC+01:00"\n')
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "pm.md"
    doc.write_text(DOC, encoding="utf-8")
    data = json.loads(run("config", "--format", "json", str(doc)).output)
    assert data["configuration"] == f"{tmp_path.name}/.pmlint.toml"  # it wins over pyproject
    assert data["not-read"] == [f"{tmp_path.name}/pyproject.toml"]
    assert data["select"] == "ALL" and data["ignore"] == ["tz-missing"]
    assert data["zones"] == {"IST": "UTC+01:00"} and data["metrics-profile"] == "detected"
    assert not any(r.startswith("PM104") for r in data["rules-in-force"])
    text = run("config", str(doc)).output
    assert f"configuration: {tmp_path.name}/.pmlint.toml" in text
    bare = tmp_path / "bare"
    bare.mkdir()
    (tmp_path / ".pmlint.toml").unlink()
    (tmp_path / "pyproject.toml").unlink()
    assert "none found" in run("config", str(bare)).output


def test_a_time_that_carried_noons_pm_is_read_after_midnight(tmp_path: Path) -> None:
    # "12 PM" written for midnight: the bare "1:05" after it had carried its PM, and is read
    # with the correction as 1:05 AM, without a finding of its own
    plan = tmp_path / "plan.md"
    plan.write_text("## Cutover (UTC), 14 March 2026\n\n* 12 PM - freeze\n* 1:05 - promote\n"
                    "* 1:50 AM - DNS switched\n* 2:20 AM - smoke tests\n", encoding="utf-8")
    events = json.loads(run("timeline", "--format", "json", str(plan)).output)["events"]
    bare = next(e for e in events if e["line"] == 4)
    assert bare["local"].startswith("2026-03-15T01:05")
    assert any("read as 1:05 AM: it follows 12 PM (line 3), read as midnight" in note
               for note in bare["assumed"])
    assert not any("1:05 PM" in note for note in bare["assumed"])
    found = json.loads(run("check", "--format", "json", str(plan)).output)
    lines = [f["line"] for f in found["files"][0]["findings"] if f["rule"] == "ampm-flip"]
    assert lines == [3]
