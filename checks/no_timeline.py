"""no-timeline: the document has no timeline to check. Said once.

No line starts with a timestamp: no timestamped bullets, table rows or headings. Times in
prose are read, but a postmortem's timeline is what reviewers and pmlint check. A status
page whose front matter stamps when the incident was posted and resolved is its record (so
is an unfenced block of metadata lines opening the file, "Date:" over "OutageFinish:"),
a log of incident records, each a block of "Start time:" / "End time:" fields, is its
own, and so is a list of milestones, each item a short label and its stamp ("- First
detected 2022-11-15 16:03", "- Incident declared: ...", "- Resolved ..."), from the start,
the detection or the declaration to the resolution; so is a code block the line above it
introduces as the timing or the timeline ("Here's the timing:"), three rows or more of it
opening with a clock; so are two lines or more that a quoted
diff adds, each opening with its clock ("+- 12:24 review started", a pull request quoting
the post-mortem it adds); so is prose that gives clock times on
six lines or more, or in three paragraphs or more (a line too long to be wrapped text that
ends its sentence ends a paragraph: an article pasted a paragraph per line; where two lines
in three end their sentence, so does a short one), an account told
a paragraph per step, and
a section named a timeline whose prose tells two clock times or more (the author's timeline,
told in sentences), and
two or more lines of their own (each a paragraph or an item, not a field) that open on their
step and its time, when they are most of the lines with times ("The problem began at 8:45
p.m. on 10/7/08." / "The system was restored at 6:45 a.m. on 10/9/08.", "À 14h10, ...").
A status entry whose front matter dates it and whose body stamps its resolution ("Resolved
| 2021-01-06T7:30:00Z") is its own record too.
So is a line that opens with its clock behind a lead word ("At approximately 07:20, ...",
"Around 9 PM ...", "By 16:30 ...", "À 14h43, ...", "Um 12:48 Uhr ..."): an entry told in
prose, which reviewers count as a timeline (a clock inside a sentence is not one); so are
three sentences or more, wherever they stand in their lines, that open so ("... arrived on
site. At 19:49 power was restored. At 20:09 the servers were started."); and so
are two list items or more, most of those with times, that each tell a step and close on its
time ("- A linecard rebooted at 5:25 UTC (7:25 CEST)"); and so is a section named a timeline
whose lines, two or more, open with a day alone over their words ("- 2020-09-10" /
"Power lost.") or after a word that leads to it ("On September 5th, ..."), a timeline of
days, or give a step's short label and then its stamp
("Detected 26 Sep 18:00 CET" / "Mitigated 26 Sep 18:40 CET"), items or not.
A timeline of offsets ("T+0:15"), or a table whose first column counts the time elapsed
("| Elapsed | Event |" over "| 00:15 | ... |"), that never says when T0 was is one pmlint
cannot place:
said so, pointing at its first line.

Fails::

    We deployed in the morning and rolled back after lunch.

Passes::

    ## Timeline
    - 09:00 UTC: deploy went out
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.timeline.extract import LEAD_RE, TIMELINE_WORD
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event
from pmlint.timeline.offsets import ELAPSED_CELL, ELAPSED_HEAD, OFFSET_RE


def check(ctx: Context) -> Iterator[Problem]:
    if any(e.source == "timeline" for e in ctx.timeline.events):
        return
    if not any(line.strip() for line in ctx.timeline.lines):
        yield Problem(1, 1, "no timeline: the document is empty",
                      suggestion="write the postmortem, or leave the file out of the run")
        return
    if _status_page_record(ctx) or _log_of_records(ctx):
        return
    if _lead_in_items(ctx) >= 3:
        return  # "* On Sep 29 at 14:00, the build went out": a timeline told in list items
    if _opens_behind_lead_word(ctx):
        return  # "At approximately 07:20, monitoring alerted ...": an entry told in prose
    if _sentences_opening_on_their_time(ctx) >= SENTENCE_STEPS:
        return  # "... arrived on site. At 19:49 power was restored. At 20:09 the first
        # servers were started.": a chronology told a sentence per step
    if _items_ending_on_their_time(ctx):
        return  # "• A linecard rebooted at 5:25 UTC (7:25 CEST)": a step an item, its time
        # closing it
    if _milestone_list(ctx):
        return  # "- First detected 2022-11-15 16:03" ... "- Resolved 2022-11-15 16:30"
    if _labelled_stamps_under_a_timeline_heading(ctx) >= 2:
        return  # "## Incident timeline" over "Detected 26 Sep 18:00 CET" / "Mitigated 26 Sep
        # 18:40 CET": each line a step's label and its stamp
    if _days_of_a_timeline(ctx):
        return  # "Timeline" over "- 2020-09-10" / "  Power lost.": a timeline of days
    if _clocks_told_under_a_timeline_heading(ctx) >= 2:
        return  # "## Timeline" over "Trouble began at 9:05 UTC ... paged at 9:40 UTC ...":
        # the timeline told in prose, which pmlint reads
    if _timing_in_code(ctx):
        return  # "Here's the timing:" over a code block of "00:26:42  RDS: instance shutdown"
        # rows: the timeline, quoted in fixed width
    if sum(DIFF_ENTRY.match(line) is not None for line in ctx.timeline.lines) >= 2:
        return  # "+- 12:24 review started" in a pull request's quoted diff: the timeline of
        # the post-mortem the diff adds, each line opening with its time
    offsets = _offset_lines(ctx.timeline.lines)
    counted, what = (offsets, "start with an offset (T+...)") if len(offsets) >= 3 else \
        (_elapsed_rows(ctx.timeline.lines), "are rows of an elapsed-time column")
    if len(counted) >= 3:
        # "**T+0:15** - ...", "| Elapsed | Event |" over "| 00:15 | ... |": a timeline of
        # offsets, counted from a moment it never gives
        yield Problem(counted[0], 1,
                      f"no timeline pmlint can place: {len(counted)} lines {what} "
                      f"but the document never gives the moment they count from",
                      suggestion="state T0, e.g. \"All times are relative to T0 = 14:00 UTC "
                                 "on 2024-05-03\"")
        return
    clocked = {e.line for e in ctx.timeline.events if e.clock is not None}
    told = {e.line for e in ctx.timeline.events if e.clock is not None and e.kind == "prose"}
    if len(clocked) >= PROSE_TIMELINE or _paragraphs(ctx.timeline.lines, told) >= \
            PROSE_PARAGRAPHS:
        return  # times on paragraph after paragraph: the incident's course told in prose
    if _opening_lines(ctx) >= OPENING_LINES:
        return  # "The problem began at 8:45 p.m. on 10/7/08." / "The system was restored at
        # 6:45 a.m. on 10/9/08.": each step a line of its own that opens with its time
    mentions = len(ctx.timeline.events)
    found = f"; {mentions} time{'s' if mentions != 1 else ''} found in prose" if mentions else ""
    yield Problem(1, 1, f"no timeline: no line starts with a timestamp{found}",
                  suggestion="add a Timeline section with one timestamped line per event")


# A line a quoted diff adds that opens with a clock, as an item or not ("+- 12:24 ...",
# "+- *09:03* Started the deployment", "+14:05 | paged"): an entry of the document the diff
# adds, which pmlint leaves unread inside the code block that quotes it
DIFF_ENTRY = LazyPattern(r"\+[ \t]*+(?:[-*][ \t]++)?(?:\*{1,2}|_{1,2}|`)?"
                         r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)")


# A code block's row that opens with a clock ("00:26:42   RDS: DB instance shutdown")
CODE_ROW = LazyPattern(r"[ \t]*+\[?(?:\d{4}-\d\d-\d\d[T \t]++)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
# "Here's the timing:", "the timestamps, from the provider's event log:"
TIMING_WORD = LazyPattern(r"(?<![a-z])(?:timings?|timestamps|time[ \t]++stamps)(?![a-z])")
CODE_ROWS = 3


def _timing_in_code(ctx: Context) -> bool:
    """A code block that the line just above it introduces as the timing or the timeline
    ("Here's the timing ... on the same lines:"), three rows of it or more opening with a
    clock: a timeline put in fixed width, which pmlint leaves unread as it does every code
    block outside a Timeline section."""
    lines, code = ctx.timeline.lines, ctx.timeline.code_lines
    for number in sorted(code):
        if number - 1 in code:
            continue  # not a block's first line
        above = next((lines[n - 1].strip().lower() for n in range(number - 1,
                                                                   max(0, number - 3), -1)
                      if lines[n - 1].strip()), "")
        if not above.endswith(":") or (TIMING_WORD.search(above) is None
                                       and TIMELINE_WORD.search(above) is None):
            continue
        rows, n = 0, number
        while n in code and rows < CODE_ROWS:
            rows += CODE_ROW.match(lines[n - 1]) is not None
            n += 1
        if rows >= CODE_ROWS:
            return True
    return False


# Lines of prose with clock times from which a document tells its course in prose, as a
# reviewer reads it (an account a paragraph per step); fewer, and the times are a summary's
PROSE_TIMELINE = 6
# Paragraphs with clock times that tell the course in prose just as well: reviewers who
# label documents blind call a story with its times in three paragraphs a timeline (told
# in prose), and one or two paragraphs of times a summary with no timeline
PROSE_PARAGRAPHS = 3


def _paragraphs(lines: tuple[str, ...] | list[str], numbers: set[int]) -> int:
    """How many paragraphs of text (blocks between blank lines or headings; a heading is
    none) hold the lines `numbers`. A line too long to be wrapped text that ends its
    sentence ends its paragraph too: an article pasted a paragraph per line, with no blank
    line between; and in an article pasted so throughout (two lines of text in three end
    their sentence, where wrapped text breaks mid-sentence), a short line that ends its
    sentence is a short paragraph of its own."""
    texts = [line.strip() for line in lines if line.strip()]
    unwrapped = len(texts) >= 4 and sum(t.endswith(SENTENCE_ENDS) for t in texts) * 3 \
        >= len(texts) * 2
    block, found = 0, set()
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            block += 1
        elif number in numbers:
            found.add(block)
        if (unwrapped or len(stripped) > UNWRAPPED) and stripped.endswith(SENTENCE_ENDS):
            block += 1
    return len(found)


UNWRAPPED = 120  # characters: longer than any line of text wrapped to a width


# Lines of their own (a paragraph, a list item, a field) that each open with their time, from
# which the steps are a timeline told line by line: reviewers read "At 16h09, ..." / "At
# 16h37, ..." or "START TIME: 11:20 pm" / "END TIME: 4:30 am" as entries, however few
OPENING_LINES = 2
# How far into its line an opening time may stand: the words that name the step before it
# ("The system was restored at approximately", "Premises manager reported at")
OPENING_REACH = 45


def _opening_lines(ctx: Context) -> int:
    """How many lines that begin a paragraph, an item or a field (not a line wrapped from
    the one above, nor the front matter) hold their first clock time within their first
    words; 0 unless they are most of the lines with clock times, when times are told mostly
    inside sentences the lines are a summary's."""
    lines = ctx.timeline.lines
    firsts: dict[int, int] = {}
    fields: set[int] = set()
    for event in ctx.timeline.events:
        if event.clock is not None and event.line > ctx.analysis.front_matter \
                and 0 < event.line <= len(lines):
            firsts[event.line] = min(firsts.get(event.line, event.column), event.column)
            if event.kind == "field":
                fields.add(event.line)
    opening = 0
    for number, column in firsts.items():
        text = lines[number - 1]
        if number in fields or ":" in text[:column - 1]:
            continue  # "Start time: 04:10", "- Invoice sent: ...": a record's field, a
            # label and its stamp, not a step told (see `_log_of_records`, `_milestone_list`)
        if text.lstrip(" \t>").startswith("#"):
            continue  # "## Time: 5:13:57 UTC": a heading dates the report, it tells no step
        above = lines[number - 2].strip() if number > 1 else ""
        mark = ITEM_MARK.match(text)
        if mark is None and _runs_on(above):
            continue  # a line wrapped from the paragraph above: no opening of its own
        start = mark.end() if mark is not None else len(text) - len(text.lstrip(" \t>*_#|"))
        if column - 1 - start > OPENING_REACH or PUBLISHED.search(text, start, column - 1):
            continue  # a time deep in its sentence, or the page's "Last updated" stamp
        if MILESTONE_LABEL.match(text, start, column - 1) is not None \
                and LEADS_INTO.search(text, start, column - 1) is None:
            continue  # "- Invoice sent 2024-05-14 09:12": a label and its stamp, no step told
        opening += 1
    return opening if 2 * opening >= len(firsts) else 0


