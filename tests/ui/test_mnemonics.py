"""Every Alt+letter reaches one thing: no two menus of the menu bar, no two entries of one menu, and no two
labels, buttons or boxes of one window share a mnemonic (the main window's menu bar counts with its widgets)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import requirements
from slamdesk.core.db import Database
from slamdesk.ui.catalogue.calendars_window import CalendarsWindow
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.clauses.clause_library import ClauseLibraryDialog
from slamdesk.ui.common.help import AboutDialog, ShortcutsDialog
from slamdesk.ui.context import AppContext
from slamdesk.ui.database.team_dialog import TeamDatabaseDialog
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.requirements.documents_dialog import RequirementsDocumentsDialog
from slamdesk.ui.requirements.editor_window import RequirementsEditor
from slamdesk.ui.review.board_window import ReviewBoardWindow
from slamdesk.ui.wizard import AgreementWizard


def mnemonic(text: str) -> str | None:
    text = re.sub(r"&(nbsp|amp|lt|gt|quot|#\d+);", " ", text)  # rich text's entities are no mnemonics
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(named: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for where, text in named:
        if (key := mnemonic(text)) is not None:
            by_key[key].append(f"{where} {text!r}")
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


def widget_texts(window: QWidget) -> list[tuple[str, str]]:
    """The texts with a mnemonic a person can reach in ``window`` (visible labels, buttons and boxes)."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QToolButton) and widget.parent() is not None \
                and type(widget.parent()).__name__ == "QToolBar":
            continue  # tool bar buttons take no mnemonic
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(("QGroupBox", widget.title()))
    return texts


def menu_clashes(menu: QMenu, path: str) -> dict[str, dict[str, list[str]]]:
    found = {path: c} if (c := clashes(("entry", a.text()) for a in menu.actions())) else {}
    for action in menu.actions():
        if action.menu() is not None:
            found |= menu_clashes(action.menu(), f"{path} > {action.text()}")  # type: ignore[arg-type]
    return found


def test_the_main_window_its_menu_bar_and_every_menu(window: MainWindow) -> None:
    bar = [("menu", action.text()) for action in window.menuBar().actions()]
    assert clashes(bar + widget_texts(window)) == {}
    for action in window.menuBar().actions():
        assert menu_clashes(action.menu(), action.text()) == {}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make",
    ["catalogue", "clause library", "requirements documents", "requirements editor", "review board", "wizard",
     "team database", "about", "shortcuts", "calendars"],
)
def test_each_tool_window_and_dialog(
    qtbot: QtBot, window: MainWindow, context: AppContext, demo_db: Database, settings: QSettings, make: str
) -> None:
    document = requirements.list_documents(demo_db)[0].id
    built: QWidget = {
        "catalogue": lambda: CatalogueEditor(context),
        "clause library": lambda: ClauseLibraryDialog(window, context),
        "requirements documents": lambda: RequirementsDocumentsDialog(context),
        "requirements editor": lambda: RequirementsEditor(context, document),
        "review board": lambda: ReviewBoardWindow(window, context),
        "wizard": lambda: AgreementWizard(context),
        "team database": lambda: TeamDatabaseDialog(settings),
        "about": lambda: AboutDialog(demo_db),
        "shortcuts": lambda: ShortcutsDialog(window.menuBar()),
        "calendars": lambda: CalendarsWindow(context),
    }[make]()
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    assert clashes(widget_texts(built)) == {}
    for bar in built.findChildren(type(window.menuBar())):
        assert clashes(("menu", a.text()) for a in bar.actions()) == {}
        for action in bar.actions():
            if action.menu() is not None:
                assert menu_clashes(action.menu(), action.text()) == {}  # type: ignore[arg-type]
    if isinstance(built, RequirementsEditor):
        built.dirty = False  # nothing to ask about when the test closes it
