"""pmlint's command line: wiring only. Parsing, rules and reporting live in their packages.

Exit codes: 0 success, 1 findings at or above --fail-on (or nothing found for `when`),
2 usage or input errors (click's own usage errors are 2 as well), 3 a bug in pmlint itself
(one line on stderr; PMLINT_TRACEBACK=1 shows the traceback).
"""

from __future__ import annotations

import gc

# This module is the program. A run allocates tens of thousands of objects, nearly all
# kept to its end (modules, patterns, the documents' lines and events), and the collector's
# default (a young collection every 700 allocations) spent a tenth of a cold `pmlint check`
# looking for cycles among them. Collections still happen, a hundred times more rarely;
# what pmlint prints does not depend on them.
gc.set_threshold(70_000, *gc.get_threshold()[1:])

import datetime as dt
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from pmlint.timeline.normalise import Options
from pmlint.timeline.printable import printable
from pmlint.timeline.source import InputError, shown
from pmlint.timeline.zones import Zone, parse_zone_option

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
T = TypeVar("T")


class _QuietWhenClosed:
    """Standard output that a closed pipe (`pmlint check . | head -1`) silences instead of
    failing: the rest is discarded and the command still ends with its own exit code."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._closed = False

    def _guard(self, action: Callable[[], T], default: T) -> T:
        if self._closed:
            return default
        try:
            return action()
        except BrokenPipeError:
            self._closed = True
            try:  # the interpreter's last flush of fd 1 must not fail either
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, self._stream.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass
            return default

    def write(self, text: str) -> int:
        return self._guard(lambda: self._stream.write(text), len(text))

    def flush(self) -> None:
        self._guard(self._stream.flush, None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _Guarded(click.Group):
    """A bug in pmlint must not reach a CI log as a traceback with a usage-error code."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        """The command; run from the process's own command line (`args` not given), the
        process ends with it. The interpreter's last act, a full garbage collection over
        every object the run kept (modules, patterns, documents) to free what the system
        takes back anyway, was a twentieth of a cold `pmlint check`: those objects are
        frozen first (gc.freeze), which leaves them out of it. Exit code and output are the
        same; a caller passing `args` (tests, CliRunner) keeps collecting as before."""
        try:
            return super().main(args, *rest, **kwargs)
        finally:
            if args is None:
                gc.freeze()

    def invoke(self, ctx: click.Context) -> object:
        if not isinstance(sys.stdout, _QuietWhenClosed) and hasattr(sys.stdout, "fileno"):
            sys.stdout = _QuietWhenClosed(sys.stdout)  # type: ignore[assignment]
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:  # a stream the wrapper above did not cover: still quiet
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.__stdout__.fileno())  # type: ignore[union-attr]
            except (OSError, ValueError, AttributeError):
                pass
            sys.exit(EXIT_OK)
        except Exception as error:  # the one place that must catch everything
            if os.environ.get("PMLINT_TRACEBACK"):
                raise
            click.echo(f"pmlint: internal error ({type(error).__name__}: {error}). This is a "
                       "bug in pmlint: please report it with the document that caused it; "
                       "PMLINT_TRACEBACK=1 shows the traceback.", err=True)
            sys.exit(EXIT_INTERNAL)


def _zone(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Zone | None:
    if value is None:
        return None
    zone = parse_zone_option(value)
    if zone is None:
        raise click.BadParameter(f"unknown time zone {value!r} (try UTC, EST, UTC+1 or an IANA "
                                 "name such as Europe/Berlin)")
    return zone


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None
          ) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    try:
        parsed: dt.date = (dt.datetime.fromisoformat(value.strip())
                           if "T" in value or " " in value.strip()
                           else dt.date.fromisoformat(value.strip()))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD) or date-time "
                                 "(YYYY-MM-DDTHH:MM[+HH:MM])") from None
    if not 1900 <= parsed.year <= 2199:  # the years a document's own dates may have
        raise click.BadParameter(f"{value!r}: the year must be between 1900 and 2199")
    return parsed


def _fail_input(error: InputError) -> None:
    click.echo(f"pmlint: {error}", err=True)
    sys.exit(EXIT_INPUT)


def _notes(path: str, notes: tuple[str, ...]) -> None:
    """What a DOCX, HTML or ADF reader could read only in part: one line each on stderr."""
    for note in notes:
        click.echo(f"pmlint: {path}: note: {note}", err=True)


def config_options(command: Any) -> Any:
    """--config FILE and --day-first/--month-first: every command that reads documents
    takes them, and reads each document under the same configuration (checks.configured)."""
    command = click.option("--day-first/--month-first", default=None,
                           help="How to read numeric dates such as 6/9/22.")(command)
    return click.option("--config", "config_file",
                        type=click.Path(exists=True, dir_okay=False),
                        help="Use this .pmlint.toml or pyproject.toml instead of searching.",
                        )(command)


force_exclude_option = click.option(
    "--force-exclude", is_flag=True,
    help="Apply the configuration's exclude to files named on the command line too (as "
    "pre-commit names them).")


def _configured_reader(options: Options, config_file: str | None, paths: tuple[str, ...]
                       ) -> Callable[[str], Any]:
    """A reader of documents as `check` reads them; a configuration that cannot be followed
    is a usage error (exit 2) before anything is read."""
    from pmlint.checks import ALL_RULES
    from pmlint.checks.config import ConfigError
    from pmlint.checks.configured import Reading, config_for, read_configured

    reading = Reading(options, config_file)
    cache: dict[str | None, Any] = {}
    try:
        for path in paths:
            config_for(path, reading, ALL_RULES, cache)
    except ConfigError as error:
        click.echo(f"pmlint: {error}", err=True)
        sys.exit(EXIT_INPUT)
    return lambda path: read_configured(path, config_for(path, reading, ALL_RULES, cache),
                                        options)


tz_option = click.option("--tz", "tz", callback=_zone, metavar="ZONE",
                         help="Zone for times the document gives none for (UTC, EST, UTC+1, "
                              "Europe/Berlin).")
reference_option = click.option(
    "--reference", callback=_date, metavar="DATE",
    help="Date that anchors a document without years or dates (YYYY-MM-DD).")


EVIDENCE_FORMATS = ("slack", "pagerduty", "incident-io", "firehydrant", "rootly", "statuspage",
                    "csv")  # timeline.evidence.model.FORMATS, not imported until used


def evidence_options(command: Any) -> Any:
    """--evidence PATH... (a Slack export, a platform's incident JSON, a CSV), with the
    format guessed from the content unless --evidence-format says, and the Slack channels."""
    command = click.option("--evidence-channel", "evidence_channels", multiple=True,
                           metavar="NAME", help="Slack channel(s) to read (repeatable).")(command)
    command = click.option("--evidence-format", type=click.Choice(EVIDENCE_FORMATS),
                           help="Say what the evidence is instead of guessing.")(command)
    return click.option("--evidence", "evidence_paths", multiple=True, metavar="PATH",
                        help="Check the draft against this record (repeatable).")(command)


def _evidence_request(paths: tuple[str, ...], fmt: str | None, channels: tuple[str, ...]
                      ) -> Any:
    if not paths:
        if fmt or channels:
            raise click.UsageError("--evidence-format and --evidence-channel need --evidence")
        return None
    from pmlint.timeline.evidence.model import Request

    return Request(tuple(paths), fmt, tuple(channels))


def _load_evidence(request: Any, near: str, config_file: str | None = None) -> Any:
    """The record, with [tool.pmlint.evidence] from --config, else the configuration
    nearest `near`."""
    if request is None:
        return None
    from pmlint.checks import ALL_RULES
    from pmlint.checks.config import ConfigError
    from pmlint.checks.configured import Reading, config_for
    from pmlint.timeline.evidence.load import load

    try:
        return load(request, config_for(near, Reading(Options(), config_file),
                                        ALL_RULES).evidence)
    except ConfigError as error:
        click.echo(f"pmlint: {error}", err=True)
        sys.exit(EXIT_INPUT)
    except InputError as error:
        _fail_input(error)


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pmlint")
def main() -> None:
    """Reconstruct an incident postmortem's timeline and check it for anomalies."""


@main.command("timeline")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True)
@tz_option
@reference_option
@config_options
@evidence_options
def timeline_command(files: tuple[str, ...], fmt: str, tz: Zone | None,
                     reference: dt.date | None, config_file: str | None,
                     day_first: bool | None, evidence_paths: tuple[str, ...],
                     evidence_format: str | None, evidence_channels: tuple[str, ...]) -> None:
    """Show every timestamp in FILE, resolved as check reads it (AM/PM corrections
    applied and noted), with what was assumed."""
    from pmlint.timeline.render import render_csv, render_json, render_text
    from pmlint.timeline.settled import settle

    request = _evidence_request(evidence_paths, evidence_format, evidence_channels)
    if request is not None and fmt == "csv":
        raise click.UsageError("--evidence shows the record in the text and json formats")
    options = Options(default_zone=tz, reference=reference, day_first=day_first)
    read = _configured_reader(options, config_file, files)
    timelines, failure = _read_each(files, read)
    render = {"text": render_text, "json": render_json, "csv": render_csv}[fmt]
    if timelines and request is None:
        click.echo(render([settle(t) for t in timelines]), nl=False)
    elif timelines:
        from dataclasses import replace

        from pmlint.checks.context import Analysis
        from pmlint.timeline.evidence import render as record
        from pmlint.timeline.evidence.load import window_of

        evidence = _load_evidence(replace(request, window=window_of(timelines)), files[0],
                                  config_file)
        recs = [Analysis(t, evidence).reconciliation for t in timelines]
        if fmt == "json":
            click.echo(record.render_json(timelines, recs), nl=False)  # type: ignore[arg-type]
        else:
            click.echo(render([settle(t) for t in timelines])
                       + record.render_text(timelines, recs), nl=False)  # type: ignore[arg-type]
    for timeline in timelines:
        _notes(timeline.path, timeline.source_map.notes if timeline.source_map else ())
    if failure:
        sys.exit(failure)


