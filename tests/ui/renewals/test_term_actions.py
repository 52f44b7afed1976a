"""Agreement ▸ Term and renewal in the main window: a draft's terms, notice, an express renewal, a periodic review and
the notice letter, each through its form over core's rules; a refusal beside its field and nothing stored."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from slamdesk.core import clock, register
from slamdesk.core.db import Database
from slamdesk.core.renewals import periodic_review, standing
from slamdesk.core.renewals.stored import get_terms
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms
from slamdesk.core.roles import Actor
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.renewals.term_dialogs import NoticeDialog, RenewDialog, ReviewHeldDialog, TermsDialog
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import draft, drafted
from tests.ui.shots import shoot

TODAY = clock.today()


def _window(db: Database, actor: Actor, number: str, qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(AppContext(db, actor), settings=settings, watch_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.register.reveal(number)
    window.show_agreement(number)
    assert window.register.selected_number() == number
    return window


def test_notice_is_recorded_from_the_menu_and_a_late_one_is_refused_beside_its_day(
        db: Database, qtbot: QtBot, settings: QSettings) -> None:
    terms = Terms(TODAY - dt.timedelta(days=300), 12, Renewal.TACIT, 12, notice=30, notice_by=NoticeBy.CUSTOMER)
    people, number = _signed_with(db, terms)
    window = _window(db, people["anna"], number, qtbot, settings)
    actions = window.term_actions
    assert window.term_menu.actions() == actions.actions
    assert actions.notice.isEnabled() and not actions.letter.isEnabled()
    assert actions.letter.toolTip().endswith(f"not now, {number} is running and renews as agreed")
    assert not actions.renew.isEnabled()  # tacit: it renews by itself
    actions.notice.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, NoticeDialog)
    assert [dialog.by.itemData(i) for i in range(dialog.by.count())] == ["customer"]  # only the customer, as agreed
    deadline = terms.term(0).notice_deadline  # type: ignore[union-attr]
    assert f"must be given by {deadline}" in dialog.intro.text()
    dialog.given_on.setDate(deadline + dt.timedelta(days=1))
    dialog.reason.setCurrentIndex(dialog.reason.findData("price"))
    shoot(dialog, "notice_dialog")
    dialog.accept()
    assert dialog.isVisible() and "too late" in dialog.errors.message("given_on")
    assert standing.standing(db, number, TODAY).notice is None  # nothing stored
    dialog.given_on.setDate(TODAY)
    dialog.detail.setPlainText("Moving the service desk in-house")
    dialog.accept()
    assert not dialog.isVisible()
    one = standing.standing(db, number, TODAY)
    assert one.notice == ("customer", TODAY, terms.term(0).last_day)  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == f"Notice recorded on {number}"
    assert register.list_agreements(db)[0].term_state == "ending"
    window.show_agreement(number)
    assert actions.letter.isEnabled() and not actions.notice.isEnabled()
    assert actions.notice.toolTip().endswith(f"{number} is ending: notice was given or its renewal is not confirmed")


def test_an_express_renewal_is_confirmed_by_a_representative_not_a_legal_reviewer(
        db: Database, qtbot: QtBot, settings: QSettings) -> None:
    terms = Terms(TODAY - dt.timedelta(days=340), 12, Renewal.EXPRESS, 24)
    people, number = _signed_with(db, terms)
    assert standing.standing(db, number, TODAY).state is standing.State.ENDING
    reviewer = _window(db, people["linh"], number, qtbot, settings)
    assert not reviewer.term_actions.notice.isEnabled() and not reviewer.term_actions.renew.isEnabled()
    assert reviewer.term_actions.renew.toolTip().endswith("not now, only a representative or an administrator renews")
    reviewer.close()
    window = _window(db, people["anna"], number, qtbot, settings)
    assert window.term_actions.renew.isEnabled()
    window.term_actions.renew.trigger()
    dialog = window.term_actions.dialog
    assert isinstance(dialog, RenewDialog)
    next_term = terms.term(1)
    assert next_term is not None and f"from {next_term.start} to {next_term.last_day}" in dialog.intro.text()
    dialog.accept()
    one = standing.standing(db, number, TODAY)
    assert (one.state, one.renews_on) == (standing.State.RUNNING, next_term.start)
    assert window.statusBar().currentMessage() == f"{number} renewed"


def test_a_periodic_review_is_recorded_by_a_quality_checker_with_its_attendees(
        db: Database, qtbot: QtBot, settings: QSettings) -> None:
    terms = Terms(TODAY - dt.timedelta(days=200), 24, Renewal.TACIT, 12, notice=30, review_months=6)
    people, number = _signed_with(db, terms)
    window = _window(db, people["budi"], number, qtbot, settings)
    assert window.term_actions.review.isEnabled() and not window.term_actions.notice.isEnabled()
    window.term_actions.review.trigger()
    dialog = window.term_actions.dialog
    assert isinstance(dialog, ReviewHeldDialog)
    dialog.accept()  # nobody named
    assert dialog.isVisible() and dialog.errors.message("attendees") == "name who attended the review"
    dialog.attendees.setPlainText("Anna Lindqvist\n\n  Ірина Коваленко  \n")
    dialog.decision.setCurrentIndex(dialog.decision.findData("keep"))
    dialog.amendment.setValue(2)  # an amendment from a review that kept everything as it was
    dialog.accept()
    assert dialog.isVisible() and "leads to an amendment" in dialog.errors.message("amendment_version")
    assert periodic_review.reviews_held(db, number) == []
    dialog.amendment.setValue(0)
    dialog.notes.setPlainText("Targets met; keep Gold")
    shoot(dialog, "periodic_review_dialog")
    dialog.accept()
    (held,) = periodic_review.reviews_held(db, number)
    assert (held.held_on, held.attendees, held.decision, held.notes, held.amendment_version) == (
        TODAY, ("Anna Lindqvist", "Ірина Коваленко"), "keep", "Targets met; keep Gold", None)
    assert window.statusBar().currentMessage() == f"Periodic review of {number} recorded"


def test_the_notice_letter_is_written_into_the_register(db: Database, qtbot: QtBot, settings: QSettings) -> None:
    terms = Terms(TODAY - dt.timedelta(days=300), 12, Renewal.TACIT, 12, notice=30)
    people, number = _signed_with(db, terms)
    standing.give_notice(db, people["anna"], number, by="provider", given_on=TODAY, reason="price")
    window = _window(db, people["anna"], number, qtbot, settings)
    assert window.term_actions.letter.isEnabled() and not window.term_actions.notice.isEnabled()
    window.term_actions.letter.trigger()
    dialog = window.term_actions.dialog
    assert dialog is not None and dialog.windowTitle() == f"Export the notice letter of {number}"
    dialog.sign_box.setChecked(False)  # type: ignore[attr-defined]
    dialog.accept()
    written = dialog.exported  # type: ignore[attr-defined]
    assert sorted(f.format for f in written) == ["docx", "pdf"] and all(f.path.exists() for f in written)
    assert window.statusBar().currentMessage().startswith(f"Notice letter of {number} written into ")


def test_a_drafts_terms_are_set_from_the_menu_and_a_mistake_is_shown_beside_its_field(
        db: Database, qtbot: QtBot, settings: QSettings) -> None:
    people, number = drafted(db)
    window = _window(db, people["anna"], number, qtbot, settings)
    actions = window.term_actions
    assert actions.terms.isEnabled() and not actions.notice.isEnabled()
    actions.terms.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, TermsDialog)
    before = get_terms(db, number)[0]
    assert dialog.terms() == before  # the form opens on what the draft says
    assert not dialog.renewal_months.isEnabled()  # no renewal: its term and limit mean nothing
    dialog.start.setDate(dt.date(2027, 1, 1))
    dialog.months.setValue(36)
    dialog.renewal.setCurrentIndex(dialog.renewal.findData("tacit"))
    assert dialog.renewal_months.isEnabled() and dialog.max_renewals.text() == "no limit"
    dialog.notice.setValue(40)
    dialog.notice_unit.setCurrentIndex(dialog.notice_unit.findData("months"))
    dialog.accept()
    assert dialog.isVisible() and "notice could never be given in time" in dialog.errors.message("notice")
    assert get_terms(db, number)[0] == before  # nothing stored
    dialog.notice.setValue(3)
    dialog.notice_by.setCurrentIndex(dialog.notice_by.findData("customer"))
    dialog.max_renewals.setValue(2)
    dialog.review_months.setValue(6)
    shoot(dialog, "terms_dialog")
    dialog.accept()
    assert not dialog.isVisible()
    assert get_terms(db, number)[0] == Terms(dt.date(2027, 1, 1), 36, Renewal.TACIT, 12, 2, 3, NoticeUnit.MONTHS,
                                             NoticeBy.CUSTOMER, 6)
    assert window.statusBar().currentMessage() == f"Terms of {number} saved"
    row = next(row for row in register.list_agreements(db) if row.number == number)
    assert (row.start_date, row.end_date) == (dt.date(2027, 1, 1), dt.date(2029, 12, 31))


def test_terms_are_off_for_a_signed_agreement_and_for_a_legal_reviewer_and_say_why(
        db: Database, qtbot: QtBot, settings: QSettings) -> None:
    people, number = _signed_with(db, Terms(TODAY - dt.timedelta(days=30), 12))
    window = _window(db, people["anna"], number, qtbot, settings)
    assert not window.term_actions.terms.isEnabled()
    assert window.term_actions.terms.toolTip().endswith(f"only a draft's terms change; amend {number} to change its terms")
    window.close()
    draft_number = draft(db, people["anna"])
    reviewer = _window(db, people["linh"], draft_number, qtbot, settings)
    assert not reviewer.term_actions.terms.isEnabled()
    assert reviewer.term_actions.terms.toolTip().endswith("only a representative or an administrator sets terms")


def test_notice_may_take_effect_at_a_later_terms_end_chosen_in_the_form(
        db: Database, qtbot: QtBot, settings: QSettings) -> None:
    terms = Terms(TODAY - dt.timedelta(days=300), 12, Renewal.TACIT, 12, notice=30)
    people, number = _signed_with(db, terms)
    window = _window(db, people["anna"], number, qtbot, settings)
    window.term_actions.notice.trigger()
    dialog = window.term_actions.dialog
    assert isinstance(dialog, NoticeDialog)
    ends = [terms.term(n).last_day for n in range(3)]  # type: ignore[union-attr]
    assert [dialog.effective.itemData(i) for i in range(dialog.effective.count())] == ends
    assert dialog.effective.currentData() == ends[0]  # the current term's end unless another is chosen
    dialog.effective.setCurrentIndex(1)
    dialog.reason.setCurrentIndex(dialog.reason.findData("price"))
    dialog.accept()
    assert not dialog.isVisible()
    assert standing.standing(db, number, TODAY).notice is None  # this term renews as agreed
    assert standing.standing(db, number, ends[1]).notice == ("customer", TODAY, ends[1])  # the next one ends it
