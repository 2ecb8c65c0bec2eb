"""MHTML: a web archive, and what Confluence's "Export to Word" writes (a .doc that is MIME).

The first text/html part is the page; it is read as HTML (or as Confluence storage format
when it holds `ac:` elements). Images and styles in the other parts are ignored.
"""

from __future__ import annotations

from pmlint.timeline.locator import SourceMap
from pmlint.timeline.readers.sniff import ATLASSIAN_TAG
from pmlint.timeline.source import InputError, shown


def read(data: bytes, path: str, _fmt: str) -> tuple[str, SourceMap]:
    import email
    import email.policy
    from email.errors import MessageError

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = [part for part in message.walk() if part.get_content_type() == "text/html"]
        page = parts[0].get_payload(decode=True) if parts else None
    except (MessageError, ValueError, LookupError, IndexError) as error:
        raise InputError(f"{shown(path)}: not a readable MHTML archive "
                         f"({type(error).__name__})") from None
    if not isinstance(page, bytes) or not page.strip():
        raise InputError(f"{shown(path)}: an MHTML archive with no HTML page in it")
    from pmlint.timeline.readers import html

    fmt = "confluence" if ATLASSIAN_TAG.search(page) else "mhtml"
    return html.read(page, path, fmt, charset=parts[0].get_content_charset())
