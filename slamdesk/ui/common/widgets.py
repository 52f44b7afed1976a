"""Reusable pieces: validation messages shown beside the field they concern."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import cast

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...core.errors import ConcurrencyError, ValidationError
from .formatting import timestamp
from .i18n import translate

ERROR_STYLE = "color: #c53030;"
STATUS_MS = 15000  # how long a tool window's status line keeps a message


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


_CHANGE_SIGNALS = ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged", "toggled")


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
        self.watch(name, widget)
        return beside(widget, self.label(name), **stretch)

    def watch(self, name: str, widget: QWidget) -> None:
        """Take field ``name``'s message away as soon as ``widget`` changes (typed, chosen, undone):
        a message about a value no longer shown is never left beside it. A save checks the new value."""
        for signal_name in _CHANGE_SIGNALS:
            signal = getattr(widget, signal_name, None)
            if signal is not None:
                signal.connect(lambda *_args: self.label(name).show_message(""))
                return

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


MESSAGE_BAR_STYLE = (
    "QFrame#messageBar { background: #fde8e8; border: 1px solid #f19999; border-radius: 4px; }"
    " QFrame#messageBar QLabel { color: #7f1d1d; background: transparent; border: none; }"
)


class MessageBar(QFrame):
    """An inline strip beside a form saying why it was not saved, with one way on (e.g. Reload).

    Hidden while empty. It never touches the form: what the person typed stays
    until they press the button.

    Signals:
        triggered: the button was pressed (the bar has hidden itself first).

    Attributes:
        label: the message (rich text); button: the one action.
    """

    triggered = Signal()

    def __init__(self, button_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet(MESSAGE_BAR_STYLE)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(translate("MessageBar", "&Reload") if button_text is None else button_text)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.say("")

    def text(self) -> str:
        return self.label.text()

    def _trigger(self) -> None:
        self.clear()
        self.triggered.emit()


def stale_text(error: ConcurrencyError, what: str) -> str:
    """A refused stale save as a message bar says it: who changed ``what`` and when, and that nothing here is lost."""
    if error.changed_by and error.changed_at:
        return translate(
            "MessageBar",
            "<b>Not saved:</b> {person} changed {what} at {time}, after you opened it. Your edits are still here. "
            "<b>Reload</b> shows their version and drops your unsaved edits.",
        ).format(person=escape(error.changed_by), what=what, time=timestamp(error.changed_at))
    return translate(
        "MessageBar",
        "<b>Not saved:</b> {what} was changed elsewhere, after you opened it. Your edits are still here. "
        "<b>Reload</b> shows their version and drops your unsaved edits.",
    ).format(what=f"{what[:1].upper()}{what[1:]}")


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
        QMessageBox.Icon.Question, translate("UnsavedChanges", "Unsaved changes"),
        translate("UnsavedChanges", "{what} has changes that are not saved.").format(what=what),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda result: answer(QMessageBox.StandardButton(result)))
    box.open()
    return box


def unless_unsaved(
    parent: QWidget, what: str, unsaved: bool, save: Callable[[], bool], then: Callable[[], None]
) -> QMessageBox | None:
    """Before anything replaces an editor's content (reload, another document, closing): ``then`` at once
    when nothing is unsaved; else ask Save / Discard / Cancel. Save runs ``then`` only if ``save()``
    succeeded, Discard runs it, Cancel keeps every edit on screen. The one mechanism every editor uses."""
    if not unsaved:
        then()
        return None

    def answered(answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Discard or answer == QMessageBox.StandardButton.Save and save():
            then()

    return ask_unsaved(parent, what, answered)


def set_read_only(widget: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """``setReadOnly`` and restyle, so style sheets keyed on ``readOnly`` follow."""
    widget.setReadOnly(read_only)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def hold_still(root: QWidget) -> None:
    """Every input inside ``root`` shows its value and takes no edit: a form the person reading it may not change
    (fields read-only, so they can still be selected and copied; choices and buttons off; tables not edited)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            set_read_only(widget, True)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(widget, (QComboBox, QAbstractButton, QAbstractSpinBox)):
            widget.setEnabled(False)


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


class ToolWindowKeys:
    """Mixin (before the Qt class) for a tool window: Esc and Ctrl+W close it, as they close a dialog.

    Esc reaches the window only when the focused widget did not take it, so Esc still cancels an edit in
    a table cell or closes an open list first; closing goes through the window's ``closeEvent``, which
    asks about unsaved edits.
    """

    def install_close_keys(self) -> None:
        window = cast(QWidget, self)
        keys = QKeySequence("Ctrl+W")
        if any(keys in action.shortcuts() for action in window.findChildren(QAction)):
            return  # a Close action of the window's own menu has it (a second one would make both ambiguous)
        self.close_shortcut = QShortcut(keys, window)
        self.close_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.close_shortcut.activated.connect(window.close)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            cast(QWidget, self).close()
            return
        super().keyPressEvent(event)  # type: ignore[misc]
