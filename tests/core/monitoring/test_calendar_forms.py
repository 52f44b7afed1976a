"""A calendar typed in a form: to the stored shape and back, each mistake named by its field, and in words."""

from __future__ import annotations

from typing import Any

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring.calendar_forms import CalendarText, as_text, describe, from_text, weekly_minutes

WEEK = {"mon": "08:00-12:00, 13:00-17:00", "tue": "08:00-12:00;13:00-17:00", "wed": " 08:00-12:00 ,13:00-17:00 ",
        "thu": "08:00-12:00\n13:00-17:00", "fri": "08:00-15:00", "sat": "", "sun": "  "}


def test_the_form_becomes_the_stored_shape_and_back() -> None:
    form = CalendarText(timezone=" Europe/Stockholm ", country=" se ", weekly=WEEK,
                        holidays="2026-12-31\n2026-12-24, 2026-12-24", closures="\n2026-12-23T12:00 / 2026-12-23T17:00\n")
    definition = from_text(form)
    assert definition == {
        "timezone": "Europe/Stockholm", "country": "SE",
        "weekly": {**{day: ["08:00-12:00", "13:00-17:00"] for day in ("mon", "tue", "wed", "thu")}, "fri": ["08:00-15:00"]},
        "holidays": ["2026-12-24", "2026-12-31"],
        "closures": [["2026-12-23T12:00", "2026-12-23T17:00"]],
    }
    back = as_text(definition)
    assert back == CalendarText(
        timezone="Europe/Stockholm", country="SE",
        weekly={**{day: "08:00-12:00, 13:00-17:00" for day in ("mon", "tue", "wed", "thu")}, "fri": "08:00-15:00",
                "sat": "", "sun": ""},
        holidays="2026-12-24, 2026-12-31", closures="2026-12-23T12:00 / 2026-12-23T17:00")
    assert from_text(back) == definition


