"""Injected anomalies stated in varied phrasing: does pmlint find them, whoever wrote them?

Run: python bench/inject.py [--seed N] [--per-class N] [--samples N] [--corpus DIR]

bench/accuracy.py's injector mutates the forms the corpus already has, so it rewards what
pmlint already reads. This one GENERATES postmortems from a seeded grammar: bullet lists,
tables, a heading per time, bold-label lines, prose timelines and status-page updates listed
newest first; 12 h and 24 h clocks;
zones as abbreviations, offsets, IANA names or an "all times UTC" declaration; a quarter of
them with an earlier, clean incident appended (its own Start/End and timeline); dates in ten
written forms; windows and durations in many wordings ("between 14:05 and 15:10 UTC", "a
181-minute outage", "down for twenty-one minutes", "Duration: 1 h 5 min"). For each
document it

1. checks the clean version: any error finding there is a false alarm, and is reported;
2. renders the same document with exactly one anomaly of a class, and records whether
   pmlint reports that class's rule on the line the anomaly is on (a finding's "also on
   lines ..." counts), and every other error finding that was not in the clean version
   (collateral).

Classes: ampm-flip, out-of-order, end-before-start, duration-mismatch, summary-mismatch,
tz-dst-mismatch, weekday-mismatch, invalid-time, outside-window (a detection hours before the
stated window, which summary-mismatch reports since session 29 merged the outside-window rule
into it). Recall and collateral are counted over documents whose clean version had no error
(a false alarm would blur both).

--corpus DIR rewrites real documents instead (bench/inject_corpus.py): see there.
Deterministic for a given --seed. Figures only; nothing is asserted here (tests/test_inject.py
guards a small sample).

Figures on 2026-12-01, the "before" numbers of issue 11 (--per-class 400 --seed 11):

  class              cases  recall  collateral  clean false alarms
  ampm-flip            400  100.0%        0.0%        0 of 400
  out-of-order         400   95.2%        0.0%        0 of 400
  end-before-start     400   75.0%       23.0%        0 of 400
  duration-mismatch    400   73.8%        0.0%        0 of 400
  summary-mismatch     400   90.0%        0.0%        0 of 400
  tz-dst-mismatch      400  100.0%        0.0%        0 of 400
  weekday-mismatch     400   65.5%        0.0%        0 of 400
  invalid-time         400   98.5%        3.5%        0 of 400
  outside-window       400   90.2%        0.0%        0 of 400
  clean documents with an error finding (false alarms): 0 of 3600

After the reasoning part of issue 11 (same command; three more wordings of a stated length):

  class              cases  recall  collateral  clean false alarms
  ampm-flip            400  100.0%        0.0%        0 of 400
  out-of-order         400   95.2%        0.0%        0 of 400
  end-before-start     400   75.0%       23.0%        0 of 400
  duration-mismatch    400   99.8%        0.0%        0 of 400
  summary-mismatch     400   90.0%        0.0%        0 of 400
  tz-dst-mismatch      400  100.0%        0.0%        0 of 400
  weekday-mismatch     400   65.5%        0.0%        0 of 400
  invalid-time         400   98.5%        0.0%        0 of 400
  outside-window       400   90.2%        0.0%        0 of 400
  clean documents with an error finding (false alarms): 0 of 3600

  Every miss left is a reading one: a "| Start | <date> <time> |" header table read as
  timeline rows (end-before-start, and its collateral out-of-order), "1. Apr 5, 2021 3:53
  AM" read as the date "1 Apr" (out-of-order, summary-mismatch, outside-window), and
  "2024-01-13 (Friday)" whose weekday is not read (weekday-mismatch).

After the layouts branch (same command): a "| Start | <date> <time> |" key/value table is
read as header fields, and "1. Apr 5, 2021 3:53 AM" as item 1 on April 5th. Every class
100.0% recall, 0.0% collateral, 0 false alarms of 3600 (the weekday of "2024-01-13
(Friday)" was read on main before this branch).

--corpus shared/corpus/docs --per-class 400 (360 documents outside the blind split):

  corpus documents used: 360 (341 with no error finding)
  (documents with an error finding before injection, skipped: 19)
  class              cases  recall  collateral  clean false alarms
  ampm-flip             88  100.0%        0.0%        0 of 88
  out-of-order         146  100.0%        0.0%        0 of 146
  duration-mismatch    112   66.1%        0.0%        0 of 112
  invalid-time         148  100.0%        2.7%        0 of 148
  clean documents with an error finding (false alarms): 0 of 494

Session 5 of issue 11 (--corpus ../shared/corpus/docs --per-class 400 --seed 12): the
second held-out split (bench/blind2) is left out too now, 320 documents remain:

  class              cases  recall  collateral  clean false alarms
  ampm-flip             84   98.8%        0.0%        0 of 84
  out-of-order         143   97.9%        0.0%        0 of 143
  duration-mismatch    109   95.4%        0.0%        0 of 109
  invalid-time         144  100.0%        0.0%        0 of 144
  clean documents with an error finding (false alarms): 0 of 480
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from inject_words import (  # noqa: E402
    CLOCK_STYLES,
    DATE_STYLES,
    WEEKDAY_STYLES,
    ZONES,
    Zone,
    clock_text,
    date_text,
    duration_text,
    offset_text,
)
from tree import use_working_tree  # noqa: E402

use_working_tree()

from pmlint.checks import ALL_RULES  # noqa: E402
from pmlint.checks.base import Finding  # noqa: E402
from pmlint.checks.engine import lint  # noqa: E402
from pmlint.timeline.document import timeline_from_text  # noqa: E402

CLASSES = ("ampm-flip", "out-of-order", "end-before-start", "duration-mismatch",
           "summary-mismatch", "tz-dst-mismatch", "weekday-mismatch", "invalid-time",
           "outside-window")
# the rule that reports a class, where the class is not a rule's own name
RULE_OF = {"outside-window": "summary-mismatch"}
WORDS = {
    "trigger": ("Deploy of release 4.2 to production started",
                "A configuration change was pushed to the load balancers",
                "Certificate rotation job ran"),
    "start": ("Error rates began to rise", "Customers started seeing 502 errors",
              "Checkout latency climbed above 5 seconds"),
    "detection": ("Monitoring alert fired for elevated error rates",
                  "The on-call engineer was paged by an alert",
                  "Support reported a spike in customer tickets"),
    "acknowledgement": ("On-call engineer acknowledged the page",
                        "The incident was acknowledged by the on-call",
                        "Incident commander assigned"),
    "escalation": ("Escalated to the database team", "Storage team engaged",
                   "Vendor support contacted"),
    "mitigation": ("Rolled back the deploy", "Traffic was failed over to the secondary region",
                   "Restarted the affected pods"),
    "resolution": ("Error rates returned to normal; incident resolved",
                   "Service fully restored", "All systems operational again"),
}
LAYOUTS = ("bullets", "table", "headings", "bold", "prose", "dated", "newest")
STATUS_WORDS = {"trigger": "Update", "start": "Investigating", "detection": "Investigating",
                "acknowledgement": "Investigating", "escalation": "Update",
                "mitigation": "Monitoring", "resolution": "Resolved"}
SUMMARIES = ("between", "from", "began", "fields")
FIELD_STYLES = ("bold", "plain", "table", "bullets")
ZONE_STYLES = ("abbr", "offset", "declared", "iana")


@dataclass(frozen=True)
class Entry:
    minute: int  # since midnight of the incident's day
    phase: str
    words: str


@dataclass(frozen=True)
class Plan:
    """Every random choice for one document, so its clean and injected versions differ only
    by the anomaly."""

    cls: str
    day: dt.date
    zone: Zone
    zone_style: str
    offset_form: str
    clock_style: str
    date_style: str
    layout: str
    bullet: str
    summary: str
    fields: bool
    field_style: str
    duration: bool
    entries: tuple[Entry, ...]
    target: int  # the entry the anomaly concerns
    shift: int  # minutes: how far the anomaly moves a time, or the wrong duration
    other: int  # a second choice (weekday offset, invalid-time form)
    log: bool = False  # an earlier incident follows, with its own fields and timeline


@dataclass
class Rendered:
    lines: list[str] = field(default_factory=list)
    at: dict[str, int] = field(default_factory=dict)  # element -> 1-based line
    zone_lines: list[int] = field(default_factory=list)  # lines the zone applies to

    def add(self, text: str, key: str | None = None, zoned: bool = False) -> None:
        """A line; `key` names it for expected_lines; a line with a time or a zone
        declaration is one a tz-dst-mismatch finding may be on."""
        self.lines.append(text)
        if key is not None:
            self.at[key] = len(self.lines)
        if zoned or (key is not None and key != "duration"):
            self.zone_lines.append(len(self.lines))


# --- planning --------------------------------------------------------------------------------

def make_plan(rng: random.Random, cls: str) -> Plan:
    zone = rng.choice(ZONES[1:] if cls == "tz-dst-mismatch" else ZONES)
    zone_style = rng.choice(("abbr", "declared") if cls == "tz-dst-mismatch" else ZONE_STYLES)
    if zone.iana == "UTC" and zone_style == "iana":
        zone_style = "declared"
    clock_style = rng.choice(("12", "12lower", "12dots") if cls == "ampm-flip"
                             else CLOCK_STYLES)
    date_style = rng.choice(WEEKDAY_STYLES if cls == "weekday-mismatch" else DATE_STYLES)
    layout = rng.choice([x for x in LAYOUTS
                         if not (cls == "ampm-flip" and x in ("dated", "newest"))])
    summary = rng.choice(SUMMARIES)
    fields = cls == "end-before-start" or summary == "fields" or rng.random() < 0.3
    phases = ["trigger", "start", "detection", "acknowledgement", "escalation", "mitigation",
              "resolution"]
    if cls == "outside-window":
        phases = ["detection", "acknowledgement", "escalation", "mitigation", "resolution"]
    gaps = [rng.randint(4, 55) for _ in phases[1:]]
    total = sum(gaps)
    earliest = 300 if cls == "outside-window" else 30
    if cls == "ampm-flip":  # an evening or a morning run, as the flips in real documents
        latest_evening = 1440 - total - 15  # the run must end before midnight
        first = (rng.randint(17 * 60, latest_evening)
                 if latest_evening >= 17 * 60 and rng.random() < 0.5
                 else rng.randint(6 * 60, 9 * 60))
    else:
        first = rng.randint(earliest, 1440 - total - 90)
    minute = first
    entries = []
    for phase, gap in zip(phases, [0, *gaps], strict=True):
        minute += gap
        entries.append(Entry(minute, phase, rng.choice(WORDS[phase])))
    year = rng.choice((2021, 2022, 2023, 2024))
    # not March, October or November: whether clocks had changed then depends on the region
    day = dt.date(year, rng.choice((1, 2, 4, 5, 6, 7, 8, 9, 12)), rng.randint(1, 28))
    return Plan(
        cls=cls, day=day, zone=zone, zone_style=zone_style,
        offset_form=offset_text(zone.offset(day), rng), clock_style=clock_style,
        date_style=date_style, layout=layout, bullet=rng.choice(("- ", "* ", "1. ")),
        summary=summary, fields=fields, field_style=rng.choice(FIELD_STYLES),
        duration=cls == "duration-mismatch" or rng.random() < 0.4,
        entries=tuple(entries), target=rng.randint(2, len(entries) - 2),
        shift=_shift(rng, cls, total), other=rng.randint(1, 6),
        log=rng.random() < 0.25,
    )


def _shift(rng: random.Random, cls: str, total: int) -> int:
    if cls == "out-of-order":
        return rng.randint(5, 40)
    if cls == "summary-mismatch":
        return rng.choice((-1, 1)) * rng.randint(20, 90)
    if cls == "duration-mismatch":
        return max(45, total // 2) * rng.choice((1, 2))
    if cls == "outside-window":
        return rng.randint(90, 240)
    return 0


# --- rendering -------------------------------------------------------------------------------

def render(plan: Plan, inject: bool) -> Rendered:
    """The postmortem as text, with the line of each element the anomaly may be on."""
    out = Rendered()
    cls = plan.cls if inject else None
    day = plan.day
    zone_name = plan.zone.other_name(day) if cls == "tz-dst-mismatch" else plan.zone.name(day)
    entries = list(plan.entries)
    start, end = entries[1].minute, entries[-1].minute
    if plan.cls == "outside-window":
        start = entries[0].minute
    if cls == "outside-window":
        entries[0] = Entry(start - plan.shift, entries[0].phase, entries[0].words)

    def when(minute: int, *, flip: bool = False) -> str:
        text = clock_text(minute, plan.clock_style, meridiem_flip=flip)
        if plan.zone_style == "abbr":
            return f"{text} {zone_name}"
        if plan.zone_style == "offset":
            return f"{text} {plan.offset_form}"
        return text

    def date(weekday_wrong: bool = False) -> str:
        weekday = (day.weekday() + plan.other) % 7 if weekday_wrong else None
        return date_text(day, plan.date_style, weekday)

    zoned = plan.zone_style in ("abbr", "offset")
    out.add(f"# Postmortem: checkout errors on {date_text(day, 'mdy')}")
    out.add("")
    if plan.zone_style in ("declared", "iana"):
        name = plan.zone.iana if plan.zone_style == "iana" else zone_name
        out.add(f"All times are in {name}." if plan.zone.iana != "UTC"
                else "All times UTC.", zoned=True)
        out.add("")
    summary_end = end + (plan.shift if cls == "summary-mismatch" else 0)
    wrong_day = cls == "weekday-mismatch"
    out.add("## Summary")
    out.add("")
    if plan.summary == "between":
        out.add(f"Between {when(start)} and {when(summary_end)} on {date(wrong_day)}, "
                "customers could not complete checkout.", "summary", zoned)
    elif plan.summary == "from":
        out.add(f"On {date(wrong_day)}, from {when(start)} to {when(summary_end)}, checkout "
                "requests failed.", "summary", zoned)
    elif plan.summary == "began":
        out.add(f"The incident began at {when(start)} on {date(wrong_day)} and was resolved "
                f"at {when(summary_end)}.", "summary", zoned)
    else:
        out.add(f"On {date(wrong_day)}, checkout requests failed for part of the day.",
                "summary")
    if plan.duration:
        stated = end - start + (plan.shift if cls == "duration-mismatch" else 0)
        sentence, _ = duration_text(stated, random.Random(plan.entries[0].minute + stated))
        out.add("")
        out.add(sentence, "duration")
    if plan.fields:
        out.add("")
        _fields(out, plan, date(), when(start), when(end if plan.summary != "fields"
                                                      else summary_end),
                swap=cls == "end-before-start", zoned=zoned)
    out.add("")
    out.add("## Timeline")
    out.add("")
    _timeline(out, plan, entries, when, cls, zoned)
    out.add("")
    out.add("## Root cause")
    out.add("")
    out.add("A configuration change removed the checkout service's database pool limit.")
    if plan.log:
        _earlier_incident(out, plan.day - dt.timedelta(days=40))
    return out


def _earlier_incident(out: Rendered, day: dt.date) -> None:
    """A second, clean incident after the first, as an incident log or an appendix has
    it: its own Start and End, its own timeline, in UTC."""
    iso = day.isoformat()
    for text in ("", "## Earlier incident: search index stale", "",
                 f"Start: {iso} 09:14 UTC", f"End: {iso} 10:05 UTC", "",
                 f"- {iso} 09:14 UTC: indexer lag alert fired",
                 f"- {iso} 09:48 UTC: indexer restarted",
                 f"- {iso} 10:05 UTC: search results fresh again, resolved"):
        out.add(text)


def _fields(out: Rendered, plan: Plan, day: str, start: str, end: str, *, swap: bool,
            zoned: bool) -> None:
    first, second = (end, start) if swap else (start, end)
    names = {"bold": ("**Start time:**", "**End time:**"),
             "plain": ("Start Time:", "End Time:"),
             "bullets": ("- **Impact start**:", "- **Impact end**:")}
    if plan.field_style == "table":
        out.add("| Field | Value |")
        out.add("|---|---|")
        out.add(f"| Start | {day} {first} |", "field-start", zoned)
        out.add(f"| End | {day} {second} |", "field-end", zoned)
        return
    label_start, label_end = names[plan.field_style]
    out.add(f"{label_start} {day} {first}", "field-start", zoned)
    if plan.field_style != "bullets":
        out.add("")
    out.add(f"{label_end} {day} {second}", "field-end", zoned)


def _timeline(out: Rendered, plan: Plan, entries: list[Entry], when, cls: str | None,
              zoned: bool) -> None:
    if plan.layout == "table":
        out.add("| Time | Event |")
        out.add("|------|-------|")
    short_day = date_text(plan.day, "iso" if plan.date_style == "iso" else "mdy-short")
    rows = []
    for i, entry in enumerate(entries):
        minute = entry.minute
        if cls == "out-of-order" and i == plan.target:
            minute = entries[i - 1].minute - plan.shift
        stamp = when(minute, flip=cls == "ampm-flip" and i == plan.target)
        if cls == "invalid-time" and i == plan.target:
            stamp = _impossible(stamp, minute, plan)
        rows.append((i, entry, stamp))
    if plan.layout == "newest":  # a status page's updates, newest first, stamp below each
        for i, entry, stamp in reversed(rows):
            out.add(f"**{STATUS_WORDS[entry.phase]}** - {entry.words}.")
            out.add(f"{short_day} {stamp}", f"entry-{i}", zoned)
            out.add("")
        return
    for i, entry, stamp in rows:
        key = f"entry-{i}"
        if plan.layout == "bullets":
            out.add(f"{plan.bullet}{stamp}: {entry.words}", key, zoned)
        elif plan.layout == "dated":
            out.add(f"{plan.bullet}{short_day} {stamp}: {entry.words}", key, zoned)
        elif plan.layout == "table":
            out.add(f"| {stamp} | {entry.words} |", key, zoned)
        elif plan.layout == "headings":
            out.add(f"### {stamp}", key, zoned)
            out.add("")
            out.add(f"{entry.words}.")
            out.add("")
        elif plan.layout == "bold":
            out.add(f"**{stamp}** — {entry.words}", key, zoned)
            out.add("")
        else:
            out.add(f"At {stamp}, {entry.words[0].lower()}{entry.words[1:]}.", key, zoned)
            out.add("")


def _impossible(stamp: str, minute: int, plan: Plan) -> str:
    """A time that cannot exist, in the document's own style: 25:10, 14:75, 13:20 PM."""
    hour, mins = divmod(minute, 60)
    written = clock_text(minute, plan.clock_style)
    if plan.clock_style.startswith("12"):
        h12 = hour % 12 or 12
        suffix = written[len(f"{h12}:{mins:02d}"):]
        bad = (f"{13 + hour % 10}:{mins:02d}{suffix}" if plan.other % 2 == 0
               else f"{h12}:{60 + mins % 40}{suffix}")
    else:
        bad = (f"{25 + hour % 5}:{mins:02d}" if plan.other % 2
               else f"{hour:02d}:{60 + mins % 39}")
    return stamp.replace(written, bad, 1)


