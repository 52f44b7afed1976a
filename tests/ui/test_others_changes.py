"""What a colleague saves at another desk appears in the open window, without F5."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow


def test_another_desks_change_appears_in_the_register(window: MainWindow, people: dict[str, Actor]) -> None:
    model = window.register.model
    number = next(model.row_data(r).number for r in range(model.rowCount())
                  if model.row_data(r).status is Status.SIGNED)
    assert not window.read_others_changes()  # nothing saved elsewhere yet

    other_desk = Database.open(window.context.db.target)
    agreements.activate(other_desk, people["anna"], number)
    other_desk.close()

    assert window.read_others_changes()
    row = model.find(number)
    assert row is not None and model.row_data(row).status is Status.ACTIVE
    assert window.statusBar().currentMessage() == "Updated with changes saved elsewhere"
    assert not window.read_others_changes()  # read once


def test_a_window_looks_every_few_seconds_unless_told_not_to(qtbot: QtBot, context: AppContext, settings: QSettings) -> None:
    watching = MainWindow(context, settings=settings)
    qtbot.addWidget(watching)
    assert watching.watch_timer.isActive() and 0 < watching.watch_timer.interval() <= 5000
    quiet = MainWindow(context, settings=settings, watch_ms=0)
    qtbot.addWidget(quiet)
    assert not quiet.watch_timer.isActive()
