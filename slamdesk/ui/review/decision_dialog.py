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
from ...core.reviews import AssignmentView, Decision
from ...core.roles import Role
from ..common import formatting
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..common.widgets import ErrorLabel
from ..context import AppContext
from .board_wording import numbered, role_label
from .checklist import ChecklistWidget, blocking_items
from .review_forms import (
    DECISIONS,
    ElidingComboBox,
    RowFocus,
    button_row,
    decision_label,
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
            translate("ReviewDecisionDialog", "Approve your part of the review. The version is approved once every "
                      "reviewer has approved and the quality check passes.")
            if approve
            else translate("ReviewDecisionDialog", "Say what should change, anchored to the sections it concerns. "
                           "Requesting changes closes the round and sends the version back to its author for a new "
                           "version.")
        )
        title = translate("ReviewDecisionDialog", "Approve {number}") if approve else translate(
            "ReviewDecisionDialog", "Request changes to {number}")
        name = f"<b>{html.escape(actor.display_name)}</b>"
        you = (translate("ReviewDecisionDialog", "You review as {name} ({role}).").format(
            name=name, role=html.escape(role_label(self.assignment.role).lower())) if self.assignment
            else translate("ReviewDecisionDialog", "You review as {name}.").format(name=name))
        facts = (f"<b>{html.escape(number)}</b>",
                 html.escape(translate("ReviewDecisionDialog", "version {version}").format(version=detail.version_no)),
                 html.escape(translate("ReviewDecisionDialog", "“{title}”").format(title=detail.title)),
                 html.escape(detail.customer_name),
                 html.escape(translate("ReviewDecisionDialog", "drafted by {author}").format(author=detail.author)))
        super().__init__(
            parent,
            title=title.format(number=number),
            intro=f"{' · '.join(facts)}<br>{you} {html.escape(what)}",
            ok_text=translate("ReviewForms", DECISIONS[decision]),
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
        box = QGroupBox(translate("ReviewDecisionDialog", "Review round"))
        layout = QVBoxLayout(box)
        self.round_table = QTableWidget(0, 4)
        self.round_table.setObjectName("round")
        self.round_table.setHorizontalHeaderLabels([
            translate("ReviewDecisionDialog", "Reviewer"), translate("ReviewDecisionDialog", "Role"),
            translate("ReviewDecisionDialog", "Due"), translate("ReviewDecisionDialog", "Decision")])
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
            summary = translate("ReviewDecisionDialog", "No review round is open on this version: a legal reviewer or "
                                "quality checker decides alone.")
            self.round_table.hide()
        else:
            approved = sum(1 for a in review_round.assignments if a.decision == Decision.APPROVED)
            reviewers = len(review_round.assignments)
            summary = numbered(translate(
                "ReviewDecisionDialog", "Round {round} on version {version}: {approved} of %n reviewers have approved.",
                None, reviewers), reviewers).format(
                round=review_round.number, version=review_round.version_no, approved=approved)
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
            status = f"{decision_label(assignment.decision)}{decided}"
        elif assignment.overdue(self.today):
            status = translate("ReviewDecisionDialog", "Pending — overdue")
        else:
            status = translate("ReviewDecisionDialog", "Pending")
        cells = [
            translate("ReviewDecisionDialog", "{reviewer} (you)").format(reviewer=assignment.reviewer) if mine
            else assignment.reviewer,
            role_label(assignment.role),
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
        box = QGroupBox(translate("ReviewDecisionDialog", "Comments"))
        layout = QVBoxLayout(box)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(
            translate("ReviewDecisionDialog", "Your overall comment (optional)") if self.decision == Action.APPROVE
            else translate("ReviewDecisionDialog", "What should change, overall")
        )
        self.comment.setFixedHeight(72)
        self.comment.textChanged.connect(lambda: self.errors.label("comment").show_message(""))
        overall = QLabel(translate("ReviewDecisionDialog", "&Overall comment (anchored to “general”):"))
        overall.setBuddy(self.comment)
        layout.addWidget(overall)
        layout.addWidget(self.comment)
        layout.addWidget(self.errors.label("comment"))

        self.comments_table = QTableWidget(0, 2)
        self.comments_table.setObjectName("comments")
        self.comments_table.setHorizontalHeaderLabels([
            translate("ReviewDecisionDialog", "Section"), translate("ReviewDecisionDialog", "Comment")])
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
        anchored = QLabel(translate("ReviewDecisionDialog", "Comments on &sections (a line, a clause, the pricing…):"))
        anchored.setBuddy(self.comments_table)
        layout.addWidget(anchored)
        layout.addWidget(self.comments_table, 1)
        self.add_comment_button = QPushButton(translate("ReviewDecisionDialog", "&Add comment"))
        self.remove_comment_button = QPushButton(translate("ReviewDecisionDialog", "Re&move comment"))
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
        box = QGroupBox(translate("ReviewDecisionDialog", "Quality checklist — your check") if checker
                        else translate("ReviewDecisionDialog", "Quality checklist"))
        layout = QVBoxLayout(box)
        self.checklist = ChecklistWidget()
        self.checklist.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.errors.label("checklist"))
        self.run_again_button = QPushButton(translate("ReviewDecisionDialog", "&Run again"))
        self.run_again_button.setToolTip(translate("ReviewDecisionDialog", "Run the quality check again on the stored agreement"))
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
        edit.setPlaceholderText(translate("ReviewDecisionDialog", "Your comment on this section"))
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
            reasons.append(translate("ReviewDecisionDialog", "You are not a reviewer in round {round} ({names}).").format(
                round=review_round.number, names=names))
        elif self.assignment is not None and self.assignment.decision is not None:
            decided = decision_label(self.assignment.decision).lower()
            reasons.append(translate("ReviewDecisionDialog", "You have decided on round {round} already ({decision}).").format(
                round=review_round.number, decision=decided))  # type: ignore[union-attr]
        if self.decision == Action.APPROVE:
            failing = blocking_items(self.checklist.checklist)
            if failing:
                items = "; ".join(f"{item.label} — {item.detail}" for item in failing)
                reasons.append(translate("ReviewDecisionDialog", "Cannot approve while an automatic check fails: "
                                         "{items}.").format(items=items))
        if self.detail.status is not Status.IN_REVIEW:
            reasons.append(translate("ReviewDecisionDialog", "The agreement is {status}, not in review.").format(
                status=formatting.status_name(self.detail.status).lower()))
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
