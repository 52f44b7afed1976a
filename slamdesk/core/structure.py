"""Multi-level agreements and the agreements that support them.

Levels
    Agreements of the kinds ``customer_sla`` and ``internal_sla`` can be
    arranged in a tree of at most three levels through ``Agreement.parent_id``.
    The level of an agreement is its depth in that tree: 0 is *corporate*,
    1 *customer*, 2 *service*. An agreement with no parent and no children is
    *standalone* (it is in no structure; its terms are simply its own).

Customers in a structure
    There is no customer-group table: the group a corporate agreement covers is
    the set of customers whose agreements hang under it. So a corporate-level
    agreement (one with no parent) may hold customer-level agreements of any
    customer, while everything below a customer-level agreement belongs to that
    agreement's customer. ``set_parent`` refuses a move that would break this,
    as well as loops, a fourth level, and OLAs or underpinning contracts, which
    are not placed in the levels but linked (``supports_id``) to the customer or
    internal SLA they back (``link_supporting``).

Every change is one unit of work by a representative or an administrator and
writes one audit event; a call that changes nothing writes none. The links live
on the agreement, not on a version, so they can change after signing.

Here: the links (``set_parent``, ``link_supporting``), the tree and the service
choices. The consistency check is in ``structure_consistency``, the effective
terms in ``structure_terms`` and the lookups they share in ``structure_queries``;
their public names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..models import Agreement
from . import audit
from .concurrency import stale_error
from .db import Database
from .drafting import KINDS
from .errors import ValidationError
from .lifecycle import Status
from .roles import Actor, Role, require_role

# Re-exported: the consistency check, the effective terms and the shared vocabulary live in their
# own modules (structure_consistency, structure_terms, structure_queries); callers import them here.
from .structure_consistency import (
    ConsistencyWarning,
    consistency_check,
    is_looser,  # noqa: F401
)
from .structure_queries import (  # noqa: F401
    KIND_SHORT,
    LEVEL_LABELS,
    LEVELS,
    MAX_DEPTH,
    SLA_KINDS,
    STANDALONE,
    SUPPORTING,
    SUPPORTING_KINDS,
    Target,
    ancestors_of,
    children_of,
    current_version,
    find_agreement,
    kind_phrase,
    level_in_tree,
    level_of,
    short_name,
    subtree_of,
    supporters_of,
    targets_of,
)
from .structure_terms import EffectiveTerm, effective_terms  # noqa: F401
from .words import N_, _, ngettext

_EDITORS = frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR})
# ``expected`` not given: the link is set whatever it is now (a new choice, not an undo of one seen).
UNCHECKED: Any = object()


# ----------------------------------------------------------------- results


@dataclass(frozen=True)
class StructureNode:
    """One agreement in a structure tree; ``supporting`` are the OLAs / UCs that back it."""

    number: str
    title: str
    kind: str
    customer_id: int
    customer_name: str
    status: Status
    level: str
    children: tuple[StructureNode, ...] = ()
    supporting: tuple[StructureNode, ...] = ()

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def level_label(self) -> str:
        return _(LEVEL_LABELS[self.level]) if self.level in LEVEL_LABELS else self.level


@dataclass(frozen=True)
class StructureTree:
    """``root`` down to ``focus`` (ancestors only on the path) and all of the focus's descendants."""

    focus: str
    root: StructureNode

    def nodes(self) -> Iterator[StructureNode]:
        """Every node, depth first; an agreement's supporting agreements right after it."""
        stack = [self.root]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed((*node.supporting, *node.children)))

    def find(self, number: str) -> StructureNode | None:
        return next((node for node in self.nodes() if node.number == number), None)


@dataclass(frozen=True)
class ServiceChoice:
    """A (customer, service) pair that effective terms can be asked for."""

    customer_id: int
    customer_name: str
    service_name: str

    @property
    def label(self) -> str:
        return f"{self.customer_name} — {self.service_name}"


# ---------------------------------------------------------------- use cases


def _check_expected(session: Session, agreement: Agreement, linked_id: int | None, expected: object) -> None:
    """Refuse, naming who and when, when the link is no longer the one the caller saw (``expected``)."""
    if expected is UNCHECKED:
        return
    linked = session.get(Agreement, linked_id) if linked_id is not None else None
    if (linked.number if linked is not None else None) != expected:
        raise stale_error(session, agreement.number, "agreement", agreement.id)


