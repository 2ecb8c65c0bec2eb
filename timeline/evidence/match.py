"""Pair the draft's times with the record's, and say where they agree.

Pure functions of a Timeline, its settled AM/PM reading and the record. In three steps:

1. **Pairs.** A record milestone (a pager's trigger, a platform's "Fixed at") pairs with the
   draft's times that mark the same phase; a chat message pairs with the draft entry whose
   words it shares (at least two, the same phase counting as one).
2. **Shift.** The offset that most pairs agree on. For a zoned draft it is 0 unless the
   pairs agree, all but a few, on another (the draft's zone is off: EST written for EDT);
   for a draft without a zone it *is* the zone; for one without a date it is the date.
3. **Verdicts.** With the shift applied, each pair agrees within the tolerance, or is off
   by twelve hours on a 12-hour clock (the record settles AM/PM), or by whole days on an
   assumed date (it settles the day), or it is a mismatch. A message is at or after what
   it reports, so it only bounds the draft from above.
"""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from pmlint.timeline.evidence.model import Evidence, RecordItem
from pmlint.timeline.evidence.words import is_intent, significant
from pmlint.timeline.model import Event, Timeline

PHASE_ORDER = ("start", "detection", "acknowledgement", "escalation", "mitigation",
               "resolution")
DAY = 1440.0
HALF_DAY = 720.0
MESSAGE_LAG = 30.0  # minutes a message may follow what it reports, for aligning
SEARCH_WINDOW = 180.0  # minutes around an entry where its messages are looked for
MIN_WORDS = 2
GRID = 15.0  # zone offsets are whole quarter hours
ZONE_STEP = 30.0  # a written zone is off by whole half hours (EST for EDT, IST read wrongly)
MAJORITY = 2 / 3
MAX_OFFSET = 14 * 60.0
Verdict = Literal["agrees", "mismatch", "ampm", "day", "confirms-flip", "refutes-flip"]


@dataclass(frozen=True)
class Point:
    """A draft time that can be compared: an event with a clock on the common axis."""

    index: int  # in timeline.events
    event: Event
    minutes: float  # the settled reading (AM/PM corrections applied)
    written: float  # as the normaliser read it
    flipped: bool  # ampm-flip corrected it
    phases: frozenset[str]
    assumed_date: bool  # the date was carried or rolled over, not written


@dataclass(frozen=True)
class Pair:
    """A draft time and the record item that speaks of the same moment."""

    point: Point
    item: RecordItem
    via: Literal["phase", "words"]
    phase: str | None  # the phase they share
    shared: tuple[str, ...]  # the words they share
    residual: float  # minutes: draft (shifted) minus record; > 0 when the draft is later
    verdict: Verdict
    tolerance: float


@dataclass(frozen=True)
class Shift:
    """The offset between the draft's axis and UTC that the pairs agree on."""

    minutes: float
    support: int  # pairs that agree at this offset
    total: int  # pairs considered
    zoned: bool  # the draft states its zone
    axis: str  # dated | year-less | undated


@dataclass(frozen=True)
class Inversion:
    """Two phases the draft orders one way and the record the other."""

    first: Pair  # earlier in the draft
    second: Pair


@dataclass(frozen=True)
class Reconciliation:
    items: tuple[RecordItem, ...]  # the record, narrowed to the draft's incident
    shift: Shift | None  # None: the draft and the record could not be aligned
    pairs: tuple[Pair, ...]
    missing: tuple[tuple[str, tuple[RecordItem, ...]], ...]  # phases the draft never names
    inversions: tuple[Inversion, ...]
    group: str = ""


EMPTY = Reconciliation((), None, (), (), ())


def reconcile(timeline: Timeline, evidence: Evidence, flips: Mapping[int, object],
              settled: Callable[[int], float | None]) -> Reconciliation:
    """`settled(i)` is event i's instant after the AM/PM reading (Analysis.minutes)."""
    points = _points(timeline, flips, settled)
    if not evidence.items:
        return EMPTY
    axis = _axis(points)
    points = [p for p in points if _kind(p.event) == axis]
    zoned = bool(points) and all(p.event.at is not None for p in points)
    items, group = _incident(evidence.items, points, axis, zoned)
    missing = _missing(timeline, items)
    if not points:
        return Reconciliation(items, None, (), missing, (), group)
    tolerance = evidence.settings.tolerance_minutes
    milestones = _milestone_candidates(points, items)
    index = _chat_index(points, items, zoned and axis == "dated")
    chat = _chat_candidates(points, index)
    shift = _shift(milestones, chat, tolerance, zoned, axis)
    if shift is None:
        return Reconciliation(items, None, (), missing, (), group)
    pairs = [*_judge_milestones(milestones, shift.minutes, tolerance),
             *_judge_chat(points, index, shift.minutes, tolerance)]
    inversions = _inversions([p for p in pairs if p.via == "phase"])
    return Reconciliation(items, shift, tuple(pairs), missing, inversions, group)


