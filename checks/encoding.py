"""encoding: mojibake or replacement characters, the marks of a mis-decoded file.

"â€”" is an em dash saved as UTF-8 and read back as cp1252; "\ufffd" is a character the
decoder gave up on. An invisible character inside a number, a date or a clock (a zero-width
space or a byte-order mark pasted into "1\ufeff1/28/2022") splits it for every reader that is
not a person: pmlint read that date as 1/28/2022. (Inside a word it harms no reading.)
One finding per line, with the repaired text as the suggestion.

Fails::

    It's not about avoiding mistakesâ€”it's about learning.

Passes::

    It's not about avoiding mistakes—it's about learning.
    Users saw `cafÃ©` on their receipts.

Text in code (a fenced block, or `inline code`) is a quotation and is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pmlint.checks.base import Problem, Replacement, Rule
from pmlint.checks.context import Context
from pmlint.timeline.code_spans import code_spans, inside
from pmlint.timeline.lazy import LazyPattern

# Lead bytes of UTF-8 sequences as cp1252 shows them, followed by a continuation byte.
MOJIBAKE = LazyPattern(
    "(?:[ÂÃÄÅ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\"]"
    "|ï»¿|\ufffd){1,20}"
    # a non-breaking space read as cp1252 is "Â" and a blank; the blank is often trimmed
    "|(?<![A-Za-z\u00c0-\u00ff])Â(?=[ \t]|$)"
)
# Every damaged run opens with one of these characters. MOJIBAKE opens with a lookbehind and
# is tried at every position of a line; most lines that are not ASCII (a dash, a quote mark,
# an emoji) hold none of them and are not searched.
MOJIBAKE_LEADS = re.compile("[ÂÃÄÅâï\ufffd]")



def _may_lead_damage(text: str) -> bool:
    """Whether `text` holds a character of MOJIBAKE_LEADS: seven substring tests (memchr-
    quick), where the set's search tests every character of the document."""
    return "Â" in text or "Ã" in text or "Ä" in text or "Å" in text or "â" in text \
        or "ï" in text or "\ufffd" in text


# a zero-width space, word joiner or byte-order mark inside a number, a date or a clock
# (inside a word it harms no reading: "Up\ufeffdate" is left alone)
INVISIBLE = LazyPattern("(?<=[0-9])[\u200b\u2060\ufeff]++(?=[0-9/:.\\-])"
                        "|(?<=[/:.\\-])[\u200b\u2060\ufeff]++(?=[0-9])")
INVISIBLE_NAMES = {"\u200b": "a zero-width space", "\u2060": "a word joiner",
                   "\ufeff": "a byte-order mark"}


def check(ctx: Context) -> Iterator[Problem]:
    text = ctx.analysis.text
    if text.isascii():
        return
    invisible = "\u200b" in text or "\u2060" in text or "\ufeff" in text
    if not invisible and not _may_lead_damage(text):
        return  # no line holds a lead of damage (none spans a line): none is looked at
    code = ctx.timeline.code_lines
    for number, line in enumerate(ctx.timeline.lines, start=1):
        if line.isascii() or number in code:
            continue
        if not MOJIBAKE_LEADS.search(line) or (m := _outside_code_spans(line)) is None:
            if invisible and (hidden := INVISIBLE.search(line)) is not None:
                yield _invisible(number, line, hidden)
            continue
        run = m.group(0)
        repaired = _repair(run)
        if "\ufffd" in run:
            message = "replacement character: the text lost a character when it was decoded"
        else:
            message = f"mojibake {run!r}: UTF-8 text read as cp1252"
            if repaired:
                message += f", meant {repaired!r}"
            elif repaired == "":
                message += ", left of a non-breaking space"
        fix = Replacement(number, m.start() + 1, m.end() + 1, repaired) \
            if repaired is not None else None
        suggestion = (f"replace {run!r} with {repaired!r}" if repaired
                      else f"delete the stray {run!r}" if repaired == ""
                      else "re-type the damaged characters")
        yield Problem(number, m.start() + 1, message, end_column=m.end() + 1, fix=fix,
                      suggestion=suggestion)


def _invisible(number: int, line: str, m: re.Match[str]) -> Problem:
    """An invisible character inside a number or a date: deleting it is the safe fix."""
    start = max(0, line.rfind(" ", 0, m.start()) + 1)
    end = line.find(" ", m.end())
    word = line[start:end if end >= 0 else len(line)].replace(m.group(0), "")
    name = INVISIBLE_NAMES[m.group(0)[0]]
    return Problem(number, m.start() + 1,
                   f"{name} (U+{ord(m.group(0)[0]):04X}) inside {word!r}: it splits it for "
                   "tools, pmlint included", end_column=m.end() + 1,
                   fix=Replacement(number, m.start() + 1, m.end() + 1, ""),
                   suggestion=f"delete the invisible character in {word!r}")


def _outside_code_spans(line: str) -> re.Match[str] | None:
    """The first damaged run not inside `inline code`: quoting a garbled symptom is deliberate."""
    spans = code_spans(line)
    for m in MOJIBAKE.finditer(line):
        if not inside(spans, m.start()):
            return m
    return None


def _repair(run: str) -> str | None:
    if run == "Â":
        return ""  # the lead byte of a non-breaking space, its own space already there or gone
    try:
        return run.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


RULE = Rule(code="PM404", name="encoding", severity="warning",
            summary="Mojibake such as â€” or replacement characters.", check=check,
            doc=__doc__ or "")
