"""The main window and the team database dialog in Swedish, Vietnamese, Indonesian and Ukrainian: the window over
the demo (its menus, toolbar, register headers, detail dock and reminders as they first show), the restore
confirmation and the team database dialog leave no English word (data aside); no two menus, no two entries of a
menu and no two texts of the team database dialog share a mnemonic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core.backup import BackupInfo
from slamdesk.core.db import Database
from slamdesk.ui.context import AppContext
from slamdesk.ui.database.team_dialog import TeamDatabaseDialog
from slamdesk.ui.main_window import MainWindow
from tests.ui.languages import TRANSLATED, english_left, in_language
from tests.ui.test_mnemonics import clashes, menu_clashes, widget_texts

# Translated, and spelled as the English word is: Swedish and Indonesian say "Register" and "Status" (the register
# panel's), Swedish "Start".
SAME = {"sv": {"Register", "Status", "Status:", "Start"}, "id": {"Register", "Status", "Status:"}}


def _main_window(qtbot: QtBot, context: AppContext, settings: QSettings) -> MainWindow:
    window = MainWindow(context, settings=settings, watch_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def _data(window: MainWindow) -> set[str]:
    """What the window shows as it is in every language: the database's name, and the customers, services,
    levels and currencies the register's filters offer (each after its "any" entry)."""
    filters = window.register.filters
    return {window.windowTitle()} | {combo.itemText(i) for combo in (filters.customer, filters.service, filters.level,
                                                                      filters.currency) for i in range(1, combo.count())}


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_main_window_over_the_demo(
    qtbot: QtBot, context: AppContext, demo_db: Database, settings: QSettings, language: str
) -> None:
    english = _main_window(qtbot, context, settings)
    allowed = _data(english)
    english.close()
    assert english_left(lambda: _main_window(qtbot, context, settings), language, allowed | SAME.get(language, set())) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_menus_have_one_mnemonic_per_letter(
    qtbot: QtBot, context: AppContext, settings: QSettings, language: str
) -> None:
    """No two menus of the menu bar, no two entries of one menu, and no menu and text of the window share a
    mnemonic."""
    with in_language(language):
        window = _main_window(qtbot, context, settings)
        bar = [("menu", action.text()) for action in window.menuBar().actions()]
        assert clashes(bar) == {}
        assert clashes(bar + widget_texts(window)) == {}  # the menus and every text of the window: one per letter
        for action in window.menuBar().actions():
            assert menu_clashes(action.menu(), action.text()) == {}  # type: ignore[arg-type]
        window.close()


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_restore_confirmation(window: MainWindow, tmp_path: Path, language: str) -> None:
    info = BackupInfo(tmp_path / "slamdesk-2026-11-23-140500.db", 48_128, dt.datetime(2026, 11, 23, 14, 5), "0042")
    assert english_left(lambda: window.backups.confirm(info), language, [info.path.name]) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_team_database_dialog(qtbot: QtBot, settings: QSettings, language: str) -> None:
    def make() -> QWidget:
        dialog = TeamDatabaseDialog(settings)
        qtbot.addWidget(dialog)
        return dialog

    assert english_left(make, language, ["db.example.lan"]) == []
    with in_language(language):
        dialog = make()
        dialog.show()
        assert clashes(widget_texts(dialog)) == {}


@pytest.mark.parametrize("language", ["vi", "uk", "en"])
def test_no_date_in_the_register_is_cut(
    qtbot: QtBot, context: AppContext, demo_db: Database, settings: QSettings, language: str
) -> None:
    from slamdesk.ui.register.register_model import Column

    with in_language(language):
        window = _main_window(qtbot, context, settings)
        window.show()
        table = window.register.table
        qtbot.waitUntil(lambda: table.model().rowCount() >= 10, timeout=10_000)
        widths = {column: table.columnWidth(column) for column in (Column.START, Column.END)}
        texts = [str(table.model().index(row, column).data()) for row in range(table.model().rowCount())
                 for column in widths]
        if language == "vi":
            assert "14 thg 12, 2024" in texts  # two-digit days and months, the widest
        for row in range(table.model().rowCount()):
            for column, width in widths.items():
                shown = str(table.model().index(row, column).data())
                assert table.fontMetrics().horizontalAdvance(shown) + 8 <= width, (shown, width)
        window.close()
