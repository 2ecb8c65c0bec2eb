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


@pytest.mark.parametrize("line", [
    "The outage lasted 2,5 hours.",  # a decimal comma, as much of Europe writes it
    "A 2:30 hours outage.",  # hours and minutes as a clock reads them
    "Users were affected for two and a half hours.",
    "Checkout was down for two-and-a-half hours.",  # the words joined by hyphens
    "It was a two-and-a-half-hour outage for members.",
    "Duration - 150 minutes",  # a dash after the cue instead of a colon
])
def test_ways_of_writing_two_and_a_half_hours(line: str) -> None:
    assert [d.seconds for d in durations.scan_durations(line)] == [9000]


@pytest.mark.parametrize("line", [
    "It lasted 1,000 hours in the test rig.",  # a thousands separator is no decimal comma
    "The job ran at 2:30 and took hours.",  # a clock time, no length
])
def test_numbers_that_are_no_such_length(line: str) -> None:
    # neither "000 hours" after the comma nor "2:30" is a length here
    assert durations.scan_durations(line) == []


def test_a_duration_field_on_a_line_is_read_once() -> None:
    from pmlint.timeline.extract import extract
    found = extract("# Outage\n\nImpact duration: 2 hours 30 minutes\n").durations
    assert [(d.line, d.seconds) for d in found] == [(3, 9000)]


@pytest.mark.parametrize(("line", "kept"), [
    # the length of the dates written right after it: told of in their own words
    ("The backlog grew over ~3 days (Mar 4-7) before anyone looked.", []),
    ("Replication lagged for 2 days (14 to 16 June).", []),
    # a budget worked out from an availability figure
    ("A 99.5% monthly uptime target leaves about 3.6 hours of downtime to spend.", []),
    # attempts counted over a span: the attempts' span
    ("Seven rollbacks over ~40 minutes did not bring the queue back.", []),
    ("We tried 3 failovers over an hour before calling the vendor.", []),
    # "a N minute <kind of> failure": the failure's length
    ("The cluster had a 12 minute cascading failure at 03:10.", ["12 minute"]),
    # a blackout is an outage by another name
    ("The campus saw a 45-minute blackout after the feeder tripped.", ["45-minute"]),
    ("Substation blackout (2 hours) across the east side.", ["2 hours"]),
    ("The 5-minute failure rate alert paged the on-call.", []),
    # the incident's own length is still kept
    ("The site was down for 3 days while the array rebuilt.", ["3 days"]),
    ("The site was down over 3 hours while the array rebuilt.", ["3 hours"]),
    ("Uptime fell to 97% after 4 hours of downtime on the 9th.", ["4 hours"]),
    # the downtime or the outage said to be so long
    ("Our downtime was roughly 25 minutes, 06:10-06:35 UTC.", ["25 minutes"]),
    ("Total outage was 3 hours for the EU region.", ["3 hours"]),
    # a mean of parts: no length of the incident
    ("Average step duration: ~6 minutes", []),
    ("Median failover duration was 40 seconds across the waves.", []),
    ("Outage duration: 45 minutes", ["45 minutes"]),
    # how long a record is kept: no length of the incident
    ("Incident records are kept for 30 days only.", []),
    ("Alert history is retained for 90 days in the pager tool.", []),
    ("Session tokens were cached for 15 minutes on the edge.", []),
    # one of several outages: its own length, not the incident's
    ("Two brownouts hit the API; the second outage was 9 minutes.", []),
    ("Each downtime was under 2 minutes.", []),
])
def test_durations_that_are_not_the_incidents_length(line: str, kept: list[str]) -> None:
    assert [d.written for d in durations.scan_durations(line)] == kept


@pytest.mark.parametrize("line", [
    "The UPS lasted about 40 minutes before the batteries were exhausted.",
    "Our spare disk array lasted 3 hours before it failed as well.",
])
def test_how_long_something_held_up_before_giving_way_is_no_outage_length(line: str) -> None:
    assert durations.scan_durations(line) == []


def test_an_outage_that_lasted_until_a_restoration_keeps_its_length() -> None:
    found = durations.scan_durations("The outage lasted 3 hours before service was restored.")
    assert [d.written for d in found] == ["3 hours"]


@pytest.mark.parametrize(("line", "kept"), [
    # "a second" before a word that makes it the ordinal: the second of two, no length
    ("Ten minutes later a second outage hit the standby database.", []),
    ("We saw a second failure once traffic returned.", []),
    # one second as a length is still read where a cue marks it
    ("The failover took a second.", ["a second"]),
    ("The database was down for a second or two before the replica took over.", ["a second"]),
])
def test_a_second_that_counts_an_outage_is_no_length(line: str, kept: list[str]) -> None:
    assert [d.written for d in durations.scan_durations(line)] == kept


