"""Forms for an agreement's terms after signing: notice given, an express renewal confirmed, a periodic review held.

Each is a ``UseCaseDialog``: its OK runs one ``core.renewals`` use case, which checks every rule (who may give
notice, the notice deadline, the role); a refusal is shown beside the field it names and nothing is stored.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from ...core.renewals import periodic_review, standing
from ...core.renewals.standing import Standing
from ...core.renewals.terms import NoticeBy
from ..common.dates import date_edit, python_date
from ..common.dialogs import UseCaseDialog
from ..context import AppContext

PARTIES = {"customer": "The customer", "provider": "The provider"}
REASONS = {"price": "Price", "service_quality": "Service quality", "no_longer_needed": "No longer needed",
           "changed_provider": "Changing provider", "other": "Other"}
DECISIONS = {"keep": "Keep it as it is", "change_level": "Change a service level", "amend_terms": "Amend the terms",
             "terminate": "Terminate it"}


def _choices(labels: dict[str, str], values: tuple[str, ...] | list[str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(labels.get(value, value), value)
    return combo


def _notes(height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on to the next field, as in every other field of the form
    edit.setMinimumHeight(height)
    return edit


class NoticeDialog(UseCaseDialog):
    """Record notice: the agreement ends on the last day of its current term (or a later one) and is not renewed."""

    def __init__(self, parent: QWidget | None, context: AppContext, one: Standing, today: dt.date) -> None:
        term = one.term
        super().__init__(
            parent, title=f"Give notice on {one.number}", ok_text="Record notice",
            intro=(f"Record that notice was given to end {one.number} ({one.customer}). Its current term ends on "
                   f"{term.last_day}; notice for that end must be given by {term.notice_deadline}. The agreement then "
                   "ends on the term's last day and is not renewed. The reason is kept in its history."),
        )
        allowed = one.terms.notice_by
        self.by = _choices(PARTIES, list(PARTIES) if allowed is NoticeBy.EITHER else [str(allowed)])
        self.given_on = date_edit(today)
        self.reason = _choices(REASONS, standing.REASONS)
        self.detail = _notes()
        self.add_field("by", "Given &by:", self.by)
        self.add_field("given_on", "Given &on:", self.given_on)
        self.add_field("reason", "&Reason:", self.reason)
        self.add_field("detail", "&Details:", self.detail)
        db, actor, number = context.db, context.actor, one.number
        self.on_submit(lambda: standing.give_notice(
            db, actor, number, by=self.by.currentData(), given_on=python_date(self.given_on),
            reason=self.reason.currentData(), detail=self.detail.toPlainText()))


class RenewDialog(UseCaseDialog):
    """Confirm an express renewal before the current term ends; without it the agreement expires."""

    def __init__(self, parent: QWidget | None, context: AppContext, one: Standing, today: dt.date) -> None:
        following = one.terms.term(one.term.number + 1)
        then = (f"The next term runs from {following.start} to {following.last_day}." if following is not None
                else "Its terms allow no more renewals.")
        super().__init__(
            parent, title=f"Renew {one.number}", ok_text="Confirm renewal",
            intro=(f"{one.number} ({one.customer}) renews only when someone confirms it: unconfirmed, it expires after "
                   f"{one.term.last_day}. {then}"),
        )
        self.confirmed_on = date_edit(today)
        self.add_field("day", "Confirmed &on:", self.confirmed_on)
        db, actor, number = context.db, context.actor, one.number
        self.on_submit(lambda: standing.renew(db, actor, number, python_date(self.confirmed_on)))


class ReviewHeldDialog(UseCaseDialog):
    """Record a periodic review: who attended, what was decided, the amendment it led to; its notes go into the
    agreement's history and its next report."""

    def __init__(self, parent: QWidget | None, context: AppContext, one: Standing, today: dt.date) -> None:
        due = one.review
        when = f"A review is due on {due}. " if due is not None else ""
        super().__init__(
            parent, title=f"Periodic review of {one.number}", ok_text="Record review",
            intro=(f"{when}Record the review of {one.number} ({one.customer}) once it has been held: who attended "
                   "(one name a line), what was decided and what was said."),
        )
        self.held_on = date_edit(today)
        self.attendees = _notes(70)
        self.attendees.setPlaceholderText("Anna Lindqvist\nIryna Kovalenko")
        self.decision = _choices(DECISIONS, periodic_review.DECISIONS)
        self.notes = _notes()
        self.amendment = QSpinBox()
        self.amendment.setRange(0, 999)
        self.amendment.setSpecialValueText("none")
        self.amendment.setToolTip("The amendment version this review led to, once it is drafted")
        self.add_field("held_on", "Held &on:", self.held_on)
        self.add_field("attendees", "&Attendees:", self.attendees)
        self.add_field("decision", "&Decision:", self.decision)
        self.add_field("notes", "&Notes:", self.notes)
        self.add_field("amendment_version", "A&mendment version:", self.amendment)
        db, actor, number = context.db, context.actor, one.number
        self.on_submit(lambda: periodic_review.record_review(
            db, actor, number, held_on=python_date(self.held_on), attendees=self.attendee_names(),
            decision=self.decision.currentData(), notes=self.notes.toPlainText(),
            amendment_version=self.amendment.value() or None))

    def attendee_names(self) -> list[str]:
        return [line.strip() for line in self.attendees.toPlainText().splitlines() if line.strip()]
