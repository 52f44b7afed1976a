"""Where each signed agreement stands in its terms (``core.renewals.schedule``; migration 0014): derived from its
terms and their history, kept so the register can filter and sort on it in SQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AgreementSchedule(Base):
    __tablename__ = "agreement_schedule"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True)
    computed_on: Mapped[dt.date] = mapped_column(Date)  # the day it stands for
    state: Mapped[str] = mapped_column(String(12))  # ``standing.State``
    term_no: Mapped[int] = mapped_column(Integer)
    term_last_day: Mapped[dt.date] = mapped_column(Date, index=True)
    notice_deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)  # while notice still stops a tacit renewal
    renews_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    confirm_by: Mapped[dt.date | None] = mapped_column(Date)  # an express renewal waiting for a person
    next_review: Mapped[dt.date | None] = mapped_column(Date, index=True)
