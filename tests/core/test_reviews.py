"""Review rounds (core.reviews): who may review a version, rounds and their numbers, decisions with
comments anchored to sections, the review record, and the review board with its counts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text

from slamdesk.core import agreements, clauses, reviews, users, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import (
    AssignmentView,
    BoardCounts,
    BoardFilter,
    BoardRow,
    ReviewerInput,
    check_section,
    count_review_board,
    review_board,
)
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AgreementVersion, AuditEvent, User

from .helpers import draft
from .workflow import Drafted, drafted, events, team

pytestmark = pytest.mark.prepared(build=drafted)

TODAY = dt.date(2026, 11, 23)
DUE = TODAY + dt.timedelta(days=5)


def _version(db: Database, number: str) -> tuple[int, int]:
    """(version id, version number) of the current version."""
    detail = agreements.get_agreement(db, number)
    return versions.current_version_id(db, number), detail.version_no


def _touched(db: Database, number: str) -> dict[str, str]:
    with db.read() as session:
        version = session.get(AgreementVersion, versions.current_version_id(db, number))
        names = dict(session.execute(select(User.id, User.username)).all())
        return {names[user_id]: why for user_id, why in reviews.touched_by(session, version).items()}


@pytest.mark.parametrize(
    "section", ["general", "parties", "scope", "pricing", "credits", "signatures", "line:1", "line:12", "clause:termination",
                "clause:data_protection_2"],
)
def test_a_comment_may_be_anchored_to_each_section_of_the_document(section: str) -> None:
    assert check_section(f" {section} ") == section


@pytest.mark.parametrize("section", ["page 3", "line:", "line:two", "clause:", "LINE:2", "general, pricing", "", "xgeneral"])
def test_a_comment_anchored_elsewhere_is_refused_saying_where_it_may_go(section: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_section(section)
    assert caught.value.field == "section"
    assert str(caught.value) == (
        "anchor a comment to a section (general, parties, pricing, line:2, clause:termination...), "
        f"not {section.strip()!r}"
    )


def test_a_section_with_a_control_character_or_too_long_is_refused_by_name() -> None:
    with pytest.raises(ValidationError, match="^the section contains a control character") as caught:
        check_section("line:1\x00")
    assert caught.value.field == "section"
    with pytest.raises(ValidationError, match="^the section can be at most 80 characters") as caught:
        check_section("clause:" + "k" * 80)
    assert caught.value.field == "section"


def test_everyone_who_shaped_a_version_is_named_with_the_first_thing_they_did(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    assert _touched(db, number) == {"anna": "drafted this version"}
    opened = clauses.current_clauses(db, number)
    clauses.set_agreement_clauses(db, people["linh"], opened.version_id, [clauses.ClausePick(None, "A.", "a", "A")],
                                  row_version=opened.row_version)
    agreements.submit_for_review(db, people["anna"], number)
    agreements.request_changes(db, people["budi"], number, "Say more.")
    agreements.revise(db, people["admin"], number)
    agreements.redraft_lines(db, people["anna"], number, agreements.requirements_document_of(db, number))  # still "drafted"
    assert _touched(db, number) == {
        "anna": "drafted this version", "linh": "changed this version's clauses", "admin": "revised this version",
    }


def test_whoever_changed_the_lines_or_amended_the_version_into_being_is_named(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    people["bo"] = users.ensure_user(db, "bo", "Bo Ek", Role.REPRESENTATIVE)
    agreements.redraft_lines(db, people["bo"], number, agreements.requirements_document_of(db, number))
    assert _touched(db, number) == {"anna": "drafted this version", "bo": "changed this version's lines"}
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    versions.amend(db, people["bo"], number, "More users")
    assert _touched(db, number) == {"bo": "drafted this version"}
    with db.unit_of_work() as session:  # the amendment as another person made it (its author is bo)
        session.execute(text("UPDATE agreement_version SET author_id = :a WHERE version_no = 2"), {"a": people["admin"].id})
    assert _touched(db, number) == {"admin": "drafted this version", "bo": "amended it into being"}
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(PermissionDenied, match="^you amended it into being; another person must review it$"):
        agreements.approve(db, people["bo"], number)


def test_an_amendment_names_only_who_amended_this_version_not_an_earlier_one(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.unit_of_work() as session:
        agreement_id = session.execute(text("SELECT id FROM agreement")).scalar_one()
    with db.unit_of_work() as session:  # an amend event of another version, and one whose detail is not an object
        from slamdesk.core import audit

        audit.record(session, people["linh"], "agreement.amend", "agreement", agreement_id, number=number, version=2)
        audit.record(session, people["budi"], "agreement.amend", "agreement", agreement_id, number=number, version=1)
    assert _touched(db, number) == {"anna": "drafted this version", "budi": "amended it into being"}


def test_an_amend_event_that_is_not_readable_or_by_nobody_known_names_nobody(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.read() as session:
        agreement_id = session.execute(text("SELECT id FROM agreement")).scalar_one()
        head = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    rows = [("linh", "[1]"), ("budi", "not json"), ("ghost", json.dumps({"version": 1}))]
    with db.unit_of_work() as session:
        for actor, detail in rows:
            session.add(AuditEvent(at=head.at, actor=actor, action="agreement.amend", entity_type="agreement",
                                   entity_id=agreement_id, detail=detail, prev_hash=head.hash, hash=head.hash))
    assert _touched(db, number) == {"anna": "drafted this version"}


def test_the_author_and_whoever_changed_a_version_cannot_review_it(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(PermissionDenied, match="^you drafted this agreement; another person must review it$"):
        agreements.approve(db, people["anna"], number)
    agreements.request_changes(db, people["budi"], number, "Say more.")
    agreements.revise(db, people["admin"], number)
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(PermissionDenied, match="^you revised this version; another person must review it$"):
        agreements.approve(db, people["admin"], number)
    with pytest.raises(ValidationError, match="^Administrator revised this version and cannot review it$") as caught:
        agreements.start_review_round(db, people["anna"], number, [ReviewerInput(people["admin"].id, "legal_reviewer", DUE)],
                                      today=TODAY)
    assert caught.value.field == "reviewers"


REFUSED_ROUNDS = [
    ([], "reviewers", "name at least one reviewer"),
    (["linh", "linh"], "reviewers", "each reviewer appears once in a round"),
    (["ghost"], "reviewers", "a reviewer is not an active local profile"),
    (["linh", "gone"], "reviewers", "a reviewer is not an active local profile"),
    (["anna"], "reviewers", "Anna Lindqvist drafted this version and cannot review it"),
    (["judge"], "reviewers", "a reviewer's role is one of Legal reviewer, Quality checker, Customer representative"),
    (["late"], "due_date", "a due date cannot be in the past"),
]


def test_each_refused_round_says_why_and_opens_nothing(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    gone = users.ensure_user(db, "gone", "Gone Person", Role.LEGAL_REVIEWER)
    with db.unit_of_work() as session:
        session.get(User, gone.id).active = False
    named = {
        "linh": ReviewerInput(people["linh"].id, "legal_reviewer", DUE),
        "ghost": ReviewerInput(9999, "legal_reviewer", DUE),
        "gone": ReviewerInput(gone.id, "legal_reviewer", DUE),
        "anna": ReviewerInput(people["anna"].id, "legal_reviewer", DUE),
        "judge": ReviewerInput(people["linh"].id, "judge", DUE),
        "late": ReviewerInput(people["linh"].id, "legal_reviewer", TODAY - dt.timedelta(days=1)),
    }
    agreements.submit_for_review(db, people["anna"], number)
    for reviewers, field, message in REFUSED_ROUNDS:
        with pytest.raises(ValidationError) as caught:
            agreements.start_review_round(db, people["anna"], number, [named[name] for name in reviewers], today=TODAY)
        assert (caught.value.field, str(caught.value)) == (field, message)
    assert agreements.get_agreement(db, number).rounds == () and events(db, "review.round") == []


def test_a_round_starts_only_on_a_version_in_review_by_a_representative_and_one_at_a_time(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    linh = [ReviewerInput(people["linh"].id, "legal_reviewer", TODAY)]  # due today is not in the past
    with pytest.raises(TransitionError, match="^a review round starts when the version is submitted for review$"):
        agreements.start_review_round(db, people["anna"], number, linh, today=TODAY)
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(PermissionDenied, match="send agreements to reviewers"):
        agreements.start_review_round(db, people["budi"], number, linh, today=TODAY)
    agreements.start_review_round(db, people["admin"], number, linh, today=TODAY)
    with pytest.raises(TransitionError, match="^this version already has an open review round$"):
        agreements.start_review_round(db, people["anna"], number, linh, today=TODAY)
    version_id, _ = _version(db, number)
    assert [e[:4] + (e[4],) for e in events(db, "review.round")] == [
        ("admin", "review.round", "agreement_version", version_id,
         {"round": 1, "reviewers": [[people["linh"].id, "legal_reviewer", TODAY.isoformat()]]})
    ]


def test_rounds_are_numbered_across_the_versions_of_an_agreement(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    linh = [ReviewerInput(people["linh"].id, "legal_reviewer", DUE)]
    agreements.submit_for_review(db, people["anna"], number, reviewers=linh, today=TODAY)
    agreements.request_changes(db, people["linh"], number, "", comments=[("pricing", "Too cheap.")])
    agreements.revise(db, people["anna"], number)
    agreements.submit_for_review(db, people["anna"], number, reviewers=linh, today=TODAY)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    versions.amend(db, people["admin"], number, "More users")
    agreements.submit_for_review(db, people["admin"], number, reviewers=linh, today=TODAY)
    rounds = agreements.get_agreement(db, number).rounds
    assert [(r.number, r.version_no, r.status) for r in rounds] == [
        (1, 1, "changes_requested"), (2, 1, "approved"), (3, 2, "open")
    ]


def test_decisions_with_comments_are_kept_and_the_round_closes_once_everyone_approved(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    olena = users.ensure_user(db, "olena", "Олена Коваленко", Role.CUSTOMER_SIGNATORY)
    agreements.submit_for_review(db, people["anna"], number, today=TODAY, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", DUE),
        ReviewerInput(olena.id, "customer_representative", DUE + dt.timedelta(days=1)),
    ])
    agreements.approve(db, people["linh"], number, " Fine. ", comments=[("clause:termination", " Notice ok. "), ("line:1", "  ")])
    (open_round,) = agreements.get_agreement(db, number).rounds
    assert open_round.status == "open"
    linh, customer = open_round.assignments
    assert (linh.reviewer, linh.reviewer_id, linh.role, linh.due_date, linh.decision) == (
        "Trần Thị Linh", people["linh"].id, "legal_reviewer", DUE, "approved"
    )
    assert linh.decided_at is not None and linh.decided_at.tzinfo is not None
    assert [(c.section, c.text) for c in linh.comments] == [("general", "Fine."), ("clause:termination", "Notice ok.")]
    assert all(c.created_at.tzinfo is not None for c in linh.comments)
    assert (customer.reviewer, customer.decision, customer.decided_at, customer.comments) == (
        "Олена Коваленко", None, None, ()
    )
    with pytest.raises(TransitionError, match="^you have decided on this round already$"):
        agreements.approve(db, people["linh"], number)
    with pytest.raises(PermissionDenied, match="^you are not a reviewer in this round$"):
        agreements.approve(db, people["budi"], number)
    agreements.approve(db, olena, number)
    (closed,) = agreements.get_agreement(db, number).rounds
    assert closed.status == "approved" and [a.decision for a in closed.assignments] == ["approved", "approved"]
    assert agreements.get_agreement(db, number).status is Status.APPROVED


def test_one_request_for_changes_closes_the_round_whoever_else_has_not_decided(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number, today=TODAY, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", DUE), ReviewerInput(people["budi"].id, "quality_checker", DUE),
    ])
    agreements.request_changes(db, people["budi"], number, "", comments=[("line:2", "Two sites, not one.")])
    (closed,) = agreements.get_agreement(db, number).rounds
    assert closed.status == "changes_requested"
    assert [(a.reviewer, a.decision) for a in closed.assignments] == [
        ("Trần Thị Linh", None), ("Budi Santoso", "changes_requested")
    ]
    assert [(c.section, c.text) for c in closed.assignments[1].comments] == [("line:2", "Two sites, not one.")]
    assert agreements.get_agreement(db, number).status is Status.CHANGES_REQUESTED


def test_a_reviewer_is_overdue_only_while_undecided_after_the_due_date() -> None:
    waiting = AssignmentView("Linh", 2, "legal_reviewer", TODAY, None, None, ())
    decided = AssignmentView("Budi", 3, "quality_checker", TODAY - dt.timedelta(days=9), "approved", None, ())
    assert not waiting.overdue(TODAY) and waiting.overdue(TODAY + dt.timedelta(days=1))
    assert not decided.overdue(TODAY)
    row = BoardRow("SLA-1", "Customer", "Title", 1, 1, (decided, waiting))
    assert not row.overdue(TODAY) and row.overdue(TODAY + dt.timedelta(days=1))
    assert not BoardRow("SLA-2", "Customer", "Title", 1, None, ()).overdue(TODAY)


def _board(db: Database) -> tuple[dict[str, Actor], dict[str, str]]:
    """Four agreements in review seen TODAY: linh late on one, budi late on another, one on time, one without a round;
    and one draft that is on no board."""
    people = team(db)
    linh, budi = people["linh"].id, people["budi"].id
    late, far = TODAY - dt.timedelta(days=2), TODAY + dt.timedelta(days=20)
    plans = {
        "linh_late": [ReviewerInput(linh, "legal_reviewer", late), ReviewerInput(budi, "quality_checker", far)],
        "budi_late": [ReviewerInput(linh, "legal_reviewer", far), ReviewerInput(budi, "quality_checker", late)],
        "on_time": [ReviewerInput(budi, "quality_checker", far)],
        "no_round": [],
    }
    numbers = {}
    for name, reviewers in plans.items():
        numbers[name] = draft(db, people["anna"])
        agreements.submit_for_review(db, people["anna"], numbers[name], reviewers=reviewers, today=late)
    agreements.approve(db, people["linh"], numbers["budi_late"])
    numbers["draft"] = draft(db, people["anna"])
    with db.unit_of_work() as session:
        session.execute(text("UPDATE agreement SET title = 'Network for Växjö' WHERE number = :n"), {"n": numbers["on_time"]})
    return people, numbers


def test_the_board_lists_every_version_in_review_with_its_reviewers(db: Database) -> None:
    people, numbers = _board(db)
    rows = review_board(db, TODAY)
    assert [row.number for row in rows] == sorted(numbers[n] for n in ("linh_late", "budi_late", "on_time", "no_round"))
    by_number = {row.number: row for row in rows}
    late = by_number[numbers["linh_late"]]
    assert (late.customer, late.title, late.version_no, late.round_no) == (
        "ТОВ «Одеські порти»", "Угода про рівень обслуговування", 1, 1
    )
    assert [(a.reviewer, a.reviewer_id, a.role, a.decision) for a in late.assignments] == [
        ("Trần Thị Linh", people["linh"].id, "legal_reviewer", None),
        ("Budi Santoso", people["budi"].id, "quality_checker", None),
    ]
    assert late.assignments[0].due_date == TODAY - dt.timedelta(days=2) and late.overdue(TODAY)
    assert [a.decision for a in by_number[numbers["budi_late"]].assignments] == ["approved", None]
    assert by_number[numbers["budi_late"]].assignments[0].decided_at is not None
    no_round = by_number[numbers["no_round"]]
    assert (no_round.round_no, no_round.assignments) == (None, ())
    assert count_review_board(db, TODAY) == BoardCounts(4, 2)


BOARD_FILTERS = [
    (BoardFilter(search="växjö"), ["on_time"]),
    (BoardFilter(search="Одеські"), ["linh_late", "budi_late", "on_time", "no_round"]),
    (BoardFilter(search="SLA-2027-0003"), ["on_time"]),
    (BoardFilter(search="\x00 "), ["linh_late", "budi_late", "on_time", "no_round"]),
    (BoardFilter(reviewer_id="linh"), ["linh_late", "budi_late"]),
    (BoardFilter(reviewer_id="budi"), ["linh_late", "budi_late", "on_time"]),
    (BoardFilter(role="legal_reviewer"), ["linh_late", "budi_late"]),
    (BoardFilter(role="quality_checker", pending_only=True), ["linh_late", "budi_late", "on_time"]),
    (BoardFilter(reviewer_id="linh", pending_only=True), ["linh_late"]),
    (BoardFilter(overdue_only=True), ["linh_late", "budi_late"]),
    (BoardFilter(reviewer_id="budi", overdue_only=True), ["budi_late"]),
    (BoardFilter(reviewer_id="linh", overdue_only=True), ["linh_late"]),
    (BoardFilter(role="legal_reviewer", overdue_only=True), ["linh_late"]),
    (BoardFilter(pending_only=True), ["linh_late", "budi_late", "on_time"]),
    (BoardFilter(reviewer_id="anna"), []),
]


def test_the_board_filters_in_the_query_and_counts_what_it_lists(db: Database) -> None:
    people, numbers = _board(db)
    for criteria, expected in BOARD_FILTERS:
        if isinstance(criteria.reviewer_id, str):
            criteria = BoardFilter(criteria.search, people[criteria.reviewer_id].id, criteria.role,
                                   criteria.overdue_only, criteria.pending_only)
        listed = review_board(db, TODAY, criteria)
        assert [row.number for row in listed] == sorted(numbers[name] for name in expected), criteria
        overdue = review_board(db, TODAY, BoardFilter(criteria.search, criteria.reviewer_id, criteria.role, True,
                                                      criteria.pending_only))
        assert count_review_board(db, TODAY, criteria) == BoardCounts(len(listed), len(overdue)), criteria


def test_a_reviewer_late_only_on_another_role_does_not_count_as_late_in_the_chosen_role(db: Database) -> None:
    people, numbers = _board(db)
    criteria = BoardFilter(role="quality_checker")
    assert count_review_board(db, TODAY, criteria) == BoardCounts(3, 1)
    assert [r.number for r in review_board(db, TODAY, BoardFilter(role="quality_checker", overdue_only=True))] == [
        numbers["budi_late"]
    ]
    assert count_review_board(db, TODAY, BoardFilter(reviewer_id=people["linh"].id)) == BoardCounts(2, 1)
    assert count_review_board(db, TODAY, BoardFilter(reviewer_id=people["linh"].id, pending_only=True)) == BoardCounts(1, 1)
    assert count_review_board(db, TODAY - dt.timedelta(days=2), BoardFilter()) == BoardCounts(4, 0)
    assert count_review_board(db, TODAY, BoardFilter(search="växjö")) == BoardCounts(1, 0)


def test_the_board_is_read_page_by_page(db: Database) -> None:
    people, numbers = _board(db)
    everything = [row.number for row in review_board(db, TODAY)]
    pages = [[row.number for row in review_board(db, TODAY, limit=3, offset=offset)] for offset in (0, 3, 6)]
    assert pages == [everything[:3], everything[3:], []]
    assert [row.number for row in review_board(db, TODAY, BoardFilter(overdue_only=True), limit=1, offset=1)] == [
        sorted([numbers["linh_late"], numbers["budi_late"]])[1]
    ]
