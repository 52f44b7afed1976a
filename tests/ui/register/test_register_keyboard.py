"""The register from the keyboard: arrows move the selected agreement, Tab leaves the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slamdesk.ui.main_window import MainWindow


def test_arrows_move_the_selection_and_tab_leaves_the_table(window: MainWindow, qtbot: QtBot) -> None:
    table = window.register.table
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(0)
    first = window.register.selected_row()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.register.selected_row()
    assert first is not None and second is not None and second.number != first.number
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not table  # the next control, not the next cell
    assert window.register.selected_row() == second  # and the selected agreement stayed
