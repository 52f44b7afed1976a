"""Render a :class:`~slamdesk.documents.tree.Document` to DOCX with python-docx."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor, Twips
from docx.table import Table as DocxTable, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from slamdesk.documents.fonts import FAMILY
from slamdesk.documents.tree import (
    Block,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
)
from .files import write_atomic

PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN_X = Mm(20)
MARGIN_Y = Mm(20)
TEXT_WIDTH = Emu(PAGE_WIDTH - 2 * MARGIN_X)
HEADER_FILL = "D9E2F3"
MUTED = RGBColor(0x5A, 0x5A, 0x5A)
# Zip entries get this timestamp so identical trees give identical files.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# Characters XML 1.0 cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

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


def render(document: Document, path: Path) -> None:
    """Write ``document`` as a DOCX to ``path`` atomically (temp file + rename).

    A missing folder raises ``FileNotFoundError`` and writes nothing.
    """
    write_atomic(Path(path), render_bytes(document))


def render_bytes(document: Document) -> bytes:
    """The DOCX for ``document``; identical trees give identical bytes."""
    out = docx.Document()
    _setup_page(out)
    _setup_styles(out, document.language)
    _setup_properties(out, document)
    if document.title:
        out.add_paragraph(_clean(document.title), style="Title")
    if document.subtitle:
        subtitle = out.add_paragraph(_clean(document.subtitle), style="Subtitle")
        subtitle.paragraph_format.space_after = Pt(12)
    for block in document.blocks:
        _block(out, block)
    _footer(out, document)
    buffer = io.BytesIO()
    out.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _block(out: DocxDocument, block: Block) -> None:
    if isinstance(block, Heading):
        out.add_heading(_clean(block.text), level=min(max(block.level, 1), 3))
    elif isinstance(block, Paragraph):
        out.add_paragraph(_clean(block.text), style="Normal")
    elif isinstance(block, KeyValues):
        _key_values(out, block)
    elif isinstance(block, Table):
        _table(out, block)
    elif isinstance(block, SignatureBlock):
        _signatures(out, block)
    elif isinstance(block, PageBreak):
        out.add_page_break()
    else:
        raise TypeError(f"unknown block: {type(block).__name__}")


def _key_values(out: DocxDocument, block: KeyValues) -> None:
    if not block.rows:
        return
    table = out.add_table(rows=len(block.rows), cols=2, style="Table Grid")
    _set_widths(table, [0.32, 0.68])
    for row, (key, value) in zip(table.rows, block.rows):
        label, text = row.cells
        _write(label, key, bold=True)
        _write(text, value)
    _spacer(out)


def _table(out: DocxDocument, block: Table) -> None:
    ncols = max([len(block.headers), *(len(row) for row in block.rows)], default=0)
    if ncols == 0:
        return
    numeric = set(block.numeric_columns)
    data = list(block.rows)
    if block.headers:
        data.insert(0, block.headers)
    table = out.add_table(rows=len(data), cols=ncols, style="Table Grid")
    relative = block.widths
    if len(relative) != ncols or any(w <= 0 for w in relative):
        relative = (1.0,) * ncols
    _set_widths(table, relative)
    for index, (row, values) in enumerate(zip(table.rows, data)):
        header = index == 0 and bool(block.headers)
        padded = list(values) + [""] * (ncols - len(values))
        for col, (cell, text) in enumerate(zip(row.cells, padded)):
            _write(cell, text, bold=header, right=col in numeric)
            if header:
                _shade(cell, HEADER_FILL)
        if header:
            trPr = row._tr.get_or_add_trPr()
            trPr.insert_element_before(OxmlElement("w:cantSplit"), *_TRPR_AFTER_CANTSPLIT)
            trPr.insert_element_before(OxmlElement("w:tblHeader"), *_TRPR_AFTER_HEADER)
    _spacer(out)


def _signatures(out: DocxDocument, block: SignatureBlock) -> None:
    if block.heading:
        out.add_heading(_clean(block.heading), level=2)
    if not block.signatures:
        return
    name_l, title_l, signed_l = block.labels
    pairs = [block.signatures[i:i + 2] for i in range(0, len(block.signatures), 2)]
    table = out.add_table(rows=6 * len(pairs), cols=3)  # sig | gap | sig
    _set_widths(table, [0.45, 0.1, 0.45])
    rows = table.rows
    for p, pair in enumerate(pairs):
        party, line, name, title, signed, gap = rows[6 * p:6 * p + 6]
        line.height = Mm(14)
        line.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        gap.height = Mm(8)
        for row in (party, line, name, title, signed, gap):
            trPr = row._tr.get_or_add_trPr()
            trPr.insert_element_before(OxmlElement("w:cantSplit"), *_TRPR_AFTER_CANTSPLIT)
        for side, sig in zip((0, 2), pair):
            _write(party.cells[side], sig.party, bold=True, keep_next=True)
            _write(line.cells[side], "", keep_next=True)
            _bottom_border(line.cells[side])
            _labelled(name.cells[side], name_l, sig.name)
            _labelled(title.cells[side], title_l, sig.title)
            _labelled(signed.cells[side], signed_l, sig.signed_at, keep_next=False)


def _footer(out: DocxDocument, document: Document) -> None:
    paragraph = out.sections[0].footer.paragraphs[0]
    paragraph.style = out.styles["Footer"]
    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _border(paragraph._p.get_or_add_pPr(), "top")
    label, of_label = _clean(document.page_label), _clean(document.page_of_label)
    parts: list[str | tuple[str]] = [_clean(document.footer), "\t", f"{label} ",
                                     ("PAGE",), f" {of_label} ", ("NUMPAGES",)]
    for part in parts:
        if isinstance(part, tuple):
            runs = _field(paragraph, part[0])
        else:
            runs = [paragraph.add_run(part)]
        for run in runs:
            run.font.size = Pt(8)
            run.font.color.rgb = MUTED


def _field(paragraph: DocxParagraph, instruction: str) -> list[Run]:
    """A complex field (PAGE, NUMPAGES) as begin / instr / separate / "1" / end runs."""
    runs: list[Run] = []
    for kind in ("begin", "instr", "separate", "result", "end"):
        run = paragraph.add_run("1" if kind == "result" else None)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif kind != "result":
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        runs.append(run)
    return runs


def _write(cell: _Cell, text: str, bold: bool = False, right: bool = False,
           keep_next: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    if text:
        paragraph.add_run(_clean(text)).bold = bold or None
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if keep_next:
        paragraph.paragraph_format.keep_with_next = True


def _labelled(cell: _Cell, label: str, value: str, keep_next: bool = True) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.add_run(f"{_clean(label)}: ").bold = True
    paragraph.add_run(_clean(value))
    paragraph.paragraph_format.keep_with_next = keep_next


def _set_widths(table: DocxTable, relative: list[float] | tuple[float, ...]) -> None:
    table.autofit = False
    total = sum(relative)
    widths = [Emu(int(TEXT_WIDTH * w / total)) for w in relative]
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().insert_element_before(shd, *_TCPR_AFTER_SHD)


def _bottom_border(cell: _Cell) -> None:
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "8"), ("space", "0"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    cell._tc.get_or_add_tcPr().insert_element_before(borders, *_TCPR_AFTER_BORDERS)


def _border(pPr: OxmlElement, side: str) -> None:
    pbdr = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", "A6A6A6")):
        edge.set(qn(f"w:{key}"), value)
    pbdr.append(edge)
    pPr.insert_element_before(pbdr, *_PPR_AFTER_PBDR)


def _spacer(out: DocxDocument) -> None:
    out.add_paragraph().paragraph_format.space_after = Pt(4)


def _setup_page(out: DocxDocument) -> None:
    section = out.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN_X
    section.top_margin = section.bottom_margin = MARGIN_Y
    section.footer_distance = Mm(10)


def _setup_styles(out: DocxDocument, language: str) -> None:
    """DejaVu Sans everywhere (theme fonts removed) and the proofing language."""
    root = out.styles.element
    for fonts in root.iter(qn("w:rFonts")):
        _set_fonts(fonts)
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Footer"):
        rPr = out.styles[name].element.get_or_add_rPr()
        _set_fonts(rPr.get_or_add_rFonts())
    out.styles["Normal"].font.size = Pt(10)
    subtitle = out.styles["Subtitle"].element.pPr
    if subtitle is not None and subtitle.numPr is not None:
        subtitle.remove(subtitle.numPr)  # stray list level in the stock template
    if language:
        for lang in root.iter(qn("w:lang")):
            lang.set(qn("w:val"), language)


def _set_fonts(fonts: OxmlElement) -> None:
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FAMILY)


def _setup_properties(out: DocxDocument, document: Document) -> None:
    props = out.core_properties
    props.title = _clean(document.title)
    props.keywords = _clean(document.keywords)
    props.subject = _clean(document.subtitle)
    props.language = document.language
    props.author = "slamdesk"
    props.comments = ""
    props.last_modified_by = "slamdesk"
    props.revision = 1
    # No wall-clock dates: the same tree must give the same file.
    element = props._element
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for child in element.findall(qn(tag)):
            element.remove(child)
    # The stock template ships a thumbnail of an empty page; drop it.
    rels = out.part.package.rels
    for rId in [r for r, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rId]


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info))
    return out.getvalue()


def _clean(text: str) -> str:
    return _CONTROL.sub("", text or "")

