"""How agreements hang together, read from the database: the lookups and wording that the
structure (``core.structure``), its consistency check (``core.structure_consistency``) and its
effective terms (``core.structure_terms``) share.

The levels are the depth in the tree of ``Agreement.parent_id``: 0 corporate, 1 customer,
2 service; an agreement with no parent and no children is standalone. OLAs and underpinning
contracts are not in the levels; they support (``Agreement.supports_id``) a customer or internal SLA.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import Agreement, AgreementLine, AgreementVersion
from . import text
from .catalogue import PRIORITIES, format_duration
from .drafting import KINDS, Kind
from .errors import NotFoundError
from .words import N_, _

SLA_KINDS = frozenset({Kind.CUSTOMER_SLA, Kind.INTERNAL_SLA})
SUPPORTING_KINDS = frozenset({Kind.OLA, Kind.UNDERPINNING_CONTRACT})
LEVELS: tuple[str, ...] = ("corporate", "customer", "service")
STANDALONE = "standalone"
SUPPORTING = "supporting"
LEVEL_LABELS: dict[str, str] = {
    "corporate": N_("Corporate level"),
    "customer": N_("Customer level"),
    "service": N_("Service level"),
    STANDALONE: N_("Standalone"),
    SUPPORTING: N_("Supporting"),
}
MAX_DEPTH = len(LEVELS) - 1
KIND_SHORT: dict[str, str] = {
    Kind.CUSTOMER_SLA: "SLA",
    Kind.INTERNAL_SLA: "Internal SLA",
    Kind.OLA: "OLA",
    Kind.UNDERPINNING_CONTRACT: "UC",
}
PRIORITY_ORDER = {code: index for index, code in enumerate(PRIORITIES)}


def level_of(depth: int, has_children: bool) -> str:
    if depth == 0 and not has_children:
        return STANDALONE
    return LEVELS[min(depth, MAX_DEPTH)]


def percent(value: Decimal) -> str:
    return f"{value.normalize():f} %"


def duration(minutes: int, business_hours: bool) -> str:
    written = format_duration(minutes)
    return _("{duration} (business hours)").format(duration=written) if business_hours else written


def same_text(left: str, right: str) -> bool:
    return left.strip().casefold() == right.strip().casefold()


def find_agreement(session: Session, number: str) -> Agreement:
    """Agreement ``number`` as typed (``core.text.lookup``), with its customer; ``NotFoundError`` if none."""
    number = text.lookup(number, field="number", label=_("the agreement number"), max_length=text.CODE)
    agreement = session.scalars(
        select(Agreement).where(Agreement.number == number).options(selectinload(Agreement.customer))
    ).first()
    if agreement is None:
        raise NotFoundError(_("no agreement numbered {number!r}").format(number=number))
    return agreement


def ancestors_of(session: Session, agreement: Agreement) -> list[Agreement]:
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


def children_of(session: Session, agreement_id: int) -> list[Agreement]:
    """The agreements placed directly under this one, by number."""
    return list(
        session.scalars(
            select(Agreement).where(Agreement.parent_id == agreement_id).order_by(Agreement.number)
        )
    )


def subtree_of(session: Session, agreement: Agreement) -> list[tuple[Agreement, int]]:
    """The agreement and everything below it, each with its depth below the agreement."""
    found = [(agreement, 0)]
    seen = {agreement.id}
    index = 0
    while index < len(found):
        node, depth = found[index]
        for child in children_of(session, node.id):
            if child.id not in seen:
                seen.add(child.id)
                found.append((child, depth + 1))
        index += 1
    return found


def has_children(session: Session, agreement_id: int) -> bool:
    return session.scalars(select(Agreement.id).where(Agreement.parent_id == agreement_id).limit(1)).first() is not None


def level_in_tree(session: Session, agreement: Agreement) -> str:
    if agreement.kind in SUPPORTING_KINDS:
        return SUPPORTING
    return level_of(len(ancestors_of(session, agreement)), has_children(session, agreement.id))


def current_version(session: Session, agreement: Agreement) -> AgreementVersion:
    version = session.scalars(
        select(AgreementVersion)
        .where(
            AgreementVersion.agreement_id == agreement.id,
            AgreementVersion.version_no == agreement.current_version_no,
        )
        .options(selectinload(AgreementVersion.lines))
    ).one()
    return version


def short_name(agreement: Agreement) -> str:
    return f"{KIND_SHORT.get(agreement.kind, agreement.kind)} {agreement.number}"


# A kind as a refusal names it ("... is an OLA; ...").
KIND_PHRASES: dict[str, str] = {
    Kind.CUSTOMER_SLA: N_("a customer SLA"),
    Kind.INTERNAL_SLA: N_("an internal SLA"),
    Kind.OLA: N_("an OLA"),
    Kind.UNDERPINNING_CONTRACT: N_("an underpinning contract"),
}


def kind_phrase(kind: str) -> str:
    if kind in KIND_PHRASES:
        return _(KIND_PHRASES[kind])
    label = KINDS.get(kind, kind)
    return ("an " if label[0].lower() in "aeiou" else "a ") + label.lower().replace("sla", "SLA")


def supporters_of(session: Session, agreement_id: int) -> list[Agreement]:
    """The OLAs and underpinning contracts linked to this agreement, by number."""
    return list(
        session.scalars(
            select(Agreement).where(Agreement.supports_id == agreement_id).order_by(Agreement.number)
        )
    )


Target = tuple[str, int, int, bool]


def targets_of(line: AgreementLine) -> list[Target]:
    """A line's snapshot targets as (priority, response min, resolution min, business hours), P1 first."""
    targets = [(str(p), int(r), int(s), bool(b)) for p, r, s, b in line.targets]  # type: ignore[call-overload]
    return sorted(targets, key=lambda t: PRIORITY_ORDER.get(t[0], len(PRIORITY_ORDER)))
