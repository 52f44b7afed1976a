"""Closed compliance periods: an agreement's figures for a month, quarter or year, stored once the
period is closed and never changed (``core.monitoring.periods``; triggers refuse changing them)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class ClosedPeriod(Base):
    """One agreement's figures for one closed period, as JSON (``periods.AgreementFigures``)."""

    __tablename__ = "closed_period"
    __table_args__ = (UniqueConstraint("agreement_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    period: Mapped[str] = mapped_column(String(7))  # "2026-10", "2026-Q4" or "2026"
    version_no: Mapped[int] = mapped_column(Integer)  # the agreement version measured
    figures: Mapped[str] = mapped_column(Text)  # JSON, keys sorted
    figures_sha256: Mapped[str] = mapped_column(String(64))
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The experience check when it was closed (``experience.ExperienceCheck.code``); "" when closed before it was kept.
    experience: Mapped[str] = mapped_column(String(20), default="", server_default="")
