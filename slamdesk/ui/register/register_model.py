"""The contract register as a table model that reads ``core.register`` a page at a time, on demand."""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from ...core import register
from ...core.db import Database
from ...core.lifecycle import Status
from ...core.register import RegisterFilter, RegisterRow, SortKey
from ..common import formatting

PAGE_SIZE = 200
CACHE_PAGES = 64  # at most 12,800 rows in memory, however far the view scrolls

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: a table's rows hang off it


class Column(IntEnum):
    NUMBER = 0
    CUSTOMER = 1
    TITLE = 2
    STATUS = 3
    START = 4
    END = 5
    MONTHLY = 6
    CURRENCY = 7
    DOCUMENTS = 8


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.CUSTOMER: SortKey.CUSTOMER,
    Column.TITLE: SortKey.TITLE,
    Column.STATUS: SortKey.STATUS,
    Column.START: SortKey.START,
    Column.END: SortKey.END,
    Column.MONTHLY: SortKey.MONTHLY,
    Column.CURRENCY: SortKey.CURRENCY,
}

HEADERS: dict[Column, str] = {
    Column.NUMBER: "Number",
    Column.CUSTOMER: "Customer",
    Column.TITLE: "Title",
    Column.STATUS: "Status",
    Column.START: "Start",
    Column.END: "End",
    Column.MONTHLY: "Monthly value",
    Column.CURRENCY: "Currency",
    Column.DOCUMENTS: "Documents",
}


def _text(row: RegisterRow, column: Column) -> str:
    match column:
        case Column.NUMBER:
            return row.number
        case Column.CUSTOMER:
            return row.customer
        case Column.TITLE:
            return row.title
        case Column.STATUS:
            return row.status.label
        case Column.START:
            return formatting.date(row.start_date)
        case Column.END:
            return formatting.date(row.end_date)
        case Column.MONTHLY:
            return formatting.money(row.monthly_total, row.currency)
        case Column.CURRENCY:
            return row.currency
        case Column.DOCUMENTS:
            return formatting.documents_summary(row.documents)


class RegisterModel(QAbstractTableModel):
    """Agreements matching a register filter, read a page at a time as rows come into view.

    ``rowCount`` is the number of matching agreements, so the scroll bar spans
    the whole register; a row's page (``page_size`` rows) is read from
    ``core.register`` when the view first asks for it and kept in a small
    most-recently-used cache. Opening, scrolling anywhere or jumping to the
    end of 100,000 agreements reads one or two pages, never everything above
    them. Filtering and sorting happen in ``core``'s query, never over
    loaded rows.
    """

    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, db: Database, *, page_size: int = PAGE_SIZE, cache_pages: int = CACHE_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._cache_pages = max(cache_pages, 2)
        self._criteria = RegisterFilter()
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self._total = 0
        self._stale = False
        self.reload()

    # Filtering, sorting and refreshing

    @property
    def criteria(self) -> RegisterFilter:
        return self._criteria

    @property
    def total(self) -> int:
        """How many agreements match the filter (all of them are rows; pages load on demand)."""
        return self._total

    @property
    def page_size(self) -> int:
        return self._page_size

    def loaded_pages(self) -> list[int]:
        """The pages held now, least recently used first."""
        return list(self._pages)

    def set_filter(self, *, status: Status | None, search: str) -> None:
        self.set_criteria(self._criteria.with_(status=status, search=search.strip()))

    def set_criteria(self, criteria: RegisterFilter) -> None:
        if criteria != self._criteria:
            self._criteria = criteria
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the query (the Documents column has no order)."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.set_criteria(self._criteria.with_(sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def reload(self) -> None:
        """Re-count the register and forget loaded pages; the view reads what it shows again."""
        self.beginResetModel()
        self._pages.clear()
        self._stale = False
        self._total = register.count_agreements(self._db, self._criteria)
        self.endResetModel()

    def _page(self, page: int) -> list[RegisterRow]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        rows = register.list_agreements(
            self._db, self._criteria, limit=self._page_size, offset=page * self._page_size
        )
        expected = min(self._page_size, self._total - page * self._page_size)
        if len(rows) < expected:
            self._register_changed()  # fewer rows than counted: re-count once this paint is over
        self._pages[page] = rows
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        return rows

    def _register_changed(self) -> None:
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self, self.reload)

    # Lookups

    def row_at(self, row: int) -> RegisterRow | None:
        """The agreement at ``row``, reading its page if needed; None past the end."""
        if not 0 <= row < self._total:
            return None
        rows = self._page(row // self._page_size)
        position = row % self._page_size
        return rows[position] if position < len(rows) else None

    def row_data(self, row: int) -> RegisterRow:
        found = self.row_at(row)
        if found is None:
            raise IndexError(f"no agreement at row {row} of {self._total}")
        return found

    def find(self, number: str) -> int | None:
        """The row of agreement ``number`` in this view (one query unless its page is loaded)."""
        for page, rows in self._pages.items():
            for position, row in enumerate(rows):
                if row.number == number:
                    return page * self._page_size + position
        found = register.position_of(self._db, self._criteria, number)
        return found if found is not None and found < self._total else None

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[Column(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.MONTHLY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation is Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() >= len(Column):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column is Column.MONTHLY else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return formatting.status_colour(row.status)
        if role == self.NUMBER_ROLE:
            return row.number
        return None

    @staticmethod
    def _tooltip(row: RegisterRow, column: Column) -> str | None:
        if column is Column.DOCUMENTS:
            return formatting.documents_tooltip(row.documents) or "Not exported yet"
        if column in (Column.TITLE, Column.CUSTOMER):
            return _text(row, column)
        if column is Column.STATUS:
            return f"{row.status.label}, version {row.version_no}"
        return None
