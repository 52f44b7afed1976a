"""A read-only table of text rows (monitoring, imports, reminders): a model, so 100,000 rows show at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from . import formatting

AnyIndex = QModelIndex | QPersistentModelIndex


class _Rows(QAbstractTableModel):
    """Rows of text, some drawn in the warning colour: a model, so a portfolio of 100,000 shows at once."""

    def __init__(self, headers: tuple[str, ...], numeric: tuple[int, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers, self.numeric = headers, set(numeric)
        self.rows: list[tuple[str, ...]] = []
        self.warn: set[int] = set()

    def set_rows(self, rows: list[tuple[str, ...]], warn: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.warn = rows, warn or set()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.warn:
            return formatting.warning_colour()
        return None


class RowsTable(QTableView):
    """A read-only table of text rows (``set_rows``); ``text(row, column)`` reads one back."""

    def __init__(self, headers: tuple[str, ...], numeric: tuple[int, ...] = (), *, stretch_first: bool = False) -> None:
        super().__init__()
        self.rows = _Rows(headers, numeric, self)
        self.setModel(self.rows)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(200)  # columns fit the first rows, never a measure of 100,000
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_first:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes what is left, elided
        else:
            header.setStretchLastSection(True)

    def set_rows(self, rows: list[tuple[str, ...]], warn: set[int] | None = None) -> None:
        self.rows.set_rows(rows, warn)

    def rowCount(self) -> int:  # noqa: N802 (as QTableWidget's)
        return self.rows.rowCount()

    def text(self, row: int, column: int) -> str:
        return self.rows.rows[row][column]
