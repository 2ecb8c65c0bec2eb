"""How findings name times and spans: the way the author wrote them, with the line."""

from __future__ import annotations

from pmlint.timeline.model import Event
from pmlint.timeline.render import format_seconds


def at_line(event: Event) -> str:
    return f"{event.written} (line {event.line})"


def instant(event: Event) -> str:
    """"2023-05-11 02:45 UTC", or the local reading when no zone is known."""
    utc = event.utc
    if utc is not None:
        return utc.strftime("%Y-%m-%d %H:%M UTC")
    return event.local.replace("T", " ").strip()


def span(seconds: float) -> str:
    return format_seconds(seconds)


def end_of(event: Event) -> tuple[int, int]:
    """Line and (exclusive) column where the written timestamp ends."""
    return event.line, event.column + len(event.written)
