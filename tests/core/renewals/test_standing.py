"""Where a signed agreement stands in its terms and what falls due (``core.renewals.standing``): hand-checked days for
tacit and express renewal, notice, the last renewal allowed and reviews; then the steps on a real signed agreement on
both backends (notice checked against the deadline and who may give it, express renewal, tacit renewals recorded once
even by two processes at once) and the history that raw SQL cannot rewrite."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core import agreements, clock
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from slamdesk.core.renewals import standing as renewals
from slamdesk.core.renewals.standing import Due, State, due_within, standing_on
from slamdesk.core.renewals.stored import get_terms, set_terms
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms
from slamdesk.models import AgreementTermEvent, AuditEvent
from tests.core.workflow import Drafted, drafted
from tests.raw import REFUSED, raw

pytestmark = pytest.mark.prepared(build=drafted)

D = dt.date
TACIT = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=3, notice_unit=NoticeUnit.MONTHS, review_months=6)
EXPRESS = Terms(D(2026, 1, 1), 12, Renewal.EXPRESS, 12, max_renewals=2, notice=30)


def _on(terms: Terms, day: dt.date, *events: tuple[str, int, str, dt.date, dt.date],
        terminated: bool = False) -> renewals.Standing:
    return standing_on("SLA-1", "Nordvik", terms, events, day, terminated=terminated)


def _due(terms: Terms, day: dt.date, within: int, *events: tuple[str, int, str, dt.date, dt.date]) -> list[tuple[Due, dt.date]]:
    return [(deadline.due, deadline.day) for deadline in due_within(_on(terms, day, *events), within)]


# Pure: the rules on hand-checked days ------------------------------------------------------------------------------


def test_a_tacit_renewal_runs_on_by_itself_and_shows_its_notice_deadline_until_it_passes() -> None:
    running = _on(TACIT, D(2026, 9, 30))
    assert (running.state, running.term.number, running.renews_on) == (State.RUNNING, 0, D(2027, 1, 1))
    assert _due(TACIT, D(2026, 6, 1), 121) == [(Due.REVIEW, D(2026, 7, 1)), (Due.NOTICE, D(2026, 9, 30))]
    # 1 July's review was never held: overdue, and listed whatever the window
    assert _due(TACIT, D(2026, 9, 30), 120) == [(Due.REVIEW, D(2026, 7, 1)), (Due.NOTICE, D(2026, 9, 30)),
                                               (Due.RENEWS, D(2027, 1, 1))]
    assert _due(TACIT, D(2026, 10, 1), 92) == [(Due.REVIEW, D(2026, 7, 1)),
                                               (Due.RENEWS, D(2027, 1, 1))]  # too late for notice: it renews
    held = _on(TACIT, D(2026, 10, 1))
    assert held.review == D(2026, 7, 1)
    assert standing_on("SLA-1", "Nordvik", TACIT, (), D(2026, 10, 1), held=[D(2026, 7, 3)]).review == D(2027, 1, 1)
    assert standing_on("SLA-1", "Nordvik", TACIT, (), D(2027, 1, 1), held=[D(2027, 1, 1)]).review == D(2027, 7, 1)
    assert standing_on("SLA-1", "Nordvik", TACIT, (), D(2027, 1, 1), held=[D(2026, 12, 30)]).review == D(2027, 1, 1)
    later = _on(TACIT, D(2031, 3, 1))
    assert (later.term.number, later.term.start, later.state) == (5, D(2031, 1, 1), State.RUNNING)


def test_notice_ends_the_agreement_at_its_terms_end_and_it_is_terminated_after() -> None:
    notice = ("notice", 0, "customer", D(2026, 9, 1), D(2026, 12, 31))
    ending = _on(TACIT, D(2026, 11, 1), notice)
    assert (ending.state, ending.renews_on, ending.notice) == (State.ENDING, None, ("customer", D(2026, 9, 1), D(2026, 12, 31)))
    assert _due(TACIT, D(2026, 11, 1), 90, notice) == [(Due.REVIEW, D(2026, 7, 1)), (Due.ENDS, D(2026, 12, 31))]
    ended = _on(TACIT, D(2027, 1, 1), notice)
    assert (ended.state, ended.term.number) == (State.TERMINATED, 0) and not ended.for_cause
    assert due_within(ended, 3650) == []


def test_an_express_renewal_waits_for_a_person_and_expires_without_one() -> None:
    assert _on(EXPRESS, D(2026, 12, 1)).state is State.ENDING
    assert _due(EXPRESS, D(2026, 12, 1), 30) == [(Due.CONFIRM, D(2026, 12, 31))]
    assert _on(EXPRESS, D(2027, 1, 1)).state is State.EXPIRED
    confirmed = ("renewed", 1, "", D(2026, 12, 15), D(2027, 1, 1))
    assert _on(EXPRESS, D(2026, 12, 20), confirmed).state is State.RUNNING
    assert _due(EXPRESS, D(2026, 12, 20), 30, confirmed) == [(Due.RENEWS, D(2027, 1, 1))]
    assert (_on(EXPRESS, D(2027, 6, 1), confirmed).term.number, _on(EXPRESS, D(2028, 1, 1), confirmed).state) == (
        1, State.EXPIRED)


def test_after_the_last_renewal_allowed_the_agreement_is_ending() -> None:
    twice = ("renewed", 1, "", D(2026, 12, 1), D(2027, 1, 1)), ("renewed", 2, "", D(2027, 12, 1), D(2028, 1, 1))
    last = _on(EXPRESS, D(2028, 6, 1), *twice)
    assert (last.term.number, last.state, last.renews_on) == (2, State.ENDING, None)
    assert _due(EXPRESS, D(2028, 12, 1), 60, *twice) == [(Due.ENDS, D(2028, 12, 31))]
    one_term = Terms(D(2026, 1, 1), 12)
    assert _due(one_term, D(2026, 12, 1), 30) == [(Due.ENDS, D(2026, 12, 31))]
    assert _on(TACIT, D(2026, 3, 1), terminated=True).state is State.TERMINATED
    assert due_within(_on(TACIT, D(2026, 3, 1), terminated=True), 365) == []


def test_only_what_falls_in_the_window_is_due_and_a_review_after_the_end_is_not() -> None:
    assert _due(TACIT, D(2026, 1, 1), 0) == []
    assert _due(TACIT, D(2026, 7, 1), 0) == [(Due.REVIEW, D(2026, 7, 1))]
    ending = Terms(D(2026, 1, 1), 12, review_months=12)  # its review would be on 1 January 2027, after the end
    assert _due(ending, D(2026, 12, 1), 60) == [(Due.ENDS, D(2026, 12, 31))]


# On a real signed agreement, both backends -------------------------------------------------------------------------


def _signed_with(db: Database, terms: Terms, made: Drafted | None = None) -> Drafted:
    """A draft signed with ``terms``: the one ``made`` (the test's prepared copy: ``drafted``), else a new one."""
    people, number = made if made is not None else drafted(db)
    set_terms(db, people["anna"], number, terms)
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    return people, number


def test_deadlines_list_the_signed_agreement_and_notice_is_checked_against_its_terms(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=90,
                                            notice_by=NoticeBy.CUSTOMER, review_months=6), prepared)
    assert get_terms(db, number)[0].notice == 90
    assert [(d.number, d.due, d.day) for d in renewals.deadlines(db, D(2026, 9, 1), 60)] == [
        (number, Due.REVIEW, D(2026, 7, 1)), (number, Due.NOTICE, D(2026, 10, 2))]  # overdue; 31 December less 90 days
    with pytest.raises(ValidationError, match="only the customer may give notice") as refused:
        renewals.give_notice(db, people["anna"], number, by="provider", given_on=D(2026, 9, 1), reason="price")
    assert refused.value.field == "by"
    with pytest.raises(ValidationError, match="too late for the term ending 2026-12-31: notice had to be given by "
                                              "2026-10-02; the next end it can take effect is 2027-12-31 "
                                              r"\(notice by 2027-10-02\)"):
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 10, 3), reason="price")
    with pytest.raises(ValidationError, match="the reason is one of price, service_quality"):
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="")
    with pytest.raises(ValidationError, match="at the end of a term"):
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price",
                             effective=D(2027, 6, 30))
    with pytest.raises(PermissionDenied):
        renewals.give_notice(db, people["linh"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    given = renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 10, 2), reason="price",
                                 detail="  Moving to a cheaper offer.  ")
    assert (given.state, given.notice) == (State.ENDING, ("customer", D(2026, 10, 2), D(2026, 12, 31)))
    assert renewals.standing(db, number, D(2027, 1, 1)).state is State.TERMINATED
    with pytest.raises(TransitionError, match="notice was already given on 2026-10-02"):
        renewals.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 10, 2), reason="other")
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.notice")).one()
        stored = session.scalars(select(AgreementTermEvent)).one()
    assert json.loads(event.detail) | {"number": number} == {"number": number, "by": "customer", "given_on": "2026-10-02",
                                                              "effective": "2026-12-31", "reason": "price"}
    assert (stored.detail, stored.term_no, stored.kind) == ("Moving to a cheaper offer.", 0, "notice")


