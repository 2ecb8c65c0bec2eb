"""tz-missing: clock times with no time zone anywhere in the document.

Said once per document. A reader in another zone cannot tell when anything happened.

Fails::

    - 09:00: alert fired
    - 09:30: fixed

Passes::

    All times are UTC.
    - 09:00: alert fired

A time said to be "local time" in a text whose only zone is UTC is reported too: UTC is
no one's local clock, and the text does not say whose it is.

A zone written after a time pmlint leaves unread as none of the incident's ("we will reboot
at 11PM CET", a plan) counts as stated too: the author named the clock.

A zone named on its own, such as "Duration: 45 minutes (PST)", "日本標準時（JST）" or "[SGT]" under
a flattened table's "Start time", or an offset in a sentence of its own ("set your devices to
GMT +02:00"), counts as stated; so does a zone in a quoted log or dump
whose time the text repeats ("15:43:28 +07" in the core dump, "one crash, at 15:43:28"), and
a zone only in quoted output is named as such. A post whose only clock time is its front
matter's "date:" (when it was published) has no time of the incident to zone; a status
page's front matter that stamps its resolution, or more times of the incident, does. A
page's "date:" stamped in UTC over a log of occurrences away from it or running over weeks
zones none of the log's times. A mail's header "Date:" is when it was sent, in the zone its
client or archive wrote it in: it states no zone for the times the message tells.

The same label in capitals after two or more clocks ("around 7am SLT", "before 9:00 AM
SLT", "10:45 AM SL time") is a zone the author named, a game's or a service's own clock,
that pmlint does not know: a note (info) says so, rather than that no zone was written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from pmlint.checks.base import Problem, Rule
from pmlint.checks.context import Context
from pmlint.timeline.model import Event
from pmlint.timeline.normalise import PAGE_DATE_KEY, mail_header_dates
from pmlint.timeline.provenance import zone_from_tz_option

# (or full-width parentheses, in CJK text: "日本標準時（JST）")
ZONE_IN_PARENTHESES = re.compile(r"[(\[\uff08][ \t]*+([A-Za-z]{2,5})[ \t]*+[)\]\uff09]")
# "set your devices to GMT +02:00", "(UTC+3)": an offset from UTC or GMT, a zone by itself
OFFSET_ALONE = re.compile(r"(?<![A-Za-z/])(?:UTC|GMT)[ \t]?[+\-−][ \t]?(?:1[0-4]|0?\d)"
                          r"(?::?[0-5]\d)?(?![\d:])")


def check(ctx: Context) -> Iterator[Problem]:
    clocks = [e for e in ctx.timeline.events if e.clock is not None and not e.clock.placeholder]
    local = next((e for e in clocks if any(p.what == "zone" and p.how == "local-unnamed"
                                           for p in e.provenance)), None)
    if local is not None:
        # "8:45 AM local time" in a text whose only zone is UTC: whose local clock, it
        # does not say, so the time cannot be placed beside the others
        said = next(p for p in local.provenance if p.how == "local-unnamed")
        yield Problem(local.line, local.column,
                      f"{local.written} is said to be local time, but the document names no "
                      f"local zone; its other times are {said.value}",
                      suggestion=f"name the zone after the time, e.g. \"{local.written} EST\"")
        return
    # a mail header's "Date:" is stamped by the sender's client or the archive, in its own
    # zone: it says nothing of the zone of the times the message tells
    sent = mail_header_dates(ctx.timeline.lines) if clocks else frozenset()
    told = [e for e in clocks if e.line not in sent]
    metadata = ctx.analysis.front_matter
    stamped = {e.line for e in told if e.line <= metadata and ctx.timeline.lines
               and PAGE_DATE_KEY.match(ctx.timeline.lines[e.line - 1]) is not None}
    if not told or any(e.zone is not None and not zone_from_tz_option(e.provenance)
                       and (e.line not in stamped or len(stamped) == len(told))
                       for e in told):
        return  # (a page's "date:" stamp zones no time of the text, which has none of its own)
    clocks = [e for e in told if e.line not in stamped] if any(
        e.zone is not None for e in told) else told
    if _zone_named_alone(ctx) or _zone_on_a_time_not_read(ctx):
        return  # "Duration: 45 minutes (PST)", "We will reboot at 11PM CET": the author gave a
        # zone, if not beside a time read as the incident's
    if len(clocks) == 1 and clocks[0].line <= metadata \
            and clocks[0].phase not in ("resolution", "end"):
        return  # a post's "date:" stamp, when publishing it, is all: no time of the incident
    unknown = ctx.timeline.unknown_zone
    if unknown is not None:
        yield _unknown_zone(unknown, "declared in", len(clocks), " no zone",
                            "write a zone such as UTC, PST or an IANA name such as "
                            "America/Los_Angeles")
        return
    label = _unknown_label_after_clocks(ctx, clocks)
    if label is not None:
        found = _unknown_zone(label, "written in", len(clocks), " no zone it can place",
                              f"say once which zone {label[0]} stands for, or write a zone "
                              "such as UTC or America/Los_Angeles")
        yield replace(found, severity="info")
        return
    quoted = _zone_in_code(ctx)
    if quoted is not None:
        line, label, clock = quoted
        if any(e.clock is not None and (e.clock.hour, e.clock.minute) == clock
               for e in clocks):
            return  # "one crash, at 15:43:28" below the dump's "15:43:28 +07": its zone
        first = clocks[0]
        yield Problem(first.line, first.column,
                      f"{len(clocks)} clock time{'s' if len(clocks) > 1 else ''} but no time "
                      f"zone outside code; the only one written is {label}, in the quoted "
                      f"output on line {line}",
                      suggestion='state the zone once, e.g. "All times are UTC", or after '
                                 'each time')
        return
    first = clocks[0]
    where = f"outside the mail header (line {min(sent)})" if sent else \
        f"outside the page's own date stamp (line {min(stamped)})" if len(clocks) < len(told) \
        else "anywhere in the document"
    yield Problem(first.line, first.column,
                  f"{len(clocks)} clock time{'s' if len(clocks) > 1 else ''} but no time zone "
                  + where,
                  suggestion='state the zone once, e.g. "All times are UTC", or after each time')


# A label in capitals right after a clock, as a zone's short name stands ("7am SLT", "09:00
# XKT"), or before "time" ("10:45 AM SL time", "14:00 EVE time"): a clock of the author's
# world (a game's, a service's) that pmlint does not know. Two or more letters ending in T,
# or any capitals before "time"; "IT", "AT" and the like are words, not zones.
LABEL_AFTER_CLOCK = re.compile(r"[ \t]++(?:(?P<short>[A-Z]{1,4}T)(?![A-Za-z0-9])"
                               r"|(?P<named>[A-Z]{2,5})[ \t]++time(?![A-Za-z]))")
_WORDS_NOT_ZONES = frozenset(("IT", "AT", "OT", "UAT", "SIT", "DT", "ST"))


def _unknown_label_after_clocks(ctx: Context, clocks: list[Event]
                                ) -> tuple[str, int, int] | None:
    """The same unknown label after two or more of the clocks ("around 7am SLT", "before
    9:00 AM SLT"): the author named a zone, one pmlint cannot place. Its word, line and
    column where first written."""
    from pmlint.timeline.zones import ABBREVIATIONS

    lines = ctx.timeline.lines
    seen: dict[str, list[tuple[int, int]]] = {}
    for event in clocks:
        if not 0 < event.line <= len(lines):
            continue
        text = lines[event.line - 1]
        end = event.column - 1 + len(event.written)
        if text[event.column - 1:end] != event.written:
            continue  # a converted document's event: its text is not the line's
        m = LABEL_AFTER_CLOCK.match(text, end)
        if m is None:
            continue
        word = m.group("short") or m.group("named")
        if word in ABBREVIATIONS or word in _WORDS_NOT_ZONES:
            continue
        seen.setdefault(word, []).append((event.line, m.start(m.lastgroup or 0) + 1))
    for word, places in seen.items():
        if len(places) >= 2:
            line, column = places[0]
            return word, line, column
    return None


def _unknown_zone(place: tuple[str, int, int], how: str, count: int, what: str,
                  suggestion: str) -> Problem:
    """The finding for times whose zone is a word pmlint does not know, where it stands."""
    word, line, column = place
    return Problem(line, column,
                   f"the times are {how} {word!r}, which is not a time zone pmlint knows, so "
                   f"{count} clock time{'s have' if count > 1 else ' has'}{what}",
                   end_column=column + len(word), suggestion=suggestion)


def _zone_in_code(ctx: Context) -> tuple[int, str, tuple[int, int]] | None:
    """The first clock with its zone in a code block ("Timestamp: Thu 2026-07-16 15:43:28
    +07" in a quoted core dump): line, zone as written, hour and minute."""
    lines = ctx.timeline.lines
    for number in sorted(ctx.timeline.code_lines):
        if not 0 < number <= len(lines) or ":" not in lines[number - 1]:
            continue
        for expr in ctx.analysis.scanned(number):
            if expr.clock is not None and expr.zone is not None and expr.zone_written:
                return number, expr.zone_written, (expr.clock.hour, expr.clock.minute)
    return None


def _zone_named_alone(ctx: Context) -> bool:
    """A known zone in parentheses or brackets on its own, somewhere outside code ("Start
    time" over "[SGT]": a table's column header, flattened), or an offset from UTC in a
    sentence of its own ("set your devices to GMT +02:00")."""
    from pmlint.timeline.zones import ABBREVIATIONS

    for number, line in enumerate(ctx.timeline.lines, start=1):
        if number in ctx.timeline.code_lines:
            continue
        if ("UTC" in line or "GMT" in line) and OFFSET_ALONE.search(line) is not None:
            return True
        if "(" in line or "[" in line or "\uff08" in line:
            for m in ZONE_IN_PARENTHESES.finditer(line):
                if m.group(1).isupper() and m.group(1) in ABBREVIATIONS:
                    return True
    return False


def _zone_on_a_time_not_read(ctx: Context) -> bool:
    """A time outside code that writes its zone, which pmlint did not read as one of the
    incident's (a plan, "we will reboot at 11PM CET"; a schedule, "daily at 02:00 UTC"):
    the author named the document's clock there. (Looked for only when no time read has a
    zone, so the lines are scanned once, and rarely.)"""
    from pmlint.timeline.lexer import scan

    read = {(e.line, e.column) for e in ctx.timeline.events}
    for number, line in enumerate(ctx.timeline.lines, start=1):
        if number in ctx.timeline.code_lines or not any(c.isupper() for c in line):
            continue
        # (a time that was read was weighed above: a mail's "Date:", a page's stamp)
        if any(e.clock is not None and e.zone is not None and (number, e.start + 1) not in read
               for e in scan(line)):
            return True
    return False


RULE = Rule(code="PM104", name="tz-missing", severity="warning",
            summary="Clock times with no time zone anywhere in the document.", check=check,
            lowered=("info",), doc=__doc__ or "")
