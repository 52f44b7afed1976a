"""A customer's requirements document and the requirements it lists."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, utcnow
from .catalogue import Service, ServiceLevel


class RequirementsDocument(Base):
    __tablename__ = "requirements_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(30), default="draft")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    requirements: Mapped[list[Requirement]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Requirement.position"
    )

    __mapper_args__ = {"version_id_col": row_version}


class Requirement(Base):
    __tablename__ = "requirement"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("requirements_document.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    need: Mapped[str] = mapped_column(Text, default="")
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    site: Mapped[str] = mapped_column(String(200))
    coverage: Mapped[str] = mapped_column(String(60))
    priorities: Mapped[list[str]] = mapped_column(JSON)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    service_level_id: Mapped[int | None] = mapped_column(ForeignKey("service_level.id"), default=None)

    document: Mapped[RequirementsDocument] = relationship(back_populates="requirements")
    service: Mapped[Service] = relationship()
    service_level: Mapped[ServiceLevel | None] = relationship()
