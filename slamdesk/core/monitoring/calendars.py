"""Business-hours calendars: how much working time lies between two instants, and when a target falls due.

A calendar has an IANA time zone, working intervals per weekday (several a day; ``24:00``
as an end; ``22:00-06:00`` runs into the next day), whole-day holidays (listed, and a
country's public holidays from the ``holidays`` package, optionally of one region, as
``"DE-BY"``) and partial closures (instants from/to). Everything else asks two functions:

* ``elapsed(calendar, start, end, pauses=())``: the business seconds in [start, end), less
  the business seconds of the pauses;
* ``deadline(calendar, start, seconds, pauses=())``: the instant at which ``seconds`` of
  business time have passed since ``start``.

The rules they follow:

1. A business hour is a real hour. A working interval's ends are read in the calendar's
   zone on their day, so across a DST change an interval covering the jump is an hour
   shorter (spring) or longer (autumn). A wall time the spring change skips is read with
   the offset before the change (02:30 that day in Stockholm is 03:30 CEST); one the
   autumn change repeats means its first occurrence.
2. An interval belongs to the day it starts on: a holiday removes the intervals starting
   that day (an overnight interval from the evening before still runs into it).
3. Closures and pauses count only where they overlap business time.
4. Outside working hours nothing counts: the clock starts at the next opening.
5. A deadline reached exactly at the end of a working interval is that closing instant,
   not the next opening. ``deadline(start, 0)`` is ``start`` itself, in or out of hours.
6. ``elapsed`` of an empty or reversed range is 0. Instants are taken to the whole second
   (fractions dropped) and may be in any zone; ``deadline`` answers in the calendar's zone.

Speed: the working intervals of each year are laid out once per calendar as epoch-second
ranges with a running total of business seconds, so both functions are two binary
searches however long the span (no walk through days or minutes).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as public_holidays

from ..errors import ValidationError
from ..words import _

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
_TIME = re.compile(r"^(\d{2}):(\d{2})$", re.ASCII)  # 0-9 only: other scripts' digits are not times here

Interval = tuple[int, int]  # minutes from the day's midnight; the end may pass 24:00 (overnight)
Span = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True)
class Calendar:
    """A business-hours calendar (see the module's rules). Build one with ``calendar`` or ``from_json``."""

    timezone: str
    weekly: tuple[tuple[Interval, ...], ...]  # seven days, Monday first
    holidays: frozenset[dt.date] = frozenset()
    closures: tuple[Span, ...] = ()
    country: str | None = None  # "SE", or a region as "DE-BY"
    _layout: dict[int, _Year] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _new_years: dict[int, int] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _recent: list[_Year] = field(default_factory=list, compare=False, hash=False, repr=False)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass
class _Year:
    """One year's working intervals as epoch seconds, and the business seconds before each."""

    year: int
    first: int  # epoch seconds of the year's first and the next year's first local midnight
    after: int
    starts: list[int]
    ends: list[int]
    before: list[int]  # business seconds of the year's intervals before this one
    total: int


def parse_time(text: str, *, end: bool) -> int:
    """``"08:30"`` as minutes from midnight; ``"24:00"`` only as an end."""
    found = _TIME.match(text.strip())
    if found is None:
        raise ValidationError(_("{text!r} is not a time like 08:00").format(text=text), field="weekly")
    hours, minutes = int(found.group(1)), int(found.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and (minutes or not end)):
        raise ValidationError(_("{text!r} is not a time of day (00:00 to 23:59, or 24:00 as an end)").format(text=text),
                              field="weekly")
    return hours * 60 + minutes


def parse_interval(text: str) -> Interval:
    """``"08:00-12:00"``; an end before the start runs into the next day (``"22:00-06:00"``)."""
    parts = text.split("-")
    if len(parts) != 2:
        raise ValidationError(_("{text!r} is not an interval like 08:00-17:00").format(text=text), field="weekly")
    start, end = parse_time(parts[0], end=False), parse_time(parts[1], end=True)
    if end == start:
        raise ValidationError(_("{text!r} is an interval of no length").format(text=text), field="weekly")
    return (start, end if end > start else end + DAY_MINUTES)


def calendar(
    timezone: str,
    weekly: Mapping[str, Sequence[str]],
    *,
    holidays: Iterable[dt.date] = (),
    closures: Iterable[Span] = (),
    country: str | None = None,
) -> Calendar:
    """A checked calendar: a known zone and country, valid times, no overlapping intervals on one day."""
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("unknown time zone {timezone!r}").format(timezone=timezone), field="timezone") from error
    unknown = sorted(set(weekly) - set(WEEKDAYS))
    if unknown:
        raise ValidationError(_("unknown weekday {day!r}: use mon, tue, wed, thu, fri, sat, sun").format(day=unknown[0]),
                              field="weekly")
    days = []
    for name in WEEKDAYS:
        intervals = sorted(parse_interval(text) for text in weekly.get(name, ()))
        for (_start, first_end), (second_start, _end) in zip(intervals, intervals[1:]):
            if second_start < first_end:
                raise ValidationError(_("the intervals of {day} overlap").format(day=name), field="weekly")
        days.append(tuple(intervals))
    spans = []
    for start, end in closures:
        if start.tzinfo is None or end.tzinfo is None:
            raise ValidationError(_("a closure's instants need a time zone"), field="closures")
        if end <= start:
            raise ValidationError(_("a closure ends before it starts: {start} to {end}").format(
                start=start.isoformat(), end=end.isoformat()), field="closures")
        spans.append((start, end))
    if country is not None:
        _country_holidays(country, 2000)  # an unknown country is refused now, not at the first question
    return Calendar(timezone, tuple(days), frozenset(holidays), tuple(spans), country)


