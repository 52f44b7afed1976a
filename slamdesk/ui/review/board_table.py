"""The review board's table: column widths that give way in a narrow window, rows that wrap, Enter to open."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .board_model import Column

# Everything but the reviewers keeps these widths (user-resizable); the reviewers take what is left.
WIDTHS: dict[Column, int] = {
    Column.NUMBER: 112,
    Column.CUSTOMER: 172,
    Column.TITLE: 140,
    Column.VERSION: 60,
    Column.ROUND: 52,
    Column.NEXT_DUE: 88,
    Column.OVERDUE: 116,
}
SHRINKING = (Column.CUSTOMER, Column.TITLE)  # what a narrow window takes width from
NARROWEST: dict[Column, int] = {Column.CUSTOMER: 110, Column.TITLE: 90}
MIN_REVIEWERS = 400  # px the reviewers keep while customer and title can still shrink
WIDE_REVIEWERS = 440  # px: narrower, a row takes three lines so three reviewers still fit


class BoardTable(QTableView):
    """The board's table: Enter or Return on a row asks to open its agreement.

    Signals:
        open_requested: Enter/Return was pressed on the current row.
        resized: the table changed size (its columns are fitted again).
    """

    open_requested = Signal()
    resized = Signal()

    def __init__(self, model: QAbstractItemModel) -> None:
        super().__init__()
        self.setObjectName("boardTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        # Long names, titles and reviewer lists wrap onto the row's lines; Qt's own delegate paints every
        # cell. (A delegate painting in Python calls Qt for each cell on every repaint; with PySide6 6.12 on
        # Python 3.11 each such void call drops a reference to None, which ends in a crash.)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._lines = 2
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in WIDTHS.items():  # a longer title (another language's) widens its column
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(Column.REVIEWERS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._column_resized)
        self.resized.connect(self._fit_columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit_columns(self) -> None:
        """In a narrow window customer and title give up width (down to a minimum) before the reviewers do."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(column) for column in Column if column not in SHRINKING + (Column.REVIEWERS,))
        room = self.viewport().width() - others - MIN_REVIEWERS
        wanted = sum(WIDTHS[column] for column in SHRINKING)
        for column in SHRINKING:
            share = WIDTHS[column] * min(1.0, max(room, 0) / wanted)
            header.resizeSection(column, max(int(share), NARROWEST[column]))

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        """A narrow reviewers column gets a third line per row, so three reviewers still show whole."""
        if column != Column.REVIEWERS:
            return
        lines = 2 if new >= WIDE_REVIEWERS else 3
        if lines != self._lines:
            self._lines = lines
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * lines + 10)
            self.viewport().update()
