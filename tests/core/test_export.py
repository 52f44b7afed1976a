from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from slamdesk.core import agreements, export, register
from slamdesk.core.agreement_document import DocumentWords, priority_text
from slamdesk.core.db import Database
from slamdesk.core.errors import TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.money import format_money
from slamdesk.core.register import RegisterFilter
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, RegisterDocument
from tests.core.helpers import register_files


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    footer = [p.text for section in document.sections for p in section.footer.paragraphs]
    return "\n".join([p.text for p in document.paragraphs] + cells + footer)


def signed_number(db: Database, customer: str) -> str:
    rows = register.list_agreements(db, search=customer)
    return next(row.number for row in rows if row.status is Status.SIGNED)


@pytest.mark.parametrize("customer", ["Sông Hồng", "Nusantara"])
def test_signed_agreement_reads_back_from_pdf_and_docx(
    demo_db: Database, people: dict[str, Actor], customer: str
) -> None:
    number = signed_number(demo_db, customer)
    files = export.export_agreement(demo_db, people["linh"], number)
    detail = agreements.get_agreement(demo_db, number)
    assert [f.format for f in files] == ["pdf", "docx"]
    texts = {f.format: pdf_text(f.path) if f.format == "pdf" else docx_text(f.path) for f in files}
    for fmt, text in texts.items():
        flat = " ".join(text.split())
        assert detail.customer_name in flat, fmt
        assert detail.contact_name in flat, fmt
        for line in detail.lines:
            assert f"{line.service_shown}: {line.level_shown}" in flat, fmt  # in the customer's language
            assert line.shown_service_name and line.service_name not in flat, fmt  # not the catalogue's English
            assert line.site in flat, fmt
            for amount in (line.unit_price, line.line_total):
                assert " ".join(format_money(amount, detail.currency, detail.language).split()) in flat, fmt
            for priority, response, resolution, _ in line.targets:
                words = DocumentWords(detail.language, detail.currency)
                shown = f"{priority_text(priority, detail.language)} {words.duration(response)} {words.duration(resolution)}"
                assert " ".join(shown.split()) in flat, fmt
        for signature in detail.signatures:
            assert signature.name in flat, fmt
        assert detail.content_sha256 is not None and detail.content_sha256[:16] in flat, fmt
    if detail.language == "vi":
        assert "Thời gian phản hồi" in texts["docx"] and "Chữ ký" in texts["docx"]
        assert "Thời gian phản hồi" in " ".join(texts["pdf"].split())
        assert "4.088,00" in texts["docx"]  # the monthly total in Vietnamese number format
    else:
        assert "Waktu respons" in texts["docx"] and "Tanda tangan" in texts["docx"]
        assert "2.520,00" in texts["docx"]


def test_export_is_recorded_with_sha256_in_the_register(demo_db: Database, people: dict[str, Actor]) -> None:
    number = signed_number(demo_db, "Sông Hồng")
    files = export.export_agreement(demo_db, people["linh"], number, ("pdf",))
    (file,) = files
    assert file.sha256 == hashlib.sha256(file.path.read_bytes()).hexdigest()
    assert file.path.parent == demo_db.path.parent / "register" / "Công-ty-TNHH-Phần-mềm-Sông-Hồng" / number / "v1"
    row = register.list_agreements(demo_db, search=number)[0]
    assert [(d.format, d.sha256, Path(d.path)) for d in row.documents] == [("pdf", file.sha256, file.path)]


def test_re_export_of_the_same_bytes_writes_nothing_and_says_so(demo_db: Database, people: dict[str, Actor]) -> None:
    number = signed_number(demo_db, "Nusantara")
    first = export.export_agreement(demo_db, people["linh"], number)
    again = export.export_agreement(demo_db, people["linh"], number)
    assert [file.existing for file in first] == [False, False] and [file.existing for file in again] == [True, True]
    assert [(file.path, file.sha256) for file in again] == [(file.path, file.sha256) for file in first]
    assert sorted(path.name for path in first[0].path.parent.iterdir()) == [f"{number}-v1.docx", f"{number}-v1.pdf"]
    with demo_db.read() as session:
        recorded = session.scalar(select(func.count()).select_from(RegisterDocument)
                                  .where(RegisterDocument.sha256.in_([file.sha256 for file in first])))
        exports = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "agreement.export", AuditEvent.detail.contains(first[0].sha256)))
    assert recorded == 2 and exports == 1  # recorded and audited once


