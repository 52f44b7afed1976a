"""Reporting periods by name (a month, a quarter, a year), their days and their instants in a zone, and the last
whole one before a day. No database: every rule here is a calendar's."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring.period_names import Period, last_month, last_whole, period


@pytest.mark.parametrize(("name", "first", "after"), [
    ("2026-01", dt.date(2026, 1, 1), dt.date(2026, 2, 1)),
    ("2026-11", dt.date(2026, 11, 1), dt.date(2026, 12, 1)),
    ("2026-12", dt.date(2026, 12, 1), dt.date(2027, 1, 1)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 3, 1)),
    ("2026-Q1", dt.date(2026, 1, 1), dt.date(2026, 4, 1)),
    ("2026-Q2", dt.date(2026, 4, 1), dt.date(2026, 7, 1)),
    ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 10, 1)),
    ("2026-Q4", dt.date(2026, 10, 1), dt.date(2027, 1, 1)),
    ("2026", dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    ("1900", dt.date(1900, 1, 1), dt.date(1901, 1, 1)),
    ("1900-01", dt.date(1900, 1, 1), dt.date(1900, 2, 1)),
    ("9998-12", dt.date(9998, 12, 1), dt.date(9999, 1, 1)),
    ("9998-Q4", dt.date(9998, 10, 1), dt.date(9999, 1, 1)),
    (" 2025-Q3\n", dt.date(2025, 7, 1), dt.date(2025, 10, 1)),
])
def test_a_period_is_named_by_its_month_quarter_or_year_and_runs_to_the_first_day_after_it(
    name: str, first: dt.date, after: dt.date,
) -> None:
    assert period(name) == Period(name.strip(), first, after)


@pytest.mark.parametrize("name", [
    "1899", "1899-12", "9999", "9999-01", "2026-00", "2026-13", "2026-Q0", "2026-Q5", "２０２６-10", "2026-１０", "2026-q1",
    "October 2026", "x2026", "2026-10-01", "",
])
def test_anything_else_is_refused_saying_how_to_write_a_period(name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        period(name)
    assert str(refused.value) == f"period '{name}': write a month (2026-10), a quarter (2026-Q4) or a year (2026)"
    assert refused.value.field == "period"


def test_a_period_is_counted_from_local_midnight_of_its_first_day_to_local_midnight_after_its_last() -> None:
    start, end = period("2026-03").bounds(ZoneInfo("Europe/Stockholm"))  # summer time begins on 29 March
    assert (start, end) == (dt.datetime(2026, 2, 28, 23, tzinfo=dt.UTC), dt.datetime(2026, 3, 31, 22, tzinfo=dt.UTC))
    assert period("2026").bounds(ZoneInfo("Pacific/Kiritimati")) == (
        dt.datetime(2025, 12, 31, 10, tzinfo=dt.UTC), dt.datetime(2026, 12, 31, 10, tzinfo=dt.UTC))


@pytest.fixture
def machine_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("machine_in_new_york")
def test_the_bounds_are_written_in_utc_whatever_zone_the_machine_is_in() -> None:
    start, end = period("2026-10").bounds(ZoneInfo("Asia/Ho_Chi_Minh"))
    assert (start.isoformat(), end.isoformat()) == ("2026-09-30T17:00:00+00:00", "2026-10-31T17:00:00+00:00")


@pytest.mark.parametrize(("today", "name"), [
    (dt.date(2026, 1, 1), "2025-12"), (dt.date(2026, 1, 31), "2025-12"), (dt.date(2026, 2, 15), "2026-01"),
    (dt.date(2026, 3, 31), "2026-02"), (dt.date(2026, 5, 31), "2026-04"), (dt.date(2026, 12, 31), "2026-11"),
    (dt.date(1901, 1, 1), "1900-12"),
])
def test_the_last_month_is_the_whole_month_before_todays_whatever_the_day(today: dt.date, name: str) -> None:
    assert last_month(today) == period(name)
    assert last_whole("month", today) == period(name)


@pytest.mark.parametrize(("month", "name"), [
    (1, "2025-Q4"), (2, "2025-Q4"), (3, "2025-Q4"), (4, "2026-Q1"), (5, "2026-Q1"), (6, "2026-Q1"),
    (7, "2026-Q2"), (8, "2026-Q2"), (9, "2026-Q2"), (10, "2026-Q3"), (11, "2026-Q3"), (12, "2026-Q3"),
])
def test_the_last_whole_quarter_is_the_one_before_todays(month: int, name: str) -> None:
    assert last_whole("quarter", dt.date(2026, month, 28)) == period(name)


def test_the_last_whole_year_is_the_one_before_todays() -> None:
    assert last_whole("year", dt.date(2026, 1, 1)) == period("2025")
    assert last_whole("year", dt.date(2026, 12, 31)) == Period("2025", dt.date(2025, 1, 1), dt.date(2026, 1, 1))