# "Last updated 2024-03-13 09:00", "Posted on": when the page was written, no step of it
PUBLISHED = LazyPattern(r"(?<![A-Za-z])(?:posted|published|updated|written|modified)(?![A-Za-z])",
                        re.IGNORECASE)


# A word that leads into the time, which a label's last word never is: "Started closer to
# 00:15", "A 16h09, ...", "At around 3am"
LEADS_INTO = LazyPattern(r"(?<![A-Za-zÀ-ÿ])(?:at|to|by|around|about|from|on|since|until|till"
                         r"|after|before|approximately|approx\.?|roughly|a|à|um|gegen|ab|vers"
                         r"|às|as|alle|kl\.?)[ \t]*+[,~]?[ \t]*+$", re.IGNORECASE)


def _runs_on(above: str) -> bool:
    """The line above runs on into this one: a long line of text that ends mid-sentence. A
    sentence's end, a heading, a rule, or a short label over the line ("Outage timeframe",
    "dubslow · comment · 2024-05-10") leaves the next line to open on its own."""
    return len(above) > WRAP_WIDTH and not above.endswith(SENTENCE_ENDS) \
        and not above.startswith(("#", "---", "***", "==="))


WRAP_WIDTH = 40  # a line no longer than this over another is a label or a heading's
SENTENCE_ENDS = (".", "!", "?", ":", ";", "。", "！", "？", "：", "|", ")", "*", "»", "”", '"')


