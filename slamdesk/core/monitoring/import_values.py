"""The values of an imported row, read as slamdesk stores them (``importing``'s rules): text, instants, numbers.

Each raises ``RowError`` for a value that makes its row bad; a time without a zone in an
import without one refuses the whole file (``ValidationError``), naming its row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import text
from ..errors import ValidationError
from ..words import _


class RowError(Exception):
    """What is wrong with one row (raised while reading it; becomes a ``BadRow``)."""


def zone(name: str | None) -> ZoneInfo | None:
    """The import's time zone for times written without an offset (None: such times are refused)."""
    if name is None or name == "":
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("{name} is not a time zone (e.g. Europe/Stockholm)").format(name=text.quoted(name)),
                              field="timezone") from error


def words(value: Any, label: str, max_length: int, *, required: bool = False) -> str:
    """A text value as stored (``core.text.clean``); a number written in a cell is its digits."""
    if isinstance(value, RowError):
        raise value
    if value is None:
        value = ""
    elif isinstance(value, bool):
        value = str(value).lower()
    elif isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, (int, float, Decimal)):
        value = str(value)
    if not isinstance(value, str):
        raise RowError(_("{label} is not text").format(label=label))
    if value.isascii() and value.isprintable() and 0 < len(value) <= max_length and value == value.strip():
        return value  # what text.clean keeps as it is: printable ASCII (already NFC), trimmed, not too long
    try:
        return text.clean(value, field=label, label=label, max_length=max_length, required=required,
                          missing=_("{label} is missing").format(label=label))
    except ValidationError as error:
        raise RowError(str(error)) from None


_OFFSET = re.compile(r"(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([+-]\d{2}):?(\d{2})$")  # "09:12:33 +0200" -> "09:12:33+02:00"


def instant(value: Any, label: str, where: str, tz: ZoneInfo | None, formats: Sequence[str] = ()) -> dt.datetime | None:
    """An instant in UTC to the second, from an ISO 8601 text, one of ``formats`` or a workbook's date cell.

    A time without an offset is read in ``tz``; with no ``tz`` it refuses the whole file (``ValidationError``).
    """
    if isinstance(value, RowError):
        raise value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    moment: dt.datetime | None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        written = value.strip()
        moment = _parsed(written, formats)
        if moment is None:
            raise RowError(_("{label} {value} is not a date and time").format(label=label, value=text.quoted(written, 40)))
    else:
        raise RowError(_("{label} {value!r} is not a date and time").format(label=label, value=value))
    if moment.tzinfo is None or moment.utcoffset() is None:
        if tz is None:
            raise ValidationError(
                _("{where}, {label}: {value} has no time zone; give the zone the file's times are in "
                  "(--timezone, e.g. Europe/Stockholm)").format(where=where, label=label, value=text.quoted(str(value), 40)),
                field="timezone")
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _parsed(written: str, formats: Sequence[str]) -> dt.datetime | None:
    for candidate in (written, _OFFSET.sub(r"\1\2:\3", written)):
        try:
            return dt.datetime.fromisoformat(candidate)
        except ValueError:
            continue
    for pattern in formats:
        try:
            return _strptime(written, pattern)
        except ValueError:
            continue
    return None


_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_WORD = re.compile(r"[A-Za-z]{3}")
_HALF_DAY = re.compile(r"\s*\b([AaPp])\.?[Mm]\.?$")


def _strptime(written: str, pattern: str) -> dt.datetime:
    """``strptime`` with English month names (``%b``) and AM/PM (``%p``) whatever the process's locale
    (the window's Qt sets the user's, in which ``Oct`` or ``PM`` may not be words ``strptime`` knows)."""
    if "%b" in pattern:
        month = _MONTH_WORD.search(written)
        if month is None or month.group().lower() not in _MONTHS:
            raise ValueError(written)
        written = f"{written[:month.start()]}{_MONTHS[month.group().lower()]:02d}{written[month.end():]}"
        pattern = pattern.replace("%b", "%m")
    afternoon: bool | None = None
    if "%p" in pattern:
        half = _HALF_DAY.search(written)
        if half is None:
            raise ValueError(written)
        afternoon, written = half.group(1).lower() == "p", written[:half.start()]
        pattern = pattern.replace("%p", "").replace("%I", "%H").rstrip()
    moment = dt.datetime.strptime(written, pattern)
    if afternoon is not None:
        if not 1 <= moment.hour <= 12:
            raise ValueError(written)
        moment = moment.replace(hour=moment.hour % 12 + (12 if afternoon else 0))
    return moment


def number(value: Any, label: str, low: int, high: int) -> int | None:
    """A whole number from ``low`` to ``high`` (None when empty)."""
    if isinstance(value, RowError):
        raise value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).strip()) if not isinstance(value, bool) else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount != amount.to_integral_value() or not low <= amount <= high:
        raise RowError(_("{label} is {value}; it is a whole number from {low} to {high}").format(
            label=label, value=text.quoted(str(value), 40), low=low, high=high))
    return int(amount)


def minutes(value: Any, label: str) -> dt.timedelta | None:
    """A duration in minutes (whole or decimal, from 0)."""
    if isinstance(value, RowError):
        raise value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite() or amount < 0 or amount > 10_000_000:
        raise RowError(_("{label} is {value}; it is a number of minutes from 0").format(
            label=label, value=text.quoted(str(value), 40)))
    return dt.timedelta(seconds=int(amount * 60))


