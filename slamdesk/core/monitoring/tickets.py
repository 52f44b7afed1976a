"""Importing tickets from help-desk exports, and reading them back to measure an agreement.

How files are read, checked and stored is ``importing``'s rules. A ticket row holds: its id
(``external_id``), the agreement's number or the customer, service and site to find it by, its
priority, when it was created, first answered, resolved and last reopened, its times on hold,
and the customer's satisfaction (CSAT, 1-5) and effort score (CES, 1-7) where the tool has them.

Checked per row: an id; a known priority; a creation time; no first response or resolution
before the creation; each time readable; CSAT 1-5 and CES 1-7; an agreement named in the
file exists; holds written ``START/END`` (several separated by ``;``), each ending after it
starts. A row naming no agreement is matched to the signed (or active, or since terminated)
agreement of that customer with a line for that service at that site (any site when the row
names none) in force on the day the ticket was created (from its start to the last day it is served:
renewals carry it on past its first term, notice or expiry end it, ``renewals.standing.last_days``); when
none or several match, it is stored without one and counted as *unmatched*.

The presets, each the tool's own export as it comes (column headers in English):

* ``zendesk``: Zendesk Support's CSV export (Admin Center > Account > Tools > Reports > CSV
  export; the same columns in an Explore tickets report exported to XLSX), and its full JSON
  export (one ticket per line, API field names). Its CSV gives the first reply as minutes
  after creation, and times in the account's zone without an offset (give ``timezone``).
  Its satisfaction score is good/bad, not 1-5, so it is not imported.
* ``freshdesk``: Freshdesk's ticket export (Tickets > Export, CSV or XLSX), times in the
  exporting agent's zone without an offset.
* ``jira``: Jira Service Management's issue search "Export CSV (all fields)"; dates like
  ``05/Oct/26 9:12 AM`` in the exporting user's zone; the first response is Jira's
  ``[CHART] Date of First Response`` field and the satisfaction its 1-5 rating.
* ``glpi``: GLPI 10's ticket search list exported as CSV (semicolon separated, English
  labels); the first response is its "take into account" date.
* ``template``: slamdesk's own columns (``slamdesk import template tickets`` writes the file),
  ISO 8601 times; the only layout with reopened times, holds and effort scores.

Columns missing from a tool's export (a site in Zendesk, say) stay empty; a layout kept in a
file (``importing.save_layout``) names other columns for the same values.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, insert, select
from sqlalchemy.orm import Session

from ...models import Agreement, AgreementLine, AgreementVersion, Customer, Ticket as TicketRow, TicketHold
from .. import clock, text
from ..catalogue_rules import PRIORITIES
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..lifecycle import Status
from ..renewals.standing import last_days
from ..roles import Actor
from ..words import N_, _
from . import compliance, importing
from .importing import Counts, Layout, Result, RowError

FIELDS = ("external_id", "agreement", "customer", "service", "site", "priority", "created", "first_response",
          "first_response_minutes", "resolved", "reopened", "on_hold", "csat", "ces")
_REQUIRED = ("external_id", "priority", "created")
IN_FORCE = (Status.SIGNED, Status.ACTIVE, Status.TERMINATED)
_BEFORE_CREATED = {  # a time that cannot come before the ticket's creation
    "first_response": N_("the first response ({at:%Y-%m-%d %H:%M} UTC) comes before the ticket was created "
                         "({created:%Y-%m-%d %H:%M} UTC)"),
    "resolved": N_("the resolved ({at:%Y-%m-%d %H:%M} UTC) comes before the ticket was created ({created:%Y-%m-%d %H:%M} UTC)"),
    "reopened": N_("the reopened ({at:%Y-%m-%d %H:%M} UTC) comes before the ticket was created ({created:%Y-%m-%d %H:%M} UTC)"),
}

PRESETS: dict[str, Layout] = {
    "template": Layout(
        "template",
        {name: name for name in FIELDS if name != "first_response_minutes"},
        _REQUIRED,
    ),
    "zendesk": Layout(
        "zendesk",
        {"external_id": "Id", "customer": "Organization", "service": "Group", "priority": "Priority",
         "created": "Created at", "first_response_minutes": "First reply time in minutes", "resolved": "Solved at"},
        _REQUIRED,
        json_keys={"external_id": "id", "customer": "organization_name", "service": "group_name", "priority": "priority",
                   "created": "created_at", "first_response_minutes": "metric_set.reply_time_in_minutes.calendar",
                   "resolved": "metric_set.solved_at"},
        values={"urgent": "P1", "high": "P2", "normal": "P3", "low": "P4"},
    ),
    "freshdesk": Layout(
        "freshdesk",
        {"external_id": "Ticket ID", "customer": "Company Name", "service": "Product", "priority": "Priority",
         "created": "Created time", "first_response": "Initial response time", "resolved": "Resolved time"},
        _REQUIRED,
        values={"urgent": "P1", "high": "P2", "medium": "P3", "low": "P4"},
    ),
    "jira": Layout(
        "jira",
        {"external_id": "Issue key", "customer": "Custom field (Organizations)", "service": "Component/s",
         "priority": "Priority", "created": "Created", "first_response": "Custom field ([CHART] Date of First Response)",
         "resolved": "Resolved", "csat": "Custom field (Satisfaction)"},
        _REQUIRED,
        values={"highest": "P1", "high": "P2", "medium": "P3", "low": "P4", "lowest": "P4"},
        time_formats=("%d/%b/%y %I:%M %p", "%d/%b/%y %H:%M", "%d/%m/%Y %H:%M"),
    ),
    "glpi": Layout(
        "glpi",
        {"external_id": "ID", "customer": "Entity", "service": "Category", "site": "Location", "priority": "Priority",
         "created": "Opening date", "first_response": "Take into account date", "resolved": "Resolution date"},
        _REQUIRED,
        values={"major": "P1", "very high": "P1", "high": "P2", "medium": "P3", "low": "P4", "very low": "P4"},
    ),
}


def layout_named(name: str) -> Layout:
    """A preset by name, or a layout kept in a JSON file (a path ending in .json)."""
    if name.lower().endswith(".json"):
        return importing.read_layout(Path(name), FIELDS)
    try:
        return PRESETS[name.casefold()]
    except KeyError:
        raise ValidationError(_("no preset {name}: the presets are {presets}, or a layout file .json").format(
            name=text.quoted(name), presets=", ".join(PRESETS)), field="preset") from None


@dataclass(frozen=True)
class Row:
    """One ticket as read from its row."""

    line: int
    key: str
    agreement_id: int | None
    customer: str
    service: str
    site: str
    priority: str
    created_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    reopened_at: dt.datetime | None
    csat: int | None
    ces: int | None
    holds: tuple[tuple[dt.datetime, dt.datetime], ...] = ()

    def stored(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _COMPARED}


_COMPARED = ("agreement_id", "customer", "service", "site", "priority", "created_at", "first_response_at", "resolved_at",
             "reopened_at", "csat", "ces")


@dataclass
class _Lookup:
    """What rows are checked against: agreements by number, and in-force lines by customer, service and site."""

    layout: Layout
    tz: Any
    numbers: dict[str, int]
    lines: dict[tuple[str, str], list[tuple[str, dt.date, dt.date, int]]]
    unmatched: int = 0

    @property
    def labels(self) -> dict[str, str]:
        """How messages name each value: by the file's column."""
        if not self._labels:
            named = {name: text.quoted(self.layout.columns.get(name, name)) for name in FIELDS}
            self._labels.update(named, id=_("the id ({column})").format(column=named["external_id"]), **{
                "the csat": _("the CSAT ({column})").format(column=named["csat"]),
                "the ces": _("the effort score ({column})").format(column=named["ces"])})
        return self._labels

    _labels: dict[str, str] = field(default_factory=dict)


