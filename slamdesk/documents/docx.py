"""Render a :class:`~slamdesk.documents.tree.Document` to DOCX with python-docx.

The file is meant to be edited by a legal reviewer: headings use Word's
"Heading 1".."Heading 3" (so the navigation pane and the outline work),
numbered lists use "List Number", tables use "Table Grid", the contents are
a real TOC field (Word updates it on opening) and the DejaVu fonts are
embedded, so every script looks the same on a machine without them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, Twips
from docx.table import Table as DocxTable, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from slamdesk.documents.fonts import widest_word
from slamdesk.documents.tree import (
    Block,
    Chart,
    Document,
    Heading,
    KeyValues,
    Note,
    NumberedList,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    TableOfContents,
    TitlePage,
    fit_widths,
)

from .docx_setup import (
    INK,
    MUTED,
    NUMBER_GUTTER,
    TEXT_WIDTH,
    clean,
    embed_fonts,
    normalise_zip,
    setup_page,
    setup_properties,
    setup_settings,
    setup_styles,
)
from .files import write_atomic

# Text size in data tables, and the left + right cell margins of "Table Grid" (points).
CELL_SIZE = 9
# Tables of up to this many rows are kept on one page.
KEEP_TABLE_ROWS = 12
CELL_MARGINS = 2 * 5.4 + 1
HEADER_FILL = "EEF0F4"
SEAL_FILL = "F6F6F6"

# Successor tags, so inserted elements keep the schema order Word insists on.
_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                   "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
                   "w:tcPrChange")
_TCPR_AFTER_BORDERS = ("w:shd", *_TCPR_AFTER_SHD)
_TRPR_AFTER_CANTSPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc",
                         "w:hidden", "w:ins", "w:del", "w:trPrChange")
_TRPR_AFTER_HEADER = _TRPR_AFTER_CANTSPLIT[2:]
_PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                   "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                   "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")
_PPR_AFTER_SHD = _PPR_AFTER_PBDR[1:]


@dataclass
class _Context:
    """What blocks need beyond themselves: the package, and the bookmark of each heading."""

    out: DocxDocument
    document: Document
    # Index of a heading in ``document.blocks`` -> its bookmark ("_Toc000001").
    anchors: dict[int, str]
    list_style_num: int


def _chart(out: DocxDocument, chart: Chart) -> None:
    """The chart as a picture the width of the text, its title as the picture's description."""
    from .charts import WIDTH, png_bytes

    out.add_picture(io.BytesIO(png_bytes(chart)), width=Pt(WIDTH))
    picture = out.inline_shapes[-1]
    picture._inline.docPr.set("descr", chart.title)  # noqa: SLF001 (python-docx has no API for alt text)


def render(document: Document, path: Path) -> None:
    """Write ``document`` as a DOCX to ``path`` atomically (temp file + rename).

    A missing folder raises ``FileNotFoundError`` and writes nothing.
    """
    write_atomic(Path(path), render_bytes(document))


def render_bytes(document: Document) -> bytes:
    """The DOCX for ``document``; identical trees give identical bytes."""
    out = docx.Document()
    setup_page(out)
    setup_styles(out, document.language)
    setup_properties(out, document)
    setup_settings(out, document)
    embed_fonts(out)
    if not document.has_title_page:
        if document.title:
            out.add_paragraph(clean(document.title), style="Title")
        if document.subtitle:
            subtitle = out.add_paragraph(clean(document.subtitle), style="Subtitle")
            subtitle.paragraph_format.space_after = Pt(12)
    anchors = {
        index: f"_Toc{number:06d}"
        for number, index in enumerate(
            (i for i, block in enumerate(document.blocks) if isinstance(block, Heading)), start=1
        )
    }
    context = _Context(out, document, anchors, _list_number_abstract(out))
    for index, block in enumerate(document.blocks):
        _block(context, index, block)
    _footer(out, document)
    buffer = io.BytesIO()
    out.save(buffer)
    return normalise_zip(buffer.getvalue())


def _block(context: _Context, index: int, block: Block) -> None:
    out = context.out
    if isinstance(block, Heading):
        _heading(out, block, context.anchors[index], index)
    elif isinstance(block, Paragraph):
        out.add_paragraph(clean(block.text), style="Normal")
    elif isinstance(block, Note):
        out.add_paragraph(clean(block.text), style="Note")
    elif isinstance(block, NumberedList):
        _numbered_list(context, block)
    elif isinstance(block, KeyValues):
        _key_values(out, block)
    elif isinstance(block, Table):
        _table(out, block)
    elif isinstance(block, SignatureBlock):
        _signatures(out, block)
    elif isinstance(block, TitlePage):
        _title_page(out, block)
    elif isinstance(block, TableOfContents):
        _contents(context, block)
    elif isinstance(block, PageBreak):
        out.add_page_break()
    elif isinstance(block, Chart):
        _chart(out, block)
    else:
        raise TypeError(f"unknown block: {type(block).__name__}")


