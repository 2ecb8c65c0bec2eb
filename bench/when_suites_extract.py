"""Extract English test cases from other date parsers' own test suites into
tests/data/when_suites/<parser>.tsv, so `pmlint when` is measured on what other people thought
worth testing rather than on our own forms.

Run: python bench/when_suites_extract.py MIRRORS_DIR
MIRRORS_DIR holds checkouts of the four suites (git worktrees or exported trees), named
`dateparser/`, `chrono/`, `duckling/`, `ctparse/`. Each case keeps its suite's reference
instant and expected value, as precise as the suite states it; cases a postmortem would not
contain (holidays, recurring times, seasons, months or years alone, non-English) are dropped.
The files are then reviewed by hand; bench/when_suites.py --update fills the `status` column.

Sources and licenses (each file's header repeats them):
- scrapinghub/dateparser, tests/test_date_parser.py, tests/test_freshness_date_parser.py,
  BSD-3-Clause
- wanasit/chrono, test/en/*.test.ts, MIT
- facebook/duckling, Duckling/Time/EN/Corpus.hs, BSD (3-clause)
- comtravo/ctparse, ctparse/time/corpus.py, ctparse/time/auto_corpus.py, MIT
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "when_suites"

# Cases a postmortem would not hold: festivals, recurrences, vague periods.
NOT_POSTMORTEM = re.compile(
    r"\b(every|each|season|summer|winter|spring|autumn|fall|quarter|decade|century|weekend|"
    r"christmas|xmas|thanksgiving|easter|halloween|valentine|new year|eve|holiday|ides|"
    r"lunch|brunch|dinner|breakfast|tonight|morning|afternoon|evening|night|midday|"
    r"week|month|year|till date|eod|eom|eoy|"
    r"fortnight|bday|birthday|day of|end of|beginning of|start of|first|second|third|"
    r"fourth|last \w+ of|rest of|late|early|mid|sometime|upcoming|couple|few|half|weeks|"
    r"months|years|timer|for \d+|next \d+|last \d+|within|closest|mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|saturdays|sundays|hence|pair|quarters?|gegen|nacht|dez|"
    r"ende|des|monats|okt|ungefähr)\b|\d/\d\s?h|'|^[+-]|\d BE\b|"
    r"^(a|an|\d+)\s?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)$",
    re.IGNORECASE)
GERMAN = re.compile(
    r"[äöüß]|\b(uhr|um|am|bis|ab|vom|von|zum|zur|morgen|heute|gestern|jetzt|nächste|"
    r"naechste|nach|abend|mittag|früh|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|januar|februar|märz|mai|juni|juli|oktober|"
    r"dezember|ca|und|der|die|das|den|dem|im|tag|tage|woche|wochen|stunden|minuten|"
    r"uebermorgen|übermorgen|vormittag|nachmittag|zwischen|spätestens|abends|morgens|"
    r"ankunft|abfahrt|rückfahrt|hinfahrt|zurück|wieder|fahrt|flug|hin|rück)\b",
    re.IGNORECASE)
ZONED = re.compile(
    r"(\b(UTC|GMT|Z|[ECMP][SD]T|[ECMP]T|CET|CEST|BST|IST|JST|AEST|AEDT|HKT|SGT|NZST|"
    r"NZDT|AKST|AKDT|HST|MSK|EET|EEST|WET|WEST|PDT|PST)\b|[+-]\d\d:?\d\d\b|\d[+-]\d\d\b|"
    r"\dZ\b)", re.IGNORECASE)
RELATIVE_WORDS = re.compile(
    r"\b(ago|in|within|after|before|later|next|last|this|past|coming|today|tomorrow|"
    r"yesterday|tonight|now|from now|since|prior)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Case:
    text: str
    reference: str  # ISO, the suite's "now"; "" when the suite has none
    expected: str  # partial ISO: 2014-09-04, 2014-09-04T10:30, T20:32:13, with offset if any
    expected_end: str  # the same for a range's end, else ""
    source: str  # file:line

    @property
    def kind(self) -> str:
        return kind_of(self.text, self.expected)


def kind_of(text: str, expected: str) -> str:
    """absolute: the text states the year it resolves to and no relative word; else relative."""
    m = re.match(r"(\d{4})-\d\d-\d\d", expected)
    if not m or RELATIVE_WORDS.search(text):
        return "relative"
    year = m.group(1)
    short = rf"(?<![\d:]){year[2:]}(?![\d:])"
    if year in text or (re.search(short, text) and (
            MONTH_NAME.search(text) or re.search(r"\d[-/.]\d", text))):
        return "absolute"
    return "relative"


def iso(moment: dt.datetime, precision: str, offset: dt.timedelta | None = None) -> str:
    """A partial ISO string: day, minute or second precision, with the offset if known."""
    text = {"day": "%Y-%m-%d", "minute": "%Y-%m-%dT%H:%M",
            "second": "%Y-%m-%dT%H:%M:%S"}[precision]
    out = moment.strftime(text)
    if offset is not None and precision != "day":
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        out += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return out


MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b",
                        re.IGNORECASE)
CLOCK_WRITTEN = re.compile(r"\d:\d\d|\d\s?[ap]\.?m\b|\s\d{1,2}\.\d\d$", re.IGNORECASE)


def keep(text: str) -> bool:
    return not NOT_POSTMORTEM.search(text) and not GERMAN.search(text) and text.isascii()


def consistent(text: str, expected: str) -> bool:
    """Drop what the suite states less precisely than the text (a month for "Sept 2012", a
    day for "02.06.17 19.30") and what holds no word and no date ("14", "2.")."""
    if not re.match(r"(19|2[01])\d\d-\d\d-\d\d|T\d\d", expected):
        return False  # years pmlint is not meant for (88 CE), or no value
    for a, b in re.findall(r"(?<![\d.:/-])(\d{1,2})[-/.](\d{1,2})(?=[-/.]\d|\b(?![:.]\d))",
                           text):
        if 1 <= int(a) <= 12 and 1 <= int(b) <= 12 and a != b:
            return False  # 6/9/22: which is the day is a locale convention, not the text's
    m = re.match(r"(?:\d{4}|-)-(\d\d)-(\d\d)", expected)
    dated = MONTH_NAME.search(text) or re.search(r"\d[-/.]\d", text)
    if m and dated and not re.search(r"\d", MONTH_NAME.sub("", text)):
        return False  # a month name alone ("March")
    if m and dated and m.group(2) == "01" and not re.search(r"(?<![\d:])0?1(st)?\b|first", text,
                                                  re.IGNORECASE):
        return False  # a month alone, with the day the suite filled in
    if m and "T" not in expected and CLOCK_WRITTEN.search(text):
        return False
    return bool(re.search(r"[A-Za-z]|\d:\d|\d[-/.]\d+[-/.]\d", text))


# --- dateparser ---------------------------------------------------------------------------

DP_ZONES = {"EDT": -4, "PDT": -7, "CDT": -5, "UTC": 0, "GMT": 0}


def _dt_call(node: ast.AST) -> dt.datetime | None:
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "datetime" and all(
            isinstance(a, ast.Constant) for a in node.args):
        return dt.datetime(*[a.value for a in node.args])  # type: ignore[misc]
    return None


def _precision(moment: dt.datetime, text: str) -> str:
    if moment.second or moment.microsecond:
        return "second"
    if moment.hour or moment.minute or re.search(r"\d:\d|noon|midnight|\d\s*[ap]\.?m", text,
                                                 re.IGNORECASE):
        return "minute"
    return "day"


def dateparser_cases(repo: Path) -> Iterator[Case]:
    """Default-settings English cases and the zone cases of tests/test_date_parser.py."""
    path = repo / "tests" / "test_date_parser.py"
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    rel = "tests/test_date_parser.py"
    wanted = {
        "test_dates_parsing": ("2012-11-13T00:00", None),
        "test_parsing_with_time_zones_and_converting_to_UTC": ("", "UTC"),
        "test_dateparser_should_return_tzaware_date_when_tz_info_present_in_date_string":
            ("", "given"),
        "test_parsing_with_utc_offsets": ("", "UTC"),
        "test_dates_without_preference": ("2015-02-15T15:30", None),
    }
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or fn.name not in wanted:
            continue
        reference, zone = wanted[fn.name]
        english = fn.name != "test_dates_parsing"
        for deco in fn.decorator_list:
            if not isinstance(deco, ast.Call) or not deco.args:
                continue
            params = deco.args[0]
            if not isinstance(params, ast.List):
                continue
            for call in params.elts:
                if not isinstance(call, ast.Call):
                    continue
                comment = _comment_before(source, call.lineno)
                if comment is not None:
                    english = comment.lower().startswith("english")
                if not english:
                    continue
                args = call.args
                if not args or not isinstance(args[0], ast.Constant):
                    continue
                text = str(args[0].value).strip()
                moment = _dt_call(args[-1])
                if moment is None or not keep(text):
                    continue
                offset = None
                if zone == "UTC":
                    offset = dt.timedelta(0)
                elif zone == "given" and isinstance(args[1], ast.Constant):
                    name = str(args[1].value)
                    m = re.fullmatch(r"([+-])(\d\d):(\d\d)", name)
                    if m:
                        offset = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
                        offset = -offset if m.group(1) == "-" else offset
                    elif name in DP_ZONES:
                        offset = dt.timedelta(hours=DP_ZONES[name])
                prec = _precision(moment, text)
                yield Case(text, reference, iso(moment, prec, offset), "",
                           f"{rel}:{call.lineno}")
    yield from _freshness(repo)


def _comment_before(source: str, lineno: int) -> str | None:
    line = source.split("\n")[lineno - 2].strip()
    return line[1:].strip() if line.startswith("#") else None


def _freshness(repo: Path) -> Iterator[Case]:
    """"2 hours ago", "yesterday" and the like, against the suite's now (2014-09-01 10:30)."""
    rel = "tests/test_freshness_date_parser.py"
    source = (repo / rel).read_text(encoding="utf-8")
    now = dt.datetime(2014, 9, 1, 10, 30)
    english = False
    seen: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "param"):
            continue
        comment = _comment_before(source, node.lineno)
        if comment is not None:
            english = comment.lower().startswith("english")
        if not english or not node.args or not isinstance(node.args[0], ast.Constant):
            continue
        text = str(node.args[0].value)
        keywords = {k.arg: k.value for k in node.keywords}
        sign = -1 if "ago" in keywords else 1 if "in_future" in keywords else 0
        delta_node = keywords.get("ago") or keywords.get("in_future")
        if not sign or not isinstance(delta_node, ast.Dict) or text in seen:
            continue
        try:
            delta = {ast.literal_eval(k): ast.literal_eval(v)  # type: ignore[arg-type]
                     for k, v in zip(delta_node.keys, delta_node.values, strict=True)}
        except ValueError:
            continue
        if not set(delta) <= {"days", "hours", "minutes", "seconds", "weeks"}:
            continue
        if not re.search(r"\b(ago|in|yesterday|today|tomorrow|now|later|from now)\b", text) \
                or not keep(text.replace("ago", "")):
            continue
        seen.add(text)
        moment = now + sign * dt.timedelta(**delta)
        prec = "day" if set(delta) <= {"days", "weeks"} else (
            "second" if "seconds" in delta else "minute")
        yield Case(text, now.isoformat(timespec="minutes"), iso(moment, prec), "",
                   f"{rel}:{node.lineno}")


# --- chrono -------------------------------------------------------------------------------

def _js_eval(expr: str, names: dict[str, int]) -> int | None:
    expr = expr.strip()
    for name, value in names.items():
        expr = expr.replace(name, str(value))
    if not re.fullmatch(r"[\d\s+\-*()]+", expr):
        return None
    return int(eval(expr))  # only digits and arithmetic, checked above


def _new_date(expr: str, names: dict[str, int]) -> dt.datetime | None:
    m = re.fullmatch(r"\s*new Date\((.*)\)\s*", expr, re.DOTALL)
    if not m:
        return None
    inner = m.group(1).strip()
    if inner.startswith('"') or inner.startswith("'"):
        try:
            moment = dt.datetime.fromisoformat(inner.strip("\"'").replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment
    parts = [_js_eval(p, names) for p in _split_args(inner)]
    if not parts or any(p is None for p in parts):
        return None
    nums = [int(p) for p in parts if p is not None]
    if len(nums) < 2:
        return None
    nums[1] += 1  # JavaScript months count from 0
    while len(nums) < 3:
        nums.append(1)
    try:
        return dt.datetime(*nums[:6])  # type: ignore[misc]
    except ValueError:
        return None


def _split_args(text: str) -> list[str]:
    out, depth, current = [], 0, ""
    in_string: str | None = None
    for ch in text:
        if in_string:
            current += ch
            if ch == in_string:
                in_string = None
            continue
        if ch in "\"'`":
            in_string = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    if current.strip():
        out.append(current)
    return out


def _call_extent(source: str, start: int) -> int:
    depth = 0
    in_string: str | None = None
    i = start
    while i < len(source):
        ch = source[i]
        if in_string:
            if ch == "\\":
                i += 2
                continue
            if ch == in_string:
                in_string = None
        elif ch in "\"'`":
            in_string = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(source)


MONTHS = {name: i for i, name in enumerate(
    ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
     "OCTOBER", "NOVEMBER", "DECEMBER"), start=1)}
