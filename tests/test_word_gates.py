"""Cheap tests before patterns whose search is tried at every position of a text (an
IGNORECASE one opening with a lookbehind, a multi-line one): each must pass every text the
pattern matches in, so that the answers stay those of the pattern alone."""

from __future__ import annotations

import random

from pmlint.checks import stated_metrics, summary_mismatch
from pmlint.timeline import extract, lexer, structure
from pmlint.timeline.casefold import fold

PIECES = ["summary", "SUMMARY", "Overview", "abſtract", "TL;DR", "tldr", "chat", "Slack",
          "IRC", "messages", "transcript", "conversation", "recurrence", "Prevention",
          "action items", "date", "DateTime", "time", "track", "timestamp", "=", '"', "'",
          "2024-03-05T10:00Z", "<time ", "<a href=", ">", "{{< ", " >}}", "](", "http://x",
          ")", "(", "failed", "ERRORS", "503", "down", "not responding", "can't reach",
          "timing out", "Timeouts", "unable", "approx.", "Approximately", "about", "AROUND",
          "roughly", "circa", "nearly", "almost", "~", "≈", " ", "  ", "\t", "x", "a", "t",
          "10:05", "Time to recovery", "MTTR", "mean time to detect", ":", "was", "⏰", "🛠️",
          "\ufe0f", "→", "İ", "ı", "K", "&amp;", ":fire:", "```", "~~~", "md", "\n", "y",
          "Zusammenfassung", "RÉSUMÉ", "resumen", "概要", "개요", "Podsumowanie", "обзор"]


def _texts(seed: int, count: int = 8000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
            for _ in range(count)]


def test_heading_words_are_read_as_their_patterns_read_them() -> None:
    for text in _texts(1):
        assert extract._says_summary(text) == bool(extract.SUMMARY_WORDS.search(text)), text
        assert extract._names_chat(text) == bool(extract.CHAT_WORDS.search(text)), text
        if extract.AFTERMATH_WORDS.search(text):
            assert extract._may_name_aftermath(text), text
        if extract.STAMP_IN_TAG.search(text):
            assert extract._may_stamp(text), text
        if summary_mismatch.IMPACT_WORDS.search(text):
            assert summary_mismatch._may_tell_impact(text), text
        line = text.replace("\n", " ")
        assert extract._without_trailing_symbols(line) == \
            extract.TRAILING_SYMBOLS.sub("", line), line


def test_a_line_without_a_link_is_masked_as_markup_mask_masks_it() -> None:
    for text in _texts(2):
        line = text.replace("\n", " ").replace("](", "] (")
        assert extract.TAG_MASK.sub(extract._mask, line) == \
            extract.MARKUP_MASK.sub(extract._mask, line), line


def test_an_approximation_before_a_time_is_found_as_the_pattern_finds_it() -> None:
    for text in _texts(3):
        line = text.replace("\n", " ")
        for start in range(len(line) + 1):
            assert lexer._approx_before(line, start) == bool(
                lexer.APPROX_BEFORE.search(line, max(0, start - 16), start)), (line, start)


def test_a_metric_line_passes_the_time_to_test() -> None:
    for text in _texts(4):
        if stated_metrics.METRIC_RE.search(text):
            folded = fold(text)
            assert stated_metrics.TIME_TO.search(folded) is not None \
                or stated_metrics._may_abbreviate(folded), text


def test_a_markdown_fence_holds_three_marks() -> None:
    for text in _texts(5):
        if structure._MARKDOWN_FENCE.search(text):
            assert "```" in text or "~~~" in text, text


MORE_PIECES = ["high load", "Latency", "slow", "increased", "elevated", "spike", "rising",
               "intermittent", "some users", "degraded", "outage", "Incident", "impact",
               "downtime", "disruption", "service", "users", "customer", "unavailable",
               "down", "charts", "graph", "figure", "fig.", "screenshot", "diagram", "plots",
               "pictured", "shown above", "see below", "posted", "Published", "written",
               "updated", "modified", "authored", "report date", "date of this report",
               " on ", ": ", "relative to", "counted from", "T0", "t 0", "T=", "T + 0", "t+0",
               "time zero", "PST ", "AT ", "zero", " ", "x", "a", "ſ", "K", "ı", "İ", "0",
               "12", ":", ",", "\t"]


def test_sentence_words_are_read_as_their_patterns_read_them() -> None:
    from pmlint.timeline import normalise, offsets
    from pmlint.timeline.model import RawEntry

    rng = random.Random(6)
    for _ in range(8000):
        text = "".join(rng.choice(MORE_PIECES) for _ in range(rng.randint(0, 9)))
        if summary_mismatch.PRECURSOR_WORDS.search(text):
            assert summary_mismatch._holds_any(text, summary_mismatch._PRECURSOR_HINTS), text
        if summary_mismatch.WINDOW_WORDS.search(text):
            assert summary_mismatch._holds_any(text, summary_mismatch._WINDOW_HINTS), text
        if summary_mismatch.PICTURE_WORDS.search(text):
            assert summary_mismatch._holds_any(text, summary_mismatch._PICTURE_HINTS), text
        if offsets.ANCHOR_RE.search(text):
            assert offsets._may_match_anchor(text), text
        raw = RawEntry.__new__(RawEntry)
        object.__setattr__(raw, "context", text)
        assert normalise._publication_date(raw) == bool(
            normalise._PUBLISHED.search(text[-40:])), text


