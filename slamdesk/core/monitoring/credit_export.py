"""Writing a closed period's credit note into the register, the way agreements are exported.

Only a closed period has a credit note (its figures never change after). The files go to
``register/<customer>/<number>/credit-notes/`` (never overwriting: a second export is
``...-2.pdf``), each recorded in the register with its SHA-256 (kind ``credit_note`` and the
period), the PDF signed with the provider's certificate when the passphrase is given, and
one audit event naming the files, the period and the total. A failure leaves no file and
no record behind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from ...models import Agreement, AgreementVersion, RegisterDocument
from .. import audit, frozen, register_files, text
from ..certificates import ensure_provider_certificate
from ..db import Database
from ..errors import FrozenError, NotFoundError, ValidationError
from ..export import (
    RENDERERS,
    ExportedFile,
    all_or_nothing,
    free_paths,
    make_folder,
    sha256_of,
    sign_pdf_file,
    slug,
)
from ..paths import keys_dir, register_dir
from ..roles import Actor, acting
from ..settings import PROVIDER_NAME, get_setting
from .credit_note import build_credit_note, reference
from .credits_owed import CreditStatement, credits_for
from .period_names import Period

KIND = "credit_note"


def export_credit_note(
    db: Database, actor: Actor, number: str, chosen: Period, now: dt.datetime, formats: Sequence[str] = ("pdf", "docx"),
    *, out_dir: Path | None = None, passphrase: str | None = None,
) -> list[ExportedFile]:
    """Write the credit note of agreement ``number`` for the closed period ``chosen`` (the module's rules)."""
    with db.read() as session:
        acting(session, actor)  # a made-up person is refused before any file is written
    statement = credits_for(db, number, chosen, now)
    if statement.provisional:
        raise ValidationError(f"{statement.number} {chosen.name} is not closed yet: a credit note is made from the "
                              "figures of a closed period (close the period first)", field="period")
    version_id, provider = _sealed_version(db, statement)
    provider = provider or get_setting(db, PROVIDER_NAME)
    credentials = ensure_provider_certificate(keys_dir(), provider, passphrase) if passphrase is not None else None
    document = build_credit_note(statement, chosen, provider)
    name = reference(statement)
    folder = out_dir or register_dir(db.path) / slug(statement.customer) / statement.number / "credit-notes"
    created = make_folder(folder)
    written: list[ExportedFile] = []
    with all_or_nothing(name, written, created):
        targets = free_paths(folder, name, formats)
        with register_files.journal(db.path, list(targets.values())):  # a crash before the records leaves no orphan
            for fmt, path in targets.items():
                RENDERERS[fmt](document, path)
                if fmt == "pdf" and credentials is not None:
                    sign_pdf_file(path, credentials, passphrase or "", provider,
                                  f"credit note {name} for {statement.number} version {statement.version_no}")
                written.append(ExportedFile(statement.number, fmt, path, sha256_of(path), path.stat().st_size))
            _record(db, actor, statement, version_id, written)
    return written


def _sealed_version(db: Database, statement: CreditStatement) -> tuple[int, str]:
    """The measured version's id and provider; refused when its signed content no longer matches its seal."""
    with db.read() as session:
        found = session.execute(
            select(AgreementVersion.id, AgreementVersion.content_json, AgreementVersion.content_sha256)
            .join(Agreement, Agreement.id == AgreementVersion.agreement_id)
            .where(Agreement.number == text.exact(statement.number), AgreementVersion.version_no == statement.version_no)
        ).first()
    if found is None:
        raise NotFoundError(f"no agreement {text.quoted(statement.number)} version {statement.version_no}")
    version_id, content_json, content_sha256 = found
    if content_json is None or content_sha256 is None or not frozen.seal_intact(content_json, content_sha256):
        raise FrozenError(
            f"the signed content of {statement.number} v{statement.version_no} no longer matches the seal made at "
            "signing: the database was changed outside slamdesk; restore a backup")
    return version_id, str(json.loads(content_json).get("provider") or "")


def _record(db: Database, actor: Actor, statement: CreditStatement, version_id: int,
            written: Sequence[ExportedFile]) -> None:
    """The written files in the register and the audit event, in one transaction."""
    with db.unit_of_work() as session:
        for file in written:
            document = RegisterDocument(
                version_id=version_id, kind=KIND, period=statement.period, format=file.format,
                path=register_files.stored_path(db, file.path), sha256=file.sha256, size_bytes=file.size_bytes,
                created_by_id=actor.id,
            )
            session.add(document)
            session.flush()
            register_files.keep_content(session, db, document, file.path)
        audit.record(
            session, actor, "credits.credit_note", "agreement_version", version_id, number=statement.number,
            period=statement.period, total=str(statement.total), currency=statement.currency,
            files={f.format: f.sha256 for f in written},
        )


def credit_notes(db: Database, number: str) -> list[tuple[str, str, str, str]]:
    """The credit notes exported for agreement ``number``: (period, format, path, SHA-256), oldest first."""
    with db.read() as session:
        agreement = session.scalars(select(Agreement.id).where(Agreement.number == text.exact(number))).first()
        if agreement is None:
            raise NotFoundError(f"no agreement {text.quoted(number)}")
        rows = session.execute(
            select(RegisterDocument.period, RegisterDocument.format, RegisterDocument.path, RegisterDocument.sha256)
            .join(AgreementVersion, AgreementVersion.id == RegisterDocument.version_id)
            .where(AgreementVersion.agreement_id == agreement, RegisterDocument.kind == KIND)
            .order_by(RegisterDocument.id)
        ).all()
        return [(period or "", fmt, str(register_files.local_file(db, path)), sha) for period, fmt, path, sha in rows]