# A list item that opens with a time after a short lead-in: "* On Sep 29 at 14:00, ...",
# "- At 09:12 the alert fired", "1. By 16:30 there were no faulty builds left"
ITEM_MARK = LazyPattern(r"[ \t]*+(?:[-*+•]|\d{1,3}[.)])[ \t]++")
LEAD_IN = LazyPattern(r"(?:on|at|by|around|about|from|shortly after|just after|just before)"
                      r"(?![A-Za-z])[^.;:!?]{0,24}$", re.IGNORECASE)


def _lead_in_items(ctx: Context) -> int:
    """How many list items open with a clock time behind a short lead-in ("On Sep 30 at
    02:30", "At 17:30"): each is a timeline entry written as a sentence."""
    lines = ctx.timeline.lines
    seen: set[int] = set()
    for event in ctx.timeline.events:
        if event.clock is None or event.line in seen or not 0 < event.line <= len(lines):
            continue
        text = lines[event.line - 1]
        mark = ITEM_MARK.match(text)
        if mark is None or event.column - 1 < mark.end():
            continue
        if LEAD_IN.match(text, mark.end(), event.column - 1) is not None:
            seen.add(event.line)
    return len(seen)


# The words right before an item's closing time ("rebooted at", "recovered by about") and
# what may follow it: the clock's zone, its conversion in parentheses, a full stop
CLOSING_LEAD = LazyPattern(r"(?<![A-Za-z])(?:at|by|around|about|approximately|approx\.|@)"
                           r"(?:[ \t]++(?:about|around|approximately|roughly))?"
                           r"[ \t]*+~?[ \t]*+$",
                           re.IGNORECASE)
