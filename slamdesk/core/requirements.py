"""A customer's requirements: gathered, versioned, traced to the catalogue, priced.

A requirements document moves draft -> sent -> approved (by the customer);
a change after sending is a new version. Each requirement is traced to a
service and level or marked infeasible with a technical or commercial reason.
The catalogue's feasibility rules (regions, hours of coverage, minimum volume,
priorities with targets) decide which levels can be offered. The inputs and
views, the checks, feasibility and the pure quote are in ``requirements_rules``, the reads in
``requirements_reads`` (both importable from here too); this module stores documents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..models import AgreementLine, Customer, Requirement, RequirementsDocument, Service, ServiceLevel
from ..models.base import utcnow
from . import audit, text
from .catalogue import HUNDRED, services_in
from .concurrency import check_row_version
from .db import Database
from .errors import NotFoundError, TransitionError, ValidationError
from .money import parse_amount
from .pricing import Quote, QuoteLine, Volumes
from .requirements_reads import (  # the read side, importable from here as always
    PricedDocument,
    _as_stored,
    get_requirements,
    list_documents,
    open_document,
    priced,
    quote,
    quote_in,
    requirements_view,
)
from .requirements_rules import (
    DOCUMENT_STATUSES,
    INFEASIBLE_KINDS,
    VOLUME_FIELDS,
    DocumentStatus,
    DocumentSummary,
    InfeasibleKind,
    RequirementInput,
    RequirementsView,
    RequirementView,
    clean_requirement,
    describe_targets,
    problems_for,
    quote_for,
    validate_requirement,
)
from .roles import Actor, Role, refusal, require_role
from .words import N_, _

# Re-exported: these have always been importable from here.
__all__ = [
    "DOCUMENT_STATUSES", "INFEASIBLE_KINDS", "VOLUME_FIELDS", "DocumentStatus", "DocumentSummary", "InfeasibleKind",
    "RequirementInput",
    "RequirementView", "RequirementsView", "clean_requirement", "describe_targets", "problems_for", "quote_for",
    "validate_requirement",
    "PricedDocument", "get_requirements", "list_documents", "open_document", "priced", "quote", "quote_in",
    "requirements_view", "Volumes",
]

_EDITORS = {Role.REPRESENTATIVE, Role.ADMINISTRATOR}


def why_not_edit(actor: Actor) -> str | None:
    """Why ``actor`` may not record requirements (the refusal a save would give), or None: the editor opens
    read-only with it."""
    return refusal(actor, _EDITORS, "record requirements")
# Why a document that is no longer a draft cannot change, by its status.
_NOT_EDITABLE = {
    DocumentStatus.SENT: N_("version {version} is sent to customer; make a new version to change it"),
    DocumentStatus.APPROVED: N_("version {version} is approved by customer; make a new version to change it"),
}


# ----------------------------------------------------------- use cases


def _requirement_row(item: RequirementInput, position: int, row: Requirement | None = None) -> Requirement:
    row = row or Requirement()
    row.position = position
    row.need = item.need.strip()
    row.outcome = item.outcome.strip()
    if row.service_id != item.service_id:
        row.service_level_id = None
        row.price_override, row.override_reason = None, ""
    row.service_id = item.service_id
    row.site = item.site.strip()
    row.region = item.region.strip()
    row.coverage = item.coverage.strip()
    row.priorities = list(item.priorities)
    row.priority_notes = {p: note.strip() for p, note in sorted(item.priority_notes.items()) if note.strip()}
    for name in VOLUME_FIELDS:
        setattr(row, name, getattr(item, name))
    row.csat_target_pct = item.csat_target_pct
    row.effort_target = item.effort_target
    return row


def _check_inputs(session: Session, requirements: Sequence[RequirementInput]) -> None:
    known = set(session.scalars(select(Service.id)))
    for index, item in enumerate(requirements):
        if item.service_id is not None and item.service_id not in known:
            raise ValidationError(_("requirement {number}: unknown service").format(number=index + 1), field="service")


def _check_document(actor: Actor, requirements: Sequence[RequirementInput], tax_rate_pct: Decimal) -> Decimal:
    """The checks every save of a document's requirements makes; returns the tax rate."""
    require_role(actor, _EDITORS, _("record requirements"))
    if not requirements:
        raise ValidationError(_("record at least one requirement"), field="requirements")
    for index, item in enumerate(requirements):
        validate_requirement(item, index)
    return _tax(tax_rate_pct)


