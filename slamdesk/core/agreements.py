"""Agreements: drafting from priced requirements, review, signing, activation.

Every public function here is one use case: one transaction that checks the
acting user's role, applies one lifecycle rule and writes an audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session, selectinload

from ..models import (
    Agreement,
    AgreementLine,
    AgreementVersion,
    Customer,
    ReviewDecision,
    Signatory,
    Signature,
    User,
)
from ..models.base import utcnow
from . import audit, frozen, search_index, text
from . import reviews as review_rounds
from .content import sha256_text, stable_json
from .db import Database
from .errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from .lifecycle import SIGNED_STATES, Status, transition_for
from .money import ZERO
from .catalogue import ServiceInfo, list_services
from .clauses import ClauseView, clauses_of, ensure_standard_clauses, standard_picks
from .pricing import Quote
from .quality import Checklist, check_version
from .requirements import RequirementsView, get_requirements, quote_for
from .reviews import ReviewerInput
from .roles import Actor, Role, acting, require_role
from .settings import PROVIDER_NAME, setting_value
from .users import get_actor
from .views import PARTIES, AgreementDetail, LineView, ReviewView, SignatoryView, SignatureView, next_group

KINDS: dict[str, str] = {
    "customer_sla": "Customer SLA",
    "internal_sla": "Internal SLA",
    "ola": "Operational level agreement",
    "underpinning_contract": "Underpinning contract",
}
_SIGNERS: dict[str, frozenset[Role]] = {
    "provider": frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR}),
    "customer": frozenset({Role.CUSTOMER_SIGNATORY, Role.REPRESENTATIVE, Role.ADMINISTRATOR}),
}


def may_sign_for(actor: Actor, party: str) -> bool:
    """Whether ``actor``'s role may record ``party``'s signature (what ``sign`` checks; for forms to offer)."""
    return actor.role in _SIGNERS.get(party, frozenset())


def _number(number: str) -> str:
    """An agreement number as typed to find it (``core.text``: no control characters, at most 40 characters)."""
    return text.lookup(number, field="number", label="the agreement number", max_length=text.CODE)


def _current_version(session: Session, number: str) -> AgreementVersion:
    number = _number(number)
    version = session.scalars(
        select(AgreementVersion)
        .join(Agreement)
        .where(Agreement.number == number, AgreementVersion.version_no == Agreement.current_version_no)
        .options(
            selectinload(AgreementVersion.lines),
            selectinload(AgreementVersion.agreement).selectinload(Agreement.customer).selectinload(Customer.contacts),
        )
    ).first()
    if version is None:
        raise NotFoundError(f"no agreement numbered {number!r}")
    return version


def _numbered_version(session: Session, number: str, version_no: int) -> AgreementVersion:
    number = _number(number)
    version = session.scalars(
        select(AgreementVersion)
        .join(Agreement)
        .where(Agreement.number == number, AgreementVersion.version_no == version_no)
    ).first()
    if version is None:
        raise NotFoundError(f"{number} has no version {version_no}")
    return version


def requirements_document_of(db: Database, number: str) -> int | None:
    """The requirements document an agreement was drafted from."""
    number = _number(number)
    with db.read() as session:
        found = session.execute(
            select(Agreement.requirements_document_id).where(Agreement.number == number)
        ).first()
    if found is None:
        raise NotFoundError(f"no agreement numbered {number!r}")
    return found[0]


def last_sequence(session: Session, year: int) -> int:
    """The highest N of the year's numbers SLA-<year>-N (0 when none)."""
    prefix = f"SLA-{year}-"
    sequence = cast(func.substr(Agreement.number, len(prefix) + 1), Integer)
    return session.scalar(select(func.max(sequence)).where(Agreement.number.like(f"{prefix}%"))) or 0


def agreement_number(year: int, sequence: int) -> str:
    return f"SLA-{year}-{sequence:04d}"


def _next_number(session: Session, year: int) -> str:
    return agreement_number(year, last_sequence(session, year) + 1)


