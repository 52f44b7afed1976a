"""Drafting agreements and reading them: numbering, the draft from a priced requirements
document, a draft's lines redrawn from a new one, and a version as the faces see it.

``core.agreements`` takes a version through review, signing and its lifecycle, and
re-exports every public name here, so callers import from either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

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
from . import audit, frozen, reviews as review_rounds, search_index, text
from .catalogue import ServiceInfo, services_in
from .catalogue_names import name_in
from .catalogue_rules import Unit
from .clauses import add_standard_clauses, clauses_of, standard_picks
from .db import Database
from .errors import NotFoundError, TransitionError, ValidationError
from .lifecycle import Status, may
from .money import ZERO
from .pricing import SETTLED, Quote
from .renewals.terms import months_spanned, terms_of
from .requirements import RequirementsView, quote_for, requirements_view
from .roles import Actor, Role, refusal, require_role
from .states import Kind as Kind, Party  # Kind re-exported beside KINDS
from .views import AgreementDetail, LineView, ReviewView, SignatoryView, SignatureView
from .words import _

KINDS: dict[str, str] = {  # keyed by Kind; a kind as typed (a str) looks up the same
    Kind.CUSTOMER_SLA: "Customer SLA",
    Kind.INTERNAL_SLA: "Internal SLA",
    Kind.OLA: "Operational level agreement",
    Kind.UNDERPINNING_CONTRACT: "Underpinning contract",
}


def _number(number: str) -> str:
    """An agreement number as typed to find it (``core.text``: no control characters, at most 40 characters)."""
    return text.lookup(number, field="number", label=_("the agreement number"), max_length=text.CODE)


def current_version(session: Session, number: str) -> AgreementVersion:
    """The current version of agreement ``number`` with its lines and customer; ``NotFoundError`` if none."""
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
        raise NotFoundError(_("no agreement numbered {number!r}").format(number=number))
    return version


def _numbered_version(session: Session, number: str, version_no: int) -> AgreementVersion:
    number = _number(number)
    version = session.scalars(
        select(AgreementVersion)
        .join(Agreement)
        .where(Agreement.number == number, AgreementVersion.version_no == version_no)
    ).first()
    if version is None:
        raise NotFoundError(_("{number} has no version {version_no}").format(number=number, version_no=version_no))
    return version


def requirements_document_of(db: Database, number: str) -> int | None:
    """The requirements document an agreement was drafted from."""
    number = _number(number)
    with db.read() as session:
        found = session.execute(
            select(Agreement.requirements_document_id).where(Agreement.number == number)
        ).first()
    if found is None:
        raise NotFoundError(_("no agreement numbered {number!r}").format(number=number))
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


DRAFTERS = frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR})


def why_not_draft(actor: Actor) -> str | None:
    """Why ``actor`` may not draft agreements (what ``create_draft`` would refuse with), or None: the window's New
    agreement is off with it rather than refusing a whole wizard at its last step."""
    return refusal(actor, DRAFTERS, "draft agreements")


def create_draft(
    db: Database,
    actor: Actor,
    *,
    requirements_document_id: int,
    title: str,
    start_date: dt.date,
    end_date: dt.date,
    kind: str = Kind.CUSTOMER_SLA,
) -> str:
    """Draft an agreement from a priced requirements document; returns its number."""
    require_role(actor, DRAFTERS, _("draft agreements"))
    title = text.clean(title, field="title", label=_("the title"), max_length=text.TITLE,
                       missing=_("the agreement needs a title"))
    if not isinstance(kind, str) or kind not in KINDS:
        raise ValidationError(_("the kind of agreement is one of {kinds}").format(kinds=", ".join(KINDS)), field="kind")
    if end_date <= start_date:
        raise ValidationError(_("the end date must come after the start date"), field="end_date")
    with db.unit_of_work() as session:  # one transaction: what it reads, the clauses it adds and the draft
        actor = require_role(actor, DRAFTERS, _("draft agreements"), session=session)
        document = requirements_view(session, requirements_document_id)
        offer = _priced_offer(document, services_in(session))
        currencies = {line.chosen.currency for line in offer.priced_lines if line.chosen}
        if len(currencies) != 1:  # a level's currency changed after the document chose it
            raise ValidationError(
                _("the document is priced in {currencies}; an agreement is priced in one currency").format(
                    currencies=", ".join(sorted(currencies))),
                field="level",
            )
        add_standard_clauses(session, actor)  # the library's standard wording, where missing, added by this draft
        customer = session.get(Customer, document.customer_id)
        assert customer is not None
        lines = _lines_of(offer, customer.language)
        agreement = Agreement(
            number=_next_number(session, start_date.year),
            customer_id=customer.id,
            kind=Kind(kind).value,
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
                initial_term_months=months_spanned(start_date, end_date),
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
    open_lines = [f"{line.position} ({line.state})" for line in offer.lines if line.state not in SETTLED]
    if open_lines:
        raise ValidationError(
            _("trace and price requirement {lines} first: choose a level it can have, or mark it infeasible").format(
                lines=", ".join(open_lines)),
            field="level",
        )
    if not offer.priced_lines:
        raise ValidationError(_("no requirement can be delivered; nothing to agree on"), field="level")
    return offer


def _lines_of(offer: Quote, language: str) -> list[AgreementLine]:
    """One agreement line per priced requirement, numbered from 1, with the chosen level's targets and the
    service's and level's names in the agreement's ``language`` (``core.catalogue_names``)."""
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
                shown_service_name=name_in(line.service_name, line.service_names, language),
                shown_level_name=name_in(chosen.level_name, chosen.names, language),
                site=line.site,
                coverage=line.coverage,
                priorities=", ".join(line.priorities),
                quantity=chosen.price.units,
                unit_price=chosen.price.unit_fee if line.unit != Unit.NONE else chosen.price.fixed_fee,
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
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, _("change agreement lines"))
    with db.unit_of_work() as session:
        document = requirements_view(session, requirements_document_id)
        offer = _priced_offer(document, services_in(session))
        version = current_version(session, number)
        agreement = version.agreement
        if not may("redraft", Status(version.status)) or version.content_sha256:
            raise TransitionError(
                _("only a draft's lines change; {number} version {version_no} is {status} (amend it to start a new draft)")
                .format(number=number, version_no=version.version_no, status=Status(version.status).said)
            )
        if document.customer_id != agreement.customer_id:
            raise ValidationError(
                _("the requirements document is {customer}'s, not this agreement's customer's").format(
                    customer=document.customer_name),
                field="requirements_document",
            )
        currencies = {line.chosen.currency for line in offer.priced_lines if line.chosen}
        if currencies != {agreement.currency}:
            raise ValidationError(
                _("the document is priced in {currencies}; the agreement is in {currency}").format(
                    currencies=", ".join(sorted(currencies)), currency=agreement.currency),
                field="requirements_document",
            )
        lines = _lines_of(offer, agreement.language)
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