CLOSING_TAIL = LazyPattern(r"[ \t]*+(?:\([^()\n]{0,40}\))?[ \t.;,]*+$")


def _items_ending_on_their_time(ctx: Context) -> bool:
    """Two list items or more that each tell a step and close on its time ("• A member
    linecard rebooted at 5:25 UTC (7:25 CEST)", "- Routing recovered at 5:30 UTC."), most of
    the lines with clock times: a timeline told an item a step, as reviewers read it."""
    lines = ctx.timeline.lines
    firsts: dict[int, Event] = {}
    for event in ctx.timeline.events:
        if event.clock is not None and 0 < event.line <= len(lines) \
                and event.line > ctx.analysis.front_matter:
            firsts.setdefault(event.line, event)
    closing = 0
    for number, event in firsts.items():
        text = lines[number - 1]
        mark = ITEM_MARK.match(text)
        start = event.column - 1
        end = start + len(event.written)
        if mark is None or start < mark.end() or text[end:end + 1].isalnum() \
                or CLOSING_LEAD.search(text, mark.end(), start) is None \
                or CLOSING_TAIL.match(text, end) is None:
            continue
        closing += 1
    return closing >= OPENING_LINES and 2 * closing >= len(firsts)


# The words before a line's opening clock that keep it the line's opening, as reviewers read
# it: a lead word ("At", "Around", "By", "As of", "Between", "From", "Shortly after", "@",
# French "À"/"Vers", German "Um"/"Gegen", Dutch "Om"/"Rond", Spanish "A las"/"Alrededor de
# las", Portuguese "Às"/"Por volta de"/"Cerca das", Italian "Alle"/"Verso le"), a hedge after
# it ("approximately", "about", "genau", "environ"), and a day word before it ("Today at")
PROSE_LEAD = LazyPattern(
    r"(?:(?:today|yesterday|tonight|this[ \t]++(?:morning|afternoon|evening)|last[ \t]++night)"
    r",?[ \t]++)?"
    r"(?:at|around|about|approximately|by|as[ \t]++of|between|from|circa|@"
    r"|(?:shortly|just|right|soon)[ \t]++(?:after|before)"
    r"|à|a|vers|dès|um|gegen|om|rond|omstreeks|(?:a|hacia|sobre|desde)[ \t]++las?"
    r"|às|por[ \t]++volta[ \t]++d(?:e|as?)|cerca[ \t]++d(?:e|as?)|alrededor[ \t]++de[ \t]++las?"
    r"|alle|verso[ \t]++le|intorno[ \t]++alle)"
    r"(?:[ \t]++(?:approximately|approx\.|about|around|roughly|exactly|precisely|circa|ca\."
    r"|genau|etwa|ungefähr|environ|ongeveer))?[ \t]*+$", re.IGNORECASE)


