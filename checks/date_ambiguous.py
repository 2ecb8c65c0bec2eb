"""date-ambiguous: a numeric date such as 6/9/22 that the document does not settle.

6/9/22 is June 9 in the US and 6 September elsewhere. Another date in the document can
settle the order (25/9/22, or a "Jun 9" that only fits one reading), and so can a seasonal
zone label beside it ("04/03/2020, 04:06 am EDT": 4 March was on EST, so it is April 3);
this rule fires, once, when nothing does. pmlint then reads the order usual where the
document's zones are used (day-first beside GMT+1 or CET, month-first beside EST or PT), or
where the language of its prose is written (day-first for a log in Spanish, French or
German), else month-first, and the message says which. Read by the zones' custom, the date
is most likely what the author meant: the finding is then an info note, a reader abroad
may still read it the other way; read month-first for want of anything, a warning.

Fails::

    The purge ran on 6/9/22 at 17:00 UTC.

Passes::

    The purge ran on 6/9/22 (Jun 9, 2022) at 17:00 UTC.
"""

from __future__ import annotations

from collections.abc import Iterator

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.timeline.zones import on_summer_time


def check(ctx: Context) -> Iterator[Problem]:
    lean = ctx.timeline.date_order_zone
    if ctx.timeline.day_first is not None and lean is None:
        return  # settled by the document
    if _settled_by_the_season(ctx):
        return  # "04/03/2020, 04:06 am EDT": only April 3 was on daylight time
    if lean is None:
        reading = "read month-first"
    else:
        order = "day-first" if ctx.timeline.day_first else "month-first"
        reading = f"read {order}, as dates are usually written where {lean} is used"
    for event in ctx.timeline.events:
        date = event.date
        if date is None or date.numeric is None:
            continue
        a, b = date.numeric
        if a == b or a > 12 or b > 12:
            continue
        yield Problem(event.line, event.column,
                      f"{date.written} could be month {a} day {b} or day {a} month {b}; "
                      f"{reading}",
                      suggestion="write the month as a word or use ISO dates (YYYY-MM-DD)",
                      severity=None if lean is None else "info")
        return


def _settled_by_the_season(ctx: Context) -> bool:
    """Every ambiguous date written beside a seasonal zone label ("EDT", "CET") fits that label
    only as read, and at least one would not fit it with its day and month swapped: the
    label says which order the author meant."""
    told = False
    for event in ctx.timeline.events:
        date, zone, at = event.date, event.zone, event.at
        if date is None or date.numeric is None or zone is None or at is None:
            continue
        a, b = date.numeric
        if a == b or a > 12 or b > 12:
            continue
        region = zone.daylight_of or zone.standard_of
        if region is None:
            return False  # a zone with no season in its name settles nothing
        summer = zone.daylight_of is not None
        try:
            swapped = at.replace(month=at.day, day=at.month)
        except ValueError:
            return False
        if on_summer_time(at, region) != summer:
            return False  # the label is wrong as read: tz-dst-mismatch's to say
        told = told or on_summer_time(swapped, region) != summer
    return told


RULE = Rule(code="PM108", name="date-ambiguous", severity="warning",
            summary="A numeric date like 6/9/22 that the document does not settle.",
            check=check, lowered=("info",), doc=__doc__ or "")
