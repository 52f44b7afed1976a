"""Step 4a: the agreement's title and period; drafting it and sending it for review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ...core import agreements, users
from ...core.drafting import KINDS, Kind
from ...core.lifecycle import TRANSITIONS
from ...core.reviews import REVIEW_ROLES, ReviewerInput
from ...core.roles import Actor, Role
from ..common import formatting
from ..common.dates import date_edit, python_date
from ..common.review_defaults import ROLE_OF_PROFILE, add_working_days
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the first day of next month, for two years."""
    start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return start, start.replace(year=start.year + 2) - dt.timedelta(days=1)


class DraftPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title="Draft and review request",
            subtitle="Name the agreement and its period. The draft is then recorded and sent to a reviewer; "
                     "after this step the requirements and prices are fixed.",
        )
        self.summary = QLabel(wordWrap=True)
        self.title_edit = QLineEdit(placeholderText="e.g. IT service-level agreement 2027–2028")
        self.kind = QComboBox()
        for code, label in KINDS.items():
            self.kind.addItem(label, code)
        start, end = default_period(dt.date.today())
        self.start = date_edit(start)
        self.end = date_edit(end)
        self.reviewer = QComboBox()
        self.reviewer.setMinimumContentsLength(30)
        self.due = date_edit(add_working_days(dt.date.today(), 5))
        form = roomy_form()
        form.addRow("", self.summary)
        form.addRow("Agreement &title:", self.errors.field("title", self.title_edit))
        form.addRow("&Kind:", self.errors.field("kind", self.kind, field_stretch=0, error_stretch=1))
        form.addRow("&Start date:", self.errors.field("start_date", self.start, field_stretch=0, error_stretch=1))
        form.addRow("&End date:", self.errors.field("end_date", self.end, field_stretch=0, error_stretch=1))
        form.addRow("Re&viewer:", self.errors.field("reviewers", self.reviewer, field_stretch=0, error_stretch=1))
        form.addRow("Review &due by:", self.errors.field("due_date", self.due, field_stretch=0, error_stretch=1))
        self.body.addLayout(form)
        self.finish_layout()
        self.setCommitPage(True)
        self.set_commit_text("Create draft and send for &review")

    def reviewers(self) -> list[Actor]:
        """Profiles allowed to review (by ``core``'s lifecycle rules), the author excepted; legal reviewers first."""
        allowed = TRANSITIONS["approve"].roles
        candidates = [a for a in users.list_actors(self.context.db) if a.role in allowed and a != self.context.actor]
        order = {Role.LEGAL_REVIEWER: 0, Role.QUALITY_CHECKER: 1}
        return sorted(candidates, key=lambda actor: (order.get(actor.role, 2), actor.id))

    def initializePage(self) -> None:
        if self.state.number is None:
            self.reviewer.clear()
            for actor in self.reviewers():
                role = REVIEW_ROLES[ROLE_OF_PROFILE.get(actor.role, "legal_reviewer")].lower()
                self.reviewer.addItem(f"{actor.display_name}, as {role}", actor)
        customer, quote = self.state.customer, self.state.quote
        if customer is None or quote is None or quote.currency is None:
            return
        count = len(quote.lines)
        self.summary.setText(
            f"For <b>{customer.name}</b>: {count} requirement{'s' if count != 1 else ''}, "
            f"<b>{formatting.money(quote.total, quote.currency)}</b> per month."
        )

    def validatePage(self) -> bool:
        assert self.state.requirements_id is not None
        db, actor = self.context.db, self.context.actor
        if self.state.number is None:
            numbers: list[str] = []
            document_id = self.state.requirements_id
            if not self.attempt(lambda: numbers.append(agreements.create_draft(
                db, actor, requirements_document_id=document_id, title=self.title_edit.text(),
                start_date=python_date(self.start), end_date=python_date(self.end),
                kind=self.kind.currentData() or Kind.CUSTOMER_SLA,
            ))):
                return False
            self.state.number = numbers[0]
            for widget in (self.title_edit, self.kind, self.start, self.end):
                widget.setEnabled(False)
        number = self.state.number
        if not self.state.submitted:
            reviewer: Actor | None = self.reviewer.currentData()
            if reviewer is None:
                self.errors.show_general("No other profile may review; add a legal reviewer or a quality checker.")
                return False
            named = ReviewerInput(reviewer.id, ROLE_OF_PROFILE.get(reviewer.role, "legal_reviewer"), python_date(self.due))
            if not self.attempt(lambda: agreements.submit_for_review(db, actor, number, reviewers=[named])):
                return False
            self.state.submitted = True
            self.state.reviewer = reviewer
            for widget in (self.reviewer, self.due):
                widget.setEnabled(False)
        return True