# --- the draft's side ------------------------------------------------------------------------

def _points(timeline: Timeline, flips: Mapping[int, object],
            settled: Callable[[int], float | None]) -> list[Point]:
    points = []
    for index, event in enumerate(timeline.events):
        if event.clock is None or event.order_minutes is None or event.clock.placeholder:
            continue
        minutes = settled(index)
        if minutes is None:
            continue
        phases = frozenset(p for p in (event.phase, *event.also) if p != "other")
        if "end" in phases:
            phases |= {"resolution"}
        assumed = event.date is None or event.date.day is None
        points.append(Point(index, event, minutes, event.order_minutes, index in flips,
                            phases, assumed))
    return points


def _kind(event: Event) -> str:
    local = event.local
    if local[:1].isdigit():
        return "dated"
    return "year-less" if local.startswith("--") else "undated"


def _axis(points: Sequence[Point]) -> str:
    """The axis most timeline entries are on (a draft mixes them only by accident)."""
    counts: dict[str, int] = {}
    for p in points:
        if p.event.source == "timeline":
            counts[_kind(p.event)] = counts.get(_kind(p.event), 0) + 1
    if not counts:
        for p in points:
            counts[_kind(p.event)] = counts.get(_kind(p.event), 0) + 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else "dated"


def _utc_minutes(item: RecordItem) -> float:
    return item.at.timestamp() / 60


# --- which incident of the record --------------------------------------------------------------

def _incident(items: tuple[RecordItem, ...], points: Sequence[Point], axis: str, zoned: bool
              ) -> tuple[tuple[RecordItem, ...], str]:
    """A file may hold many incidents (a status page's last fifty): keep the one whose items
    fall nearest the draft's dated times; ungrouped items always stay."""
    groups = sorted({i.group for i in items if i.group})
    if len(groups) <= 1:
        return items, groups[0] if groups else ""
    if axis != "dated" or not points:
        return tuple(i for i in items if not i.group), ""
    slack = 0.0 if zoned else MAX_OFFSET
    low = min(p.minutes for p in points) - DAY - slack
    high = max(p.minutes for p in points) + DAY + slack

    def near(group: str) -> int:
        return sum(1 for i in items if i.group == group and low <= _utc_minutes(i) <= high)

    best = max(groups, key=near)
    if near(best) == 0 or sum(1 for g in groups if near(g) == near(best)) > 1:
        return tuple(i for i in items if not i.group), ""
    return tuple(i for i in items if i.group in ("", best)), best


# --- candidates ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Candidate:
    phase: str | None
    points: tuple[Point, ...]  # the draft times that could be this item
    item: RecordItem
    shared: tuple[str, ...] = ()


def _milestone_candidates(points: Sequence[Point], items: Sequence[RecordItem]
                          ) -> list[_Candidate]:
    """For each phase the record stamps exactly: its first item (its last for resolution),
    and the draft's times that mark that phase."""
    found = []
    for phase in PHASE_ORDER:
        stamped = [i for i in items if i.phase == phase and i.bound == "exact"]
        marking = tuple(p for p in points if phase in p.phases)
        if not stamped or not marking:
            continue
        item = stamped[-1] if phase == "resolution" else stamped[0]
        found.append(_Candidate(phase, marking, item))
    return found


def _entries(points: Sequence[Point]) -> list[Point]:
    return [p for p in points if p.event.source == "timeline" and p.event.kind == "entry"]


def _chat_index(points: Sequence[Point], items: Sequence[RecordItem], windowed: bool
                ) -> _Index | None:
    """The messages, indexed by the draft's words; for a zoned, dated draft only those
    within a day of its entries."""
    messages = [i for i in items if i.bound == "after" and i.text]
    entries = _entries(points)
    if windowed and entries:
        low = min(p.minutes for p in entries) - DAY
        high = max(p.minutes for p in entries) + DAY
        messages = [m for m in messages if low <= _utc_minutes(m) <= high]
    return _Index(messages, entries) if messages and entries else None