def set_parent(
    db: Database, actor: Actor, number: str, parent_number: str | None, *, expected: str | None = UNCHECKED
) -> None:
    """Place agreement ``number`` under ``parent_number`` (``None``: take it out of its parent).

    With ``expected`` (the parent number the caller saw, None for none), refused
    with ``ConcurrencyError`` when the parent is no longer that, checked in the
    same transaction as the change (an undo never overwrites another's move).

    Refused with ``ValidationError(field="parent")``: an OLA or underpinning
    contract on either side (they are linked with ``link_supporting``), an
    agreement under itself or under one of its own descendants (a loop), a
    structure deeper than corporate / customer / service, and an agreement of
    another customer under a customer- or service-level agreement. Only a
    corporate-level agreement (one without a parent) spans customers; whatever
    sits below a customer-level agreement belongs to that agreement's customer.
    """
    require_role(actor, _EDITORS, "arrange agreements into levels")
    with db.unit_of_work() as session:
        agreement = find_agreement(session, number)
        _check_expected(session, agreement, agreement.parent_id, expected)
        if agreement.kind in SUPPORTING_KINDS:
            raise ValidationError(_("{name} is not placed in the levels; link it to the SLA it supports instead").format(
                name=short_name(agreement)), field="parent")
        previous = session.get(Agreement, agreement.parent_id) if agreement.parent_id is not None else None
        parent = find_agreement(session, parent_number) if parent_number and parent_number.strip() else None
        if parent is not None:
            _check_placement(session, agreement, parent)
        if (parent.id if parent else None) == agreement.parent_id:
            return
        agreement.parent_id = parent.id if parent is not None else None
        session.flush()
        audit.record(
            session, actor, "agreement.set_parent", "agreement", agreement.id,
            number=agreement.number,
            parent=parent.number if parent is not None else None,
            previous=previous.number if previous is not None else None,
            level=level_in_tree(session, agreement),
        )


def _check_placement(session: Session, agreement: Agreement, parent: Agreement) -> None:
    if parent.kind not in SLA_KINDS:
        raise ValidationError(_("{name} is {kind}; only a customer or internal SLA can hold other agreements").format(
            name=short_name(parent), kind=kind_phrase(parent.kind)), field="parent")
    if parent.id == agreement.id:
        raise ValidationError(_("{number} cannot be placed under itself").format(number=agreement.number), field="parent")
    chain = [parent, *ancestors_of(session, parent)]  # parent first, root last
    if any(item.id == agreement.id for item in chain):
        raise ValidationError(_("{parent} is below {number}; placing {number} under it would make a loop").format(
            parent=parent.number, number=agreement.number), field="parent")
    subtree = subtree_of(session, agreement)
    parent_depth = len(chain) - 1
    deepest = parent_depth + 1 + max(depth for _node, depth in subtree)
    if deepest > MAX_DEPTH:
        raise ValidationError(ngettext(
            "placing {number} under {parent} would make {count} levels; a structure has {levels}: corporate, customer "
            "and service",
            "placing {number} under {parent} would make {count} levels; a structure has {levels}: corporate, customer "
            "and service", deepest + 1).format(number=agreement.number, parent=parent.number, count=deepest + 1,
                                               levels=len(LEVELS)), field="parent")
    if parent_depth == 0:
        # The agreement becomes customer level: everything below it must be its customer's.
        owner, members = agreement, [node for node, depth in subtree if depth > 0]
    else:
        owner, members = chain[-2], [node for node, _depth in subtree]
    strangers = [node for node in members if node.customer_id != owner.customer_id]
    if strangers:
        stranger = strangers[0]
        if stranger is agreement:
            level = level_in_tree(session, parent)
            foreign = _FOREIGN_UNDER[level if level in _FOREIGN_UNDER else ""]
            message = _(foreign).format(
                parent=parent.number, level=level, parent_customer=parent.customer.name, number=agreement.number,
                customer=agreement.customer.name)
        else:
            message = _("{stranger} below {number} belongs to {stranger_customer}, not {owner_customer}; under {parent} "
                        "it would sit below a customer-level agreement of another customer").format(
                stranger=stranger.number, number=agreement.number, stranger_customer=stranger.customer.name,
                owner_customer=owner.customer.name, parent=parent.number)
        raise ValidationError(message, field="parent")


# An agreement of another customer placed under ``parent``, by the level ``parent`` is at ("": any other).
_FOREIGN_UNDER = {
    "customer": N_("{parent} is a customer-level agreement of {parent_customer}; {number} belongs to {customer}. "
                   "Only a corporate agreement (one without a parent) holds agreements of several customers"),
    "service": N_("{parent} is a service-level agreement of {parent_customer}; {number} belongs to {customer}. "
                  "Only a corporate agreement (one without a parent) holds agreements of several customers"),
    "": N_("{parent} is a {level}-level agreement of {parent_customer}; {number} belongs to {customer}. "
           "Only a corporate agreement (one without a parent) holds agreements of several customers"),
}


