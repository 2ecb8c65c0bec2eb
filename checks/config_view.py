"""`pmlint config [PATH]`: the settings in force for a path, and where each came from.

A pure function of the configuration found: what pmlint's defaults say, what the file
changed, and the other configuration files above that were not read (the nearest file wins
whole; files are never merged).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pmlint.checks.base import Rule
from pmlint.checks.config import Config
from pmlint.timeline.source import real


def settings(config: Config, catalogue: tuple[Rule, ...], path: str,
             shadowed: tuple[str, ...] = ()) -> dict[str, Any]:
    """The settings in force for `path` as plain data, in a stable order."""
    rules = config.rules(catalogue, path)
    evidence = config.evidence
    return {
        "path": path,
        "configuration": _shown(config.source),
        "root": _shown(config.root) if config.source else None,
        "not-read": [_shown(p) for p in shadowed],
        "select": "ALL" if config.select is None else list(config.select),
        "extend-select": list(config.extend_select),
        "ignore": list(config.ignore),
        "per-file-ignores": {glob: list(names) for glob, names in config.per_file_ignores},
        "rules-in-force": [f"{r.code} {r.name} {'/'.join(r.severities)}" for r in rules],
        "rule-options": {name: dict(options) for name, options in
                         sorted(config.rule_options.items())},
        "default-timezone": config.default_timezone.label if config.default_timezone else None,
        "day-first": config.day_first,
        "exclude": list(config.exclude),
        "excluded": config.excluded(path) if path != "-" else False,
        "metrics-profile": config.metrics_profile,
        "extensions": list(config.extensions) or "default",
        "zones": {k: _reading(v) for k, v in sorted(config.zones.items())},
        "phases": {k: list(v) for k, v in sorted(config.phases.items())},
        "evidence": "configured" if evidence is not None else "default",
    }


def _shown(path: str | None) -> str | None:
    """A path relative to the working directory when it lies under it, else absolute."""
    if path is None:
        return None
    try:
        return real(path).relative_to(real(".")).as_posix() or "."
    except ValueError:
        return str(real(path))


def _reading(zone: Any) -> str:
    """What a configured abbreviation means: its IANA zone or its fixed offset."""
    if zone.iana:
        return str(zone.iana)
    if zone.offset_minutes is None:
        return str(zone.label)
    sign = "+" if zone.offset_minutes >= 0 else "-"
    hours, minutes = divmod(abs(zone.offset_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def render_text(data: dict[str, Any]) -> str:
    source = data["configuration"]
    lines = [f"path: {data['path']}",
             f"configuration: {source if source else 'none found (pmlint defaults)'}"]
    if data["root"]:
        lines.append(f"root: {data['root']} (exclude, per-file-ignores and baseline paths "
                     "are relative to it)")
    for other in data["not-read"]:
        lines.append(f"not read: {other} (the nearest configuration wins whole)")
    for key, value in data.items():
        if key in ("path", "configuration", "root", "not-read"):
            continue
        if key == "rules-in-force":
            lines.append(f"{key}:")
            lines.extend(f"  {rule}" for rule in value)
            continue
        shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
        lines.append(f"{key}: {shown}")
    return "\n".join(lines) + "\n"


def shadowed_files(path: str, used: str | None) -> tuple[str, ...]:
    """Configuration files above `path` other than `used`: a pyproject.toml beside the
    .pmlint.toml that won, and every file farther up."""
    start = real(path)
    folder = start if start.is_dir() else start.parent
    found = []
    for directory in (folder, *folder.parents):
        for name in (".pmlint.toml", "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file() and (name == ".pmlint.toml" or _has_table(candidate)) \
                    and (used is None or real(str(candidate)) != real(used)):
                found.append(str(candidate))
    return tuple(found)


def _has_table(project: Path) -> bool:
    from pmlint.checks.config import ConfigError, _has_pmlint_table, _read

    try:
        return _has_pmlint_table(_read(str(project)))
    except ConfigError:
        return False
