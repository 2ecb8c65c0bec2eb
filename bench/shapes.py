"""How many ways of writing a timeline entry's time, and a change of day, pmlint reads.

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
    "- 2024-03-04T{H}:{M}:00Z {W}", "- [{H}:{M}] {W}", "- {H}:{M}h {W}", "- {H}.{M} Uhr: {W}",
    "- {H}h{M} : {W}", "- {h}:{M} a.m. — {W}", "- {h}:{M}am: {W}", "- 4 Mar, {H}:{M}: {W}",
    "- Mar 4th @ {H}:{M} UTC - {W}", "- 2024/03/04 {H}:{M} {W}", "- 20240304 {H}:{M} {W}",
    "- 04.03.2024, {H}:{M} {W}", "**{H}:{M}** {W}", "`{H}:{M}` {W}", "- {H}:{M} UTC+0 {W}",
    "- {H}:{M} (UTC) {W}", "At {H}:{M}, the {W}.", "- ~{H}:{M} {W}", "- {H}:{M}ish {W}",
    "- March 4, 2024, {h}:{M} a.m. UTC: {W}", "- Monday {H}:{M} – {W}",
    "- Mon 04 Mar {H}:{M}:00 UTC 2024 {W}", "- 2024-03-04 {H}:{M}:00,123 {W}",
    "- {H}:{M}:00 +0000 {W}", "- {H}{M}Z {W}", "- {H}:{M} hrs {W}", "- {H}:{M} hours: {W}",
    "- @{H}:{M} {W}", "- {H}:{M} → {W}", "- {H}:{M} — {W}", "- ({H}:{M}) {W}",
    "- {H}:{M} local time: {W}", "- {H}:{M} (approx.) {W}", "{H}:{M} {W}",
    "* {H}:{M}: {W}", "1. {H}:{M} - {W}", "- {H}:{M}:{S} {W}", "- 04/03 {H}:{M} {W}",
    "- 4/3 {H}:{M} {W}", "- 2024-03-04 @ {H}:{M} {W}", "- {H}:{M} on 2024-03-04: {W}",
    "- {H}:{M} 04-Mar-2024 {W}", "- 04-Mar-2024 {H}:{M} {W}", "- {H}:{M}:{S}Z {W}",
    "- 2024-03-04 {H}:{M} UTC | {W}", "| {H}:{M} | {W} |", "{H}:{M} UTC – {W}",
    "- {h}:{M}a.m. {W}", "- {H}h{M} {W}", "- {H}:{M}-ish: {W}", "- Around {H}:{M}: {W}",
    "- By {H}:{M}, {W}", "- Shortly after {H}:{M}: {W}",
    "- Just before {H}:{M}: {W}", "- Approximately {H}:{M}: {W}", "- Approx. {H}:{M} - {W}",
    "- At around {H}:{M}, {W}", "- Circa {H}:{M}: {W}", "- About {H}:{M}: {W}",
    "- Sometime around {H}:{M}: {W}", "- Roughly {H}:{M}: {W}", "- c. {H}:{M} {W}",
    "- Until {H}:{M}: {W}", "- From {H}:{M}: {W}", "- After {H}:{M}: {W}",
    "- Before {H}:{M}: {W}", "- Starting {H}:{M}: {W}", "- @ {H}:{M} {W}",
    "- {H}:{M} UTC ({h}:{M} AM GMT): {W}", "- 4th March {H}:{M}: {W}", "- March 4th, {H}:{M}: {W}",
    "- Mar 4 {H}:{M}: {W}", "- 04 Mar {H}:{M}: {W}", "- 2024-03-04, {H}:{M}: {W}",
    "- Day 1, {H}:{M}: {W}", "- D1 {H}:{M}: {W}", "- {H}:{M} (D+0): {W}",
]
TIMES = (("10", "05", "the alert fired"), ("10", "20", "rollback started"),
         ("10", "40", "service recovered"))
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


def _shapes() -> list[str]:
    """The shapes whose three entries are not read at 10:05, 10:20, 10:40 on 4 March."""
    missed = []
    for shape in SHAPES:
        lines = [shape.format(H=h24, M=m, h=str(int(h24) % 12 or 12), W=words, S="30")
                 for h24, m, words in TIMES]
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


def main() -> None:
    shapes, days = _shapes(), _days()
    for miss in shapes + days:
        print("  missed", miss)
    print(f"timestamp shapes read right: {len(SHAPES) - len(shapes)}/{len(SHAPES)}")
    print(f"day changes read right: {len(CASES) - len(days)}/{len(CASES)}")


if __name__ == "__main__":
    main()
