"""The notice letter: a recorded notice of termination (``standing.give_notice``) as a document, in the agreement's
language, written into the register like a period's document and signed like an agreement.

What it says: the provider and the customer (as signed), the agreement number and the version in force (the
newest signed one, whose terms the notice was checked against, with its content's SHA-256), which party gives
notice, the day it was given, the day it takes effect (the last day of the term it ends), the notice period the
terms ask for and the day notice was due by, the reason (words per language for each of ``standing.REASONS``)
and the details as typed, and a signature block: the party giving notice first, the other acknowledging receipt.
The provider's line names the person who recorded the notice; the customer's, the contact the agreement names.

Which notice: the one that ends the agreement (the earliest effective one recorded; a term takes at most one).
No notice recorded: refused, and nothing is written. The files go to ``register/<customer>/<number>/notices/``
as ``NL-<number>-<effective>.pdf`` / ``.docx`` (``period_documents``' rules: never overwritten, recorded as kind
``notice_letter`` with the effective month as their period, audited as ``renewals.notice_letter``), the PDF signed
with the provider's certificate when the passphrase is given; ``verification`` accepts it by its recorded SHA-256.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...documents.notice_labels import notice_labels_for
from ...documents.tree import Block, Document, KeyValues, Paragraph, SignatureBlock, SignatureLine
from ...models import Agreement, AgreementTermEvent, AgreementVersion, User
from .. import text
from ..agreement_document import DocumentWords
from ..agreements import get_agreement
from ..certificates import ensure_provider_certificate
from ..db import Database
from ..errors import NotFoundError, TransitionError
from ..export import ExportedFile
from ..lifecycle import SIGNED_STATES
from ..monitoring import period_documents
from ..paths import keys_dir
from ..roles import Actor, Role, acting
from ..settings import PROVIDER_NAME, get_setting
from ..states import Party
from ..words import _
from .standing import NOTICE
from .terms import NoticeUnit, terms_of

KIND = "notice_letter"
SUBFOLDER = "notices"
EVENT = "renewals.notice_letter"


@dataclass(frozen=True)
class NoticeLetter:
    """Everything the letter says, as read from the register (plain data: the builder needs no database)."""

    number: str
    version_no: int
    content_sha256: str
    language: str
    currency: str
    provider: str
    customer: str
    contact_name: str
    contact_title: str
    by: str  # Party: who gives notice
    given_on: dt.date
    effective: dt.date  # the last day of the term it ends
    deadline: dt.date  # the last day notice could be given for that term
    notice: int
    notice_unit: NoticeUnit
    reason: str  # one of standing.REASONS
    detail: str
    recorded_by: str  # the display name of who recorded the notice
    recorded_role: str  # a Role's value
    recorded_on: dt.date

    @property
    def reference(self) -> str:
        """``NL-SLA-2026-0001-2026-12-31``: the letter's reference and its files' name."""
        return f"NL-{self.number}-{self.effective.isoformat()}"

    @property
    def period(self) -> str:
        """The month it takes effect (``2026-12``): the register's period of the letter."""
        return self.effective.strftime("%Y-%m")


def notice_of(db: Database, number: str) -> NoticeLetter:
    """What the letter of ``number``'s notice says; refused when it is not a signed agreement or no notice was
    given."""
    if "\x00" in number:  # never stored (``text.clean`` refuses it), and PostgreSQL cannot even compare it
        raise NotFoundError(_("{number} is not a signed agreement").format(number=text.quoted(number)))
    with db.read() as session:
        version = session.scalars(
            select(AgreementVersion).join(Agreement, Agreement.id == AgreementVersion.agreement_id)
            .where(Agreement.number == text.exact(number),
                   AgreementVersion.status.in_([str(state) for state in SIGNED_STATES]))
            .order_by(AgreementVersion.version_no.desc())
        ).first()
        if version is None:
            raise NotFoundError(_("{number} is not a signed agreement").format(number=text.quoted(number)))
        found = session.execute(
            select(AgreementTermEvent, User.display_name, User.role)
            .join(User, User.id == AgreementTermEvent.actor_id)
            .where(AgreementTermEvent.agreement_id == version.agreement_id, AgreementTermEvent.kind == NOTICE)
            .order_by(AgreementTermEvent.effective, AgreementTermEvent.id)
        ).first()
        number_found = version.agreement.number
        if found is None:
            raise TransitionError(_("no notice was given for {number}: record it first (slamdesk terminate {number} --by "
                                    "customer|provider --reason ...), then make its letter").format(number=number_found))
        event, recorded_by, recorded_role = found
        terms = terms_of(version)
        version_no = version.version_no
        facts = (event.party, event.given_on, event.effective, event.term_no, event.reason, event.detail,
                 event.recorded_at)
    by, given_on, effective, term_no, reason, detail, recorded_at = facts
    term = terms.term(term_no)
    deadline = term.notice_deadline if term is not None else effective
    signed = get_agreement(db, number_found, version_no)  # as sealed at signing
    return NoticeLetter(
        number=number_found, version_no=version_no, content_sha256=signed.content_sha256 or "",
        language=signed.language, currency=signed.currency,
        provider=signed.provider or get_setting(db, PROVIDER_NAME), customer=signed.customer_name,
        contact_name=signed.contact_name, contact_title=signed.contact_title, by=by, given_on=given_on,
        effective=effective, deadline=deadline, notice=terms.notice, notice_unit=terms.notice_unit, reason=reason,
        detail=detail, recorded_by=recorded_by, recorded_role=recorded_role, recorded_on=recorded_at.date(),
    )


