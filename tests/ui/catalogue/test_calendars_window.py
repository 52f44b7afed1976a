"""Business-hours calendars in their window, and a level's Calendar field naming one of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError
from slamdesk.core.monitoring import calendar_library
from slamdesk.core.roles import Actor
from slamdesk.ui.catalogue.calendars_window import CalendarsWindow
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.context import AppContext

OFFICE = {"timezone": "Europe/Stockholm", "country": "SE",
          "weekly": {day: ["08:00-12:00", "13:00-17:00"] for day in ("mon", "tue", "wed", "thu", "fri")}}


@pytest.fixture
def calendars(qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]) -> Iterator[CalendarsWindow]:
    window = CalendarsWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.loaded = window._form()  # nothing to ask about when the test closes it


def test_a_new_calendar_is_typed_and_saved_as_version_1(calendars: CalendarsWindow, demo_db: Database) -> None:
    assert calendars.names.count() == 0 and "No calendar is stored yet" in calendars.summary.text()
    calendars.new_calendar()
    assert [calendars.days[day].text() for day in ("mon", "fri", "sat")] == ["08:00-17:00", "08:00-17:00", ""]
    assert calendars.unsaved_edits() == "New calendar"
    calendars.name.setText("Hà Nội office")
    calendars.timezone.setText("Asia/Ho_Chi_Minh")
    calendars.country.setText("vn")
    calendars.days["mon"].setText("08:00-12:00; 13:30-17:30")
    calendars.holidays.setPlainText("2026-12-31\n2026-12-24")
    calendars.closures.setPlainText("2026-12-23T12:00 / 2026-12-23T17:00")
    assert calendars.save()
    stored = calendar_library.get_calendar(demo_db, "Hà Nội office")
    assert stored.version == 1 and stored.definition == {
        "timezone": "Asia/Ho_Chi_Minh", "country": "VN", "holidays": ["2026-12-24", "2026-12-31"],
        "closures": [["2026-12-23T12:00", "2026-12-23T17:00"]],
        "weekly": {"mon": ["08:00-12:00", "13:30-17:30"], **{d: ["08:00-17:00"] for d in ("tue", "wed", "thu", "fri")}},
    }
    assert calendars.names.currentItem().text() == "Hà Nội office" and calendars.unsaved_edits() is None
    assert calendars.summary.text().startswith("Version 1, saved ")
    assert "Mon 08:00-12:00, 13:30-17:30; Tue-Fri 08:00-17:00; VN public holidays" in calendars.summary.text()


def test_a_mistake_is_shown_beside_its_field_and_nothing_is_stored(calendars: CalendarsWindow, demo_db: Database) -> None:
    calendars.new_calendar()
    calendars.name.setText("Broken")
    calendars.days["tue"].setText("08:00-12:00, 11:00-13:00")
    assert not calendars.save()
    assert "overlap" in calendars.errors.label("weekly.tue").text()
    calendars.days["tue"].setText("08:00-17:00")
    assert calendars.errors.label("weekly.tue").text() == ""  # taken away once the day is edited
    calendars.timezone.setText("Europe/Stokholm")
    assert not calendars.save()
    assert "unknown time zone" in calendars.errors.label("timezone").text()
    with pytest.raises(NotFoundError):
        calendar_library.get_calendar(demo_db, "Broken")


def test_saving_a_change_keeps_the_old_version(
    calendars: CalendarsWindow, demo_db: Database, people: dict[str, Actor]
) -> None:
    calendar_library.save_calendar(demo_db, people["anna"], "Office", OFFICE)
    calendars.reload(select="Office")
    assert calendars.days["mon"].text() == "08:00-12:00, 13:00-17:00" and calendars.country.text() == "SE"
    calendars.days["fri"].setText("08:00-15:00")
    assert calendars.unsaved_edits() == "Calendar Office"
    assert calendars.save()
    history = calendar_library.calendar_history(demo_db, "Office")
    assert [c.version for c in history] == [1, 2] and history[0].definition["weekly"]["fri"] == ["08:00-12:00", "13:00-17:00"]
    assert calendars.summary.text().startswith("Version 2")


def test_someone_who_may_not_keep_calendars_is_told_and_nothing_is_stored(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    window = CalendarsWindow(AppContext(demo_db, people["linh"]))
    qtbot.addWidget(window)
    window.new_calendar()
    window.name.setText("Legal's calendar")
    assert not window.save()
    assert shown_errors and "keep business-hours calendars" in shown_errors[0][1]
    assert calendar_library.list_calendars(demo_db) == []
    window.loaded = window._form()


def test_closing_with_unsaved_edits_asks_first(calendars: CalendarsWindow, qtbot: QtBot) -> None:
    calendars.new_calendar()
    calendars.name.setText("Half typed")
    calendars.close()
    assert calendars.isVisible() and isinstance(calendars.unsaved_box, QMessageBox)
    calendars.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
    assert not calendars.isVisible()


def test_a_level_names_a_stored_calendar_and_says_what_it_is(
    qtbot: QtBot, context: AppContext, demo_db: Database, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    editor = CatalogueEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    editor.select_service_code("SD")
    form = editor.form_of("Gold")
    assert "Not a stored calendar" in form.calendar_hint.text()  # the demo's words: "Mon-Fri 08:00-17:00, ..."
    window = editor.open_calendars()
    window.new_calendar()
    window.name.setText("Göteborg office")
    assert window.save()  # the level forms learn of it at once
    assert "Göteborg office" in form.calendar_names.stringList()
    form.calendar.setText("Göteborg office")
    assert form.calendar_hint.text().startswith("Version 1: Europe/Stockholm; Mon-Fri 08:00-17:00")
    form.calendar.setText("")
    assert form.calendar_hint.text().startswith("No calendar: agreements are measured in each line's hours")
    window.loaded = window._form()
    window.close()
    editor.undo_stack.setClean()
    editor.state = None
