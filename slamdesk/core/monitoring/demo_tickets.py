"""A year of tickets and outages for the demo's signed agreements, so monitoring has something to show.

Each line of an agreement's version in force gets tickets created in its own business hours
(``periods.hours_of``: Swedish, Vietnamese, Indonesian and Ukrainian holidays included), with
response and resolution times drawn around its targets so that some are breached, a few on hold
for a while, satisfaction (CSAT 1-5) and effort (CES 1-7) answers for some, and those still in
progress at the end left open. Each line also gets a few unplanned outages and a planned
maintenance window a quarter. Everything is drawn from a generator seeded by the agreement's
number: the same demo every time.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from ...models import Agreement, AgreementLine, AgreementVersion, Customer, MonitoringImport, Outage, Ticket, TicketHold
from .. import audit, users
from ..db import Database
from ..lifecycle import Status
from .calendars import Calendar, deadline
from .compliance import always
from .periods import hours_of

SOURCE = "demo"
MONITORED = (Status.SIGNED, Status.ACTIVE)
PRIORITY_WEIGHTS = {"P1": 1, "P2": 3, "P3": 5, "P4": 3}
LATE_SHARE = 0.12  # of responses and resolutions that miss their target


@dataclass(frozen=True)
class Generated:
    tickets: int
    outages: int


def generate(db: Database, today: dt.date, *, per_line: int = 60, days: int = 365) -> Generated:
    """About ``per_line`` tickets a line over the ``days`` before ``today``, for every signed or active agreement.

    Recorded as an import by the administrator, as the demo portfolio is.
    """
    actor = users.get_actor(db)
    end = dt.datetime.combine(today, dt.time(), dt.UTC)
    start = end - dt.timedelta(days=days)
    tickets: list[dict[str, Any]] = []
    holds: list[tuple[str, dt.datetime, dt.datetime]] = []
    outages: list[dict[str, Any]] = []
    with db.read() as session:
        rows = session.execute(
            select(Agreement.id, Agreement.number, Customer.name, Customer.country, AgreementVersion.id)
            .join(Customer, Customer.id == Agreement.customer_id)
            .join(AgreementVersion, (AgreementVersion.agreement_id == Agreement.id)
                  & (AgreementVersion.version_no == Agreement.current_version_no))
            .where(AgreementVersion.status.in_([str(status) for status in MONITORED]))
            .order_by(Agreement.number)
        ).all()
        for agreement_id, number, customer, country, version_id in rows:
            rng = random.Random(number)
            lines = session.scalars(select(AgreementLine).where(AgreementLine.version_id == version_id)
                                    .order_by(AgreementLine.position)).all()
            for line in lines:
                hours = hours_of(db, session, line, country).calendar
                base = {"source": SOURCE, "agreement_id": agreement_id, "customer": customer,
                        "service": line.service_name, "site": line.site}
                for n in range(per_line):
                    key = f"{number}-{line.position}-{n + 1:04d}"
                    made = _ticket(rng, line, hours, start, end)
                    if made is not None:
                        ticket, hold = made
                        tickets.append({**base, "external_id": key, **ticket})
                        if hold is not None:
                            holds.append((key, *hold))
                outages.extend({**base, "external_id": f"{number}-{line.position}-o{n}", **outage}
                               for n, outage in enumerate(_outages(rng, hours, start, end)))
    with db.unit_of_work() as session:
        run = MonitoringImport(kind="tickets", source=SOURCE, file_name="demo", sha256="0" * 64, actor_id=actor.id,
                               added=len(tickets), updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        if tickets:
            session.execute(insert(Ticket), [{**ticket, "import_id": run.id} for ticket in tickets])
        if outages:
            session.execute(insert(Outage), [{**outage, "import_id": run.id} for outage in outages])
        if holds:
            ids = {key: ticket_id for key, ticket_id in
                   session.execute(select(Ticket.external_id, Ticket.id).where(Ticket.source == SOURCE))}
            session.execute(insert(TicketHold), [{"ticket_id": ids[key], "start_at": begin, "end_at": finish}
                                                 for key, begin, finish in holds])
        audit.record(session, actor, "monitoring.demo", "monitoring_import", run.id, tickets=len(tickets),
                     outages=len(outages))
    return Generated(len(tickets), len(outages))


def _ticket(
    rng: random.Random, line: AgreementLine, hours: Calendar, start: dt.datetime, end: dt.datetime
) -> tuple[dict[str, Any], tuple[dt.datetime, dt.datetime] | None] | None:
    targets = {str(t[0]): (int(str(t[1])), int(str(t[2])), bool(t[3])) for t in line.targets}
    priority = rng.choices(list(targets), [PRIORITY_WEIGHTS.get(p, 1) for p in targets])[0]
    response, resolution, business = targets[priority]
    clock = hours if business else always(hours.timezone)
    moment = start + dt.timedelta(seconds=rng.randrange(int((end - start).total_seconds())))
    created = deadline(clock, moment, 60) - dt.timedelta(seconds=60)  # the next working minute
    if created >= end:
        return None
    responded = deadline(clock, created, _drawn(rng, response * 60))
    hold = None
    if rng.random() < 0.1:  # waiting for the customer for a while after the first answer
        begin = responded + dt.timedelta(minutes=rng.randrange(5, 60))
        hold = (begin, begin + dt.timedelta(hours=rng.randrange(1, 9)))
    resolved = deadline(clock, created, max(_drawn(rng, resolution * 60), response * 60), (hold,) if hold else ())
    done = resolved < end
    ticket = {
        "priority": priority, "created_at": created,
        "first_response_at": responded if responded < end else None,
        "resolved_at": resolved if done else None,
        "csat": _answer(rng, 0.6, (1, 2, 3, 4, 5), (1, 2, 4, 9, 12)) if done else None,
        "ces": _answer(rng, 0.4, (1, 2, 3, 4, 5, 6, 7), (8, 10, 6, 3, 2, 1, 1)) if done else None,
    }
    return ticket, hold if hold is not None and hold[0] < end else None


def _drawn(rng: random.Random, target: int) -> int:
    """Seconds used against a target: mostly well within it, ``LATE_SHARE`` of them late (up to 2.5x)."""
    share = rng.uniform(1.05, 2.5) if rng.random() < LATE_SHARE else rng.uniform(0.1, 0.95)
    return max(int(target * share), 60)


def _answer(rng: random.Random, answered: float, scale: tuple[int, ...], weights: tuple[int, ...]) -> int | None:
    return rng.choices(scale, weights)[0] if rng.random() < answered else None


def _outages(rng: random.Random, hours: Calendar, start: dt.datetime, end: dt.datetime) -> list[dict[str, Any]]:
    """Three unplanned outages of 10 minutes to 2 hours, and a planned Sunday-night window each quarter."""
    found: list[dict[str, Any]] = []
    for _ in range(3):
        begin = start + dt.timedelta(seconds=rng.randrange(int((end - start).total_seconds()) - 7200))
        found.append({"started_at": begin, "ended_at": begin + dt.timedelta(minutes=rng.randrange(10, 120)),
                      "planned": False})
    sunday = (start.astimezone(hours.zone).date() + dt.timedelta(days=(6 - start.astimezone(hours.zone).weekday()) % 7))
    for quarter in range(4):
        day = sunday + dt.timedelta(weeks=13 * quarter)
        begin = dt.datetime.combine(day, dt.time(2, 0), hours.zone).astimezone(dt.UTC)
        if begin + dt.timedelta(hours=2) <= end:
            found.append({"started_at": begin, "ended_at": begin + dt.timedelta(hours=2), "planned": True})
    return found
