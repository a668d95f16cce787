"""The deadline engine per regime (compliance.md), table-driven: month ends, leap years,
each regime's bank holidays, clarification pauses across month ends, extensions.

Bank holidays used below (the `holidays` package):
- England & Wales 2026: 1 Jan, 3 + 6 Apr, 4 + 25 May, 31 Aug, 25 + 28 Dec (Boxing Day
  substitute); 2027: 1 Jan, 26 + 29 Mar, 3 + 31 May, 30 Aug, 27 + 28 Dec (substitutes);
  2028: 3 Jan (substitute).
- Ireland 2026: 2 Feb (St Brigid), 17 Mar, 6 Apr, 4 May, 1 Jun, 3 Aug, 26 Oct, 25 + 26 Dec.
- California 2026: 19 Jan, 16 Feb, 31 Mar, 25 May, 19 Jun, 3 Jul, 7 Sep, 11 Nov, 26 + 27 Nov.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.deadlines import (
    acknowledge_due,
    add_business_days,
    add_months,
    due_at,
    end_of_day,
    extension_window_closes,
    local_day,
    one_month_deadline,
    opt_out_due,
    regime,
    response_due,
)


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # compliance.md's worked examples
        (date(2025, 8, 31), date(2025, 9, 30)),  # no 31 September: last day of the month
        (date(2026, 1, 31), date(2026, 3, 2)),  # 28 Feb 2026 is a Saturday -> Monday
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year, a Thursday
        # month ends
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 5, 31), date(2026, 6, 30)),
        (date(2026, 10, 31), date(2026, 11, 30)),
        (date(2027, 1, 29), date(2027, 3, 1)),  # 28 Feb 2027 (clamped) is a Sunday
        (date(2028, 1, 29), date(2028, 2, 29)),  # leap year: 29 Feb exists, a Tuesday
        (date(2028, 1, 31), date(2028, 2, 29)),
        (date(2026, 12, 31), date(2027, 2, 1)),  # 31 Jan 2027 is a Sunday
        # bank holidays
        (date(2026, 3, 3), date(2026, 4, 7)),  # 3 Apr Good Friday, 6 Apr Easter Monday
        (date(2026, 11, 25), date(2026, 12, 29)),  # Christmas, Boxing Day (substitute 28th)
        (date(2026, 4, 4), date(2026, 5, 5)),  # 4 May 2026 early May bank holiday
        (date(2026, 4, 25), date(2026, 5, 26)),  # 25 May spring bank holiday
        (date(2026, 7, 31), date(2026, 9, 1)),  # 31 Aug summer bank holiday
        (date(2026, 12, 1), date(2027, 1, 4)),  # New Year's Day on a Friday
        (date(2027, 2, 26), date(2027, 3, 30)),  # Good Friday 26 Mar, Easter Monday 29 Mar
        (date(2027, 11, 27), date(2027, 12, 29)),  # 27 and 28 Dec 2027 are substitutes
        (date(2027, 12, 1), date(2028, 1, 4)),  # 1 Jan 2028 Saturday, substitute 3 Jan
        # ordinary days
        (date(2026, 6, 10), date(2026, 7, 10)),  # a Friday
        (date(2026, 7, 11), date(2026, 8, 11)),  # a Tuesday
        (date(2026, 12, 24), date(2027, 1, 25)),  # 24 Jan 2027 is a Sunday
    ],
)
def test_uk_one_month(received: date, expected: date) -> None:
    assert one_month_deadline(received, "uk") == expected
    assert response_due(received, "uk") == expected


@pytest.mark.parametrize(
    ("received", "country", "eu", "uk"),
    [
        (date(2026, 2, 17), None, date(2026, 3, 18), date(2026, 3, 17)),  # St Patrick's Day
        (date(2026, 1, 2), None, date(2026, 2, 3), date(2026, 2, 2)),  # St Brigid's Day
        (date(2026, 5, 1), None, date(2026, 6, 2), date(2026, 6, 1)),  # June bank holiday
        (date(2026, 7, 3), None, date(2026, 8, 4), date(2026, 8, 3)),  # August bank holiday
        (date(2026, 9, 26), None, date(2026, 10, 27), date(2026, 10, 26)),  # October
        (date(2026, 11, 26), None, date(2026, 12, 28), date(2026, 12, 29)),  # no substitute
        (date(2028, 9, 3), "DE", date(2028, 10, 4), date(2028, 10, 3)),  # Tag der Einheit
        (date(2028, 9, 3), "IE", date(2028, 10, 3), date(2028, 10, 3)),
    ],
)
def test_eu_uses_its_own_bank_holidays(
    received: date, country: str | None, eu: date, uk: date
) -> None:
    assert response_due(received, "eu", country=country) == eu
    assert response_due(received, "uk") == uk


@pytest.mark.parametrize(
    ("received", "extended", "expected"),
    [
        (date(2026, 1, 10), False, date(2026, 2, 24)),
        (date(2026, 2, 20), False, date(2026, 4, 6)),
        (date(2028, 2, 1), False, date(2028, 3, 17)),  # leap February has 29 days
        (date(2026, 1, 14), False, date(2026, 2, 28)),  # a Saturday: calendar days, not rolled
        (date(2026, 10, 12), False, date(2026, 11, 26)),  # Thanksgiving: not rolled either
        (date(2026, 1, 10), True, date(2026, 4, 10)),  # one extension: 90 days in all
        (date(2026, 12, 31), True, date(2027, 3, 31)),
    ],
)
def test_ccpa_45_calendar_days(received: date, extended: bool, expected: date) -> None:
    assert response_due(received, "us-ca", extended=extended) == expected


@pytest.mark.parametrize(
    ("start", "business_days", "expected"),
    [
        (date(2026, 1, 12), 15, date(2026, 2, 3)),  # skips MLK day (19 Jan)
        (date(2026, 11, 20), 10, date(2026, 12, 8)),  # Thanksgiving and the day after
        (date(2026, 6, 26), 10, date(2026, 7, 13)),  # 3 Jul (Independence Day observed)
        (date(2026, 2, 13), 1, date(2026, 2, 17)),  # a Friday, then Presidents' Day
    ],
)
def test_ccpa_business_days(start: date, business_days: int, expected: date) -> None:
    assert add_business_days(start, business_days, "us-ca") == expected


def test_ccpa_acknowledge_and_opt_out() -> None:
    assert acknowledge_due(date(2026, 11, 20), "us-ca") == date(2026, 12, 8)
    assert opt_out_due(date(2026, 1, 12), "us-ca") == date(2026, 2, 3)
    # the GDPR regimes have neither rule
    assert acknowledge_due(date(2026, 1, 12), "uk") is None
    assert opt_out_due(date(2026, 1, 12), "eu") is None


@pytest.mark.parametrize(
    ("start", "extended", "paused_days", "expected"),
    [
        # a clarification pause moves the due date by the days paused
        (date(2026, 1, 10), False, 5, date(2026, 2, 16)),  # 15 Feb is a Sunday
        (date(2026, 1, 20), False, 4, date(2026, 2, 24)),  # paused 30 Jan -> 3 Feb
        (date(2026, 1, 31), False, 3, date(2026, 3, 3)),  # from the clamped 28 Feb
        (date(2026, 3, 31), False, 1, date(2026, 5, 1)),  # 30 Apr + 1
        (date(2026, 11, 20), False, 5, date(2026, 12, 29)),  # into Christmas
        (date(2026, 6, 10), False, 0, date(2026, 7, 10)),
        # extension: three months from the start, counted the ICO way
        (date(2025, 8, 31), True, 0, date(2025, 12, 1)),  # 30 Nov 2025 is a Sunday
        (date(2026, 8, 31), True, 0, date(2026, 11, 30)),
        (date(2026, 11, 30), True, 0, date(2027, 3, 1)),  # 28 Feb 2027, a Sunday
        (date(2027, 11, 30), True, 0, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 3), True, 0, date(2026, 6, 3)),
        (date(2026, 9, 25), True, 0, date(2026, 12, 29)),  # Christmas Day, substitute
        # extension after a pause
        (date(2026, 1, 20), True, 4, date(2026, 4, 24)),
        (date(2026, 1, 3), True, 3, date(2026, 4, 7)),  # 6 Apr Easter Monday
    ],
)
def test_uk_pause_and_extension(
    start: date, extended: bool, paused_days: int, expected: date
) -> None:
    assert response_due(start, "uk", extended=extended, paused_days=paused_days) == expected


def test_extension_window_is_the_unextended_deadline() -> None:
    assert extension_window_closes(date(2026, 1, 31), "uk") == date(2026, 3, 2)
    assert extension_window_closes(date(2026, 1, 20), "uk", paused_days=4) == date(2026, 2, 24)
    assert extension_window_closes(date(2026, 1, 10), "us-ca") == date(2026, 2, 24)


def test_regime_table() -> None:
    assert regime("uk").clock_waits_for_identity and regime("uk").clarification_pauses
    assert not regime("eu").clock_waits_for_identity and not regime("eu").clarification_pauses
    assert not regime("us-ca").clock_waits_for_identity
    with pytest.raises(ValueError, match="unknown jurisdiction"):
        regime("mars")


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 30), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 10, 31), 3) == date(2027, 1, 31)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_due_at_is_the_end_of_the_local_deadline_day() -> None:
    # 23:30 UTC on 31 Jan is already 1 Feb nowhere in the UK; the day of receipt is 31 Jan
    due = due_at(datetime(2026, 1, 31, 23, 30, tzinfo=UTC), "uk")
    assert due.date() == date(2026, 3, 2)
    assert (due.hour, due.minute) == (23, 59)
    # 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time): received 1 June
    assert local_day(datetime(2026, 5, 31, 23, 30, tzinfo=UTC), "uk") == date(2026, 6, 1)
    # 03:00 UTC on 1 Feb is still 31 Jan in California
    assert local_day(datetime(2026, 2, 1, 3, 0, tzinfo=UTC), "us-ca") == date(2026, 1, 31)
    assert end_of_day(date(2026, 7, 1), "us-ca").utcoffset().total_seconds() == -7 * 3600


def test_ccpa_45_days() -> None:
    due = due_at(datetime(2026, 1, 10, 18, 0, tzinfo=UTC), "us-ca")
    assert due.date() == date(2026, 2, 24)
