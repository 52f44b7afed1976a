"""Forms for an agreement's terms: a draft's terms set; after signing, notice given, an express renewal confirmed,
a periodic review held.

Each is a ``UseCaseDialog``: its OK runs one ``core.renewals`` use case, which checks every rule (who may give
notice, the notice deadline, the role); a refusal is shown beside the field it names and nothing is stored.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from ...core.renewals import periodic_review, standing
from ...core.renewals.standing import Standing
from ...core.renewals.stored import set_terms
from ...core.renewals.terms import MAX_MONTHS, MAX_NOTICE_DAYS, MAX_RENEWALS, NoticeBy, NoticeUnit, Renewal, Terms
from ..common.dates import date_edit, python_date
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..context import AppContext

# The choices' labels (``core`` stores the codes), shown through ``translate("TermDialogs", ...)``.
PARTIES = {"customer": QT_TRANSLATE_NOOP("TermDialogs", "The customer"),
           "provider": QT_TRANSLATE_NOOP("TermDialogs", "The provider")}
REASONS = {"price": QT_TRANSLATE_NOOP("TermDialogs", "Price"),
           "service_quality": QT_TRANSLATE_NOOP("TermDialogs", "Service quality"),
           "no_longer_needed": QT_TRANSLATE_NOOP("TermDialogs", "No longer needed"),
           "changed_provider": QT_TRANSLATE_NOOP("TermDialogs", "Changing provider"),
           "other": QT_TRANSLATE_NOOP("TermDialogs", "Other")}
RENEWALS = {"none": QT_TRANSLATE_NOOP("TermDialogs", "No renewal: it ends after the initial term"),
            "tacit": QT_TRANSLATE_NOOP("TermDialogs", "Renews by itself unless notice is given"),
            "express": QT_TRANSLATE_NOOP("TermDialogs", "Renews only when someone confirms it")}
UNITS = {"days": QT_TRANSLATE_NOOP("TermDialogs", "days"), "months": QT_TRANSLATE_NOOP("TermDialogs", "months")}
NOTICE_BY = {"either": QT_TRANSLATE_NOOP("TermDialogs", "Either party"), **PARTIES}
DECISIONS = {"keep": QT_TRANSLATE_NOOP("TermDialogs", "Keep it as it is"),
             "change_level": QT_TRANSLATE_NOOP("TermDialogs", "Change a service level"),
             "amend_terms": QT_TRANSLATE_NOOP("TermDialogs", "Amend the terms"),
             "terminate": QT_TRANSLATE_NOOP("TermDialogs", "Terminate it")}


ENDS_OFFERED = 3  # the current term's end and the next two: notice for a later end is given later


def _choices(labels: dict[str, str], values: tuple[str, ...] | list[str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        label = labels.get(value)
        combo.addItem(translate("TermDialogs", label) if label else value, value)
    return combo


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _spin(low: int, high: int, value: int, *, none: str = "") -> QSpinBox:
    """A whole number from ``low`` to ``high``; with ``none``, the lowest value stands for none (its label)."""
    spin = QSpinBox()
    spin.setRange(low - 1 if none else low, high)
    if none:
        spin.setSpecialValueText(none)
    spin.setValue(value)
    return spin


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
            parent, title=translate("NoticeDialog", "Give notice on {number}").format(number=one.number),
            ok_text=translate("NoticeDialog", "Record notice"),
            intro=translate(
                "NoticeDialog", "Record that notice was given to end {number} ({customer}). Its current term ends on "
                "{last_day}; notice for that end must be given by {deadline}. The agreement then ends on the term's last "
                "day and is not renewed. The reason is kept in its history.").format(
                    number=one.number, customer=one.customer, last_day=term.last_day, deadline=term.notice_deadline),
        )
        allowed = one.terms.notice_by
        self.by = _choices(PARTIES, list(PARTIES) if allowed is NoticeBy.EITHER else [str(allowed)])
        self.given_on = date_edit(today)
        self.reason = _choices(REASONS, standing.REASONS)
        self.detail = _notes()
        # The end it takes effect at: the current term's, or a later one's (notice given early for a later end).
        self.effective = QComboBox()
        for number in range(term.number, term.number + ENDS_OFFERED):
            later = one.terms.term(number)
            if later is None:
                break
            self.effective.addItem(str(later.last_day), later.last_day)
        self.add_field("by", translate("NoticeDialog", "Given &by:"), self.by)
        self.add_field("given_on", translate("NoticeDialog", "Given &on:"), self.given_on)
        self.add_field("effective", translate("NoticeDialog", "&Ends on:"), self.effective)
        self.add_field("reason", translate("NoticeDialog", "&Reason:"), self.reason)
        self.add_field("detail", translate("NoticeDialog", "&Details:"), self.detail)
        db, actor, number = context.db, context.actor, one.number
        self.on_submit(lambda: standing.give_notice(
            db, actor, number, by=self.by.currentData(), given_on=python_date(self.given_on),
            reason=self.reason.currentData(), detail=self.detail.toPlainText(), effective=self.effective.currentData()))


class RenewDialog(UseCaseDialog):
    """Confirm an express renewal before the current term ends; without it the agreement expires."""

    def __init__(self, parent: QWidget | None, context: AppContext, one: Standing, today: dt.date) -> None:
        following = one.terms.term(one.term.number + 1)
        if following is not None:
            then = translate("RenewDialog", "The next term runs from {start} to {last_day}.").format(
                start=following.start, last_day=following.last_day)
        else:
            then = translate("RenewDialog", "Its terms allow no more renewals.")
        intro = translate("RenewDialog", "{number} ({customer}) renews only when someone confirms it: unconfirmed, it expires "
                                         "after {last_day}.").format(number=one.number, customer=one.customer,
                                                                     last_day=one.term.last_day)
        super().__init__(
            parent, title=translate("RenewDialog", "Renew {number}").format(number=one.number),
            ok_text=translate("RenewDialog", "Confirm renewal"), intro=f"{intro} {then}",
        )
        self.confirmed_on = date_edit(today)
        self.add_field("day", translate("RenewDialog", "Confirmed &on:"), self.confirmed_on)
        db, actor, number = context.db, context.actor, one.number
        self.on_submit(lambda: standing.renew(db, actor, number, python_date(self.confirmed_on)))


class ReviewHeldDialog(UseCaseDialog):
    """Record a periodic review: who attended, what was decided, the amendment it led to; its notes go into the
    agreement's history and its next report."""

    def __init__(self, parent: QWidget | None, context: AppContext, one: Standing, today: dt.date) -> None:
        due = one.review
        intro = translate("ReviewHeldDialog", "Record the review of {number} ({customer}) once it has been held: who "
                                              "attended (one name a line), what was decided and what was said.").format(
            number=one.number, customer=one.customer)
        if due is not None:
            intro = translate("ReviewHeldDialog", "A review is due on {day}.").format(day=due) + " " + intro
        super().__init__(
            parent, title=translate("ReviewHeldDialog", "Periodic review of {number}").format(number=one.number),
            ok_text=translate("ReviewHeldDialog", "Record review"), intro=intro,
        )
        self.held_on = date_edit(today)
        self.attendees = _notes(70)
        self.attendees.setPlaceholderText("Anna Lindqvist\nIryna Kovalenko")
        self.decision = _choices(DECISIONS, periodic_review.DECISIONS)
        self.notes = _notes()
        self.amendment = QSpinBox()
        self.amendment.setRange(0, 999)
        self.amendment.setSpecialValueText(translate("ReviewHeldDialog", "none"))
        self.amendment.setToolTip(translate("ReviewHeldDialog", "The amendment version this review led to, once it is drafted"))
        self.add_field("held_on", translate("ReviewHeldDialog", "Held &on:"), self.held_on)
        self.add_field("attendees", translate("ReviewHeldDialog", "&Attendees:"), self.attendees)
        self.add_field("decision", translate("ReviewHeldDialog", "&Decision:"), self.decision)
        self.add_field("notes", translate("ReviewHeldDialog", "&Notes:"), self.notes)
        self.add_field("amendment_version", translate("ReviewHeldDialog", "A&mendment version:"), self.amendment)
        db, actor, number = context.db, context.actor, one.number
        self.on_submit(lambda: periodic_review.record_review(
            db, actor, number, held_on=python_date(self.held_on), attendees=self.attendee_names(),
            decision=self.decision.currentData(), notes=self.notes.toPlainText(),
            amendment_version=self.amendment.value() or None))

    def attendee_names(self) -> list[str]:
        return [line.strip() for line in self.attendees.toPlainText().splitlines() if line.strip()]


