"""The DOCX's page and what surrounds the blocks: page geometry and colours, styles, core properties and
settings (fields updated on opening), the fonts embedded (obfuscated, as Word does), reproducible zip entries."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from lxml import etree

from slamdesk.documents.fonts import FAMILY, embedded_font, font_path
from slamdesk.documents.tree import Document, TableOfContents

PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN_X = Mm(22)
MARGIN_Y = Mm(20)
TEXT_WIDTH = Emu(PAGE_WIDTH - 2 * MARGIN_X)
# Room for a heading's number before its text ("3.12").
NUMBER_GUTTER = Mm(11)
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x5F, 0x5F, 0x5F)
ACCENT = RGBColor(0x1F, 0x2A, 0x44)
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# Zip entries get this timestamp so identical trees give identical files.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# Characters XML 1.0 cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Successor tags in the settings part, so inserted elements keep the schema order Word insists on.
_SETTINGS_AFTER_EMBED = ("w:embedSystemFonts", "w:saveSubsetFonts", "w:saveFormsData",
                         "w:mirrorMargins", "w:proofState", "w:attachedTemplate",
                         "w:defaultTabStop", "w:characterSpacingControl",
                         "w:savePreviewPicture", "w:updateFields", "w:compat", "w:rsids")
_SETTINGS_AFTER_UPDATE = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat",
                          "w:docVars", "w:rsids", "m:mathPr")


def setup_page(out: DocxDocument) -> None:
    section = out.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN_X
    section.top_margin = section.bottom_margin = MARGIN_Y
    section.footer_distance = Mm(10)


def setup_styles(out: DocxDocument, language: str) -> None:
    """DejaVu Sans everywhere (theme fonts removed), a restrained look, the proofing language."""
    root = out.styles.element
    for fonts in root.iter(qn("w:rFonts")):
        _set_fonts(fonts)
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Footer"):
        rPr = out.styles[name].element.get_or_add_rPr()
        _set_fonts(rPr.get_or_add_rFonts())
    out.styles["Normal"].font.size = Pt(10)
    out.styles["Normal"].paragraph_format.space_after = Pt(6)
    subtitle = out.styles["Subtitle"].element.pPr
    if subtitle is not None and subtitle.numPr is not None:
        subtitle.remove(subtitle.numPr)  # stray list level in the stock template
    _look(out)
    _add_styles(out)
    if language:
        for lang in root.iter(qn("w:lang")):
            lang.set(qn("w:val"), language)
    _remember_style_ids(out)


def _remember_style_ids(out: DocxDocument) -> None:
    """Each style name looked up once per document: python-docx looks a name up anew for every paragraph and table
    it styles, reading every style of the package each time (a third of a long agreement's render). The styles are
    all made by now, so a name keeps its id."""
    part = out.part
    look_up = part.get_style_id
    known: dict[tuple[str, Any], str | None] = {}

    def get_style_id(style_or_name: Any, style_type: Any) -> str | None:
        if not isinstance(style_or_name, str):
            return look_up(style_or_name, style_type)
        key = (style_or_name, style_type)
        if key not in known:
            known[key] = look_up(style_or_name, style_type)
        return known[key]

    part.get_style_id = get_style_id  # type: ignore[method-assign]  # this document's part only


def _look(out: DocxDocument) -> None:
    """Ink and one dark accent instead of the template's blues."""
    for name, size, color, italic in (
        ("Title", 22, ACCENT, False), ("Subtitle", 11, MUTED, False),
        ("Heading 1", 13, ACCENT, False), ("Heading 2", 10.5, INK, False),
        ("Heading 3", 10, INK, True), ("TOC Heading", 13, ACCENT, False),
    ):
        font = out.styles[name].font
        font.size, font.italic = Pt(size), italic
        font.color.rgb = color
    out.styles["Title"].font.bold = True
    out.styles["Heading 1"].paragraph_format.space_before = Pt(16)
    out.styles["Heading 2"].paragraph_format.space_before = Pt(10)


def _add_styles(out: DocxDocument) -> None:
    """"Note" for small remarks and "toc 1".."toc 3" with dot leaders to the page number."""
    note = out.styles.add_style("Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = out.styles["Normal"]
    note.font.size, note.font.italic = Pt(8.5), True
    note.font.color.rgb = MUTED
    for level in (1, 2, 3):
        style = out.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), f"TOC{level}")
        style.base_style = out.styles["Normal"]
        style.next_paragraph_style = out.styles["Normal"]
        style.unhide_when_used = True
        fmt = style.paragraph_format
        fmt.left_indent = NUMBER_GUTTER * level
        fmt.first_line_indent = -NUMBER_GUTTER
        fmt.space_before = Pt(6 if level == 1 else 0)
        fmt.space_after = Pt(2)
        fmt.tab_stops.add_tab_stop(NUMBER_GUTTER * level)
        fmt.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if level == 1:
            style.font.color.rgb = ACCENT


