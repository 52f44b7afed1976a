"""Review rounds, the quality checklist, the review board, signing order, clauses, amendments."""

from __future__ import annotations

import datetime as dt

import pytest

from slamdesk.core import agreements, clauses, versions
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import BoardFilter, ReviewerInput, review_board
from slamdesk.core.roles import Actor, Role
from slamdesk.core.users import ensure_user

from .helpers import draft

TODAY = dt.date(2026, 11, 23)


def _round(db: Database, people: dict[str, Actor], number: str, due: dt.date = TODAY + dt.timedelta(days=5)) -> Actor:
    customer_rep = ensure_user(db, "olena", "Олена Коваленко", Role.CUSTOMER_SIGNATORY)
    agreements.submit_for_review(
        db, people["anna"], number,
        reviewers=[
            ReviewerInput(people["linh"].id, "legal_reviewer", due),
            ReviewerInput(people["budi"].id, "quality_checker", due),
            ReviewerInput(customer_rep.id, "customer_representative", due + dt.timedelta(days=2)),
        ],
        today=TODAY,
    )
    return customer_rep


def test_a_round_is_approved_only_when_every_named_reviewer_approves(demo_db: Database, people: dict[str, Actor]) -> None:
    number = draft(demo_db, people["anna"])
    customer_rep = _round(demo_db, people, number)
    agreements.approve(demo_db, people["linh"], number, comments=[("clause:termination", "Notice period fine.")])
    agreements.approve(demo_db, people["budi"], number, "Checklist green.")
    assert agreements.get_agreement(demo_db, number).status is Status.IN_REVIEW
    with pytest.raises(TransitionError, match="decided"):
        agreements.approve(demo_db, people["budi"], number)
    with pytest.raises(PermissionDenied, match="not a reviewer"):
        agreements.approve(demo_db, ensure_user(demo_db, "kim", "Kim Berg", Role.LEGAL_REVIEWER), number)
    agreements.approve(demo_db, customer_rep, number, "Agreed.")
    detail = agreements.get_agreement(demo_db, number)
    assert detail.status is Status.APPROVED
    (review_round,) = detail.rounds
    assert review_round.status == "approved" and [a.role for a in review_round.assignments] == [
        "legal_reviewer", "quality_checker", "customer_representative"
    ]
    assert review_round.assignments[0].comments[0].section == "clause:termination"


def test_changes_requested_closes_the_round_and_a_new_round_reviews_again(demo_db: Database, people: dict[str, Actor]) -> None:
    number = draft(demo_db, people["anna"])
    _round(demo_db, people, number)
    with pytest.raises(ValidationError) as caught:
        agreements.request_changes(demo_db, people["linh"], number, "", comments=[("page 3", "Wrong")])
    assert caught.value.field == "section"
    agreements.request_changes(demo_db, people["linh"], number, "", comments=[("line:2", "Add the night shift.")])
    assert agreements.get_agreement(demo_db, number).status is Status.CHANGES_REQUESTED
    agreements.revise(demo_db, people["anna"], number)
    _round(demo_db, people, number)
    rounds = agreements.get_agreement(demo_db, number).rounds
    assert [(r.number, r.status) for r in rounds] == [(1, "changes_requested"), (2, "open")]


def test_reviewers_are_named_once_never_the_author_and_not_due_in_the_past(demo_db: Database, people: dict[str, Actor]) -> None:
    number = draft(demo_db, people["anna"])
    due = TODAY + dt.timedelta(days=3)
    cases = [
        ([ReviewerInput(people["anna"].id, "legal_reviewer", due)], "drafted"),
        ([ReviewerInput(people["linh"].id, "legal_reviewer", TODAY - dt.timedelta(days=1))], "past"),
        ([ReviewerInput(people["linh"].id, "legal_reviewer", due)] * 2, "once"),
        ([ReviewerInput(people["linh"].id, "judge", due)], "role"),
    ]
    for reviewers, message in cases:
        with pytest.raises(ValidationError, match=message):
            agreements.submit_for_review(demo_db, people["anna"], number, reviewers=reviewers, today=TODAY)
        assert agreements.get_agreement(demo_db, number).status is Status.DRAFT


