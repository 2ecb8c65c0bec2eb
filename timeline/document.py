"""From a path or a string to a resolved Timeline: the one entry point the CLI and rules use."""

from __future__ import annotations

from pathlib import PurePath

from timeline.extract import extract
from timeline.model import Timeline
from timeline.normalise import Options, resolve
from timeline.source import SourceText, read_source

PLAIN_TEXT_SUFFIXES = frozenset((".txt", ".text", ".log"))


def is_markdown(path: str) -> bool:
    """Plain-text files are read without indented code blocks; all else as Markdown."""
    return PurePath(path).suffix.lower() not in PLAIN_TEXT_SUFFIXES


def timeline_from_text(text: str, path: str = "<text>", options: Options = Options(),
                       *, markdown: bool | None = None) -> Timeline:
    if markdown is None:
        markdown = is_markdown(path)
    return resolve(extract(text, markdown=markdown), path, options)


def timeline_from_source(source: SourceText, options: Options = Options()) -> Timeline:
    return timeline_from_text(source.text, source.path, options)


def read_timeline(path: str, options: Options = Options()) -> Timeline:
    """Raises timeline.source.InputError for a file that cannot be read as text."""
    return timeline_from_source(read_source(path), options)
