"""Terminal output with colour (the SGR codes pmlint emits) as an HTML page, so a browser
can draw it as a terminal would: the README's screenshot of `pmlint check`."""

from __future__ import annotations

import html
import re

SGR = re.compile(r"\x1b\[([0-9;]*)m")
COLOURS = {"31": "#ff6b6b", "32": "#8ce99a", "33": "#ffd43b", "34": "#74c0fc",
           "35": "#e599f7", "36": "#66d9e8"}
PAGE = """<!doctype html><meta charset="utf-8"><style>
body {{ margin: 0; background: #1e1e1e; }}
pre {{ margin: 0; padding: 14px 18px; color: #e6e6e6; background: #1e1e1e;
      font: 14px/1.35 "DejaVu Sans Mono", monospace; white-space: pre; display: inline-block; }}
.prompt {{ color: #8ce99a; }}
</style><pre id="term"><span class="prompt">$</span> {command}
{body}</pre>"""


def to_html(text: str, command: str) -> str:
    """A page with `text` drawn in a terminal's colours; raises on a code it cannot draw."""
    out, style = [], {"bold": False, "dim": False, "colour": None}
    position = 0
    for match in SGR.finditer(text):
        out.append(_span(text[position:match.start()], style))
        for code in (match.group(1) or "0").split(";"):
            if code == "0":
                style = {"bold": False, "dim": False, "colour": None}
            elif code == "1":
                style["bold"] = True
            elif code == "2":
                style["dim"] = True
            elif code in COLOURS:
                style["colour"] = COLOURS[code]
            else:
                raise ValueError(f"SGR code {code} is not drawn")
        position = match.end()
    out.append(_span(text[position:], style))
    body = "".join(out)
    if "\x1b" in body:
        raise ValueError("an escape sequence that is not SGR")
    return PAGE.format(command=html.escape(command), body=body)


def _span(text: str, style: dict[str, object]) -> str:
    if not text:
        return ""
    css = []
    if style["bold"]:
        css.append("font-weight:bold")
    if style["dim"]:
        css.append("opacity:0.7")
    if style["colour"]:
        css.append(f"color:{style['colour']}")
    escaped = html.escape(text)
    return f'<span style="{";".join(css)}">{escaped}</span>' if css else escaped