def _set_fonts(fonts: Any) -> None:
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FAMILY)


def setup_properties(out: DocxDocument, document: Document) -> None:
    props = out.core_properties
    props.title = clean(document.title)
    props.keywords = clean(document.keywords)
    props.subject = clean(document.subtitle)
    props.language = document.language
    props.author = clean(document.author) or "slamdesk"
    props.comments = ""
    props.last_modified_by = "slamdesk"
    props.revision = 1
    # No wall-clock dates: the same tree must give the same file (the document's own moment where it has one).
    element = props._element
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for child in element.findall(qn(tag)):
            element.remove(child)
    if document.created is not None:
        props.created = props.modified = document.created.astimezone(dt.UTC).replace(tzinfo=None)
    # The stock template ships a thumbnail of an empty page and Word 2010's copy of every style (0.4 MB that
    # Word makes again when it needs it); drop both.
    rels = out.part.package.rels
    for rId in [r for r, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rId]
    for rId in [r for r, rel in out.part.rels.items() if rel.reltype.endswith("/stylesWithEffects")]:
        del out.part.rels[rId]


def setup_settings(out: DocxDocument, document: Document) -> None:
    """Keep the embedded fonts when Word saves; update the TOC field when Word opens."""
    settings = out.settings.element
    settings.insert_element_before(OxmlElement("w:embedTrueTypeFonts"), *_SETTINGS_AFTER_EMBED)
    if any(isinstance(block, TableOfContents) for block in document.blocks):
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.insert_element_before(update, *_SETTINGS_AFTER_UPDATE)


def embed_fonts(out: DocxDocument) -> None:
    """Embed DejaVu Sans (regular, bold, oblique) as obfuscated fonts (ECMA-376 §17.8.1)."""
    table = next(rel.target_part for rel in out.part.rels.values() if rel.reltype == RT.FONT_TABLE)
    root = parse_xml(table.blob)
    font = OxmlElement("w:font")
    font.set(qn("w:name"), FAMILY)
    for tag, value in (("w:charset", "00"), ("w:family", "swiss"), ("w:pitch", "variable")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        font.append(child)
    for number, (tag, path) in enumerate((
        ("w:embedRegular", font_path()),
        ("w:embedBold", font_path(bold=True)),
        ("w:embedItalic", font_path(italic=True)),
    ), start=1):
        data = embedded_font(path)
        key = _font_key(data)
        name = PackURI(f"/word/fonts/font{number}.odttf")
        part = Part(name, OBFUSCATED_FONT, _obfuscate(data, key), out.part.package)
        embed = OxmlElement(tag)
        embed.set(qn("r:id"), table.relate_to(part, RT.FONT))
        embed.set(qn("w:fontKey"), key)
        font.append(embed)
    root.append(font)
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _font_key(data: bytes) -> str:
    """A GUID derived from the font itself, so the same font always gives the same file."""
    digest = hashlib.sha256(data).hexdigest()[:32].upper()
    return f"{{{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:]}}}"


def _obfuscate(data: bytes, key: str) -> bytes:
    """XOR the first 32 bytes with the key's 16 bytes taken in reverse order."""
    digits = key.strip("{}").replace("-", "")
    mask = bytes(int(digits[i:i + 2], 16) for i in range(30, -1, -2))
    head = bytes(b ^ mask[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def normalise_zip(data: bytes) -> bytes:
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


def clean(text: str) -> str:
    return _CONTROL.sub("", text or "")
