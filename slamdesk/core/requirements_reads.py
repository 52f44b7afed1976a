"""Reading requirements documents: the view of one, the list of all, and their quotes.

The read side of ``requirements`` (which re-exports every name here): the use cases there return their
document through ``requirements_view`` and ``_as_stored`` in their own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..models import Customer, Requirement, RequirementsDocument
from .catalogue import ServiceInfo, services_in
from .db import Database
from .errors import NotFoundError
from .pricing import Quote, Volumes
from .requirements_rules import (
    VOLUME_FIELDS,
    DocumentStatus,
    DocumentSummary,
    RequirementsView,
    RequirementView,
    quote_for,
)
from .words import _


def _view(document: RequirementsDocument, customer: Customer) -> RequirementsView:
    return RequirementsView(
        id=document.id,
        customer_id=customer.id,
        customer_name=customer.name,
        customer_language=customer.language,
        version=document.version,
        status=DocumentStatus(document.status),
        title=document.title,
        tax_rate_pct=document.tax_rate_pct,
        created_at=document.created_at,
        sent_at=document.sent_at,
        approved_at=document.approved_at,
        approved_by=document.approved_by,
        row_version=document.row_version,
        items=tuple(
            RequirementView(
                id=r.id,
                position=r.position,
                need=r.need,
                outcome=r.outcome,
                service_id=r.service_id,
                service_name=r.service.name if r.service else "",
                site=r.site,
                region=r.region,
                coverage=r.coverage,
                priorities=tuple(r.priorities),
                priority_notes=dict(r.priority_notes),
                volumes=Volumes(**{name: getattr(r, name) for name in VOLUME_FIELDS}),
                csat_target_pct=r.csat_target_pct,
                effort_target=r.effort_target,
                level_id=r.service_level_id,
                infeasible_kind=r.infeasible_kind,
                infeasible_reason=r.infeasible_reason,
                price_override=r.price_override,
                override_reason=r.override_reason,
            )
            for r in document.requirements
        ),
    )


def get_requirements(db: Database, document_id: int) -> RequirementsView:
    with db.read() as session:
        return requirements_view(session, document_id)


def requirements_view(session: Session, document_id: int) -> RequirementsView:
    """``get_requirements`` in the caller's transaction."""
    document = session.scalars(
        select(RequirementsDocument)
        .options(selectinload(RequirementsDocument.requirements).selectinload(Requirement.service))
        .where(RequirementsDocument.id == document_id)
    ).first()
    if document is None:
        raise NotFoundError(_("no requirements document with id {document_id}").format(document_id=document_id))
    customer = session.get(Customer, document.customer_id)
    assert customer is not None
    return _view(document, customer)


def _as_stored(session: Session, document_id: int) -> RequirementsView:
    """The document as a use case's transaction has stored it (read back, as a later read would see it)."""
    session.flush()
    session.expire_all()
    return requirements_view(session, document_id)


def list_documents(db: Database, customer_id: int | None = None) -> list[DocumentSummary]:
    count = (
        select(func.count(Requirement.id)).where(Requirement.document_id == RequirementsDocument.id).scalar_subquery()
    )
    query = (
        select(RequirementsDocument, Customer.name, count)
        .join(Customer, Customer.id == RequirementsDocument.customer_id)
        .order_by(Customer.name, RequirementsDocument.version.desc())
    )
    if customer_id is not None:
        query = query.where(RequirementsDocument.customer_id == customer_id)
    with db.read() as session:
        return [
            DocumentSummary(d.id, d.customer_id, name, d.version, DocumentStatus(d.status), d.title, items, d.created_at)
            for d, name, items in session.execute(query)
        ]


def quote(db: Database, document_id: int) -> Quote:
    """Every requirement priced at every level of its service, with the chosen one."""
    with db.read() as session:
        return quote_in(session, document_id)


def quote_in(session: Session, document_id: int) -> Quote:
    """``quote`` in the caller's transaction."""
    return quote_for(requirements_view(session, document_id), services_in(session))


@dataclass(frozen=True)
class PricedDocument:
    """A requirements document as a window shows it: as stored, the catalogue it is priced from, its quote."""

    view: RequirementsView
    services: list[ServiceInfo]
    quote: Quote


def priced(view: RequirementsView, services: list[ServiceInfo]) -> PricedDocument:
    """``view`` priced from ``services`` (read once by the caller), reading nothing."""
    return PricedDocument(view, services, quote_for(view, services))


def open_document(db: Database, document_id: int) -> PricedDocument:
    """The document and the catalogue, each read once (in one read), and the one quote every tab shows."""
    with db.read() as session:
        return priced(requirements_view(session, document_id), services_in(session))
