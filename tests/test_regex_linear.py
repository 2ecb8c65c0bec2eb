"""Every regular expression in pmlint costs time linear in its input, as pmlint uses it.

A CI gate reads text anyone can put in a pull request, so no pattern may backtrack
catastrophically. Each compiled pattern in pmlint's modules is run on adversarial strings
(runs of spaces, digits, backticks, punctuation, words a pattern looks for) at 10 KB and
100 KB: ten times the input may cost at most 25 times the time (a quadratic pattern costs
100 times).

How a pattern is used decides how it is timed. A pattern the code only ever anchors
(`NAME.match(...)`, `NAME.fullmatch(...)`, found by reading the source) is timed with
match and fullmatch; any other pattern is timed with finditer as well, which tries every
starting position. The 10 KB strings are screened first; the worst of them for each
pattern are then run at 100 KB, which keeps the test to seconds.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pmlint.timeline.lazy import LazyPattern

ROOT = Path(__file__).resolve().parent.parent
SMALL, LARGE = 10_000, 100_000
# Repeated to fill the input, then followed by nothing or by "!", which makes a pattern
# that must reach the end fail there, after trying everything else.
UNITS = (
    " ", "\t", "0", "1", "9", "`", ":", "-", ".", "/", ",", "(", ")", "[", "~", "a", "A", "x",
    "*", "_", "|", "'", "<", ">", "&", "#", "@", "é", "â€", "1:", "12:", "1:00 ", "12 ", "1.",
    "1/", "1-", "at ", "on ", "Jan ", "the ", "a ", "- ", "**", "UTC ", "GMT+", "Status ",
    "not ", "for ", "and ", "10:00 to ", "`a", "<!--", ":a",
)
# Runs between words, as "Status", 200 spaces, "Resolved." made two patterns backtrack.
PREFIXES = ("Status", "2023-01-05", "10:00", "- 10:00 ", "Jan 5", "**Start", "|")
RUNS = (" ", "\t", "-", ".", ",", "`", "1", "a", ":", "*")
TAILS = ("", "!", "Resolved.", "10:00", ":")
# a pattern's name, private ones ("_DELIMITER_ROW") included
ANCHORED_USE = re.compile(r"(?<!\w)(_?[A-Z][A-Z0-9_]*)\.(match|fullmatch)\(")
SEARCHING_USE = re.compile(
    r"(?<!\w)(_?[A-Z][A-Z0-9_]*)\.(search|finditer|findall|sub|subn|split)\(")


def _modules() -> Iterator[object]:
    from pmlint import checks, cli, timeline

    yield cli
    for package in (timeline, checks):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            yield importlib.import_module(info.name)


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held by a module, directly or in a tuple, list or dict."""
    found: dict[str, re.Pattern[str]] = {}

    def collect(name: str, value: object, depth: int = 0) -> None:
        if isinstance(value, LazyPattern):  # compiled on first use (timeline/lazy.py)
            value = value.compiled()
        if isinstance(value, re.Pattern):
            found.setdefault(name, value)
        elif depth < 3 and isinstance(value, tuple | list):
            for i, item in enumerate(value):
                collect(f"{name}[{i}]", item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for key, item in value.items():
                collect(f"{name}[{key!r}]", item, depth + 1)

    for module in _modules():
        for attribute, value in vars(module).items():
            collect(f"{module.__name__}.{attribute}", value)
    return found


def _only_anchored() -> set[str]:
    """Pattern names the source uses with match/fullmatch and never to search."""
    anchored: set[str] = set()
    searching: set[str] = set()
    for path in [ROOT / "cli.py", *(ROOT / "timeline").rglob("*.py"),
                 *(ROOT / "checks").rglob("*.py")]:
        source = path.read_text(encoding="utf-8")
        anchored.update(m.group(1) for m in ANCHORED_USE.finditer(source))
        searching.update(m.group(1) for m in SEARCHING_USE.finditer(source))
    return anchored - searching


PATTERNS = _patterns()
ANCHORED = _only_anchored()


def _operations(name: str, pattern: re.Pattern[str]) -> Callable[[str], None]:
    def anchored(text: str) -> None:
        subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        pattern.match(subject)
        pattern.fullmatch(subject)

    def searching(text: str) -> None:
        anchored(text)
        subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        for _ in pattern.finditer(subject):
            pass

    return anchored if name.rsplit(".", 1)[-1] in ANCHORED else searching


LINEAR_RATIO = 25  # the most 10x the text may cost against 1x: linear is ~10, quadratic ~100


def _cost(operation: Callable[[str], None], text: str, runs: int = 3) -> float:
    """The least CPU time of a few runs: other work on the machine moves it least."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        operation(text)
        best = min(best, time.process_time() - start)
        if best > 1.0:
            break
    return best


def _shapes() -> list[tuple[str, str, str]]:
    """(prefix, repeated unit, tail) triples."""
    plain = [("", unit, tail) for unit in UNITS for tail in ("", "!")]
    mixed = [(prefix, run, tail) for prefix in PREFIXES for run in RUNS for tail in TAILS]
    return plain + mixed


def _text(shape: tuple[str, str, str], size: int) -> str:
    prefix, unit, tail = shape
    return prefix + (unit * (size // len(unit) + 1))[:size] + tail


def test_the_collection_sees_the_patterns_it_should() -> None:
    assert len(PATTERNS) >= 40
    assert "pmlint.timeline.lexer.CLOCK_RE" in PATTERNS
    assert "pmlint.timeline.lexer.NOON_RE" in PATTERNS  # a LazyPattern
    assert {"LABEL_RE", "DATE_THEN_CLOCK_GAP"} <= ANCHORED


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_cost_is_linear(name: str) -> None:
    operation = _operations(name, PATTERNS[name])
    screened = []
    for shape in _shapes():
        tiny = _cost(operation, _text(shape, SMALL // 10))  # a cubic pattern stops here
        assert tiny < 0.05, f"{name}: {tiny:.2f} s on 1 KB of {shape}"
        small = _cost(operation, _text(shape, SMALL))
        screened.append((small, shape))
        assert small < 0.5, f"{name}: {small:.2f} s on 10 KB of {shape}"
    screened.sort(reverse=True)
    for small, shape in screened[:3]:
        small_text, large_text = _text(shape, SMALL), _text(shape, LARGE)
        large = ratio = float("inf")
        for _ in range(6):  # a busy machine can slow one run; a quadratic pattern is slow in all
            # Each try times the small text just before and just after the large one and
            # compares against the slower of the two: a stretch of contention slows both
            # sides of the ratio, where timings taken minutes apart could meet different loads
            # (CI once saw 33x on a pattern that runs 10x on a quiet machine).
            before = _cost(operation, small_text, runs=5)
            large = min(large, _cost(operation, large_text))
            after = _cost(operation, small_text, runs=5)
            ratio = min(ratio, large / max(before, after, 1e-6))
            # below 50 ms the clock's noise dominates; a quadratic pattern takes seconds here.
            # Ten times the text costs a linear pattern ten times the time, a quadratic one a
            # hundred: 25 leaves room for a noisy machine (runs measured 13x on a quiet one)
            if large < 0.05 or ratio <= LINEAR_RATIO:
                break
        assert large < 0.05 or ratio <= LINEAR_RATIO, (
            f"{name}: 10 KB of {shape} in {small * 1000:.1f} ms, "
            f"100 KB in {large * 1000:.1f} ms ({ratio:.0f}x at best)")
