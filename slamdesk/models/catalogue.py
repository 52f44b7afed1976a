"""The service catalogue: services, their levels (tiers), targets and price models."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Decimal4, Money
from .party import Customer


class Service(Base):
    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # The name in other languages (language code -> name; see core.catalogue_names).
    names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    description: Mapped[str] = mapped_column(Text, default="")
    # Bumped by every save of the service or its levels (the editor's stale check).
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    levels: Mapped[list[ServiceLevel]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="ServiceLevel.rank"
    )


class ServiceLevel(Base):
    """A tier of a service: what it commits to, where it is offered, what it costs.

    ``monthly_fee`` is the fee per priced unit (``unit``: user, device or site;
    ``none`` for a fixed price only); ``fixed_fee`` is charged once per line.
    A level with a ``customer_id`` is a custom (VIP) level for that customer only.
    """

    __tablename__ = "service_level"
    __table_args__ = (UniqueConstraint("service_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    rank: Mapped[int] = mapped_column(Integer, default=0)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    currency: Mapped[str] = mapped_column(String(3))
    coverage: Mapped[str] = mapped_column(String(60))
    availability_pct: Mapped[Decimal] = mapped_column(Decimal4)
    internal_availability_pct: Mapped[Decimal] = mapped_column(Decimal4)
    availability_period: Mapped[str] = mapped_column(String(10), default="month")
    internal_buffer_pct: Mapped[Decimal] = mapped_column(Decimal4, default=Decimal("20"))
    # Feasibility: regions the level is offered in (empty: everywhere) and the
    # smallest volume of the priced unit it is sold for.
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_units: Mapped[int] = mapped_column(Integer, default=0)
    # Price model.
    fixed_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    monthly_fee: Mapped[Decimal] = mapped_column(Money)
    unit: Mapped[str] = mapped_column(String(10), default="user")
    value_unit: Mapped[str | None] = mapped_column(String(20), default=None)
    value_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))

    service: Mapped[Service] = relationship(back_populates="levels")
    customer: Mapped[Customer | None] = relationship()
    targets: Mapped[list[ServiceTarget]] = relationship(
        back_populates="level", cascade="all, delete-orphan", order_by="ServiceTarget.priority"
    )
    commitments: Mapped[list[ServiceCommitment]] = relationship(
        back_populates="level", cascade="all, delete-orphan", order_by="ServiceCommitment.position"
    )
    bands: Mapped[list[VolumeBand]] = relationship(
        back_populates="level", cascade="all, delete-orphan", order_by="VolumeBand.min_units"
    )
    variants: Mapped[list[RegionalVariant]] = relationship(
        back_populates="level", cascade="all, delete-orphan", order_by="RegionalVariant.region"
    )


class ServiceTarget(Base):
    """Response and resolution for one priority: the external commitment and
    the stricter internal aim, counted in business or calendar hours."""

    __tablename__ = "service_target"
    __table_args__ = (UniqueConstraint("level_id", "priority"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("service_level.id", ondelete="CASCADE"), index=True)
    priority: Mapped[str] = mapped_column(String(4))
    response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)
    internal_response_minutes: Mapped[int] = mapped_column(Integer)
    internal_resolution_minutes: Mapped[int] = mapped_column(Integer)
    business_hours: Mapped[bool] = mapped_column(Boolean, default=True)
    calendar: Mapped[str] = mapped_column(String(60), default="")

    level: Mapped[ServiceLevel] = relationship(back_populates="targets")


class ServiceCommitment(Base):
    """Another measurable commitment, e.g. a new user account within 1 working day."""

    __tablename__ = "service_commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("service_level.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(Decimal4)
    internal_amount: Mapped[Decimal] = mapped_column(Decimal4)
    unit: Mapped[str] = mapped_column(String(20))

    level: Mapped[ServiceLevel] = relationship(back_populates="commitments")


class VolumeBand(Base):
    """From ``min_units`` priced units on, the unit fees are discounted."""

    __tablename__ = "volume_band"
    __table_args__ = (UniqueConstraint("level_id", "min_units"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("service_level.id", ondelete="CASCADE"), index=True)
    min_units: Mapped[int] = mapped_column(Integer)
    discount_pct: Mapped[Decimal] = mapped_column(Decimal4)

    level: Mapped[ServiceLevel] = relationship(back_populates="bands")


class RegionalVariant(Base):
    """A level in another region: a surcharge and, where they differ, its own targets."""

    __tablename__ = "regional_variant"
    __table_args__ = (UniqueConstraint("level_id", "region"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("service_level.id", ondelete="CASCADE"), index=True)
    region: Mapped[str] = mapped_column(String(100))
    surcharge_pct: Mapped[Decimal] = mapped_column(Decimal4, default=Decimal("0"))
    # priority -> [response minutes, resolution minutes] where they differ from the level
    targets: Mapped[dict[str, list[int]]] = mapped_column(JSON, default=dict)

    level: Mapped[ServiceLevel] = relationship(back_populates="variants")