def test_the_quality_checklist_blocks_approval_while_an_item_fails(demo_db: Database, people: dict[str, Actor]) -> None:
    number = draft(demo_db, people["anna"])
    checklist = agreements.run_checklist(demo_db, number)
    assert checklist.passed and [item.key for item in checklist.items] == [
        "traced", "targets", "internal", "priced", "credits", "termination", "names"
    ]
    opened = clauses.current_clauses(demo_db, number)
    kept = [clauses.ClausePick(c.id) for c in clauses.library(demo_db, "uk") if c.key != "termination"]
    clauses.set_agreement_clauses(demo_db, people["anna"], opened.version_id, kept, row_version=opened.row_version)
    failing = agreements.run_checklist(demo_db, number)
    assert [item.key for item in failing.failures] == ["termination"]
    agreements.submit_for_review(demo_db, people["anna"], number)
    with pytest.raises(ValidationError, match="quality check fails") as caught:
        agreements.approve(demo_db, people["linh"], number)
    assert caught.value.field == "checklist"
    assert agreements.get_agreement(demo_db, number).status is Status.IN_REVIEW


def test_the_review_board_shows_reviewers_and_filters_overdue(demo_db: Database, people: dict[str, Actor]) -> None:
    late = draft(demo_db, people["anna"])
    _round(demo_db, people, late, due=TODAY)
    on_time = draft(demo_db, people["anna"])
    _round(demo_db, people, on_time, due=TODAY + dt.timedelta(days=10))
    later = TODAY + dt.timedelta(days=3)
    rows = {row.number: row for row in review_board(demo_db, later)}
    assert {late, on_time, "SLA-2026-0005"} <= set(rows)  # the demo's in-review agreement has no round
    assert rows[late].overdue(later) and not rows[on_time].overdue(later)
    assert [a.reviewer for a in rows[late].assignments] == ["Trần Thị Linh", "Budi Santoso", "Олена Коваленко"]
    assert [row.number for row in review_board(demo_db, later, BoardFilter(overdue_only=True))] == [late]
    agreements.approve(demo_db, people["budi"], late)
    pending = review_board(demo_db, later, BoardFilter(reviewer_id=people["budi"].id, pending_only=True))
    assert [row.number for row in pending] == [on_time]
    assert [r.number for r in review_board(demo_db, later, BoardFilter(search="Växjö"))] == ["SLA-2026-0005"]


def _approved(db: Database, people: dict[str, Actor]) -> str:
    number = draft(db, people["anna"])
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    return number


def test_signatories_sign_in_order_groups_in_parallel(demo_db: Database, people: dict[str, Actor]) -> None:
    number = _approved(demo_db, people)
    rep = people["anna"]
    agreements.set_signatories(demo_db, rep, number, [
        SignatoryInput("customer", "Ірина Бондаренко", "Директорка", 1),
        SignatoryInput("customer", "Петро Шевчук", "Фінансовий директор", 1),
        SignatoryInput("provider", "Anna Lindqvist", "Account manager", 2),
    ])
    detail = agreements.get_agreement(demo_db, number)
    first, second, provider = detail.signatories
    assert [s.name for s in detail.next_signers] == ["Ірина Бондаренко", "Петро Шевчук"]
    with pytest.raises(TransitionError, match="must sign first"):
        agreements.sign(demo_db, rep, number, party="provider", signer_name="Anna Lindqvist",
                        signer_title="Account manager", signatory_id=provider.id)
    customer_desk = people["sofia"]  # the customer's signatures are not recorded by the provider's signer
    agreements.sign(demo_db, customer_desk, number, party="customer", signer_name=second.name, signer_title=second.title,
                    signatory_id=second.id)
    with pytest.raises(TransitionError, match="signing has started"):
        agreements.set_signatories(demo_db, rep, number, [SignatoryInput("customer", "X", "Y"), SignatoryInput("provider", "Z", "W")])
    agreements.sign(demo_db, customer_desk, number, party="customer", signer_name=first.name, signer_title=first.title,
                    signatory_id=first.id)
    assert [s.name for s in agreements.get_agreement(demo_db, number).next_signers] == ["Anna Lindqvist"]
    assert agreements.get_agreement(demo_db, number).status is Status.APPROVED
    agreements.sign(demo_db, rep, number, party="provider", signer_name="Anna Lindqvist", signer_title="Account manager",
                    signatory_id=provider.id)
    detail = agreements.get_agreement(demo_db, number)
    assert detail.status is Status.SIGNED and detail.next_signers == () and len(detail.signatures) == 3


