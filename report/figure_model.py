"""The timeline drawing as geometry: what goes where, in SVG user units.

Kept apart from the layout code so the templates read plain numbers and words, and tests
can check positions without parsing SVG.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tick:
    x: float
    page: str  # "21:45" on the page clock
    utc: str  # "02:45" in UTC; "" when the axis is not real time
    day_page: str | None  # a date label where the day changes on the page clock
    day_utc: str | None
    midnight: bool = False  # a day boundary on the page clock
    edge: bool = False  # only the date the axis opens on: no tick of its own


@dataclass(frozen=True)
class AxisBreak:
    """Where the axis is cut: a stub beyond it holds readings as written far away."""

    x: float  # the middle of the cut
    x1: float  # the stub's extent
    x2: float
    note: str  # "≈12 h later"


@dataclass(frozen=True)
class Lane:
    """A labelled horizontal strip of the drawing."""

    y: float
    height: float
    label: str
    note: str = ""


@dataclass(frozen=True)
class Band:
    """A span between two moments: the stated impact, or a phase interval (MTTD...)."""

    x1: float
    x2: float
    y: float
    height: float
    kind: str  # "impact" | a metric name
    label: str
    disputed: bool = False


@dataclass(frozen=True)
class Marker:
    """A phase anchor: a vertical rule across the plot and a labelled flag."""

    x: float
    phase: str
    label: str  # "Detected"
    flag_y: float
    line: int
    row_id: str | None
    when: str  # the moment on the page clock, for the tooltip
    label_end: bool = False  # the flag points left: it would run off the plot


@dataclass(frozen=True)
class Point:
    """A timestamp on the axis: an entry where pmlint reads it, or where it was written."""

    x: float
    y: float
    line: int
    label: str  # "14"
    title: str  # tooltip: the written time and the entry's words
    row_id: str
    source: str  # timeline | summary
    ghost: bool = False  # where a corrected entry was written


@dataclass(frozen=True)
class Arrow:
    """From where a corrected entry was written to where it belongs."""

    x1: float
    y1: float
    x2: float
    y2: float
    label: str  # "AM/PM", "rollover"
    line: int
    track: float  # the height at which it runs across, apart from the other arrows


@dataclass(frozen=True)
class Figure:
    id: str
    width: float
    height: float
    left: float  # the plot's left edge (lane labels sit before it)
    right: float
    axis_y: float
    plot_top: float
    plot_bottom: float
    ticks: tuple[Tick, ...]
    lanes: tuple[Lane, ...]
    bands: tuple[Band, ...]
    markers: tuple[Marker, ...]
    points: tuple[Point, ...]
    arrows: tuple[Arrow, ...]
    real_time: bool  # the axis is UTC-convertible: the UTC switch applies
    summary: str  # one sentence for screen readers: what the drawing shows
    empty: str = ""  # why nothing is drawn
    left_out: tuple[int, ...] = ()  # lines of timestamps that have no place on this axis
    axis_spans: tuple[tuple[float, float], ...] = ()  # x extents of the axis line's pieces
    breaks: tuple[AxisBreak, ...] = ()
