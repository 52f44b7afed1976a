"""What the requirements editor's Traceability and Pricing tabs share: the document they show, read once
with the editor (a ``PricedDocument``) or again after a change made on the tab, and the note that unsaved
rows on the Requirements tab are not shown yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...core import requirements
from ..context import AppContext
from ..operations import Area, Changed


class DocumentTab(QWidget):
    """Base of the two tabs; a subclass builds its widgets, then calls ``start`` and implements ``show_priced``.

    Signals:
        changed: the tab stored a change; the row version it was made against.
        refused_stale: a change was refused because the document changed since it was read.
        reload_requested: the person chose Reload after such a refusal.
        said: a message for the status line of the window the tab is in.
    """

    changed = Signal(int)
    said = Signal(str)
    refused_stale = Signal(object)
    reload_requested = Signal()

    def __init__(self, context: AppContext, document_id: int, stale_note: str, parent: QWidget | None = None) -> None:
        """``stale_note``: the tab's own sentence saying unsaved rows are not shown on it yet."""
        super().__init__(parent)
        self.context, self.document_id = context, document_id
        self.editable = False
        self.row_version = 0
        self.stale = QLabel(stale_note, wordWrap=True)
        self.stale.setStyleSheet("color: #92400e;")
        self.stale.hide()

    def _changed(self) -> Changed:
        """What a change made on this tab is about: the requirements document (for the views that list it)."""
        return Changed(Area.REQUIREMENTS, str(self.document_id))

    def say(self, text: str) -> None:
        """Tell the person what happened, on the status line of the window the tab is in."""
        self.said.emit(text)

    def start(self, priced: requirements.PricedDocument | None) -> None:
        """Show the editor's read of the document, or read it when the tab stands alone."""
        if priced is None:
            self.reload()
        else:
            self.show_priced(priced)

    def set_document(self, document_id: int) -> None:
        self.document_id = document_id
        self.reload()

    def set_stale(self, stale: bool) -> None:
        self.stale.setVisible(stale)

    def reload(self) -> None:
        """Read the document again (after a change made here): one read, one quote."""
        self.show_priced(requirements.open_document(self.context.db, self.document_id))

    def show_priced(self, priced: requirements.PricedDocument) -> None:
        raise NotImplementedError
