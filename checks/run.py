"""One `pmlint check` run: find the documents, configure, lint, filter, collect.

Kept out of cli.py so the CLI only wires options to this function and a reporter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pmlint.checks import config as configuration
from pmlint.checks.base import Rule
from pmlint.checks.engine import lint
from pmlint.checks.reporters.common import FileResult
from pmlint.timeline.document import timeline_from_source
from pmlint.timeline.normalise import Options
from pmlint.timeline.readers import DOCUMENT_SUFFIXES, read_document
from pmlint.timeline.source import InputError, shown


@dataclass(frozen=True)
class Settings:
    """What the command line says; it overrides the configuration file."""

    options: Options = Options()
    config_file: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    only: frozenset[Path] | None = None  # --changed-only: resolved paths to keep


@dataclass(frozen=True)
class Run:
    results: tuple[FileResult, ...]
    rules: tuple[Rule, ...]  # the rules in force (of the first configuration met)
    lines: dict[str, Sequence[str]] = field(default_factory=dict)
    notes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # read only in part


def documents(paths: Iterable[str], suffixes: Sequence[str] = DOCUMENT_SUFFIXES) -> list[str]:
    """Files as given; directories searched for files ending in `suffixes`, sorted."""
    found: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.suffix.lower() in suffixes and p.is_file())
        else:
            found.append(given)
    return found


def check_paths(paths: Iterable[str], catalogue: tuple[Rule, ...], settings: Settings) -> Run:
    """Raises config.ConfigError for a configuration that cannot be followed."""
    explicit = (configuration.load(settings.config_file, catalogue)
                if settings.config_file else None)
    results: list[FileResult] = []
    lines: dict[str, Sequence[str]] = {}
    in_force: tuple[Rule, ...] | None = None
    cache: dict[str | None, configuration.Config] = {}
    notes: dict[str, tuple[str, ...]] = {}
    found: list[str] = []
    for given in paths:  # each directory searched for the extensions its configuration names
        config = explicit or configuration.find(given, catalogue, cache)
        found.extend(documents([given], config.extensions or DOCUMENT_SUFFIXES))
    for path in found:
        config = explicit or configuration.find(path, catalogue, cache)
        if settings.only is not None and Path(path).resolve() not in settings.only:
            continue
        if config.excluded(path) and path not in paths:
            continue
        rules = _rules(config, catalogue, settings)
        in_force = in_force or rules
        try:
            timeline = timeline_from_source(read_document(path),
                                            config.options(settings.options))
        except InputError as error:
            results.append(FileResult(path, (), str(error).removeprefix(f"{shown(path)}: ")))
            continue
        lines[path] = timeline.lines
        if timeline.source_map is not None and timeline.source_map.notes:
            notes[path] = timeline.source_map.notes
        results.append(FileResult(path, lint(timeline, rules, config.rule_options)))
    return Run(tuple(results), in_force or _rules(explicit or configuration.Config(),
                                                  catalogue, settings), lines, notes)


def _rules(config: configuration.Config, catalogue: tuple[Rule, ...], settings: Settings
           ) -> tuple[Rule, ...]:
    if settings.select is not None:
        config = replace(config, select=settings.select)
    if settings.ignore:
        config = replace(config, ignore=(*config.ignore, *settings.ignore))
    return config.rules(catalogue)
