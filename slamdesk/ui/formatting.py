"""How values from ``core`` are written on screen: money, dates, hashes, statuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from ..core.lifecycle import Status
from ..core.money import format_money
from ..core.register import DocumentRef

SHORT_HASH = 8

STATUS_COLOURS: dict[Status, str] = {
    Status.DRAFT: "#7a7a7a",
    Status.IN_REVIEW: "#b7791f",
    Status.CHANGES_REQUESTED: "#c05621",
    Status.APPROVED: "#2b6cb0",
    Status.SIGNED: "#2f855a",
    Status.ACTIVE: "#276749",
    Status.TERMINATED: "#9b2c2c",
}


def display_locale() -> str:
    """The babel locale matching Qt's default locale, or ``en`` when babel does not know it."""
    name = QLocale().name()
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return "en"
    return name


def money(amount: Decimal, currency: str) -> str:
    return format_money(amount, currency, display_locale())


def date(value: dt.date) -> str:
    return value.isoformat()


def timestamp(value: dt.datetime) -> str:
    """A stored UTC time in the machine's local zone, to the minute."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def short_hash(sha256: str) -> str:
    return f"{sha256[:SHORT_HASH]}…"


def documents_summary(documents: Iterable[DocumentRef]) -> str:
    """``PDF 3f2a9c1e…, DOCX 88b0d2aa…``: one entry per exported file."""
    return ", ".join(f"{doc.format.upper()} {short_hash(doc.sha256)}" for doc in documents)


def documents_tooltip(documents: Iterable[DocumentRef]) -> str:
    return "\n".join(f"{doc.format.upper()}  SHA-256 {doc.sha256}\n{doc.path}" for doc in documents)


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


def file_size(size_bytes: int) -> str:
    if size_bytes < 1024:
        return f"{size_bytes} B"
    return f"{size_bytes / 1024:.0f} KiB"
