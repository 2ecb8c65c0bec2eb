"""The report page as one self-contained HTML string: a pure function of a `Page`.

Jinja2 earns its place here by escaping: every string from a document (hostile input: a
`<script>` in a postmortem must stay text) is escaped by autoescape, in HTML and in the
inline SVG alike, after its control and bidi characters are shown as escapes. The
stylesheet is inlined and allowed by its hash in a Content Security Policy that forbids
scripts and every network request.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from pmlint.report import charts
from pmlint.report.model import Page
from pmlint.timeline.model import PHASES
from pmlint.timeline.printable import printable

TEMPLATES = Path(__file__).parent / "templates"
GENERATOR = "pmlint report"  # also how `report.output` knows a file it may overwrite
VERSION = "0.1.0"


def render_page(page: Page) -> str:
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    html = _environment().get_template("page.html.j2").render(
        page=page, css=css, style_hash=f"sha256-{digest}",
        generator=f"{GENERATOR} {VERSION}")
    return html if html.endswith("\n") else html + "\n"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, finalize=_visible)
    env.filters["px"] = _px
    env.filters["plural"] = _plural
    env.filters["shorten"] = _shorten
    env.globals.update(
        phase_names=tuple(p for p in PHASES if p not in ("trigger", "other")),
        hist_w=charts.HIST_W, hist_h=charts.HIST_H, hist_left=charts.HIST_LEFT,
        hist_right=charts.HIST_RIGHT, trend_w=charts.TREND_W, trend_left=charts.TREND_LEFT,
        trend_right=charts.TREND_RIGHT)
    return env


def _visible(value: object) -> object:
    """Every string shown: control characters and bidi overrides escaped (as the terminal
    reporters do), so a document cannot reorder or hide what a reviewer reads."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


def _px(value: float) -> str:
    """A coordinate with at most one decimal: the same bytes on every machine."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _plural(word: str, count: int) -> str:
    if count == 1 or word == "info":
        return word
    return word + "s"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
