"""The values of an imported row (``core.monitoring.import_values``): text, instants, whole numbers and minutes.

What a person importing a file sees: what is stored for a cell, or the reason its row is bad.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring.import_values import RowError, instant, minutes, number, words, zone

UTC = dt.UTC
STOCKHOLM = ZoneInfo("Europe/Stockholm")
BROKEN = RowError("line 3 has 9 fields where the header has 8")


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


# Zones ---------------------------------------------------------------------------------------


def test_no_zone_given_is_none_and_a_zone_is_read() -> None:
    assert zone(None) is None and zone("") is None
    assert zone("Europe/Oslo") == ZoneInfo("Europe/Oslo")


@pytest.mark.parametrize("name", ["Mars/Olympus", "../etc/passwd"])
def test_a_zone_that_does_not_exist_is_refused_naming_it(name: str) -> None:
    with pytest.raises(ValidationError, match=f"'{name}' is not a time zone \\(e.g. Europe/Stockholm\\)") as refused:
        zone(name)
    assert refused.value.field == "timezone"


# Text ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "stored"), [
    (None, ""), ("", ""), ("Service desk", "Service desk"), ("  Service desk ", "Service desk"),
    ("Go\u0308teborg", "Göteborg"), ("Göteborg", "Göteborg"), (True, "true"), (False, "false"), (4711.0, "4711"),
    (47.5, "47.5"), (4711, "4711"), (Decimal("4.10"), "4.10"), ("abc", "abc"),
])
def test_a_cell_is_stored_as_clean_text(value: Any, stored: str) -> None:
    assert words(value, "the site", 12) == stored


@pytest.mark.parametrize(("value", "reason"), [
    ("a\tb", "the site contains a control character (U+0009 TAB) at character 2"),
    ("a\nb", "the site contains a line break at character 2"),
    ("abcdefghijklm", "the site can be at most 12 characters (this one has 13)"),
    (["a"], "the site is not text"),
    (dt.date(2026, 10, 5), "the site is not text"),
])
def test_a_cell_that_cannot_be_text_makes_its_row_bad(value: Any, reason: str) -> None:
    with pytest.raises(RowError) as bad:
        words(value, "the site", 12)
    assert str(bad.value).startswith(reason)


@pytest.mark.parametrize("value", [None, "", "   "])
def test_a_required_cell_left_empty_is_missing(value: Any) -> None:
    with pytest.raises(RowError, match="^the id is missing$"):
        words(value, "the id", 12, required=True)


def test_a_row_already_broken_stays_broken_whatever_its_value(monkeypatch: pytest.MonkeyPatch) -> None:
    for read in (lambda: words(BROKEN, "the id", 12), lambda: instant(BROKEN, "created", "line 3", UTC),
                 lambda: number(BROKEN, "csat", 1, 5), lambda: minutes(BROKEN, "on hold")):
        with pytest.raises(RowError) as bad:
            read()
        assert bad.value is BROKEN


# Instants ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "stored"), [
    ("2026-10-05T09:12:00+02:00", "2026-10-05T07:12:00"),
    ("2026-10-05T07:12:00Z", "2026-10-05T07:12:00"),
    (" 2026-10-05 09:12:33 +0200 ", "2026-10-05T07:12:33"),
    ("2026-10-05 09:12:33-0130", "2026-10-05T10:42:33"),
    ("2026-10-05 09:12:33.75 +02:00", "2026-10-05T07:12:33"),
    ("2026-10-05T09:12:00", "2026-10-05T07:12:00"),  # no offset: read in Stockholm (summer time)
    ("2026-12-05T09:12:00", "2026-12-05T08:12:00"),  # winter time
    (dt.datetime(2026, 10, 5, 9, 12, 0, 999_999), "2026-10-05T07:12:00"),  # a workbook's date cell, no zone
    (dt.datetime(2026, 10, 5, 9, 12, tzinfo=UTC), "2026-10-05T09:12:00"),
])
def test_an_instant_is_stored_in_utc_to_the_second(value: Any, stored: str) -> None:
    moment = instant(value, "created", "line 2", STOCKHOLM)
    assert moment == utc(stored) and moment.tzinfo is UTC


@pytest.mark.parametrize("value", [None, "", "   "])
def test_an_empty_instant_is_none(value: Any) -> None:
    assert instant(value, "resolved", "line 2", None) is None


@pytest.mark.parametrize(("value", "reason"), [
    ("yesterday", "created 'yesterday' is not a date and time"),
    ("  2026-13-05 ", "created '2026-13-05' is not a date and time"),
    (45123, "created 45123 is not a date and time"),
    (dt.date(2026, 10, 5), "created datetime.date(2026, 10, 5) is not a date and time"),
])
def test_what_is_not_an_instant_makes_its_row_bad(value: Any, reason: str) -> None:
    with pytest.raises(RowError) as bad:
        instant(value, "created", "line 2", STOCKHOLM)
    assert str(bad.value) == reason


@pytest.mark.parametrize("value", ["2026-10-07 10:00", dt.datetime(2026, 10, 7, 10, 0)])
def test_a_time_without_a_zone_in_an_import_without_one_refuses_the_file(value: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        instant(value, "'created'", "line 4", None)
    assert str(refused.value).startswith(f"line 4, 'created': '{value}' has no time zone; give the zone the file's times are in "
                                         "(--timezone, e.g. Europe/Stockholm)")
    assert refused.value.field == "timezone"


FORMATS = ("%d/%b/%y %I:%M %p", "%m/%d/%Y %H:%M")


@pytest.mark.parametrize(("value", "stored"), [
    ("05/Oct/26 9:12 AM", "2026-10-05T09:12:00"),
    ("05/oct/26 9:12 PM", "2026-10-05T21:12:00"),
    ("05/OCT/26 12:05 AM", "2026-10-05T00:05:00"),
    ("05/Oct/26 12:05 PM", "2026-10-05T12:05:00"),
    ("05/Oct/26 1:05 p.m.", "2026-10-05T13:05:00"),
    ("05/Dec/26 11:59 pm", "2026-12-05T23:59:00"),
    ("10/05/2026 14:30", "2026-10-05T14:30:00"),
])
def test_an_instant_in_one_of_the_layouts_formats_is_read_in_english(value: str, stored: str) -> None:
    assert instant(value, "created", "line 2", UTC, FORMATS) == utc(stored)


@pytest.mark.parametrize("value", ["05/Okt/26 9:12 AM", "05/Oct/26 13:12 PM", "05/Oct/26 0:12 AM", "05/Oct/26 9:12",
                                   "05 10 26 9:12 AM"])
def test_an_instant_not_in_any_format_makes_its_row_bad(value: str) -> None:
    with pytest.raises(RowError, match="is not a date and time"):
        instant(value, "created", "line 2", UTC, FORMATS)


# Numbers and minutes --------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "stored"), [
    (None, None), ("", None), ("  ", None), ("1", 1), (" 5 ", 5), (3, 3), (4.0, 4), ("2.0", 2), (Decimal("5"), 5),
])
def test_a_score_is_a_whole_number_in_its_range(value: Any, stored: int | None) -> None:
    assert number(value, "csat", 1, 5) == stored


@pytest.mark.parametrize("value", ["0", "6", "2.5", "abc", "NaN", "Infinity", True, "-1", "1e1"])
def test_a_score_out_of_range_or_not_whole_makes_its_row_bad(value: Any) -> None:
    with pytest.raises(RowError) as bad:
        number(value, "csat", 1, 5)
    assert str(bad.value) == f"csat is '{value}'; it is a whole number from 1 to 5"


@pytest.mark.parametrize(("value", "seconds"), [
    (None, None), ("", None), (" ", None), ("0", 0), ("1.5", 90), (" 30 ", 1800), (2, 120), ("10000000", 600_000_000),
    ("0.01", 0),
])
def test_minutes_on_hold_are_a_duration(value: Any, seconds: int | None) -> None:
    assert minutes(value, "on hold") == (None if seconds is None else dt.timedelta(seconds=seconds))


@pytest.mark.parametrize("value", ["-1", "-0.5", "10000000.5", "abc", "NaN", "Infinity"])
def test_minutes_below_nought_or_past_ten_million_make_the_row_bad(value: str) -> None:
    with pytest.raises(RowError) as bad:
        minutes(value, "on hold")
    assert str(bad.value) == f"on hold is '{value}'; it is a number of minutes from 0"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_english_month_name_is_read(month: int) -> None:
    name = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[month - 1]
    assert instant(f"05/{name}/26 9:12 AM", "created", "line 2", UTC, FORMATS) == dt.datetime(2026, month, 5, 9, 12, tzinfo=UTC)


class _NoOffset(dt.tzinfo):
    """A zone that knows no offset (``utcoffset`` is None): a time in it is a time without a zone."""

    def utcoffset(self, _moment: dt.datetime | None) -> None:
        return None

    def tzname(self, _moment: dt.datetime | None) -> str:
        return "?"

    def dst(self, _moment: dt.datetime | None) -> None:
        return None


def test_a_time_in_a_zone_without_an_offset_is_read_as_a_time_without_one() -> None:
    moment = dt.datetime(2026, 10, 5, 9, 12, tzinfo=_NoOffset())
    with pytest.raises(ValidationError, match="has no time zone"):
        instant(moment, "created", "line 2", None)
    assert instant(moment, "created", "line 2", STOCKHOLM) == utc("2026-10-05T07:12:00")
