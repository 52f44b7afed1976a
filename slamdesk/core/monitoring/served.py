"""What of a period an agreement was served, so that one that has ended stops being monitored at its end.

The rule (``periods``' own, with the ending from ``renewals.standing.endings``): a line is measured from the
period's first instant in its zone up to the agreement's ending (its term's last day in that zone, or the moment
it was terminated for cause), and a period that begins after the ending in every zone of the agreement's lines
is not measured at all (``NotMonitored``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..renewals.standing import Ending, endings
from ..words import _
from .period_names import Period


class NotMonitored(ValidationError):
    """The agreement had ended before the period began."""


def window(chosen: Period, zone: ZoneInfo, ending: Ending | None) -> tuple[dt.datetime, dt.datetime]:
    """The span of ``chosen`` measured for a line timed in ``zone``: the period, up to the agreement's ``ending``
    (empty, start == end, when the period begins after it)."""
    start, end = chosen.bounds(zone)
    if ending is not None:
        end = max(start, min(end, ending.at(zone)))
    return start, end


def ending_in(session: Session, agreement_id: int, number: str, chosen: Period, now: dt.datetime,
              lines: Iterable[Any]) -> Ending | None:
    """The agreement's ending as of ``now`` (None while it runs); refused when ``chosen`` begins after it in every
    zone of its ``lines`` (``periods``' lines, each timed in ``line.hours.calendar.zone``; UTC without any)."""
    zones = {line.hours.calendar.zone for line in lines} or {ZoneInfo("UTC")}
    ending = endings(session, now.date(), number).get(agreement_id)
    if ending is not None and all(start == end for start, end in (window(chosen, zone, ending) for zone in zones)):
        if ending.moment is not None:
            said = _("{number} was terminated at {moment} UTC: it is not monitored in {period}").format(
                number=number, moment=f"{ending.moment:%Y-%m-%d %H:%M}", period=chosen.name)
        else:
            said = _("{number} ended on {day}: it is not monitored in {period}").format(
                number=number, day=ending.last_day, period=chosen.name)
        raise NotMonitored(said, field="period")
    return ending
