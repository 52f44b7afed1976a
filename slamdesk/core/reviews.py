"""Review rounds: one version sent to named reviewers with roles and due dates.

Each reviewer approves or requests changes, with comments anchored to a
section (``general``, ``parties``, ``pricing``, ``signatures``, ``line:<n>``
or ``clause:<key>``). One request for changes closes the round and sends the
version back; the version is approved when every reviewer has approved (and
the quality check passes). A new round reviews the next version.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Exists, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..models import (
    Agreement,
    AgreementVersion,
    AuditEvent,
    Customer,
    ReviewAssignment,
    ReviewComment,
    ReviewRound,
    User,
)
from ..models.base import utcnow
from . import audit, text
from .db import Database
from .errors import PermissionDenied, TransitionError, ValidationError
from .lifecycle import Status
from .roles import Actor, Role, acting, require_role
from .words import N_, _

REVIEW_ROLES: dict[str, str] = {
    "legal_reviewer": "Legal reviewer",
    "quality_checker": "Quality checker",
    "customer_representative": "Customer representative",
}
SECTION_LENGTH = 80  # ReviewComment.section


class Decision(StrEnum):
    """A reviewer's decision as stored (``review_assignment.decision``, ``review_decision.decision``; NULL: pending)."""

    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


class RoundStatus(StrEnum):
    """A review round (``review_round.status``): open until a reviewer requests changes or every reviewer approves."""

    OPEN = "open"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


def decision_of(stored: str | None) -> Decision | None:
    """A stored decision as its member (None: not decided yet)."""
    return None if stored is None else Decision(stored)
SECTION = re.compile(r"^(general|parties|scope|pricing|credits|signatures|line:\d+|clause:\w+)$")


@dataclass(frozen=True)
class ReviewerInput:
    user_id: int
    role: str
    due_date: dt.date


@dataclass(frozen=True)
class CommentView:
    section: str
    text: str
    created_at: dt.datetime


@dataclass(frozen=True)
class AssignmentView:
    reviewer: str
    reviewer_id: int
    role: str
    due_date: dt.date
    decision: Decision | None
    decided_at: dt.datetime | None
    comments: tuple[CommentView, ...]

    def overdue(self, today: dt.date) -> bool:
        return self.decision is None and self.due_date < today


@dataclass(frozen=True)
class RoundView:
    number: int
    version_no: int
    status: RoundStatus
    opened_at: dt.datetime
    assignments: tuple[AssignmentView, ...]


def check_section(section: str) -> str:
    section = text.clean(section, field="section", label=_("the section"), max_length=SECTION_LENGTH, required=False)
    if not SECTION.match(section):
        raise ValidationError(
            _("anchor a comment to a section (general, parties, pricing, line:2, clause:termination...), not {section}")
            .format(section=text.quoted(section)),
            field="section",
        )
    return section


# What changes a version's content, as the audit log records it per version.
DRAFTED = "drafted this version"
_CONTENT_CHANGES: dict[str, str] = {
    "agreement.revise": "revised this version",
    "agreement.lines": "changed this version's lines",
    "agreement.clauses": "changed this version's clauses",
}
AMENDED = "amended it into being"
# Why someone who shaped the version may not review it: to them (``refuse_if_touched``), and about them (``start_round``).
_YOU: dict[str, str] = {
    DRAFTED: N_("you drafted this agreement; another person must review it"),
    "revised this version": N_("you revised this version; another person must review it"),
    "changed this version's lines": N_("you changed this version's lines; another person must review it"),
    "changed this version's clauses": N_("you changed this version's clauses; another person must review it"),
    AMENDED: N_("you amended it into being; another person must review it"),
}
_THEY: dict[str, str] = {
    DRAFTED: N_("{name} drafted this version and cannot review it"),
    "revised this version": N_("{name} revised this version and cannot review it"),
    "changed this version's lines": N_("{name} changed this version's lines and cannot review it"),
    "changed this version's clauses": N_("{name} changed this version's clauses and cannot review it"),
    AMENDED: N_("{name} amended it into being and cannot review it"),
}


