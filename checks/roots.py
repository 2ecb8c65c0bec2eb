"""Where a run's paths are measured from, so that what is written down (baseline keys,
SARIF URIs) means the same file from any working directory: the folder of the configuration
in force, else the root of the git work tree, else the working directory.
"""

from __future__ import annotations

from pathlib import Path

from pmlint.timeline.source import real


def project_root(path: str, config_source: str | None) -> Path:
    """The folder `path`'s keys are relative to."""
    if config_source:
        return real(config_source).parent
    start = real(path if path != "-" else ".")
    for folder in (start, *start.parents):
        try:
            if (folder / ".git").exists():
                return folder
        except OSError:
            break
    return real(".")


def root_key(path: str, root: Path) -> str:
    """`path` relative to `root`, POSIX style; as written (POSIX) when outside it."""
    if path == "-":
        return "-"
    try:
        return real(path).relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()
