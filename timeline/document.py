"""From a path or a string to a resolved Timeline: the one entry point the CLI and rules use."""

from __future__ import annotations

from dataclasses import replace

from pmlint.timeline.extract import extract
from pmlint.timeline.model import Timeline
from pmlint.timeline.normalise import Options, resolve
from pmlint.timeline.readers import read_document
from pmlint.timeline.source import InputError, SourceText, shown


def timeline_from_text(text: str, path: str = "<text>", options: Options = Options()
                       ) -> Timeline:
    """Markdown and plain text are read alike: plain text is Markdown without markup.

    Raises InputError for a document too full of times to be a postmortem.
    """
    try:
        extraction = extract(text)
    except InputError as error:
        raise InputError(f"{shown(path)}: {error}") from None
    return resolve(extraction, path, options)


def timeline_from_source(source: SourceText, options: Options = Options()) -> Timeline:
    timeline = timeline_from_text(source.text, source.path, options)
    if source.source_map is None:
        return timeline
    return replace(timeline, source_map=source.source_map)


def read_timeline(path: str, options: Options = Options()) -> Timeline:
    """Raises timeline.source.InputError for a file that cannot be read.

    Markdown and text are read as they are; a DOCX, HTML page or Atlassian document is
    converted first (timeline.readers), and its timeline maps back into the source.
    """
    return timeline_from_source(read_document(path), options)
