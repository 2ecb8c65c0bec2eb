"""pmlint's rules, one per module, registered here explicitly and in one place."""

from __future__ import annotations

from pmlint.checks import (
    ampm_flip,
    bad_directive,
    date_ambiguous,
    duration_mismatch,
    empty_field,
    encoding,
    end_before_start,
    evidence_mismatch,
    evidence_missing,
    evidence_order,
    evidence_settles,
    implicit_rollover,
    invalid_time,
    missing_phase,
    no_timeline,
    out_of_order,
    summary_mismatch,
    tz_ambiguous,
    tz_conversion,
    tz_dst_mismatch,
    tz_missing,
    tz_mixed,
    unused_suppression,
    weekday_mismatch,
)
from pmlint.checks.base import Rule, merged_hint

ALL_RULES: tuple[Rule, ...] = (
    bad_directive.RULE,
    unused_suppression.RULE,
    invalid_time.RULE,
    ampm_flip.RULE,
    weekday_mismatch.RULE,
    tz_missing.RULE,
    tz_dst_mismatch.RULE,
    tz_ambiguous.RULE,
    tz_mixed.RULE,
    tz_conversion.RULE,
    date_ambiguous.RULE,
    out_of_order.RULE,
    implicit_rollover.RULE,
    end_before_start.RULE,
    duration_mismatch.RULE,
    summary_mismatch.RULE,
    missing_phase.RULE,
    no_timeline.RULE,
    empty_field.RULE,
    encoding.RULE,
    evidence_mismatch.RULE,
    evidence_order.RULE,
    evidence_missing.RULE,
    evidence_settles.RULE,
)
BY_KEY: dict[str, Rule] = {**{r.name: r for r in ALL_RULES}, **{r.code: r for r in ALL_RULES}}


def get(key: str) -> Rule:
    """A rule by name or code; KeyError names the nearest valid spelling."""
    rule = BY_KEY.get(key) or BY_KEY.get(key.upper())
    if rule is None:
        import difflib

        near = difflib.get_close_matches(key, list(BY_KEY), n=1)
        hint = merged_hint(key) or (f"; did you mean {near[0]}?" if near else "")
        raise KeyError(f"unknown rule {key!r}{hint}")
    return rule
