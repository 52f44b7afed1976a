"""Requirements documents: versions, feasibility, traceability, quotes and drafting from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from slamdesk.core import agreements, catalogue, customers, requirements
from slamdesk.core.db import Database
from slamdesk.core.errors import TransitionError, ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor


def _services(db: Database) -> dict[str, catalogue.ServiceInfo]:
    return {service.code: service for service in catalogue.list_services(db)}


def _level(service: catalogue.ServiceInfo, name: str) -> int:
    return next(level.id for level in service.levels if level.name == name)


def _rv(db: Database, document_id: int) -> int:
    """The document's row version as stored now (what a screen opened now would pass)."""
    return requirements.get_requirements(db, document_id).row_version


def _document(db: Database, rep: Actor, *items: RequirementInput) -> requirements.RequirementsView:
    customer = customers.create_customer(db, rep, name="Sundsvall Hamn AB", country="SE", language="sv",
                                        contact_name="Karin Berg")
    return requirements.create_requirements(db, rep, customer_id=customer.id, requirements=list(items),
                                            tax_rate_pct=Decimal("25"))


def test_a_requirement_records_the_customers_words_volumes_and_goals(demo_db: Database, people: dict[str, Actor]) -> None:
    services = _services(demo_db)
    item = RequirementInput(
        services["SD"].id, "Sundsvall", "Mon-Fri 08:00-17:00", ("P1", "P3"), region="City",
        need="Kassasystemet får inte stå still", outcome="No lost sales", users=40, devices=55,
        tickets_per_month=90, priority_notes={"P1": "Tills down", "P3": "Billing address change"},
        csat_target_pct=Decimal("92"), effort_target=Decimal("2.5"),
    )
    stored = _document(demo_db, people["anna"], item).items[0]
    assert (stored.need, stored.outcome, stored.volumes.users, stored.volumes.devices) == (
        "Kassasystemet får inte stå still", "No lost sales", 40, 55
    )
    assert stored.priority_notes == {"P1": "Tills down", "P3": "Billing address change"}
    assert (stored.csat_target_pct, stored.effort_target) == (Decimal("92"), Decimal("2.5"))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"sites": 0}, "sites"),
        ({"users": -3}, "users"),
        ({"users": "ten"}, "users"),
        ({"csat_target_pct": Decimal("101")}, "csat_target_pct"),
        ({"effort_target": Decimal("9")}, "effort_target"),
        ({"coverage": "always"}, "coverage"),
        ({"priorities": ()}, "priorities"),
        ({"site": " "}, "site"),
    ],
)
def test_bad_requirements_are_refused_beside_the_field_and_nothing_is_stored(
    demo_db: Database, people: dict[str, Actor], change: dict[str, object], field: str
) -> None:
    before = len(requirements.list_documents(demo_db))
    good = RequirementInput(_services(demo_db)["SD"].id, "Sundsvall", "24x7", ("P1",), users=10)
    with pytest.raises(ValidationError) as caught:
        _document(demo_db, people["anna"], replace(good, **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert len(requirements.list_documents(demo_db)) == before


def test_levels_the_catalogue_cannot_deliver_are_flagged_with_the_reason(demo_db: Database, people: dict[str, Actor]) -> None:
    services = _services(demo_db)
    document = _document(
        demo_db, people["anna"],
        RequirementInput(services["HW"].id, "Ånge", "Mon-Fri 08:00-17:00", ("P1",), region="Rural", sites=1),
        RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), region="City", users=12),
    )
    offer = requirements.quote(demo_db, document.id)
    hardware = {o.level_name: o for o in offer.lines[0].options}
    assert hardware["Gold"].problems == ("Gold is offered in City only",)
    assert hardware["Silver"].feasible and hardware["Silver"].price.surcharge_pct == Decimal("20")
    assert hardware["Silver"].targets[0].response_minutes == 480  # the rural variant's own P1
    desk = {o.level_name: o for o in offer.lines[1].options}
    assert "Bronze covers Mon-Fri 08:00-17:00, not 24x7" in desk["Bronze"].problems
    assert "Gold is sold from 20 users; 12 asked" in desk["Gold"].problems
    with pytest.raises(ValidationError, match="offered in City only") as caught:
        requirements.choose_levels(demo_db, people["anna"], document.id, {document.items[0].id: _level(services["HW"], "Gold")},
                                   row_version=document.row_version)
    assert caught.value.field == "level"
    assert requirements.get_requirements(demo_db, document.id).items[0].level_id is None


