"""`pmlint metrics` as a table a person reads: one row per incident, then the aggregate,
in aligned columns (text) or Markdown tables.

Durations are rounded to what the data supports: times in a postmortem are written to the
minute, so an incident's metric is shown to the minute, and a mean or percentile of a few
incidents to its two largest units ("1 d 20 h", not "1 d 20 h 6 min 30 s"). The incident
behind each maximum is named, since one outlier of 44 days moves every mean.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pmlint.timeline.printable import printable

UNITS = (("d", 86400), ("h", 3600), ("min", 60), ("s", 1))


def exact_to_minute(seconds: float) -> str:
    """An incident's own metric: to the minute (to the second under a minute)."""
    if abs(seconds) < 60:
        return f"{round(seconds)} s"
    return _units(round(seconds / 60) * 60, len(UNITS) - 1)


def significant(seconds: float, units: int = 2) -> str:
    """An aggregate: the two largest units, rounded ("5 h 15 min", "8 min", "1 d 20 h")."""
    seconds = abs(seconds)
    for i, (_, size) in enumerate(UNITS):
        if seconds >= size or size == 1:
            smallest = UNITS[min(i + units - 1, len(UNITS) - 1)][1]
            if seconds >= 60:  # times are written to the minute: no seconds in a mean
                smallest = max(smallest, 60)
            return _units(round(seconds / smallest) * smallest, len(UNITS))
    return "0 s"


def _units(seconds: int, limit: int) -> str:
    sign = "-" if seconds < 0 else ""
    rest, parts = abs(int(seconds)), []
    for name, size in UNITS[:limit]:
        count, rest = divmod(rest, size)
        if count:
            parts.append(f"{count} {name}")
    return sign + (" ".join(parts) or "0 s")


def group_of(record: Mapping[str, Any], by: str) -> str:
    """The group a record falls in: the month of its start, or a header field's value."""
    if by == "month":
        start = record.get("start") or record.get("detected")
        return start[:7] if start and start[:4].isdigit() else "unknown"
    value = record.get("fields", {}).get(by.lower())
    return value.strip() if value else "unknown"


def unknown_field(records: Sequence[Mapping[str, Any]], by: str) -> str | None:
    """Why --by FIELD cannot group these records (no record has that field), or None."""
    if by == "month":
        return None
    fields = sorted({name for r in records for name in r.get("fields", {})})
    if by.lower() in fields:
        return None
    import difflib

    near = difflib.get_close_matches(by.lower(), ["month", *fields], n=1)
    if near:
        return f"--by {by}: no document has a field of that name; did you mean {near[0]}?"
    known = ", ".join(["month", *fields[:12]]) + (", ..." if len(fields) > 12 else "")
    return f"--by {by}: no document has a field of that name (try {known})"


def render(records: Sequence[Mapping[str, Any]], aggregate: Mapping[str, Any],
           share: Mapping[str, float], names: Sequence[str], by: str | None,
           markdown: bool) -> str:
    """The per-incident table, then the aggregate table (per group with --by)."""
    incidents = [_incident_row(r, names, by) for r in records]
    head = ["incident", *([by] if by else []), "start", *names]
    groups = aggregate if by else {"all": aggregate}
    summary = []
    for group, stats in groups.items():
        members = [r for r in records if by is None or group_of(r, by) == group]
        for name in names:
            s = stats.get(name, {})
            row = ([group] if by else []) + [name, str(s.get("count", 0))]
            row.append(f"{share.get(name, 0):.0%}" if by is None else "")
            row += [significant(s[k]) if s.get(k) is not None else "-"
                    for k in ("mean", "median", "p90")]
            row.append(exact_to_minute(s["max"]) if s.get("max") is not None else "-")
            row.append(_max_of(members, name))
            summary.append(row)
    summary_head = ([by] if by else []) + ["metric", "count", "share", "mean", "median", "p90",
                                           "max", "max in"]
    if by is not None:  # the share column means nothing per group
        share_at = summary_head.index("share")
        summary_head.pop(share_at)
        summary = [row[:share_at] + row[share_at + 1:] for row in summary]
    text = {"incident", "metric", "max in", *([by] if by else [])}
    table = _markdown if markdown else _aligned
    count = f"{len(records)} incident{'s' if len(records) != 1 else ''}"
    if any(r.get("disputed") for r in records):
        count += ("; * rests on an AM/PM-corrected entry (the as-written value is in the "
                  "json format)")
    out = (table(head, incidents, text) + "\n\n" + table(summary_head, summary, text)
           + "\n\n" + count)
    return "\n".join(printable(line) for line in out.split("\n")) + "\n"


def _incident_row(record: Mapping[str, Any], names: Sequence[str], by: str | None) -> list[str]:
    start = record.get("start")
    row = [str(record["path"]), *([group_of(record, by)] if by else []),
           start[:10] if isinstance(start, str) else "-"]
    for name in names:
        value = record.get(f"{name}_seconds")
        disputed = name in record.get("disputed", ())
        row.append("-" if value is None else exact_to_minute(value) + ("*" if disputed else ""))
    return row


def _max_of(records: Sequence[Mapping[str, Any]], name: str) -> str:
    """The incident behind the maximum (the first of equals, in path order)."""
    valued = [r for r in records if r.get(f"{name}_seconds") is not None]
    if not valued:
        return "-"
    top = max(valued, key=lambda r: r[f"{name}_seconds"])
    return str(top["path"])


def _aligned(head: list[str], rows: list[list[str]], text_columns: set[str]) -> str:
    """Columns padded to their widest cell, two spaces apart; numbers right-aligned."""
    widths = [max(len(c) for c in column) for column in zip(head, *rows, strict=True)]
    text = [name in text_columns for name in head]
    lines = []
    for row in [head, *rows]:
        cells = [cell.ljust(w) if is_text else cell.rjust(w)
                 for cell, w, is_text in zip(row, widths, text, strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _markdown(head: list[str], rows: list[list[str]], text_columns: set[str]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    align = ["---" if name in text_columns else "---:" for name in head]
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