def _heading(out: DocxDocument, block: Heading, anchor: str, bookmark_id: int) -> None:
    """A "Heading N" paragraph, its number hanging before a tab, wrapped in a bookmark."""
    paragraph = out.add_paragraph(style=f"Heading {min(max(block.level, 1), 3)}")
    if block.number:
        paragraph.add_run(f"{clean(block.number)}\t")
        paragraph.paragraph_format.left_indent = NUMBER_GUTTER
        paragraph.paragraph_format.first_line_indent = -NUMBER_GUTTER
        paragraph.paragraph_format.tab_stops.add_tab_stop(NUMBER_GUTTER)
    paragraph.add_run(clean(block.text))
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), anchor)
    end.set(qn("w:id"), str(bookmark_id))
    paragraph._p.insert(1, start)  # after w:pPr
    paragraph._p.append(end)


def _numbered_list(context: _Context, block: NumberedList) -> None:
    """"List Number" paragraphs; each list restarts at 1."""
    if not block.items:
        return
    numbering = context.out.part.numbering_part.element
    num = numbering.add_num(context.list_style_num)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for item in block.items:
        paragraph = context.out.add_paragraph(clean(item), style="List Number")
        numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = num.numId
    _spacer(context.out)


def _list_number_abstract(out: DocxDocument) -> int:
    """The abstract numbering behind the "List Number" style."""
    num_id = out.styles["List Number"].element.pPr.numPr.numId.val
    return out.part.numbering_part.element.num_having_numId(num_id).abstractNumId.val


def _title_page(out: DocxDocument, block: TitlePage) -> None:
    """The cover: kind, title, the parties, the facts, the seal; then a new page."""
    kind = out.add_paragraph(clean(block.kind), style="Subtitle")
    kind.paragraph_format.space_before = Pt(90)
    out.add_paragraph(clean(block.title), style="Title")
    if block.parties:
        _cover_line(out, block.between, italic=True, space_before=30)
    for index, (name, role) in enumerate(block.parties):
        if index:
            _cover_line(out, block.and_word, italic=True, space_before=6)
        _cover_line(out, name, bold=True, size=14, space_before=6)
        _cover_line(out, role, size=9.5)
    _cover_line(out, "", space_before=18)
    if block.facts:
        table = out.add_table(rows=len(block.facts), cols=2, style="Table Grid")
        _set_widths(table, _relative((0.32, 0.68)))
        for row, (key, value) in zip(table.rows, block.facts):
            _write(row.cells[0], key, size=8.5, muted=True)
            _write(row.cells[1], value)
    if block.seal:
        seal = _cover_line(out, block.seal, size=8, space_before=24)
        _border(seal._p.get_or_add_pPr(), ("top", "left", "bottom", "right"))
        _paragraph_shade(seal, SEAL_FILL)
    if block.prepared_by:
        _cover_line(out, block.prepared_by, size=9.5, space_before=14)
    out.add_page_break()


def _cover_line(out: DocxDocument, text: str, *, bold: bool = False, italic: bool = False,
                size: float = 10, space_before: float = 0) -> DocxParagraph:
    paragraph = out.add_paragraph(style="Normal")
    paragraph.paragraph_format.space_before = Pt(space_before)
    paragraph.paragraph_format.space_after = Pt(2)
    if text:
        run = paragraph.add_run(clean(text))
        run.bold = bold or None
        run.italic = italic or None
        run.font.size = Pt(size)
        if not bold:
            run.font.color.rgb = MUTED if (italic or size < 10) else INK
    return paragraph