def test_optional_parts_are_left_out_when_empty() -> None:
    assert from_text(CalendarText(timezone="UTC", weekly={"sun": "22:00-06:00"})) == {
        "timezone": "UTC", "weekly": {"sun": ["22:00-06:00"]}}
    assert as_text({"timezone": "UTC", "weekly": {}}) == CalendarText(
        timezone="UTC", weekly={day: "" for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")})


@pytest.mark.parametrize(("form", "field", "message"), [
    (CalendarText(timezone="", weekly={"mon": "08:00-17:00"}), "timezone", "needs a time zone"),
    (CalendarText(timezone="Europe/Stokholm", weekly={"mon": "08:00-17:00"}), "timezone", "unknown time zone"),
    (CalendarText(timezone="UTC", weekly={}), "weekly.mon", "at least one day"),
    (CalendarText(timezone="UTC", weekly={"sat": " , ; "}), "weekly.mon", "at least one day"),
    (CalendarText(timezone="UTC", weekly={"tue": "8-17"}), "weekly.tue", "'8' is not a time"),
    (CalendarText(timezone="UTC", weekly={"wed": "08:00-25:00"}), "weekly.wed", "not a time of day"),
    (CalendarText(timezone="UTC", weekly={"thu": "09:00-09:00"}), "weekly.thu", "of no length"),
    (CalendarText(timezone="UTC", weekly={"fri": "13:00-17:00, 08:00-13:30"}), "weekly.fri",
     "08:00-13:30 and 13:00-17:00 overlap"),
    (CalendarText(timezone="UTC", weekly={"sat": "08:00-12:00, 12:00-13:00, 12:30-14:00"}), "weekly.sat",
     "12:00-13:00 and 12:30-14:00 overlap"),
    (CalendarText(timezone="UTC", weekly={"mon": "08:00-17:00"}, holidays="24/12/2026"), "holidays",
     "'24/12/2026' is not a date"),
    (CalendarText(timezone="UTC", weekly={"mon": "08:00-17:00"}, closures="2026-12-23T12:00"), "closures",
     "write a closure as FROM / TO"),
    (CalendarText(timezone="UTC", weekly={"mon": "08:00-17:00"}, closures="2026-12-23T12:00 / "), "closures",
     "write a closure as FROM / TO"),
    (CalendarText(timezone="UTC", weekly={"mon": "08:00-17:00"}, closures="a / b / c"), "closures",
     "write a closure as FROM / TO"),
    (CalendarText(timezone="UTC", weekly={"mon": "08:00-17:00"}, closures="2026-12-23T17:00 / 2026-12-23T12:00"),
     "closures", "ends before it starts"),
    (CalendarText(timezone="UTC", weekly={"mon": "08:00-17:00"}, country="XX"), "country", "no public holidays"),
])
def test_each_mistake_is_named_by_its_field(form: CalendarText, field: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        from_text(form)
    assert refused.value.field == field


def test_back_to_back_intervals_do_not_overlap() -> None:
    assert from_text(CalendarText(timezone="UTC", weekly={"mon": "08:00-12:00, 12:00-16:00"}))["weekly"] == {
        "mon": ["08:00-12:00", "12:00-16:00"]}


@pytest.mark.parametrize(("definition", "words"), [
    ({"timezone": "Europe/Stockholm", "country": "SE", "holidays": ["2026-12-24"],
      "weekly": {d: ["08:00-12:00", "13:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}},
     "Europe/Stockholm; Mon-Fri 08:00-12:00, 13:00-17:00; SE public holidays; 1 more holiday; 40 h a week"),
    ({"timezone": "Asia/Jakarta", "weekly": {"mon": ["08:00-17:00"], "wed": ["08:00-17:00"], "thu": ["08:00-17:00"],
                                              "sat": ["09:00-12:30"]},
      "holidays": ["2026-12-24", "2026-12-25"], "closures": [["a", "b"]]},
     "Asia/Jakarta; Mon 08:00-17:00; Wed-Thu 08:00-17:00; Sat 09:00-12:30; 2 more holidays; 1 closure; 30 h 30 min a week"),
    ({"timezone": "UTC", "weekly": {d: ["00:00-24:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "closures": [["a", "b"], ["c", "d"]]},
     "UTC; Mon-Sun 00:00-24:00; 2 closures; 168 h a week"),
    ({"timezone": "UTC", "weekly": {"sun": ["22:00-06:00"]}}, "UTC; Sun 22:00-06:00; 8 h a week"),
])
def test_a_calendar_in_one_line_of_words(definition: dict[str, Any], words: str) -> None:
    assert describe(definition) == words


def test_weekly_minutes_count_every_interval() -> None:
    assert weekly_minutes({"weekly": {"mon": ["08:00-12:00", "13:00-17:30"], "tue": ["22:00-06:00"]}}) == 4 * 60 + 270 + 480
    assert weekly_minutes({}) == 0


def test_days_are_grouped_only_when_next_to_each_other_with_the_same_hours() -> None:
    definition = {"timezone": "UTC", "weekly": {"mon": ["09:00-12:00"], "tue": ["08:00-17:00"], "wed": ["08:00-17:00"]}}
    assert describe(definition) == "UTC; Mon 09:00-12:00; Tue-Wed 08:00-17:00; 21 h a week"


def test_what_is_missing_reads_as_empty() -> None:
    assert CalendarText() == CalendarText(timezone="", country="", weekly={}, holidays="", closures="")
    empty = as_text({})
    assert (empty.timezone, empty.country, set(empty.weekly.values()), empty.holidays, empty.closures) == ("", "", {""}, "", "")
    assert describe({}) == "; ; 0 h a week"


def test_several_closures_are_one_per_line() -> None:
    definition = {"timezone": "UTC", "weekly": {"mon": ["08:00-17:00"]},
                  "closures": [["2026-12-23T12:00", "2026-12-23T17:00"], ["2026-12-30T12:00", "2026-12-30T17:00"]]}
    assert as_text(definition).closures == "2026-12-23T12:00 / 2026-12-23T17:00\n2026-12-30T12:00 / 2026-12-30T17:00"
    assert from_text(as_text(definition))["closures"] == definition["closures"]