def create_draft(
    db: Database,
    actor: Actor,
    *,
    requirements_document_id: int,
    title: str,
    start_date: dt.date,
    end_date: dt.date,
    kind: str = "customer_sla",
) -> str:
    """Draft an agreement from a priced requirements document; returns its number."""
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, "draft agreements")
    title = text.clean(title, field="title", label="the title", max_length=text.TITLE,
                       missing="the agreement needs a title")
    if not isinstance(kind, str) or kind not in KINDS:
        raise ValidationError(f"the kind of agreement is one of {', '.join(KINDS)}", field="kind")
    if end_date <= start_date:
        raise ValidationError("the end date must come after the start date", field="end_date")
    document = get_requirements(db, requirements_document_id)
    offer = _priced_offer(document, list_services(db))
    ensure_standard_clauses(db, get_actor(db))
    with db.unit_of_work() as session:
        actor = require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, "draft agreements", session=session)
        customer = session.get(Customer, document.customer_id)
        assert customer is not None
        lines = _lines_of(offer)
        currencies = {line.chosen.currency for line in offer.priced_lines if line.chosen}
        agreement = Agreement(
            number=_next_number(session, start_date.year),
            customer_id=customer.id,
            kind=kind,
            title=title,
            currency=currencies.pop(),
            language=customer.language,
            requirements_document_id=document.id,
            current_version_no=1,
        )
        agreement.versions.append(
            AgreementVersion(
                version_no=1,
                status=Status.DRAFT.value,
                start_date=start_date,
                end_date=end_date,
                monthly_total=sum((line.line_total for line in lines), ZERO),
                tax_rate_pct=document.tax_rate_pct,
                author_id=actor.id,
                lines=lines,
                clauses=standard_picks(session, customer.language),
            )
        )
        session.add(agreement)
        session.flush()
        search_index.refresh(session, [agreement.id])
        audit.record(session, actor, "agreement.draft", "agreement", agreement.id, number=agreement.number)
        return agreement.number


def _priced_offer(document: RequirementsView, services: Sequence[ServiceInfo]) -> Quote:
    """The document's quote, if every requirement is traced and priced or marked infeasible."""
    offer = quote_for(document, services)
    open_lines = [f"{line.position} ({line.state})" for line in offer.lines if line.state not in ("traced", "infeasible")]
    if open_lines:
        raise ValidationError(
            f"trace and price requirement {', '.join(open_lines)} first: choose a level it can have, "
            "or mark it infeasible",
            field="level",
        )
    if not offer.priced_lines:
        raise ValidationError("no requirement can be delivered; nothing to agree on", field="level")
    return offer


def _lines_of(offer: Quote) -> list[AgreementLine]:
    """One agreement line per priced requirement, numbered from 1, with the chosen level's targets."""
    lines: list[AgreementLine] = []
    for line in offer.priced_lines:
        chosen = line.chosen
        assert chosen is not None
        lines.append(
            AgreementLine(
                position=len(lines) + 1,
                requirement_id=line.requirement_id,
                service_level_id=chosen.level_id,
                service_name=line.service_name,
                level_name=chosen.level_name,
                site=line.site,
                coverage=line.coverage,
                priorities=", ".join(line.priorities),
                quantity=chosen.price.units,
                unit_price=chosen.price.unit_fee if line.unit != "none" else chosen.price.fixed_fee,
                line_total=chosen.line_total,
                availability_pct=chosen.availability_pct,
                targets=[
                    [t.priority, t.response_minutes, t.resolution_minutes, t.business_hours] for t in chosen.targets
                ],
            )
        )
    return lines


