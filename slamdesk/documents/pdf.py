"""Render a :class:`~slamdesk.documents.tree.Document` to PDF with reportlab."""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
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
    PageTemplate,
    Paragraph as RLParagraph,
    Spacer,
    Table as RLTable,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from slamdesk.documents.fonts import FontNames, register_reportlab_fonts, widest_word
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
    SignatureLine,
    Table,
    TableOfContents,
    TitlePage,
    fit_widths,
)

from .files import write_atomic

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
        author=_clean(document.author),
        creator="slamdesk",
        lang=document.language or None,
        invariant=1,
        initialFontName=fonts.regular,
    )
    canvasmaker = partial(
        _NumberedCanvas,
        footer=_clean(document.footer),
        detail=_clean(document.footer_detail),
        page_label=_clean(document.page_label),
        of_label=_clean(document.page_of_label),
        fonts=fonts,
        created=document.created,
    )
    story = _story(document, styles)
    if any(isinstance(block, TableOfContents) for block in document.blocks):
        template.multiBuild(story, canvasmaker=canvasmaker)
    else:
        template.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


class _Styles:
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


class _KeepWithNext(KeepTogether):
    """keepWithNext that lets a tall group (a heading and a long table) start on this page.

    Stock reportlab moves a heading and everything after it to a new page as soon
    as the group does not fit, leaving a blank page before every long table. A
    group shorter than MIN_SPLIT_GROUP still moves whole, so a heading, its facts
    and a short table stay together.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        ends_whole = bool(self._content) and isinstance(self._content[-1], _WholeTable)
        if self._H > max(aH, MIN_SPLIT_GROUP) and aH >= MIN_SPLIT_ROOM and not ends_whole:
            return list(self._content)
        return super().split(aW, aH)


class _Template(BaseDocTemplate):
    """One frame without padding (so FRAME_WIDTH is exact), heading bookmarks and TOC entries."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, keepTogetherClass=_KeepWithNext, **kwargs)
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def beforeDocument(self) -> None:
        # Every pass of multiBuild numbers its bookmarks from the start again.
        self._outline_depth = -1
        self._headings = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        text: str = flowable.outline_text
        # Outlines may not skip levels (an H3 straight after an H1).
        outline_level = min(level, self._outline_depth + 1)
        self._outline_depth = outline_level
        self._headings += 1
        key = f"h{self._headings}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=outline_level)
        self.notify("TOCEntry", (level, flowable.toc_markup, self.page, key))


class _Moment:
    """reportlab's time stamp (``reportlab.lib.utils.TimeStamp``) of a given moment, written in UTC."""

    def __init__(self, moment: dt.datetime) -> None:
        utc = moment.astimezone(dt.UTC)
        self.t = utc.timestamp()
        self.lt = utc.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class _NumberedCanvas(Canvas):
    """Two-pass canvas: pages are kept until ``save`` so "Page N of M" knows M."""

    def __init__(
        self, *args: Any, footer: str, detail: str, page_label: str, of_label: str,
        fonts: FontNames, created: dt.datetime | None = None, **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if created is not None:  # the file's creation and modification date (reportlab's fixed one otherwise)
            self._doc._timeStamp = _Moment(created)
        self._footer = footer
        self._detail = detail
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
        rule_y = MARGIN_BOTTOM - 9 * mm
        y = rule_y - 4 * mm
        right = PAGE_SIZE[0] - MARGIN_X
        font = self._fonts.regular
        number = f"{self._page_label} {self._pageNumber} {self._of_label} {total}".strip()
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, rule_y, right, rule_y)
        self.setFillColor(MUTED)
        self.setFont(font, 8)
        self.drawRightString(right, y, number)
        room = FRAME_WIDTH - stringWidth(number, font, 8) - 8 * mm
        self.drawString(MARGIN_X, y, _fit(self._footer, font, 8, room))
        if self._detail:
            self.setFont(font, 6.5)
            self.drawString(MARGIN_X, y - 3.6 * mm, _fit(self._detail, font, 6.5, FRAME_WIDTH))
        self.restoreState()


