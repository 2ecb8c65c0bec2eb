"""`pmlint metrics --plot FILE.svg|png`: the corpus as a picture.

One panel per metric with its distribution (log-spaced bins, since incident durations run
from minutes to weeks, and a zero is a real value: detection at the start), and, when the
incidents are dated in two months or more, the monthly median of each metric. matplotlib
is imported here only, when a plot is asked for; `pmlint check` never loads it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from typing import Any

MARKER = b"pmlint metrics --plot"  # in the file's metadata: what may be replaced
FORMATS = ("svg", "png")
TICKS = ((60, "1 min"), (600, "10 min"), (3600, "1 h"), (6 * 3600, "6 h"), (86400, "1 d"),
         (7 * 86400, "1 w"), (30 * 86400, "30 d"))
COLOURS = ("#1b6ca8", "#c2571a", "#2a8a4a", "#8e44ad", "#b03a48")  # distinct in greyscale too


def is_plot(existing: bytes) -> bool:
    """Whether a file is a plot pmlint wrote (and so may be replaced by a new one)."""
    return MARKER in existing[:65536] or MARKER in existing[-65536:]


def render(records: Sequence[Mapping[str, Any]], names: Sequence[str], fmt: str) -> bytes:
    """The figure's bytes; the same records give the same bytes."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import pyplot as plt

    with matplotlib.rc_context({"svg.hashsalt": "pmlint", "font.size": 9,
                                "axes.spines.top": False, "axes.spines.right": False}):
        months = _monthly(records, names)
        rows = 2 + (1 if len(months) >= 2 else 0)
        figure = plt.figure(figsize=(11, 3.1 * rows), layout="constrained")
        grid = figure.add_gridspec(rows, 3)
        for i, name in enumerate(names[:6]):
            _distribution(figure.add_subplot(grid[i // 3, i % 3]), records, name,
                          COLOURS[i % len(COLOURS)])
        if len(names) < 6:
            _notes(figure.add_subplot(grid[1, 2]), records, names)
        if len(months) >= 2:
            _trend(figure.add_subplot(grid[2, :]), months, names)
        figure.suptitle(f"Incident metrics across {len(records)} postmortems",
                        fontsize=12, fontweight="bold")
        out = io.BytesIO()
        metadata = ({"Creator": MARKER.decode(), "Date": None} if fmt == "svg"
                    else {"Software": MARKER.decode()})
        figure.savefig(out, format=fmt, dpi=110, metadata=metadata)
        plt.close(figure)
    return out.getvalue()


def _values(records: Sequence[Mapping[str, Any]], name: str) -> list[float]:
    return [float(r[f"{name}_seconds"]) for r in records
            if r.get(f"{name}_seconds") is not None]


def _distribution(axes: Any, records: Sequence[Mapping[str, Any]], name: str,
                  colour: str) -> None:
    values = _values(records, name)
    axes.set_title(f"{name.upper()}  ({len(values)} of {len(records)} incidents)",
                   loc="left", fontsize=10)
    if not values:
        axes.text(0.5, 0.5, "no incident gives this metric", ha="center", va="center",
                  transform=axes.transAxes, color="#555555")
        axes.set_xticks([])
        axes.set_yticks([])
        return
    zeros = sum(1 for v in values if v < 60)
    positive = [v for v in values if v >= 60]
    top = max([*positive, 3600.0])
    edges = [60 * 2 ** (k / 2) for k in range(int(2 * math.log2(top / 60)) + 2)]
    if positive:
        axes.hist(positive, bins=edges, color=colour, edgecolor="white", linewidth=0.6)
    axes.set_xscale("log")
    axes.set_xlim(30, edges[-1] * 1.1)
    median = sorted(values)[len(values) // 2]
    if zeros:  # under a minute (often 0: detected at the start), drawn as its own bar
        axes.bar(42, zeros, width=20, color=colour, alpha=0.45, hatch="///",
                 edgecolor="white", linewidth=0.6)
        note = f"{zeros} under 1 min" + (" (the median)" if median < 60 else "")
        axes.annotate(note, (30, zeros), textcoords="offset points", xytext=(0, 3),
                      fontsize=8, color="#333333", va="bottom", ha="left")
    axes.set_ylim(0, axes.get_ylim()[1] * 1.15)  # room for the notes above the bars
    shown = [(s, label) for s, label in TICKS if s <= edges[-1] * 1.1]
    axes.set_xticks([s for s, _ in shown], [label for _, label in shown])
    axes.minorticks_off()
    axes.set_ylabel("incidents")
    if median < 60:
        return
    axes.axvline(median, color="#222222", linewidth=1, linestyle="--")
    axes.annotate(f"median {_short(median)}", (median, 1),
                  xycoords=("data", "axes fraction"), xytext=(3, -10),
                  textcoords="offset points", fontsize=8, color="#222222")


def _notes(axes: Any, records: Sequence[Mapping[str, Any]], names: Sequence[str]) -> None:
    axes.axis("off")
    lines = ["How to read this", "", "Bars: incidents per duration",
             "(log scale: each bar spans x1.4).", "Hatched: under a minute.",
             "Dashed: the median.", ""]
    for name in names:
        values = _values(records, name)
        if values:
            lines.append(f"{name}: median {_short(sorted(values)[len(values) // 2])}, "
                         f"max {_short(max(values))}")
    axes.text(0, 1, "\n".join(lines), va="top", ha="left", fontsize=9, transform=axes.transAxes)


def _monthly(records: Sequence[Mapping[str, Any]], names: Sequence[str]
             ) -> dict[str, dict[str, float]]:
    """{"2023-05": {metric: median seconds}} for the months incidents started in."""
    by_month: dict[str, list[Mapping[str, Any]]] = {}
    for r in records:
        start = r.get("start") or r.get("detected")
        if isinstance(start, str) and start[:4].isdigit() and start[4:5] == "-":
            by_month.setdefault(start[:7], []).append(r)
    out = {}
    for month in sorted(by_month):
        medians = {}
        for name in names:
            values = sorted(_values(by_month[month], name))
            if values:
                medians[name] = values[len(values) // 2]
        out[month] = medians
    return out


def _trend(axes: Any, months: Mapping[str, Mapping[str, float]], names: Sequence[str]) -> None:
    import datetime as dt

    markers = ("o", "s", "^", "D", "v")
    for i, name in enumerate(names):
        points = [(dt.date.fromisoformat(m + "-01"), v[name]) for m, v in months.items()
                  if name in v and v[name] > 0]
        if points:
            axes.plot([p[0] for p in points], [p[1] for p in points],
                      marker=markers[i % len(markers)], markersize=5, linestyle="none",
                      alpha=0.8, color=COLOURS[i % len(COLOURS)], label=name.upper())
    axes.set_yscale("log")
    axes.set_yticks([s for s, _ in TICKS], [label for _, label in TICKS])
    axes.minorticks_off()
    axes.set_title("Median of each month's incidents, by the month they started (medians "
                   "under a minute left out: the scale is logarithmic)", loc="left", fontsize=10)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.legend(loc="upper left", ncols=len(names), frameon=False, fontsize=8)


def _short(seconds: float) -> str:
    from pmlint.timeline.metrics_table import significant

    return significant(seconds)