@pytest.mark.parametrize(("line", "seconds", "approximate"), [
    # the other languages' lengths, with their words for "for", "lasted" and "outage of"
    ("Le service de messagerie a été indisponible pendant 4 heures.", 4 * 3600, False),
    ("La panne a duré environ 50 minutes.", 50 * 60, True),
    ("une coupure de 1 h 45 sur le réseau fixe", 105 * 60, False),
    ("Die Störung dauerte etwa 25 Minuten.", 25 * 60, True),
    ("Dauer: 2 Stunden", 2 * 3600, False),
    ("El servicio estuvo caído durante 3 horas.", 3 * 3600, False),
    ("A indisponibilidade durou cerca de 40 minutos.", 40 * 60, True),
    ("Il disservizio è durato circa 2 ore.", 2 * 3600, True),
    ("De storing duurde 35 minuten.", 35 * 60, False),
    ("Serwis był niedostępny przez 3 godziny.", 3 * 3600, False),
    ("Users saw errors for 1h30 before the rollback.", 90 * 60, False),
    # Russian and Ukrainian: "в течение", "длился", "протягом", with "около" (about)
    ("Личный кабинет не открывался в течение 3 часов.", 3 * 3600, False),
    ("Простой длился около 25 минут", 25 * 60, True),
    ("Сервіс не працював протягом 2 годин", 2 * 3600, False),
    # Korean: the unit right after the number, "총" (total) before it
    ("결제 장애는 총 3시간 지속되었습니다", 3 * 3600, False),
    ("장애 시간: 10:05 - 11:45 (100분)", 100 * 60, False),
    # Japanese and Korean glue the number to the word before it, and say "over" after it
    ("停止時間は計45分でした", 45 * 60, False),
    ("ログイン障害：合計3時間", 3 * 3600, False),
    ("約3時間にわたり、ログインできない状態が続きました", 3 * 3600, True),
    ("약 45분 동안 결제가 실패했습니다", 45 * 60, True),
    # Chinese, simplified and traditional: "持续" (lasted), "历时" (took), "长达" (as long as)
    ("支付服务中断，持续约40分钟", 40 * 60, True),
    ("數據庫故障歷時2小時", 2 * 3600, False),
    ("登录异常长达3小时", 3 * 3600, False),
    # Chinese numerals, the measure word "个", "多" (more than) and "半" (half)
    ("订单服务故障持续了3个多小时", 3 * 3600, False),
    ("数据库切换持续一个半小时", 90 * 60, False),
    ("网关中断历时半小时", 30 * 60, False),
    ("消息推送延迟长达十多个小时", 10 * 3600, False),
    ("缓存集群故障持续两小时", 2 * 3600, False),
    ("登录服务异常持续二十分钟", 20 * 60, False),
    ("抢修超过了6小时", 6 * 3600, False),
    # numbers spelled out in the other languages, before their units
    ("Das Portal war etwa zwei Stunden nicht erreichbar, die Störung dauerte zwei Stunden",
     2 * 3600, False),
    ("La messagerie est restée coupée pendant trois heures", 3 * 3600, False),
    ("El acceso estuvo caído durante cuatro horas", 4 * 3600, False),
    ("Il disservizio di dodici ore ha colpito il nord", 12 * 3600, False),
    ("De onderbreking duurde ongeveer twintig minuten", 20 * 60, True),
    ("O sistema ficou fora do ar por uma hora", 3600, False),
])
def test_lengths_in_other_languages(line: str, seconds: int, approximate: bool) -> None:
    found = durations.scan_durations(line)
    assert [(d.seconds, d.approximate) for d in found] == [(seconds, approximate)]


@pytest.mark.parametrize("line", ["오류는 1~2분 동안 이어졌다",
                                  "障害は1〜2時間にわたり断続的に発生"])
def test_a_range_of_lengths_after_a_tilde_is_no_length(line: str) -> None:
    assert durations.scan_durations(line) == []


@pytest.mark.parametrize("line", [
    "une panne de 14h05 à 15h10 sur le réseau",  # a range's start, no length
    "une coupure de 18h20 à minuit dans tout le quartier",  # a range to the French midnight
    "ein Ausfall von 19h30 bis Mitternacht",  # to the German midnight
    "Rückmeldung an 3 Stunden alte Tickets",  # no cue: a length of something else
    "la mise à jour de 2 h 30 a échoué",  # "de" alone is no outage's "of"
    # a total outage ("Gesamtausfall") sums the losses before it, no one span
    "was einem effektiven Gesamtausfall von 11 Minuten entspricht",
    "Команда из 5 человек работала 4 часа над исправлением",  # no cue: the work's hours
    "в течение 3 секций",  # a word that opens like a unit ("сек"), but is none
    "2024년 6월 26일 15시 55분 - 복구 완료",  # a clock's minutes, no length
    "Der Server startete um eine Stunde verspätet",  # "um": no cue of the outage's length
    "rendez-vous à une heure du matin",  # one o'clock, no length
    "Zwei Stunden später lief der Dienst wieder",  # later: a step, no length
])
def test_no_length_in_other_languages_without_its_cue(line: str) -> None:
    assert durations.scan_durations(line) == []


