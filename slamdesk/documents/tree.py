"""A neutral document tree that every renderer draws the same way.

``core`` builds a :class:`Document` from an agreement; ``pdf.render`` and
``docx.render`` turn that one tree into files, so the PDF and the DOCX never
drift apart. Every text here is final, already translated and formatted.

A document whose blocks contain a :class:`TitlePage` shows its title there;
otherwise renderers open the first page with ``Document.title`` and
``subtitle``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1..3
    # Section number drawn before the text, e.g. "3.1"; empty for none.
    number: str = ""

    @property
    def full_text(self) -> str:
        """Number and text, as the outline and the table of contents show it."""
        return f"{self.number} {self.text}" if self.number else self.text


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Note:
    """A small, muted remark (provenance of a clause, what amounts exclude)."""

    text: str


@dataclass(frozen=True)
class NumberedList:
    """Items numbered 1, 2, 3 … (a Word "List Number" list in DOCX)."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class KeyValues:
    """A two-column list of labelled facts (parties, dates, totals)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative column widths; empty means equal widths.
    widths: tuple[float, ...] = ()
    # Index of columns whose cells are numbers (drawn right-aligned).
    numeric_columns: tuple[int, ...] = ()
    # Rows drawn bold after the body, such as totals.
    footer_rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class SignatureLine:
    party: str
    name: str
    title: str
    signed_at: str
    # Written over the signature line, e.g. "Anna Lindqvist, signed electronically".
    mark: str = ""


@dataclass(frozen=True)
class SignatureBlock:
    heading: str
    signatures: tuple[SignatureLine, ...]
    labels: tuple[str, str, str] = ("Name", "Title", "Signed")
    # Caption under the signature line.
    signature_label: str = "Signature"


@dataclass(frozen=True)
class TitlePage:
    """The cover: what the document is, between whom, and its key facts.

    Renderers start a new page after it.
    """

    kind: str  # e.g. "Service-level agreement"
    title: str
    # (name, role) of each party, e.g. ("Nordvik AB", "Provider").
    parties: tuple[tuple[str, str], ...]
    facts: tuple[tuple[str, str], ...]
    seal: str = ""
    prepared_by: str = ""
    # Words joining the parties: "between" A "and" B.
    between: str = "between"
    and_word: str = "and"


@dataclass(frozen=True)
class TableOfContents:
    """The headings of the document up to ``depth`` with their page numbers.

    Renderers start a new page after it.
    """

    title: str
    depth: int = 2


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Chart:
    """A bar chart of one figure per period (a compliance trend), with its target as a line.

    ``values`` are percentages (None: nothing measured that period, drawn as no bar); the
    axis runs from ``low`` to 100. The PDF draws it with reportlab's graphics, the DOCX
    shows the same chart as an image.
    """

    title: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    target: float | None = None
    target_label: str = ""
    low: float = 0.0
    # Each value as written above its bar, and the axis' low, middle and top, in the document's
    # locale ("99,864"); empty: written plainly.
    value_texts: tuple[str, ...] = ()
    axis_texts: tuple[str, ...] = ()


Block = (
    Heading | Paragraph | Note | NumberedList | KeyValues | Table | SignatureBlock
    | TitlePage | TableOfContents | PageBreak | Chart
)


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    language: str
    # Running footer on every page, e.g. "SLA-2026-0001 · Version 1".
    footer: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    # Label for page numbers, e.g. "Page" -> "Page 2 of 7".
    page_label: str = "Page"
    page_of_label: str = "of"
    # Machine-readable facts stored in the file's metadata (PDF /Keywords,
    # DOCX keywords), e.g. the agreement number and its content hash.
    keywords: str = ""
    # A second, smaller footer line, e.g. the content's SHA-256.
    footer_detail: str = ""
    # Who the file says wrote it (the provider) and when it was made (a signed agreement: the moment it was
    # signed). None: no moment of its own, and a fixed one stands, so the same tree always gives the same bytes.
    author: str = ""
    created: dt.datetime | None = None

    @property
    def has_title_page(self) -> bool:
        return any(isinstance(b, TitlePage) for b in self.blocks)


def fit_widths(relative: Sequence[float], minimum: Sequence[float], total: float) -> list[float]:
    """Column widths summing to ``total``: ``relative`` scaled, widened to ``minimum``.

    A column below its minimum (its widest word) takes the room from the others
    in proportion to their slack; when even the minimums do not fit, the
    relative widths stand and words break instead. Empty or non-positive
    ``relative`` means equal widths.
    """
    ncols = len(minimum)
    if len(relative) != ncols or any(w <= 0 for w in relative):
        relative = (1.0,) * ncols
    scale = total / sum(relative)
    widths = [w * scale for w in relative]
    if sum(minimum) > total:
        return widths
    while any(w < m - 0.01 for w, m in zip(widths, minimum)):
        short = sum(max(m - w, 0) for w, m in zip(widths, minimum))
        slack = sum(max(w - m, 0) for w, m in zip(widths, minimum))
        widths = [m if w <= m else w - short * (w - m) / slack for w, m in zip(widths, minimum)]
    return widths
