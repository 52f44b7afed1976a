"""Who signs for each party and in which group: the signing order, editable until the first signature.

The rules are ``core``'s: Save calls ``core.agreements`` and shows its refusals, a row's beside that row.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import agreements
from ...core.agreements import PARTIES, Party, SignatoryInput
from ...core.roles import Role
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..common.widgets import Banner, ErrorLabel
from ..context import AppContext
from ..operations import Changed
from .wording import order_rule, party_label, signing_started, title_example

# core's messages about one row of the order start so ("signatory 2: ...").
_ROW_MESSAGE = re.compile(r"^signatory (\d+):")
_MARKED = "QLineEdit { background: #fde2e2; }"


def _mark(edit: QLineEdit, message: str) -> None:
    """Show ``edit`` as the refused cell (red, the message as its tooltip), or unmark it."""
    edit.setStyleSheet(_MARKED if message else "")
    edit.setToolTip(message)


class SignatoriesDialog(UseCaseDialog):
    """Edit the signing order of agreement ``number``; OK stores it with ``set_signatories``.

    One table row per signatory: party, full name, role or title, group. Rows
    are prefilled from the stored signatories, or else with the acting
    representative for the provider (group 1) and the customer's contact
    (group 2). Once signing has started the dialog only shows the order.

    Attributes:
        detail: the agreement as read when the dialog opened.
        table: the signatories, one row each (cell widgets: party combo, name, title, group spin box).
        add_button, remove_button, up_button, down_button: edit the rows.
        read_only: signing has started; ``banner`` says so and OK is hidden.
        banner: the read-only explanation (hidden while editable).
        table_error: the red line under the table where ``core``'s validation messages go
            (``errors.message("signatories")``).
    """

    COLUMNS = (QT_TRANSLATE_NOOP("SignatoriesDialog", "Party"), QT_TRANSLATE_NOOP("SignatoriesDialog", "Full name"),
               QT_TRANSLATE_NOOP("SignatoriesDialog", "Role or title"), QT_TRANSLATE_NOOP("SignatoriesDialog", "Group"))

    def __init__(self, parent: QWidget | None, context: AppContext, number: str) -> None:
        detail = agreements.get_agreement(context.db, number)
        super().__init__(
            parent,
            title=translate("SignatoriesDialog", "Signing order of {number}").format(number=number),
            intro=translate("SignatoriesDialog", "Who signs {number} ({customer}) for each party, and in which order.").format(
                number=number, customer=detail.customer_name),
            ok_text=translate("SignatoriesDialog", "Save order"),
        )
        self._context, self._number, self.detail = context, number, detail
        self.setMinimumWidth(820)
        self.read_only = signing_started(self.detail)

        rule = QLabel(order_rule(), wordWrap=True)
        rule.setObjectName("orderRule")
        rule.setStyleSheet("color: #4a5568;")
        self.banner = Banner()

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("SignatoriesDialog", column) for column in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(3, 80)
        self.table.setMinimumHeight(190)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(translate("SignatoriesDialog", "&Add"))
        self.remove_button = QPushButton(translate("SignatoriesDialog", "&Remove"))
        self.up_button = QPushButton(translate("SignatoriesDialog", "Move &up"))
        self.down_button = QPushButton(translate("SignatoriesDialog", "Move &down"))
        self.add_button.setToolTip(translate("SignatoriesDialog", "Add a signatory below the selected one"))
        self.remove_button.setToolTip(translate("SignatoriesDialog", "Remove the selected signatory"))
        self.up_button.setToolTip(translate("SignatoriesDialog", "Move the selected signatory one row up"))
        self.down_button.setToolTip(translate("SignatoriesDialog", "Move the selected signatory one row down"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)

        around = QHBoxLayout()
        around.setContentsMargins(0, 0, 0, 0)
        around.addWidget(self.table, 1)
        around.addLayout(side)

        # Every message core gives about the order concerns the table: show it right under it.
        self.table_error = ErrorLabel()
        self.errors.register("signatories", self.table_error)
        for field in ("party", "signer_name", "signer_title", "group"):
            self.errors.alias(field, "signatories")

        block = QWidget()
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.addWidget(rule)
        block_layout.addWidget(self.banner)
        block_layout.addLayout(around)
        block_layout.addWidget(self.table_error)
        self.form.addRow(block)

        self._fill(self._initial_rows())
        if self.table.rowCount():
            self.table.setCurrentCell(0, 1)
        self.on_submit(self._save)
        self.reports_to(context, Changed.agreement(number), self._saved)
        if self.read_only:
            self._make_read_only()
        self._update_buttons()
        self.resize(860, 440)

    # Rows

    def _initial_rows(self) -> list[SignatoryInput]:
        if self.detail.signatories:
            return [SignatoryInput(s.party, s.name, s.title, s.group) for s in self.detail.signatories]
        actor = self._context.actor
        if actor.role in (Role.REPRESENTATIVE, Role.ADMINISTRATOR):  # the person setting the order, as their profile says
            provider, title = actor.display_name, actor.role.label
        else:
            provider, title = self.detail.author, Role.REPRESENTATIVE.label
        return [
            SignatoryInput(Party.PROVIDER, provider, title, 1),
            SignatoryInput(Party.CUSTOMER, self.detail.contact_name, self.detail.contact_title, 2),
        ]

    def party_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QComboBox)
        return widget

    def name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QLineEdit)
        return widget

    def title_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, QLineEdit)
        return widget

    def group_spin(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, 3)
        assert isinstance(widget, QSpinBox)
        return widget

    def rows(self) -> list[SignatoryInput]:
        """The order as typed, top to bottom."""
        return [
            SignatoryInput(
                self.party_combo(row).currentData(), self.name_edit(row).text(), self.title_edit(row).text(),
                self.group_spin(row).value(),
            )
            for row in range(self.table.rowCount())
        ]

    def _fill(self, rows: list[SignatoryInput]) -> None:
        self.table.setRowCount(0)
        for item in rows:
            self._append(item)

    def _append(self, item: SignatoryInput, at: int | None = None) -> int:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        party = QComboBox()
        for key in PARTIES:
            party.addItem(party_label(key), key)
        party.setCurrentIndex(max(party.findData(item.party), 0))
        name = QLineEdit(item.name, placeholderText=translate("SignatoriesDialog", "Full name"))
        title = QLineEdit(item.title)
        party.currentIndexChanged.connect(lambda _index: title.setPlaceholderText(title_example(party.currentData())))
        title.setPlaceholderText(title_example(party.currentData()))
        group = QSpinBox()
        group.setRange(1, 99)
        group.setValue(max(item.group, 1))
        group.setAlignment(Qt.AlignmentFlag.AlignRight)
        for column, widget in enumerate((party, name, title, group)):
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)
        name.setFrame(False)
        title.setFrame(False)
        for edit in (name, title):  # a refused cell's mark goes as soon as it is typed in
            edit.textChanged.connect(lambda _text, e=edit: _mark(e, ""))
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing in a row's field makes it the selected row (for remove and move)."""
        if event.type() == QEvent.Type.FocusIn:
            row = self._row_of(watched)
            if row is not None and row != self.table.currentRow():
                self.table.setCurrentCell(row, max(self.table.currentColumn(), 0))
        return super().eventFilter(watched, event)

    def _row_of(self, widget: QObject) -> int | None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                if self.table.cellWidget(row, column) is widget:
                    return row
        return None

    def _add(self) -> None:
        current = self.table.currentRow()
        rows = self.rows()
        template = rows[current] if 0 <= current < len(rows) else (rows[-1] if rows else None)
        new = SignatoryInput(
            template.party if template else Party.CUSTOMER, "", "", template.group if template else 1
        )
        row = self._append(new, current + 1 if current >= 0 else None)
        self.table.setCurrentCell(row, 1)
        self.name_edit(row).setFocus()
        self._update_buttons()

    def _remove(self) -> None:
        current = self.table.currentRow()
        if current < 0:
            return
        self.table.removeRow(current)
        if self.table.rowCount():
            self.table.setCurrentCell(min(current, self.table.rowCount() - 1), 1)
        self._update_buttons()

    def _move(self, step: int) -> None:
        current = self.table.currentRow()
        target = current + step
        rows = self.rows()
        if current < 0 or not 0 <= target < len(rows):
            return
        rows[current], rows[target] = rows[target], rows[current]
        self._fill(rows)
        self.table.setCurrentCell(target, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current, count = self.table.currentRow(), self.table.rowCount()
        editable = not self.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and current >= 0)
        self.up_button.setEnabled(editable and current > 0)
        self.down_button.setEnabled(editable and 0 <= current < count - 1)

    def _make_read_only(self) -> None:
        self.banner.say(translate(
            "SignatoriesDialog", "Signing has started, so the signing order can no longer change. "
                                 "The signing window shows who has signed and who is next."))
        for row in range(self.table.rowCount()):
            self.party_combo(row).setEnabled(False)
            self.group_spin(row).setEnabled(False)
            self.group_spin(row).setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            self.name_edit(row).setReadOnly(True)
            self.title_edit(row).setReadOnly(True)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("SignatoriesDialog", "Close"))

    # Saving

    def _save(self) -> None:
        agreements.set_signatories(self._context.db, self._context.actor, self._number, self.rows())

    def _saved(self, _result: object) -> str:
        order = self.rows()
        people, groups = len(order), len({item.group for item in order})
        # Two numbers in one sentence: each has its own numbered message, the sentence puts them together.
        return translate("SignatoriesDialog", "Signing order of {number}: {signatories} in {groups}").format(
            number=self._number, signatories=translate("SignatoriesDialog", "%n signator(y|ies)", None, people),
            groups=translate("SignatoriesDialog", "%n group(s)", None, groups))

    def accept(self) -> None:
        if self.read_only:
            self.reject()
            return
        super().accept()
        message = self.table_error.text()
        found = _ROW_MESSAGE.match(message)
        if found and self.result() != QDialog.DialogCode.Accepted:
            row = int(found.group(1)) - 1
            if 0 <= row < self.table.rowCount():
                # The cell the refusal is about: the empty one of name and title, else the name.
                name, title = self.name_edit(row), self.title_edit(row)
                cell = title if name.text().strip() and not title.text().strip() else name
                self.table.setCurrentCell(row, 1 if cell is name else 2)
                _mark(cell, message)
                cell.setFocus()
