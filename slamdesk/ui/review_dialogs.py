"""Review rounds: sending a version to named reviewers, and one reviewer's decision.

``ReviewRoundDialog`` names the reviewers of a round (profile, role, due date)
and submits the draft or opens the round. ``ReviewDecisionDialog`` records one
reviewer's approval or request for changes, with comments anchored to the
agreement's sections, beside the quality checklist ``core`` runs.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import agreements, users
from ..core.agreements import AgreementDetail
from ..core.lifecycle import Status
from ..core.reviews import REVIEW_ROLES, AssignmentView, ReviewerInput, RoundView
from ..core.roles import Actor, Role
from . import formatting
from .checklist import DETAIL_STYLE, ChecklistWidget, blocking_items
from .context import AppContext
from .dialogs import UseCaseDialog
from .widgets import ErrorLabel

REVIEW_WORKING_DAYS = 5
DATE_FORMAT = "yyyy-MM-dd"
# The review role a profile usually takes, to pre-fill a row.
ROLE_OF_PROFILE: dict[Role, str] = {
    Role.LEGAL_REVIEWER: "legal_reviewer",
    Role.QUALITY_CHECKER: "quality_checker",
    Role.CUSTOMER_SIGNATORY: "customer_representative",
}
FIXED_SECTIONS: dict[str, str] = {
    "general": "the agreement as a whole",
    "parties": "provider and customer",
    "scope": "services and sites covered",
    "pricing": "prices and totals",
    "credits": "service credits",
    "signatures": "signatories and signing",
}
DECISIONS: dict[str, str] = {"approve": "Approve", "request_changes": "Request changes"}
DECISION_LABELS: dict[str, str] = {"approved": "Approved", "changes_requested": "Changes requested"}
DATE_ERROR_STYLE = "QDateEdit { border: 2px solid #c53030; border-radius: 3px; }"


def add_working_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved on by ``days`` working days (Monday to Friday)."""
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class ElidingComboBox(QComboBox):
    """A combo box that ends a current text too long for it with "…" instead of cutting it off."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - Qt's signature
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class RowFocus(QObject):
    """Makes the row of a table's cell widget current when that widget takes the focus.

    Cell widgets (combos, date edits) sit over the table, so clicking one does not
    select its row; "Remove" acts on the current row, so it must follow the focus.
    """

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            index = self._table.indexAt(watched.geometry().center())  # cell widgets sit on the viewport
            if index.isValid() and index.row() != self._table.currentRow():
                self._table.setCurrentCell(index.row(), index.column())
        return False


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tip or text)
    return item


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    return row


def sections_of(detail: AgreementDetail) -> list[tuple[str, str]]:
    """Every section a comment can be anchored to, as (section, label) in document order."""
    sections = [(key, f"{key} – {label}") for key, label in FIXED_SECTIONS.items()]
    sections += [(f"line:{line.position}", f"line:{line.position} – {line.service_name} @ {line.site}") for line in detail.lines]
    sections += [(f"clause:{clause.key}", f"clause:{clause.key} – {clause.title}") for clause in detail.clauses]
    return sections


def open_round_of(detail: AgreementDetail) -> RoundView | None:
    """The round open on the current version, if any."""
    return next(
        (r for r in reversed(detail.rounds) if r.status == "open" and r.version_no == detail.version_no), None
    )


# ------------------------------------------------------------------ the round


class ReviewRoundDialog(UseCaseDialog):
    """Name the reviewers of a round: a profile, a review role and a due date each.

    With ``submit`` the draft is submitted for review with the round
    (``agreements.submit_for_review``); otherwise a round is opened on a version
    already in review (``agreements.start_review_round``).

    Attributes:
        table: one row per reviewer (profile combo, role combo, due-date edit).
        add_button, remove_button, ok_button.
        profiles: the active profiles offered (the author left out).
        today: the day due dates are checked against.
    """

    def __init__(
        self, parent: QWidget | None, context: AppContext, number: str, *, submit: bool, today: dt.date | None = None
    ) -> None:
        self._context, self.number, self.submit = context, number, submit
        self.today = today or dt.date.today()
        detail = agreements.get_agreement(context.db, number)
        self.detail = detail
        action = "Submitting moves the draft into review and opens" if submit else "This opens"
        super().__init__(
            parent,
            title=f"Submit {number} for review" if submit else f"Start a review round on {number}",
            intro=(
                f"{action} a review round on version {detail.version_no} of “{detail.title}” "
                f"({detail.customer_name}), drafted by {detail.author}. Each reviewer approves or requests "
                "changes by the due date; one request for changes sends the version back to its author."
            ),
            ok_text="Submit for review" if submit else "Start round",
        )
        self.setMinimumSize(780, 440)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.layout().setSpacing(10)
        self.profiles: list[Actor] = [a for a in users.list_actors(context.db) if a.display_name != detail.author]

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("reviewers")
        self.table.setHorizontalHeaderLabels(["Reviewer", "Role", "Due date"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 150)
        self.table.setMinimumHeight(36 * 4 + 34)
        self._row_focus = RowFocus(self.table)
        self.add_button = QPushButton("&Add reviewer")
        self.remove_button = QPushButton("&Remove reviewer")
        self.add_button.clicked.connect(lambda: self.add_reviewer())
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.hint = QLabel("", wordWrap=True)
        self.hint.setStyleSheet(DETAIL_STYLE)
        errors = QVBoxLayout()
        errors.setSpacing(2)
        for name in ("reviewers", "due_date"):
            errors.addWidget(self.errors.label(name))
        errors.addWidget(self.hint)
        below = _button_row(self.add_button, self.remove_button)
        below.addSpacing(16)
        below.addLayout(errors, 1)
        block = QWidget()
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.addWidget(self.table, 1)
        block_layout.addLayout(below)
        label = QLabel("&Reviewers:")
        label.setBuddy(self.table)
        self.form.addRow(label)
        self.form.addRow(block)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.on_submit(self._run)
        self._prefill()
        self._update_buttons()

    # rows

    def _prefill(self) -> None:
        """The reviewers of the last round again, or the first legal reviewer and quality checker."""
        known = {p.id for p in self.profiles}
        last = self.detail.rounds[-1] if self.detail.rounds else None
        if last is not None and any(a.reviewer_id in known for a in last.assignments):
            for assignment in last.assignments:
                if assignment.reviewer_id in known:
                    self.add_reviewer(assignment.reviewer_id, assignment.role)
            return
        for role in (Role.LEGAL_REVIEWER, Role.QUALITY_CHECKER):
            found = next((p for p in self.profiles if p.role is role), None)
            if found is not None:
                self.add_reviewer(found.id)
        if self.table.rowCount() == 0 and self.profiles:
            self.add_reviewer()

    def add_reviewer(self, user_id: int | None = None, role: str | None = None, due: dt.date | None = None) -> int:
        """Add a row (the next profile not yet named, its usual role, due in 5 working days); returns it."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        profile = ElidingComboBox()
        profile.setObjectName("reviewer_profile")
        for actor in self.profiles:
            profile.addItem(f"{actor.display_name} — {actor.role.label.lower()}", actor.id)
        roles = QComboBox()
        roles.setObjectName("reviewer_role")
        for key, label in REVIEW_ROLES.items():
            roles.addItem(label, key)
        due_edit = QDateEdit(_qdate(due or add_working_days(self.today, REVIEW_WORKING_DAYS)))
        due_edit.setObjectName("reviewer_due")
        due_edit.setCalendarPopup(True)
        due_edit.setDisplayFormat(DATE_FORMAT)
        due_edit.setToolTip("When this reviewer should have decided")
        for widget in (profile, roles, due_edit):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setCellWidget(row, 0, profile)
        self.table.setCellWidget(row, 1, roles)
        self.table.setCellWidget(row, 2, due_edit)
        self._row_focus.watch(profile, roles, due_edit)
        profile.currentIndexChanged.connect(lambda _i: self._role_follows_profile(profile, roles))
        if user_id is None:
            named = {r.user_id for r in self._inputs()}
            user_id = next((p.id for p in self.profiles if p.id not in named), None)
        if user_id is not None:
            profile.setCurrentIndex(max(profile.findData(user_id), 0))
        self._role_follows_profile(profile, roles)
        if role is not None:
            roles.setCurrentIndex(max(roles.findData(role), 0))
        self.table.selectRow(row)
        self._update_buttons()
        return row

    def remove_reviewer(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
        self._update_buttons()

    def _remove_selected(self) -> None:
        self.remove_reviewer(self.table.currentRow())

    def _role_follows_profile(self, profile: QComboBox, roles: QComboBox) -> None:
        actor = next((p for p in self.profiles if p.id == profile.currentData()), None)
        if actor is not None and actor.role in ROLE_OF_PROFILE:
            roles.setCurrentIndex(roles.findData(ROLE_OF_PROFILE[actor.role]))

    def row_widgets(self, row: int) -> tuple[QComboBox, QComboBox, QDateEdit]:
        """The profile combo, role combo and due-date edit of ``row``."""
        widgets = tuple(self.table.cellWidget(row, column) for column in range(3))
        return widgets  # type: ignore[return-value]

    def set_row(self, row: int, *, user_id: int | None = None, role: str | None = None, due: dt.date | None = None) -> None:
        profile, roles, due_edit = self.row_widgets(row)
        if user_id is not None:
            profile.setCurrentIndex(profile.findData(user_id))
        if role is not None:
            roles.setCurrentIndex(roles.findData(role))
        if due is not None:
            due_edit.setDate(_qdate(due))

    def _inputs(self) -> list[ReviewerInput]:
        inputs = []
        for row in range(self.table.rowCount()):
            profile, roles, due_edit = self.row_widgets(row)
            if profile is None or profile.currentData() is None:
                continue
            inputs.append(ReviewerInput(int(profile.currentData()), str(roles.currentData()), _pydate(due_edit)))
        return inputs

    def reviewers(self) -> list[ReviewerInput]:
        """The round as typed: one ``ReviewerInput`` per row."""
        return self._inputs()

    def _update_buttons(self) -> None:
        rows = self.table.rowCount()
        self.remove_button.setEnabled(rows > 0 and self.table.currentRow() >= 0)
        self.add_button.setEnabled(bool(self.profiles))
        self.ok_button.setEnabled(rows > 0)
        self.hint.setText("" if rows else "Add at least one reviewer to send the version for review.")

    # running

    def _run(self) -> None:
        db, actor, reviewers = self._context.db, self._context.actor, self.reviewers()
        if self.submit:
            agreements.submit_for_review(db, actor, self.number, reviewers=reviewers, today=self.today)
        else:
            agreements.start_review_round(db, actor, self.number, reviewers, today=self.today)

    def _mark_dates(self, refused: bool) -> None:
        for row in range(self.table.rowCount()):
            due_edit = self.row_widgets(row)[2]
            wrong = refused and _pydate(due_edit) < self.today
            due_edit.setStyleSheet(DATE_ERROR_STYLE if wrong else "")

    def accept(self) -> None:
        self._mark_dates(False)
        super().accept()
        if self.errors.message("due_date"):
            self._mark_dates(True)


# ------------------------------------------------------------------ a decision


class ReviewDecisionDialog(UseCaseDialog):
    """One reviewer approves or requests changes, commenting on sections of the agreement.

    Shows who else is in the open round and their status, and the quality
    checklist; "Approve" is disabled while an automatic item fails.

    Attributes:
        decision: "approve" or "request_changes".
        detail: the agreement as read when the dialog opened.
        open_round: the round open on the current version (None: no round).
        assignment: the acting user's place in that round, if any.
        sections: (section, label) pairs a comment can be anchored to.
        comment: the overall comment.
        comments_table: one row per anchored comment (section combo, text edit).
        round_table: the reviewers of the open round and their status.
        checklist: the ``ChecklistWidget``; ``run_again_button`` runs it again.
        blocked: why the OK button is disabled (empty while it is not).
        ok_button, add_comment_button, remove_comment_button.
    """

    def __init__(
        self, parent: QWidget | None, context: AppContext, number: str, *, decision: str, today: dt.date | None = None
    ) -> None:
        if decision not in DECISIONS:
            raise ValueError(f"decision is one of {', '.join(DECISIONS)}, not {decision!r}")
        self._context, self.number, self.decision = context, number, decision
        self.today = today or dt.date.today()
        detail = agreements.get_agreement(context.db, number)
        self.detail = detail
        self.open_round = open_round_of(detail)
        actor = context.actor
        self.assignment: AssignmentView | None = (
            next((a for a in self.open_round.assignments if a.reviewer_id == actor.id), None) if self.open_round else None
        )
        approve = decision == "approve"
        what = (
            "Approve your part of the review. The version is approved once every reviewer has approved "
            "and the quality check passes."
            if approve
            else "Say what should change, anchored to the sections it concerns. Requesting changes closes the "
            "round and sends the version back to its author for a new version."
        )
        super().__init__(
            parent,
            title=f"Approve {number}" if approve else f"Request changes to {number}",
            intro=(
                f"<b>{html.escape(number)}</b> · version {detail.version_no} · “{html.escape(detail.title)}” · "
                f"{html.escape(detail.customer_name)} · drafted by {html.escape(detail.author)}<br>"
                f"You review as <b>{html.escape(actor.display_name)}</b>"
                + (f" ({REVIEW_ROLES.get(self.assignment.role, self.assignment.role).lower()})" if self.assignment else "")
                + f". {what}"
            ),
            ok_text=DECISIONS[decision],
        )
        self.setMinimumSize(1100, 680)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.layout().setSpacing(10)
        self.sections = sections_of(detail)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self._round_box())
        left_layout.addWidget(self._comments_box(), 1)
        right = self._checklist_box()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 420])
        self.splitter = splitter

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.errors.general), splitter, 1)
        layout.removeWidget(self.buttons)
        self.blocked = ErrorLabel()
        self.blocked.setObjectName("blockedReason")
        bottom = QHBoxLayout()
        bottom.addWidget(self.blocked, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        for name in ("comment", "section"):
            self.errors.label(name)  # placed by the boxes below
        self.on_submit(self._run)
        self.checklist.checklist_shown.connect(lambda _c: self._update_state())
        self.run_checklist()
        if decision == "request_changes":
            self.comment.setFocus()

    # layout pieces

    def _round_box(self) -> QGroupBox:
        box = QGroupBox("Review round")
        layout = QVBoxLayout(box)
        self.round_table = QTableWidget(0, 4)
        self.round_table.setObjectName("round")
        self.round_table.setHorizontalHeaderLabels(["Reviewer", "Role", "Due", "Decision"])
        self.round_table.verticalHeader().setVisible(False)
        self.round_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.round_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.round_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.round_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        review_round = self.open_round
        if review_round is None:
            summary = (
                "No review round is open on this version: a legal reviewer or quality checker decides alone."
            )
            self.round_table.hide()
        else:
            approved = sum(1 for a in review_round.assignments if a.decision == "approved")
            summary = (
                f"Round {review_round.number} on version {review_round.version_no}: "
                f"{approved} of {len(review_round.assignments)} reviewers have approved."
            )
            for assignment in review_round.assignments:
                self._add_assignment(assignment)
            rows = len(review_round.assignments)
            self.round_table.setFixedHeight(
                self.round_table.horizontalHeader().sizeHint().height()
                + self.round_table.verticalHeader().defaultSectionSize() * rows + 4
            )
        self.round_summary = QLabel(summary, wordWrap=True)
        layout.addWidget(self.round_summary)
        layout.addWidget(self.round_table)
        return box

    def _add_assignment(self, assignment: AssignmentView) -> None:
        row = self.round_table.rowCount()
        self.round_table.insertRow(row)
        mine = assignment.reviewer_id == self._context.actor.id
        if assignment.decision is not None:
            decided = f" {formatting.timestamp(assignment.decided_at)}" if assignment.decided_at else ""
            status = f"{DECISION_LABELS.get(assignment.decision, assignment.decision)}{decided}"
        elif assignment.overdue(self.today):
            status = "Pending — overdue"
        else:
            status = "Pending"
        cells = [
            assignment.reviewer + (" (you)" if mine else ""),
            REVIEW_ROLES.get(assignment.role, assignment.role),
            formatting.date(assignment.due_date),
            status,
        ]
        for column, text in enumerate(cells):
            item = _item(text)
            if mine:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if column == 3 and assignment.overdue(self.today):
                item.setForeground(Qt.GlobalColor.darkRed)
            self.round_table.setItem(row, column, item)

    def _comments_box(self) -> QGroupBox:
        box = QGroupBox("Comments")
        layout = QVBoxLayout(box)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(
            "Your overall comment (optional)" if self.decision == "approve" else "What should change, overall"
        )
        self.comment.setFixedHeight(72)
        self.comment.textChanged.connect(lambda: self.errors.label("comment").show_message(""))
        overall = QLabel("&Overall comment (anchored to “general”):")
        overall.setBuddy(self.comment)
        layout.addWidget(overall)
        layout.addWidget(self.comment)
        layout.addWidget(self.errors.label("comment"))

        self.comments_table = QTableWidget(0, 2)
        self.comments_table.setObjectName("comments")
        self.comments_table.setHorizontalHeaderLabels(["Section", "Comment"])
        self.comments_table.verticalHeader().setVisible(False)
        self.comments_table.verticalHeader().setDefaultSectionSize(34)
        self.comments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.comments_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.comments_table.setColumnWidth(0, 290)
        self.comments_table.setMinimumHeight(34 * 3 + 30)
        self._row_focus = RowFocus(self.comments_table)
        self.comments_table.currentCellChanged.connect(lambda *_: self._update_comment_buttons())
        anchored = QLabel("Comments on &sections (a line, a clause, the pricing…):")
        anchored.setBuddy(self.comments_table)
        layout.addWidget(anchored)
        layout.addWidget(self.comments_table, 1)
        self.add_comment_button = QPushButton("&Add comment")
        self.remove_comment_button = QPushButton("Re&move comment")
        self.add_comment_button.clicked.connect(lambda: self.add_comment())
        self.remove_comment_button.clicked.connect(lambda: self.remove_comment(self.comments_table.currentRow()))
        row = _button_row(self.add_comment_button, self.remove_comment_button)
        row.addSpacing(16)
        row.addWidget(self.errors.label("section"), 1)
        layout.addLayout(row)
        self._update_comment_buttons()
        return box

    def _checklist_box(self) -> QGroupBox:
        checker = self._context.actor.role is Role.QUALITY_CHECKER or (
            self.assignment is not None and self.assignment.role == "quality_checker"
        )
        box = QGroupBox("Quality checklist — your check" if checker else "Quality checklist")
        layout = QVBoxLayout(box)
        self.checklist = ChecklistWidget()
        self.checklist.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.errors.label("checklist"))
        self.run_again_button = QPushButton("Run &again")
        self.run_again_button.setToolTip("Run the quality check again on the stored agreement")
        self.run_again_button.clicked.connect(self.run_checklist)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.run_again_button)
        layout.addLayout(row)
        return box

    # comments

    def add_comment(self, section: str | None = None, text: str = "") -> int:
        """Add a comment row anchored to ``section`` (default: the selected row's, else general); returns it."""
        if section is None:
            current = self.comments_table.currentRow()
            section = self.comment_row(current)[0].currentData() if current >= 0 else "general"
        row = self.comments_table.rowCount()
        self.comments_table.insertRow(row)
        combo = ElidingComboBox()
        combo.setObjectName("comment_section")
        for key, label in self.sections:
            combo.addItem(label, key)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        found = combo.findData(section)
        combo.setCurrentIndex(max(found, 0))
        combo.setToolTip(combo.currentText())
        combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))
        edit = QLineEdit(text)
        edit.setObjectName("comment_text")
        edit.setPlaceholderText("Your comment on this section")
        edit.textChanged.connect(edit.setToolTip)
        self.comments_table.setCellWidget(row, 0, combo)
        self.comments_table.setCellWidget(row, 1, edit)
        self._row_focus.watch(combo, edit)
        self.comments_table.setCurrentCell(row, 1)
        self.errors.label("comment").show_message("")  # "say what should change" is being answered
        self._update_comment_buttons()
        edit.setFocus()
        return row

    def remove_comment(self, row: int) -> None:
        if 0 <= row < self.comments_table.rowCount():
            self.comments_table.removeRow(row)
        self._update_comment_buttons()

    def comment_row(self, row: int) -> tuple[QComboBox, QLineEdit]:
        return self.comments_table.cellWidget(row, 0), self.comments_table.cellWidget(row, 1)  # type: ignore[return-value]

    def comments(self) -> list[tuple[str, str]]:
        """The anchored comments as typed: (section, text) per row with text."""
        found = []
        for row in range(self.comments_table.rowCount()):
            combo, edit = self.comment_row(row)
            if edit.text().strip():
                found.append((str(combo.currentData()), edit.text()))
        return found

    def _update_comment_buttons(self) -> None:
        self.remove_comment_button.setEnabled(self.comments_table.currentRow() >= 0)

    # the checklist and the OK button

    def run_checklist(self) -> None:
        """Run the quality check again in ``core`` (clears a refusal shown beside it)."""
        self.errors.label("checklist").show_message("")
        self.checklist.load(self._context.db, self.number)

    def blocking_reasons(self) -> list[str]:
        """Why this decision cannot be taken now, as read from ``core``'s views (empty: it can)."""
        reasons = []
        review_round = self.open_round
        if review_round is not None and self.assignment is None:
            names = ", ".join(a.reviewer for a in review_round.assignments)
            reasons.append(f"You are not a reviewer in round {review_round.number} ({names}).")
        elif self.assignment is not None and self.assignment.decision is not None:
            decided = DECISION_LABELS.get(self.assignment.decision, self.assignment.decision).lower()
            reasons.append(f"You have decided on round {review_round.number} already ({decided}).")  # type: ignore[union-attr]
        if self.decision == "approve":
            failing = blocking_items(self.checklist.checklist)
            if failing:
                items = "; ".join(f"{item.label} — {item.detail}" for item in failing)
                reasons.append(f"Cannot approve while an automatic check fails: {items}.")
        if self.detail.status is not Status.IN_REVIEW:
            reasons.append(f"The agreement is {self.detail.status.label.lower()}, not in review.")
        return reasons

    def _update_state(self) -> None:
        reasons = self.blocking_reasons()
        self.blocked.show_message(" ".join(reasons))
        self.ok_button.setEnabled(not reasons)

    def _run(self) -> None:
        db, actor = self._context.db, self._context.actor
        if self.decision == "approve":
            agreements.approve(db, actor, self.number, self.comment.toPlainText(), comments=self.comments())
        else:
            agreements.request_changes(db, actor, self.number, self.comment.toPlainText(), comments=self.comments())

    def accept(self) -> None:
        super().accept()
        if self.errors.message("checklist"):  # refused by the quality check: show what fails now
            self.checklist.load(self._context.db, self.number)
