"""Agreements: a version's review, signing and lifecycle steps.

Every public function here is one use case: one transaction that checks the
acting user's role, applies one lifecycle rule and writes an audit event.
Drafting, numbering and reading a version live in ``core.drafting``; their
public names are re-exported here, so ``agreements.create_draft`` and
``agreements.get_agreement`` work as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AgreementVersion, RequirementsDocument, ReviewDecision, Signatory, Signature
from ..models.base import utcnow
from . import audit, clock, frozen, reviews as review_rounds, text
from .content import sha256_text, stable_json
from .db import Database
from .drafting import (  # noqa: F401  (re-exported: drafting and reading an agreement)
    KINDS as KINDS,
    agreement_number as agreement_number,
    create_draft as create_draft,
    current_version as current_version,
    get_agreement as get_agreement,
    last_sequence as last_sequence,
    live_detail as live_detail,
    redraft_lines as redraft_lines,
    requirements_document_of as requirements_document_of,
    signatory_views as signatory_views,
)
from .errors import PermissionDenied, TransitionError, ValidationError
from .lifecycle import SIGNED_STATES, Action, Status, transition_for
from .quality import Checklist, check_version
from .renewals import schedule
from .requirements_rules import DocumentStatus
from .reviews import Decision, ReviewerInput
from .roles import Actor, Role, acting, require_role
from .settings import PROVIDER_NAME, setting_value
from .states import Party as Party  # re-exported: the faces name a side by it
from .views import (  # noqa: F401  (re-exported: what callers of core.agreements get)
    PARTIES as PARTIES,
    AgreementDetail as AgreementDetail,
    LineView as LineView,
    ReviewView as ReviewView,
    SignatoryView as SignatoryView,
    SignatureView as SignatureView,
    next_group as next_group,
)
from .words import N_, _

_SIGNERS: dict[str, frozenset[Role]] = {
    Party.PROVIDER: frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR}),
    Party.CUSTOMER: frozenset({Role.CUSTOMER_SIGNATORY, Role.REPRESENTATIVE, Role.ADMINISTRATOR}),
}


# What a role may not do to an agreement (``roles.require_role`` says who cannot do it), per lifecycle step.
_STEPS: dict[str, str] = {
    Action.SUBMIT: N_("submit agreements"),
    Action.APPROVE: N_("approve agreements"),
    Action.REQUEST_CHANGES: N_("request changes agreements"),
    Action.REVISE: N_("revise agreements"),
    Action.COMPLETE_SIGNING: N_("complete signing agreements"),
    Action.ACTIVATE: N_("activate agreements"),
    Action.TERMINATE: N_("terminate agreements"),
}
# Messages that name a party, one per party: the sentence is the language's, whichever side it is.
_SIGN_FOR: dict[str, str] = {Party.PROVIDER: N_("sign for the provider"), Party.CUSTOMER: N_("sign for the customer")}
_OTHER_SIDE: dict[str, str] = {
    Party.PROVIDER: N_("you recorded the provider's signature on this version; another person must record the customer's"),
    Party.CUSTOMER: N_("you recorded the customer's signature on this version; another person must record the provider's"),
}
_CHOOSE: dict[str, str] = {
    Party.PROVIDER: N_("choose one of the provider's signatories"),
    Party.CUSTOMER: N_("choose one of the customer's signatories"),
}
_SIGNED_ALREADY: dict[str, str] = {
    Party.PROVIDER: N_("the provider has signed this version already"),
    Party.CUSTOMER: N_("the customer has signed this version already"),
}


def may_sign_for(actor: Actor, party: str) -> bool:
    """Whether ``actor``'s role may record ``party``'s signature (what ``sign`` checks; for forms to offer)."""
    return actor.role in _SIGNERS.get(party, frozenset())


def _apply(
    session: Session, actor: Actor, version: AgreementVersion, action: Action, *, by_assignment: bool = False,
    **detail: object,
) -> None:
    """Take one lifecycle step; ``by_assignment``: the actor's place in a review round is their authority."""
    transition = transition_for(action, Status(version.status))
    if not by_assignment:
        require_role(actor, transition.roles, _(_STEPS[action]), session=session)
    version.status = transition.target.value
    audit.record(
        session, actor, f"agreement.{action}", "agreement_version", version.id,
        number=version.agreement.number, version=version.version_no, status=version.status, **detail,
    )
    if transition.target in SIGNED_STATES:  # its place in its terms, for the register (``renewals.schedule``)
        session.flush()
        schedule.refresh_in(session, [version.agreement_id], clock.today())


def submit_for_review(
    db: Database,
    actor: Actor,
    number: str,
    reviewers: Sequence[ReviewerInput] = (),
    today: dt.date | None = None,
) -> None:
    """Draft -> in review; with ``reviewers``, also open a review round for them."""
    with db.unit_of_work() as session:
        version = current_version(session, number)
        _apply(session, actor, version, Action.SUBMIT)
        if reviewers:
            review_rounds.start_round(session, actor, version, reviewers, today or dt.date.today())


