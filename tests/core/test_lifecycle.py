"""The lifecycle of a version: which step is possible from where, who may take it, and what is refused."""

from __future__ import annotations

import pytest

from slamdesk.core import lifecycle
from slamdesk.core.errors import TransitionError
from slamdesk.core.lifecycle import EDITABLE, SIGNED_STATES, STEPS, TRANSITIONS, Status, may, transition_for
from slamdesk.core.roles import Role

S = Status
REP = {Role.REPRESENTATIVE, Role.ADMINISTRATOR}
REVIEWERS = {Role.LEGAL_REVIEWER, Role.QUALITY_CHECKER, Role.ADMINISTRATOR}

# The state machine of docs/ARCHITECTURE.md: action -> (from, to, who may take it).
EXPECTED = {
    "submit": ({S.DRAFT}, S.IN_REVIEW, REP),
    "approve": ({S.IN_REVIEW}, S.APPROVED, REVIEWERS),
    "request_changes": ({S.IN_REVIEW}, S.CHANGES_REQUESTED, REVIEWERS),
    "revise": ({S.CHANGES_REQUESTED}, S.DRAFT, REP),
    "complete_signing": ({S.APPROVED}, S.SIGNED, set(Role)),
    "activate": ({S.SIGNED}, S.ACTIVE, REP),
    "terminate": ({S.SIGNED, S.ACTIVE}, S.TERMINATED, {Role.ADMINISTRATOR}),  # for cause, at once
}


def test_the_statuses_are_stored_and_shown_by_these_names() -> None:
    assert [(status.value, status.label) for status in Status] == [
        ("draft", "Draft"),
        ("in_review", "In review"),
        ("changes_requested", "Changes requested"),
        ("approved", "Approved"),
        ("signed", "Signed"),
        ("active", "Active"),
        ("terminated", "Terminated"),
    ]


@pytest.mark.parametrize("action", sorted(EXPECTED))
@pytest.mark.parametrize("current", list(Status))
def test_each_step_is_possible_only_from_its_statuses(action: str, current: Status) -> None:
    sources, target, _ = EXPECTED[action]
    if current in sources:
        assert transition_for(action, current).target == target
    else:
        with pytest.raises(TransitionError):
            transition_for(action, current)


@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_who_may_take_each_step(action: str) -> None:
    transition = TRANSITIONS[action]
    assert (transition.action, set(transition.roles)) == (action, EXPECTED[action][2])


def test_there_are_no_other_steps() -> None:
    assert set(TRANSITIONS) == set(EXPECTED)


def test_an_administrator_may_review_but_a_representative_may_not() -> None:
    for action in ("approve", "request_changes"):
        roles = transition_for(action, S.IN_REVIEW).roles
        assert Role.ADMINISTRATOR in roles and Role.REPRESENTATIVE not in roles
        assert Role.CUSTOMER_SIGNATORY not in roles


def test_a_signed_agreement_may_be_terminated_before_it_is_active() -> None:
    assert transition_for("terminate", S.SIGNED).target == S.TERMINATED
    assert transition_for("terminate", S.ACTIVE).target == S.TERMINATED


def test_a_draft_or_one_sent_back_is_editable_and_signing_is_what_makes_a_version_signed() -> None:
    assert EDITABLE == {S.DRAFT, S.CHANGES_REQUESTED}
    assert SIGNED_STATES == {S.SIGNED, S.ACTIVE, S.TERMINATED}


@pytest.mark.parametrize("status", list(Status))
def test_each_step_is_allowed_in_exactly_its_states(status: Status) -> None:
    """The one table the use cases and the window both ask (``lifecycle.may``)."""
    expected = {
        "submit": {S.DRAFT}, "approve": {S.IN_REVIEW}, "request_changes": {S.IN_REVIEW},
        "revise": {S.CHANGES_REQUESTED}, "sign": {S.APPROVED}, "activate": {S.SIGNED},
        "terminate": {S.SIGNED, S.ACTIVE}, "edit": {S.DRAFT, S.CHANGES_REQUESTED},
        "redraft": {S.DRAFT, S.CHANGES_REQUESTED}, "amend": {S.SIGNED, S.ACTIVE},
        "export": {S.SIGNED, S.ACTIVE, S.TERMINATED}, "signing_order": {S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED, S.APPROVED},
        "start_round": {S.IN_REVIEW},
    }
    assert set(STEPS) == set(expected)
    assert {step for step in STEPS if may(step, status)} == {step for step, states in expected.items() if status in states}


@pytest.mark.parametrize(
    ("action", "current", "message"),
    [
        ("approve", S.DRAFT, "cannot approve an agreement that is draft (only when in review)"),
        ("request_changes", S.SIGNED, "cannot request changes an agreement that is signed (only when in review)"),
        ("revise", S.IN_REVIEW, "cannot revise an agreement that is in review (only when changes requested)"),
        ("terminate", S.DRAFT, "cannot terminate an agreement that is draft (only when active, signed)"),
        ("complete_signing", S.TERMINATED, "cannot complete signing an agreement that is terminated (only when approved)"),
    ],
)
def test_a_refused_step_says_where_it_is_possible(action: str, current: Status, message: str) -> None:
    with pytest.raises(TransitionError) as caught:
        transition_for(action, current)
    assert str(caught.value) == message


def test_a_step_that_may_not_be_taken_says_in_which_states_it_may() -> None:
    assert lifecycle.why_not("approve", Status.IN_REVIEW) is None
    assert lifecycle.why_not("approve", Status.SIGNED) == "only when the agreement is in review; this one is signed"
    assert lifecycle.why_not("terminate", Status.DRAFT) == "only when the agreement is signed or active; this one is draft"
    assert lifecycle.why_not("edit", Status.APPROVED) == (
        "only when the agreement is draft or changes requested; this one is approved"
    )
    for step in lifecycle.STEPS:
        for status in Status:
            assert (lifecycle.why_not(step, status) is None) == lifecycle.may(step, status)
