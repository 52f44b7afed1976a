"""Where an agreement sits on the review board, found by counting (the board window's ``find``)."""

from __future__ import annotations

import itertools

import pytest

from slamdesk.core.db import Database
from slamdesk.core.reviews import BoardFilter, board_position, review_board
from slamdesk.core.roles import Actor

from .test_review_board_core import LATER, _board

pytestmark = pytest.mark.both_backends


def test_the_position_is_where_the_board_lists_the_agreement_for_every_filter(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    numbers = _board(demo_db, people)
    everyone = [row.number for row in review_board(demo_db, LATER)]
    searches = ("", "SLA-2027", "Växjö")
    reviewers = (None, people["linh"].id, people["budi"].id)
    for search, reviewer, overdue, pending in itertools.product(searches, reviewers, (False, True), (False, True)):
        criteria = BoardFilter(search, reviewer, None, overdue, pending)
        listed = [row.number for row in review_board(demo_db, LATER, criteria)]
        for number in everyone:
            expected = listed.index(number) if number in listed else None
            assert board_position(demo_db, LATER, number, criteria) == expected, (criteria, number)
    assert board_position(demo_db, LATER, numbers["on_time"]) == everyone.index(numbers["on_time"]) > 0


def test_an_agreement_off_the_board_or_unknown_has_no_position(demo_db: Database, people: dict[str, Actor]) -> None:
    _board(demo_db, people)
    assert board_position(demo_db, LATER, "SLA-2026-0001") is None  # signed: not under review
    assert board_position(demo_db, LATER, "SLA-1999-0001") is None
    assert board_position(demo_db, LATER, "' OR 1=1 --\ud800") is None  # hostile text is only text
