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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import Agreement, AgreementLine, AgreementVersion, Customer
from . import audit, text
from .agreements import KINDS
from .catalogue import PRIORITIES, format_duration, priority_label
from .concurrency import stale_error
from .coverage import covers
from .db import Database
from .errors import NotFoundError, ValidationError
from .lifecycle import Status
from .money import format_money
from .roles import Actor, Role, require_role

SLA_KINDS = frozenset({"customer_sla", "internal_sla"})
SUPPORTING_KINDS = frozenset({"ola", "underpinning_contract"})
LEVELS: tuple[str, ...] = ("corporate", "customer", "service")
STANDALONE = "standalone"
SUPPORTING = "supporting"
LEVEL_LABELS: dict[str, str] = {
    "corporate": "Corporate level",
    "customer": "Customer level",
    "service": "Service level",
    STANDALONE: "Standalone",
    SUPPORTING: "Supporting",
}
MAX_DEPTH = len(LEVELS) - 1
KIND_SHORT: dict[str, str] = {
    "customer_sla": "SLA",
    "internal_sla": "Internal SLA",
    "ola": "OLA",
    "underpinning_contract": "UC",
}
_EDITORS = frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR})
# ``expected`` not given: the link is set whatever it is now (a new choice, not an undo of one seen).
UNCHECKED: Any = object()
_PRIORITY_ORDER = {code: index for index, code in enumerate(PRIORITIES)}


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
        return LEVEL_LABELS.get(self.level, self.level)


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
class ConsistencyWarning:
    """A supporting agreement promises less than the agreement it backs.

    ``measure`` is ``response``, ``resolution``, ``availability``, ``coverage``
    or ``missing_priority``; ``priority`` is empty for availability and coverage;
    ``supporting_value`` is empty when the supporting agreement has no target.
    """

    backed_number: str
    supporting_number: str
    supporting_kind: str
    service_name: str
    site: str
    measure: str
    priority: str
    supporting_value: str
    backed_value: str
    message: str


@dataclass(frozen=True)
class EffectiveTerm:
    """One term that applies and where it comes from.

    ``key`` is ``availability``, ``coverage``, ``<priority>.response``,
    ``<priority>.resolution``, ``monthly_price``, ``start_date`` or ``end_date``;
    ``value`` is the raw value (Decimal, str, minutes, date) and ``text`` how it reads.
    """

    key: str
    label: str
    value: object
    text: str
    number: str
    level: str

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level, self.level)


@dataclass(frozen=True)
class ServiceChoice:
    """A (customer, service) pair that effective terms can be asked for."""

    customer_id: int
    customer_name: str
    service_name: str

    @property
    def label(self) -> str:
        return f"{self.customer_name} — {self.service_name}"


# ----------------------------------------------------------------- helpers


def level_of(depth: int, has_children: bool) -> str:
    if depth == 0 and not has_children:
        return STANDALONE
    return LEVELS[min(depth, MAX_DEPTH)]


def is_looser(supporting_minutes: int, supporting_business: bool, backed_minutes: int, backed_business: bool) -> bool:
    """Whether a supporting time target promises less than the one it backs.

    Minutes are compared, with one simple rule for the clocks: a business-hours
    clock never runs faster than the calendar and stops outside working time,
    so a business-hours target of the same number of minutes as a calendar one
    is looser. A shorter business-hours target is not flagged even though it can
    run over a weekend past a calendar deadline: working that out needs both
    calendars; the coverage check catches the usual case (office-hours support
    behind a 24x7 commitment). Two business-hours targets on different calendars
    are compared by minutes.
    """
    if supporting_business and not backed_business:
        return supporting_minutes >= backed_minutes
    return supporting_minutes > backed_minutes


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f} %"


def _duration(minutes: int, business_hours: bool) -> str:
    return format_duration(minutes) + (" (business hours)" if business_hours else "")


def _same(left: str, right: str) -> bool:
    return left.strip().casefold() == right.strip().casefold()


def _agreement(session: Session, number: str) -> Agreement:
    number = text.lookup(number, field="number", label="the agreement number", max_length=text.CODE)
    agreement = session.scalars(
        select(Agreement).where(Agreement.number == number).options(selectinload(Agreement.customer))
    ).first()
    if agreement is None:
        raise NotFoundError(f"no agreement numbered {number!r}")
    return agreement


