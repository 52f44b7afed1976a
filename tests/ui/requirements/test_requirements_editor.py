"""The requirements editor and its traceability tab, driven like a person would, checked through core."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, requirements
from slamdesk.core.db import Database
from slamdesk.ui.context import AppContext
from slamdesk.ui.requirements.documents_dialog import RequirementsDocumentsDialog
from slamdesk.ui.requirements.editor_window import RequirementsEditor
from slamdesk.ui.requirements.rows_model import ERROR_BACKGROUND, Column
from slamdesk.ui.requirements.traceability import STATES, Column as TraceColumn


def document_id(db: Database, title: str) -> int:
    return next(doc.id for doc in requirements.list_documents(db) if doc.title == title)


@pytest.fixture
def vaxjo(demo_db: Database) -> int:
    """Växjö Bostäder's draft: an infeasible hardware need, cameras with no service, a priced service desk."""
    return document_id(demo_db, "Housing estates 2027")


@pytest.fixture
def editor(qtbot: QtBot, context: AppContext, vaxjo: int, shown_errors: list[tuple[str, str]]) -> Iterator[RequirementsEditor]:
    window = RequirementsEditor(context, vaxjo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.dirty = False  # nothing to ask about when the test closes it


def cell(editor: RequirementsEditor, row: int, column: Column) -> QModelIndex:
    return editor.model.index(row, column)


def type_into(editor: RequirementsEditor, row: int, column: Column, text: str) -> None:
    assert editor.model.setData(cell(editor, row, column), text, Qt.ItemDataRole.EditRole)


def test_edit_cells_save_and_reload_shows_them(editor: RequirementsEditor, context: AppContext, qtbot: QtBot) -> None:
    db = context.db
    assert [editor.model.index(r, Column.SERVICE).data() for r in range(3)] == [
        "On-site printer and hardware support", "— none in the catalogue —", "Service desk"
    ]
    assert editor.windowTitle().startswith("Växjö Bostäder AB")
    type_into(editor, 2, Column.SITE, "Växjö huvudkontor, plan 2")
    type_into(editor, 2, Column.USERS, "135")
    type_into(editor, 2, Column.EFFORT, "2.5")
    type_into(editor, 2, Column.REGION, "Rural")
    editor.table.setCurrentIndex(cell(editor, 2, Column.NEED))
    editor.detail.outcome.setPlainText("Every tenant gets an answer the same day.")
    editor.detail.checks["P1"].setChecked(True)
    editor.detail.notes["P1"].setText("Lift or door entry system down")
    editor.detail.notes["P1"].textEdited.emit("Lift or door entry system down")
    editor.title_edit.setText("Housing estates 2027–2028")
    editor.title_edit.textEdited.emit("Housing estates 2027–2028")
    assert editor.dirty and editor.windowTitle().startswith("*")
    assert editor.trace.stale.isVisibleTo(editor.trace)

    editor.save_action.trigger()

    assert not editor.dirty and not editor.windowTitle().startswith("*")
    stored = requirements.get_requirements(db, editor.view.id)
    item = stored.items[2]
    assert (item.site, item.volumes.users, item.effort_target) == ("Växjö huvudkontor, plan 2", 135, Decimal("2.5"))
    assert item.outcome == "Every tenant gets an answer the same day."
    assert item.priorities == ("P1", "P2", "P3")
    assert item.priority_notes == {"P1": "Lift or door entry system down"}
    assert stored.title == "Housing estates 2027–2028"
    assert stored.items[0].infeasible_kind == "technical"  # saving keeps the trace

    reopened = RequirementsEditor(context, editor.view.id)
    qtbot.addWidget(reopened)
    assert reopened.model.index(2, Column.SITE).data() == "Växjö huvudkontor, plan 2"
    assert reopened.model.index(2, Column.USERS).data() == "135"
    assert reopened.model.index(2, Column.PRIORITIES).data() == "P1, P2, P3"
    assert reopened.model.index(2, Column.REGION).data() == "Rural"
    assert reopened.title_edit.text() == "Housing estates 2027–2028"


@pytest.mark.parametrize(
    ("row", "column", "text", "field", "message"),
    [
        (2, Column.USERS, "many", "users", "requirement 3: users must be a whole number of at least 0"),
        (0, Column.SITES, "0", "sites", "requirement 1: sites must be a whole number of at least 1"),
        (2, Column.CSAT, "120", "csat_target_pct", "requirement 3: satisfaction is a percentage up to 100"),
        (2, Column.CSAT, "lots", "csat_target_pct", "'lots' is not a number"),
        (1, Column.COVERAGE, "whenever", "coverage",
         "requirement 2: hours of coverage 'whenever': write 24x7 or like Mon-Fri 08:00-17:00"),
        (2, Column.SITE, "  ", "site", "requirement 3: the site is missing"),
    ],
)
def test_bad_input_is_refused_beside_the_cell_and_nothing_is_stored(
    editor: RequirementsEditor, context: AppContext, row: int, column: Column, text: str, field: str, message: str
) -> None:
    before = requirements.get_requirements(context.db, editor.view.id)
    type_into(editor, row, column, text)
    editor.save_action.trigger()
    assert editor.errors.message(field) == message
    assert editor.table_error.isVisible() and editor.table_error.text() == message
    assert editor.model.error_cell == (row, column)
    refused = cell(editor, row, column)
    assert refused.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert refused.data(Qt.ItemDataRole.ToolTipRole) == message
    assert editor.table.currentIndex() == refused
    assert editor.dirty
    assert requirements.get_requirements(context.db, editor.view.id) == before
    type_into(editor, row, column, "3" if column is not Column.COVERAGE and column is not Column.SITE else "24x7")
    assert editor.model.error_cell is None  # the mark goes as soon as the cell changes
    assert editor.table_error.text() == "" and editor.errors.message(field) == ""  # and its message with it


def test_no_priority_and_a_bad_tax_rate_are_refused_beside_their_fields(
    editor: RequirementsEditor, context: AppContext
) -> None:
    before = requirements.get_requirements(context.db, editor.view.id)
    editor.table.setCurrentIndex(cell(editor, 2, Column.NEED))
    for check in editor.detail.checks.values():
        check.setChecked(False)
    editor.save()
    assert editor.detail.priority_error.text() == "requirement 3: choose at least one priority category"
    assert editor.model.error_cell == (2, Column.PRIORITIES)
    editor.detail.checks["P2"].setChecked(True)
    editor.tax_rate.setText("-5")
    assert not editor.save()
    assert editor.errors.message("tax_rate_pct") == "amount cannot be negative"
    assert editor.detail.priority_error.text() == ""
    assert requirements.get_requirements(context.db, editor.view.id) == before
    editor.tax_rate.setText("25")  # a message about a value no longer shown never stays beside it
    assert editor.errors.message("tax_rate_pct") == ""
    editor.title_edit.setText("x" * 301)
    assert not editor.save()
    assert editor.errors.message("title")
    editor.title_edit.setText("Housing estates")
    assert editor.errors.message("title") == ""


def test_add_move_and_remove_requirements(editor: RequirementsEditor, context: AppContext) -> None:
    editor.table.setCurrentIndex(cell(editor, 2, Column.NEED))
    editor.add_action.trigger()
    assert len(editor.model.rows) == 4 and editor.current_row() == 3
    editor.detail.need.setPlainText("Tvättstugebokningen ska fungera på helger.")
    type_into(editor, 3, Column.SITE, "Teleborg")
    type_into(editor, 3, Column.SITES, "4")
    editor.up_action.trigger()
    assert editor.current_row() == 2 and editor.model.rows[2].site == "Teleborg"
    editor.table.setCurrentIndex(cell(editor, 0, Column.NEED))
    editor.remove_action.trigger()
    assert [row.site for row in editor.model.rows] == ["Alla bostadsområden", "Teleborg", "Växjö huvudkontor"]
    assert editor.save()
    stored = requirements.get_requirements(context.db, editor.view.id)
    assert [(item.position, item.site) for item in stored.items] == [
        (1, "Alla bostadsområden"), (2, "Teleborg"), (3, "Växjö huvudkontor")
    ]
    assert stored.items[1].need == "Tvättstugebokningen ska fungera på helger."
    assert stored.items[1].service_id is None and stored.items[1].volumes.sites == 4


def test_send_approve_and_new_version(editor: RequirementsEditor, context: AppContext) -> None:
    version = editor.view.version
    type_into(editor, 2, Column.TICKETS, "320")
    editor.send_action.trigger()  # saves first, then sends
    view = requirements.get_requirements(context.db, editor.view.id)
    assert view.status == "sent" and view.items[2].volumes.tickets_per_month == 320
    assert editor.banner.isVisible() and "sent to the customer" in editor.banner.text()
    assert not editor.model.flags(cell(editor, 2, Column.SITE)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.save_action.isEnabled() and not editor.add_action.isEnabled()
    assert editor.detail.need.isReadOnly() and editor.title_edit.isReadOnly()
    assert not editor.trace.mark_action.isEnabled()

    dialog = editor.record_approval()
    dialog.accept()
    assert dialog.isVisible() and dialog.errors.message("approved_by") == "name the customer's person who approved"
    dialog.approved_by.setText("Björn Ångström")
    dialog.accept()
    view = requirements.get_requirements(context.db, editor.view.id)
    assert (view.status, view.approved_by) == ("approved", "Björn Ångström")
    assert "approved by Björn Ångström" in editor.banner.text()

    first_id = editor.view.id
    editor.version_action.trigger()
    assert editor.view.id != first_id and editor.view.version == version + 1
    assert editor.view.status == "draft" and editor.banner.isHidden()
    assert editor.save_action.isEnabled()
    assert editor.pricing.document_id == editor.view.id == editor.trace.document_id
    assert [item.site for item in editor.view.items] == [item.site for item in view.items]


def test_closing_with_unsaved_changes_asks(editor: RequirementsEditor, qtbot: QtBot) -> None:
    type_into(editor, 2, Column.USERS, "99")
    editor.close()
    assert editor.isVisible()
    box = next(w for w in editor.findChildren(QMessageBox) if w.isVisible())
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_documents_dialog_opens_an_editor(qtbot: QtBot, context: AppContext, vaxjo: int) -> None:
    dialog = RequirementsDocumentsDialog(context)
    qtbot.addWidget(dialog)
    dialog.search.setText("Fleet")
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert [dialog.table.item(r, 3).text() for r in visible] == ["Fleet expansion 2027"]
    opened = dialog.open_document(vaxjo)
    assert opened.view.title == "Housing estates 2027" and dialog.editors == [opened]
    opened.close()


def test_enter_in_the_chooser_opens_what_the_filter_shows(qtbot: QtBot, context: AppContext) -> None:
    dialog = RequirementsDocumentsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.table.item(dialog.table.currentRow(), 3).text()
    assert first != "Fleet expansion 2027"  # the current row before typing is another customer's
    qtbot.keyClicks(dialog.search, "Fleet")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    (opened,) = dialog.editors
    assert opened.view.title == "Fleet expansion 2027"
    opened.close()
    dialog.search.setText("no such customer")
    assert dialog.table.currentRow() == -1 and dialog.open_selected() is None  # nothing shown, nothing opened
    assert dialog.editors == [] or all(not e.isVisible() for e in dialog.editors)


# Traceability


def trace_states(editor: RequirementsEditor) -> list[str]:
    model = editor.trace.model
    return [model.index(r, TraceColumn.STATE).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def test_traceability_flags_what_needs_attention(editor: RequirementsEditor, context: AppContext) -> None:
    trace = editor.trace
    editor.tabs.setCurrentWidget(trace)
    assert trace_states(editor) == ["infeasible", "infeasible", "traced"]
    assert trace.summary.text() == "All 3 requirements are traced or marked infeasible · 2 marked infeasible"
    reason = trace.model.index(0, TraceColumn.STATE).data()
    assert reason.startswith("Infeasible (technical): Inställelse på plats inom 4 timmar erbjuds bara i städer")
    assert trace.model.index(2, TraceColumn.PRICE).data() == "€2,964.00"
    assert trace.model.index(2, TraceColumn.TARGETS).data() == "P2 1 h / 6 h · P3 4 h / 20 h"

    trace.select(1)  # the cameras: no service in the catalogue
    trace.clear_action.trigger()
    trace.select(0)  # the hardware: a service, no level yet
    assert trace.clear_action.isEnabled()
    trace.clear_action.trigger()
    assert trace_states(editor) == ["unpriced", "unmatched", "traced"]
    assert trace.summary.text() == "2 of 3 requirements need attention"
    unmatched = trace.model.index(1, TraceColumn.STATE)
    assert unmatched.data() == "No service matches"
    assert unmatched.data(Qt.ItemDataRole.BackgroundRole).color().name() == STATES["unmatched"][2]
    assert not unmatched.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert trace.model.index(0, TraceColumn.STATE).data() == "No level chosen"
    assert [line.state for line in requirements.quote(context.db, editor.view.id).lines] == [
        "unpriced", "unmatched", "traced"
    ]
    # The pricing tab follows at once: the hardware row now has levels to choose from.
    assert not editor.pricing.model.spanned(0)


def test_mark_infeasible_needs_a_reason(editor: RequirementsEditor, context: AppContext) -> None:
    trace = editor.trace
    trace.select(2)
    dialog = trace.mark_infeasible()
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("commercial"))
    dialog.accept()
    assert dialog.errors.message("infeasible_reason") == "say why it cannot be delivered"
    assert requirements.quote(context.db, editor.view.id).lines[2].state == "traced"
    dialog.reason.setPlainText("The customer's budget covers Bronze only; Bronze cannot meet P2 in 1 h.")
    dialog.accept()
    assert not dialog.isVisible()
    line = requirements.quote(context.db, editor.view.id).lines[2]
    assert (line.state, line.infeasible_kind) == ("infeasible", "commercial")
    assert trace.model.index(2, TraceColumn.STATE).data() == (
        "Infeasible (commercial): The customer's budget covers Bronze only; Bronze cannot meet P2 in 1 h."
    )
    assert trace.model.index(2, TraceColumn.PRICE).data() == "—"
    assert trace.summary.text() == "All 3 requirements are traced or marked infeasible · 3 marked infeasible"


def test_save_stores_a_cell_still_being_typed_in(editor: RequirementsEditor, context: AppContext, qtbot: QtBot) -> None:
    editor.activateWindow()
    index = cell(editor, 2, Column.USERS)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    typing = editor.table.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(typing, QLineEdit)
    typing.setText("140")
    editor.save_action.trigger()
    assert requirements.get_requirements(context.db, editor.view.id).items[2].volumes.users == 140


def test_preview_and_export_for_the_customers_approval(
    editor: RequirementsEditor, context: AppContext, qtbot: QtBot, shown_errors: list[tuple[str, str]]
) -> None:
    """Unsaved edits are saved first; the PDF and DOCX land in the customer's folder and read back."""
    import docx
    from pypdf import PdfReader

    from tests.ui.shots import shoot

    type_into(editor, 2, Column.NEED, "Felanmälan besvaras inom en timme.")
    dialog = editor.preview()
    assert dialog is not None and dialog.page_count >= 4 and not editor.dirty
    assert requirements.get_requirements(context.db, editor.view.id).items[2].need == "Felanmälan besvaras inom en timme."
    dialog.go_to(1)
    qtbot.wait(50)
    shoot(dialog, "requirements_preview")
    dialog.close()

    written = editor.export_documents()
    assert [file.format for file in written] == ["pdf", "docx"] and shown_errors == []
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(written[0].path).pages)
    assert "Kravspecifikation" in pdf_text and "Felanmälan besvaras inom en timme." in pdf_text
    assert "3 Krav som inte kan uppfyllas" in pdf_text
    headings = [p.text for p in docx.Document(str(written[1].path)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1\tKrav" and headings[-1] == "7\tKundens godkännande"
    assert written[0].path.parent.parts[-3:] == ("requirements", f"REQ-{editor.view.id:04d}", f"v{editor.view.version}")


def test_reload_with_unsaved_changes_asks_and_cancel_keeps_every_edit(
    editor: RequirementsEditor, context: AppContext, qtbot: QtBot
) -> None:
    type_into(editor, 2, Column.SITE, "Växjö, plan 3")
    qtbot.keyClick(editor, Qt.Key.Key_F5)  # Reload
    box = editor.unsaved_box
    assert box is not None and box.isVisible() and "not saved" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert editor.dirty and editor.model.index(2, Column.SITE).data() == "Växjö, plan 3"  # nothing lost
    stored = requirements.get_requirements(context.db, editor.view.id)
    assert stored.items[2].site != "Växjö, plan 3"  # and nothing saved behind the person's back


def test_reload_then_discard_shows_what_is_stored_and_save_keeps_the_edit(
    editor: RequirementsEditor, context: AppContext, qtbot: QtBot
) -> None:
    before = requirements.get_requirements(context.db, editor.view.id).items[2].site
    type_into(editor, 2, Column.SITE, "Discarded site")
    editor.reload_action.trigger()
    editor.unsaved_box.button(QMessageBox.StandardButton.Discard).click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not editor.dirty)
    assert editor.model.index(2, Column.SITE).data() == before
    type_into(editor, 2, Column.SITE, "Kept site")
    editor.reload_action.trigger()
    editor.unsaved_box.button(QMessageBox.StandardButton.Save).click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not editor.dirty)
    assert requirements.get_requirements(context.db, editor.view.id).items[2].site == "Kept site"
    assert editor.model.index(2, Column.SITE).data() == "Kept site"


def test_the_editor_and_its_tabs_say_what_happened_on_its_own_status_line(editor: RequirementsEditor) -> None:
    type_into(editor, 2, Column.USERS, "many")
    editor.save_action.trigger()
    assert editor.statusBar().currentMessage() == "Save: not done. requirement 3: users must be a whole number of at least 0"
    editor.trace.say("from the Traceability tab")  # a tab's messages reach the window it is in
    assert editor.statusBar().currentMessage() == "from the Traceability tab"


def test_the_requirements_behind_a_signed_agreement_open_approved_and_read_only_with_their_title(
    qtbot: QtBot, context: AppContext
) -> None:
    behind = agreements.requirements_document_of(context.db, "SLA-2026-0002")
    assert behind is not None
    window = RequirementsEditor(context, behind)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    signer = next(s.name for s in agreements.get_agreement(context.db, "SLA-2026-0002").signatures if s.party == "customer")
    assert window.banner.isVisible() and f"approved by {signer}" in window.banner.text()
    assert not window.save_action.isEnabled() and not window.add_action.isEnabled()
    assert window.title_edit.isReadOnly() and window.title_edit.text() == window.view.title != ""
    assert window.version_action.isEnabled()  # a change is the document's next version