def _chat_candidates(points: Sequence[Point], index: _Index | None) -> list[_Candidate]:
    """For each timeline entry, the message that shares the most words with it, when that
    message is the only one sharing so many (an aligning pair must be unambiguous)."""
    if index is None:
        return []
    found = []
    for point in _entries(points):
        scored = index.scored(point, limit=2)
        if not scored:
            continue
        best = scored[0][0]
        if len(scored) > 1 and scored[1][0] == best:
            continue
        _, item, shared = scored[0]
        found.append(_Candidate(None, (point,), item, shared))
    return found


class _Index:
    """Messages by the words they share with the draft, so an entry finds its messages
    without a scan. Only the draft's own words are indexed (a channel's other talk costs
    nothing), postings are compact arrays in time order, and a window of time is found by
    bisection."""

    def __init__(self, messages: Sequence[RecordItem], entries: Sequence[Point]) -> None:
        self.messages = messages
        self.minutes = array("d", (_utc_minutes(m) for m in messages))
        self.entry_words = {p.index: significant(p.event.text) for p in entries}
        vocabulary = frozenset().union(*self.entry_words.values()) if entries else frozenset()
        self.postings: dict[str, array[int]] = {}
        for n, message in enumerate(messages):
            for word in significant(message.text) & vocabulary:
                self.postings.setdefault(word, array("I")).append(n)
        self.counts = array("H", bytes(2 * len(messages)))  # reused: zero between entries

    def words_of(self, point: Point) -> frozenset[str]:
        found = self.entry_words.get(point.index)
        return significant(point.event.text) if found is None else found

    def scored(self, point: Point, around: float | None = None, limit: int | None = None
               ) -> list[tuple[int, RecordItem, tuple[str, ...]]]:
        """(score, message, shared words), best first (the first `limit` of them); `around`
        limits to messages within the search window of that UTC minute."""
        words = self.words_of(point)
        low, high = 0, len(self.messages)
        if around is not None:
            low = bisect_left(self.minutes, around - SEARCH_WINDOW)
            high = bisect_right(self.minutes, around + SEARCH_WINDOW)
        counts, touched = self.counts, []
        for word in words:
            postings = self.postings.get(word)
            if postings is None:
                continue
            start = bisect_left(postings, low) if low else 0
            for n in postings[start:bisect_left(postings, high)]:
                if not counts[n]:
                    touched.append(n)
                counts[n] += 1
        ranked = []
        for n in touched:
            count, counts[n] = counts[n], 0
            message = self.messages[n]
            score = count + (message.phase is not None and message.phase in point.phases)
            if score >= MIN_WORDS:
                ranked.append((-score, n))
        ranked.sort()  # the best score first; then in time order, as the messages are
        found = []
        for negative, n in ranked:
            message = self.messages[n]
            if is_intent(message.text):
                continue
            found.append((-negative, message, tuple(sorted(words & significant(message.text)))))
            if limit is not None and len(found) >= limit:
                break
        return found


# --- the shift -------------------------------------------------------------------------------

def _consistent(residual: float, bound: str, tolerance: float) -> bool:
    if bound == "after":
        return -MESSAGE_LAG <= residual <= tolerance
    return abs(residual) <= tolerance


def _shift(milestones: Sequence[_Candidate], chat: Sequence[_Candidate],
           tolerance: Callable[[str | None], float], zoned: bool, axis: str) -> Shift | None:
    pairs = [(c.points[0] if c.phase is None else _nearest_point(c), c) for c in
             [*milestones, *chat]]
    if not pairs:
        return None
    if zoned and axis == "dated":
        # a zoned draft: each milestone pairs with its nearest marking time
        pairs = [(_nearest(c, 0.0), c) for _, c in pairs]

    exact = [(p, c) for p, c in pairs if c.item.bound == "exact"]

    def support(shift: float, among: Sequence[tuple[Point, _Candidate]] = pairs) -> int:
        return sum(1 for p, c in among if _consistent(
            p.minutes - shift - _utc_minutes(c.item), c.item.bound, tolerance(c.phase)))

    # messages only bound the draft from one side: alone, they align to the hour at best
    grid = GRID if exact else 60.0
    candidates = sorted({round((p.minutes - _utc_minutes(c.item)) / grid) * grid
                         for p, c in (exact or pairs)})
    total = len(pairs)
    if zoned and axis == "dated":
        # a written zone is trusted unless the platform's own stamps (two at least) agree,
        # nearly all, on one other offset a zone could be off by
        zero = support(0.0)
        others = [s for s in candidates if s and s % ZONE_STEP == 0]
        if others and len(exact) >= 2:
            best = max(others, key=lambda s: (support(s, exact), support(s), -abs(s)))
            if support(best, exact) >= max(2.0, MAJORITY * len(exact)) \
                    and support(best) > zero and support(best) >= MAJORITY * total:
                return Shift(best, support(best), total, True, axis)
        return Shift(0.0, zero, total, True, axis)
    best = max(candidates, key=lambda s: (support(s), -abs(s)))
    if support(best) < 2 or support(best) < MAJORITY * total:
        return None
    if axis == "dated" and abs(best) > MAX_OFFSET:
        return None  # an offset beyond any zone: the draft's dates are off too
    return Shift(best, support(best), total, False, axis)