CLOCKISH = re.compile(r"\d:\d|\d\s*[ap]\.?m\b|noon|midnight|o'?clock|\bat \d|\d\s*h\b|"
                      r"hour|minute|min\b|mins\b|sec|now", re.IGNORECASE)


def chrono_cases(repo: Path) -> Iterator[Case]:
    """testSingleCase(chrono, "text", ref, ...) calls whose expectations pin a value."""
    for path in sorted((repo / "test" / "en").glob("*.test.ts")):
        if "negative" in path.name or "performance" in path.name:
            continue
        source = path.read_text(encoding="utf-8")
        names = {f"Month.{k}": v - 1 for k, v in MONTHS.items()}
        variables = {m.group(1): m.group(2) for m in re.finditer(
            r"const (\w+) = (new Date\([^)]*\))", source)}
        for m in re.finditer(r"testSingleCase\(", source):
            end = _call_extent(source, m.end() - 1)
            args = _split_args(source[m.end():end])
            if len(args) < 3:
                continue
            obj, text_arg = args[0].strip(), args[1].strip()
            if obj not in ("chrono", "chrono.casual", "chrono.en", "chrono.en.casual",
                           "chrono.strict", "chrono.en.strict") or text_arg[:1] not in "\"'":
                continue
            text = text_arg[1:-1].strip()
            ref_arg = args[2].strip() if len(args) > 3 else ""
            ref_arg = variables.get(ref_arg, ref_arg)
            reference = _new_date(ref_arg, names) if ref_arg else None
            if ref_arg and reference is None:
                continue
            body = args[-1]
            line = source.count("\n", 0, m.start()) + 1
            case = _chrono_case(text, reference, body, names)
            if case and keep(text) and "\\" not in text:
                yield Case(text, reference.isoformat(timespec="minutes") if reference else "",
                           case[0], case[1], f"test/en/{path.name}:{line}")