def start_review_round(
    db: Database, actor: Actor, number: str, reviewers: Sequence[ReviewerInput], today: dt.date | None = None
) -> None:
    """Send the version under review to named reviewers with roles and due dates."""
    with db.unit_of_work() as session:
        review_rounds.start_round(session, actor, current_version(session, number), reviewers, today or dt.date.today())


def _require_quality(session: Session, version: AgreementVersion) -> None:
    checklist = check_version(session, version)
    if not checklist.passed:
        raise ValidationError(_("the quality check fails, so it cannot be approved: {failures}").format(
            failures=checklist.summary()), field="checklist")


def run_checklist(db: Database, number: str) -> Checklist:
    """The quality checklist of an agreement's current version."""
    with db.read() as session:
        return check_version(session, current_version(session, number))


def _decide(
    db: Database, actor: Actor, number: str, action: Action, comment: str, comments: Sequence[tuple[str, str]] = ()
) -> None:
    decision = Decision.APPROVED if action is Action.APPROVE else Decision.CHANGES_REQUESTED
    with db.unit_of_work() as session:
        actor = acting(session, actor)  # the stored profile, whatever the caller claims
        version = current_version(session, number)
        review_rounds.refuse_if_touched(session, actor, version)  # the author, or whoever changed it
        transition_for(action, Status(version.status))
        review_round = review_rounds.open_round(session, version.id)
        if review_round is not None:
            notes = [("general", comment), *comments] if comment.strip() else list(comments)
            decided = review_rounds.record_decision(session, actor, review_round, decision, notes)
            audit.record(
                session, actor, "agreement.review", "agreement_version", version.id,
                number=number, round=review_round.number, decision=decision, comments=len(notes),
            )
        else:
            decided = True
        if decided:
            if action is Action.APPROVE:
                _require_quality(session, version)
            _apply(session, actor, version, action, by_assignment=review_round is not None, comment=comment)
        session.add(
            ReviewDecision(
                version_id=version.id,
                reviewer_id=actor.id,
                role=actor.role.value,
                decision=decision.value,
                comment=comment.strip(),
            )
        )


