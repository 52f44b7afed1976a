"""Reporting periods by name: a month (``2026-10``), a quarter (``2026-Q4``) or a year (``2026``).

A period's instants are counted in a zone: from local midnight of its first day to local
midnight after its last, given in UTC (``Period.bounds``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .. import text
from ..errors import ValidationError
from ..words import _

_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})|Q(?P<quarter>[1-4])))?$", re.ASCII)


@dataclass(frozen=True)
class Period:
    """A month, quarter or year: its name and its days, ``first`` to ``after`` (not included)."""

    name: str
    first: dt.date
    after: dt.date

    def bounds(self, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
        """The period's instants (in UTC) from local midnight of its first day in ``zone`` to local midnight after it.

        In UTC, as Python subtracts two times of one zone by their wall clocks (a day with a DST change is 24 hours).
        """
        return tuple(dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)  # type: ignore[return-value]
                     for day in (self.first, self.after))


def period(name: str) -> Period:
    """``2026-10``, ``2026-Q4`` or ``2026``; anything else is refused."""
    found = _PERIOD.match(name.strip())
    year = int(found["year"]) if found else 0
    if found is None or not 1900 <= year <= 9998 or (found["month"] and not 1 <= int(found["month"]) <= 12):
        raise ValidationError(_("period {name}: write a month (2026-10), a quarter (2026-Q4) or a year (2026)").format(
            name=text.quoted(name)), field="period")
    if found["month"]:
        first = dt.date(year, int(found["month"]), 1)
        return Period(found.group(0), first, _months_later(first, 1))
    if found["quarter"]:
        first = dt.date(year, 3 * int(found["quarter"]) - 2, 1)
        return Period(found.group(0), first, _months_later(first, 3))
    return Period(found.group(0), dt.date(year, 1, 1), dt.date(year + 1, 1, 1))


def last_month(today: dt.date) -> Period:
    """The whole month before ``today``'s: what a monthly report covers by default."""
    first = today.replace(day=1)
    previous = dt.date(first.year - 1, 12, 1) if first.month == 1 else first.replace(month=first.month - 1)
    return period(f"{previous.year:04d}-{previous.month:02d}")


def last_whole(kind: str, today: dt.date) -> Period:
    """The whole month, quarter or year (``kind``) before the one ``today`` is in."""
    if kind == "year":
        return period(f"{today.year - 1:04d}")
    if kind == "quarter":
        quarter = (today.month - 1) // 3  # the current one, from 0
        return period(f"{today.year - 1:04d}-Q4" if quarter == 0 else f"{today.year:04d}-Q{quarter}")
    return last_month(today)


def _months_later(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
