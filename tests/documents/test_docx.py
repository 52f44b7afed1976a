"""DOCX renderer: read the file back with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from slamdesk.documents import docx as docx_renderer
from slamdesk.documents.tree import Document, Paragraph

from .sample import (
    FOOTER,
    INDONESIAN_NAME,
    SERVICE_HEADERS,
    SERVICE_ROWS,
    SPECIAL,
    SWEDISH,
    UKRAINIAN_COMPANY,
    UKRAINIAN_NAME,
    VIETNAMESE_COMPANY,
    VIETNAMESE_NAME,
    long_table_document,
    sample_document,
    seed_lines,
)


def _render(document: Document, tmp_path: Path, name: str = "out.docx") -> DocxDocument:
    path = tmp_path / name
    docx_renderer.render(document, path)
    return docx.Document(str(path))


def _styled(out: DocxDocument) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in out.paragraphs if p.style is not None]


def _cells(out: DocxDocument) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in out.tables]


def test_title_and_heading_styles(tmp_path: Path) -> None:
    styled = _styled(_render(sample_document(), tmp_path))
    assert ("Title", "Serviceavtal SLA-2026-0001") in styled
    assert ("Heading 1", "1. Parter / Các bên / Сторони") in styled
    assert ("Heading 2", "2.1 Mục tiêu theo mức ưu tiên") in styled
    assert ("Heading 3", "2.2 Ціни / Harga") in styled
    assert ("Heading 2", "Underskrifter / Chữ ký / Підписи") in styled
    assert ("Normal", SPECIAL) in styled


def test_key_values_and_table_cells(tmp_path: Path) -> None:
    tables = _cells(_render(sample_document(), tmp_path))
    parties, services = tables[0], tables[1]
    assert ["Leverantör", SWEDISH] in parties
    assert ["Khách hàng", f"{VIETNAMESE_COMPANY}, {VIETNAMESE_NAME}"] in parties
    assert ["Замовник", f"{UKRAINIAN_COMPANY}, {UKRAINIAN_NAME}"] in parties
    assert services[0] == list(SERVICE_HEADERS)
    assert services[1:] == [list(row) for row in SERVICE_ROWS]


def test_header_row_repeats_is_bold_and_numbers_align_right(tmp_path: Path) -> None:
    table = _render(sample_document(), tmp_path).tables[1]
    header, first = table.rows[0], table.rows[1]
    assert header._tr.trPr is not None
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert first._tr.trPr is None or first._tr.trPr.find(qn("w:tblHeader")) is None
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    assert table.style is not None and table.style.name == "Table Grid"
    for col in (2, 3):
        assert first.cells[col].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert first.cells[0].paragraphs[0].alignment is None


def test_signatures_table(tmp_path: Path) -> None:
    signatures = _cells(_render(sample_document(), tmp_path))[-1]
    flat = [text for row in signatures for text in row]
    for expected in (SWEDISH, VIETNAMESE_COMPANY, UKRAINIAN_COMPANY,
                     f"Namn: {VIETNAMESE_NAME}", f"Namn: {INDONESIAN_NAME}",
                     f"Namn: {UKRAINIAN_NAME}", "Titel: Директорка",
                     "Undertecknat: 2026-03-03 11:45"):
        assert expected in flat, expected


def test_page_break_and_footer_with_page_field(tmp_path: Path) -> None:
    out = _render(sample_document(), tmp_path)
    breaks = out.element.body.findall(".//" + qn("w:br"))
    assert any(br.get(qn("w:type")) == "page" for br in breaks)
    footer = out.sections[0].footer
    assert not footer.is_linked_to_previous
    text = footer.paragraphs[0].text
    assert FOOTER in text and "Page" in text and " of " in text
    instructions = [el.text.strip() for el in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_fonts_are_dejavu_without_theme_fonts(tmp_path: Path) -> None:
    out = _render(sample_document(), tmp_path)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        fonts = out.styles[name].element.rPr.rFonts
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(qn(f"w:{attr}")) == "DejaVu Sans", (name, attr)
    for fonts in out.styles.element.iter(qn("w:rFonts")):
        assert not any(key.endswith(("Theme", "theme")) for key in fonts.attrib)


def test_core_properties(tmp_path: Path) -> None:
    props = _render(sample_document(), tmp_path).core_properties
    assert props.title == "Serviceavtal SLA-2026-0001"
    assert props.language == "sv"
    assert props.created is None and props.modified is None


def test_page_is_a4(tmp_path: Path) -> None:
    section = _render(sample_document(), tmp_path).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_long_table_has_one_repeating_header(tmp_path: Path) -> None:
    table = _render(long_table_document(120), tmp_path).tables[0]
    assert len(table.rows) == 121
    flags = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
             for row in table.rows]
    assert flags[0] and not any(flags[1:])
    assert table.rows[120].cells[0].text == "M119"


def test_seed_texts_render(tmp_path: Path) -> None:
    lines = seed_lines()
    texts = [p.text for p in _render(sample_document(lines), tmp_path).paragraphs]
    for line in lines:
        assert line in texts, line[:60]





def test_control_characters_are_dropped(tmp_path: Path) -> None:
    out = _render(Document("T\x00itle", "", "en", "f\x07oot", (Paragraph("a\x0bb"),)), tmp_path)
    assert ("Title", "Title") in _styled(out)
    assert ("Normal", "ab") in _styled(out)
