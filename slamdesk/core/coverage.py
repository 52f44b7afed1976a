"""Hours of coverage: "24x7" or "Mon-Fri 08:00-17:00", and whether one covers another."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError
from .words import _

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
COVERAGE_OPTIONS: tuple[str, ...] = (
    "Mon-Fri 08:00-17:00",
    "Mon-Fri 07:00-19:00",
    "Mon-Sat 07:00-22:00",
    "24x7",
)
_WINDOW = re.compile(r"^(?P<first>[A-Z][a-z]{2})-(?P<last>[A-Z][a-z]{2}) (?P<start>\d\d:\d\d)-(?P<end>\d\d:\d\d)$")


@dataclass(frozen=True)
class Coverage:
    """Days of the week (0 = Monday) and the daily window; 24x7 is every day all day."""

    days: frozenset[int]
    start: dt.time
    end: dt.time | None  # None: until midnight

    def covers(self, other: Coverage) -> bool:
        if not other.days <= self.days or self.start > other.start:
            return False
        if self.end is None:
            return True
        return other.end is not None and other.end <= self.end

    @property
    def weekly_hours(self) -> float:
        end = 24.0 if self.end is None else self.end.hour + self.end.minute / 60
        return len(self.days) * (end - (self.start.hour + self.start.minute / 60))


def parse_coverage(text: str) -> Coverage:
    """``24x7`` or ``<Day>-<Day> HH:MM-HH:MM``; anything else is refused."""
    text = text.strip()
    if text.lower() == "24x7":
        return Coverage(frozenset(range(7)), dt.time(0, 0), None)
    match = _WINDOW.match(text)
    if match is None or match["first"] not in DAYS or match["last"] not in DAYS:
        raise ValidationError(
            _("hours of coverage {text!r}: write 24x7 or like Mon-Fri 08:00-17:00").format(text=text), field="coverage"
        )
    first, last = DAYS.index(match["first"]), DAYS.index(match["last"])
    try:
        start = dt.time.fromisoformat(match["start"])
        end = None if match["end"] == "24:00" else dt.time.fromisoformat(match["end"])
    except ValueError:
        raise ValidationError(_("hours of coverage {text!r}: not a time of day").format(text=text), field="coverage") from None
    if first > last or (end is not None and end <= start):
        raise ValidationError(_("hours of coverage {text!r}: the window is empty").format(text=text), field="coverage")
    return Coverage(frozenset(range(first, last + 1)), start, end)


def covers(offered: str, required: str) -> bool:
    return parse_coverage(offered).covers(parse_coverage(required))