def _read_each(paths: tuple[str, ...], read: Callable[[str], T]) -> tuple[list[T], int]:
    """Read every path, reporting each failure on stderr as it comes and going on: an
    unreadable document is exit 2 and a bug in pmlint exit 3, but only after the others."""
    from pmlint.checks.run import internal_error

    read_ok: list[T] = []
    failure = EXIT_OK
    for path in paths:
        try:
            read_ok.append(read(path))
        except InputError as error:
            click.echo(f"pmlint: {error}", err=True)
            failure = max(failure, EXIT_INPUT)
        except Exception as error:
            if os.environ.get("PMLINT_TRACEBACK"):
                raise
            click.echo(f"pmlint: {shown(path)}: {internal_error(error)}", err=True)
            failure = EXIT_INTERNAL
    return read_ok, failure


@main.command("when")
@click.argument("text")
@click.option("--reference", callback=_date, metavar="ISO",
              help="Date or date-time that a time without a date is read against.")
@tz_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def when_command(text: str, reference: dt.date | dt.datetime | None, tz: Zone | None,
                 fmt: str) -> None:
    """Show how pmlint reads one time expression, and what it assumed."""
    import json

    from pmlint.timeline.render import event_to_dict
    from pmlint.timeline.when import read_expression, shown_instant

    reading = read_expression(text, Options(default_zone=tz, reference=reference))
    if reading is None:
        click.echo(f"pmlint: no time expression in {text!r}", err=True)
        sys.exit(EXIT_FINDINGS)
    start = event_to_dict(reading.start)
    end = event_to_dict(reading.end) if reading.end is not None else None
    assumed = list(dict.fromkeys([*reading.start.assumed,
                                  *(reading.end.assumed if reading.end else ())]))
    if fmt == "json":
        payload = {"text": reading.text, "start": start["at"] or start["local"],
                   "end": (end["at"] or end["local"]) if end else None,
                   "grain": reading.grain, "assumed": assumed}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    click.echo(f"read:    {reading.start.written}"
               + (f"  to  {reading.end.written}" if reading.end else ""))
    click.echo(f"start:   {shown_instant(start, reading.start)}")
    if end is not None and reading.end is not None:
        click.echo(f"end:     {shown_instant(end, reading.end)}")
    click.echo(f"grain:   {reading.grain}")
    for note in assumed:
        click.echo(f"assumed: {note}")
    for other in reading.also:
        click.echo(f"also in the text, not read: {other}")