def _ancestors(session: Session, agreement: Agreement) -> list[Agreement]:
    """Parent first, root last (stops on a loop rather than running forever)."""
    chain: list[Agreement] = []
    seen = {agreement.id}
    current = agreement
    while current.parent_id is not None and current.parent_id not in seen:
        parent = session.get(Agreement, current.parent_id)
        if parent is None:
            break
        chain.append(parent)
        seen.add(parent.id)
        current = parent
    return chain


def _children(session: Session, agreement_id: int) -> list[Agreement]:
    return list(
        session.scalars(
            select(Agreement).where(Agreement.parent_id == agreement_id).order_by(Agreement.number)
        )
    )


def _subtree(session: Session, agreement: Agreement) -> list[tuple[Agreement, int]]:
    """The agreement and everything below it, each with its depth below the agreement."""
    found = [(agreement, 0)]
    seen = {agreement.id}
    index = 0
    while index < len(found):
        node, depth = found[index]
        for child in _children(session, node.id):
            if child.id not in seen:
                seen.add(child.id)
                found.append((child, depth + 1))
        index += 1
    return found


def _has_children(session: Session, agreement_id: int) -> bool:
    return session.scalars(select(Agreement.id).where(Agreement.parent_id == agreement_id).limit(1)).first() is not None


def _level(session: Session, agreement: Agreement) -> str:
    if agreement.kind in SUPPORTING_KINDS:
        return SUPPORTING
    return level_of(len(_ancestors(session, agreement)), _has_children(session, agreement.id))


def _current(session: Session, agreement: Agreement) -> AgreementVersion:
    version = session.scalars(
        select(AgreementVersion)
        .where(
            AgreementVersion.agreement_id == agreement.id,
            AgreementVersion.version_no == agreement.current_version_no,
        )
        .options(selectinload(AgreementVersion.lines))
    ).one()
    return version


def _name(agreement: Agreement) -> str:
    return f"{KIND_SHORT.get(agreement.kind, agreement.kind)} {agreement.number}"


def _kind_phrase(kind: str) -> str:
    label = KINDS.get(kind, kind)
    if kind in ("ola",):
        return "an OLA"
    return ("an " if label[0].lower() in "aeiou" else "a ") + label.lower().replace("sla", "SLA")


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
        agreement = _agreement(session, number)
        _check_expected(session, agreement, agreement.parent_id, expected)
        if agreement.kind in SUPPORTING_KINDS:
            raise ValidationError(
                f"{_name(agreement)} is not placed in the levels; link it to the SLA it supports instead",
                field="parent",
            )
        previous = session.get(Agreement, agreement.parent_id) if agreement.parent_id is not None else None
        parent = _agreement(session, parent_number) if parent_number and parent_number.strip() else None
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
            level=_level(session, agreement),
        )


def _check_placement(session: Session, agreement: Agreement, parent: Agreement) -> None:
    if parent.kind not in SLA_KINDS:
        raise ValidationError(
            f"{_name(parent)} is {_kind_phrase(parent.kind)}; only a customer or internal SLA can hold other agreements",
            field="parent",
        )
    if parent.id == agreement.id:
        raise ValidationError(f"{agreement.number} cannot be placed under itself", field="parent")
    chain = [parent, *_ancestors(session, parent)]  # parent first, root last
    if any(item.id == agreement.id for item in chain):
        raise ValidationError(
            f"{parent.number} is below {agreement.number}; placing {agreement.number} under it would make a loop",
            field="parent",
        )
    subtree = _subtree(session, agreement)
    parent_depth = len(chain) - 1
    deepest = parent_depth + 1 + max(depth for _, depth in subtree)
    if deepest > MAX_DEPTH:
        raise ValidationError(
            f"placing {agreement.number} under {parent.number} would make {deepest + 1} levels; "
            f"a structure has {len(LEVELS)}: corporate, customer and service",
            field="parent",
        )
    if parent_depth == 0:
        # The agreement becomes customer level: everything below it must be its customer's.
        owner, members = agreement, [node for node, depth in subtree if depth > 0]
    else:
        owner, members = chain[-2], [node for node, _ in subtree]
    strangers = [node for node in members if node.customer_id != owner.customer_id]
    if strangers:
        stranger = strangers[0]
        if stranger is agreement:
            message = (
                f"{parent.number} is a {_level(session, parent)}-level agreement of {parent.customer.name}; "
                f"{agreement.number} belongs to {agreement.customer.name}. Only a corporate agreement "
                "(one without a parent) holds agreements of several customers"
            )
        else:
            message = (
                f"{stranger.number} below {agreement.number} belongs to {stranger.customer.name}, not "
                f"{owner.customer.name}; under {parent.number} it would sit below a customer-level agreement "
                "of another customer"
            )
        raise ValidationError(message, field="parent")


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
        agreement = _agreement(session, number)
        _check_expected(session, agreement, agreement.supports_id, expected)
        if agreement.kind not in SUPPORTING_KINDS:
            raise ValidationError(
                f"{agreement.number} is {_kind_phrase(agreement.kind)}; only an OLA or an underpinning "
                "contract supports another agreement",
                field="supports",
            )
        target = _agreement(session, supports_number) if supports_number and supports_number.strip() else None
        if target is not None and target.kind not in SLA_KINDS:
            raise ValidationError(
                f"{target.number} is {_kind_phrase(target.kind)}; an OLA or underpinning contract supports "
                "a customer or internal SLA",
                field="supports",
            )
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


