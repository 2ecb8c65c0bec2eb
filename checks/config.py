"""Configuration: `[tool.pmlint]` in pyproject.toml or a `.pmlint.toml`, nearest file wins.

Found by walking up from the checked file; the command line overrides it. Every key, rule
and option is validated: an unknown one is an error that names it and the nearest valid
spelling, because a silently ignored typo in a CI gate is worse than a failed run.

    [tool.pmlint]
    select = ["ampm-flip", "PM2"]          # default: ALL; names, codes, code prefixes
    extend-select = ["PM4"]                # added to select (the default's or this file's)
    ignore = ["tz-missing"]
    per-file-ignores = { "drafts/*.md" = ["PM104"] }   # globs relative to this file
    default-timezone = "UTC"
    day-first = false
    exclude = ["drafts/**"]
    metrics-profile = "started"
    extensions = [".md", ".txt", ".docx", ".html", ".json"]   # searched for in directories

    [tool.pmlint.rules.duration-mismatch]
    severity = "error"
    relative_tolerance = 0.2

    [tool.pmlint.phases]
    detection = ["pager went off"]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pmlint.checks.base import Rule, merged_hint
from pmlint.timeline.model import PHASES
from pmlint.timeline.normalise import Options
from pmlint.timeline.phases import LEXICON
from pmlint.timeline.source import real, shown
from pmlint.timeline.zones import Zone, parse_zone_option

KEYS = ("select", "extend-select", "ignore", "per-file-ignores", "default-timezone",
        "day-first", "exclude", "metrics-profile", "rules", "phases", "zones",
        "extensions", "evidence")
EVIDENCE_KEYS = ("tolerance-minutes", "channels", "phases", "csv")
CSV_KEYS = ("time", "phase", "text")
SEVERITIES = ("error", "warning", "info")
PROFILES = ("started", "detected")


class ConfigError(Exception):
    """A configuration pmlint will not guess about; the message names the culprit."""


@dataclass(frozen=True)
class Config:
    """A configuration as read from a file (or the defaults)."""

    source: str | None = None  # the file it came from
    select: tuple[str, ...] | None = None  # rule names; None = all
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    default_timezone: Zone | None = None
    day_first: bool | None = None
    exclude: tuple[str, ...] = ()
    metrics_profile: str = "started"
    phases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    root: str = "."  # the directory exclude globs are relative to
    zones: Mapping[str, Zone] = field(default_factory=dict)  # "IST" -> the team's reading
    extensions: tuple[str, ...] = ()  # what a directory is searched for; () = the default
    evidence: Any = None  # EvidenceSettings from [tool.pmlint.evidence]; None = defaults
    extend_select: tuple[str, ...] = ()  # rule names added to select
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, rule names)

    def rules(self, catalogue: tuple[Rule, ...], path: str | None = None
              ) -> tuple[Rule, ...]:
        """The rules in force (for `path`, when per-file ignores are configured), each with
        its configured severity, which then holds for every finding of the rule."""
        from pmlint.checks.selection import ALWAYS_ON

        ignored = set(self.ignore)
        if path is not None:
            ignored.update(name for glob, names in self.per_file_ignores
                           if self._matches(path, glob) for name in names)
        selected = None if self.select is None else {*self.select, *self.extend_select,
                                                     *ALWAYS_ON}
        chosen = [r for r in catalogue if (selected is None or r.name in selected)
                  and r.name not in ignored]
        return tuple(replace(r, severity=self.severity[r.name], forced=True)  # type: ignore[arg-type]
                     if r.name in self.severity else r for r in chosen)

    def options(self, base: Options) -> Options:
        lexicon = LEXICON
        if self.phases:
            lexicon = tuple((phase, words + self.phases.get(phase, ()))
                            for phase, words in LEXICON)
        from_config = base.default_zone is None and self.default_timezone is not None
        return replace(base,
                       default_zone=base.default_zone or self.default_timezone,
                       zone_source="the configuration" if from_config else base.zone_source,
                       day_first=base.day_first if base.day_first is not None
                       else self.day_first,
                       lexicon=lexicon,
                       zone_aliases={**self.zones, **base.zone_aliases})

    def excluded(self, path: str, below: str | None = None) -> bool:
        """Whether `exclude` leaves `path` out: a glob matching the path relative to the
        configuration's folder, or one of its folders below `below` (the folder named on
        the command line, which is itself never excluded, as ruff's walk does); with
        `below` None, every folder counts (--force-exclude on a named file)."""
        if not self.exclude:
            return False
        relative = self.relative(path)
        folders = [p for p in Path(relative).parents if p.as_posix() != "."]
        if below is not None:
            top = real(below)
            folders = [f for f in folders
                       if real(str(Path(self.root) / f)).is_relative_to(top)
                       and real(str(Path(self.root) / f)) != top]
        import fnmatch

        candidates = (relative, *(f.as_posix() for f in folders))
        return any(fnmatch.fnmatch(c, pattern) for c in candidates for pattern in self.exclude)

    def relative(self, path: str) -> str:
        """`path` relative to the configuration's folder (as written when outside it)."""
        try:
            return real(path).relative_to(real(self.root)).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def _matches(self, path: str, pattern: str) -> bool:
        """A glob relative to the configuration's folder; a folder matches what is in it."""
        import fnmatch

        relative = self.relative(path)
        parents = [p.as_posix() for p in Path(relative).parents if p.as_posix() != "."]
        return any(fnmatch.fnmatch(candidate, pattern) for candidate in (relative, *parents))