def _nearest_point(candidate: _Candidate) -> Point:
    """Before the shift is known: the earliest marking time (the latest for resolution)."""
    if candidate.phase == "resolution":
        return max(candidate.points, key=lambda p: p.minutes)
    return min(candidate.points, key=lambda p: p.minutes)


def _nearest(candidate: _Candidate, shift: float) -> Point:
    target = _utc_minutes(candidate.item)
    return min(candidate.points, key=lambda p: (abs(p.minutes - shift - target), p.index))


# --- verdicts ---------------------------------------------------------------------------------

def _verdict(point: Point, item: RecordItem, shift: float, tolerance: float
             ) -> tuple[Verdict, float]:
    record = _utc_minutes(item)
    residual = point.minutes - shift - record
    if _consistent(residual, item.bound, tolerance):
        return ("confirms-flip" if point.flipped else "agrees"), residual
    if point.flipped and _consistent(point.written - shift - record, item.bound, tolerance):
        return "refutes-flip", point.written - shift - record
    clock = point.event.clock
    if clock is not None and clock.meridiem is not None:
        for half in (HALF_DAY, -HALF_DAY):
            if _consistent(residual - half, item.bound, tolerance):
                return "ampm", residual
    if point.assumed_date:
        days = round(residual / DAY)
        if days and _consistent(residual - days * DAY, item.bound, tolerance):
            return "day", residual
    return "mismatch", residual


def _judge_milestones(milestones: Sequence[_Candidate], shift: float,
                      tolerance: Callable[[str | None], float]) -> list[Pair]:
    pairs = []
    for c in milestones:
        point = _nearest(c, shift)
        allowed = tolerance(c.phase)
        verdict, residual = _verdict(point, c.item, shift, allowed)
        if verdict in ("ampm", "day", "mismatch"):
            # another time marking the phase may be the one the record speaks of: one that
            # agrees, else one a slip of twelve hours or whole days explains
            others = [(other, *_verdict(other, c.item, shift, allowed))
                      for other in sorted(c.points, key=lambda p: p.index)]
            better = next((o for o in others if o[1] in ("agrees", "confirms-flip",
                                                        "refutes-flip")), None)
            if better is None and verdict == "mismatch":
                better = next((o for o in others if o[1] in ("ampm", "day")), None)
            if better is not None:
                point, verdict, residual = better
        pairs.append(Pair(point, c.item, "phase", c.phase, (), residual, verdict, allowed))
    return pairs


def _judge_chat(points: Sequence[Point], index: _Index | None, shift: float,
                tolerance: Callable[[str | None], float]) -> list[Pair]:
    """Each timeline entry against the messages that report it: it agrees if any of them is
    at or after it; it is a mismatch only if a strong one (three shared words, or two and
    the phase) was already posted before the draft's time; a 12-hour slip is settled when
    the messages sit at the other reading."""
    if index is None:
        return []
    pairs = []
    entries = _entries(points)
    for point in entries:
        phase = point.event.phase if point.event.phase != "other" else None
        allowed = tolerance(phase)
        target = point.minutes - shift
        near = index.scored(point, around=target)
        if near:
            # the messages that share the most words report the entry; a later message
            # sharing less ("checkout is back") does not vouch for it
            best = near[0][0]
            judged = [(_verdict(point, m, shift, allowed), m, shared)
                      for score, m, shared in near if score == best]
            fitting = [j for j in judged if j[0][0] in ("agrees", "confirms-flip")]
            if fitting:
                (verdict, residual), message, shared = fitting[0]
                pairs.append(Pair(point, message, "words", phase, shared, residual, verdict,
                                  allowed))
                continue
            strong = [j for j in judged if best >= 3 and j[0][1] > allowed
                      and not _reports_another(j[1], best, point, entries, shift, tolerance,
                                               index)]
            if strong:
                (_, residual), message, shared = min(strong, key=lambda j: j[0][1])
                pairs.append(Pair(point, message, "words", phase, shared, residual,
                                  "mismatch", allowed))
                continue
            if any(j[0][0] != "mismatch" for j in judged):
                continue
        settled = _other_reading(point, index, shift, allowed, phase)
        if settled is not None:
            pairs.append(settled)
    return pairs