# ------------------------------------------------------------ consistency


def _supporters(session: Session, agreement_id: int) -> list[Agreement]:
    return list(
        session.scalars(
            select(Agreement).where(Agreement.supports_id == agreement_id).order_by(Agreement.number)
        )
    )


def consistency_check(db: Database, number: str) -> list[ConsistencyWarning]:
    """Where the agreements that support ``number`` promise less than it does.

    For a customer or internal SLA, each of its lines is compared with the
    lines of every OLA and underpinning contract linked to it that have the same
    service name, and the same site when both name one. A supporting agreement
    with no line for a service does not back that service and is not compared.
    A warning is raised when the supporting line

    - has a longer response or resolution time for a priority (see ``is_looser``
      for business against calendar hours),
    - has no target at all for a priority the SLA commits to,
    - has a lower availability, or
    - covers fewer hours (e.g. Mon-Fri 08:00-17:00 behind 24x7).

    Called with an OLA or underpinning contract, the same check runs against
    the one agreement it supports. Only current versions are compared.
    """
    with db.read() as session:
        agreement = _agreement(session, number)
        if agreement.kind in SUPPORTING_KINDS:
            if agreement.supports_id is None:
                return []
            backed = session.get(Agreement, agreement.supports_id)
            assert backed is not None
            pairs = [(backed, agreement)]
        else:
            pairs = [(agreement, supporter) for supporter in _supporters(session, agreement.id)]
        warnings: list[ConsistencyWarning] = []
        for backed, supporting in pairs:
            warnings.extend(
                _compare(backed, _current(session, backed).lines, supporting, _current(session, supporting).lines)
            )
        return warnings


Target = tuple[str, int, int, bool]


def targets_of(line: AgreementLine) -> list[Target]:
    """A line's snapshot targets as (priority, response min, resolution min, business hours), P1 first."""
    targets = [(str(p), int(r), int(s), bool(b)) for p, r, s, b in line.targets]  # type: ignore[call-overload]
    return sorted(targets, key=lambda t: _PRIORITY_ORDER.get(t[0], len(_PRIORITY_ORDER)))