def _near(word: str, valid: list[str]) -> str:
    import difflib

    if merged := merged_hint(word):
        return merged
    match = difflib.get_close_matches(word, valid, n=1)
    return f"; did you mean {match[0]!r}?" if match else ""


def parse(data: Mapping[str, Any], source: str, catalogue: tuple[Rule, ...],
          root: str = ".") -> Config:
    """Validate a [tool.pmlint] table (or a .pmlint.toml document) into a Config."""
    where = f"{shown(source)}: "
    data = _table(data, "[tool.pmlint]" if source.endswith("pyproject.toml") else "the file",
                  where)
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{where}unknown key {key!r}{_near(key, list(KEYS))}")
    names = {r.name: r for r in catalogue}
    codes = {r.code: r.name for r in catalogue}

    def rule_name(key: str, context: str) -> str:
        if key in names:
            return key
        if key.upper() in codes:
            return codes[key.upper()]
        raise ConfigError(f"{where}unknown rule {key!r} in {context}"
                          f"{_near(key, [*names, *codes])}")

    def names_list(key: str, value: Any = None) -> tuple[str, ...]:
        from pmlint.checks.selection import expand_all

        value = data.get(key, []) if value is None else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}{key} must be a list of rule names or codes")
        for word in value:
            try:
                expand_all([word], catalogue)
            except KeyError:
                raise ConfigError(f"{where}unknown rule {word!r} in {key}"
                                  f"{_near(word, [*names, *codes, 'ALL'])}") from None
        return expand_all(value, catalogue)

    select = names_list("select") if "select" in data else None
    per_file: list[tuple[str, tuple[str, ...]]] = []
    for glob, listed in _table(data.get("per-file-ignores", {}), "per-file-ignores",
                               where).items():
        per_file.append((glob, names_list(f"per-file-ignores.{glob!r}", listed)))
    severity: dict[str, str] = {}
    rule_options: dict[str, dict[str, Any]] = {}
    for key, table in _table(data.get("rules", {}), "rules", where).items():
        name = rule_name(key, "[rules]")
        if not isinstance(table, dict):
            raise ConfigError(f"{where}[rules.{key}] must be a table")
        for option, value in table.items():
            if option == "severity":
                if value not in SEVERITIES:
                    hint = _near(str(value), list(SEVERITIES))
                    raise ConfigError(f"{where}severity {value!r} for {name} is not one of "
                                      f"{', '.join(SEVERITIES)}{hint}")
                severity[name] = value
                continue
            declared = names[name].options
            if option not in declared:
                valid = [*declared, "severity"]
                raise ConfigError(f"{where}unknown option {option!r} for rule {name}"
                                  f"{_near(option, valid)}")
            if not isinstance(value, type(declared[option])) and not (
                    isinstance(declared[option], float) and isinstance(value, int)):
                raise ConfigError(f"{where}option {option} of {name} must be a "
                                  f"{type(declared[option]).__name__}")
            rule_options.setdefault(name, {})[option] = value
    zone = None
    if "default-timezone" in data:
        if not isinstance(data["default-timezone"], str):
            raise ConfigError(f"{where}default-timezone must be a string such as \"UTC\"")
        zone = parse_zone_option(data["default-timezone"])
        if zone is None:
            raise ConfigError(f"{where}unknown time zone {data['default-timezone']!r}")
    day_first = data.get("day-first")
    if day_first is not None and not isinstance(day_first, bool):
        raise ConfigError(f"{where}day-first must be true or false")
    profile = data.get("metrics-profile", "started")
    if profile not in PROFILES:
        raise ConfigError(f"{where}unknown metrics-profile {profile!r}"
                          f"{_near(str(profile), list(PROFILES))}")
    phases: dict[str, tuple[str, ...]] = {}
    for phase, words in _table(data.get("phases", {}), "phases", where).items():
        if phase not in PHASES or phase == "other":
            raise ConfigError(f"{where}unknown phase {phase!r}{_near(phase, list(PHASES))}")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConfigError(f"{where}phases.{phase} must be a list of words")
        phases[phase] = tuple(w.lower() for w in words)
    exclude = data.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(g, str) for g in exclude):
        raise ConfigError(f"{where}exclude must be a list of glob patterns")
    aliases: dict[str, Zone] = {}
    for abbreviation, meaning in _table(data.get("zones", {}), "zones", where).items():
        if not isinstance(meaning, str):
            raise ConfigError(f"{where}zones.{abbreviation} must be a string such as "
                              "\"UTC+01:00\"")
        reading = parse_zone_option(meaning)
        if reading is None:
            raise ConfigError(f"{where}zones.{abbreviation}: unknown time zone {meaning!r}")
        aliases[abbreviation.upper()] = replace(
            reading, label=abbreviation.upper(), alternatives=(),
            meaning=f"{reading.meaning or reading.label} (configured)")
    evidence = _evidence(data["evidence"], where) if "evidence" in data else None
    return Config(source, select, names_list("ignore"), severity, rule_options, zone,
                  day_first, tuple(exclude), profile, phases, root, aliases,
                  _extensions(data.get("extensions", []), where), evidence,
                  names_list("extend-select"), tuple(per_file))