def from_json(data: Any) -> Calendar:
    """A calendar from the JSON shape of ``slamdesk calendar --calendar FILE.json`` (see the README)."""
    if not isinstance(data, dict):
        raise ValidationError(_("a calendar is a JSON object"), field="calendar")
    for required in ("timezone", "weekly"):
        if required not in data:
            raise ValidationError(_("a calendar needs {key!r}").format(key=required), field=required)
    unknown = sorted(set(data) - {"timezone", "weekly", "holidays", "closures", "country"})
    if unknown:
        raise ValidationError(_("unknown key {key!r} in a calendar").format(key=unknown[0]), field="calendar")
    timezone, weekly = data["timezone"], data["weekly"]
    if not isinstance(timezone, str):
        raise ValidationError(_("'timezone' is a name like Europe/Stockholm"), field="timezone")
    if not isinstance(weekly, dict) or not all(
        isinstance(day, list) and all(isinstance(text, str) for text in day) for day in weekly.values()
    ):
        raise ValidationError(_("'weekly' maps weekdays to lists like [\"08:00-17:00\"]"), field="weekly")
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("unknown time zone {timezone!r}").format(timezone=timezone), field="timezone") from error
    try:
        days = [dt.date.fromisoformat(text) for text in data.get("holidays", [])]
    except (TypeError, ValueError) as error:
        raise ValidationError(_("a holiday is a date like 2026-12-24: {error}").format(error=error), field="holidays") from error
    closures = []
    for pair in data.get("closures", []):
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValidationError(_("a closure is a pair [from, to]"), field="closures")
        closures.append((read_instant(pair[0], zone, field="closures"), read_instant(pair[1], zone, field="closures")))
    country = data.get("country")
    if country is not None and not isinstance(country, str):
        raise ValidationError(_("'country' is a code like SE, or a region like DE-BY"), field="country")
    return calendar(timezone, weekly, holidays=days, closures=closures, country=country)


def read_instant(value: Any, zone: ZoneInfo, *, field: str = "start") -> dt.datetime:
    """An ISO 8601 instant; one without an offset is read in ``zone``."""
    if not isinstance(value, str):
        raise ValidationError(_("{value!r} is not a date and time like 2026-10-05T08:00").format(value=value), field=field)
    try:
        instant = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise ValidationError(_("{value!r} is not a date and time like 2026-10-05T08:00").format(value=value),
                              field=field) from error
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=zone)


# ----------------------------------------------------------------------------- the layout


def _country_holidays(country: str, year: int) -> set[dt.date]:
    code, _dash, region = country.upper().partition("-")
    try:
        found = public_holidays.country_holidays(code, subdiv=region or None, years=year)
    except NotImplementedError as error:
        raise ValidationError(_("no public holidays are known for {country!r}").format(country=country),
                              field="country") from error
    return set(found)


