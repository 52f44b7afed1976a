"""The contract register: agreements with their current version and documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, func, or_, select

from ..models import Agreement, AgreementVersion, Customer, RegisterDocument
from .db import Database
from .lifecycle import Status


@dataclass(frozen=True)
class DocumentRef:
    format: str
    path: str
    sha256: str
    size_bytes: int
    created_at: dt.datetime


@dataclass(frozen=True)
class RegisterRow:
    number: str
    title: str
    customer: str
    kind: str
    status: Status
    version_no: int
    start_date: dt.date
    end_date: dt.date
    monthly_total: Decimal
    currency: str
    documents: tuple[DocumentRef, ...]


def _query(status: Status | None, search: str | None) -> Select:  # type: ignore[type-arg]
    query = (
        select(Agreement, AgreementVersion, Customer.name)
        .join(
            AgreementVersion,
            (AgreementVersion.agreement_id == Agreement.id)
            & (AgreementVersion.version_no == Agreement.current_version_no),
        )
        .join(Customer, Customer.id == Agreement.customer_id)
    )
    if status is not None:
        query = query.where(AgreementVersion.status == status.value)
    if search and search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(Agreement.number.ilike(pattern), Agreement.title.ilike(pattern), Customer.name.ilike(pattern))
        )
    return query


def count_agreements(db: Database, *, status: Status | None = None, search: str | None = None) -> int:
    with db.read() as session:
        subquery = _query(status, search).with_only_columns(Agreement.id).subquery()
        return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


def list_agreements(
    db: Database,
    *,
    status: Status | None = None,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[RegisterRow]:
    with db.read() as session:
        query = _query(status, search).order_by(Agreement.number).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        found = session.execute(query).all()
        version_ids = [version.id for _, version, _ in found]
        documents: dict[int, list[DocumentRef]] = {}
        for document in session.scalars(
            select(RegisterDocument)
            .where(RegisterDocument.version_id.in_(version_ids))
            .order_by(RegisterDocument.id)
        ):
            documents.setdefault(document.version_id, []).append(
                DocumentRef(document.format, document.path, document.sha256, document.size_bytes, document.created_at)
            )
        return [
            RegisterRow(
                number=agreement.number,
                title=agreement.title,
                customer=customer_name,
                kind=agreement.kind,
                status=Status(version.status),
                version_no=version.version_no,
                start_date=version.start_date,
                end_date=version.end_date,
                monthly_total=version.monthly_total,
                currency=agreement.currency,
                documents=tuple(documents.get(version.id, ())),
            )
            for agreement, version, customer_name in found
        ]