def test_traceability_flags_unmatched_unpriced_and_infeasible(demo_db: Database, people: dict[str, Actor]) -> None:
    services = _services(demo_db)
    rep = people["anna"]
    document = _document(
        demo_db, rep,
        RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 08:00-17:00", ("P2",), users=30),
        RequirementInput(None, "Alla hamnar", "24x7", ("P1",), need="Drönarövervakning"),
        RequirementInput(services["NET"].id, "Sundsvall", "24x7", ("P1",), sites=3),
    )
    first, second, third = (item.id for item in document.items)
    requirements.choose_levels(demo_db, rep, document.id, {first: _level(services["SD"], "Silver")},
                               row_version=_rv(demo_db, document.id))
    assert [line.state for line in requirements.quote(demo_db, document.id).lines] == ["traced", "unmatched", "unpriced"]
    with pytest.raises(ValidationError) as caught:
        requirements.mark_infeasible(demo_db, rep, document.id, second, "commercial", "  ",
                                     row_version=_rv(demo_db, document.id))
    assert caught.value.field == "infeasible_reason"
    requirements.mark_infeasible(demo_db, rep, document.id, second, "commercial", "Not in our catalogue",
                                 row_version=_rv(demo_db, document.id))
    requirements.choose_levels(demo_db, rep, document.id, {third: _level(services["NET"], "Bronze")},
                               row_version=_rv(demo_db, document.id))
    offer = requirements.quote(demo_db, document.id)
    assert [line.state for line in offer.lines] == ["traced", "infeasible", "traced"] and offer.complete
    assert offer.lines[1].infeasible_reason == "Not in our catalogue"
    # The infeasible requirement is left out of the agreement; the others become its lines.
    number = agreements.create_draft(
        demo_db, rep, requirements_document_id=document.id, title="Hamn-SLA",
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31),
    )
    detail = agreements.get_agreement(demo_db, number)
    assert [line.service_name for line in detail.lines] == ["Service desk", "Network monitoring"]
    assert detail.monthly_total == offer.totals.subtotal and detail.tax_rate_pct == Decimal("25")


def test_drafting_refuses_a_document_with_open_requirements(demo_db: Database, people: dict[str, Actor]) -> None:
    services = _services(demo_db)
    document = _document(demo_db, people["anna"], RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=30))
    with pytest.raises(ValidationError, match=r"requirement 1 \(unpriced\)"):
        agreements.create_draft(
            demo_db, people["anna"], requirements_document_id=document.id, title="x",
            start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31),
        )


def test_a_quote_recalculated_from_its_inputs_gives_the_same_totals(demo_db: Database) -> None:
    for summary in requirements.list_documents(demo_db):
        stored = requirements.quote(demo_db, summary.id)
        again = requirements.quote_for(requirements.get_requirements(demo_db, summary.id), catalogue.list_services(demo_db))
        assert again == stored
        assert stored.totals.total == stored.totals.subtotal + stored.totals.tax
        assert stored.totals.subtotal == sum(line.chosen.line_total for line in stored.priced_lines if line.chosen)


def test_the_demo_has_a_vip_price_and_infeasible_requirements(demo_db: Database) -> None:
    documents = {d.title: d for d in requirements.list_documents(demo_db)}
    fleet = requirements.quote(demo_db, documents["Fleet expansion 2027"].id)
    vip_line = fleet.lines[0].chosen
    assert vip_line is not None and vip_line.vip
    assert vip_line.price.override == Decimal("7200.00") and vip_line.price.list_total == Decimal("7524.00")  # 180 x 44.00 less 5 %
    assert "ekonomichefen" in vip_line.price.override_reason
    assert fleet.totals.tax == (fleet.totals.subtotal * Decimal("0.25")).quantize(Decimal("0.01"))
    estates = requirements.quote(demo_db, documents["Housing estates 2027"].id)
    assert [(line.state, line.infeasible_kind) for line in estates.lines] == [
        ("infeasible", "technical"), ("infeasible", "commercial"), ("traced", None)
    ]


