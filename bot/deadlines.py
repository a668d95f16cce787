"""Statutory deadlines per regime: the ICO's calendar month, CCPA's days, clock pauses.

Everything here is pure (dates in, dates out); `bot.lifecycle.clock` applies it to a
request. The regimes (compliance.md):

- `uk` (UK GDPR, Data (Use and Access) Act 2025 Art. 12A) and `eu` (GDPR): one calendar
  month counted the ICO way — day one is the day the clock starts; the deadline is the
  same date in the next month, or that month's last day when the date does not exist;
  a deadline on a weekend or bank holiday moves to the next working day. An extension
  gives two further months: three months from the start, counted the same way.
  In the UK the clock starts only once we hold the identity evidence we asked for, and a
  clarification request pauses it; the due date moves by the days it was paused.
  In the EU the clock runs from receipt (no start-later, no pause: the conservative
  reading of Art. 12(3) and the EDPB's guidelines).
- `us-ca` (CCPA regs §7021, §7026): acknowledge within 10 business days; respond within
  45 calendar days of receipt, verification included (no pause); one extension of 45
  more days; an opt-out of sale/sharing within 15 business days. Calendar days are not
  rolled to a working day (that would only make us late).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays


@dataclass(frozen=True)
class Regime:
    name: str
    country: str  # the bank-holiday calendar (`holidays`)
    subdivision: str | None
    zone: str  # the local day of receipt is counted here
    months: int = 0  # response time in calendar months (ICO counting) ...
    days: int = 0  # ... or in calendar days
    extension_months: int = 0
    extension_days: int = 0
    roll_to_working_day: bool = True
    clock_waits_for_identity: bool = False  # UK Art. 12A: starts with the evidence
    clarification_pauses: bool = False  # UK Art. 12A: "stop the clock"
    acknowledge_business_days: int | None = None  # CCPA: 10
    opt_out_business_days: int | None = None  # CCPA: 15, no verification


REGIMES: dict[str, Regime] = {
    "uk": Regime(
        "uk", "GB", "ENG", "Europe/London", months=1, extension_months=2,
        clock_waits_for_identity=True, clarification_pauses=True,
    ),
    "eu": Regime("eu", "IE", None, "Europe/Dublin", months=1, extension_months=2),
    "us-ca": Regime(
        "us-ca", "US", "CA", "America/Los_Angeles", days=45, extension_days=45,
        roll_to_working_day=False, acknowledge_business_days=10, opt_out_business_days=15,
    ),
}


def regime(jurisdiction: str) -> Regime:
    try:
        return REGIMES[jurisdiction]
    except KeyError:
        raise ValueError(f"unknown jurisdiction {jurisdiction!r}") from None


def add_months(day: date, months: int) -> date:
    """The same date `months` later, or the last day of that month if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str | None, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdivision, years=range(year, year + 3))


def _calendar(jurisdiction: str, country: str | None) -> tuple[str, str | None]:
    r = regime(jurisdiction)
    if country and country.upper() != r.country:
        return country.upper(), None  # another EU member state: its national holidays
    return r.country, r.subdivision


def is_working_day(day: date, jurisdiction: str, *, country: str | None = None) -> bool:
    name, subdivision = _calendar(jurisdiction, country)
    return day.weekday() < 5 and day not in _holidays(name, subdivision, day.year)


def next_working_day(day: date, jurisdiction: str, *, country: str | None = None) -> date:
    while not is_working_day(day, jurisdiction, country=country):
        day += timedelta(days=1)
    return day


def add_business_days(
    day: date, count: int, jurisdiction: str, *, country: str | None = None
) -> date:
    """`count` working days after `day` (the day itself is not counted)."""
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, jurisdiction, country=country):
            count -= 1
    return day


def local_day(moment: datetime, jurisdiction: str) -> date:
    """The calendar day of `moment` where the regime counts (naive = UTC)."""
    zone = ZoneInfo(regime(jurisdiction).zone)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(zone).date()


def end_of_day(day: date, jurisdiction: str) -> datetime:
    """23:59:59 on `day` in the regime's time zone (an aware datetime)."""
    zone = ZoneInfo(regime(jurisdiction).zone)
    return datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=zone)


def one_month_deadline(received: date, jurisdiction: str = "uk", *, months: int = 1) -> date:
    """ICO counting: same date next month (or month end), rolled to a working day."""
    return next_working_day(add_months(received, months), jurisdiction)


@lru_cache(maxsize=4096)  # a pure function of its arguments; called for every request
def response_due(
    start: date,
    jurisdiction: str,
    *,
    extended: bool = False,
    paused_days: int = 0,
    country: str | None = None,
) -> date:
    """The last day to respond when the clock started on `start`.

    `paused_days` (UK clarification pauses) move the date before it is rolled to a
    working day: the deadline is what it would have been, pushed by the time we waited.
    """
    r = regime(jurisdiction)
    if r.months:
        day = add_months(start, r.months + (r.extension_months if extended else 0))
    else:
        day = start + timedelta(days=r.days + (r.extension_days if extended else 0))
    day += timedelta(days=max(paused_days, 0))
    return next_working_day(day, jurisdiction, country=country) if r.roll_to_working_day else day


def opt_out_due(start: date, jurisdiction: str, *, country: str | None = None) -> date | None:
    """CCPA: an opt-out of sale/sharing within 15 business days (None elsewhere)."""
    n = regime(jurisdiction).opt_out_business_days
    return add_business_days(start, n, jurisdiction, country=country) if n else None


def acknowledge_due(start: date, jurisdiction: str, *, country: str | None = None) -> date | None:
    """CCPA: confirm receipt within 10 business days (None where no rule applies)."""
    n = regime(jurisdiction).acknowledge_business_days
    return add_business_days(start, n, jurisdiction, country=country) if n else None


def extension_window_closes(
    start: date, jurisdiction: str, *, paused_days: int = 0, country: str | None = None
) -> date:
    """The last day on which an extension may still be notified: the unextended deadline."""
    return response_due(start, jurisdiction, paused_days=paused_days, country=country)


def due_at(
    received_at: datetime, jurisdiction: str = "uk", *, country: str | None = None
) -> datetime:
    """The end of the deadline day for a clock started at `received_at`."""
    day = response_due(local_day(received_at, jurisdiction), jurisdiction, country=country)
    return end_of_day(day, jurisdiction)
