"""Where `inline code` lies in a line, found in linear time.

CommonMark's rule: a run of n backticks opens a code span that the next run of exactly n
backticks closes; a run with no partner is literal text. A regex with a backreference
(`(`+)[^`]+?\\1`) costs quadratic time on a long run of backticks, so the runs are paired
here in one pass instead.
"""

from __future__ import annotations

import bisect


def code_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each code span in `line`, backticks included, in order."""
    if "`" not in line:
        return []
    runs: list[tuple[int, int]] = []  # (start, length) of each run of backticks
    i, size = 0, len(line)
    while True:
        i = line.find("`", i)
        if i < 0:
            break
        j = i
        while j < size and line[j] == "`":
            j += 1
        runs.append((i, j - i))
        i = j
    partner: list[int | None] = [None] * len(runs)
    seen: dict[int, int] = {}  # run length -> index of the nearest such run to the right
    for k in range(len(runs) - 1, -1, -1):
        length = runs[k][1]
        partner[k] = seen.get(length)
        seen[length] = k
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(runs):
        other = partner[k]
        if other is None:
            k += 1
            continue
        start = runs[k][0]
        end = runs[other][0] + runs[other][1]
        spans.append((start, end))
        k = other + 1
    return spans


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls in one of `spans` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]