FAIL_ON = ("error", "warning", "info", "never")
fail_on_option = click.option(
    "--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
    help="Lowest severity that makes the run fail (exit 1).")
FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab", "markdown")
# checks.reporters.MODULES


def _outputs(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]
             ) -> tuple[tuple[str, str | None], ...]:
    """--format NAME or NAME:PATH, repeatable: (format, file or None for stdout) pairs."""
    outputs = []
    for item in value:
        name, colon, path = item.partition(":")
        name = name.strip().lower()
        if name not in FORMATS:
            import difflib

            near = difflib.get_close_matches(name, FORMATS, n=1)
            raise click.BadParameter(f"unknown format {name!r}"
                                     + (f"; did you mean {near[0]!r}?" if near else "")
                                     + f" (one of {', '.join(FORMATS)}, each optionally "
                                     "followed by :FILE)")
        if colon and not path:
            raise click.BadParameter(f"{item!r}: a file name must follow the colon")
        outputs.append((name, path or None))
    if sum(1 for _, path in outputs if path is None) > 1:
        raise click.BadParameter("only one format can go to standard output; give the "
                                 "others a file, e.g. --format github --format sarif:out.sarif")
    return tuple(outputs)


def _documents(paths: tuple[str, ...]) -> list[str]:
    from pmlint.checks.run import documents

    return documents(paths)


