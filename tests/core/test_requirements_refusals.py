"""Requirements documents: who may change them, what each refusal says, and what a window is handed (issue 18)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slamdesk.core import catalogue, requirements
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, PermissionDenied, ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor

from .test_requirements import _document, _level, _rv, _services
from .test_requirements_edges import _events

RE_EXPORTED = (
    "DOCUMENT_STATUSES", "INFEASIBLE_KINDS", "VOLUME_FIELDS", "DocumentSummary", "RequirementInput", "RequirementView",
    "RequirementsView", "clean_requirement", "describe_targets", "problems_for", "quote_for", "validate_requirement",
)


def test_a_star_import_of_requirements_brings_every_name_it_has_always_offered() -> None:
    names: dict[str, object] = {}
    exec("from slamdesk.core.requirements import *", names)  # noqa: S102 - what a caller's star import gets
    assert set(RE_EXPORTED) <= set(names)


def test_an_administrator_records_and_a_quality_checker_may_not(demo_db: Database, people: dict[str, Actor],
                                                                 admin: Actor) -> None:
    made = _document(demo_db, admin, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    assert made.tax_rate_pct == Decimal("25") and made.status == "draft"
    budi = people["budi"]
    item = made.items[0].id
    refusals = (
        ("record requirements", lambda: requirements.new_version(demo_db, budi, made.id, row_version=made.row_version)),
        ("send requirements", lambda: requirements.send_requirements(demo_db, budi, made.id, row_version=made.row_version)),
        ("record the customer's approval",
         lambda: requirements.record_customer_approval(demo_db, budi, made.id, "Karin", row_version=made.row_version)),
        ("trace requirements",
         lambda: requirements.mark_infeasible(demo_db, budi, made.id, item, None, row_version=made.row_version)),
        ("set custom prices",
         lambda: requirements.set_price_override(demo_db, budi, made.id, item, None, row_version=made.row_version)),
        ("choose service levels",
         lambda: requirements.choose_levels(demo_db, budi, made.id, {item: None}, row_version=made.row_version)),
    )
    for action, step in refusals:
        with pytest.raises(PermissionDenied, match=f"^Budi Santoso \\(quality checker\\) cannot {action}; needs: "):
            step()
    assert requirements.get_requirements(demo_db, made.id).row_version == made.row_version


def test_a_document_made_without_a_tax_rate_has_none(demo_db: Database, people: dict[str, Actor]) -> None:
    first = _document(demo_db, people["anna"], RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    made = requirements.create_requirements(demo_db, people["anna"], customer_id=first.customer_id,
                                            requirements=[RequirementInput(None, "Umeå", "24x7", ("P2",))])
    assert (made.tax_rate_pct, made.title) == (Decimal("0"), "")


def test_a_title_is_refused_beside_its_field_when_too_long(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    message = "^the title can be at most 300 characters \\(this one has 301\\)$"
    with pytest.raises(ValidationError, match=message) as caught:
        requirements.create_requirements(demo_db, rep, customer_id=document.customer_id, title="T" * 301,
                                         requirements=[RequirementInput(None, "Umeå", "24x7", ("P2",))])
    assert caught.value.field == "title"
    with pytest.raises(ValidationError, match=message) as caught:
        requirements.update_requirements(demo_db, rep, document.id, row_version=document.row_version, title="T" * 301,
                                         tax_rate_pct=Decimal("0"), requirements=[document.items[0].as_input()])
    assert caught.value.field == "title"
    saved = requirements.update_requirements(demo_db, rep, document.id, row_version=document.row_version, title="",
                                             tax_rate_pct=Decimal("0"), requirements=[document.items[0].as_input()])
    assert saved.title == "" and saved.row_version == document.row_version + 1


def test_the_customers_approver_must_be_named_within_a_names_length(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    sent = requirements.send_requirements(demo_db, rep, document.id, row_version=document.row_version)
    with pytest.raises(ValidationError, match="^name the customer's person who approved$") as caught:
        requirements.record_customer_approval(demo_db, rep, document.id, " ", row_version=sent.row_version)
    assert caught.value.field == "approved_by"
    with pytest.raises(ValidationError, match="^the name of who approved can be at most 200 characters "
                                              "\\(this one has 201\\)$") as caught:
        requirements.record_customer_approval(demo_db, rep, document.id, "K" * 201, row_version=sent.row_version)
    assert caught.value.field == "approved_by"
    assert requirements.get_requirements(demo_db, document.id).status == "sent"


def test_a_reason_for_infeasibility_may_run_over_lines_but_not_past_its_length(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    item = document.items[0].id
    with pytest.raises(ValidationError, match="^the reason can be at most 5,000 characters \\(this one has 5,001\\)$") as caught:
        requirements.mark_infeasible(demo_db, rep, document.id, item, "technical", "R" * 5001,
                                     row_version=document.row_version)
    assert caught.value.field == "infeasible_reason"
    marked = requirements.mark_infeasible(demo_db, rep, document.id, item, "technical", "No roads\nNo power",
                                          row_version=document.row_version)
    assert marked.items[0].infeasible_reason == "No roads\nNo power"


def test_a_custom_prices_reason_has_a_length_and_clearing_needs_no_level(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",),
                                                        users=30))
    item = document.items[0].id
    cleared = requirements.set_price_override(demo_db, rep, document.id, item, None, row_version=document.row_version)
    assert cleared.lines[0].chosen is None and _rv(demo_db, document.id) == document.row_version + 1
    requirements.choose_levels(demo_db, rep, document.id, {item: _level(services["SD"], "Gold")},
                               row_version=_rv(demo_db, document.id))
    with pytest.raises(ValidationError, match="^the reason can be at most 5,000 characters \\(this one has 5,001\\)$") as caught:
        requirements.set_price_override(demo_db, rep, document.id, item, "5", "R" * 5001, row_version=_rv(demo_db, document.id))
    assert caught.value.field == "override_reason"


def test_a_stale_save_names_who_traced_a_requirement_since(demo_db: Database, people: dict[str, Actor], admin: Actor) -> None:
    rep = people["anna"]
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    requirements.mark_infeasible(demo_db, admin, document.id, document.items[0].id, "commercial", "No",
                                 row_version=document.row_version)
    with pytest.raises(ConcurrencyError, match=f"^Requirements v1 for Sundsvall Hamn AB was changed by {admin.display_name} "):
        requirements.send_requirements(demo_db, rep, document.id, row_version=document.row_version)


def test_a_level_for_a_requirement_without_a_service_is_not_offered_for_it(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(None, "Sundsvall", "24x7", ("P1",)))
    with pytest.raises(ValidationError, match="^requirement 1: that level is not offered for it$") as caught:
        requirements.choose_levels(demo_db, rep, document.id, {document.items[0].id: _level(services["SD"], "Gold")},
                                   row_version=document.row_version)
    assert caught.value.field == "level"


def test_every_reason_a_level_cannot_serve_is_given(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=0))
    bronze = next(o for o in requirements.quote(demo_db, document.id).lines[0].options if o.level_name == "Bronze")
    assert len(bronze.problems) >= 2
    with pytest.raises(ValidationError) as caught:
        requirements.choose_levels(demo_db, rep, document.id, {document.items[0].id: bronze.level_id},
                                   row_version=document.row_version)
    assert str(caught.value) == "requirement 1: " + "; ".join(bronze.problems)


def test_a_window_opens_a_document_with_its_catalogue_and_its_quote(demo_db: Database, people: dict[str, Actor]) -> None:
    services = _services(demo_db)
    document = _document(demo_db, people["anna"], RequirementInput(services["SD"].id, "Sundsvall", "24x7", ("P1",), users=30))
    opened = requirements.open_document(demo_db, document.id)
    assert opened.view == requirements.get_requirements(demo_db, document.id)
    assert opened.services == catalogue.list_services(demo_db)
    assert opened.quote == requirements.quote(demo_db, document.id) and len(opened.quote.lines[0].options) == 3


def test_a_trace_and_a_custom_price_are_recorded_in_full_and_leave_no_stale_reason(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    services = _services(demo_db)
    document = _document(demo_db, rep, RequirementInput(services["SD"].id, "Sundsvall", "Mon-Fri 07:00-19:00", ("P1",),
                                                        users=30))
    item, gold, silver = document.items[0].id, _level(services["SD"], "Gold"), _level(services["SD"], "Silver")
    requirements.choose_levels(demo_db, rep, document.id, {item: gold}, row_version=_rv(demo_db, document.id))
    requirements.set_price_override(demo_db, rep, document.id, item, "5", " Pilot ", row_version=_rv(demo_db, document.id))
    assert _events(demo_db, "requirements.override")[-1] == {"amount": "5", "reason": "Pilot",
                                                             "row_version": _rv(demo_db, document.id)}
    requirements.choose_levels(demo_db, rep, document.id, {item: silver}, row_version=_rv(demo_db, document.id))
    moved = requirements.get_requirements(demo_db, document.id).items[0]
    assert (moved.level_id, moved.price_override, moved.override_reason) == (silver, None, "")
    requirements.set_price_override(demo_db, rep, document.id, item, "6", "Pilot", row_version=_rv(demo_db, document.id))
    marked = requirements.mark_infeasible(demo_db, rep, document.id, item, "technical", "Too far",
                                          row_version=_rv(demo_db, document.id))
    assert (marked.items[0].level_id, marked.items[0].price_override, marked.items[0].override_reason) == (None, None, "")
    assert _events(demo_db, "requirements.trace")[-1] == {"infeasible": "technical", "reason": "Too far",
                                                          "row_version": marked.row_version}
