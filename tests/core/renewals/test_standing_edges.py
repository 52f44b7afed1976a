"""Edges of where an agreement stands and what falls due (``core.renewals.standing``, pure): what each deadline says,
an express agreement given notice, a review due on the day itself, a term's last day, notice for a later term, a
renewal recorded for another term, the days reviews were held, and the JSON a deadline becomes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from slamdesk.core import agreements, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from slamdesk.core.renewals import standing as renewals
from slamdesk.core.renewals.periodic_review import record_review
from slamdesk.core.renewals.standing import Due, State, due_within, standing_on
from slamdesk.core.renewals.stored import set_terms
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms
from slamdesk.models import Agreement, AgreementTermEvent
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import Drafted, drafted, events

# on SQLite: the feature's own tests run it on both backends (tests/conftest.py)
pytestmark = [pytest.mark.rule_edges, pytest.mark.prepared(build=drafted)]

D = dt.date
TACIT = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=3, notice_unit=NoticeUnit.MONTHS, review_months=6)
EXPRESS = Terms(D(2026, 1, 1), 12, Renewal.EXPRESS, 12, max_renewals=2, notice=30)


def _said(terms: Terms, day: dt.date, within: int, *events: tuple[str, int, str, dt.date, dt.date],
          held: tuple[dt.date, ...] = ()) -> list[tuple[str, str, str]]:
    standing = standing_on("SLA-1", "Nordvik", terms, events, day, held=held)
    return [(deadline.day.isoformat(), str(deadline.due), deadline.detail) for deadline in due_within(standing, within)]


def test_each_deadline_says_what_falls_due_in_words() -> None:
    assert _said(TACIT, D(2026, 9, 1), 130, held=(D(2026, 7, 1),)) == [
        ("2026-09-30", "notice deadline", "last day to give notice, or it renews on 2027-01-01"),
        ("2027-01-01", "renews", "term 1 begins"),
        ("2027-01-01", "review", "every 6 months")]
    assert _said(EXPRESS, D(2026, 12, 1), 30) == [
        ("2026-12-31", "confirm renewal", "renew by then, or it expires; term 1 would begin 2027-01-01")]
    notice = ("notice", 0, "customer", D(2026, 9, 1), D(2026, 12, 31))
    assert _said(TACIT, D(2026, 11, 1), 90, notice) == [("2026-07-01", "review", "overdue: every 6 months"),
                                                        ("2026-12-31", "ends", "notice given")]
    assert _said(Terms(D(2026, 1, 1), 12), D(2026, 12, 1), 30) == [("2026-12-31", "ends", "no renewal follows")]


def test_a_review_due_on_the_day_itself_is_not_overdue_and_is_listed_in_a_window_of_none() -> None:
    assert _said(TACIT, D(2026, 7, 1), 0) == [("2026-07-01", "review", "every 6 months")]
    assert _said(TACIT, D(2026, 7, 2), 0) == [("2026-07-01", "review", "overdue: every 6 months")]
    # held since: the next one, outside a short window, is not listed
    assert _said(TACIT, D(2026, 7, 2), 30, held=(D(2026, 7, 1),)) == []


def test_an_express_agreement_given_notice_ends_and_has_nothing_to_confirm() -> None:
    notice = ("notice", 0, "provider", D(2026, 11, 1), D(2026, 12, 31))
    ending = standing_on("SLA-1", "Nordvik", EXPRESS, [notice], D(2026, 12, 1))
    assert (ending.state, ending.renews_on, ending.notice) == (State.ENDING, None, ("provider", D(2026, 11, 1),
                                                                                    D(2026, 12, 31)))
    assert _said(EXPRESS, D(2026, 12, 1), 30, notice) == [("2026-12-31", "ends", "notice given")]
    # even a renewal recorded for the next term does not follow a term notice ended
    assert standing_on("SLA-1", "Nordvik", EXPRESS, [notice, ("renewed", 1, "", D(2026, 12, 2), D(2027, 1, 1))],
                       D(2027, 1, 1)).state is State.TERMINATED


def test_the_terms_last_day_still_belongs_to_it_and_the_next_day_to_the_next() -> None:
    last = standing_on("SLA-1", "Nordvik", TACIT, (), D(2026, 12, 31))
    assert (last.term.number, last.state, last.renews_on) == (0, State.RUNNING, D(2027, 1, 1))
    first = standing_on("SLA-1", "Nordvik", TACIT, (), D(2027, 1, 1))
    assert (first.term.number, first.term.start, first.renews_on) == (1, D(2027, 1, 1), D(2028, 1, 1))
    one_term = Terms(D(2026, 1, 1), 12)
    assert standing_on("SLA-1", "Nordvik", one_term, (), D(2026, 12, 31)).state is State.ENDING
    gone = standing_on("SLA-1", "Nordvik", one_term, (), D(2027, 1, 1))
    assert (gone.state, gone.term.number, gone.renews_on) == (State.EXPIRED, 0, None)
    assert due_within(gone, 3650) == []


def test_notice_for_a_later_term_ends_that_term_and_shows_on_it_only() -> None:
    later = ("notice", 1, "customer", D(2026, 11, 1), D(2027, 12, 31))
    now = standing_on("SLA-1", "Nordvik", TACIT, [later], D(2026, 11, 15))
    assert (now.state, now.notice, now.renews_on) == (State.RUNNING, None, D(2027, 1, 1))
    then = standing_on("SLA-1", "Nordvik", TACIT, [later], D(2027, 6, 1))
    assert (then.term.number, then.state, then.notice, then.renews_on) == (
        1, State.ENDING, ("customer", D(2026, 11, 1), D(2027, 12, 31)), None)
    after = standing_on("SLA-1", "Nordvik", TACIT, [later], D(2028, 1, 1))
    assert (after.term.number, after.state) == (1, State.TERMINATED)


def test_an_express_renewal_counts_only_for_the_term_it_was_recorded_for() -> None:
    second_only = ("renewed", 2, "", D(2027, 12, 1), D(2028, 1, 1))
    assert standing_on("SLA-1", "Nordvik", EXPRESS, [second_only], D(2027, 1, 1)).state is State.EXPIRED
    assert standing_on("SLA-1", "Nordvik", EXPRESS, [second_only], D(2026, 12, 1)).renews_on is None
    first = ("renewed", 1, "", D(2026, 12, 1), D(2027, 1, 1))
    one = standing_on("SLA-1", "Nordvik", EXPRESS, [first], D(2027, 6, 1))
    assert (one.term.number, one.state, one.renews_on) == (1, State.ENDING, None)
    # a notice is not a renewal, and a renewal is not a notice
    assert standing_on("SLA-1", "Nordvik", EXPRESS, [("notice", 1, "customer", D(2026, 11, 1), D(2027, 12, 31))],
                       D(2027, 1, 1)).state is State.EXPIRED
    assert standing_on("SLA-1", "Nordvik", EXPRESS, [first], D(2026, 12, 20)).notice is None


def test_a_terminated_agreement_is_terminated_on_any_day_and_has_no_review() -> None:
    for day in (D(2026, 3, 1), D(2026, 12, 31), D(2040, 1, 1)):
        ended = standing_on("SLA-1", "Nordvik", TACIT, (), day, terminated=True)
        assert (ended.state, ended.review) == (State.TERMINATED, None)
        assert due_within(ended, 36500) == []
    assert standing_on("SLA-1", "Nordvik", TACIT, (), D(2026, 3, 1)).state is State.RUNNING  # not by default


def test_the_held_reviews_are_kept_oldest_first_and_an_expired_agreement_has_none_due() -> None:
    kept = standing_on("SLA-1", "Nordvik", TACIT, (), D(2027, 3, 1), held=[D(2027, 1, 2), D(2026, 7, 1)])
    assert kept.held == (D(2026, 7, 1), D(2027, 1, 2))
    assert kept.review == D(2027, 7, 1)
    notice = ("notice", 0, "customer", D(2026, 9, 1), D(2026, 12, 31))
    assert standing_on("SLA-1", "Nordvik", TACIT, [notice], D(2027, 1, 1)).review is None
    # ending: a review after its last day is not due, one before is
    assert standing_on("SLA-1", "Nordvik", TACIT, [notice], D(2026, 11, 1), held=[D(2026, 7, 1)]).review is None
    assert standing_on("SLA-1", "Nordvik", TACIT, [notice], D(2026, 11, 1)).review == D(2026, 7, 1)


def test_a_window_past_the_last_date_lists_everything_to_come() -> None:
    for within in (999_999_999, 10**12):
        assert [due for _day, due, _detail in _said(TACIT, D(2026, 9, 1), within, held=(D(2026, 7, 1),))] == [
            "notice deadline", "renews", "review"]


def test_a_deadline_becomes_json_with_its_day_number_customer_due_and_detail() -> None:
    (deadline,) = due_within(standing_on("SLA-7", "Ірина & Co", EXPRESS, (), D(2026, 12, 1)), 30)
    assert deadline.to_json() == {"day": "2026-12-31", "number": "SLA-7", "customer": "Ірина & Co",
                                  "due": "confirm renewal",
                                  "detail": "renew by then, or it expires; term 1 would begin 2027-01-01"}


def test_a_tacit_agreement_stands_in_the_term_of_its_day_from_before_its_start_to_past_its_last_term() -> None:
    limited = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, max_renewals=2, notice=30)
    on = {day: standing_on("SLA-1", "Nordvik", limited, (), day) for day in (D(2025, 12, 31), D(2027, 6, 1), D(2029, 1, 1))}
    assert [(one.term.number, one.state, one.renews_on) for one in on.values()] == [
        (0, State.RUNNING, D(2027, 1, 1)), (1, State.RUNNING, D(2028, 1, 1)), (2, State.EXPIRED, None)]
    never_renewed = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, max_renewals=0, notice=30)
    gone = standing_on("SLA-1", "Nordvik", never_renewed, (), D(2027, 1, 1))
    assert (gone.term.number, gone.state) == (0, State.EXPIRED)
    # no limit, but no calendar has a term ending after 9999: the last whole one has ended
    far = standing_on("SLA-1", "Nordvik", Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=30), (), D(9999, 6, 1))
    assert (far.term.number, far.term.last_day, far.state) == (7972, D(9998, 12, 31), State.EXPIRED)


# On a real signed agreement, both backends -------------------------------------------------------------------------


def test_what_cannot_be_renewed_says_why(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, Terms(D(2026, 1, 1), 12, notice=30), prepared)
    with pytest.raises(TransitionError, match="renews never: only an express renewal is confirmed"):
        renewals.renew(db, people["anna"], number, D(2026, 12, 1))
    with pytest.raises(ValidationError, match="notice is given by the customer or the provider") as refused:
        renewals.give_notice(db, people["anna"], number, by="auditor", given_on=D(2026, 11, 1), reason="price")
    assert refused.value.field == "by"
    with pytest.raises(ValidationError, match=r"had to be given by 2026-12-01$"):  # no later end to name
        renewals.give_notice(db, people["anna"], number, by="provider", given_on=D(2026, 12, 2), reason="price")
    with pytest.raises(ValidationError, match="at the end of a term: .* ends on 2026-12-31") as refused:
        renewals.give_notice(db, people["anna"], number, by="provider", given_on=D(2026, 11, 1), reason="price",
                             effective=D(2027, 12, 31))  # past the schedule's end
    assert refused.value.field == "effective"
    given = renewals.give_notice(db, people["anna"], number, by="provider", given_on=D(2026, 12, 1), reason="price",
                                 effective=D(2026, 12, 31))
    assert (given.state, given.notice) == (State.ENDING, ("provider", D(2026, 12, 1), D(2026, 12, 31)))


def test_an_express_agreement_given_notice_or_renewed_to_its_limit_is_not_renewed(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, EXPRESS, prepared)
    renewals.renew(db, people["anna"], number, D(2026, 12, 31))
    renewals.renew(db, people["anna"], number, D(2027, 12, 1))
    assert renewals.standing(db, number, D(2028, 3, 1)).term.number == 2
    with pytest.raises(TransitionError, match="terms allow no more renewals after the term ending 2028-12-31"):
        renewals.renew(db, people["anna"], number, D(2028, 12, 1))
    with db.read() as session:
        stored = session.execute(select(AgreementTermEvent.kind, AgreementTermEvent.term_no, AgreementTermEvent.given_on,
                                        AgreementTermEvent.effective, AgreementTermEvent.reason)
                                 .order_by(AgreementTermEvent.term_no)).all()
    assert stored == [("renewed", 1, D(2026, 12, 31), D(2027, 1, 1), "express"),
                      ("renewed", 2, D(2027, 12, 1), D(2028, 1, 1), "express")]
    assert [detail["term"] for *_rest, detail in events(db, "agreement.renew")] == [1, 2]

    people, other = _signed_with(db, EXPRESS)
    renewals.give_notice(db, people["anna"], other, by="customer", given_on=D(2026, 11, 1), reason="other")
    with pytest.raises(TransitionError, match=f"notice was given on 2026-11-01: {other} ends on 2026-12-31"):
        renewals.renew(db, people["anna"], other, D(2026, 12, 1))


def test_nothing_more_is_recorded_for_a_terminated_agreement_and_it_has_no_deadlines(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    agreements.terminate(db, people["admin"], number, "breach")
    assert renewals.standing(db, number, D(2026, 6, 1)).state is State.TERMINATED
    with pytest.raises(TransitionError, match=f"{number} is terminated: nothing more can be renewed or given notice"):
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 6, 1), reason="price")
    assert renewals.deadlines(db, D(2026, 6, 1), 365) == []


def test_the_look_ahead_is_checked_and_a_representative_sees_only_what_they_drafted(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    for within in (-1, 3_661, True, "30", 30.0):
        with pytest.raises(ValidationError, match="look ahead between 0 and 3660 days") as refused:
            renewals.deadlines(db, D(2026, 6, 1), within)  # type: ignore[arg-type]
        assert refused.value.field == "within"
    assert [d.due for d in renewals.deadlines(db, D(2026, 6, 1), 3_660)][:2] == [Due.REVIEW, Due.NOTICE]
    assert [d.number for d in renewals.deadlines(db, D(2026, 6, 1), 0)] == []
    assert {d.number for d in renewals.deadlines(db, D(2026, 6, 1), 60, drafted_by=people["anna"].id)} == {number}
    assert renewals.deadlines(db, D(2026, 6, 1), 60, drafted_by=people["linh"].id) == []


def test_only_tacit_renewals_are_recorded_by_the_daily_step(db: Database, prepared: Drafted) -> None:
    people, express = _signed_with(db, EXPRESS, prepared)
    renewals.renew(db, people["anna"], express, D(2026, 12, 1))
    _people, tacit = _signed_with(db, TACIT)
    assert renewals.record_tacit_renewals(db, people["budi"], D(2027, 6, 1)) == 1
    with db.read() as session:
        stored = session.execute(select(AgreementTermEvent.reason, AgreementTermEvent.term_no)
                                 .order_by(AgreementTermEvent.id)).all()
    assert stored == [("express", 1), ("tacit", 1)]
    assert [detail["number"] for *_rest, detail in events(db, "agreement.renew")] == [express, tacit]


def test_the_deadlines_look_ninety_days_ahead_unless_told_and_an_unknown_agreement_is_named(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    assert [(d.due, d.day) for d in renewals.deadlines(db, D(2026, 7, 2))] == [
        (Due.REVIEW, D(2026, 7, 1)), (Due.NOTICE, D(2026, 9, 30))]  # 90 days on
    assert [(d.due, d.day) for d in renewals.deadlines(db, D(2026, 7, 1))] == [(Due.REVIEW, D(2026, 7, 1))]  # 91 days
    for unknown in ("SLA-1999-0001", "' OR 1=1 --"):
        with pytest.raises(NotFoundError, match="is not a signed agreement"):
            renewals.give_notice(db, people["anna"], unknown, by="customer", given_on=D(2026, 7, 1), reason="price")
        with pytest.raises(NotFoundError, match="is not a signed agreement"):
            renewals.renew(db, people["anna"], unknown, D(2026, 7, 1))


def test_a_representative_whose_role_was_taken_away_since_signing_in_records_no_notice(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    with db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET role = 'quality_checker' WHERE username = 'anna'"))
    with pytest.raises(PermissionDenied, match="is a quality checker, not a representative; sign in again"):
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 7, 1), reason="price")
    assert renewals.standing(db, number, D(2026, 7, 1)).notice is None


def _agreement_id(db: Database, number: str) -> int:
    with db.read() as session:
        return session.scalars(select(Agreement.id).where(Agreement.number == number)).one()


def _stored_events(db: Database) -> list[tuple[str, int, str, str, str, int]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(AgreementTermEvent.kind, AgreementTermEvent.term_no, AgreementTermEvent.party,
                   AgreementTermEvent.reason, AgreementTermEvent.detail, AgreementTermEvent.actor_id)
            .order_by(AgreementTermEvent.id))]


def test_a_confirmed_renewal_is_stored_with_no_party_or_details_and_its_history_says_what_it_began(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, EXPRESS, prepared)
    renewals.renew(db, people["anna"], number, D(2026, 12, 20))
    assert _stored_events(db) == [("renewed", 1, "", "express", "", people["anna"].id)]
    assert events(db, "agreement.renew") == [("anna", "agreement.renew", "agreement", _agreement_id(db, number), {
        "number": number, "term": 1, "begins": "2027-01-01", "confirmed_on": "2026-12-20"})]


def test_notice_without_details_is_stored_with_none_and_its_history_names_the_agreement(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    renewals.give_notice(db, people["admin"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    assert _stored_events(db) == [("notice", 0, "customer", "price", "", people["admin"].id)]
    assert events(db, "agreement.notice") == [(people["admin"].username, "agreement.notice", "agreement", _agreement_id(db, number), {
        "number": number, "by": "customer", "given_on": "2026-09-01", "effective": "2026-12-31",
        "reason": "price"})]


def test_notice_details_keep_their_lines_and_too_long_ones_or_an_unknown_reason_are_refused_naming_them(
        db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    with pytest.raises(ValidationError, match="^the details can be at most 5,000 characters") as refused:
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price",
                             detail="x" * 5_001)
    assert refused.value.field == "detail"
    with pytest.raises(ValidationError, match="the reason is one of") as refused:
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="cheaper")
    assert refused.value.field == "reason"
    renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="other",
                         detail="Moving to another provider.\nThanks for the years.")
    assert [detail for *_rest, detail, _actor in _stored_events(db)] == [
        "Moving to another provider.\nThanks for the years."]


def test_under_terms_only_the_provider_may_give_notice_the_customer_is_told_so(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=30,
                                            notice_by=NoticeBy.PROVIDER), prepared)
    with pytest.raises(ValidationError, match=f"^only the provider may give notice under {number}'s terms$") as refused:
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    assert refused.value.field == "by"
    assert renewals.give_notice(db, people["anna"], number, by="provider", given_on=D(2026, 9, 1),
                                reason="price").notice == ("provider", D(2026, 9, 1), D(2026, 12, 31))


def test_who_may_not_renew_or_give_notice_is_told_so_before_anything_else(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, EXPRESS, prepared)
    with pytest.raises(PermissionDenied, match="cannot renew agreements; needs"):
        renewals.renew(db, people["linh"], number, D(2026, 12, 1))
    with pytest.raises(PermissionDenied, match="cannot record notice; needs"):  # not told what is wrong with the rest
        renewals.give_notice(db, people["linh"], number, by="auditor", given_on=D(2026, 9, 1), reason="cheaper")
    read_only = Database(db.path, db.engine, read_only="the file is read-only")  # not that nothing can be saved
    with pytest.raises(PermissionDenied, match="cannot renew agreements; needs"):
        renewals.renew(read_only, people["linh"], number, D(2026, 12, 1))
    with pytest.raises(PermissionDenied, match="cannot record notice; needs"):
        renewals.give_notice(read_only, people["linh"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    assert _stored_events(db) == []


def test_notice_given_too_late_is_refused_naming_the_day_it_was_given(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    with pytest.raises(ValidationError, match="^too late for the term ending 2026-12-31: notice had to be given by "
                                              "2026-09-30; the next end") as refused:
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 10, 1), reason="price")
    assert refused.value.field == "given_on"
    assert _stored_events(db) == []


def test_a_draft_has_no_standing_and_an_amendment_in_draft_leaves_the_signed_terms_in_force(db: Database, prepared: Drafted) -> None:
    people, draft = prepared
    with pytest.raises(NotFoundError, match=f"'{draft}' is not a signed agreement"):
        renewals.standing(db, draft, D(2026, 6, 1))
    _people, number = _signed_with(db, TACIT)
    versions.amend(db, people["anna"], number, "Renewed only when confirmed, from next year.")
    set_terms(db, people["anna"], number, EXPRESS)  # the amendment's, not yet signed
    assert renewals.standing(db, number, D(2026, 6, 1)).terms == TACIT
    assert [one.number for _id, one in _standings(db, D(2026, 6, 1))] == [number]


def _standings(db: Database, day: dt.date) -> list[tuple[int, renewals.Standing]]:
    with db.read() as session:
        return renewals.standings(session, day)


def test_what_falls_due_on_a_signed_agreement_names_its_customer(db: Database, prepared: Drafted) -> None:
    _people, number = _signed_with(db, TACIT, prepared)
    customer = agreements.get_agreement(db, number).customer_name
    assert {(d.number, d.customer) for d in renewals.deadlines(db, D(2026, 6, 1), 365)} == {(number, customer)}
    assert renewals.standing(db, number, D(2026, 6, 1)).customer == customer


def test_over_the_whole_register_each_agreement_has_its_own_reviews_held_once(db: Database, prepared: Drafted) -> None:
    people, first = _signed_with(db, TACIT, prepared)
    _people, second = _signed_with(db, TACIT)
    for number, day in ((first, D(2026, 6, 30)), (second, D(2026, 7, 1))):
        record_review(db, people["anna"], number, held_on=day, attendees=["Anna"], decision="keep", today=D(2026, 7, 2))
    assert {one.number: one.held for _id, one in _standings(db, D(2026, 7, 2))} == {
        first: (D(2026, 6, 30),), second: (D(2026, 7, 1),)}
    _people, third = _signed_with(db, TACIT)
    assert {one.number: one.held for _id, one in _standings(db, D(2026, 7, 2))}[third] == ()


def test_a_made_up_person_is_refused_recording_tacit_renewals_even_when_none_is_due(db: Database, prepared: Drafted) -> None:
    from slamdesk.core.roles import Actor, Role

    people, _number = _signed_with(db, Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=30), prepared)
    ghost = Actor(9_999, "ghost", "Nobody Stored", Role.ADMINISTRATOR)  # no such profile: never acts
    with pytest.raises(PermissionDenied):
        renewals.record_tacit_renewals(db, ghost, D(2026, 6, 1))  # still the first term: nothing to record
    assert renewals.record_tacit_renewals(db, people["budi"], D(2026, 6, 1)) == 0  # a stored person: nothing, no refusal