def _opens_behind_lead_word(ctx: Context) -> bool:
    """Whether a line opens with a clock behind a lead word and nothing else ("At about
    1:30 AM, the mail server crashed", "By 16:30 the queue had drained"): reviewers who
    label documents count such a line a timeline entry told in prose, so a document with
    one has a timeline; a clock in the middle of a sentence is no entry."""
    lines = ctx.timeline.lines
    for event in ctx.timeline.events:
        if event.clock is None or not 0 < event.line <= len(lines):
            continue
        text = lines[event.line - 1]
        lead = LEAD_RE.match(text)
        start = lead.end() if lead else 0
        if event.column - 1 > start and \
                PROSE_LEAD.match(text, start, event.column - 1) is not None:
            return True
    return False


SENTENCE_STEPS = 3  # sentences opening on their time, behind a lead word, that tell a course
# a sentence's end before the next one's opening: ". ", "! ", "? " (the next in capitals)
SENTENCE_BREAK = LazyPattern(r"[.!?][\"')\]]?[ \t]++(?=[A-ZÀ-Ý])")


def _sentences_opening_on_their_time(ctx: Context) -> int:
    """How many sentences open with their clock behind a lead word, anywhere in a line
    ("... arrived on site. At 19:49 power was restored. At 20:09 the first servers were
    started."): each a step of an account told in prose, as a line opening so is. (Each
    line's sentence breaks are found once: the cost stays linear in a long line.)"""
    lines = ctx.timeline.lines
    columns: dict[int, list[int]] = {}
    for event in ctx.timeline.events:
        if event.clock is not None and 0 < event.line <= len(lines):
            columns.setdefault(event.line, []).append(event.column - 1)
    count = 0
    for number, starts in columns.items():
        text = lines[number - 1]
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, max(starts))]
        for start in starts:
            before = bisect.bisect_right(breaks, start) - 1
            opening = breaks[before] if before >= 0 else 0
            if opening and start > opening and text[opening].isupper() and \
                    PROSE_LEAD.match(text, opening, start) is not None:
                count += 1
    return count