def _prepare(layout: Layout, tz: Any) -> Any:
    def prepare(session: Session) -> _Lookup:
        numbers = dict(session.execute(select(Agreement.number, Agreement.id)).all())
        lines: dict[tuple[str, str], list[tuple[str, dt.date, dt.date, int]]] = {}
        query = (
            select(Customer.name, AgreementLine.service_name, AgreementLine.site, AgreementVersion.start_date,
                   AgreementVersion.end_date, Agreement.id)
            .join(AgreementVersion, AgreementLine.version_id == AgreementVersion.id)
            .join(Agreement, AgreementVersion.agreement_id == Agreement.id)
            .join(Customer, Agreement.customer_id == Customer.id)
            .where(AgreementVersion.status.in_([s.value for s in IN_FORCE]))
        )
        served = last_days(session, clock.today())  # renewed past its first term's end, or ended before it
        for customer, service, site, start, end, agreement in session.execute(query):
            lines.setdefault((customer.casefold(), service.casefold()), []).append(
                (site.casefold(), start, served.get(agreement, end), agreement))
        return _Lookup(layout, tz, numbers, lines)
    return prepare


def _parse(line: int, unit: str, values: dict[str, Any], lookup: _Lookup) -> Row:
    layout, labels = lookup.layout, lookup.labels
    where = importing.place(unit, line)

    def column(name: str) -> str:
        return labels[name]

    key = importing.words(values.get("external_id"), labels["id"], 120, required=True)
    number = importing.words(values.get("agreement"), _("the agreement"), 40)
    customer = importing.words(values.get("customer"), _("the customer"), 200)
    service = importing.words(values.get("service"), _("the service"), 200)
    site = importing.words(values.get("site"), _("the site"), 200)
    written = importing.words(values.get("priority"), _("the priority"), 60, required=True)
    priority = written.upper() if written.upper() in PRIORITIES else layout.values.get(written.casefold())
    if priority is None:
        known = ", ".join(dict.fromkeys([*(v.title() for v in layout.values), *PRIORITIES]))
        raise RowError(_("the priority {written} is not one of {known}").format(written=text.quoted(written, 40), known=known))

    def moment(name: str) -> dt.datetime | None:
        return importing.instant(values.get(name), column(name), where, lookup.tz, layout.time_formats)

    created = moment("created")
    if created is None:
        raise RowError(_("the creation time ({column}) is missing").format(column=column("created")))
    first = moment("first_response")
    after = importing.minutes(values.get("first_response_minutes"), column("first_response_minutes"))
    if first is None and after is not None:
        first = created + after
    resolved, reopened = moment("resolved"), moment("reopened")
    for name, value in (("first_response", first), ("resolved", resolved), ("reopened", reopened)):
        if value is not None and value < created:
            raise RowError(_(_BEFORE_CREATED[name]).format(at=value, created=created))
    csat = importing.number(values.get("csat"), labels["the csat"], 1, 5)
    ces = importing.number(values.get("ces"), labels["the ces"], 1, 7)
    holds = _holds(values.get("on_hold"), where, lookup)
    if number:
        agreement: int | None = lookup.numbers.get(number)
        if agreement is None:
            raise RowError(_("no agreement {number}").format(number=text.quoted(number)))
    else:
        agreement = _match(lookup, customer, service, site, created.date())
    return Row(line, key, agreement, customer, service, site, priority, created, first, resolved, reopened, csat, ces, holds)


