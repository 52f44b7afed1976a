"""What the register shows in the table's place when no agreement is shown: why, and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.i18n import translate

NO_MATCH = QT_TRANSLATE_NOOP("EmptyRegister", "No agreements match these filters.")
NO_AGREEMENTS = QT_TRANSLATE_NOOP(
    "EmptyRegister", "No agreements yet. Draft the first one, or load the demo portfolio to look around.")


class EmptyRegister(QWidget):
    """"No agreements match these filters" with Clear filters, or, for an empty register, New agreement and
    Load the demo portfolio.

    Signals:
        clear_requested, new_requested, demo_requested: the button pressed.
    """

    clear_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyRegister")
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setStyleSheet("font-size: 13pt; color: palette(mid);")
        self.clear_button = QPushButton(translate("EmptyRegister", "Clear filters"))
        self.new_button = QPushButton(translate("EmptyRegister", "New agreement…"))
        self.demo_button = QPushButton(translate("EmptyRegister", "Load the demo portfolio"))
        self.clear_button.clicked.connect(self.clear_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.clear_button, self.new_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def say(self, *, filtered: bool) -> None:
        """Why nothing is shown: the filters (``filtered``), or an empty register."""
        why = NO_MATCH if filtered else NO_AGREEMENTS
        self.message.setText(translate("EmptyRegister", why))
        self.clear_button.setVisible(filtered)
        self.new_button.setVisible(not filtered)
        self.demo_button.setVisible(not filtered)
