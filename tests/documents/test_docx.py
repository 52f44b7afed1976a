"""DOCX renderer: read the file back with python-docx."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from fontTools.ttLib import TTFont
from lxml import etree

from slamdesk.documents import docx as docx_renderer
from slamdesk.documents.fonts import embedded_font, font_path, widest_word
from slamdesk.documents.tree import Document, Paragraph

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


def test_contract_cover_then_a_toc_field_listing_the_headings(tmp_path: Path) -> None:
    out = _render(contract_document(), tmp_path)
    styled = _styled(out)
    texts = [text for _, text in styled]
    assert ("Subtitle", "Servicenivåavtal med kund") in styled
    assert ("Title", "Serviceavtal SLA-2026-0001") in styled
    assert texts.index(SWEDISH) < texts.index("och") < texts.index(UKRAINIAN_COMPANY) < texts.index("Innehåll")
    assert ["Avtalsnummer", "SLA-2026-0001"] in _cells(out)[0]
    assert ("TOC Heading", "Innehåll") in styled
    toc = [(style, text) for style, text in styled if style.startswith("toc ")]
    assert toc == [
        ("toc 1", "1\tParter"), ("toc 1", "2\tOmfattning"), ("toc 1", "3\tTjänster"),
        ("toc 2", "3.1\tMục tiêu theo mức ưu tiên"), ("toc 2", "3.2\tЦіни / Harga"),
        ("toc 1", "4\tServicekrediter"), ("toc 1", "5\tUnderskrifter"),
    ]
    instructions = [el.text.strip() for el in out.element.body.iter(qn("w:instrText"))]
    assert instructions == ['TOC \\o "1-2" \\h \\z \\u']
    settings = out.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_toc_entries_link_to_bookmarks_on_the_numbered_headings(tmp_path: Path) -> None:
    out = _render(contract_document(), tmp_path)
    body = out.element.body
    anchors = [link.get(qn("w:anchor")) for link in body.iter(qn("w:hyperlink"))]
    marks = {mark.get(qn("w:name")): mark.getparent() for mark in body.iter(qn("w:bookmarkStart"))}
    assert len(anchors) == 7 and set(anchors) <= set(marks)
    headings = [(p.style.name, p.text) for p in out.paragraphs if p._p in marks.values()]
    assert ("Heading 1", "1\tParter") in headings and ("Heading 2", "3.2\tЦіни / Harga") in headings


def test_numbered_lists_use_list_number_and_each_restarts_at_one(tmp_path: Path) -> None:
    out = _render(contract_document(), tmp_path)
    items = [p for p in out.paragraphs if p.style is not None and p.style.name == "List Number"]
    assert [p.text for p in items] == [*SCOPE_ITEMS, "Första", "Andra"]
    num_ids = [p._p.pPr.numPr.numId.val for p in items]
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3]
    numbering = out.part.numbering_part.element
    style_num = out.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    for num_id in {num_ids[0], num_ids[2]}:
        num = numbering.num_having_numId(num_id)
        assert num.abstractNumId.val == abstract
        assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_notes_totals_signature_marks_and_the_second_footer_line(tmp_path: Path) -> None:
    out = _render(contract_document(), tmp_path)
    assert ("Note", "Standardvillkor.") in _styled(out)
    prices = next(t for t in out.tables if t.rows[0].cells[0].text == "Nivå")
    total = prices.rows[-1]
    assert [c.text for c in total.cells] == ["Summa per månad", "", "44 400,00"]
    assert all(run.bold for cell in total.cells for run in cell.paragraphs[0].runs)
    flat = [text for row in _cells(out)[-1] for text in row]
    assert "Åsa Öberg, elektroniskt" in flat and flat.count("Underskrift") == 2
    footer = [p.text for p in out.sections[0].footer.paragraphs]
    assert footer[1] == CONTRACT_FOOTER_DETAIL


def test_a_narrow_column_is_widened_to_its_longest_word(tmp_path: Path) -> None:
    prices = next(t for t in _render(contract_document(), tmp_path).tables if t.rows[0].cells[0].text == "Nivå")
    widths = [cell.width for cell in prices.rows[0].cells]
    needed = Pt(widest_word("Kількість", docx_renderer.CELL_SIZE, bold=True) + docx_renderer.CELL_MARGINS)
    assert widths[1] >= needed - 1
    assert abs(sum(widths) - docx_renderer.TEXT_WIDTH) < 635 * len(widths)  # whole twips


def test_dejavu_fonts_are_embedded_obfuscated(tmp_path: Path) -> None:
    path = tmp_path / "out.docx"
    docx_renderer.render(contract_document(), path)
    with zipfile.ZipFile(path) as package:
        table = package.read("word/fontTable.xml")
        rels = package.read("word/_rels/fontTable.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
        fonts = {name: package.read(name) for name in package.namelist() if name.endswith(".odttf")}
    assert len(fonts) == 3 and "obfuscatedFont" in types
    root = etree.fromstring(table)
    font = next(f for f in root.iter(qn("w:font")) if f.get(qn("w:name")) == "DejaVu Sans")
    expected = {
        "w:embedRegular": font_path(), "w:embedBold": font_path(bold=True), "w:embedItalic": font_path(italic=True),
    }
    for tag, source in expected.items():
        embed = font.find(qn(tag))
        rid, key = embed.get(qn("r:id")), embed.get(qn("w:fontKey"))
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels)
        assert target is not None
        data = fonts["word/" + (target.group(1) or target.group(2))]
        digits = key.strip("{}").replace("-", "")
        mask = bytes(int(digits[i:i + 2], 16) for i in range(30, -1, -2))
        plain = bytes(b ^ mask[i % 16] for i, b in enumerate(data[:32])) + data[32:]
        assert plain == embedded_font(source), tag
        font_file = TTFont(io.BytesIO(plain))
        assert font_file["name"].getDebugName(1) == "DejaVu Sans" and font_file.getGlyphSet()  # a font Word can read
        letters = font_file.getBestCmap()
        assert all(ord(c) in letters for c in "åäöÅÄÖạếưđĐŨїЇґєіІ€№–…«»"), tag  # the five languages' letters
        assert not any(ord(c) in letters for c in "αΩשع"), tag  # not Greek, Hebrew, Arabic: what nobody writes here
        assert len(plain) < source.stat().st_size / 2
    assert docx.Document(str(path)).settings.element.find(qn("w:embedTrueTypeFonts")) is not None


def test_the_docx_carries_nothing_it_does_not_need(tmp_path: Path) -> None:
    path = tmp_path / "out.docx"
    docx_renderer.render(contract_document(), path)
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        relations = package.read("word/_rels/document.xml.rels").decode()
    assert not [name for name in names if "stylesWithEffects" in name or "thumbnail" in name]
    assert "stylesWithEffects" not in relations
    assert path.stat().st_size < 450_000  # the whole fonts made a contract 1.1 MB
    again = tmp_path / "again.docx"
    docx_renderer.render(contract_document(), again)
    assert again.read_bytes() == path.read_bytes()
