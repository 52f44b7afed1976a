"""Requirements documents: what each save records and refuses, to the detail (issue 18, the module's mutants)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from slamdesk.core import agreements, customers, requirements
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent

from .helpers import priced_document
from .test_requirements import _document, _level, _services

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

# Every name a caller's star import of the module has always got (its ``__all__``), no more and no fewer.
EXPORTED = {
    "DOCUMENT_STATUSES", "INFEASIBLE_KINDS", "VOLUME_FIELDS", "DocumentStatus", "DocumentSummary", "InfeasibleKind",
    "RequirementInput", "RequirementView", "RequirementsView", "clean_requirement", "describe_targets", "problems_for",
    "quote_for", "validate_requirement", "PricedDocument", "get_requirements", "list_documents", "open_document",
    "priced", "quote", "quote_in", "requirements_view", "Volumes",
}


def test_a_star_import_brings_exactly_the_names_the_module_offers() -> None:
    names: dict[str, object] = {}
    exec("from slamdesk.core.requirements import *", names)  # noqa: S102 - what a caller's star import gets
    assert set(names) - {"__builtins__"} == EXPORTED
    assert all(names[name] is getattr(requirements, name) for name in EXPORTED)


def _trail(db: Database, after: int) -> list[tuple[str, str, str, int, dict[str, object]]]:
    """Every audit event after event ``after``: who, what, on which entity, and its detail."""
    with db.read() as session:
        return [(e.actor, e.action, e.entity_type, e.entity_id, json.loads(e.detail)) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.id > after).order_by(AuditEvent.id)
        )]


def _last_event(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.max(AuditEvent.id))) or 0


def test_every_save_records_who_did_what_to_which_document_or_requirement(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    customer = customers.create_customer(demo_db, rep, name="Sundsvall Hamn AB", country="SE", language="sv",
                                         contact_name="Karin Berg")
    start = _last_event(demo_db)
    item = RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",), users=30)
    made = requirements.create_requirements(demo_db, rep, customer_id=customer.id, requirements=[item, item])
    first, second = (i.id for i in made.items)
    saved = requirements.update_requirements(demo_db, rep, made.id, row_version=made.row_version, title="T",
                                             tax_rate_pct=Decimal("0"),
                                             requirements=[i.as_input() for i in made.items])
    gold = _level(services["SD"], "Gold")
    requirements.choose_levels(demo_db, rep, made.id, {first: gold}, row_version=saved.row_version)
    requirements.set_price_override(demo_db, rep, made.id, first, "12.50", " Deal ", row_version=saved.row_version + 1)
    requirements.mark_infeasible(demo_db, rep, made.id, second, "commercial", " Far ", row_version=saved.row_version + 2)
    sent = requirements.send_requirements(demo_db, rep, made.id, row_version=saved.row_version + 3)
    approved = requirements.record_customer_approval(demo_db, rep, made.id, " Karin ", row_version=sent.row_version)
    copy = requirements.new_version(demo_db, rep, made.id, row_version=approved.row_version)
    rv = saved.row_version
    assert _trail(demo_db, start) == [
        ("anna", "requirements.create", "requirements_document", made.id, {"items": 2, "row_version": made.row_version}),
        ("anna", "requirements.update", "requirements_document", made.id, {"items": 2, "row_version": rv}),
        ("anna", "requirements.price", "requirements_document", made.id,
         {"choices": {str(first): gold}, "row_version": rv + 1}),
        ("anna", "requirements.override", "requirement", first,
         {"amount": "12.50", "reason": "Deal", "row_version": rv + 2}),
        ("anna", "requirements.trace", "requirement", second,
         {"infeasible": "commercial", "reason": "Far", "row_version": rv + 3}),
        ("anna", "requirements.send", "requirements_document", made.id, {"version": 1, "row_version": rv + 4}),
        ("anna", "requirements.approve", "requirements_document", made.id, {"by": "Karin", "row_version": rv + 5}),
        ("anna", "requirements.new_version", "requirements_document", copy.id,
         {"source": made.id, "row_version": copy.row_version}),
    ]
    assert (made.row_version + 1, approved.row_version, copy.version, copy.status, copy.title) == (
        rv, rv + 5, 2, "draft", "T"
    )


def test_who_may_not_record_requirements_is_told_so_on_making_and_saving(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    made = _document(demo_db, people["anna"], RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    budi = people["budi"]
    message = "^Budi Santoso \\(quality checker\\) cannot record requirements; needs: "
    with pytest.raises(PermissionDenied, match=message):
        requirements.create_requirements(demo_db, budi, customer_id=made.customer_id,
                                         requirements=[made.items[0].as_input()])
    with pytest.raises(PermissionDenied, match=message):
        requirements.update_requirements(demo_db, budi, made.id, row_version=made.row_version, title="",
                                         tax_rate_pct=Decimal("0"), requirements=[made.items[0].as_input()])
    assert requirements.get_requirements(demo_db, made.id) == made


def test_each_refusal_of_a_custom_price_or_a_level_says_why_beside_its_field(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(
        demo_db, rep,
        RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",), users=30),
        RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=30),
    )
    first, second = (item.id for item in document.items)
    gold, bronze = _level(services["SD"], "Gold"), _level(services["SD"], "Bronze")
    with pytest.raises(ValidationError, match="^choose a level before setting a custom price$") as caught:
        requirements.set_price_override(demo_db, rep, document.id, first, "100", "Deal", row_version=document.row_version)
    assert caught.value.field == "price_override"
    with pytest.raises(ValidationError, match="^a custom price needs a reason$") as caught:
        requirements.set_price_override(demo_db, rep, document.id, first, "100", " ", row_version=document.row_version)
    assert caught.value.field == "override_reason"
    with pytest.raises(ValidationError, match="^requirement 2: Bronze covers Mon-Fri 08:00-17:00, not 24x7$") as caught:
        requirements.choose_levels(demo_db, rep, document.id, {second: bronze}, row_version=document.row_version)
    assert caught.value.field == "level"
    marked = requirements.mark_infeasible(demo_db, rep, document.id, first, "technical", "No roads",
                                          row_version=document.row_version)
    with pytest.raises(ValidationError, match="^requirement 1 is marked infeasible$") as caught:
        requirements.choose_levels(demo_db, rep, document.id, {first: gold}, row_version=marked.row_version)
    assert caught.value.field == "level"
    assert requirements.get_requirements(demo_db, document.id) == marked


def test_a_requirements_notes_are_stored_in_priority_order_whatever_order_they_came_in(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    item = RequirementInput(None, "Sundsvall", "24x7", ("P1", "P3"), priority_notes={"P3": "Questions", "P1": "Down"})
    stored = _document(demo_db, people["anna"], item).items[0]
    assert list(stored.priority_notes.items()) == [("P1", "Down"), ("P3", "Questions")]


def test_saving_refuses_an_unknown_service_and_removing_what_an_agreement_uses_beside_the_field(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    good = document.items[0].as_input()
    with pytest.raises(ValidationError, match="^requirement 2: unknown service$") as caught:
        requirements.update_requirements(demo_db, rep, document.id, row_version=document.row_version, title="",
                                         tax_rate_pct=Decimal("0"), requirements=[good, replace(good, id=None, service_id=9999)])
    assert caught.value.field == "service"
    assert requirements.get_requirements(demo_db, document.id) == document
    drafted = priced_document(demo_db, rep)
    agreements.create_draft(demo_db, rep, requirements_document_id=drafted, title="SLA", start_date=dt.date(2027, 1, 1),
                            end_date=dt.date(2027, 12, 31))
    view = requirements.get_requirements(demo_db, drafted)
    with pytest.raises(ValidationError, match="^requirement 1 is in a drafted agreement and cannot be removed$") as caught:
        requirements.update_requirements(demo_db, rep, drafted, row_version=view.row_version, title="",
                                         tax_rate_pct=Decimal("0"), requirements=[view.items[1].as_input()])
    assert caught.value.field == "requirements"


def test_a_tax_rate_that_is_no_amount_is_refused_beside_its_field(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    with pytest.raises(ValidationError) as caught:
        requirements.update_requirements(demo_db, rep, document.id, row_version=document.row_version, title="",
                                         tax_rate_pct=Decimal("-1"), requirements=[document.items[0].as_input()])
    assert caught.value.field == "tax_rate_pct"
    assert requirements.get_requirements(demo_db, document.id) == document


def test_marking_infeasible_or_setting_a_custom_price_without_giving_a_reason_is_refused(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(
        demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",), users=30),
    )
    item = document.items[0].id
    with pytest.raises(ValidationError, match="^say why it cannot be delivered$") as caught:
        requirements.mark_infeasible(demo_db, rep, document.id, item, "technical", row_version=document.row_version)
    assert caught.value.field == "infeasible_reason"
    requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Gold")},
                               row_version=document.row_version)
    priced = requirements.get_requirements(demo_db, document.id)
    with pytest.raises(ValidationError, match="^a custom price needs a reason$") as caught:
        requirements.set_price_override(demo_db, rep, document.id, item, "100", row_version=priced.row_version)
    assert caught.value.field == "override_reason"
    assert requirements.get_requirements(demo_db, document.id) == priced
