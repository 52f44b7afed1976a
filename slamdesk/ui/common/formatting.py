"""How values from ``core`` are written on screen: money, dates, hashes, statuses, roles and parties.

``core`` names a status, a role, a party or a requirements document's state by a code (``in_review``); the
window shows it by the name below, in the window's language (``status_name(Status.IN_REVIEW)``: "In review").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtGui import QColor

from ...core.catalogue import format_duration
from ...core.lifecycle import Status
from ...core.money import format_money
from ...core.register import DocumentRef
from ...core.requirements_rules import DocumentStatus
from ...core.roles import Role
from .i18n import translate

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

# The names the window gives core's codes, shown through ``translate("Formatting", ...)`` (the functions below).
STATUS_NAMES: dict[str, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Formatting", "Draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Formatting", "In review"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Formatting", "Changes requested"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Formatting", "Approved"),
    Status.SIGNED: QT_TRANSLATE_NOOP("Formatting", "Signed"),
    Status.ACTIVE: QT_TRANSLATE_NOOP("Formatting", "Active"),
    Status.TERMINATED: QT_TRANSLATE_NOOP("Formatting", "Terminated"),
}
ROLE_NAMES: dict[str, str] = {
    Role.REPRESENTATIVE: QT_TRANSLATE_NOOP("Formatting", "Representative"),
    Role.LEGAL_REVIEWER: QT_TRANSLATE_NOOP("Formatting", "Legal reviewer"),
    Role.QUALITY_CHECKER: QT_TRANSLATE_NOOP("Formatting", "Quality checker"),
    Role.CUSTOMER_SIGNATORY: QT_TRANSLATE_NOOP("Formatting", "Customer signatory"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Formatting", "Administrator"),
}
PARTY_NAMES: dict[str, str] = {
    "provider": QT_TRANSLATE_NOOP("Formatting", "Provider"),
    "customer": QT_TRANSLATE_NOOP("Formatting", "Customer"),
}
DOCUMENT_STATUS_NAMES: dict[str, str] = {
    DocumentStatus.DRAFT: QT_TRANSLATE_NOOP("Formatting", "Draft"),
    DocumentStatus.SENT: QT_TRANSLATE_NOOP("Formatting", "Sent to customer"),
    DocumentStatus.APPROVED: QT_TRANSLATE_NOOP("Formatting", "Approved by customer"),
}


def status_name(status: str) -> str:
    """An agreement's status as a label ("In review"); ``.lower()`` it inside a sentence. Unknown codes as they are."""
    return translate("Formatting", STATUS_NAMES[status]) if status in STATUS_NAMES else str(status)


def role_name(role: str) -> str:
    """A profile's role as a label ("Legal reviewer")."""
    return translate("Formatting", ROLE_NAMES[role]) if role in ROLE_NAMES else str(role)


def party_name(party: str) -> str:
    """A signing party ("Provider", "Customer")."""
    return translate("Formatting", PARTY_NAMES[party]) if party in PARTY_NAMES else str(party)


def document_status_name(status: str) -> str:
    """A requirements document's state ("Sent to customer")."""
    return translate("Formatting", DOCUMENT_STATUS_NAMES[status]) if status in DOCUMENT_STATUS_NAMES else str(status)


def display_locale() -> str:
    """The babel locale matching Qt's default locale, or ``en`` when babel does not know it.

    The C and POSIX locales (``LANG=C.UTF-8``, a bare container) say nothing
    about the person, so they read as English rather than as POSIX's ungrouped
    numbers.
    """
    shown = QLocale()
    return _babel_locale(shown.name(), shown.language() == QLocale.Language.C)


@functools.lru_cache(maxsize=64)
def _babel_locale(name: str, c_language: bool) -> str:
    if name in ("C", "POSIX") or c_language:
        return "en"
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return "en"
    return name


def money(amount: Decimal, currency: str) -> str:
    return _money(str(amount), currency, display_locale())


@functools.lru_cache(maxsize=4096)
def _money(amount: str, currency: str, where: str) -> str:
    """Written once per amount, currency and locale (a table asks for the same cell's text many times over; keyed
    by the amount's text, so that ``-0`` and ``0`` stay apart)."""
    return format_money(Decimal(amount), currency, where)


def date(value: dt.date) -> str:
    """A date as the person's locale writes it out (babel's medium form: ``5 okt. 2026``, ``5 thg 10, 2026``,
    ``5 жовт. 2026 р.``, ``Oct 5, 2026``: never a bare ``05/10/26`` a reader in another country takes for
    another day); ISO 8601 (``2026-10-05``) where the locale says nothing about the person (C, POSIX)."""
    where = display_locale()
    if where == "en":
        return value.isoformat()
    return format_date(value, "medium", locale=where)


def timestamp(value: dt.datetime) -> str:
    """A stored UTC time in the machine's local zone, to the minute: the date as ``date`` writes it, then the
    time as the locale does (``14:03``, ``2:03 PM``)."""
    local = value.astimezone()
    where = display_locale()
    if where == "en":
        return local.strftime("%Y-%m-%d %H:%M")
    return f"{format_date(local.date(), 'medium', locale=where)} {format_time(local.time(), 'short', locale=where)}"


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
        return translate("Formatting", "{size} B").format(size=size_bytes)
    return translate("Formatting", "{size} KiB").format(size=f"{size_bytes / 1024:.0f}")


# Input and display helpers for the catalogue and requirements editors.

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def decimal_text(value: Decimal | None) -> str:
    """``Decimal('25.0000')`` as ``25``, ``None`` as empty: how a stored number is edited."""
    if value is None:
        return ""
    return format(value.normalize(), "f")


def share(value: Decimal) -> str:
    """A measured share as the locale writes numbers, to its own precision: ``99,95 %``, ``100 %``."""
    return f"{format_decimal(value, locale=display_locale(), decimal_quantization=False)} %"


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


def person_with_role(name: str, role: Role) -> str:
    """"Anna Lindqvist (representative)": who a profile is, as lists of profiles show them."""
    return translate("Formatting", "{name} ({role})").format(name=name, role=role_name(role).lower())
