"""The forms beside the requirements table: the selected requirement's details and the customer's approval."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core import requirements
from ...core.catalogue import PRIORITIES
from ...core.requirements import RequirementsView
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..common.widgets import ErrorLabel, set_read_only
from ..context import AppContext
from .labels import priority_label
from .rows_model import RequirementsModel


class RequirementDetail(QGroupBox):
    """The selected requirement in full: need and outcome in the customer's words, priorities with notes.

    Attributes:
        errors: the label beside the priority categories (core's ``priorities`` field).
    """

    def __init__(self, model: RequirementsModel) -> None:
        super().__init__(translate("RequirementDetail", "Selected requirement"))
        self._model, self._row = model, -1
        self.need = QPlainTextEdit(placeholderText=translate("RequirementDetail", "What the customer needs, in their own words"))
        self.outcome = QPlainTextEdit(
            placeholderText=translate("RequirementDetail", "The outcome they expect, e.g. no sailing delayed by IT"))
        for editor in (self.need, self.outcome):
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(56)
        self.checks = {code: QCheckBox(priority_label(code)) for code in PRIORITIES}
        self.notes = {code: QLineEdit(placeholderText=translate(
            "RequirementDetail", "What {priority} means for this customer").format(priority=code)) for code in PRIORITIES}
        self.priority_error = ErrorLabel()
        texts = QFormLayout()
        texts.addRow(translate("RequirementDetail", "&Need:"), self.need)
        texts.addRow(translate("RequirementDetail", "&Outcome:"), self.outcome)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for row, code in enumerate(PRIORITIES):
            grid.addWidget(self.checks[code], row, 0)
            grid.addWidget(self.notes[code], row, 1)
        grid.addWidget(self.priority_error, len(PRIORITIES), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        priorities = QGroupBox(translate("RequirementDetail", "Priority categories, and what each means for this customer"))
        priorities.setFlat(True)
        priorities.setLayout(grid)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(priorities, 1)
        self.need.textChanged.connect(lambda: self._store(need=self.need.toPlainText()))
        self.outcome.textChanged.connect(lambda: self._store(outcome=self.outcome.toPlainText()))
        for code in PRIORITIES:
            self.checks[code].toggled.connect(self._store_priorities)
            self.notes[code].textEdited.connect(self._store_priorities)
        self.show_row(-1)

    def show_row(self, row: int) -> None:
        self._row = row
        draft = self._model.rows[row] if 0 <= row < len(self._model.rows) else None
        self.show_title(row if draft else -1)
        editors: list[QWidget] = [self.need, self.outcome, *self.checks.values(), *self.notes.values()]
        for editor in editors:
            editor.blockSignals(True)
        self.need.setPlainText(draft.need if draft else "")
        self.outcome.setPlainText(draft.outcome if draft else "")
        for code in PRIORITIES:
            self.checks[code].setChecked(bool(draft) and code in draft.priorities)  # type: ignore[union-attr]
            self.notes[code].setText(draft.priority_notes.get(code, "") if draft else "")
        for editor in editors:
            editor.blockSignals(False)
        self.refresh_enabled()

    def show_title(self, row: int) -> None:
        """The box's title: the requirement's number, or that one is to be selected (``row`` -1)."""
        self.setTitle(translate("RequirementDetail", "Requirement {number}").format(number=row + 1) if row >= 0
                      else translate("RequirementDetail", "Selected requirement"))

    def refresh_enabled(self) -> None:
        editable = 0 <= self._row < len(self._model.rows) and not self._model.read_only
        for editor in (self.need, self.outcome):
            set_read_only(editor, not editable)
        for code in PRIORITIES:
            self.checks[code].setEnabled(editable)
            set_read_only(self.notes[code], not editable)

    def _store(self, **changes: Any) -> None:
        if 0 <= self._row < len(self._model.rows):
            self._model.update_row(self._row, **changes)

    def _store_priorities(self) -> None:
        self._store(
            priorities=tuple(code for code in PRIORITIES if self.checks[code].isChecked()),
            priority_notes={code: self.notes[code].text() for code in PRIORITIES if self.notes[code].text().strip()},
        )


class ApprovalDialog(UseCaseDialog):
    """Record that the customer approved a sent document (as read at ``row_version``); names who approved."""

    def __init__(self, parent: QWidget | None, context: AppContext, view: RequirementsView, row_version: int) -> None:
        super().__init__(
            parent, title=translate("ApprovalDialog", "Record customer approval"),
            intro=translate("ApprovalDialog", "{customer} approved version {version}. Who approved it on their side?").format(
                customer=view.customer_name, version=view.version),
            ok_text=translate("ApprovalDialog", "Record approval"),
        )
        self.subject = translate("ApprovalDialog", "the requirements document")  # a stale refusal says it changed
        self.approved_by = QLineEdit(placeholderText=translate("ApprovalDialog", "Full name, as the customer signed off"))
        self.add_field("approved_by", translate("ApprovalDialog", "&Approved by:"), self.approved_by)
        self.result_view: RequirementsView | None = None

        def submit() -> None:
            self.result_view = requirements.record_customer_approval(
                context.db, context.actor, view.id, self.approved_by.text(), row_version=row_version
            )

        self.on_submit(submit)
