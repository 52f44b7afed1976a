"""A closed period's credit note written into the register: who may, which provider it names, and its signature.

The figures are the ``october`` fixture's (``test_periods``), closed as ``test_credits_owed`` closes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from slamdesk.core.certificates import CERT_FILE
from slamdesk.core.content import sha256_text
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.monitoring import credit_export, periods
from slamdesk.core.paths import keys_dir
from slamdesk.core.roles import Actor, Role
from slamdesk.core.settings import PROVIDER_NAME, set_setting
from slamdesk.core.verification import verify_document
from slamdesk.documents.signing import verify_pdf
from slamdesk.models import AuditEvent
from tests.core.monitoring.test_periods import (  # noqa: F401  (october: a fixture used by name)
    AFTER_OCTOBER,
    NUMBER,
    OCTOBER,
    october,
)
from tests.raw import raw

PASSPHRASE = "correct horse battery"


def _provider_row(path: Path) -> tuple[str, ...]:
    """The note's row naming the provider (Swedish: the agreement's language)."""
    rows = [tuple(cell.text for cell in row.cells) for table in docx.Document(str(path)).tables for row in table.rows]
    return next(row for row in rows if row[0] == "Leverantör")


def test_a_made_up_person_is_refused_before_the_agreement_is_looked_up(october: Database, tmp_path: Path) -> None:  # noqa: F811
    nobody = Actor(id=999, username="mallory", display_name="Mallory", role=Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        credit_export.export_credit_note(october, nobody, "SLA-1999-0001", OCTOBER, AFTER_OCTOBER, out_dir=tmp_path / "o")
    assert not (tmp_path / "o").exists()


def test_an_open_period_is_refused_naming_the_agreement_and_the_period(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    with pytest.raises(ValidationError) as refused:
        credit_export.export_credit_note(october, people["anna"], NUMBER, periods.period("2026-09"), AFTER_OCTOBER)
    assert str(refused.value).startswith("SLA-2026-0001 2026-09 is not closed yet: a credit note is made from the figures")
    assert refused.value.field == "period"


def test_the_note_names_the_provider_as_signed_even_after_the_setting_changed(
    october: Database, people: dict[str, Actor], tmp_path: Path,  # noqa: F811
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    set_setting(october, people["admin"], PROVIDER_NAME, "Renamed AB")
    (note,) = credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER, ("docx",),
                                               out_dir=tmp_path / "notes")
    assert note.path == tmp_path / "notes" / "CN-SLA-2026-0001-2026-10.docx"
    assert _provider_row(note.path)[1:] == ("Nordvik Service Desk AB",) * (len(_provider_row(note.path)) - 1)


def test_a_version_signed_without_a_provider_name_is_noted_under_todays_setting(
    october: Database, people: dict[str, Actor], tmp_path: Path,  # noqa: F811
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with raw(october) as connection:  # as a version signed before the provider had a name, its seal made over that
        connection.drop_triggers()
        ((version_id, content),) = connection.rows(
            "SELECT v.id, v.content_json FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id "
            "WHERE a.number = ?", (NUMBER,))
        signed = json.loads(content)
        signed["provider"] = ""
        unnamed = json.dumps(signed)
        connection.execute("UPDATE agreement_version SET content_json = ?, content_sha256 = ? WHERE id = ?",
                           (unnamed, sha256_text(unnamed), version_id))
    set_setting(october, people["admin"], PROVIDER_NAME, "Renamed AB")
    (note,) = credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER, ("docx",),
                                               out_dir=tmp_path)
    assert "Renamed AB" in _provider_row(note.path)


def test_with_the_passphrase_the_pdf_is_signed_by_the_provider_naming_the_note(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    pdf, word = credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER,
                                                 passphrase=PASSPHRASE)
    check = verify_pdf(pdf.path, (keys_dir() / CERT_FILE).read_bytes())
    assert check.signed and check.intact and check.trusted and "Nordvik" in check.signer
    fields = PdfReader(pdf.path).get_fields() or {}
    signature = next(field["/V"] for field in fields.values() if field.get("/FT") == "/Sig")
    assert signature["/Reason"] == "credit note CN-SLA-2026-0001-2026-10 for SLA-2026-0001 version 1"
    assert signature["/Name"] == "Nordvik Service Desk AB"
    assert word.format == "docx"
    # a wrong passphrase is refused, and nothing is written or recorded
    with pytest.raises(ValidationError):
        credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER, ("pdf",),
                                         passphrase="not the passphrase")
    assert len(credit_export.credit_notes(october, NUMBER)) == 2


def test_without_a_passphrase_the_pdf_is_not_signed(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    (pdf,) = credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER, ("pdf",))
    assert not verify_pdf(pdf.path, b"").signed
    assert not (keys_dir() / CERT_FILE).exists()
    with october.read() as session:
        detail = json.loads(session.scalars(select(AuditEvent.detail)
                                            .where(AuditEvent.action == "credits.credit_note")).one())
    assert (detail["number"], detail["total"], detail["currency"]) == (NUMBER, "165.60", "EUR")


def test_a_credit_note_file_checked_later_is_found_recorded_as_a_credit_note(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    (pdf,) = credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER, ("pdf",))
    verdict = verify_document(october, pdf.path)
    assert verdict.matches_frozen_content and verdict.content.startswith(
        "the file is credit note CN-SLA-2026-0001-2026-10 as recorded in the register")
