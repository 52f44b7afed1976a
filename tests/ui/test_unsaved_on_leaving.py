"""Quitting, or acting as someone else, with unsaved edits in open editors: one question about all of them.

Closing the main window takes its tool windows with it, so without the question every edit typed in
a requirements document or the service catalogue would be lost; switching the profile would have the
edits saved later under someone else's name.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from slamdesk.core import catalogue, requirements
from slamdesk.core.db import Database
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.requirements.editor_window import RequirementsEditor
from slamdesk.ui.requirements.rows_model import Column

from .catalogue.test_catalogue_editor import type_text


def _bronze_fee(db: Database) -> Decimal:
    (fee,) = [level.monthly_fee for s in catalogue.list_services(db) if s.code == "SD" for level in s.levels
              if level.name == "Bronze"]
    return fee


def _draft(db: Database) -> int:
    """A requirements document still being written (those behind signed agreements are approved, read-only)."""
    return next(d.id for d in requirements.list_documents(db) if d.status == "draft")


def _edit_both(qtbot: QtBot, window: MainWindow, db: Database) -> tuple[RequirementsEditor, CatalogueEditor]:
    document = requirements.get_requirements(db, _draft(db))
    editor = window.open_requirements().open_document(document.id)
    qtbot.waitExposed(editor)
    editor.model.setData(editor.model.index(0, Column.SITE), "Typed before quitting", Qt.ItemDataRole.EditRole)
    services = window.open_catalogue()
    qtbot.waitExposed(services)
    services.select_service_code("SD")
    type_text(services.form_of("Bronze").monthly_fee, "21")
    return editor, services


def _stored_site(db: Database) -> str:
    return requirements.get_requirements(db, _draft(db)).items[0].site


def test_quitting_names_every_editor_with_unsaved_edits_and_cancel_keeps_them(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    editor, services = _edit_both(qtbot, window, demo_db)
    window.close()
    box = window.unsaved_box
    assert box is not None and box.isVisible()
    for named in ("Before quitting", "The requirements document “IT operations”", "The service “Service desk”"):
        assert named in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and editor.isVisible() and services.isVisible()
    assert editor.model.index(0, Column.SITE).data() == "Typed before quitting"
    assert services.form_of("Bronze").monthly_fee.text() == "21"


def test_save_all_stores_every_edit_then_quits(qtbot: QtBot, window: MainWindow, demo_db: Database) -> None:
    _edit_both(qtbot, window, demo_db)
    window.close()
    window.unsaved_box.button(QMessageBox.StandardButton.SaveAll).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert _stored_site(demo_db) == "Typed before quitting"
    assert _bronze_fee(demo_db) == Decimal("21")


def test_discard_all_quits_and_stores_nothing(qtbot: QtBot, window: MainWindow, demo_db: Database) -> None:
    site, fee = _stored_site(demo_db), _bronze_fee(demo_db)
    _edit_both(qtbot, window, demo_db)
    window.close()
    window.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert (_stored_site(demo_db), _bronze_fee(demo_db)) == (site, fee)


def test_an_edit_that_cannot_be_saved_stops_the_quitting_and_shows_its_error(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    services = window.open_catalogue()
    qtbot.waitExposed(services)
    services.select_service_code("SD")
    type_text(services.form_of("Bronze").monthly_fee, "-5")
    window.close()
    window.unsaved_box.button(QMessageBox.StandardButton.SaveAll).click()
    assert window.isVisible() and services.isVisible()
    assert services.form_of("Bronze").errors.message("monthly_fee")  # the refusal, next to the field
    assert _bronze_fee(demo_db) != Decimal("-5")


def test_without_unsaved_edits_quitting_asks_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.open_catalogue()
    window.close()
    assert window.unsaved_box is None and not window.isVisible()


def test_acting_as_someone_else_asks_first_and_saves_as_the_person_who_typed(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    _edit_both(qtbot, window, demo_db)
    anna = window.context.actor
    window.acting.setCurrentIndex(window.acting.findData("budi"))
    box = window.unsaved_box
    assert box is not None and "Before acting as" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.context.actor == anna and window.acting.currentData() == anna.username
    window.acting.setCurrentIndex(window.acting.findData("budi"))
    window.unsaved_box.button(QMessageBox.StandardButton.SaveAll).click()
    assert window.context.actor.username == "budi"
    assert _stored_site(demo_db) == "Typed before quitting" and _bronze_fee(demo_db) == Decimal("21")
