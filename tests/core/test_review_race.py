"""Two reviewers deciding at the same moment, from two processes: the round still closes.

Each reviewer's decision, the round's closing and the version's move to
approved happen in one unit of work that holds the write lock from its first
read, so the second reviewer sees the first one's decision. Before that, both
read "the other has not decided yet", both committed, and the round stayed
open for ever with every reviewer approved.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from slamdesk.core import agreements, clauses, demo, users
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import ReviewerInput
from slamdesk.models import ReviewDecision

from ..conftest import DEMO_TODAY
from .helpers import priced_document

ROUNDS = 8
DUE = DEMO_TODAY + dt.timedelta(days=5)


def _approve_each(path: str, username: str, numbers: list[str], start: multiprocessing.synchronize.Barrier,
                  results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """A reviewer in another process: for each agreement, wait for the other reviewer, then approve at once."""
    db = Database.open(path)
    actor = users.get_actor(db, username)
    outcome = []
    try:
        for number in numbers:
            start.wait(timeout=90)  # generous: a loaded machine starts a process slowly
            try:
                agreements.approve(db, actor, number, f"{username} checked it")
                outcome.append("approved")
            except Exception as error:  # reported to the test, which shows it
                outcome.append(f"{type(error).__name__}: {error}")
    finally:
        db.close()
        results.put((username, outcome))


def _in_review(db: Database, count: int) -> list[str]:
    """``count`` agreements, each in review with a round that names Linh and Budi."""
    anna, linh, budi = (users.get_actor(db, name) for name in ("anna", "linh", "budi"))
    numbers = []
    for index in range(count):
        number = agreements.create_draft(
            db, anna, requirements_document_id=priced_document(db, anna, f"Kund {index} AB"), title=f"SLA {index}",
            start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31),
        )
        agreements.submit_for_review(
            db, anna, number,
            [ReviewerInput(linh.id, "legal_reviewer", DUE), ReviewerInput(budi.id, "quality_checker", DUE)],
            today=DEMO_TODAY,
        )
        numbers.append(number)
    return numbers


def test_two_reviewers_approving_at_the_same_moment_close_the_round(tmp_path: Path) -> None:
    path = tmp_path / "race.db"
    db = Database.open(path)
    try:
        demo.load_demo(db, today=DEMO_TODAY)
        numbers = _in_review(db, ROUNDS)
    finally:
        db.close()

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_approve_each, args=(str(path), username, numbers, start, results))
        for username in ("linh", "budi")
    ]
    for worker in workers:
        worker.start()
    outcomes = dict(results.get(timeout=240) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0

    assert outcomes == {"linh": ["approved"] * ROUNDS, "budi": ["approved"] * ROUNDS}
    db = Database.open(path)
    try:
        for number in numbers:
            detail = agreements.get_agreement(db, number)
            (review_round,) = detail.rounds
            assert [(a.reviewer, a.decision) for a in review_round.assignments] == [
                ("Trần Thị Linh", "approved"), ("Budi Santoso", "approved")
            ], number
            assert review_round.status == "approved", f"{number}: every reviewer approved, but the round is still open"
            assert detail.status is Status.APPROVED, number
            assert sorted(r.reviewer for r in detail.reviews) == ["Budi Santoso", "Trần Thị Linh"]
    finally:
        db.close()


def test_a_decision_refused_by_the_quality_check_leaves_nothing_half_done(db: Database) -> None:
    """The last approval fails the quality check: no decision, the round open, the version in review."""
    demo.load_demo(db, today=DEMO_TODAY)
    anna, linh, budi = (users.get_actor(db, name) for name in ("anna", "linh", "budi"))
    number = agreements.create_draft(
        db, anna, requirements_document_id=priced_document(db, anna, "Utan Klausuler AB"), title="No clauses",
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31),
    )
    opened = clauses.current_clauses(db, number)
    clauses.set_agreement_clauses(db, anna, opened.version_id, [], row_version=opened.row_version)
    agreements.submit_for_review(
        db, anna, number,
        [ReviewerInput(linh.id, "legal_reviewer", DUE), ReviewerInput(budi.id, "quality_checker", DUE)],
        today=DEMO_TODAY,
    )
    agreements.approve(db, linh, number, "Fine by me")
    with pytest.raises(ValidationError, match="quality check fails"):
        agreements.approve(db, budi, number, "Fine by me too")
    detail = agreements.get_agreement(db, number)
    (review_round,) = detail.rounds
    assert [(a.reviewer, a.decision) for a in review_round.assignments] == [
        ("Trần Thị Linh", "approved"), ("Budi Santoso", None)
    ]
    assert review_round.status == "open" and detail.status is Status.IN_REVIEW
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ReviewDecision)
                              .where(ReviewDecision.comment == "Fine by me too")) == 0
