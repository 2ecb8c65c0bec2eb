"""missing-phase: no resolution time anywhere in the document.

MTTR cannot be computed without it, and a reviewer asks when the incident ended. Phases
are recognised from the words of each entry (a lexicon), so this is a hint for the
reviewer, reported as info. An open incident ("Status: In Progress") is not missing its
resolution. A document with no timeline at all gets no-timeline instead.

A note is given only when the document clearly has a timeline (two or more timed entries)
and clearly lacks the resolution: an entry whose words pmlint cannot place may be the fix
in words the lexicon lacks, so resolution is missing only when the last entry is placed
(an entry that denies a phase, "service not restored yet", is placed: it is not the fix),
or when no line of the document speaks of fixing or resolving at all; not when no entry
is placed and none is told in English, the lexicon's language: the fix may be told in
another ("Awaria na serwerze została usunięta"). A fix that did not
hold ("the errors have reappeared" as the last entry) leaves the incident unresolved.

A timeline with no detection entry gets no note: reviewers do not ask for one (many
incidents are detected when they start, and a status page records when it was announced),
and the metrics say why MTTD is missing. A timeline whose last entry is a window with its
end written ("- Sunday, 1:45 pm to 2:45 pm") gives its end: no resolution note. A release
or deploy after the response began is the fix going out, not the trigger: as the last
entry it may be the resolution in words pmlint places elsewhere.

Fails::

    ## Timeline
    - 09:05 UTC: alert fired
    - 09:20 UTC: rollback started

Passes::

    ## Timeline
    - 09:05 UTC: alert fired
    - 09:40 UTC: service restored
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Event
from pmlint.timeline.phases import mentions, negated

RESPONSE = ("acknowledgement", "escalation", "mitigation", "resolution", "end")


def check(ctx: Context) -> Iterator[Problem]:
    events = ctx.timeline.events
    entries = [e for e in events if e.source == "timeline"]
    if not entries:
        return
    timed_at = [(ctx.analysis.minutes(i), n, e) for n, (i, e) in enumerate(ctx.analysis.entries)
                if e.part != "range-end"]
    if all(m is not None for m, _, _ in timed_at):  # in time order: a newest-first list too
        timed_at.sort(key=lambda t: (t[0], t[1]))
    timed = [e for _, _, e in timed_at]
    if len(timed) < 2:
        return  # not clearly a timeline
    response = next((n for n, e in enumerate(timed) if e.phase in RESPONSE), len(timed))
    if ctx.analysis.is_open or _ends_on_a_window(timed) or not _words_read(timed):
        return
    if not any(e.phase in ("resolution", "end") or "resolution" in e.also or "end" in e.also
               for e in events) and (_placed_last(timed, response) or not _said_anywhere(
                   ctx, ("resolution", "end", "mitigation"))):
        line, column = _where(ctx, entries[0].line, entries[0].column)
        yield Problem(line, column,
                      "no resolution time: no entry or field says when the incident was "
                      "resolved",
                      suggestion='add an entry such as "11:30 UTC: service restored" or an '
                                 '"End Time:" field; for an open incident, "Status: In Progress"')
        return
    relapse = _relapse(timed)
    if relapse is not None:
        line, column = _where(ctx, entries[0].line, entries[0].column)
        yield Problem(line, column,
                      f"no resolution time: the issue came back ({relapse.written}, line "
                      f"{relapse.line}) after the fix, and no later entry says it was resolved",
                      suggestion='add the entry that says when it was resolved, such as '
                                 '"11:30 UTC: service restored"')


def _ends_on_a_window(timed: list[Event]) -> bool:
    """The last entry is a window with its end written ("- Sunday, 1:45 pm to 2:45 pm",
    "- 10:05-10:40 UTC: errors"): the end of the last window is when the impact stopped, a
    resolution time told as a range, from which MTTR can be read."""
    return timed[-1].part == "range-start"


# Words of English a timeline's entries hold when they are told in it: the phase lexicon is
# English, so entries holding none of them ("Awaria na serwerze została usunięta") may tell
# the fix in words it cannot read
# (not "in", "is", "was", which Dutch and German write too)
ENGLISH_WORDS = LazyPattern(r"(?<![a-z])(?:the|and|to|of|were|are|we|our|has|have|been|for"
                            r"|with|from|after|this|that|it)(?![a-z])", re.IGNORECASE)


def _words_read(timed: list[Event]) -> bool:
    """Some entry is placed, or told in English: else pmlint cannot say none is the fix."""
    return any(e.phase != "other" or e.also or ENGLISH_WORDS.search(e.text) for e in timed)


def _placed(event: Event) -> bool:
    """The entry's words say which phase it is, or deny one; an entry pmlint cannot place
    might be the missing phase in words it does not know."""
    return event.phase != "other" or bool(event.also) or negated(event.text)


RELAPSE = LazyPattern(r"\b(?:reappear(?:ed|s)?|recurr?(?:ed|s)?|resurfaced|(?:happen(?:ed|ing|s)|"
                      r"occurr?(?:ed|ing|s)) again)\b", re.IGNORECASE)


def _relapse(timed: list[Event]) -> Event | None:
    """The last entry, after a fix, says the problem came back ("the issue has reappeared")
    and places no phase of its own: the fix did not hold, and nothing says when it was
    resolved."""
    last = timed[-1]
    if last.phase != "other" or last.also or not RELAPSE.search(last.text) \
            or negated(last.text):  # (the cheap search first: most last entries tell no relapse)
        return None
    fixed = any(e.phase in ("resolution", "end") for e in timed[:-1])
    return last if fixed else None


def _placed_last(timed: list[Event], response: int) -> bool:
    """The last entry is placed, and not as a trigger after the response began: a release or
    deploy late in the timeline ("the fixed release was published") is the fix going out,
    which may be the resolution."""
    last = timed[-1]
    if last.phase == "trigger" and response < len(timed) - 1 and not last.also:
        return negated(last.text)
    return _placed(last)


def _said_anywhere(ctx: Context, phases: tuple[str, ...]) -> bool:
    """Some line of the document names one of `phases` in words pmlint knows: then an
    unplaced entry may be that phase written differently, and pmlint cannot tell."""
    code = ctx.timeline.code_lines
    text = "\n".join(line for n, line in enumerate(ctx.timeline.lines, start=1)
                     if n not in code)
    return mentions(text, phases)  # type: ignore[arg-type]


def _where(ctx: Context, line: int, column: int) -> tuple[int, int]:
    """The timeline's heading, a few lines above its first entry, if there is one: the
    finding is about the timeline as a whole."""
    from pmlint.timeline.extract import _names_timeline

    lines = ctx.timeline.lines
    for number in range(line - 1, max(0, line - 6), -1):
        if number <= len(lines) and _names_timeline(lines[number - 1]):
            return number, 1
    return line, column


RULE = Rule(code="PM401", name="missing-phase", severity="info",
            summary="No resolution time anywhere.", check=check,
            doc=__doc__ or "")