def touched_by(session: Session, version: AgreementVersion) -> dict[int, str]:
    """Everyone who shaped this version's content, by user id, with the first thing they did.

    The author; whoever revised it, changed its lines or its clauses (the
    audit events of the version); whoever amended it into being (the
    agreement's ``agreement.amend`` event for this version number). None of
    them may review it: segregation of duties.
    """
    touched: dict[int, str] = {}
    if version.author_id is not None:
        touched[version.author_id] = DRAFTED
    events = session.execute(
        select(AuditEvent.actor, AuditEvent.action, AuditEvent.detail)
        .where(
            or_(
                and_(
                    AuditEvent.entity_type == "agreement_version",
                    AuditEvent.entity_id == version.id,
                    AuditEvent.action.in_(list(_CONTENT_CHANGES)),
                ),
                and_(
                    AuditEvent.entity_type == "agreement",
                    AuditEvent.entity_id == version.agreement_id,
                    AuditEvent.action == "agreement.amend",
                ),
            )
        )
        .order_by(AuditEvent.id)
    ).all()
    names = {username for username, _action, _detail in events}
    ids = {
        name: user_id
        for name, user_id in session.execute(select(User.username, User.id).where(User.username.in_(names)))
    }
    for username, action, detail in events:
        if action == "agreement.amend":
            try:
                amended = json.loads(detail).get("version")
            except (ValueError, AttributeError):
                amended = None
            if amended != version.version_no:
                continue
        user_id = ids.get(username)
        if user_id is not None:
            touched.setdefault(user_id, _CONTENT_CHANGES.get(action, AMENDED))
    return touched


def refuse_if_touched(session: Session, actor: Actor, version: AgreementVersion) -> None:
    """``PermissionDenied`` when ``actor`` shaped this version and so may not approve it or ask for changes."""
    why = touched_by(session, version).get(actor.id)
    if why is not None:
        raise PermissionDenied(_(_YOU[why]))


def open_round(session: Session, version_id: int) -> ReviewRound | None:
    return session.scalars(
        select(ReviewRound)
        .options(selectinload(ReviewRound.assignments))
        .where(ReviewRound.version_id == version_id, ReviewRound.status == RoundStatus.OPEN.value)
    ).first()


def start_round(
    session: Session, actor: Actor, version: AgreementVersion, reviewers: Sequence[ReviewerInput], today: dt.date
) -> ReviewRound:
    """Open the next round on an in-review version (called by agreements.start_review)."""
    actor = require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, _("send agreements to reviewers"), session=session)
    if Status(version.status) is not Status.IN_REVIEW:
        raise TransitionError(_("a review round starts when the version is submitted for review"))
    if open_round(session, version.id) is not None:
        raise TransitionError(_("this version already has an open review round"))
    if not reviewers:
        raise ValidationError(_("name at least one reviewer"), field="reviewers")
    if len({r.user_id for r in reviewers}) != len(reviewers):
        raise ValidationError(_("each reviewer appears once in a round"), field="reviewers")
    touched = touched_by(session, version)
    for reviewer in reviewers:
        user = session.get(User, reviewer.user_id)
        if user is None or not user.active:
            raise ValidationError(_("a reviewer is not an active local profile"), field="reviewers")
        if user.id in touched:
            raise ValidationError(_(_THEY[touched[user.id]]).format(name=user.display_name), field="reviewers")
        if reviewer.role not in REVIEW_ROLES:
            raise ValidationError(_("a reviewer's role is one of {roles}").format(roles=", ".join(REVIEW_ROLES.values())),
                                  field="reviewers")
        if reviewer.due_date < today:
            raise ValidationError(_("a due date cannot be in the past"), field="due_date")
    number = 1 + (session.scalar(select(func.max(ReviewRound.number)).where(ReviewRound.version_id == version.id)) or 0)
    earlier = session.scalar(
        select(func.max(ReviewRound.number)).join(AgreementVersion).where(AgreementVersion.agreement_id == version.agreement_id)
    ) or 0
    review_round = ReviewRound(
        version_id=version.id, number=max(number, earlier + 1), status=RoundStatus.OPEN.value, opened_by_id=actor.id,
        assignments=[ReviewAssignment(reviewer_id=r.user_id, role=r.role, due_date=r.due_date) for r in reviewers],
    )
    session.add(review_round)
    session.flush()
    audit.record(
        session, actor, "review.round", "agreement_version", version.id,
        round=review_round.number, reviewers=[[r.user_id, r.role, r.due_date.isoformat()] for r in reviewers],
    )
    return review_round


