"""An empty register says why it is empty and what to do: clear the filters, or draft the first agreement or
load the demo portfolio."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from slamdesk.core import register, users
from slamdesk.core.db import Database
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.register.empty_state import NO_AGREEMENTS, NO_MATCH
from tests.ui.shots import shoot


def test_no_match_says_so_and_clear_filters_brings_the_agreements_back(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.register
    panel.search.setText("no agreement is called this")
    panel.apply_filter()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)
    assert panel.empty.message.text() == NO_MATCH
    assert panel.empty.clear_button.isVisible() and not panel.empty.demo_button.isVisible()
    shoot(window, "register_no_match")
    qtbot.mouseClick(panel.empty.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.table)
    assert panel.model.total == 10 and panel.search.text() == ""


def test_an_empty_register_offers_the_first_agreement_and_the_demo(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    db = Database.open(tmp_path / "empty.db")
    main = MainWindow(AppContext(db, users.get_actor(db)), settings=settings, watch_ms=0)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    panel = main.register
    assert panel.stack.currentWidget() is panel.empty and panel.empty.message.text() == NO_AGREEMENTS
    assert panel.empty.new_button.isVisible() and panel.empty.demo_button.isVisible()
    assert not panel.empty.clear_button.isVisible()
    shoot(main, "register_empty")
    qtbot.mouseClick(panel.empty.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.table, timeout=20000)
    assert panel.model.total == register.count_agreements(db) == 10
    db.close()
