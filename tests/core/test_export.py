from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from slamdesk.core import agreements, export, register
from slamdesk.core.catalogue import format_duration, priority_label
from slamdesk.core.db import Database
from slamdesk.core.errors import TransitionError
from slamdesk.core.lifecycle import Status
from slamdesk.core.money import format_money
from slamdesk.core.roles import Actor


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
            assert f"{line.service_name}: {line.level_name}" in flat, fmt
            assert line.site in flat, fmt
            for amount in (line.unit_price, line.line_total):
                assert " ".join(format_money(amount, detail.currency, detail.language).split()) in flat, fmt
            for priority, response, resolution, _ in line.targets:
                assert f"{priority_label(priority)} {format_duration(response)} {format_duration(resolution)}" in flat, fmt
        for signature in detail.signatures:
            assert signature.name in flat, fmt
        assert detail.content_sha256 is not None and detail.content_sha256[:16] in flat, fmt
    if detail.language == "vi":
        assert "Thời gian phản hồi" in texts["docx"] and "Chữ ký" in texts["docx"]
        assert "Thời gian phản hồi" in " ".join(texts["pdf"].split())
        assert "4.270,00" in texts["docx"]  # the monthly total in Vietnamese number format
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


def test_re_export_never_overwrites_and_keeps_the_content_hash(demo_db: Database, people: dict[str, Actor]) -> None:
    number = signed_number(demo_db, "Nusantara")
    (first,) = export.export_agreement(demo_db, people["linh"], number, ("pdf",))
    (second,) = export.export_agreement(demo_db, people["linh"], number, ("pdf",))
    assert first.path != second.path and first.path.exists()
    assert first.sha256 == second.sha256


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
    assert list((tmp_path / "out").iterdir()) == []
    assert register.list_agreements(demo_db, search=number)[0].documents == ()
