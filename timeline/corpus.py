"""Metrics across many postmortems: one row per incident, aggregates with pandas.

pandas is imported here only (and only when the command runs), so the check path stays
fast. Documents are read in parallel with --jobs; one unreadable document is reported and
skipped, never fatal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pmlint.timeline.normalise import Options

if TYPE_CHECKING:
    import pandas as pd

STATS = ("count", "mean", "median", "p90", "max")


@dataclass(frozen=True)
class Job:
    options: Options  # the command line's; each document's configuration fills the rest
    profile: str | None  # None: the configuration's metrics-profile
    custom: tuple[str, str] | None
    evidence: Any = None  # --evidence: the platform's own metrics go beside each record
    config_file: str | None = None  # --config: instead of the nearest configuration


@dataclass(frozen=True)
class Failure:
    """A document that gave no record: unreadable (exit 2), or a bug in pmlint (exit 3)."""

    path: str
    message: str
    internal: bool = False


_CONFIGS: dict[str | None, Any] = {}  # configurations read, per process (workers included)


def measure(path: str, job: Job) -> tuple[str, list[dict[str, Any]] | None, Failure | None]:
    """One document's records, one per incident it tells, or why there are none (runs in a
    worker)."""
    import os

    from pmlint.checks import ALL_RULES
    from pmlint.checks.configured import Reading, config_for, read_configured
    from pmlint.timeline.incident import analyse_each, to_record
    from pmlint.timeline.source import InputError, shown

    try:  # read as check reads it: the same configuration, the same instants
        config = config_for(path, Reading(job.options, job.config_file), ALL_RULES, _CONFIGS)
        timeline = read_configured(path, config, job.options)
        incidents = analyse_each(timeline, job.profile or config.metrics_profile, job.custom)
        records = [to_record(incident) for incident in incidents]
        if job.evidence is not None:
            from pmlint.timeline.evidence.platform_metrics import compare, to_records

            evidence = to_records(compare(timeline, job.evidence))
            for record in records:
                record["evidence"] = evidence
    except InputError as error:
        return path, None, Failure(path, str(error))
    except Exception as error:  # a bug in pmlint: this document's, not the run's
        if os.environ.get("PMLINT_TRACEBACK"):
            raise
        return path, None, Failure(path, f"{shown(path)}: internal error in pmlint "
                                         f"({type(error).__name__}: {error}); please report "
                                         "it with this document", internal=True)
    for record, incident in zip(records, incidents, strict=True):
        record["fields"] = dict(incident.fields)
    return path, records, None


def _worker_signals() -> None:
    """A worker dies at once on SIGTERM (the pool's terminate sends it) and leaves Ctrl-C to
    the parent, so no worker can be stopped while it holds a queue lock the parent needs."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def collect(paths: Sequence[str], job: Job, jobs: int = 1,
            progress: Callable[[int, int], None] | None = None
            ) -> tuple[list[dict[str, Any]], list[Failure]]:
    """Records in path order, and the documents that gave none.

    With jobs > 1 the documents are read by worker processes; leaving this function in any
    way, an interrupt or SIGTERM turned into SystemExit included, terminates the workers
    (multiprocessing.Pool's exit does), so none is left running.
    """
    results: list[tuple[str, list[dict[str, Any]] | None, Failure | None]] = []
    if jobs > 1 and len(paths) > 1:
        import multiprocessing
        from functools import partial

        with multiprocessing.Pool(processes=jobs, initializer=_worker_signals) as pool:
            chunk = max(1, len(paths) // (jobs * 4))
            for n, result in enumerate(pool.imap(partial(measure, job=job), paths,
                                                 chunksize=chunk), start=1):
                results.append(result)
                if progress:
                    progress(n, len(paths))
    else:
        for n, path in enumerate(paths, start=1):
            results.append(measure(path, job))
            if progress:
                progress(n, len(paths))
    records = [record for _, found, _ in results for record in found or ()]
    failures = [f for _, _, f in results if f is not None]
    return records, failures


def frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for r in records:
        row = {k: v for k, v in r.items() if not isinstance(v, dict | list)}
        row["disputed"] = ",".join(r["disputed"])
        rows.append(row)
    return pd.DataFrame(rows)


def metric_names(records: list[dict[str, Any]]) -> list[str]:
    if not records:
        return []
    return [k.removesuffix("_seconds") for k in records[0] if k.endswith("_seconds")]


def aggregate(records: list[dict[str, Any]], by: str | None = None) -> dict[str, Any]:
    """{metric: {count, mean, median, p90, max}}, or {group: {...}} per group with --by."""
    import pandas as pd

    df = frame(records)
    names = metric_names(records)
    if df.empty:
        return {}
    if by is None:
        return _stats(df, names)
    keys = pd.Series([_group_key(r, by) for r in records], index=df.index)
    return {str(key): _stats(group, names) for key, group in df.groupby(keys, sort=True)}


def _group_key(record: dict[str, Any], by: str) -> str:
    from pmlint.timeline.metrics_table import group_of

    return group_of(record, by)


def _stats(df: pd.DataFrame, names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in names:
        column = df[f"{name}_seconds"].dropna().astype(float)
        if column.empty:
            out[name] = {"count": 0, "mean": None, "median": None, "p90": None, "max": None}
            continue
        out[name] = {"count": int(column.count()), "mean": round(float(column.mean()), 1),
                     "median": round(float(column.median()), 1),
                     "p90": round(float(column.quantile(0.9)), 1),
                     "max": round(float(column.max()), 1)}
    return out


def coverage(records: list[dict[str, Any]]) -> dict[str, float]:
    """Share of incidents where each metric could be computed."""
    total = len(records) or 1
    return {name: round(sum(1 for r in records if r.get(f"{name}_seconds") is not None)
                        / total, 3) for name in metric_names(records)}


def render_json(records: list[dict[str, Any]], by: str | None) -> str:
    incidents = [{k: v for k, v in r.items() if k != "fields"} for r in records]
    payload = {"incidents": incidents, "aggregate": aggregate(records, by),
               "coverage": coverage(records)}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def render_csv(records: list[dict[str, Any]], by: str | None) -> str:
    from pmlint.timeline.printable import spreadsheet_safe

    table = frame(records)
    for column in table.columns:
        if table[column].dtype == object:
            table[column] = table[column].map(spreadsheet_safe)
    return table.to_csv(index=False, lineterminator="\n")


def render_table(records: list[dict[str, Any]], by: str | None, markdown: bool) -> str:
    """One row per incident, then the aggregate (timeline.metrics_table)."""
    from pmlint.timeline.metrics_table import render

    return render(records, aggregate(records, by), coverage(records), metric_names(records),
                  by, markdown)


LONG_RUN = 20  # documents: a shorter run ends before a bar would be read


def progress_line(done: int, total: int, width: int = 30) -> str:
    """"[#########.....]  120/400 documents": one line, redrawn in place."""
    filled = width * done // total if total else width
    return f"[{'#' * filled}{'.' * (width - filled)}] {done:>{len(str(total))}}/{total} documents"


def terminal_progress(done: int, total: int) -> None:
    """The bar on stderr, redrawn on one line and erased when the run ends, so the
    terminal keeps only the table."""
    if done == total:
        sys.stderr.write("\r\x1b[K")
    else:
        sys.stderr.write("\r" + progress_line(done, total))
    sys.stderr.flush()
