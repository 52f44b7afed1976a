"""Documents exported into the contract register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class RegisterDocument(Base):
    """A file exported into the register: an agreement version's document, or a credit note of one of its periods."""

    __tablename__ = "register_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("agreement_version.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="agreement", server_default="agreement")  # or "credit_note"
    period: Mapped[str | None] = mapped_column(String(7), default=None)  # a credit note's period ("2026-10")
    format: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class RegisterDocumentContent(Base):
    """A document's bytes, kept in a team database so that every desk can write it out."""

    __tablename__ = "register_document_content"

    document_id: Mapped[int] = mapped_column(ForeignKey("register_document.id", ondelete="CASCADE"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
