"""PDF renderer: read the file back with pypdf, never just "the file exists"."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from slamdesk.documents import pdf
from slamdesk.documents.tree import Document, Heading, Note, Paragraph, Table

from .sample import (
    CONTRACT_FOOTER_DETAIL,
    FOOTER,
    INDONESIAN_NAME,
    SCOPE_ITEMS,
    SERVICE_HEADERS,
    SERVICE_ROWS,
    SPECIAL,
    SWEDISH,
    UKRAINIAN_COMPANY,
    UKRAINIAN_NAME,
    VIETNAMESE_COMPANY,
    VIETNAMESE_NAME,
    contract_document,
    long_table_document,
    normalise,
    sample_document,
    seed_lines,
)


def _render(document: Document, tmp_path: Path, name: str = "out.pdf") -> PdfReader:
    path = tmp_path / name
    pdf.render(document, path)
    return PdfReader(path)


def _texts(reader: PdfReader) -> list[str]:
    return [normalise(page.extract_text()) for page in reader.pages]


def test_text_reads_back_in_every_script(tmp_path: Path) -> None:
    reader = _render(sample_document(), tmp_path)
    pages = _texts(reader)
    text = " ".join(pages)
    for expected in (
        "Serviceavtal SLA-2026-0001",
        SWEDISH, VIETNAMESE_COMPANY, VIETNAMESE_NAME, INDONESIAN_NAME,
        UKRAINIAN_COMPANY, UKRAINIAN_NAME,
        "1. Parter / Các bên / Сторони", "2.1 Mục tiêu theo mức ưu tiên", "2.2 Ціни / Harga",
        "Underskrifter / Chữ ký / Підписи", "Undertecknat: 2026-03-03 11:45",
        "Giám đốc", "Директорка", "12 500,00",
        SPECIAL,  # XML specials are escaped, not parsed as markup
    ):
        assert normalise(expected) in text, expected
    for cell in (*SERVICE_HEADERS, *(c for row in SERVICE_ROWS for c in row)):
        assert normalise(cell) in text, cell


def test_footer_and_page_numbers_on_every_page(tmp_path: Path) -> None:
    reader = _render(sample_document(), tmp_path)
    pages = _texts(reader)
    assert len(pages) >= 2  # the sample has a page break before the signatures
    for number, text in enumerate(pages, start=1):
        assert FOOTER in text
        assert f"Page {number} of {len(pages)}" in text


def test_page_labels_are_translated(tmp_path: Path) -> None:
    document = replace(sample_document(), page_label="Sida", page_of_label="av")
    pages = _texts(_render(document, tmp_path))
    assert f"Sida 1 av {len(pages)}" in pages[0]


def test_only_embedded_dejavu_fonts(tmp_path: Path) -> None:
    reader = _render(sample_document(), tmp_path)
    seen: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            seen.add(base.split("+")[-1])
            assert "DejaVuSans" in base, base
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), base
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_metadata_and_outline(tmp_path: Path) -> None:
    reader = _render(sample_document(), tmp_path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Serviceavtal SLA-2026-0001"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "1. Parter / Các bên / Сторони" in titles


def test_long_table_repeats_header_on_next_page(tmp_path: Path) -> None:
    pages = _texts(_render(long_table_document(120), tmp_path))
    assert len(pages) > 1
    for text in pages:
        assert "Month Incident Credit (%)" in text
    assert "M000" in pages[0] and "M119" in pages[-1]
    assert "M119" not in pages[0]


def test_heading_before_long_table_does_not_leave_blank_page(tmp_path: Path) -> None:
    table = long_table_document(120).blocks[0]
    document = replace(long_table_document(), blocks=(Heading("Credits", 1), table))
    pages = _texts(_render(document, tmp_path))
    assert "Credits Month Incident Credit (%) M000" in pages[0]


def test_control_characters_and_newlines(tmp_path: Path) -> None:
    document = Document("T\x00itle", "", "en", "f\x07oot", (Paragraph("a\x0bb\nnext line"),))
    text = _render(document, tmp_path).pages[0].extract_text()
    assert "Title" in text and "foot" in text
    assert "ab\nnext line" in text


def test_seed_texts_render(tmp_path: Path) -> None:
    lines = seed_lines()
    text = " ".join(_texts(_render(sample_document(lines), tmp_path)))
    for line in lines:
        assert normalise(line) in text, line[:60]


def test_overwrite_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    pdf.render(sample_document(), target)
    pdf.render(long_table_document(10), target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    assert "M009" in PdfReader(target).pages[0].extract_text()


def test_empty_document_still_renders(tmp_path: Path) -> None:
    reader = _render(Document("", "", "en", ""), tmp_path)
    assert len(reader.pages) == 1
    assert "Page 1 of 1" in reader.pages[0].extract_text()


def test_contract_opens_with_a_cover_then_the_contents(tmp_path: Path) -> None:
    pages = _texts(_render(contract_document(), tmp_path))
    cover = pages[0]
    for expected in ("Servicenivåavtal med kund", "Serviceavtal SLA-2026-0001", "mellan", SWEDISH,
                     "Leverantör", "och", UKRAINIAN_COMPANY, "Kund", "Avtalsnummer SLA-2026-0001",
                     "ab" * 32, f"Upprättat av {SWEDISH}"):
        assert normalise(expected) in cover, expected
    assert "1 Parter" not in cover
    assert pages[1].startswith("Innehåll")


def test_contents_list_every_heading_with_the_page_it_is_on(tmp_path: Path) -> None:
    pages = _texts(_render(contract_document(extra_lines=40), tmp_path))
    entries = re.findall(r"(\d+(?:\.\d+)?) (\D+?) (?:\. ?)+(\d+)", pages[1])
    assert [(number, title) for number, title, _ in entries] == [
        ("1", "Parter"), ("2", "Omfattning"), ("3", "Tjänster"), ("3.1", "Mục tiêu theo mức ưu tiên"),
        ("3.2", "Ціни / Harga"), ("4", "Servicekrediter"), ("5", "Underskrifter"),
    ]
    for number, title, page in entries:
        assert f"{number} {title}" in pages[int(page) - 1], (number, title, page)
    assert int(entries[-1][2]) == len(pages) > 4


def test_numbered_headings_go_to_the_outline_with_their_numbers(tmp_path: Path) -> None:
    reader = _render(contract_document(), tmp_path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == ["1 Parter", "2 Omfattning", "3 Tjänster", "4 Servicekrediter", "5 Underskrifter"]
    children = next(item for item in reader.outline if isinstance(item, list))
    assert [item.title for item in children] == ["3.1 Mục tiêu theo mức ưu tiên", "3.2 Ціни / Harga"]


def test_lists_notes_totals_and_the_second_footer_line(tmp_path: Path) -> None:
    pages = _texts(_render(contract_document(), tmp_path))
    text = " ".join(pages)
    for expected in (*(f"{n}. {item}" for n, item in enumerate(SCOPE_ITEMS, start=1)), "1. Första 2. Andra",
                     "Standardvillkor.", "Summa per månad 44 400,00", "Bas 1 12 500,00",
                     "99,8 % till under 99,9 %", "Åsa Öberg, elektroniskt", "Underskrift"):
        assert normalise(expected) in text, expected
    assert all(normalise(CONTRACT_FOOTER_DETAIL) in page and FOOTER in page for page in pages)


def test_a_narrow_column_is_widened_so_no_word_breaks(tmp_path: Path) -> None:
    text = " ".join(_texts(_render(contract_document(), tmp_path)))
    assert "Nivå Kількість Summa" in text


def test_a_short_table_moves_whole_to_the_next_page_with_its_heading(tmp_path: Path) -> None:
    for filler in range(30, 46):
        blocks = (*(Paragraph(f"Line {n}") for n in range(filler)), Heading("Targets", 2),
                  Table(headers=SERVICE_HEADERS, rows=SERVICE_ROWS))
        pages = _texts(_render(Document("T", "", "en", "F", blocks), tmp_path))
        holding = [i for i, page in enumerate(pages) if "Hỗ trợ kỹ thuật" in page or "Övervakning" in page]
        assert len(set(holding)) == 1 and "Targets" in pages[holding[0]], filler


def test_a_heading_and_an_intro_stay_with_the_short_table_they_introduce(tmp_path: Path) -> None:
    for filler in range(26, 44):
        blocks = (*(Paragraph(f"Line {n}") for n in range(filler)), Heading("Targets", 1),
                  Paragraph("The targets below apply to every site."),
                  Table(headers=SERVICE_HEADERS, rows=SERVICE_ROWS), Note("Clause version 1"))
        pages = _texts(_render(Document("T", "", "en", "F", blocks), tmp_path))
        table_page = next(i for i, page in enumerate(pages) if "Övervakning" in page)
        assert "Targets" in pages[table_page] and "apply to every site" in pages[table_page], filler
