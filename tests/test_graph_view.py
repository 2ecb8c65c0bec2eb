"""`pmlint graph` for pasting into a postmortem: the document's clock, the incident's real
order, and a Mermaid gantt (in UTC, since Mermaid drops offsets) for pull requests."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pmlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
SEED_003 = ROOT / "fixtures" / "seeds" / "003_1eee0c03998c6125.txt"


def graph(*args: str | Path) -> str:
    result = CliRunner().invoke(main, ["graph", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_times_are_on_the_documents_clock_unless_utc_is_asked() -> None:
    nodes = json.loads(graph("--format", "json", SEED_003))
    assert nodes["zone"] == "EST"
    start = next(n for n in nodes["nodes"] if n["phase"] == "start")
    assert (start["time"], start["utc"]) == ("2023-05-10 21:45 EST", "2023-05-11 02:45 UTC")
    assert "2023-05-10 21:45 EST" in graph(SEED_003)
    assert "UTC" not in graph(SEED_003)
    shown = graph("--utc", SEED_003)
    assert "2023-05-11 02:45 UTC" in shown and "EST" not in shown


def test_a_following_zone_is_labelled_as_its_clocks_read(tmp_path: Path) -> None:
    doc = tmp_path / "pm.md"
    doc.write_text("# Outage\n\nAll times US/Eastern (ET).\n\n## Timeline\n\n"
                   "- July 4, 2024 10:00 ET: alert fired, outage began\n"
                   "- July 4, 2024 10:30 ET: service restored\n")
    shown = graph(doc)
    assert "2024-07-04 10:00 EDT" in shown and "2024-07-04 10:30 EDT" in shown


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_phases_follow_the_incidents_order(seed: Path) -> None:
    data = json.loads(graph("--format", "json", seed))
    assert all(edge["seconds"] >= 0 for edge in data["edges"])
    assert "earlier" not in graph(seed)
    order = [n["phase"] for n in data["nodes"]]
    assert [(e["from"], e["to"]) for e in data["edges"]] == list(itertools.pairwise(order))


def test_a_reordered_incident_says_so() -> None:
    data = json.loads(graph("--format", "json", SEED_003))
    order = [n["phase"] for n in data["nodes"]]
    assert order.index("mitigation") < order.index("escalation")  # as the timeline ran
    assert "%% phases in the order the incident ran" in graph(SEED_003)


def test_gantt_is_in_utc_and_says_so() -> None:
    data = json.loads(graph("--format", "json", SEED_003))
    gantt = graph("--format", "gantt", SEED_003)
    assert gantt.startswith("```mermaid\ngantt\n") and gantt.endswith("```\n")
    assert "title Incident phases (times in UTC)" in gantt
    milestones = re.findall(r"^    (\w+)(?: \(disputed\))? :milestone, m\d+, ([\d\- :]+), 0m$",
                            gantt, re.M)
    assert milestones == [(n["phase"], n["utc"].removesuffix(" UTC")) for n in data["nodes"]]
    steps = re.findall(r"^    (\w+) to (\w+) \(([^)]*)\) :s\d+, ", gantt, re.M)
    assert steps == [(e["from"], e["to"], e["label"]) for e in data["edges"]]
    assert all(":" not in name for name, _ in milestones)  # a colon would end the name