def _reports_another(message: RecordItem, score: int, point: Point, entries: Sequence[Point],
                     shift: float, tolerance: Callable[[str | None], float], index: _Index
                     ) -> bool:
    """A message is evidence of the entry it matches best: one that matches another entry
    as well, at a time that fits, reports that entry ("Attribute updated" twice)."""
    words = significant(message.text)
    for other in entries:
        if other is point:
            continue
        shared = len(words & index.words_of(other))
        shared += 1 if message.phase in other.phases else 0
        if shared >= score:
            phase = other.event.phase if other.event.phase != "other" else None
            verdict, _ = _verdict(other, message, shift, tolerance(phase))
            if verdict in ("agrees", "confirms-flip"):
                return True
    return False


def _other_reading(point: Point, index: _Index, shift: float, allowed: float,
                   phase: str | None) -> Pair | None:
    """Messages at the entry's other reading: as written (an AM/PM correction the record
    refutes) or twelve hours away (an AM/PM slip the record settles)."""
    clock = point.event.clock
    readings: list[float] = []
    if point.flipped:
        readings.append(point.written - shift)
    elif clock is not None and clock.meridiem is not None:
        readings.extend((point.minutes - shift + HALF_DAY, point.minutes - shift - HALF_DAY))
    for target in readings:
        near = index.scored(point, around=target)
        for score, message, shared in near:
            if score < 3:
                continue
            verdict, residual = _verdict(point, message, shift, allowed)
            if verdict in ("ampm", "refutes-flip"):
                return Pair(point, message, "words", phase, shared, residual, verdict, allowed)
    return None


# --- order and omissions -------------------------------------------------------------------------

def _inversions(pairs: Sequence[Pair]) -> tuple[Inversion, ...]:
    """Phases the draft and the record order differently, each by at least a minute. When
    only one of the two disagrees with the record, that mismatch explains the order and is
    reported instead."""
    found = []
    judged = [p for p in pairs if p.verdict in ("agrees", "mismatch", "confirms-flip")]
    for n, a in enumerate(judged):
        for b in judged[n + 1:]:
            if a.point.index == b.point.index:
                continue
            first, second = (a, b) if a.point.minutes <= b.point.minutes else (b, a)
            draft_gap = second.point.minutes - first.point.minutes
            record_gap = _utc_minutes(first.item) - _utc_minutes(second.item)
            if draft_gap < 1 or record_gap < 1:
                continue
            if (first.verdict == "mismatch") != (second.verdict == "mismatch"):
                continue
            found.append(Inversion(first, second))
    return tuple(sorted(found, key=lambda i: (i.second.point.event.line,
                                              i.second.point.event.column)))


def _missing(timeline: Timeline, items: Sequence[RecordItem]
             ) -> tuple[tuple[str, tuple[RecordItem, ...]], ...]:
    """Phases the record stamps that the draft never names, with or without a time
    ("Escalated to the DBA team." with no time still mentions the escalation)."""
    from pmlint.timeline.phases import classify_all

    named: set[str] = {p for e in timeline.events for p in (e.phase, *e.also)}
    for number, line in enumerate(timeline.lines, start=1):
        if number not in timeline.code_lines:
            named.update(classify_all(line))
    if "end" in named:
        named.add("resolution")
    found = []
    for phase in PHASE_ORDER:
        stamped = tuple(i for i in items if i.phase == phase and i.bound == "exact")
        if stamped and phase not in named:
            found.append((phase, stamped))
    return tuple(found)


def record_time(item: RecordItem, event: Event | None) -> str:
    """The record's instant on the draft's clock when it has one, with UTC beside it."""
    from pmlint.timeline.evidence.instants import utc_text
    from pmlint.timeline.zones import clock_in

    utc = utc_text(item.at)
    zone = event.zone if event is not None else None
    if zone is None:
        return utc
    local = clock_in(item.at, zone)
    if local is None or zone.offset_minutes == 0:
        return utc
    shown = local.strftime("%H:%M:%S" if local.second else "%H:%M")
    if event is not None and event.local[:10] != local.strftime("%Y-%m-%d"):
        shown = local.strftime("%Y-%m-%d ") + shown
    return f"{shown} {zone.label} ({utc})"


def on_axis(minutes: float) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)