def test_a_document_is_sent_approved_and_then_changed_only_as_a_new_version(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=30))
    with pytest.raises(TransitionError):
        requirements.record_customer_approval(demo_db, rep, document.id, "Karin Berg", row_version=document.row_version)
    sent = requirements.send_requirements(demo_db, rep, document.id, row_version=document.row_version)
    with pytest.raises(TransitionError, match="new version"):
        requirements.update_requirements(
            demo_db, rep, document.id, row_version=sent.row_version,
            requirements=[item.as_input() for item in document.items], title="x", tax_rate_pct=Decimal("25"),
        )
    with pytest.raises(ValidationError):
        requirements.record_customer_approval(demo_db, rep, document.id, " ", row_version=sent.row_version)
    approved = requirements.record_customer_approval(demo_db, rep, document.id, "Karin Berg",
                                                     row_version=sent.row_version)
    assert (approved.status, approved.approved_by, approved.approved_at is not None) == ("approved", "Karin Berg", True)
    second = requirements.new_version(demo_db, rep, document.id, row_version=approved.row_version)
    assert (second.version, second.status) == (document.version + 1, "draft")
    edited = requirements.update_requirements(
        demo_db, rep, second.id, row_version=second.row_version, title="Version 2", tax_rate_pct=Decimal("25"),
        requirements=[replace(second.items[0].as_input(), users=45)],
    )
    assert edited.items[0].volumes.users == 45 and edited.items[0].id == second.items[0].id
    assert requirements.get_requirements(demo_db, document.id).items[0].volumes.users == 30


def test_a_custom_price_needs_a_chosen_level_and_a_reason(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",), users=30))
    item = document.items[0].id
    with pytest.raises(ValidationError, match="choose a level"):
        requirements.set_price_override(demo_db, rep, document.id, item, "100", "Deal", row_version=document.row_version)
    requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Gold")},
                               row_version=document.row_version)
    for amount, reason, field in (("-5", "Deal", "price_override"), ("abc", "Deal", "price_override"), ("100", "", "override_reason")):
        with pytest.raises(ValidationError) as caught:
            requirements.set_price_override(demo_db, rep, document.id, item, amount, reason,
                                            row_version=_rv(demo_db, document.id))
        assert caught.value.field == field
    offer = requirements.set_price_override(demo_db, rep, document.id, item, "1 000,00", "Deal",
                                            row_version=_rv(demo_db, document.id))
    assert offer.lines[0].chosen is not None and offer.lines[0].chosen.line_total == Decimal("1000.00")
    # Choosing another level drops the custom price: it was agreed for that level only.
    offer = requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Silver")},
                                       row_version=_rv(demo_db, document.id))
    assert offer.lines[0].chosen is not None and offer.lines[0].chosen.price.override is None


def test_level_totals_compare_bronze_silver_and_gold(demo_db: Database, people: dict[str, Actor]) -> None:
    services = _services(demo_db)
    document = _document(
        demo_db, people["anna"],
        RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 08:00-17:00", ("P1",), users=30),
        RequirementInput(services["ONB"].id, "Sundsvall", "Mon-Fri 08:00-17:00", ("P3",), users=30),
    )
    compared = requirements.quote(demo_db, document.id).level_totals()
    assert list(compared) == ["Bronze", "Silver", "Gold"]
    assert compared["Bronze"].subtotal == Decimal("30") * (Decimal("18") + Decimal("4.50"))
    assert compared["Gold"].total == (Decimal("30") * (Decimal("39") + Decimal("9.50"))) * Decimal("1.25")
