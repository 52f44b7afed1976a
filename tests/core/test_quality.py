"""The quality checklist (core.quality) a version must pass before it is approved: each item, what it
says when it passes, and what it names when it fails."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, catalogue, clauses, customers, quality, requirements, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.quality import CHECKS, CheckItem, Checklist
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor
from tests.raw import raw

from .helpers import sessions_opened
from .workflow import Drafted, drafted, team

pytestmark = pytest.mark.prepared(build=drafted)

LABELS = {
    "traced": "Every requirement is traced to a service level or marked infeasible",
    "targets": "Every service has measurable targets for every priority it covers",
    "internal": "Internal targets are stricter than the external ones by the buffer",
    "priced": "Every line is priced",
    "credits": "A service-credits clause is present",
    "termination": "A termination clause is present",
    "names": "Every service and level is named in the agreement's language",
}


def _sql(db: Database, *statements: str) -> None:
    with db.unit_of_work() as session:
        for statement in statements:
            session.execute(text(statement))


def test_a_draft_from_a_priced_document_passes_every_item_and_says_what_it_checked(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    checklist = agreements.run_checklist(db, number)
    assert CHECKS == LABELS
    assert list(checklist.items) == [
        CheckItem("traced", LABELS["traced"], True, "2 requirements, 0 marked infeasible with a reason"),
        CheckItem("targets", LABELS["targets"], True, "2 lines with response and resolution per priority"),
        CheckItem("internal", LABELS["internal"], True, "every internal aim beats its commitment by the level's buffer"),
        CheckItem("priced", LABELS["priced"], True, "2 lines priced, monthly total 2415"),
        CheckItem("credits", LABELS["credits"], True, "Сервісні кредити"),
        CheckItem("termination", LABELS["termination"], True, "Припинення дії угоди"),
        CheckItem("names", LABELS["names"], True, "every name shows in Українська", advisory=True),
    ]
    assert all(item.automatic for item in checklist.items)
    assert checklist.passed and checklist.failures == () and checklist.summary() == ""


def test_a_version_that_fails_names_every_problem_and_cannot_be_approved(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.read() as session:
        sd_level, net_level = session.execute(
            text("SELECT service_level_id FROM agreement_line ORDER BY position")
        ).scalars().all()
    _sql(
        db,
        # requirement 2 lost its level after drafting; line 1 covers P3 too, line 2 no priority and is free
        "UPDATE requirement SET service_level_id = NULL WHERE id = (SELECT MAX(id) FROM requirement)",
        "UPDATE agreement_line SET priorities = 'P1, P2,P3' WHERE position = 1",
        "UPDATE agreement_line SET priorities = ' , ', line_total = 0 WHERE position = 2",
        # one minute looser than the buffer allows (P1 response 15 -> at most 12, P2 resolution 180 -> 144),
        # and the network's internal availability 99.95 % below 100 - 0.05 x 80 % = 99.96 %
        f"UPDATE service_target SET internal_response_minutes = 13 WHERE level_id = {sd_level} AND priority = 'P1'",
        f"UPDATE service_target SET internal_resolution_minutes = 145 WHERE level_id = {sd_level} AND priority = 'P2'",
        f"UPDATE service_level SET internal_availability_pct = 999500 WHERE id = {net_level}",
        "DELETE FROM agreement_clause WHERE key IN ('service_credits', 'termination')",
    )
    checklist = agreements.run_checklist(db, number)
    assert [(item.key, item.passed, item.detail) for item in checklist.items] == [
        ("traced", False, "requirement 2 is unpriced"),
        ("targets", False, "line 1 (Service desk) has no target for P3; "
                           "line 2 (Network monitoring) has no target for any priority"),
        ("internal", False, "line 1 P1 internal response is not stricter by 20 %; "
                            "line 1 P2 internal resolution is not stricter by 20 %; "
                            "line 2: internal availability is not stricter than 99.95 %"),
        ("priced", False, "line 2 (Network monitoring) has no price"),
        ("credits", False, "add the service credits clause"),
        ("termination", False, "add the termination clause"),
        ("names", True, "every name shows in Українська"),
    ]
    assert not checklist.passed and [item.key for item in checklist.failures] == list(LABELS)[:-1]
    assert checklist.summary().startswith(
        "every requirement is traced to a service level or marked infeasible: requirement 2 is unpriced; "
        "every service has measurable targets for every priority it covers: line 1 (Service desk) has no target"
    )
    assert checklist.summary().endswith(
        "every line is priced: line 2 (Network monitoring) has no price; "
        "a service-credits clause is present: add the service credits clause; "
        "a termination clause is present: add the termination clause"
    )
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(ValidationError) as caught:
        agreements.approve(db, people["linh"], number)
    assert caught.value.field == "checklist"
    assert str(caught.value) == f"the quality check fails, so it cannot be approved: {checklist.summary()}"


def test_one_failing_item_alone_fails_the_list(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    _sql(db, "DELETE FROM agreement_clause WHERE key = 'termination'")
    checklist = agreements.run_checklist(db, number)
    assert [item.key for item in checklist.failures] == ["termination"]
    assert not checklist.passed
    assert checklist.summary() == "a termination clause is present: add the termination clause"


def test_a_clause_is_found_by_its_key_whatever_its_title(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.read() as session:
        picks = session.execute(text("SELECT clause_id, key FROM agreement_clause ORDER BY position")).all()
    current = clauses.current_clauses(db, number)
    clauses.set_agreement_clauses(
        db, people["anna"], versions.current_version_id(db, number),
        [clauses.ClausePick(clause_id, key=key, title=f"Our own {key}") for clause_id, key in picks],
        row_version=current.row_version,
    )
    items = {item.key: item for item in agreements.run_checklist(db, number).items}
    assert (items["credits"].passed, items["credits"].detail) == (True, "Our own service_credits")
    assert (items["termination"].passed, items["termination"].detail) == (True, "Our own termination")


def _one_of_two_infeasible(db: Database, rep: Actor) -> int:
    customer = customers.create_customer(db, rep, name="Växjö Bostäder AB", country="SE", language="sv",
                                         contact_name="Björn Ångström")
    services = {s.code: s for s in catalogue.list_services(db)}
    document = requirements.create_requirements(
        db, rep, customer_id=customer.id,
        requirements=[
            RequirementInput(services["SD"].id, "Växjö", "24x7", ("P1",), users=25),
            RequirementInput(services["NET"].id, "Alvesta", "24x7", ("P1",), sites=1),
        ],
    )
    document = requirements.mark_infeasible(
        db, rep, document.id, document.items[1].id, "technical", "No fibre to Alvesta yet",
        row_version=document.row_version,
    )
    gold = next(level.id for level in services["SD"].levels if level.name == "Gold")
    requirements.choose_levels(db, rep, document.id, {document.items[0].id: gold}, row_version=document.row_version)
    return document.id


def test_one_line_and_one_infeasible_requirement_read_in_the_singular(db: Database) -> None:
    people = team(db)
    number = agreements.create_draft(
        db, people["anna"], requirements_document_id=_one_of_two_infeasible(db, people["anna"]),
        title="Drift", start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31),
    )
    items = {item.key: item for item in agreements.run_checklist(db, number).items}
    assert items["traced"].detail == "2 requirements, 1 marked infeasible with a reason"
    assert items["targets"].detail == "1 line with response and resolution per priority"
    assert items["priced"].detail == "1 line priced, monthly total 975"
    assert all(item.passed for item in items.values())


def test_a_version_drafted_without_a_requirements_document_is_not_traced(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    _sql(db, "UPDATE agreement SET requirements_document_id = NULL")
    (traced, *others) = agreements.run_checklist(db, number).items
    assert (traced.passed, traced.detail) == (False, "drafted without a requirements document, so nothing is traced")
    assert all(item.passed for item in others)


def test_a_version_without_lines_has_nothing_priced(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    _sql(db, "DELETE FROM agreement_line")
    items = {item.key: item for item in agreements.run_checklist(db, number).items}
    assert (items["priced"].passed, items["priced"].detail) == (False, "the agreement has no lines")
    assert (items["targets"].passed, items["targets"].detail) == (True, "0 lines with response and resolution per priority")


def test_a_price_of_one_cent_is_a_price(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    _sql(db, "UPDATE agreement_line SET line_total = 100 WHERE position = 2")  # 0.01 in ten-thousandths
    assert agreements.run_checklist(db, number).passed


def test_a_line_whose_catalogue_level_is_gone_says_so_and_the_other_lines_are_still_checked(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.read() as session:
        sd_level = session.execute(text("SELECT service_level_id FROM agreement_line WHERE position = 1")).scalar_one()
    _sql(db, f"UPDATE service_target SET internal_response_minutes = 13 WHERE level_id = {sd_level} AND priority = 'P1'")
    with raw(db) as sql:
        sql.execute("PRAGMA foreign_keys = OFF" if sql.dialect == "sqlite" else "SET session_replication_role = replica")
        sql.execute("UPDATE agreement_line SET service_level_id = 9999 WHERE position = 2")
    items = {item.key: item for item in agreements.run_checklist(db, number).items}
    assert (items["internal"].passed, items["internal"].detail) == (
        False, "line 1 P1 internal response is not stricter by 20 %; line 2: its catalogue level is gone"
    )


def test_the_checklist_of_a_list_of_items_is_what_its_items_say() -> None:
    ok, bad = CheckItem("a", "First", True, "fine"), CheckItem("b", "Second Item", False, "broken")
    assert Checklist((ok, ok)).passed and not Checklist((ok, bad)).passed and not Checklist((bad, bad)).passed
    assert Checklist((ok, bad, bad)).failures == (bad, bad)
    assert Checklist((bad, ok, bad)).summary() == "second item: broken; second item: broken"


def test_the_check_reads_what_its_transaction_sees(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.unit_of_work() as session:
        version = agreements.current_version(session, number)
        session.execute(text("UPDATE requirement SET service_level_id = NULL WHERE position = 2"))
        traced = quality.check_version(session, version).items[0]
        session.rollback()
    assert (traced.key, traced.passed, traced.detail) == ("traced", False, "requirement 2 is unpriced")


def test_approving_with_its_quality_check_is_one_transaction(db: Database, monkeypatch: pytest.MonkeyPatch, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    opened = sessions_opened(db, monkeypatch)
    agreements.approve(db, people["linh"], number)
    assert opened == ["unit_of_work"]
    monkeypatch.undo()
    assert agreements.get_agreement(db, number).status is Status.APPROVED
