"""Deadlines as an iCalendar file, read back field by field; written whole or not at all."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import icalendar
import pytest

from slamdesk.core.renewals import calendar_file
from slamdesk.core.renewals.standing import Deadline, Due

FOUND = (
    Deadline(dt.date(2026, 12, 2), "SLA-2026-0002", "Công ty TNHH Phần mềm Sông Hồng", Due.NOTICE,
             "notice by the customer only, 90 days before 2027-03-02"),
    Deadline(dt.date(2027, 2, 28), "SLA-2026-0003", "PT Nusantara", Due.CONFIRM, "confirm the renewal"),
)
MADE = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_each_deadline_is_an_all_day_event_with_a_stable_uid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Stockholm")  # a machine whose own zone is not UTC
    time.tzset()
    written = calendar_file.calendar_bytes(FOUND, MADE)
    monkeypatch.delenv("TZ")
    time.tzset()
    assert b"DTSTAMP:20261123T083000Z" in written  # in UTC, whatever the machine's zone
    calendar = icalendar.Calendar.from_ical(written)
    assert (str(calendar["prodid"]), str(calendar["version"]), str(calendar["x-wr-calname"])) == (
        "-//slamdesk//deadlines//EN", "2.0", "slamdesk deadlines")
    events = calendar.walk("VEVENT")
    assert [str(event["uid"]) for event in events] == [
        "SLA-2026-0002-notice-2026-12-02@slamdesk", "SLA-2026-0003-confirm-2027-02-28@slamdesk"]
    first, second = events
    assert first.decoded("dtstart") == dt.date(2026, 12, 2) and first.decoded("dtend") == dt.date(2026, 12, 3)
    assert second.decoded("dtend") == dt.date(2027, 3, 1)  # the day after, across a month's end
    assert first.decoded("dtstamp") == dt.datetime(2026, 11, 23, 8, 30, tzinfo=dt.UTC)  # made, in UTC
    assert str(first["summary"]) == "SLA-2026-0002: notice deadline (Công ty TNHH Phần mềm Sông Hồng)"
    assert str(first["description"]) == "notice by the customer only, 90 days before 2027-03-02"
    assert [str(category) for category in first["categories"].cats] == ["slamdesk", "notice deadline"]
    assert calendar_file.calendar_bytes(FOUND, MADE) == calendar_file.calendar_bytes(FOUND, MADE)  # same input, same file
    assert icalendar.Calendar.from_ical(calendar_file.calendar_bytes((), MADE)).walk("VEVENT") == []


def test_the_file_is_written_whole_through_a_partial_one_that_never_stays(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "deadlines.ics"
    out.write_bytes(b"the old file")
    calendar_file.write_calendar(FOUND, out, MADE)
    assert out.read_bytes() == calendar_file.calendar_bytes(FOUND, MADE)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["deadlines.ics"]

    def refused(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(calendar_file.os, "replace", refused)
    with pytest.raises(OSError):
        calendar_file.write_calendar(FOUND[:1], out, MADE)
    assert out.read_bytes() == calendar_file.calendar_bytes(FOUND, MADE)  # the old file, whole
    assert sorted(path.name for path in tmp_path.iterdir()) == ["deadlines.ics"]  # no partial left