def redraft_lines(db: Database, actor: Actor, number: str, requirements_document_id: int) -> int:
    """Replace a draft's lines with the priced requirements of a document of the same customer.

    How an amendment changes its scope: the customer's requirements get a new
    version (more users, another site, a higher level), and the amendment's
    draft takes its lines and tax rate from it. Returns the number of lines.
    """
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, "change agreement lines")
    document = get_requirements(db, requirements_document_id)
    offer = _priced_offer(document, list_services(db))
    with db.unit_of_work() as session:
        version = _current_version(session, number)
        agreement = version.agreement
        if Status(version.status) not in (Status.DRAFT, Status.CHANGES_REQUESTED) or version.content_sha256:
            raise TransitionError(
                f"only a draft's lines change; {number} version {version.version_no} is "
                f"{Status(version.status).label.lower()} (amend it to start a new draft)"
            )
        if document.customer_id != agreement.customer_id:
            raise ValidationError(
                f"the requirements document is {document.customer_name}'s, not this agreement's customer's",
                field="requirements_document",
            )
        currencies = {line.chosen.currency for line in offer.priced_lines if line.chosen}
        if currencies != {agreement.currency}:
            raise ValidationError(
                f"the document is priced in {', '.join(sorted(currencies))}; the agreement is in {agreement.currency}",
                field="requirements_document",
            )
        lines = _lines_of(offer)
        version.lines.clear()
        session.flush()
        version.lines.extend(lines)
        version.monthly_total = sum((line.line_total for line in lines), ZERO)
        version.tax_rate_pct = document.tax_rate_pct
        agreement.requirements_document_id = document.id
        session.flush()
        search_index.refresh(session, [agreement.id])
        audit.record(
            session, actor, "agreement.lines", "agreement_version", version.id, number=number,
            requirements_document=document.id, requirements_version=document.version, lines=len(lines),
            monthly_total=str(version.monthly_total),
        )
        return len(lines)


def _apply(
    session: Session, actor: Actor, version: AgreementVersion, action: str, *, by_assignment: bool = False,
    **detail: object,
) -> None:
    """Take one lifecycle step; ``by_assignment``: the actor's place in a review round is their authority."""
    transition = transition_for(action, Status(version.status))
    if not by_assignment:
        require_role(actor, transition.roles, action.replace("_", " ") + " agreements", session=session)
    version.status = transition.target.value
    audit.record(
        session, actor, f"agreement.{action}", "agreement_version", version.id,
        number=version.agreement.number, version=version.version_no, status=version.status, **detail,
    )


def submit_for_review(
    db: Database,
    actor: Actor,
    number: str,
    reviewers: Sequence[ReviewerInput] = (),
    today: dt.date | None = None,
) -> None:
    """Draft -> in review; with ``reviewers``, also open a review round for them."""
    with db.unit_of_work() as session:
        version = _current_version(session, number)
        _apply(session, actor, version, "submit")
        if reviewers:
            review_rounds.start_round(session, actor, version, reviewers, today or dt.date.today())


def start_review_round(
    db: Database, actor: Actor, number: str, reviewers: Sequence[ReviewerInput], today: dt.date | None = None
) -> None:
    """Send the version under review to named reviewers with roles and due dates."""
    with db.unit_of_work() as session:
        review_rounds.start_round(session, actor, _current_version(session, number), reviewers, today or dt.date.today())


def _require_quality(db: Database, session: Session, version: AgreementVersion) -> None:
    checklist = check_version(db, session, version)
    if not checklist.passed:
        raise ValidationError(f"the quality check fails, so it cannot be approved: {checklist.summary()}", field="checklist")


def run_checklist(db: Database, number: str) -> Checklist:
    """The quality checklist of an agreement's current version."""
    with db.read() as session:
        return check_version(db, session, _current_version(session, number))


def _decide(
    db: Database, actor: Actor, number: str, action: str, comment: str, comments: Sequence[tuple[str, str]] = ()
) -> None:
    decision = Status.APPROVED.value if action == "approve" else Status.CHANGES_REQUESTED.value
    with db.unit_of_work() as session:
        actor = acting(session, actor)  # the stored profile, whatever the caller claims
        version = _current_version(session, number)
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
            if action == "approve":
                _require_quality(db, session, version)
            _apply(session, actor, version, action, by_assignment=review_round is not None, comment=comment)
        session.add(
            ReviewDecision(
                version_id=version.id,
                reviewer_id=actor.id,
                role=actor.role.value,
                decision=decision,
                comment=comment.strip(),
            )
        )


