"""The PDF's page geometry, colours, paragraph styles and text helpers (shared by pdf.py and pdf_tables.py)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from slamdesk.documents.fonts import FontNames

PAGE_SIZE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
# Room for a heading's number before its text ("3.12").
NUMBER_GUTTER = 11 * mm
CELL_PADDING = 4
# Room for the page numbers of the table of contents.
TOC_PAGE_WIDTH = 12 * mm
# A heading group taller than this that does not fit starts here anyway when
# MIN_SPLIT_ROOM is left; a shorter one moves whole to the next page.
MIN_SPLIT_GROUP = 90 * mm
MIN_SPLIT_ROOM = 60 * mm
# Tables of up to this many rows are never split across pages.
KEEP_TABLE_ROWS = 12

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F5F5F")
ACCENT = colors.HexColor("#1F2A44")
HEADER_BG = colors.HexColor("#EEF0F4")
SEAL_BG = colors.HexColor("#F6F6F6")
RULE = colors.HexColor("#BFBFBF")

# Characters XML 1.0 (and thus reportlab's paragraph parser) cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Styles:
    """Paragraph styles, all on the embedded DejaVu fonts."""

    def __init__(self, fonts: FontNames) -> None:
        self.fonts = fonts
        base = ParagraphStyle(
            "Body", fontName=fonts.regular, fontSize=10, leading=14.5,
            textColor=INK, spaceAfter=7, bulletFontName=fonts.regular,
        )
        self.body = ParagraphStyle("Justified", base, alignment=TA_JUSTIFY)
        self.title = ParagraphStyle(
            "Title", base, fontName=fonts.bold, fontSize=20, leading=25,
            textColor=ACCENT, spaceAfter=4,
        )
        self.subtitle = ParagraphStyle(
            "Subtitle", base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=8
        )
        self.headings = {
            1: ParagraphStyle(
                "H1", base, fontName=fonts.bold, fontSize=13, leading=17,
                textColor=ACCENT, spaceBefore=16, spaceAfter=7, keepWithNext=1,
                bulletFontName=fonts.bold, bulletFontSize=13,
            ),
            2: ParagraphStyle(
                "H2", base, fontName=fonts.bold, fontSize=10.5, leading=14,
                textColor=INK, spaceBefore=11, spaceAfter=5, keepWithNext=1,
                bulletFontName=fonts.bold, bulletFontSize=10.5,
            ),
            3: ParagraphStyle(
                "H3", base, fontName=fonts.italic, fontSize=10, leading=14,
                textColor=INK, spaceBefore=8, spaceAfter=3, keepWithNext=1,
                bulletFontName=fonts.italic, bulletFontSize=10,
            ),
        }
        self.numbered_headings = {
            level: ParagraphStyle(f"{style.name}N", style, leftIndent=NUMBER_GUTTER, bulletIndent=0)
            for level, style in self.headings.items()
        }
        self.note = ParagraphStyle(
            "Note", base, fontName=fonts.italic, fontSize=8.5, leading=11.5,
            textColor=MUTED, spaceAfter=9,
        )
        self.list_item = ParagraphStyle(
            "ListItem", base, leftIndent=8 * mm, bulletIndent=0, spaceAfter=4,
        )
        self.cell = ParagraphStyle("Cell", base, fontSize=8.8, leading=11.5, spaceAfter=0)
        self.cell_right = ParagraphStyle("CellRight", self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("Head", self.cell, fontName=fonts.bold)
        self.head_right = ParagraphStyle("HeadRight", self.head, alignment=TA_RIGHT)
        self.label = ParagraphStyle(
            "Label", self.cell, fontName=fonts.bold, fontSize=9.5, leading=13,
            alignment=TA_LEFT,
        )
        self.value = ParagraphStyle("Value", self.cell, fontSize=9.5, leading=13)
        self.caption = ParagraphStyle(
            "Caption", self.cell, fontSize=7.5, leading=9.5, textColor=MUTED
        )
        self.mark = ParagraphStyle(
            "Mark", self.cell, fontName=fonts.italic, fontSize=10, leading=12, textColor=ACCENT
        )
        self.cover_kind = ParagraphStyle(
            "CoverKind", base, fontSize=11, leading=14, textColor=MUTED, spaceAfter=6
        )
        self.cover_title = ParagraphStyle(
            "CoverTitle", base, fontName=fonts.bold, fontSize=22, leading=28,
            textColor=ACCENT, spaceBefore=10, spaceAfter=0,
        )
        self.cover_join = ParagraphStyle(
            "CoverJoin", base, fontName=fonts.italic, fontSize=10, textColor=MUTED,
            spaceBefore=8, spaceAfter=8,
        )
        self.cover_party = ParagraphStyle(
            "CoverParty", base, fontName=fonts.bold, fontSize=14, leading=18, spaceAfter=1
        )
        self.cover_role = ParagraphStyle(
            "CoverRole", base, fontSize=9.5, leading=12, textColor=MUTED, spaceAfter=0
        )
        self.seal = ParagraphStyle(
            "Seal", self.cell, fontSize=8, leading=11, textColor=INK
        )
        self.toc_levels = [
            ParagraphStyle(
                "TOC1", base, fontSize=10, leading=13, spaceBefore=7, textColor=ACCENT,
                leftIndent=NUMBER_GUTTER, bulletIndent=0, rightIndent=TOC_PAGE_WIDTH,
                bulletFontName=fonts.regular, bulletFontSize=10,
            ),
            ParagraphStyle(
                "TOC2", base, fontSize=9.5, leading=12.5, spaceBefore=1.5,
                leftIndent=NUMBER_GUTTER + 11 * mm, bulletIndent=NUMBER_GUTTER,
                rightIndent=TOC_PAGE_WIDTH, bulletFontSize=9.5,
            ),
            ParagraphStyle(
                "TOC3", base, fontSize=9, leading=12, spaceBefore=0,
                leftIndent=NUMBER_GUTTER + 24 * mm, bulletIndent=NUMBER_GUTTER + 11 * mm,
                rightIndent=TOC_PAGE_WIDTH, bulletFontSize=9,
            ),
        ]


def clean(text: str) -> str:
    return _CONTROL.sub("", text or "")


def markup(text: str) -> str:
    """Plain text -> reportlab paragraph markup (escaped, newlines kept)."""
    return escape(clean(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def fit(text: str, font: str, size: float, room: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits in ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""
