"""A year of tickets and outages for the demo's signed agreements, so monitoring has something to show.

Each line of an agreement's version in force gets tickets (up to its end, for one that has ended)
created in its own business hours (``periods.hours_of``: Swedish, Vietnamese, Indonesian and Ukrainian holidays included), with
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
from sqlalchemy.orm import Session

from ...models import Agreement, AgreementLine, AgreementVersion, Customer, MonitoringImport, Outage, Ticket, TicketHold
from .. import audit, users
from ..db import Database
from ..lifecycle import Status
from ..renewals.standing import endings
from .calendars import Calendar, deadline
from .compliance import always
from .periods import hours_of

SOURCE = "demo"
MONITORED = (Status.SIGNED, Status.ACTIVE)
PRIORITY_WEIGHTS = {"P1": 1, "P2": 3, "P3": 5, "P4": 3}
LATE_SHARE = 0.12  # of responses and resolutions that miss their target
BATCH = 5_000  # rows written at once; ids in one IN (...)


@dataclass(frozen=True)
class Generated:
    tickets: int
    outages: int


def generate(db: Database, today: dt.date, *, per_line: int = 60, days: int = 365) -> Generated:
    """About ``per_line`` tickets a line over the ``days`` before ``today``, for every signed or active agreement
    that has none from the demo yet (so ``demo --agreements N`` adds the new agreements' tickets only).

    Recorded as one import by the administrator, as the demo portfolio is; written in batches inside one unit
    of work (a generated portfolio's millions of tickets never sit in memory at once, and never half-written).
    """
    actor = users.get_actor(db)
    end = dt.datetime.combine(today, dt.time(), dt.UTC)
    start = end - dt.timedelta(days=days)
    with db.read() as session:
        done = set(session.scalars(select(Ticket.agreement_id).where(Ticket.source == SOURCE).distinct()))
        agreements = [row for row in session.execute(
            select(Agreement.id, Agreement.number, Customer.name, Customer.country, AgreementVersion.id)
            .join(Customer, Customer.id == Agreement.customer_id)
            .join(AgreementVersion, (AgreementVersion.agreement_id == Agreement.id)
                  & (AgreementVersion.version_no == Agreement.current_version_no))
            .where(AgreementVersion.status.in_([str(status) for status in MONITORED]))
            .order_by(Agreement.number)
        ).all() if row[0] not in done]
        lines: dict[int, list[AgreementLine]] = {}
        for chunk in range(0, len(agreements), BATCH):
            versions = [row[4] for row in agreements[chunk:chunk + BATCH]]
            for line in session.scalars(select(AgreementLine).where(AgreementLine.version_id.in_(versions))
                                        .order_by(AgreementLine.position)):
                lines.setdefault(line.version_id, []).append(line)
        ended = endings(session, today, ids=[row[0] for row in agreements])
        hours: dict[tuple[int, str, str], Calendar] = {}
        for _id, _number, _customer, country, version_id in agreements:
            for line in lines.get(version_id, []):
                key = (line.service_level_id, line.coverage, country)
                if key not in hours:
                    hours[key] = hours_of(db, session, line, country).calendar
    written = Generated(0, 0)
    with db.unit_of_work() as session:
        run = MonitoringImport(kind="tickets", source=SOURCE, file_name="demo", sha256="0" * 64, actor_id=actor.id,
                               added=0, updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        batch = _Batch(session, run.id)
        for agreement_id, number, customer, country, version_id in agreements:
            rng = random.Random(number)
            for line in lines.get(version_id, []):
                calendar = hours[(line.service_level_id, line.coverage, country)]
                until = min(end, ended[agreement_id].at(calendar.zone)) if agreement_id in ended else end  # served
                if until - start < dt.timedelta(days=7):
                    continue
                share = (until - start) / (end - start)
                base = {"source": SOURCE, "agreement_id": agreement_id, "customer": customer,
                        "service": line.service_name, "site": line.site, "import_id": run.id}
                for n in range(round(per_line * share) if line.targets else 0):  # without ticket targets: outages only
                    made = _ticket(rng, line, calendar, start, until)
                    if made is not None:
                        batch.ticket({**base, "external_id": f"{number}-{line.position}-{n + 1:04d}", **made[0]}, made[1])
                for n, outage in enumerate(_outages(rng, calendar, start, until)):
                    batch.outage({**base, "external_id": f"{number}-{line.position}-o{n}", **outage})
        batch.flush()
        run.added = batch.tickets
        written = Generated(batch.tickets, batch.outages)
        audit.record(session, actor, "monitoring.demo", "monitoring_import", run.id, tickets=batch.tickets,
                     outages=batch.outages)
    return written


class _Batch:
    """Rows waiting to be written, ``BATCH`` at a time (a hold once its ticket has an id)."""

    def __init__(self, session: Session, run: int) -> None:
        self.session, self.run = session, run
        self.rows: list[dict[str, Any]] = []
        self.holds: list[tuple[str, dt.datetime, dt.datetime]] = []
        self.outages_waiting: list[dict[str, Any]] = []
        self.tickets = self.outages = 0

    def ticket(self, row: dict[str, Any], hold: tuple[dt.datetime, dt.datetime] | None) -> None:
        self.rows.append(row)
        if hold is not None:
            self.holds.append((row["external_id"], *hold))
        if len(self.rows) >= BATCH:
            self.flush()

    def outage(self, row: dict[str, Any]) -> None:
        self.outages_waiting.append(row)

    def flush(self) -> None:
        if self.rows:
            self.session.execute(insert(Ticket), self.rows)
            self.tickets += len(self.rows)
        if self.holds:
            keys = [key for key, _begin, _finish in self.holds]
            ids = {key: ticket_id for key, ticket_id in self.session.execute(
                select(Ticket.external_id, Ticket.id).where(Ticket.source == SOURCE, Ticket.external_id.in_(keys)))}
            self.session.execute(insert(TicketHold), [{"ticket_id": ids[key], "start_at": begin, "end_at": finish}
                                                      for key, begin, finish in self.holds])
        if self.outages_waiting:
            self.session.execute(insert(Outage), self.outages_waiting)
            self.outages += len(self.outages_waiting)
        self.rows, self.holds, self.outages_waiting = [], [], []


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
