"""Hours of coverage: what is accepted, what is refused and why, and when one covers another."""

from __future__ import annotations

import datetime as dt

import pytest

from slamdesk.core.coverage import COVERAGE_OPTIONS, Coverage, covers, parse_coverage
from slamdesk.core.errors import ValidationError


def test_the_offered_options_widen_from_office_hours_to_24x7() -> None:
    assert COVERAGE_OPTIONS == ("Mon-Fri 08:00-17:00", "Mon-Fri 07:00-19:00", "Mon-Sat 07:00-22:00", "24x7")
    for narrower, wider in zip(COVERAGE_OPTIONS, COVERAGE_OPTIONS[1:]):
        assert covers(wider, narrower) and not covers(narrower, wider)


@pytest.mark.parametrize("text", ["24x7", "24X7", "  24x7 "])
def test_24x7_is_every_day_all_day(text: str) -> None:
    assert parse_coverage(text) == Coverage(frozenset(range(7)), dt.time(0, 0), None)
    assert parse_coverage(text).weekly_hours == 168


def test_a_window_is_its_days_and_hours() -> None:
    assert parse_coverage(" Tue-Thu 07:30-19:45 ") == Coverage(frozenset({1, 2, 3}), dt.time(7, 30), dt.time(19, 45))
    assert parse_coverage("Mon-Sun 00:00-24:00") == Coverage(frozenset(range(7)), dt.time(0, 0), None)


def test_a_one_day_window_is_accepted() -> None:
    assert parse_coverage("Sat-Sat 10:00-14:00").days == {5}
    assert parse_coverage("Sun-Sun 10:00-14:00").days == {6}
    assert parse_coverage("Mon-Mon 10:00-14:00").days == {0}


def test_weekly_hours_count_minutes() -> None:
    assert parse_coverage("Mon-Fri 08:30-17:15").weekly_hours == 5 * 8.75
    assert parse_coverage("Sat-Sun 22:45-24:00").weekly_hours == 2 * 1.25
    assert parse_coverage("Wed-Wed 00:00-00:30").weekly_hours == 0.5


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Mon-Fri 08:00-25:00", "not a time of day"),
        ("Mon-Fri 24:00-24:00", "not a time of day"),
        ("Mon-Fri 08:60-17:00", "not a time of day"),
        ("Mon-Fri 17:00-08:00", "the window is empty"),
        ("Mon-Fri 08:00-08:00", "the window is empty"),
        ("Mon-Fri 08:00-00:00", "the window is empty"),
        ("Fri-Mon 08:00-17:00", "the window is empty"),
        ("Sun-Sat 08:00-17:00", "the window is empty"),
    ],
)
def test_impossible_windows_are_refused_and_say_why(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_coverage(text)
    assert str(caught.value) == f"hours of coverage {text!r}: {why}" and caught.value.field == "coverage"


@pytest.mark.parametrize(
    "text", ["", "24/7", "24x5", "Mon-Fri", "Mon-Fri 8:00-17:00", "mon-fri 08:00-17:00", "Mon-Fry 08:00-17:00",
             "Mun-Fri 08:00-17:00", "Mon-Fri 08:00-17:00 CET", "Mon–Fri 08:00–17:00", "Mon-Fri  08:00-17:00"],
)
def test_other_text_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_coverage(text)
    assert str(caught.value) == f"hours of coverage {text.strip()!r}: write 24x7 or like Mon-Fri 08:00-17:00"
    assert caught.value.field == "coverage"


@pytest.mark.parametrize(
    ("offered", "required", "expected"),
    [
        ("24x7", "Mon-Fri 08:00-17:00", True),
        ("24x7", "24x7", True),
        ("Mon-Fri 08:00-17:00", "Mon-Fri 08:00-17:00", True),  # exactly the same window
        ("Mon-Fri 07:00-19:00", "Mon-Fri 08:00-17:00", True),
        ("Mon-Sat 07:00-22:00", "Tue-Thu 07:00-22:00", True),
        ("Mon-Fri 00:00-24:00", "Mon-Fri 08:00-17:00", True),
        ("Mon-Fri 00:00-24:00", "Mon-Fri 18:00-24:00", True),
        ("Mon-Sun 00:00-24:00", "24x7", True),
        # More hours a week, but not on every day that is needed.
        ("Mon-Fri 00:00-24:00", "Mon-Sun 08:00-17:00", False),
        ("Mon-Fri 08:00-17:00", "Sat-Sat 10:00-12:00", False),
        ("Tue-Fri 08:00-17:00", "Mon-Fri 08:00-17:00", False),
        # Starting a minute late or ending a minute early is not covering.
        ("Mon-Fri 08:01-17:00", "Mon-Fri 08:00-17:00", False),
        ("Mon-Fri 08:00-16:59", "Mon-Fri 08:00-17:00", False),
        ("Mon-Fri 08:00-23:59", "Mon-Fri 08:00-24:00", False),
        ("Mon-Fri 08:00-17:00", "24x7", False),
        ("Mon-Fri 07:00-19:00", "Mon-Fri 06:00-07:30", False),
    ],
)
def test_an_offer_covers_a_need_only_on_every_day_and_every_hour(offered: str, required: str, expected: bool) -> None:
    assert covers(offered, required) is expected


def test_covering_refuses_unreadable_hours_on_either_side() -> None:
    with pytest.raises(ValidationError):
        covers("always", "24x7")
    with pytest.raises(ValidationError):
        covers("24x7", "Mon-Fri 09:00-08:00")
