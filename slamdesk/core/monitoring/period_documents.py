"""Writing a period's document (a credit note, a KPI report) into the register, the way agreements are exported.

The files go to ``register/<customer>/<number>/<folder>/`` (never overwriting: a second export
is ``...-2.pdf``), each recorded in the register with its SHA-256, its kind and its period, the
PDF signed with the provider's certificate when asked, and one audit event naming the files.
A failure leaves no file and no record behind (``export.all_or_nothing``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ...documents.tree import Document
from ...models import Agreement, AgreementVersion, RegisterDocument
from .. import audit, frozen, register_files, text
from ..certificates import ProviderCredentials
from ..db import Database
from ..errors import FrozenError, NotFoundError
from ..export import RENDERERS, ExportedFile, all_or_nothing, free_paths, make_folder, sha256_of, sign_pdf_file, slug
from ..paths import register_dir
from ..roles import Actor, acting
from ..words import _


@dataclass(frozen=True)
class Sealed:
    """The agreement version a period's document refers to: its id, customer and provider as signed."""

    version_id: int
    customer: str
    provider: str


def sealed_version(db: Database, number: str, version_no: int, customer: str) -> Sealed:
    """The version measured; refused when its signed content no longer matches its seal."""
    with db.read() as session:
        found = session.execute(
            select(AgreementVersion.id, AgreementVersion.content_json, AgreementVersion.content_sha256)
            .join(Agreement, Agreement.id == AgreementVersion.agreement_id)
            .where(Agreement.number == text.exact(number), AgreementVersion.version_no == version_no)
        ).first()
    if found is None:
        raise NotFoundError(_("no agreement {number} version {version}").format(number=text.quoted(number), version=version_no))
    version_id, content_json, content_sha256 = found
    if content_json is None or content_sha256 is None or not frozen.seal_intact(content_json, content_sha256):
        raise FrozenError(
            _("the signed content of {number} v{version} no longer matches the seal made at signing: the database "
              "was changed outside slamdesk; restore a backup").format(number=number, version=version_no))
    return Sealed(version_id, customer, str(json.loads(content_json).get("provider") or ""))


@dataclass(frozen=True)
class Written:
    """What to write: the document, where, as what, and what the audit event says."""

    number: str
    period: str
    kind: str  # "credit_note", "report"
    name: str  # the file names' stem
    subfolder: str  # "credit-notes", "reports"
    event: str  # the audit action
    detail: dict[str, Any]


def write(
    db: Database, actor: Actor, sealed: Sealed, what: Written, document: Document, formats: Sequence[str], *,
    out_dir: Path | None = None, credentials: ProviderCredentials | None = None, passphrase: str = "",
    reason: str = "",
) -> list[ExportedFile]:
    """Render ``document`` in ``formats`` into the register and record every file (the module's rules)."""
    folder = out_dir or register_dir(db.path) / slug(sealed.customer) / what.number / what.subfolder
    created = make_folder(folder)
    written: list[ExportedFile] = []
    with all_or_nothing(what.name, written, created):
        targets = free_paths(folder, what.name, formats)
        with register_files.journal(db.path, list(targets.values())):  # a crash before the records leaves no orphan
            for fmt, path in targets.items():
                RENDERERS[fmt](document, path)
                if fmt == "pdf" and credentials is not None:
                    sign_pdf_file(path, credentials, passphrase, sealed.provider, reason)
                written.append(ExportedFile(what.number, fmt, path, sha256_of(path), path.stat().st_size))
            _record(db, actor, sealed.version_id, what, written)
    return written


def _record(db: Database, actor: Actor, version_id: int, what: Written, written: Sequence[ExportedFile]) -> None:
    with db.unit_of_work() as session:
        actor = acting(session, actor)  # the stored profile, checked again where the records are written
        for file in written:
            document = RegisterDocument(
                version_id=version_id, kind=what.kind, period=what.period, format=file.format,
                path=register_files.stored_path(db, file.path), sha256=file.sha256, size_bytes=file.size_bytes,
                created_by_id=actor.id,
            )
            session.add(document)
            session.flush()
            register_files.keep_content(session, db, document, file.path)
        audit.record(session, actor, what.event, "agreement_version", version_id, number=what.number, period=what.period,
                     files={f.format: f.sha256 for f in written}, **what.detail)


def listed(db: Database, number: str, kind: str) -> list[tuple[str, str, str, str]]:
    """The documents of ``kind`` exported for agreement ``number``: (period, format, path, SHA-256), oldest first."""
    with db.read() as session:
        agreement = session.scalars(select(Agreement.id).where(Agreement.number == text.exact(number))).first()
        if agreement is None:
            raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
        rows = session.execute(
            select(RegisterDocument.period, RegisterDocument.format, RegisterDocument.path, RegisterDocument.sha256)
            .join(AgreementVersion, AgreementVersion.id == RegisterDocument.version_id)
            .where(AgreementVersion.agreement_id == agreement, RegisterDocument.kind == kind)
            .order_by(RegisterDocument.id)
        ).all()
        return [(period or "", fmt, str(register_files.local_file(db, path)), sha) for period, fmt, path, sha in rows]
