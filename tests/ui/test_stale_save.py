"""A save refused because someone else saved first: said beside the form, edits kept, Reload shows theirs.

Each editor is opened as Anna; Bo (another representative) then saves the same
record through core, as another window or another machine would. Anna's save
is refused in an inline bar that names Bo and the time; what she typed stays
on screen until she presses Reload, which shows Bo's version without asking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from slamdesk.core import catalogue, clauses, requirements, users
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.clauses.agreement_clauses import AgreementClausesDialog
from slamdesk.ui.common import formatting
from slamdesk.ui.context import AppContext
from slamdesk.ui.requirements.editor_window import RequirementsEditor
from slamdesk.ui.requirements.rows_model import Column

from .shots import shoot

DRAFT = "SLA-2026-0007"  # a Ukrainian draft in the demo
BO = "Bo Ekström"


@pytest.fixture
def bo(demo_db: Database) -> Actor:
    return users.ensure_user(demo_db, "bo", BO, Role.REPRESENTATIVE)


def last_saved_at(db: Database) -> str:
    """When the latest audited change happened, as the window shows times (local, to the minute)."""
    with db.read() as session:
        newest = session.scalar(select(func.max(AuditEvent.id)))
        at = session.scalar(select(AuditEvent.at).where(AuditEvent.id == newest))
    assert at is not None
    return formatting.timestamp(at)


def plain(widget_text: str) -> str:
    return re.sub(r"<[^>]+>", "", widget_text)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


# ------------------------------------------------------------------ requirements editor


@pytest.fixture
def vaxjo(demo_db: Database) -> int:
    return next(d.id for d in requirements.list_documents(demo_db) if d.title == "Housing estates 2027")


@pytest.fixture
def editor(qtbot: QtBot, context: AppContext, vaxjo: int,
           shown_errors: list[tuple[str, str]]) -> Iterator[RequirementsEditor]:
    window = RequirementsEditor(context, vaxjo)
    show(qtbot, window)
    yield window
    window.dirty = False  # nothing to ask about when the test closes it


def _bo_saves_requirements(db: Database, bo: Actor, document_id: int) -> None:
    theirs = requirements.get_requirements(db, document_id)
    items = [item.as_input() for item in theirs.items]
    items[2] = replace(items[2], site="Bo's site")
    requirements.update_requirements(db, bo, document_id, row_version=theirs.row_version, requirements=items,
                                     title="Bo's title", tax_rate_pct=theirs.tax_rate_pct)


def test_a_requirements_save_after_someone_elses_is_refused_beside_the_form_and_keeps_the_edits(
    editor: RequirementsEditor, context: AppContext, bo: Actor, qtbot: QtBot, shown_errors: list[tuple[str, str]],
) -> None:
    db = context.db
    assert editor.model.setData(editor.model.index(2, Column.SITE), "Anna's site", Qt.ItemDataRole.EditRole)
    editor.title_edit.setText("Anna's title")
    editor.title_edit.textEdited.emit("Anna's title")
    _bo_saves_requirements(db, bo, editor.view.id)

    editor.save_action.trigger()

    bar = editor.stale_bar
    assert bar.isVisible()
    text = plain(bar.text())
    assert f"{BO} changed this requirements document at {last_saved_at(db)}" in text
    assert "Your edits are still here" in text and bar.button.text() == "&Reload"
    assert not shown_errors  # beside the form, not in a message box
    assert editor.title_edit.text() == "Anna's title" and editor.dirty
    assert editor.model.index(2, Column.SITE).data() == "Anna's site"
    stored = requirements.get_requirements(db, editor.view.id)
    assert (stored.title, stored.items[2].site) == ("Bo's title", "Bo's site")
    qtbot.wait(50)
    shoot(editor, "requirements_stale_save")

    bar.button.click()  # Reload: asks nothing more, shows Bo's version

    assert not bar.isVisible() and not editor.dirty
    assert editor.title_edit.text() == "Bo's title"
    assert editor.model.index(2, Column.SITE).data() == "Bo's site"
    editor.title_edit.setText("Anna's title after all")
    editor.title_edit.textEdited.emit("Anna's title after all")
    assert editor.save()
    assert requirements.get_requirements(db, editor.view.id).title == "Anna's title after all"


def test_a_level_chosen_here_is_not_mistaken_for_someone_elses_change(
    editor: RequirementsEditor, context: AppContext, shown_errors: list[tuple[str, str]],
) -> None:
    """Choosing a level on the Pricing tab, then saving the Requirements tab's edits, is not refused."""
    editor.title_edit.setText("Edited before pricing")
    editor.title_edit.textEdited.emit("Edited before pricing")
    assert editor.pricing.choose_by_name(2, "Gold")
    assert editor.save() and not editor.stale_bar.isVisible()
    stored = requirements.get_requirements(context.db, editor.view.id)
    gold = next(o.level_id for o in requirements.quote(context.db, stored.id).lines[2].options if o.level_name == "Gold")
    assert (stored.title, stored.items[2].level_id) == ("Edited before pricing", gold)
    assert not shown_errors


