"""Named business-hours calendars in the database, by version (``core.monitoring.calendar_library``)."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.monitoring import calendar_library as library
from slamdesk.core.monitoring.calendars import elapsed
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent

OFFICE = {"timezone": "Europe/Stockholm", "weekly": {d: ["08:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}}
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def test_a_saved_calendar_is_read_back_and_measures(db: Database, admin: Actor) -> None:
    saved = library.save_calendar(db, admin, "  Stockholm office ", OFFICE)
    assert (saved.name, saved.version, saved.definition) == ("Stockholm office", 1, OFFICE)
    read = library.get_calendar(db, "Stockholm office")
    assert read == saved and read.created_at.tzinfo is not None
    monday = dt.datetime(2026, 10, 5, 8, tzinfo=STOCKHOLM)
    assert elapsed(read.calendar, monday, monday + dt.timedelta(days=1)) == 9 * 3600


def test_a_change_is_a_new_version_and_the_old_one_stays(db: Database, admin: Actor) -> None:
    library.save_calendar(db, admin, "Office", OFFICE)
    assert library.save_calendar(db, admin, "Office", json.loads(json.dumps(OFFICE))).version == 1  # unchanged: nothing new
    reordered = {"weekly": dict(reversed(list(OFFICE["weekly"].items()))), "timezone": OFFICE["timezone"]}
    assert library.save_calendar(db, admin, "Office", reordered).version == 1  # the same calendar, written in another order
    later = {**OFFICE, "holidays": ["2026-12-24"], "country": "SE"}
    assert library.save_calendar(db, admin, "Office", later).version == 2
    assert library.save_calendar(db, admin, "Office", OFFICE).version == 3  # back as it was: a third version
    assert library.get_calendar(db, "Office", 2).definition == later
    assert library.get_calendar(db, "Office", 1).definition == OFFICE  # what version 1 measured, it measures still
    assert [c.version for c in library.calendar_history(db, "Office")] == [1, 2, 3]
    assert library.get_calendar(db, "Office").version == 3  # without a version: the newest
    library.save_calendar(db, admin, "Hanoi", {"timezone": "Asia/Ho_Chi_Minh", "weekly": {}, "country": "VN"})
    assert [(c.name, c.version) for c in library.list_calendars(db)] == [("Hanoi", 1), ("Office", 3)]
    with db.read() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "calendar.save")))
    assert [(e.entity_type, json.loads(e.detail)["name"], json.loads(e.detail)["version"]) for e in events] == [
        ("business_calendar", "Office", 1), ("business_calendar", "Office", 2), ("business_calendar", "Office", 3),
        ("business_calendar", "Hanoi", 1),
    ]


def test_a_bad_calendar_or_name_stores_nothing(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="not a time of day"):
        library.save_calendar(db, admin, "Office", {"timezone": "UTC", "weekly": {"mon": ["25:00-26:00"]}})
    with pytest.raises(ValidationError, match="a calendar needs a name") as nameless:
        library.save_calendar(db, admin, "   ", OFFICE)
    assert nameless.value.field == "name"
    with pytest.raises(ValidationError, match="the calendar's name can be at most 120 characters") as long_name:
        library.save_calendar(db, admin, "x" * 121, OFFICE)
    assert long_name.value.field == "name"
    assert library.save_calendar(db, admin, "x" * 120, OFFICE).version == 1
    assert library.list_calendars(db)[0].name == "x" * 120
    with pytest.raises(ValidationError, match="unknown time zone"):
        library.save_calendar(db, admin, "Office", {"timezone": "Nowhere/Town", "weekly": {}})



def test_unknown_names_and_versions_are_said_plainly(db: Database, admin: Actor) -> None:
    library.save_calendar(db, admin, "Office", OFFICE)
    with pytest.raises(NotFoundError, match="^no calendar 'Factory'$"):
        library.get_calendar(db, "Factory")
    with pytest.raises(NotFoundError, match="no calendar 'Office' version 9"):
        library.get_calendar(db, "Office", 9)
    with pytest.raises(ValidationError, match="a number from 1") as zero:
        library.get_calendar(db, "Office", 0)
    assert zero.value.field == "version"
    with pytest.raises(NotFoundError, match="no calendar"):
        library.calendar_history(db, "' OR 1=1 --")


def test_only_representatives_and_administrators_keep_calendars(demo_db: Database, people: dict[str, Actor]) -> None:
    for reader in ("linh", "budi", "sofia"):
        with pytest.raises(PermissionDenied, match="cannot keep business-hours calendars"):
            library.save_calendar(demo_db, people[reader], "Office", OFFICE)
        with pytest.raises(PermissionDenied):  # asked who they are before what they typed
            library.save_calendar(demo_db, people[reader], "  ", {"not": "a calendar"})
    assert library.list_calendars(demo_db) == []
    assert library.save_calendar(demo_db, people["anna"], "Office", OFFICE).version == 1