def test_a_quality_checker_cannot_sign_for_the_provider(demo_db: Database, people: dict[str, Actor]) -> None:
    number = _approved(demo_db, people)
    with pytest.raises(PermissionDenied):
        agreements.sign(demo_db, people["budi"], number, party="provider", signer_name="Budi", signer_title="QA")


def test_library_clauses_have_versions_and_an_edited_copy_shows_its_difference(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    linh = people["linh"]
    with pytest.raises(PermissionDenied):
        clauses.save_clause(demo_db, people["budi"], key="termination", language="en", title="T", text="x")
    original = next(c for c in clauses.library(demo_db, "en") if c.key == "termination")
    revised = clauses.save_clause(demo_db, linh, key="termination", language="en", title=original.title,
                                  text=original.text.replace("three months'", "six months'"))
    assert revised.version == original.version + 1
    assert [c.version for c in clauses.history(demo_db, "termination", "en")] == [1, 2]
    number = draft(demo_db, people["anna"])
    picks = [clauses.ClausePick(c.id, c.text + " Local addition." if c.key == "service_credits" else None)
             for c in clauses.library(demo_db, "uk")]
    opened = clauses.current_clauses(demo_db, number)
    clauses.set_agreement_clauses(demo_db, people["anna"], opened.version_id, picks, row_version=opened.row_version)
    credits = next(c for c in agreements.get_agreement(demo_db, number).clauses if c.key == "service_credits")
    assert credits.edited and any(line.startswith("+") and "Local addition" in line for line in credits.diff())


def test_an_amendment_is_a_new_version_and_versions_compare(demo_db: Database, people: dict[str, Actor]) -> None:
    number = "SLA-2026-0002"  # signed in the demo
    rep = people["anna"]
    with pytest.raises(ValidationError):
        versions.amend(demo_db, rep, number, " ")
    assert versions.amend(demo_db, rep, number, "Add the Đà Nẵng office") == 2
    detail = agreements.get_agreement(demo_db, number)
    assert (detail.version_no, detail.status) == (2, Status.DRAFT)
    assert versions.compare_versions(demo_db, number, 1, 2).unchanged
    opened = clauses.current_clauses(demo_db, number)
    picks = [clauses.ClausePick(None, c.text.replace("ba tháng", "sáu tháng"), c.key, c.title)
             if c.key == "termination" else clauses.ClausePick(None, c.text, c.key, c.title) for c in detail.clauses]
    clauses.set_agreement_clauses(demo_db, rep, opened.version_id, picks, row_version=opened.row_version)
    diff = versions.compare_versions(demo_db, number, 1, 2)
    assert [(c.kind, c.key) for c in diff.clauses] == [("changed", "termination")]
    assert any("sáu tháng" in line for line in diff.clauses[0].diff)
    with pytest.raises(TransitionError):
        versions.amend(demo_db, rep, number, "again")  # v2 is a draft: change it directly
