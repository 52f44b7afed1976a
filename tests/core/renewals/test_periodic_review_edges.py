"""Periodic reviews at their edges (``core.renewals.periodic_review``): what is due on an anniversary itself, with
several reviews held in any order, on the day before an anniversary; the attendees' limit at its edge; the statuses
that may be reviewed; the amendment a review names; what the history keeps, for this agreement only, in order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from slamdesk.core import agreements, clock, versions, words
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.renewals import schedule
from slamdesk.core.renewals.periodic_review import MAX_ATTENDEES, record_review, review_due, reviews_held
from slamdesk.core.renewals.terms import Renewal, Terms
from slamdesk.models import Agreement, AgreementSchedule, AuditEvent
from tests.core.renewals.test_periodic_review import TERMS
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import Drafted, drafted

# on SQLite: the feature's own tests run it on both backends (tests/conftest.py)
pytestmark = [pytest.mark.rule_edges, pytest.mark.prepared(build=drafted)]

D = dt.date


def test_on_an_anniversary_with_no_review_held_that_anniversary_is_due_not_the_one_before() -> None:
    assert review_due(TERMS, D(2027, 1, 1), ()) == D(2027, 1, 1)
    assert review_due(TERMS, D(2027, 1, 1), [D(2026, 7, 1)]) == D(2027, 1, 1)


def test_any_review_held_on_or_after_the_latest_anniversary_counts_whatever_the_order_given() -> None:
    held = [D(2026, 12, 1), D(2026, 6, 20)]
    assert review_due(TERMS, D(2026, 12, 15), held) == D(2027, 1, 1)
    assert review_due(TERMS, D(2026, 12, 15), iter(held)) == D(2027, 1, 1)
    assert review_due(TERMS, D(2026, 12, 15), [D(2026, 6, 20), D(2026, 5, 1)]) == D(2026, 7, 1)


def test_a_review_held_today_moves_on_only_when_today_is_itself_an_anniversary() -> None:
    # held on the day before the anniversary: that anniversary is still the one due
    assert review_due(TERMS, D(2026, 6, 30), [D(2026, 6, 30)]) == D(2026, 7, 1)
    # held today, an anniversary, with older reviews given after it: the next anniversary
    assert review_due(TERMS, D(2027, 1, 1), [D(2027, 1, 1), D(2026, 7, 1), D(2026, 6, 1)]) == D(2027, 7, 1)


def test_reviews_every_month_or_every_year_fall_on_their_own_anniversaries() -> None:
    monthly = Terms(D(2026, 1, 31), 12, Renewal.TACIT, 12, review_months=1)
    assert review_due(monthly, D(2026, 3, 15), ()) == D(2026, 2, 28)
    assert review_due(monthly, D(2026, 3, 15), [D(2026, 3, 1)]) == D(2026, 3, 31)
    yearly = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, review_months=12)
    assert review_due(yearly, D(2026, 12, 31), ()) == D(2027, 1, 1)


def test_fifty_attendees_are_recorded_and_the_fifty_first_is_refused(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    names = [f"Attendee {n}" for n in range(MAX_ATTENDEES + 1)]
    with pytest.raises(ValidationError, match="at most 50") as refused:
        record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=names, decision="keep",
                      today=D(2026, 7, 1))
    assert refused.value.field == "attendees"
    held = record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=names[:MAX_ATTENDEES],
                         decision="keep", today=D(2026, 7, 1))
    assert held.attendees == tuple(names[:MAX_ATTENDEES]) and held.notes == ""
    assert reviews_held(db, number) == [held]


def test_a_review_held_today_is_recorded_and_one_after_today_is_refused(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    today = clock.today()
    with pytest.raises(ValidationError, match="in the future"):
        record_review(db, people["anna"], number, held_on=today + dt.timedelta(days=1), attendees=["Anna"],
                      decision="keep")
    assert record_review(db, people["anna"], number, held_on=today, attendees=["Anna"], decision="keep").held_on == today


def test_a_draft_is_not_reviewed_and_an_unknown_agreement_is_named(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with pytest.raises(ValidationError, match=f"{number} is not signed yet: there is nothing to review") as refused:
        record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="keep",
                      today=D(2026, 7, 1))
    assert refused.value.field == "number"
    with pytest.raises(NotFoundError, match="no agreement 'SLA-1999-0001'"):
        record_review(db, people["anna"], "SLA-1999-0001", held_on=D(2026, 7, 1), attendees=["Anna"], decision="keep")


@pytest.mark.parametrize("step", ["activate", "terminate"])
def test_an_active_or_terminated_agreement_is_reviewed(db: Database, step: str, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    if step == "activate":
        agreements.activate(db, people["anna"], number)
    else:
        agreements.terminate(db, people["admin"], number, "The customer moved on.")
    held = record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="terminate",
                         today=D(2026, 7, 1))
    assert reviews_held(db, number) == [held]


def test_a_review_that_amended_the_terms_names_its_amendment_and_never_the_version_in_force(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    for version_no in (1, 3):
        with pytest.raises(ValidationError, match=f"no amendment version {version_no} after the version in force \\(1\\)"):
            record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="amend_terms",
                          amendment_version=version_no, today=D(2026, 7, 1))
    versions.amend(db, people["anna"], number, "Notice of 60 days, as the review decided.")
    with pytest.raises(ValidationError, match="no amendment version 1 after"):
        record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="amend_terms",
                      amendment_version=1, today=D(2026, 7, 1))
    held = record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="amend_terms",
                         amendment_version=2, today=D(2026, 7, 1))
    assert reviews_held(db, number) == [held] and held.amendment_version == 2
    with db.read() as session:
        agreement_id = session.scalars(select(Agreement.id).where(Agreement.number == number)).one()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.periodic_review")).one()
    assert (event.entity_type, event.entity_id) == ("agreement", agreement_id)


def test_reviews_held_are_listed_oldest_first_then_as_recorded_and_only_the_agreements_own(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    _people, other = _signed_with(db, TERMS)
    record = {"attendees": ["Anna"], "today": D(2026, 12, 1)}
    late = record_review(db, people["anna"], number, held_on=D(2026, 9, 1), decision="keep", **record)  # type: ignore[arg-type]
    first = record_review(db, people["anna"], number, held_on=D(2026, 7, 1), decision="terminate", **record)  # type: ignore[arg-type]
    second = record_review(db, people["anna"], number, held_on=D(2026, 7, 1), decision="keep", **record)  # type: ignore[arg-type]
    theirs = record_review(db, people["anna"], other, held_on=D(2026, 8, 1), decision="keep", **record)  # type: ignore[arg-type]
    assert reviews_held(db, number) == [first, second, late]
    assert reviews_held(db, other) == [theirs]
    assert reviews_held(db, "SLA-1999-0001") == []


@pytest.mark.parametrize(("changes", "words"), [
    ({"attendees": ["x" * 500]}, "an attendee's name can be at most"),
    ({"attendees": ["Anna", "  "]}, "an attendee's name cannot be empty"),
    ({"notes": "x" * 6000}, "the notes can be at most 5,000 characters"),
])
def test_a_refusal_names_the_value_it_is_about(db: Database, changes: dict[str, object], words: str, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    given: dict[str, object] = {"held_on": D(2026, 7, 1), "attendees": ["Anna"], "decision": "keep",
                                "today": D(2026, 7, 1)} | changes
    with pytest.raises(ValidationError, match=words):
        record_review(db, people["anna"], number, **given)  # type: ignore[arg-type]


def test_the_administrator_records_a_review_and_a_legal_reviewer_is_told_what_they_cannot_do(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    with pytest.raises(PermissionDenied, match="cannot record periodic reviews; needs: administrator, quality checker, "
                                               "representative"):
        record_review(db, people["linh"], number, held_on=D(2026, 7, 1), attendees=["Linh"], decision="keep")
    held = record_review(db, people["admin"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="keep",
                         today=D(2026, 7, 1))
    assert reviews_held(db, number) == [held]


def test_the_registers_stored_standing_moves_to_the_next_review_once_one_is_held_and_the_history_names_the_agreement(
        db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    today = clock.today()
    with db.read() as session:
        agreement_id = session.scalars(select(Agreement.id).where(Agreement.number == number)).one()
    schedule.refresh(db, today)
    record_review(db, people["anna"], number, held_on=today, attendees=["Anna"], decision="keep")
    with db.read() as session:
        stored = session.scalars(select(AgreementSchedule.next_review)
                                 .where(AgreementSchedule.agreement_id == agreement_id)).one()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.periodic_review")).one()
    assert stored == review_due(TERMS, today, [today]) != review_due(TERMS, today, ())
    assert json.loads(event.detail)["number"] == number


def test_once_an_amendment_is_signed_it_is_the_version_in_force_and_no_review_names_it_as_its_amendment(
    db: Database, prepared: Drafted,
) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    versions.amend(db, people["anna"], number, "Notice of 60 days, as the review decided.")
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    with pytest.raises(ValidationError, match="no amendment version 2 after the version in force \\(2\\)"):
        record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="amend_terms",
                      amendment_version=2, today=D(2026, 7, 1))
    assert reviews_held(db, number) == []


def test_who_may_not_record_reviews_is_told_so_before_what_is_wrong_with_the_review(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    with pytest.raises(PermissionDenied, match="cannot record periodic reviews; needs"):
        record_review(db, people["linh"], number, held_on=D(2026, 7, 1), attendees=[], decision="maybe",
                      today=D(2026, 7, 1))
    read_only = Database(db.path, db.engine, read_only="the file is read-only")  # nor that nothing can be saved
    with pytest.raises(PermissionDenied, match="cannot record periodic reviews; needs"):
        record_review(read_only, people["linh"], number, held_on=D(2026, 7, 1), attendees=["Linh"], decision="keep",
                      today=D(2026, 7, 1))
    assert reviews_held(db, number) == []


def test_a_review_is_recorded_by_the_profiles_name_as_stored_not_as_it_was_at_sign_in(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    signed_in_earlier = dataclasses.replace(people["anna"], display_name="Anna L.")  # renamed since
    held = record_review(db, signed_in_earlier, number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="keep",
                         today=D(2026, 7, 1))
    assert held.recorded_by == "Anna Lindqvist"
    assert reviews_held(db, number) == [held]


def test_too_many_attendees_are_refused_in_the_persons_language(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    names = [f"Deltagare {n}" for n in range(MAX_ATTENDEES + 1)]
    try:
        words.set_language("sv")
        with pytest.raises(ValidationError) as refused:
            record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=names, decision="keep",
                          today=D(2026, 7, 1))
    finally:
        words.set_language("en")
    assert (str(refused.value), refused.value.field) == ("ange varje deltagare en gång (högst 50)", "attendees")


def test_a_draft_is_not_reviewed_even_beside_a_signed_agreement_with_the_same_version_numbers(db: Database, prepared: Drafted) -> None:
    people, draft = prepared
    _people, signed = _signed_with(db, TERMS)  # its version 1 is signed; the draft's version 1 is not
    with pytest.raises(ValidationError, match=f"^{draft} is not signed yet: there is nothing to review$"):
        record_review(db, people["anna"], draft, held_on=D(2026, 7, 1), attendees=["Anna"], decision="keep",
                      today=D(2026, 7, 1))
    assert reviews_held(db, draft) == [] and reviews_held(db, signed) == []
