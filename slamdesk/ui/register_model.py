"""The contract register as a lazily paged table model over ``core.register``."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..core import register
from ..core.db import Database
from ..core.lifecycle import Status
from ..core.register import RegisterFilter, RegisterRow, SortKey
from . import formatting

PAGE_SIZE = 200

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
    """Agreements matching a register filter, fetched a page at a time.

    ``rowCount`` only counts rows fetched so far; views call ``fetchMore`` as
    they scroll, so a register of 100,000 agreements opens at once. Filtering
    and sorting happen in ``core``'s query, never over the loaded rows.
    """

    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, db: Database, *, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._criteria = RegisterFilter()
        self._rows: list[RegisterRow] = []
        self._total = 0
        self.reload()

    # Filtering, sorting and refreshing

    @property
    def criteria(self) -> RegisterFilter:
        return self._criteria

    @property
    def total(self) -> int:
        """How many agreements match the filter, fetched or not."""
        return self._total

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
        """Re-read the register; keeps as many rows loaded as before (at least one page)."""
        wanted = max(len(self._rows), self._page_size)
        self.beginResetModel()
        self._total = register.count_agreements(self._db, self._criteria)
        self._rows = self._fetch(0, min(wanted, self._total))
        self._total = max(self._total, len(self._rows))
        self.endResetModel()

    def _fetch(self, offset: int, limit: int) -> list[RegisterRow]:
        if limit <= 0:
            return []
        return register.list_agreements(self._db, self._criteria, limit=limit, offset=offset)

    # Lazy paging

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if parent.isValid():
            return
        page = self._fetch(len(self._rows), min(self._page_size, self._total - len(self._rows)))
        if not page:
            # The register shrank since it was counted: stop offering more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # Lookups

    def row_data(self, row: int) -> RegisterRow:
        return self._rows[row]

    def find(self, number: str, *, max_pages: int = 0) -> int | None:
        """The row of agreement ``number``, fetching up to ``max_pages`` more pages to find it."""
        checked, pages = 0, 0
        while True:
            for position in range(checked, len(self._rows)):
                if self._rows[position].number == number:
                    return position
            checked = len(self._rows)
            if pages >= max_pages or not self.canFetchMore():
                return None
            self.fetchMore()
            pages += 1

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(Column):
            return None
        row, column = self._rows[index.row()], Column(index.column())
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
