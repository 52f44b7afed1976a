"""Writing a period's document into the register (``period_documents``): where the files go, what is recorded and
audited, what is listed, and which versions are refused, with a one-paragraph document so each test is quick.

The demo's SLA-2026-0001 (Fjällbacka Rederi AB) version 1 is signed and sealed; SLA-2026-0004 version 1 is approved,
not signed: it has no sealed content yet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from slamdesk.core import audit
from slamdesk.core.certificates import ensure_provider_certificate
from slamdesk.core.db import Database
from slamdesk.core.errors import FrozenError, NotFoundError
from slamdesk.core.monitoring import period_documents
from slamdesk.core.paths import keys_dir, register_dir
from slamdesk.core.roles import Actor
from slamdesk.documents.tree import Document, Paragraph
from slamdesk.models import AuditEvent, RegisterDocument, RegisterDocumentContent
from tests.raw import store_as_format_one

NUMBER = "SLA-2026-0001"
DOCUMENT = Document(title="A period's document", subtitle="for a test", language="en", footer="footer",
                    blocks=(Paragraph("Nothing but this paragraph."),))


def _what(period: str = "2026-10", kind: str = "report") -> period_documents.Written:
    return period_documents.Written(NUMBER, period, kind, f"R-{NUMBER}-{period}", "reports", "compliance.report",
                                    {"breaches": 3})


def test_the_measured_version_is_found_with_its_provider_as_signed(demo_db: Database) -> None:
    sealed = period_documents.sealed_version(demo_db, NUMBER, 1, "Fjällbacka Rederi AB")
    assert (sealed.customer, sealed.provider) == ("Fjällbacka Rederi AB", "Nordvik Service Desk AB")
    with pytest.raises(NotFoundError, match="no agreement 'SLA-2026-0001' version 2"):
        period_documents.sealed_version(demo_db, NUMBER, 2, "Fjällbacka Rederi AB")
    with pytest.raises(NotFoundError, match="no agreement 'SLA-2099-0001' version 1"):
        period_documents.sealed_version(demo_db, "SLA-2099-0001", 1, "Fjällbacka Rederi AB")


def test_a_version_never_sealed_is_refused_as_not_matching_its_seal(demo_db: Database) -> None:
    with pytest.raises(FrozenError, match="the signed content of SLA-2026-0004 v1 no longer matches the seal"):
        period_documents.sealed_version(demo_db, "SLA-2026-0004", 1, "ТОВ «Київські мережі»")


def test_the_files_go_into_the_register_recorded_audited_and_listed_oldest_first(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    sealed = period_documents.sealed_version(demo_db, NUMBER, 1, "Fjällbacka Rederi AB")
    first = period_documents.write(demo_db, people["anna"], sealed, _what(), DOCUMENT, ("pdf", "docx"))
    second = period_documents.write(demo_db, people["anna"], sealed, _what("2026-11"), DOCUMENT, ("pdf",))
    folder = register_dir(demo_db.path) / "Fjällbacka-Rederi-AB" / NUMBER / "reports"
    assert [file.path for file in first + second] == [
        folder / "R-SLA-2026-0001-2026-10.pdf", folder / "R-SLA-2026-0001-2026-10.docx", folder / "R-SLA-2026-0001-2026-11.pdf"]
    assert [(file.number, file.format, file.size_bytes) for file in first] == [
        (NUMBER, "pdf", first[0].path.stat().st_size), (NUMBER, "docx", first[1].path.stat().st_size)]
    assert period_documents.listed(demo_db, NUMBER, "report") == [
        ("2026-10", "pdf", str(first[0].path), first[0].sha256), ("2026-10", "docx", str(first[1].path), first[1].sha256),
        ("2026-11", "pdf", str(second[0].path), second[0].sha256)]
    assert period_documents.listed(demo_db, NUMBER, "credit_note") == []
    assert period_documents.listed(demo_db, "SLA-2026-0002", "report") == []
    with demo_db.read() as session:
        stored = session.scalars(select(RegisterDocument).where(RegisterDocument.kind == "report")
                                 .order_by(RegisterDocument.id)).all()
        assert [(d.version_id, d.format, d.sha256, d.size_bytes, d.created_by_id) for d in stored] == [
            (sealed.version_id, f.format, f.sha256, f.size_bytes, people["anna"].id) for f in first + second]
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "compliance.report")
                                 .order_by(AuditEvent.id)).all()
        assert [(e.entity_type, e.entity_id, json.loads(e.detail)) for e in events] == [
            ("agreement_version", sealed.version_id, {"number": NUMBER, "period": "2026-10", "breaches": 3,
                                                      "files": {"pdf": first[0].sha256, "docx": first[1].sha256}}),
            ("agreement_version", sealed.version_id, {"number": NUMBER, "period": "2026-11", "breaches": 3,
                                                      "files": {"pdf": second[0].sha256}})]
        assert [e.actor for e in events] == ["anna", "anna"] and audit.verify_chain(session).intact


def test_an_unknown_agreement_has_nothing_listed_and_says_so(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="no agreement 'SLA-2099-0001'"):
        period_documents.listed(demo_db, "SLA-2099-0001", "report")


def test_a_document_written_elsewhere_is_listed_where_it_was_written(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path,
) -> None:
    sealed = period_documents.sealed_version(demo_db, NUMBER, 1, "Fjällbacka Rederi AB")
    (written,) = period_documents.write(demo_db, people["anna"], sealed, _what(), DOCUMENT, ("docx",), out_dir=tmp_path / "out")
    assert written.path == tmp_path / "out" / "R-SLA-2026-0001-2026-10.docx" and written.path.exists()
    assert [path for _period, _fmt, path, _sha in period_documents.listed(demo_db, NUMBER, "report")] == [str(written.path)]


def test_the_pdf_is_signed_in_the_providers_name_with_the_reason_given_and_the_docx_is_not(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    sealed = period_documents.sealed_version(demo_db, NUMBER, 1, "Fjällbacka Rederi AB")
    credentials = ensure_provider_certificate(keys_dir(), sealed.provider, "correct horse battery")
    pdf, docx = period_documents.write(demo_db, people["anna"], sealed, _what(), DOCUMENT, ("pdf", "docx"),
                                       credentials=credentials, passphrase="correct horse battery", reason="a test report")
    (signature,) = [field for field in (PdfReader(pdf.path).get_fields() or {}).values() if field.get("/FT") == "/Sig"]
    value = signature["/V"]
    assert (value["/Name"], value["/Reason"]) == ("Nordvik Service Desk AB", "a test report")
    assert b"/ByteRange" not in docx.path.read_bytes()
    (unexplained,) = period_documents.write(demo_db, people["anna"], sealed, _what(), DOCUMENT, ("pdf",), credentials=credentials,
                                            passphrase="correct horse battery")  # no reason given: none is claimed
    (signature,) = [field for field in (PdfReader(unexplained.path).get_fields() or {}).values() if field.get("/FT") == "/Sig"]
    assert signature["/V"].get("/Reason", "") == ""


def test_a_version_sealed_before_contents_named_their_provider_is_found_with_none(demo_db: Database) -> None:
    """Contents of format 1 have no provider: the caller falls back to the provider's name in the settings."""
    store_as_format_one(demo_db, NUMBER)  # as a version sealed by an older slamdesk was stored
    assert period_documents.sealed_version(demo_db, NUMBER, 1, "Fjällbacka Rederi AB").provider == ""


