"""Help ▸ Keyboard shortcuts lists what the menus' keys do; Help ▸ About says which slamdesk, which licence,
which database and which data folder; the application has its icon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slamdesk import __version__
from slamdesk.core.paths import data_dir
from slamdesk.ui.app import application
from slamdesk.ui.common.app_icon import ICON_SIZES
from slamdesk.ui.common.help import AboutDialog, ShortcutsDialog
from slamdesk.ui.main_window import MainWindow
from tests.ui.shots import shoot


def _rows(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[misc]


def test_f1_opens_the_shortcuts_as_the_menus_define_them(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = _rows(dialog)
    assert ("File", "Requirements documents", "Ctrl+Shift+R") in rows
    assert ("File", "New agreement", "Ctrl+N") in rows
    assert ("Help", "Keyboard shortcuts", "F1") in rows
    assert len({(menu, command) for menu, command, _ in rows}) == len(rows)  # each command once
    assert all(keys for _, _, keys in rows)
    # A shortcut changed in the menus is what the list shows next time: it is read, not written down twice.
    window.refresh_action.setShortcut("Ctrl+Alt+F5")
    assert ("View", "Refresh", "Ctrl+Alt+F5") in _rows(ShortcutsDialog(window.menuBar()))
    shoot(window, "help_shortcuts", dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_about_names_version_licence_database_and_data_folder(window: MainWindow, qtbot: QtBot) -> None:
    window.about_action.trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.text.text()
    for fact in (__version__, "MIT", window.context.db.location, str(data_dir())):
        assert fact in text
    shoot(dialog, "help_about")
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_application_has_its_icon_in_every_size(qtbot: QtBot) -> None:
    app = application()
    assert app is QApplication.instance()
    sizes = {(size.width(), size.height()) for size in app.windowIcon().availableSizes()}
    assert {(s, s) for s in ICON_SIZES} <= sizes
    assert app.desktopFileName() == "org.slamdesk.Slamdesk"
