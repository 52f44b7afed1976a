"""Each signed agreement's standing kept beside it (``agreement_schedule``, migration 0014), so that the register
filters and sorts on notice deadlines, renewals, reviews and expiry in SQL, at 100,000 agreements as fast as on
any other column.

It is derived data, like the search index: made again from the terms and their history (``standing``) by the
use cases that change them (in their own unit of work) and, for every agreement, once a day (``refresh``: the
window does it when it opens and when the date changes, recording the day's tacit renewals with it, and so
does a writing command of the command line, as the profile it signed in). Each row says the day it
stands for (``computed_on``); a row of an earlier day is stale and made again by the next refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ...models import AgreementSchedule
from ..db import Database
from ..errors import ReadOnlyError
from ..roles import Actor
from .standing import Standing, State, record_tacit_in, standings
from .terms import Renewal

BATCH = 5_000


def row_of(agreement_id: int, one: Standing) -> dict[str, object]:
    """The stored row of one standing."""
    terms, term = one.terms, one.term
    following = terms.term(term.number + 1)
    running = one.state is State.RUNNING
    awaiting = (one.state is State.ENDING and terms.renewal is Renewal.EXPRESS and following is not None
                and one.notice is None)
    return {
        "agreement_id": agreement_id, "computed_on": one.day, "state": str(one.state), "term_no": term.number,
        "term_last_day": term.last_day,
        "notice_deadline": term.notice_deadline if running and terms.renewal is Renewal.TACIT
        and term.notice_deadline >= one.day else None,
        "renews_on": one.renews_on if running else None,
        "confirm_by": term.last_day if awaiting else None,
        "next_review": one.review,  # overdue ones too: before ``computed_on``
    }


def refresh_in(session: Session, ids: Sequence[int] | None, day: dt.date) -> int:
    """Make the rows of agreements ``ids`` (every signed agreement for None) stand for ``day``, in the caller's
    transaction; returns how many were written."""
    return _write(session, ids, standings(session, day, ids=None if ids is None else list(ids)))


def _write(session: Session, ids: Sequence[int] | None, found: Sequence[tuple[int, Standing]]) -> int:
    rows = [row_of(agreement_id, one) for agreement_id, one in found]
    if ids is None:
        session.execute(delete(AgreementSchedule))
    else:
        for start in range(0, len(ids), BATCH):
            session.execute(delete(AgreementSchedule).where(AgreementSchedule.agreement_id.in_(ids[start:start + BATCH])))
    for start in range(0, len(rows), BATCH):
        session.execute(insert(AgreementSchedule), rows[start:start + BATCH])
    return len(rows)


def stale(db: Database, day: dt.date) -> bool:
    """Whether any row stands for another day than ``day`` (or none was ever made while agreements are signed)."""
    with db.read() as session:
        oldest = session.scalar(select(func.min(AgreementSchedule.computed_on)))
        newest = session.scalar(select(func.max(AgreementSchedule.computed_on)))
        if oldest is None:
            return _any_signed(session)
        return bool(oldest != day or newest != day)


def _any_signed(session: Session) -> bool:
    from ...models import AgreementVersion
    from ..lifecycle import SIGNED_STATES

    return session.scalar(select(AgreementVersion.id).where(
        AgreementVersion.status.in_([str(state) for state in SIGNED_STATES])).limit(1)) is not None


def refresh(db: Database, day: dt.date, actor: Actor | None = None) -> int | None:
    """Make every row stand for ``day`` when any is stale (one unit of work); returns how many rows were written,
    0 when all were current, None when the database is read-only. With ``actor`` (the window's daily step), the
    tacit renewals that have happened by ``day`` are recorded as audited events in the same unit of work
    (``standing.record_tacit_in``: each once, however often this runs)."""
    if not stale(db, day):
        return 0
    try:
        with db.unit_of_work() as session:
            found = standings(session, day)
            if actor is not None:
                record_tacit_in(session, actor, found)
            return _write(session, None, found)
    except ReadOnlyError:
        return None
