"""Text from a document, made safe to print on a terminal or into a CI log.

A postmortem is text anyone can put in a pull request. Printed raw, an escape sequence in
it could rewrite the terminal's clipboard (OSC 52) or hide a line, a newline could forge a
finding, and bidirectional controls could reorder what a reviewer reads. Every control
character and bidi override is shown escaped instead (\\x1b, \\n, \\u202e); everything else,
accents and emoji included, is left as written.
"""

from __future__ import annotations

_BIDI_AND_SEPARATORS = (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                        0x2028, 0x2029)
_ESCAPES = {
    **{code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))},
    **{code: f"\\u{code:04x}" for code in _BIDI_AND_SEPARATORS},
}


def printable(text: str) -> str:
    """`text` with control characters and bidi controls escaped."""
    return text.translate(_ESCAPES) if not text.isprintable() else text


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula: text that begins with = + - @
    (or a tab or carriage return) gets a leading apostrophe, as OWASP advises. Numbers pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


_XML_FORBIDDEN = {code: f"\\x{code:02x}" for code in range(0x20) if code not in (0x9, 0xA, 0xD)}
_XML_FORBIDDEN.update({0xFFFE: "\\ufffe", 0xFFFF: "\\uffff"})


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (shown escaped, as `printable` does)."""
    return text.translate(_XML_FORBIDDEN)
