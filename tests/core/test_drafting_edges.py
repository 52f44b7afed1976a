"""Drafting and reading agreements (core.drafting), the edges: what a refused draft leaves behind, numbers past
9999, several open requirements named at once, a document priced in two currencies, and a version read with
its reviews, rounds, signing order and signatures."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, catalogue, clauses, customers, register, requirements
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.catalogue import level_input
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor

from .helpers import priced_document
from .workflow import drafted, events, team

START, END = dt.date(2027, 1, 1), dt.date(2028, 12, 31)
TODAY = dt.date(2026, 11, 23)


def _draft(db: Database, actor: Actor, document_id: int, **changes: object) -> str:
    values: dict[str, object] = dict(requirements_document_id=document_id, title="IT operations", start_date=START,
                                     end_date=END)
    values.update(changes)
    return agreements.create_draft(db, actor, **values)  # type: ignore[arg-type]


def test_someone_who_may_not_draft_is_told_so_first_and_leaves_nothing_behind(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    before = events(db)
    with pytest.raises(PermissionDenied, match="draft agreements"):
        _draft(db, people["linh"], document_id, title=" ")  # the role is refused before the input is looked at
    assert events(db) == before and clauses.library(db) == []  # not even the standard clauses were put in the library
    assert register.count_agreements(db) == 0


def test_numbers_go_on_past_9999(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    _draft(db, people["anna"], document_id)
    with db.unit_of_work() as session:
        session.execute(text("UPDATE agreement SET number = 'SLA-2027-9999'"))
    assert _draft(db, people["anna"], document_id) == "SLA-2027-10000"
    assert _draft(db, people["anna"], document_id) == "SLA-2027-10001"
    with db.read() as session:
        assert agreements.last_sequence(session, 2027) == 10001


def test_every_open_requirement_is_named_at_once(db: Database) -> None:
    people = team(db)
    customer = customers.create_customer(db, people["anna"], name="Växjö Bostäder AB", country="SE", language="sv",
                                         contact_name="Björn Ångström")
    services = {s.code: s for s in catalogue.list_services(db)}
    document = requirements.create_requirements(db, people["anna"], customer_id=customer.id, requirements=[
        RequirementInput(services["SD"].id, "Växjö", "24x7", ("P1",), users=25),
        RequirementInput(services["NET"].id, "Alvesta", "24x7", ("P1",), sites=1),
    ])
    with pytest.raises(ValidationError) as caught:
        _draft(db, people["anna"], document.id)
    assert (caught.value.field, str(caught.value)) == (
        "level", "trace and price requirement 1 (unpriced), 2 (unpriced) first: choose a level it can have, "
        "or mark it infeasible"
    )


def _reprice_in(db: Database, admin: Actor, code: str, currency: str) -> None:
    """The catalogue's ``code`` levels moved to ``currency`` after a document chose one of them."""
    service = next(s for s in catalogue.list_services(db) if s.code == code)
    levels = [dataclasses.replace(level_input(level), currency=currency) for level in service.levels]
    catalogue.update_service(db, admin, service.id, row_version=service.row_version, code=service.code, name=service.name,
                             description=service.description, levels=levels)


