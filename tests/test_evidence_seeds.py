"""The acceptance test of --evidence on the five seeds (issue 15).

For each seed, fixtures/evidence/seeds.toml gives its true timeline, read by hand. From it
the test builds three records: a Slack export with a message a minute after each entry
(echoing its words) and unrelated chatter three minutes before, a PagerDuty log two
minutes after each stamped phase, and an incident.io incident a minute before. Within
the 5-minute tolerance the draft and the record agree: no evidence finding. Then one
disagreement at a time is injected, and each must be found by the right rule, alone:

- a detection shifted by 20 minutes in the record: evidence-mismatch at the detection;
- two phases swapped in the record: evidence-order at the later one;
- the draft's mentions of the escalation rewritten away: evidence-missing;
- a meridiem flipped in the draft: the finding on that line says the record settles it.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from pmlint.checks import ALL_RULES, get
from pmlint.checks.engine import lint
from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.evidence.load import load
from pmlint.timeline.evidence.model import Evidence, Request

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
TRUTH = tomllib.loads((ROOT / "fixtures" / "evidence" / "seeds.toml").read_text("utf-8"))
EVIDENCE_RULES = ("evidence-mismatch", "evidence-order", "evidence-missing", "evidence-settles")
PD_TYPES = {"detection": "trigger_log_entry", "acknowledgement": "acknowledge_log_entry",
            "escalation": "escalate_log_entry", "resolution": "resolve_log_entry"}
IIO_NAMES = {"start": "Impact started at", "detection": "Reported at",
             "acknowledgement": "Accepted at", "mitigation": "Fixed at",
             "resolution": "Resolved at"}


def seeds() -> list[Any]:
    return [pytest.param(s, id=s["file"][:3]) for s in TRUTH["seed"]]


def at(text: str, minutes: float = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(text) + dt.timedelta(minutes=minutes)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stamped(seed: dict[str, Any]) -> list[tuple[str, dt.datetime]]:
    """(phase, true instant) of every moment the platforms stamp."""
    found = [(e["record"], at(e["utc"])) for e in seed.get("entry", []) if "record" in e]
    found += [(e["record"], at(e["utc"])) for e in seed.get("record_only", [])]
    return found


def build(seed: dict[str, Any], directory: Path, shift: str | None = None,
          swap: list[str] | None = None) -> Evidence:
    """The three records, with an optional shifted phase or swapped pair."""
    moments = stamped(seed)
    when = dict(moments)
    if swap:
        a, b = swap
        when[a], when[b] = when[b], when[a]
    if shift:
        when[shift] += dt.timedelta(minutes=20)
    moments = [(phase, when[phase]) for phase, _ in moments]
    document = (SEEDS / seed["file"]).read_text(encoding="utf-8")
    words = {e.line: e.text for e in timeline_from_text(document).events}

    export = directory / "slack"
    (export / "inc-seed").mkdir(parents=True)
    (export / "channels.json").write_text(json.dumps([{"id": "C1", "name": "inc-seed"}]))
    (export / "users.json").write_text(json.dumps([
        {"id": "U1", "name": "ana", "profile": {"display_name": "ana"}},
        {"id": "U2", "name": "bo", "profile": {"display_name": "bo"}}]))
    messages = []
    for entry in seed.get("entry", []):
        moment = at(entry["utc"])
        messages.append({"type": "message", "user": "U1", "text": words[entry["line"]][:160],
                         "ts": f"{(moment + dt.timedelta(minutes=1)).timestamp():.6f}"})
        messages.append({"type": "message", "user": "U2", "text": "coffee refill, brb",
                         "ts": f"{(moment - dt.timedelta(minutes=3)).timestamp():.6f}"})
        messages.append({"type": "message", "subtype": "channel_join", "user": "U2",
                         "text": "<@U2> has joined the channel",
                         "ts": f"{(moment - dt.timedelta(minutes=4)).timestamp():.6f}"})
    (export / "inc-seed" / "2020-01-01.json").write_text(json.dumps(messages))

    log = [{"id": f"Q{n}", "type": PD_TYPES[phase], "created_at": iso(moment + dt.timedelta(
        minutes=2))} for n, (phase, moment) in enumerate(moments) if phase in PD_TYPES]
    log += [{"id": "N1", "type": "notify_log_entry", "created_at": iso(moment)}
            for phase, moment in moments[:1]]
    (directory / "pagerduty.json").write_text(json.dumps({"log_entries": log}))

    values = [{"incident_timestamp": {"id": f"t{n}", "name": IIO_NAMES[phase], "rank": n},
               "value": {"value": iso(moment - dt.timedelta(minutes=1))}}
              for n, (phase, moment) in enumerate(moments) if phase in IIO_NAMES]
    (directory / "incident.json").write_text(json.dumps(
        {"incident": {"id": "01H", "reference": "INC-9", "incident_timestamp_values": values,
                      "updates": []}}))
    return load(Request((str(export), str(directory / "pagerduty.json"),
                         str(directory / "incident.json"))))


def check(document: str, evidence: Evidence, rules: Any = ALL_RULES) -> list[Any]:
    return list(lint(timeline_from_text(document, "seed.md"), rules, evidence=evidence))


def of_evidence(findings: list[Any]) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in findings if f.rule in EVIDENCE_RULES]


def rewrite(document: str, changes: list[dict[str, Any]]) -> str:
    lines = document.split("\n")
    for change in changes:
        line = lines[change["line"] - 1]
        assert change["old"] in line, (change, line)
        lines[change["line"] - 1] = line.replace(change["old"], change["new"])
    return "\n".join(lines)


def as_suggested(written: str) -> str:
    """"09:00 AM" -> "9:00 AM", "2:00 pm MDT" -> "2:00 PM": how a suggestion writes it."""
    clock, meridiem = written.split()[:2]
    return f"{clock.lstrip('0')} {meridiem.upper()}"


def line_of(seed: dict[str, Any], phase: str) -> int:
    return next(e["line"] for e in seed["entry"] if e.get("record") == phase)


@pytest.mark.parametrize("seed", seeds())
def test_agreement_within_tolerance_gives_no_finding(seed: dict[str, Any],
                                                     tmp_path: Path) -> None:
    document = (SEEDS / seed["file"]).read_text(encoding="utf-8")
    evidence = build(seed, tmp_path)
    assert evidence.items, "the record is empty"
    findings = check(document, evidence)
    assert of_evidence(findings) == []
    expected = json.loads((SEEDS / seed["file"]).with_suffix(".findings.json")
                          .read_text(encoding="utf-8"))
    assert [(f.rule, f.line) for f in findings] == [(e["rule"], e["line"]) for e in expected]


@pytest.mark.parametrize("seed", [s for s in seeds() if "shift" in s.values[0]])
def test_a_shifted_detection_is_a_mismatch(seed: dict[str, Any], tmp_path: Path) -> None:
    document = (SEEDS / seed["file"]).read_text(encoding="utf-8")
    findings = check(document, build(seed, tmp_path, shift=seed["shift"]))
    assert of_evidence(findings) == [("evidence-mismatch", line_of(seed, seed["shift"]))]
    mismatch = next(f for f in findings if f.rule == "evidence-mismatch")
    assert "20 min earlier than the record" in mismatch.message or \
        "min earlier than the record" in mismatch.message, mismatch.message


@pytest.mark.parametrize("seed", [s for s in seeds() if "swap" in s.values[0]])
def test_swapped_phases_are_out_of_order(seed: dict[str, Any], tmp_path: Path) -> None:
    document = (SEEDS / seed["file"]).read_text(encoding="utf-8")
    findings = check(document, build(seed, tmp_path, swap=seed["swap"]))
    first, second = (next(e for e in seed["entry"] if e.get("record") == p)
                     for p in seed["swap"])
    later = max((first, second), key=lambda e: e["utc"])
    assert of_evidence(findings) == [("evidence-order", later["line"])]


@pytest.mark.parametrize("seed", [s for s in seeds() if "rewrite_escalation" in s.values[0]])
def test_an_escalation_the_draft_leaves_out_is_missing(seed: dict[str, Any],
                                                      tmp_path: Path) -> None:
    document = rewrite((SEEDS / seed["file"]).read_text(encoding="utf-8"),
                       seed["rewrite_escalation"])
    findings = check(document, build(seed, tmp_path))
    assert [r for r, _ in of_evidence(findings)] == ["evidence-missing"]
    missing = next(f for f in findings if f.rule == "evidence-missing")
    assert "the record has an escalation" in missing.message
    assert missing.severity == "info"


@pytest.mark.parametrize("seed", [s for s in seeds() if "flip" in s.values[0]])
def test_an_ampm_slip_is_settled_by_the_record(seed: dict[str, Any], tmp_path: Path) -> None:
    flip = seed["flip"]
    document = rewrite((SEEDS / seed["file"]).read_text(encoding="utf-8"), [flip])
    evidence = build(seed, tmp_path)
    on_line = [f for f in check(document, evidence) if f.line == flip["line"]]
    settled = [f for f in on_line if "the record settles the AM/PM" in f.message]
    assert len(settled) == 1, [f.message for f in on_line]
    assert settled[0].suggestion == as_suggested(flip["old"])
    assert [r for r, _ in of_evidence(check(document, evidence))] in ([], ["evidence-settles"])
    alone = check(document, evidence, [get("evidence-settles")])
    published = json.loads((SEEDS / seed["file"]).with_suffix(".findings.json")
                           .read_text(encoding="utf-8"))
    slips = {f["line"] for f in published if f["rule"] == "ampm-flip"}  # settled as well
    assert {(f.rule, f.line) for f in alone} == {("evidence-settles", n)
                                                 for n in {flip["line"], *slips}}


def test_the_record_settles_seed_003s_flips_in_their_own_findings(tmp_path: Path) -> None:
    """Seed 003 as published has three AM/PM slips; its true record confirms each in
    ampm-flip's own words: the escalation and the resolution by the platforms' stamps, the
    10:45 entry by the message that reports it."""
    seed = next(s for s in TRUTH["seed"] if s["file"].startswith("003"))
    document = (SEEDS / seed["file"]).read_text(encoding="utf-8")
    flips = [f for f in check(document, build(seed, tmp_path)) if f.rule == "ampm-flip"]
    assert [f.line for f in flips] == [14, 15, 16]
    assert all("the record settles the AM/PM" in f.message for f in flips)
    assert "#inc-seed message by ana" in flips[0].message