def _holds(value: Any, where: str, lookup: _Lookup) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    written = importing.words(value, _("the times on hold"), 4000)
    spans = []
    for part in filter(None, (p.strip() for p in written.split(";"))):
        ends = part.split("/")
        if len(ends) != 2:
            raise RowError(_("a time on hold is START/END, not {part}").format(part=text.quoted(part, 60)))
        start = importing.instant(ends[0], _("the time on hold"), where, lookup.tz, lookup.layout.time_formats)
        end = importing.instant(ends[1], _("the time on hold"), where, lookup.tz, lookup.layout.time_formats)
        if start is None or end is None or end < start:
            raise RowError(_("the time on hold {part} does not end after it starts").format(part=text.quoted(part, 60)))
        spans.append((start, end))
    return tuple(sorted(spans))


def _match(lookup: _Lookup, customer: str, service: str, site: str, day: dt.date) -> int | None:
    candidates = {
        agreement
        for where, start, end, agreement in lookup.lines.get((customer.casefold(), service.casefold()), ())
        if start <= day <= end and (not site or where == site.casefold())
    }
    if len(candidates) == 1:
        return candidates.pop()
    lookup.unmatched += 1
    return None


def _holds_of(session: Session, ids: list[int]) -> Callable[[int, Row], dict[str, Any]]:
    """How a stored ticket's times on hold differ from a row's (``{}`` when they do not)."""
    holds: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    for ticket_id, start, end in session.execute(
        select(TicketHold.ticket_id, TicketHold.start_at, TicketHold.end_at)
        .where(TicketHold.ticket_id.in_(ids)).order_by(TicketHold.start_at)
    ):
        holds.setdefault(ticket_id, []).append((start, end))

    def differs(ticket_id: int, row: Row) -> dict[str, Any]:
        before = tuple(holds.get(ticket_id, ()))
        if before == row.holds:
            return {}
        return {"on_hold": [[list(span) for span in before], [list(span) for span in row.holds]]}
    return differs


def _store_holds(session: Session, source: str, fresh: list[Row], updated: list[tuple[int, Row, dict[str, Any]]]) -> None:
    """The times on hold of new tickets, and in place of the old ones of tickets whose times changed."""
    with_holds = [row for row in fresh if row.holds]
    ids = dict(session.execute(
        select(TicketRow.external_id, TicketRow.id)
        .where(TicketRow.source == source, TicketRow.external_id.in_([r.key for r in with_holds]))
    ).all()) if with_holds else {}
    spans = [(ids[row.key], row.holds) for row in with_holds]
    reset = [(ticket_id, row.holds) for ticket_id, row, changed in updated if "on_hold" in changed]
    if reset:
        session.execute(delete(TicketHold).where(TicketHold.ticket_id.in_([ticket_id for ticket_id, _held in reset])))
    rows = [{"ticket_id": ticket_id, "start_at": start, "end_at": end}
            for ticket_id, held in spans + reset for start, end in held]
    if rows:
        session.execute(insert(importing.table_of(TicketHold)), rows)


