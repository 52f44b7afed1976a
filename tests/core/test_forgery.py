"""Forgeries of signed agreements, each of which must be detected or refused.

A signed version's document shows exactly what was sealed at signing; the
database refuses changes to what it draws from; ``verify`` passes a PDF only
when the provider's certificate signed it, nothing was added since, its hash
is the sealed one and its text shows the sealed terms.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader
from sqlalchemy import text

from slamdesk.core import agreements, export, register, settings, verification
from slamdesk.core.agreement_document import build_agreement_document
from slamdesk.core.certificates import ensure_provider_certificate
from slamdesk.core.db import Database
from slamdesk.core.errors import FrozenError
from slamdesk.core.lifecycle import Status
from slamdesk.core.paths import keys_dir
from slamdesk.core.roles import Actor
from slamdesk.documents import pdf
from slamdesk.documents.signing import sign_pdf
from tests.raw import REFUSED, raw

pytestmark = pytest.mark.both_backends

PASSPHRASE = "correct horse battery"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


@pytest.fixture
def number(demo_db: Database) -> str:
    return next(row.number for row in register.list_agreements(demo_db, search="Sông Hồng") if row.status is Status.SIGNED)


@pytest.fixture
def signed_pdf(demo_db: Database, people: dict[str, Actor], number: str, tmp_path: Path) -> Path:
    (file,) = export.export_agreement(demo_db, people["linh"], number, ("pdf",), tmp_path / "out", passphrase=PASSPHRASE)
    return file.path


def test_the_genuine_export_verifies(demo_db: Database, signed_pdf: Path, number: str) -> None:
    verdict = verification.verify_document(demo_db, signed_pdf)
    assert verdict.ok, verdict.message
    assert f"content matches {number} v1 as signed" in verdict.message


# 1. Trust -------------------------------------------------------------------


def test_without_the_provider_certificate_verification_fails_and_says_why(
    demo_db: Database, signed_pdf: Path, tmp_path: Path
) -> None:
    kept = tmp_path / "kept-keys"
    shutil.move(keys_dir(), kept)  # another machine, another account, a lost keys folder
    verdict = verification.verify_document(demo_db, signed_pdf)
    assert not verdict.ok
    assert "provider's certificate is not on this machine" in verdict.message and "--cert" in verdict.message
    # Given the provider's certificate explicitly, the same file verifies.
    given = verification.verify_document(demo_db, signed_pdf, (kept / "provider-cert.pem").read_bytes())
    assert given.ok, given.message


def _forge(demo_db: Database, number: str, folder: Path, detail: agreements.AgreementDetail | None = None) -> Path:
    """The agreement's document (or another detail's, claiming the same hash) signed by Mallory's own key."""
    credentials = ensure_provider_certificate(folder, "Mallory Ltd", "mallory's passphrase")
    detail = detail or agreements.get_agreement(demo_db, number)
    path = folder / "forged.pdf"
    pdf.render(build_agreement_document(detail, detail.provider), path)
    sign_pdf(path, path, key_path=credentials.key_path, cert_path=credentials.cert_path,
             passphrase="mallory's passphrase", signer_name="Mallory Ltd", reason="forged")
    return path


def test_a_pdf_signed_with_another_key_fails_with_or_without_our_certificate(
    demo_db: Database, signed_pdf: Path, number: str, tmp_path: Path
) -> None:
    forged = _forge(demo_db, number, tmp_path / "mallory")
    with_ours = verification.verify_document(demo_db, forged)
    assert not with_ours.ok and "not made with the trusted certificate" in with_ours.message
    shutil.rmtree(keys_dir())
    without = verification.verify_document(demo_db, forged)
    assert not without.ok and "certificate is not on this machine" in without.message


def test_an_incremental_update_after_signing_is_detected(demo_db: Database, signed_pdf: Path) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_pdf.read_bytes()))
    # A new revision that paints over the first page: a white box and other words.
    overlay = generic.StreamObject(stream_data=b"q 1 1 1 rg 50 700 500 80 re f Q")
    writer.add_stream_to_page(0, writer.add_object(overlay))
    output = io.BytesIO()
    writer.write(output)
    signed_pdf.write_bytes(output.getvalue())
    verdict = verification.verify_document(demo_db, signed_pdf)
    assert not verdict.ok and "added to the file after the last signature" in verdict.message


