"""One `pmlint check` run: find the documents, configure, lint, filter, collect.

Kept out of cli.py so the CLI only wires options to this function and a reporter.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pmlint.checks import config as configuration
from pmlint.checks.base import Rule
from pmlint.checks.configured import Reading, config_for, read_configured
from pmlint.checks.engine import lint
from pmlint.checks.reporters.common import FileResult
from pmlint.timeline.discovery import Discovery, discover
from pmlint.timeline.model import Timeline
from pmlint.timeline.normalise import Options
from pmlint.timeline.readers import DOCUMENT_SUFFIXES
from pmlint.timeline.source import InputError, real, shown


@dataclass(frozen=True)
class Settings:
    """What the command line says; it overrides the configuration file."""

    options: Options = Options()
    config_file: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    only: frozenset[Path] | None = None  # --changed-only: resolved paths to keep
    evidence: Any = None  # --evidence: a timeline.evidence.model.Request, loaded lazily
    extend_select: tuple[str, ...] = ()  # --extend-select: added to the selection in force
    force_exclude: bool = False  # --force-exclude: `exclude` applies to named files too


@dataclass(frozen=True)
class Run:
    """The results of checking documents, with what reporters and fixes need."""

    results: tuple[FileResult, ...]
    rules: tuple[Rule, ...]  # the rules in force (of the first configuration met)
    lines: dict[str, Sequence[str]] = field(default_factory=dict)
    notes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # read only in part
    timelines: dict[str, Timeline] = field(default_factory=dict)  # what the rules read
    root: str = "."  # the folder the first path's keys are relative to (checks.roots)
    keys: dict[str, str] = field(default_factory=dict)  # path -> key relative to its root


def documents(paths: Iterable[str], suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES) -> list[str]:
    """Files as given; folders searched for postmortems (see timeline.discovery)."""
    return list(discover(paths, suffixes).documents)


def discover_configured(paths: Iterable[str], reading: Reading, catalogue: tuple[Rule, ...],
                        cache: dict[str | None, configuration.Config],
                        force_exclude: bool = False) -> Discovery:
    """The documents a run reads, as every command finds them: each folder searched for the
    extensions its configuration names, and what `exclude` matches left out; a file named
    on the command line is left out too with `force_exclude` (as pre-commit names them).
    Raises config.ConfigError."""
    documents: list[str] = []
    problems: list[tuple[str, str]] = []
    for given in paths:
        found = discover([given], config_for(given, reading, catalogue, cache).extensions
                         or DOCUMENT_SUFFIXES)
        problems.extend(found.problems)
        for path in found.documents:
            named = path == given
            if path != "-" and (not named or force_exclude) and config_for(
                    path, reading, catalogue, cache).excluded(path, None if named else given):
                continue
            documents.append(path)
    return Discovery(tuple(documents), tuple(problems))


def check_paths(paths: Iterable[str], catalogue: tuple[Rule, ...], settings: Settings) -> Run:
    """Raises config.ConfigError for a configuration that cannot be followed.

    Everything else is per document: an unreadable document or folder is an input error in
    its FileResult, and a bug pmlint meets in one document is recorded there as well, so
    every other document is still checked and reported.
    """
    paths = tuple(paths)
    reading = Reading(settings.options, settings.config_file)
    cache: dict[str | None, configuration.Config] = {}
    found = discover_configured(paths, reading, catalogue, cache, settings.force_exclude)
    results: list[FileResult] = [FileResult(path, (), reason.removeprefix(f"{shown(path)}: "))
                                 for path, reason in found.problems]
    lines: dict[str, Sequence[str]] = {}
    timelines: dict[str, Timeline] = {}
    in_force: tuple[Rule, ...] | None = None
    notes: dict[str, tuple[str, ...]] = {}
    records: dict[Any, Any] = {}  # evidence settings -> the record read with them
    for path in found.documents:
        config = config_for(path, reading, catalogue, cache)
        if settings.only is not None and real(path) not in settings.only:
            continue
        rules = _rules(config, catalogue, settings, path)
        in_force = in_force or _rules(config, catalogue, settings)
        try:
            timeline = read_configured(path, config, settings.options)
            evidence = _evidence(settings.evidence, config, records, timeline)
            findings = lint(timeline, rules, config.rule_options, evidence)
        except InputError as error:
            if getattr(error, "about_the_record", False):
                raise  # --evidence that cannot be read: the whole run stops, exit 2
            results.append(FileResult(path, (), str(error).removeprefix(f"{shown(path)}: ")))
            continue
        except Exception as error:  # a bug in pmlint: this document's, not the run's
            if os.environ.get("PMLINT_TRACEBACK"):
                raise
            results.append(FileResult(path, (), internal_error(error), internal=True))
            continue
        lines[path] = timeline.lines
        if timeline.source_map is not None and timeline.source_map.notes:
            notes[path] = timeline.source_map.notes
        timelines[path] = timeline
        results.append(FileResult(path, findings))
    fallback = (config_for(".", reading, catalogue, cache) if settings.config_file
                else configuration.Config())
    from pmlint.checks.roots import project_root, root_key

    def root_of(path: str) -> Any:
        return project_root(path, config_for(path, reading, catalogue, cache).source)

    keys = {r.path: root_key(r.path, root_of(r.path)) for r in results}
    root = root_of(paths[0] if paths else ".")
    return Run(tuple(results), in_force or _rules(fallback, catalogue, settings), lines,
               notes, timelines, str(root), keys)


def internal_error(error: Exception) -> str:
    """How a bug met in one document is reported for it (the run then exits 3)."""
    return (f"internal error in pmlint ({type(error).__name__}: {error}); please report it "
            "with this document; PMLINT_TRACEBACK=1 shows the traceback")


def _evidence(request: Any, config: configuration.Config, records: dict[Any, Any],
              timeline: Any) -> Any:
    """The record for this document: read once per configuration and span of dated times
    (chat outside the draft's span is never kept). Raises EvidenceError (an InputError)."""
    if request is None:
        return None
    from pmlint.timeline.evidence.load import load, window_of
    from pmlint.timeline.evidence.model import EvidenceSettings

    settings = config.evidence or EvidenceSettings()
    request = replace(request, window=window_of([timeline]))
    key = (repr(settings), request.window)
    if key not in records:
        records.clear()  # one record in memory at a time
        records[key] = load(request, settings)
    return records[key]


def _rules(config: configuration.Config, catalogue: tuple[Rule, ...], settings: Settings,
           path: str | None = None) -> tuple[Rule, ...]:
    """As ruff reads them: --select replaces the configured selection (and its
    extend-select), --extend-select adds to whatever selection is in force, --ignore adds
    to the configured ignores."""
    if settings.select is not None:
        config = replace(config, select=settings.select, extend_select=())
    if settings.extend_select:
        config = replace(config, extend_select=(*config.extend_select,
                                                *settings.extend_select))
    if settings.ignore:
        config = replace(config, ignore=(*config.ignore, *settings.ignore))
    return config.rules(catalogue, path)
