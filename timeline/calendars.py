"""Dates written in a calendar other than the Gregorian one.

Iranian tickets and notices date by the Solar Hijri calendar ("1404/08/27", "۱۴۰۳/۱۱/۰۲"):
a year from 1300 to 1499 in a year-first date is that calendar's, never a Gregorian year of
a postmortem. The conversion is the arithmetic of jalaali-js (its jalCal rule of 33-year
cycles, exact for the years 1178-3177 of the Solar Hijri calendar).
"""

from __future__ import annotations

SOLAR_HIJRI_YEARS = range(1300, 1500)


def solar_hijri_days_in_month(year: int, month: int) -> int:
    """Days in a Solar Hijri month: 31 for the first six, 30 for the next five, and 29 or
    30 for Esfand, 30 in a leap year."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if _is_leap(year) else 29


def _is_leap(year: int) -> bool:
    return (_to_day_number(year + 1, 1, 1) - _to_day_number(year, 1, 1)) == 366


def _to_day_number(year: int, month: int, day: int) -> int:
    """Days from an epoch, by jalaali-js's j2d with its 33-year cycle approximation."""
    year += 1595
    return (-355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a Solar Hijri date."""
    days = _to_day_number(year, month, day)
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    for gm, length in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                                 31), start=1):
        if gd <= length:
            return gy, gm, gd
        gd -= length
    raise ValueError(f"no Gregorian date for {year}/{month}/{day}")
