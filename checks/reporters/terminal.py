"""How text output looks on the terminal it goes to: colour and width, decided once.

Pure functions of what the caller observed (the flag, the environment, whether stdout is
a terminal and how wide), so a test can state every case without a terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_WIDTH = 100  # when the width is unknown (a pipe): long lines are not wrapped
MIN_WIDTH = 40


@dataclass(frozen=True)
class Style:
    """How the text reporter draws: colour, width to wrap to (None: no wrapping), and what
    to leave out."""

    color: bool = False
    width: int | None = None
    quiet: bool = False  # findings only, no summary line
    statistics: bool = False  # counts per rule instead of the findings


def wants_color(flag: str, env: Mapping[str, str], is_terminal: bool) -> bool:
    """--color always|never decides; with auto, NO_COLOR (no-color.org) turns colour off,
    FORCE_COLOR on (0 or false does not force), else a terminal that is not "dumb"."""
    if flag != "auto":
        return flag == "always"
    if env.get("NO_COLOR"):
        return False
    force = env.get("FORCE_COLOR")
    if force is not None and force.strip().lower() not in ("0", "false", "no"):
        return True
    return is_terminal and env.get("TERM") != "dumb"


def width_for(env: Mapping[str, str], is_terminal: bool, columns: int | None) -> int | None:
    """The width to wrap to: COLUMNS if set, else the terminal's; None (no wrapping) when
    the output is not a terminal and COLUMNS is not set, so a log or a pipe gets one line
    per finding."""
    given = env.get("COLUMNS", "")
    if given.isdigit() and int(given) > 0:
        return max(MIN_WIDTH, int(given))
    if is_terminal and columns:
        return max(MIN_WIDTH, columns)
    return None


def cells(text: str) -> int:
    """Columns `text` takes on a terminal: wide (CJK, emoji) characters two, combining
    marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


_CODES = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "blue": "34", "cyan": "36",
          "green": "32", "magenta": "35"}


def paint(text: str, *styles: str, on: bool) -> str:
    """`text` in the given SGR styles, reset after; unchanged when colour is off."""
    if not on or not styles or not text:
        return text
    return f"\x1b[{';'.join(_CODES[s] for s in styles)}m{text}\x1b[0m"
