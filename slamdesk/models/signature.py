"""Signatories of an agreement version, in signing order, and the signatures they give."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class Signatory(Base):
    """Who must sign for a party. Groups sign in ascending order; within a group, in any order."""

    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True)
    party: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(120))
    sign_group: Mapped[int] = mapped_column(Integer, default=1)


class Signature(Base):
    __tablename__ = "signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True)
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatory.id"), default=None, unique=True)
    party: Mapped[str] = mapped_column(String(20))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_title: Mapped[str] = mapped_column(String(120))
    signed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
