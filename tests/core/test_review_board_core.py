"""The review board's counts: the same agreements ``review_board`` lists, counted without reading them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from slamdesk.core import agreements
from slamdesk.core.db import Database
from slamdesk.core.reviews import BoardCounts, BoardFilter, ReviewerInput, count_review_board, review_board
from slamdesk.core.roles import Actor

from .helpers import draft

pytestmark = pytest.mark.both_backends

TODAY = dt.date(2026, 11, 23)
LATER = TODAY + dt.timedelta(days=4)  # the day the board is looked at


def _board(db: Database, people: dict[str, Actor]) -> dict[str, str]:
    """Three rounds seen on ``LATER``: linh late on one, budi late on another, nobody late on the third."""
    linh, budi = people["linh"].id, people["budi"].id
    soon, far = TODAY + dt.timedelta(days=2), TODAY + dt.timedelta(days=20)
    plans = {
        "linh_late": [ReviewerInput(linh, "legal_reviewer", soon), ReviewerInput(budi, "quality_checker", far)],
        "budi_late": [ReviewerInput(linh, "legal_reviewer", far), ReviewerInput(budi, "quality_checker", soon)],
        "on_time": [ReviewerInput(budi, "quality_checker", far)],
    }
    numbers = {}
    for name, reviewers in plans.items():
        numbers[name] = draft(db, people["anna"])
        agreements.submit_for_review(db, people["anna"], numbers[name], reviewers=reviewers, today=TODAY)
    agreements.approve(db, people["linh"], numbers["budi_late"])
    return numbers


def test_counts_match_the_rows_the_board_lists_for_every_filter(demo_db: Database, people: dict[str, Actor]) -> None:
    before = count_review_board(demo_db, LATER)
    numbers = _board(demo_db, people)
    searches = ("", "SLA-2027", "Växjö", "Одеські", "nothing like this")
    reviewers = (None, people["linh"].id, people["budi"].id, people["anna"].id)
    roles = (None, "legal_reviewer", "quality_checker")
    for search, reviewer, role, overdue, pending in itertools.product(searches, reviewers, roles, (False, True), (False, True)):
        criteria = BoardFilter(search, reviewer, role, overdue, pending)
        listed = review_board(demo_db, LATER, criteria)
        late = review_board(demo_db, LATER, BoardFilter(search, reviewer, role, True, pending))
        assert count_review_board(demo_db, LATER, criteria) == BoardCounts(len(listed), len(late)), criteria
    assert count_review_board(demo_db, LATER) == BoardCounts(before.total + 3, before.overdue + 2)
    overdue = {row.number for row in review_board(demo_db, LATER, BoardFilter(overdue_only=True))}
    assert {numbers["linh_late"], numbers["budi_late"]} <= overdue and numbers["on_time"] not in overdue


def test_overdue_counts_the_chosen_reviewers_lateness(demo_db: Database, people: dict[str, Actor]) -> None:
    linh, budi = people["linh"].id, people["budi"].id
    cases = {
        (BoardFilter(reviewer_id=linh), LATER): BoardCounts(2, 1),
        (BoardFilter(reviewer_id=budi), LATER): BoardCounts(3, 1),
        (BoardFilter(reviewer_id=linh, pending_only=True), LATER): BoardCounts(1, 1),
        (BoardFilter(reviewer_id=budi), TODAY): BoardCounts(3, 0),  # nobody is late yet
    }
    before = {case: count_review_board(demo_db, case[1], case[0]) for case in cases}  # the demo's own rounds
    _board(demo_db, people)
    for (criteria, day), added in cases.items():
        after = count_review_board(demo_db, day, criteria)
        assert BoardCounts(after.total - before[criteria, day].total, after.overdue - before[criteria, day].overdue) == added