def _notes(comment: str, comments: Sequence[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """A reviewer's comment and anchored comments as they are stored (``core.text``)."""
    def note(value: str, label: str) -> str:
        return text.clean(value, field="comment", label=label, max_length=text.COMMENT, multiline=True, required=False)

    return note(comment, _("the comment")), [
        (section, note(value, _("comment {index}").format(index=index))) for index, (section, value) in enumerate(comments, 1)
    ]


def approve(
    db: Database, actor: Actor, number: str, comment: str = "", comments: Sequence[tuple[str, str]] = ()
) -> None:
    """Approve the version; in a round it is approved once every reviewer has, and only if the quality check passes."""
    comment, comments = _notes(comment, comments)
    _decide(db, actor, number, Action.APPROVE, comment, comments)


def request_changes(
    db: Database, actor: Actor, number: str, comment: str, comments: Sequence[tuple[str, str]] = ()
) -> None:
    comment, comments = _notes(comment, comments)
    if not comment and not any(note for _section, note in comments):
        raise ValidationError(_("say what should change"), field="comment")
    _decide(db, actor, number, Action.REQUEST_CHANGES, comment, comments)


def revise(db: Database, actor: Actor, number: str) -> None:
    with db.unit_of_work() as session:
        _apply(session, actor, current_version(session, number), Action.REVISE)


@dataclass(frozen=True)
class SignatoryInput:
    party: str
    name: str
    title: str
    group: int = 1


def set_signatories(db: Database, actor: Actor, number: str, signatories: Sequence[SignatoryInput]) -> None:
    """Who signs for each party and in which order (groups sign in ascending order, in parallel within one)."""
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, _("set the signing order"))
    signatories = [
        replace(
            item,
            name=text.clean(item.name, field="signer_name", label=_("signatory {index}'s name").format(index=index),
                            max_length=text.NAME, required=False),
            title=text.clean(item.title, field="signer_title", label=_("signatory {index}'s title").format(index=index),
                             max_length=text.JOB_TITLE, required=False),
        )
        for index, item in enumerate(signatories, 1)
    ]
    for index, item in enumerate(signatories, 1):
        if item.party not in PARTIES:
            raise ValidationError(_("signatory {index}: unknown party {party}").format(
                index=index, party=text.quoted(str(item.party))), field="party")
        if not item.name.strip() or not item.title.strip():
            raise ValidationError(_("signatory {index}: give the full name and the role or title").format(index=index),
                                  field="signer_name")
        if not isinstance(item.group, int) or item.group < 1:
            raise ValidationError(_("signatory {index}: the signing group is a number from 1").format(index=index),
                                  field="group")
    if {item.party for item in signatories} != set(PARTIES):
        raise ValidationError(_("name at least one signatory for the provider and one for the customer"), field="party")
    with db.unit_of_work() as session:
        version = current_version(session, number)
        if version.content_sha256 is not None or Status(version.status) in SIGNED_STATES:
            raise TransitionError(_("signing has started; the signing order can no longer change"))
        for old in session.scalars(select(Signatory).where(Signatory.version_id == version.id)):
            session.delete(old)
        session.flush()
        for item in signatories:
            session.add(
                Signatory(version_id=version.id, party=item.party, name=item.name.strip(), title=item.title.strip(),
                          sign_group=item.group)
            )
        audit.record(
            session, actor, "agreement.signatories", "agreement_version", version.id, number=number,
            order=[[item.group, item.party, item.name.strip()] for item in signatories],
        )


def sign(
    db: Database,
    actor: Actor,
    number: str,
    *,
    party: str,
    signer_name: str,
    signer_title: str,
    signatory_id: int | None = None,
) -> None:
    """Record one signature (typed name, title, time).

    With a signing order, ``signatory_id`` names who signs, and only the next
    group may. The first signature freezes the version's canonical content and
    hash; the last one moves the version to signed.
    """
    if party not in PARTIES:
        raise ValidationError(_("unknown party {party}").format(party=text.quoted(str(party))), field="party")
    signer_name = text.clean(signer_name, field="signer_name", label=_("the signatory's name"), max_length=text.NAME,
                             missing=_("type the signatory's full name"))
    signer_title = text.clean(signer_title, field="signer_title", label=_("the signatory's title"),
                              max_length=text.JOB_TITLE, missing=_("type the signatory's role or title"))
    with db.unit_of_work() as session:
        actor = require_role(actor, _SIGNERS[party], _(_SIGN_FOR[party]), session=session)
        version = current_version(session, number)
        if Status(version.status) is not Status.APPROVED:
            raise TransitionError(
                _("only an approved agreement can be signed; this one is {status}").format(status=Status(version.status).said)
            )
        other_party = session.scalars(
            select(Signature.party).where(
                Signature.version_id == version.id, Signature.recorded_by_id == actor.id, Signature.party != party
            )
        ).first()
        if other_party is not None:  # one person never speaks for both sides of one version
            raise PermissionDenied(_(_OTHER_SIDE[other_party]))
        order = signatory_views(session, version.id)
        if order:
            signer = next((s for s in order if s.id == signatory_id), None)
            if signer is None or signer.party != party:
                raise ValidationError(_(_CHOOSE[party]), field="signatory")
            if signer.signed_at is not None:
                raise TransitionError(_("{name} has signed this version already").format(name=signer.name))
            allowed = next_group(order)
            if signer not in allowed:
                raise TransitionError(_("not {name}'s turn: {names} must sign first").format(
                    name=signer.name, names=", ".join(s.name for s in allowed)))
            complete = len([s for s in order if s.signed_at is None]) == 1
        else:
            signed = set(session.scalars(select(Signature.party).where(Signature.version_id == version.id)))
            if party in signed:
                raise TransitionError(_(_SIGNED_ALREADY[party]))
            complete = signed | {party} == set(PARTIES)
        if version.content_sha256 is None:
            content = stable_json(frozen.content_from_detail(live_detail(session, version), setting_value(session, PROVIDER_NAME)))  # noqa: E501
            version.content_json = content
            version.content_sha256 = sha256_text(content)
            version.frozen_at = utcnow()
        session.add(
            Signature(
                version_id=version.id,
                signatory_id=signatory_id if order else None,
                party=party,
                signer_name=signer_name.strip(),
                signer_title=signer_title.strip(),
                recorded_by_id=actor.id,
            )
        )
        audit.record(
            session, actor, "agreement.sign", "agreement_version", version.id,
            number=number, party=party, signer=signer_name.strip(),
        )
        if complete:
            _apply(session, actor, version, Action.COMPLETE_SIGNING)
            _requirements_signed(session, actor, version, number)
    audit.checkpoint(db)  # every signature is sealed into the log's anchor at once


def _requirements_signed(session: Session, actor: Actor, version: AgreementVersion, number: str) -> None:
    """The requirements document a signed version was drafted from is what both parties agreed to: approved (by the
    customer's signatory, unless the customer approved it already) and read-only from now on, as every document not
    a draft is; a change to the requirements is its next version."""
    drafted_from = version.agreement.requirements_document_id
    document = session.get(RequirementsDocument, drafted_from) if drafted_from is not None else None
    if document is None or document.status == DocumentStatus.APPROVED:
        return
    signer = session.scalars(select(Signature.signer_name).where(
        Signature.version_id == version.id, Signature.party == Party.CUSTOMER).order_by(Signature.id)).first()
    document.status, document.approved_at, document.approved_by = DocumentStatus.APPROVED.value, utcnow(), signer or ""
    document.row_version = document.row_version + 1
    audit.record(session, actor, "requirements.approve", "requirements_document", document.id, by=signer or "",
                 signed=number, row_version=document.row_version)


def activate(db: Database, actor: Actor, number: str) -> None:
    with db.unit_of_work() as session:
        _apply(session, actor, current_version(session, number), Action.ACTIVATE)


def terminate(db: Database, actor: Actor, number: str, reason: str) -> None:
    reason = text.clean(reason, field="reason", label=_("the reason"), max_length=text.COMMENT, multiline=True,
                        missing=_("give the reason for termination"))
    with db.unit_of_work() as session:
        _apply(session, actor, current_version(session, number), Action.TERMINATE, reason=reason.strip())
