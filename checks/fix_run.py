"""`pmlint check --fix` / `--diff`: apply the findings' fixes to the checked documents.

Only Markdown and plain text are fixed (a converted DOCX or HTML draft has no text pmlint
could write back), only the documents being checked, and only their fixed spans
(checks.fixes splices bytes). Fixing one time can change what the rules see (the next
AM/PM in a run of flips, the next line of a habit reported once), so a document is fixed
in passes, re-checked in memory after each, until no fix is left: a second `--fix` then
changes nothing. A file is written only if its bytes are still the ones read, through a
temporary file renamed over it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from pmlint.checks import config as configuration
from pmlint.checks.base import Finding, Replacement, Rule
from pmlint.checks.engine import lint
from pmlint.checks.fixes import FixError, apply, plan, unified_diff
from pmlint.checks.reporters.common import FileResult
from pmlint.checks.run import Settings
from pmlint.timeline.document import timeline_from_source
from pmlint.timeline.readers import document_from_bytes
from pmlint.timeline.source import InputError, SourceText, read_bytes, real, shown

MAX_PASSES = 10  # a fix that keeps revealing another is a bug, not a document


@dataclass(frozen=True)
class Outcome:
    """What fixing did (or would do) to one document."""

    path: str
    applied: int  # findings fixed over all passes
    unsafe_skipped: int  # fixes left for --unsafe-fixes, in the last pass
    before: bytes
    after: bytes
    before_text: str
    after_text: str
    problem: str | None = None  # why the document was not fixed, for one line on stderr
    # The edits of each pass, in the columns of the text that pass read.
    passes: tuple[tuple[Replacement, ...], ...] = ()
    note: str | None = None  # said on stderr; the fixes are still written

    @property
    def changed(self) -> bool:
        return self.after != self.before


def fix_results(results: Sequence[FileResult], catalogue: tuple[Rule, ...], settings: Settings,
                unsafe: bool, checked: Mapping[str, Sequence[str]] | None = None
                ) -> tuple[Outcome, ...]:
    """The fixes for every document with a fixable finding; nothing is written here.

    checked: each document's lines as the check read them; a document that reads
    differently now (edited since) is not fixed."""
    cache: dict[str | None, configuration.Config] = {}
    outcomes = []
    for result in results:
        if result.error or result.path == "-" or not any(
                f.fix is not None and f.locator is None for f in result.findings):
            continue
        outcomes.append(_fix_one(result, catalogue, settings, unsafe, cache,
                                 None if checked is None else checked.get(result.path)))
    return tuple(outcomes)


def _fix_one(result: FileResult, catalogue: tuple[Rule, ...], settings: Settings, unsafe: bool,
             cache: dict[str | None, configuration.Config],
             checked: Sequence[str] | None) -> Outcome:
    path = result.path
    try:
        data = read_bytes(path)
        source = document_from_bytes(data, path)
    except InputError as error:
        return Outcome(path, 0, 0, b"", b"", "", "", str(error))
    empty = Outcome(path, 0, 0, data, data, source.text, source.text)
    if source.source_map is not None:
        return empty  # converted documents are never fixed (their findings carry no fix)
    if checked is not None and source.text.split("\n") != list(checked):
        return replace(empty, problem=f"{shown(path)}: changed since it was checked; not "
                                      "fixed (run pmlint again)")
    current, text, findings = data, source.text, result.findings
    applied = skipped = 0
    done: list[tuple[Replacement, ...]] = []
    for _ in range(MAX_PASSES):
        step = plan(findings, unsafe)
        skipped = step.unsafe_skipped
        if not step.edits:
            break
        try:
            fixed = apply(current, source.encoding, text.split("\n"), step.edits)
        except FixError as error:
            return replace(empty, problem=f"{shown(path)}: not fixed: {error}")
        if fixed == current:
            break
        try:
            again = document_from_bytes(fixed, path)
        except InputError as error:  # a fix must never make a document unreadable
            return replace(empty, problem=f"{shown(path)}: not fixed: {error}")
        if again.encoding != source.encoding or again.source_map is not None:
            return replace(empty, problem=f"{shown(path)}: not fixed: the fixes would change "
                                          "how the file is read")
        source = again
        current, text = fixed, source.text
        applied += len(step.findings)
        done.append(step.edits)
        findings = _lint(path, source, catalogue, settings, cache)
    else:  # every pass found more to fix: write what is done, and say so
        if not plan(findings, unsafe).edits:
            return Outcome(path, applied, skipped, data, current, empty.before_text, text,
                           passes=tuple(done))
        note = (f"{shown(path)}: stopped after {MAX_PASSES} passes of fixes; run --fix again "
                "(and please report the document: one fix keeps revealing another)")
        return Outcome(path, applied, skipped, data, current, empty.before_text, text,
                       passes=tuple(done), note=note)
    return Outcome(path, applied, skipped, data, current, empty.before_text, text,
                   passes=tuple(done))


def _lint(path: str, source: SourceText, catalogue: tuple[Rule, ...], settings: Settings,
          cache: dict[str | None, configuration.Config]) -> tuple[Finding, ...]:
    """The document's findings as `check` would give them for this text (no evidence)."""
    config = (configuration.load(settings.config_file, catalogue) if settings.config_file
              else configuration.find(path, catalogue, cache))
    if settings.select is not None:
        config = replace(config, select=settings.select)
    if settings.ignore:
        config = replace(config, ignore=(*config.ignore, *settings.ignore))
    timeline = timeline_from_source(source, config.options(settings.options))
    return lint(timeline, config.rules(catalogue), config.rule_options, None)


