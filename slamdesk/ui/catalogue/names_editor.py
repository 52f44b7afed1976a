"""A service's or a level's name in the other languages agreements are written in (``core.catalogue_names``).

``NamesTable`` has one row per language of ``NAME_LANGUAGES``: the language, in its own words, heads the row
and the name is typed beside it. An empty name is none: an agreement in that language shows the catalogue's
name. The draft holds the names as typed, one per language in ``NAME_LANGUAGES``' order (``TypedNames``);
``names_input`` turns them into what ``core`` takes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue_names import NAME_LANGUAGES
from ...core.customers import LANGUAGES
from ..common.i18n import translate
from ..common.widgets import ErrorLabel
from .fields import TABLE_ERROR_STYLE

TypedNames = tuple[str, ...]  # one name per language of NAME_LANGUAGES, as typed ("" for none)
NO_NAMES: TypedNames = tuple("" for _ in NAME_LANGUAGES)


def typed_names(names: Mapping[str, str] | None) -> TypedNames:
    """``core``'s names (language -> name; None: none) as the draft holds them."""
    return tuple((names or {}).get(language, "") for language in NAME_LANGUAGES)


def names_input(typed: TypedNames) -> dict[str, str]:
    """The names for ``core``: language -> name as typed, the empty ones left out. Always a dict, never None, so a
    save replaces the stored names and a name cleared is removed (``core`` cleans them, dropping blank ones)."""
    return {language: name for language, name in zip(NAME_LANGUAGES, typed) if name}


class _NameCells(QTableWidget):
    """The names' column: Tab goes down it and, from its last row, on to the next field (it never wraps)."""

    def moveCursor(  # noqa: N802 (Qt's name)
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier  # noqa: N803
    ) -> QModelIndex:
        steps = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1}
        if cursorAction not in steps:
            return super().moveCursor(cursorAction, modifiers)
        current = self.currentIndex()
        row = current.row() + steps[cursorAction] if current.isValid() else 0
        return self.model().index(row, 0) if 0 <= row < self.rowCount() else QModelIndex()


class _TableError(ErrorLabel):
    """The table's message; while there is one, the table has a red border."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__()
        self._table = table

    def show_message(self, text: str) -> None:
        super().show_message(text)
        self._table.setStyleSheet(TABLE_ERROR_STYLE if text else "")


class NamesTable(QWidget):
    """A name per language of ``NAME_LANGUAGES``, each language's own name heading its row.

    Attributes:
        table: the names (one column, one row per language).
        error: the message about the names, under the table (the table has a red border while there is one).

    Signals:
        edited: a name was typed or cleared.
    """

    edited = Signal()

    def __init__(self, header: str, parent: QWidget | None = None) -> None:
        """``header`` heads the names' column, in the window's language."""
        super().__init__(parent)
        self.table = _NameCells(len(NAME_LANGUAGES), 1)
        self.table.setHorizontalHeaderLabels([header])
        self.table.setVerticalHeaderLabels([LANGUAGES[language] for language in NAME_LANGUAGES])
        for row in range(self.table.rowCount()):
            self.table.setItem(row, 0, QTableWidgetItem(""))
        self.table.setToolTip(translate(
            "NamesTable", "An agreement written in one of these languages shows the name given here; left empty, it "
            "shows the catalogue's name."))
        self.table.setAccessibleName(translate("NamesTable", "Names in other languages"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        vertical = self.table.verticalHeader()
        vertical.setDefaultSectionSize(28)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + len(NAME_LANGUAGES) * vertical.defaultSectionSize() + 2 * self.table.frameWidth())
        self.table.setMinimumWidth(vertical.sizeHint().width() + 180)
        self.error = _TableError(self.table)
        self.table.itemChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)

    def _typed(self, _item: QTableWidgetItem) -> None:
        self.error.show_message("")  # the message was about a name no longer shown; a save checks the new one
        self.edited.emit()

    def names(self) -> TypedNames:
        """The names as typed, in ``NAME_LANGUAGES``' order ("" where none is given), with the one being typed
        (Ctrl+S while a cell is edited saves what it shows)."""
        typed = [self._cell(row).text() for row in range(self.table.rowCount())]
        current = self.table.currentIndex()
        editor = self.table.indexWidget(current) if current.isValid() else None
        if isinstance(editor, QLineEdit):
            typed[current.row()] = editor.text()
        return tuple(typed)

    def set_names(self, names: Sequence[str]) -> None:
        """Show ``names`` (in ``NAME_LANGUAGES``' order), touching only the rows that differ."""
        self.table.blockSignals(True)
        try:
            for row, name in enumerate(names):
                if self._cell(row).text() != name:
                    self._cell(row).setText(name)
        finally:
            self.table.blockSignals(False)
        self.table.viewport().update()

    def mark_error(self, message: str) -> None:
        self.error.show_message(message)

    def _cell(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None
        return item