def _write(
    session: Session, actor: Actor, import_id: int, source: str, rows: list[Row], counts: Counts,
) -> list[tuple[Row, str]]:
    importing.write_rows(session, actor, import_id, source, rows, counts, TicketRow, event="ticket.update",
                         noun="tickets", compare=_holds_of,
                         written=lambda session, fresh, updated: _store_holds(session, source, fresh, updated))
    return []


def import_tickets(
    db: Database, actor: Actor, path: Path, *, preset: str | Layout = "template", timezone: str | None = None,
    skip_bad: bool = False, source: str | None = None, batch: int = importing.BATCH,
    progress: Callable[[int], None] | None = None,
) -> Result:
    """Import the tickets in ``path`` (CSV, XLSX or JSON) laid out as ``preset`` (see the module's rules).

    ``source`` (default: the layout's name) and each ticket's id are what a ticket is known by.
    """
    layout = preset if isinstance(preset, Layout) else layout_named(preset)
    tz = importing.zone(timezone)
    source = text.clean(source or layout.name, field="source", label=_("the source"), max_length=40)
    kind = importing.Kind("tickets", _prepare(layout, tz), _parse, _write, lambda lookup: lookup.unmatched)
    return importing.run(db, actor, path, kind, layout, source=source, skip_bad=skip_bad, batch=batch,
                         progress=progress)


TEMPLATE_EXAMPLE = {
    "external_id": "T-1001", "agreement": "SLA-2026-0001", "customer": "", "service": "Service desk", "site": "Göteborg",
    "priority": "P2", "created": "2026-10-05T09:12:00+02:00", "first_response": "2026-10-05T09:40:00+02:00",
    "resolved": "2026-10-05T15:02:00+02:00", "reopened": "", "on_hold": "2026-10-05T10:00:00+02:00/2026-10-05T11:00:00+02:00",
    "csat": "5", "ces": "2",
}


def write_template(out: Path) -> None:
    """The template layout as a CSV file: its header and one example row (to replace)."""
    columns = list(PRESETS["template"].columns.values())
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerow([TEMPLATE_EXAMPLE.get(name, "") for name in columns])


def tickets_for(
    db: Database, number: str, start: dt.datetime, end: dt.datetime, *, service: str | None = None,
    site: str | None = None,
) -> list[compliance.Ticket]:
    """The tickets of agreement ``number`` created in [start, end), oldest first, as ``compliance`` measures them."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError(_("the period's start and end need a time zone"), field="period")
    with db.read() as session:
        agreement = session.scalars(select(Agreement.id).where(Agreement.number == text.exact(number))).first()
        if agreement is None:
            raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
        conditions = [TicketRow.agreement_id == agreement, TicketRow.created_at >= start, TicketRow.created_at < end]
        if service is not None:
            conditions.append(TicketRow.service == service)
        if site is not None:
            conditions.append(TicketRow.site == site)
        rows = session.execute(
            select(TicketRow.id, TicketRow.external_id, TicketRow.priority, TicketRow.created_at,
                   TicketRow.first_response_at, TicketRow.resolved_at, TicketRow.csat, TicketRow.ces)
            .where(and_(*conditions)).order_by(TicketRow.created_at, TicketRow.id)
        ).all()
        holds: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
        ids = [row[0] for row in rows]
        for chunk in range(0, len(ids), importing.BATCH):
            for ticket_id, begin, finish in session.execute(
                select(TicketHold.ticket_id, TicketHold.start_at, TicketHold.end_at)
                .where(TicketHold.ticket_id.in_(ids[chunk:chunk + importing.BATCH]))
                .order_by(TicketHold.start_at)
            ):
                holds.setdefault(ticket_id, []).append((begin, finish))
    return [
        compliance.Ticket(key, priority, created, first, resolved, tuple(holds.get(ticket_id, ())), csat, ces)
        for ticket_id, key, priority, created, first, resolved, csat, ces in rows
    ]


def bad_rows_csv(rows: Sequence[importing.BadRow], out: Path) -> None:
    """The rows left out of an import (or that refused it), as CSV: where, id, reason."""
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["line", "id", "reason"])
        for row in rows:
            writer.writerow([f"{row.unit} {row.line}", _inert(row.key), _inert(row.reason)])


def _inert(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def kind_for(layout: Layout, timezone: str | None) -> importing.Kind[Row]:
    """How a ticket row is read and stored with ``layout`` (for ``importing.preview``)."""
    return importing.Kind("tickets", _prepare(layout, importing.zone(timezone)), _parse, _write,
                          lambda lookup: lookup.unmatched)
