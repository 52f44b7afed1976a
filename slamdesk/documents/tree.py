"""A neutral document tree that every renderer draws the same way.

``core`` builds a :class:`Document` from an agreement; ``pdf.render`` and
``docx.render`` turn that one tree into files, so the PDF and the DOCX never
drift apart. Every text here is final, already translated and formatted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1..3


@dataclass(frozen=True)
class Paragraph:
    text: str


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


@dataclass(frozen=True)
class SignatureLine:
    party: str
    name: str
    title: str
    signed_at: str


@dataclass(frozen=True)
class SignatureBlock:
    heading: str
    signatures: tuple[SignatureLine, ...]
    labels: tuple[str, str, str] = ("Name", "Title", "Signed")


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Union[Heading, Paragraph, KeyValues, Table, SignatureBlock, PageBreak]


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    language: str
    # Running footer on every page, e.g. "SLA-2026-0001 v1 · sha256 abc…".
    footer: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    # Label for page numbers, e.g. "Page" -> "Page 2 of 7".
    page_label: str = "Page"
    page_of_label: str = "of"
    # Machine-readable facts stored in the file's metadata (PDF /Keywords,
    # DOCX keywords), e.g. the agreement number and its content hash.
    keywords: str = ""
