"""The lookups the structure modules share (``core.structure_queries``), as a caller meets them: a number typed
wrongly, an amended agreement, a kind or a priority written past slamdesk, and a loop above an agreement."""

from __future__ import annotations

import json

import pytest

from slamdesk.core import structure, users, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor, Role
from tests.raw import raw

from .test_structure import CUSTOMER, GROUP, Builder

pytestmark = pytest.mark.both_backends

ACTIVE = "SLA-2026-0001"  # the demo portfolio's active agreement of Fjällbacka Rederi


@pytest.fixture
def rep(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


def _set(db: Database, number: str, column: str, value: object) -> None:
    with raw(db) as connection:
        connection.execute(f"UPDATE agreement SET {column} = :value WHERE number = :number", {"value": value, "number": number})


@pytest.mark.parametrize("call", ["tree", "move", "link"])
def test_a_number_too_long_to_be_one_is_refused_next_to_the_number(db: Database, rep: Actor, call: str) -> None:
    number = "SLA-" + "9" * 46
    with pytest.raises(ValidationError) as caught:
        if call == "tree":
            structure.structure_tree(db, number)
        elif call == "move":
            structure.set_parent(db, rep, number, None)
        else:
            structure.link_supporting(db, rep, number, None)
    assert caught.value.field == "number"
    assert str(caught.value) == "the agreement number can be at most 40 characters (this one has 50)"


def test_an_amended_agreement_shows_its_new_draft_in_the_tree(demo_db: Database, people: dict[str, Actor]) -> None:
    assert structure.structure_tree(demo_db, ACTIVE).root.status is Status.ACTIVE
    versions.amend(demo_db, people["anna"], ACTIVE, "Tio fler användare från januari.")
    root = structure.structure_tree(demo_db, ACTIVE).root
    assert (root.number, root.status) == (ACTIVE, Status.DRAFT)  # version 2, not the active version 1


def test_a_kind_slamdesk_does_not_know_is_named_as_it_is_stored(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    imported = build.agreement(GROUP, "Group framework", "Corporate", ("P1",))
    below = build.agreement(CUSTOMER, "Harbour WAN", "Customer", ("P1",))
    _set(db, imported, "kind", "framework")
    with pytest.raises(ValidationError) as caught:
        structure.set_parent(db, rep, below, imported)
    assert str(caught.value) == (
        f"framework {imported} is a framework; only a customer or internal SLA can hold other agreements"
    )
    ola = build.agreement("Network team", "Network team", "Team standard", ("P1",), kind="ola")
    with pytest.raises(ValidationError, match=rf"^{imported} is a framework; an OLA or underpinning contract supports"):
        structure.link_supporting(db, rep, ola, imported)


def test_an_ola_or_uc_is_at_the_supporting_level_whether_linked_or_not(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    sla = build.agreement(CUSTOMER, "Harbour WAN", "Customer", ("P1",))
    ola = build.agreement("Network team", "Network team", "Team standard", ("P1",), kind="ola")
    uc = build.agreement("Carrier AB", "Carrier", "Team strict", ("P1",), kind="underpinning_contract")
    structure.link_supporting(db, rep, uc, sla)
    with db.read() as session:
        levels = [
            structure.level_in_tree(session, structure.find_agreement(session, number)) for number in (sla, ola, uc)
        ]
    assert levels == ["standalone", "supporting", "supporting"]


def test_a_loop_above_an_agreement_written_past_slamdesk_still_gives_its_path_to_the_top(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",))
    middle = build.agreement(CUSTOMER, "Fjällbacka network", "Customer", ("P1",))
    service = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    structure.set_parent(db, rep, middle, top)
    structure.set_parent(db, rep, service, middle)
    with raw(db) as connection:  # top and middle now hang under each other, above the service
        connection.execute("UPDATE agreement SET parent_id = (SELECT id FROM agreement WHERE number = :child) "
                           "WHERE number = :parent", {"child": middle, "parent": top})
    root = structure.structure_tree(db, service).root
    assert (root.number, root.level) == (top, "corporate")
    assert [(n.number, n.level) for n in root.children] == [(middle, "customer")]
    assert [(n.number, n.level) for n in root.children[0].children] == [(service, "service")]


def test_a_priority_slamdesk_does_not_know_is_compared_after_the_known_ones(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    sla = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    ola = build.agreement("Network team", "Network team", "Team standard", ("P1",), kind="ola")
    structure.link_supporting(db, rep, ola, sla)
    with raw(db) as connection:
        connection.execute(
            "UPDATE agreement_line SET targets = :targets WHERE version_id IN (SELECT v.id FROM agreement_version v "
            "JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :number)",
            {"targets": json.dumps([["E1", 5, 30, False], ["P2", 20, 120, False], ["P1", 30, 60, False]]), "number": sla},
        )
    assert [(w.measure, w.priority) for w in structure.consistency_check(db, sla)] == [
        ("missing_priority", "P2"), ("missing_priority", "E1")  # P1 is met; E1, unknown, comes last though it sorts first
    ]
