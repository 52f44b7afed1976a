"""Requirements documents at their edges: what is stored, versions, traces, custom prices and stale saves."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from slamdesk.core import agreements, catalogue, customers, requirements
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, NotFoundError, PermissionDenied, TransitionError, ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent

from .helpers import sessions_opened
from .test_requirements import _document, _level, _rv, _services

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)


def _events(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as session:
        return [json.loads(e.detail) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        )]


def test_a_requirement_is_stored_trimmed_with_only_the_notes_that_say_something(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    services = _services(demo_db)
    item = RequirementInput(
        services["SD"].id, " Sundsvall ", " 24x7 ", ("P1", "P2"), need=" Kassan ", region=" City ", outcome=" Ok ",
        priority_notes={"P2": " Slow ", "P1": "   "}, users=4, devices=5, sites=2, tickets_per_month=6, items_per_month=7,
        csat_target_pct=Decimal("88"), effort_target=Decimal("3"),
    )
    document = _document(demo_db, people["anna"], item)
    stored = document.items[0]
    assert (stored.site, stored.coverage, stored.need, stored.region, stored.outcome) == (
        "Sundsvall", "24x7", "Kassan", "City", "Ok"
    )
    assert stored.priority_notes == {"P2": "Slow"} and stored.priorities == ("P1", "P2") and stored.position == 1
    assert stored.volumes == requirements.Volumes(users=4, devices=5, sites=2, tickets_per_month=6, items_per_month=7)
    assert (stored.csat_target_pct, stored.effort_target, stored.service_name) == (Decimal("88"), Decimal("3"), "Service desk")
    assert (document.customer_name, document.customer_language, document.status, document.version) == (
        "Sundsvall Hamn AB", "sv", "draft", 1
    )
    assert stored.as_input() == replace(
        item, id=stored.id, site="Sundsvall", coverage="24x7", need="Kassan", region="City", outcome="Ok",
        priority_notes={"P2": "Slow"},
    )


def test_a_document_needs_a_requirement_known_services_a_customer_and_a_tax_rate_up_to_100(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    customer = customers.create_customer(demo_db, rep, name="Sundsvall Hamn AB", country="SE", language="sv",
                                         contact_name="Karin Berg")
    good = RequirementInput(None, "Sundsvall", "24x7", ("P1",))
    with pytest.raises(ValidationError, match="^record at least one requirement$") as caught:
        requirements.create_requirements(demo_db, rep, customer_id=customer.id, requirements=[])
    assert caught.value.field == "requirements"
    with pytest.raises(ValidationError, match="^requirement 2: unknown service$") as caught:
        requirements.create_requirements(demo_db, rep, customer_id=customer.id,
                                         requirements=[good, replace(good, service_id=9999)])
    assert caught.value.field == "service"
    with pytest.raises(ValidationError, match="^a tax rate cannot be over 100 %$") as caught:
        requirements.create_requirements(demo_db, rep, customer_id=customer.id, requirements=[good],
                                         tax_rate_pct=Decimal("100.01"))
    assert caught.value.field == "tax_rate_pct"
    with pytest.raises(NotFoundError, match="^no customer with id 9999$"):
        requirements.create_requirements(demo_db, rep, customer_id=9999, requirements=[good])
    with pytest.raises(PermissionDenied):
        requirements.create_requirements(demo_db, people["budi"], customer_id=customer.id, requirements=[good])
    assert requirements.list_documents(demo_db, customer.id) == []
    made = requirements.create_requirements(demo_db, rep, customer_id=customer.id, requirements=[good],
                                            tax_rate_pct=Decimal("100"), title=" Hamnar ")
    assert (made.tax_rate_pct, made.title) == (Decimal("100"), "Hamnar")
    with pytest.raises(NotFoundError, match="^no requirements document with id 9999$"):
        requirements.get_requirements(demo_db, 9999)


def test_each_new_document_of_a_customer_is_its_next_version(demo_db: Database, people: dict[str, Actor]) -> None:
    first = _document(demo_db, people["anna"], RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    second = requirements.create_requirements(demo_db, people["anna"], customer_id=first.customer_id,
                                              requirements=[RequirementInput(None, "Umeå", "24x7", ("P2",))])
    third = requirements.new_version(demo_db, people["anna"], first.id, row_version=first.row_version)
    assert (first.version, second.version, third.version) == (1, 2, 3)
    listed = requirements.list_documents(demo_db, first.customer_id)
    assert [(d.version, d.requirements, d.customer_name) for d in listed] == [
        (3, 1, "Sundsvall Hamn AB"), (2, 1, "Sundsvall Hamn AB"), (1, 1, "Sundsvall Hamn AB")
    ]
    assert [d.customer_name for d in requirements.list_documents(demo_db)] == sorted(
        d.customer_name for d in requirements.list_documents(demo_db)
    )
    assert {d.id for d in requirements.list_documents(demo_db)} > {d.id for d in listed}
    assert _events(demo_db, "requirements.create")[-1] == {"items": 1, "row_version": 1}  # the version it left


def test_a_new_version_copies_every_trace_choice_and_price(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(
        demo_db, rep,
        RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",), users=30, need="Kassan",
                         priority_notes={"P1": "Tills"}, csat_target_pct=Decimal("90"), effort_target=Decimal("2")),
        RequirementInput(None, "Hamnen", "24x7", ("P1",), region="Rural", sites=3, outcome="Inga stopp"),
    )
    first, second = (item.id for item in document.items)
    requirements.choose_levels(demo_db, rep, document.id, {first: _level(services["SD"], "Gold")},
                               row_version=_rv(demo_db, document.id))
    requirements.set_price_override(demo_db, rep, document.id, first, "999", "Deal", row_version=_rv(demo_db, document.id))
    requirements.mark_infeasible(demo_db, rep, document.id, second, "technical", "No drones",
                                 row_version=_rv(demo_db, document.id))
    source = requirements.get_requirements(demo_db, document.id)
    copy = requirements.new_version(demo_db, rep, document.id, row_version=source.row_version)
    assert (copy.title, copy.tax_rate_pct, copy.status, copy.customer_id) == (source.title, Decimal("25"), "draft",
                                                                              source.customer_id)
    assert [replace(item, id=0) for item in copy.items] == [replace(item, id=0) for item in source.items]
    assert {item.id for item in copy.items}.isdisjoint(item.id for item in source.items)
    assert _events(demo_db, "requirements.new_version")[-1] == {"source": document.id, "row_version": copy.row_version}


def test_a_sent_document_is_changed_only_as_a_new_version(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    item = document.items[0].id
    sent = requirements.send_requirements(demo_db, rep, document.id, row_version=document.row_version)
    assert sent.sent_at is not None and sent.status == "sent" and sent.approved_at is None
    for change in (
        lambda: requirements.mark_infeasible(demo_db, rep, document.id, item, None, row_version=sent.row_version),
        lambda: requirements.set_price_override(demo_db, rep, document.id, item, None, row_version=sent.row_version),
        lambda: requirements.choose_levels(demo_db, rep, document.id, {item: None}, row_version=sent.row_version),
        lambda: requirements.send_requirements(demo_db, rep, document.id, row_version=sent.row_version),
    ):
        with pytest.raises(TransitionError, match="^version 1 is sent to customer; make a new version to change it$"):
            change()
    approved = requirements.record_customer_approval(demo_db, rep, document.id, " Karin Berg ", row_version=sent.row_version)
    assert approved.approved_by == "Karin Berg" and approved.sent_at == sent.sent_at
    with pytest.raises(TransitionError, match="^only a document sent to the customer can be approved by them$"):
        requirements.record_customer_approval(demo_db, rep, document.id, "Karin", row_version=approved.row_version)
    with pytest.raises(TransitionError, match="is approved by customer; make a new version"):
        requirements.send_requirements(demo_db, rep, document.id, row_version=approved.row_version)
    assert _events(demo_db, "requirements.approve")[-1] == {"by": "Karin Berg", "row_version": approved.row_version}
    assert _events(demo_db, "requirements.send")[-1] == {"version": 1, "row_version": sent.row_version}


def test_every_save_moves_the_row_version_on_by_one_and_a_stale_one_names_who_saved(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",),
                                                        users=30))
    item = document.items[0].id
    gold = _level(services["SD"], "Gold")
    steps = [
        lambda rv: requirements.choose_levels(demo_db, rep, document.id, {item: gold}, row_version=rv),
        lambda rv: requirements.set_price_override(demo_db, rep, document.id, item, "5", "x", row_version=rv),
        lambda rv: requirements.mark_infeasible(demo_db, rep, document.id, item, "commercial", "x", row_version=rv),
        lambda rv: requirements.mark_infeasible(demo_db, rep, document.id, item, None, row_version=rv),
        lambda rv: requirements.update_requirements(demo_db, rep, document.id, row_version=rv, title="t",
                                                    tax_rate_pct=Decimal("0"),
                                                    requirements=[document.items[0].as_input()]),
        lambda rv: requirements.send_requirements(demo_db, rep, document.id, row_version=rv),
        lambda rv: requirements.record_customer_approval(demo_db, rep, document.id, "Karin", row_version=rv),
    ]
    for number, step in enumerate(steps):
        before = _rv(demo_db, document.id)
        assert before == document.row_version + number
        step(before)
        with pytest.raises(ConcurrencyError, match=r"^Requirements v1 for Sundsvall Hamn AB was changed by Anna "
                                                   r"Lindqvist at .* since you opened it"):
            step(before)
    with pytest.raises(ConcurrencyError):
        requirements.new_version(demo_db, rep, document.id, row_version=document.row_version)
    with pytest.raises(NotFoundError, match="^no requirements document with id 9999$"):
        requirements.send_requirements(demo_db, rep, 9999, row_version=1)


def test_saving_matches_requirements_by_id_and_removes_only_what_no_agreement_uses(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(
        demo_db, rep,
        RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 08:00-17:00", ("P1",), users=30),
        RequirementInput(None, "Umeå", "24x7", ("P2",)),
    )
    first, second = document.items
    with pytest.raises(ValidationError, match="^a requirement does not belong to this document$") as caught:
        requirements.update_requirements(demo_db, rep, document.id, row_version=document.row_version, title="",
                                         tax_rate_pct=Decimal("0"), requirements=[replace(first.as_input(), id=9999)])
    assert caught.value.field == "requirements"
    saved = requirements.update_requirements(
        demo_db, rep, document.id, row_version=document.row_version, title=" Two ", tax_rate_pct=Decimal("12"),
        requirements=[replace(second.as_input(), site="Umeå hamn"), RequirementInput(None, "Ny", "24x7", ("P3",))],
    )
    assert [(item.id, item.site, item.position) for item in saved.items][:1] == [(second.id, "Umeå hamn", 1)]
    assert saved.items[1].id not in (first.id, second.id) and saved.items[1].position == 2
    assert (saved.title, saved.tax_rate_pct) == ("Two", Decimal("12"))
    assert _events(demo_db, "requirements.update")[-1] == {"items": 2, "row_version": saved.row_version}
    # A requirement a drafted agreement was made from stays.
    drafted_from = requirements.create_requirements(demo_db, rep, customer_id=document.customer_id, requirements=[
        RequirementInput(services["SD"].id, "Luleå", "Mon-Fri 07:00-19:00", ("P1",), users=30),
        RequirementInput(services["SD"].id, "Kiruna", "Mon-Fri 07:00-19:00", ("P1",), users=25),
    ])
    gold = _level(services["SD"], "Gold")
    requirements.choose_levels(demo_db, rep, drafted_from.id, {item.id: gold for item in drafted_from.items},
                               row_version=drafted_from.row_version)
    agreements.create_draft(demo_db, rep, requirements_document_id=drafted_from.id, title="Luleå",
                            start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31))
    view = requirements.get_requirements(demo_db, drafted_from.id)
    with pytest.raises(ValidationError, match="^requirement 1 is in a drafted agreement and cannot be removed$"):
        requirements.update_requirements(demo_db, rep, drafted_from.id, row_version=view.row_version, title="",
                                         tax_rate_pct=Decimal("0"), requirements=[view.items[1].as_input()])


def test_changing_a_requirements_service_clears_its_level_and_custom_price(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",),
                                                        users=30, devices=1))
    item = document.items[0].id
    requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Gold")},
                               row_version=_rv(demo_db, document.id))
    requirements.set_price_override(demo_db, rep, document.id, item, "5", "x", row_version=_rv(demo_db, document.id))
    same = requirements.update_requirements(
        demo_db, rep, document.id, row_version=_rv(demo_db, document.id), title="", tax_rate_pct=Decimal("0"),
        requirements=[replace(requirements.get_requirements(demo_db, document.id).items[0].as_input(), users=31)],
    ).items[0]
    assert (same.level_id, same.price_override, same.override_reason) == (_level(services["SD"], "Gold"), Decimal("5"), "x")
    moved = requirements.update_requirements(
        demo_db, rep, document.id, row_version=_rv(demo_db, document.id), title="", tax_rate_pct=Decimal("0"),
        requirements=[replace(same.as_input(), service_id=services["HW"].id)],
    ).items[0]
    assert (moved.level_id, moved.price_override, moved.override_reason, moved.service_name) == (
        None, None, "", "On-site printer and hardware support"
    )


def test_marking_infeasible_needs_a_known_kind_and_a_reason_and_clears_the_choice(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",),
                                                        users=30))
    item = document.items[0].id
    with pytest.raises(ValidationError, match="^infeasible is technical or commercial$") as caught:
        requirements.mark_infeasible(demo_db, rep, document.id, item, "legal", "x", row_version=document.row_version)
    assert caught.value.field == "infeasible_kind"
    with pytest.raises(ValidationError, match="^say why it cannot be delivered$"):
        requirements.mark_infeasible(demo_db, rep, document.id, item, "technical", " ", row_version=document.row_version)
    with pytest.raises(NotFoundError, match="^requirement 9999 is not in this document$"):
        requirements.mark_infeasible(demo_db, rep, document.id, 9999, None, row_version=document.row_version)
    requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Gold")},
                               row_version=_rv(demo_db, document.id))
    requirements.set_price_override(demo_db, rep, document.id, item, "5", "x", row_version=_rv(demo_db, document.id))
    marked = requirements.mark_infeasible(demo_db, rep, document.id, item, "technical", " Too far ",
                                          row_version=_rv(demo_db, document.id)).items[0]
    assert (marked.infeasible_kind, marked.infeasible_reason, marked.level_id, marked.price_override) == (
        "technical", "Too far", None, None
    )
    assert _events(demo_db, "requirements.trace")[-1]["reason"] == "Too far"
    cleared = requirements.mark_infeasible(demo_db, rep, document.id, item, None, "ignored",
                                           row_version=_rv(demo_db, document.id)).items[0]
    assert (cleared.infeasible_kind, cleared.infeasible_reason) == (None, "")
    with pytest.raises(ValidationError, match="^requirement 1 is marked infeasible$"):
        requirements.mark_infeasible(demo_db, rep, document.id, item, "commercial", "No", row_version=_rv(demo_db, document.id))
        requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Gold")},
                                   row_version=_rv(demo_db, document.id))


def test_a_custom_price_is_kept_while_the_level_stays_and_cleared_with_none(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",),
                                                        users=30))
    item, gold = document.items[0].id, _level(services["SD"], "Gold")
    requirements.choose_levels(demo_db, rep, document.id, {item: gold}, row_version=_rv(demo_db, document.id))
    requirements.set_price_override(demo_db, rep, document.id, item, Decimal("0"), " Free pilot ",
                                    row_version=_rv(demo_db, document.id))
    kept = requirements.choose_levels(demo_db, rep, document.id, {item: gold}, row_version=_rv(demo_db, document.id))
    assert kept.lines[0].chosen is not None and kept.lines[0].chosen.price.override == Decimal("0")
    assert requirements.get_requirements(demo_db, document.id).items[0].override_reason == "Free pilot"
    assert _events(demo_db, "requirements.override")[-1]["amount"] == "0"
    for cleared in (None, "  "):
        requirements.set_price_override(demo_db, rep, document.id, item, "7", "x", row_version=_rv(demo_db, document.id))
        offer = requirements.set_price_override(demo_db, rep, document.id, item, cleared, "reason dropped",
                                                row_version=_rv(demo_db, document.id))
        assert offer.lines[0].chosen is not None and offer.lines[0].chosen.price.override is None
        stored = requirements.get_requirements(demo_db, document.id).items[0]
        assert (stored.price_override, stored.override_reason) == (None, "")
    assert _events(demo_db, "requirements.override")[-1]["amount"] is None
    unchosen = requirements.choose_levels(demo_db, rep, document.id, {item: None}, row_version=_rv(demo_db, document.id))
    assert unchosen.lines[0].chosen is None


def test_a_choice_is_checked_against_what_the_level_can_deliver(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=30))
    item = document.items[0].id
    with pytest.raises(NotFoundError, match="^requirement 9999 is not in this document$"):
        requirements.choose_levels(demo_db, rep, document.id, {9999: None}, row_version=document.row_version)
    with pytest.raises(ValidationError, match="^requirement 1: that level is not offered for Service desk$") as caught:
        requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["NET"], "Gold")},
                                   row_version=document.row_version)
    assert caught.value.field == "level"
    with pytest.raises(ValidationError, match="^requirement 1: Bronze covers Mon-Fri 08:00-17:00, not 24x7$"):
        requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Bronze")},
                                   row_version=document.row_version)


def test_all_chosen_levels_must_be_in_one_currency(demo_db: Database, people: dict[str, Actor], admin: Actor) -> None:
    rep = people["anna"]
    sek = catalogue.add_service(demo_db, admin, code="SEK", name="Svensk drift", description="", levels=[
        catalogue.LevelInput(name="Bas", monthly_fee=Decimal("100"), currency="SEK", coverage="24x7",
                             availability_pct=Decimal("99"), targets={"P1": (60, 240)}),
    ])
    services = _services(demo_db)
    document = _document(
        demo_db, rep,
        RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=30),
        RequirementInput(sek.id, "Sundsvall", "24x7", ("P1",), users=30),
    )
    first, second = (item.id for item in document.items)
    with pytest.raises(ValidationError, match="^all chosen levels must be priced in one currency$") as caught:
        requirements.choose_levels(demo_db, rep, document.id, {first: _level(services["SD"], "Gold"),
                                                               second: sek.levels[0].id},
                                   row_version=document.row_version)
    assert caught.value.field == "level"
    offer = requirements.choose_levels(demo_db, rep, document.id, {second: sek.levels[0].id},
                                       row_version=document.row_version)
    assert offer.currency == "SEK" and offer.totals.subtotal == Decimal("3000.00")  # 30 users
    assert _events(demo_db, "requirements.price")[-1] == {"choices": {str(second): sek.levels[0].id},
                                                          "row_version": document.row_version + 1}


def test_every_change_to_a_document_is_one_transaction_that_returns_what_it_stored(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    rep, services = people["anna"], _services(demo_db)
    customer = customers.create_customer(demo_db, rep, name="Sundsvall Hamn AB", country="SE", language="sv",
                                         contact_name="Karin Berg")
    opened = sessions_opened(demo_db, monkeypatch)
    item = RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=4)
    document = requirements.create_requirements(demo_db, rep, customer_id=customer.id, requirements=[item],
                                                tax_rate_pct=Decimal("25"))
    rid = document.items[0].id
    document = requirements.update_requirements(
        demo_db, rep, document.id, row_version=document.row_version, requirements=[replace(item, id=rid, users=25)],
        title="Kassan", tax_rate_pct=Decimal("12.5"),
    )
    assert (document.title, document.tax_rate_pct, document.items[0].volumes.users) == ("Kassan", Decimal("12.5"), 25)
    quote = requirements.choose_levels(demo_db, rep, document.id, {rid: _level(services["SD"], "Gold")},
                                       row_version=document.row_version)
    assert quote.lines[0].state == "traced"
    quote = requirements.set_price_override(demo_db, rep, document.id, rid, "99", "pilot",
                                            row_version=document.row_version + 1)
    assert quote.lines[0].chosen is not None and quote.lines[0].chosen.line_total == Decimal("99.00")
    document = requirements.send_requirements(demo_db, rep, document.id, row_version=document.row_version + 2)
    assert document.status == "sent" and document.sent_at is not None
    approved = requirements.record_customer_approval(demo_db, rep, document.id, "Karin", row_version=document.row_version)
    copy = requirements.new_version(demo_db, rep, document.id, row_version=approved.row_version)
    changed = requirements.mark_infeasible(demo_db, rep, copy.id, copy.items[0].id, "commercial", "too far",
                                           row_version=copy.row_version)
    assert opened == ["unit_of_work"] * 8
    monkeypatch.undo()
    # what each step returned is the document as it stored it
    assert approved == requirements.get_requirements(demo_db, document.id)
    assert changed == requirements.get_requirements(demo_db, copy.id)
    assert changed.items[0].infeasible_kind == "commercial" and changed.version == 2


def test_signing_approves_the_requirements_the_agreement_was_drafted_from_and_leaves_them_read_only(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    signed = requirements.get_requirements(demo_db, agreements.requirements_document_of(demo_db, "SLA-2026-0002") or 0)
    detail = agreements.get_agreement(demo_db, "SLA-2026-0002")
    customer_signer = next(s.name for s in detail.signatures if s.party == "customer")
    assert (signed.status, signed.approved_by, signed.editable) == ("approved", customer_signer, False)
    assert signed.approved_at is not None
    assert {"by": customer_signer, "signed": "SLA-2026-0002", "row_version": signed.row_version} in _events(
        demo_db, "requirements.approve")
    with pytest.raises(TransitionError, match="^version 1 is approved by customer; make a new version to change it$"):
        requirements.update_requirements(demo_db, people["anna"], signed.id, row_version=signed.row_version,
                                         title="", tax_rate_pct=Decimal("0"),
                                         requirements=[item.as_input() for item in signed.items])
    following = requirements.new_version(demo_db, people["anna"], signed.id, row_version=signed.row_version)
    assert (following.status, following.version, following.editable) == ("draft", 2, True)
    # An agreement not signed yet leaves its requirements a draft.
    drafted = requirements.get_requirements(demo_db, agreements.requirements_document_of(demo_db, "SLA-2026-0007") or 0)
    assert drafted.status == "draft" and drafted.editable
