"""One reviewer's decision: approve or request changes, with comments anchored to the agreement's sections.

The quality checklist ``core`` runs is shown beside it; approving is disabled while an
automatic item fails.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import agreements
from ...core.lifecycle import Action, Status
from ...core.reviews import REVIEW_ROLES, AssignmentView, Decision
from ...core.roles import Role
from ..common import formatting
from ..common.dialogs import UseCaseDialog
from ..common.widgets import ErrorLabel
from ..context import AppContext
from .checklist import ChecklistWidget, blocking_items
from .review_forms import (
    DECISION_LABELS,
    DECISIONS,
    ElidingComboBox,
    RowFocus,
    button_row,
    open_round_of,
    sections_of,
    table_item,
)


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
        approve = decision == Action.APPROVE
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
        if decision == Action.REQUEST_CHANGES:
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
            approved = sum(1 for a in review_round.assignments if a.decision == Decision.APPROVED)
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
            item = table_item(text)
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
            "Your overall comment (optional)" if self.decision == Action.APPROVE else "What should change, overall"
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
        row = button_row(self.add_comment_button, self.remove_comment_button)
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
        if self.decision == Action.APPROVE:
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
        if self.decision == Action.APPROVE:
            agreements.approve(db, actor, self.number, self.comment.toPlainText(), comments=self.comments())
        else:
            agreements.request_changes(db, actor, self.number, self.comment.toPlainText(), comments=self.comments())

    def accept(self) -> None:
        super().accept()
        if self.errors.message("checklist"):  # refused by the quality check: show what fails now
            self.checklist.load(self._context.db, self.number)