def notice_period_text(notice: int, unit: NoticeUnit, words: DocumentWords, none: str) -> str:
    """``3 months``, ``90 dagar``, ``3 місяці`` (the language's plural and digits), or ``none`` for no period:
    the words the agreement's own terms use (CLDR's Swedish day as a duration is "dygn", a span of 24 hours)."""
    if notice == 0:
        return none
    return words.span(notice, str(unit))


def build_notice_letter(letter: NoticeLetter, *, signed: bool = False) -> Document:
    """The letter as a document tree; ``signed``: the PDF is signed with the provider's certificate, as the
    provider's line says."""
    words = DocumentWords(letter.language, letter.currency, notice_labels_for(letter.language))
    agreement = words["nl_agreement_ref"].format(number=letter.number, version=letter.version_no)
    names = {Party.PROVIDER: letter.provider, Party.CUSTOMER: letter.customer}
    by = Party(letter.by)
    period = notice_period_text(letter.notice, letter.notice_unit, words, words["nl_no_period"])
    given, effective, deadline = (words.date(day) for day in (letter.given_on, letter.effective, letter.deadline))
    reason = words.term("nl_reason", letter.reason)
    facts = KeyValues((
        (words["nl_reference"], letter.reference),
        (words["provider"], letter.provider),
        (words["customer"], letter.customer),
        (words["nl_agreement"], agreement),
        (words["nl_by"], f"{words[by]}: {names[by]}"),
        (words["nl_given"], given),
        (words["nl_effective"], effective),
        (words["nl_period"], period),
        (words["nl_deadline"], deadline),
        (words["nl_reason"], reason),
        (words["nl_content"], letter.content_sha256),
    ))
    in_time = words["nl_in_time"] if letter.notice else words["nl_in_time_none"]
    blocks: list[Block] = [
        facts,
        Paragraph(words[f"nl_intro_{by}"].format(customer=letter.customer, provider=letter.provider,
                                                  number=letter.number, version=letter.version_no)),
        Paragraph(words["nl_ends"].format(effective=effective)),
        Paragraph(in_time.format(given=given, period=period, deadline=deadline)),
        Paragraph(words["nl_continue"]),
        Paragraph(f"{words['nl_reason']}: {reason}."),
    ]
    blocks += [Paragraph(part) for part in letter.detail.split("\n") if part.strip()]  # as typed, line by line
    blocks += [
        # The block's own heading: renderers keep it on the page of the signatures, and each party's line says
        # whether it gives notice or acknowledges receipt.
        SignatureBlock(heading=words["signatures"], labels=(words["name"], words["title"], words["signed"]),
                       signature_label=words["signature"],
                       signatures=tuple(_line(letter, party, names, words, signed)
                                        for party in (by, Party.CUSTOMER if by is Party.PROVIDER else Party.PROVIDER))),
    ]
    return Document(
        title=words["nl_title"].format(number=letter.number),
        subtitle=f"{words['nl_kind']} {letter.reference} · {letter.customer}",
        language=letter.language,
        footer=f"{letter.reference} · {agreement}",
        footer_detail=f"SHA-256 {letter.content_sha256}",
        blocks=tuple(blocks),
        page_label=words["page"],
        page_of_label=words["of"],
        keywords=(f"slamdesk notice-letter={letter.reference} for={letter.number} version={letter.version_no} "
                  f"effective={letter.effective.isoformat()} content-sha256={letter.content_sha256}"),
    )


def _line(letter: NoticeLetter, party: Party, names: dict[Party, str], words: DocumentWords,
          signed: bool) -> SignatureLine:
    """One party's line: who gives notice signs on the day it was given; the provider acknowledges receipt on the
    day it recorded the notice; the customer's receipt is signed by hand."""
    gives = party == letter.by
    role = words["nl_gives"] if gives else words["nl_receives"]
    if party is Party.PROVIDER:
        name, title = letter.recorded_by, words.term("role", Role(letter.recorded_role).value)
        day = words.date(letter.given_on if gives else letter.recorded_on)
        mark = f"{letter.provider}, {words['signed_electronically']}" if signed else ""
    else:
        name, title = letter.contact_name, letter.contact_title
        day = words.date(letter.given_on) if gives else words["not_signed"]
        mark = ""
    return SignatureLine(party=f"{words[party]}: {names[party]} ({role})", name=name, title=title, signed_at=day,
                         mark=mark)


def export_notice_letter(
    db: Database, actor: Actor, number: str, formats: Sequence[str] = ("pdf", "docx"), *, out_dir: Path | None = None,
    passphrase: str | None = None,
) -> list[ExportedFile]:
    """Write the notice letter of agreement ``number`` into the register (the module's rules)."""
    with db.read() as session:
        acting(session, actor)  # a made-up person is refused before anything is read or written
    letter = notice_of(db, number)
    sealed = period_documents.sealed_version(db, letter.number, letter.version_no, letter.customer)
    credentials = ensure_provider_certificate(keys_dir(), letter.provider, passphrase) if passphrase is not None else None
    what = period_documents.Written(letter.number, letter.period, KIND, letter.reference, SUBFOLDER, EVENT,
                                    {"by": letter.by, "given_on": letter.given_on.isoformat(),
                                     "effective": letter.effective.isoformat(), "reason": letter.reason,
                                     "version": letter.version_no})
    return period_documents.write(
        db, actor, period_documents.Sealed(sealed.version_id, sealed.customer, letter.provider), what,
        build_notice_letter(letter, signed=credentials is not None and "pdf" in formats), formats, out_dir=out_dir,
        credentials=credentials, passphrase=passphrase or "",
        reason=f"notice letter {letter.reference} for {letter.number} version {letter.version_no}")


def notice_letters(db: Database, number: str) -> list[tuple[str, str, str, str]]:
    """The notice letters exported for agreement ``number``: (period, format, path, SHA-256), oldest first."""
    return period_documents.listed(db, number, KIND)