def _tax(tax_rate_pct: Decimal) -> Decimal:
    value = parse_amount(tax_rate_pct, "tax_rate_pct")
    if value > HUNDRED:
        raise ValidationError(_("a tax rate cannot be over 100 %"), field="tax_rate_pct")
    return value


def create_requirements(
    db: Database,
    actor: Actor,
    *,
    customer_id: int,
    requirements: Sequence[RequirementInput],
    title: str = "",
    tax_rate_pct: Decimal = Decimal("0"),
) -> RequirementsView:
    """A new requirements document (the customer's next version), in draft."""
    requirements = [clean_requirement(item, index) for index, item in enumerate(requirements)]
    title = text.clean(title, field="title", label=_("the title"), max_length=text.TITLE, required=False)
    tax = _check_document(actor, requirements, tax_rate_pct)
    with db.unit_of_work() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError(_("no customer with id {customer_id}").format(customer_id=customer_id))
        _check_inputs(session, requirements)
        document = RequirementsDocument(
            customer_id=customer_id, version=_next_version(session, customer_id), status=DocumentStatus.DRAFT.value,
            title=title.strip(), tax_rate_pct=tax,
        )
        document.requirements = [_requirement_row(item, index + 1) for index, item in enumerate(requirements)]
        session.add(document)
        session.flush()
        audit.record(session, actor, "requirements.create", "requirements_document", document.id, items=len(requirements),
                     row_version=document.row_version)  # a change outside slamdesk after it is not put on its author
        return _as_stored(session, document.id)


def _next_version(session: Session, customer_id: int) -> int:
    latest = session.scalar(
        select(func.max(RequirementsDocument.version)).where(RequirementsDocument.customer_id == customer_id)
    )
    return (latest or 0) + 1


def _document(
    session: Session, document_id: int, row_version: int, *, editable: bool = False
) -> RequirementsDocument:
    """The document, refused when it changed since the caller loaded ``row_version`` (or is not editable)."""
    document = session.get(RequirementsDocument, document_id, options=[selectinload(RequirementsDocument.requirements)])
    if document is None:
        raise NotFoundError(_("no requirements document with id {document_id}").format(document_id=document_id))
    customer = session.get(Customer, document.customer_id)
    check_row_version(
        session, document.row_version, row_version,
        what=(_("Requirements v{version} for {customer}").format(version=document.version, customer=customer.name)
              if customer else _("Requirements v{version} for this customer").format(version=document.version)),
        entity_type="requirements_document", entity_id=document.id,
        parts=("requirement", [row.id for row in document.requirements]),
    )
    if editable and document.status != DocumentStatus.DRAFT:
        raise TransitionError(_(_NOT_EDITABLE[DocumentStatus(document.status)]).format(version=document.version))
    return document


def _saved(document: RequirementsDocument) -> None:
    """Every save, even of one requirement's level, price or trace, is the document's next row version."""
    document.row_version = document.row_version + 1


def update_requirements(
    db: Database,
    actor: Actor,
    document_id: int,
    *,
    row_version: int,
    requirements: Sequence[RequirementInput],
    title: str,
    tax_rate_pct: Decimal,
) -> RequirementsView:
    """Save a draft document's requirements (matched by id; new ones have none).

    Refused with ``ConcurrencyError`` when the document changed since the caller loaded ``row_version``.
    """
    requirements = [clean_requirement(item, index) for index, item in enumerate(requirements)]
    title = text.clean(title, field="title", label=_("the title"), max_length=text.TITLE, required=False)
    tax = _check_document(actor, requirements, tax_rate_pct)
    with db.unit_of_work() as session:
        document = _document(session, document_id, row_version, editable=True)
        _check_inputs(session, requirements)
        existing = {row.id: row for row in document.requirements}
        kept = {item.id for item in requirements if item.id is not None}
        if kept - set(existing):
            raise ValidationError(_("a requirement does not belong to this document"), field="requirements")
        for row_id, row in existing.items():
            if row_id not in kept:
                used = session.scalar(select(func.count(AgreementLine.id)).where(AgreementLine.requirement_id == row_id))
                if used:
                    raise ValidationError(
                        _("requirement {number} is in a drafted agreement and cannot be removed").format(number=row.position),
                        field="requirements",
                    )
                document.requirements.remove(row)
        document.requirements = [
            _requirement_row(item, index + 1, existing.get(item.id) if item.id is not None else None)
            for index, item in enumerate(requirements)
        ]
        document.title = title.strip()
        document.tax_rate_pct = tax
        _saved(document)
        audit.record(
            session, actor, "requirements.update", "requirements_document", document.id, items=len(requirements),
            row_version=document.row_version,
        )
        return _as_stored(session, document_id)


