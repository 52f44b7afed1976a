"""The service catalogue: services, their levels (tiers) and targets per priority."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Decimal4, Money


class Service(Base):
    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    levels: Mapped[list[ServiceLevel]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="ServiceLevel.rank"
    )


class ServiceLevel(Base):
    __tablename__ = "service_level"
    __table_args__ = (UniqueConstraint("service_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    rank: Mapped[int] = mapped_column(Integer, default=0)
    monthly_fee: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    coverage: Mapped[str] = mapped_column(String(60))
    availability_pct: Mapped[Decimal] = mapped_column(Decimal4)

    service: Mapped[Service] = relationship(back_populates="levels")
    targets: Mapped[list[ServiceTarget]] = relationship(
        back_populates="level", cascade="all, delete-orphan", order_by="ServiceTarget.priority"
    )


class ServiceTarget(Base):
    __tablename__ = "service_target"
    __table_args__ = (UniqueConstraint("level_id", "priority"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("service_level.id", ondelete="CASCADE"), index=True)
    priority: Mapped[str] = mapped_column(String(4))
    response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)
    business_hours: Mapped[bool] = mapped_column(Boolean, default=True)

    level: Mapped[ServiceLevel] = relationship(back_populates="targets")
