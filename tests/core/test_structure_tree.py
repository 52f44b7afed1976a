"""The structure tree and the service choices (``core.structure``, ``core.structure_queries``):
the order a person reads them in, their labels, and data written past slamdesk."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from slamdesk.core import structure, users
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor, Role
from slamdesk.core.structure import StructureNode
from tests.raw import raw

from .test_structure import CUSTOMER, GROUP, SERVICE, Builder, Structure, prepare_structure
from .test_structure_terms import _other_service_agreement

VAXJO = "Växjö Bostäder AB"


@pytest.fixture
def rep(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


def test_children_and_supporting_agreements_are_listed_by_number(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",), site="All offices")
    late = build.agreement(CUSTOMER, "Harbour WAN", "Customer", ("P1",), start=dt.date(2028, 1, 1))
    early = build.agreement(VAXJO, "Växjö network", "Customer", ("P1",), start=dt.date(2027, 1, 1))
    ola_late = build.agreement("Network team", "Network team", "Team strict", ("P1",), kind="ola", start=dt.date(2028, 2, 1))
    ola_early = build.agreement("Network team", "Night shift", "Team strict", ("P1",), kind="ola", start=dt.date(2027, 2, 1))
    assert late > early and ola_late > ola_early  # made in the other order: the numbers follow the start year
    for child in (late, early):
        structure.set_parent(db, rep, child, top)
    for ola in (ola_late, ola_early):
        structure.link_supporting(db, rep, ola, top)
    root = structure.structure_tree(db, top).root
    assert [c.number for c in root.children] == [early, late]
    assert [s.number for s in root.supporting] == [ola_early, ola_late]
    # The service choices: the focus's customer first, then the others by name (Fjällbacka before Växjö),
    # although Växjö's agreement comes first in the tree.
    assert [c.label for c in structure.service_choices(db, top)] == [
        f"{GROUP} — {SERVICE}", f"{CUSTOMER} — {SERVICE}", f"{VAXJO} — {SERVICE}"
    ]
    assert [c.customer_name for c in structure.service_choices(db, early)] == [VAXJO, GROUP]  # its path only


@pytest.mark.prepared(build=prepare_structure)
def test_every_node_says_its_level_and_kind(db: Database, rep: Actor, prepared: Structure) -> None:
    built = prepared
    tree = structure.structure_tree(db, built.service)
    assert [(n.number, n.level_label, n.kind_label) for n in tree.nodes()] == [
        (built.corporate, "Corporate level", "Customer SLA"),
        (built.customer, "Customer level", "Customer SLA"),
        (built.partial_ola, "Supporting", "Operational level agreement"),
        (built.service, "Service level", "Customer SLA"),
        (built.loose_ola, "Supporting", "Operational level agreement"),
        (built.uc, "Supporting", "Underpinning contract"),
    ]
    from_the_top = structure.structure_tree(db, built.corporate)  # the same levels, asked from the top down
    assert [(n.number, n.level_label) for n in from_the_top.nodes()] == [
        (n.number, n.level_label) for n in tree.nodes()
    ]
    found = tree.find(built.uc)
    assert found is not None and (found.number, found.level) == (built.uc, "supporting")
    assert tree.find("SLA-1999-0001") is None  # a number that is not in this tree
    alone = Builder(db, rep).agreement(VAXJO, "Växjö network", "Customer", ("P1",))
    assert structure.structure_tree(db, alone).root.level_label == "Standalone"
    odd = StructureNode("X-1", "Imported", "framework", 1, "Someone", Status.DRAFT, "regional")
    assert (odd.level_label, odd.kind_label) == ("regional", "framework")


def test_the_service_choices_of_a_customer_are_sorted_by_name(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",), site="All offices")
    names = _other_service_agreement(build, CUSTOMER, start=dt.date(2027, 1, 1))
    structure.set_parent(db, rep, names, top)
    # Fjällbacka inherits the network from the group and has its own name service.
    assert [c.label for c in structure.service_choices(db, names)] == [
        f"{CUSTOMER} — Name service", f"{CUSTOMER} — {SERVICE}", f"{GROUP} — {SERVICE}"
    ]


@pytest.mark.prepared(build=prepare_structure)
def test_the_service_choices_seen_from_an_ola_follow_the_names(db: Database, prepared: Structure) -> None:
    built = prepared
    assert [c.customer_name for c in structure.service_choices(db, built.corporate)] == [GROUP, CUSTOMER]
    assert [c.customer_name for c in structure.service_choices(db, built.loose_ola)] == [CUSTOMER, GROUP]
    assert [c.customer_name for c in structure.service_choices(db, built.partial_ola)] == [CUSTOMER, GROUP]


def test_an_ola_of_a_customer_in_the_tree_does_not_put_that_customer_first(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",), site="All offices")
    harbour = build.agreement(CUSTOMER, "Harbour WAN", "Customer", ("P1",))
    structure.set_parent(db, rep, harbour, top)
    # The group's own operations team backs the group's agreement: an OLA is no customer's service, whoever's it is,
    # so the choices stay by name (Fjällbacka before Nordvik), not the OLA's customer first.
    ola = build.agreement(GROUP, "Group operations", "Team strict", ("P1",), kind="ola")
    structure.link_supporting(db, rep, ola, top)
    assert [c.customer_name for c in structure.service_choices(db, ola)] == [CUSTOMER, GROUP]


# ------------------------------------------------------------ data written past slamdesk


def test_a_loop_written_past_slamdesk_does_not_hang_the_terms_or_a_move(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    first = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    second = build.agreement(CUSTOMER, "Fjällbacka network", "Customer", ("P1",))
    structure.set_parent(db, rep, second, first)
    with raw(db) as connection:
        connection.execute("UPDATE agreement SET parent_id = (SELECT id FROM agreement WHERE number = :child) "
                           "WHERE number = :parent", {"child": second, "parent": first})
    terms = structure.effective_terms(db, CUSTOMER, SERVICE)
    assert {t.number for t in terms} == {second}
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",))
    structure.set_parent(db, rep, first, top)
    assert structure.effective_terms(db, CUSTOMER, SERVICE)[0].level == "service"


def test_a_loop_written_past_slamdesk_shows_each_agreement_once_in_the_tree(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",), site="All offices")
    middle = build.agreement(CUSTOMER, "Fjällbacka network", "Customer", ("P1",))
    service = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    structure.set_parent(db, rep, middle, top)
    structure.set_parent(db, rep, service, middle)
    with raw(db) as connection:  # the top now also hangs under the middle
        connection.execute("UPDATE agreement SET parent_id = (SELECT id FROM agreement WHERE number = :child) "
                           "WHERE number = :parent", {"child": middle, "parent": top})
    tree = structure.structure_tree(db, middle)
    assert [(n.number, n.level) for n in tree.nodes()] == [(top, "corporate"), (middle, "customer"), (service, "service")]
    assert [c.customer_name for c in structure.service_choices(db, middle)] == [CUSTOMER, GROUP]
    assert structure.check_structure(db, middle) == []


def test_targets_stored_out_of_order_are_read_most_urgent_first(db: Database, rep: Actor) -> None:
    number = Builder(db, rep).agreement(CUSTOMER, "Harbour WAN", "Customer", ("P1", "P2", "P3"))
    with raw(db) as connection:
        connection.execute(
            "UPDATE agreement_line SET targets = :targets WHERE version_id IN (SELECT v.id FROM agreement_version v "
            "JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :number)",
            {"targets": json.dumps([["P3", 240, 960, False], ["P1", 30, 120, False], ["P2", 20, 240, False]]),
             "number": number},
        )
    terms = structure.effective_terms(db, CUSTOMER, SERVICE)
    assert [t.key for t in terms if "." in t.key] == [
        "P1.response", "P1.resolution", "P2.response", "P2.resolution", "P3.response", "P3.resolution"
    ]


def test_a_parent_that_no_longer_exists_ends_the_chain(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",), site="All offices")
    below = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    structure.set_parent(db, rep, below, top)
    with raw(db) as connection:
        if connection.dialect == "sqlite":
            connection.execute("PRAGMA foreign_keys = OFF")
        else:
            connection.execute("SET session_replication_role = replica")  # foreign keys off, as the owner can
        connection.execute("UPDATE agreement SET parent_id = 999999 WHERE number = :number", {"number": below})
    assert {(t.number, t.level) for t in structure.effective_terms(db, CUSTOMER, SERVICE)} == {(below, "standalone")}
    assert structure.structure_tree(db, below).root.number == below


def test_an_sla_linked_as_supporting_past_slamdesk_is_named_by_its_kind(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    backed = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    for kind, title, short in (("internal_sla", "Network team SLA", "Internal SLA"), ("customer_sla", "Resold", "SLA")):
        supporting = build.agreement("Network team", title, "Team standard", ("P1",), kind=kind)
        with raw(db) as connection:
            connection.execute("UPDATE agreement SET supports_id = (SELECT id FROM agreement WHERE number = :backed) "
                               "WHERE number = :number", {"backed": backed, "number": supporting})
        messages = [w.message for w in structure.consistency_check(db, backed) if w.supporting_number == supporting]
        assert messages == [f"{short} {supporting} ({title}) P1 response 30 min for {SERVICE} at "
                            f"Fjällbacka hamn is looser than {backed}'s 15 min"]