def test_notice_for_a_later_terms_end_and_an_unknown_or_unsigned_agreement(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    later = renewals.give_notice(db, people["anna"], number, by="provider", given_on=D(2026, 11, 1), reason="other",
                                 effective=D(2027, 12, 31))
    assert (later.state, later.notice) == (State.RUNNING, None)  # this term still renews
    assert renewals.standing(db, number, D(2027, 11, 1)).state is State.ENDING
    for unknown in ("SLA-1999-0001", "\ud800", "' OR 1=1 --", "SLA-1999-\x00"):
        with pytest.raises(NotFoundError, match="is not a signed agreement"):
            renewals.standing(db, unknown, D(2026, 1, 1))


def test_an_express_renewal_is_confirmed_once_before_the_end(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, EXPRESS, prepared)
    with pytest.raises(TransitionError, match="is expired"):
        renewals.renew(db, people["anna"], number, D(2027, 1, 1))  # a day late
    renewed = renewals.renew(db, people["anna"], number, D(2026, 12, 31))
    assert (renewed.state, renewed.renews_on) == (State.RUNNING, D(2027, 1, 1))
    with pytest.raises(TransitionError, match="already renewed: term 1 begins 2027-01-01"):
        renewals.renew(db, people["anna"], number, D(2026, 12, 31))
    assert renewals.standing(db, number, D(2027, 3, 1)).term.number == 1


def test_a_tacit_agreement_is_not_confirmed_by_hand(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    with pytest.raises(TransitionError, match="renews by itself: only an express renewal is confirmed"):
        renewals.renew(db, people["anna"], number, D(2026, 12, 1))


def test_tacit_renewals_are_recorded_once_and_the_history_cannot_be_rewritten(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    assert renewals.record_tacit_renewals(db, people["budi"], D(2026, 12, 31)) == 0  # still term 0
    assert renewals.record_tacit_renewals(db, people["budi"], D(2028, 2, 1)) == 2
    assert renewals.record_tacit_renewals(db, people["budi"], D(2028, 2, 1)) == 0
    with db.read() as session:
        stored = session.execute(select(AgreementTermEvent.term_no, AgreementTermEvent.given_on, AgreementTermEvent.effective,
                                        AgreementTermEvent.reason)).all()
        logged = session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.renew")).all()
    assert sorted(stored) == [(1, D(2026, 10, 1), D(2027, 1, 1), "tacit"), (2, D(2027, 10, 1), D(2028, 1, 1), "tacit")]
    assert [json.loads(event.detail)["term"] for event in logged] == [1, 2]
    with raw(db) as connection:
        for sql in ("UPDATE agreement_term_event SET effective = '2030-01-01'", "DELETE FROM agreement_term_event"):
            with pytest.raises(REFUSED, match="never changed or removed"):
                connection.execute(sql)
        with pytest.raises(REFUSED):  # a term renews once
            connection.execute(
                "INSERT INTO agreement_term_event (agreement_id, kind, term_no, party, given_on, effective, reason, detail, "
                "actor_id, recorded_at) SELECT agreement_id, kind, term_no, party, given_on, effective, reason, detail, "
                "actor_id, recorded_at FROM agreement_term_event WHERE term_no = 1")


RECORD = """
import datetime as dt
from slamdesk.core import users
from slamdesk.core.db import Database
from slamdesk.core.renewals.standing import record_tacit_renewals
db = Database.open(sys.argv[1], daily_backup=False)
print(record_tacit_renewals(db, users.get_actor(db), dt.date(2029, 2, 1)))
"""


def test_two_processes_recording_at_once_record_each_renewal_once(db: Database, db_target: str | Path, prepared: Drafted) -> None:
    _people, _number = _signed_with(db, TACIT, prepared)
    start = "import sys, time\nwhile time.time() < float(sys.argv[2]): time.sleep(0.001)\n"
    at = f"{__import__('time').time() + 1.5:.3f}"
    children = [subprocess.Popen([sys.executable, "-c", start + RECORD, str(db_target), at], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=os.environ.copy()) for _ in range(2)]
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err[-800:] for _out, err in results]
    assert sorted(int(out) for out, _err in results) == [0, 3]
    with db.read() as session:
        assert sorted(session.scalars(select(AgreementTermEvent.term_no))) == [1, 2, 3]


def test_a_terminated_agreement_gets_no_tacit_renewal_recorded(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TACIT, prepared)
    agreements.terminate(db, people["admin"], number, "The customer went bankrupt.")
    assert renewals.record_tacit_renewals(db, people["budi"], D(2030, 1, 1)) == 0
    assert renewals.standing(db, number, D(2026, 6, 1)).state is State.TERMINATED


def test_a_tacit_renewal_is_recorded_with_what_it_was_and_a_notice_on_a_term_does_not_count_as_its_renewal(
        db: Database, prepared: Drafted) -> None:
    today = clock.today()
    terms = Terms(today - dt.timedelta(days=800), 12, Renewal.TACIT, 6, notice=30)
    people, number = _signed_with(db, terms, prepared)
    third = terms.term(3)
    assert third is not None and third.start <= today <= third.notice_deadline  # in its third renewal, notice still due
    renewals.give_notice(db, people["anna"], number, by="customer", given_on=today, reason="price")  # for term 3's end
    assert renewals.record_tacit_renewals(db, people["budi"], today) == 3  # 1, 2 and 3: the notice is no renewal
    with db.read() as session:
        stored = [(e.kind, e.term_no, e.party, e.given_on, e.effective, e.reason, e.detail)
                  for e in session.scalars(select(AgreementTermEvent).order_by(AgreementTermEvent.id))]
        audited = [(e.entity_type, json.loads(e.detail)) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "agreement.renew").order_by(AuditEvent.id))]
    first, second = terms.term(1), terms.term(2)
    assert first is not None and second is not None
    previous = {1: terms.term(0), 2: first, 3: second}
    assert stored[1:] == [("renewed", n, "", previous[n].notice_deadline + dt.timedelta(days=1),  # type: ignore[union-attr]
                           term.start, "tacit", "") for n, term in ((1, first), (2, second), (3, third))]
    assert audited[0] == ("agreement", {"number": number, "term": 1, "begins": first.start.isoformat(), "tacit": True})
    assert len(audited) == 3


def test_an_agreement_in_its_first_renewed_term_has_that_renewal_recorded(db: Database, prepared: Drafted) -> None:
    today = clock.today()
    people, number = _signed_with(db, Terms(today - dt.timedelta(days=400), 12, Renewal.TACIT, 12, notice=30), prepared)
    assert renewals.standing(db, number, today).term.number == 1
    assert renewals.record_tacit_renewals(db, people["anna"], today) == 1