@pytest.mark.parametrize(("line", "written"), [
    ("The API was down for 3 hours a day during the migration.", []),
    ("Backups ran for 20 minutes an hour all week.", []),
    ("The API was down for half an hour.", ["half an hour"]),
    ("The API was down for a week and a day.", ["a week and a day"]),
])
def test_a_length_per_day_or_hour_is_a_rate_not_a_further_part(
        line: str, written: list[str]) -> None:
    assert [d.written for d in durations.scan_durations(line)] == written


@pytest.mark.parametrize(("line", "kept"), [
    # how long a sign showed in the logs before the incident is no length of it
    ("The same warning had shown up in our application logs for 6 weeks.", []),
    ("Timeouts were visible in the logs for two days before anyone looked.", []),
    # the outage's own length still counts, beside the logs or not
    ("The API was down for 40 minutes while we read the logs.", ["40 minutes"]),
    ("We found it in the logs; the site was offline for 2 hours.", ["2 hours"]),
])
def test_a_length_of_what_the_logs_showed_is_no_stated_duration(line: str,
                                                                kept: list[str]) -> None:
    assert [d.written for d in durations.scan_durations(line)] == kept


@pytest.mark.parametrize(("line", "kept"), [
    # "during" for "for", as writers of other first languages say it
    ("Shoppers were affected during 4 hours.", ["4 hours"]),
    ("The portal stayed unreachable during about 90 minutes", ["90 minutes"]),
    # during a span the article makes a thing, no length
    ("Alerts were muted during the 4 hours of planned work.", []),
])
def test_during_a_length_states_it(line: str, kept: list[str]) -> None:
    assert [d.written for d in durations.scan_durations(line)] == kept


@pytest.mark.parametrize("line", ["The API was down for about roughly 25 minutes, maybe less.",
                                  "The outage lasted roughly around 25 minutes."])
def test_two_hedges_stacked_before_a_length(line: str) -> None:
    (found,) = durations.scan_durations(line)
    assert (found.written, found.seconds, found.approximate) == ("25 minutes", 1500, True)


@pytest.mark.parametrize(("line", "minutes"), [
    ("Die Störung dauerte 2:40 Stunden.", 160),  # German's hours after a clock-shaped length
    ("La manutenzione è durata 4:10 ore.", 250),  # Italian's
])
def test_a_clock_shaped_length_in_another_language(line: str, minutes: int) -> None:
    assert [d.seconds for d in durations.scan_durations(line)] == [minutes * 60]


@pytest.mark.parametrize(("line", "minutes"), [
    # an unhyphenated length naming the incident after "a" and a hedge
    ("It was a roughly 35 minute incident for EU tenants.", 35),
    ("Customers saw an approximately 3 hour outage of the dashboard.", 180),
    ("The region had a 12 minute incident.", 12),
])
def test_a_hedged_length_before_the_incident_it_measures(line: str, minutes: int) -> None:
    assert [d.seconds for d in durations.scan_durations(line)] == [minutes * 60]


@pytest.mark.parametrize("line", [
    "We held a 30 minute incident review the next day.",  # a meeting's length
    "She joined a 45 minute incident call at noon.",
])
def test_a_length_of_a_meeting_about_the_incident_is_none(line: str) -> None:
    assert durations.scan_durations(line) == []


@pytest.mark.parametrize(("line", "minutes"), [
    # the Norwegian, Swedish and Danish "lasted", their hedges and units
    ("Nedetiden varte i nærmere 4 timer.", 240),
    ("Avbrottet varade i cirka 35 minuter.", 35),
    ("Udfaldet varede i 2 dage.", 2880),
])
def test_a_nordic_length(line: str, minutes: int) -> None:
    assert [d.seconds for d in durations.scan_durations(line)] == [minutes * 60]


@pytest.mark.parametrize("line", [
    "The retry timer lasted for 2 timers' worth of backoff.",  # an English "timer"
    "Det tok timer å finne feilen.",  # "hours" with no number: no length to hold
])
def test_words_like_a_nordic_unit_are_no_length(line: str) -> None:
    assert durations.scan_durations(line) == []


@pytest.mark.parametrize(("line", "seconds"), [
    ("La caída duró una hora y media.", 5400),
    ("A queda durou 3 horas e meia.", 12600),
    ("La panne a duré deux heures et demie.", 9000),
    ("Il disservizio è durato due ore e mezza.", 9000),
])
def test_and_a_half_said_in_spanish_portuguese_french_and_italian(line: str,
                                                                   seconds: int) -> None:
    (found,) = durations.scan_durations(line)
    assert found.seconds == seconds
