"""The order numeric dates lean to where a document's zones are used (timeline/date_order.py)."""

from __future__ import annotations

import pytest

from pmlint.timeline import zones
from pmlint.timeline.date_order import presumed_order, usual_order
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


def test_a_portuguese_text_is_written_day_first():
    from pmlint.timeline.date_order import written_day_first

    text = ("No dia 04/05/2024 o banco de dados principal ficou sem espaço em disco e os "
            "pedidos dos clientes não foram gravados. A equipe de plantão foi acionada às "
            "09:12 e o serviço voltou ao normal quando os registros antigos foram apagados. "
            "Para que isso não se repita, a rotação dos registros passou a ser diária e "
            "uma alerta de uso de disco foi criada com os limites revistos pela equipe.")
    assert written_day_first(text.split(". "))
    english = ("On 04/05/2024 the primary database ran out of disk space and the orders of "
               "our customers were not saved. The on-call team was paged at 09:12 and the "
               "service was back to normal when the old logs were removed. To keep this "
               "from happening again, log rotation is now daily and a disk usage alert was "
               "created, with thresholds reviewed by the team. La Paz and San José users too.")
    assert not written_day_first(english.split(". "))
