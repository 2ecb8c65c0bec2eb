"""pmlint's patterns compiled ahead of time (timeline/precompiled.py): the same patterns, sooner.

A stored program must be exactly what this interpreter's `re` compiles from its source, and
a cold check must find every pattern of pmlint's among them; so with the stored results of
the @rewrite functions (casefold.folded_pattern, ...). When one of the last tests fails, a
pattern or a rewrite was added or changed: rerun `python bench/regex_programs.py` (with
`--python` for each other interpreter whose file is kept) and commit the files it writes.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import tomllib
import zlib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from pmlint.timeline import precompiled

ROOT = Path(__file__).resolve().parent.parent
STORED = precompiled.load()
LATER = precompiled.load_later()  # the last of STORED: LazyPatterns', built on first use


def test_this_interpreter_has_its_programs() -> None:
    if sys.implementation.name != "cpython":
        pytest.skip("programs are stored for CPython only")
    assert len(STORED) >= 200, precompiled.programs_path()


@pytest.mark.parametrize("entry", STORED, ids=lambda entry: repr(entry[0][:60]))
def test_a_stored_program_is_what_re_compiles(entry: precompiled.Program) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    source, flags = entry[0], entry[1]
    assert precompiled.program(source, flags) == entry
    built, fresh = precompiled.build(entry), _compiler.compile(source, flags)
    assert built is not fresh
    assert built == fresh  # same source, flags and code
    assert (built.groups, built.groupindex) == (fresh.groups, fresh.groupindex)


def test_re_compile_returns_the_stored_pattern() -> None:
    if not STORED:
        pytest.skip("no programs stored for this interpreter")
    built_on_import = STORED[:len(STORED) - len(LATER)]
    source, flags = built_on_import[-1][0], built_on_import[-1][1]
    code = ("import re\nimport pmlint.timeline\n"
            f"source, flags = {source!r}, {flags!r}\n"
            "print(re._cache[type(source), source, flags] is re.compile(source, flags))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout == "True\n"


REWRITES = precompiled.load_rewrites()


@pytest.mark.parametrize("key", list(REWRITES), ids=lambda key: f"{key[0]}{key[1][0][:40]!r}")
def test_a_stored_rewrite_is_what_the_function_returns_now(key: precompiled.RewriteKey) -> None:
    import pmlint.cli  # noqa: F401  (every module with a @rewrite)

    name, args, kwargs = key
    assert REWRITES[key] == precompiled.REWRITERS[name](*args, **dict(kwargs))


def test_a_lazy_patterns_program_is_built_on_its_first_use() -> None:
    if not LATER:
        pytest.skip("no programs stored for this interpreter")
    source, flags = LATER[-1][0], LATER[-1][1]
    code = ("import re\nfrom re import _compiler\nimport pmlint.timeline\n"
            "from pmlint.timeline.lazy import LazyPattern\n"
            f"source, flags = {source!r}, {flags!r}\n"
            "key = type(source), source, flags\n"
            "print(key in re._cache)\n"
            "pattern = LazyPattern(source, flags).compiled()\n"
            "print(pattern is re._cache[key] is re.compile(source, flags))\n"
            "print(pattern == _compiler.compile(source, flags))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout == "False\nTrue\nTrue\n"


def test_a_file_from_another_interpreter_or_damaged_is_ignored(tmp_path: Path) -> None:
    if not STORED:
        pytest.skip("no programs stored for this interpreter")
    other = tmp_path / "other.bin"
    other.write_bytes(zlib.compress(marshal.dumps((("pypy", (3, 11)), STORED[:1]), 2)))
    assert precompiled.load(str(other)) == []
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(precompiled.dump(STORED[:3])[:-20])
    assert precompiled.load(str(damaged)) == []
    assert precompiled.load(str(tmp_path / "missing.bin")) == []
    assert precompiled.load_rewrites(str(other)) == {}
    assert precompiled.load_rewrites(str(damaged)) == {}


def test_the_switch_leaves_re_compiling() -> None:
    code = ("import re\nn = len(re._cache)\nimport pmlint.timeline\nprint(len(re._cache) - n)\n")
    counts = []
    for switch in ("", "1"):
        env = {**os.environ, precompiled.ENVIRONMENT_SWITCH: switch}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True, env=env)
        counts.append(int(done.stdout))
    assert counts[0] >= 200 and counts[1] == 0


def test_the_files_are_installed_with_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["pmlint.timeline"]
    names = [p.name for p in (ROOT / "timeline").glob("regex-*.bin")]
    assert Path(precompiled.programs_path()).name in names
    assert all(any(fnmatch(name, g) for g in globs) for name in names)


RECORD = """
import os, re, sys
from re import _compiler
own = tuple(os.path.realpath(os.path.join({root!r}, p)) for p in ("timeline", "checks", "cli.py"))
compiled = []
real = _compiler.compile
def recording(source, flags=0):
    frame = sys._getframe(1)
    while frame and os.path.dirname(frame.f_code.co_filename) == os.path.dirname(re.__file__):
        frame = frame.f_back
    if frame and os.path.realpath(frame.f_code.co_filename).startswith(own):
        compiled.append(source)
    return real(source, flags)
_compiler.compile = recording
from click.testing import CliRunner
from pmlint import cli
CliRunner().invoke(cli.main, ["check", *sys.argv[1:]])
print(repr(compiled))
"""


def test_a_cold_check_of_the_seeds_compiles_none_of_pmlints_patterns() -> None:
    if not STORED:
        pytest.skip("no programs stored for this interpreter")
    seeds = sorted(str(p) for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    done = subprocess.run([sys.executable, "-c", RECORD.format(root=str(ROOT)), *seeds],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]", (
        "patterns compiled at run time (rerun python bench/regex_programs.py): "
        + done.stdout[:2000])


REWRITTEN = """
import sys
from pmlint.timeline import precompiled
precompiled.recorded_rewrites = {}  # what is computed from here on, not found stored
from click.testing import CliRunner
from pmlint import cli
CliRunner().invoke(cli.main, ["check", *sys.argv[1:]])
print(repr(sorted((name, args[0][:80]) for name, args, _ in precompiled.recorded_rewrites)))
"""


def test_a_cold_check_of_the_seeds_rewrites_none_of_pmlints_patterns() -> None:
    if not REWRITES:
        pytest.skip("no rewrites stored for this interpreter")
    seeds = sorted(str(p) for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    done = subprocess.run([sys.executable, "-c", REWRITTEN, *seeds],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]", (
        "patterns rewritten at run time (rerun python bench/regex_programs.py): "
        + done.stdout[:2000])
