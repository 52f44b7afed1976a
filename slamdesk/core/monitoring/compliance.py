"""Whether each ticket kept its targets, and the compliance of a period, in business time.

A ticket is measured against the target of its priority twice: the first response
and the resolution. Each is timed from the ticket's first creation (a reopened
ticket keeps its first creation, so its clock never restarts) in the calendar the
agreement line's coverage names (business hours), or round the clock (calendar
hours, ``ALWAYS`` in the same zone), less the time it was on hold:

* *met*: done within the target (exactly at the deadline counts as met);
* *breached*: done after it, or still open after it;
* *open*: not done yet and still in time; *at risk* when less than ``at_risk_share``
  of the target is left (default a quarter).

The escalation level of a target not met in time: ``at risk``, ``breached``, or
``breached 2x`` when the time used is more than twice the target.

A period's compliance per priority and target type is the share of the tickets
measured in it (those created in it) whose target was met; a ticket still open
and still in time is not counted yet. Percentages are ``Decimal`` to 0.1, rounded
half up; a group with no counted ticket has no percentage (None), never 100 %. Its 90th
percentile is the time used (in seconds) within which 90 % of the counted were done, by
nearest rank (the ceil(0.9 n)-th shortest).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from ..errors import ValidationError
from ..words import _
from .calendars import WEEKDAYS, Calendar, Span, calendar, deadline, elapsed

AT_RISK_SHARE = Decimal("0.25")
_PERCENT = Decimal("0.1")


class TargetKind(StrEnum):
    RESPONSE = "response"
    RESOLUTION = "resolution"


class State(StrEnum):
    MET = "met"
    BREACHED = "breached"
    OPEN = "open"
    AT_RISK = "at risk"


class Escalation(StrEnum):
    AT_RISK = "at risk"
    BREACHED = "breached"
    BREACHED_TWICE = "breached 2x"


@dataclass(frozen=True)
class Ticket:
    """A ticket as imported: its first creation, first response and final resolution, and time on hold."""

    key: str
    priority: str
    created: dt.datetime
    first_response: dt.datetime | None = None
    resolved: dt.datetime | None = None
    on_hold: tuple[Span, ...] = ()
    csat: int | None = None  # the customer's survey answers, when given (``experience``)
    ces: int | None = None


@dataclass(frozen=True)
class Target:
    """A line's target for one priority, in seconds; ``business_hours`` False counts round the clock."""

    priority: str
    response: int
    resolution: int
    business_hours: bool = True


@dataclass(frozen=True)
class Measure:
    """One target of one ticket: the time it allowed and used, when it falls due, and how it stands."""

    ticket: str
    priority: str
    kind: TargetKind
    target: int  # seconds allowed
    used: int  # seconds used so far (to ``now`` while open)
    due: dt.datetime
    state: State
    escalation: Escalation | None

    @property
    def remaining(self) -> int:
        """Seconds left before the deadline (0 once passed)."""
        return max(self.target - self.used, 0)


def always(zone: str) -> Calendar:
    """Round the clock in ``zone``: what a target in calendar hours is timed in."""
    return calendar(zone, {day: ["00:00-24:00"] for day in WEEKDAYS})


def measure(
    ticket: Ticket, target: Target, hours: Calendar, now: dt.datetime, *, at_risk_share: Decimal = AT_RISK_SHARE
) -> tuple[Measure, Measure]:
    """The response and the resolution of ``ticket`` against ``target`` as of ``now``."""
    if ticket.priority != target.priority:
        raise ValidationError(_("ticket {key} is {priority}; the target is for {target}").format(
            key=ticket.key, priority=ticket.priority, target=target.priority), field="priority")
    if not at_risk_share.is_finite() or not Decimal(0) <= at_risk_share <= Decimal(1):
        raise ValidationError(_("the at-risk share is between 0 and 1"), field="at_risk_share")
    clock = hours if target.business_hours else always(hours.timezone)
    return (
        _one(ticket, TargetKind.RESPONSE, target.response, ticket.first_response, clock, now, at_risk_share),
        _one(ticket, TargetKind.RESOLUTION, target.resolution, ticket.resolved, clock, now, at_risk_share),
    )


def _one(
    ticket: Ticket, kind: TargetKind, allowed: int, done: dt.datetime | None, clock: Calendar, now: dt.datetime,
    at_risk_share: Decimal,
) -> Measure:
    if done is not None and done < ticket.created:
        message = (_("ticket {key}: the response comes before the ticket was created") if kind is TargetKind.RESPONSE
                   else _("ticket {key}: the resolution comes before the ticket was created"))
        raise ValidationError(message.format(key=ticket.key), field=str(kind))
    due = deadline(clock, ticket.created, allowed, ticket.on_hold)
    used = elapsed(clock, ticket.created, done if done is not None else now, ticket.on_hold)
    if done is not None:
        state = State.MET if used <= allowed else State.BREACHED
    elif used > allowed:
        state = State.BREACHED
    else:
        state = State.AT_RISK if allowed - used < at_risk_share * allowed else State.OPEN
    if state is State.BREACHED:
        escalation: Escalation | None = Escalation.BREACHED_TWICE if used > 2 * allowed else Escalation.BREACHED
    else:
        escalation = Escalation.AT_RISK if state is State.AT_RISK else None
    return Measure(ticket.key, ticket.priority, kind, allowed, used, due, state, escalation)


@dataclass(frozen=True)
class Compliance:
    """One priority and target type of a period: how many were counted, how many met, and the share."""

    priority: str
    kind: TargetKind
    counted: int
    met: int
    p90: int | None = None  # seconds: 90 % of the counted were done within it (nearest rank); None when none counted
    target: int | None = None  # seconds allowed (None when none counted)

    @property
    def percent(self) -> Decimal | None:
        if not self.counted:
            return None
        return (Decimal(100) * self.met / self.counted).quantize(_PERCENT, rounding=ROUND_HALF_UP)


def compliance(measures: Iterable[Measure], priorities: Sequence[str]) -> list[Compliance]:
    """Per priority (in the order given) and target type: the share of counted tickets that met it.

    Met and breached count; a target still open and in time (open or at risk) does not count yet.
    """
    done: dict[tuple[str, TargetKind], list[Measure]] = {(priority, kind): [] for priority in priorities for kind in TargetKind}
    for item in measures:
        tally = done.get((item.priority, item.kind))
        if tally is not None and item.state not in (State.OPEN, State.AT_RISK):
            tally.append(item)
    return [_tally(priority, kind, done[(priority, kind)]) for priority in priorities for kind in TargetKind]


def _tally(priority: str, kind: TargetKind, done: list[Measure]) -> Compliance:
    if not done:
        return Compliance(priority, kind, 0, 0)
    used = sorted(item.used for item in done)
    rank = -(-9 * len(used) // 10)  # nearest rank: ceil(0.9 n)
    return Compliance(priority, kind, len(done), sum(item.state is State.MET for item in done), used[rank - 1],
                      max(item.target for item in done))


# One round-the-clock calendar per zone, kept: a calendar lays its years out once, so measuring many tickets in
# calendar hours then costs a lookup each, not a year's layout each (bench/compliance_bench.py).
always = functools.lru_cache(maxsize=None)(always)
