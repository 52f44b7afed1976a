"""Review rounds and the review board (core.reviews), the edges: a version sent back and resubmitted without a
round, a reviewer due today, and a board of more rounds than one query reads at once."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text as sa_text

from slamdesk.core import agreements, users, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import BoardCounts, BoardFilter, ReviewerInput, count_review_board, review_board
from slamdesk.core.roles import Role
from slamdesk.models import Agreement, AgreementVersion, ReviewAssignment, ReviewRound

from .helpers import draft
from .workflow import Drafted, drafted, team

pytestmark = pytest.mark.prepared(build=drafted)

TODAY = dt.date(2026, 11, 23)
START, END = dt.date(2027, 1, 1), dt.date(2028, 12, 31)


def test_a_version_resubmitted_without_a_round_shows_no_closed_round_on_the_board(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    linh = people["linh"]
    agreements.submit_for_review(db, people["anna"], number, reviewers=[ReviewerInput(linh.id, "legal_reviewer", TODAY)],
                                 today=TODAY)
    agreements.request_changes(db, linh, number, "More.")
    agreements.revise(db, people["anna"], number)
    agreements.submit_for_review(db, people["anna"], number)
    (row,) = review_board(db, TODAY)
    assert (row.number, row.round_no, row.assignments) == (number, None, ())
    assert review_board(db, TODAY, BoardFilter(reviewer_id=linh.id)) == []
    assert count_review_board(db, TODAY, BoardFilter(reviewer_id=linh.id)) == BoardCounts(0, 0)
    assert [(r.number, r.status) for r in agreements.get_agreement(db, number).rounds] == [(1, "changes_requested")]


def test_a_reviewer_due_today_is_not_late_until_tomorrow(db: Database) -> None:
    people = team(db)
    number = draft(db, people["anna"])
    agreements.submit_for_review(db, people["anna"], number, today=TODAY,
                                 reviewers=[ReviewerInput(people["linh"].id, "legal_reviewer", TODAY)])
    late = BoardFilter(overdue_only=True)
    assert review_board(db, TODAY, late) == [] and count_review_board(db, TODAY) == BoardCounts(1, 0)
    tomorrow = TODAY + dt.timedelta(days=1)
    assert [row.number for row in review_board(db, tomorrow, late)] == [number]
    assert count_review_board(db, tomorrow) == BoardCounts(1, 1)
    assert not review_board(db, TODAY)[0].overdue(TODAY) and review_board(db, tomorrow)[0].overdue(tomorrow)


def test_a_board_of_more_rounds_than_one_query_reads_shows_every_reviewer_once(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.read() as session:
        customer_id, author_id = session.execute(sa_text(
            "SELECT a.customer_id, v.author_id FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id"
        )).one()
    with db.unit_of_work() as session:  # 901 agreements in review, each with one reviewer (made past the use cases)
        made = [AgreementVersion(version_no=1, status="in_review", start_date=START, end_date=END, author_id=author_id)
                for _ in range(901)]
        session.add_all(Agreement(number=f"SLA-2030-{n:04d}", customer_id=customer_id, title=f"Bulk {n}", currency="EUR",
                                  versions=[version]) for n, version in enumerate(made, 1))
        session.flush()
        session.add_all(ReviewRound(version_id=version.id, number=1, opened_by_id=people["anna"].id, assignments=[
            ReviewAssignment(reviewer_id=people["linh"].id, role="legal_reviewer", due_date=TODAY)
        ]) for version in made)
    rows = review_board(db, TODAY)
    assert len(rows) == 901
    assert [len(row.assignments) for row in rows] == [1] * 901
    assert {a.reviewer for row in rows for a in row.assignments} == {"Trần Thị Linh"}
    assert count_review_board(db, TODAY) == BoardCounts(901, 0)


def test_the_board_is_in_number_order_whatever_order_the_agreements_were_made_in(db: Database) -> None:
    people = team(db)
    first, second = draft(db, people["anna"]), draft(db, people["anna"])
    with db.unit_of_work() as session:  # the first agreement made now has the later number
        session.execute(sa_text("UPDATE agreement SET number = 'SLA-2027-0999' WHERE number = :n"), {"n": first})
    for number in (second, "SLA-2027-0999"):
        agreements.submit_for_review(db, people["anna"], number, today=TODAY,
                                     reviewers=[ReviewerInput(people["linh"].id, "legal_reviewer", TODAY)])
    assert [row.number for row in review_board(db, TODAY)] == [second, "SLA-2027-0999"]
    assert [row.number for row in review_board(db, TODAY, limit=1)] == [second]


def test_each_agreement_numbers_its_own_rounds_from_one_and_shows_only_those(db: Database) -> None:
    people = team(db)
    anna, linh = people["anna"], people["linh"]
    first, second = draft(db, anna), draft(db, anna)
    agreements.submit_for_review(db, anna, first, reviewers=[ReviewerInput(linh.id, "legal_reviewer", TODAY)], today=TODAY)
    agreements.request_changes(db, linh, first, "More.")
    agreements.revise(db, anna, first)
    agreements.submit_for_review(db, anna, first, reviewers=[ReviewerInput(linh.id, "legal_reviewer", TODAY)], today=TODAY)
    agreements.submit_for_review(db, anna, second, reviewers=[ReviewerInput(linh.id, "legal_reviewer", TODAY)], today=TODAY)
    assert [(r.number, r.status) for r in agreements.get_agreement(db, first).rounds] == [(1, "changes_requested"), (2, "open")]
    assert [(r.number, r.status) for r in agreements.get_agreement(db, second).rounds] == [(1, "open")]


def test_a_reviewer_who_decided_is_never_late_however_past_their_due_date(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    linh, budi = people["linh"], people["budi"]
    agreements.submit_for_review(db, people["anna"], number, today=TODAY, reviewers=[
        ReviewerInput(linh.id, "legal_reviewer", TODAY), ReviewerInput(budi.id, "quality_checker", TODAY + dt.timedelta(days=10)),
    ])
    agreements.approve(db, linh, number)
    later = TODAY + dt.timedelta(days=5)  # past linh's due date, before budi's
    assert count_review_board(db, later) == BoardCounts(1, 0)
    assert review_board(db, later, BoardFilter(overdue_only=True)) == []
    assert count_review_board(db, later + dt.timedelta(days=6)) == BoardCounts(1, 1)  # now budi is late


def test_a_made_up_role_is_refused_before_the_round_is_looked_at(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    forged = dataclasses.replace(people["linh"], role=Role.REPRESENTATIVE)  # a legal reviewer claiming more
    with pytest.raises(PermissionDenied, match="is a legal reviewer, not a representative"):
        agreements.start_review_round(db, forged, number, [], today=TODAY)


def test_an_amendment_of_another_agreement_to_the_same_version_number_does_not_keep_its_maker_from_reviewing(
    db: Database,
) -> None:
    people = team(db)
    anna, admin = people["anna"], people["admin"]
    people["bo"] = users.ensure_user(db, "bo", "Bo Ek", Role.REPRESENTATIVE)
    first, second = draft(db, anna), draft(db, anna)
    for number in (first, second):
        agreements.submit_for_review(db, anna, number)
        agreements.approve(db, people["linh"], number)
        agreements.sign(db, anna, number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
        agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    versions.amend(db, admin, first, "More users")  # the administrator made the first's version 2 ...
    versions.amend(db, people["bo"], second, "More sites")  # ... and Bo the second's
    agreements.submit_for_review(db, anna, second)
    with pytest.raises(PermissionDenied, match="^you drafted this agreement; another person must review it$"):
        agreements.approve(db, people["bo"], second)  # Bo, who amended it, may not
    agreements.approve(db, admin, second)  # the first's version 2 is not the second's
    assert agreements.get_agreement(db, second).status is Status.APPROVED
