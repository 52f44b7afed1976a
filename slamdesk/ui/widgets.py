"""Reusable pieces: validation messages shown beside the field they concern."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

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
