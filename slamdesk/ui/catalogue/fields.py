"""The catalogue editor's field widgets: a multi-line field, an editable table of rows.

Also the setters that leave a field alone when its value is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common import formatting
from ..common.widgets import ComboDelegate, ErrorLabel

TABLE_ERROR_STYLE = "QTableWidget { border: 1px solid #c53030; }"


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that says when typing in it ends, like ``QLineEdit.editingFinished``."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class ClickLabel(QLabel):
    """A check box's words, wrapped: its mnemonic moves the focus to the box and a click toggles it."""

    def __init__(self, text: str, box: QAbstractButton) -> None:
        super().__init__(text, wordWrap=True)
        self.setBuddy(box)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        if self._box.isEnabled():
            self._box.toggle()


class RowsTable(QWidget):
    """An editable table of text rows, with Add and Remove buttons unless its rows are fixed.

    ``buttons`` are the two buttons' texts ("Add band", "Remove band"), in the window's language.

    Signals:
        edited: a cell changed, or a row was added or removed.
    """

    edited = Signal()

    def __init__(
        self, headers: Sequence[str], *, empty_row: tuple[str, ...] = (), row_labels: Sequence[str] = (),
        numeric: Sequence[int] = (), stretch: int = 0, buttons: tuple[str, str] = ("", ""),
        choices: dict[int, dict[str, str]] | None = None,
    ) -> None:
        super().__init__()
        self._empty, self._numeric, self._choices = empty_row, set(numeric), choices or {}
        self.table = QTableWidget(len(row_labels), len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        if row_labels:
            self.table.setVerticalHeaderLabels(list(row_labels))
        else:
            self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column, options in self._choices.items():
            self.table.setItemDelegateForColumn(
                column, ComboDelegate([(label, label) for label in options.values()], editable=False, parent=self.table)
            )
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.add_button = self.remove_button = None
        if not row_labels:
            self.add_button = QPushButton(buttons[0])
            self.remove_button = QPushButton(buttons[1])
            self.add_button.clicked.connect(self.add_row)
            self.remove_button.clicked.connect(self.remove_row)
            button_row = QHBoxLayout()
            button_row.addWidget(self.add_button)
            button_row.addWidget(self.remove_button)
            button_row.addStretch(1)
            layout.addLayout(button_row)
        layout.addWidget(self.error)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every row (up to six) and the header, so short tables never scroll."""
        rows = min(max(self.table.rowCount(), 2), 6)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth() + 2)

    def rows(self) -> tuple[tuple[str, ...], ...]:
        result = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                text = item.text() if item else ""
                options = self._choices.get(column)
                if options:
                    text = next((code for code, label in options.items() if label == text), text)
                cells.append(text)
            result.append(tuple(cells))
        return tuple(result)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        has_items = all(self.table.item(r, 0) is not None for r in range(self.table.rowCount()))
        if has_items and tuple(tuple(row) for row in rows) == self.rows():
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                options = self._choices.get(column)
                item = QTableWidgetItem(options.get(text, text) if options else text)
                if column in self._numeric:
                    item.setTextAlignment(formatting.NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._fit_height()

    def add_row(self) -> None:
        self.set_rows([*self.rows(), self._empty])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.edited.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            rows = list(self.rows())
            del rows[row]
            self.set_rows(rows)
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else QAbstractItemView.EditTrigger.AllEditTriggers
        )

    def mark_error(self, message: str) -> None:
        self.error.show_message(message)
        self.table.setStyleSheet(TABLE_ERROR_STYLE if message else "")


def line_edit(width: int = 0, placeholder: str = "") -> QLineEdit:
    """A one-line field, at most ``width`` pixels wide when given."""
    edit = QLineEdit(placeholderText=placeholder)
    if width:
        edit.setMaximumWidth(width)
    return edit


def choice_combo(items: dict[str, str], *, none: str | None = None) -> QComboBox:
    """A pick list of ``items`` (code -> label), with ``none`` first when given."""
    combo = QComboBox()
    if none is not None:
        combo.addItem(none, None)
    for code, label in items.items():
        combo.addItem(label, code)
    return combo


def show_text(edit: QLineEdit, text: str) -> None:
    """Set ``text`` only when it differs (the cursor stays where it is)."""
    if edit.text() != text:
        edit.setText(text)


def show_choice(combo: QComboBox, value: object) -> None:
    """Choose the item holding ``value`` (the first item for None) when it is not chosen already."""
    index = combo.findData(value) if value is not None else 0
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)