def record_decision(
    session: Session, actor: Actor, review_round: ReviewRound, decision: Decision, comments: Sequence[tuple[str, str]]
) -> bool:
    """The actor's decision in the open round; True when the round is now decided.

    Called inside the deciding unit of work (``BEGIN IMMEDIATE``), which also
    moves the version: two reviewers deciding at once are serialised by the
    write lock, so the second sees the first's decision and closes the round.
    """
    actor = acting(session, actor)
    assignment = next((a for a in review_round.assignments if a.reviewer_id == actor.id), None)
    if assignment is None:
        raise PermissionDenied(_("you are not a reviewer in this round"))
    if assignment.decision is not None:
        raise TransitionError(_("you have decided on this round already"))
    assignment.decision, assignment.decided_at = decision.value, utcnow()
    for section, said in comments:
        if said.strip():
            assignment.comments.append(ReviewComment(section=check_section(section), text=said.strip()))
    if decision == Decision.CHANGES_REQUESTED:
        review_round.status, review_round.closed_at = RoundStatus.CHANGES_REQUESTED.value, utcnow()
        return True
    if all(a.decision == Decision.APPROVED for a in review_round.assignments):
        review_round.status, review_round.closed_at = RoundStatus.APPROVED.value, utcnow()
        return True
    return False


def rounds_of(session: Session, agreement_id: int) -> tuple[RoundView, ...]:
    rounds = session.scalars(
        select(ReviewRound)
        .join(AgreementVersion)
        .where(AgreementVersion.agreement_id == agreement_id)
        .options(
            selectinload(ReviewRound.assignments).selectinload(ReviewAssignment.comments),
            selectinload(ReviewRound.assignments).selectinload(ReviewAssignment.reviewer),
        )
        .order_by(ReviewRound.number)
    )
    views = []
    for r in rounds:
        version_no = session.scalar(select(AgreementVersion.version_no).where(AgreementVersion.id == r.version_id))
        views.append(
            RoundView(
                r.number, version_no or 0, RoundStatus(r.status), r.opened_at,
                tuple(
                    AssignmentView(
                        a.reviewer.display_name, a.reviewer_id, a.role, a.due_date, decision_of(a.decision), a.decided_at,
                        tuple(CommentView(c.section, c.text, c.created_at) for c in a.comments),
                    )
                    for a in r.assignments
                ),
            )
        )
    return tuple(views)


# ---------------------------------------------------------------- the board


@dataclass(frozen=True)
class BoardRow:
    number: str
    customer: str
    title: str
    version_no: int
    round_no: int | None
    assignments: tuple[AssignmentView, ...]

    def overdue(self, today: dt.date) -> bool:
        return any(a.overdue(today) for a in self.assignments)


@dataclass(frozen=True)
class BoardFilter:
    search: str = ""
    reviewer_id: int | None = None
    role: str | None = None
    overdue_only: bool = False
    pending_only: bool = False


def review_board(
    db: Database, today: dt.date, criteria: BoardFilter = BoardFilter(), limit: int | None = None, offset: int = 0
) -> list[BoardRow]:
    """Every agreement under review with each reviewer's status; filtered and paged in SQL, ordered by number."""
    query = _on_board(
        select(Agreement.number, Customer.name, Agreement.title, AgreementVersion.version_no, ReviewRound.id, ReviewRound.number),
        criteria, today,
    ).order_by(Agreement.number)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with db.read() as session:
        rows = session.execute(query).all()
        round_ids = [row[4] for row in rows if row[4] is not None]
        by_round: dict[int, list[AssignmentView]] = {}
        for start in range(0, len(round_ids), 900):
            chunk = round_ids[start : start + 900]
            for round_id, reviewer_id, role, due, decision, decided_at, name in session.execute(
                select(
                    ReviewAssignment.round_id, ReviewAssignment.reviewer_id, ReviewAssignment.role,
                    ReviewAssignment.due_date, ReviewAssignment.decision, ReviewAssignment.decided_at, User.display_name,
                )
                .join(User, User.id == ReviewAssignment.reviewer_id)
                .where(ReviewAssignment.round_id.in_(chunk))
                .order_by(ReviewAssignment.id)
            ):
                by_round.setdefault(round_id, []).append(
                    AssignmentView(name, reviewer_id, role, due, decision_of(decision), decided_at, ())
                )
        return [
            BoardRow(number, customer, title, version_no, round_no, tuple(by_round.get(round_id, ()) if round_id else ()))
            for number, customer, title, version_no, round_id, round_no in rows
        ]


