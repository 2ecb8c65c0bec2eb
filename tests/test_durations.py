"""Stated durations (timeline/durations.py): the gates before DURATION_RE."""

from __future__ import annotations

import itertools

import pytest

from pmlint.timeline import durations


def test_the_cue_gate_passes_every_line_with_a_kept_duration(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A line without any cue word (nor a ")") is not searched: on lines with and without
    cues, the durations found are those found with the gate open."""
    cues = ("", "lasted ", "Lasting for ", "took ", "a total of ", "at most ", "no less than ",
            "spanned ", "over ", "for about ", "Duration: ", "(", "ſpanning ", "we saw ")
    amounts = ("3 hours", "2h 15m", "forty-five minutes", "a three-hour", "5 mins")
    tails = ("", " in total", " outage", " window", ")", " incident", " of errors")
    lines = [c + a + t for c, a, t in itertools.product(cues, amounts, tails)]
    gated = [durations.scan_durations(line) for line in lines]
    monkeypatch.setattr(durations, "may_hold_cue", lambda folded: True)
    assert gated == [durations.scan_durations(line) for line in lines]
    assert sum(map(len, gated)) > 100