def _rule_list(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]
               ) -> tuple[str, ...] | None:
    """--select/--ignore: names, codes, code prefixes (PM1) or ALL, comma-separated or
    repeated; unknown ones fail."""
    from pmlint.checks import ALL_RULES
    from pmlint.checks.selection import expand_all

    if not value:
        return None
    keys = [k.strip() for item in value for k in item.split(",") if k.strip()]
    try:
        return expand_all(keys, ALL_RULES)
    except KeyError as error:
        raise click.BadParameter(error.args[0]) from None


def selection_options(command: Any) -> Any:
    """--select, --extend-select and --ignore, as check and report take them."""
    command = click.option("--ignore", multiple=True, callback=_rule_list, metavar="RULES",
                           help="Not these rules.")(command)
    command = click.option("--extend-select", multiple=True, callback=_rule_list,
                           metavar="RULES", help="These rules too, beside the selection in "
                           "force (the configuration's or --select's).")(command)
    return click.option("--select", multiple=True, callback=_rule_list, metavar="RULES",
                        help="Only these rules: names, codes, code prefixes (PM1) or ALL, "
                        "comma-separated; replaces the configuration's selection.")(command)


@main.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", multiple=True, callback=_outputs, metavar="FORMAT[:FILE]",
              help=f"Output format ({', '.join(FORMATS)}) [default: text; github when "
              "GITHUB_ACTIONS=true]; repeatable, each but one with :FILE to write it there, "
              "e.g. --format github --format sarif:pmlint.sarif.")
@click.option("--output-file", "-o", metavar="FILE",
              help="Write the output (of the --format without a :FILE) here, not to stdout.")
@tz_option
@reference_option
@fail_on_option
@selection_options
@config_options
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record today's findings in this file (and exit 0).")
@click.option("--changed-only", metavar="REF",
              help="Check only files changed since this git ref (plus untracked ones).")
@click.option("--fix", is_flag=True,
              help="Apply safe fixes to the documents (Markdown and text only), then report "
                   "what remains.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Print the fixes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True,
              help="With --fix or --diff: also fixes that change meaning more (EST -> EDT).")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto",
              show_default=True, help="Colour the text output (auto: on a terminal, unless "
              "NO_COLOR is set; FORCE_COLOR forces it).")
@click.option("-q", "--quiet", is_flag=True, help="Text: the findings only, no summary line.")
@click.option("--statistics", is_flag=True,
              help="Text: how many findings per rule, instead of the findings.")
