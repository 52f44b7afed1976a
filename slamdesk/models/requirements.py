"""A customer's requirements document and the requirements it lists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Decimal4, Money, UtcDateTime, utcnow
from .catalogue import Service, ServiceLevel


class RequirementsDocument(Base):
    """One version of a customer's requirements: draft, sent, approved by the customer."""

    __tablename__ = "requirements_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(30), default="draft")
    title: Mapped[str] = mapped_column(String(300), default="")
    tax_rate_pct: Mapped[Decimal] = mapped_column(Decimal4, default=Decimal("0"))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    approved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    requirements: Mapped[list[Requirement]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Requirement.position"
    )

    __mapper_args__ = {"version_id_col": row_version}


class Requirement(Base):
    """What the customer needs, in their words, and how it is traced to the catalogue.

    Traced means a service and level are chosen; otherwise it may be marked
    infeasible (``infeasible_kind`` technical or commercial, with a reason).
    """

    __tablename__ = "requirement"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("requirements_document.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    need: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), default=None)
    site: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(100), default="")
    coverage: Mapped[str] = mapped_column(String(60))
    priorities: Mapped[list[str]] = mapped_column(JSON)
    # priority -> what such an incident looks like for this customer
    priority_notes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    users: Mapped[int] = mapped_column(Integer, default=0)
    devices: Mapped[int] = mapped_column(Integer, default=0)
    sites: Mapped[int] = mapped_column(Integer, default=1)
    tickets_per_month: Mapped[int] = mapped_column(Integer, default=0)
    items_per_month: Mapped[int] = mapped_column(Integer, default=0)
    csat_target_pct: Mapped[Decimal | None] = mapped_column(Decimal4, default=None)
    effort_target: Mapped[Decimal | None] = mapped_column(Decimal4, default=None)
    service_level_id: Mapped[int | None] = mapped_column(ForeignKey("service_level.id"), default=None)
    infeasible_kind: Mapped[str | None] = mapped_column(String(20), default=None)
    infeasible_reason: Mapped[str] = mapped_column(Text, default="")
    price_override: Mapped[Decimal | None] = mapped_column(Money, default=None)
    override_reason: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[RequirementsDocument] = relationship(back_populates="requirements")
    service: Mapped[Service | None] = relationship()
    service_level: Mapped[ServiceLevel | None] = relationship()
