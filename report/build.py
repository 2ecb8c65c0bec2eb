"""One `pmlint report` run: read the documents exactly as `check` does, then render.

The documents go through `checks.run.check_paths` (configuration, --select/--ignore,
suppressions and all), so the findings and instants on the page are those `check` prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pmlint.checks import ALL_RULES
from pmlint.checks.run import Run, Settings, check_paths
from pmlint.report.html import render_page
from pmlint.report.model import Unreadable
from pmlint.report.page import build_page
from pmlint.report.reading import read_document


@dataclass(frozen=True)
class Built:
    html: str | None  # None when no document could be read
    run: Run
    unreadable: tuple[Unreadable, ...]


def build_report(paths: Iterable[str], settings: Settings, profile: str | None = None
                 ) -> Built:
    """Raises checks.config.ConfigError for a configuration that cannot be followed.
    `profile` None: each document's configured metrics-profile, as metrics reads it."""
    from pmlint.checks.configured import Reading, config_for

    run = check_paths(paths, ALL_RULES, settings)
    reading, cache = Reading(settings.options, settings.config_file), {}  # type: ignore[var-annotated]

    def profile_of(path: str) -> str:
        return profile or config_for(path, reading, ALL_RULES, cache).metrics_profile

    readings = [read_document(r.path, run.timelines[r.path], r.findings, profile_of(r.path))
                for r in run.results if r.error is None]
    unreadable = tuple(Unreadable(r.path, r.error) for r in run.results if r.error is not None)
    html = render_page(build_page(readings, unreadable)) if readings else None
    return Built(html, run, unreadable)
