"""Render a :class:`~slamdesk.documents.tree.Document` to PDF with reportlab."""

from __future__ import annotations

import io
import re
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak as RLPageBreak,
    Paragraph as RLParagraph,
    PageTemplate,
    Spacer,
    Table as RLTable,
    TableStyle,
)

from slamdesk.documents.fonts import FontNames, register_reportlab_fonts
from slamdesk.documents.tree import (
    Block,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureLine,
    Table,
)
from .files import write_atomic

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
# A heading group that does not fit starts here anyway when this much room is left.
MIN_SPLIT_ROOM = 60 * mm

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5A5A")
ACCENT = colors.HexColor("#1F3864")
ACCENT_2 = colors.HexColor("#2F5496")
HEADER_BG = colors.HexColor("#D9E2F3")
BAND_BG = colors.HexColor("#F4F6FA")
RULE = colors.HexColor("#A6A6A6")

# Characters XML 1.0 (and thus reportlab's paragraph parser) cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def render(document: Document, path: Path) -> None:
    """Write ``document`` as a PDF to ``path`` atomically (temp file + rename).

    A missing folder raises ``FileNotFoundError`` and writes nothing.
    """
    write_atomic(Path(path), render_bytes(document))


def render_bytes(document: Document) -> bytes:
    """The PDF for ``document``; identical trees give identical bytes."""
    fonts = register_reportlab_fonts()
    styles = _Styles(fonts)
    buffer = io.BytesIO()
    template = _Template(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=_clean(document.title),
        subject=_clean(document.subtitle),
        keywords=_clean(document.keywords),
        author="",
        creator="slamdesk",
        lang=document.language or None,
        invariant=1,
        initialFontName=fonts.regular,
    )
    canvasmaker = partial(
        _NumberedCanvas,
        footer=_clean(document.footer),
        page_label=_clean(document.page_label),
        of_label=_clean(document.page_of_label),
        fonts=fonts,
    )
    template.build(_story(document, styles), canvasmaker=canvasmaker)
    return buffer.getvalue()


class _Styles:
    """Paragraph styles, all on the embedded DejaVu fonts."""

    def __init__(self, fonts: FontNames) -> None:
        self.fonts = fonts
        base = ParagraphStyle(
            "Body", fontName=fonts.regular, fontSize=10, leading=14,
            textColor=INK, spaceAfter=6,
        )
        self.body = base
        self.title = ParagraphStyle(
            "Title", base, fontName=fonts.bold, fontSize=20, leading=25,
            textColor=ACCENT, spaceAfter=4,
        )
        self.subtitle = ParagraphStyle(
            "Subtitle", base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=8
        )
        self.headings = {
            1: ParagraphStyle(
                "H1", base, fontName=fonts.bold, fontSize=15, leading=19,
                textColor=ACCENT, spaceBefore=14, spaceAfter=6, keepWithNext=1,
            ),
            2: ParagraphStyle(
                "H2", base, fontName=fonts.bold, fontSize=12.5, leading=16,
                textColor=ACCENT_2, spaceBefore=10, spaceAfter=4, keepWithNext=1,
            ),
            3: ParagraphStyle(
                "H3", base, fontName=fonts.italic, fontSize=10.5, leading=14,
                textColor=INK, spaceBefore=8, spaceAfter=3, keepWithNext=1,
            ),
        }
        self.cell = ParagraphStyle(
            "Cell", base, fontSize=9, leading=11.5, spaceAfter=0
        )
        self.cell_right = ParagraphStyle("CellRight", self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("Head", self.cell, fontName=fonts.bold)
        self.head_right = ParagraphStyle("HeadRight", self.head, alignment=TA_RIGHT)
        self.label = ParagraphStyle(
            "Label", self.cell, fontName=fonts.bold, fontSize=10, leading=13,
            alignment=TA_LEFT,
        )
        self.value = ParagraphStyle("Value", self.cell, fontSize=10, leading=13)


class _KeepWithNext(KeepTogether):
    """keepWithNext that lets a long follower (a big table) start on this page.

    Stock reportlab moves a heading and everything after it to a new page as soon
    as the group does not fit, leaving a blank page before every long table.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > aH and aH >= MIN_SPLIT_ROOM:
            return list(self._content)
        return super().split(aW, aH)


class _Template(BaseDocTemplate):
    """One frame without padding (so FRAME_WIDTH is exact) and heading bookmarks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, keepTogetherClass=_KeepWithNext, **kwargs)
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        # Outlines may not skip levels (an H3 straight after an H1).
        level = min(level, getattr(self, "_outline_depth", -1) + 1)
        self._outline_depth = level
        key = f"h{self.seq.nextf('outline')}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level)


class _NumberedCanvas(Canvas):
    """Two-pass canvas: pages are kept until ``save`` so "Page N of M" knows M."""

    def __init__(
        self, *args: Any, footer: str, page_label: str, of_label: str,
        fonts: FontNames, **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_label = page_label
        self._of_label = of_label
        self._fonts = fonts
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        y = MARGIN_BOTTOM - 12 * mm
        right = PAGE_SIZE[0] - MARGIN_X
        size = 8
        number = f"{self._page_label} {self._pageNumber} {self._of_label} {total}".strip()
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 11, right, y + 11)
        self.setFillColor(MUTED)
        self.setFont(self._fonts.regular, size)
        self.drawRightString(right, y, number)
        room = FRAME_WIDTH - stringWidth(number, self._fonts.regular, size) - 8 * mm
        self.drawString(MARGIN_X, y, _fit(self._footer, self._fonts.regular, size, room))
        self.restoreState()


