"""`pmlint when` against other date parsers' own test suites, beside dateparser on the same cases.

Run: python bench/when_suites.py [--update] [--misses N]
Cases: tests/data/when_suites/<suite>.tsv (see bench/when_suites_extract.py for how they
were taken, and each file's header for the source and license).

What "right" means, for one value (a range's start, or its end):
- The expected value is as precise as the suite states it: a date (2014-09-04), a date and
  clock time to the minute or second (2014-09-04T10:30[:15]), or a clock time alone
  (T20:32:13); fractions of a second are never compared.
- Expected with an offset (the suite pinned an instant): the reading must be an instant, and
  equal to it in UTC at the expected precision; a clock time alone with an offset must match
  the wall clock and the offset.
- Expected without an offset (the suite's wall clock): the reading's wall clock must match
  every stated part (date, hour, minute, and second when stated); a zone the reading carries
  is not held against it. A reading less precise than the case (a date for a date-time, a
  year-less --MM-DD for a dated case) is wrong; a more precise one is cut to the case's.
A case is right when its start is right and, when the suite gives a range end, the end is
right too. dateparser has no ranges, so it gets range cases wrong; the "start" columns grade
starts alone, for both parsers.

pmlint reads each case with `read_expression(text, Options(reference=...))`, as
`pmlint when TEXT --reference REF` does; a reference with an offset (Duckling's) is also
given as --tz, as its suite resolves zone-less times in the reference's zone. dateparser runs
as `dateparser.parse(text, languages=["en"], settings={"RELATIVE_BASE": ref})` (the
reference's wall clock; 2000-01-01 where a suite gives none, which only absolute cases have).
Kinds: absolute = the text states the year it resolves to and no relative word; relative =
everything else (clock times alone, dates without a year, "yesterday", "in 2 hours").

--update writes each case's pmlint result into the `status` column (right/wrong), which
tests/test_when_suites.py guards.

Figures on 2026-12-01 (branch `when`, before the grammar rewrite; dateparser 1.5.0), the
"before" numbers of issue 11:

  suite       kind      cases  pmlint dateparser  pmlint start  dateparser start
  chrono      absolute     65   58.5%      60.0%         61.5%             64.6%
  chrono      relative    140   20.0%      37.1%         21.4%             37.1%
  ctparse     absolute    137   63.5%      67.9%         64.2%             68.6%
  ctparse     relative    273   32.6%      59.7%         34.8%             60.8%
  dateparser  absolute     30   60.0%     100.0%         60.0%            100.0%
  dateparser  relative     18   27.8%     100.0%         27.8%            100.0%
  duckling    absolute     43   23.3%      44.2%         34.9%             44.2%
  duckling    relative    220   23.6%      40.5%         26.4%             40.5%
  all         absolute    275   55.6%      65.8%         58.5%             67.3%
  all         relative    651   26.7%      49.5%         28.9%             49.9%

After the grammar (branch `grammar`, issue 11; pmlint's columns, dateparser's unchanged):

  suite       kind      cases  pmlint dateparser  pmlint start  dateparser start
  chrono      absolute     65   92.3%          -         93.8%                 -
  chrono      relative    140   55.7%          -         59.3%                 -
  ctparse     absolute    137   95.6%          -         95.6%                 -
  ctparse     relative    273   66.7%          -         68.9%                 -
  dateparser  absolute     30   96.7%          -         96.7%                 -
  dateparser  relative     18   83.3%          -         83.3%                 -
  duckling    absolute     43  100.0%          -        100.0%                 -
  duckling    relative    220   60.5%          -         62.7%                 -
  all         absolute    275   95.6%          -         96.0%                 -
  all         relative    651   62.7%          -         65.1%                 -

Session 58 (relative phrases in timeline/relative.py, clocks told from their hour, four
digits after a named month's day read as its clock; dateparser 1.5.0 beside it):

  suite       kind      cases  pmlint dateparser  pmlint start  dateparser start
  chrono      absolute     65   93.8%      60.0%         96.9%             64.6%
  chrono      relative    140   80.0%      37.1%         83.6%             37.1%
  ctparse     absolute    137   95.6%      67.9%         95.6%             68.6%
  ctparse     relative    273   76.6%      59.7%         78.8%             60.8%
  dateparser  absolute     30   96.7%     100.0%         96.7%            100.0%
  dateparser  relative     18   83.3%     100.0%         83.3%            100.0%
  duckling    absolute     43  100.0%      44.2%        100.0%             44.2%
  duckling    relative    220   74.1%      40.5%         76.4%             40.5%
  all         absolute    275   96.0%      65.8%         96.7%             67.3%
  all         relative    651   76.7%      49.5%         79.1%             49.9%
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "when_suites"
HEADER = ("text", "reference", "expected", "expected_end", "kind", "source", "status")


@dataclass(frozen=True)
class Case:
    suite: str
    text: str
    reference: str
    expected: str
    expected_end: str
    kind: str
    source: str
    status: str  # pmlint's result when --update last ran: right | wrong


@dataclass(frozen=True)
class Value:
    """A point in time as precise as it is known: any part may be missing."""

    date: str | None  # YYYY-MM-DD, or --MM-DD without a year
    clock: tuple[int, int, int | None] | None  # hour, minute, second
    offset: dt.timedelta | None


@dataclass(frozen=True)
class Outcome:
    right: bool
    start_right: bool
    start: Value | None
    end: Value | None


VALUE = re.compile(r"(?P<date>\d{4}-\d\d-\d\d|--\d\d-\d\d)?(?:T(?P<h>\d\d):(?P<m>\d\d)"
                   r"(?::(?P<s>\d\d)(?:\.\d+)?)?)?(?P<off>Z|[+-]\d\d:\d\d)?$")


def parse_value(text: str) -> Value | None:
    """A partial ISO string (2014-09-04, T20:32, --09-04T10:30, ...+02:00) as a Value."""
    m = VALUE.match(text or "")
    if not text or not m or not (m.group("date") or m.group("h")):
        return None
    clock = None
    if m.group("h"):
        clock = (int(m.group("h")), int(m.group("m")),
                 int(m.group("s")) if m.group("s") else None)
    offset = None
    if m.group("off"):
        off = m.group("off")
        offset = dt.timedelta(0) if off == "Z" else (
            (1 if off[0] == "+" else -1)
            * dt.timedelta(hours=int(off[1:3]), minutes=int(off[4:6])))
    return Value(m.group("date"), clock, offset)


def from_datetime(moment: dt.datetime | None) -> Value | None:
    if moment is None:
        return None
    offset = moment.utcoffset()
    return Value(moment.strftime("%Y-%m-%d"), (moment.hour, moment.minute, moment.second),
                 offset)


def matches(got: Value | None, want: Value) -> bool:
    """Whether `got` is `want` to the precision `want` states (see the module docstring)."""
    if got is None:
        return False
    if want.offset is not None and want.date is not None:
        if got.offset is None or got.date is None or got.clock is None or got.date[:2] == "--":
            return False
        return _utc(got, want) == _utc(want, want)
    if want.offset is not None and got.offset != want.offset:
        return False
    if want.date is not None and got.date != want.date:
        return False
    if want.clock is not None:
        if got.clock is None or got.clock[:2] != want.clock[:2]:
            return False
        if want.clock[2] is not None and (got.clock[2] or 0) != want.clock[2]:
            return False
    return True


def _utc(value: Value, precision: Value) -> dt.datetime:
    assert value.date is not None and value.clock is not None and value.offset is not None
    hour, minute, second = value.clock
    keep_seconds = precision.clock is not None and precision.clock[2] is not None
    moment = dt.datetime.fromisoformat(value.date).replace(
        hour=hour, minute=minute, second=(second or 0) if keep_seconds else 0)
    return moment - value.offset


def grade(case: Case, start: Value | None, end: Value | None) -> Outcome:
    want_start = parse_value(case.expected)
    want_end = parse_value(case.expected_end)
    assert want_start is not None, case
    start_right = matches(start, want_start)
    end_right = want_end is None or matches(end, want_end)
    return Outcome(start_right and end_right, start_right, start, end)


# --- the two readers ------------------------------------------------------------------------

def reference_of(case: Case) -> dt.datetime | None:
    return dt.datetime.fromisoformat(case.reference) if case.reference else None


def pmlint_reader() -> Callable[[Case], tuple[Value | None, Value | None]]:
    from pmlint.timeline.normalise import Options
    from pmlint.timeline.when import read_expression
    from pmlint.timeline.zones import parse_zone_option

    def event_value(event: object) -> Value | None:
        local = getattr(event, "local", "") or ""
        at = getattr(event, "at", None)
        value = parse_value(local)
        if value is None:
            return None
        return replace(value, offset=at.utcoffset() if at is not None else None)

    def read(case: Case) -> tuple[Value | None, Value | None]:
        reference = reference_of(case)
        zone = None
        if reference is not None and reference.tzinfo is not None:
            zone = parse_zone_option(reference.isoformat()[-6:])
        try:
            reading = read_expression(case.text, Options(default_zone=zone,
                                                         reference=reference))
        except Exception as error:  # the bench counts a crash as a miss and goes on
            print(f"  CRASH {case.suite} {case.text!r}: {error!r}", file=sys.stderr)
            return None, None
        if reading is None:
            return None, None
        return event_value(reading.start), (
            event_value(reading.end) if reading.end is not None else None)

    return read


def dateparser_reader() -> Callable[[Case], tuple[Value | None, Value | None]] | None:
    try:
        import dateparser
    except ImportError:
        return None
    warnings.filterwarnings("ignore")

    def read(case: Case) -> tuple[Value | None, Value | None]:
        reference = reference_of(case) or dt.datetime(2000, 1, 1)
        base = reference.replace(tzinfo=None)
        try:
            got = dateparser.parse(case.text, languages=["en"],
                                   settings={"RELATIVE_BASE": base})
        except Exception:  # dateparser raising is a miss, not the bench's failure
            got = None
        value = from_datetime(got)
        if value is not None and got is not None and got.tzinfo is None:
            value = replace(value, offset=None)
        return value, None

    return read


# --- cases and report ---------------------------------------------------------------------

def load_cases(data: Path = DATA) -> list[Case]:
    cases = []
    for path in sorted(data.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("text\t"):
                continue
            cells = line.split("\t")
            cells += [""] * (len(HEADER) - len(cells))
            cases.append(Case(path.stem, *cells[:len(HEADER)]))
    return cases


def write_status(cases: list[Case], outcomes: dict[int, Outcome]) -> None:
    """Rewrite the status column of every data file from today's pmlint outcomes."""
    status = {(c.suite, c.text, c.reference): "right" if outcomes[i].right else "wrong"
              for i, c in enumerate(cases)}
    for path in sorted(DATA.glob("*.tsv")):
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("text\t"):
                out.append(line)
                continue
            cells = line.split("\t")
            cells += [""] * (len(HEADER) - len(cells))
            cells[6] = status[(path.stem, cells[0], cells[1])]
            out.append("\t".join(cells[:len(HEADER)]))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