def _contents(context: _Context, block: TableOfContents) -> None:
    """A TOC field over the headings.

    Its result lists the headings without page numbers (only a word processor
    knows its pages); Word fills them in on opening, LibreOffice on "Update".
    """
    out = context.out
    out.add_paragraph(clean(block.title), style="TOC Heading")
    depth = min(max(block.depth, 1), 3)
    entries = [
        (context.anchors[i], b) for i, b in enumerate(context.document.blocks)
        if isinstance(b, Heading) and b.level <= depth
    ]
    paragraphs = [out.add_paragraph(style=f"toc {b.level}") for _, b in entries] or [out.add_paragraph()]
    _field_runs(paragraphs[0], f'TOC \\o "1-{depth}" \\h \\z \\u', ("begin", "instr", "separate"))
    for paragraph, (anchor, heading) in zip(paragraphs, entries):
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), anchor)
        link.set(qn("w:history"), "1")
        paragraph._p.append(link)
        text = f"{clean(heading.number)}\t{clean(heading.text)}" if heading.number else clean(heading.text)
        link.append(paragraph.add_run(text)._r)
    _field_runs(out.add_paragraph(), "", ("end",))
    out.add_page_break()


def _key_values(out: DocxDocument, block: KeyValues) -> None:
    if not block.rows:
        return
    table = out.add_table(rows=len(block.rows), cols=2, style="Normal Table")
    _set_widths(table, _relative((0.32, 0.68)))
    for row, (key, value) in zip(table.rows, block.rows):
        label, text = row.cells
        _write(label, key, bold=True, keep_next=True)
        _write(text, value, keep_next=True)
    # Facts introduce what follows (a service's targets): keep them together.
    _spacer(out).paragraph_format.keep_with_next = True


def _table(out: DocxDocument, block: Table) -> None:
    ncols = max([len(block.headers), *(len(row) for row in (*block.rows, *block.footer_rows))], default=0)
    if ncols == 0:
        return
    numeric = set(block.numeric_columns)
    data = [*block.rows, *block.footer_rows]
    if block.headers:
        data.insert(0, block.headers)
    table = out.add_table(rows=len(data), cols=ncols, style="Table Grid")
    footer_from = len(data) - len(block.footer_rows)
    bold = [index >= footer_from or (index == 0 and bool(block.headers)) for index in range(len(data))]
    padded = [list(values) + [""] * (ncols - len(values)) for values in data]
    _set_widths(table, _column_widths(block.widths, padded, bold))
    for index, (row, values) in enumerate(zip(table.rows, padded)):
        header = index == 0 and bool(block.headers)
        # A short table stays on one page; a long one repeats its header row instead.
        keep = len(data) <= KEEP_TABLE_ROWS and index < len(data) - 1
        for col, (cell, text) in enumerate(zip(row.cells, values)):
            _write(cell, text, bold=bold[index], right=col in numeric, size=CELL_SIZE, keep_next=keep)
            if header:
                _shade(cell, HEADER_FILL)
        if header:
            trPr = row._tr.get_or_add_trPr()
            trPr.insert_element_before(OxmlElement("w:cantSplit"), *_TRPR_AFTER_CANTSPLIT)
            trPr.insert_element_before(OxmlElement("w:tblHeader"), *_TRPR_AFTER_HEADER)
    _spacer(out)


def _signatures(out: DocxDocument, block: SignatureBlock) -> None:
    if block.heading:
        out.add_heading(clean(block.heading), level=2)
    if not block.signatures:
        return
    name_l, title_l, signed_l = block.labels
    pairs = [block.signatures[i:i + 2] for i in range(0, len(block.signatures), 2)]
    per_pair = 7  # party | mark over the line | caption | name | title | signed | gap
    table = out.add_table(rows=per_pair * len(pairs), cols=3)  # sig | gap | sig
    _set_widths(table, _relative((0.45, 0.1, 0.45)))
    rows = table.rows
    for p, pair in enumerate(pairs):
        party, line, caption, name, title, signed, gap = rows[per_pair * p:per_pair * (p + 1)]
        line.height = Mm(16)
        line.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        gap.height = Mm(8)
        for row in (party, line, caption, name, title, signed, gap):
            trPr = row._tr.get_or_add_trPr()
            trPr.insert_element_before(OxmlElement("w:cantSplit"), *_TRPR_AFTER_CANTSPLIT)
        for side, sig in zip((0, 2), pair):
            _write(party.cells[side], sig.party, bold=True, keep_next=True)
            _write(line.cells[side], sig.mark, italic=True, keep_next=True)
            line.cells[side].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            _bottom_border(line.cells[side])
            _write(caption.cells[side], block.signature_label, size=7.5, muted=True, keep_next=True)
            _labelled(name.cells[side], name_l, sig.name)
            _labelled(title.cells[side], title_l, sig.title)
            _labelled(signed.cells[side], signed_l, sig.signed_at, keep_next=False)


