"""What a record holds: machine-stamped items, each an aware instant with where it came from.

A `RecordItem` is one timestamp of the record: a pager log entry, a platform milestone, a
chat message. Its `bound` says how it relates to the event it names: a milestone *is* the
moment ("exact"); a message is written at or after what it reports ("after").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from pmlint.timeline.model import Phase
from pmlint.timeline.source import InputError

Bound = Literal["exact", "after"]
FORMATS = ("slack", "pagerduty", "incident-io", "firehydrant", "rootly", "statuspage", "csv")
DEFAULT_TOLERANCE_MINUTES = 5.0


class EvidenceError(InputError):
    """Evidence pmlint cannot read: one line for the user, exit code 2."""

    about_the_record = True  # not a document's problem: the whole run stops


@dataclass(frozen=True, slots=True)
class RecordItem:
    """One machine timestamp: when, what the platform calls it, and the phase it marks."""

    at: dt.datetime  # aware, in UTC
    name: str  # the platform's own word: "acknowledge_log_entry", "Fixed at", "message"
    phase: Phase | None  # pmlint's phase, from the reader's table (and configuration)
    text: str  # what the item says (message text, log summary), shortened
    source: str  # "pagerduty.json: acknowledge_log_entry Q1X2", "#inc-db message by alice"
    platform: str  # one of FORMATS
    bound: Bound = "exact"
    group: str = ""  # the incident it belongs to, when a file holds several


@dataclass(frozen=True)
class PlatformMetric:
    """A duration the platform itself reports or defines, with the phases it spans."""

    name: str  # "mtta", or the platform's own name ("Time to fix")
    seconds: float | None
    from_phase: str | None  # None when the platform does not say
    to_phase: str | None
    platform: str
    group: str = ""


@dataclass(frozen=True)
class Reading:
    """What one reader got from one evidence path."""

    items: tuple[RecordItem, ...]
    metrics: tuple[PlatformMetric, ...] = ()


@dataclass(frozen=True)
class EvidenceSettings:
    """`[tool.pmlint.evidence]`: tolerances, phase maps, channels and CSV column names."""

    tolerance: Mapping[str, float] = field(default_factory=dict)  # phase -> minutes
    default_tolerance: float = DEFAULT_TOLERANCE_MINUTES
    phases: Mapping[str, Mapping[str, str | None]] = field(default_factory=dict)
    channels: tuple[str, ...] = ()
    csv_columns: Mapping[str, str] = field(default_factory=dict)  # time/phase/text -> header

    def tolerance_minutes(self, phase: str | None) -> float:
        if phase is None:
            return self.default_tolerance
        return self.tolerance.get(phase, self.default_tolerance)


@dataclass(frozen=True)
class Request:
    """What the command line asks for: paths, an optional format, chosen channels; and the
    span of the draft's dated times, outside which chat messages cannot be its evidence."""

    paths: tuple[str, ...]
    format: str | None = None
    channels: tuple[str, ...] = ()
    window: tuple[dt.datetime, dt.datetime] | None = None


@dataclass(frozen=True)
class Evidence:
    """Every item of the record, sorted by instant, and the platforms' own metrics."""

    items: tuple[RecordItem, ...]
    metrics: tuple[PlatformMetric, ...] = ()
    settings: EvidenceSettings = EvidenceSettings()
    paths: tuple[str, ...] = ()
