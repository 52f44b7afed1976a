"""What ``set_parent`` and ``link_supporting`` tell a person who asks for a move they refuse,
and the undo that finds the link changed by someone else (``expected``)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from slamdesk.core import structure, users
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, NotFoundError, ValidationError
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent

from .test_structure import CUSTOMER, GROUP, Builder, Structure, prepare_structure


@pytest.fixture
def rep(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


pytestmark = pytest.mark.prepared(build=prepare_structure)


@pytest.fixture
def built(prepared: Structure) -> Structure:
    return prepared


def _refusal(call: object, *args: object) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return str(caught.value), caught.value.field


def test_each_refused_placement_says_why(db: Database, rep: Actor, built: Structure) -> None:
    set_parent = structure.set_parent
    assert _refusal(set_parent, db, rep, built.loose_ola, built.corporate) == (
        f"OLA {built.loose_ola} is not placed in the levels; link it to the SLA it supports instead", "parent"
    )
    assert _refusal(set_parent, db, rep, built.customer, built.uc) == (
        f"UC {built.uc} is an underpinning contract; only a customer or internal SLA can hold other agreements", "parent"
    )
    assert _refusal(set_parent, db, rep, built.customer, built.loose_ola) == (
        f"OLA {built.loose_ola} is an OLA; only a customer or internal SLA can hold other agreements", "parent"
    )
    assert _refusal(set_parent, db, rep, built.corporate, built.corporate) == (
        f"{built.corporate} cannot be placed under itself", "parent"
    )
    assert _refusal(set_parent, db, rep, built.corporate, built.service) == (
        f"{built.service} is below {built.corporate}; placing {built.corporate} under it would make a loop", "parent"
    )
    holding = Builder(db, rep).agreement(GROUP, "Holding terms", "Corporate", ("P1",))
    assert _refusal(set_parent, db, rep, built.corporate, holding) == (
        f"placing {built.corporate} under {holding} would make 4 levels; a structure has 3: corporate, customer and service",
        "parent",
    )


def test_a_move_that_mixes_customers_names_them(db: Database, rep: Actor, built: Structure) -> None:
    build = Builder(db, rep)
    vaxjo = build.agreement("Växjö Bostäder AB", "Växjö network", "Customer", ("P1",), site="Växjö")
    assert _refusal(structure.set_parent, db, rep, vaxjo, built.customer) == (
        f"{built.customer} is a customer-level agreement of {CUSTOMER}; {vaxjo} belongs to Växjö Bostäder AB. "
        "Only a corporate agreement (one without a parent) holds agreements of several customers",
        "parent",
    )
    holding = build.agreement(GROUP, "Regional terms", "Corporate", ("P1",))
    structure.set_parent(db, rep, vaxjo, holding)
    assert _refusal(structure.set_parent, db, rep, holding, built.corporate) == (
        f"{vaxjo} below {holding} belongs to Växjö Bostäder AB, not {GROUP}; under {built.corporate} it would sit "
        "below a customer-level agreement of another customer",
        "parent",
    )


def test_a_customer_level_agreement_takes_its_direct_children_along(db: Database, rep: Actor) -> None:
    # A standalone group agreement with a customer's agreement under it cannot move under another
    # group agreement: it would become customer level above another customer's agreement.
    build = Builder(db, rep)
    top = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",))
    middle = build.agreement(GROUP, "Regional terms", "Corporate", ("P1",))
    below = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    structure.set_parent(db, rep, below, middle)
    message, field = _refusal(structure.set_parent, db, rep, middle, top)
    assert message.startswith(f"{below} below {middle} belongs to {CUSTOMER}, not {GROUP}") and field == "parent"
    same = build.agreement(GROUP, "Group harbour terms", "Customer", ("P1",))
    structure.set_parent(db, rep, below, None)
    structure.set_parent(db, rep, same, middle)
    structure.set_parent(db, rep, middle, top)  # everything below is the group's own: fine
    assert [n.number for n in structure.structure_tree(db, top).nodes()] == [top, middle, same]


def test_each_refused_link_says_why(db: Database, rep: Actor, built: Structure) -> None:
    link = structure.link_supporting
    assert _refusal(link, db, rep, built.service, built.customer) == (
        f"{built.service} is a customer SLA; only an OLA or an underpinning contract supports another agreement",
        "supports",
    )
    assert _refusal(link, db, rep, built.loose_ola, built.uc) == (
        f"{built.uc} is an underpinning contract; an OLA or underpinning contract supports a customer or internal SLA",
        "supports",
    )
    assert _refusal(link, db, rep, built.loose_ola, built.partial_ola) == (
        f"{built.partial_ola} is an OLA; an OLA or underpinning contract supports a customer or internal SLA",
        "supports",
    )
    internal = Builder(db, rep).agreement("Network team", "Network team SLA", "Team strict", ("P1",), kind="internal_sla")
    assert _refusal(link, db, rep, internal, built.service) == (
        f"{internal} is an internal SLA; only an OLA or an underpinning contract supports another agreement",
        "supports",
    )


def test_an_unknown_agreement_is_named(db: Database, rep: Actor, built: Structure) -> None:
    for call in (
        lambda: structure.set_parent(db, rep, "SLA-1999-0001", None),
        lambda: structure.set_parent(db, rep, built.service, "SLA-1999-0001"),
        lambda: structure.link_supporting(db, rep, built.uc, "SLA-1999-0001"),
        lambda: structure.structure_tree(db, " SLA-1999-0001 "),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert str(caught.value) == "no agreement numbered 'SLA-1999-0001'"


def test_a_blank_parent_or_target_takes_the_link_away(db: Database, rep: Actor, built: Structure) -> None:
    structure.set_parent(db, rep, built.service, "   ")
    structure.link_supporting(db, rep, built.uc, "  ")
    tree = structure.structure_tree(db, built.service)
    assert (tree.root.number, tree.root.level, [s.number for s in tree.root.supporting]) == (
        built.service, "standalone", [built.loose_ola]
    )
    assert structure.structure_tree(db, built.uc).root.level == "supporting"


# ---------------------------------------------------------------- undo after another's change


def test_an_undo_that_finds_the_parent_changed_names_who_changed_it(db: Database, rep: Actor, built: Structure) -> None:
    admin = users.get_actor(db)
    structure.set_parent(db, admin, built.service, built.corporate)  # Anna still sees it under the customer level
    with pytest.raises(ConcurrencyError) as caught:
        structure.set_parent(db, rep, built.service, None, expected=built.customer)
    assert caught.value.changed_by == admin.display_name
    assert str(caught.value).startswith(f"{built.service} was changed by {admin.display_name} at ")
    assert structure.structure_tree(db, built.service).root.children[0].number == built.service
    structure.set_parent(db, rep, built.service, built.customer, expected=built.corporate)  # what is there now: fine
    structure.set_parent(db, rep, built.service, None, expected=built.customer)
    with pytest.raises(ConcurrencyError):
        structure.set_parent(db, rep, built.service, built.customer, expected=built.customer)  # it has none now
    structure.set_parent(db, rep, built.service, built.customer, expected=None)
    assert structure.structure_tree(db, built.service).find(built.service).level == "service"  # type: ignore[union-attr]


def test_an_undo_that_finds_the_link_changed_is_refused(db: Database, rep: Actor, built: Structure) -> None:
    admin = users.get_actor(db)
    structure.link_supporting(db, admin, built.uc, built.customer)
    with pytest.raises(ConcurrencyError) as caught:
        structure.link_supporting(db, rep, built.uc, None, expected=built.service)
    assert caught.value.changed_by == admin.display_name
    structure.link_supporting(db, rep, built.uc, None, expected=built.customer)
    with pytest.raises(ConcurrencyError):
        structure.link_supporting(db, rep, built.uc, built.service, expected=built.customer)
    structure.link_supporting(db, rep, built.uc, built.service, expected=None)
    with db.read() as session:
        last = json.loads(session.scalars(select(AuditEvent.detail).order_by(AuditEvent.id.desc())).first() or "{}")
    assert last == {"number": built.uc, "supports": built.service, "previous": None}
