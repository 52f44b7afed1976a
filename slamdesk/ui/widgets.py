"""Reusable pieces: validation messages shown beside the field they concern."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..core.errors import ValidationError

ERROR_STYLE = "color: #c53030;"


class ErrorLabel(QLabel):
    """A red, word-wrapped message; empty while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)


def beside(field: QWidget, error: ErrorLabel, *, field_stretch: int = 3, error_stretch: int = 2) -> QWidget:
    """A row holding ``field`` with its error label to the right, for a form layout."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    layout.addWidget(field, field_stretch)
    layout.addWidget(error, error_stretch)
    return row


class FieldErrors:
    """Maps the ``field`` names ``core`` uses to the labels beside the widgets.

    Attributes:
        general: the label for messages that belong to no registered field.
    """

    def __init__(self, general: ErrorLabel | None = None) -> None:
        self.general = general or ErrorLabel()
        self._labels: dict[str, ErrorLabel] = {}

    def field(self, name: str, widget: QWidget, **stretch: int) -> QWidget:
        """Register ``widget`` under ``name``; returns the row to put in a layout."""
        return beside(widget, self.label(name), **stretch)

    def label(self, name: str) -> ErrorLabel:
        """The error label of field ``name``, created on first use (for custom layouts)."""
        if name not in self._labels:
            self._labels[name] = ErrorLabel()
        return self._labels[name]

    def register(self, name: str, label: ErrorLabel) -> None:
        """Show messages about field ``name`` in ``label`` (one placed by a custom layout)."""
        self._labels[name] = label

    def alias(self, name: str, target: str) -> None:
        """Show messages about field ``name`` beside field ``target``."""
        self._labels[name] = self.label(target)

    def show(self, error: ValidationError) -> ErrorLabel:
        """Put the message beside its field (or in the general label); returns that label."""
        self.clear()
        label = self._labels.get(error.field or "", self.general)
        label.show_message(error.message)
        return label

    def show_general(self, message: str) -> None:
        self.clear()
        self.general.show_message(message)

    def message(self, name: str) -> str:
        return self._labels[name].text() if name in self._labels else ""

    def clear(self) -> None:
        for label in {*self._labels.values(), self.general}:
            label.show_message("")


BANNER_STYLE = (
    "QLabel#banner { background: #fef3c7; color: #713f12; border: 1px solid #f59e0b;"
    " border-radius: 4px; padding: 8px 12px; }"
)


class Banner(QLabel):
    """A pale amber strip that says why a window is read-only; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class ComboDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box: a fixed list (``data`` stored) or, if editable, any text.

    Args:
        choices: (label, data) pairs; for an editable combo the label is what is stored.
        editable: whether text other than the choices may be typed (``core`` validates it).
    """

    def __init__(self, choices: Sequence[tuple[str, object]], *, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)
        self.editable = editable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.editable)
        for label, data in self.choices:
            combo.addItem(label, data)
        # A chosen entry is stored at once, as a person expects from a drop-down in a table.
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        if self.editable:
            editor.setCurrentText("" if value is None else str(value))
            return
        found = editor.findData(value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText() if self.editable else editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        editor.setGeometry(option.rect)


def ask_unsaved(parent: QWidget, what: str, answer: Callable[[QMessageBox.StandardButton], None]) -> QMessageBox:
    """Ask, without blocking, whether to save, discard or keep editing ``what``; ``answer`` gets the button."""
    box = QMessageBox(
        QMessageBox.Icon.Question, "Unsaved changes", f"{what} has changes that are not saved.",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda result: answer(QMessageBox.StandardButton(result)))
    box.open()
    return box


def set_read_only(widget: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """``setReadOnly`` and restyle, so style sheets keyed on ``readOnly`` follow."""
    widget.setReadOnly(read_only)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def select_table_row(table: QAbstractItemView, index: QModelIndex) -> bool:
    """Make ``index``'s row the current, only selected row and scroll to it.

    Returns True when it was the current row already: Qt then signals nothing,
    though the row's data may have been read again, so the caller shows it.
    """
    selection = table.selectionModel()
    unchanged = selection.currentIndex().row() == index.row()
    selection.setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.scrollTo(index)
    return unchanged