def _compare(
    backed: Agreement, backed_lines: list[AgreementLine], supporting: Agreement, supporting_lines: list[AgreementLine]
) -> list[ConsistencyWarning]:
    who = f"{_name(supporting)} ({supporting.title})"
    warnings: list[ConsistencyWarning] = []
    for line in backed_lines:
        for other in supporting_lines:
            if not _same(other.service_name, line.service_name):
                continue
            if line.site.strip() and other.site.strip() and not _same(other.site, line.site):
                continue
            site = line.site.strip() if other.site.strip() else ""
            where = line.service_name + (f" at {site}" if site else "")
            # (measure, priority, supporting value, backed value, message)
            found: list[tuple[str, str, str, str, str]] = []
            if _narrower(other.coverage, line.coverage):
                found.append(("coverage", "", other.coverage, line.coverage,
                              f"{who} covers {other.coverage} for {where}, less than {backed.number}'s {line.coverage}"))
            if other.availability_pct < line.availability_pct:
                ours, theirs = _percent(other.availability_pct), _percent(line.availability_pct)
                found.append(("availability", "", ours, theirs,
                              f"{who} availability {ours} for {where} is lower than {backed.number}'s {theirs}"))
            offered = {target[0]: target for target in targets_of(other)}
            for priority, response, resolution, business in targets_of(line):
                target = offered.get(priority)
                if target is None:
                    committed = f"response {_duration(response, business)}, resolution {_duration(resolution, business)}"
                    found.append(("missing_priority", priority, "", committed,
                                  f"{who} has no {priority} target for {where}; "
                                  f"{backed.number} commits to {priority} {committed}"))
                    continue
                _, their_response, their_resolution, their_business = target
                for measure, mine, committed_minutes in (
                    ("response", their_response, response), ("resolution", their_resolution, resolution)
                ):
                    if is_looser(mine, their_business, committed_minutes, business):
                        ours, theirs = _duration(mine, their_business), _duration(committed_minutes, business)
                        found.append((measure, priority, ours, theirs,
                                      f"{who} {priority} {measure} {ours} for {where} is looser than "
                                      f"{backed.number}'s {theirs}"))
            warnings.extend(
                ConsistencyWarning(
                    backed_number=backed.number,
                    supporting_number=supporting.number,
                    supporting_kind=supporting.kind,
                    service_name=line.service_name,
                    site=site,
                    measure=measure,
                    priority=priority,
                    supporting_value=ours,
                    backed_value=theirs,
                    message=message,
                )
                for measure, priority, ours, theirs, message in found
            )
    return warnings


def _narrower(offered: str, required: str) -> bool:
    try:
        return not covers(offered, required)
    except ValidationError:
        return False  # a coverage text the catalogue would refuse: nothing sensible to compare


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
        focus = _agreement(session, number)
        base = focus
        if focus.kind in SUPPORTING_KINDS:
            if focus.supports_id is None:
                return StructureTree(focus.number, _node(session, focus, SUPPORTING))
            supported = session.get(Agreement, focus.supports_id)
            assert supported is not None
            base = supported
        path = [*reversed(_ancestors(session, base)), base]
        node = _full_node(session, base, len(path) - 1)
        for depth in range(len(path) - 2, -1, -1):
            ancestor = path[depth]
            node = _node(session, ancestor, level_of(depth, True), children=(node,))
        return StructureTree(focus.number, node)


def _node(
    session: Session, agreement: Agreement, level: str, children: tuple[StructureNode, ...] = ()
) -> StructureNode:
    supporting: tuple[StructureNode, ...] = ()
    if agreement.kind in SLA_KINDS:
        supporting = tuple(_node(session, item, SUPPORTING) for item in _supporters(session, agreement.id))
    return StructureNode(
        number=agreement.number,
        title=agreement.title,
        kind=agreement.kind,
        customer_id=agreement.customer_id,
        customer_name=agreement.customer.name,
        status=Status(_current(session, agreement).status),
        level=level,
        children=children,
        supporting=supporting,
    )


def _full_node(session: Session, agreement: Agreement, depth: int) -> StructureNode:
    children = tuple(_full_node(session, child, depth + 1) for child in _children(session, agreement.id))
    return _node(session, agreement, level_of(depth, bool(children)), children)


# -------------------------------------------------------- effective terms


def _customer(session: Session, customer: int | str) -> Customer:
    if isinstance(customer, int):
        found = session.get(Customer, customer)
    else:
        name = text.lookup(customer, field="customer", label="the customer name", max_length=text.NAME)
        found = session.scalars(select(Customer).where(Customer.name == name)).first()
        if found is None:
            folded = text.identity(name)
            found = next((c for c in session.scalars(select(Customer)) if text.identity(c.name) == folded), None)
    if found is None:
        raise NotFoundError(f"no customer {text.quoted(str(customer))}")
    return found


def _service_line(lines: list[AgreementLine], service_name: str, site: str | None) -> AgreementLine | None:
    matching = [line for line in lines if _same(line.service_name, service_name)]
    if site:
        at_site = [line for line in matching if _same(line.site, site)]
        matching = at_site or matching
    return matching[0] if matching else None


@dataclass
class _Source:
    agreement: Agreement
    version: AgreementVersion
    depth: int
    line: AgreementLine | None

    @property
    def level(self) -> str:
        return LEVELS[min(self.depth, MAX_DEPTH)]


