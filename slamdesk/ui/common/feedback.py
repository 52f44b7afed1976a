"""Telling the user that something was refused: a message box, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """Open a window-modal warning without blocking the caller (so tests can drive it)."""
    return _show(QMessageBox.Icon.Warning, parent, title, message)


def show_information(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """Open a small window-modal message (where a whole window would have nothing else to show)."""
    return _show(QMessageBox.Icon.Information, parent, title, message)


def _show(icon: QMessageBox.Icon, parent: QWidget | None, title: str, message: str) -> QMessageBox:
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
