"""Business-hours calendars: every rule of ``core.monitoring.calendars`` checked by hand, then by properties."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring.calendars import WEEKDAYS, calendar, deadline, elapsed, from_json, read_instant

STOCKHOLM, SAIGON, UTC = ZoneInfo("Europe/Stockholm"), ZoneInfo("Asia/Ho_Chi_Minh"), dt.UTC
WORKDAYS = ("mon", "tue", "wed", "thu", "fri")
HOUR = 3600

# Stockholm office hours with a lunch break, public holidays off.
OFFICE = calendar("Europe/Stockholm", {day: ["08:00-12:00", "13:00-17:00"] for day in WORKDAYS}, country="SE")
ALWAYS = calendar("Europe/Stockholm", {day: ["00:00-24:00"] for day in WEEKDAYS})


def at(*parts: int, zone: dt.tzinfo = STOCKHOLM) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=zone)  # type: ignore[misc]


MONDAY = at(2026, 10, 5, 8)  # an ordinary week


# ------------------------------------------------------------------ hand-checked rules


def test_a_week_of_office_hours_with_a_lunch_break() -> None:
    assert elapsed(OFFICE, MONDAY, MONDAY + dt.timedelta(days=7)) == 5 * 8 * HOUR
    assert elapsed(OFFICE, at(2026, 10, 5, 11), at(2026, 10, 5, 14)) == 2 * HOUR  # lunch does not count
    assert elapsed(OFFICE, at(2026, 10, 5, 12, 15), at(2026, 10, 5, 12, 45)) == 0
    assert deadline(OFFICE, at(2026, 10, 5, 11), 2 * HOUR) == at(2026, 10, 5, 14)


def test_a_deadline_reached_at_closing_is_the_closing_instant() -> None:
    assert deadline(OFFICE, MONDAY, 4 * HOUR) == at(2026, 10, 5, 12)  # not 13:00
    assert deadline(OFFICE, MONDAY, 8 * HOUR) == at(2026, 10, 5, 17)  # not Tuesday 08:00
    assert deadline(OFFICE, MONDAY, 8 * HOUR + 1) == at(2026, 10, 6, 8, 0, 1)
    assert deadline(OFFICE, at(2026, 10, 9, 16), HOUR + 1) == at(2026, 10, 12, 8, 0, 1)  # Friday over the weekend


def test_a_wall_time_that_never_happened_is_read_as_python_reads_it() -> None:
    skipped = dt.datetime(2026, 3, 29, 2, 30, tzinfo=STOCKHOLM, fold=1)  # 02:30 did not happen that day
    assert deadline(ALWAYS, skipped, 0).timestamp() == skipped.timestamp()  # the same instant, shown as 01:30
    assert deadline(ALWAYS, skipped, 0) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=STOCKHOLM)


def test_no_time_is_due_at_once_in_or_out_of_hours() -> None:
    assert deadline(OFFICE, MONDAY, 0) == MONDAY
    sunday_night = at(2026, 10, 4, 23, 30)
    assert deadline(OFFICE, sunday_night, 0) == sunday_night


def test_outside_hours_the_clock_starts_at_the_next_opening() -> None:
    assert deadline(OFFICE, at(2026, 10, 4, 3), 1) == at(2026, 10, 5, 8, 0, 1)
    assert deadline(OFFICE, at(2026, 10, 5, 12, 30), 60) == at(2026, 10, 5, 13, 1)
    assert elapsed(OFFICE, at(2026, 10, 3, 9), at(2026, 10, 5, 9)) == HOUR  # Saturday 09:00 to Monday 09:00


def test_an_empty_or_reversed_range_is_no_time() -> None:
    assert elapsed(OFFICE, MONDAY, MONDAY) == 0
    assert elapsed(OFFICE, at(2026, 10, 5, 16), MONDAY) == 0


def test_instants_may_be_in_any_zone_and_deadlines_come_in_the_calendars() -> None:
    in_utc = MONDAY.astimezone(UTC)
    in_saigon = MONDAY.astimezone(SAIGON)
    assert elapsed(OFFICE, in_utc, in_saigon + dt.timedelta(hours=3)) == 3 * HOUR
    due = deadline(OFFICE, in_utc, 3 * HOUR)
    assert due == at(2026, 10, 5, 11) and due.utcoffset() == dt.timedelta(hours=2)
    assert elapsed(OFFICE, MONDAY.replace(microsecond=900_000), at(2026, 10, 5, 8, 0, 10)) == 10  # whole seconds


def test_stockholm_across_both_dst_changes_counts_real_hours() -> None:
    assert elapsed(ALWAYS, at(2026, 3, 29), at(2026, 3, 30)) == 23 * HOUR  # spring: the day is shorter
    assert elapsed(ALWAYS, at(2026, 10, 25), at(2026, 10, 26)) == 25 * HOUR  # autumn: longer
    assert deadline(ALWAYS, at(2026, 3, 29, 1), 2 * HOUR) == at(2026, 3, 29, 4)  # 02:00 to 03:00 never happens
    assert elapsed(OFFICE, at(2026, 3, 27, 8), at(2026, 3, 30, 17)) == 16 * HOUR  # office hours miss the jump
    night = calendar("Europe/Stockholm", {day: ["01:00-04:00"] for day in WEEKDAYS})
    assert elapsed(night, at(2026, 3, 29), at(2026, 3, 30)) == 2 * HOUR  # the interval holds the jump
    assert elapsed(night, at(2026, 10, 25), at(2026, 10, 26)) == 4 * HOUR


def test_a_vietnamese_calendar_skips_tet() -> None:
    hanoi = calendar("Asia/Ho_Chi_Minh", {day: ["08:00-12:00", "13:00-17:00"] for day in WORKDAYS}, country="VN")
    start = at(2027, 2, 3, 16, zone=SAIGON)  # the Wednesday before Tết (4 to 10 February 2027)
    assert deadline(hanoi, start, 2 * HOUR) == at(2027, 2, 11, 9, zone=SAIGON)
    assert elapsed(hanoi, start, at(2027, 2, 11, 9, zone=SAIGON)) == 2 * HOUR


def test_listed_holidays_and_partial_closures_do_not_count() -> None:
    closed = calendar(
        "Europe/Stockholm", {day: ["08:00-17:00"] for day in WORKDAYS},
        holidays=[dt.date(2026, 12, 24)], closures=[(at(2026, 12, 31, 12), at(2026, 12, 31, 17))],
    )
    assert elapsed(closed, at(2026, 12, 23, 8), at(2026, 12, 26)) == 18 * HOUR  # the 24th is listed; no country: the 25th counts
    assert elapsed(closed, at(2026, 12, 31, 8), at(2027, 1, 1)) == 4 * HOUR
    assert deadline(closed, at(2026, 12, 31, 11), 2 * HOUR) == at(2027, 1, 1, 9)


def test_a_pause_counts_only_where_it_overlaps_business_time() -> None:
    lunch_and_night = [(at(2026, 10, 5, 12), at(2026, 10, 5, 13)), (at(2026, 10, 5, 20), at(2026, 10, 6, 7))]
    assert elapsed(OFFICE, MONDAY, at(2026, 10, 6, 17), lunch_and_night) == 16 * HOUR
    waiting = [(at(2026, 10, 5, 10), at(2026, 10, 5, 14))]  # on hold 10:00 to 14:00: three business hours
    assert elapsed(OFFICE, MONDAY, at(2026, 10, 5, 17), waiting) == 5 * HOUR
    assert deadline(OFFICE, MONDAY, 3 * HOUR, waiting) == at(2026, 10, 5, 15)
    assert deadline(OFFICE, MONDAY, 2 * HOUR, waiting) == at(2026, 10, 5, 10)  # reached as the pause begins
    overlapping = [(at(2026, 10, 5, 9), at(2026, 10, 5, 11)), (at(2026, 10, 5, 10), at(2026, 10, 5, 11, 30))]
    assert elapsed(OFFICE, MONDAY, at(2026, 10, 5, 12), overlapping) == HOUR + HOUR // 2  # counted once


def test_an_overnight_interval_runs_into_the_next_day_and_year() -> None:
    night = calendar("Asia/Ho_Chi_Minh", {day: ["22:00-06:00"] for day in WEEKDAYS})
    assert elapsed(night, at(2026, 12, 31, 12, zone=SAIGON), at(2027, 1, 1, 12, zone=SAIGON)) == 8 * HOUR
    assert deadline(night, at(2026, 12, 31, 12, zone=SAIGON), 3 * HOUR) == at(2027, 1, 1, 1, zone=SAIGON)
    late = calendar("Europe/Stockholm", {"mon": ["20:00-24:00"], "tue": ["00:00-02:00", "09:00-10:00"]})
    assert elapsed(late, at(2026, 10, 5), at(2026, 10, 7)) == 7 * HOUR
    assert deadline(late, at(2026, 10, 5, 23), 2 * HOUR) == at(2026, 10, 6, 1)


def test_long_spans_are_counted_by_whole_years() -> None:
    weekly = 5 * 8 * HOUR
    span = elapsed(OFFICE, at(2020, 1, 1), at(2030, 1, 1))
    assert 10 * 52 * weekly - 10 * 15 * 8 * HOUR < span < 10 * 53 * weekly  # holidays off every year
    assert deadline(OFFICE, at(2020, 1, 1), span) == at(2029, 12, 31, 17)  # the last working hour, 31 Dec 2029


def test_a_calendar_without_hours_cannot_make_time_pass() -> None:
    never = calendar("Europe/Stockholm", {})
    assert elapsed(never, MONDAY, MONDAY + dt.timedelta(days=400)) == 0
    with pytest.raises(ValidationError, match="no working hours") as hopeless:
        deadline(never, MONDAY, 1)
    assert hopeless.value.field == "weekly"


@pytest.mark.parametrize(("weekly", "message"), [
    ({"mon": ["25:00-26:00"]}, "not a time of day"),
    ({"mon": ["08:60-09:00"]}, "not a time of day"),
    ({"mon": ["24:00-06:00"]}, "not a time of day"),  # 24:00 only as an end
    ({"mon": ["08:00-08:00"]}, "no length"),
    ({"mon": ["8-17"]}, "not a time like 08:00"),
    ({"mon": ["０８:００-１７:００"]}, "not a time like 08:00"),  # full-width digits
    ({"mon": ["08:00"]}, "not an interval"),
    ({"mon": ["08:00-12:00", "11:00-13:00"]}, "the intervals of mon overlap"),
    ({"monday": ["08:00-12:00"]}, "unknown weekday 'monday'"),
])
def test_a_bad_week_is_refused_naming_the_problem(weekly: dict[str, list[str]], message: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        calendar("Europe/Stockholm", weekly)
    assert refused.value.field == "weekly"


def test_an_unknown_zone_or_country_and_bad_instants_are_refused() -> None:
    with pytest.raises(ValidationError, match="unknown time zone 'Europe/Atlantis'") as zone:
        calendar("Europe/Atlantis", {})
    assert zone.value.field == "timezone"
    with pytest.raises(ValidationError, match="no public holidays are known for 'XX'") as country:
        calendar("Europe/Stockholm", {}, country="XX")
    assert country.value.field == "country"
    with pytest.raises(ValidationError, match="closure ends before it starts"):
        calendar("Europe/Stockholm", {}, closures=[(at(2026, 1, 2), at(2026, 1, 1))])
    with pytest.raises(ValidationError, match="needs a time zone") as naive:
        elapsed(OFFICE, dt.datetime(2026, 10, 5, 8), MONDAY)
    assert naive.value.field == "start"
    with pytest.raises(ValidationError, match="whole number of seconds") as seconds:
        deadline(OFFICE, MONDAY, -1)
    assert seconds.value.field == "seconds"


def test_a_region_has_its_own_holidays() -> None:
    bavaria = calendar("Europe/Berlin", {day: ["08:00-16:00"] for day in WORKDAYS}, country="DE-BY")
    berlin = calendar("Europe/Berlin", {day: ["08:00-16:00"] for day in WORKDAYS}, country="DE")
    epiphany = (dt.datetime(2026, 1, 6, tzinfo=ZoneInfo("Europe/Berlin")), dt.datetime(2026, 1, 7, tzinfo=ZoneInfo("Europe/Berlin")))
    assert elapsed(bavaria, *epiphany) == 0 and elapsed(berlin, *epiphany) == 8 * HOUR


def test_the_json_shape_of_the_command_line() -> None:
    cal = from_json({
        "timezone": "Europe/Stockholm", "weekly": {"mon": ["08:00-12:00", "13:00-17:00"]},
        "holidays": ["2026-10-12"], "closures": [["2026-10-19T08:00", "2026-10-19T10:00+02:00"]], "country": "SE",
    })
    assert elapsed(cal, at(2026, 10, 5), at(2026, 10, 27)) == 8 * HOUR + 6 * HOUR + 8 * HOUR  # the 12th off, the 19th from 10:00
    for bad, message, field in [
        ([], "a calendar is a JSON object", "calendar"), ({"weekly": {}}, "needs 'timezone'", "timezone"),
        ({"timezone": "UTC"}, "needs 'weekly'", "weekly"), ({"timezone": 3, "weekly": {}}, "'timezone' is a name", "timezone"),
        ({"timezone": "UTC", "weekly": {"mon": "08:00-17:00"}}, "'weekly' maps", "weekly"),
        ({"timezone": "UTC", "weekly": {"mon": ["08:00-12:00", 13]}}, "'weekly' maps", "weekly"),
        ({"timezone": "UTC", "weekly": {}, "holidays": ["24/12"]}, "a holiday is a date", "holidays"),
        ({"timezone": "UTC", "weekly": {}, "holidays": [20261224]}, "a holiday is a date", "holidays"),
        ({"timezone": "UTC", "weekly": {}, "closures": [["2026-01-01T08:00"]]}, "a closure is a pair", "closures"),
        ({"timezone": "UTC", "weekly": {}, "closures": [["soon", "2026-01-01T08:00"]]}, "not a date and time", "closures"),
        ({"timezone": "UTC", "weekly": {}, "closures": [["2026-01-01T08:00", 9]]}, "not a date and time", "closures"),
        ({"timezone": "UTC", "weekly": {}, "country": 46}, "'country' is a code", "country"),
        ({"timezone": "Mars/Olympus", "weekly": {}}, "unknown time zone", "timezone"),
        ({"timezone": "UTC", "weekly": {}, "holiday": ["2026-12-24"]}, "unknown key 'holiday'", "calendar"),  # a typo is not ignored
    ]:
        with pytest.raises(ValidationError, match=message) as refused:
            from_json(bad)
        assert refused.value.field == field, bad
    swedish = from_json({"timezone": "Europe/Stockholm", "weekly": {"fri": ["08:00-17:00"]}, "country": "SE"})
    assert elapsed(swedish, at(2026, 12, 25), at(2026, 12, 26)) == 0  # Christmas Day, a Friday: the country counts


# ------------------------------------------------------------------ properties

instants = st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2028, 12, 31), timezones=st.just(STOCKHOLM))
durations = st.integers(min_value=0, max_value=400 * HOUR)
CALENDARS = {  # drawn by name: Hypothesis prints what it draws, and a used calendar holds its years laid out
    "office": OFFICE, "always": ALWAYS,
    "nights": calendar("Asia/Ho_Chi_Minh", {day: ["22:00-06:00"] for day in WORKDAYS}, country="VN"),
}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(CALENDARS)), instants, durations)
def test_the_time_to_a_deadline_is_the_time_asked_for(name: str, start: dt.datetime, seconds: int) -> None:
    cal = CALENDARS[name]
    due = deadline(cal, start.replace(microsecond=0), seconds)
    assert elapsed(cal, start.replace(microsecond=0), due) == seconds
    assert due.timestamp() >= start.replace(microsecond=0).timestamp()  # as instants: wall times repeat in autumn


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(CALENDARS)), instants, instants, instants)
def test_elapsed_adds_up_is_monotone_and_never_exceeds_the_clock(
    name: str, a: dt.datetime, b: dt.datetime, c: dt.datetime
) -> None:
    cal = CALENDARS[name]
    first, middle, last = sorted((moment.replace(microsecond=0) for moment in (a, b, c)), key=dt.datetime.timestamp)
    whole = elapsed(cal, first, last)
    assert whole == elapsed(cal, first, middle) + elapsed(cal, middle, last)
    assert elapsed(cal, first, middle) <= whole <= last.timestamp() - first.timestamp()


@settings(max_examples=100, deadline=None)
@given(instants, durations, st.lists(st.tuples(instants, st.integers(min_value=0, max_value=72 * HOUR)), max_size=3))
def test_with_pauses_the_deadline_is_still_the_time_asked_for(
    start: dt.datetime, seconds: int, holds: list[tuple[dt.datetime, int]]
) -> None:
    start = start.replace(microsecond=0)
    pauses = [(begin.replace(microsecond=0), begin.replace(microsecond=0) + dt.timedelta(seconds=length)) for begin, length in holds]
    due = deadline(OFFICE, start, seconds, pauses)
    assert elapsed(OFFICE, start, due, pauses) == seconds
    assert due.timestamp() >= deadline(OFFICE, start, seconds).timestamp()  # a pause never brings a deadline forward


def test_a_calendar_is_a_value_whatever_it_has_answered() -> None:
    used = calendar("Europe/Stockholm", {"mon": ["08:00-17:00"]}, country="SE")
    fresh = calendar("Europe/Stockholm", {"mon": ["08:00-17:00"]}, country="SE")
    elapsed(used, MONDAY, MONDAY + dt.timedelta(days=900))  # lays out three years in ``used`` only
    assert used == fresh and hash(used) == hash(fresh) and {fresh: "found"}[used] == "found"
    assert "_layout" not in repr(used) and "_recent" not in repr(used) and "_new_years" not in repr(used)
    assert used != calendar("Europe/Stockholm", {"mon": ["08:00-16:00"]}, country="SE")
    assert used.zone == STOCKHOLM


def test_a_weekend_calendar_counts_saturday_and_sunday() -> None:
    shop = calendar("Europe/Stockholm", {"sat": ["10:00-14:00"], "sun": ["11:00-15:00"]})
    assert elapsed(shop, MONDAY, MONDAY + dt.timedelta(days=7)) == 8 * HOUR
    assert deadline(shop, MONDAY, 5 * HOUR) == at(2026, 10, 11, 12)  # Saturday's four hours, then Sunday from 11:00


def test_minutes_count_and_adjacent_intervals_join() -> None:
    quarter = calendar("Europe/Stockholm", {"mon": ["08:30-12:15", "12:15-12:59"]})  # touching: allowed
    assert elapsed(quarter, MONDAY, MONDAY + dt.timedelta(days=1)) == 3 * HOUR + 45 * 60 + 44 * 60
    assert deadline(quarter, MONDAY, 60) == at(2026, 10, 5, 8, 31)


@pytest.mark.parametrize("weekly", [{"mon": ["08:00-25:00"]}, {"mon": ["24:30-06:00"]}])
def test_no_hour_past_24_is_a_time(weekly: dict[str, list[str]]) -> None:
    with pytest.raises(ValidationError, match="not a time of day"):
        calendar("Europe/Stockholm", weekly)


@pytest.mark.parametrize("zone", ["", "../../etc/passwd", "/etc/localtime", "Europe/../Stockholm"])
def test_a_hostile_zone_name_is_only_an_unknown_zone(zone: str) -> None:
    with pytest.raises(ValidationError, match="unknown time zone") as refused:
        calendar(zone, {})
    assert refused.value.field == "timezone"
    with pytest.raises(ValidationError, match="unknown time zone"):
        from_json({"timezone": zone, "weekly": {}})


def test_a_closure_needs_two_zoned_instants_and_some_length() -> None:
    naive = dt.datetime(2026, 10, 5, 9)
    for start, end in [(naive, at(2026, 10, 5, 10)), (at(2026, 10, 5, 9), naive.replace(hour=10))]:
        with pytest.raises(ValidationError, match="a closure's instants need a time zone") as refused:
            calendar("Europe/Stockholm", {}, closures=[(start, end)])
        assert refused.value.field == "closures"
    with pytest.raises(ValidationError, match="a closure ends before it starts") as empty:
        calendar("Europe/Stockholm", {}, closures=[(at(2026, 10, 5, 9), at(2026, 10, 5, 9))])
    assert empty.value.field == "closures"


def test_an_instant_is_read_in_the_calendars_zone_unless_it_says_its_own() -> None:
    assert read_instant("2026-10-05T08:00", STOCKHOLM) == at(2026, 10, 5, 8)
    assert read_instant("2026-10-05T08:00Z", STOCKHOLM) == at(2026, 10, 5, 10)
    for bad in (None, 20261005, "next Monday"):
        with pytest.raises(ValidationError, match="is not a date and time like 2026-10-05T08:00") as refused:
            read_instant(bad, STOCKHOLM)
        assert refused.value.field == "start"


def test_west_of_greenwich_new_year_comes_later_than_in_utc() -> None:
    york = ZoneInfo("America/New_York")
    always = calendar("America/New_York", {day: ["00:00-24:00"] for day in WEEKDAYS}, holidays=[dt.date(2027, 1, 1)])
    eve = dt.datetime(2026, 12, 31, 12, tzinfo=york)
    assert elapsed(always, eve, eve + dt.timedelta(days=2)) == 24 * HOUR  # 1 January local is off, all 24 h of it
    assert deadline(always, eve, 13 * HOUR) == dt.datetime(2027, 1, 2, 1, tzinfo=york)


def test_fractions_of_a_second_are_dropped_towards_the_past() -> None:
    before_1970 = dt.datetime(1969, 12, 31, 23, 59, 58, 500_000, tzinfo=dt.UTC)
    assert elapsed(ALWAYS, before_1970, dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) == 2  # 23:59:58, not 23:59:59


def test_pauses_are_merged_once_each_and_a_reversed_one_is_no_pause() -> None:
    pauses = [
        (at(2026, 10, 5, 8, 30), at(2026, 10, 5, 9)),  # half an hour
        (at(2026, 10, 5, 13), at(2026, 10, 5, 15)),  # two hours ...
        (at(2026, 10, 5, 13, 30), at(2026, 10, 5, 14)),  # ... this one inside it
        (at(2026, 10, 5, 14, 30), at(2026, 10, 5, 16)),  # ... and this one running on past it: to 16:00
    ]
    assert elapsed(OFFICE, MONDAY, at(2026, 10, 5, 17), pauses) == 8 * HOUR - HOUR // 2 - 3 * HOUR
    reversed_pause = [(at(2026, 10, 5, 10), at(2026, 10, 5, 9))]
    assert deadline(OFFICE, MONDAY, 3 * HOUR, reversed_pause) == deadline(OFFICE, MONDAY, 3 * HOUR) == at(2026, 10, 5, 11)
    assert elapsed(OFFICE, MONDAY, at(2026, 10, 5, 17), reversed_pause) == 8 * HOUR


def test_an_evening_west_of_greenwich_belongs_to_its_own_year() -> None:
    york = ZoneInfo("America/New_York")  # 22:00 on 31 December there is already 1 January in UTC
    evenings = calendar("America/New_York", {day: ["20:00-24:00"] for day in WEEKDAYS}, holidays=[dt.date(2027, 1, 1)])
    assert elapsed(evenings, dt.datetime(2026, 12, 31, 22, tzinfo=york), dt.datetime(2027, 1, 2, 0, tzinfo=york)) == 2 * HOUR


def test_an_overnight_interval_overlapping_the_next_mornings_counts_once() -> None:
    shifts = calendar("Europe/Stockholm", {"tue": ["22:00-06:00"], "wed": ["05:00-09:00"]})
    assert elapsed(shifts, at(2026, 10, 6, 12), at(2026, 10, 7, 12)) == 11 * HOUR  # 22:00 to 09:00, not 12 h
    assert deadline(shifts, at(2026, 10, 6, 12), 10 * HOUR) == at(2026, 10, 7, 8)
    inside = calendar("Europe/Stockholm", {"tue": ["22:00-06:00"], "wed": ["01:00-03:00"]})  # wholly within the night
    assert elapsed(inside, at(2026, 10, 6, 12), at(2026, 10, 7, 12)) == 8 * HOUR
