"""How pmlint reads one expression: the answer to a reviewer's "what did you make of this?"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from pmlint.timeline.extract import Extraction
from pmlint.timeline.lexer import scan
from pmlint.timeline.model import Event, RawEntry
from pmlint.timeline.normalise import Options, resolve
from pmlint.timeline.provenance import Inference
from pmlint.timeline.relative import rewrite


@dataclass(frozen=True)
class Reading:
    text: str
    start: Event
    end: Event | None
    also: tuple[str, ...]  # other expressions in the text, not read

    @property
    def grain(self) -> str:
        return self.start.grain


def read_expression(text: str, options: Options = Options()) -> Reading | None:
    """The first time expression in `text` (with its range end), or None; a relative one
    ("yesterday at 5pm", "2 hours ago", "next Friday") against --reference."""
    line = " ".join(text.split())
    plain = _read(line, options)
    if options.reference is None or (plain is not None and plain.start.date is not None):
        return plain  # a written date wins over any relative word beside it
    rewritten = rewrite(line, options.reference)
    if rewritten is not None:
        reading = _read(rewritten[0], options)
        if reading is not None:
            phrase, value = rewritten[1]
            note = Inference("date", "reference", subject=phrase, value=value)
            start = replace(reading.start, provenance=(*reading.start.provenance, note),
                            written=reading.start.written.replace(value, phrase, 1))
            return replace(reading, text=line, start=start)
    return plain


# "noon on 4 August 2010" read alone: the word opens the phrase, where a sentence would put
# "at" before it (the lexer reads a bare noon or midnight only after such a word)
OPENS_ON_NOON = re.compile(r"(?:12[ \t]++)?(?:noon|midday|midnight)(?![A-Za-z])", re.IGNORECASE)


def _read(line: str, options: Options) -> Reading | None:
    text = line
    exprs = scan(line)
    if (not exprs or exprs[0].clock is None) and OPENS_ON_NOON.match(line):
        line = f"at {line}"
        exprs = scan(line)
    if not exprs:
        return None
    first = exprs[0]
    raws = [RawEntry(line=1, column=first.start + 1, expr=first, text=line, source="summary",
                     kind="prose", part="range-start" if first.range_end else "single")]
    if first.range_end is not None:
        end = first.range_end
        raws.append(RawEntry(line=1, column=end.start + 1, expr=end, text=line,
                             source="summary", kind="prose", part="range-end"))
    ref = options.reference
    ref_date = ref.date() if isinstance(ref, dt.datetime) else ref
    timeline = resolve(Extraction((line,), tuple(raws), (), (), None), "<text>",
                       replace(options, reference=ref_date))
    events = list(timeline.events)
    if isinstance(ref, dt.datetime) and first.date is None and events[0].at is not None:
        events = _not_before(events, ref)
    also = tuple(e.written for e in exprs[1:])
    return Reading(text, events[0], events[1] if len(events) > 1 else None, also)


def _not_before(events: list[Event], ref: dt.datetime) -> list[Event]:
    """A time without a date is its first occurrence at or after the reference."""
    start = events[0]
    assert start.at is not None
    ref_aware = ref if ref.tzinfo is not None else ref.replace(tzinfo=start.at.tzinfo)
    if start.at >= ref_aware:
        return events
    note = Inference("day", "reference", subject=start.written, origin=ref.isoformat(), days=1)
    return [_shift_day(e, note) for e in events]


def _shift_day(event: Event, note: Inference) -> Event:
    at = event.at.add(days=1) if event.at is not None else None
    local = at.strftime("%Y-%m-%dT%H:%M") if at is not None else event.local
    if at is not None and event.clock is not None and event.clock.second is not None:
        local += at.strftime(":%S")
    return replace(event, at=at, local=local, provenance=(*event.provenance, note))


def shown_instant(shown: dict[str, object], event: Event) -> object:
    """What `pmlint when` prints for one end: the instant, the wall clock, or why there is
    neither. A day without its month ("Monday the 22nd") is a day whose month was not given,
    not an invalid time."""
    if shown["at"] or shown["local"]:
        return shown["at"] or shown["local"]
    month_missing = event.date is not None and event.date.month is None \
        and not event.date.oddities and not event.impossible
    return "no month given" if month_missing else "not a valid time"