def test_a_document_priced_in_two_currencies_is_not_drafted_and_names_both(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    _reprice_in(db, people["admin"], "NET", "SEK")  # the document's second line is now priced in SEK
    with pytest.raises(ValidationError) as caught:
        _draft(db, people["anna"], document_id)
    assert (caught.value.field, str(caught.value)) == (
        "level", "the document is priced in EUR, SEK; an agreement is priced in one currency"
    )
    assert register.count_agreements(db) == 0


def test_lines_are_not_redrawn_from_a_document_priced_in_two_currencies(db: Database) -> None:
    people, number = drafted(db)
    document_id = agreements.requirements_document_of(db, number)
    assert document_id is not None
    before = agreements.get_agreement(db, number)
    _reprice_in(db, people["admin"], "NET", "SEK")
    with pytest.raises(ValidationError) as caught:
        agreements.redraft_lines(db, people["anna"], number, document_id)
    assert (caught.value.field, str(caught.value)) == (
        "requirements_document", "the document is priced in EUR, SEK; the agreement is in EUR"
    )
    assert agreements.get_agreement(db, number) == before


def test_a_version_reads_with_its_reviews_rounds_signing_order_and_signatures(db: Database) -> None:
    people, number = drafted(db)
    linh, budi = people["linh"], people["budi"]
    agreements.submit_for_review(db, people["anna"], number)
    agreements.request_changes(db, budi, number, " Missing P3. ")
    agreements.revise(db, people["anna"], number)
    agreements.submit_for_review(db, people["anna"], number, reviewers=[
        ReviewerInput(linh.id, "legal_reviewer", TODAY), ReviewerInput(budi.id, "quality_checker", TODAY)
    ], today=TODAY)
    agreements.approve(db, budi, number, "Fine.")
    agreements.approve(db, linh, number, comments=[("pricing", "Good.")])
    agreements.set_signatories(db, people["anna"], number, [
        SignatoryInput("provider", "Anna Lindqvist", "Account manager", 2),
        SignatoryInput("customer", "Петро Шевчук", "Фінансовий директор", 1),
        SignatoryInput("customer", "Ірина Бондаренко", "Директорка", 1),
    ])
    detail = agreements.get_agreement(db, number)
    assert [(r.reviewer, r.role, r.decision, r.comment) for r in detail.reviews] == [
        ("Budi Santoso", "quality_checker", "changes_requested", "Missing P3."),
        ("Budi Santoso", "quality_checker", "approved", "Fine."),
        ("Trần Thị Linh", "legal_reviewer", "approved", ""),
    ]
    assert all(r.decided_at.tzinfo is not None for r in detail.reviews)
    assert [(r.number, r.version_no, r.status, [(a.reviewer, a.decision) for a in r.assignments]) for r in detail.rounds] == [
        (1, 1, "approved", [("Trần Thị Linh", "approved"), ("Budi Santoso", "approved")])
    ]
    assert [(s.party, s.name, s.title, s.group, s.signed_at) for s in detail.signatories] == [
        ("customer", "Петро Шевчук", "Фінансовий директор", 1, None), ("customer", "Ірина Бондаренко", "Директорка", 1, None),
        ("provider", "Anna Lindqvist", "Account manager", 2, None),
    ]
    petro, iryna, anna = detail.signatories
    for signer, who in ((iryna, people["sofia"]), (petro, people["sofia"])):
        agreements.sign(db, who, number, party="customer", signer_name=signer.name, signer_title=signer.title,
                        signatory_id=signer.id)
    with db.read() as session:  # the live rows, before the sealed content takes over what is shown
        version = agreements.current_version(session, number)
        live = agreements.live_detail(session, version)
        order = agreements.signatory_views(session, version.id)
    assert live.status is Status.APPROVED and order == live.signatories
    assert [(s.name, s.signed_at is not None) for s in order] == [
        ("Петро Шевчук", True), ("Ірина Бондаренко", True), ("Anna Lindqvist", False)
    ]
    assert [(s.party, s.name, s.title) for s in live.signatures] == [
        ("customer", "Ірина Бондаренко", "Директорка"), ("customer", "Петро Шевчук", "Фінансовий директор")
    ]
    assert all(s.signed_at.tzinfo is not None for s in live.signatures)
    agreements.sign(db, people["anna"], number, party="provider", signer_name=anna.name, signer_title=anna.title,
                    signatory_id=anna.id)
    signed = agreements.get_agreement(db, number)
    assert signed.status is Status.SIGNED and [s.name for s in signed.signatures] == [
        "Ірина Бондаренко", "Петро Шевчук", "Anna Lindqvist"
    ]
    assert signed.monthly_total == Decimal("2415.00")