def test_a_level_chosen_after_someone_elses_save_is_refused_beside_the_form(
    editor: RequirementsEditor, context: AppContext, bo: Actor, shown_errors: list[tuple[str, str]],
) -> None:
    _bo_saves_requirements(context.db, bo, editor.view.id)
    editor.tabs.setCurrentWidget(editor.pricing)
    assert not editor.pricing.choose_by_name(2, "Gold")
    assert editor.stale_bar.isVisible() and f"{BO} changed this requirements document" in plain(editor.stale_bar.text())
    assert not shown_errors
    level = requirements.get_requirements(context.db, editor.view.id).items[2].level_id
    assert level is not None and level != next(
        o.level_id for o in requirements.quote(context.db, editor.view.id).lines[2].options if o.level_name == "Gold")
    editor.stale_bar.button.click()
    assert editor.title_edit.text() == "Bo's title"
    assert editor.pricing.choose_by_name(2, "Gold")


def test_a_stale_mark_infeasible_is_refused_in_its_dialog_with_the_reason_kept(
    editor: RequirementsEditor, context: AppContext, bo: Actor, shown_errors: list[tuple[str, str]],
) -> None:
    editor.tabs.setCurrentWidget(editor.trace)
    editor.trace.select(2)
    dialog = editor.trace.mark_infeasible()
    assert dialog is not None
    dialog.reason.setPlainText("The tenants' line closes at five")
    _bo_saves_requirements(context.db, bo, editor.view.id)
    dialog.accept()
    assert dialog.isVisible() and dialog.stale_bar.isVisible()
    assert f"{BO} changed the requirements document" in plain(dialog.stale_bar.text())
    assert dialog.reason.toPlainText() == "The tenants' line closes at five" and not shown_errors
    assert requirements.get_requirements(context.db, editor.view.id).items[2].infeasible_kind is None
    shoot(dialog, "infeasible_stale_save")
    dialog.stale_bar.button.click()  # Reload: the dialog closes, the editor shows Bo's version
    assert not dialog.isVisible() and editor.title_edit.text() == "Bo's title"


# ------------------------------------------------------------------ agreement clauses


def test_a_clauses_save_after_someone_elses_is_refused_beside_the_form_and_keeps_the_edits(
    qtbot: QtBot, context: AppContext, bo: Actor, shown_errors: list[tuple[str, str]],
) -> None:
    dialog = AgreementClausesDialog(None, context, DRAFT)
    show(qtbot, dialog)
    dialog.select_clause("termination")
    mine = dialog.current_row.library_text + " Anna's addition."
    dialog.text_edit.setPlainText(mine)
    theirs = clauses.current_clauses(context.db, DRAFT)
    kept = [clauses.ClausePick(c.id) for c in clauses.library(context.db, "uk") if c.key != "periodic_review"]
    clauses.set_agreement_clauses(context.db, bo, theirs.version_id, kept, row_version=theirs.row_version)

    dialog.accept()

    assert dialog.isVisible() and dialog.stale_bar.isVisible()
    assert f"{BO} changed {DRAFT} version 1 at {last_saved_at(context.db)}" in plain(dialog.stale_bar.text())
    assert not shown_errors
    assert dialog.current_row.key == "termination" and dialog.text_edit.toPlainText() == mine
    assert "periodic_review" in [row.key for row in dialog.rows() if row.picked]
    assert "periodic_review" not in [c.key for c in clauses.current_clauses(context.db, DRAFT).clauses]
    qtbot.wait(50)
    shoot(dialog, "agreement_clauses_stale_save")

    dialog.stale_bar.button.click()

    assert not dialog.stale_bar.isVisible() and not dialog.dirty
    assert "periodic_review" not in [row.key for row in dialog.rows() if row.picked]
    dialog.select_clause("termination")
    assert dialog.text_edit.toPlainText() == dialog.current_row.library_text
    dialog.text_edit.setPlainText(mine)
    dialog.accept()
    assert not dialog.isVisible()
    stored = {c.key: c.text for c in clauses.current_clauses(context.db, DRAFT).clauses}
    assert stored["termination"] == mine and "periodic_review" not in stored


# ------------------------------------------------------------------ catalogue


def test_a_service_save_after_someone_elses_is_refused_beside_the_form_and_keeps_the_edits(
    qtbot: QtBot, context: AppContext, bo: Actor, shown_errors: list[tuple[str, str]],
) -> None:
    db = context.db
    window = CatalogueEditor(context)
    show(qtbot, window)
    window.select_service_code("SD")
    silver = window.form_of("Silver")
    silver.monthly_fee.setFocus()
    silver.monthly_fee.setText("27.50")
    silver.monthly_fee.editingFinished.emit()
    desk = next(s for s in catalogue.list_services(db) if s.code == "SD")
    catalogue.update_service(db, bo, desk.id, row_version=desk.row_version, code="SD", name="Bo's service desk",
                             description=desk.description, levels=[catalogue.level_input(lv) for lv in desk.levels])

    assert not window.save()

    assert window.stale_bar.isVisible()
    assert f"{BO} changed this service at {last_saved_at(db)}" in plain(window.stale_bar.text())
    assert not shown_errors
    assert window.dirty and window.form_of("Silver").monthly_fee.text() == "27.50"
    assert window.name.text() == "Service desk"
    stored = catalogue.get_service(db, desk.id)
    assert stored.name == "Bo's service desk"
    assert next(lv for lv in stored.levels if lv.name == "Silver").monthly_fee == Decimal("26.00")
    qtbot.wait(50)
    shoot(window, "catalogue_stale_save")

    window.stale_bar.button.click()

    assert not window.stale_bar.isVisible() and not window.dirty
    assert window.name.text() == "Bo's service desk" and window.form_of("Silver").monthly_fee.text() == "26"
    window.undo_stack.setClean()
    window.state = None
