"""One calendar month, counted the way the ICO counts it (compliance.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.deadlines import add_months, due_at, one_month_deadline


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (date(2025, 8, 31), date(2025, 9, 30)),  # no 31 September: last day of the month
        (date(2026, 1, 31), date(2026, 3, 2)),  # 28 Feb 2026 is a Saturday -> Monday
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year, a Thursday
        (date(2026, 3, 3), date(2026, 4, 7)),  # 3 Apr Good Friday, 6 Apr Easter Monday
        (date(2026, 11, 25), date(2026, 12, 29)),  # Christmas, Boxing Day (substitute 28th)
        (date(2026, 4, 4), date(2026, 5, 5)),  # 4 May 2026 early May bank holiday
        (date(2026, 6, 10), date(2026, 7, 10)),  # an ordinary Friday
        (date(2026, 7, 11), date(2026, 8, 11)),  # an ordinary Tuesday
    ],
)
def test_uk_one_month(received: date, expected: date) -> None:
    assert one_month_deadline(received, "uk") == expected


def test_eu_uses_its_own_bank_holidays() -> None:
    # 17 March is St Patrick's Day in Ireland, a normal day in England
    assert one_month_deadline(date(2026, 2, 17), "eu") == date(2026, 3, 18)
    assert one_month_deadline(date(2026, 2, 17), "uk") == date(2026, 3, 17)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 30), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 10, 31), 3) == date(2027, 1, 31)


def test_due_at_is_the_end_of_the_local_deadline_day() -> None:
    # 23:30 UTC on 31 Jan is already 1 Feb nowhere in the UK; the day of receipt is 31 Jan
    due = due_at(datetime(2026, 1, 31, 23, 30, tzinfo=UTC), "uk")
    assert due.date() == date(2026, 3, 2)
    assert (due.hour, due.minute) == (23, 59)


def test_ccpa_45_days() -> None:
    due = due_at(datetime(2026, 1, 10, 18, 0, tzinfo=UTC), "us-ca")
    assert due.date() == date(2026, 2, 24)