def send_requirements(db: Database, actor: Actor, document_id: int, *, row_version: int) -> RequirementsView:
    """Draft -> sent to the customer for approval (the version the caller loaded, ``row_version``)."""
    require_role(actor, _EDITORS, _("send requirements"))
    with db.unit_of_work() as session:
        document = _document(session, document_id, row_version, editable=True)
        document.status, document.sent_at = DocumentStatus.SENT.value, utcnow()
        _saved(document)
        audit.record(
            session, actor, "requirements.send", "requirements_document", document.id, version=document.version,
            row_version=document.row_version,
        )
        return _as_stored(session, document_id)


def record_customer_approval(
    db: Database, actor: Actor, document_id: int, approved_by: str, *, row_version: int
) -> RequirementsView:
    """Sent -> approved by the customer (the person who approved is named)."""
    require_role(actor, _EDITORS, _("record the customer's approval"))
    approved_by = text.clean(approved_by, field="approved_by", label=_("the name of who approved"), max_length=text.NAME,
                             missing=_("name the customer's person who approved"))
    with db.unit_of_work() as session:
        document = _document(session, document_id, row_version)
        if document.status != DocumentStatus.SENT:
            raise TransitionError(_("only a document sent to the customer can be approved by them"))
        document.status, document.approved_at, document.approved_by = (
            DocumentStatus.APPROVED.value, utcnow(), approved_by.strip()
        )
        _saved(document)
        audit.record(
            session, actor, "requirements.approve", "requirements_document", document.id, by=approved_by.strip(),
            row_version=document.row_version,
        )
        return _as_stored(session, document_id)


def new_version(db: Database, actor: Actor, document_id: int, *, row_version: int) -> RequirementsView:
    """A draft copy of a document as the customer's next version (of the version the caller loaded)."""
    require_role(actor, _EDITORS, _("record requirements"))
    with db.unit_of_work() as session:
        source = _document(session, document_id, row_version)
        copy = RequirementsDocument(
            customer_id=source.customer_id, version=_next_version(session, source.customer_id),
            status=DocumentStatus.DRAFT.value,
            title=source.title, tax_rate_pct=source.tax_rate_pct,
        )
        copy.requirements = [
            Requirement(
                **{
                    column: getattr(row, column)
                    for column in (
                        "position", "need", "outcome", "service_id", "site", "region", "coverage", "priorities",
                        "priority_notes", *VOLUME_FIELDS, "csat_target_pct", "effort_target", "service_level_id",
                        "infeasible_kind", "infeasible_reason", "price_override", "override_reason",
                    )
                }
            )
            for row in source.requirements
        ]
        session.add(copy)
        session.flush()
        audit.record(session, actor, "requirements.new_version", "requirements_document", copy.id, source=source.id,
                     row_version=copy.row_version)
        return _as_stored(session, copy.id)


def _requirement(document: RequirementsDocument, requirement_id: int) -> Requirement:
    row = next((r for r in document.requirements if r.id == requirement_id), None)
    if row is None:
        raise NotFoundError(_("requirement {requirement_id} is not in this document").format(requirement_id=requirement_id))
    return row


def mark_infeasible(
    db: Database, actor: Actor, document_id: int, requirement_id: int, kind: str | None, reason: str = "", *,
    row_version: int,
) -> RequirementsView:
    """Mark a requirement infeasible (technical or commercial, with a reason), or clear it with ``kind=None``."""
    require_role(actor, _EDITORS, _("trace requirements"))
    reason = text.clean(reason, field="infeasible_reason", label=_("the reason"), max_length=text.COMMENT,
                        multiline=True, required=False)
    if kind is not None:
        if kind not in INFEASIBLE_KINDS:
            raise ValidationError(_("infeasible is {first} or {second}").format(first=InfeasibleKind.TECHNICAL.value,
                                                                                second=InfeasibleKind.COMMERCIAL.value),
                                  field="infeasible_kind")
        if not reason.strip():
            raise ValidationError(_("say why it cannot be delivered"), field="infeasible_reason")
    with db.unit_of_work() as session:
        document = _document(session, document_id, row_version, editable=True)
        row = _requirement(document, requirement_id)
        row.infeasible_kind = InfeasibleKind(kind).value if kind is not None else None
        row.infeasible_reason = reason.strip() if kind else ""
        if kind is not None:
            row.service_level_id, row.price_override, row.override_reason = None, None, ""
        _saved(document)
        audit.record(
            session, actor, "requirements.trace", "requirement", row.id, infeasible=kind, reason=row.infeasible_reason,
            row_version=document.row_version,
        )
        return _as_stored(session, document_id)


