"""Local user profiles; each acts in one role."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    passphrase_hash: Mapped[str | None] = mapped_column(String(400), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
