"""Corpus charts as geometry: each metric's distribution, and the trend by month.

Inputs are the records `pmlint metrics --format json` prints (`incident.to_record`), so the
charts and the metrics command count the same incidents the same way; the aggregate table
comes from `timeline.corpus.aggregate` itself.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pmlint.timeline.render import format_seconds

METRICS = (("mttd", "MTTD", "time to detect"), ("mtta", "MTTA", "time to acknowledge"),
           ("mtte", "MTTE", "time to escalate"), ("mttm", "MTTM", "time to mitigate"),
           ("mttr", "MTTR", "time to resolve"))
# Bin edges in seconds: durations run from seconds to days, so the bins grow with them.
EDGES = (0, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 259200, math.inf)
EDGE_LABELS = ("0", "5m", "15m", "30m", "1h", "2h", "4h", "8h", "1d", "3d", "")
HIST_W, HIST_H = 440.0, 158.0
HIST_LEFT, HIST_RIGHT, HIST_TOP, HIST_BOTTOM = 30.0, 425.0, 36.0, 134.0
TREND_W = 900.0
TREND_LEFT, TREND_RIGHT = 70.0, 885.0
MAX_MONTHS = 60
LOG_TICKS = ((60, "1 min"), (600, "10 min"), (3600, "1 h"), (21600, "6 h"), (86400, "1 d"),
             (604800, "1 w"))


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    count: int
    label: str  # "1–2 h: 3 incidents"


@dataclass(frozen=True)
class AxisLabel:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Histogram:
    metric: str  # "MTTR"
    title: str  # "time to resolve"
    bars: tuple[Bar, ...]
    edges: tuple[AxisLabel, ...]
    baseline: float
    count: int
    summary: str  # "median 2 h 30 min, p90 1 d 2 h; 3 of 10 incidents have none"


@dataclass(frozen=True)
class TrendPoint:
    x: float
    y: float
    metric: str  # mttd | mttr
    label: str  # "2023-05 median MTTR: 2 h"


@dataclass(frozen=True)
class Trend:
    months: tuple[AxisLabel, ...]
    bars: tuple[Bar, ...]
    count_top: float
    count_bottom: float
    lines: tuple[tuple[str, tuple[TrendPoint, ...]], ...]  # (metric, points) for polylines
    y_ticks: tuple[AxisLabel, ...]
    median_top: float
    median_bottom: float
    height: float
    undated: int  # incidents with no date: not in the trend
    summary: str


@dataclass(frozen=True)
class StatRow:
    metric: str
    count: int
    share: str
    median: str
    p90: str
    max: str


@dataclass(frozen=True)
class CorpusCharts:
    histograms: tuple[Histogram, ...]
    trend: Trend | None
    stats: tuple[StatRow, ...]


def corpus_charts(records: Sequence[Mapping[str, Any]],
                  aggregate: Mapping[str, Mapping[str, Any]],
                  coverage: Mapping[str, float]) -> CorpusCharts:
    histograms = tuple(_histogram(records, key, name, title) for key, name, title in METRICS)
    stats = tuple(_stat_row(name, aggregate.get(key), coverage.get(key, 0.0))
                  for key, name, _ in METRICS)
    return CorpusCharts(histograms, _trend(records), stats)


def _values(records: Sequence[Mapping[str, Any]], key: str) -> list[float]:
    return [float(r[f"{key}_seconds"]) for r in records
            if r.get(f"{key}_seconds") is not None]


def _histogram(records: Sequence[Mapping[str, Any]], key: str, name: str, title: str
               ) -> Histogram:
    values = _values(records, key)
    counts = [sum(1 for v in values if EDGES[n] <= v < EDGES[n + 1])
              for n in range(len(EDGES) - 1)]
    top = max(counts, default=0) or 1
    width = (HIST_RIGHT - HIST_LEFT) / len(counts)
    bars = []
    for n, count in enumerate(counts):
        height = (HIST_BOTTOM - HIST_TOP) * count / top
        span = f"{EDGE_LABELS[n]}–{EDGE_LABELS[n + 1]}" if EDGE_LABELS[n + 1] \
            else f"over {EDGE_LABELS[n]}"
        bars.append(Bar(round(HIST_LEFT + n * width + 2, 1), round(HIST_BOTTOM - height, 1),
                        round(width - 4, 1), round(height, 1), count,
                        f"{name} {span}: {count} incident{'s' if count != 1 else ''}"))
    edges = tuple(AxisLabel(round(HIST_LEFT + n * width, 1), HIST_BOTTOM + 16, text)
                  for n, text in enumerate(EDGE_LABELS) if text)
    missing = len(records) - len(values)
    if values:
        summary = (f"median {format_seconds(statistics.median(values))}, "
                   f"max {format_seconds(max(values))}; {len(values)} of {len(records)} "
                   f"incident{'s' if len(records) != 1 else ''}")
    else:
        summary = f"no incident gives both ends ({len(records)} read)"
    if values and missing:
        summary += f" ({missing} without)"
    return Histogram(name, title, tuple(bars), edges, HIST_BOTTOM, len(values), summary)


def _stat_row(name: str, stats: Mapping[str, Any] | None, share: float) -> StatRow:
    def text(key: str) -> str:
        value = stats.get(key) if stats else None
        return format_seconds(value) if value is not None else "–"

    return StatRow(name, int(stats.get("count", 0)) if stats else 0, f"{share:.0%}",
                   text("median"), text("p90"), text("max"))


def _month(record: Mapping[str, Any]) -> str | None:
    """The month of the incident's start (as `metrics --by month` groups it)."""
    start = record.get("start") or record.get("detected")
    return start[:7] if isinstance(start, str) and start[:4].isdigit() else None


