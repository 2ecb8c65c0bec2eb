"""What rules read: the timeline plus analyses several rules share, computed once.

The AM/PM reading is shared on purpose: when 10:45 AM follows 10:00 PM, ampm-flip reports
the entry, and ordering, rollover, window and summary rules then reason about the
corrected reading, so one mistake yields one finding, not four.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from pmlint.checks.cached import cached_property
from pmlint.timeline.frozen import quick_init
from pmlint.timeline.model import Event, TimeExpr, Timeline
from pmlint.timeline.reading import (
    Flip,
    Slip,
    Window,
    carried_shifts,
    find_flips,
    stated_window,
    timeline_entries,
    window_slip,
)

if TYPE_CHECKING:
    from pmlint.timeline.evidence.match import Reconciliation
    from pmlint.timeline.evidence.model import Evidence
    from pmlint.timeline.model import TimeExpr

T = TypeVar("T")

CLOSED_STATUS = re.compile(r"(?<![a-z])(?:resolved|closed|done|complete)(?![a-z])")
NOT_CLOSED = re.compile(r"not (?:yet )?(?:resolved|closed)")
# a status entry's fields in a front matter ("resolved: true", "severity: major-outage")
STATUS_FIELD = re.compile(r"[ \t]*+(?:resolved|resolvedwhen|resolved_?date|severity|status"
                          r"|affected\w*+|incident_states)[ \t]*+[:=]", re.IGNORECASE)
OPEN_STATUS = ("in progress", "open", "ongoing", "investigating", "active", "monitoring",
               "unresolved", "identified")


@dataclass
class Analysis:
    """What several rules derive from one timeline, computed once."""

    timeline: Timeline
    evidence: Evidence | None = None  # the record (--evidence); None without one
    # a line's time expressions, read again by several rules, and what a rule's helper
    # found that other rules ask for too: each computed once for the document
    _scans: dict[int, tuple[TimeExpr, ...]] = field(default_factory=dict, init=False,
                                                    repr=False, compare=False)
    _found: dict[Callable[..., Any], Any] = field(default_factory=dict, init=False,
                                                  repr=False, compare=False)

    def scanned(self, number: int) -> tuple[TimeExpr, ...]:
        """The time expressions `scan_document_line` reads on line `number` (1-based):
        several rules read the lines around a time, and one rule reads them for each time."""
        found = self._scans.get(number)
        if found is None:
            from pmlint.timeline.lexer import scan_document_line

            found = self._scans[number] = tuple(
                scan_document_line(self.timeline.lines[number - 1]))
        return found

    def once(self, key: Callable[..., Any], compute: Callable[[], T]) -> T:
        """`compute()`, computed once for the document and kept under `key` (the function
        it calls): what one rule finds and another rule defers to, or asks again."""
        if key not in self._found:
            self._found[key] = compute()
        return self._found[key]  # type: ignore[no-any-return]

    def on_line(self, number: int) -> tuple[Event, ...]:
        """The events on line `number`, in the timeline's order: rules that look for a
        time's partners on its line ask this instead of going through every event."""
        return self._by_line.get(number, ())

    @cached_property
    def _by_line(self) -> dict[int, tuple[Event, ...]]:
        found: dict[int, list[Event]] = {}
        for event in self.timeline.events:
            found.setdefault(event.line, []).append(event)
        return {line: tuple(events) for line, events in found.items()}

    @cached_property
    def front_matter(self) -> int:
        """How many lines a front matter takes from the first (0: none), asked by many rules."""
        from pmlint.timeline.structure import front_matter_lines

        return front_matter_lines(self.timeline.lines)

    @cached_property
    def status_fields(self) -> bool:
        """The front matter describes a status entry ("resolved: true", "severity: ..."),
        not a blog post: a status page, whose dates are when the incident was posted."""
        metadata = self.front_matter
        return metadata > 0 and any(STATUS_FIELD.match(line)
                                    for line in self.timeline.lines[:metadata])

    @cached_property
    def newest_first(self) -> bool:
        """Whether the timeline entries are listed newest first (a status log)."""
        from pmlint.timeline.reading import newest_first

        return newest_first(self.entries)

    @cached_property
    def directives(self) -> bool:
        """Whether some line holds "pmlint", as a directive must: bad-directive and the
        engine's suppression look once, in one joined text."""
        return "pmlint" in self.text

    @cached_property
    def text(self) -> str:
        """The document's lines joined, for a search that no line's end can change."""
        return "\n".join(self.timeline.lines)

    @cached_property
    def entries(self) -> list[tuple[int, Event]]:
        """Timeline entries with a clock, in document order, with their event index."""
        return timeline_entries(self.timeline)

    @cached_property
    def window(self) -> Window:
        return stated_window(self.timeline)

    @cached_property
    def slip(self) -> Slip | None:
        """The stated range, when the timeline shows its end slipped (AM/PM, or end first)."""
        return window_slip(self.timeline)

    @cached_property
    def flips(self) -> dict[int, Flip]:
        return find_flips(self.timeline, self.window)

    @cached_property
    def shifts(self) -> dict[int, float]:
        return carried_shifts(self.timeline, self.flips)

    def minutes(self, index: int) -> float | None:
        """An event's instant on the common axis, after any AM/PM correction (and the day
        a corrected entry had passed on to those after it)."""
        return self._minutes[index]

    @cached_property
    def _minutes(self) -> tuple[float | None, ...]:
        """Every event's `minutes`, computed at once: rules ask some ten thousand times a
        corpus, most for the same events, and a lookup is a tenth of the reckoning."""
        flips, shifts = self.flips, self.shifts
        found: list[float | None] = []
        for index, event in enumerate(self.timeline.events):
            flip = flips.get(index)
            if flip is not None:
                found.append(flip.minutes)
            else:
                minutes = event.order_minutes
                found.append(None if minutes is None else minutes + shifts.get(index, 0.0))
        return tuple(found)

    @cached_property
    def reconciliation(self) -> Reconciliation | None:
        """The draft against the record, shared by the evidence-* rules; None without one.
        Imported here, lazily, so a check without --evidence never loads it."""
        if self.evidence is None:
            return None
        from pmlint.timeline.evidence.match import reconcile

        return reconcile(self.timeline, self.evidence, self.flips, self.minutes)

    def index_of(self, event: Event) -> int:
        return self._index_by_id[id(event)]

    @cached_property
    def _index_by_id(self) -> dict[int, int]:
        return {id(e): i for i, e in enumerate(self.timeline.events)}

    def position(self, index: int) -> int:
        """Where event `index` stands among the timeline entries."""
        return self._positions[index]

    @cached_property
    def _positions(self) -> dict[int, int]:
        return {i: n for n, (i, _) in enumerate(self.entries)}

    @cached_property
    def is_open(self) -> bool:
        """"Status: In Progress": an open incident is not missing its resolution."""
        for f in self.timeline.fields:
            value = f.value.lower()
            if f.name != "status":
                continue
            if CLOSED_STATUS.search(value) and not NOT_CLOSED.search(value):
                return False
            return any(w in value for w in OPEN_STATUS)
        return False


@quick_init
@dataclass(frozen=True, slots=True, init=False)
class Context:
    """One rule's view: the timeline, the shared analysis, and the rule's own options."""

    timeline: Timeline
    analysis: Analysis
    options: Mapping[str, Any]