def _chrono_case(text: str, reference: dt.datetime | None, body: str,
                 names: dict[str, int]) -> tuple[str, str] | None:
    def side(which: str) -> str | None:
        fields: dict[str, int] = {}
        for m in re.finditer(rf'result\.{which}\.get\("(\w+)"\)\)\.toBe\(([^()]*(?:\([^()]*\))?'
                             r'[^()]*)\)', body):
            value = _js_eval(m.group(2), names)
            if value is not None:
                fields[m.group(1)] = value
        date_m = re.search(rf"expect\(result{'.' + which if which == 'end' else '(?:.start)?'}"
                           r"\)\.toBeDate\((new Date\([^)]*\))\)", body)
        moment = _new_date(date_m.group(1), names) if date_m else None
        zoned = "timezoneOffset" in fields
        if ZONED.search(text) and not zoned:
            return None  # the suite's wall clock is the test machine's: unknown here
        if moment is not None and not zoned:
            prec = "minute" if CLOCKISH.search(text) else "day"
            if moment.second and prec == "minute":
                prec = "second"
            return iso(moment, prec)
        if {"year", "month", "day"} <= set(fields):
            try:
                moment = dt.datetime(fields["year"], fields["month"], fields["day"],
                                     fields.get("hour", 0), fields.get("minute", 0),
                                     fields.get("second", 0))
            except ValueError:
                return None
            prec = "second" if "second" in fields else "minute" if "hour" in fields else "day"
            offset = dt.timedelta(minutes=fields["timezoneOffset"]) if zoned else None
            return iso(moment, prec, offset)
        if "hour" in fields and not ({"year", "month", "day"} & set(fields)):
            out = f"T{fields['hour']:02d}:{fields.get('minute', 0):02d}"
            if "second" in fields:
                out += f":{fields['second']:02d}"
            if zoned:
                minutes = fields["timezoneOffset"]
                sign = "+" if minutes >= 0 else "-"
                out += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
            return out
        return None

    start = side("start")
    if start is None:
        return None
    return start, (side("end") or "") if "result.end" in body else ""


# --- Duckling -----------------------------------------------------------------------------

DK_REF = "2013-02-12T04:30-02:00"
DK_GRAIN = {"Second": "second", "Minute": "minute", "Hour": "minute", "Day": "day"}
DK_ONE = {"Second": dt.timedelta(seconds=1), "Minute": dt.timedelta(minutes=1),
          "Hour": dt.timedelta(hours=1), "Day": dt.timedelta(days=1)}