def _extensions(value: Any, where: str) -> tuple[str, ...]:
    """["md", ".docx"]: the file extensions a directory is searched for."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip(".") for v in value):
        raise ConfigError(f"{where}extensions must be a list of file extensions, such as "
                          '[".md", ".docx"]')
    return tuple("." + v.strip().lstrip(".").lower() for v in value)


def _evidence(table: Any, where: str) -> Any:
    """[tool.pmlint.evidence]: validated here like every other key; the settings type is
    imported only when the table is there, so a plain check never loads the evidence code."""
    from pmlint.timeline.evidence.model import FORMATS, EvidenceSettings

    if not isinstance(table, dict):
        raise ConfigError(f"{where}[evidence] must be a table")
    for key in table:
        if key not in EVIDENCE_KEYS:
            raise ConfigError(f"{where}unknown key {key!r} in [evidence]"
                              f"{_near(key, list(EVIDENCE_KEYS))}")
    phases = [p for p in PHASES if p not in ("other", "end", "trigger")]
    default, tolerance = 5.0, {}
    given = table.get("tolerance-minutes", default)
    if isinstance(given, dict):
        for phase, minutes in given.items():
            if phase not in (*phases, "default"):
                raise ConfigError(f"{where}evidence.tolerance-minutes: unknown phase {phase!r}"
                                  f"{_near(phase, [*phases, 'default'])}")
            tolerance[phase] = _minutes(minutes, f"{where}evidence.tolerance-minutes.{phase}")
        default = tolerance.pop("default", default)
    else:
        default = _minutes(given, f"{where}evidence.tolerance-minutes")
    channels = table.get("channels", [])
    if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
        raise ConfigError(f"{where}evidence.channels must be a list of channel names")
    maps: dict[str, dict[str, str | None]] = {}
    for platform, names in table.get("phases", {}).items():
        if platform not in FORMATS:
            raise ConfigError(f"{where}evidence.phases: unknown source {platform!r}"
                              f"{_near(platform, list(FORMATS))}")
        if not isinstance(names, dict):
            raise ConfigError(f"{where}evidence.phases.{platform} must be a table")
        for name, phase in names.items():
            if phase not in (*phases, "none"):
                raise ConfigError(f"{where}evidence.phases.{platform}.{name}: unknown phase "
                                  f"{phase!r}{_near(str(phase), [*phases, 'none'])}")
            maps.setdefault(platform, {})[str(name)] = None if phase == "none" else phase
    columns = table.get("csv", {})
    if not isinstance(columns, dict) or any(k not in CSV_KEYS or not isinstance(v, str)
                                            for k, v in columns.items()):
        raise ConfigError(f"{where}evidence.csv maps time, phase and text to column names")
    return EvidenceSettings(tolerance, default, maps, tuple(channels), dict(columns))


def _minutes(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1440:
        raise ConfigError(f"{where} must be a number of minutes from 0 to 1440")
    return float(value)


def _table(value: object, name: str, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}{name} must be a table, not {type(value).__name__} "
                          f"{value!r:.40}")
    return value


def find(start: str, catalogue: tuple[Rule, ...],
         cache: dict[str | None, Config] | None = None) -> Config:
    """The configuration for a file: the nearest .pmlint.toml or [tool.pmlint] above it.

    `cache` (one per run) keeps a file from being read and validated once per document, and
    a folder from being searched (each pyproject.toml above it parsed) once per document.
    """
    directory = real(start)
    if not directory.is_dir():
        directory = directory.parent
    folder = f"folder:{directory}"
    if cache is not None and folder in cache:
        return cache[folder]
    found, document = _config_file(directory)
    if cache is None:
        return load(found, catalogue, document) if found else Config()
    if found not in cache:
        cache[found] = load(found, catalogue, document) if found else Config()
    cache[folder] = cache[found]
    return cache[found]


def _config_file(directory: Path) -> tuple[str | None, dict[str, Any] | None]:
    """The nearest .pmlint.toml, or pyproject.toml with a [tool.pmlint] table, above; and
    the pyproject.toml as read to see that (so that it is not parsed twice)."""
    for folder in (directory, *directory.parents):
        dedicated = folder / ".pmlint.toml"
        if dedicated.is_file():
            return str(dedicated), None
        project = folder / "pyproject.toml"
        if project.is_file():
            document = _read(str(project))
            if _has_pmlint_table(document):
                return str(project), document
    return None, None


def load(path: str, catalogue: tuple[Rule, ...],
         document: dict[str, Any] | None = None) -> Config:
    """An explicit config file: a .pmlint.toml, or a pyproject.toml's [tool.pmlint]
    (`document`: the file as already read, if it was)."""
    document = _read(path) if document is None else document
    data: Any = document
    if Path(path).name == "pyproject.toml":
        tool = document.get("tool", {})
        data = tool.get("pmlint", {}) if isinstance(tool, dict) else {}
    return parse(data, path, catalogue, str(real(path).parent))


def _has_pmlint_table(document: Mapping[str, Any]) -> bool:
    tool = document.get("tool")
    return isinstance(tool, dict) and "pmlint" in tool


MAX_CONFIG_BYTES = 1024 * 1024  # a configuration is a few lines; this is generous


def _read(path: str) -> dict[str, Any]:
    import tomllib

    from pmlint.timeline.source import InputError, read_file

    try:
        text = read_file(path, MAX_CONFIG_BYTES).decode("utf-8")
        return tomllib.loads(text)
    except InputError as error:
        raise ConfigError(str(error)) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{shown(path)}: not UTF-8 text, as TOML must be") from None
    except ValueError as error:  # TOMLDecodeError is a ValueError
        raise ConfigError(f"{shown(path)}: {error}") from None
    except RecursionError:
        raise ConfigError(f"{shown(path)}: nested too deeply to be a configuration") from None