def test_a_re_export_writes_what_the_register_lost_or_what_someone_changed(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    number = signed_number(demo_db, "Nusantara")
    pdf, docx_file = export.export_agreement(demo_db, people["linh"], number)
    docx_file.path.unlink()  # gone from the folder
    pdf.path.write_bytes(pdf.path.read_bytes() + b"%")  # changed behind the register's back
    again = export.export_agreement(demo_db, people["linh"], number)
    # a team database keeps the bytes: the lost file comes back from it; a file database writes it again
    assert [file.existing for file in again] == [False, demo_db.dialect != "sqlite"]
    assert again[1].path == docx_file.path and again[1].sha256 == docx_file.sha256  # where it was
    assert again[0].path != pdf.path and again[0].sha256 == pdf.sha256  # a new copy beside the changed file
    (only,) = export.export_agreement(demo_db, people["linh"], number, ("docx",))
    assert only.existing and only.path == docx_file.path


def test_only_signed_agreements_are_exported(demo_db: Database, people: dict[str, Actor]) -> None:
    draft = register.list_agreements(demo_db, status=Status.DRAFT)[0].number
    with pytest.raises(TransitionError, match="only signed"):
        export.export_agreement(demo_db, people["linh"], draft)


def test_unwritable_folder_is_refused_and_nothing_is_recorded(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    number = signed_number(demo_db, "Nusantara")
    with pytest.raises(export.ExportError, match="cannot create folder"):
        export.export_agreement(demo_db, people["linh"], number, out_dir=blocker / "out")
    assert register.list_agreements(demo_db, search=number)[0].documents == ()


def test_failed_render_leaves_no_file_and_no_record(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(document: object, path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export.RENDERERS, "docx", broken)
    number = signed_number(demo_db, "Nusantara")
    with pytest.raises(export.ExportError, match="No space left"):
        export.export_agreement(demo_db, people["linh"], number, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nor the folder it made for them (issue 9, item 10)
    assert register.list_agreements(demo_db, search=number)[0].documents == ()


# Preview and batch export

SIGNED_IN_DEMO = ["SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"]


def recorded(db: Database) -> dict[str, str]:
    """Path -> SHA-256 of every document the register records."""
    return {d.path: d.sha256 for row in register.list_agreements(db) for d in row.documents}


def assert_only_complete_recorded_files(db: Database) -> None:
    files = register_files(db)
    assert not [p for p in files if p.name.startswith(".") or p.suffix == ".tmp"], files
    assert {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files} == recorded(db)


def test_preview_renders_any_status_and_records_nothing(demo_db: Database) -> None:
    draft = register.list_agreements(demo_db, status=Status.DRAFT)[0].number
    data = export.preview_pdf(demo_db, draft)
    assert data.startswith(b"%PDF")
    import io

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1 and draft in reader.pages[0].extract_text()
    assert register_files(demo_db) == [] and recorded(demo_db) == {}


def test_batch_exports_the_signed_agreements_of_the_view_and_skips_the_rest(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    export.export_agreement(demo_db, people["linh"], "SLA-2026-0002")
    export.export_agreement(demo_db, people["linh"], "SLA-2026-0003", ("pdf",))  # the DOCX is still missing
    seen: list[tuple[int, int, str]] = []
    report = export.export_batch(demo_db, people["anna"], RegisterFilter(), progress=lambda *p: seen.append(p))
    written = ["SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0001"]
    assert report.exported == [*written, "SLA-2026-0003"]
    assert (report.already_exported, report.not_signed, report.skipped) == (1, 4, 5)
    assert report.errors == [] and not report.cancelled and report.not_started == 0
    assert [(f.number, f.format) for f in report.files] == [
        *((number, kind) for number in written for kind in ("pdf", "docx")), ("SLA-2026-0003", "docx"),
    ]
    assert seen == [(0, 0, ""), *((n, 5, number) for n, number in enumerate([*written, "SLA-2026-0003"])), (5, 5, "")]
    for number in SIGNED_IN_DEMO:
        row = register.list_agreements(demo_db, search=number)[0]
        assert sorted(d.format for d in row.documents) == ["docx", "pdf"], number
    assert_only_complete_recorded_files(demo_db)
    again = export.export_batch(demo_db, people["anna"], RegisterFilter())
    assert (again.exported, again.already_exported, again.not_signed) == ([], 6, 4)


def test_batch_follows_the_filter(demo_db: Database, people: dict[str, Actor]) -> None:
    report = export.export_batch(demo_db, people["anna"], RegisterFilter(status=Status.SIGNED), ("pdf",))
    assert report.exported == ["SLA-2026-0002", "SLA-2026-0003"] and report.skipped == 0
    assert [f.format for f in report.files] == ["pdf", "pdf"]


def test_cancelled_batch_finishes_the_agreement_in_hand_and_starts_no_other(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    started: list[str] = []
    report = export.export_batch(
        demo_db, people["anna"], RegisterFilter(),
        progress=lambda _done, _total, number: started.append(number) if number else None,
        should_cancel=lambda: len(started) >= 1,  # Cancel pressed while the first is written
    )
    assert started == ["SLA-2024-0001"]
    assert report.cancelled and report.exported == ["SLA-2024-0001"] and report.not_started == 5
    assert [f.format for f in report.files] == ["pdf", "docx"]
    assert_only_complete_recorded_files(demo_db)
    assert len(register_files(demo_db)) == 2


def test_batch_cancelled_before_it_starts_writes_nothing(demo_db: Database, people: dict[str, Actor]) -> None:
    report = export.export_batch(demo_db, people["anna"], RegisterFilter(), should_cancel=lambda: True)
    assert report.cancelled and report.exported == [] and register_files(demo_db) == []


def test_batch_reports_each_failure_and_goes_on(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = export.RENDERERS["docx"]

    def full_disk_for_one(document: object, path: Path) -> None:
        if "SLA-2026-0001" in path.name:
            raise OSError(28, "No space left on device")
        real(document, path)  # type: ignore[arg-type]

    monkeypatch.setitem(export.RENDERERS, "docx", full_disk_for_one)
    report = export.export_batch(demo_db, people["anna"], RegisterFilter())
    assert report.exported == ["SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0002", "SLA-2026-0003"]
    assert report.errors == [("SLA-2026-0001", "cannot write SLA-2026-0001: No space left on device")]
    assert register.list_agreements(demo_db, search="SLA-2026-0001")[0].documents == ()
    assert_only_complete_recorded_files(demo_db)


def test_wrong_passphrase_stops_the_batch_at_once(demo_db: Database, people: dict[str, Actor]) -> None:
    export.check_passphrase(demo_db, "the right passphrase")  # creates the signing key
    with pytest.raises(ValidationError, match="wrong passphrase"):
        export.check_passphrase(demo_db, "not the passphrase")
    report = export.export_batch(demo_db, people["anna"], RegisterFilter(), passphrase="not the passphrase")
    assert report.exported == [] and report.not_started == 5
    assert report.errors == [("SLA-2024-0001", "wrong passphrase for the provider's signing key")]
    assert register_files(demo_db) == []
