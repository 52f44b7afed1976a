"""The review board for quality checkers: every agreement under review, each reviewer's status, what is overdue.

The table reads ``core.reviews.review_board`` a page at a time as it is
scrolled (``canFetchMore``/``fetchMore``), so opening or filtering 10,000
agreements under review reads one page and one count. Search, reviewer, role,
"overdue only", "waiting for a decision" and "mine" are ``BoardFilter`` fields,
applied in ``core``'s query, never over loaded rows. Selecting a row shows its
review round below (each reviewer's role, due date, decision and comments with
the section they are anchored to). What is overdue is ``core``'s
``AssignmentView.overdue``; the window only colours it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import agreements, users
from ..core.db import Database
from ..core.errors import SlamdeskError
from ..core.reviews import (
    REVIEW_ROLES,
    AssignmentView,
    BoardCounts,
    BoardFilter,
    BoardRow,
    RoundView,
    count_review_board,
    review_board,
)
from ..core.roles import Actor
from . import formatting
from .context import AppContext
from .filter_panel import ACTIVE_STYLE, buddy_label
from .widgets import select_table_row

PAGE_SIZE = 200
SEARCH_DELAY_MS = 250
WIDE_REVIEWERS = 440  # px: narrower, a row takes three lines so three reviewers still fit
CHANGES_DELAY_MS = 60  # changes announced together (a batch) cause one refresh

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

OVERDUE_COLOUR = "#c53030"
OVERDUE_TINT = "#fff1f0"  # the background of a row with an overdue reviewer
APPROVED_COLOUR = "#2f855a"
CHANGES_COLOUR = "#c05621"
PENDING_COLOUR = "#4a5568"
MUTED_COLOUR = "#718096"
SEPARATOR = " · "

# How a reviewer's role is written in the one-line summary.
ROLE_SHORT: dict[str, str] = {
    "legal_reviewer": "legal",
    "quality_checker": "quality",
    "customer_representative": "customer",
}
DECISIONS: dict[str, str] = {"approved": "✓ approved", "changes_requested": "✗ changes requested"}
NO_ROUND = "No reviewers named yet"


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
    Column.NUMBER: "Agreement",
    Column.CUSTOMER: "Customer",
    Column.TITLE: "Title",
    Column.VERSION: "Version",
    Column.ROUND: "Round",
    Column.REVIEWERS: "Reviewers",
    Column.NEXT_DUE: "Next due",
    Column.OVERDUE: "Overdue",
}

# Everything but the reviewers keeps these widths (user-resizable); the reviewers take what is left.
_WIDTHS: dict[Column, int] = {
    Column.NUMBER: 112,
    Column.CUSTOMER: 172,
    Column.TITLE: 140,
    Column.VERSION: 60,
    Column.ROUND: 52,
    Column.NEXT_DUE: 88,
    Column.OVERDUE: 116,
}
_CENTRED = (Column.VERSION, Column.ROUND)
_SHRINKING = (Column.CUSTOMER, Column.TITLE)  # what a narrow window takes width from
_NARROWEST: dict[Column, int] = {Column.CUSTOMER: 110, Column.TITLE: 90}
MIN_REVIEWERS = 400  # px the reviewers keep while customer and title can still shrink
_COLUMN_COUNT = len(Column)
_ROUND_TIPS = (Column.NUMBER, Column.ROUND, Column.REVIEWERS, Column.NEXT_DUE, Column.OVERDUE)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

# ------------------------------------------------------------------ wording


def role_label(role: str) -> str:
    return REVIEW_ROLES.get(role, role.replace("_", " ").capitalize())


def role_short(role: str) -> str:
    return ROLE_SHORT.get(role, role_label(role).lower())


def reviewer_status(assignment: AssignmentView, today: dt.date) -> str:
    """``Budi Santoso (quality) due 2026-11-20 OVERDUE``, or ``Trần Thị Linh (legal) ✓ approved``."""
    who = f"{assignment.reviewer} ({role_short(assignment.role)})"
    if assignment.decision is not None:
        return f"{who} {DECISIONS.get(assignment.decision, assignment.decision)}"
    late = " OVERDUE" if assignment.overdue(today) else ""
    return f"{who} due {formatting.date(assignment.due_date)}{late}"


def reviewers_text(row: BoardRow, today: dt.date) -> str:
    """Every reviewer's status in one line (the table wraps it onto the row's lines)."""
    if not row.assignments:
        return NO_ROUND
    return SEPARATOR.join(reviewer_status(assignment, today) for assignment in row.assignments)


def pending(row: BoardRow) -> list[AssignmentView]:
    return [a for a in row.assignments if a.decision is None]


def next_due(row: BoardRow) -> dt.date | None:
    """The earliest due date of a reviewer who has not decided yet."""
    dates = [a.due_date for a in pending(row)]
    return min(dates) if dates else None


def days_late(row: BoardRow, today: dt.date) -> int:
    """How many days the longest-waiting overdue decision is late (0: nothing overdue)."""
    late = [(today - a.due_date).days for a in row.assignments if a.overdue(today)]
    return max(late) if late else 0


def late_text(days: int) -> str:
    return "" if days <= 0 else f"{days} day{'s' if days != 1 else ''} late"


def decided(row: BoardRow) -> bool:
    return bool(row.assignments) and not pending(row)


def row_tooltip(row: BoardRow, today: dt.date) -> str:
    """Each reviewer on a line: role, and the decision or the due date (and how late)."""
    if not row.assignments:
        return f"{row.number}: submitted for review without a review round"
    lines = [f"{row.number}, version {row.version_no}, review round {row.round_no}"]
    for a in row.assignments:
        if a.decision is not None:
            when = f" on {formatting.timestamp(a.decided_at)}" if a.decided_at else ""
            status = f"{DECISIONS.get(a.decision, a.decision)}{when}"
        else:
            late = (today - a.due_date).days
            status = f"waiting, due {formatting.date(a.due_date)}" + (f" — {late_text(late)}" if a.overdue(today) else "")
        lines.append(f"{a.reviewer} — {role_label(a.role)}: {status}")
    return "\n".join(lines)


def section_label(section: str) -> str:
    """``line:2`` as ``Line 2``, ``clause:termination`` as ``Clause “termination”``, ``pricing`` as ``Pricing``."""
    kind, _, name = section.partition(":")
    if kind == "line":
        return f"Line {name}"
    if kind == "clause":
        return f"Clause “{name.replace('_', ' ')}”"
    return section.capitalize()


# -------------------------------------------------------------------- model


@dataclass(frozen=True)
class _Shown:
    """One row as the table shows it: texts per column, whether it is overdue, colours."""

    row: BoardRow
    texts: tuple[str, ...]
    overdue: bool
    foregrounds: dict[int, QColor]


class ReviewBoardModel(QAbstractTableModel):
    """Agreements under review matching a ``BoardFilter``, read a page at a time as the view scrolls.

    ``rowCount`` is the number of rows read so far; ``canFetchMore`` says
    whether ``core`` has more, ``fetchMore`` reads the next page. ``counts``
    (how many match, how many of those are overdue) comes from one count
    query per reload, so the window can say how many there are before they
    are read.
    """

    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: a reviewer has passed their due date

    def __init__(
        self, db: Database, today: Callable[[], dt.date], *, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._page_size = max(page_size, 1)
        self._criteria = BoardFilter()
        self._rows: list[BoardRow] = []
        self._counts = BoardCounts(0, 0)
        self._all = BoardCounts(0, 0)
        self._all_unknown = True
        self._done = True
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

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_criteria(self, criteria: BoardFilter) -> None:
        if criteria != self._criteria:
            self._criteria = criteria
            self.reload(count_all=False)  # the board itself did not change: its size is known

    def reload(self, *, keep_loaded: bool = False, count_all: bool = True) -> None:
        """Re-count and read the first page again.

        ``keep_loaded`` reads as many rows as were read before (in one query),
        so a refresh keeps the place of a view scrolled far down; ``count_all``
        also counts the whole board again (the "of N" a filtered view shows).
        """
        wanted = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        wanted = -(-wanted // self._page_size) * self._page_size  # whole pages
        self.beginResetModel()
        self._day = self._today()
        self._counts = count_review_board(self._db, self._day, self._criteria)
        if self._criteria == BoardFilter():
            self._all = self._counts
        elif count_all or self._all_unknown:
            self._all = count_review_board(self._db, self._day)
        self._all_unknown = False
        self._rows = review_board(self._db, self._day, self._criteria, limit=wanted, offset=0)
        self._shown.clear()
        self._done = len(self._rows) < wanted or len(self._rows) >= self._counts.total
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if parent.isValid() or self._done:
            return
        found = review_board(self._db, self._day, self._criteria, limit=self._page_size, offset=len(self._rows))
        last_page = len(found) < self._page_size
        known = {row.number for row in self._rows[-self._page_size :]}
        found = [row for row in found if row.number not in known]  # rows moved up by a change: never twice
        self._done = last_page or len(self._rows) + len(found) >= self._counts.total
        if found:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()

    # Lookups

    def row_at(self, row: int) -> BoardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, number: str) -> int | None:
        """The row of agreement ``number`` among the rows read so far."""
        return next((i for i, row in enumerate(self._rows) if row.number == number), None)

    def numbers(self) -> list[str]:
        return [row.number for row in self._rows]

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[Column(section)]
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.NEXT_DUE:
                return "The earliest due date of a reviewer who has not decided yet"
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _CENTRED:
                return int(Qt.AlignmentFlag.AlignCenter)
        if orientation is Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

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
            formatting.date(due) if due is not None else "all decided" if is_decided else "",
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


# ------------------------------------------------------------------ table


class BoardTable(QTableView):
    """The board's table: Enter or Return on a row asks to open its agreement.

    Signals:
        open_requested: Enter/Return was pressed on the current row.
        resized: the table changed size (the window fits its columns again).
    """

    open_requested = Signal()
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


# ------------------------------------------------------------------ window


def _mark_active(widget: QWidget, active: bool) -> None:
    """Colour the label of a filter that narrows the view (restyled only when that changes)."""
    if widget.property("filterActive") != active:
        widget.setProperty("filterActive", active)
        widget.setStyleSheet(ACTIVE_STYLE if active else "")


class ReviewBoardWindow(QMainWindow):
    """Every agreement under review, each reviewer's status and what is overdue, filterable.

    Signals:
        open_agreement: a row was double-clicked or Enter was pressed on it (the agreement number).

    Attributes:
        model: the rows (``ReviewBoardModel``); table: the board; detail: the selected round.
        search: number, customer or title (applied 250 ms after typing stops, or on Enter).
        reviewer, role: pick lists ("any" first); mine: the acting user as reviewer, in one click.
        overdue_only, pending_only: the check boxes "Overdue only" and "Waiting for a decision".
        count_label: how many agreements match, and how many of them are overdue.
        selected_round: the review round ``detail`` shows (None without a selection or a round).
        refresh_action (F5), find_action (Ctrl+F), clear_action (Ctrl+Shift+L), close_action (Esc).
    """

    open_agreement = Signal(str)

    def __init__(
        self, parent: QWidget | None, context: AppContext, today: dt.date | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._fixed_today = today
        self.selected_round: RoundView | None = None
        self._shown_number = ""
        self._pending_selection = ""
        self.setWindowTitle("Review board")
        self.resize(1280, 800)

        self.model = ReviewBoardModel(context.db, self._today, page_size=page_size, parent=self)
        self.search = QLineEdit(placeholderText="Agreement number, customer or title")
        self.search.setObjectName("boardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("boardReviewer")
        self.reviewer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reviewer.setMinimumContentsLength(18)
        self.role = QComboBox()
        self.role.setObjectName("boardRole")
        self.role.addItem("Any role", None)
        for key, label in REVIEW_ROLES.items():
            self.role.addItem(label, key)
        self.mine = QToolButton()
        self.mine.setObjectName("boardMine")
        self.mine.setText("&Mine")
        self.mine.setCheckable(True)
        self.mine.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.overdue_only = QCheckBox("&Overdue only")
        self.overdue_only.setToolTip("Only agreements where a reviewer has passed their due date without deciding")
        self.pending_only = QCheckBox("&Waiting for a decision")
        self.pending_only.setToolTip("Only agreements where a reviewer has not decided yet")
        self.count_label = QLabel()
        self.count_label.setObjectName("boardCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.count_label.setMinimumWidth(QFontMetrics(self.count_label.font()).horizontalAdvance("0" * 52))
        self.table = self._make_table()
        self.detail = QTextBrowser()
        self.detail.setObjectName("boardDetail")
        self.detail.setOpenLinks(False)
        self._fill_reviewers()
        self._make_actions()
        self._lay_out()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._stale = False
        self._changes_timer = QTimer(self, singleShot=True, interval=CHANGES_DELAY_MS)
        self._changes_timer.timeout.connect(self._reload_if_stale)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.reviewer.currentIndexChanged.connect(self._reviewer_chosen)
        self.role.currentIndexChanged.connect(self.apply_filter)
        self.mine.toggled.connect(self._mine_toggled)
        self.overdue_only.toggled.connect(self.apply_filter)
        self.pending_only.toggled.connect(self.apply_filter)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(lambda: self._open_index(self.table.currentIndex()))
        context.agreements_changed.connect(self._agreements_changed)
        context.actor_changed.connect(self._actor_changed)
        self._update_mine_tip()
        self._after_reset()

    # ------------------------------------------------------------ building

    def _make_table(self) -> BoardTable:
        table = BoardTable()
        table.setObjectName("boardTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        # Long names, titles and reviewer lists wrap onto the row's lines; Qt's own delegate paints every
        # cell. (A delegate painting in Python calls Qt for each cell on every repaint; with PySide6 6.12 on
        # Python 3.11 each such void call drops a reference to None, which ends in a crash.)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._lines = 2
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        vertical.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.REVIEWERS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._column_resized)
        table.resized.connect(self._fit_columns)
        return table

    def _fit_columns(self) -> None:
        """In a narrow window customer and title give up width (down to a minimum) before the reviewers do."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(column) for column in Column if column not in _SHRINKING + (Column.REVIEWERS,))
        room = self.table.viewport().width() - others - MIN_REVIEWERS
        wanted = sum(_WIDTHS[column] for column in _SHRINKING)
        for column in _SHRINKING:
            share = _WIDTHS[column] * min(1.0, max(room, 0) / wanted)
            header.resizeSection(column, max(int(share), _NARROWEST[column]))

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        """A narrow reviewers column gets a third line per row, so three reviewers still show whole."""
        if column != Column.REVIEWERS:
            return
        lines = 2 if new >= WIDE_REVIEWERS else 3
        if lines != self._lines:
            self._lines = lines
            self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * lines + 10)
            self.table.viewport().update()

    def _make_actions(self) -> None:
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setObjectName("action_board_refresh")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setToolTip("Read the board again (F5)")
        self.refresh_action.triggered.connect(self.refresh)
        self.find_action = QAction("&Find", self)
        self.find_action.setObjectName("action_board_find")
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.clear_action = QAction("C&lear filters", self)
        self.clear_action.setObjectName("action_board_clear")
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.clear_action.setToolTip("Clear the search and every filter (Ctrl+Shift+L)")
        self.clear_action.triggered.connect(self.clear_filters)
        self.close_action = QAction("&Close", self)
        self.close_action.setObjectName("action_board_close")
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.triggered.connect(self.close)
        for action in (self.refresh_action, self.find_action, self.clear_action, self.close_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _lay_out(self) -> None:
        self._search_label = buddy_label("&Search:", self.search)
        self._reviewer_label = buddy_label("Re&viewer:", self.reviewer)
        self._role_label = buddy_label("R&ole:", self.role)
        first = QHBoxLayout()
        first.addWidget(self._search_label)
        first.addWidget(self.search, 3)
        first.addSpacing(12)
        first.addWidget(self._reviewer_label)
        first.addWidget(self.reviewer, 2)
        first.addWidget(self.mine)
        first.addSpacing(12)
        first.addWidget(self._role_label)
        first.addWidget(self.role, 1)
        second = QHBoxLayout()
        second.addWidget(self.overdue_only)
        second.addSpacing(12)
        second.addWidget(self.pending_only)
        second.addSpacing(12)
        second.addWidget(self.count_label, 1)  # takes the free width: a longer count needs no new layout
        second.addSpacing(8)
        for action in (self.clear_action, self.refresh_action):
            button = QToolButton()
            button.setDefaultAction(action)
            second.addWidget(button)
        filters = QFrame()
        filters.setObjectName("boardFilters")
        filters.setFrameShape(QFrame.Shape.StyledPanel)
        filters_layout = QVBoxLayout(filters)
        filters_layout.setContentsMargins(8, 6, 8, 6)
        filters_layout.setSpacing(6)
        filters_layout.addLayout(first)
        filters_layout.addLayout(second)
        detail_box = QGroupBox("Review round")
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(6, 6, 6, 6)
        detail_layout.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([500, 200])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(filters)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _fill_reviewers(self) -> None:
        """Every active profile, "any reviewer" first; keeps the chosen one."""
        kept = self.reviewer.currentData()
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        self.reviewer.addItem("Any reviewer", None)
        for actor in users.list_actors(self.context.db):
            self.reviewer.addItem(f"{actor.display_name} ({actor.role.label.lower()})", actor.id)
        self._ensure_reviewer(self.context.actor)
        self.reviewer.setCurrentIndex(max(self.reviewer.findData(kept), 0) if kept is not None else 0)
        self.reviewer.blockSignals(False)

    def _ensure_reviewer(self, actor: Actor) -> int:
        index = self.reviewer.findData(actor.id)
        if index < 0:
            self.reviewer.addItem(f"{actor.display_name} ({actor.role.label.lower()})", actor.id)
            index = self.reviewer.count() - 1
        return index

    # ------------------------------------------------------------ filtering

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def criteria_from_widgets(self) -> BoardFilter:
        return BoardFilter(
            search=self.search.text().strip(),
            reviewer_id=self.reviewer.currentData(),
            role=self.role.currentData(),
            overdue_only=self.overdue_only.isChecked(),
            pending_only=self.pending_only.isChecked(),
        )

    def apply_filter(self) -> None:
        """Run the search and every filter now (typing waits a moment first)."""
        self._search_timer.stop()
        self.model.set_criteria(self.criteria_from_widgets())

    def clear_filters(self) -> None:
        self._search_timer.stop()
        widgets: list[QWidget] = [self.search, self.reviewer, self.role, self.mine, self.overdue_only, self.pending_only]
        blocked = [widget.blockSignals(True) for widget in widgets]
        self.search.clear()
        self.reviewer.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        for box in (self.mine, self.overdue_only, self.pending_only):
            box.setChecked(False)
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        self.apply_filter()

    def _reviewer_chosen(self, _index: int) -> None:
        self.mine.blockSignals(True)
        self.mine.setChecked(self.reviewer.currentData() == self.context.actor.id)
        self.mine.blockSignals(False)
        self.apply_filter()

    def _mine_toggled(self, checked: bool) -> None:
        """"Mine" is the acting user in the reviewer list; unticked, any reviewer."""
        self.reviewer.blockSignals(True)
        self.reviewer.setCurrentIndex(self._ensure_reviewer(self.context.actor) if checked else 0)
        self.reviewer.blockSignals(False)
        self.apply_filter()

    def _update_mine_tip(self) -> None:
        name = self.context.actor.display_name
        self.mine.setToolTip(f"Only the agreements {name} reviews")

    def _actor_changed(self, _actor: Actor) -> None:
        self._update_mine_tip()
        if self.mine.isChecked():
            self._mine_toggled(True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------ refreshing

    def refresh(self) -> None:
        """Read the reviewers, the board (as far as it was scrolled) and the selected round again."""
        self._stale = False
        self._changes_timer.stop()
        self._fill_reviewers()
        self.model.reload(keep_loaded=True)

    def _agreements_changed(self, _number: str) -> None:
        """Read the board again once a burst of changes is over; a hidden board waits until it is shown."""
        self._stale = True
        if self.isVisible():
            self._changes_timer.start()

    def _reload_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.model.reload(keep_loaded=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._changes_timer.start()

    def _remember_selection(self) -> None:
        self._pending_selection = self.selected_number()

    def _after_reset(self) -> None:
        number, self._pending_selection = self._pending_selection, ""
        self._update_count()
        if not (number and self.select_agreement(number)):
            self._show_round(None)

    def _update_count(self) -> None:
        counts, everything, criteria = self.model.counts, self.model.all_counts, self.model.criteria
        noun = "agreement" if everything.total == 1 else "agreements"
        late = f"{counts.overdue:,} overdue" if counts.overdue else "none overdue"
        if criteria == BoardFilter():
            text = f"{counts.total:,} {noun} under review · {late}"
        elif counts.total == 0:
            text = f"None of the {everything.total:,} {noun} under review match"
        else:
            text = f"{counts.total:,} of {everything.total:,} {noun} under review · {late}"
        self.count_label.setText(text)
        self.count_label.setToolTip(
            "Overdue: a reviewer (among those the filters choose) has passed their due date without deciding. "
            f"Read against {formatting.date(self.model.today)}."
        )
        for label, active in (
            (self._search_label, bool(criteria.search)),
            (self._reviewer_label, criteria.reviewer_id is not None),
            (self._role_label, criteria.role is not None),
        ):
            _mark_active(label, active)
        _mark_active(self.overdue_only, criteria.overdue_only)
        _mark_active(self.pending_only, criteria.pending_only)

    # ------------------------------------------------------------ selection

    def select_agreement(self, number: str) -> bool:
        """Select agreement ``number`` if it is among the rows read; scrolls to it."""
        row = self.model.find(number)
        if row is None:
            return False
        index = self.model.index(row, Column.NUMBER)
        if select_table_row(self.table, index):
            self._show_round(self.model.row_at(row))
        return True

    def selected_row(self) -> BoardRow | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_number(self) -> str:
        row = self.selected_row()
        return row.number if row else ""

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_round(self.model.row_at(current.row()) if current.isValid() else None)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_agreement.emit(row.number)

    # ------------------------------------------------------------ the round

    def _show_round(self, row: BoardRow | None) -> None:
        self.selected_round = None
        if row is None:
            self._shown_number = ""
            self.detail.setHtml(
                f"<p style='color:{MUTED_COLOUR}'>Select an agreement to see its review round: each reviewer's "
                "role, due date, decision and comments.</p>"
            )
            return
        self._shown_number = row.number
        heading = (
            f"<p><b>{escape(row.number)}</b> — {escape(row.title)} · {escape(row.customer)}"
            f"<br><span style='color:{MUTED_COLOUR}'>Version {row.version_no}"
        )
        if row.round_no is None:
            self.detail.setHtml(
                heading + " is under review without a review round: nobody has been named to review it.</span></p>"
            )
            return
        try:
            rounds = agreements.get_agreement(self.context.db, row.number).rounds
        except SlamdeskError as error:
            self.detail.setHtml(heading + f"</span></p><p style='color:{OVERDUE_COLOUR}'>{escape(str(error))}</p>")
            return
        found = next((r for r in rounds if r.number == row.round_no), None)
        self.selected_round = found
        if found is None:
            self.detail.setHtml(heading + f", review round {row.round_no} is no longer open.</span></p>")
            return
        earlier = len([r for r in rounds if r.number < found.number])
        before = f" · {earlier} earlier round{'s' if earlier != 1 else ''}" if earlier else ""
        heading += (
            f", review round {found.number} ({escape(found.status.replace('_', ' '))}), "
            f"opened {formatting.timestamp(found.opened_at)}{before}</span></p>"
        )
        self.detail.setHtml(heading + self._round_table(found))

    def _round_table(self, review_round: RoundView) -> str:
        today = self.model.today
        cells = "".join(
            f"<th align='left' style='padding:3px 10px 3px 0'>{name}</th>"
            for name in ("Reviewer", "Role", "Due", "Decision", "Decided at")
        )
        rows = [f"<tr style='color:{MUTED_COLOUR}'>{cells}</tr>"]
        for a in review_round.assignments:
            if a.decision is not None:
                colour = APPROVED_COLOUR if a.decision == "approved" else CHANGES_COLOUR
                decision = f"<span style='color:{colour}'>{escape(DECISIONS.get(a.decision, a.decision))}</span>"
            elif a.overdue(today):
                late = late_text((today - a.due_date).days)
                decision = f"<span style='color:{OVERDUE_COLOUR}'><b>waiting — {late}</b></span>"
            else:
                decision = f"<span style='color:{PENDING_COLOUR}'>waiting</span>"
            due_style = f" style='color:{OVERDUE_COLOUR}'" if a.overdue(today) else ""
            decided_at = formatting.timestamp(a.decided_at) if a.decided_at else "—"
            rows.append(
                "<tr>"
                f"<td style='padding:3px 10px 3px 0'>{escape(a.reviewer)}</td>"
                f"<td style='padding:3px 10px 3px 0'>{escape(role_label(a.role))}</td>"
                f"<td style='padding:3px 10px 3px 0'><span{due_style}>{formatting.date(a.due_date)}</span></td>"
                f"<td style='padding:3px 10px 3px 0'>{decision}</td>"
                f"<td style='padding:3px 10px 3px 0'>{decided_at}</td>"
                "</tr>"
            )
            for comment in a.comments:
                rows.append(
                    "<tr><td></td>"
                    f"<td colspan='4' style='padding:0 0 4px 0'><span style='color:{MUTED_COLOUR}'>"
                    f"{escape(section_label(comment.section))}:</span> {escape(comment.text)}</td></tr>"
                )
        return f"<table cellspacing='0'>{''.join(rows)}</table>"

    def detail_text(self) -> str:
        """What the round panel says, as plain text."""
        return self.detail.toPlainText()
