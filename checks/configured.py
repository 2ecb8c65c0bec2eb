"""One reading of a document for every command: its configuration found, merged under the
command line, and the document read with the result.

check, timeline, graph, metrics and report all come through `read_configured`, so they
agree on every instant: the configured zones, phase words, default zone and date order
apply to all of them alike. Precedence: pmlint's defaults, then the configuration file
(`--config FILE`, else the nearest `.pmlint.toml` or `pyproject.toml` with `[tool.pmlint]`
above the document; in one folder `.pmlint.toml` wins), then the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmlint.checks import config as configuration
from pmlint.checks.base import Rule
from pmlint.timeline.model import Timeline
from pmlint.timeline.normalise import Options


@dataclass(frozen=True)
class Reading:
    """What the command line says about reading documents (it overrides the files)."""

    options: Options = Options()
    config_file: str | None = None


def config_for(path: str, reading: Reading, catalogue: tuple[Rule, ...],
               cache: dict[str | None, configuration.Config] | None = None
               ) -> configuration.Config:
    """The configuration in force for `path`. Raises config.ConfigError."""
    if reading.config_file:
        key = f"explicit:{reading.config_file}"
        if cache is not None and key in cache:
            return cache[key]
        found = configuration.load(reading.config_file, catalogue)
        if cache is not None:
            cache[key] = found
        return found
    return configuration.find(path, catalogue, cache)


def read_configured(path: str, config: configuration.Config, options: Options) -> Timeline:
    """The document at `path` read under its configuration and the command line's options.
    Raises timeline.source.InputError."""
    from pmlint.timeline.document import timeline_from_source
    from pmlint.timeline.readers import read_document

    return timeline_from_source(read_document(path), config.options(options))
