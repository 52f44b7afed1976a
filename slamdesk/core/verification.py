"""Checking an exported PDF: who signed it, is it intact, and does it show what was signed?

A PDF passes only when all of these hold:

1. it carries a PAdES signature that is intact, covers the whole file (nothing
   appended since) and was made with the provider's certificate: the one in
   this machine's keys folder, or one given explicitly (another machine, a
   customer checking a document they received). Without a certificate to
   check against, nothing can be said about who signed it, so it fails;
2. the content hash it names is the one sealed in this register when the
   version was signed, and the stored content still hashes to that seal;
3. its text shows the signed terms: every fact of the sealed content
   (``agreement_document.signed_facts``) appears in it as the document writes it.

A credit note (its metadata names ``credit-note=``) or a notice letter (``notice-letter=``) passes with 1.
and when a document of its kind with the file's very SHA-256 is recorded in this register.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..documents.signing import SignatureCheck, embedded_metadata, verify_pdf
from ..models import Agreement, AgreementVersion, RegisterDocument
from .agreement_document import parse_keywords, signed_facts
from .agreements import get_agreement
from .certificates import load_certificate_pem
from .db import Database
from .errors import NotFoundError
from .frozen import seal_intact
from .paths import keys_dir
from .settings import PROVIDER_NAME, get_setting
from .words import N_, _


@dataclass(frozen=True)
class DocumentVerdict:
    signature: SignatureCheck
    number: str
    version_no: int | None
    matches_frozen_content: bool
    content: str  # what the check of the content against the register found, one clause

    @property
    def ok(self) -> bool:
        return self.signature.ok and self.signature.trusted and self.matches_frozen_content

    @property
    def _changed(self) -> bool:
        """Signed, and the bytes are no longer those signed (a signature broken, or content added after it)."""
        return self.signature.signed and not (self.signature.intact and self.signature.covers_whole_file)

    @property
    def summary(self) -> str:
        """One verdict: what to make of the file, never contradicted by a reason below it."""
        if self.ok:
            return _("signed with the trusted certificate and as signed in this register")
        if self._changed:
            return _("not as it was signed: the file was changed after its signature")
        if not self.matches_frozen_content:
            return _("not what this register holds as signed")
        if not self.signature.signed:
            return _("not signed: it shows the signed terms but proves nothing")
        return _("intact, but who signed it is not confirmed")

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why: the signature's finding, then the content's (a content that "matches" is left out beside a signature
        broken by a change: the two together read as a contradiction, and the broken signature decides)."""
        if self._changed and self.matches_frozen_content:
            return (self.signature.message,)
        return (self.signature.message, self.content)

    @property
    def message(self) -> str:
        """The verdict and its reasons in one line (a tooltip, a log)."""
        return f"{self.summary}: {'; '.join(self.reasons)}"


def _without_certificate(path: Path, folder: Path) -> SignatureCheck:
    """Whether the file is intact, but never trusted: there is nothing to trust it against."""
    check = verify_pdf(path, None)
    if not check.ok:
        return dataclasses.replace(check, trust_checked=True)
    return dataclasses.replace(
        check, trusted=False, trust_checked=True,
        message=_(
            "the signature by {signer} is intact, but who made it cannot be checked: the provider's "
            "certificate is not on this machine (looked in {folder}); give it with --cert FILE"
        ).format(signer=check.signer, folder=folder),
    )


def document_text(path: Path) -> str:
    """The text of every page of a PDF ("" when it cannot be read)."""
    from pypdf import PdfReader

    try:
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    except Exception:  # a damaged file says so through the signature check
        return ""


def _squeeze(text: str) -> str:
    """Text without any whitespace: a fact wrapped over two lines still matches."""
    return re.sub(r"\s+", "", text)


