"""A review round: name the reviewers (profile, role, due date), then submit the draft or open the round."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import agreements, users
from ...core.reviews import ReviewerInput
from ...core.roles import Actor, Role
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..common.review_defaults import REVIEW_WORKING_DAYS, ROLE_OF_PROFILE, add_working_days
from ..context import AppContext
from .board_wording import ROLE_LABELS, profile_role, role_label
from .checklist import DETAIL_STYLE
from .review_forms import DATE_ERROR_STYLE, DATE_FORMAT, ElidingComboBox, RowFocus, button_row, pydate, qdate


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
        if submit:
            title = translate("ReviewRoundDialog", "Submit {number} for review")
            intro = translate(
                "ReviewRoundDialog", "Submitting moves the draft into review and opens a review round on version "
                "{version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes "
                "by the due date; one request for changes sends the version back to its author.")
        else:
            title = translate("ReviewRoundDialog", "Start a review round on {number}")
            intro = translate(
                "ReviewRoundDialog", "This opens a review round on version {version} of “{title}” ({customer}), "
                "drafted by {author}. Each reviewer approves or requests changes by the due date; one request for "
                "changes sends the version back to its author.")
        super().__init__(
            parent,
            title=title.format(number=number),
            intro=intro.format(version=detail.version_no, title=detail.title, customer=detail.customer_name,
                               author=detail.author),
            ok_text=translate("ReviewRoundDialog", "Submit for review") if submit
            else translate("ReviewRoundDialog", "Start round"),
        )
        self.setMinimumSize(780, 440)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.layout().setSpacing(10)
        self.profiles: list[Actor] = [a for a in users.list_actors(context.db) if a.display_name != detail.author]

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("reviewers")
        self.table.setHorizontalHeaderLabels([
            translate("ReviewRoundDialog", "Reviewer"), translate("ReviewRoundDialog", "Role"),
            translate("ReviewRoundDialog", "Due date")])
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
        self.add_button = QPushButton(translate("ReviewRoundDialog", "&Add reviewer"))
        self.remove_button = QPushButton(translate("ReviewRoundDialog", "Re&move reviewer"))
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
        below = button_row(self.add_button, self.remove_button)
        below.addSpacing(16)
        below.addLayout(errors, 1)
        block = QWidget()
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.addWidget(self.table, 1)
        block_layout.addLayout(below)
        label = QLabel(translate("ReviewRoundDialog", "&Reviewers:"))
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
            profile.addItem(f"{actor.display_name} — {profile_role(actor.role)}", actor.id)
        roles = QComboBox()
        roles.setObjectName("reviewer_role")
        for key in ROLE_LABELS:
            roles.addItem(role_label(key), key)
        due_edit = QDateEdit(qdate(due or add_working_days(self.today, REVIEW_WORKING_DAYS)))
        due_edit.setObjectName("reviewer_due")
        due_edit.setCalendarPopup(True)
        due_edit.setDisplayFormat(DATE_FORMAT)
        due_edit.setToolTip(translate("ReviewRoundDialog", "When this reviewer should have decided"))
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
            due_edit.setDate(qdate(due))

    def _inputs(self) -> list[ReviewerInput]:
        inputs = []
        for row in range(self.table.rowCount()):
            profile, roles, due_edit = self.row_widgets(row)
            if profile is None or profile.currentData() is None:
                continue
            inputs.append(ReviewerInput(int(profile.currentData()), str(roles.currentData()), pydate(due_edit)))
        return inputs

    def reviewers(self) -> list[ReviewerInput]:
        """The round as typed: one ``ReviewerInput`` per row."""
        return self._inputs()

    def _update_buttons(self) -> None:
        rows = self.table.rowCount()
        self.remove_button.setEnabled(rows > 0 and self.table.currentRow() >= 0)
        self.add_button.setEnabled(bool(self.profiles))
        self.ok_button.setEnabled(rows > 0)
        self.hint.setText("" if rows else translate(
            "ReviewRoundDialog", "Add at least one reviewer to send the version for review."))

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
            wrong = refused and pydate(due_edit) < self.today
            due_edit.setStyleSheet(DATE_ERROR_STYLE if wrong else "")

    def accept(self) -> None:
        self._mark_dates(False)
        super().accept()
        if self.errors.message("due_date"):
            self._mark_dates(True)
