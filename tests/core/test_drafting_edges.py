"""Drafting and reading agreements (core.drafting), the edges: what a refused draft leaves behind, numbers past
9999, several open requirements named at once, a document priced in two currencies, and a version read with
its reviews, rounds, signing order and signatures."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from slamdesk.core import agreements, audit, catalogue, clauses, customers, register, requirements
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.catalogue import level_input
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.lifecycle import SIGNED_STATES, Status
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor, Role
from tests.raw import raw

from .helpers import priced_document, sessions_opened
from .workflow import Drafted, drafted, events, team

pytestmark = pytest.mark.prepared(build=drafted)

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


def test_lines_are_not_redrawn_from_a_document_priced_in_two_currencies(db: Database, prepared: Drafted) -> None:
    people, number = prepared
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


def test_a_version_reads_with_its_reviews_rounds_signing_order_and_signatures(db: Database, prepared: Drafted) -> None:
    people, number = prepared
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



def _stored_counts(db: Database) -> dict[str, int]:
    with raw(db) as sql:
        return {table: sql.rows(f"SELECT count(*) FROM {table}")[0][0] for table in ("clause", "agreement", "audit_event")}


def test_a_draft_that_fails_at_its_last_step_leaves_no_library_clause_agreement_or_event_behind(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    before = _stored_counts(db)
    assert before["clause"] == 0  # a new database: the draft would put the standard clauses in the library
    record = audit.record

    def failing_last(session: Session, actor: Actor, action: str, *args: Any, **detail: Any) -> None:
        if action == "agreement.draft":
            raise RuntimeError("the disk is full")
        record(session, actor, action, *args, **detail)

    monkeypatch.setattr(audit, "record", failing_last)
    with pytest.raises(RuntimeError, match="the disk is full"):
        _draft(db, people["anna"], document_id)
    assert _stored_counts(db) == before


def test_a_draft_is_one_transaction_and_every_event_it_writes_names_the_person_drafting(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    already = len(events(db))
    opened = sessions_opened(db, monkeypatch)
    number = _draft(db, people["anna"], document_id)
    assert opened == ["unit_of_work"]
    monkeypatch.undo()
    written = events(db)[already:]
    assert [action for _, action, *_ in written].count("clause.save") == 20  # the standard clauses, five languages
    assert {who for who, *_ in written} == {"anna"}
    assert written[-1][1] == "agreement.draft" and written[-1][4] == {"number": number}


def test_redrawing_a_drafts_lines_is_one_transaction(db: Database, monkeypatch: pytest.MonkeyPatch, prepared: Drafted) -> None:
    people, number = prepared
    document_id = priced_document(db, people["anna"])
    opened = sessions_opened(db, monkeypatch)
    assert agreements.redraft_lines(db, people["anna"], number, document_id) == 2
    assert opened == ["unit_of_work"]


def test_a_version_reads_only_its_own_reviews_signatures_and_signing_order_and_its_targets_hours_as_stored(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    signed = [row.number for row in register.list_agreements(demo_db) if row.status in (Status.SIGNED, Status.ACTIVE)]
    assert len(signed) >= 2
    for number in signed[:2]:
        detail = agreements.get_agreement(demo_db, number)
        with raw(demo_db) as sql:
            stored = sql.rows(
                "SELECT r.decision FROM review_decision r JOIN agreement_version v ON v.id = r.version_id"
                " JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n AND v.version_no = :v ORDER BY r.id",
                {"n": number, "v": detail.version_no},
            )
        assert [review.decision for review in detail.reviews] == [decision for (decision,) in stored] != []
        assert sorted(s.party for s in detail.signatures) == ["customer", "provider"]
    open_numbers = [row.number for row in register.list_agreements(demo_db) if row.status not in SIGNED_STATES][:2]
    assert len(open_numbers) == 2
    for index, number in enumerate(open_numbers):
        agreements.set_signatories(demo_db, people["anna"], number, [
            SignatoryInput("provider", f"Provider {index}", "Director"), SignatoryInput("customer", f"Customer {index}", "CEO"),
        ])
    for index, number in enumerate(open_numbers):
        assert [s.name for s in agreements.get_agreement(demo_db, number).signatories] == [f"Provider {index}", f"Customer {index}"]
    with raw(demo_db) as sql:
        rows = sql.rows("SELECT a.number, l.position, l.targets FROM agreement_line l JOIN agreement_version v"
                        " ON v.id = l.version_id JOIN agreement a ON a.id = v.agreement_id"
                        " WHERE v.version_no = a.current_version_no ORDER BY a.number, l.position")
    in_business_hours = [(number, position) for number, position, targets in rows if "true" in str(targets).lower()]
    assert in_business_hours  # the demo's Bronze and Silver levels count business hours
    number, position = in_business_hours[0]
    line = agreements.get_agreement(demo_db, number).lines[position - 1]
    assert line.targets and all(business for *_, business in line.targets)


def test_the_register_search_finds_a_redrawn_draft_by_its_new_lines(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    rep = people["anna"]
    services = {s.code: s for s in catalogue.list_services(db)}
    customer = customers.find_customer(db, "ТОВ «Одеські порти»")
    assert customer is not None
    document = requirements.create_requirements(
        db, rep, customer_id=customer.id, requirements=[RequirementInput(services["SD"].id, "Херсонський порт", "24x7", ("P1",), users=30)],
    )
    gold = next(level.id for level in services["SD"].levels if level.name == "Gold")
    requirements.choose_levels(db, rep, document.id, {document.items[0].id: gold}, row_version=document.row_version)
    assert [row.number for row in register.list_agreements(db, search="Херсонський")] == []
    agreements.redraft_lines(db, rep, number, document.id)
    assert [row.number for row in register.list_agreements(db, search="Херсонський")] == [number]


def test_a_made_up_role_is_refused_before_the_document_is_looked_at(db: Database) -> None:
    people = team(db)
    services = {s.code: s for s in catalogue.list_services(db)}
    customer = customers.create_customer(db, people["anna"], name="Sundsvall Hamn AB", country="SE", language="sv",
                                         contact_name="Karin Berg")
    unpriced = requirements.create_requirements(
        db, people["anna"], customer_id=customer.id, requirements=[RequirementInput(services["SD"].id, "Hamnen", "24x7", ("P1",))],
    )
    forged = dataclasses.replace(people["linh"], role=Role.REPRESENTATIVE)  # a legal reviewer claiming more
    with pytest.raises(PermissionDenied, match="is a legal reviewer, not a representative"):
        _draft(db, forged, unpriced.id)
