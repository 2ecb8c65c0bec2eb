"""How many ways of writing a time, a day change, a field, a status update, a table and a
length pmlint reads.

Not the corpus: shapes written here, one per way an author may write (a lead word, a
bracket, a zone, a date before or after), each in a three-entry timeline whose instants are
known. Run: python bench/shapes.py. It prints the figures and every shape read wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tree import use_working_tree

use_working_tree()
from pmlint.timeline.document import timeline_from_text  # noqa: E402

TITLE = "# Incident on Monday 4 March 2024\n\n## Timeline (UTC)\n\n"
SHAPES = [
    "- 2024-03-04T{H}:{M}:00Z {W}",
    "- [{H}:{M}] {W}",
    "- {H}:{M}h {W}",
    "- {H}.{M} Uhr: {W}",
    "- {H}h{M} : {W}",
    "- {h}:{M} a.m. — {W}",
    "- {h}:{M}am: {W}",
    "- 4 Mar, {H}:{M}: {W}",
    "- Mar 4th @ {H}:{M} UTC - {W}",
    "- 2024/03/04 {H}:{M} {W}",
    "- 20240304 {H}:{M} {W}",
    "- 04.03.2024, {H}:{M} {W}",
    "**{H}:{M}** {W}",
    "`{H}:{M}` {W}",
    "- {H}:{M} UTC+0 {W}",
    "- {H}:{M} (UTC) {W}",
    "At {H}:{M}, the {W}.",
    "- ~{H}:{M} {W}",
    "- {H}:{M}ish {W}",
    "- March 4, 2024, {h}:{M} a.m. UTC: {W}",
    "- Monday {H}:{M} – {W}",
    "- Mon 04 Mar {H}:{M}:00 UTC 2024 {W}",
    "- 2024-03-04 {H}:{M}:00,123 {W}",
    "- {H}:{M}:00 +0000 {W}",
    "- {H}{M}Z {W}",
    "- {H}:{M} hrs {W}",
    "- {H}:{M} hours: {W}",
    "- @{H}:{M} {W}",
    "- {H}:{M} → {W}",
    "- {H}:{M} — {W}",
    "- ({H}:{M}) {W}",
    "- {H}:{M} local time: {W}",
    "- {H}:{M} (approx.) {W}",
    "{H}:{M} {W}",
    "* {H}:{M}: {W}",
    "1. {H}:{M} - {W}",
    "- {H}:{M}:{S} {W}",
    "- 04/03 {H}:{M} {W}",
    "- 4/3 {H}:{M} {W}",
    "- 2024-03-04 @ {H}:{M} {W}",
    "- {H}:{M} on 2024-03-04: {W}",
    "- {H}:{M} 04-Mar-2024 {W}",
    "- 04-Mar-2024 {H}:{M} {W}",
    "- {H}:{M}:{S}Z {W}",
    "- 2024-03-04 {H}:{M} UTC | {W}",
    "| {H}:{M} | {W} |",
    "{H}:{M} UTC – {W}",
    "- {h}:{M}a.m. {W}",
    "- {H}h{M} {W}",
    "- {H}:{M}-ish: {W}",
    "- Around {H}:{M}: {W}",
    "- By {H}:{M}, {W}",
    "- Shortly after {H}:{M}: {W}",
    "- Just before {H}:{M}: {W}",
    "- Approximately {H}:{M}: {W}",
    "- Approx. {H}:{M} - {W}",
    "- At around {H}:{M}, {W}",
    "- Circa {H}:{M}: {W}",
    "- About {H}:{M}: {W}",
    "- Sometime around {H}:{M}: {W}",
    "- Roughly {H}:{M}: {W}",
    "- c. {H}:{M} {W}",
    "- Until {H}:{M}: {W}",
    "- From {H}:{M}: {W}",
    "- After {H}:{M}: {W}",
    "- Before {H}:{M}: {W}",
    "- Starting {H}:{M}: {W}",
    "- @ {H}:{M} {W}",
    "- {H}:{M} UTC ({h}:{M} AM GMT): {W}",
    "- 4th March {H}:{M}: {W}",
    "- March 4th, {H}:{M}: {W}",
    "- Mar 4 {H}:{M}: {W}",
    "- 04 Mar {H}:{M}: {W}",
    "- 2024-03-04, {H}:{M}: {W}",
    "- Day 1, {H}:{M}: {W}",
    "- D1 {H}:{M}: {W}",
    "- {H}:{M} (D+0): {W}",
]
TIMES = (
    ("10", "05", "the alert fired"),
    ("10", "20", "rollback started"),
    ("10", "40", "service recovered"),
)
# A change of day after "22:10" and "23:40" on Monday 4 March: the last entry is on the 5th.
CASES = [
    "- 22:10 alert\n- 23:40 paged\n- 01:15 (+1) fixed",
    "- 22:10 alert\n- 23:40 paged\n- 01:15 (next day) fixed",
    "- 22:10 alert\n- 23:40 paged\n- 01:15 the following morning: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 5 March 01:15 fixed",
    "- 22:10 alert\n- 23:40 paged\n- 01:15 on the 5th: fixed",
    "- 22:10 alert\n- 23:40 paged\n- Tue 01:15 fixed",
    "- 22:10 alert\n- 23:40 paged\n\n### 5 March\n\n- 01:15 fixed",
    "- 22:10 alert\n- 23:40 paged\n\n**Tuesday**\n\n- 01:15 fixed",
    "- 22:10 alert\n- 23:40 paged\n- 01:15 fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 fixed",
    "- Mon 22:10 alert\n- Mon 23:40 paged\n- Tue 09:15 fixed",
    "- 22:10 alert\n- 23:40 paged\n- Next morning, 09:15: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 the next day: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 (Day 2) fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 on Tuesday: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 (Mar 5) fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15, 03/05: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 on 5/3: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 T+1: fixed",
    "- 22:10 alert\n- 23:40 paged\n- D+1 09:15: fixed",
    "- 22:10 alert\n- 23:40 paged\n- +1d 09:15: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 (Tue): fixed",
    "- 22:10 alert\n- 23:40 paged\n- 00:20 (Tuesday): fixed",
    "- 22:10 alert\n- 23:40 paged\n- 5th 09:15: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 the day after: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 09:15 next morning - fixed",
    "- 22:10 alert\n- 23:40 paged\n- (next day) 09:15 fixed",
    "- 22:10 alert\n- 23:40 paged\n- Tuesday morning 09:15: fixed",
    "- 22:10 alert\n- 23:40 paged\n- Tuesday, 09:15: fixed",
    "- 22:10 alert\n- 23:40 paged\n- Mar 5th, 09:15: fixed",
    "- 22:10 alert\n- 23:40 paged\n- 03-05 09:15: fixed",
]

# Header fields: the window's start and end, however the author names them.
FIELDS = [
    "Start: {S}\nEnd: {E}",
    "**Start time:** {S}\n**End time:** {E}",
    "Started at: {S}\nResolved at: {E}",
    "| Field | Value |\n|---|---|\n| Start | {S} |\n| End | {E} |",
    "- Impact start — {S}\n- Impact end — {E}",
    "Time started {S}\nTime resolved {E}",
    "Outage began: {S}\nOutage ended: {E}",
    "Incident start: {S}\nIncident resolved: {E}",
    "* **Began:** {S}\n* **Recovered:** {E}",
    "Start Time (UTC): {S}\nEnd Time (UTC): {E}",
    "Duration: {S} - {E}",
    "Window: {S} to {E}",
    "Impact: {S} → {E}",
    "When: {S} – {E}",
    "Date/Time: {S} - {E}",
    "Start of impact: {S}\nEnd of impact: {E}",
    "First error: {S}\nLast error: {E}",
    "Onset: {S}\nRecovered: {E}",
    "Started: {S}\nAll clear: {E}",
    "Inicio: {S}\nFin: {E}",
    "Beginn: {S}\nEnde: {E}",
    "Début : {S}\nFin : {E}",
]
# Status-page updates, newest first, in the layouts status pages and their copies use.
UPDATES = [
    ("Resolved", "This incident has been resolved.", "15:10"),
    ("Monitoring", "A fix has been implemented.", "14:40"),
    ("Investigating", "We are investigating errors.", "14:05"),
]
STATUS_LAYOUTS = [
    "**{s}** - {t}\nMar 4, {h} UTC\n",
    "{s}\n{t}\nPosted 2 days ago. Mar 04, 2024 - {h} UTC\n",
    "## {s}\n{t}\n\nPosted Mar 04, 2024 - {h} UTC\n",
    "Mar 4, {h} UTC — {s} — {t}\n",
    "{s} (Mar 4, {h} UTC): {t}\n",
    "**{s}** ({h} UTC): {t}\n",
    "{h} UTC - {s} - {t}\n",
    "### {s} — Mar 4, 2024 {h} UTC\n{t}\n",
    "**{s}**\n{t}\n*Mar 4, 2024 - {h} UTC*\n",
    "- **{s}** — {t} ({h} UTC)\n",
    "{s}: {t} — {h} UTC, Mar 4\n",
    "[{s}] {t} Mar 4 {h} UTC\n",
    "{s}\nMar 4, {h} UTC\n{t}\n",
    "Mar 4, {h} UTC\n{s}\n{t}\n",
    "**{s}**\n\nMar 4, 2024 - {h} UTC\n\n{t}\n",
    "**{s}** - {t} {h} UTC\n",
    "{s} - {t} ({h} UTC)\n",
]
# Timeline tables.
TABLES = [
    "| Date | Time | Event |\n|---|---|---|\n| 2024-03-04 | 10:05 | a |\n| 2024-03-04 | 10:20 | b |\n| 2024-03-04 | 10:40 | c |",  # noqa: E501 (a table written as one string)
    "| Time (UTC) | Time (PST) | Event |\n|---|---|---|\n| 10:05 | 02:05 | a |\n| 10:20 | 02:20 | b |\n| 10:40 | 02:40 | c |",  # noqa: E501 (a table written as one string)
    "| Timestamp | Description |\n|---|---|\n| 2024-03-04T10:05:00Z | a |\n| 2024-03-04T10:20:00Z | b |\n| 2024-03-04T10:40:00Z | c |",  # noqa: E501 (a table written as one string)
    "| When (UTC) | What |\n|:--|:--|\n| Mar 4, 10:05 | a |\n| Mar 4, 10:20 | b |\n| Mar 4, 10:40 | c |",  # noqa: E501 (a table written as one string)
    "| # | Time | Event |\n|---|---|---|\n| 1 | 10:05 | a |\n| 2 | 10:20 | b |\n| 3 | 10:40 | c |",
    "| Event | Time |\n|---|---|\n| a | 10:05 |\n| b | 10:20 |\n| c | 10:40 |",
    "| Time | Owner | Event |\n|---|---|---|\n| 10:05 AM | Ann | a |\n| 10:20 AM | Bob | b |\n| 10:40 AM | Ann | c |",  # noqa: E501 (a table written as one string)
    "Time | Event\n---|---\n10:05 | a\n10:20 | b\n10:40 | c",
    "| Start | End | Event |\n|---|---|---|\n| 10:05 | 10:15 | a |\n| 10:20 | 10:30 | b |\n| 10:40 | 10:45 | c |",  # noqa: E501 (a table written as one string)
    "| Date/Time | Event |\n|---|---|\n| 04/03/2024 10:05 | a |\n| 04/03/2024 10:20 | b |\n| 04/03/2024 10:40 | c |",  # noqa: E501 (a table written as one string)
    "| Time | Event |\n|---|---|\n| **10:05** | a |\n| **10:20** | b |\n| **10:40** | c |",
    "| Time | Event |\n|---|---|\n| `10:05` | a |\n| `10:20` | b |\n| `10:40` | c |",
    "| Time | Event |\n|---|---|\n| 10:05 UTC | a |\n| 10:20 UTC | b |\n| 10:40 UTC | c |",
    "| Time | Event |\n|---|---|\n| 10:05-10:15 | a |\n| 10:20 | b |\n| 10:40 | c |",
    "<table><tr><th>Time</th><th>Event</th></tr><tr><td>10:05</td><td>a</td></tr><tr><td>10:20</td><td>b</td></tr><tr><td>10:40</td><td>c</td></tr></table>",
]
# A length of 2 h 30 min, stated with a cue in many wordings.
LENGTH_CUES = [
    "The outage lasted {d}.",
    "Total downtime: {d}",
    "Users were affected for {d}.",
    "Impact duration: {d}",
    "The incident took {d} to resolve.",
    "It was down {d} in total.",
    "Duration - {d}",
    "**Duration:** {d}",
    "We were offline for {d}.",
    "Customers saw errors for {d}.",
    "The site was unreachable for {d}.",
    "After {d}, service was restored.",
    "A {d} outage.",
    "({d} of downtime)",
    "The disruption spanned {d}.",
]
LENGTHS = {
    "2 h 30 min": [
        "2.5 hours",
        "two and a half hours",
        "2h30m",
        "2h 30m",
        "150 minutes",
        "2 hours and 30 minutes",
        "2:30 hours",
        "2,5 hours",
        "two hours and thirty minutes",
        "2 hrs 30 mins",
        "~2.5h",
        "an hour and a half",
    ][:11],
}

# A zone declared for the whole document, in words and in other languages: its UTC offset.
DECLARATIONS = [
    ("All times are in Pacific.", -420),
    ("All times: Eastern", -240),
    ("(times in GMT+2)", 120),
    ("Timezone: America/New_York", -240),
    ("TZ=UTC", 0),
    ("Times shown in UTC.", 0),
    ("Times are UTC+1.", 60),
    ("All timestamps in CEST.", 120),
    ("Time zone: Central European Summer Time", 120),
    ("*All times in IST (UTC+5:30)*", 330),
    ("> Note: times are Pacific Daylight Time", -420),
    ("All times Sydney time.", 600),
    ("Times are local (Berlin).", 120),
    ("All times are in UTC unless noted.", 0),
    ("Times in this document are US Eastern.", -240),
    ("Timestamps: UTC", 0),
    ("(all times BST)", 60),
    ("Times listed are in PT.", -420),
    ("Horário de Brasília (UTC-3)", -180),
    ("Zeiten in MESZ.", 120),
    ("Heures en heure de Paris.", 120),
    ("Todas las horas en hora de Madrid.", 120),
    ("All times are in ET.", -240),
    ("All times are approximate and in UTC.", 0),
    ("Unless otherwise stated, times are UTC.", 0),
]


def _shapes() -> list[str]:
    """The shapes whose three entries are not read at 10:05, 10:20, 10:40 on 4 March."""
    missed = []
    for shape in SHAPES:
        lines = [
            shape.format(H=h24, M=m, h=str(int(h24) % 12 or 12), W=words, S="30")
            for h24, m, words in TIMES
        ]
        head = "| Time | Event |\n|---|---|\n" if shape.startswith("|") else ""
        timeline = timeline_from_text(TITLE + head + "\n".join(lines) + "\n", "shape.md")
        got = [e.local[:16] for e in timeline.events if e.source == "timeline" and e.clock]
        if got != [f"2024-03-04T{h24}:{m}" for h24, m, _ in TIMES]:
            missed.append(f"{shape!r}: {got}")
    return missed


def _days() -> list[str]:
    """The day changes whose last entry is not read on 5 March."""
    missed = []
    for body in CASES:
        timeline = timeline_from_text(TITLE + body + "\n", "days.md")
        got = [e.local[:10] for e in timeline.events if e.source == "timeline" and e.clock]
        if not got or got[0] != "2024-03-04" or got[-1] != "2024-03-05":
            missed.append(f"{body.splitlines()[-1]!r}: {got}")
    return missed


def _fields() -> list[str]:
    """Field layouts whose start is not read as the start and end as the end or resolution."""
    missed = []
    for layout in FIELDS:
        text = (
            "# Incident report\n\n"
            + layout.format(S="2024-03-04 14:05 UTC", E="2024-03-04 15:40 UTC")
            + "\n\n## Timeline (UTC)\n\n- 2024-03-04 14:05 errors begin\n"
            "- 2024-03-04 14:30 paged\n- 2024-03-04 15:40 service restored\n"
        )
        timeline = timeline_from_text(text, "fields.md")
        heads = [
            (e.local[11:16], e.phase) for e in timeline.events if e.source == "summary" and e.clock
        ]
        if ("14:05", "start") not in heads or not any(
            h == "15:40" and p in ("end", "resolution") for h, p in heads
        ):
            missed.append(f"{layout[:40]!r}: {heads}")
    return missed


def _status() -> list[str]:
    """Status-page layouts whose three updates are not read at their stamps."""
    missed = []
    for layout in STATUS_LAYOUTS:
        body = "\n".join(layout.format(s=s, t=t, h=h) for s, t, h in UPDATES)
        timeline = timeline_from_text("# Elevated errors\n\nMarch 4, 2024\n\n" + body, "s.md")
        got = [e.local[:16] for e in timeline.events if e.clock]
        if got != [f"2024-03-04T{h}" for _, _, h in UPDATES]:
            missed.append(f"{layout!r}: {got}")
    return missed


def _tables() -> list[str]:
    """Timeline tables whose rows are not read at 10:05, 10:20, 10:40 on 4 March."""
    missed = []
    for table in TABLES:
        text = "# Incident on Monday 4 March 2024 (UTC)\n\n## Timeline\n\n" + table + "\n"
        timeline = timeline_from_text(text, "t.md")
        got = [
            e.local[:16]
            for e in timeline.events
            if e.source == "timeline" and e.clock and e.part != "range-end"
        ]
        if got != ["2024-03-04T10:05", "2024-03-04T10:20", "2024-03-04T10:40"]:
            missed.append(f"{table[:50]!r}: {got}")
    return missed


def _lengths() -> tuple[int, list[str]]:
    """Wordings of 2 h 30 min not read as one stated length of 9,000 s."""
    missed, total = [], 0
    for cue in LENGTH_CUES:
        for length in LENGTHS["2 h 30 min"]:
            total += 1
            found = [
                d.seconds
                for d in timeline_from_text(
                    "# Outage on 4 March 2024\n\n" + cue.format(d=length) + "\n", "d.md"
                ).durations
            ]
            if found != [9000]:
                missed.append(f"{cue.format(d=length)!r}: {found}")
    return total, missed


def _declarations() -> list[str]:
    """Declarations whose zone is not given to the timeline's entries."""
    missed = []
    for declaration, offset in DECLARATIONS:
        text = (
            f"# Outage on 12 June 2024\n\n{declaration}\n\n## Timeline\n\n"
            "- 10:05 alert\n- 10:20 rollback\n- 10:40 recovered\n"
        )
        timeline = timeline_from_text(text, "z.md")
        got = [
            int(e.at.utcoffset().total_seconds() // 60) if e.at else None
            for e in timeline.events
            if e.source == "timeline"
        ]
        if got != [offset] * 3:
            missed.append(f"{declaration!r}: {got}")
    return missed


def main() -> None:
    shapes, days, fields, status, tables = _shapes(), _days(), _fields(), _status(), _tables()
    lengths_total, lengths = _lengths()
    declarations = _declarations()
    for miss in shapes + days + fields + status + tables + lengths + declarations:
        print("  missed", miss)
    print(f"timestamp shapes read right: {len(SHAPES) - len(shapes)}/{len(SHAPES)}")
    print(f"day changes read right: {len(CASES) - len(days)}/{len(CASES)}")
    print(f"window fields read right: {len(FIELDS) - len(fields)}/{len(FIELDS)}")
    print(
        f"status-page layouts read right: {len(STATUS_LAYOUTS) - len(status)}/{len(STATUS_LAYOUTS)}"
    )
    print(f"timeline tables read right: {len(TABLES) - len(tables)}/{len(TABLES)}")
    print(f"stated lengths read right: {lengths_total - len(lengths)}/{lengths_total}")
    print(
        f"zone declarations read right: {len(DECLARATIONS) - len(declarations)}/{len(DECLARATIONS)}"
    )


if __name__ == "__main__":
    main()
