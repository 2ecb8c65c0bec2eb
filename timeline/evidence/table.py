"""CSV for anything else: one row per item, `time,phase,text` by default.

Column names are configurable (`[tool.pmlint.evidence.csv]`), the delimiter is a comma,
semicolon or tab (whichever the header uses), and a time must carry its offset or be epoch
seconds: the record's side is never guessed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from pmlint.timeline.evidence.files import decode
from pmlint.timeline.evidence.instants import any_instant
from pmlint.timeline.evidence.model import EvidenceError, Reading, RecordItem
from pmlint.timeline.model import PHASES, Phase
from pmlint.timeline.phases import field_phase

NAME = "csv"
DEFAULT_COLUMNS = {"time": "time", "phase": "phase", "text": "text"}
MAX_ROWS = 200_000
csv.field_size_limit(1024 * 1024)


def columns(configured: Mapping[str, str]) -> dict[str, str]:
    return {**DEFAULT_COLUMNS, **configured}


def header_of(text: str) -> tuple[list[str], str]:
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    return [c.strip().lower() for c in next(csv.reader([first], delimiter=delimiter))], delimiter


def recognise(text: str, configured: Mapping[str, str]) -> bool:
    header, _ = header_of(text)
    return columns(configured)["time"].lower() in header


def phase_of(value: str) -> Phase | None:
    """A phase as a CSV may write it: "detection", "Detected", "resolved at"."""
    word = " ".join(value.lower().split())
    if word in PHASES and word != "other":
        return word  # type: ignore[return-value]
    named = field_phase(word)
    return None if named in (None, "other") else named


def read(data: bytes, where: str, configured: Mapping[str, str]) -> Reading:
    text = decode(data, where)
    names = columns(configured)
    header, delimiter = header_of(text)
    if names["time"].lower() not in header:
        shown = ", ".join(h for h in header if h)[:80] or "nothing"
        raise EvidenceError(f"{where}: no {names['time']!r} column in the CSV header "
                            f"(found {shown}); name it in [tool.pmlint.evidence.csv]")
    found: list[RecordItem] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        next(reader)
        index = {name: header.index(names[name].lower()) for name in names
                 if names[name].lower() in header}
        for number, row in enumerate(reader, start=2):
            if number > MAX_ROWS:
                raise EvidenceError(f"{where}: more than {MAX_ROWS:,} rows")
            if not any(cell.strip() for cell in row):
                continue
            cell = row[index["time"]] if index["time"] < len(row) else ""
            at = any_instant(cell, f"{where}: line {number}: {names['time']}")
            name = row[index["phase"]].strip() if "phase" in index and index["phase"] < len(
                row) else ""
            words = row[index["text"]] if "text" in index and index["text"] < len(row) else ""
            found.append(RecordItem(at, name or "row", phase_of(name) if name else None,
                                    " ".join(words.split())[:240],
                                    f"{where}: line {number}" + (f" ({name})" if name else ""),
                                    NAME, "exact"))
    except csv.Error as error:
        raise EvidenceError(f"{where}: not a readable CSV ({error})") from None
    return Reading(tuple(sorted(found, key=lambda i: i.at)))