def test_a_provider_signed_pdf_that_shows_other_terms_fails(
    demo_db: Database, people: dict[str, Actor], number: str, tmp_path: Path
) -> None:
    """Signed with the provider's own key and claiming the sealed hash, but showing another title and total."""
    genuine = agreements.get_agreement(demo_db, number)
    export.check_passphrase(demo_db, PASSPHRASE)  # the provider's key and certificate exist
    forged_detail = dataclasses.replace(
        genuine, title="Forged terms", lines=tuple(dataclasses.replace(line, line_total=line.line_total * 2)
                                                   for line in genuine.lines)
    )
    path = tmp_path / "provider-signed.pdf"
    pdf.render(build_agreement_document(forged_detail, genuine.provider), path)
    sign_pdf(path, path, key_path=keys_dir() / "provider-key.pem", cert_path=keys_dir() / "provider-cert.pem",
             passphrase=PASSPHRASE, signer_name=genuine.provider, reason="signed")
    verdict = verification.verify_document(demo_db, path)
    assert verdict.signature.ok and verdict.signature.trusted  # the signature itself is good...
    assert not verdict.ok  # ...but the document is not what was signed
    assert "does not show the terms signed" in verdict.message and repr(genuine.title) in verdict.message


# 2. Frozen means frozen ---------------------------------------------------------

RAW_EDITS = [
    ("agreement title", "UPDATE agreement SET title = 'Changed' WHERE number = :n", "title"),
    ("agreement currency", "UPDATE agreement SET currency = 'USD' WHERE number = :n", "currency"),
    ("agreement kind", "UPDATE agreement SET kind = 'ola' WHERE number = :n", "kind"),
    ("agreement language", "UPDATE agreement SET language = 'en' WHERE number = :n", "language"),
    ("agreement number", "UPDATE agreement SET number = 'SLA-1999-0001' WHERE number = :n", "number"),
    ("agreement customer", "UPDATE agreement SET customer_id = (SELECT MAX(c.id) FROM customer c "
                           "WHERE c.id <> agreement.customer_id) WHERE number = :n", "customer"),
    ("customer name", "UPDATE customer SET name = 'Mallory AB' WHERE id = (SELECT customer_id FROM agreement "
                      "WHERE number = :n)", "name"),
    ("customer country", "UPDATE customer SET country = 'SE' WHERE id = (SELECT customer_id FROM agreement "
                         "WHERE number = :n)", "country"),
    ("contact email", "UPDATE contact SET email = 'x@evil.example' WHERE customer_id = (SELECT customer_id "
                      "FROM agreement WHERE number = :n)", "contact"),
    ("contact removed", "DELETE FROM contact WHERE customer_id = (SELECT customer_id FROM agreement "
                        "WHERE number = :n)", "contact"),
    ("signature removed", "DELETE FROM signature WHERE version_id IN (SELECT v.id FROM agreement_version v "
                          "JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)", "signature"),
    ("signature renamed", "UPDATE signature SET signer_name = 'Mallory' WHERE version_id IN (SELECT v.id FROM "
                          "agreement_version v JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)",
     "signature"),
    ("signature added", "INSERT INTO signature (version_id, party, signer_name, signer_title, signed_at, "
                        "recorded_by_id) SELECT v.id, 'witness', 'Mallory', 'Witness', '2026-01-01 00:00:00', 1 "
                        "FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n",
     "approved"),
    ("review decision edited", "UPDATE review_decision SET comment = 'never reviewed' WHERE version_id IN (SELECT "
                               "v.id FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id "
                               "WHERE a.number = :n)", "review record"),
    ("review decision removed", "DELETE FROM review_decision WHERE version_id IN (SELECT v.id FROM "
                                "agreement_version v JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)",
     "review record"),
    ("review comment edited", "UPDATE review_comment SET text = 'forged' WHERE assignment_id IN (SELECT ra.id FROM "
                              "review_assignment ra JOIN review_round r ON r.id = ra.round_id JOIN agreement_version v "
                              "ON v.id = r.version_id JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)",
     "review record"),
    ("review assignment edited", "UPDATE review_assignment SET decision = 'changes_requested' WHERE round_id IN "
                                 "(SELECT r.id FROM review_round r JOIN agreement_version v ON v.id = r.version_id "
                                 "JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)", "review record"),
    ("review round removed", "DELETE FROM review_round WHERE version_id IN (SELECT v.id FROM agreement_version v "
                             "JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)", "review record"),
    ("status back to draft", "UPDATE agreement_version SET status = 'draft' WHERE agreement_id = (SELECT id FROM "
                             "agreement WHERE number = :n)", "moves forward"),
    ("tax rate", "UPDATE agreement_version SET tax_rate_pct = tax_rate_pct + 10000 WHERE agreement_id = (SELECT id FROM agreement "
                 "WHERE number = :n)", "frozen"),
    *((f"term {column}", f"UPDATE agreement_version SET {column} = {value} WHERE agreement_id = (SELECT id FROM "
       "agreement WHERE number = :n)", "frozen")
      for column, value in (  # each a value other than the demo's (PostgreSQL's trigger fires on a change only)
          ("initial_term_months", "initial_term_months + 1"),
          ("renewal", "CASE WHEN renewal = 'tacit' THEN 'none' ELSE 'tacit' END"),
          ("renewal_term_months", "renewal_term_months + 1"), ("max_renewals", "COALESCE(max_renewals, 0) + 1"),
          ("notice_period", "notice_period + 1"),
          ("notice_unit", "CASE WHEN notice_unit = 'months' THEN 'days' ELSE 'months' END"),
          ("notice_by", "CASE WHEN notice_by = 'provider' THEN 'customer' ELSE 'provider' END"),
          ("review_months", "COALESCE(review_months, 0) + 1"))),
    ("sealed content", "UPDATE agreement_version SET content_json = '{}' WHERE agreement_id = (SELECT id FROM "
                       "agreement WHERE number = :n)", "frozen"),
    ("line price", "UPDATE agreement_line SET line_total = 1 WHERE version_id IN (SELECT v.id FROM "
                   "agreement_version v JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)", "frozen"),
    ("clause text", "UPDATE agreement_clause SET text = 'forged' WHERE version_id IN (SELECT v.id FROM "
                    "agreement_version v JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n)", "frozen"),
]


