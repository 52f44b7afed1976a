"""What happened to an agreement's terms after signing (``core.renewals.history``; migration 0013): renewals and
notices, appended and never changed (triggers refuse changing or removing one)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class AgreementTermEvent(Base):
    """A renewal (``renewed``: the term ``term_no`` begins) or a notice (``notice``: the agreement ends at the end of
    term ``term_no``, on ``effective``)."""

    __tablename__ = "agreement_term_event"
    __table_args__ = (UniqueConstraint("agreement_id", "kind", "term_no"),
                      CheckConstraint("kind IN ('renewed', 'notice')", name="kind"))

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"))
    kind: Mapped[str] = mapped_column(String(10))
    term_no: Mapped[int] = mapped_column(Integer)
    party: Mapped[str] = mapped_column(String(10))  # who gave notice or confirmed; "" for a tacit renewal
    given_on: Mapped[dt.date] = mapped_column(Date)
    effective: Mapped[dt.date] = mapped_column(Date)  # the new term's first day, or the last day of the agreement
    reason: Mapped[str] = mapped_column(String(30))  # a notice's reason from the list; "tacit" or "express" for renewals
    detail: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class PeriodicReview(Base):
    """A periodic review held (``core.renewals.periodic_review``; migration 0015), never changed after."""

    __tablename__ = "periodic_review"
    __table_args__ = (CheckConstraint("decision IN ('keep', 'change_level', 'amend_terms', 'terminate')",
                                      name="decision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    attendees: Mapped[str] = mapped_column(Text)  # one name per line
    decision: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text)
    amendment_version_no: Mapped[int | None] = mapped_column(Integer, default=None)  # the amendment it led to
    actor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
