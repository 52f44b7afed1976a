"""Open tickets near or past a deadline: every target of an unresolved ticket that is at risk or breached.

A ticket counts against the line of its agreement's version in force with its service (and site,
where the agreement has that service at several), timed as ``periods`` times it; a priority the
line has no target for is left out, and so is a response already given.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Agreement, AgreementLine, AgreementVersion, Customer, Ticket as TicketRow, TicketHold
from .. import text
from ..db import Database
from ..errors import ValidationError
from ..lifecycle import SIGNED_STATES
from ..renewals.standing import State, standings
from ..words import _
from .compliance import AT_RISK_SHARE, TargetKind, Ticket, measure
from .periods import Hours, _aware, _Line, _targets, hours_of


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


def at_risk(
    db: Database, now: dt.datetime, *, share: Decimal = AT_RISK_SHARE, number: str | None = None
) -> list[AtRisk]:
    """Every target of an open ticket (not resolved) that is at risk or breached as of ``now``, soonest due first
    (of agreement ``number`` only, when given).

    A ticket counts against the line of its agreement's version in force with its service (and site, where the
    agreement has that service at several); a priority the line has no target for is left out, and so is a
    response already given. Only open tickets are read, in one pass, and each level's hours are worked out once.
    """
    _aware(now)
    if not share.is_finite() or not Decimal(0) <= share <= Decimal(1):
        raise ValidationError(_("the at-risk share is between 0 and 1"), field="share")
    with db.read() as session:
        tickets = _open_tickets(session, now, number)
        lines = _lines_of(db, session, sorted(tickets), now.astimezone(dt.UTC).date())
    found: list[AtRisk] = []
    for agreement_id, (agreement_number, agreement_lines) in lines.items():
        for line in agreement_lines:
            targets = {target.priority: target for target in line.targets}
            for service, site, ticket in tickets[agreement_id]:
                target = targets.get(ticket.priority)
                if target is None or service != line.row.service_name or (line.by_site and site != line.row.site):
                    continue
                for item in measure(ticket, target, line.hours.calendar, now, at_risk_share=share):
                    answered = item.kind is TargetKind.RESPONSE and ticket.first_response is not None
                    if item.escalation is not None and not answered:
                        found.append(AtRisk(agreement_number, ticket.key, line.row.service_name, ticket.priority, item.kind,
                                            item.due, item.remaining, str(item.escalation)))
    return sorted(found, key=lambda item: (item.due, item.number, item.ticket, str(item.kind)))


_CHUNK = 5_000  # ids in one IN (...): well under SQLite's limit of bound parameters


def _open_tickets(session: Session, now: dt.datetime, number: str | None) -> dict[int, list[tuple[str, str, Ticket]]]:
    """The unresolved tickets created by ``now`` (of agreement ``number`` only, when given), by agreement, oldest
    first: (service, site, ticket). Resolved tickets are never read, however many there are."""
    query = (select(TicketRow.id, TicketRow.agreement_id, TicketRow.service, TicketRow.site, TicketRow.external_id,
                    TicketRow.priority, TicketRow.created_at, TicketRow.first_response_at, TicketRow.csat, TicketRow.ces)
             .where(TicketRow.resolved_at.is_(None), TicketRow.agreement_id.is_not(None),
                    TicketRow.created_at < now + dt.timedelta(seconds=1))
             .order_by(TicketRow.created_at, TicketRow.id))
    if number is not None:
        query = query.join(Agreement, Agreement.id == TicketRow.agreement_id).where(Agreement.number == text.exact(number))
    rows: list[Any] = list(session.execute(query))
    ids = [row[0] for row in rows]
    holds: dict[int, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for chunk in range(0, len(ids), _CHUNK):
        for ticket_id, begin, finish in session.execute(
            select(TicketHold.ticket_id, TicketHold.start_at, TicketHold.end_at)
            .where(TicketHold.ticket_id.in_(ids[chunk:chunk + _CHUNK])).order_by(TicketHold.start_at)
        ):
            holds[ticket_id].append((begin, finish))
    found: dict[int, list[tuple[str, str, Ticket]]] = defaultdict(list)
    for ticket_id, agreement_id, service, site, key, priority, created, first, csat, ces in rows:
        found[agreement_id].append((service, site, Ticket(key, priority, created, first, None,
                                                          tuple(holds.get(ticket_id, ())), csat, ces)))
    return found


def _lines_of(db: Database, session: Session, agreement_ids: list[int], day: dt.date) -> dict[int, tuple[str, list[_Line]]]:
    """Each agreement's number and the lines of its newest signed version (``periods``' version in force), each
    line's hours worked out once per level, coverage and country; agreements with no signed version are left out,
    and so are those terminated or expired by ``day`` (no longer monitored: nothing of theirs is at risk)."""
    newest: dict[int, tuple[str, str, int, int]] = {}
    for chunk in range(0, len(agreement_ids), _CHUNK):
        for agreement_id, number, country, version_id, version_no in session.execute(
            select(Agreement.id, Agreement.number, Customer.country, AgreementVersion.id, AgreementVersion.version_no)
            .join(Customer, Customer.id == Agreement.customer_id)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(Agreement.id.in_(agreement_ids[chunk:chunk + _CHUNK]),
                   AgreementVersion.status.in_([str(state) for state in SIGNED_STATES]))
        ):
            if agreement_id not in newest or newest[agreement_id][3] < version_no:
                newest[agreement_id] = (number, country, version_id, version_no)
    for agreement_id, one in standings(session, day, ids=sorted(newest)):
        if one.state in (State.EXPIRED, State.TERMINATED):
            del newest[agreement_id]
    rows: dict[int, list[AgreementLine]] = defaultdict(list)
    versions = sorted(found[2] for found in newest.values())
    for chunk in range(0, len(versions), _CHUNK):
        for row in session.scalars(select(AgreementLine).where(AgreementLine.version_id.in_(versions[chunk:chunk + _CHUNK]))
                                   .order_by(AgreementLine.position)):
            rows[row.version_id].append(row)
    hours: dict[tuple[int, str, str], Hours] = {}
    lines: dict[int, tuple[str, list[_Line]]] = {}
    for agreement_id, (number, country, version_id, _version_no) in sorted(newest.items()):
        services = [row.service_name for row in rows[version_id]]
        made = []
        for row in rows[version_id]:
            key = (row.service_level_id, row.coverage, country)
            if key not in hours:
                hours[key] = hours_of(db, session, row, country)
            made.append(_Line(row, _targets(row), hours[key], services.count(row.service_name) > 1))
        lines[agreement_id] = (number, made)
    return lines
