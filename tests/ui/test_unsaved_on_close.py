"""Closing an editor with unsaved edits asks Save / Discard / Cancel: Cancel keeps the window and the edit,
Save stores it and closes, Discard closes and stores nothing. One test per editor window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import catalogue, clauses
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.clauses.agreement_clauses import AgreementClausesDialog
from slamdesk.ui.clauses.clause_library import ClauseLibraryDialog
from slamdesk.ui.context import AppContext

from .catalogue.test_catalogue_editor import type_text

DRAFT = "SLA-2026-0007"


@dataclass
class Editor:
    open: Callable[[Database, dict[str, Actor]], QWidget]
    edit: Callable[[QWidget], None]
    stored: Callable[[Database], object]  # what the edit changes once saved
    close: Callable[[QWidget], None]


def _catalogue(db: Database, people: dict[str, Actor]) -> QWidget:
    editor = CatalogueEditor(AppContext(db, people["anna"]))
    editor.select_service_code("SD")
    return editor


def _fee(db: Database) -> object:
    return [lv.monthly_fee for s in catalogue.list_services(db) if s.code == "SD" for lv in s.levels if lv.name == "Bronze"]


def _edit_fee(window: QWidget) -> None:
    assert isinstance(window, CatalogueEditor)
    type_text(window.form_of("Bronze").monthly_fee, "23")


def _library(db: Database, people: dict[str, Actor]) -> QWidget:
    dialog = ClauseLibraryDialog(None, AppContext(db, people["linh"]))
    dialog.select_clause("termination", "uk")
    return dialog


def _edit_clause(window: QWidget) -> None:
    assert isinstance(window, ClauseLibraryDialog)
    window.text_edit.setPlainText(window.text_edit.toPlainText() + " Edited.")


def _termination_uk(db: Database) -> object:
    return next(c.text for c in clauses.library(db) if (c.key, c.language) == ("termination", "uk")).endswith(" Edited.")


def _picker(db: Database, people: dict[str, Actor]) -> QWidget:
    return AgreementClausesDialog(None, AppContext(db, people["anna"]), DRAFT)


def _untick_first(window: QWidget) -> None:
    assert isinstance(window, AgreementClausesDialog)
    window.set_picked(window.rows()[0].key, False)


def _picked(db: Database) -> object:
    return len(clauses.current_clauses(db, DRAFT).clauses)


EDITORS = {
    "service catalogue": Editor(_catalogue, _edit_fee, _fee, lambda w: w.close()),
    "clause library": Editor(_library, _edit_clause, _termination_uk, lambda w: w.reject()),  # type: ignore[attr-defined]
    "agreement clauses": Editor(_picker, _untick_first, _picked, lambda w: w.reject()),  # type: ignore[attr-defined]
}


@pytest.mark.parametrize("name", list(EDITORS))
def test_closing_with_unsaved_edits_asks_and_each_answer_does_what_it_says(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], name: str
) -> None:
    case = EDITORS[name]
    before = case.stored(demo_db)
    for answer in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Save):
        window = case.open(demo_db, people)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        case.edit(window)
        assert window.unsaved_edits()  # type: ignore[attr-defined]
        case.close(window)
        box = window.unsaved_box  # type: ignore[attr-defined]
        assert box is not None and box.isVisible() and "has changes that are not saved" in box.text()
        box.button(answer).click()
        if answer == QMessageBox.StandardButton.Cancel:
            assert window.isVisible() and window.unsaved_edits()  # type: ignore[attr-defined]
            assert case.stored(demo_db) == before
            window.discard_edits()  # type: ignore[attr-defined]
            window.hide()
        elif answer == QMessageBox.StandardButton.Discard:
            assert not window.isVisible() and case.stored(demo_db) == before
        else:
            assert not window.isVisible() and case.stored(demo_db) != before
