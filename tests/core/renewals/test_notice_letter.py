"""The notice letter (issue 14, termination): read back from the PDF and the DOCX in all five languages with the
parties, the dates, the notice period, the reason and the details; written into the register, never overwriting,
recorded with its SHA-256 and audited, signed with the provider's certificate and accepted by ``verify``; refused
when no notice was given. Both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from slamdesk.core import agreements, audit, customers, register, settings, verification
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, TransitionError
from slamdesk.core.renewals import notice_letter, standing
from slamdesk.core.renewals.stored import set_terms
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms
from slamdesk.core.roles import Actor
from slamdesk.documents.notice_labels import NOTICE_LABELS
from slamdesk.documents.tree import SignatureBlock, SignatureLine
from slamdesk.models import AuditEvent, RegisterDocument
from tests.core.helpers import draft, priced_document
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import team

D = dt.date
TACIT = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=3, notice_unit=NoticeUnit.MONTHS, review_months=6)
PROVIDER = "Nordvik Service Desk AB"
DETAIL = "Budget cut for 2027 — «Одеса» ünïcode & <b>markup</b>"

# language: (customer name, title, the day given, the day it ends, the notice period, the reason, a word of the body)
LANGUAGES = {
    "en": ("Harbour Logistics Ltd", "Notice of termination of agreement", "September 1, 2026", "December 31, 2026",
           "3 months", "The quality of the service", "is not renewed"),
    "sv": ("Hamnlogistik AB", "Uppsägning av avtal", "1 september 2026", "31 december 2026", "3 månader",
           "Tjänstens kvalitet", "förnyas inte"),
    "vi": ("Công ty Cảng Hải Phòng", "Thông báo chấm dứt thỏa thuận", "1 tháng 9, 2026", "31 tháng 12, 2026",
           "3 tháng", "Chất lượng dịch vụ", "không được gia hạn"),
    "id": ("PT Pelabuhan Nusantara", "Pemberitahuan pengakhiran perjanjian", "1 September 2026", "31 Desember 2026",
           "3 bulan", "Mutu layanan", "tidak diperpanjang"),
    "uk": ("ТОВ «Одеські порти»", "Повідомлення про припинення угоди", "1 вересня 2026 р.", "31 грудня 2026 р.",
           "3 місяці", "Якість послуги", "не продовжується"),
}


def _signed_in(db: Database, language: str, terms: Terms = TACIT) -> tuple[dict[str, Actor], str]:
    """A signed agreement whose customer writes ``language`` (the Ukrainian one is the standing tests' own), signed
    with the provider named ``PROVIDER``."""
    people = team(db)
    settings.set_setting(db, people["admin"], settings.PROVIDER_NAME, PROVIDER)
    if language == "uk":
        return _signed_with(db, terms)
    name = LANGUAGES[language][0]
    customers.create_customer(db, people["anna"], name=name, country="SE", language=language,
                              contact_name="Kim Contact", contact_title="CEO")
    number = agreements.create_draft(db, people["anna"], requirements_document_id=priced_document(db, people["anna"], name),
                                     title="Service agreement", start_date=D(2027, 1, 1), end_date=D(2028, 12, 31))
    set_terms(db, people["anna"], number, terms)
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Kim Contact", signer_title="CEO")
    return people, number


def _noticed(db: Database, language: str = "uk", by: str = "customer") -> tuple[dict[str, Actor], str]:
    people, number = _signed_in(db, language)
    standing.give_notice(db, people["anna"], number, by=by, given_on=D(2026, 9, 1), reason="service_quality",
                         detail=DETAIL)
    return people, number


def _texts(pdf: Path, word: Path) -> tuple[str, str]:
    """The PDF's text (whitespace squeezed) and the DOCX's paragraphs and table cells, non-breaking spaces plain."""
    pdf_text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages).split())
    opened = docx.Document(str(word))
    cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
    word_text = " ".join([paragraph.text for paragraph in opened.paragraphs] + cells)
    return tuple(text.replace("\xa0", " ").replace("\u202f", " ") for text in (pdf_text, word_text))  # type: ignore[return-value]


def test_every_language_has_every_word_and_a_reason_for_each_reason_notice_may_give() -> None:
    english = NOTICE_LABELS["en"]
    assert {f"nl_reason_{reason}" for reason in standing.REASONS} <= set(english)
    for language, words in NOTICE_LABELS.items():
        assert set(words) == set(english), language
        if language != "en":
            left = [key for key, value in words.items() if value == english[key] and "{" not in value]
            assert left == [], f"{language} still says in English: {left}"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_letter_reads_back_from_the_pdf_and_the_docx_in_the_agreements_language(
    db: Database, tmp_path: Path, language: str,
) -> None:
    people, number = _noticed(db, language)
    files = {file.format: file.path for file in notice_letter.export_notice_letter(
        db, people["anna"], number, out_dir=tmp_path)}
    customer, title, given, ends, period, reason, body = LANGUAGES[language]
    words = NOTICE_LABELS[language]
    version = agreements.get_agreement(db, number)
    for shown in _texts(files["pdf"], files["docx"]):
        assert f"{title} {number}" in shown
        assert customer in shown and PROVIDER in shown  # both parties
        assert f"{number}, " in shown and str(version.version_no) in shown
        assert given in shown and ends in shown and period in shown and reason in shown and body in shown
        assert DETAIL in shown  # the free text as typed, never read as markup
        assert words["nl_intro_customer"].split(",")[0] in shown  # the customer gives notice
        assert words["nl_gives"] in shown and words["nl_receives"] in shown  # the signature block
        assert version.content_sha256 and version.content_sha256 in shown.replace(" ", "")
    if language != "en":
        pdf_text, _word = _texts(files["pdf"], files["docx"])
        assert "Notice" not in pdf_text and "Reason" not in pdf_text  # no English left


def test_notice_by_the_provider_with_no_notice_period_says_so(db: Database, tmp_path: Path) -> None:
    people, number = _signed_in(db, "en", Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=0,
                                                notice_by=NoticeBy.PROVIDER))
    standing.give_notice(db, people["anna"], number, by="provider", given_on=D(2026, 12, 31), reason="other")
    pdf, word = (file.path for file in notice_letter.export_notice_letter(db, people["anna"], number, out_dir=tmp_path))
    for shown in _texts(pdf, word):
        assert "The provider, Nordvik" in shown and "Another reason" in shown
        assert "Notice period none" in shown and "Notice given by Provider: Nordvik Service Desk AB" in shown
        assert "by the last day of the term (December 31, 2026)" in shown
        assert "Anna Lindqvist" in shown  # the provider's person who recorded it signs for the provider


def test_the_letter_goes_into_the_register_recorded_audited_and_never_overwritten(db: Database) -> None:
    people, number = _noticed(db)
    first = notice_letter.export_notice_letter(db, people["budi"], number)  # a quality checker exports documents too
    again = notice_letter.export_notice_letter(db, people["anna"], number, ("pdf",))
    stem = f"NL-{number}-2026-12-31"
    assert [file.path.name for file in first] == [f"{stem}.pdf", f"{stem}.docx"]
    assert first[0].path.parent.name == "notices" and again[0].path.name == f"{stem}-2.pdf"
    assert all(file.path.exists() for file in first + again)
    assert [(period, fmt, sha) for period, fmt, _path, sha in notice_letter.notice_letters(db, number)] == [
        ("2026-12", file.format, file.sha256) for file in first + again]
    with db.read() as session:
        stored = session.scalars(select(RegisterDocument).where(RegisterDocument.kind == "notice_letter")
                                 .order_by(RegisterDocument.id)).all()
        assert [(row.period, row.format, row.sha256, row.size_bytes) for row in stored] == [
            ("2026-12", file.format, file.sha256, file.size_bytes) for file in first + again]
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "renewals.notice_letter")
                                 .order_by(AuditEvent.id)).all()
        assert [event.actor for event in events] == ["budi", "anna"]
        detail = json.loads(events[0].detail)
        assert (detail["number"], detail["period"], detail["by"], detail["effective"], detail["reason"]) == (
            number, "2026-12", "customer", "2026-12-31", "service_quality")
        assert detail["files"] == {"pdf": first[0].sha256, "docx": first[1].sha256}
        assert audit.verify_chain(session).intact
    row = next(row for row in register.list_agreements(db) if row.number == number)
    assert all("notices" not in document.path for document in row.documents)  # the agreement's own documents only


def test_no_letter_without_notice_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    people, number = _signed_in(db, "uk")
    with pytest.raises(TransitionError, match=f"no notice was given for {number}"):
        notice_letter.export_notice_letter(db, people["anna"], number, out_dir=tmp_path / "out")
    unsigned = draft(db, people["anna"])
    with pytest.raises(NotFoundError, match="is not a signed agreement"):
        notice_letter.export_notice_letter(db, people["anna"], unsigned, out_dir=tmp_path / "out")
    with pytest.raises(NotFoundError, match="is not a signed agreement"):
        notice_letter.export_notice_letter(db, people["anna"], "SLA-1999-\x00", out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with db.read() as session:
        assert session.scalars(select(RegisterDocument).where(RegisterDocument.kind == "notice_letter")).first() is None


def test_the_signed_letter_is_accepted_by_verify_and_a_changed_one_is_not(db: Database, tmp_path: Path) -> None:
    people, number = _noticed(db)
    pdf = notice_letter.export_notice_letter(db, people["anna"], number, ("pdf",), out_dir=tmp_path,
                                             passphrase="correct horse battery")[0].path
    verdict = verification.verify_document(db, pdf)
    assert verdict.ok and verdict.number == number
    assert f"notice letter NL-{number}-2026-12-31 as recorded" in verdict.message
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(pdf.read_bytes() + b"\n%an appended update\n")
    refused = verification.verify_document(db, changed)
    assert not refused.ok and "no notice letter with its SHA-256" in refused.message
    unsigned = notice_letter.export_notice_letter(db, people["anna"], number, ("pdf",), out_dir=tmp_path)[0].path
    assert not verification.verify_document(db, unsigned).ok  # recorded, but nobody signed it


LETTER = notice_letter.NoticeLetter(
    number="SLA-2027-0001", version_no=2, content_sha256="ab" * 32, language="en", currency="EUR", provider=PROVIDER,
    customer="Harbour Logistics Ltd", contact_name="Kim Contact", contact_title="CEO", by="customer",
    given_on=D(2026, 9, 1), effective=D(2026, 12, 31), deadline=D(2026, 9, 30), notice=3, notice_unit=NoticeUnit.MONTHS,
    reason="service_quality", detail="", recorded_by="Anna Lindqvist", recorded_role="representative",
    recorded_on=D(2026, 9, 2))


def _signatures(letter: notice_letter.NoticeLetter, signed: bool) -> tuple[SignatureLine, ...]:
    (block,) = [b for b in notice_letter.build_notice_letter(letter, signed=signed).blocks if isinstance(b, SignatureBlock)]
    return block.signatures


def test_the_letter_names_itself_in_its_subtitle_and_footers_and_each_party_signs_as_it_should() -> None:
    document = notice_letter.build_notice_letter(LETTER)
    assert (document.title, document.subtitle) == (
        "Notice of termination of agreement SLA-2027-0001",
        "Notice of termination NL-SLA-2027-0001-2026-12-31 · Harbour Logistics Ltd")
    assert (document.footer, document.footer_detail) == (
        "NL-SLA-2027-0001-2026-12-31 · SLA-2027-0001, version 2", f"SHA-256 {'ab' * 32}")
    assert (document.page_label, document.page_of_label, document.language) == ("Page", "of", "en")
    customer_gives = (
        SignatureLine("Customer: Harbour Logistics Ltd (gives notice)", "Kim Contact", "CEO", "September 1, 2026"),
        SignatureLine(f"Provider: {PROVIDER} (acknowledges receipt)", "Anna Lindqvist", "Representative",
                      "September 2, 2026"),  # the day the provider recorded it
    )
    assert _signatures(LETTER, signed=False) == customer_gives
    signed = _signatures(LETTER, signed=True)
    assert signed[0] == customer_gives[0] and signed[1].mark == f"{PROVIDER}, signed electronically"
    by_provider = dataclasses.replace(LETTER, by="provider")
    assert _signatures(by_provider, signed=True) == (
        SignatureLine(f"Provider: {PROVIDER} (gives notice)", "Anna Lindqvist", "Representative", "September 1, 2026",
                      f"{PROVIDER}, signed electronically"),
        SignatureLine("Customer: Harbour Logistics Ltd (acknowledges receipt)", "Kim Contact", "CEO", "not signed"),
    )
    assert _signatures(dataclasses.replace(by_provider, recorded_role="administrator"), signed=False)[0].title == (
        "Administrator")


def test_the_export_is_audited_with_the_day_given_and_the_version_and_signed_only_as_a_pdf(
    db: Database, tmp_path: Path
) -> None:
    people, number = _noticed(db, "en")
    notice_letter.export_notice_letter(db, people["anna"], number, ("docx",), out_dir=tmp_path / "docx",
                                       passphrase="correct horse battery")
    (pdf,) = notice_letter.export_notice_letter(db, people["anna"], number, ("pdf",), out_dir=tmp_path / "pdf",
                                                passphrase="correct horse battery")
    assert pdf.path.parent == tmp_path / "pdf" and pdf.path.exists()
    with db.read() as session:
        details = [json.loads(event.detail) for event in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "renewals.notice_letter").order_by(AuditEvent.id))]
    assert [(d["given_on"], d["version"]) for d in details] == [("2026-09-01", 1), ("2026-09-01", 1)]
    docx_text = " ".join(p.text for p in docx.Document(str(next((tmp_path / "docx").glob("*.docx")))).paragraphs)
    tables = " ".join(c.text for t in docx.Document(str(next((tmp_path / "docx").glob("*.docx")))).tables
                      for r in t.rows for c in r.cells)
    assert "signed electronically" not in docx_text + tables  # a DOCX is not signed: its line says nothing of it
    reader = PdfReader(io.BytesIO(pdf.path.read_bytes()))
    assert "signed electronically" in " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    (signature,) = [field for field in reader.get_fields().values() if field.get("/FT") == "/Sig"]
    reason = signature["/V"]["/Reason"]
    assert reason == f"notice letter NL-{number}-2026-12-31 for {number} version 1"