def duckling_cases(repo: Path) -> Iterator[Case]:
    """`examples (datetime ...)` and `(datetimeInterval ...)` blocks of the default corpus
    (reference Tuesday 2013-02-12 04:30 at UTC-2). Interval ends are exclusive in Duckling:
    one grain is taken off to give the inclusive end a postmortem writes."""
    rel = "Duckling/Time/EN/Corpus.hs"
    source = (repo / rel).read_text(encoding="utf-8")
    stop = source.index("negativeCorpus ::")
    body = source[:stop] + source[source.index("allExamples ::"):]
    pattern = re.compile(
        r"examples \((datetime|datetimeInterval) \(?(\([\d, ]+\))(?:, ?(\([\d, ]+\)))?\)? "
        r"(\w+)\)\s*\[(.*?)\]", re.DOTALL)
    offset = dt.timedelta(hours=-2)
    for m in pattern.finditer(body):
        kind, start_t, end_t, grain = m.group(1), m.group(2), m.group(3), m.group(4)
        if grain not in DK_GRAIN:
            continue
        start = dt.datetime(*_numbers(start_t))
        end = dt.datetime(*_numbers(end_t)) - DK_ONE[grain] if end_t else None
        if kind == "datetimeInterval" and end is None:
            continue
        line = source.count("\n", 0, m.start()) + 1
        for text in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(5)):
            if not keep(text) or (kind == "datetimeInterval" and not re.search(r"\d", text)):
                continue
            zone = offset if ZONED.search(text) else None
            prec = DK_GRAIN[grain]
            if grain == "Hour" and (re.search(r"\bdays?\b", text) or not (
                    CLOCKISH.search(text) or re.search(r"\d", text))):
                prec = "day"  # "in 7 days": Duckling's hour grain, but no clock was written
            yield Case(text, DK_REF, iso(start, prec, zone),
                       iso(end, prec, zone) if end else "", f"{rel}:{line}")


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


# --- ctparse ------------------------------------------------------------------------------

CT_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (X|\d\d):(X|\d\d) \((X)/(X)\)")


def ctparse_cases(repo: Path) -> Iterator[Case]:
    """Time[]{...} and Interval[]{... - ...} entries of the hand and the automatic corpus;
    part-of-day values ("X/morning") and open intervals are dropped."""
    for rel in ("ctparse/time/corpus.py", "ctparse/time/auto_corpus.py"):
        source = (repo / rel).read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Tuple | ast.List) or len(node.elts) != 3:
                continue
            try:
                value, reference, texts = (ast.literal_eval(e) for e in node.elts)
            except ValueError:
                continue
            if not isinstance(value, str) or not isinstance(texts, list):
                continue
            found = CT_VALUE.findall(value)
            wanted = 2 if value.startswith("Interval") else 1
            if len(found) != wanted or "None" in value:
                continue
            values = [_ct_iso(f) for f in found]
            for text in dict.fromkeys(texts):
                if keep(text) and re.search(r"\d|[a-z]", text, re.IGNORECASE):
                    yield Case(text, reference, values[0], values[1] if wanted == 2 else "",
                               f"{rel}:{node.lineno}")


def _ct_iso(found: tuple[str, ...]) -> str:
    year, month, day, hour, minute = found[:5]
    out = f"{year}-{month}-{day}"
    if hour != "X":
        out += f"T{hour}:{'00' if minute == 'X' else minute}"
    return out


# --- output -------------------------------------------------------------------------------

HEADER = ("text", "reference", "expected", "expected_end", "kind", "source", "status")
LICENSES = {
    "dateparser": "scrapinghub/dateparser (BSD-3-Clause)",
    "chrono": "wanasit/chrono (MIT)",
    "duckling": "facebook/duckling (BSD-3-Clause)",
    "ctparse": "comtravo/ctparse (MIT)",
}


def write(parser: str, cases: list[Case]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    seen: set[tuple[str, str]] = set()
    rows = []
    for case in cases:
        key = (case.text.lower(), case.reference)
        if key in seen or "\t" in case.text or not consistent(case.text, case.expected):
            continue
        seen.add(key)
        rows.append("\t".join((case.text, case.reference, case.expected, case.expected_end,
                               case.kind, case.source, "")))
    header = (f"# Cases from {LICENSES[parser]}, its own test suite; source = file:line there.\n"
              + "\t".join(HEADER))
    (OUT / f"{parser}.tsv").write_text(header + "\n" + "\n".join(rows) + "\n",
                                       encoding="utf-8")
    print(f"{parser}: {len(rows)} cases")


def main() -> None:
    mirrors = Path(sys.argv[1])
    write("dateparser", list(dateparser_cases(mirrors / "dateparser")))
    write("chrono", list(chrono_cases(mirrors / "chrono")))
    write("duckling", list(duckling_cases(mirrors / "duckling")))
    write("ctparse", list(ctparse_cases(mirrors / "ctparse")))


if __name__ == "__main__":
    main()
