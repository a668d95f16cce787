"""Statutory deadlines: one calendar month the way the ICO counts it.

Day one is the day of receipt; the deadline is the same date in the next month; when
that date does not exist, the last day of that month; when it falls on a weekend or a
bank holiday, the next working day. (The full engine — extensions, clock pauses, CCPA —
builds on these functions.)
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

# which bank-holiday calendar and which local day a regime counts in
_REGIMES = {
    "uk": ("GB", "ENG", "Europe/London"),
    "eu": ("IE", None, "Europe/Dublin"),
    "us-ca": ("US", "CA", "America/Los_Angeles"),
}


def add_months(day: date, months: int) -> date:
    """The same date `months` later, or the last day of that month if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


@lru_cache(maxsize=16)
def _holidays(country: str, subdivision: str | None, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdivision, years=range(year, year + 3))


def is_working_day(day: date, jurisdiction: str, *, country: str | None = None) -> bool:
    default_country, subdivision, _ = _REGIMES[jurisdiction]
    cal = _holidays(country or default_country, subdivision, day.year)
    return day.weekday() < 5 and day not in cal


def next_working_day(day: date, jurisdiction: str, *, country: str | None = None) -> date:
    while not is_working_day(day, jurisdiction, country=country):
        day += timedelta(days=1)
    return day


def local_day(moment: datetime, jurisdiction: str) -> date:
    """The calendar day of receipt where the regime counts (naive = UTC)."""
    zone = ZoneInfo(_REGIMES[jurisdiction][2])
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(zone).date()


def one_month_deadline(received: date, jurisdiction: str = "uk", *, months: int = 1) -> date:
    """ICO counting: same date next month (or month end), rolled to a working day."""
    return next_working_day(add_months(received, months), jurisdiction)


def due_at(received_at: datetime, jurisdiction: str = "uk") -> datetime:
    """The end of the deadline day, in the regime's time zone, as an aware datetime."""
    zone = ZoneInfo(_REGIMES[jurisdiction][2])
    if jurisdiction == "us-ca":
        day = local_day(received_at, jurisdiction) + timedelta(days=45)
    else:
        day = one_month_deadline(local_day(received_at, jurisdiction), jurisdiction)
    return datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=zone)
