"""Deadlines as an iCalendar file (RFC 5545, written by the ``icalendar`` package, loaded only here), so that
Thunderbird, Outlook or a phone calendar show them: one all-day event per deadline, each with a stable UID so that
importing the file again updates the events instead of doubling them."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from .standing import Deadline

PRODUCT = "-//slamdesk//deadlines//EN"


def calendar_bytes(found: Sequence[Deadline], now: dt.datetime) -> bytes:
    """The deadlines as one VCALENDAR of all-day VEVENTs (``now``: when it was made, timezone-aware)."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "slamdesk deadlines")
    for deadline in found:
        event = icalendar.Event()
        event.add("uid", f"{deadline.number}-{deadline.due.name.lower()}-{deadline.day.isoformat()}@slamdesk")
        event.add("dtstamp", now)  # icalendar writes it in UTC, as RFC 5545 asks
        event.add("dtstart", deadline.day)
        event.add("dtend", deadline.day + dt.timedelta(days=1))
        event.add("summary", f"{deadline.number}: {deadline.due} ({deadline.customer})")
        event.add("description", deadline.detail)
        event.add("categories", ["slamdesk", str(deadline.due)])
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_calendar(found: Sequence[Deadline], out: Path, now: dt.datetime) -> None:
    """Write the file through a temporary one beside it, renamed into place (never half a file)."""
    data = calendar_bytes(found, now)
    partial = out.with_name(f".{out.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
