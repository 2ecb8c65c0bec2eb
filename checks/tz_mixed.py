"""tz-mixed: one timeline written in several time zones.

Flags a timeline whose entries use different UTC offsets (a reader must convert to follow
it), and, as a milder note, a summary or header in one zone next to a timeline in another.

Fails::

    - 09:00 UTC: alert fired
    - 02:10 PDT: rollback

Passes::

    - 09:00 UTC: alert fired
    - 09:10 UTC: rollback
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from checks.base import Problem, Rule
from checks.context import Context
from timeline.model import Event


def check(ctx: Context) -> Iterator[Problem]:
    events = [e for e in ctx.timeline.events if e.zone is not None and e.clock is not None
              and (e.at is not None or e.zone.offset_minutes is not None)]
    entries = [e for e in events if e.source == "timeline"]
    offsets = Counter(_offset(e) for e in entries)
    if len(offsets) > 1:
        main = offsets.most_common(1)[0][0]
        odd = next(e for e in entries if _offset(e) != main)
        first_main = next(e for e in entries if _offset(e) == main)
        yield Problem(odd.line, odd.column,
                      f"the timeline mixes zones: {odd.written} is in {odd.zone.label}, while "
                      f"{offsets[main]} entr{'ies are' if offsets[main] > 1 else 'y is'} in "
                      f"{first_main.zone.label}",
                      related_line=first_main.line,
                      suggestion=f"write every entry in {first_main.zone.label}")
        return
    if not entries:
        return
    timeline_offset = _offset(entries[0])
    summary = next((e for e in events if e.source == "summary"
                    and _offset(e) != timeline_offset
                    and not _converted(e, events, timeline_offset)), None)
    if summary is not None:
        yield Problem(summary.line, summary.column,
                      f"the summary gives {summary.written} in {summary.zone.label}, the "
                      f"timeline is in {entries[0].zone.label}",
                      related_line=entries[0].line, severity="info",
                      suggestion="use one zone in the summary and the timeline, or give both")


def _converted(event: Event, events: list[Event], offset: int | str) -> bool:
    """"18:00 UTC (2:00 PM EDT)": the same moment given on the same line in the timeline's
    zone too, which is the conversion the reader needs, not a mix."""
    return event.order_minutes is not None and any(
        other is not event and other.line == event.line and _offset(other) == offset
        and other.order_minutes == event.order_minutes for other in events)


def _offset(event: Event) -> int | str:
    """The UTC offset in minutes: from the instant, or from a fixed zone when no date is known.
    A DST-following zone (ET, Europe/Berlin) is one zone whatever its offset that day."""
    if event.zone is not None and event.zone.iana is not None:
        return event.zone.iana
    if event.at is None:
        assert event.zone is not None and event.zone.offset_minutes is not None
        return event.zone.offset_minutes
    offset = event.at.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


RULE = Rule(code="PM107", name="tz-mixed", severity="warning",
            summary="Time zones mixed in one timeline.", check=check, doc=__doc__ or "")
