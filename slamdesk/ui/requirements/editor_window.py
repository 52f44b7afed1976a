"""A customer's requirements document: its rows, traceability and pricing, in one window.

The table edits drafts of the rows; Save hands them to ``core`` (which checks
every rule) and reloads what was stored. A document sent to the customer or
approved by them is read-only; a change is a new version.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ...core import export, requirements
from ...core.errors import ConcurrencyError, ValidationError
from ...core.money import parse_amount
from ...core.requirements import DocumentStatus, RequirementsView
from .. import operations
from ..common import formatting
from ..common.i18n import translate
from ..common.pdf_preview import PdfPreviewDialog
from ..common.unsaved import HoldsEdits
from ..common.widgets import STATUS_MS, FieldErrors, ToolWindowKeys, set_read_only, stale_text, unless_unsaved
from ..context import AppContext
from ..operations import Area, Changed
from .editor_forms import ApprovalDialog, RequirementDetail
from .editor_layout import EditorLayout
from .labels import status_label
from .pricing_matrix import PricingMatrix
from .rows_model import COLUMN_OF, PRIORITIES_FIRST, Column, RequirementsModel, RowDraft
from .traceability import TraceabilityMatrix


class RequirementsEditor(HoldsEdits, ToolWindowKeys, EditorLayout, QMainWindow):
    """One requirements document: header, requirements, traceability and pricing.

    Open with ``RequirementsEditor(context, document_id).show()``.


    Attributes:
        view: the document as last read from ``core``.
        row_version: the document's row version the rows on screen were read at; saves pass it, and
            ``core`` refuses them when someone changed the document since.
        stale_bar: above the tabs, says a save was refused that way, with Reload.
        model: the rows as edited on screen; ``dirty`` while not saved.
        errors: labels beside the header fields, below the table and beside the priorities.
        trace, pricing: the traceability and pricing tabs.
    """


    def __init__(self, context: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.context = context
        self.dirty = False
        self.dialog: QDialog | None = None
        self.unsaved_box: QMessageBox | None = None  # Save / Discard / Cancel, while it is asked
        self.exported: list[export.ExportedFile] = []
        opened = requirements.open_document(context.db, document_id)  # one read of each, one quote
        self._services, self.view = opened.services, opened.view
        self.row_version = self.view.row_version
        self.model = RequirementsModel(self._services)
        self.errors = FieldErrors()
        self._build_header()
        self._build_table()
        self.detail = RequirementDetail(self.model)
        self.errors.register("priorities", self.detail.priority_error)
        self.trace = TraceabilityMatrix(context, document_id, priced=opened)
        self.pricing = PricingMatrix(context, document_id, priced=opened)
        self._build_actions()
        self._lay_out()
        self.model.edited.connect(self._on_edited)
        self.errors.watch("title", self.title_edit)
        self.errors.watch("tax_rate_pct", self.tax_rate)
        self.trace.changed.connect(lambda based_on: self._on_matrix_changed(self.pricing, based_on))
        self.pricing.changed.connect(lambda based_on: self._on_matrix_changed(self.trace, based_on))
        for matrix in (self.trace, self.pricing):
            matrix.said.connect(self.say)
            matrix.refused_stale.connect(lambda error: self._refused_stale(error, translate("RequirementsEditor", "Change")))
            matrix.reload_requested.connect(self.reload)
        self.resize(self._fit_width(1280), 800)
        self.show_document(self.view, opened)
        self.install_close_keys()
        context.actor_changed.connect(self._actor_changed)

    # Showing

    def show_document(self, view: RequirementsView, priced: requirements.PricedDocument | None = None) -> None:
        """Show ``view`` as stored, dropping any unsaved edits; both tabs show it priced once."""
        self.view = view
        self.row_version = view.row_version
        self.stale_bar.clear()
        self.errors.clear()
        editable = view.editable and self.role_refusal is None
        self.model.load([RowDraft.of(item) for item in view.items], read_only=not editable,
                        services=self._services)
        self.title_edit.setText(view.title)
        self.tax_rate.setText(formatting.decimal_text(view.tax_rate_pct))
        self.customer.setText(f"<b style='font-size:14pt'>{view.customer_name}</b>")
        self.status.setText(translate("RequirementsEditor", "Version {version} · <b>{status}</b> · created {created}").format(
            version=view.version, status=status_label(view.status), created=formatting.timestamp(view.created_at)))
        self.banner.say(self._read_only_reason(view) or self._role_reason())
        for widget in (self.title_edit, self.tax_rate):
            set_read_only(widget, not editable)
        self.save_action.setEnabled(editable)
        self.send_action.setEnabled(editable)
        self.approve_action.setEnabled(view.status == DocumentStatus.SENT and self.role_refusal is None)
        for action in self.row_actions:
            action.setEnabled(editable)
        self._set_dirty(False)
        if view.items:
            self.table.setCurrentIndex(self.model.index(0, Column.NEED))
        self.detail.show_row(0 if view.items else -1)
        priced = priced or requirements.priced(view, self._services)
        self.trace.show_priced(priced)
        self.pricing.show_priced(priced)

    @property
    def role_refusal(self) -> str | None:
        """Why the acting person may not change requirements (core's refusal), or None."""
        return requirements.why_not_edit(self.context.actor)

    @property
    def editable(self) -> bool:
        """The document is a draft and the acting person may change it."""
        return self.view.editable and self.role_refusal is None

    def _role_reason(self) -> str:
        refused = self.role_refusal
        if refused is None:
            return ""
        return translate("RequirementsEditor", "<b>Read-only:</b> {reason}.").format(reason=refused)

    def _actor_changed(self, _actor: object = None) -> None:
        """Another person acts: what they may do is shown (unsaved edits were saved or dropped when asked)."""
        if not self.dirty:
            self._reload_now()

    @staticmethod
    def _read_only_reason(view: RequirementsView) -> str:
        if view.status == DocumentStatus.SENT:
            sent = formatting.timestamp(view.sent_at) if view.sent_at else ""
            return translate(
                "RequirementsEditor",
                "<b>Read-only:</b> version {version} was sent to the customer {sent} and awaits their approval. "
                "Record their approval (Ctrl+Shift+A), or make a new version (Ctrl+Shift+N) to change it.",
            ).format(version=view.version, sent=sent)
        if view.status == DocumentStatus.APPROVED:
            approved = formatting.timestamp(view.approved_at) if view.approved_at else ""
            return translate(
                "RequirementsEditor",
                "<b>Read-only:</b> version {version} was approved by {approved_by} {approved}. "
                "Make a new version (Ctrl+Shift+N) to change it.",
            ).format(version=view.version, approved_by=view.approved_by, approved=approved)
        return ""

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        star = "*" if dirty else ""
        self.setWindowTitle(star + translate("RequirementsEditor", "{customer} — requirements v{version} — slamdesk").format(
            customer=self.view.customer_name, version=self.view.version))
        self.trace.set_stale(dirty)
        self.pricing.set_stale(dirty)

    def _on_edited(self) -> None:
        if not self.editable:
            return
        self._set_dirty(True)
        if self.model.error_cell is None:  # the refused cell was changed: its message goes with its mark
            self.table_error.show_message("")
            self.detail.priority_error.show_message("")
        self.detail.show_title(self.current_row())

    def _current_row(self, index: QModelIndex) -> None:
        self.detail.show_row(index.row() if index.isValid() else -1)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _tab_changed(self, tab: int) -> None:
        if tab == 0:
            self.table.setFocus()

    # Rows

    def add_requirement(self) -> None:
        if self.model.read_only:
            return
        position = self.current_row() + 1 if self.current_row() >= 0 else len(self.model.rows)
        self.model.insert(position, RowDraft())
        self.tabs.setCurrentIndex(0)
        self.table.setCurrentIndex(self.model.index(position, Column.NEED))
        self.detail.need.setFocus()

    def remove_requirement(self) -> None:
        row = self.current_row()
        if row < 0 or self.model.read_only:
            return
        self.model.remove(row)
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), Column.NEED))
        else:
            self.detail.show_row(-1)

    def move_requirement(self, offset: int) -> None:
        row, column = self.current_row(), max(self.table.currentIndex().column(), 0)
        if row >= 0 and not self.model.read_only and self.model.move(row, offset):
            self.table.setCurrentIndex(self.model.index(row + offset, column))

    # Use cases

    def _run(self, what: str, call: Any, *, changes: bool = True) -> Any:
        """Run one use case (``operations.change``): a refusal about a field goes beside it, a stale save in the
        bar above the form, any other in a message box. Returns what it gave back, None when refused."""
        self.model.mark_error(None)
        done = operations.change(
            self, self.context, call, what=what, fields=self.errors, say=self.say,
            changed=Changed(Area.REQUIREMENTS, str(self.view.id)) if changes else None,
            stale=lambda error: self._refused_stale(error, what),
        )
        return done.value

    def _refused_stale(self, error: ConcurrencyError, what: str | None = None) -> None:
        """Someone changed the document since it was read: say so above the form; the edits stay on screen."""
        self.stale_bar.say(stale_text(error, translate("RequirementsEditor", "this requirements document")))
        self._not_done(what or translate("RequirementsEditor", "Save"), error)

    def _not_done(self, what: str, error: Exception) -> None:
        self.say(translate("RequirementsEditor", "{action}: not done. {reason}").format(action=what, reason=error))

    def _refuse_row(self, row: int, error: ValidationError) -> None:
        self.errors.show(error)
        column = COLUMN_OF.get(error.field or "", Column.NEED)
        self.model.mark_error((row, column), error.message)
        self.tabs.setCurrentIndex(0)
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.scrollTo(self.model.index(row, column))
        if column is Column.PRIORITIES:
            self.detail.checks[PRIORITIES_FIRST].setFocus()
        else:
            self.table.setFocus()
        self._not_done(translate("RequirementsEditor", "Save"), error)

    def _commit_open_editor(self) -> None:
        """A cell still being typed in (Ctrl+S pressed inside it) is stored before saving."""
        widget = QApplication.focusWidget()
        viewport = self.table.viewport()
        while widget is not None and widget.parentWidget() is not viewport:
            widget = widget.parentWidget()
        if widget is not None:
            self.table.itemDelegateForIndex(self.table.currentIndex()).commitData.emit(widget)

    def save(self) -> bool:
        """Check every row with ``core``, then store them; a refused cell is marked and nothing is stored."""
        if not self.editable:
            return False
        self.errors.clear()
        self.model.mark_error(None)
        self._commit_open_editor()
        inputs = [draft.to_input() for draft in self.model.rows]
        what = translate("RequirementsEditor", "Save")
        for row, item in enumerate(inputs):
            checked = operations.query(self, self.context, lambda i=item, r=row: requirements.validate_requirement(i, r),
                                       what=what, in_place=True)
            if isinstance(checked.error, ValidationError):
                self._refuse_row(row, checked.error)
                return False
        tax = self._run(what, lambda: parse_amount(self.tax_rate.text(), "tax_rate_pct"), changes=False)
        if tax is None:
            return False
        saved = self._run(what, lambda: requirements.update_requirements(
            self.context.db, self.context.actor, self.view.id, row_version=self.row_version, requirements=inputs,
            title=self.title_edit.text(), tax_rate_pct=tax,
        ))
        if saved is None:
            return False
        row = self.current_row()
        self.show_document(saved)
        if 0 <= row < len(self.model.rows):
            self.table.setCurrentIndex(self.model.index(row, Column.NEED))
        self.say(translate("RequirementsEditor", "Requirements v{version} for {customer} saved").format(
            version=saved.version, customer=saved.customer_name))
        return True

    def send(self) -> None:
        if self.dirty and not self.save():
            return
        sent = self._run(translate("RequirementsEditor", "Send to customer"), lambda: requirements.send_requirements(
            self.context.db, self.context.actor, self.view.id, row_version=self.row_version))
        if sent is not None:
            self.show_document(sent)
            self.say(translate("RequirementsEditor", "Version {version} sent to {customer}").format(
                version=sent.version, customer=sent.customer_name))

    def _saved_for_output(self) -> bool:
        """Unsaved edits are saved first, so the document shows what is stored."""
        return not (self.dirty and self.editable) or self.save()

    def preview(self) -> PdfPreviewDialog | None:
        """The document as the customer will read it, through the same renderer as agreements."""
        if not self._saved_for_output():
            return None
        document_id, name = self.view.id, f"REQ-{self.view.id:04d} v{self.view.version}"
        opened = operations.query(self, self.context, lambda: PdfPreviewDialog(
            self, self.context.db, name, render=lambda: export.preview_requirements_pdf(self.context.db, document_id),
            note=translate("RequirementsEditor",
                           "A preview: the document as Export for approval (Ctrl+E) would write it. Nothing is written yet."),
        ), what=translate("RequirementsEditor", "Preview of {name}").format(name=name), say=self.say)
        dialog = opened.value
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_documents(self) -> list[export.ExportedFile]:
        """PDF and DOCX of this version into the register folder, for the customer to approve."""
        if not self._saved_for_output():
            return []
        written = self._run(translate("RequirementsEditor", "Export"),
                            lambda: export.export_requirements(self.context.db, self.context.actor, self.view.id))
        if not written:
            return []
        self.exported = list(written)
        names, folder = [file.path.name for file in written], written[0].path.parent
        if len(names) == 2:  # the PDF and the DOCX
            said = translate("RequirementsEditor", "Exported {first} and {second} into {folder}").format(
                first=names[0], second=names[1], folder=folder)
        else:
            said = translate("RequirementsEditor", "Exported {files} into {folder}").format(files=", ".join(names), folder=folder)
        self.say(said)
        return self.exported

    def record_approval(self) -> ApprovalDialog:
        dialog = ApprovalDialog(self, self.context, self.view, self.row_version)
        dialog.reports_to(self.context, Changed(Area.REQUIREMENTS, str(self.view.id)))
        dialog.accepted.connect(lambda: self._approved(dialog))
        dialog.reload_requested.connect(self.reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _approved(self, dialog: ApprovalDialog) -> None:
        if dialog.result_view is not None:
            self.show_document(dialog.result_view)
            self.say(translate("RequirementsEditor", "Version {version} approved by {approved_by}").format(
                version=dialog.result_view.version, approved_by=dialog.result_view.approved_by))

    def make_new_version(self) -> None:
        if self.dirty and self.editable and not self.save():
            return
        copy = self._run(translate("RequirementsEditor", "New version"), lambda: requirements.new_version(
            self.context.db, self.context.actor, self.view.id, row_version=self.row_version))
        if copy is not None:
            self.trace.set_document(copy.id)
            self.pricing.set_document(copy.id)
            self.show_document(copy)
            self.say(translate("RequirementsEditor", "Version {version} for {customer} is a new draft").format(
                version=copy.version, customer=copy.customer_name))

    def reload(self) -> None:
        """Read the document again (F5); unsaved edits are asked about first, never dropped silently."""
        self.unsaved_box = unless_unsaved(self, translate("RequirementsEditor", "The requirements document"),
                                          self.dirty and self.editable, self.save, self._reload_now)

    def _reload_now(self) -> None:
        fresh = self._run(translate("RequirementsEditor", "Reload"),
                          lambda: requirements.open_document(self.context.db, self.view.id), changes=False)
        if fresh is not None:
            self._services = fresh.services
            self.show_document(fresh.view, fresh)

    def _on_matrix_changed(self, other: TraceabilityMatrix | PricingMatrix, based_on: int) -> None:
        """One tab changed the stored document (a level, a price, a trace); the other tab follows.

        The rows on screen stay at their row version unless that change was made against it: then the
        document moved on by exactly that change (never shown on this tab), and the next save goes on from it.
        """
        if based_on == self.row_version:
            self.row_version = based_on + 1
        fresh = requirements.open_document(self.context.db, self.view.id)
        self._services, self.view = fresh.services, fresh.view
        other.show_priced(fresh)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and self.editable:
            self.unsaved_box = unless_unsaved(self, translate("RequirementsEditor", "The requirements document"), True,
                                              self.save, self._close_now)
            event.ignore()
            return
        super().closeEvent(event)

    def say(self, text: str) -> None:
        """A message about this document: on this window's own status line, and the main window's."""
        self.statusBar().showMessage(text, STATUS_MS)
        self.context.message.emit(text)

    # HoldsEdits: asked before the application quits or the acting profile changes

    def unsaved_edits(self) -> str | None:
        if not (self.dirty and self.editable):
            return None
        return translate("RequirementsEditor", "The requirements document “{title}” of {customer}").format(
            title=self.view.title, customer=self.view.customer_name)

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self._set_dirty(False)
        self._reload_now()

    def _close_now(self) -> None:
        self._set_dirty(False)
        self.close()
