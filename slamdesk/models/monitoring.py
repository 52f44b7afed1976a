"""Tickets and outages imported from the provider's tools, what agreements are measured on
(``core.monitoring.tickets`` and ``core.monitoring.outages``).

A ticket or outage is known by its source (the tool or layout it came from) and the id that
tool gave it, so importing the same export again finds the rows it wrote the first time.
Every row names the import that last wrote it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class MonitoringImport(Base):
    """One import of a file: what it held, who imported it and what it changed."""

    __tablename__ = "monitoring_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "tickets" or "outages"
    source: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Base):
    """A support ticket as its tool exported it; times are UTC.

    ``agreement_id`` is the agreement it counts against: named in the file, or found from the
    customer, service and site when the ticket was created (None when none matched).
    """

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_ticket_agreement_created", "agreement_id", "created_at"),
        # The open tickets only (``at_risk`` reads them, however many are resolved; migration 0014).
        Index("ix_ticket_open", "created_at", sqlite_where=text("resolved_at IS NULL"),
              postgresql_where=text("resolved_at IS NULL")),
        CheckConstraint("csat IS NULL OR csat BETWEEN 1 AND 5", name="csat"),
        CheckConstraint("ces IS NULL OR ces BETWEEN 1 AND 7", name="ces"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(120))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), default=None)
    customer: Mapped[str] = mapped_column(String(200), default="")
    service: Mapped[str] = mapped_column(String(200), default="")
    site: Mapped[str] = mapped_column(String(200), default="")
    priority: Mapped[str] = mapped_column(String(4))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    reopened_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    csat: Mapped[int | None] = mapped_column(SmallInteger, default=None)  # customer satisfaction, 1-5
    ces: Mapped[int | None] = mapped_column(SmallInteger, default=None)  # customer effort score, 1-7
    import_id: Mapped[int] = mapped_column(ForeignKey("monitoring_import.id"), index=True)


class TicketHold(Base):
    """A time a ticket was on hold (waiting for the customer): it does not count against its targets."""

    __tablename__ = "ticket_hold"
    __table_args__ = (CheckConstraint("end_at >= start_at", name="order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), index=True)
    start_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    end_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Outage(Base):
    """A time a service was down at a site or in a region; ``ended_at`` None while it lasts."""

    __tablename__ = "outage"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_outage_service_started", "service", "started_at"),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(120))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), default=None, index=True)
    service: Mapped[str] = mapped_column(String(200))
    site: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    planned: Mapped[bool] = mapped_column(Boolean, default=False)
    import_id: Mapped[int] = mapped_column(ForeignKey("monitoring_import.id"), index=True)
