"""The register home view: search box, status filter, the agreements table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.db import Database
from ..core.lifecycle import Status
from ..core.register import RegisterRow
from .register_model import PAGE_SIZE, Column, RegisterModel

SEARCH_DELAY_MS = 250
FIND_PAGES = 5  # how far to page through the register to show a new agreement

# Customer and title share what is left; the rest keep these widths (user-resizable).
_WIDTHS: dict[Column, int] = {
    Column.NUMBER: 116,
    Column.STATUS: 136,
    Column.START: 96,
    Column.END: 96,
    Column.MONTHLY: 120,
    Column.CURRENCY: 76,
    Column.DOCUMENTS: 262,
}
_STRETCHED = (Column.CUSTOMER, Column.TITLE)


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class RegisterPanel(QWidget):
    """Filter bar over the register table.

    Signals:
        current_changed: the selected agreement's number ("" when none).
    """

    current_changed = Signal(str)

    def __init__(self, db: Database, *, page_size: int = PAGE_SIZE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegisterModel(db, page_size=page_size, parent=self)
        self.search = QLineEdit(placeholderText="Search number, title, customer, contact, service or site")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.status = QComboBox()
        self.status.addItem("All statuses", None)
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.count = QLabel()
        self.table = self._make_table()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._lay_out()
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self._pending = ""
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self._update_count()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        header.setMinimumSectionSize(60)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        for column in _STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(_buddy_label("&Search:", self.search))
        bar.addWidget(self.search, 1)
        bar.addSpacing(16)
        bar.addWidget(_buddy_label("S&tatus:", self.status))
        bar.addWidget(self.status)
        bar.addSpacing(16)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    # Filtering

    def apply_filter(self) -> None:
        """Run the search and status filter now (typing waits a moment first)."""
        self._search_timer.stop()
        status = self.status.currentData()
        self.model.set_filter(status=Status(status) if status else None, search=self.search.text())

    def refresh(self, select: str = "") -> None:
        """Re-read the register, keeping the selection or moving it to ``select``."""
        self._pending = select
        self.model.reload()

    def _remember_selection(self) -> None:
        self._pending = self._pending or self.selected_number()

    def _restore_selection(self) -> None:
        number, self._pending = self._pending, ""
        if not (number and self.select_agreement(number)):
            self.current_changed.emit("")

    def _update_count(self) -> None:
        total = self.model.total
        self.count.setText(f"{total} agreement{'s' if total != 1 else ''}")

    # Selection

    def select_agreement(self, number: str, *, max_pages: int = 0) -> bool:
        """Select agreement ``number`` if it is loaded (or within ``max_pages`` more pages)."""
        row = self.model.find(number, max_pages=max_pages)
        if row is None:
            return False
        index = self.model.index(row, Column.NUMBER)
        selection = self.table.selectionModel()
        unchanged = selection.currentIndex().row() == row
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        if unchanged:  # Qt only signals a move; the row's data may still be new
            self.current_changed.emit(number)
        return True

    def reveal(self, number: str) -> None:
        """Select ``number``, narrowing the search to it when it is far down the register."""
        if self.select_agreement(number, max_pages=FIND_PAGES):
            return
        self.status.setCurrentIndex(0)
        self.search.setText(number)
        self._pending = number
        self.apply_filter()

    def selected_row(self) -> RegisterRow | None:
        """The agreement at the table's current row (the row selection follows it)."""
        index = self.table.selectionModel().currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def selected_number(self) -> str:
        row = self.selected_row()
        return row.number if row else ""

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.row_data(current.row()).number if current.isValid() else "")
