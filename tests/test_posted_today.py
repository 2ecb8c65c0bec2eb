"""A post dated on its first line tells the night before, then "today": the times said to be
today's are on the post's day, not on the day last told."""

from __future__ import annotations

from pmlint.timeline.document import timeline_from_text

POST = """Tuesday, March 4, 2025

Mail outage on campus

Late on Monday, March 3 at about 11:40p ET the mail relay stopped accepting messages.
The relay was restarted at 6:05a ET today and mail was flowing again by 6:30a ET.
"""


def _locals(text: str) -> list[str]:
    return [e.local for e in timeline_from_text(text).events if e.clock is not None]


def test_today_is_the_posts_day() -> None:
    assert _locals(POST) == ["2025-03-03T23:40", "2025-03-04T06:05", "2025-03-04T06:30"]


def test_without_today_the_told_day_carries() -> None:
    told = POST.replace(" today", "")
    assert _locals(told)[1].startswith("2025-03-03")


def test_a_log_of_many_days_keeps_each_notes_today() -> None:
    log = ("2024-05-02\n\nThe uplink was restored at 9:10am.\n\n2024-04-20\n\n"
           "The router was rebooted today at 4:00pm.\n")
    assert _locals(log)[-1] == "2024-04-20T16:00"