def _epoch(moment: dt.datetime) -> int:
    if moment.tzinfo is None:
        raise ValidationError(_("an instant needs a time zone"), field="start")
    return int(moment.timestamp() // 1)


def _local(day: dt.date, minutes: int, zone: ZoneInfo) -> int:
    wall = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
    return int(wall.replace(tzinfo=zone).timestamp())


def _year(cal: Calendar, year: int) -> _Year:
    """The working time inside local ``year`` (closures cut out) with running totals, laid out once.

    The days from 31 December before it are read, so an overnight interval running into
    1 January counts; every piece is clipped to the year, so years never overlap.
    """
    laid = cal._layout.get(year)
    if laid is not None:
        return laid
    zone = cal.zone
    closed = set(cal.holidays)
    if cal.country:
        closed |= _country_holidays(cal.country, year) | _country_holidays(cal.country, year - 1)
    first, after = _local(dt.date(year, 1, 1), 0, zone), _local(dt.date(year + 1, 1, 1), 0, zone)
    cuts = sorted((_epoch(a), _epoch(b)) for a, b in cal.closures)
    pieces: list[tuple[int, int]] = []
    day = dt.date(year - 1, 12, 31)
    while day.year <= year:
        if day not in closed:
            for start, end in cal.weekly[day.weekday()]:
                start_at, end_at = max(_local(day, start, zone), first), min(_local(day, end, zone), after)
                if start_at < end_at:
                    pieces.extend(_cut(start_at, end_at, cuts))
        day += dt.timedelta(days=1)
    starts: list[int] = []
    ends: list[int] = []
    before: list[int] = []
    total = 0
    for start, end in sorted(pieces):
        if starts and start <= ends[-1]:  # an overnight interval running into the next day's first one
            if end > ends[-1]:
                total += end - ends[-1]
                ends[-1] = end
            continue
        starts.append(start)
        ends.append(end)
        before.append(total)
        total += end - start
    laid = cal._layout[year] = _Year(year, first, after, starts, ends, before, total)
    return laid


def _holding(cal: Calendar, moment: int) -> _Year:
    """The year laid out around ``moment`` (the last one asked for is tried first: questions come in runs)."""
    recent = cal._recent
    if recent and recent[0].first <= moment < recent[0].after:
        return recent[0]
    laid = _year(cal, _year_of(cal, moment))
    recent[:] = [laid]
    return laid


def _cut(start: int, end: int, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) less the closures."""
    pieces, cursor = [], start
    for cut_start, cut_end in cuts:
        if cut_end <= cursor or cut_start >= end:
            continue
        if cut_start > cursor:
            pieces.append((cursor, cut_start))
        cursor = max(cursor, cut_end)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def _year_of(cal: Calendar, moment: int) -> int:
    """The calendar's local year of ``moment`` (the UTC year, moved by one where the zone's offset crosses New Year)."""
    year = time.gmtime(moment).tm_year
    if moment < _new_year(cal, year):
        return year - 1
    return year + 1 if moment >= _new_year(cal, year + 1) else year


def _new_year(cal: Calendar, year: int) -> int:
    found = cal._new_years.get(year)
    if found is None:
        found = cal._new_years[year] = _local(dt.date(year, 1, 1), 0, cal.zone)
    return found


def _before(laid: _Year, moment: int) -> int:
    """Business seconds of the year up to ``moment``."""
    index = bisect_right(laid.starts, moment) - 1
    if index < 0:
        return 0
    return laid.before[index] + min(moment, laid.ends[index]) - laid.starts[index]


def _between(cal: Calendar, start: int, end: int) -> int:
    """Business seconds in [start, end): the years between are jumped by their totals."""
    if end <= start:
        return 0
    opening = _holding(cal, start)
    if end < opening.after:
        return _before(opening, end) - _before(opening, start)
    last = _year_of(cal, end)
    total = opening.total - _before(opening, start)
    for year in range(opening.year + 1, last):
        total += _year(cal, year).total
    return total + _before(_year(cal, last), end)


def _pauses(pauses: Iterable[Span]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted((_epoch(a), _epoch(b)) for a, b in pauses):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# ----------------------------------------------------------------------------- the two questions


def elapsed(cal: Calendar, start: dt.datetime, end: dt.datetime, pauses: Iterable[Span] = ()) -> int:
    """Business seconds in [start, end) less those of the pauses; 0 for an empty or reversed range."""
    first, last = _epoch(start), _epoch(end)
    total = _between(cal, first, last)
    for pause_start, pause_end in _pauses(pauses) if pauses else ():
        total -= _between(cal, max(pause_start, first), min(pause_end, last))
    return total


def deadline(cal: Calendar, start: dt.datetime, seconds: int, pauses: Iterable[Span] = ()) -> dt.datetime:
    """The instant at which ``seconds`` of business time have passed since ``start`` (pauses not counting)."""
    if isinstance(seconds, bool) or not isinstance(seconds, int) or seconds < 0:
        raise ValidationError(_("a duration is a whole number of seconds from 0, not {seconds!r}").format(seconds=seconds),
                              field="seconds")
    cursor, left = _epoch(start), seconds
    if left == 0:
        return dt.datetime.fromtimestamp(cursor, cal.zone)
    for pause_start, pause_end in _pauses(pauses) if pauses else ():
        if pause_end <= cursor:
            continue
        available = _between(cal, cursor, pause_start)
        if left <= available:
            break
        left -= available
        cursor = max(cursor, pause_end)
    return dt.datetime.fromtimestamp(_reach(cal, cursor, left), cal.zone)


def _reach(cal: Calendar, start: int, seconds: int) -> int:
    """The first instant by which ``seconds`` (> 0) business seconds have passed since ``start``."""
    laid = _holding(cal, start)
    year = laid.year
    target = _before(laid, start) + seconds
    for _year_number in range(200):  # two hundred years without the time passing: a calendar with no working hours
        if target <= laid.total:
            index = bisect_left(laid.before, target) - 1  # the last interval begun before the target is reached
            return laid.starts[index] + target - laid.before[index]
        target -= laid.total
        year += 1
        laid = _year(cal, year)
    raise ValidationError(_("the calendar has no working hours in which the time could pass"), field="weekly")
