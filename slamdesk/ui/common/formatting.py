"""How values from ``core`` are written on screen: money, dates, hashes, statuses."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from ...core.catalogue import format_duration
from ...core.lifecycle import Status
from ...core.money import format_money
from ...core.register import DocumentRef

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
WARNING = "#9b2c2c"  # a figure that needs the reader's attention (an experience goal missed)


def display_locale() -> str:
    """The babel locale matching Qt's default locale, or ``en`` when babel does not know it.

    The C and POSIX locales (``LANG=C.UTF-8``, a bare container) say nothing
    about the person, so they read as English rather than as POSIX's ungrouped
    numbers.
    """
    name = QLocale().name()
    if name in ("C", "POSIX") or QLocale().language() == QLocale.Language.C:
        return "en"
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


def document_formats(documents: Iterable[DocumentRef]) -> str:
    """``PDF · DOCX``: the formats exported, for a narrow column (the hashes are in ``documents_tooltip``)."""
    return " · ".join(doc.format.upper() for doc in documents)


def documents_tooltip(documents: Iterable[DocumentRef]) -> str:
    return "\n".join(f"{doc.format.upper()}  SHA-256 {doc.sha256}\n{doc.path}" for doc in documents)


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


def warning_colour() -> QColor:
    return QColor(WARNING)


def file_size(size_bytes: int) -> str:
    if size_bytes < 1024:
        return f"{size_bytes} B"
    return f"{size_bytes / 1024:.0f} KiB"


# Input and display helpers for the catalogue and requirements editors.

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def decimal_text(value: Decimal | None) -> str:
    """``Decimal('25.0000')`` as ``25``, ``None`` as empty: how a stored number is edited."""
    if value is None:
        return ""
    return format(value.normalize(), "f")


def percent(value: Decimal) -> str:
    return f"{decimal_text(value)} %"


def duration(minutes: int) -> str:
    return format_duration(minutes)


def whole_number(text: str) -> int | str:
    """``text`` as an int when it is one; else the text as typed, so ``core`` refuses it with its own message."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    try:
        return int(cleaned)
    except ValueError:
        return text.strip()


_DURATION_PART = re.compile(r"(\d+)\s*(d|h|min|m)?", re.IGNORECASE)
_MINUTES = {"d": 24 * 60, "h": 60, "min": 1, "m": 1, None: 1}


def parse_duration(text: str) -> int | str:
    """Minutes from ``4 h``, ``30 min``, ``1 d 2 h`` (as ``format_duration`` writes) or a bare number of minutes.

    Text it cannot read is returned as typed, for ``core`` to refuse with its own message.
    """
    cleaned = text.strip()
    if not cleaned:
        return ""
    total, position = 0, 0
    for match in _DURATION_PART.finditer(cleaned):
        if cleaned[position:match.start()].strip():
            return cleaned
        unit = match.group(2).lower() if match.group(2) else None
        total += int(match.group(1)) * _MINUTES[unit]
        position = match.end()
    if cleaned[position:].strip() or position == 0:
        return cleaned
    return total
