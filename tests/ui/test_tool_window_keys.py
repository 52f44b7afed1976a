"""Esc and Ctrl+W close every tool window, as they close a dialog; a window with unsaved edits asks first,
and Esc in a cell being edited cancels that edit rather than closing the window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import register, requirements
from slamdesk.core.db import Database
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.requirements.editor_window import RequirementsEditor
from slamdesk.ui.requirements.rows_model import Column
from slamdesk.ui.review.board_window import ReviewBoardWindow
from slamdesk.ui.structure.structure_view import StructureView

WINDOWS: dict[str, Callable[[MainWindow, AppContext, Database], QWidget]] = {
    "requirements editor": lambda w, c, db: RequirementsEditor(c, requirements.list_documents(db)[0].id),
    "catalogue": lambda w, c, db: CatalogueEditor(c),
    "structure": lambda w, c, db: StructureView(c, register.list_agreements(db)[0].number),
    "review board": lambda w, c, db: ReviewBoardWindow(w, c),
}


@pytest.mark.parametrize("key", ["Esc", "Ctrl+W"])
@pytest.mark.parametrize("name", list(WINDOWS))
def test_esc_and_ctrl_w_close_a_tool_window(
    qtbot: QtBot, window: MainWindow, context: AppContext, demo_db: Database, name: str, key: str
) -> None:
    tool = WINDOWS[name](window, context, demo_db)
    qtbot.addWidget(tool)
    tool.setWindowFlag(Qt.WindowType.Window)
    tool.show()
    qtbot.waitExposed(tool)
    tool.activateWindow()
    qtbot.waitUntil(tool.isActiveWindow)
    if key == "Esc":
        qtbot.keyClick(tool, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(tool, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not tool.isVisible())


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_tool_window_has_a_close_button_or_a_close_entry_in_its_menu(
    qtbot: QtBot, window: MainWindow, context: AppContext, demo_db: Database, name: str
) -> None:
    tool = WINDOWS[name](window, context, demo_db)
    qtbot.addWidget(tool)
    tool.show()
    qtbot.waitExposed(tool)
    buttons = [b for b in tool.findChildren(QPushButton) if b.text().replace("&", "") == "Close" and b.isVisible()]
    menus = [a for a in tool.findChildren(QAction) if a.text().replace("&", "") == "Close" and a.isEnabled()]
    assert buttons or menus, f"the {name} cannot be closed but by its title bar"
    if buttons:
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    else:
        menus[0].trigger()
    qtbot.waitUntil(lambda: not tool.isVisible())


def test_esc_with_unsaved_edits_asks_first_and_cancel_keeps_the_window(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    editor = RequirementsEditor(context, next(d.id for d in requirements.list_documents(demo_db) if d.status == "draft"))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.model.setData(editor.model.index(0, Column.SITE), "Edited, not saved", Qt.ItemDataRole.EditRole)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    box = editor.unsaved_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.model.index(0, Column.SITE).data() == "Edited, not saved"
    editor.dirty = False