@force_exclude_option
@evidence_options
def check_command(paths: tuple[str, ...], fmt: tuple[tuple[str, str | None], ...],
                  output_file: str | None, tz: Zone | None,
                  reference: dt.date | None, fail_on: str, select: tuple[str, ...] | None,
                  extend_select: tuple[str, ...] | None,
                  ignore: tuple[str, ...] | None, config_file: str | None,
                  day_first: bool | None, baseline: str | None, write_baseline: str | None,
                  changed_only: str | None, force_exclude: bool, fix: bool, show_diff: bool,
                  unsafe_fixes: bool, color: str, quiet: bool, statistics: bool,
                  evidence_paths: tuple[str, ...],
                  evidence_format: str | None, evidence_channels: tuple[str, ...]) -> None:
    """Check postmortems for timeline anomalies (files, or directories of .md, .txt, .docx,
    .html, ...)."""
    import os

    from pmlint.checks import ALL_RULES
    from pmlint.checks.config import ConfigError
    from pmlint.checks.reporters import Report
    from pmlint.checks.run import Settings, check_paths

    if not any(path is None for _, path in fmt):
        default = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
        fmt = ((default, None), *fmt)  # the files beside what the terminal shows
    if output_file:
        fmt = tuple((name, path or output_file) for name, path in fmt)
    only = None
    if changed_only:
        from pmlint.checks.changed import GitError, changed_files

        try:  # git asked in the repository that holds the paths, not the working directory
            folders = dict.fromkeys(p if os.path.isdir(p) else os.path.dirname(p) or "."
                                    for p in paths if p != "-") or {".": None}
            only = frozenset(f for folder in folders for f in changed_files(changed_only,
                                                                            folder))
        except GitError as error:
            click.echo(f"pmlint: --changed-only {changed_only}: {error}", err=True)
            sys.exit(EXIT_INPUT)
    if baseline or write_baseline:
        from pmlint.checks import baseline as baselines
    from pmlint.checks.baseline_error import BaselineError

    evidence = _evidence_request(evidence_paths, evidence_format, evidence_channels)
    _fix_usage(fix, show_diff, unsafe_fixes, evidence, baseline, write_baseline, paths)
    settings = Settings(Options(default_zone=tz, reference=reference, day_first=day_first),
                        config_file, select, ignore or (), only, evidence, extend_select or (),
                        force_exclude)
    try:
        run = check_paths(paths, ALL_RULES, settings)
        results = run.results
        if baseline:
            results = baselines.new_only(results, baselines.read(baseline), run.lines,
                                         run.keys)
    except (ConfigError, BaselineError, InputError) as error:  # InputError: the evidence
        click.echo(f"pmlint: {error}", err=True)
        sys.exit(EXIT_INPUT)
    if write_baseline:
        from pmlint.timeline.discovery import DOCUMENT_SUFFIXES
        from pmlint.timeline.output_file import write_output

        try:
            write_output(write_baseline, baselines.write(results, run.lines, run.keys),
                         kind="baseline",
                         replaceable=baselines.is_baseline_file,
                         documents=[r.path for r in results] + list(paths),
                         document_suffixes=DOCUMENT_SUFFIXES)
        except InputError as error:
            _fail_input(error)
        count = sum(len(r.findings) for r in results)
        click.echo(f"pmlint: recorded {count} findings in {shown(write_baseline)}", err=True)
        sys.exit(EXIT_INTERNAL if any(r.internal for r in results) else EXIT_OK)
    if fix or show_diff:
        from pmlint.checks import fix_run

        outcomes = fix_run.fix_results(results, ALL_RULES, settings, unsafe_fixes, run.lines)
        for line in fix_run.by_hand(results):  # converted drafts: the changes, to make by hand
            click.echo(line, err=not show_diff)
        if show_diff:
            _show_diff(outcomes, results)
        for problem in filter(None, [o.problem or o.note for o in outcomes]
                              + [fix_run.write(o) for o in outcomes
                                 if fix and o.changed and o.problem is None]):
            click.echo(f"pmlint: {problem}", err=True)
        line = fix_run.summary(outcomes, written=fix)
        if line and not quiet:
            click.echo(line, err=True)
        if fix and any(o.changed for o in outcomes):  # report what remains
            run = check_paths(paths, ALL_RULES, settings)
            results = run.results
    report = Report(results, run.rules, fail_on, root=run.root, lines=run.lines)
    if (quiet or statistics) and any(name != "text" for name, _ in fmt):
        raise click.UsageError("--quiet and --statistics shape the text format")
    try:
        _emit(report, fmt, [r.path for r in results] + list(paths),
              _text_style(color, quiet, statistics))
    except InputError as error:
        _fail_input(error)
    for path, notes in run.notes.items():
        _notes(path, notes)
    for result in results:
        if result.error:
            click.echo(printable(f"pmlint: {result.path}: {result.error}"), err=True)
    if not results and not changed_only:
        click.echo("pmlint: no documents found", err=True)
        sys.exit(EXIT_INPUT)
    if any(r.internal for r in results):
        sys.exit(EXIT_INTERNAL)
    if any(r.error for r in results):
        sys.exit(EXIT_INPUT)
    if any(report.failing(f) for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)


def _text_style(color: str, quiet: bool, statistics: bool) -> Any:
    """What the terminal on stdout can show: colour, and the width to wrap to."""
    from pmlint.checks.reporters.terminal import Style, wants_color, width_for

    tty = sys.stdout.isatty()
    columns = None
    if tty:
        import shutil  # only a terminal has a width

        columns = shutil.get_terminal_size((0, 0)).columns
    return Style(wants_color(color, os.environ, tty), width_for(os.environ, tty, columns),
                 quiet, statistics)


def _fix_usage(fix: bool, show_diff: bool, unsafe: bool, evidence: object,
               baseline: str | None, write_baseline: str | None, paths: tuple[str, ...]
               ) -> None:
    if unsafe and not (fix or show_diff):
        raise click.UsageError("--unsafe-fixes goes with --fix or --diff")
    if fix and show_diff:
        raise click.UsageError("--fix writes the fixes, --diff only shows them: choose one")
    if (fix or show_diff) and (evidence is not None or baseline or write_baseline):
        raise click.UsageError("--fix and --diff do not go with --evidence, --baseline or "
                               "--write-baseline")
    if (fix or show_diff) and "-" in paths:
        raise click.UsageError("--fix and --diff need files: standard input cannot be fixed")