def _story(document: Document, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if document.title:
        story.append(RLParagraph(_markup(document.title), styles.title))
    if document.subtitle:
        story.append(RLParagraph(_markup(document.subtitle), styles.subtitle))
    if document.title or document.subtitle:
        story.append(HRFlowable(width="100%", thickness=1, color=ACCENT, spaceAfter=10))
    for block in document.blocks:
        story.extend(_block(block, styles))
    if not story:
        story.append(Spacer(1, 1))
    return story


def _block(block: Block, styles: _Styles) -> list[Flowable]:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3)
        para = RLParagraph(_markup(block.text), styles.headings[level])
        para.outline_level = level - 1  # type: ignore[attr-defined]
        return [para]
    if isinstance(block, Paragraph):
        return [RLParagraph(_markup(block.text), styles.body)]
    if isinstance(block, KeyValues):
        return _key_values(block, styles)
    if isinstance(block, Table):
        return _table(block, styles)
    if isinstance(block, SignatureBlock):
        return _signatures(block, styles)
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"unknown block: {type(block).__name__}")


def _key_values(block: KeyValues, styles: _Styles) -> list[Flowable]:
    if not block.rows:
        return []
    data = [
        [RLParagraph(_markup(key), styles.label), RLParagraph(_markup(value), styles.value)]
        for key, value in block.rows
    ]
    table = RLTable(
        data, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(_table_style(styles, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [table, Spacer(1, 8)]


def _table(block: Table, styles: _Styles) -> list[Flowable]:
    ncols = max([len(block.headers), *(len(row) for row in block.rows)], default=0)
    if ncols == 0:
        return []
    numeric = set(block.numeric_columns)

    def cells(row: tuple[str, ...], left: ParagraphStyle, right: ParagraphStyle) -> list[RLParagraph]:
        padded = list(row) + [""] * (ncols - len(row))
        return [
            RLParagraph(_markup(text), right if i in numeric else left)
            for i, text in enumerate(padded)
        ]

    data = [cells(row, styles.cell, styles.cell_right) for row in block.rows]
    has_header = bool(block.headers)
    if has_header:
        data.insert(0, cells(block.headers, styles.head, styles.head_right))
    table = RLTable(
        data, colWidths=_widths(block.widths, ncols), repeatRows=1 if has_header else 0,
        hAlign="LEFT", splitInRow=1,
    )
    first = 1 if has_header else 0
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if len(data) > first:
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, BAND_BG]))
    if has_header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT_2),
        ]
    table.setStyle(_table_style(styles, commands))
    return [table, Spacer(1, 10)]


def _signatures(block: SignatureBlock, styles: _Styles) -> list[Flowable]:
    """Signatories two per row: party, blank space over a signature line, details."""
    gap = 12 * mm
    width = (FRAME_WIDTH - gap) / 2
    name_l, title_l, signed_l = (_markup(label) for label in block.labels)

    def column(sig: SignatureLine | None) -> list[Flowable | str]:
        if sig is None:
            return ["", "", "", "", ""]
        return [
            RLParagraph(_markup(sig.party), styles.label),
            "",
            RLParagraph(f"<b>{name_l}:</b> {_markup(sig.name)}", styles.value),
            RLParagraph(f"<b>{title_l}:</b> {_markup(sig.title)}", styles.value),
            RLParagraph(f"<b>{signed_l}:</b> {_markup(sig.signed_at)}", styles.value),
        ]

    flows: list[Flowable] = []
    for i in range(0, len(block.signatures), 2):
        pair = list(block.signatures[i:i + 2]) + [None]
        left, right = column(pair[0]), column(pair[1])
        rows = [[a, "", b] for a, b in zip(left, right)]
        table = RLTable(
            rows, colWidths=[width, gap, width],
            rowHeights=[None, 16 * mm, None, None, None], hAlign="LEFT",
        )
        lines = [("LINEBELOW", (c, 1), (c, 1), 0.8, INK) for c in (0, 2) if c == 0 or pair[1]]
        table.setStyle(_table_style(styles, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
            *lines,
        ]))
        flows.append(table)
    if block.heading:
        heading = RLParagraph(_markup(block.heading), styles.headings[2])
        flows.insert(0, heading)
    if not flows:
        return []
    # Keep the heading with the first pair; every pair stays whole on one page.
    first = 2 if block.heading and len(flows) > 1 else 1
    return [KeepTogether(flows[:first]), *(KeepTogether([f]) for f in flows[first:])]


def _table_style(styles: _Styles, commands: list[tuple[Any, ...]]) -> TableStyle:
    # Table cells default to Helvetica even when empty; keep every cell on DejaVu.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular), *commands])


def _widths(relative: tuple[float, ...], ncols: int) -> list[float]:
    if len(relative) != ncols or any(w <= 0 for w in relative):
        relative = (1.0,) * ncols
    total = sum(relative)
    return [FRAME_WIDTH * w / total for w in relative]


def _clean(text: str) -> str:
    return _CONTROL.sub("", text or "")


def _markup(text: str) -> str:
    """Plain text -> reportlab paragraph markup (escaped, newlines kept)."""
    return escape(_clean(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def _fit(text: str, font: str, size: float, room: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits in ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""