def _trend(records: Sequence[Mapping[str, Any]]) -> Trend | None:
    dated = [(m, r) for r in records if (m := _month(r)) is not None]
    if not dated:
        return None
    months = _month_range(min(m for m, _ in dated), max(m for m, _ in dated))
    if len(months) > MAX_MONTHS:
        months = months[-MAX_MONTHS:]
        dated = [(m, r) for m, r in dated if m >= months[0]]
    step = (TREND_RIGHT - TREND_LEFT) / len(months)
    centre = {m: TREND_LEFT + (n + 0.5) * step for n, m in enumerate(months)}
    count_top, count_bottom = 34.0, 108.0
    median_top, median_bottom = 142.0, 262.0
    per_month = {m: [r for mm, r in dated if mm == m] for m in months}
    most = max(len(v) for v in per_month.values())
    bars = []
    for m in months:
        count = len(per_month[m])
        height = (count_bottom - count_top) * count / most
        bars.append(Bar(round(centre[m] - step * 0.35, 1), round(count_bottom - height, 1),
                        round(step * 0.7, 1), round(height, 1), count,
                        f"{m}: {count} incident{'s' if count != 1 else ''}"))
    medians = {key: {m: statistics.median(v) for m in months
                     if (v := _values(per_month[m], key))} for key in ("mttd", "mttr")}
    found = [v for series in medians.values() for v in series.values()]
    low, high = 60.0, max([86400.0, *found])
    high = next((t for t, _ in LOG_TICKS if t >= high), high)

    def y(seconds: float) -> float:
        value = min(max(seconds, low), high)
        share = (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low))
        return round(median_bottom - share * (median_bottom - median_top), 1)

    lines = tuple((key, tuple(TrendPoint(round(centre[m], 1), y(v), key,
                                         f"{m} median {key.upper()}: {format_seconds(v)}")
                              for m, v in series.items()))
                  for key, series in medians.items())
    y_ticks = tuple(AxisLabel(TREND_LEFT - 8, y(t), text) for t, text in LOG_TICKS
                    if low <= t <= high)
    every = max(1, math.ceil(len(months) / 12))
    labels = tuple(AxisLabel(round(centre[m], 1), median_bottom + 18, m)
                   for n, m in enumerate(months) if n % every == 0)
    undated = len(records) - len(dated)
    summary = (f"{len(dated)} dated incident{'s' if len(dated) != 1 else ''} from {months[0]} "
               f"to {months[-1]}" + (f"; {undated} without a date" if undated else ""))
    return Trend(labels, tuple(bars), count_top, count_bottom, lines, y_ticks, median_top,
                 median_bottom, median_bottom + 30, undated, summary)


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