# --- checking --------------------------------------------------------------------------------

REPEATED_ON = re.compile(r"(?:also|the same) on lines? ([\d, ]+)")


def lines_covered(finding: Finding) -> list[int]:
    m = REPEATED_ON.search(finding.message)
    return [finding.line, *(int(n) for n in re.findall(r"\d+", m.group(1)))] if m else [
        finding.line]


def findings_of(text: str) -> tuple[Finding, ...]:
    return lint(timeline_from_text(text, "<generated>"), ALL_RULES)


def errors_of(findings: tuple[Finding, ...]) -> set[tuple[str, int]]:
    return {(f.rule, f.line) for f in findings if f.severity == "error"}


def expected_lines(plan: Plan, doc: Rendered) -> tuple[int, ...]:
    at = doc.at
    target = f"entry-{plan.target}"
    by_class = {
        "ampm-flip": (target,),
        "invalid-time": (target,),
        "out-of-order": (f"entry-{plan.target - 1}", target),
        "end-before-start": ("field-start", "field-end"),
        "duration-mismatch": ("duration",),
        "summary-mismatch": ("summary", "field-end", f"entry-{len(plan.entries) - 1}"),
        "weekday-mismatch": ("summary",),
        "outside-window": ("entry-0",),
    }
    if plan.cls == "tz-dst-mismatch":
        return tuple(doc.zone_lines)
    if plan.cls == "summary-mismatch" and plan.summary != "fields":
        return tuple(at[k] for k in ("summary", f"entry-{len(plan.entries) - 1}"))
    return tuple(at[k] for k in by_class[plan.cls] if k in at)


