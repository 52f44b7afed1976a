"""What every filter bar shares: a label tied to its field, tinted while the filter narrows the view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ACTIVE_STYLE = "color: #2b6cb0;"  # the label of a filter that narrows the view


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