def link_supporting(
    db: Database, actor: Actor, number: str, supports_number: str | None, *, expected: str | None = UNCHECKED
) -> None:
    """Link OLA or underpinning contract ``number`` to the customer or internal SLA it backs (``None`` unlinks).

    ``expected`` as for ``set_parent``: the SLA the caller saw it supporting.

    Refused with ``ValidationError(field="supports")`` when ``number`` is not an
    OLA or underpinning contract, or ``supports_number`` is not a customer or
    internal SLA.
    """
    require_role(actor, _EDITORS, "link supporting agreements")
    with db.unit_of_work() as session:
        agreement = find_agreement(session, number)
        _check_expected(session, agreement, agreement.supports_id, expected)
        if agreement.kind not in SUPPORTING_KINDS:
            raise ValidationError(_("{number} is {kind}; only an OLA or an underpinning contract supports another "
                                    "agreement").format(number=agreement.number, kind=kind_phrase(agreement.kind)),
                                  field="supports")
        target = find_agreement(session, supports_number) if supports_number and supports_number.strip() else None
        if target is not None and target.kind not in SLA_KINDS:
            raise ValidationError(_("{number} is {kind}; an OLA or underpinning contract supports a customer or "
                                    "internal SLA").format(number=target.number, kind=kind_phrase(target.kind)),
                                  field="supports")
        if (target.id if target else None) == agreement.supports_id:
            return
        previous = session.get(Agreement, agreement.supports_id) if agreement.supports_id is not None else None
        agreement.supports_id = target.id if target is not None else None
        session.flush()
        audit.record(
            session, actor, "agreement.link_supporting", "agreement", agreement.id,
            number=agreement.number,
            supports=target.number if target is not None else None,
            previous=previous.number if previous is not None else None,
        )


def check_structure(db: Database, number: str) -> list[ConsistencyWarning]:
    """``consistency_check`` for every agreement in ``number``'s structure tree that has supporting agreements."""
    tree = structure_tree(db, number)
    warnings: list[ConsistencyWarning] = []
    for node in tree.nodes():
        if node.kind in SLA_KINDS and node.supporting:
            warnings.extend(consistency_check(db, node.number))
    return warnings


# --------------------------------------------------------------- the tree


def structure_tree(db: Database, number: str) -> StructureTree:
    """The agreement, its ancestors (the path to the root only), all its descendants,
    and, under each of them, the OLAs and underpinning contracts that support it.

    For an OLA or underpinning contract, the tree of the agreement it supports,
    with the OLA among that agreement's supporting ones (alone when it is not linked).
    """
    with db.read() as session:
        focus = find_agreement(session, number)
        base = focus
        if focus.kind in SUPPORTING_KINDS:
            if focus.supports_id is None:
                return StructureTree(focus.number, _node(session, focus, SUPPORTING))
            supported = session.get(Agreement, focus.supports_id)
            assert supported is not None
            base = supported
        path = [*reversed(ancestors_of(session, base)), base]
        node = _full_node(session, base, len(path) - 1, {item.id for item in path})
        for depth in range(len(path) - 2, -1, -1):
            ancestor = path[depth]
            node = _node(session, ancestor, level_of(depth, True), children=(node,))
        return StructureTree(focus.number, node)


def _node(
    session: Session, agreement: Agreement, level: str, children: tuple[StructureNode, ...] = ()
) -> StructureNode:
    supporting: tuple[StructureNode, ...] = ()
    if agreement.kind in SLA_KINDS:
        supporting = tuple(_node(session, item, SUPPORTING) for item in supporters_of(session, agreement.id))
    return StructureNode(
        number=agreement.number,
        title=agreement.title,
        kind=agreement.kind,
        customer_id=agreement.customer_id,
        customer_name=agreement.customer.name,
        status=Status(current_version(session, agreement).status),
        level=level,
        children=children,
        supporting=supporting,
    )


def _full_node(session: Session, agreement: Agreement, depth: int, path: set[int]) -> StructureNode:
    # One parent each: a loop written past slamdesk can only lead back to the path from the root, shown once.
    below = [child for child in children_of(session, agreement.id) if child.id not in path]
    children = tuple(_full_node(session, child, depth + 1, path) for child in below)
    return _node(session, agreement, level_of(depth, bool(children)), children)


# ------------------------------------------------------ effective terms


def service_choices(db: Database, number: str) -> list[ServiceChoice]:
    """Every (customer, service) pair of ``number``'s structure tree, the focus agreement's customer first.

    A customer's services are those of its agreements' lines and of their
    ancestors' lines (a corporate line applies to every customer below it).
    """
    tree = structure_tree(db, number)
    with db.read() as session:
        pairs: dict[tuple[int, str], ServiceChoice] = {}

        def visit(node: StructureNode, inherited: tuple[str, ...]) -> None:
            if node.kind not in SLA_KINDS:
                return
            lines = current_version(session, find_agreement(session, node.number)).lines
            services = (*inherited, *(line.service_name for line in lines))
            for service in services:
                pairs.setdefault(
                    (node.customer_id, service.casefold()),
                    ServiceChoice(node.customer_id, node.customer_name, service),
                )
            for child in node.children:
                visit(child, services)

        visit(tree.root, ())
    focus = tree.find(tree.focus)
    first = focus.customer_id if focus is not None and focus.kind in SLA_KINDS else None
    return sorted(
        pairs.values(),
        key=lambda c: (c.customer_id != first, c.customer_name.casefold(), c.service_name.casefold()),
    )


# ----------------------------------------------------------------- roles


def may_edit_structure(actor: Actor) -> bool:
    """Whether ``actor`` may place agreements in the levels and link supporting ones
    (``set_parent`` and ``link_supporting``): representatives and administrators."""
    return actor.role in _EDITORS
