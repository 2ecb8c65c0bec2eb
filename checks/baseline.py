"""A baseline: today's findings recorded, so a team adopts the gate on an existing archive
and only new problems fail the run.

A finding is recognised by its file, rule and the words of its line (not the line number),
so editing elsewhere in the document does not make old findings look new. The file is named
relative to its project root (checks.roots: the configuration's folder, else the git root),
so the baseline matches from any working directory; a baseline written before that, with
paths as given on the command line, still matches when run from where it was written.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from pmlint.checks.base import Finding
from pmlint.checks.baseline_error import BaselineError
from pmlint.checks.reporters.common import FileResult

__all__ = ["BaselineError", "new_only", "read", "write"]


def fingerprint(finding: Finding, line_text: str) -> str:
    words = " ".join(line_text.split())
    digest = hashlib.sha256(f"{finding.rule}\0{words}".encode()).hexdigest()
    return digest[:16]


def _key(path: str) -> str:
    return Path(path).as_posix()


def write(results: Sequence[FileResult], lines: dict[str, Sequence[str]],
          keys: Mapping[str, str] | None = None) -> str:
    """`keys` maps a result's path to its root-relative key (Run.keys)."""
    entries = []
    for result in results:
        for f in result.findings:
            text = lines.get(result.path, ())
            line_text = text[f.line - 1] if 0 < f.line <= len(text) else ""
            key = (keys or {}).get(result.path) or _key(result.path)
            entries.append({"path": key, "rule": f.rule,
                            "fingerprint": fingerprint(f, line_text), "line": f.line})
    entries.sort(key=lambda e: (e["path"], e["line"], e["rule"], e["fingerprint"]))
    return json.dumps({"version": 1, "findings": entries}, indent=2) + "\n"


MAX_BASELINE_BYTES = 64 * 1024 * 1024  # about half a million recorded findings


def read(path: str) -> Counter[tuple[str, str, str]]:
    from pmlint.timeline.source import InputError, read_file, shown

    try:
        data = json.loads(read_file(path, MAX_BASELINE_BYTES, "baseline ").decode("utf-8"))
    except InputError as error:
        raise BaselineError(str(error)) from None
    except (ValueError, RecursionError) as error:  # not UTF-8, not JSON, nested too deeply
        raise BaselineError(f"baseline {shown(path)}: not a pmlint baseline "
                            f"({type(error).__name__})") from None
    if not is_baseline(data):
        raise BaselineError(f"baseline {shown(path)}: not a pmlint baseline (no version 1 "
                            "\"findings\" list of path, rule and fingerprint)")
    return Counter((e["path"], e["rule"], e["fingerprint"]) for e in data["findings"])


def is_baseline_file(content: bytes) -> bool:
    """Whether a file's bytes are a pmlint baseline (so --write-baseline may replace it)."""
    try:
        return is_baseline(json.loads(content.decode("utf-8")))
    except (ValueError, RecursionError):
        return False


def is_baseline(data: object) -> bool:
    """Whether parsed JSON has the shape `write` gives (so it may be read, or replaced)."""
    if not isinstance(data, dict) or data.get("version") != 1:
        return False
    findings = data.get("findings")
    return isinstance(findings, list) and all(
        isinstance(e, dict) and all(isinstance(e.get(k), str)
                                    for k in ("path", "rule", "fingerprint"))
        for e in findings)


def new_only(results: Sequence[FileResult], known: Counter[tuple[str, str, str]],
             lines: dict[str, Sequence[str]], keys: Mapping[str, str] | None = None
             ) -> tuple[FileResult, ...]:
    """Results without the findings the baseline already records (each recorded once)."""
    remaining = Counter(known)
    out = []
    for result in results:
        text = lines.get(result.path, ())
        kept = []
        for f in result.findings:
            line_text = text[f.line - 1] if 0 < f.line <= len(text) else ""
            print_ = fingerprint(f, line_text)
            candidates = [((keys or {}).get(result.path) or _key(result.path), f.rule, print_),
                          (_key(result.path), f.rule, print_)]  # a baseline of given paths
            key = next((c for c in candidates if remaining[c] > 0), None)
            if key is not None:
                remaining[key] -= 1
            else:
                kept.append(f)
        out.append(FileResult(result.path, tuple(kept), result.error))
    return tuple(out)
