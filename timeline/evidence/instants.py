"""The record's instants: ISO 8601 with an offset, or epoch seconds / milliseconds.

The record's side must be unambiguous, so a time without an offset is refused rather than
guessed: guessing a zone is what the draft is being checked for.
"""

from __future__ import annotations

import datetime as dt
import math

from pmlint.timeline.evidence.model import EvidenceError

EARLIEST = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)
_MAX_TEXT = 64  # longer "timestamps" are not timestamps; keeps messages one short line


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "…"


def iso_instant(value: object, where: str) -> dt.datetime:
    """An ISO 8601 date-time with an offset ("2023-10-24T15:10:35.411Z"), in UTC."""
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        raise EvidenceError(f"{where}: {_shown(value)} is not an ISO 8601 date-time")
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise EvidenceError(f"{where}: {_shown(value)} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise EvidenceError(f"{where}: {_shown(value)} has no UTC offset; the record's times "
                            "must say their zone")
    return _in_range(parsed.astimezone(dt.UTC), value, where)


def epoch_instant(value: object, where: str, what: str = "epoch seconds") -> dt.datetime:
    """Epoch seconds as a number or a string ("1452845865.000008"); milliseconds when the
    value is too large to be seconds."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise EvidenceError(f"{where}: {_shown(value)} is not {what}")
    try:
        seconds = float(value.strip() if isinstance(value, str) else value)
    except (ValueError, OverflowError):
        raise EvidenceError(f"{where}: {_shown(value)} is not {what}") from None
    if not math.isfinite(seconds):
        raise EvidenceError(f"{where}: {_shown(value)} is not {what}")
    if seconds > 1e11:  # beyond year 5138 as seconds: milliseconds
        seconds /= 1000
    try:
        moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OverflowError, OSError, ValueError):
        raise EvidenceError(f"{where}: {_shown(value)} is not {what}") from None
    return _in_range(moment, value, where)


def any_instant(value: object, where: str) -> dt.datetime:
    """ISO 8601 with an offset, or epoch seconds/milliseconds (CSV cells may be either)."""
    if isinstance(value, str) and not _numeric(value):
        return iso_instant(value, where)
    return epoch_instant(value, where, "a date-time with an offset or epoch seconds")


def _numeric(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped.replace(".", "", 1).isdigit()


def _in_range(moment: dt.datetime, value: object, where: str) -> dt.datetime:
    if not EARLIEST <= moment < LATEST:
        raise EvidenceError(f"{where}: {_shown(value)} is outside 1990-2199, not an incident's "
                            "time")
    return moment


def utc_text(moment: dt.datetime) -> str:
    """"2023-05-11 01:45 UTC", seconds shown only when there are some."""
    moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC" if moment.second else "%Y-%m-%d %H:%M UTC")
