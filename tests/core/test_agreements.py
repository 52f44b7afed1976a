from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, register
from slamdesk.core.audit import verify_chain
from slamdesk.core.db import Database
from slamdesk.core.errors import FrozenError, PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from tests.raw import raw

from .helpers import draft, priced_document
from .workflow import drafted, team


def _sign_both(db: Database, rep: Actor, customer_desk: Actor, number: str) -> None:
    """The provider's signature recorded by the representative, the customer's by a customer signatory."""
    agreements.sign(db, rep, number, party="provider", signer_name="Anna Lindqvist", signer_title="Account manager")
    agreements.sign(db, customer_desk, number, party="customer", signer_name="Ірина Бондаренко", signer_title="Директорка")


def test_draft_prices_every_line_from_the_chosen_level(db: Database) -> None:
    people = team(db)
    number = draft(db, people["anna"])
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.DRAFT
    assert [(line.service_name, line.level_name, line.quantity) for line in detail.lines] == [
        ("Service desk", "Gold", 25), ("Network monitoring", "Gold", 2)
    ]
    assert detail.lines[0].line_total == Decimal("975.00")  # 25 users x 39.00
    assert detail.lines[1].line_total == Decimal("1440.00")  # 400.00 fixed + 2 sites x 520.00
    assert detail.monthly_total == Decimal("975.00") + Decimal("1440.00")
    assert detail.lines[0].targets == (("P1", 15, 60, False), ("P2", 30, 180, False))
    assert detail.customer_name == "ТОВ «Одеські порти»" and detail.language == "uk"


def test_full_lifecycle_to_termination(db: Database) -> None:
    people = team(db)
    rep, reviewer = people["anna"], people["linh"]
    number = draft(db, rep)
    agreements.submit_for_review(db, rep, number)
    agreements.approve(db, reviewer, number, "OK")
    _sign_both(db, rep, people["sofia"], number)
    assert agreements.get_agreement(db, number).status is Status.SIGNED
    agreements.activate(db, rep, number)
    agreements.terminate(db, people["admin"], number, "Customer closed the office")  # for cause: the administrator
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.TERMINATED
    assert [(r.reviewer, r.decision) for r in detail.reviews] == [("Trần Thị Linh", "approved")]
    with db.read() as session:
        assert verify_chain(session).intact


def test_changes_requested_goes_back_to_draft(db: Database) -> None:
    people = team(db)
    rep, checker = people["anna"], people["budi"]
    number = draft(db, rep)
    agreements.submit_for_review(db, rep, number)
    with pytest.raises(ValidationError):
        agreements.request_changes(db, checker, number, "   ")
    agreements.request_changes(db, checker, number, "Availability for P1 is missing")
    assert agreements.get_agreement(db, number).status is Status.CHANGES_REQUESTED
    agreements.revise(db, rep, number)
    assert agreements.get_agreement(db, number).status is Status.DRAFT


@pytest.mark.parametrize(
    ("step", "error"),
    [
        (lambda db, p, n: agreements.approve(db, p["linh"], n), TransitionError),  # not in review yet
        (lambda db, p, n: agreements.activate(db, p["anna"], n), TransitionError),
        (lambda db, p, n: agreements.terminate(db, p["anna"], n, "x"), TransitionError),
        (lambda db, p, n: agreements.submit_for_review(db, p["linh"], n), PermissionDenied),
        (lambda db, p, n: agreements.sign(db, p["anna"], n, party="provider", signer_name="A", signer_title="B"),
         TransitionError),
    ],
)
def test_forbidden_steps_on_a_draft_change_nothing(db: Database, step, error) -> None:
    people = team(db)
    number = draft(db, people["anna"])
    with pytest.raises(error):
        step(db, people, number)
    assert agreements.get_agreement(db, number).status is Status.DRAFT


def test_author_cannot_approve_own_draft_and_checker_cannot_sign(db: Database) -> None:
    people = team(db)
    admin = people["admin"]
    number = draft(db, admin)
    agreements.submit_for_review(db, admin, number)
    with pytest.raises(PermissionDenied, match="another person"):
        agreements.approve(db, admin, number)
    agreements.approve(db, people["budi"], number)
    with pytest.raises(PermissionDenied):
        agreements.sign(db, people["budi"], number, party="provider", signer_name="B", signer_title="QC")


def test_signing_freezes_content_and_the_database_refuses_changes(db: Database) -> None:
    people = team(db)
    rep = people["anna"]
    number = draft(db, rep)
    agreements.submit_for_review(db, rep, number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, rep, number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.APPROVED and detail.unsigned_parties == ("customer",)
    assert detail.content_sha256 is not None and len(detail.content_sha256) == 64
    with pytest.raises(TransitionError, match="signed this version already"):
        agreements.sign(db, rep, number, party="provider", signer_name="Anna", signer_title="AM")
    with pytest.raises(FrozenError):
        with db.unit_of_work() as session:
            session.execute(text("UPDATE agreement_version SET end_date = '2099-01-01' WHERE content_sha256 IS NOT NULL"))
    with pytest.raises(FrozenError):
        with db.unit_of_work() as session:
            session.execute(text("UPDATE agreement_line SET line_total = 0"))
    assert agreements.get_agreement(db, number).end_date == dt.date(2028, 12, 31)


def test_bad_draft_input_stores_nothing(db: Database) -> None:
    people = team(db)
    rep = people["anna"]
    document_id = priced_document(db, rep)
    before = register.count_agreements(db)
    with pytest.raises(ValidationError) as caught:
        agreements.create_draft(
            db, rep, requirements_document_id=document_id, title="X",
            start_date=dt.date(2027, 1, 1), end_date=dt.date(2026, 1, 1),
        )
    assert caught.value.field == "end_date"
    with pytest.raises(ValidationError) as caught:
        agreements.create_draft(
            db, rep, requirements_document_id=document_id, title="  ",
            start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 1, 1),
        )
    assert caught.value.field == "title"
    assert register.count_agreements(db) == before


def test_audit_log_is_append_only_and_tampering_is_detected(db: Database) -> None:
    drafted(db)
    with pytest.raises(Exception, match="append-only"):
        with db.unit_of_work() as session:
            session.execute(text("DELETE FROM audit_event WHERE id = 3"))
    with raw(db) as connection:
        connection.drop_triggers()
        connection.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 5")
    with db.read() as session:
        report = verify_chain(session)
    assert not report.intact and report.first_bad_id == 5
