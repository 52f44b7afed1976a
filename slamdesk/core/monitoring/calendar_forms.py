"""A calendar as a person types it in a form, and back; and a calendar in one line of words.

The form has one text per field: the zone (``Europe/Stockholm``), the country or region whose
public holidays are off (``SE``, ``DE-BY``, or empty), each weekday's working intervals
separated by commas or semicolons (``08:00-12:00, 13:00-17:00``; empty is a day off), extra
holidays as dates separated by commas, semicolons or new lines, and closures one per line as
``FROM / TO`` (ISO 8601, read in the calendar's zone when without an offset). ``from_text``
turns it into the stored JSON shape (``calendars.from_json``), refusing the first mistake with
the name of the field it is in (``weekly.mon``, ``holidays``, ``closures``, ``timezone``,
``country``); ``as_text`` is its inverse for what ``from_text`` makes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ValidationError
from ..words import N_, _, ngettext
from .calendars import WEEKDAYS, from_json, parse_interval

DAY_NAMES = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))  # shown with _(name)
_SEPARATORS = re.compile(r"[,;\n]")


@dataclass(frozen=True)
class CalendarText:
    """What each field of the form holds."""

    timezone: str = ""
    country: str = ""
    weekly: dict[str, str] = field(default_factory=dict)  # "mon" -> "08:00-12:00, 13:00-17:00"
    holidays: str = ""
    closures: str = ""


def _items(text: str) -> list[str]:
    return [item.strip() for item in _SEPARATORS.split(text) if item.strip()]


def from_text(form: CalendarText) -> dict[str, Any]:
    """The JSON shape of the calendar the form describes, checked (see the module's rules)."""
    timezone = form.timezone.strip()
    if not timezone:
        raise ValidationError(_("a calendar needs a time zone, like Europe/Stockholm"), field="timezone")
    weekly: dict[str, list[str]] = {}
    for day in WEEKDAYS:
        intervals = _items(form.weekly.get(day, ""))
        try:
            spans = sorted((parse_interval(interval), interval) for interval in intervals)
        except ValidationError as error:
            raise ValidationError(str(error), field=f"weekly.{day}") from None
        for (before, first), (after, second) in zip(spans, spans[1:]):
            if after[0] < before[1]:
                raise ValidationError(_("{first} and {second} overlap").format(first=first, second=second), field=f"weekly.{day}")
        if intervals:
            weekly[day] = intervals
    if not weekly:
        raise ValidationError(_("a calendar needs working hours on at least one day"), field="weekly.mon")
    definition: dict[str, Any] = {"timezone": timezone, "weekly": weekly}
    holidays = _items(form.holidays)
    for day in holidays:
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            raise ValidationError(_("{day!r} is not a date like 2026-12-24").format(day=day), field="holidays") from None
    if holidays:
        definition["holidays"] = sorted(set(holidays))
    closures = []
    for line in (line.strip() for line in form.closures.splitlines()):
        if not line:
            continue
        parts = [part.strip() for part in line.split("/")]
        if len(parts) != 2 or not all(parts):
            raise ValidationError(_("{line!r}: write a closure as FROM / TO, like 2026-12-24T12:00 / 2026-12-24T17:00").format(
                line=line), field="closures")
        closures.append(parts)
    if closures:
        definition["closures"] = closures
    if form.country.strip():
        definition["country"] = form.country.strip().upper()
    from_json(definition)  # the zone, the country, overlaps and closures' order: the calendar's own rules
    return definition


def as_text(definition: dict[str, Any]) -> CalendarText:
    """The form's texts for a stored definition."""
    return CalendarText(
        timezone=str(definition.get("timezone", "")),
        country=str(definition.get("country") or ""),
        weekly={day: ", ".join(definition.get("weekly", {}).get(day, [])) for day in WEEKDAYS},
        holidays=", ".join(definition.get("holidays", [])),
        closures="\n".join(f"{start} / {end}" for start, end in definition.get("closures", [])),
    )


def weekly_minutes(definition: dict[str, Any]) -> int:
    """Working minutes in an ordinary week (no holiday, no closure)."""
    total = 0
    for intervals in definition.get("weekly", {}).values():
        for interval in intervals:
            start, end = parse_interval(interval)
            total += end - start
    return total


def describe(definition: dict[str, Any]) -> str:
    """One line: ``Europe/Stockholm; Mon-Fri 08:00-12:00, 13:00-17:00; SE public holidays; 40 h a week``."""
    weekly = definition.get("weekly", {})
    groups: list[tuple[list[str], str]] = []
    for day, name in zip(WEEKDAYS, DAY_NAMES, strict=True):
        hours = ", ".join(weekly.get(day, []))
        if not hours:
            continue
        if groups and groups[-1][1] == hours and DAY_NAMES.index(groups[-1][0][-1]) == DAY_NAMES.index(name) - 1:
            groups[-1][0].append(name)
        else:
            groups.append(([name], hours))
    days = "; ".join(f"{_(names[0])}-{_(names[-1])} {hours}" if len(names) > 1 else f"{_(names[0])} {hours}"
                     for names, hours in groups)
    minutes = weekly_minutes(definition)
    if minutes % 60:
        week = _("{hours} h {minutes} min a week").format(hours=minutes // 60, minutes=minutes % 60)
    else:
        week = _("{hours} h a week").format(hours=minutes // 60)
    parts = [str(definition.get("timezone", "")), days]
    if definition.get("country"):
        parts.append(_("{country} public holidays").format(country=definition["country"]))
    extra = len(definition.get("holidays", []))
    if extra:
        parts.append(ngettext("{count} more holiday", "{count} more holidays", extra).format(count=extra))
    closures = len(definition.get("closures", []))
    if closures:
        parts.append(ngettext("{count} closure", "{count} closures", closures).format(count=closures))
    parts.append(week)
    return "; ".join(parts)
