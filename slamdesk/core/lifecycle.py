"""The lifecycle of an agreement version: states, transitions and who may take them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import TransitionError
from .roles import Role
from .words import N_, _


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SIGNED = "signed"
    ACTIVE = "active"
    TERMINATED = "terminated"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def said(self) -> str:
        """The state as a message names it, lower case, in the person's language ("in review")."""
        return _(_SAID[self])


_SAID: dict[Status, str] = {  # a state inside a message (``Status.said``)
    Status.DRAFT: N_("draft"),
    Status.IN_REVIEW: N_("in review"),
    Status.CHANGES_REQUESTED: N_("changes requested"),
    Status.APPROVED: N_("approved"),
    Status.SIGNED: N_("signed"),
    Status.ACTIVE: N_("active"),
    Status.TERMINATED: N_("terminated"),
}


class Action(StrEnum):
    """A lifecycle step's name (as the audit log records it: ``agreement.<action>``)."""

    SUBMIT = "submit"
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REVISE = "revise"
    COMPLETE_SIGNING = "complete_signing"
    ACTIVATE = "activate"
    TERMINATE = "terminate"


@dataclass(frozen=True)
class Transition:
    action: Action
    source: frozenset[Status]
    target: Status
    roles: frozenset[Role]


_REP = frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR})
_REVIEWERS = frozenset({Role.LEGAL_REVIEWER, Role.QUALITY_CHECKER, Role.ADMINISTRATOR})

TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in (
        Transition(Action.SUBMIT, frozenset({Status.DRAFT}), Status.IN_REVIEW, _REP),
        Transition(Action.APPROVE, frozenset({Status.IN_REVIEW}), Status.APPROVED, _REVIEWERS),
        Transition(Action.REQUEST_CHANGES, frozenset({Status.IN_REVIEW}), Status.CHANGES_REQUESTED, _REVIEWERS),
        Transition(Action.REVISE, frozenset({Status.CHANGES_REQUESTED}), Status.DRAFT, _REP),
        # Reached by the last signature, never asked for directly.
        Transition(Action.COMPLETE_SIGNING, frozenset({Status.APPROVED}), Status.SIGNED, frozenset(Role)),
        Transition(Action.ACTIVATE, frozenset({Status.SIGNED}), Status.ACTIVE, _REP),
        # Termination for cause, at once: an administrator's step (ending at a term's end is notice,
        # ``renewals.standing.give_notice``, which a representative records).
        Transition(Action.TERMINATE, frozenset({Status.SIGNED, Status.ACTIVE}), Status.TERMINATED,
                   frozenset({Role.ADMINISTRATOR})),
    )
}

# What may be done to a version in each state, stated once: core's use cases and the window's
# actions both ask ``may`` (the transitions' own sources come from TRANSITIONS above).
EDITABLE = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})  # its lines and clauses may change
AMENDABLE = frozenset({Status.SIGNED, Status.ACTIVE})  # a new draft version may be started from it
SIGNED_STATES = frozenset({Status.SIGNED, Status.ACTIVE, Status.TERMINATED})

STEPS: dict[str, frozenset[Status]] = {
    **{action: t.source for action, t in TRANSITIONS.items() if action != Action.COMPLETE_SIGNING},
    "sign": TRANSITIONS[Action.COMPLETE_SIGNING].source,
    "edit": EDITABLE,
    "redraft": EDITABLE,
    "amend": AMENDABLE,
    "export": SIGNED_STATES,
    "signing_order": frozenset(Status) - SIGNED_STATES,
    "start_round": frozenset({Status.IN_REVIEW}),
}


# Why a step cannot be taken from a state (``transition_for``), one sentence per step.
_CANNOT: dict[str, str] = {
    Action.SUBMIT: N_("cannot submit an agreement that is {status} (only when {allowed})"),
    Action.APPROVE: N_("cannot approve an agreement that is {status} (only when {allowed})"),
    Action.REQUEST_CHANGES: N_("cannot request changes an agreement that is {status} (only when {allowed})"),
    Action.REVISE: N_("cannot revise an agreement that is {status} (only when {allowed})"),
    Action.COMPLETE_SIGNING: N_("cannot complete signing an agreement that is {status} (only when {allowed})"),
    Action.ACTIVATE: N_("cannot activate an agreement that is {status} (only when {allowed})"),
    Action.TERMINATE: N_("cannot terminate an agreement that is {status} (only when {allowed})"),
}


def may(step: str, status: Status) -> bool:
    """Whether ``step`` (a key of ``STEPS``) may be taken on a version that is ``status``."""
    return status in STEPS[step]


def transition_for(action: str, current: Status) -> Transition:
    transition = TRANSITIONS[action]
    if current not in transition.source:
        allowed = ", ".join(s.said for s in sorted(transition.source))
        raise TransitionError(_(_CANNOT[action]).format(status=current.said, allowed=allowed))
    return transition


def why_not(step: str, status: Status) -> str | None:
    """Why ``step`` may not be taken on a version that is ``status`` (for a disabled action's tooltip); None if it may."""
    if may(step, status):
        return None
    allowed = _(" or ").join(state.said for state in Status if state in STEPS[step])
    return _("only when the agreement is {allowed}; this one is {status}").format(allowed=allowed, status=status.said)
