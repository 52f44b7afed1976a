"""Drafting and reading agreements (core.drafting, re-exported by core.agreements): numbering, what a
draft takes from its priced requirements, what is refused, redrawing a draft's lines, and a version as
the faces read it."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, catalogue, customers, register, requirements, users
from slamdesk.core.catalogue import LevelInput
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor, Role

from .helpers import draft, priced_document
from .workflow import Drafted, drafted, events, team

pytestmark = pytest.mark.prepared(build=drafted)

START, END = dt.date(2027, 1, 1), dt.date(2028, 12, 31)


def _draft(db: Database, actor: Actor, document_id: int, **changes: object) -> str:
    values: dict[str, object] = dict(requirements_document_id=document_id, title="IT operations", start_date=START,
                                     end_date=END)
    values.update(changes)
    return agreements.create_draft(db, actor, **values)  # type: ignore[arg-type]


def _stored_lines(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        rows = session.execute(text(
            "SELECT l.position, l.requirement_id, l.service_level_id, l.service_name, l.level_name, l.site,"
            " l.coverage, l.priorities, l.quantity, l.unit_price, l.line_total, l.availability_pct, l.targets"
            " FROM agreement_line l ORDER BY l.version_id, l.position"))
        # SQLite hands the JSON column back as its text, PostgreSQL already parsed
        return [(*row[:-1], json.loads(row[-1]) if isinstance(row[-1], str) else row[-1]) for row in rows]


def test_a_draft_takes_every_priced_requirement_as_a_line_with_the_chosen_levels_terms(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    with db.unit_of_work() as session:
        session.execute(text("UPDATE requirements_document SET tax_rate_pct = 200000"))
    number = _draft(db, people["anna"], document_id, kind="internal_sla", title="  Угода  ")
    assert number == "SLA-2027-0001"
    document = requirements.get_requirements(db, document_id)
    services = {s.code: s for s in catalogue.list_services(db)}
    gold = {code: next(level for level in services[code].levels if level.name == "Gold") for code in ("SD", "NET")}
    assert _stored_lines(db) == [
        (1, document.items[0].id, gold["SD"].id, "Service desk", "Gold", "Одеса", "24x7", "P1, P2", 25, 390000,
         9750000, 999000, [["P1", 15, 60, False], ["P2", 30, 180, False]]),
        (2, document.items[1].id, gold["NET"].id, "Network monitoring", "Gold", "Одеса, порт", "24x7", "P1", 2,
         5200000, 14400000, 999500, [["P1", 5, 20, False]]),
    ]
    detail = agreements.get_agreement(db, number)
    assert (detail.number, detail.title, detail.kind, detail.currency, detail.language) == (
        number, "Угода", "internal_sla", "EUR", "uk"
    )
    assert (detail.customer_name, detail.customer_country, detail.contact_name, detail.contact_title,
            detail.contact_email) == ("ТОВ «Одеські порти»", "UA", "Ірина Бондаренко", "Директорка", "")
    assert (detail.version_no, detail.status, detail.start_date, detail.end_date) == (1, Status.DRAFT, START, END)
    assert (detail.monthly_total, detail.tax_rate_pct, detail.author) == (
        Decimal("2415.00"), Decimal("20"), "Anna Lindqvist"
    )
    assert detail.lines[0].targets == (("P1", 15, 60, False), ("P2", 30, 180, False))
    assert detail.lines[1].unit_price == Decimal("520.00") and detail.lines[1].availability_pct == Decimal("99.95")
    assert (detail.reviews, detail.signatures, detail.signatories, detail.rounds, detail.content_sha256) == (
        (), (), (), (), None
    )
    assert [c.key for c in detail.clauses] == ["change_management", "service_credits", "termination", "periodic_review"]
    assert agreements.requirements_document_of(db, number) == document_id
    with db.read() as session:
        assert session.execute(text("SELECT current_version_no FROM agreement")).scalar_one() == 1
    (event,) = events(db, "agreement.draft")
    assert event[:3] + (event[4],) == ("anna", "agreement.draft", "agreement", {"number": number})
    assert [row.number for row in register.list_agreements(db, RegisterFilter(search="Одеса порт"))] == [number]
    assert len(events(db, "clause.save")) == 20  # the standard clauses were put in the library first


def test_numbers_count_per_start_year_from_one(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    made = [_draft(db, people["admin"], document_id, start_date=dt.date(year, 3, 1), end_date=dt.date(year + 1, 1, 1))
            for year in (2027, 2027, 2028, 2027)]
    assert made == ["SLA-2027-0001", "SLA-2027-0002", "SLA-2028-0001", "SLA-2027-0003"]
    with db.unit_of_work() as session:
        session.execute(text("UPDATE agreement SET number = 'SLA-2027-0041' WHERE number = 'SLA-2027-0002'"))
        session.execute(text("UPDATE agreement SET number = 'OLD-2027-0900' WHERE number = 'SLA-2028-0001'"))
        assert agreements.last_sequence(session, 2027) == 41
        assert agreements.last_sequence(session, 2028) == 0
        assert agreements.last_sequence(session, 2029) == 0
    assert _draft(db, people["anna"], document_id) == "SLA-2027-0042"
    assert agreements.agreement_number(2027, 7) == "SLA-2027-0007"
    assert agreements.agreement_number(2031, 12345) == "SLA-2031-12345"


def test_only_representatives_and_administrators_draft(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    for who in ("linh", "budi", "sofia"):
        with pytest.raises(PermissionDenied, match="draft agreements"):
            _draft(db, people[who], document_id)
    assert register.count_agreements(db) == 0
    assert _draft(db, people["admin"], document_id) == "SLA-2027-0001"


def test_a_representative_whose_role_was_taken_away_cannot_draft(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    with db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET role = 'quality_checker' WHERE username = 'anna'"))
    with pytest.raises(PermissionDenied, match="is a quality checker, not a representative; sign in again"):
        _draft(db, people["anna"], document_id)  # the stored role counts, not the one claimed
    assert register.count_agreements(db) == 0


REFUSED_DRAFTS = [
    ({"title": " "}, "title", "the agreement needs a title"),
    ({"title": "t" * 301}, "title", "the title can be at most 300 characters (this one has 301)"),
    ({"title": "A\x00B"}, "title", "the title contains a control character"),
    ({"kind": "sla"}, "kind", "the kind of agreement is one of customer_sla, internal_sla, ola, underpinning_contract"),
    ({"kind": None}, "kind", "the kind of agreement is one of customer_sla, internal_sla, ola, underpinning_contract"),
    ({"end_date": START}, "end_date", "the end date must come after the start date"),
    ({"end_date": START - dt.timedelta(days=1)}, "end_date", "the end date must come after the start date"),
]


def test_each_refused_draft_names_its_field_and_stores_nothing(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    for changes, field, message in REFUSED_DRAFTS:
        with pytest.raises(ValidationError) as caught:
            _draft(db, people["anna"], document_id, **changes)
        assert caught.value.field == field and str(caught.value).startswith(message)
    assert register.count_agreements(db) == 0


def test_every_kind_of_agreement_is_drafted_and_ends_a_day_after_it_starts_at_the_earliest(db: Database) -> None:
    people = team(db)
    document_id = priced_document(db, people["anna"])
    assert agreements.KINDS == {"customer_sla": "Customer SLA", "internal_sla": "Internal SLA",
                                "ola": "Operational level agreement", "underpinning_contract": "Underpinning contract"}
    for kind in agreements.KINDS:
        number = _draft(db, people["anna"], document_id, kind=kind, end_date=START + dt.timedelta(days=1))
        assert agreements.get_agreement(db, number).kind == kind


def _document(db: Database, rep: Actor, *, infeasible: bool = False, unpriced: bool = False) -> int:
    customer = customers.find_customer(db, "Växjö Bostäder AB") or customers.create_customer(
        db, rep, name="Växjö Bostäder AB", country="SE", language="sv", contact_name="Björn Ångström",
        contact_title="Driftansvarig", contact_email="bjorn@vaxjo.se",
    )
    services = {s.code: s for s in catalogue.list_services(db)}
    document = requirements.create_requirements(db, rep, customer_id=customer.id, requirements=[
        RequirementInput(services["SD"].id, "Växjö", "24x7", ("P1",), users=25),
        RequirementInput(services["NET"].id, "Alvesta", "24x7", ("P1",), sites=1),
    ])
    if infeasible:
        for item in document.items:
            document = requirements.mark_infeasible(db, rep, document.id, item.id, "technical", "No way",
                                                    row_version=document.row_version)
        return document.id
    gold = {code: next(level.id for level in services[code].levels if level.name == "Gold") for code in ("SD", "NET")}
    choices = {document.items[0].id: gold["SD"]} if unpriced else {
        document.items[0].id: gold["SD"], document.items[1].id: gold["NET"]
    }
    requirements.choose_levels(db, rep, document.id, choices, row_version=document.row_version)
    return document.id


def test_a_document_with_an_open_requirement_or_nothing_deliverable_is_not_drafted(db: Database) -> None:
    people = team(db)
    with pytest.raises(ValidationError) as caught:
        _draft(db, people["anna"], _document(db, people["anna"], unpriced=True))
    assert (caught.value.field, str(caught.value)) == (
        "level", "trace and price requirement 2 (unpriced) first: choose a level it can have, or mark it infeasible"
    )
    with pytest.raises(ValidationError) as caught:
        _draft(db, people["anna"], _document(db, people["anna"], infeasible=True))
    assert (caught.value.field, str(caught.value)) == ("level", "no requirement can be delivered; nothing to agree on")
    assert register.count_agreements(db) == 0


def test_a_fixed_fee_level_is_a_line_priced_by_its_fee_for_one(db: Database) -> None:
    people = team(db, services=("SD", "NET", "FLD"))
    customer = customers.create_customer(db, people["anna"], name="Växjö Bostäder AB", country="SE", language="sv",
                                         contact_name="Björn Ångström")
    field = next(s for s in catalogue.list_services(db) if s.code == "FLD")
    document = requirements.create_requirements(db, people["anna"], customer_id=customer.id, requirements=[
        RequirementInput(field.id, "Växjö", "Mon-Fri 08:00-17:00", ("P2",), items_per_month=4),
    ])
    level = next(level.id for level in field.levels if level.name == "Priority")
    requirements.choose_levels(db, people["anna"], document.id, {document.items[0].id: level},
                               row_version=document.row_version)
    line = agreements.get_agreement(db, _draft(db, people["anna"], document.id)).lines[0]
    assert (line.quantity, line.unit_price, line.line_total) == (1, Decimal("300.00"), Decimal("780.00"))  # + 4 x 120


def test_a_draft_of_a_customer_without_a_contact_reads_with_empty_contact_details(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.unit_of_work() as session:
        session.execute(text("DELETE FROM contact"))
    detail = agreements.get_agreement(db, number)
    assert (detail.contact_name, detail.contact_title, detail.contact_email) == ("", "", "")


def test_an_unknown_number_or_version_is_not_found_and_a_hostile_number_is_refused(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    for call in (agreements.get_agreement, agreements.requirements_document_of):
        with pytest.raises(NotFoundError, match="^no agreement numbered 'SLA-1999-0001'$"):
            call(db, "SLA-1999-0001")
        with pytest.raises(ValidationError) as caught:
            call(db, "SLA\x00")
        assert caught.value.field == "number" and str(caught.value).startswith("the agreement number contains")
        with pytest.raises(ValidationError, match="^the agreement number can be at most 40 characters"):
            call(db, "S" * 41)
    with pytest.raises(NotFoundError, match=f"^{number} has no version 2$"):
        agreements.get_agreement(db, number, 2)
    with pytest.raises(NotFoundError, match="^SLA-1999-0001 has no version 1$"):
        agreements.get_agreement(db, "SLA-1999-0001", 1)
    assert agreements.get_agreement(db, f" {number} ", 1) == agreements.get_agreement(db, number)


def test_an_earlier_version_is_read_as_it_was_sealed(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    signed = agreements.get_agreement(db, number)
    from slamdesk.core import versions

    versions.amend(db, people["anna"], number, "More")
    with db.unit_of_work() as session:
        session.execute(text("UPDATE agreement_line SET line_total = 1 WHERE version_id IN "
                             "(SELECT id FROM agreement_version WHERE version_no = 2)"))
    assert agreements.get_agreement(db, number, 1) == signed
    assert agreements.get_agreement(db, number).version_no == 2
    assert agreements.get_agreement(db, number, 2).lines[0].line_total == Decimal("0.0001")
    assert (signed.status, [s.party for s in signed.signatures]) == (Status.SIGNED, ["provider", "customer"])
    assert [(r.reviewer, r.role, r.decision) for r in signed.reviews] == [("Trần Thị Linh", "legal_reviewer", "approved")]


# ------------------------------------------------------------------------------------------ redraw lines


def test_a_draft_redraws_its_lines_and_tax_from_another_document_of_its_customer(db: Database) -> None:
    people = team(db)
    first = _document(db, people["anna"])
    number = _draft(db, people["anna"], first)
    second = _document(db, people["anna"], unpriced=False)
    with db.unit_of_work() as session:
        session.execute(text("UPDATE requirement SET site = 'Ljungby' WHERE document_id = :d"), {"d": second})
        session.execute(text("UPDATE requirement SET users = 30 WHERE document_id = :d AND users = 25"), {"d": second})
        session.execute(text("UPDATE requirements_document SET tax_rate_pct = 250000 WHERE id = :d"), {"d": second})
    version_id = agreements.get_agreement(db, number)  # noqa: F841  (read before the change)
    assert agreements.redraft_lines(db, people["admin"], number, second) == 2
    detail = agreements.get_agreement(db, number)
    assert [(line.site, line.quantity) for line in detail.lines] == [("Ljungby", 30), ("Ljungby", 1)]
    assert detail.monthly_total == sum(line.line_total for line in detail.lines) == Decimal("2090.00")  # 30 x 39.00 + 400.00 + 520.00
    assert detail.tax_rate_pct == Decimal("25")
    assert agreements.requirements_document_of(db, number) == second
    (event,) = events(db, "agreement.lines")
    assert event[:3] == ("admin", "agreement.lines", "agreement_version")
    assert event[4] == {"number": number, "requirements_document": second, "requirements_version": 2, "lines": 2,
                        "monthly_total": "2090.00"}
    assert [r.number for r in register.list_agreements(db, RegisterFilter(search="Ljungby"))] == [number]
    assert register.list_agreements(db, RegisterFilter(search="Alvesta")) == []


def test_lines_are_redrawn_only_in_a_draft_by_a_representative(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    document_id = agreements.requirements_document_of(db, number)
    assert document_id is not None
    with pytest.raises(PermissionDenied, match="change agreement lines"):
        agreements.redraft_lines(db, people["linh"], number, document_id)
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(TransitionError) as caught:
        agreements.redraft_lines(db, people["anna"], number, document_id)
    assert str(caught.value) == (
        f"only a draft's lines change; {number} version 1 is in review (amend it to start a new draft)"
    )
    agreements.request_changes(db, people["linh"], number, "More.")
    assert agreements.redraft_lines(db, people["anna"], number, document_id) == 2
    with db.unit_of_work() as session:
        session.execute(text("UPDATE agreement_version SET content_sha256 = :h"), {"h": "0" * 64})
    with pytest.raises(TransitionError, match="is changes requested"):
        agreements.redraft_lines(db, people["anna"], number, document_id)


def test_lines_come_only_from_the_same_customer_in_the_same_currency(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    other = _document(db, people["anna"])
    before = agreements.get_agreement(db, number)
    with pytest.raises(ValidationError) as caught:
        agreements.redraft_lines(db, people["anna"], number, other)
    assert (caught.value.field, str(caught.value)) == (
        "requirements_document", "the requirements document is Växjö Bostäder AB's, not this agreement's customer's"
    )
    admin = people["admin"]
    catalogue.add_service(db, admin, code="SEK", name="Skrivare", description="", levels=[
        LevelInput(name="Bas", monthly_fee=Decimal("100"), currency="SEK", coverage="24x7",
                   availability_pct=Decimal("99"), targets={"P1": (60, 240)}, business_hours=False, calendar="24x7",
                   unit="site"),
    ])
    sek = next(s for s in catalogue.list_services(db) if s.code == "SEK")
    customer_id = customers.find_customer(db, before.customer_name).id  # type: ignore[union-attr]
    document = requirements.create_requirements(db, people["anna"], customer_id=customer_id, requirements=[
        RequirementInput(sek.id, "Одеса", "24x7", ("P1",), sites=1),
    ])
    requirements.choose_levels(db, people["anna"], document.id, {document.items[0].id: sek.levels[0].id},
                               row_version=document.row_version)
    with pytest.raises(ValidationError) as caught:
        agreements.redraft_lines(db, people["anna"], number, document.id)
    assert (caught.value.field, str(caught.value)) == (
        "requirements_document", "the document is priced in SEK; the agreement is in EUR"
    )
    assert agreements.get_agreement(db, number) == before and events(db, "agreement.lines") == []
    assert users.get_actor(db, "anna").role is Role.REPRESENTATIVE


def test_a_draft_numbered_by_the_helper_is_the_first_of_its_year(db: Database) -> None:
    people = team(db)
    assert draft(db, people["anna"]) == "SLA-2027-0001"