def test_a_team_database_keeps_each_files_bytes_beside_its_record(demo_db: Database, people: dict[str, Actor]) -> None:
    sealed = period_documents.sealed_version(demo_db, NUMBER, 1, "Fjällbacka Rederi AB")
    written = period_documents.write(demo_db, people["anna"], sealed, _what(), DOCUMENT, ("pdf", "docx"))
    with demo_db.read() as session:
        kept = session.execute(select(RegisterDocument.format, RegisterDocumentContent.content)
                               .join(RegisterDocumentContent, RegisterDocumentContent.document_id == RegisterDocument.id)
                               .where(RegisterDocument.kind == "report").order_by(RegisterDocument.id)).all()
    if demo_db.dialect == "sqlite":  # one desk: the file in the register folder is the document
        assert kept == []
    else:
        assert [(fmt, bytes(content)) for fmt, content in kept] == [(file.format, file.path.read_bytes()) for file in written]


def test_a_document_recorded_without_a_period_is_listed_with_none(demo_db: Database, people: dict[str, Actor]) -> None:
    """The agreement's own exported documents have no period."""
    sealed = period_documents.sealed_version(demo_db, NUMBER, 1, "Fjällbacka Rederi AB")
    with demo_db.unit_of_work() as session:
        session.add(RegisterDocument(version_id=sealed.version_id, kind="agreement", format="pdf", path="/nowhere/a.pdf",
                                     sha256="0" * 64, size_bytes=1, created_by_id=people["anna"].id))
    assert period_documents.listed(demo_db, NUMBER, "agreement") == [("", "pdf", "/nowhere/a.pdf", "0" * 64)]
