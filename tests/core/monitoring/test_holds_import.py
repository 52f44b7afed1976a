"""Times on hold from a file of their own (``core.monitoring.holds``), for tickets imported before."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.monitoring import holds, importing, tickets
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, Ticket, TicketHold

DATA = Path(__file__).parents[2] / "data" / "tickets"


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def on_hold(db: Database) -> dict[str, list[tuple[dt.datetime, dt.datetime]]]:
    with db.read() as session:
        rows = session.execute(
            select(Ticket.external_id, TicketHold.start_at, TicketHold.end_at).join(TicketHold, TicketHold.ticket_id == Ticket.id)
            .where(Ticket.source == "zendesk").order_by(TicketHold.start_at)).all()
    found: dict[str, list[tuple[dt.datetime, dt.datetime]]] = {}
    for key, start, end in rows:
        found.setdefault(key, []).append((start, end))
    return found


def test_holds_are_added_to_the_tickets_they_name_once(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    tickets.import_tickets(demo_db, admin, DATA / "zendesk.json", preset="zendesk")
    result = holds.import_holds(demo_db, admin, DATA / "holds.csv", source="zendesk")
    assert (result.added, result.unchanged) == (3, 0)
    assert on_hold(demo_db) == {
        "4711": [(at("2026-10-05T08:00"), at("2026-10-05T09:00")), (at("2026-10-05T11:00"), at("2026-10-05T11:30"))],
        "4713": [(at("2026-10-07T12:00"), at("2026-10-07T14:00"))],
    }
    october = (at("2026-10-01T00:00"), at("2026-11-01T00:00"))
    measured = {t.key: t.on_hold for t in tickets.tickets_for(demo_db, "SLA-2026-0001", *october)}
    assert measured["4711"] == ((at("2026-10-05T08:00"), at("2026-10-05T09:00")), (at("2026-10-05T11:00"), at("2026-10-05T11:30")))
    assert holds.import_holds(demo_db, admin, DATA / "holds.csv", source="zendesk").unchanged == 3  # again: nothing new
    longer = tmp_path / "holds.csv"
    longer.write_text((DATA / "holds.csv").read_text(encoding="utf-8").replace("11:30:00Z", "12:15:00Z"), encoding="utf-8")
    changed = holds.import_holds(demo_db, admin, longer, source="zendesk")
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 2)
    assert on_hold(demo_db)["4711"][1] == (at("2026-10-05T11:00"), at("2026-10-05T12:15"))
    with demo_db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "ticket.hold")).one()
    assert [(h["external_id"], h["end_at"][1]) for h in json.loads(event.detail)["holds"]] == [("4711", "2026-10-05 12:15:00+00:00")]


def test_a_hold_for_an_unknown_ticket_or_ending_first_is_a_bad_row(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    tickets.import_tickets(demo_db, admin, DATA / "zendesk.json", preset="zendesk")
    file = tmp_path / "holds.csv"
    file.write_text("ticket_id,start,end\n4711,2026-10-05T08:00:00Z,2026-10-05T09:00:00Z\n"
                    "9999,2026-10-05T08:00:00Z,2026-10-05T09:00:00Z\n4712,2026-10-06T03:00:00Z,2026-10-06T02:00:00Z\n"
                    "4711,2026-10-05T08:00:00Z,2026-10-05T10:00:00Z\n", encoding="utf-8")
    with pytest.raises(importing.ImportRefused) as refused:
        holds.import_holds(demo_db, admin, file, source="zendesk")
    assert [str(row) for row in refused.value.rows] == [
        "line 3: no ticket '9999' from 'zendesk' is stored",
        "line 4: the time on hold ends (2026-10-06 02:00 UTC) before it starts (2026-10-06 03:00 UTC)",
        "line 5: '4711 2026-10-05T08:00:00+00:00' is also on line 2; an id appears once in a file",
    ]
    assert on_hold(demo_db) == {}
    # the tickets of another source are other tickets
    with pytest.raises(importing.ImportRefused, match="line 2: no ticket '4711' from 'template' is stored"):
        holds.import_holds(demo_db, admin, DATA / "holds.csv")
