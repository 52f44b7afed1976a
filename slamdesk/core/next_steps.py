"""What the acting person may do to an agreement now, and why not: for the window to disable what they cannot do.

Read from an ``AgreementDetail`` already loaded, changing nothing. The rules are the use cases' own, asked in
the order a refusal would come: the version's status (``lifecycle.why_not``); the roles a lifecycle step
allows (``lifecycle.TRANSITIONS``, as ``agreements`` checks them); for a review decision, a reviewer named in
the open round who has not decided yet (as ``reviews.record_decision`` checks it); for signing, a role that may
sign for a party still to sign (``agreements.may_sign_for``). What only the form can tell (which signatory of a
signing order, whether this person recorded the other party's signature) ``agreements.sign`` says when asked.
"""

from __future__ import annotations

from .agreements import may_sign_for
from .lifecycle import TRANSITIONS, why_not
from .roles import Actor, with_article
from .states import Party
from .views import AgreementDetail
from .words import N_, _

DECISIONS = ("approve", "request_changes")


def why_not_for(detail: AgreementDetail, actor: Actor, step: str) -> str | None:
    """Why ``actor`` may not take ``step`` on ``detail``'s current version now; None when they may."""
    reason = why_not(step, detail.status)
    if reason is not None:
        return reason
    if step in DECISIONS:
        return _why_not_decide(detail, actor)
    if step == "sign":
        return _why_not_sign(detail, actor)
    transition = TRANSITIONS.get(step)
    if transition is not None and actor.role not in transition.roles:
        allowed = _(" or ").join(with_article(role) for role in sorted(transition.roles))
        return _("{role} cannot; only {allowed}").format(role=with_article(actor.role), allowed=allowed)
    return None


def _why_not_decide(detail: AgreementDetail, actor: Actor) -> str | None:
    open_round = next((r for r in detail.rounds if r.status == "open"), None)
    if open_round is None:
        return _("no review round is open on this version")
    mine = next((a for a in open_round.assignments if a.reviewer_id == actor.id), None)
    if mine is None:
        names = ", ".join(a.reviewer for a in open_round.assignments)
        return _("you are not a reviewer in this round ({names})").format(names=names)
    if mine.decision is not None:
        return _("you have decided on this round already")
    return None


def _why_not_sign(detail: AgreementDetail, actor: Actor) -> str | None:
    if not any(may_sign_for(actor, party) for party in detail.unsigned_parties):
        message = _NOT_SIGNING.get(frozenset(detail.unsigned_parties), _NOT_SIGNING[frozenset(Party)])
        return _(message).format(role=with_article(actor.role))
    return None


_NOT_SIGNING: dict[frozenset[str], str] = {  # by the parties still to sign: a whole sentence each
    frozenset({Party.PROVIDER}): N_("{role} does not sign for the provider"),
    frozenset({Party.CUSTOMER}): N_("{role} does not sign for the customer"),
    frozenset({Party.PROVIDER, Party.CUSTOMER}): N_("{role} does not sign for the provider and customer"),
}
