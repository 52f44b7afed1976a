"""Importing the times tickets were on hold from a file of their own, for tools that export them apart.

How files are read, checked and stored is ``importing``'s rules. A row names a ticket already
imported (its id, from the import's ``source``: the tool the tickets came from) and one time
it was on hold: ``ticket_id, start, end``. Checked per row: the ticket is stored, both times
are readable, the end is not before the start. A hold is known by its ticket and start, so
importing the file again adds nothing; a hold whose end changed is updated and audited (one
event per batch, naming each ticket and hold). A hold the file no longer lists is kept (import the tickets again with their
``on_hold`` column to replace a ticket's holds).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from ...models import Ticket, TicketHold
from .. import audit, text
from ..db import Database
from ..errors import ValidationError
from ..roles import Actor
from ..words import _
from . import importing
from .importing import Counts, Layout, Result, RowError

FIELDS = ("ticket_id", "start", "end")
PRESETS: dict[str, Layout] = {"template": Layout("template", {name: name for name in FIELDS}, FIELDS)}


@dataclass(frozen=True)
class Row:
    line: int
    key: str  # the ticket and the start: one hold
    ticket: str
    start: dt.datetime
    end: dt.datetime


@dataclass
class _Lookup:
    layout: Layout
    tz: Any


def _parse(line: int, unit: str, values: dict[str, Any], lookup: _Lookup) -> Row:
    layout, where = lookup.layout, importing.place(unit, line)
    ticket = importing.words(values.get("ticket_id"), _("the ticket ({column})").format(
        column=text.quoted(layout.columns["ticket_id"])), 120, required=True)
    start = importing.instant(values.get("start"), text.quoted(layout.columns["start"]), where, lookup.tz, layout.time_formats)
    end = importing.instant(values.get("end"), text.quoted(layout.columns["end"]), where, lookup.tz, layout.time_formats)
    if start is None or end is None:
        raise RowError(_("a time on hold has a start and an end"))
    if end < start:
        raise RowError(_("the time on hold ends ({end:%Y-%m-%d %H:%M} UTC) before it starts ({start:%Y-%m-%d %H:%M} UTC)").format(
            end=end, start=start))
    return Row(line, f"{ticket} {start.isoformat()}", ticket, start, end)


def _write(
    session: Session, actor: Actor, import_id: int, source: str, rows: list[Row], counts: Counts,
) -> list[tuple[Row, str]]:
    ids = {key: id_ for key, id_ in session.execute(
        select(Ticket.external_id, Ticket.id).where(Ticket.source == source, Ticket.external_id.in_({r.ticket for r in rows})))}
    stored = {(ticket, start): (id_, end) for id_, ticket, start, end in session.execute(
        select(TicketHold.id, TicketHold.ticket_id, TicketHold.start_at, TicketHold.end_at)
        .where(TicketHold.ticket_id.in_(set(ids.values()))))} if ids else {}
    refused, fresh, updates, changes = [], [], [], []
    for row in rows:
        ticket = ids.get(row.ticket)
        if ticket is None:
            refused.append((row, _("no ticket {ticket} from {source} is stored").format(
                ticket=text.quoted(row.ticket, 40), source=text.quoted(source))))
            continue
        old = stored.get((ticket, row.start))
        if old is None:
            fresh.append({"ticket_id": ticket, "start_at": row.start, "end_at": row.end})
        elif old[1] == row.end:
            counts.unchanged += 1
        else:
            updates.append({"_id": old[0], "end_at": row.end})
            changes.append({"external_id": row.ticket, "id": ticket, "start": row.start, "end_at": [old[1], row.end]})
    table = cast(Table, TicketHold.__table__)
    if fresh:
        session.execute(insert(table), fresh)
        counts.added += len(fresh)
    if updates:
        session.execute(update(table).where(table.c.id == bindparam("_id")), updates)
        audit.record(session, actor, "ticket.hold", "monitoring_import", import_id, source=source, holds=changes)
        counts.updated += len(updates)
    return refused


def import_holds(
    db: Database, actor: Actor, path: Path, *, source: str = "template", timezone: str | None = None,
    skip_bad: bool = False, preset: str | Layout = "template", batch: int = importing.BATCH,
) -> Result:
    """Import the times on hold in ``path`` for tickets imported from ``source`` (see the module's rules)."""
    if isinstance(preset, Layout):
        layout = preset
    elif preset.lower().endswith(".json"):
        layout = importing.read_layout(Path(preset), FIELDS)
    elif preset.casefold() in PRESETS:
        layout = PRESETS[preset.casefold()]
    else:
        raise ValidationError(_("no layout {name} for times on hold: template, or a layout file .json").format(
            name=text.quoted(preset)), field="preset")
    tz = importing.zone(timezone)
    source = text.clean(source, field="source", label=_("the source"), max_length=40)
    kind = importing.Kind("holds", lambda _session: _Lookup(layout, tz), _parse, _write)
    return importing.run(db, actor, path, kind, layout, source=source, skip_bad=skip_bad, batch=batch)
