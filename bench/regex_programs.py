"""Write timeline/regex-<tag>-<magic>.bin: pmlint's patterns compiled ahead of time.

Run: python bench/regex_programs.py [--python OTHER_PYTHON ...]
(after changing a pattern; tests/test_precompiled.py says when). The patterns are those
pmlint compiles: every module's under timeline/ and checks/ and cli.py, the ones compiled on
first use (LazyPattern), and those built while running (a phase's words, a zone's label):
the seeds are checked and every rule case's document read, and each pattern compiled from
pmlint's own code on the way is recorded (and whether only a LazyPattern asked for it: its
program is then built on first use, not on import). Its program is written for this
interpreter, and for each --python given (any Python >= 3.11: timeline/precompiled.py runs
there on its own), with the results of the @rewrite functions (casefold.folded_pattern, ...)
computed meanwhile.
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
    # (re's own frames, and the recording hooks below: the one on re._compile calls the other)
    while frame is not None and (os.path.dirname(frame.f_code.co_filename) == RE_PACKAGE
                                 or frame.f_code.co_filename == __file__):
        frame = frame.f_back
    return frame is not None and os.path.realpath(frame.f_code.co_filename).startswith(OWN_CODE)


Sources = list[tuple[str | bytes, int]]


def record_sources() -> tuple[Sources, Sources, dict[tuple, str]]:
    """The patterns pmlint compiles: those built on import, those only a LazyPattern asks
    for (built on its first use), and the results of the @rewrite functions."""
    from re import _compiler  # type: ignore[attr-defined]

    from pmlint.timeline import precompiled
    from pmlint.timeline.lazy import LazyPattern

    precompiled.recorded_rewrites = {}  # before the modules that rewrite patterns are imported
    seen: dict[tuple[type, str | bytes, int], None] = {}
    # every pmlint call of re.compile (compiled or found in re's cache): whether all of a
    # source's came from a LazyPattern
    lazy: dict[tuple[type, str | bytes, int], bool] = {}
    real, real_lookup = _compiler.compile, re._compile  # type: ignore[attr-defined]
    lazy_code = LazyPattern.compiled.__code__

    def recording(source, flags=0):  # type: ignore[no-untyped-def]
        if isinstance(source, str | bytes) and _from_pmlint():
            seen[(type(source), source, int(flags))] = None
        return real(source, flags)

    def looking_up(source, flags):  # type: ignore[no-untyped-def]
        if isinstance(source, str | bytes) and _from_pmlint():
            key = (type(source), source, int(flags))
            lazy[key] = lazy.get(key, True) and _from_code(lazy_code)
        return real_lookup(source, flags)

    re.purge()
    _compiler.compile, re._compile = recording, looking_up  # type: ignore[attr-defined]
    try:
        _exercise()
    finally:
        _compiler.compile, re._compile = real, real_lookup  # type: ignore[attr-defined]
    rewrites, precompiled.recorded_rewrites = precompiled.recorded_rewrites, None
    ordered = sorted(seen, key=lambda k: (k[0].__name__, k[2], k[1]))
    return ([(source, flags) for key in ordered if not lazy.get(key, False)
             for _, source, flags in (key,)],
            [(source, flags) for key in ordered if lazy.get(key, False)
             for _, source, flags in (key,)],
            dict(sorted(rewrites.items())))


def _from_code(code: object) -> bool:
    """Whether the call under way comes from `code` (a function's)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code is not code:
        frame = frame.f_back
    return frame is not None


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


# A cold check of the seeds in a process of its own, recording the patterns its libraries
# compile once pmlint's programs are primed (tomllib's, pendulum's, string.Template's, ...):
# stored with pmlint's, they are found in re's cache as pmlint's are.
LIBRARY_PATTERNS = """
import io, os, re, sys
from contextlib import redirect_stdout
from re import _compiler
own = tuple(os.path.realpath(os.path.join(sys.argv[1], p)) for p in ("timeline", "checks",
                                                                     "cli.py", "report"))
import pmlint.timeline
compiled = {}
real = _compiler.compile
def recording(source, flags=0):
    frame = sys._getframe(1)
    while frame and os.path.dirname(frame.f_code.co_filename) == os.path.dirname(re.__file__):
        frame = frame.f_back
    if frame and not os.path.realpath(frame.f_code.co_filename).startswith(own):
        compiled[source, int(flags)] = None
    return real(source, flags)
_compiler.compile = recording
from pmlint import cli
try:
    with redirect_stdout(io.StringIO()):
        cli.main(["check", *sys.argv[2:]])
except SystemExit:
    pass
sys.stdout.write(repr(list(compiled)))
"""


def library_sources() -> Sources:
    """The patterns the libraries of a cold check compile after pmlint.timeline's import."""
    import ast

    seeds = sorted(str(p) for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    import pmlint

    links = Path(pmlint.__path__[0]).parent  # where the working tree is `pmlint` (tree.py)
    done = subprocess.run([sys.executable, "-c", LIBRARY_PATTERNS, str(ROOT), *seeds],
                          capture_output=True, text=True, check=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(links)})
    return ast.literal_eval(done.stdout)


def main() -> None:
    args = sys.argv[1:]
    others = [args[i + 1] for i, a in enumerate(args) if a == "--python"]
    sources, later, rewrites = record_sources()
    sources += [entry for entry in library_sources() if entry not in sources]
    request = marshal.dumps((sources, later, rewrites), 2)
    for python in [sys.executable, *others]:
        done = subprocess.run([python, "-I", str(ROOT / "timeline" / "precompiled.py")],
                              input=request, capture_output=True, check=True)
        name, data = marshal.loads(done.stdout)
        (ROOT / "timeline" / name).write_bytes(data)
        print(f"timeline/{name}: {len(sources)} patterns built on import (pmlint's and its "
              f"libraries'), {len(later)} on "
              f"first use, {len(rewrites)} rewritten sources, {len(data):,} bytes ({python})")


if __name__ == "__main__":
    main()