@pytest.mark.parametrize(("what", "sql", "said"), RAW_EDITS, ids=[edit[0] for edit in RAW_EDITS])
def test_raw_sql_cannot_change_what_a_signed_document_shows(
    demo_db: Database, number: str, what: str, sql: str, said: str
) -> None:
    with raw(demo_db) as connection:
        assert connection.changes_unprotected(sql, {"n": number}) > 0, f"{what}: the statement must touch a row"
        with pytest.raises(REFUSED, match="frozen") as refused:
            connection.execute(sql, {"n": number})
    assert said in str(refused.value)
    # Through slamdesk's own transactions the refusal is a FrozenError in words.
    with pytest.raises(FrozenError) as words:
        with demo_db.unit_of_work() as session:
            session.execute(text(sql), {"n": number})
    assert not str(words.value).startswith("frozen:") and str(words.value)


def test_a_draft_is_still_free_to_change(demo_db: Database) -> None:
    draft = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.DRAFT)
    with demo_db.unit_of_work() as session:
        session.execute(text("UPDATE agreement SET title = 'Renamed draft' WHERE number = :n"), {"n": draft})
    assert agreements.get_agreement(demo_db, draft).title == "Renamed draft"


def test_with_the_triggers_dropped_a_new_export_still_shows_exactly_what_was_signed(
    demo_db: Database, people: dict[str, Actor], number: str, tmp_path: Path
) -> None:
    signed = agreements.get_agreement(demo_db, number)
    with raw(demo_db) as connection:
        connection.drop_triggers()
        connection.execute("UPDATE agreement SET title = 'Changed title', currency = 'USD' WHERE number = ?", (number,))
        connection.execute("UPDATE customer SET name = 'Mallory Holdings' WHERE id = (SELECT customer_id FROM "
                           "agreement WHERE number = ?)", (number,))
        connection.execute("UPDATE app_user SET display_name = 'Someone Else'")
    settings.set_setting(demo_db, people["admin"], settings.PROVIDER_NAME, "Other Provider AB")

    detail = agreements.get_agreement(demo_db, number)
    assert (detail.title, detail.currency, detail.customer_name, detail.provider, detail.author) == (
        signed.title, signed.currency, signed.customer_name, signed.provider, signed.author)
    assert detail.reviews == signed.reviews
    (file,) = export.export_agreement(demo_db, people["linh"], number, ("pdf",), tmp_path / "again", passphrase=PASSPHRASE)
    shown = pdf_text(file.path)
    assert signed.title in shown and signed.customer_name in shown and signed.provider in shown
    assert "Changed title" not in shown and "Mallory Holdings" not in shown and "Other Provider AB" not in shown
    assert "USD" not in shown and "Someone Else" not in shown
    assert verification.verify_document(demo_db, file.path).ok


def test_altered_sealed_content_is_refused_at_export_and_fails_verification(
    demo_db: Database, people: dict[str, Actor], number: str, signed_pdf: Path, tmp_path: Path
) -> None:
    with raw(demo_db) as connection:
        connection.drop_triggers()
        connection.execute(
            "UPDATE agreement_version SET content_json = replace(content_json, '\"title\":', '\"title\":\"X\",\"_\":') "
            "WHERE agreement_id = (SELECT id FROM agreement WHERE number = ?)", (number,))
    with pytest.raises(FrozenError, match="no longer matches the seal"):
        export.export_agreement(demo_db, people["linh"], number, ("pdf",), tmp_path / "o", passphrase=PASSPHRASE)
    verdict = verification.verify_document(demo_db, signed_pdf)
    assert not verdict.ok and "no longer matches its seal" in verdict.message
