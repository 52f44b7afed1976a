"""Importing outages: when a service was down, where, and whether it was planned maintenance.

How files are read, checked and stored is ``importing``'s rules. An outage row holds the
service, the site or region it hit (both empty: the whole service), when it started and
ended (empty while it lasts), whether it was planned, optionally its id and the agreement it
belongs to. Checked per row: a service; a start; an end not before the start; a readable
planned/unplanned; an agreement named exists.

An outage is known by its source and id; a row without an id is known by its service, site,
region and start, so importing the same file again adds nothing either way.

The layouts:

* ``template``: slamdesk's own columns (``slamdesk import template outages`` writes the file):
  ``outage_id, agreement, service, site, region, start, end, planned`` (planned: yes/no).
* ``plain``: the least a monitoring tool or a spreadsheet kept by hand has: ``Service,
  Location, Start, End, Type``, the type ``planned`` / ``maintenance`` or ``unplanned`` /
  ``incident`` / ``outage``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...models import Agreement, Outage as OutageRow
from .. import text
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..roles import Actor
from ..words import _
from . import importing
from .importing import Counts, Layout, Result, RowError

FIELDS = ("external_id", "agreement", "service", "site", "region", "start", "end", "planned")
_PLANNED = {"yes": True, "y": True, "true": True, "1": True, "planned": True, "maintenance": True,
            "no": False, "n": False, "false": False, "0": False, "unplanned": False, "incident": False, "outage": False}

PRESETS: dict[str, Layout] = {
    "template": Layout(
        "template",
        {"external_id": "outage_id", "agreement": "agreement", "service": "service", "site": "site", "region": "region",
         "start": "start", "end": "end", "planned": "planned"},
        ("service", "start"),
    ),
    "plain": Layout(
        "plain",
        {"service": "Service", "site": "Location", "start": "Start", "end": "End", "planned": "Type"},
        ("service", "start", "end"),
    ),
}


def layout_named(name: str) -> Layout:
    """A layout by name, or one kept in a JSON file (a path ending in .json)."""
    if name.lower().endswith(".json"):
        return importing.read_layout(Path(name), FIELDS)
    try:
        return PRESETS[name.casefold()]
    except KeyError:
        raise ValidationError(
            _("no outage layout {name}: the layouts are {layouts}, or a layout file .json").format(
                name=text.quoted(name), layouts=", ".join(PRESETS)), field="preset",
        ) from None


@dataclass(frozen=True)
class Row:
    line: int
    key: str
    agreement_id: int | None
    service: str
    site: str
    region: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    planned: bool

    def stored(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _COMPARED}


_COMPARED = ("agreement_id", "service", "site", "region", "started_at", "ended_at", "planned")


@dataclass
class _Lookup:
    layout: Layout
    tz: Any
    numbers: dict[str, int]


def _prepare(layout: Layout, tz: Any) -> Any:
    def prepare(session: Session) -> _Lookup:
        return _Lookup(layout, tz, {number: id_ for number, id_ in session.execute(select(Agreement.number, Agreement.id))})
    return prepare


def _parse(line: int, unit: str, values: dict[str, Any], lookup: _Lookup) -> Row:
    layout, where = lookup.layout, importing.place(unit, line)

    def column(name: str) -> str:
        return text.quoted(layout.columns.get(name, name))

    service = importing.words(values.get("service"), _("the service ({column})").format(column=column("service")), 200,
                              required=True)
    site = importing.words(values.get("site"), _("the site"), 200)
    region = importing.words(values.get("region"), _("the region"), 100)
    start = importing.instant(values.get("start"), column("start"), where, lookup.tz, layout.time_formats)
    end = importing.instant(values.get("end"), column("end"), where, lookup.tz, layout.time_formats)
    if start is None:
        raise RowError(_("the start ({column}) is missing").format(column=column("start")))
    if end is not None and end < start:
        raise RowError(_("the outage ends ({end:%Y-%m-%d %H:%M} UTC) before it starts ({start:%Y-%m-%d %H:%M} UTC)").format(
            end=end, start=start))
    kind = importing.words(values.get("planned"), _("planned"), 40).casefold()
    if kind not in _PLANNED and kind:
        raise RowError(_("planned is {value}; write yes or no (planned, maintenance; unplanned, incident)").format(
            value=text.quoted(kind, 40)))
    number = importing.words(values.get("agreement"), _("the agreement"), 40)
    agreement = lookup.numbers.get(number) if number else None
    if number and agreement is None:
        raise RowError(_("no agreement {number}").format(number=text.quoted(number)))
    key = importing.words(values.get("external_id"), _("the id"), 120)
    if not key:  # known by what it is: the same row gets the same id in every import
        key = "auto-" + hashlib.sha256(f"{service}\x1f{site}\x1f{region}\x1f{start.isoformat()}".encode()).hexdigest()[:40]
    return Row(line, key, agreement, service, site, region, start, end, _PLANNED.get(kind, False))


def _write(
    session: Session, actor: Actor, import_id: int, source: str, rows: list[Row], counts: Counts,
) -> list[tuple[Row, str]]:
    importing.write_rows(session, actor, import_id, source, rows, counts, OutageRow, event="outage.update",
                         noun="outages")
    return []


def import_outages(
    db: Database, actor: Actor, path: Path, *, preset: str | Layout = "template", timezone: str | None = None,
    skip_bad: bool = False, source: str | None = None, batch: int = importing.BATCH,
    progress: Callable[[int], None] | None = None,
) -> Result:
    """Import the outages in ``path`` (CSV, XLSX or JSON) laid out as ``preset`` (see the module's rules)."""
    layout = preset if isinstance(preset, Layout) else layout_named(preset)
    tz = importing.zone(timezone)
    source = text.clean(source or layout.name, field="source", label=_("the source"), max_length=40)
    kind = importing.Kind("outages", _prepare(layout, tz), _parse, _write)
    return importing.run(db, actor, path, kind, layout, source=source, skip_bad=skip_bad, batch=batch,
                         progress=progress)


TEMPLATE_EXAMPLE = {
    "outage_id": "O-1", "agreement": "SLA-2026-0001", "service": "Network monitoring", "site": "Fjällbacka hamn",
    "region": "", "start": "2026-10-06T03:50:00+02:00", "end": "2026-10-06T04:35:00+02:00", "planned": "no",
}


def write_template(out: Path) -> None:
    """The template layout as a CSV file: its header and one example row (to replace)."""
    columns = list(PRESETS["template"].columns.values())
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerow([TEMPLATE_EXAMPLE.get(name, "") for name in columns])


@dataclass(frozen=True)
class Down:
    """An outage as availability is measured from it: ``end`` None while it lasts."""

    key: str
    service: str
    site: str
    region: str
    start: dt.datetime
    end: dt.datetime | None
    planned: bool


def outages_for(
    db: Database, start: dt.datetime, end: dt.datetime, *, service: str | None = None, number: str | None = None,
) -> list[Down]:
    """The outages that overlap [start, end) (of ``service``, of agreement ``number``), earliest first."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError(_("the period's start and end need a time zone"), field="period")
    with db.read() as session:
        query = select(OutageRow).where(
            OutageRow.started_at < end, or_(OutageRow.ended_at.is_(None), OutageRow.ended_at > start))
        if service is not None:
            query = query.where(OutageRow.service == service)
        if number is not None:
            agreement = session.scalars(select(Agreement.id).where(Agreement.number == text.exact(number))).first()
            if agreement is None:
                raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
            query = query.where(OutageRow.agreement_id == agreement)
        return [
            Down(o.external_id, o.service, o.site, o.region, o.started_at, o.ended_at, o.planned)
            for o in session.scalars(query.order_by(OutageRow.started_at, OutageRow.id))
        ]


def kind_for(layout: Layout, timezone: str | None) -> importing.Kind[Row]:
    """How an outage row is read and stored with ``layout`` (for ``importing.preview``)."""
    return importing.Kind("outages", _prepare(layout, importing.zone(timezone)), _parse, _write)
