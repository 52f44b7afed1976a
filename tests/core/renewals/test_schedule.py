"""The register's copy of each agreement's standing (``core.renewals.schedule``) and the register filters on it:
made at signing and by each renewal step, made again for a new day by ``refresh``, filtered in SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from slamdesk.core import clock, register
from slamdesk.core.db import Database
from slamdesk.core.register import RegisterFilter
from slamdesk.core.renewals import schedule, standing
from slamdesk.core.renewals.periodic_review import review_due
from slamdesk.core.renewals.terms import Renewal, Terms
from slamdesk.core.saved_filters import criteria_from_json, criteria_to_json
from slamdesk.models import Agreement, AgreementSchedule
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import Drafted, drafted, events

pytestmark = pytest.mark.prepared(build=drafted)

TODAY = clock.today()  # signing makes the row for the day it is signed


def _numbers(db: Database, criteria: RegisterFilter, today: dt.date = TODAY) -> list[str]:
    return [row.number for row in register.list_agreements(db, criteria, today=today)]


def test_a_signed_agreement_is_found_by_its_notice_deadline_renewal_and_review(db: Database, prepared: Drafted) -> None:
    terms = Terms(TODAY - dt.timedelta(days=320), 12, Renewal.TACIT, 12, notice=30, review_months=3)
    _people, number = _signed_with(db, terms, prepared)
    first = terms.term(0)
    assert first is not None
    notice, renews = (first.notice_deadline - TODAY).days, (first.last_day - TODAY).days + 1
    assert 0 <= notice < renews
    (row,) = register.list_agreements(db, RegisterFilter(status=None), today=TODAY)
    assert (row.term_state, row.notice_deadline, row.renews_on) == ("running", first.notice_deadline, first.last_day
                                                                    + dt.timedelta(days=1))
    assert row.next_review == review_due(terms, TODAY, ())  # overdue, or the next
    assert _numbers(db, RegisterFilter(notice_within_days=notice)) == [number]
    assert _numbers(db, RegisterFilter(notice_within_days=notice - 1)) == ([] if notice else [number])
    assert _numbers(db, RegisterFilter(renews_within_days=renews)) == [number]
    assert _numbers(db, RegisterFilter(renews_within_days=renews - 1)) == []
    review = max((row.next_review - TODAY).days, 0)  # type: ignore[operator]  (an overdue review is due now)
    assert _numbers(db, RegisterFilter(review_within_days=review)) == [number]
    assert _numbers(db, RegisterFilter(review_within_days=review, notice_within_days=0)) == ([number] if notice == 0 else [])
    assert _numbers(db, RegisterFilter(expired=True)) == []
    assert register.count_agreements(db, RegisterFilter(notice_within_days=10_000_000)) == 1  # no overflow


def test_notice_takes_it_out_of_the_renewals_and_a_later_day_finds_it_terminated_not_expired(db: Database, prepared: Drafted) -> None:
    terms = Terms(TODAY - dt.timedelta(days=200), 12, Renewal.TACIT, 12, notice=30)
    people, number = _signed_with(db, terms, prepared)
    standing.give_notice(db, people["anna"], number, by="customer", given_on=TODAY, reason="no_longer_needed")
    (row,) = register.list_agreements(db, today=TODAY)
    assert (row.term_state, row.notice_deadline, row.renews_on) == ("ending", None, None)
    assert _numbers(db, RegisterFilter(renews_within_days=400)) == []
    after = terms.term(0).last_day + dt.timedelta(days=1)  # type: ignore[union-attr]
    assert schedule.stale(db, after)
    assert schedule.refresh(db, after) == 1
    assert not schedule.stale(db, after) and schedule.refresh(db, after) == 0
    assert _numbers(db, RegisterFilter(expired=True), today=after) == []  # it ended by notice
    assert [row.term_state for row in register.list_agreements(db, today=after)] == ["terminated"]


def test_rows_missing_are_made_by_the_first_refresh_and_an_express_renewal_waits_for_a_person(db: Database, prepared: Drafted) -> None:
    terms = Terms(TODAY - dt.timedelta(days=340), 12, Renewal.EXPRESS, 12)
    people, number = _signed_with(db, terms, prepared)
    with db.unit_of_work() as session:
        session.execute(schedule.delete(schedule.AgreementSchedule))
    assert schedule.stale(db, TODAY) and schedule.refresh(db, TODAY) == 1
    (row,) = register.list_agreements(db, today=TODAY)
    assert (row.term_state, row.renews_on) == ("ending", None)
    standing.renew(db, people["anna"], number, TODAY)
    (row,) = register.list_agreements(db, today=TODAY)
    assert (row.term_state, row.renews_on) == ("running", terms.term(1).start)  # type: ignore[union-attr]


def test_a_saved_filter_keeps_the_new_filters() -> None:
    criteria = RegisterFilter(notice_within_days=14, renews_within_days=30, review_within_days=0, expired=True)
    assert criteria_from_json(criteria_to_json(criteria)) == criteria
    assert criteria_from_json({"notice_within_days": -1, "expired": "yes", "review_within_days": True}) == RegisterFilter()


def test_the_days_refresh_records_the_tacit_renewals_that_happened_once_and_as_the_person_given(db: Database, prepared: Drafted) -> None:
    terms = Terms(TODAY - dt.timedelta(days=800), 12, Renewal.TACIT, 6, notice=30)  # renewed on day 365, 548, 730
    people, number = _signed_with(db, terms, prepared)
    renewed = lambda: [(e[0], e[4]["term"]) for e in events(db, "agreement.renew")]  # noqa: E731
    with db.unit_of_work() as session:
        session.execute(schedule.delete(schedule.AgreementSchedule))
    assert schedule.refresh(db, TODAY) == 1 and renewed() == []  # no actor (a listing): the rows only
    with db.unit_of_work() as session:
        session.execute(schedule.delete(schedule.AgreementSchedule))
    assert schedule.refresh(db, TODAY, people["budi"]) == 1
    assert renewed() == [("budi", 1), ("budi", 2), ("budi", 3)]
    later = TODAY + dt.timedelta(days=200)  # a new day: one more term began meanwhile
    assert schedule.refresh(db, later, people["anna"]) == 1 and schedule.refresh(db, later, people["anna"]) == 0
    assert renewed() == [("budi", 1), ("budi", 2), ("budi", 3), ("anna", 4)]
    (row,) = register.list_agreements(db, today=later)
    assert (row.number, row.term_state) == (number, "running")


def _row(terms: Terms, day: dt.date, events: tuple[tuple[str, int, str, dt.date, dt.date], ...] = ()) -> dict[str, object]:
    return schedule.row_of(7, standing.standing_on("SLA-1", "Kund AB", terms, events, day))


def test_a_row_says_until_when_an_express_renewal_can_be_confirmed_and_only_then() -> None:
    express = Terms(dt.date(2026, 1, 1), 12, Renewal.EXPRESS, 12, max_renewals=1)
    assert _row(express, dt.date(2026, 12, 1))["confirm_by"] == dt.date(2026, 12, 31)
    assert _row(express, dt.date(2026, 12, 1))["state"] == "ending"
    noticed = (("notice", 0, "customer", dt.date(2026, 11, 1), dt.date(2026, 12, 31)),)
    assert _row(express, dt.date(2026, 12, 1), noticed)["confirm_by"] is None  # notice given: nothing to confirm
    renewed = (("renewed", 1, "", dt.date(2026, 12, 1), dt.date(2027, 1, 1)),)
    last = _row(express, dt.date(2027, 6, 1), renewed)  # in its last allowed term: no renewal left to confirm
    assert (last["term_no"], last["confirm_by"]) == (1, None)
    tacit = Terms(dt.date(2026, 1, 1), 12, Renewal.TACIT, 12, notice=30)
    assert _row(tacit, dt.date(2026, 12, 1))["confirm_by"] is None


def test_a_rows_notice_deadline_is_kept_on_its_own_day_and_gone_the_day_after() -> None:
    tacit = Terms(dt.date(2026, 1, 1), 12, Renewal.TACIT, 12, notice=30)  # notice by 1 December 2026
    assert _row(tacit, dt.date(2026, 12, 1))["notice_deadline"] == dt.date(2026, 12, 1)
    assert _row(tacit, dt.date(2026, 12, 2))["notice_deadline"] is None


def test_refreshing_some_agreements_leaves_the_others_rows_as_they_were(db: Database, prepared: Drafted) -> None:
    _people, first = _signed_with(db, Terms(TODAY - dt.timedelta(days=100), 12, Renewal.TACIT, 12, notice=30), prepared)
    _people, second = _signed_with(db, Terms(TODAY - dt.timedelta(days=50), 12, Renewal.TACIT, 12, notice=30))
    later = TODAY + dt.timedelta(days=3)
    with db.read() as session:
        ids = {number: id_ for number, id_ in session.execute(select(Agreement.number, Agreement.id))}
    with db.unit_of_work() as session:
        assert schedule.refresh_in(session, [ids[first]], later) == 1
    with db.read() as session:
        computed = {key: on for key, on in session.execute(select(AgreementSchedule.agreement_id, AgreementSchedule.computed_on))}
    assert computed == {ids[first]: later, ids[second]: TODAY}
    assert schedule.stale(db, later) and schedule.stale(db, TODAY)  # one row of each day: stale for both


def test_with_drafts_only_there_is_nothing_to_refresh(db: Database, prepared: Drafted) -> None:  # a draft made
    assert not schedule.stale(db, TODAY) and schedule.refresh(db, TODAY) == 0