def _show_diff(outcomes: Any, results: Any) -> None:
    """--diff: the fixes as a unified diff on stdout, then the exit code (1: there are
    fixes to apply), as ruff does; nothing is written and no finding is listed."""
    from pmlint.checks.fix_run import diff, summary
    from pmlint.timeline.printable import printable

    for outcome in outcomes:
        if outcome.changed and outcome.problem is None:
            for line in diff(outcome).splitlines():
                click.echo(printable(line))
    for problem in filter(None, (o.problem for o in outcomes)):
        click.echo(f"pmlint: {problem}", err=True)
    line = summary(outcomes, written=False)
    if line:
        click.echo(line, err=True)
    if any(r.internal for r in results):
        sys.exit(EXIT_INTERNAL)
    if any(r.error for r in results) or any(o.problem for o in outcomes):
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if any(o.changed for o in outcomes) else EXIT_OK)


def _emit(report: Any, outputs: tuple[tuple[str, str | None], ...],
          documents: list[str], style: Any) -> None:
    """Each format to stdout or its file (written safely, never over a document or a file
    that is not an earlier report of that format); in GitHub Actions, with the github
    format, every finding in the job summary too. Raises InputError."""
    from pmlint.checks.reporters import is_output, reporter
    from pmlint.checks.reporters.text import PLAIN
    from pmlint.timeline.discovery import DOCUMENT_SUFFIXES
    from pmlint.timeline.output_file import append_output, write_output

    for name, path in outputs:
        if name == "text":  # source lines under findings; styled for the terminal only
            chosen = style if path is None else PLAIN
            text = reporter(name)(report, report.lines, chosen)  # type: ignore[call-arg]
        else:
            text = reporter(name)(report)
        if path is None:
            click.echo(text, nl=False, color=style.color if name == "text" else None)
            continue
        write_output(path, text, kind=f"{name} report",
                     replaceable=lambda content, name=name: is_output(name, content),
                     documents=documents, document_suffixes=DOCUMENT_SUFFIXES)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file and any(name == "github" for name, _ in outputs):
        append_output(summary_file, reporter("markdown")(report), kind="job summary",
                      documents=documents)


@main.command("report")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", required=True, metavar="FILE",
              help="The HTML file to write (never over a file that is not a pmlint report).")
@tz_option
@reference_option
@fail_on_option
@selection_options
@config_options
@click.option("--profile", type=click.Choice(("started", "detected")), default=None,
              help="detected: MTTR measured from detection [default: the configuration's "
              "metrics-profile, else started].")
@force_exclude_option
@evidence_options
def report_command(paths: tuple[str, ...], output: str, tz: Zone | None,
                   reference: dt.date | None, fail_on: str, select: tuple[str, ...] | None,
                   extend_select: tuple[str, ...] | None,
                   ignore: tuple[str, ...] | None, config_file: str | None,
                   day_first: bool | None, profile: str | None, force_exclude: bool,
                   evidence_paths: tuple[str, ...], evidence_format: str | None,
                   evidence_channels: tuple[str, ...]) -> None:
    """Write one self-contained HTML report: timeline, metrics and findings (files, or
    directories of .md/.txt; several documents get an index and corpus charts)."""
    from pmlint.checks.config import ConfigError
    from pmlint.checks.reporters.common import Report
    from pmlint.checks.run import Settings
    from pmlint.report.build import build_report
    from pmlint.report.output import write_report

    evidence = _evidence_request(evidence_paths, evidence_format, evidence_channels)
    settings = Settings(Options(default_zone=tz, reference=reference, day_first=day_first),
                        config_file, select, ignore or (), evidence=evidence,
                        extend_select=extend_select or (), force_exclude=force_exclude)
    try:
        built = build_report(paths, settings, profile)
    except (ConfigError, InputError) as error:  # InputError: the evidence cannot be read
        click.echo(f"pmlint: {error}", err=True)
        sys.exit(EXIT_INPUT)
    for unread in built.unreadable:
        click.echo(f"pmlint: {shown(unread.path)}: {unread.error}", err=True)
    results = built.run.results
    failed = any(r.internal for r in results)  # a bug in pmlint: exit 3, as check does
    if built.html is None:
        click.echo("pmlint: no documents found" if not built.unreadable
                   else "pmlint: no document could be read; no report written", err=True)
        sys.exit(EXIT_INTERNAL if failed else EXIT_INPUT)
    try:
        write_report(output, built.html, [r.path for r in results] + list(paths))
    except InputError as error:
        _fail_input(error)
    read = sum(1 for r in results if r.error is None)
    click.echo(f"pmlint: wrote {shown(output)} ({read} document{'s' if read != 1 else ''})",
               err=True)
    report = Report(results, built.run.rules, fail_on)
    if failed:
        sys.exit(EXIT_INTERNAL)
    if built.unreadable:
        sys.exit(EXIT_INPUT)
    if any(report.failing(f) for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)


