"""The register home view: search, status and the other filters, saved filters, the agreements table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import register
from ...core.db import Database
from ...core.lifecycle import Status
from ...core.register import RegisterFilter, RegisterRow
from ...core.roles import Actor
from ..common import formatting
from ..common.filters import ACTIVE_STYLE, buddy_label
from ..common.i18n import translate
from ..common.widgets import select_table_row
from .empty_state import EmptyRegister
from .filter_panel import PANEL_FIELDS, FilterPanel
from .register_model import PAGE_SIZE, SORT_KEYS, Column, RegisterModel, column_title, counted
from .saved_filter_bar import SavedFilters

SEARCH_DELAY_MS = 250

# Customer and title share what is left; the rest keep these widths (user-resizable).
_WIDTHS: dict[Column, int] = {
    Column.NUMBER: 116,
    Column.STATUS: 136,
    Column.START: 96,
    Column.END: 96,
    Column.MONTHLY: 132,  # room for the sort arrow beside "Monthly value"
    Column.DOCUMENTS: 110,
    Column.EXPERIENCE: 170,
    Column.NOTICE: 96,
    Column.RENEWS: 96,
    Column.REVIEW: 104,
}
# Shown from the table header's menu (right-click), or when a filter is set on them: the rest fits 1280 pixels.
_HEADER_ROOM = 32  # a column title's margins and its sort arrow
_CELL_ROOM = 12  # a cell's margins
_DATES = (Column.START, Column.END, Column.NOTICE, Column.RENEWS, Column.REVIEW)
_OPTIONAL = (Column.EXPERIENCE, Column.NOTICE, Column.RENEWS, Column.REVIEW)
_STRETCHED = (Column.CUSTOMER, Column.TITLE)
_COLUMN_OF_SORT = {key: column for column, key in SORT_KEYS.items()}
_FILTER_FIELDS = ("search", "status", *PANEL_FIELDS)


def active_filters(criteria: RegisterFilter) -> int:
    """How many filters (search included) narrow the view ``criteria``."""
    neutral = RegisterFilter(sort=criteria.sort, descending=criteria.descending)
    return sum(1 for name in _FILTER_FIELDS if getattr(criteria, name) != getattr(neutral, name))


class RegisterPanel(QWidget):
    """Search, filters and saved filters over the register table.

    Signals:
        current_changed: the selected agreement's number ("" when none).

    Attributes:
        filters: kind, customer, service, level, currency, dates, awaiting review/signature.
        saved: the acting user's saved filters.
    """

    current_changed = Signal(str)
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(
        self, db: Database, *, page_size: int = PAGE_SIZE, actor: Actor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.model = RegisterModel(db, page_size=page_size, parent=self)
        self.search = QLineEdit(placeholderText=translate(
            "RegisterPanel", "Search number, title, customer, contact, service or site"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(6)
        self.status.addItem(translate("RegisterPanel", "All statuses"), None)
        for status in Status:
            self.status.addItem(formatting.status_name(status), status.value)
        self.filters = FilterPanel(register.filter_choices(db))
        self.saved = SavedFilters(db, actor, self.model_criteria)
        self.count = QLabel()
        self.count.setObjectName("registerCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table = self._make_table()
        self.empty = EmptyRegister()
        self.empty.clear_requested.connect(self.clear_filters)
        self.empty.new_requested.connect(self.new_requested)
        self.empty.demo_requested.connect(self.demo_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._lay_out()
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.filters.changed.connect(self.apply_filter)
        self.clear_action = QAction(translate("RegisterPanel", "C&lear filters"), self)
        self.clear_action.setObjectName("action_clear_filters")
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.clear_action.setStatusTip(
            translate("RegisterPanel", "Search, status and every filter back to any; the sort order stays"))
        self.clear_action.setToolTip(translate("RegisterPanel", "Clear the search and every filter ({shortcut})").format(
            shortcut=self.clear_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.clear_action.triggered.connect(self.clear_filters)
        self.filters.clear_button.setDefaultAction(self.clear_action)
        self.saved.chosen.connect(self.show_criteria)
        self._pending = ""
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(lambda: self.saved.follow(self.model.criteria))  # a header click too
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
        table.setTabKeyNavigation(False)  # Tab leaves the table for the next control; arrows move the selection
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # compact: more rows in view
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setToolTip(translate("RegisterPanel", "Click a column title to sort by it; click again to reverse"))
        table.setSortingEnabled(True)
        header.setMinimumSectionSize(60)
        metrics = header.fontMetrics()
        # a date as wide as the language writes the widest (``14 thg 12, 2026``, ``28 верес. 2026 р.``): never elided
        dated = max(table.fontMetrics().horizontalAdvance(formatting.date(dt.date(2026, month, 28))) for month in range(1, 13))
        for column, width in _WIDTHS.items():  # at least the title's width in the window's language, with the sort arrow
            fits = dated + _CELL_ROOM if column in _DATES else 0
            header.resizeSection(column, max(width, fits, metrics.horizontalAdvance(column_title(column)) + _HEADER_ROOM))
        for column in _STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.columns_menu = QMenu(translate("RegisterPanel", "Columns"), self)
        self.column_actions: dict[Column, QAction] = {}
        for column in Column:
            action = self.columns_menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(column not in _OPTIONAL)
            action.setEnabled(column is not Column.NUMBER)  # a row is always known by its number
            action.toggled.connect(lambda shown, column=column: table.setColumnHidden(column, not shown))
            self.column_actions[column] = action
            table.setColumnHidden(column, column in _OPTIONAL)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda at: self.columns_menu.popup(header.mapToGlobal(at)))
        return table

    def _show_filtered_columns(self) -> None:
        """A column the view is filtered on is shown (the filter's answer is in it)."""
        criteria = self.model.criteria
        for column, filtered in ((Column.EXPERIENCE, criteria.experience), (Column.NOTICE, criteria.notice_within_days),
                                 (Column.RENEWS, criteria.renews_within_days is not None or criteria.expired),
                                 (Column.REVIEW, criteria.review_within_days)):
            if filtered not in (None, False, ""):
                self.column_actions[column].setChecked(True)

    def _lay_out(self) -> None:
        self._search_label = buddy_label(translate("RegisterPanel", "S&earch:"), self.search)
        self._status_label = buddy_label(translate("RegisterPanel", "S&tatus:"), self.status)
        bar = QHBoxLayout()
        bar.addWidget(self._search_label)
        bar.addWidget(self.search, 4)
        bar.addSpacing(10)
        bar.addWidget(self._status_label)
        bar.addWidget(self.status, 1)
        bar.addSpacing(16)
        bar.addWidget(self.saved, 3)
        bar.addSpacing(10)
        bar.addWidget(self.count)
        self.filter_frame = QFrame()
        self.filter_frame.setObjectName("filterFrame")
        self.filter_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(self.filter_frame)
        frame_layout.setContentsMargins(8, 6, 8, 6)
        frame_layout.addWidget(self.filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.filter_frame)
        layout.addWidget(self.stack, 1)

    # Filtering

    def model_criteria(self) -> RegisterFilter:
        """The view shown now (what a saved filter keeps and an export writes)."""
        return self.model.criteria

    def criteria_from_widgets(self) -> RegisterFilter:
        status = self.status.currentData()
        return self.model.criteria.with_(
            search=self.search.text().strip(), status=Status(status) if status else None, **self.filters.values()
        )

    def apply_filter(self) -> None:
        """Run the search and every filter now (typing waits a moment first)."""
        self._search_timer.stop()
        self.model.set_criteria(self.criteria_from_widgets())
        self._show_filtered_columns()
        self.saved.follow(self.model.criteria)

    def show_criteria(self, criteria: RegisterFilter) -> None:
        """Show the view ``criteria`` (a saved filter): fill in every field, sort, and query once."""
        self._search_timer.stop()
        for widget in (self.search, self.status):
            widget.blockSignals(True)
        self.search.setText(criteria.search)
        self.status.setCurrentIndex(max(self.status.findData(criteria.status.value if criteria.status else None), 0))
        for widget in (self.search, self.status):
            widget.blockSignals(False)
        self.filters.show_values(criteria)
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # the view would sort on its own: the criteria carry the order
        column = _COLUMN_OF_SORT.get(criteria.sort, -1)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if criteria.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.viewport().update()
        self.model.set_criteria(criteria)
        self._show_filtered_columns()

    def clear_filters(self) -> None:
        """Search, status and every filter back to "any" (the sort order stays)."""
        kept = self.model.criteria
        self.show_criteria(RegisterFilter(sort=kept.sort, descending=kept.descending))
        self.saved.follow(self.model.criteria)

    def refresh(self, select: str = "") -> None:
        """Re-read the register, keeping the selection or moving it to ``select``."""
        self._pending = select
        self.filters.set_choices(register.filter_choices(self._db))
        self.model.reload()

    def _remember_selection(self) -> None:
        self._pending = self._pending or self.selected_number()

    def _restore_selection(self) -> None:
        number, self._pending = self._pending, ""
        if not (number and self.select_agreement(number)):
            self.current_changed.emit("")

    def _update_count(self) -> None:
        total, active = self.model.total, active_filters(self.model.criteria)
        criteria = self.model.criteria
        self.filters.mark_active(criteria)
        for label, narrows in ((self._search_label, bool(criteria.search)), (self._status_label, bool(criteria.status))):
            label.setStyleSheet(ACTIVE_STYLE if narrows else "")
        self.count.setText(counted(translate("RegisterPanel", "%n agreement(s)", None, total), total))
        if total == 0:
            self.empty.say(filtered=active > 0)
        self.stack.setCurrentWidget(self.empty if total == 0 else self.table)
        if not active:
            self.count.setToolTip(translate("RegisterPanel", "The whole register"))
        else:
            self.count.setToolTip(translate("RegisterPanel", "Narrowed by %n filter(s)", None, active))

    # Selection

    def select_agreement(self, number: str) -> bool:
        """Select agreement ``number`` if the view shows it, wherever it is; scrolls to it."""
        row = self.model.find(number)
        if row is None:
            return False
        index = self.model.index(row, Column.NUMBER)
        if select_table_row(self.table, index):
            self.current_changed.emit(number)
        return True

    def reveal(self, number: str) -> None:
        """Select ``number``; when the filters leave it out, clear them and search for it."""
        if self.select_agreement(number):
            return
        kept = self.model.criteria
        self._pending = number
        self.show_criteria(RegisterFilter(search=number, sort=kept.sort, descending=kept.descending))
        self.saved.follow(self.model.criteria)

    def selected_row(self) -> RegisterRow | None:
        """The agreement at the table's current row (the row selection follows it)."""
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_number(self) -> str:
        row = self.selected_row()
        return row.number if row else ""

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.current_changed.emit(row.number if row else "")