def _notes(comment: str, comments: Sequence[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """A reviewer's comment and anchored comments as they are stored (``core.text``)."""
    def note(value: str, label: str) -> str:
        return text.clean(value, field="comment", label=label, max_length=text.COMMENT, multiline=True, required=False)

    return note(comment, "the comment"), [
        (section, note(value, f"comment {index}")) for index, (section, value) in enumerate(comments, 1)
    ]


def approve(
    db: Database, actor: Actor, number: str, comment: str = "", comments: Sequence[tuple[str, str]] = ()
) -> None:
    """Approve the version; in a round it is approved once every reviewer has, and only if the quality check passes."""
    comment, comments = _notes(comment, comments)
    _decide(db, actor, number, "approve", comment, comments)


def request_changes(
    db: Database, actor: Actor, number: str, comment: str, comments: Sequence[tuple[str, str]] = ()
) -> None:
    comment, comments = _notes(comment, comments)
    if not comment and not any(note for _, note in comments):
        raise ValidationError("say what should change", field="comment")
    _decide(db, actor, number, "request_changes", comment, comments)


def revise(db: Database, actor: Actor, number: str) -> None:
    with db.unit_of_work() as session:
        _apply(session, actor, _current_version(session, number), "revise")


@dataclass(frozen=True)
class SignatoryInput:
    party: str
    name: str
    title: str
    group: int = 1


def set_signatories(db: Database, actor: Actor, number: str, signatories: Sequence[SignatoryInput]) -> None:
    """Who signs for each party and in which order (groups sign in ascending order, in parallel within one)."""
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, "set the signing order")
    signatories = [
        replace(
            item,
            name=text.clean(item.name, field="signer_name", label=f"signatory {index}'s name", max_length=text.NAME,
                            required=False),
            title=text.clean(item.title, field="signer_title", label=f"signatory {index}'s title",
                             max_length=text.JOB_TITLE, required=False),
        )
        for index, item in enumerate(signatories, 1)
    ]
    for index, item in enumerate(signatories, 1):
        if item.party not in PARTIES:
            raise ValidationError(f"signatory {index}: unknown party {text.quoted(str(item.party))}", field="party")
        if not item.name.strip() or not item.title.strip():
            raise ValidationError(f"signatory {index}: give the full name and the role or title", field="signer_name")
        if not isinstance(item.group, int) or item.group < 1:
            raise ValidationError(f"signatory {index}: the signing group is a number from 1", field="group")
    if {item.party for item in signatories} != set(PARTIES):
        raise ValidationError("name at least one signatory for the provider and one for the customer", field="party")
    with db.unit_of_work() as session:
        version = _current_version(session, number)
        if version.content_sha256 is not None or Status(version.status) in SIGNED_STATES:
            raise TransitionError("signing has started; the signing order can no longer change")
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


def _signatory_views(session: Session, version_id: int) -> tuple[SignatoryView, ...]:
    rows = session.execute(
        select(Signatory, Signature.signed_at)
        .outerjoin(Signature, Signature.signatory_id == Signatory.id)
        .where(Signatory.version_id == version_id)
        .order_by(Signatory.sign_group, Signatory.id)
    )
    return tuple(SignatoryView(s.id, s.party, s.name, s.title, s.sign_group, signed_at) for s, signed_at in rows)


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
        raise ValidationError(f"unknown party {text.quoted(str(party))}", field="party")
    signer_name = text.clean(signer_name, field="signer_name", label="the signatory's name", max_length=text.NAME,
                             missing="type the signatory's full name")
    signer_title = text.clean(signer_title, field="signer_title", label="the signatory's title",
                              max_length=text.JOB_TITLE, missing="type the signatory's role or title")
    with db.unit_of_work() as session:
        actor = require_role(actor, _SIGNERS[party], f"sign for the {party}", session=session)
        version = _current_version(session, number)
        if Status(version.status) is not Status.APPROVED:
            raise TransitionError(
                f"only an approved agreement can be signed; this one is {Status(version.status).label.lower()}"
            )
        other_party = session.scalars(
            select(Signature.party).where(
                Signature.version_id == version.id, Signature.recorded_by_id == actor.id, Signature.party != party
            )
        ).first()
        if other_party is not None:  # one person never speaks for both sides of one version
            raise PermissionDenied(
                f"you recorded the {other_party}'s signature on this version; "
                f"another person must record the {party}'s"
            )
        order = _signatory_views(session, version.id)
        if order:
            signer = next((s for s in order if s.id == signatory_id), None)
            if signer is None or signer.party != party:
                raise ValidationError(f"choose one of the {party}'s signatories", field="signatory")
            if signer.signed_at is not None:
                raise TransitionError(f"{signer.name} has signed this version already")
            allowed = next_group(order)
            if signer not in allowed:
                raise TransitionError(
                    f"not {signer.name}'s turn: {', '.join(s.name for s in allowed)} must sign first"
                )
            complete = len([s for s in order if s.signed_at is None]) == 1
        else:
            signed = set(session.scalars(select(Signature.party).where(Signature.version_id == version.id)))
            if party in signed:
                raise TransitionError(f"the {party} has signed this version already")
            complete = signed | {party} == set(PARTIES)
        if version.content_sha256 is None:
            content = stable_json(frozen.content_from_detail(_live_detail(session, version), setting_value(session, PROVIDER_NAME)))
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
            _apply(session, actor, version, "complete_signing")
    audit.checkpoint(db)  # every signature is sealed into the log's anchor at once


def activate(db: Database, actor: Actor, number: str) -> None:
    with db.unit_of_work() as session:
        _apply(session, actor, _current_version(session, number), "activate")


def terminate(db: Database, actor: Actor, number: str, reason: str) -> None:
    reason = text.clean(reason, field="reason", label="the reason", max_length=text.COMMENT, multiline=True,
                        missing="give the reason for termination")
    with db.unit_of_work() as session:
        _apply(session, actor, _current_version(session, number), "terminate", reason=reason.strip())


def get_agreement(db: Database, number: str, version_no: int | None = None) -> AgreementDetail:
    """The current version of ``number`` (or version ``version_no``); once signed, everything its document
    shows is as sealed."""
    with db.read() as session:
        version = _current_version(session, number) if version_no is None else _numbered_version(session, number, version_no)
        detail = _live_detail(session, version)
        if version.content_json is not None:
            detail = frozen.signed_detail(detail, version.content_json)
        return detail


def _live_detail(session: Session, version: AgreementVersion) -> AgreementDetail:
    """The version as its rows stand now."""
    agreement = version.agreement
    customer = agreement.customer
    contact = customer.contacts[0] if customer.contacts else None
    author = session.get(User, version.author_id)
    reviews = session.execute(
        select(ReviewDecision, User.display_name)
        .join(User, ReviewDecision.reviewer_id == User.id)
        .where(ReviewDecision.version_id == version.id)
        .order_by(ReviewDecision.id)
    ).all()
    signatures = session.scalars(
        select(Signature).where(Signature.version_id == version.id).order_by(Signature.id)
    ).all()
    return AgreementDetail(
        number=agreement.number,
        title=agreement.title,
        kind=agreement.kind,
        currency=agreement.currency,
        language=agreement.language,
        customer_name=customer.name,
        customer_country=customer.country,
        contact_name=contact.name if contact else "",
        contact_title=contact.title if contact else "",
        contact_email=contact.email if contact else "",
        version_no=version.version_no,
        status=Status(version.status),
        start_date=version.start_date,
        end_date=version.end_date,
        monthly_total=version.monthly_total,
        tax_rate_pct=version.tax_rate_pct,
        author=author.display_name if author else "",
        lines=tuple(
            LineView(
                position=line.position,
                service_name=line.service_name,
                level_name=line.level_name,
                site=line.site,
                coverage=line.coverage,
                priorities=line.priorities,
                quantity=line.quantity,
                unit_price=line.unit_price,
                line_total=line.line_total,
                availability_pct=line.availability_pct,
                targets=tuple((str(p), int(r), int(s), bool(b)) for p, r, s, b in line.targets),  # type: ignore[call-overload]
            )
            for line in version.lines
        ),
        reviews=tuple(
            ReviewView(name, decision.role, decision.decision, decision.comment, decision.decided_at)
            for decision, name in reviews
        ),
        signatures=tuple(SignatureView(s.party, s.signer_name, s.signer_title, s.signed_at) for s in signatures),
        content_sha256=version.content_sha256,
        clauses=clauses_of(session, version.id),
        signatories=_signatory_views(session, version.id),
        rounds=review_rounds.rounds_of(session, agreement.id),
    )