@dataclass
class Tally:
    cases: int = 0
    found: int = 0
    collateral: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    collateral_samples: list[str] = field(default_factory=list)
    false_alarm_samples: list[str] = field(default_factory=list)
    missed_by_style: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_form: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0]))  # form -> [cases, misses]


def style_of(plan: Plan) -> str:
    return (f"layout={plan.layout} clock={plan.clock_style} zone={plan.zone_style}"
            f"({plan.zone.iana}) date={plan.date_style} summary={plan.summary}"
            f"{' fields=' + plan.field_style if plan.fields else ''}"
            f"{' +earlier-incident' if plan.log else ''}")


def run_class(cls: str, count: int, seed: int) -> Tally:
    tally = Tally()
    for n in range(count):
        rng = random.Random(f"{seed}-{cls}-{n}")
        plan = make_plan(rng, cls)
        clean = render(plan, inject=False)
        clean_text = "\n".join(clean.lines) + "\n"
        before = findings_of(clean_text)
        if errors_of(before):
            tally.false_alarms += 1
            tally.false_alarm_samples.append(
                f"[{style_of(plan)}] " + "; ".join(
                    f"{f.rule}@{f.line}: {f.message}" for f in before if f.severity == "error")
                + "\n" + _excerpt(clean.lines, {f.line for f in before
                                                if f.severity == "error"}))
            continue
        injected = render(plan, inject=True)
        text = "\n".join(injected.lines) + "\n"
        after = findings_of(text)
        lines = expected_lines(plan, injected)
        rule = RULE_OF.get(cls, cls)
        hit = any(f.rule == rule and set(lines_covered(f)) & set(lines) for f in after)
        others = {(r, ln) for r, ln in errors_of(after) - errors_of(before)
                  if not (r == rule and ln in lines)}
        tally.cases += 1
        tally.found += hit
        tally.collateral += bool(others)
        form = tally.by_form[form_of(plan, injected)]
        form[0] += 1
        form[1] += not hit
        if not hit:
            tally.missed_by_style[plan.layout] += 1
            got = "; ".join(f"{f.rule}@{f.line}" for f in after) or "no finding"
            tally.misses.append(f"[{style_of(plan)}] want {rule} on line(s) "
                                f"{', '.join(map(str, lines))}; got {got}\n"
                                + _excerpt(injected.lines, set(lines)))
        if others:
            tally.collateral_samples.append(
                f"[{style_of(plan)}] " + ", ".join(f"{r}@{ln}" for r, ln in sorted(others))
                + "\n" + _excerpt(injected.lines, {ln for _, ln in others}))
    return tally


