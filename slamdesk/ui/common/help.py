"""Help ▸ About slamdesk and Help ▸ Keyboard shortcuts, and the application icon.

The shortcuts are read from the window's own menus when the dialog opens, so
the list can never disagree with what the keys do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...core.paths import data_dir
from .app_icon import application_icon
from .i18n import translate

if TYPE_CHECKING:  # the window's frame paints before the database layer loads
    from ...core.db import Database

LICENCE = "MIT"


class AboutDialog(QDialog):
    """Which slamdesk this is, under which licence, and which database and data folder it works in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        import platform
        from html import escape

        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About slamdesk"))
        picture = QLabel()
        picture.setPixmap(application_icon().pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        location = db.location
        if db.read_only:
            location = translate("AboutDialog", "{database} (read-only: {reason})").format(
                database=db.location, reason=db.read_only)
        rows = [
            (translate("AboutDialog", "Version"), __version__),
            (translate("AboutDialog", "Licence"), LICENCE),
            (translate("AboutDialog", "Database"), location),
            (translate("AboutDialog", "Data folder"), str(data_dir())),
            (translate("AboutDialog", "Built with"), f"Python {platform.python_version()}, PySide6 {pyside_version}"),
        ]
        blurb = translate("AboutDialog", "Service-level agreements from requirements to signature, and after.")
        self.text = QLabel(
            f"<h2>slamdesk</h2><p>{escape(blurb)}</p><table>"
            + "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)


def shortcuts_of(menus: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, in menu order, each action once."""
    found: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {_plain(action.text())}")  # type: ignore[arg-type]
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and id(action) not in seen:
                seen.add(id(action))
                found.append((path, _plain(action.text()), keys))

    for top in menus.actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))  # type: ignore[arg-type]
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the main window's menus, as the menus define them."""

    def __init__(self, menus: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        rows = shortcuts_of(menus)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([translate("ShortcutsDialog", "Menu"), translate("ShortcutsDialog", "Command"),
                                              translate("ShortcutsDialog", "Keys")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)


def help_actions(parent: QWidget) -> tuple[QAction, QAction]:
    """The Help menu's two entries (F1 opens the shortcuts)."""
    shortcuts = QAction(translate("HelpMenu", "&Keyboard shortcuts…"), parent)
    shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
    about = QAction(translate("HelpMenu", "&About slamdesk…"), parent)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return shortcuts, about