PROFILE_CHOICES = ("started", "detected")
PHASE_CHOICES = ("start", "detection", "acknowledgement", "escalation", "mitigation",
                 "resolution", "end")


def _profile(profile: str | None, start: str | None, end: str | None
             ) -> tuple[str | None, tuple[str, str] | None]:
    if (start is None) != (end is None):
        raise click.UsageError("--from and --to go together")
    return profile, (start, end) if start and end else None


@main.command("graph")
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["mermaid", "gantt", "dot", "json"]),
              default="mermaid", show_default=True,
              help="gantt: a Mermaid gantt chart for a pull-request comment (in UTC).")
@click.option("--utc", is_flag=True, help="Show times in UTC, not the document's own zone.")
@tz_option
@reference_option
@config_options
def graph_command(file: str, fmt: str, utc: bool, tz: Zone | None, reference: dt.date | None,
                  config_file: str | None, day_first: bool | None) -> None:
    """The incident's phase graph in the order it ran, each edge labelled with its
    duration, on the document's clock."""
    from pmlint.checks import ALL_RULES
    from pmlint.checks.configured import Reading, config_for
    from pmlint.timeline import graph
    from pmlint.timeline.incident import analyse

    options = Options(default_zone=tz, reference=reference, day_first=day_first)
    read = _configured_reader(options, config_file, (file,))
    try:
        timeline = read(file)
    except InputError as error:
        _fail_input(error)
        return
    profile = config_for(file, Reading(options, config_file), ALL_RULES).metrics_profile
    built = graph.build(analyse(timeline, profile), None if utc else timeline.zone)
    render = {"mermaid": graph.to_mermaid, "gantt": graph.to_gantt, "dot": graph.to_dot,
              "json": graph.to_json}[fmt]
    click.echo(render(built), nl=False)
    _notes(file, timeline.source_map.notes if timeline.source_map else ())


@main.command("metrics")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "markdown"]),
              default="text", show_default=True)
@click.option("--by", metavar="FIELD", help="Group by 'month' (of the start) or a header "
              "field such as severity or service.")
@click.option("--profile", type=click.Choice(PROFILE_CHOICES), default=None,
              help="started: every metric from the start; detected: MTTR measured from "
              "detection [default: the configuration's metrics-profile, else started].")
@click.option("--from", "from_phase", type=click.Choice(PHASE_CHOICES),
              help="Custom metric: from this phase (with --to).")
@click.option("--to", "to_phase", type=click.Choice(PHASE_CHOICES))
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--plot", metavar="FILE.svg|png",
              help="Also draw each metric's distribution and the monthly trend (matplotlib).")
@tz_option
@reference_option
@config_options
@force_exclude_option
@evidence_options
def metrics_command(paths: tuple[str, ...], fmt: str, by: str | None, profile: str | None,
                    from_phase: str | None, to_phase: str | None, jobs: int, plot: str | None,
                    tz: Zone | None, reference: dt.date | None, config_file: str | None,
                    day_first: bool | None, force_exclude: bool, evidence_paths: tuple[str, ...],
                    evidence_format: str | None, evidence_channels: tuple[str, ...]) -> None:
    """MTTD / MTTA / MTTE / MTTM / MTTR per incident and aggregated across PATHs; with
    --evidence, the platform's own figures beside the draft's, under the platform's anchors."""
    import signal

    from pmlint.checks import ALL_RULES
    from pmlint.checks.config import ConfigError
    from pmlint.checks.configured import Reading
    from pmlint.checks.run import discover_configured
    from pmlint.timeline import corpus

    chosen, custom = _profile(profile, from_phase, to_phase)
    if plot is not None:
        folder = os.path.dirname(plot) or "."
        if not os.path.isdir(folder):
            raise click.UsageError(f"--plot {shown(plot)}: the folder {shown(folder)} does not "
                                   "exist")
        if not plot.lower().endswith((".svg", ".png")):
            raise click.UsageError(f"--plot {shown(plot)}: the file must end in .svg or .png")
    options = Options(default_zone=tz, reference=reference, day_first=day_first)
    try:
        found = discover_configured(paths, Reading(options, config_file), ALL_RULES, {},
                                    force_exclude)
    except ConfigError as error:
        click.echo(f"pmlint: {error}", err=True)
        sys.exit(EXIT_INPUT)
    for _, reason in found.problems:
        click.echo(f"pmlint: skipped {reason}", err=True)
    if not found.documents:
        click.echo("pmlint: no documents found", err=True)
        sys.exit(EXIT_INPUT)
    request = _evidence_request(evidence_paths, evidence_format, evidence_channels)
    evidence = _load_evidence(request, found.documents[0], config_file)
    job = corpus.Job(options, chosen, custom, evidence, config_file)
    long_run = len(found.documents) >= corpus.LONG_RUN
    progress = corpus.terminal_progress if sys.stderr.isatty() and long_run else None
    # SIGTERM ends the run as an exception would, so the worker pool is torn down with it
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    records, failures = corpus.collect(found.documents, job, jobs, progress)
    for failure in failures:
        click.echo(f"pmlint: skipped {failure.message}", err=True)
    if by is not None:
        from pmlint.timeline.metrics_table import unknown_field

        problem = unknown_field(records, by)
        if problem:
            click.echo(f"pmlint: {problem}", err=True)
            sys.exit(EXIT_INPUT)
    if fmt == "json":
        click.echo(corpus.render_json(records, by), nl=False)
    elif fmt == "csv":
        click.echo(corpus.render_csv(records, by), nl=False)
    else:
        click.echo(corpus.render_table(records, by, markdown=fmt == "markdown"), nl=False)
    if evidence is not None and fmt in ("text", "markdown"):
        from pmlint.timeline.evidence.platform_metrics import render_records

        click.echo(render_records(records), nl=False)
    if plot is not None and records:
        _write_plot(plot, records, found.documents)
    if any(f.internal for f in failures):
        sys.exit(EXIT_INTERNAL)
    if failures or found.problems or not records:
        sys.exit(EXIT_INPUT)