def missing_facts(text: str, facts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    squeezed = _squeeze(text)
    return [(what, fact) for what, fact in facts if _squeeze(fact) not in squeezed]


def verify_document(db: Database, path: Path, certificate_pem: bytes | None = None) -> DocumentVerdict:
    """Verify the PDF at ``path`` (see the module docstring for what passes).

    ``certificate_pem`` is the provider certificate to trust; without it, the
    one in this machine's keys folder.
    """
    if not path.exists():
        raise NotFoundError(_("no such file: {path}").format(path=path))
    trusted = certificate_pem if certificate_pem is not None else load_certificate_pem(keys_dir())
    signature = verify_pdf(path, trusted) if trusted is not None else _without_certificate(path, keys_dir())
    facts = parse_keywords(embedded_metadata(path).get("Keywords", ""))
    for claim, (kind, unknown, known) in _RECORDED_KINDS.items():
        if claim in facts:
            return _recorded(db, path, signature, facts, claim, kind, (unknown, known))
    number, claimed = facts.get("agreement", ""), facts.get("content-sha256", "")
    version_no = int(facts["version"]) if facts.get("version", "").isdigit() else None
    sealed: tuple[str | None, str | None] = (None, None)
    if number and version_no is not None:
        with db.read() as session:
            row = session.execute(
                select(AgreementVersion.content_json, AgreementVersion.content_sha256)
                .join(Agreement)
                .where(Agreement.number == number, AgreementVersion.version_no == version_no)
            ).first()
            sealed = (row[0], row[1]) if row else (None, None)
    content_json, frozen = sealed
    matches = False
    if not number:
        content = _("the file does not name a slamdesk agreement")
    elif frozen is None or content_json is None:
        content = _("{number} v{version} is not a signed agreement in this register").format(number=number, version=version_no)
    elif claimed != frozen:
        content = _("the content hash differs from the one sealed when {number} was signed").format(number=number)
    elif not seal_intact(content_json, frozen):
        content = _("the signed content of {number} stored in this register no longer matches its seal").format(number=number)
    else:
        detail = get_agreement(db, number, version_no)
        missing = missing_facts(document_text(path), signed_facts(detail, detail.provider or get_setting(db, PROVIDER_NAME)))
        if missing:
            shown = "; ".join(f"{what} {fact!r}" for what, fact in missing[:3])
            content = _("the document does not show the terms signed for {number} v{version}: missing {shown}").format(
                number=number, version=version_no, shown=shown)
        else:
            matches = True
            content = _("content matches {number} v{version} as signed (SHA-256 {digest}…)").format(
                number=number, version=version_no, digest=frozen[:16])
    return DocumentVerdict(signature, number, version_no, matches, content)


# What a document recorded by its SHA-256 names in its metadata: (its register kind, what the check finds when none
# with its SHA-256 is recorded, and when one is).
_RECORDED_KINDS = {
    "credit-note": ("credit_note",
                    N_("the file claims to be credit note {name}, but no credit note with its SHA-256 is recorded in this "
                       "register"),
                    N_("the file is credit note {name} as recorded in the register (SHA-256 {digest}…)")),
    "notice-letter": ("notice_letter",
                      N_("the file claims to be notice letter {name}, but no notice letter with its SHA-256 is recorded in "
                         "this register"),
                      N_("the file is notice letter {name} as recorded in the register (SHA-256 {digest}…)")),
}


def _recorded(db: Database, path: Path, signature: SignatureCheck, facts: dict[str, str], claim: str, kind: str,
              found: tuple[str, str]) -> DocumentVerdict:
    """A credit note or a notice letter matches when one of its kind with the file's very SHA-256 is recorded in
    this register."""
    name = facts[claim]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with db.read() as session:
        recorded = session.scalars(select(RegisterDocument.id).where(
            RegisterDocument.kind == kind, RegisterDocument.sha256 == digest)).first()
    version_no = int(facts["version"]) if facts.get("version", "").isdigit() else None
    if recorded is None:
        content = _(found[0]).format(name=name)
    else:
        content = _(found[1]).format(name=name, digest=digest[:16])
    return DocumentVerdict(signature, facts.get("for", ""), version_no, recorded is not None, content)
