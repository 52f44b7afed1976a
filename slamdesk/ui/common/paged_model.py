"""One design for every long table: a query's rows read a page at a time, as the view asks for them.

``rowCount`` is the number of matching rows (one count query per reload), so the
scroll bar spans them all; the page holding a row is read when the view first asks
for that row and kept in a small most-recently-used cache. Opening, scrolling
anywhere or jumping to the end of 100,000 rows reads one or two pages, never
everything above them. Filtering and sorting happen in ``core``'s query, never over
loaded rows. The register and the review board are both this model.

A subclass says how to count and read (``count_rows``, ``read_rows``), how to name
a row (``key_of``, used by ``find``), optionally where a key sits in the whole view
(``position_of``, one query), and what each cell shows (``data``, with ``HEADERS``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from enum import IntEnum
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

Row = TypeVar("Row")

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: a table's rows hang off it

PAGE_SIZE = 200
CACHE_PAGES = 64  # at most 12,800 rows in memory, however far the view scrolls


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one query, counted once per reload and read a page at a time on demand."""

    HEADERS: Mapping[IntEnum, str] = {}  # the columns, in order, and their titles

    def __init__(self, *, page_size: int = PAGE_SIZE, cache_pages: int = CACHE_PAGES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = max(page_size, 1)
        self._cache_pages = max(cache_pages, 2)
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._total = 0
        self._stale = False
        self._columns = len(self.HEADERS)

    # What a subclass provides

    def count_rows(self) -> int:
        """How many rows the query has now."""
        raise NotImplementedError

    def read_rows(self, limit: int, offset: int) -> list[Row]:
        """The query's rows ``offset`` to ``offset + limit`` (fewer at the end)."""
        raise NotImplementedError

    def key_of(self, row: Row) -> str:
        """The name ``find`` looks a row up by (an agreement's number)."""
        raise NotImplementedError

    def position_of(self, key: str) -> int | None:
        """Where ``key`` sits in the whole query without reading it, or None (then only loaded rows are searched)."""
        return None

    def rows_forgotten(self, first: int, last: int) -> None:
        """Rows ``first`` to ``last`` left the cache (or all rows, on reload): drop anything kept about them."""

    # Reading

    @property
    def total(self) -> int:
        """How many rows match (all of them are rows of the model; pages load on demand)."""
        return self._total

    @property
    def page_size(self) -> int:
        return self._page_size

    def loaded_pages(self) -> list[int]:
        """The pages held now, least recently used first."""
        return list(self._pages)

    def reload(self) -> None:
        """Count again and forget the loaded pages; the view reads what it shows again."""
        self.beginResetModel()
        self._pages.clear()
        self._stale = False
        self.rows_forgotten(0, max(self._total - 1, 0))
        self._total = self.count_rows()
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        """The row at ``row``, reading its page if needed; None past the end."""
        if not 0 <= row < self._total:
            return None
        rows = self._page(row // self._page_size)
        position = row % self._page_size
        return rows[position] if position < len(rows) else None

    def row_data(self, row: int) -> Row:
        found = self.row_at(row)
        if found is None:
            raise IndexError(f"no row {row} of {self._total}")
        return found

    def find(self, key: str) -> int | None:
        """The row named ``key`` in this view: among the loaded pages, else by ``position_of``."""
        for page, rows in self._pages.items():
            for position, row in enumerate(rows):
                if self.key_of(row) == key:
                    return page * self._page_size + position
        found = self.position_of(key)
        return found if found is not None and found < self._total else None

    def keys(self) -> list[str]:
        """Every row's key, in order. Reads every page: for short views (and tests)."""
        return [self.key_of(self.row_data(row)) for row in range(self._total)]

    def _page(self, page: int) -> list[Row]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        rows = self.read_rows(self._page_size, page * self._page_size)
        if len(rows) < min(self._page_size, self._total - page * self._page_size):
            self._changed_underneath()  # fewer rows than counted: count again once this paint is over
        self._pages[page] = rows
        while len(self._pages) > self._cache_pages:
            dropped, _ = self._pages.popitem(last=False)
            self.rows_forgotten(dropped * self._page_size, (dropped + 1) * self._page_size - 1)
        return rows

    def _changed_underneath(self) -> None:
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self, self.reload)

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            titles = list(self.HEADERS.values())
            return titles[section] if 0 <= section < len(titles) else None
        return section + 1
