"""The tables tickets, their holds and outages are kept in (migration 0009), on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.models import MonitoringImport, Outage, Ticket, TicketHold
from tests.raw import REFUSED, Raw

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def raw(db: Database) -> Iterator[Raw]:
    connection = Raw(db)
    yield connection
    connection.close()


def _import(db: Database, admin: Actor) -> int:
    with db.unit_of_work() as session:
        run = MonitoringImport(kind="tickets", source="template", file_name="t.csv", sha256="0" * 64, actor_id=admin.id,
                               added=0, updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        return run.id


def test_a_ticket_keeps_its_times_in_utc_with_its_holds(db: Database, admin: Actor) -> None:
    run = _import(db, admin)
    created = dt.datetime(2026, 10, 5, 9, 0, tzinfo=HANOI)
    with db.unit_of_work() as session:
        ticket = Ticket(source="zendesk", external_id="4711", priority="P2", created_at=created,
                        first_response_at=created + dt.timedelta(minutes=20), csat=5, ces=7, import_id=run)
        session.add(ticket)
        session.flush()
        session.add(TicketHold(ticket_id=ticket.id, start_at=created + dt.timedelta(hours=1),
                               end_at=created + dt.timedelta(hours=2)))
        session.add(Outage(source="template", external_id="o-1", service="Service desk", region="Hà Nội",
                           started_at=created, planned=True, import_id=run))
    with db.read() as session:
        stored = session.scalars(select(Ticket)).one()
        hold = session.scalars(select(TicketHold)).one()
        outage = session.scalars(select(Outage)).one()
    assert stored.created_at == dt.datetime(2026, 10, 5, 2, 0, tzinfo=dt.UTC)
    assert stored.created_at.tzinfo is dt.UTC and stored.resolved_at is None and stored.agreement_id is None
    assert (stored.csat, stored.ces, stored.customer, stored.import_id) == (5, 7, "", run)
    assert hold.end_at - hold.start_at == dt.timedelta(hours=1)
    assert (outage.planned, outage.ended_at, outage.site) == (True, None, "")


def test_the_database_refuses_a_second_ticket_with_the_same_source_and_id(db: Database, admin: Actor, raw: Raw) -> None:
    run = _import(db, admin)
    insert = ("INSERT INTO ticket (source, external_id, customer, service, site, priority, created_at, import_id) "
              "VALUES (:source, :id, '', '', '', 'P1', '2026-10-05 02:00:00', :run)")
    raw.execute(insert, {"source": "zendesk", "id": "1", "run": run})
    raw.execute(insert, {"source": "freshdesk", "id": "1", "run": run})  # another tool's ticket 1 is another ticket
    with pytest.raises(REFUSED):
        raw.execute(insert, {"source": "zendesk", "id": "1", "run": run})
    assert raw.rows("SELECT count(*) FROM ticket") == [(2,)]


@pytest.mark.parametrize(("column", "value"), [("csat", 0), ("csat", 6), ("ces", 0), ("ces", 8)])
def test_the_database_refuses_scores_out_of_range(db: Database, admin: Actor, raw: Raw, column: str, value: int) -> None:
    run = _import(db, admin)
    with pytest.raises(REFUSED):
        raw.execute(f"INSERT INTO ticket (source, external_id, customer, service, site, priority, created_at, import_id, {column}) "
                    "VALUES ('zendesk', '1', '', '', '', 'P1', '2026-10-05 02:00:00', :run, :value)", {"run": run, "value": value})
    assert raw.rows("SELECT count(*) FROM ticket") == [(0,)]


def test_the_database_refuses_a_hold_or_outage_that_ends_before_it_starts(db: Database, admin: Actor, raw: Raw) -> None:
    run = _import(db, admin)
    raw.execute("INSERT INTO ticket (source, external_id, customer, service, site, priority, created_at, import_id) "
                "VALUES ('zendesk', '1', '', '', '', 'P1', '2026-10-05 02:00:00', :run)", {"run": run})
    (ticket,), = raw.rows("SELECT id FROM ticket")
    with pytest.raises(REFUSED):
        raw.execute("INSERT INTO ticket_hold (ticket_id, start_at, end_at) VALUES (:t, '2026-10-05 03:00:00', '2026-10-05 02:00:00')",
                    {"t": ticket})
    with pytest.raises(REFUSED):
        raw.execute("INSERT INTO outage (source, external_id, service, site, region, started_at, ended_at, planned, import_id) "
                    "VALUES ('plain', 'x', 'Mail', '', 'EU', '2026-10-05 03:00:00', '2026-10-05 02:00:00', false, :run)", {"run": run})
    assert raw.rows("SELECT count(*) FROM ticket_hold") == [(0,)] and raw.rows("SELECT count(*) FROM outage") == [(0,)]
