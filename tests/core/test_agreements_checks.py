"""A version's steps (core.agreements), the edges: approval needs the quality check to pass (with and without a
review round), the checklist a reviewer reads, and the limits of a signing order's words."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from slamdesk.core import agreements
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import ReviewerInput

from .workflow import Drafted, drafted, events

pytestmark = pytest.mark.prepared(build=drafted)

TODAY = dt.date(2026, 11, 23)


def _without_clauses(db: Database) -> None:
    """The credits and termination clauses taken out of every draft, so the quality check fails."""
    with db.unit_of_work() as session:
        session.execute(text("DELETE FROM agreement_clause WHERE key IN ('service_credits', 'termination')"))


def test_the_checklist_of_a_version_says_what_passes_and_what_fails(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    checklist = agreements.run_checklist(db, number)
    assert checklist.passed and [item.key for item in checklist.items] == [
        "traced", "targets", "internal", "priced", "credits", "termination", "names"
    ]
    _without_clauses(db)
    failing = agreements.run_checklist(db, number)
    assert not failing.passed
    assert [item.key for item in failing.failures] == ["credits", "termination"]


def test_a_version_failing_the_quality_check_is_not_approved_and_says_why(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    _without_clauses(db)
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(ValidationError) as caught:
        agreements.approve(db, people["linh"], number, "Fine.")
    assert caught.value.field == "checklist"
    assert str(caught.value) == (
        "the quality check fails, so it cannot be approved: "
        f"{agreements.run_checklist(db, number).summary()}"
    )
    assert "add the service credits clause" in str(caught.value) and "add the termination clause" in str(caught.value)
    detail = agreements.get_agreement(db, number)
    assert (detail.status, detail.reviews) == (Status.IN_REVIEW, ())  # nothing of the refused decision is kept
    assert events(db, "agreement.approve") == []


def test_the_last_approval_of_a_round_needs_the_quality_check_too(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", TODAY), ReviewerInput(people["budi"].id, "quality_checker", TODAY),
    ], today=TODAY)
    _without_clauses(db)
    agreements.approve(db, people["linh"], number)  # others still decide: the check is not run yet
    with pytest.raises(ValidationError, match="^the quality check fails") as caught:
        agreements.approve(db, people["budi"], number)
    assert caught.value.field == "checklist"
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.IN_REVIEW
    assert [(a.reviewer, a.decision) for r in detail.rounds for a in r.assignments] == [
        ("Trần Thị Linh", "approved"), ("Budi Santoso", None)
    ]


def test_a_signatorys_title_is_at_most_120_characters(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    with pytest.raises(ValidationError, match="^signatory 2's title can be at most 120 characters") as caught:
        agreements.set_signatories(db, people["anna"], number, [
            SignatoryInput("provider", "Anna", "AM"), SignatoryInput("customer", "Ірина", "Т" * 121),
        ])
    assert caught.value.field == "signer_title"
    agreements.set_signatories(db, people["anna"], number, [
        SignatoryInput("provider", "Anna", "AM"), SignatoryInput("customer", "Ірина", "Т" * 120),
    ])
    assert [len(s.title) for s in agreements.get_agreement(db, number).signatories] == [2, 120]


def test_someone_who_may_not_review_is_told_they_cannot_request_changes(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(PermissionDenied, match="cannot request changes agreements; needs: "):
        agreements.request_changes(db, people["sofia"], number, "More.")
    assert agreements.get_agreement(db, number).status is Status.IN_REVIEW


def test_a_representative_whose_role_was_taken_away_is_refused_as_such_before_the_version_is_looked_at(
    db: Database, prepared: Drafted,
) -> None:
    people, number = prepared  # a draft: it cannot be signed anyway
    with db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET role = 'quality_checker' WHERE username = 'anna'"))
    with pytest.raises(PermissionDenied, match="is a quality checker, not a representative; sign in again"):
        agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna", signer_title="AM")


def test_approving_a_draft_is_refused_for_its_state_before_its_quality_is_looked_at(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    _without_clauses(db)
    with pytest.raises(TransitionError, match="^cannot approve an agreement that is draft"):
        agreements.approve(db, people["linh"], number)
    assert agreements.get_agreement(db, number).reviews == ()


def test_a_reviewers_decision_in_a_round_is_recorded_against_the_version(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", TODAY), ReviewerInput(people["budi"].id, "quality_checker", TODAY),
    ], today=TODAY)
    agreements.approve(db, people["linh"], number)
    (submitted,) = events(db, "agreement.submit")
    (review,) = events(db, "agreement.review")
    assert review[:4] == ("linh", "agreement.review", "agreement_version", submitted[3])


def test_someone_whose_role_changed_since_signing_in_is_asked_to_sign_in_again_not_judged_by_the_old_role(
    db: Database, prepared: Drafted,
) -> None:
    people, number = prepared
    with db.unit_of_work() as session:  # linh is made a representative while her window still says legal reviewer
        session.execute(text("UPDATE app_user SET role = 'representative' WHERE username = 'linh'"))
    with pytest.raises(PermissionDenied) as caught:
        agreements.submit_for_review(db, people["linh"], number)
    assert str(caught.value) == "Trần Thị Linh is a representative, not a legal reviewer; sign in again"
    assert agreements.get_agreement(db, number).status is Status.DRAFT


def test_changes_asked_for_in_a_round_keep_each_anchored_comment(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", TODAY)
    ], today=TODAY)
    agreements.request_changes(db, people["linh"], number, "See below.", comments=[("pricing", "Too cheap.")])
    ((general, pricing),) = [a.comments for r in agreements.get_agreement(db, number).rounds for a in r.assignments]
    assert [(c.section, c.text) for c in (general, pricing)] == [("general", "See below."), ("pricing", "Too cheap.")]