def set_price_override(
    db: Database, actor: Actor, document_id: int, requirement_id: int, amount: Decimal | str | None, reason: str = "",
    *, row_version: int,
) -> Quote:
    """A custom (VIP) monthly price for a requirement's chosen level, with its reason; None restores the list price."""
    require_role(actor, _EDITORS, _("set custom prices"))
    reason = text.clean(reason, field="override_reason", label=_("the reason"), max_length=text.COMMENT, required=False)
    value = None if amount is None or (isinstance(amount, str) and not amount.strip()) else parse_amount(amount, "price_override")
    if value is not None and not reason.strip():
        raise ValidationError(_("a custom price needs a reason"), field="override_reason")
    with db.unit_of_work() as session:
        document = _document(session, document_id, row_version, editable=True)
        row = _requirement(document, requirement_id)
        if value is not None and row.service_level_id is None:
            raise ValidationError(_("choose a level before setting a custom price"), field="price_override")
        row.price_override, row.override_reason = value, reason.strip() if value is not None else ""
        _saved(document)
        audit.record(
            session, actor, "requirements.override", "requirement", row.id,
            amount=str(value) if value is not None else None, reason=row.override_reason,
            row_version=document.row_version,
        )
        return quote_for(_as_stored(session, document_id), services_in(session))


def _check_choice(line: QuoteLine | None, requirement_id: int, level_id: int | None) -> None:
    if line is None:
        raise NotFoundError(_("requirement {requirement_id} is not in this document").format(requirement_id=requirement_id))
    if level_id is None:
        return
    option = next((o for o in line.options if o.level_id == level_id), None)
    if option is None:
        raise ValidationError(
            (_("requirement {number}: that level is not offered for {service}").format(number=line.position,
                                                                                      service=line.service_name)
             if line.service_name else _("requirement {number}: that level is not offered for it").format(number=line.position)),
            field="level",
        )
    if line.infeasible_kind:
        raise ValidationError(_("requirement {number} is marked infeasible").format(number=line.position), field="level")
    if option.problems:
        raise ValidationError(
            _("requirement {number}: {problems}").format(number=line.position, problems="; ".join(option.problems)),
            field="level",
        )


def choose_levels(
    db: Database, actor: Actor, document_id: int, choices: Mapping[int, int | None], *, row_version: int
) -> Quote:
    """Pick a service level for requirements (requirement id -> level id, None to clear).

    The choices are checked against the document as stored; the save is refused
    with ``ConcurrencyError`` when it changed since the caller loaded ``row_version``.
    """
    require_role(actor, _EDITORS, _("choose service levels"))
    with db.unit_of_work() as session:
        document = _document(session, document_id, row_version, editable=True)
        # Checked while this unit of work holds the write lock: the quote read now is the document as stored.
        current = {line.requirement_id: line for line in quote_in(session, document_id).lines}
        for requirement_id, level_id in choices.items():
            _check_choice(current.get(requirement_id), requirement_id, level_id)
        rows = {row.id: row for row in document.requirements}
        for requirement_id, level_id in choices.items():
            row = rows[requirement_id]
            if row.service_level_id != level_id:
                row.price_override, row.override_reason = None, ""
            row.service_level_id = level_id
        currencies = {
            session.get(ServiceLevel, r.service_level_id).currency  # type: ignore[union-attr]
            for r in document.requirements
            if r.service_level_id is not None
        }
        if len(currencies) > 1:
            raise ValidationError(_("all chosen levels must be priced in one currency"), field="level")
        _saved(document)
        audit.record(
            session, actor, "requirements.price", "requirements_document", document_id, choices=dict(choices),
            row_version=document.row_version,
        )
        return quote_for(_as_stored(session, document_id), services_in(session))