class TermsDialog(UseCaseDialog):
    """A draft's terms: its start, initial term, renewal, notice and periodic review. Saving checks them all (a notice
    as long as a term, a term of no months: refused beside the field) and against the draft as it was read."""

    def __init__(self, parent: QWidget | None, context: AppContext, number: str, terms: Terms, row_version: int) -> None:
        super().__init__(
            parent, title=translate("TermsDialog", "Terms of {number}").format(number=number),
            ok_text=translate("TermsDialog", "Save terms"),
            intro=translate("TermsDialog", "When {number} starts, how long it runs, whether it renews, how much notice "
                                           "ends it and how often it is reviewed. Its end date follows from the start and "
                                           "the initial term.").format(number=number),
        )
        no_limit = translate("TermsDialog", "no limit")
        self.start = date_edit(terms.start)
        self.months = _spin(1, MAX_MONTHS, terms.initial_months)
        self.renewal = _choices(RENEWALS, list(Renewal))
        _choose(self.renewal, str(terms.renewal))
        self.renewal_months = _spin(1, MAX_MONTHS, terms.renewal_months)
        self.max_renewals = _spin(0, MAX_RENEWALS, -1 if terms.max_renewals is None else terms.max_renewals,
                                  none=no_limit)
        self.notice = _spin(0, MAX_NOTICE_DAYS, terms.notice)
        self.notice_unit = _choices(UNITS, list(NoticeUnit))
        _choose(self.notice_unit, str(terms.notice_unit))
        self.notice_by = _choices(NOTICE_BY, list(NoticeBy))
        _choose(self.notice_by, str(terms.notice_by))
        self.review_months = _spin(1, MAX_MONTHS, 0 if terms.review_months is None else terms.review_months,
                                   none=translate("TermsDialog", "no reviews"))
        self.add_field("start_date", translate("TermsDialog", "&Starts on:"), self.start)
        self.add_field("initial_months", translate("TermsDialog", "&Initial term (months):"), self.months)
        self.add_field("renewal", translate("TermsDialog", "&Renewal:"), self.renewal)
        self.add_field("renewal_months", translate("TermsDialog", "Each renewed &term (months):"), self.renewal_months)
        self.add_field("max_renewals", translate("TermsDialog", "Renewals at &most:"), self.max_renewals)
        self.add_field("notice", translate("TermsDialog", "&Notice period:"), self.notice)
        self.add_field("notice_unit", translate("TermsDialog", "Notice &counted in:"), self.notice_unit)
        self.add_field("notice_by", translate("TermsDialog", "Notice &given by:"), self.notice_by)
        self.add_field("review_months", translate("TermsDialog", "Re&view every (months):"), self.review_months)
        self.renewal.currentIndexChanged.connect(self._follow_renewal)
        self._follow_renewal()
        db, actor = context.db, context.actor
        self.on_submit(lambda: set_terms(db, actor, number, self.terms(), row_version=row_version))

    def _follow_renewal(self) -> None:
        """A renewed term and a limit mean something only when the agreement renews."""
        renews = self.renewal.currentData() != str(Renewal.NONE)
        self.renewal_months.setEnabled(renews)
        self.max_renewals.setEnabled(renews)

    def terms(self) -> Terms:
        """The terms as filled in (core checks them: a mistake names its field)."""
        max_renewals = self.max_renewals.value()
        review = self.review_months.value()
        return Terms(python_date(self.start), self.months.value(), Renewal(self.renewal.currentData()),
                     self.renewal_months.value(), None if max_renewals < 0 else max_renewals, self.notice.value(),
                     NoticeUnit(self.notice_unit.currentData()), NoticeBy(self.notice_by.currentData()),
                     review or None)