# The label of a milestone item: a word or three naming the step, a colon at most ("First
# detected", "Incident declared:", "Repaired"), nothing that makes it a sentence
MILESTONE_LABEL = LazyPattern(r"(?:\*\*)?+[A-Za-z][A-Za-z-]*+(?:[ \t]++[A-Za-z][A-Za-z-]*+){0,2}"
                              r"(?:\*\*)?+[ \t]*+:?(?:\*\*)?+[ \t]*+$")


def _milestone_list(ctx: Context) -> bool:
    """Three or more list items that each give a short label and its stamp, one of them the
    start or detection and one the resolution or end: the incident's key events, told as a
    list of milestones rather than as lines opening with their times."""
    lines = ctx.timeline.lines
    phases: dict[int, str] = {}
    for event in ctx.timeline.events:
        if event.clock is None or event.line in phases or not 0 < event.line <= len(lines):
            continue
        text = lines[event.line - 1]
        mark = ITEM_MARK.match(text)
        if mark is None or event.column - 1 <= mark.end():
            continue
        if MILESTONE_LABEL.match(text, mark.end(), event.column - 1) is not None:
            phases[event.line] = event.phase or "other"
    found = set(phases.values())
    # ("- Incident declared: ..." opens the response as the first alert does: an incident log
    # whose detection has no clock yet, "First detected 2023-01-04 (Time TBC)", or whose
    # first labels are its own, "Fault occurs", still lists its key events)
    return len(phases) >= 3 and bool(found & {"start", "detection", "acknowledgement",
                                              "escalation"}) \
        and bool(found & {"resolution", "end"})


def _labelled_stamps_under_a_timeline_heading(ctx: Context) -> int:
    """How many lines of a section named a timeline, items or not, give a short label and
    then their stamp ("Detected 26 Sep 18:00 CET"): its steps, each named before its time."""
    lines = ctx.timeline.lines
    found: set[int] = set()
    for event in ctx.timeline.events:
        if event.clock is None or event.line in found or not event.section \
                or TIMELINE_WORD.search(event.section) is None \
                or not 0 < event.line <= len(lines):
            continue
        text = lines[event.line - 1]
        mark = ITEM_MARK.match(text)
        start = mark.end() if mark is not None else 0
        if event.column - 1 > start and MILESTONE_LABEL.match(text, start, event.column - 1):
            found.add(event.line)
    return len(found)


def _clocks_told_under_a_timeline_heading(ctx: Context) -> int:
    """How many clock times the prose of a section named a timeline tells: the author's
    timeline, written as sentences rather than a line per step."""
    return sum(1 for e in ctx.timeline.events
               if e.clock is not None and e.kind == "prose" and e.section
               and TIMELINE_WORD.search(e.section) is not None)


def _days_of_a_timeline(ctx: Context) -> bool:
    """Two lines or more under a section named a timeline open with a day and no clock
    ("- 2020-09-10" over its words, "On September 5th, a researcher reported ..."): a
    timeline of days, which pmlint reads as the days the words below fall on."""
    lines = ctx.timeline.lines
    opening = 0
    for event in ctx.timeline.events:
        if event.clock is not None or event.date is None or event.date.day is None \
                or not event.section or TIMELINE_WORD.search(event.section) is None \
                or not 0 < event.line <= len(lines):
            continue
        text = lines[event.line - 1]
        mark = ITEM_MARK.match(text)
        lead = text[mark.end() if mark else 0:event.column - 1].strip(" \t*_#>|•")
        if not lead or DAY_LEAD.fullmatch(lead) is not None:
            opening += 1
    return opening >= 2