def effective_terms(
    db: Database, customer: int | str, service_name: str, site: str | None = None
) -> list[EffectiveTerm]:
    """The terms that apply to ``service_name`` for ``customer`` (id or name), each with its source.

    The chain is chosen among the customer's customer and internal SLAs whose
    current version is not terminated, and whose own lines or whose ancestors'
    lines include the service: the deepest one wins (then the one with its own
    line for the service, then the latest start, then the newest). Its chain is
    that agreement and its ancestors up to the corporate level, skipping
    terminated ones. For each term the most specific level that defines it
    wins: service over customer over corporate. Line terms (availability,
    coverage, each priority's response and resolution, the monthly price of
    the line) come from the agreement's line for the service (the line at
    ``site`` when one is given and exists, else the first); start and end dates
    from the agreement itself. A standalone agreement (no parent, no children)
    is reported with the level ``standalone``.
    """
    service_name = text.lookup(service_name, field="service", label="the service", max_length=text.NAME)
    site = text.lookup(site, field="site", label="the site", max_length=text.NAME) if site is not None else None
    with db.read() as session:
        owner = _customer(session, customer)
        chosen: tuple[tuple[int, bool, dt.date, int], list[_Source]] | None = None
        candidates = session.scalars(
            select(Agreement).where(Agreement.customer_id == owner.id, Agreement.kind.in_(SLA_KINDS))
        )
        for candidate in candidates:
            version = _current(session, candidate)
            if Status(version.status) is Status.TERMINATED:
                continue
            ancestors = _ancestors(session, candidate)
            depth = len(ancestors)
            sources = [_Source(candidate, version, depth, _service_line(version.lines, service_name, site))]
            for offset, ancestor in enumerate(ancestors, 1):
                ancestor_version = _current(session, ancestor)
                if Status(ancestor_version.status) is Status.TERMINATED:
                    continue
                sources.append(
                    _Source(ancestor, ancestor_version, depth - offset,
                            _service_line(ancestor_version.lines, service_name, site))
                )
            if not any(source.line is not None for source in sources):
                continue
            key = (depth, sources[0].line is not None, version.start_date, candidate.id)
            if chosen is None or key > chosen[0]:
                chosen = (key, sources)
        if chosen is None:
            raise NotFoundError(f"{owner.name} has no agreement that covers {service_name}")
        sources = chosen[1]
        standalone = len(sources) == 1 and sources[0].depth == 0 and not _has_children(session, sources[0].agreement.id)
        return _terms(sources, standalone)


def _terms(sources: list[_Source], standalone: bool) -> list[EffectiveTerm]:
    terms: dict[str, EffectiveTerm] = {}

    def offer(source: _Source, key: str, label: str, value: object, text: str) -> None:
        if key not in terms:  # sources run from the most specific to the corporate level
            level = STANDALONE if standalone else source.level
            terms[key] = EffectiveTerm(key, label, value, text, source.agreement.number, level)

    for source in sources:
        line, currency = source.line, source.agreement.currency
        if line is not None:
            offer(source, "availability", "Availability", line.availability_pct, _percent(line.availability_pct))
            offer(source, "coverage", "Coverage", line.coverage, line.coverage)
            for code, response, resolution, business in targets_of(line):
                label = priority_label(code)
                offer(source, f"{code}.response", f"{label} response", response, _duration(response, business))
                offer(source, f"{code}.resolution", f"{label} resolution", resolution, _duration(resolution, business))
            offer(source, "monthly_price", "Monthly price", line.line_total, format_money(line.line_total, currency))
        offer(source, "start_date", "Start", source.version.start_date, source.version.start_date.isoformat())
        offer(source, "end_date", "End", source.version.end_date, source.version.end_date.isoformat())
    return sorted(terms.values(), key=_term_order)


def _term_order(term: EffectiveTerm) -> tuple[int, int, int]:
    if "." in term.key:
        priority, measure = term.key.split(".")
        return (2, _PRIORITY_ORDER.get(priority, 99), 0 if measure == "response" else 1)
    return ({"availability": 0, "coverage": 1, "monthly_price": 3, "start_date": 4, "end_date": 5}[term.key], 0, 0)


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
            lines = _current(session, _agreement(session, node.number)).lines
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