def _write_plot(plot: str, records: Any, documents: Any) -> None:
    from pmlint.timeline import metrics_plot
    from pmlint.timeline.corpus import metric_names
    from pmlint.timeline.discovery import DOCUMENT_SUFFIXES
    from pmlint.timeline.output_file import write_output

    try:
        import matplotlib  # noqa: F401
    except ImportError:
        click.echo("pmlint: --plot needs matplotlib: pip install 'pmlint[plot]'", err=True)
        sys.exit(EXIT_INPUT)
    data = metrics_plot.render(records, metric_names(records), plot.rsplit(".", 1)[1].lower())
    try:
        write_output(plot, data, kind="plot", replaceable=metrics_plot.is_plot,
                     documents=documents, document_suffixes=DOCUMENT_SUFFIXES)
    except InputError as error:
        _fail_input(error)
    click.echo(f"pmlint: wrote {shown(plot)}", err=True)


@main.command("config")
@click.argument("path", default=".", required=False)
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False),
              help="Use this .pmlint.toml or pyproject.toml instead of searching.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def config_command(path: str, config_file: str | None, fmt: str) -> None:
    """Show the settings in force for PATH (default: here) and the file they came from."""
    import json

    from pmlint.checks import ALL_RULES
    from pmlint.checks.config import ConfigError
    from pmlint.checks.config_view import render_text, settings, shadowed_files
    from pmlint.checks.configured import Reading, config_for

    try:
        config = config_for(path, Reading(Options(), config_file), ALL_RULES)
    except ConfigError as error:
        click.echo(f"pmlint: {error}", err=True)
        sys.exit(EXIT_INPUT)
    data = settings(config, ALL_RULES, path, shadowed_files(path, config.source))
    click.echo(json.dumps(data, indent=2, ensure_ascii=False) if fmt == "json"
               else render_text(data), nl=fmt != "text")


@main.command("rules")
def rules_command() -> None:
    """List every rule: code, name, every severity it can give (default first), what it
    flags."""
    from pmlint.checks import ALL_RULES

    width = max(len(r.name) for r in ALL_RULES)
    levels = {r.name: "/".join(r.severities) for r in ALL_RULES}
    level_width = max(len(v) for v in levels.values())
    for rule in ALL_RULES:
        click.echo(f"{rule.code}  {rule.name:<{width}}  {levels[rule.name]:<{level_width}}  "
                   f"{rule.summary}")


@main.command("explain")
@click.argument("rule")
def explain_command(rule: str) -> None:
    """Explain RULE (name or code), with a failing and a passing example."""
    from pmlint.checks import get

    try:
        found = get(rule)
    except KeyError as error:
        click.echo(f"pmlint: {error.args[0]}", err=True)
        sys.exit(EXIT_INPUT)
    from pmlint.checks.explain import plain

    click.echo(plain(found), nl=False)


if __name__ == "__main__":
    main()
