"""Review rounds: one version sent to named reviewers with roles and due dates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, utcnow
from .user import User


class ReviewRound(Base):
    __tablename__ = "review_round"
    __table_args__ = (UniqueConstraint("version_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(30), default="open", index=True)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)

    assignments: Mapped[list[ReviewAssignment]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="ReviewAssignment.id"
    )


class ReviewAssignment(Base):
    """A named reviewer in a round, in a role, with a due date and (once given) a decision."""

    __tablename__ = "review_assignment"
    __table_args__ = (UniqueConstraint("round_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("review_round.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    decision: Mapped[str | None] = mapped_column(String(30), default=None)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)

    round: Mapped[ReviewRound] = relationship(back_populates="assignments")
    reviewer: Mapped[User] = relationship()
    comments: Mapped[list[ReviewComment]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", order_by="ReviewComment.id"
    )


class ReviewComment(Base):
    """A reviewer's comment anchored to a section of the agreement (e.g. ``line:2``, ``clause:termination``)."""

    __tablename__ = "review_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("review_assignment.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    assignment: Mapped[ReviewAssignment] = relationship(back_populates="comments")
