"""A gap a sentence gives between two times ("It resumed at 8:00 AM UTC, just over 7 hours
later", "back at 2.30pm, about five hours after the initial failure") against the times
themselves.

Part of duration-mismatch, kept apart because the length is not a span of the incident's
but the step from the time told before: the normaliser uses the gap to put a time on a
later day; whether the gap fits is weighed here. "Later" than what is the author's to say,
so every time told in the few lines before counts: only a gap that fits none of them is
reported. A gap from "the initial failure" counts from the incident's first moment, which
may be any time told before it in the document: again only a gap that fits none is reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem
from pmlint.checks.context import Context
from pmlint.checks.words import span
from pmlint.timeline.durations import gap_and_bound_said_after, gap_from_the_first_said_after
from pmlint.timeline.model import Event
from pmlint.timeline.reading import same_axis

GAP_REACH_LINES = 3  # lines above a time whose times its "N hours later" may count from
DAY = 1440.0
GAP_SLACK = 30.0  # minutes a said gap may be off; or a quarter of it, if larger


def said_gaps(ctx: Context) -> Iterator[Problem]:
    lines = ctx.timeline.lines
    events = [e for e in ctx.timeline.events
              if e.clock is not None and e.order_minutes is not None]
    # the lines that say "later", each lowered once however many times it holds
    saying = {n for n in {e.line for e in events}
              if 0 < n <= len(lines) and "later" in lines[n - 1].lower()}
    counting = {n for n in {e.line for e in events}
                if 0 < n <= len(lines) and " after the " in lines[n - 1].lower()}
    for n, event in enumerate(events):
        if event.line in counting:
            yield from _from_the_first(lines, events[:n], event)
        if event.line not in saying:
            continue
        said = said_gap(lines, event)
        if said is None:
            continue
        gap, bound = said
        before = [e for e in events[:n] if 0 <= event.line - e.line <= GAP_REACH_LINES
                  and (e.line, e.column) < (event.line, event.column) and same_axis(e, event)]
        if not before or any(_fits(event, e, gap, bound) for e in before):
            continue
        previous = before[-1]
        yield Problem(event.line, event.column,
                      f"{event.written} is said to come {span(gap * 60)} after the time told "
                      f"before it, but it comes {span(_after(event, previous) * 60)} after "
                      f"{previous.written} (line {previous.line})",
                      end_column=event.column + len(event.written),
                      related_line=previous.line, severity="warning",
                      suggestion="correct the gap the sentence gives, or one of the times")


def _from_the_first(lines: tuple[str, ...], before: list[Event], event: Event
                    ) -> Iterator[Problem]:
    """"Back at 2.30pm, about five hours after the initial failure": a gap from the first
    moment, which is one of the times told before it (the first of them, most often)."""
    gap = gap_from_the_first_said_after(lines[event.line - 1],
                                        event.column - 1 + len(event.written))
    if gap is None:
        return
    earlier = [e for e in before if same_axis(e, event) and _minutes(e) <= _minutes(event)]
    if not earlier or any(_fits(event, e, gap) for e in earlier):
        return
    first = min(earlier, key=_minutes)
    yield Problem(event.line, event.column,
                  f"{event.written} is said to come {span(gap * 60)} after the incident's "
                  f"first moment, but it comes {span(_after(event, first) * 60)} after "
                  f"{first.written} (line {first.line}), the earliest time told before it",
                  end_column=event.column + len(event.written), related_line=first.line,
                  severity="warning", suggestion="correct the gap the sentence gives, or one "
                                                 "of the times")


def said_gap(lines: tuple[str, ...], event: Event) -> tuple[float, str | None] | None:
    """The minutes "N hours later" right after the event says it came after the time before
    it, and whether they are a bound ("over", "under"), if its line says so."""
    if not 0 < event.line <= len(lines):
        return None
    return gap_and_bound_said_after(lines[event.line - 1],
                                    event.column - 1 + len(event.written))


def _minutes(event: Event) -> float:
    assert event.order_minutes is not None
    return event.order_minutes


def _after(event: Event, earlier: Event) -> float:
    """Minutes from `earlier` to `event`; an event that the reading put before it is taken
    on the next day its clock comes round, as "later" says (the day may be the slip)."""
    apart = _minutes(event) - _minutes(earlier)
    return apart % DAY if apart < 0 else apart


def _fits(event: Event, earlier: Event, gap: float, bound: str | None = None) -> bool:
    """The step from `earlier` fits the gap said: within its slack of the figure, or on the
    bound's side of it ("over two hours later": any step from two hours on)."""
    after, slack = _after(event, earlier), max(GAP_SLACK, gap / 4)
    if bound == "over":
        return after >= gap - slack
    if bound == "under":
        return after <= gap + slack
    return abs(after - gap) <= slack
