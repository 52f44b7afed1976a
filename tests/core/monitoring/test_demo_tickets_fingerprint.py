"""The demo's tickets and outages, pinned (``core.monitoring.demo_tickets``): every value the generator draws, by fingerprint.

The demo is drawn from generators seeded by each agreement's number, so it is the same every time: a change to a weight,
a share, a range or a date shows here as another fingerprint (and would change every screenshot and figure of the demo).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.monitoring import demo_tickets
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AuditEvent, MonitoringImport, Outage, Ticket, TicketHold
from tests.conftest import DEMO_TODAY

PER_LINE = 12
TICKETS = "9370a236d2be22b10fcd922451c95eb55c395ec3b569d07f81180f94b535dfd2"
OUTAGES = "f945787ad4ba50627831a79124c29913365b310432ae7d8cb58c9b51681cc0b7"


def _when(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(dt.UTC).isoformat()


def _made(db: Database) -> tuple[list[list[object]], list[list[object]]]:
    """Every demo ticket (with its holds) and outage, as text, in id order."""
    with db.read() as session:
        numbers = dict(session.execute(select(Agreement.id, Agreement.number)).all())
        holds: dict[int, list[list[str | None]]] = {}
        for ticket_id, start, end in session.execute(
                select(TicketHold.ticket_id, TicketHold.start_at, TicketHold.end_at).order_by(TicketHold.start_at)):
            holds.setdefault(ticket_id, []).append([_when(start), _when(end)])
        tickets = [[t.external_id, numbers.get(t.agreement_id or 0), t.customer, t.service, t.site, t.priority,
                    _when(t.created_at), _when(t.first_response_at), _when(t.resolved_at), _when(t.reopened_at), t.csat, t.ces,
                    holds.get(t.id, [])]
                   for t in session.scalars(select(Ticket).where(Ticket.source == demo_tickets.SOURCE).order_by(Ticket.id))]
        outages = [[o.external_id, numbers.get(o.agreement_id or 0), o.service, o.site, o.region, _when(o.started_at),
                    _when(o.ended_at), o.planned]
                   for o in session.scalars(select(Outage).where(Outage.source == demo_tickets.SOURCE).order_by(Outage.id))]
    return tickets, outages


def _print(rows: list[list[object]]) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def test_the_demos_tickets_and_outages_are_the_ones_pinned(demo_db: Database, people: dict[str, Actor]) -> None:
    made = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=PER_LINE)
    tickets, outages = _made(demo_db)
    assert (made.tickets, made.outages) == (len(tickets), len(outages))
    assert (_print(tickets), _print(outages)) == (TICKETS, OUTAGES), (_print(tickets), _print(outages))
    with demo_db.read() as session:
        run = session.scalars(select(MonitoringImport).where(MonitoringImport.source == "demo")).one()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "monitoring.demo")).one()
        ids = set(session.scalars(select(Ticket.import_id).where(Ticket.source == "demo")))
        ids |= set(session.scalars(select(Outage.import_id).where(Outage.source == "demo")))
    assert (run.kind, run.file_name, run.sha256, run.added, run.updated, run.unchanged, run.skipped) == (
        "tickets", "demo", "0" * 64, len(tickets), 0, 0, 0)
    assert ids == {run.id}
    assert (event.actor, event.entity_type, event.entity_id) == ("admin", "monitoring_import", run.id)
    assert {k: v for k, v in json.loads(event.detail).items() if k in ("tickets", "outages")} == {
        "tickets": len(tickets), "outages": len(outages)}


def test_the_demo_written_a_few_rows_at_a_time_is_the_same(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_tickets, "BATCH", 7)  # holds whose tickets were written in an earlier batch, outages between
    made = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=PER_LINE)
    tickets, outages = _made(demo_db)
    assert (_print(tickets), _print(outages)) == (TICKETS, OUTAGES), (_print(tickets), _print(outages))
    assert (made.tickets, made.outages) == (len(tickets), len(outages))


def test_a_second_demo_run_adds_only_the_agreements_that_have_none_and_a_shorter_span_stays_in_it(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    first = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=3, days=30)
    tickets, outages = _made(demo_db)
    assert first.tickets > 0 and {t[1] for t in tickets} == {"SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"}
    end = dt.datetime.combine(DEMO_TODAY, dt.time(), dt.UTC)
    assert all(_when(end - dt.timedelta(days=30)) <= str(t[6]) < _when(end) for t in tickets)  # type: ignore[operator]
    assert all(_when(end - dt.timedelta(days=30)) <= str(o[5]) for o in outages)  # type: ignore[operator]
    # the two that had ended before those 30 days had none: a year's run adds theirs, up to their ends, and no other
    second = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=3)
    added = _made(demo_db)[0][len(tickets):]
    assert second.tickets == len(added) > 0 and {t[1] for t in added} == {"SLA-2024-0002", "SLA-2024-0003"}
    assert demo_tickets.generate(demo_db, DEMO_TODAY, per_line=3) == demo_tickets.Generated(0, 0)