DAYS = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"


def shape(text: str) -> str:
    """A case's form with its particulars blurred: "Sep 03 2014 | 4:32 pm EDT" ->
    "MON 9 9 | 9:9 AP TZ", so misses group into classes of writing."""
    out = text.lower()
    out = re.sub(rf"\b({MONTHS})[a-z]*\b\.?", "MON", out)
    out = re.sub(rf"\b({DAYS})[a-z]*\b\.?", "DOW", out)
    out = re.sub(r"\b(utc|gmt|[a-z]{1,3}[sd]t|[ecmp]t|cet|cest|bst|ist|jst)\b", "TZ", out)
    out = re.sub(r"(?<=\d)\s*([ap])\.?\s?m\b\.?|\b([ap])\.?m\b\.?", " AP", out)
    out = re.sub(r"\d+", "9", out)
    out = re.sub(r"(st|nd|rd|th)\b", "", out)
    return re.sub(r"\s+", " ", out).strip()


def reason(case: Case, outcome: Outcome) -> str:
    want = parse_value(case.expected)
    assert want is not None
    got = outcome.start
    if got is None:
        return "no reading"
    if not outcome.start_right:
        if want.offset is not None and got.offset is None:
            return "no zone/offset read"
        if want.date is not None and (got.date is None or got.date.startswith("--")):
            return "date not read (time only, or no year)"
        if want.date is not None and got.date != want.date:
            return "wrong date"
        if want.clock is not None and got.clock is None:
            return "clock not read"
        if want.offset is not None and got.offset != want.offset:
            return "wrong zone/offset"
        return "wrong clock"
    if outcome.end is None:
        return "range end not read"
    return "wrong range end"


def rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(cases: list[Case], pm: dict[int, Outcome], dp: dict[int, Outcome] | None,
           misses: int) -> None:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, case in enumerate(cases):
        groups[(case.suite, case.kind)].append(i)
        groups[("all", case.kind)].append(i)
    print(f"{'suite':<11} {'kind':<9} {'cases':>5} {'pmlint':>7} {'dateparser':>10} "
          f"{'pmlint start':>13} {'dateparser start':>17}")
    for (suite, kind) in sorted(groups, key=lambda k: (k[0] == "all", k)):
        idx = groups[(suite, kind)]
        dp_right = rate(sum(dp[i].right for i in idx), len(idx)) if dp else "    -"
        dp_start = rate(sum(dp[i].start_right for i in idx), len(idx)) if dp else "    -"
        pm_right = rate(sum(pm[i].right for i in idx), len(idx))
        pm_start = rate(sum(pm[i].start_right for i in idx), len(idx))
        print(f"{suite:<11} {kind:<9} {len(idx):>5} {pm_right:>7} {dp_right:>10} "
              f"{pm_start:>13} {dp_start:>17}")
    if dp is None:
        print("(dateparser is not installed: pip install -e '.[bench]')")
    wrong = [i for i in range(len(cases)) if not pm[i].right]
    print(f"\npmlint misses: {len(wrong)}, by reason")
    for why, count in Counter(reason(cases[i], pm[i]) for i in wrong).most_common():
        print(f"  {count:>4}  {why}")
    print("\npmlint misses by shape (absolute first), with an example and what pmlint read")
    by_shape: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in wrong:
        by_shape[(cases[i].kind, shape(cases[i].text))].append(i)
    ordered = sorted(by_shape.items(), key=lambda kv: (kv[0][0] != "absolute", -len(kv[1]),
                                                       kv[0][1]))
    for (kind, form), idx in ordered[:misses]:
        case = cases[idx[0]]
        got = pm[idx[0]].start
        want = case.expected + (f" to {case.expected_end}" if case.expected_end else "")
        print(f"  {len(idx):>3} {kind:<8} {form!r:<40} e.g. {case.text!r} -> "
              f"{_show(got)} (want {want}; {reason(case, pm[idx[0]])}) "
              f"[{case.suite} {case.source}]")
    if len(ordered) > misses:
        print(f"  ... {len(ordered) - misses} more shapes (--misses N)")


def _show(value: Value | None) -> str:
    if value is None:
        return "nothing"
    out = value.date or ""
    if value.clock is not None:
        out += f"T{value.clock[0]:02d}:{value.clock[1]:02d}"
        if value.clock[2] is not None:
            out += f":{value.clock[2]:02d}"
    if value.offset is not None:
        minutes = int(value.offset.total_seconds() // 60)
        out += f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return out


def run_pmlint(cases: list[Case]) -> dict[int, Outcome]:
    read = pmlint_reader()
    return {i: grade(c, *read(c)) for i, c in enumerate(cases)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="write pmlint's results into the status column")
    parser.add_argument("--misses", type=int, default=60, help="shapes of misses to list")
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args()
    cases = load_cases()
    pm = run_pmlint(cases)
    reader = None if args.no_dateparser else dateparser_reader()
    dp = {i: grade(c, *reader(c)) for i, c in enumerate(cases)} if reader else None
    report(cases, pm, dp, args.misses)
    if args.update:
        write_status(cases, pm)
        print(f"\nstatus written to {DATA.relative_to(ROOT)}/*.tsv")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    from tree import use_working_tree

    use_working_tree()
    main()