def diff(outcome: Outcome) -> str:
    return unified_diff(outcome.path, outcome.before_text, outcome.after_text)


def write(outcome: Outcome) -> str | None:
    """Write the fixed bytes over the document; a one-line reason if it was not written."""
    where = shown(outcome.path)
    try:
        now = read_bytes(outcome.path)
    except InputError as error:
        return str(error)
    if now != outcome.before:
        return f"{where}: changed since it was read; not fixed (run pmlint again)"
    target = real(outcome.path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".pmlint-tmp",
                                             dir=target.parent)
    except OSError as error:
        return f"{where}: cannot write in its folder ({error.strerror}); not fixed"
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(outcome.after)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return f"{where}: cannot write ({error.strerror}); not fixed"
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return None


def summary(outcomes: Sequence[Outcome], written: bool) -> str | None:
    """One line for stderr: what was (or would be) fixed, and what waits for --unsafe-fixes."""
    changed = [o for o in outcomes if o.changed and o.problem is None]
    applied = sum(o.applied for o in changed)
    unsafe = sum(o.unsafe_skipped for o in outcomes if o.problem is None)
    if not applied and not unsafe:
        return None
    files = f"{len(changed)} file{'s' if len(changed) != 1 else ''}"
    verb = "applied" if written else "would apply"
    line = (f"pmlint: {verb} {applied} fix{'es' if applied != 1 else ''} to {files}"
            if applied else "pmlint: no safe fix to apply")
    if unsafe:
        line += (f"; {unsafe} more fix{'es' if unsafe != 1 else ''} available with "
                 "--unsafe-fixes")
    return line


def by_hand(results: Sequence[FileResult]) -> list[str]:
    """What --fix and --diff say of converted drafts (DOCX, HTML, Atlassian), which pmlint
    never writes: each change a fix would make, where to make it in the source."""
    from pmlint.timeline.printable import printable

    out = []
    for result in results:
        changes = [f for f in result.findings if f.by_hand is not None and f.locator]
        if not changes:
            continue
        these = "these changes" if len(changes) > 1 else "this change"
        out.append(printable(f"{result.path}: not a Markdown or text file, so pmlint does not "
                             f"write it; make {these} in the source:"))
        for f in changes:
            old, new, applicability = f.by_hand  # type: ignore[misc]
            unsafe = ", changes what the time says" if applicability == "unsafe" else ""
            out.append(printable(f"    {f.locator.short}: {old!r} -> {new!r} "  # type: ignore[union-attr]
                                 f"({f.rule}{unsafe})"))
    return out