def _story(document: Document, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if not document.has_title_page:
        if document.title:
            story.append(RLParagraph(_markup(document.title), styles.title))
        if document.subtitle:
            story.append(RLParagraph(_markup(document.subtitle), styles.subtitle))
        if document.title or document.subtitle:
            story.append(HRFlowable(width="100%", thickness=1, color=ACCENT, spaceAfter=10))
    for block, following in zip(document.blocks, (*document.blocks[1:], None)):
        flowables = _block(block, styles)
        if isinstance(block, Paragraph) and isinstance(following, (Table, Note)) and flowables:
            flowables[-1].keepWithNext = 1  # an intro stays with its table, a clause with its provenance note
        story.extend(flowables)
    if not story:
        story.append(Spacer(1, 1))
    return story


def _block(block: Block, styles: _Styles) -> list[Flowable]:
    if isinstance(block, Heading):
        return [_heading(block, styles)]
    if isinstance(block, Paragraph):
        return [RLParagraph(_markup(block.text), styles.body)]
    if isinstance(block, Note):
        return [RLParagraph(_markup(block.text), styles.note)]
    if isinstance(block, NumberedList):
        return _numbered_list(block, styles)
    if isinstance(block, KeyValues):
        return _key_values(block, styles)
    if isinstance(block, Table):
        return _table(block, styles)
    if isinstance(block, SignatureBlock):
        return _signatures(block, styles)
    if isinstance(block, TitlePage):
        return _title_page(block, styles)
    if isinstance(block, TableOfContents):
        return _contents(block, styles)
    if isinstance(block, Chart):
        from .charts import pdf_drawing

        return [pdf_drawing(block, styles.fonts), Spacer(1, 8)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"unknown block: {type(block).__name__}")


def _heading(block: Heading, styles: _Styles) -> RLParagraph:
    """A heading, its number hanging in the gutter; it goes to the outline and the TOC."""
    level = min(max(block.level, 1), 3)
    if block.number:
        para = RLParagraph(
            _markup(block.text), styles.numbered_headings[level], bulletText=_clean(block.number)
        )
    else:
        para = RLParagraph(_markup(block.text), styles.headings[level])
    para.outline_level = level - 1
    para.outline_text = _clean(block.full_text)
    number = f"<bullet>{_markup(block.number)}</bullet>" if block.number else ""
    para.toc_markup = number + _markup(block.text)
    return para


def _numbered_list(block: NumberedList, styles: _Styles) -> list[Flowable]:
    flows: list[Flowable] = [
        RLParagraph(_markup(item), styles.list_item, bulletText=f"{number}.")
        for number, item in enumerate(block.items, start=1)
    ]
    return [*flows, Spacer(1, 4)] if flows else []


def _title_page(block: TitlePage, styles: _Styles) -> list[Flowable]:
    """The cover: kind, title, the parties, the facts, the seal; then a new page."""
    flows: list[Flowable] = [
        Spacer(1, 28 * mm),
        RLParagraph(_markup(block.kind), styles.cover_kind),
        HRFlowable(width="100%", thickness=1.5, color=ACCENT, spaceBefore=0, spaceAfter=6),
        RLParagraph(_markup(block.title), styles.cover_title),
        Spacer(1, 14 * mm),
    ]
    if block.parties:
        flows.append(RLParagraph(_markup(block.between), styles.cover_join))
    for index, (name, role) in enumerate(block.parties):
        if index:
            flows.append(RLParagraph(_markup(block.and_word), styles.cover_join))
        flows += [RLParagraph(_markup(name), styles.cover_party), RLParagraph(_markup(role), styles.cover_role)]
    flows.append(Spacer(1, 14 * mm))
    if block.facts:
        flows.append(_facts(block.facts, styles))
    if block.seal:
        flows += [Spacer(1, 10 * mm), _seal(block.seal, styles)]
    if block.prepared_by:
        flows += [Spacer(1, 6 * mm), RLParagraph(_markup(block.prepared_by), styles.cover_role)]
    return [*flows, RLPageBreak()]


def _facts(facts: tuple[tuple[str, str], ...], styles: _Styles) -> RLTable:
    data = [
        [RLParagraph(_markup(key), styles.caption), RLParagraph(_markup(value), styles.value)]
        for key, value in facts
    ]
    table = RLTable(data, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT")
    table.setStyle(_table_style(styles, [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _seal(text: str, styles: _Styles) -> RLTable:
    table = RLTable([[RLParagraph(_markup(text), styles.seal)]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(_table_style(styles, [
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), SEAL_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _contents(block: TableOfContents, styles: _Styles) -> list[Flowable]:
    """The contents page: filled in with page numbers by ``multiBuild``."""
    depth = min(max(block.depth, 1), 3)
    toc = _Contents(levelStyles=styles.toc_levels[:depth], depth=depth, font=styles.fonts.regular)
    return [RLParagraph(_markup(block.title), styles.headings[1]), toc, RLPageBreak()]


class _Contents(RLTableOfContents):
    """The table of contents down to ``depth``; each entry reads "number text … page"."""

    def __init__(self, *, depth: int, font: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._depth = depth
        self._font = font  # the table's own font too: reportlab's default (Helvetica, not embedded) otherwise

    def addEntry(self, level: int, text: str, pageNum: int, key: str | None = None) -> None:  # noqa: N803
        if level < self._depth:
            super().addEntry(level, text, pageNum, key)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        entries = self._lastEntries or [(0, "", 0, None)]  # the first pass knows no entries yet
        rows = [[_ContentsLine(text, self.getLevelStyle(level), page, key)] for level, text, page, key in entries]
        padding = [
            ("TOPPADDING", (0, row), (0, row), self.getLevelStyle(level).spaceBefore)
            for row, (level, *_) in enumerate(entries)
        ]
        self._table = RLTable(rows, colWidths=(availWidth,),
                              style=[("FONTNAME", (0, 0), (-1, -1), self._font), *self.tableStyle.getCommands(), *padding])
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class _ContentsLine(RLParagraph):
    """One entry, linked to its heading; dot leaders and the page number follow its text.

    They are drawn after the text (not from inside it, as reportlab's own table of
    contents does), so a reader extracts "3.1 Service desk … 4" in reading order.
    """

    def __init__(self, markup: str, style: ParagraphStyle, page: int, key: str | None) -> None:
        link = f'<a href="#{key}">{markup}</a>' if key else markup
        super().__init__(f'{link}<onDraw name="contentsEnd" label="end"/>', style)
        self._page = str(page) if page else ""
        self._ends: list[tuple[float, float]] = []

    def draw(self) -> None:
        def remember(canvas: Canvas, kind: str, label: str) -> None:
            self._ends.append((canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]))

        self._ends.clear()
        self.canv.setNamedCB("contentsEnd", remember)
        super().draw()
        for x, y in self._ends[-1:]:
            self._leader(x, y)

    def _leader(self, x: float, y: float) -> None:
        style, canvas = self.style, self.canv
        page_width = stringWidth(self._page, style.fontName, style.fontSize)
        dot = " . "
        count = int((self.width - x - page_width - 4) / stringWidth(dot, style.fontName, style.fontSize))
        canvas.saveState()
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        if count > 0:
            canvas.drawRightString(self.width - page_width - 2, y, dot * count)
        canvas.drawRightString(self.width, y, self._page)
        canvas.restoreState()


def _key_values(block: KeyValues, styles: _Styles) -> list[Flowable]:
    if not block.rows:
        return []
    data = [
        [RLParagraph(_markup(key), styles.label), RLParagraph(_markup(value), styles.value)]
        for key, value in block.rows
    ]
    table = RLTable(
        data, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT",
        splitInRow=1, spaceAfter=8,
    )
    table.setStyle(_table_style(styles, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    # Facts introduce what follows (a service's targets): keep them together.
    table.keepWithNext = 1
    return [table]


def _table(block: Table, styles: _Styles) -> list[Flowable]:
    ncols = max([len(block.headers), *(len(row) for row in (*block.rows, *block.footer_rows))], default=0)
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
    data += [cells(row, styles.head, styles.head_right) for row in block.footer_rows]
    has_header = bool(block.headers)
    if has_header:
        data.insert(0, cells(block.headers, styles.head, styles.head_right))
    kind = _WholeTable if len(data) <= KEEP_TABLE_ROWS else RLTable
    widths = fit_widths(block.widths, _min_widths(data, styles.fonts.bold), FRAME_WIDTH)
    table = kind(
        data, colWidths=widths, repeatRows=1 if has_header else 0, hAlign="LEFT", splitInRow=1, spaceAfter=10,
    )
    table.setStyle(_table_style(styles, _table_commands(has_header, len(data), len(block.footer_rows))))
    return [table]


class _WholeTable(RLTable):
    """A short table: it moves to the next page rather than split (and keeps its heading)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []


def _table_commands(has_header: bool, nrows: int, nfooter: int) -> list[tuple[Any, ...]]:
    """Horizontal rules only: strong above and below, hairlines between rows."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ]
    if has_header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    if nfooter:
        commands.append(("LINEABOVE", (0, nrows - nfooter), (-1, nrows - nfooter), 0.8, INK))
    return commands


def _signatures(block: SignatureBlock, styles: _Styles) -> list[Flowable]:
    """Signatories two per row: party, the signature line with its mark, then the details."""
    gap = 12 * mm
    width = (FRAME_WIDTH - gap) / 2
    name_l, title_l, signed_l = (_markup(label) for label in block.labels)

    def column(sig: SignatureLine | None) -> list[Flowable | str]:
        if sig is None:
            return ["", "", "", "", "", ""]
        return [
            RLParagraph(_markup(sig.party), styles.label),
            RLParagraph(_markup(sig.mark), styles.mark),
            RLParagraph(_markup(block.signature_label), styles.caption),
            RLParagraph(f"<b>{name_l}:</b> {_markup(sig.name)}", styles.value),
            RLParagraph(f"<b>{title_l}:</b> {_markup(sig.title)}", styles.value),
            RLParagraph(f"<b>{signed_l}:</b> {_markup(sig.signed_at)}", styles.value),
        ]

    tables: list[Flowable] = []
    for i in range(0, len(block.signatures), 2):
        pair = list(block.signatures[i:i + 2]) + [None]
        left, right = column(pair[0]), column(pair[1])
        rows = [[a, "", b] for a, b in zip(left, right)]
        table = RLTable(
            rows, colWidths=[width, gap, width],
            rowHeights=[None, 18 * mm, None, None, None, None], hAlign="LEFT",
        )
        lines = [("LINEBELOW", (c, 1), (c, 1), 0.8, INK) for c in (0, 2) if c == 0 or pair[1]]
        table.setStyle(_table_style(styles, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 2), (-1, 2), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 16),
            *lines,
        ]))
        tables.append(table)
    lead: list[Flowable] = [RLParagraph(_markup(block.heading), styles.headings[2])] if block.heading else []
    if not tables:
        return lead
    # Keep the heading with the first pair; every pair stays whole on one page.
    return [KeepTogether([*lead, Spacer(1, 8), tables[0]]), *(KeepTogether([t]) for t in tables[1:])]


def _table_style(styles: _Styles, commands: list[tuple[Any, ...]]) -> TableStyle:
    # Table cells default to Helvetica even when empty; keep every cell on DejaVu.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular), *commands])


def _min_widths(rows: list[list[RLParagraph]], bold_font: str) -> list[float]:
    """The widest single word of each column, with the cell padding."""
    widths = [0.0] * len(rows[0])
    for row in rows:
        for index, para in enumerate(row):
            bold = para.style.fontName == bold_font
            longest = widest_word(para.getPlainText(), para.style.fontSize, bold)
            widths[index] = max(widths[index], longest + CELL_PADDING * 2 + 1)
    return widths


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