def signatory_views(session: Session, version_id: int) -> tuple[SignatoryView, ...]:
    """Who signs the version, in signing order, each with when they signed (None: not yet)."""
    rows = session.execute(
        select(Signatory, Signature.signed_at)
        .outerjoin(Signature, Signature.signatory_id == Signatory.id)
        .where(Signatory.version_id == version_id)
        .order_by(Signatory.sign_group, Signatory.id)
    )
    return tuple(SignatoryView(s.id, Party(s.party), s.name, s.title, s.sign_group, signed_at) for s, signed_at in rows)


def get_agreement(db: Database, number: str, version_no: int | None = None) -> AgreementDetail:
    """The current version of ``number`` (or version ``version_no``); once signed, everything its document
    shows is as sealed."""
    with db.read() as session:
        version = current_version(session, number) if version_no is None else _numbered_version(session, number, version_no)
        detail = live_detail(session, version)
        if version.content_json is not None:
            detail = frozen.signed_detail(detail, version.content_json)
        return detail


def live_detail(session: Session, version: AgreementVersion) -> AgreementDetail:
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
                shown_service_name=line.shown_service_name,
                shown_level_name=line.shown_level_name,
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
            ReviewView(name, decision.role, review_rounds.Decision(decision.decision), decision.comment, decision.decided_at)
            for decision, name in reviews
        ),
        signatures=tuple(SignatureView(Party(s.party), s.signer_name, s.signer_title, s.signed_at) for s in signatures),
        content_sha256=version.content_sha256,
        clauses=clauses_of(session, version.id),
        signatories=signatory_views(session, version.id),
        terms=terms_of(version),
        rounds=review_rounds.rounds_of(session, agreement.id),
    )
