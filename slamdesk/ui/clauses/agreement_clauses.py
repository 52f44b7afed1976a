"""The clauses of an agreement's current version: pick from the library, edit the agreement's copy.

Left, the clauses in the agreement (ticked, in their order) and the library
clauses of the agreement's language it does not use yet; right, the chosen
clause's wording as this agreement has it and its difference to the library
text it came from (``ClauseView.diff`` from ``core``). Save hands the ticked
clauses to ``core.clauses.set_agreement_clauses``; only a draft's clauses
change, so anything else is shown read-only with the reason.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from ...core import agreements, clauses
from ...core.agreements import AgreementDetail
from ...core.clauses import ClausePick, may_choose_clauses
from ...core.lifecycle import EDITABLE, Status
from .. import operations
from ..common.diff import MUTED, diff_html
from ..common.i18n import translate
from ..common.unsaved import HoldsEdits
from ..common.widgets import FieldErrors, ask_unsaved, set_read_only, stale_text
from ..context import AppContext
from ..operations import Changed
from .agreement_clauses_layout import AgreementClausesLayout
from .clause_row import ClauseRow, source_id
from .wording import language_name

ROW_ROLE = Qt.ItemDataRole.UserRole
# The states whose clauses core lets change (while no signature froze the version).
CLAUSE_EDITABLE = EDITABLE  # core.lifecycle's rule


class AgreementClausesDialog(HoldsEdits, AgreementClausesLayout, QDialog):
    """Choose and word the clauses of agreement ``number``'s current version.

    Signals:
        clauses_saved: the clauses were stored (the agreement number).

    Attributes:
        detail: the agreement as read when the dialog opened (or last saved).
        version_id: the row id of its current version.
        row_version: that version's row version, read with its clauses; Save passes it and ``core``
            refuses the save when someone changed the version since.
        stale_bar: above the buttons, says a save was refused that way, with Reload (the edits stay until then).
        editable: whether the clauses may change (a draft, and a user who drafts).
        banner: why they may not (hidden otherwise).
        clause_list: checkable rows (item data: ``ClauseRow``); ticked ones are the agreement's.
        up_button, down_button: move the chosen clause in the agreement's order.
        clause_heading: the chosen clause's title, key and where its text comes from.
        text_edit: the agreement's own copy of the chosen clause.
        reset_button: "Reset to library text".
        diff_view: the difference to the library clause, coloured; ``diff_lines`` holds ``core``'s lines.
        errors: ``clauses`` beside the list; ``general`` for the rest.
        buttons: Save clauses / Cancel, or Close when read-only.
    """

    clauses_saved = Signal(str)

    def __init__(self, parent: QWidget | None, context: AppContext, number: str) -> None:
        super().__init__(parent)
        self.context, self.number = context, number
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.diff_lines: list[str] = []
        self.errors = FieldErrors()
        self._initial: list[ClausePick] = []
        self.unsaved_box: QMessageBox | None = None  # Save / Discard / Cancel, while it is asked
        self._showing = False
        self._build()
        self.resize(1180, 760)
        self.reload()

    # ------------------------------------------------------------- reading

    def reload(self) -> None:
        """Read the agreement's current version and the library again (drops unsaved edits)."""
        db = self.context.db
        self.stale_bar.clear()
        def read() -> tuple[clauses.VersionClauses, AgreementDetail, list[clauses.LibraryClause]]:
            opened = clauses.current_clauses(db, self.number)  # the clauses and the version they belong to, at once
            detail = agreements.get_agreement(db, self.number)
            return opened, detail, clauses.library(db, detail.language)

        what = translate("AgreementClausesDialog", "Clauses of {number}").format(number=self.number)
        found = operations.query(self, self.context, read, what=what, in_place=True)
        if found.value is None:
            self.heading.setText(f"<b>{escape(self.number)}</b>: {escape(str(found.error))}")
            self.editable = False
            self._set_rows([])
            self._apply_editable()
            return
        opened, self.detail, library = found.value
        self.version_id, self.row_version = opened.version_id, opened.row_version
        detail = self.detail
        self.setWindowTitle(translate("AgreementClausesDialog", "Clauses of {number} — slamdesk").format(number=self.number))
        self.heading.setText(
            f"<b>{escape(self.number)}</b> — {escape(detail.title)}<br>"
            f"<span style='color:{MUTED}'>"
            + translate("AgreementClausesDialog", "Version {version} · {status} · clauses in {language} · {customer}").format(
                version=detail.version_no, status=escape(detail.status.label),
                language=escape(language_name(detail.language)), customer=escape(detail.customer_name))
            + "</span>"
        )
        newest = {c.key: c for c in library}
        rows: list[ClauseRow] = []
        for view in opened.clauses:
            clause_id = None
            if view.version:
                for language in dict.fromkeys((detail.language, "en")):
                    clause_id = source_id(clauses.history(db, view.key, language), view)
                    if clause_id is not None:
                        break
            latest = newest.get(view.key)
            rows.append(ClauseRow(
                view.key, view.title, view.text, clause_id, view.version, view.library_text, True,
                latest.version if latest is not None and latest.version > view.version else 0,
            ))
        used = {row.key for row in rows}
        rows.extend(ClauseRow(c.key, c.title, c.text, c.id, c.version, c.text, False)
                    for c in library if c.key not in used)
        self.editable, reason = self._editability(detail)
        self.banner.say(reason)
        self._set_rows(rows)
        self._initial = self.picks()
        self._apply_editable()

    def _editability(self, detail: AgreementDetail) -> tuple[bool, str]:
        actor = self.context.actor
        if detail.status not in CLAUSE_EDITABLE or detail.content_sha256:
            advice = {
                Status.SIGNED: translate("AgreementClausesDialog",
                        "A signed agreement never changes: amend it to change its clauses in a new version."),
                Status.ACTIVE: translate("AgreementClausesDialog",
                        "A signed agreement never changes: amend it to change its clauses in a new version."),
                Status.TERMINATED: translate("AgreementClausesDialog", "A terminated agreement is kept as it was signed."),
                Status.IN_REVIEW: translate("AgreementClausesDialog",
                        "Clauses change only in a draft; reviewers can request changes."),
                Status.APPROVED: translate("AgreementClausesDialog",
                        "Clauses change only in a draft; an approved version goes on to signing."),
            }.get(detail.status) or translate("AgreementClausesDialog", "Clauses change only in a draft.")
            return False, translate("AgreementClausesDialog", "Read-only: version {version} is {status}. {advice}").format(
                version=detail.version_no, status=detail.status.label.lower(), advice=advice)
        if not may_choose_clauses(actor):
            return False, translate("AgreementClausesDialog", "Read-only: {name} ({role}) cannot choose an agreement's clauses; "
                                         "representatives, legal reviewers and administrators can.").format(
                name=actor.display_name, role=actor.role.label.lower())
        return True, ""

    def _set_rows(self, rows: list[ClauseRow], current: int = 0) -> None:
        self.clause_list.blockSignals(True)
        self.clause_list.clear()
        for row in rows:
            item = QListWidgetItem()
            self._fill_item(item, row)
            self.clause_list.addItem(item)
        self.clause_list.blockSignals(False)
        if rows:
            self.clause_list.setCurrentRow(min(max(current, 0), len(rows) - 1))
        else:
            self._show_row(None)

    def _fill_item(self, item: QListWidgetItem, row: ClauseRow) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if row.picked else Qt.CheckState.Unchecked)
        if not row.picked:
            source = translate("AgreementClausesDialog",
                    "library v{version} · not in the agreement").format(version=row.library_version)
        elif row.clause_id is None and not row.library_text:
            source = translate("AgreementClausesDialog", "written for this agreement")
        elif row.view().edited:
            source = translate("AgreementClausesDialog", "library v{version} · edited").format(version=row.library_version)
        else:
            source = translate("AgreementClausesDialog", "library v{version}").format(version=row.library_version)
        item.setText(f"{row.title}\n{row.key} · {source}")
        item.setToolTip(row.text)
        item.setData(Qt.ItemDataRole.ForegroundRole, None if row.picked else QBrush(QColor(MUTED)))
        item.setData(ROW_ROLE, row)

    def rows(self) -> list[ClauseRow]:
        return [self.clause_list.item(r).data(ROW_ROLE) for r in range(self.clause_list.count())]

    def row_of(self, key: str) -> int:
        return next(index for index, row in enumerate(self.rows()) if row.key == key)

    def select_clause(self, key: str) -> None:
        self.clause_list.setCurrentRow(self.row_of(key))

    def set_picked(self, key: str, picked: bool) -> None:
        """Tick or untick a clause, as a click on its check box does."""
        item = self.clause_list.item(self.row_of(key))
        item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)

    def picks(self) -> list[ClausePick]:
        """What Save would store: the ticked clauses in list order."""
        return [row.pick() for row in self.rows() if row.picked]

    @property
    def current_row(self) -> ClauseRow | None:
        item = self.clause_list.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    # ------------------------------------------------------------- showing

    def _show_row(self, item: QListWidgetItem | None) -> None:
        row: ClauseRow | None = item.data(ROW_ROLE) if item is not None else None
        self._showing = True
        try:
            self.text_edit.setPlainText(row.text if row else "")
        finally:
            self._showing = False
        if row is None:
            self.clause_heading.clear()
        else:
            if row.clause_id is None and not row.library_text:
                source = translate("AgreementClausesDialog",
                        "Written for this agreement; there is no library text to compare with.")
            elif row.newest:
                source = translate("AgreementClausesDialog",
                        "From the library, version {version}. The library now has version {newest}.").format(
                    version=row.library_version, newest=row.newest)
            else:
                source = translate("AgreementClausesDialog",
                        "From the library, version {version}.").format(version=row.library_version)
            self.clause_heading.setText(
                f"<b>{escape(row.title)}</b> <span style='color:{MUTED}'>({escape(row.key)})</span><br>"
                f"<span style='color:{MUTED}'>{escape(source)}</span>"
            )
        self._refresh_row_state(row)

    def _refresh_row_state(self, row: ClauseRow | None) -> None:
        editing = self.editable and row is not None and row.picked
        set_read_only(self.text_edit, not editing)
        self.text_edit.setEnabled(row is not None)
        has_library = row is not None and bool(row.library_text)
        edited = row is not None and row.view().edited
        self.reset_button.setEnabled(editing and has_library and edited)
        self.diff_lines = row.view().diff() if row is not None else []
        if row is None:
            self.edited_label.clear()
            self.diff_view.clear()
            return
        if not row.picked:
            note = translate("AgreementClausesDialog",
                    "Not in the agreement: tick it to include it and to edit the agreement's copy.")
        elif not has_library:
            note = translate("AgreementClausesDialog", "The agreement's own clause.")
        elif edited:
            note = translate("AgreementClausesDialog", "Edited: this agreement's copy differs from the library.")
        else:
            note = translate("AgreementClausesDialog", "Same as the library text.")
        self.edited_label.setText(note)
        empty = (translate("AgreementClausesDialog", "No library clause to compare with.") if not has_library
                 else translate("AgreementClausesDialog", "No difference: the agreement uses the library text as it is."))
        self.diff_view.setHtml(diff_html(self.diff_lines, empty=empty))
        self.up_button.setEnabled(self.editable and row.picked)
        self.down_button.setEnabled(self.editable and row.picked)

    def _apply_editable(self) -> None:
        self.buttons.clear()
        if self.editable:
            save = self.buttons.addButton(translate("AgreementClausesDialog", "Save clauses"),
                                          QDialogButtonBox.ButtonRole.AcceptRole)
            save.setShortcut(QKeySequence.StandardKey.Save)
            save.setToolTip(translate("AgreementClausesDialog", "Store the ticked clauses in this version (Ctrl+S)"))
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.up_button.setVisible(self.editable)
        self.down_button.setVisible(self.editable)
        self.reset_button.setVisible(self.editable)
        self._refresh_row_state(self.current_row)

    # ------------------------------------------------------------- editing

    def _replace_current(self, row: ClauseRow) -> None:
        item = self.clause_list.currentItem()
        self.clause_list.blockSignals(True)
        self._fill_item(item, row)
        self.clause_list.blockSignals(False)
        self._refresh_row_state(row)

    def _text_changed(self) -> None:
        row = self.current_row
        if self._showing or row is None or not row.picked or not self.editable:
            return
        self._replace_current(replace(row, text=self.text_edit.toPlainText()))

    def _item_changed(self, item: QListWidgetItem) -> None:
        row: ClauseRow = item.data(ROW_ROLE)
        picked = item.checkState() == Qt.CheckState.Checked
        if row.picked == picked:
            return
        row = replace(row, picked=picked)  # an edited copy is kept while unticked, in case it is ticked again
        self.clause_list.blockSignals(True)
        self._fill_item(item, row)
        self.clause_list.blockSignals(False)
        if item is self.clause_list.currentItem():
            self._refresh_row_state(row)
        else:
            self.clause_list.setCurrentItem(item)

    def reset_to_library(self) -> None:
        row = self.current_row
        if row is None or not row.library_text or not self.editable or not row.picked:
            return
        cursor = self.text_edit.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(row.library_text)  # one step of the text's own undo (Ctrl+Z)

    def move(self, step: int) -> None:
        """Move the chosen clause ``step`` places among the clauses (its place in the agreement)."""
        index = self.clause_list.currentRow()
        rows = self.rows()
        target = index + step
        if not self.editable or index < 0 or not 0 <= target < len(rows):
            return
        rows[index], rows[target] = rows[target], rows[index]
        self._set_rows(rows, target)

    @property
    def dirty(self) -> bool:
        return self.editable and self.picks() != self._initial

    def accept(self) -> None:
        if not self.editable:
            super().accept()
            return
        self.stale_bar.clear()
        picks = self.picks()
        count = len(picks)
        stale_what = translate("AgreementClausesDialog", "{number} version {version}").format(
            number=escape(self.number), version=self.detail.version_no)
        saved = operations.change(
            self, self.context,
            lambda: clauses.set_agreement_clauses(self.context.db, self.context.actor, self.version_id, picks,
                                                  row_version=self.row_version),
            what=translate("AgreementClausesDialog", "Clauses of {number}").format(number=self.number),
            changed=Changed.agreement(self.number),
            done=translate("AgreementClausesDialog", "%n clause(s) saved in {number}", None, count).format(number=self.number),
            fields=self.errors,
            stale=lambda error: self.stale_bar.say(stale_text(error, stale_what)),
        )
        if not saved:
            return
        self._initial = picks
        self.clauses_saved.emit(self.number)
        super().accept()

    def reject(self) -> None:
        if self.dirty:
            self.unsaved_box = ask_unsaved(self, translate("AgreementClausesDialog",
                    "The clauses of {number}").format(number=self.number),
                                           self._close_answer)
            return
        super().reject()

    # HoldsEdits: asked before the application quits

    def unsaved_edits(self) -> str | None:
        return translate("AgreementClausesDialog", "The clauses of {number}").format(number=self.number) if self.dirty else None

    def save_edits(self) -> bool:
        self.accept()  # saves, then closes; a refusal stays shown beside the list
        return not self.dirty

    def discard_edits(self) -> None:
        self._initial = self.picks()
        super().reject()

    def _close_answer(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            self._initial = self.picks()
            super().reject()
