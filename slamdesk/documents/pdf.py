"""Render a :class:`~slamdesk.documents.tree.Document` to PDF with reportlab."""

from __future__ import annotations

import datetime as dt
import io
from functools import partial
from pathlib import Path
from typing import Any

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
)
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from slamdesk.documents.fonts import FontNames, register_reportlab_fonts
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
)

from .files import write_atomic
from .pdf_styles import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MIN_SPLIT_GROUP,
    MIN_SPLIT_ROOM,
    MUTED,
    PAGE_SIZE,
    RULE,
    SEAL_BG,
    Styles,
    clean,
    fit,
    markup,
)
from .pdf_tables import WholeTable, key_values, signatures, table, table_style


def render(document: Document, path: Path) -> None:
    """Write ``document`` as a PDF to ``path`` atomically (temp file + rename).

    A missing folder raises ``FileNotFoundError`` and writes nothing.
    """
    write_atomic(Path(path), render_bytes(document))


def render_bytes(document: Document) -> bytes:
    """The PDF for ``document``; identical trees give identical bytes."""
    fonts = register_reportlab_fonts()
    styles = Styles(fonts)
    buffer = io.BytesIO()
    template = _Template(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean(document.title),
        subject=clean(document.subtitle),
        keywords=clean(document.keywords),
        author=clean(document.author),
        creator="slamdesk",
        lang=document.language or None,
        invariant=1,
        initialFontName=fonts.regular,
    )
    canvasmaker = partial(
        _NumberedCanvas,
        footer=clean(document.footer),
        detail=clean(document.footer_detail),
        page_label=clean(document.page_label),
        of_label=clean(document.page_of_label),
        fonts=fonts,
        created=document.created,
    )
    story = _story(document, styles)
    if any(isinstance(block, TableOfContents) for block in document.blocks):
        template.multiBuild(story, canvasmaker=canvasmaker)
    else:
        template.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


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
        ends_whole = bool(self._content) and isinstance(self._content[-1], WholeTable)
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
        self.drawString(MARGIN_X, y, fit(self._footer, font, 8, room))
        if self._detail:
            self.setFont(font, 6.5)
            self.drawString(MARGIN_X, y - 3.6 * mm, fit(self._detail, font, 6.5, FRAME_WIDTH))
        self.restoreState()


def _story(document: Document, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if not document.has_title_page:
        if document.title:
            story.append(RLParagraph(markup(document.title), styles.title))
        if document.subtitle:
            story.append(RLParagraph(markup(document.subtitle), styles.subtitle))
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


def _block(block: Block, styles: Styles) -> list[Flowable]:
    if isinstance(block, Heading):
        return [_heading(block, styles)]
    if isinstance(block, Paragraph):
        return [RLParagraph(markup(block.text), styles.body)]
    if isinstance(block, Note):
        return [RLParagraph(markup(block.text), styles.note)]
    if isinstance(block, NumberedList):
        return _numbered_list(block, styles)
    if isinstance(block, KeyValues):
        return key_values(block, styles)
    if isinstance(block, Table):
        return table(block, styles)
    if isinstance(block, SignatureBlock):
        return signatures(block, styles)
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


def _heading(block: Heading, styles: Styles) -> RLParagraph:
    """A heading, its number hanging in the gutter; it goes to the outline and the TOC."""
    level = min(max(block.level, 1), 3)
    if block.number:
        para = RLParagraph(
            markup(block.text), styles.numbered_headings[level], bulletText=clean(block.number)
        )
    else:
        para = RLParagraph(markup(block.text), styles.headings[level])
    para.outline_level = level - 1
    para.outline_text = clean(block.full_text)
    number = f"<bullet>{markup(block.number)}</bullet>" if block.number else ""
    para.toc_markup = number + markup(block.text)
    return para


def _numbered_list(block: NumberedList, styles: Styles) -> list[Flowable]:
    flows: list[Flowable] = [
        RLParagraph(markup(item), styles.list_item, bulletText=f"{number}.")
        for number, item in enumerate(block.items, start=1)
    ]
    return [*flows, Spacer(1, 4)] if flows else []


def _title_page(block: TitlePage, styles: Styles) -> list[Flowable]:
    """The cover: kind, title, the parties, the facts, the seal; then a new page."""
    flows: list[Flowable] = [
        Spacer(1, 28 * mm),
        RLParagraph(markup(block.kind), styles.cover_kind),
        HRFlowable(width="100%", thickness=1.5, color=ACCENT, spaceBefore=0, spaceAfter=6),
        RLParagraph(markup(block.title), styles.cover_title),
        Spacer(1, 14 * mm),
    ]
    if block.parties:
        flows.append(RLParagraph(markup(block.between), styles.cover_join))
    for index, (name, role) in enumerate(block.parties):
        if index:
            flows.append(RLParagraph(markup(block.and_word), styles.cover_join))
        flows += [RLParagraph(markup(name), styles.cover_party), RLParagraph(markup(role), styles.cover_role)]
    flows.append(Spacer(1, 14 * mm))
    if block.facts:
        flows.append(_facts(block.facts, styles))
    if block.seal:
        flows += [Spacer(1, 10 * mm), _seal(block.seal, styles)]
    if block.prepared_by:
        flows += [Spacer(1, 6 * mm), RLParagraph(markup(block.prepared_by), styles.cover_role)]
    return [*flows, RLPageBreak()]


def _facts(facts: tuple[tuple[str, str], ...], styles: Styles) -> RLTable:
    data = [
        [RLParagraph(markup(key), styles.caption), RLParagraph(markup(value), styles.value)]
        for key, value in facts
    ]
    table = RLTable(data, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT")
    table.setStyle(table_style(styles, [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _seal(text: str, styles: Styles) -> RLTable:
    table = RLTable([[RLParagraph(markup(text), styles.seal)]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(table_style(styles, [
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), SEAL_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _contents(block: TableOfContents, styles: Styles) -> list[Flowable]:
    """The contents page: filled in with page numbers by ``multiBuild``."""
    depth = min(max(block.depth, 1), 3)
    toc = _Contents(levelStyles=styles.toc_levels[:depth], depth=depth, font=styles.fonts.regular)
    return [RLParagraph(markup(block.title), styles.headings[1]), toc, RLPageBreak()]


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


