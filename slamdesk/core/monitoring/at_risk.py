"""Open tickets near or past a deadline: every target of an unresolved ticket that is at risk or breached.

A ticket counts against the line of its agreement's version in force with its service (and site,
where the agreement has that service at several), timed as ``periods`` times it; a priority the
line has no target for is left out, and so is a response already given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from ...models import Agreement, Customer, Ticket as TicketRow
from ..db import Database
from ..errors import ValidationError
from .compliance import AT_RISK_SHARE, TargetKind, measure
from .periods import _aware, _lines, _version_in_force
from .tickets import tickets_for


@dataclass(frozen=True)
class AtRisk:
    """A target of an open ticket that is at risk or already breached, and when it falls (or fell) due."""

    number: str
    ticket: str
    service: str
    priority: str
    kind: TargetKind
    due: dt.datetime
    remaining: int  # seconds of business time left (0 once breached)
    escalation: str

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "ticket": self.ticket, "service": self.service, "priority": self.priority,
                "target": str(self.kind), "due": self.due.isoformat(), "remaining_seconds": self.remaining,
                "escalation": self.escalation}


def at_risk(db: Database, now: dt.datetime, *, share: Decimal = AT_RISK_SHARE) -> list[AtRisk]:
    """Every target of an open ticket (not resolved) that is at risk or breached as of ``now``, soonest due first.

    A ticket counts against the line of its agreement's version in force with its service (and site, where the
    agreement has that service at several); a priority the line has no target for is left out, and so is a
    response already given.
    """
    _aware(now)
    if not share.is_finite() or not Decimal(0) <= share <= Decimal(1):
        raise ValidationError("the at-risk share is between 0 and 1", field="share")
    with db.read() as session:
        oldest = session.execute(
            select(Agreement.number, func.min(TicketRow.created_at)).join(TicketRow, TicketRow.agreement_id == Agreement.id)
            .where(TicketRow.resolved_at.is_(None)).group_by(Agreement.number).order_by(Agreement.number)).all()
    found: list[AtRisk] = []
    for number, earliest in oldest:
        with db.read() as session:
            try:
                agreement, version = _version_in_force(session, number)
            except ValidationError:
                continue  # not signed: nothing to measure against
            country = session.scalars(select(Customer.country).where(Customer.id == agreement.customer_id)).one()
            lines = _lines(db, session, version, country)
        for line in lines:
            targets = {target.priority: target for target in line.targets}
            for ticket in tickets_for(db, number, earliest, max(now, earliest) + dt.timedelta(seconds=1),
                                      service=line.row.service_name, site=line.row.site if line.by_site else None):
                target = targets.get(ticket.priority)
                if target is None or ticket.resolved is not None:
                    continue
                for item in measure(ticket, target, line.hours.calendar, now, at_risk_share=share):
                    answered = item.kind is TargetKind.RESPONSE and ticket.first_response is not None
                    if item.escalation is not None and not answered:
                        found.append(AtRisk(number, ticket.key, line.row.service_name, ticket.priority, item.kind,
                                            item.due, item.remaining, str(item.escalation)))
    return sorted(found, key=lambda item: (item.due, item.number, item.ticket, str(item.kind)))