def test_label_and_plan_words_are_read_as_their_patterns_read_them() -> None:
    from pmlint.timeline import durations

    pieces = ["duration", "Window", "period", "time frame", "timeframe", "Outage Time",
              "incident length", "length", "downtime", "maintenance", "Scheduled", "planned",
              "expected", "estimated", "anticipated", "intended", "supposed", "meant",
              "budgeted", "projected", "for", " ", "x", "ſ", "K", "ı", "-", ":", "2 hours"]
    rng = random.Random(7)
    for _ in range(8000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert extract._names_span(text) == bool(extract.SPAN_LABEL.search(text)), text
        assert extract._plans_window(text) == bool(extract.PLANNED_WINDOW.search(text)), text
        if durations.PLAN_BEFORE.search(text):
            assert durations._may_plan(fold(text)), text


def test_earlier_day_forecast_and_timeline_words_are_read_as_their_patterns_read_them() -> None:
    from pmlint.timeline import normalise

    pieces = ["previous day", "prior week", "the day before", "earlier that day", "ever since",
              "since the", "last week", "last weekend,", "(", "as", "As of the", "like",
              "unlike", "than", "on", "in", "of", "the", "was", "has", "will", "would",
              "due to be", "expected", "estimate", "scheduled", "planned", "should", "thought",
              "believed it was", "appeared", "fixed", "false recovery", "false all-clear",
              "back", "Timeline", "time-line", "time line", "chronology", "chronologie",
              "sequence of events", "Zeitverlauf", "zeitleiste", "cronología", "cronologia",
              "línea de tiempo", "linea de tiempo", "linha do tempo", "タイムライン", " ", "  ",
              "\t", "x", "ſ", "K", "ı", "İ", "5"]
    rng = random.Random(8)
    for _ in range(10000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if normalise._BEFORE_THE_DAY.search(text[-60:]):
            assert normalise._may_tell_an_earlier_day(text[-60:]), text
        if summary_mismatch.FORECAST.search(text):
            assert summary_mismatch._holds_any(text, summary_mismatch._FORECAST_HINTS), text
        extract._last_named = ("", False)
        assert extract._names_timeline(text) == bool(extract.TIMELINE_WORD.search(text)), text
        if extract.FALSE_RECOVERY.search(text):
            assert any(word in fold(text) for word in (
                "thought", "believed", "assumed", "appeared", "seemed", "looked", "false")), text


def test_work_window_gate_passes_what_its_pattern_matches() -> None:
    pieces = ["effort", "EFFORTS", "travail", "Arbeiten", "we", "team", "engineers", "worked",
              "worKed", "effortſ", "network", "from", "between", "entre", "von", "de", " ",
              "to", "minimise", "minimiZe", "reduce", "limit", "avoid", "lessen", "impact",
              "the", "downtime", "in order", "programmée", "PRÉVUE", "prevus", "geplant",
              "Scheduled", "planned", "for", "pour", "zwischen", "planifiés",
              "  ", "\t", "x", "-", "5"]
    rng = random.Random(10)
    for _ in range(10000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if extract.PLANNED_RIGHT_BEFORE.search(text):
            assert any(word in fold(text) for word in (
                "programm", "vu", "planifi", "geplant", "programad", "previst",
                "scheduled", "planned")), text
        if extract.SPARING.match(text):
            assert any(word in fold(text) for word in (
                "minimi", "reduce", "limit", "lessen", "avoid")), text
        if extract.WORK_WINDOW.search(text):
            assert any(word in fold(text) for word in (
                "effort", "travail", "arbeiten", "worked")), text


def test_impact_approximation_and_weekday_gates_pass_what_their_patterns_match() -> None:
    from pmlint.timeline import lexer as lx

    pieces = ["failed", "ERRORS", "503", "5٣٣", "down", "not responding", "not\treachable",
              "cannot access", "can't log", "can", "not", "timing out", "Timeouts", "unable",
              "inaccessible", "unreachable", "unavailable", "~", "approx", "about", "Around",
              "roughly", "circa", "cırca", " ", "x", "5", "2024-03-05", "10:05", ",", "at"]
    rng = random.Random(9)
    for _ in range(10000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if summary_mismatch.IMPACT_WORDS.search(text):
            assert summary_mismatch._may_tell_impact(text), text
        for start in range(0, len(text) + 1, 3):
            for end in range(start + 1, len(text) + 1, 4):
                if lx.APPROX_INSIDE.search(text, start, end):
                    assert lx._approx_inside(text, start, end), (text, start, end)


def test_set_searches_made_substring_and_byte_tests_answer_alike() -> None:
    """encoding._may_lead_damage (seven substring tests) answers as MOJIBAKE_LEADS's search;
    source._controls counts BINARY_CONTROL's characters as its findall does, from the UTF-8
    bytes when no C1 control can be there; grammar.foreign_month, on an ASCII line with a
    digit 0-9 looked for, as with \\d."""
    import random

    from pmlint.checks import encoding
    from pmlint.timeline import grammar, source

    pieces = ["a", "é", "\x00", "\x07", "\x7f", "\x85", "\x9f", "\xa0", "°", "\ud800", "日",
              "\t", "\n", "\x1b", "Â", "ï", "\ufffd", "x", "3 ", "12. ", "dic", "de ", "März",
              "ene", "3 de mar", "٣ ", "mai"]
    rng = random.Random(37)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert source._controls(text) == len(source.BINARY_CONTROL.findall(text)), text
        assert encoding._may_lead_damage(text) == \
            (encoding.MOJIBAKE_LEADS.search(text) is not None), text
        lower = text.lower()
        assert grammar.foreign_month(lower) == (
            grammar._DAY_BEFORE_A_WORD.search(lower) is not None
            and (grammar._FOREIGN_MONTH_AFTER.search(lower) is not None
                 or grammar._FOREIGN_MONTH_WORD.match(lower) is not None)), lower