# ------------------------------------------------------- the board's counts


@dataclass(frozen=True)
class BoardCounts:
    """How many agreements a board filter lists, and how many of those are overdue."""

    total: int
    overdue: int


def _board_assignment_exists(criteria: BoardFilter, today: dt.date, *, overdue: bool) -> Exists | None:
    """The assignment ``review_board`` requires for ``criteria``, or None when it requires none."""
    assignment = select(ReviewAssignment.id).where(ReviewAssignment.round_id == ReviewRound.id)
    if criteria.reviewer_id is not None:
        assignment = assignment.where(ReviewAssignment.reviewer_id == criteria.reviewer_id)
    if criteria.role is not None:
        assignment = assignment.where(ReviewAssignment.role == text.exact(criteria.role))
    if criteria.overdue_only or overdue:
        assignment = assignment.where(ReviewAssignment.decision.is_(None), ReviewAssignment.due_date < today)
    if criteria.pending_only:
        assignment = assignment.where(ReviewAssignment.decision.is_(None))
    if criteria.reviewer_id is not None or criteria.role or criteria.overdue_only or criteria.pending_only or overdue:
        return assignment.exists()
    return None


def _on_board(query: Select, criteria: BoardFilter, today: dt.date) -> Select:  # type: ignore[type-arg]
    """``query`` over the agreements under review, with what the board shows joined, narrowed to ``criteria``."""
    query = (
        query.select_from(Agreement)
        .join(AgreementVersion, (AgreementVersion.agreement_id == Agreement.id)
              & (AgreementVersion.version_no == Agreement.current_version_no))
        .join(Customer, Customer.id == Agreement.customer_id)
        .outerjoin(ReviewRound, (ReviewRound.version_id == AgreementVersion.id) & (ReviewRound.status == RoundStatus.OPEN.value))
        .where(AgreementVersion.status == Status.IN_REVIEW.value)
    )
    if text.search_text(criteria.search):
        pattern = f"%{text.search_text(criteria.search)}%"
        query = query.where(or_(Agreement.number.ilike(pattern), Customer.name.ilike(pattern), Agreement.title.ilike(pattern)))
    matching = _board_assignment_exists(criteria, today, overdue=False)
    return query if matching is None else query.where(matching)


def count_review_board(db: Database, today: dt.date, criteria: BoardFilter = BoardFilter()) -> BoardCounts:
    """What ``review_board(db, today, criteria)`` lists, counted in one query without reading the rows.

    ``total`` is the number of rows ``review_board`` returns; ``overdue`` is how
    many of them it returns with ``overdue_only`` also set (an overdue reviewer
    who also matches the reviewer, role and pending filters).
    """
    late = _board_assignment_exists(criteria, today, overdue=True)
    query = _on_board(select(func.count(), func.coalesce(func.sum(case((late, 1), else_=0)), 0)), criteria, today)  # type: ignore[arg-type]
    with db.read() as session:
        total, overdue = session.execute(query).one()
        return BoardCounts(int(total or 0), int(overdue or 0))


def board_position(db: Database, today: dt.date, number: str, criteria: BoardFilter = BoardFilter()) -> int | None:
    """Where agreement ``number`` sits (0-based) in what ``review_board(db, today, criteria)`` lists; None when left out.

    Counts the rows listed before it without reading them, so a view scrolled
    to any depth can find an agreement with two counting queries.
    """
    counted = _on_board(select(func.count()), criteria, today)
    with db.read() as session:
        if not session.scalar(counted.where(Agreement.number == text.exact(number))):
            return None
        return int(session.scalar(counted.where(Agreement.number < text.exact(number))) or 0)