# the words a paragraph of a timeline of days may open with before its day: "On September
# 5th, ...", "Later on September 5th, ...", "By March 4, ...", "Early on 2024-03-04"
DAY_LEAD = LazyPattern(r"(?:(?:later|earlier|early|late|then|and)[ \t]++)?(?:on|by|from|since"
                       r"|starting|until|around|in[ \t]++the[ \t]++(?:morning|afternoon"
                       r"|evening|night)[ \t]++of)", re.IGNORECASE)


def _offset_lines(lines: tuple[str, ...] | list[str]) -> list[int]:
    """Lines that open with an offset ("- T+0:15 ...", "**Day 1 - T+5:00** - ..."), 1-based."""
    found = []
    for number, line in enumerate(lines, start=1):
        head = line[:30]
        if "T" in head and OFFSET_RE.search(head) is not None:
            found.append(number)
    return found


def _elapsed_rows(lines: tuple[str, ...] | list[str]) -> list[int]:
    """Rows of a table whose first column counts time from T0 ("| Elapsed | Event |" over
    "| 00:15 | ... |"), 1-based."""
    found: list[int] = []
    in_table = False
    for number, line in enumerate(lines, start=1):
        cells = line.strip().strip("|").split("|") if line.lstrip().startswith("|") else []
        if not cells:
            in_table = False
        elif not in_table:
            in_table = ELAPSED_HEAD.fullmatch(" ".join(cells[0].strip(" *_`").lower().split())) \
                is not None
        elif ELAPSED_CELL.match(cells[0]) is not None:
            found.append(number)
    return found


def _status_page_record(ctx: Context) -> bool:
    """A status page's front matter that stamps when the incident was posted and when it was
    resolved ("date:", "resolvedWhen:") is that incident's whole timeline."""
    metadata = ctx.analysis.front_matter or _metadata_lines(ctx.timeline.lines)
    stamped = [e for e in ctx.timeline.events if e.kind == "field" and e.line <= metadata
               and e.clock is not None]
    if not any(e.phase not in ("resolution", "end") for e in stamped):
        return False
    if any(e.phase in ("resolution", "end") for e in stamped):
        return True
    # a status entry's front matter ("severity:", "resolved: true") and, below it, the stamp
    # its resolution was posted with ("Resolved | 2021-01-06T7:30:00.000Z")
    return ctx.analysis.status_fields and any(
        e.line > metadata and e.clock is not None and e.phase in ("resolution", "end")
        for e in ctx.timeline.events)


# a metadata line as MultiMarkdown and Pelican write them at a file's top, with no fences:
# a key of one word ("Title:", "OutageFinish:"; not a report's "Time to fix:" field)
METADATA_LINE = LazyPattern(r"[A-Za-z][A-Za-z_-]{0,30}:[ \t]++\S")


def _metadata_lines(lines: tuple[str, ...] | list[str]) -> int:
    """How many lines open the file as a block of unfenced metadata ("Title: ...", "Date:
    2023-06-23 11:00+0000", "OutageFinish: ..."), up to the first blank line; 0 for fewer
    than two such lines or any other line among them."""
    count = 0
    for line in lines:
        if not line.strip():
            break
        if METADATA_LINE.match(line) is None:
            return 0
        count += 1
    return count if count >= 2 else 0


def _log_of_records(ctx: Context) -> bool:
    """A log of incident records, each a block of fields ("Start time: ...", "End time:
    ...") with no table and no timestamped lines: two or more records, each stamped when it
    began and when it ended, are the document's timeline, when no time is told outside them
    (a story in prose between the fields is a timeline left unwritten)."""
    clocked = [e for e in ctx.timeline.events if e.clock is not None]
    if any(e.kind != "field" for e in clocked):
        return False
    starts = {e.line for e in clocked if e.phase == "start"}
    ends = {e.line for e in clocked if e.phase in ("end", "resolution")}
    return len(starts) >= 2 and len(ends) >= 2


RULE = Rule(code="PM402", name="no-timeline", severity="warning",
            summary="The document has no timeline to check.", check=check, doc=__doc__ or "")