def form_of(plan: Plan, doc: Rendered) -> str:
    """The way of writing that a class's anomaly depends on most, to group misses by."""
    if plan.cls == "duration-mismatch":
        line = doc.lines[doc.at["duration"] - 1]
        return re.sub(r"[a-z]+-minute|\d+(\.\d)?|\b(" + "|".join(
            ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty")) + r")\b(-\w+)?",
                      "N", line)
    if plan.cls == "weekday-mismatch":
        return f"date={plan.date_style} summary={plan.summary}"
    if plan.cls == "end-before-start":
        return f"fields={plan.field_style}"
    if plan.cls == "tz-dst-mismatch":
        return f"zone={plan.zone_style} {plan.zone.summer}/{plan.zone.winter}"
    return f"layout={plan.layout} zone={plan.zone_style} summary={plan.summary}"


def _excerpt(lines: list[str], marked: set[int]) -> str:
    """The document's lines that carry times, with the lines in question marked."""
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or (line.startswith("#") and number not in marked):
            continue
        if number in marked or re.search(r"\d:\d|\d{4}|UTC|lasted|for ", line):
            out.append(f"    {'>>' if number in marked else '  '} {number:>3} | {line}")
    return "\n".join(out)


def report(results: dict[str, Tally], samples: int) -> None:
    print(f"{'class':<18} {'cases':>5} {'recall':>7} {'collateral':>11} {'clean false alarms':>19}")
    for cls, t in results.items():
        recall = f"{100 * t.found / t.cases:.1f}%" if t.cases else "-"
        coll = f"{100 * t.collateral / t.cases:.1f}%" if t.cases else "-"
        print(f"{cls:<18} {t.cases:>5} {recall:>7} {coll:>11} "
              f"{t.false_alarms:>8} of {t.cases + t.false_alarms}")
    total_docs = sum(t.cases + t.false_alarms for t in results.values())
    print(f"clean documents with an error finding (false alarms): "
          f"{sum(t.false_alarms for t in results.values())} of {total_docs}")
    for cls, t in results.items():
        if t.misses:
            print(f"\n### {cls}: {len(t.misses)} misses; by layout "
                  f"{dict(sorted(t.missed_by_style.items()))}")
            worst = sorted(((m, c, f) for f, (c, m) in t.by_form.items() if m),
                           key=lambda x: (-x[0], x[2]))
            for missed, cases, form in worst[:8]:
                print(f"  missed {missed}/{cases}: {form}")
            for sample in t.misses[:samples]:
                print("  " + sample)
        if t.collateral_samples:
            print(f"\n### {cls}: collateral errors ({len(t.collateral_samples)})")
            for sample in t.collateral_samples[:samples]:
                print("  " + sample)
    alarms = [s for t in results.values() for s in t.false_alarm_samples]
    if alarms:
        print(f"\n### false alarms on clean documents ({len(alarms)})")
        for sample in alarms[:samples]:
            print("  " + sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--per-class", type=int, default=200)
    parser.add_argument("--samples", type=int, default=3, help="misses shown per class")
    parser.add_argument("--classes", default=",".join(CLASSES))
    parser.add_argument("--corpus", type=Path, help="inject into these documents instead")
    args = parser.parse_args()
    if args.corpus:
        from inject_corpus import run_corpus

        report(run_corpus(args.corpus, args.classes.split(","), args.seed, args.per_class),
               args.samples)
        return
    results = {cls: run_class(cls, args.per_class, args.seed)
               for cls in args.classes.split(",")}
    report(results, args.samples)


if __name__ == "__main__":
    main()
