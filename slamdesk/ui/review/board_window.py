"""The review board for quality checkers: every agreement under review, each reviewer's status, what is overdue.

Search, reviewer, role, "overdue only", "waiting for a decision" and "mine" are
``BoardFilter`` fields (the model, ``board_model``). Selecting a row shows its review
round below (each reviewer's role, due date, decision and comments with the section
they are anchored to). What is overdue is ``core``'s ``AssignmentView.overdue``; the
window only colours it.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFontMetrics,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import agreements, users
from ...core.reviews import (
    BoardFilter,
    BoardRow,
    RoundView,
)
from ...core.roles import Actor
from .. import operations
from ..common import formatting
from ..common.filters import ACTIVE_STYLE, buddy_label
from ..common.i18n import translate
from ..common.widgets import select_table_row
from ..context import AppContext
from ..operations import Area, Changed
from .board_model import PAGE_SIZE, Column, ReviewBoardModel
from .board_table import BoardTable
from .board_wording import (
    MUTED_COLOUR,
    OVERDUE_COLOUR,
    ROLE_LABELS,
    numbered,
    profile_text,
    role_label,
    round_status,
    round_table,
)

SEARCH_DELAY_MS = 250
CHANGES_DELAY_MS = 60  # changes announced together (a batch) cause one refresh


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
        self.setWindowTitle(translate("ReviewBoardWindow", "Review board — slamdesk"))
        self.resize(1280, 800)

        self.model = ReviewBoardModel(context.db, self._today, page_size=page_size, parent=self)
        self.search = QLineEdit(placeholderText=translate("ReviewBoardWindow", "Agreement number, customer or title"))
        self.search.setObjectName("boardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("boardReviewer")
        self.reviewer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reviewer.setMinimumContentsLength(18)
        self.role = QComboBox()
        self.role.setObjectName("boardRole")
        self.role.addItem(translate("ReviewBoardWindow", "Any role"), None)
        for key in ROLE_LABELS:
            self.role.addItem(role_label(key), key)
        self.mine = QToolButton()
        self.mine.setObjectName("boardMine")
        self.mine.setText(translate("ReviewBoardWindow", "&Mine"))
        self.mine.setCheckable(True)
        self.mine.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.overdue_only = QCheckBox(translate("ReviewBoardWindow", "&Overdue only"))
        self.overdue_only.setToolTip(translate(
            "ReviewBoardWindow", "Only agreements where a reviewer has passed their due date without deciding"))
        self.pending_only = QCheckBox(translate("ReviewBoardWindow", "&Waiting for a decision"))
        self.pending_only.setToolTip(translate("ReviewBoardWindow", "Only agreements where a reviewer has not decided yet"))
        self.count_label = QLabel()
        self.count_label.setObjectName("boardCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.count_label.setMinimumWidth(QFontMetrics(self.count_label.font()).horizontalAdvance("0" * 52))
        self.table = BoardTable(self.model)
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
        context.changed.connect(self._changed)
        context.actor_changed.connect(self._actor_changed)
        self._update_mine_tip()
        self._after_reset()

    # ------------------------------------------------------------ building

    def _make_actions(self) -> None:
        self.refresh_action = QAction(translate("ReviewBoardWindow", "&Refresh"), self)
        self.refresh_action.setObjectName("action_board_refresh")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setToolTip(translate("ReviewBoardWindow", "Read the board again (F5)"))
        self.refresh_action.triggered.connect(self.refresh)
        self.find_action = QAction(translate("ReviewBoardWindow", "&Find"), self)
        self.find_action.setObjectName("action_board_find")
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.clear_action = QAction(translate("ReviewBoardWindow", "Cl&ear filters"), self)
        self.clear_action.setObjectName("action_board_clear")
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.clear_action.setToolTip(translate("ReviewBoardWindow", "Clear the search and every filter (Ctrl+Shift+L)"))
        self.clear_action.triggered.connect(self.clear_filters)
        self.close_action = QAction(translate("ReviewBoardWindow", "&Close"), self)
        self.close_action.setObjectName("action_board_close")
        self.close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")])
        self.close_action.triggered.connect(self.close)
        for action in (self.refresh_action, self.find_action, self.clear_action, self.close_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _lay_out(self) -> None:
        self._search_label = buddy_label(translate("ReviewBoardWindow", "&Search:"), self.search)
        self._reviewer_label = buddy_label(translate("ReviewBoardWindow", "Re&viewer:"), self.reviewer)
        self._role_label = buddy_label(translate("ReviewBoardWindow", "Ro&le:"), self.role)
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
        detail_box = QGroupBox(translate("ReviewBoardWindow", "Review round"))
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
        self.reviewer.addItem(translate("ReviewBoardWindow", "Any reviewer"), None)
        for actor in users.list_actors(self.context.db):
            self.reviewer.addItem(profile_text(actor.display_name, actor.role), actor.id)
        self._ensure_reviewer(self.context.actor)
        self.reviewer.setCurrentIndex(max(self.reviewer.findData(kept), 0) if kept is not None else 0)
        self.reviewer.blockSignals(False)

    def _ensure_reviewer(self, actor: Actor) -> int:
        index = self.reviewer.findData(actor.id)
        if index < 0:
            self.reviewer.addItem(profile_text(actor.display_name, actor.role), actor.id)
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
        self.mine.setToolTip(translate("ReviewBoardWindow", "Only the agreements {name} reviews").format(name=name))

    def _actor_changed(self, _actor: Actor) -> None:
        self._update_mine_tip()
        if self.mine.isChecked():
            self._mine_toggled(True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------ refreshing

    def refresh(self) -> None:
        """Read the reviewers, the board (keeping its place) and the selected round again."""
        self._stale = False
        self._changes_timer.stop()
        self._fill_reviewers()
        self.model.reload()

    def _changed(self, changed: Changed) -> None:
        """Read the board again once a burst of changes is over; a hidden board waits until it is shown."""
        if not changed.about(Area.AGREEMENTS):
            return
        self._stale = True
        if self.isVisible():
            self._changes_timer.start()

    def _reload_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()

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
        overdue, shown, total = counts.overdue, counts.total, everything.total  # lupdate reads a plain name as the number
        late = (numbered(translate("ReviewBoardWindow", "%n overdue", None, overdue), overdue) if overdue
                else translate("ReviewBoardWindow", "none overdue"))
        if criteria == BoardFilter():
            text = numbered(translate("ReviewBoardWindow", "%n agreement(s) under review · {overdue}", None, shown), shown)
        elif shown == 0:
            text = numbered(translate("ReviewBoardWindow", "None of the %n agreement(s) under review match", None, total), total)
        else:
            text = numbered(translate("ReviewBoardWindow", "{count} of %n agreement(s) under review · {overdue}", None, total),
                            total)
        self.count_label.setText(text.format(count=QLocale().toString(shown), overdue=late))
        self.count_label.setToolTip(translate(
            "ReviewBoardWindow", "Overdue: a reviewer (among those the filters choose) has passed their due date without "
            "deciding. Read against {date}.").format(date=formatting.date(self.model.today)))
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
            hint = translate("ReviewBoardWindow", "Select an agreement to see its review round: each reviewer's role, "
                             "due date, decision and comments.")
            self.detail.setHtml(f"<p style='color:{MUTED_COLOUR}'>{escape(hint)}</p>")
            return
        self._shown_number = row.number
        top = f"<p><b>{escape(row.number)}</b> — {escape(row.title)} · {escape(row.customer)}<br>"

        def heading(text: str) -> str:
            return f"{top}<span style='color:{MUTED_COLOUR}'>{escape(text)}</span></p>"

        if row.round_no is None:
            self.detail.setHtml(heading(translate(
                "ReviewBoardWindow", "Version {version} is under review without a review round: nobody has been named "
                "to review it.").format(version=row.version_no)))
            return
        read = operations.query(self, self.context, lambda: agreements.get_agreement(self.context.db, row.number),
                                what=row.number, in_place=True)
        if read.value is None:
            version = translate("ReviewBoardWindow", "Version {version}").format(version=row.version_no)
            self.detail.setHtml(heading(version) + f"<p style='color:{OVERDUE_COLOUR}'>{escape(str(read.error))}</p>")
            return
        rounds = read.value.rounds
        found = next((r for r in rounds if r.number == row.round_no), None)
        self.selected_round = found
        if found is None:
            self.detail.setHtml(heading(translate(
                "ReviewBoardWindow", "Version {version}, review round {round} is no longer open.").format(
                    version=row.version_no, round=row.round_no)))
            return
        said = translate("ReviewBoardWindow", "Version {version}, review round {round} ({status}), opened {when}").format(
            version=row.version_no, round=found.number, status=round_status(found.status),
            when=formatting.timestamp(found.opened_at))
        earlier = len([r for r in rounds if r.number < found.number])
        if earlier:
            said += " · " + numbered(translate("ReviewBoardWindow", "%n earlier round(s)", None, earlier), earlier)
        self.detail.setHtml(heading(said) + round_table(found, self.model.today))

    def detail_text(self) -> str:
        """What the round panel says, as plain text."""
        return self.detail.toPlainText()
