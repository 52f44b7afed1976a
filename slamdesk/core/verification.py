"""Checking an exported PDF: is its signature intact, and is it the signed content?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..documents.signing import SignatureCheck, embedded_metadata, verify_pdf
from ..models import Agreement, AgreementVersion
from .agreement_document import parse_keywords
from .certificates import load_certificate_pem
from .db import Database
from .errors import NotFoundError
from .paths import keys_dir


@dataclass(frozen=True)
class DocumentVerdict:
    signature: SignatureCheck
    number: str
    version_no: int | None
    matches_frozen_content: bool
    message: str

    @property
    def ok(self) -> bool:
        return self.signature.ok and self.matches_frozen_content


def verify_document(db: Database, path: Path) -> DocumentVerdict:
    """Verify the PDF's signature against our provider certificate and its
    content hash against the hash frozen in the database at signing."""
    if not path.exists():
        raise NotFoundError(f"no such file: {path}")
    signature = verify_pdf(path, load_certificate_pem(keys_dir()))
    facts = parse_keywords(embedded_metadata(path).get("Keywords", ""))
    number, claimed = facts.get("agreement", ""), facts.get("content-sha256", "")
    version_no = int(facts["version"]) if facts.get("version", "").isdigit() else None
    frozen = None
    if number and version_no is not None:
        with db.read() as session:
            frozen = session.scalar(
                select(AgreementVersion.content_sha256)
                .join(Agreement)
                .where(Agreement.number == number, AgreementVersion.version_no == version_no)
            )
    matches = bool(claimed) and claimed == frozen
    if not number:
        content = "the file does not name a slamdesk agreement"
    elif frozen is None:
        content = f"{number} v{version_no} is not a signed agreement in this register"
    elif not matches:
        content = f"the content hash differs from the one frozen when {number} was signed"
    else:
        content = f"content matches {number} v{version_no} as signed (SHA-256 {frozen[:16]}…)"
    return DocumentVerdict(signature, number, version_no, matches, f"{signature.message}; {content}")
