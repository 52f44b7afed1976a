"""Step 4a: the agreement's title and period; drafting it and sending it for review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QSizePolicy

from ...core import agreements
from .. import formatting
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState

DATE_FORMAT = "yyyy-MM-dd"


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumWidth(160)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def _python_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


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
        start, end = default_period(dt.date.today())
        self.start = _date_edit(start)
        self.end = _date_edit(end)
        form = roomy_form()
        form.addRow("", self.summary)
        form.addRow("Agreement &title:", self.errors.field("title", self.title_edit))
        form.addRow("&Start date:", self.errors.field("start_date", self.start, field_stretch=0, error_stretch=1))
        form.addRow("&End date:", self.errors.field("end_date", self.end, field_stretch=0, error_stretch=1))
        self.body.addLayout(form)
        self.finish_layout()
        self.setCommitPage(True)
        self.set_commit_text("Create draft and send for &review")

    def initializePage(self) -> None:
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
                start_date=_python_date(self.start), end_date=_python_date(self.end),
            ))):
                return False
            self.state.number = numbers[0]
            for widget in (self.title_edit, self.start, self.end):
                widget.setEnabled(False)
        number = self.state.number
        if not self.state.submitted:
            if not self.attempt(lambda: agreements.submit_for_review(db, actor, number)):
                return False
            self.state.submitted = True
        return True