def _footer(out: DocxDocument, document: Document) -> None:
    footer = out.sections[0].footer
    paragraph = footer.paragraphs[0]
    paragraph.style = out.styles["Footer"]
    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _border(paragraph._p.get_or_add_pPr(), ("top",))
    label, of_label = clean(document.page_label), clean(document.page_of_label)
    parts: list[str | tuple[str]] = [clean(document.footer), "\t", f"{label} ",
                                     ("PAGE",), f" {of_label} ", ("NUMPAGES",)]
    for part in parts:
        if isinstance(part, tuple):
            runs = _field(paragraph, part[0])
        else:
            runs = [paragraph.add_run(part)]
        for run in runs:
            run.font.size = Pt(8)
            run.font.color.rgb = MUTED
    if document.footer_detail:
        detail = footer.add_paragraph(style="Footer")
        run = detail.add_run(clean(document.footer_detail))
        run.font.size = Pt(6.5)
        run.font.color.rgb = MUTED


def _field(paragraph: DocxParagraph, instruction: str) -> list[Run]:
    """A complex field (PAGE, NUMPAGES) as begin / instr / separate / "1" / end runs."""
    runs = _field_runs(paragraph, instruction, ("begin", "instr", "separate"))
    runs.append(paragraph.add_run("1"))
    return runs + _field_runs(paragraph, instruction, ("end",))


def _field_runs(paragraph: DocxParagraph, instruction: str, kinds: tuple[str, ...]) -> list[Run]:
    """Runs carrying the field characters ``kinds`` ("begin", "instr", "separate", "end")."""
    runs: list[Run] = []
    for kind in kinds:
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        runs.append(run)
    return runs


def _write(cell: _Cell, text: str, bold: bool = False, right: bool = False,
           keep_next: bool = False, italic: bool = False, size: float | None = None,
           muted: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    _cell_spacing(paragraph)
    if text:
        run = paragraph.add_run(clean(text))
        run.bold = bold or None
        run.italic = italic or None
        if size is not None:
            run.font.size = Pt(size)
        if muted:
            run.font.color.rgb = MUTED
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if keep_next:
        paragraph.paragraph_format.keep_with_next = True


def _cell_spacing(paragraph: DocxParagraph) -> None:
    paragraph.paragraph_format.space_before = Pt(2)
    paragraph.paragraph_format.space_after = Pt(2)


def _labelled(cell: _Cell, label: str, value: str, keep_next: bool = True) -> None:
    paragraph = cell.paragraphs[0]
    _cell_spacing(paragraph)
    paragraph.add_run(f"{clean(label)}: ").bold = True
    paragraph.add_run(clean(value))
    paragraph.paragraph_format.keep_with_next = keep_next


def _relative(relative: tuple[float, ...]) -> list[Emu]:
    return [Emu(int(w)) for w in fit_widths(relative, [0.0] * len(relative), TEXT_WIDTH)]


def _column_widths(relative: tuple[float, ...], rows: list[list[str]], bold: list[bool]) -> list[Emu]:
    """``relative`` widths, widened so that no column has to break a word."""
    minimum = [0.0] * len(rows[0])
    for row, is_bold in zip(rows, bold):
        for col, text in enumerate(row):
            minimum[col] = max(minimum[col], Pt(widest_word(text, CELL_SIZE, is_bold) + CELL_MARGINS))
    return [Emu(int(w)) for w in fit_widths(relative, minimum, TEXT_WIDTH)]


def _set_widths(table: DocxTable, widths: list[Emu]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _shade(cell: _Cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().insert_element_before(_shd(fill), *_TCPR_AFTER_SHD)


def _paragraph_shade(paragraph: DocxParagraph, fill: str) -> None:
    paragraph._p.get_or_add_pPr().insert_element_before(_shd(fill), *_PPR_AFTER_SHD)


def _shd(fill: str) -> Any:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    return shd


def _bottom_border(cell: _Cell) -> None:
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "8"), ("space", "0"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    cell._tc.get_or_add_tcPr().insert_element_before(borders, *_TCPR_AFTER_BORDERS)


def _border(pPr: Any, sides: tuple[str, ...]) -> None:
    pbdr = OxmlElement("w:pBdr")
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", "A6A6A6")):
            edge.set(qn(f"w:{key}"), value)
        pbdr.append(edge)
    pPr.insert_element_before(pbdr, *_PPR_AFTER_PBDR)


def _spacer(out: DocxDocument) -> DocxParagraph:
    paragraph = out.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(4)
    return paragraph
