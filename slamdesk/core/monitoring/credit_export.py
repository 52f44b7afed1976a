"""Writing a closed period's credit note into the register, the way agreements are exported.

Only a closed period has a credit note (its figures never change after). The files go to
``register/<customer>/<number>/credit-notes/`` (``period_documents``' rules: never overwritten,
recorded with their SHA-256 as kind ``credit_note`` with the period, audited), the PDF signed
with the provider's certificate when the passphrase is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ..certificates import ensure_provider_certificate
from ..db import Database
from ..errors import ValidationError
from ..export import ExportedFile
from ..paths import keys_dir
from ..roles import Actor, acting
from ..settings import PROVIDER_NAME, get_setting
from ..words import _
from . import period_documents
from .credit_note import build_credit_note, reference
from .credits_owed import credits_for
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
        raise ValidationError(_("{number} {period} is not closed yet: a credit note is made from the figures of a closed "
                                "period (close the period first)").format(number=statement.number, period=chosen.name),
                              field="period")
    sealed = period_documents.sealed_version(db, statement.number, statement.version_no, statement.customer)
    provider = sealed.provider or get_setting(db, PROVIDER_NAME)
    credentials = ensure_provider_certificate(keys_dir(), provider, passphrase) if passphrase is not None else None
    name = reference(statement)
    what = period_documents.Written(statement.number, statement.period, KIND, name, "credit-notes", "credits.credit_note",
                                    {"total": str(statement.total), "currency": statement.currency})
    return period_documents.write(
        db, actor, period_documents.Sealed(sealed.version_id, sealed.customer, provider), what,
        build_credit_note(statement, chosen, provider), formats, out_dir=out_dir, credentials=credentials,
        passphrase=passphrase or "", reason=f"credit note {name} for {statement.number} version {statement.version_no}")


def credit_notes(db: Database, number: str) -> list[tuple[str, str, str, str]]:
    """The credit notes exported for agreement ``number``: (period, format, path, SHA-256), oldest first."""
    return period_documents.listed(db, number, KIND)
