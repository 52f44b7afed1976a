"""Measuring's refusals reach the person in their language: a calendar with a time zone nobody knows."""

from __future__ import annotations

import pytest

from slamdesk.core import words
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, ValidationError
from slamdesk.core.monitoring import calendar_library
from slamdesk.core.roles import Actor


def test_a_calendar_refused_in_ukrainian_and_swedish(db: Database, admin: Actor) -> None:
    office = {"timezone": "Mars/Olympus", "weekly": {"mon": ["08:00-17:00"]}}
    try:
        words.set_language("uk")
        with pytest.raises(ValidationError) as refused:
            calendar_library.save_calendar(db, admin, "Office", office)
        assert str(refused.value) == "невідомий часовий пояс 'Mars/Olympus'" and refused.value.field == "timezone"
        words.set_language("sv")
        with pytest.raises(ValidationError, match="^okänd tidszon 'Mars/Olympus'$"):
            calendar_library.save_calendar(db, admin, "Office", office)
        with pytest.raises(NotFoundError) as missing:
            calendar_library.get_calendar(db, "Office", 3)
        assert str(missing.value) == "ingen kalender 'Office' version 3"
    finally:
        words.set_language("en")
