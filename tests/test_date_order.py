"""The order numeric dates lean to where a document's zones are used (timeline/date_order.py)."""

from __future__ import annotations

import pytest

from pmlint.timeline import zones
from pmlint.timeline.date_order import language_order, presumed_order, usual_order
from pmlint.timeline.document import timeline_from_text
from pmlint.timeline.normalise import Options


@pytest.mark.parametrize(("written", "lean"), [
    ("EST", False), ("PDT", False), ("PT", False), ("America/Chicago", False),
    ("CET", True), ("BST", True), ("WAT", True), ("EAT", True), ("IST", True),
    ("Europe/Berlin", True), ("UTC+1", True), ("GMT+3", True), ("AEST", True),
    ("UTC", None), ("GMT", None), ("UTC+8", None), ("JST", None), ("UTC-3", None),
])
def test_usual_order(written: str, lean: bool | None) -> None:
    zone = zones.parse_zone_option(written)
    assert zone is not None
    assert usual_order(zone) is lean


def test_zones_that_disagree_lean_nowhere() -> None:
    cet, est, utc = (zones.parse_zone_option(z) for z in ("CET", "EST", "UTC"))
    assert presumed_order([utc, cet]) == (True, "CET")
    assert presumed_order([cet, est]) is None
    assert presumed_order([utc]) is None


def test_the_lean_is_recorded_as_a_lean() -> None:
    text = "## Timeline\n- 04/12/2022 07:23 WAT: queue stalls\n- 04/12/2022 08:10 WAT: fixed\n"
    timeline = timeline_from_text(text, "x.md", Options())
    first = timeline.events[0]
    assert first.at is not None and first.at.date().isoformat() == "2022-12-04"
    assert timeline.day_first is True and timeline.date_order_zone == "WAT"
    assert any("usually written where WAT is used" in note for note in first.assumed)
    forced = timeline_from_text(text, "x.md", Options(day_first=False))
    assert forced.events[0].at.date().isoformat() == "2022-04-12"
    assert forced.date_order_zone is None


SPANISH_LOG = ("# Registro del servidor de correo\n\n### 04/07/2024\n\n"
               "- 09:10 se detiene el servicio de correo para la migración\n"
               "- 09:45 se copian los buzones al nuevo disco y no hay errores\n"
               "- 10:20 el servicio vuelve a estar disponible para los usuarios\n"
               "- 10:35 se confirma con la mesa de ayuda que todo funciona\n")


def test_a_log_in_a_day_first_language_leans_day_first() -> None:
    assert language_order(SPANISH_LOG.splitlines()) == (True, "Spanish")
    timeline = timeline_from_text(SPANISH_LOG, "x.md", Options())
    assert timeline.day_first is True and timeline.date_order_zone == "Spanish"
    assert timeline.events[1].local[:16] == "2024-07-04T09:10"


@pytest.mark.parametrize(("text", "language"), [
    ("تعطلت خدمات الدفع في المصرف يوم الأحد، وقد أعلن المصرف أن الخلل كان في مركز البيانات. "
     "وقال المصرف في بيان إن الخدمة عادت بعد ساعتين، وإن الفريق عمل على إصلاح الخلل مع المزود. "
     "هذا الخلل هو الثاني في هذا الشهر، وقد أثر على التحويلات التي كانت قيد التنفيذ.", "Arabic"),
    ("Ödeme sistemi pazar günü çöktü ve bir saat sonra geri geldi. Bu arıza için ekip daha "
     "önce bir uyarı almıştı ve sorun çok sonra bulundu. Sistem yeniden başlatıldıktan sonra "
     "ödemeler normal olarak işlendi ve bu sorun için bir rapor hazırlandı.", "Turkish"),
    ("Layanan pembayaran tidak dapat digunakan pada hari Minggu dan tim sudah memeriksa "
     "server yang rusak. Gangguan ini terjadi dari pukul dua dan telah diperbaiki dengan "
     "cepat. Kami akan memberikan laporan untuk pelanggan yang terdampak dari gangguan ini.",
     "Indonesian"),
])
def test_prose_in_more_day_first_languages_leans_day_first(text: str, language: str) -> None:
    assert language_order([text]) == (True, language)


def test_english_prose_and_short_notes_lean_nowhere() -> None:
    english = ("The mail service was stopped for the migration and we copied the mailboxes "
               "to the new disk; it was back for the users at 10:20 and the help desk "
               "confirmed that the queue was empty. De la Cruz and Le Roux were on call.")
    assert language_order(english.splitlines()) is None
    assert language_order(["- 09:10 se detiene el correo", "- 10:20 vuelve"]) is None


def test_a_zone_lean_comes_before_the_language() -> None:
    text = SPANISH_LOG.replace("- 09:10 ", "- 09:10 EST ")
    timeline = timeline_from_text(text, "x.md", Options())
    assert timeline.date_order_zone == "EST" and timeline.day_first is False


def _dates(text: str) -> list[str]:
    return [e.local[:10] for e in timeline_from_text(text, "d.md").events if e.local]


def test_a_dotted_date_settles_no_order_and_follows_the_slashed_ones_of_a_us_document() -> None:
    # "3.9.2023" read day first is the European convention, not a month written out: beside
    # slashed dates in EDT both are read month first, 9 March
    text = ("3.9.2023 Database failover\n\nStarted: 10:00 PM EDT, 3/9/2023\n\n"
            "Ended: 11:30 PM EDT, 3/9/2023\n")
    assert _dates(text) == ["2023-03-09", "2023-03-09", "2023-03-09"]


def test_a_dotted_date_in_a_day_first_document_stays_day_first() -> None:
    text = ("3.9.2023 Datenbank-Failover\n\nBeginn: 22:00 CEST, 3/9/2023\n\n"
            "Ende: 23:30 CEST, 3/9/2023\n")
    assert _dates(text) == ["2023-09-03", "2023-09-03", "2023-09-03"]
