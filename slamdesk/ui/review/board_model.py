"""The review board's table model: ``core.reviews.review_board`` read a page at a time (``common.paged_model``).

Opening or filtering 10,000 agreements under review reads one page and the counts;
the filter is a ``BoardFilter`` applied in ``core``'s query, never over loaded rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
)

from ...core.db import Database
from ...core.reviews import (
    BoardCounts,
    BoardFilter,
    BoardRow,
    board_position,
    count_review_board,
    review_board,
)
from ..common import formatting
from ..common.i18n import translate
from ..common.paged_model import CACHE_PAGES, PAGE_SIZE, AnyIndex, PagedTableModel
from .board_wording import (
    APPROVED_COLOUR,
    MUTED_COLOUR,
    OVERDUE_COLOUR,
    OVERDUE_TINT,
    days_late,
    decided,
    late_text,
    next_due,
    reviewers_text,
    row_tooltip,
)


class Column(IntEnum):
    NUMBER = 0
    CUSTOMER = 1
    TITLE = 2
    VERSION = 3
    ROUND = 4
    REVIEWERS = 5
    NEXT_DUE = 6
    OVERDUE = 7


HEADERS: dict[Column, str] = {
    Column.NUMBER: QT_TRANSLATE_NOOP("ReviewBoardModel", "Agreement"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("ReviewBoardModel", "Customer"),
    Column.TITLE: QT_TRANSLATE_NOOP("ReviewBoardModel", "Title"),
    Column.VERSION: QT_TRANSLATE_NOOP("ReviewBoardModel", "Version"),
    Column.ROUND: QT_TRANSLATE_NOOP("ReviewBoardModel", "Round"),
    Column.REVIEWERS: QT_TRANSLATE_NOOP("ReviewBoardModel", "Reviewers"),
    Column.NEXT_DUE: QT_TRANSLATE_NOOP("ReviewBoardModel", "Next due"),
    Column.OVERDUE: QT_TRANSLATE_NOOP("ReviewBoardModel", "Overdue"),
}

_CENTRED = (Column.VERSION, Column.ROUND)
_COLUMN_COUNT = len(Column)
_ROUND_TIPS = (Column.NUMBER, Column.ROUND, Column.REVIEWERS, Column.NEXT_DUE, Column.OVERDUE)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class _Shown:
    """One row as the table shows it: texts per column, whether it is overdue, colours."""

    row: BoardRow
    texts: tuple[str, ...]
    overdue: bool
    foregrounds: dict[int, QColor]


class ReviewBoardModel(PagedTableModel[BoardRow]):
    """Agreements under review matching a ``BoardFilter``, read a page at a time as the view scrolls
    (see ``common.paged_model``).

    ``counts`` (how many match, how many of those are overdue) and ``all_counts``
    (the same for the whole board) come from the count queries of each reload, so
    the window can say how many there are before they are read. What is overdue is
    decided against ``today`` as it was at the reload.
    """

    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: a reviewer has passed their due date
    HEADERS = HEADERS

    def __init__(
        self, db: Database, today: Callable[[], dt.date], *, page_size: int = PAGE_SIZE, cache_pages: int = CACHE_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size=page_size, cache_pages=cache_pages, parent=parent)
        self._db = db
        self._today = today
        self._criteria = BoardFilter()
        self._counts = BoardCounts(0, 0)
        self._all = BoardCounts(0, 0)
        self._all_unknown = True
        self._count_all = True
        self._day = today()
        self._warning_icon: QIcon | None = None
        self._shown: dict[int, _Shown] = {}
        self._overdue_brush = QBrush(QColor(OVERDUE_TINT))
        self._overdue_colour, self._approved_colour = QColor(OVERDUE_COLOUR), QColor(APPROVED_COLOUR)
        self._muted_colour = QColor(MUTED_COLOUR)
        self._bold = QFont()
        self._bold.setBold(True)
        self.reload()

    # Filtering and refreshing

    @property
    def criteria(self) -> BoardFilter:
        return self._criteria

    @property
    def counts(self) -> BoardCounts:
        """How many agreements match the filter, and how many of them are overdue (read or not)."""
        return self._counts

    @property
    def all_counts(self) -> BoardCounts:
        """The same for the whole board, whatever the filter."""
        return self._all

    @property
    def today(self) -> dt.date:
        """The day the rows were read for: what is overdue is decided against it."""
        return self._day

    def set_criteria(self, criteria: BoardFilter) -> None:
        if criteria != self._criteria:
            self._criteria = criteria
            self.reload(count_all=False)  # the board itself did not change: its size is known

    def reload(self, *, count_all: bool = True) -> None:
        """Count again (``count_all``: the whole board too, for the "of N" a filtered view shows)."""
        self._count_all = count_all
        super().reload()

    # The paged query

    def count_rows(self) -> int:
        self._day = self._today()
        self._counts = count_review_board(self._db, self._day, self._criteria)
        if self._criteria == BoardFilter():
            self._all = self._counts
        elif self._count_all or self._all_unknown:
            self._all = count_review_board(self._db, self._day)
        self._all_unknown = False
        self._count_all = True
        return self._counts.total

    def read_rows(self, limit: int, offset: int) -> list[BoardRow]:
        return review_board(self._db, self._day, self._criteria, limit=limit, offset=offset)

    def key_of(self, row: BoardRow) -> str:
        return row.number

    def position_of(self, key: str) -> int | None:
        return board_position(self._db, self._day, key, self._criteria)

    def rows_forgotten(self, first: int, last: int) -> None:
        for row in [row for row in self._shown if first <= row <= last]:
            del self._shown[row]

    # QAbstractTableModel

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in HEADERS:
            return translate("ReviewBoardModel", HEADERS[Column(section)])
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == Column.NEXT_DUE:
                return translate("ReviewBoardModel", "The earliest due date of a reviewer who has not decided yet")
            return None
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE if section in _CENTRED else None
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        column = index.column()
        if not index.isValid() or not 0 <= column < _COLUMN_COUNT:
            return None
        shown = self._shown_at(index.row())
        if shown is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.texts[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            return shown.foregrounds.get(column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._overdue_brush if shown.overdue else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE if column in _CENTRED else _LEFT
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon() if shown.overdue and column == Column.OVERDUE else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if shown.overdue and column == Column.OVERDUE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in _ROUND_TIPS:
                return row_tooltip(shown.row, self._day)
            return shown.texts[column] or None
        if role == self.NUMBER_ROLE:
            return shown.row.number
        if role == self.OVERDUE_ROLE:
            return shown.overdue
        return None

    def _shown_at(self, row: int) -> _Shown | None:
        """What row ``row`` shows, worked out once per read (painting asks for it many times)."""
        shown = self._shown.get(row)
        if shown is None:
            found = self.row_at(row)
            if found is None:
                return None
            shown = self._shown[row] = self._show(found)
        return shown

    def _show(self, row: BoardRow) -> _Shown:
        today = self._day
        overdue, is_decided = row.overdue(today), decided(row)
        due = next_due(row)
        texts = (
            row.number,
            row.customer,
            row.title,
            str(row.version_no),
            str(row.round_no) if row.round_no is not None else "—",
            reviewers_text(row, today),
            formatting.date(due) if due is not None else translate("ReviewBoardModel", "all decided") if is_decided else "",
            late_text(days_late(row, today)),
        )
        foregrounds: dict[int, QColor] = {}
        if overdue:
            foregrounds = {Column.NEXT_DUE: self._overdue_colour, Column.OVERDUE: self._overdue_colour}
        elif is_decided:
            foregrounds = {column: self._approved_colour for column in (Column.NUMBER, Column.REVIEWERS, Column.NEXT_DUE)}
        if row.round_no is None:
            foregrounds = {Column.ROUND: self._muted_colour, Column.REVIEWERS: self._muted_colour}
        return _Shown(row, texts, overdue, foregrounds)

    def _icon(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon
