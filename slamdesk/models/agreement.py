"""Agreements, their versions and priced lines.

A version's content columns are frozen once it is signed: the database
refuses updates to them (see the triggers in the initial migration).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Decimal4, Money, UtcDateTime, utcnow
from .clause import AgreementClause
from .party import Customer


class Agreement(Base):
    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="customer_sla")
    title: Mapped[str] = mapped_column(String(300))
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(8), default="en")
    requirements_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("requirements_document.id"), default=None
    )
    current_version_no: Mapped[int] = mapped_column(Integer, default=1)
    # Multi-level structure: a corporate agreement, customer agreements under it,
    # service agreements under those. An OLA or underpinning contract supports a customer SLA.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), default=None, index=True)
    supports_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), default=None, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    customer: Mapped[Customer] = relationship()
    versions: Mapped[list[AgreementVersion]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementVersion.version_no"
    )


class AgreementVersion(Base):
    __tablename__ = "agreement_version"
    __table_args__ = (
        UniqueConstraint("agreement_id", "version_no"),
        Index("ix_agreement_version_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    version_no: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(30), default="draft")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    monthly_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    tax_rate_pct: Mapped[Decimal] = mapped_column(Decimal4, default=Decimal("0"))
    author_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    content_json: Mapped[str | None] = mapped_column(Text, default=None)
    content_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    frozen_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)
    # The terms in time (``core.renewals.terms``; migration 0012), frozen with a signed version.
    initial_term_months: Mapped[int] = mapped_column(Integer, default=12, server_default="12")
    renewal: Mapped[str] = mapped_column(String(10), default="none", server_default="none")
    renewal_term_months: Mapped[int] = mapped_column(Integer, default=12, server_default="12")
    max_renewals: Mapped[int | None] = mapped_column(Integer, default=None)
    notice_period: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    notice_unit: Mapped[str] = mapped_column(String(10), default="days", server_default="days")
    notice_by: Mapped[str] = mapped_column(String(10), default="either", server_default="either")
    review_months: Mapped[int | None] = mapped_column(Integer, default=None)

    agreement: Mapped[Agreement] = relationship(back_populates="versions")
    lines: Mapped[list[AgreementLine]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="AgreementLine.position"
    )
    clauses: Mapped[list[AgreementClause]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementClause.position"
    )

    __mapper_args__ = {"version_id_col": row_version}


class AgreementLine(Base):
    __tablename__ = "agreement_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    requirement_id: Mapped[int | None] = mapped_column(ForeignKey("requirement.id"), default=None)
    service_level_id: Mapped[int] = mapped_column(ForeignKey("service_level.id"))
    service_name: Mapped[str] = mapped_column(String(200))
    level_name: Mapped[str] = mapped_column(String(60))
    # The names the agreement's documents show, in its language, where they differ
    # from the catalogue's (None: the catalogue's name shows; see core.catalogue_names).
    shown_service_name: Mapped[str | None] = mapped_column(String(200), default=None)
    shown_level_name: Mapped[str | None] = mapped_column(String(60), default=None)
    site: Mapped[str] = mapped_column(String(200))
    coverage: Mapped[str] = mapped_column(String(60))
    priorities: Mapped[str] = mapped_column(String(60))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    line_total: Mapped[Decimal] = mapped_column(Money)
    # Snapshot of the level's commitments when the line was drafted:
    # availability and [priority, response min, resolution min, business hours].
    availability_pct: Mapped[Decimal] = mapped_column(Decimal4)
    targets: Mapped[list[list[object]]] = mapped_column(JSON)

    version: Mapped[AgreementVersion] = relationship(back_populates="lines")
