"""Write timeline/regex-<tag>-<magic>.bin: pmlint's patterns compiled ahead of time.

Run: python bench/regex_programs.py [--python OTHER_PYTHON ...]
(after changing a pattern; tests/test_precompiled.py says when). The patterns are those
pmlint compiles: every module's under timeline/ and checks/ and cli.py, the ones compiled on
first use (LazyPattern), and those built while running (a phase's words, a zone's label):
the seeds are checked and every rule case's document read, and each pattern compiled from
pmlint's own code on the way is recorded. Its program is written for this interpreter, and for
each --python given (any Python >= 3.11: timeline/precompiled.py runs there on its own),
with the results of the @rewrite functions (casefold.folded_pattern, ...) computed meanwhile.
See timeline/precompiled.py for how they are used and why nothing but the time changes.
"""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ["PMLINT_COMPILE_REGEX"] = "1"  # compile everything here, stored or not
sys.path.insert(0, str(ROOT / "bench"))
from tree import use_working_tree  # noqa: E402

use_working_tree()

OWN_CODE = tuple(str(ROOT / part) for part in ("timeline", "checks", "cli.py", "report"))
RE_PACKAGE = os.path.dirname(re.__file__)


def _from_pmlint() -> bool:
    """Whether the compile under way was asked for by pmlint's code (not click's, ...)."""
    frame = sys._getframe(2)
    while frame is not None and os.path.dirname(frame.f_code.co_filename) == RE_PACKAGE:
        frame = frame.f_back
    return frame is not None and os.path.realpath(frame.f_code.co_filename).startswith(OWN_CODE)


def record_sources() -> tuple[list[tuple[str | bytes, int]], dict[tuple, str]]:
    """The patterns pmlint compiles, and the results of its @rewrite functions."""
    from re import _compiler  # type: ignore[attr-defined]

    from pmlint.timeline import precompiled

    precompiled.recorded_rewrites = {}  # before the modules that rewrite patterns are imported
    seen: dict[tuple[type, str | bytes, int], None] = {}
    real = _compiler.compile

    def recording(source, flags=0):  # type: ignore[no-untyped-def]
        if isinstance(source, str | bytes) and _from_pmlint():
            seen[(type(source), source, int(flags))] = None
        return real(source, flags)

    re.purge()
    _compiler.compile = recording
    try:
        _exercise()
    finally:
        _compiler.compile = real
    rewrites, precompiled.recorded_rewrites = precompiled.recorded_rewrites, None
    return [(source, flags) for _, source, flags in
            sorted(seen, key=lambda k: (k[0].__name__, k[2], k[1]))], dict(sorted(rewrites.items()))


def _exercise() -> None:
    from click.testing import CliRunner

    from pmlint import checks, cli, timeline
    from pmlint.checks import ALL_RULES
    from pmlint.checks.engine import lint
    from pmlint.timeline.document import timeline_from_text
    from pmlint.timeline.lazy import LazyPattern

    modules = [cli]
    for package in (timeline, checks):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            modules.append(importlib.import_module(info.name))

    def force(value: object, depth: int = 0) -> None:
        if isinstance(value, LazyPattern):
            value.compiled()
        elif depth < 3 and isinstance(value, tuple | list):
            for item in value:
                force(item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for item in value.values():
                force(item, depth + 1)

    for module in modules:
        for value in list(vars(module).items()):
            force(value[1])
    seeds = sorted(str(p) for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    CliRunner().invoke(cli.main, ["check", *seeds])
    for path in sorted((ROOT / "fixtures" / "rules").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            lint(timeline_from_text(case["document"], "case.md"), ALL_RULES)


def main() -> None:
    args = sys.argv[1:]
    others = [args[i + 1] for i, a in enumerate(args) if a == "--python"]
    sources, rewrites = record_sources()
    request = marshal.dumps((sources, rewrites), 2)
    for python in [sys.executable, *others]:
        done = subprocess.run([python, "-I", str(ROOT / "timeline" / "precompiled.py")],
                              input=request, capture_output=True, check=True)
        name, data = marshal.loads(done.stdout)
        (ROOT / "timeline" / name).write_bytes(data)
        print(f"timeline/{name}: {len(sources)} patterns, {len(rewrites)} rewritten sources, "
              f"{len(data):,} bytes ({python})")


if __name__ == "__main__":
    main()
