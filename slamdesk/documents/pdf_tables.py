"""The PDF's tables: key/value facts, data tables with header and footer rows, the signature block."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph as RLParagraph, Spacer, Table as RLTable, TableStyle

from slamdesk.documents.fonts import widest_word
from slamdesk.documents.tree import KeyValues, SignatureBlock, SignatureLine, Table, fit_widths

from .pdf_styles import CELL_PADDING, FRAME_WIDTH, HEADER_BG, INK, KEEP_TABLE_ROWS, RULE, Styles, markup


def key_values(block: KeyValues, styles: Styles) -> list[Flowable]:
    if not block.rows:
        return []
    data = [
        [RLParagraph(markup(key), styles.label), RLParagraph(markup(value), styles.value)]
        for key, value in block.rows
    ]
    table = RLTable(
        data, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT",
        splitInRow=1, spaceAfter=8,
    )
    table.setStyle(table_style(styles, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    # Facts introduce what follows (a service's targets): keep them together.
    table.keepWithNext = 1
    return [table]


def table(block: Table, styles: Styles) -> list[Flowable]:
    ncols = max([len(block.headers), *(len(row) for row in (*block.rows, *block.footer_rows))], default=0)
    if ncols == 0:
        return []
    numeric = set(block.numeric_columns)

    def cells(row: tuple[str, ...], left: ParagraphStyle, right: ParagraphStyle) -> list[RLParagraph]:
        padded = list(row) + [""] * (ncols - len(row))
        return [
            RLParagraph(markup(text), right if i in numeric else left)
            for i, text in enumerate(padded)
        ]

    data = [cells(row, styles.cell, styles.cell_right) for row in block.rows]
    data += [cells(row, styles.head, styles.head_right) for row in block.footer_rows]
    has_header = bool(block.headers)
    if has_header:
        data.insert(0, cells(block.headers, styles.head, styles.head_right))
    kind = WholeTable if len(data) <= KEEP_TABLE_ROWS else RLTable
    widths = fit_widths(block.widths, min_widths(data, styles.fonts.bold), FRAME_WIDTH)
    table = kind(
        data, colWidths=widths, repeatRows=1 if has_header else 0, hAlign="LEFT", splitInRow=1, spaceAfter=10,
    )
    table.setStyle(table_style(styles, table_commands(has_header, len(data), len(block.footer_rows))))
    return [table]


class WholeTable(RLTable):
    """A short table: it moves to the next page rather than split (and keeps its heading)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []


def table_commands(has_header: bool, nrows: int, nfooter: int) -> list[tuple[Any, ...]]:
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


def signatures(block: SignatureBlock, styles: Styles) -> list[Flowable]:
    """Signatories two per row: party, the signature line with its mark, then the details."""
    gap = 12 * mm
    width = (FRAME_WIDTH - gap) / 2
    name_l, title_l, signed_l = (markup(label) for label in block.labels)

    def column(sig: SignatureLine | None) -> list[Flowable | str]:
        if sig is None:
            return ["", "", "", "", "", ""]
        return [
            RLParagraph(markup(sig.party), styles.label),
            RLParagraph(markup(sig.mark), styles.mark),
            RLParagraph(markup(block.signature_label), styles.caption),
            RLParagraph(f"<b>{name_l}:</b> {markup(sig.name)}", styles.value),
            RLParagraph(f"<b>{title_l}:</b> {markup(sig.title)}", styles.value),
            RLParagraph(f"<b>{signed_l}:</b> {markup(sig.signed_at)}", styles.value),
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
        table.setStyle(table_style(styles, [
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
    lead: list[Flowable] = [RLParagraph(markup(block.heading), styles.headings[2])] if block.heading else []
    if not tables:
        return lead
    # Keep the heading with the first pair; every pair stays whole on one page.
    return [KeepTogether([*lead, Spacer(1, 8), tables[0]]), *(KeepTogether([t]) for t in tables[1:])]


def table_style(styles: Styles, commands: list[tuple[Any, ...]]) -> TableStyle:
    # Table cells default to Helvetica even when empty; keep every cell on DejaVu.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular), *commands])


def min_widths(rows: list[list[RLParagraph]], bold_font: str) -> list[float]:
    """The widest single word of each column, with the cell padding."""
    widths = [0.0] * len(rows[0])
    for row in rows:
        for index, para in enumerate(row):
            bold = para.style.fontName == bold_font
            longest = widest_word(para.getPlainText(), para.style.fontSize, bold)
            widths[index] = max(widths[index], longest + CELL_PADDING * 2 + 1)
    return widths
