"""Step 4a: the agreement's title and period; drafting it and sending it for review."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ...core import agreements, users
from ...core.drafting import KINDS, Kind
from ...core.lifecycle import TRANSITIONS
from ...core.reviews import ReviewerInput
from ...core.roles import Actor, Role
from ..common import formatting
from ..common.dates import date_edit, python_date
from ..common.i18n import translate
from ..common.review_defaults import ROLE_OF_PROFILE, add_working_days
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState

# The kinds of agreement (core.drafting.KINDS) as the window names them.
KIND_NAMES = {
    Kind.CUSTOMER_SLA: QT_TRANSLATE_NOOP("DraftPage", "Customer SLA"),
    Kind.INTERNAL_SLA: QT_TRANSLATE_NOOP("DraftPage", "Internal SLA"),
    Kind.OLA: QT_TRANSLATE_NOOP("DraftPage", "Operational level agreement"),
    Kind.UNDERPINNING_CONTRACT: QT_TRANSLATE_NOOP("DraftPage", "Underpinning contract"),
}
# A reviewer offered in the role they review in (the roles of core.reviews.REVIEW_ROLES).
AS_REVIEWER = {
    "legal_reviewer": QT_TRANSLATE_NOOP("DraftPage", "{name}, as legal reviewer"),
    "quality_checker": QT_TRANSLATE_NOOP("DraftPage", "{name}, as quality checker"),
    "customer_representative": QT_TRANSLATE_NOOP("DraftPage", "{name}, as customer representative"),
}


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the first day of next month, for two years."""
    start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return start, start.replace(year=start.year + 2) - dt.timedelta(days=1)


class DraftPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title=translate("DraftPage", "Draft and review request"),
            subtitle=translate(
                "DraftPage", "Name the agreement and its period. The draft is then recorded and sent to a reviewer; "
                             "after this step the requirements and prices are fixed."),
        )
        self.summary = QLabel(wordWrap=True)
        self.title_edit = QLineEdit(placeholderText=translate("DraftPage", "e.g. IT service-level agreement 2027–2028"))
        self.kind = QComboBox()
        for code, label in KINDS.items():
            self.kind.addItem(translate("DraftPage", KIND_NAMES[code]) if code in KIND_NAMES else label, code)
        start, end = default_period(dt.date.today())
        self.start = date_edit(start)
        self.end = date_edit(end)
        self.reviewer = QComboBox()
        self.reviewer.setMinimumContentsLength(30)
        self.due = date_edit(add_working_days(dt.date.today(), 5))
        form = roomy_form()
        form.addRow("", self.summary)
        form.addRow(translate("DraftPage", "Agreement &title:"), self.errors.field("title", self.title_edit))
        form.addRow(translate("DraftPage", "&Kind:"), self.errors.field("kind", self.kind, field_stretch=0, error_stretch=1))
        form.addRow(translate("DraftPage", "&Start date:"),
                    self.errors.field("start_date", self.start, field_stretch=0, error_stretch=1))
        form.addRow(translate("DraftPage", "&End date:"),
                    self.errors.field("end_date", self.end, field_stretch=0, error_stretch=1))
        form.addRow(translate("DraftPage", "Re&viewer:"),
                    self.errors.field("reviewers", self.reviewer, field_stretch=0, error_stretch=1))
        form.addRow(translate("DraftPage", "Review &due by:"),
                    self.errors.field("due_date", self.due, field_stretch=0, error_stretch=1))
        self.body.addLayout(form)
        self.finish_layout()
        self.setCommitPage(True)
        self.set_commit_text(translate("DraftPage", "Create draft and send for &review"))

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
                role = ROLE_OF_PROFILE.get(actor.role, "legal_reviewer")
                offered = translate("DraftPage", AS_REVIEWER[role if role in AS_REVIEWER else "legal_reviewer"])
                self.reviewer.addItem(offered.format(name=actor.display_name), actor)
        customer, quote = self.state.customer, self.state.quote
        if customer is None or quote is None or quote.currency is None:
            return
        count = len(quote.lines)
        self.summary.setText(translate(
            "DraftPage", "For <b>{customer}</b>: %n requirement(s), <b>{amount}</b> per month.", None, count).format(
                customer=escape(customer.name), amount=formatting.money(quote.total, quote.currency)))

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
                self.errors.show_general(translate(
                    "DraftPage", "No other profile may review; add a legal reviewer or a quality checker."))
                return False
            named = ReviewerInput(reviewer.id, ROLE_OF_PROFILE.get(reviewer.role, "legal_reviewer"), python_date(self.due))
            if not self.attempt(lambda: agreements.submit_for_review(db, actor, number, reviewers=[named])):
                return False
            self.state.submitted = True
            self.state.reviewer = reviewer
            for widget in (self.reviewer, self.due):
                widget.setEnabled(False)
        return True
