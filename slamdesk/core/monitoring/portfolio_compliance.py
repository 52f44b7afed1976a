"""One period's figures for every signed agreement at once, by the rules of ``periods``, in a few reads.

``periods.agreement_figures`` answers for one agreement; asking it for each of 50,000 would
read each agreement's lines, calendar, tickets and outages one by one. Here the versions in
force, their lines, the period's tickets with their holds, and its outages are each read in one
pass (the tickets streamed), each line's hours are worked out once per level, coverage and
country, and every ticket is measured with ``compliance.measure`` as ``periods`` measures it.
Closed periods are answered from what was stored, as ``periods.agreement_figures`` does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session

from ...models import Agreement, AgreementLine, AgreementVersion, ClosedPeriod, Customer, Outage, Ticket as TicketRow, TicketHold
from ..db import Database
from ..lifecycle import SIGNED_STATES
from ..renewals.standing import Ending, endings
from . import periods
from .calendars import Span
from .compliance import AT_RISK_SHARE, Compliance, Measure, Target, Ticket, compliance


class _Row(NamedTuple):
    """An agreement line's columns that measuring reads (``periods.LineData``), without an ORM object each."""

    position: int
    service_level_id: int
    service_name: str
    level_name: str
    site: str
    coverage: str
    availability_pct: Decimal
    targets: list[list[object]]


_CHUNK = 5_000  # ids in one IN (...): well under SQLite's limit of bound parameters
_WIDEST = dt.timedelta(hours=14)  # no zone is further from UTC: a period's tickets lie within its days ± this


def portfolio_figures(
    db: Database, chosen: periods.Period, now: dt.datetime, *, at_risk_share: Decimal = AT_RISK_SHARE
) -> list[periods.AgreementFigures]:
    """Every agreement with a signed version monitored in ``chosen`` (or closed for it), in number order: its figures
    for ``chosen`` as of ``now``."""
    periods._aware(now)  # noqa: SLF001 - the same rule as one agreement's
    with db.read() as session:
        newest: dict[int, tuple[str, str, int, int]] = {}
        for agreement_id, number, country, version_id, version_no in session.connection().execute(
            select(Agreement.id, Agreement.number, Customer.country, AgreementVersion.id, AgreementVersion.version_no)
            .join(Customer, Customer.id == Agreement.customer_id)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(AgreementVersion.status.in_([str(state) for state in SIGNED_STATES]))
        ):
            if agreement_id not in newest or newest[agreement_id][3] < version_no:
                newest[agreement_id] = (number, country, version_id, version_no)
        closed = set(session.scalars(select(ClosedPeriod.agreement_id).where(ClosedPeriod.period == chosen.name)))
        open_ones = {agreement_id: found for agreement_id, found in newest.items() if agreement_id not in closed}
        version_of = {found[2]: agreement_id for agreement_id, found in open_ones.items()}
        rows: dict[int, list[tuple[_Row, tuple[Target, ...]]]] = defaultdict(list)
        targets: dict[str, tuple[list[list[object]], tuple[Target, ...]]] = {}  # most lines share their level's
        ids = sorted(version_of)
        fields = [getattr(AgreementLine, name) for name in _Row._fields if name != "targets"]
        for start in range(0, len(ids), _CHUNK):
            for version_id, written, *columns in session.connection().execute(
                select(AgreementLine.version_id, cast(AgreementLine.targets, String), *fields)
                .where(AgreementLine.version_id.in_(ids[start:start + _CHUNK])).order_by(AgreementLine.position)
            ):
                if written not in targets:
                    row = _Row._make((*columns, json.loads(written)))
                    targets[written] = (row.targets, periods._targets(row))  # noqa: SLF001
                rows[version_of[version_id]].append((_Row._make((*columns, targets[written][0])), targets[written][1]))
        hours: dict[tuple[int, str, str], periods.Hours] = {}
        aims = periods.internal_aims(session, sorted({row.service_level_id for found in rows.values()
                                                       for row, _targets in found}))
        internal: dict[tuple[int, tuple[Target, ...]], tuple[Target, ...]] = {}
        lines: dict[int, list[periods._Line]] = {}  # noqa: SLF001
        for agreement_id, agreement_rows in rows.items():
            country = open_ones[agreement_id][1]
            services = [row.service_name for row, _targets in agreement_rows]
            made = []
            for row, line_targets in agreement_rows:
                key = (row.service_level_id, row.coverage, country)
                if key not in hours:
                    hours[key] = periods.hours_of(db, session, row, country)
                if (row.service_level_id, line_targets) not in internal:
                    internal[(row.service_level_id, line_targets)] = periods._internal(  # noqa: SLF001
                        line_targets, aims.get(row.service_level_id, {}))
                made.append(periods._Line(row, line_targets, hours[key],  # noqa: SLF001
                                          services.count(row.service_name) > 1,
                                          internal[(row.service_level_id, line_targets)]))
            lines[agreement_id] = made
        earliest = dt.datetime.combine(chosen.first, dt.time(), dt.UTC) - _WIDEST
        latest = dt.datetime.combine(chosen.after, dt.time(), dt.UTC) + _WIDEST
        tickets = _tickets(session, earliest, latest, lines)
        outages = _outages(session, earliest, latest, lines)
        ended = endings(session, now.date(), ids=sorted(open_ones))
    known = _Known(chosen)
    figures = {agreement_id: _figures(open_ones[agreement_id], lines.get(agreement_id, []), tickets.get(agreement_id, {}),
                                      outages.get(agreement_id, {}), known, now, at_risk_share, ended.get(agreement_id))
               for agreement_id in open_ones}
    found = [figures[agreement_id] if agreement_id in figures
             else periods.agreement_figures(db, newest[agreement_id][0], chosen, now, at_risk_share=at_risk_share)
             for agreement_id in newest]
    return sorted((item for item in found if item is not None), key=lambda item: item.number)


def _tickets(
    session: Session, earliest: dt.datetime, latest: dt.datetime, lines: dict[int, list[periods._Line]]  # noqa: SLF001
) -> dict[int, dict[str, list[Ticket]]]:
    """The tickets created between ``earliest`` and ``latest`` of the agreements measured, by agreement and service."""
    holds: dict[int, list[Span]] = defaultdict(list)
    for ticket_id, begin, finish in session.connection().execute(
        select(TicketHold.ticket_id, TicketHold.start_at, TicketHold.end_at)
        .join(TicketRow, TicketRow.id == TicketHold.ticket_id)
        .where(TicketRow.created_at >= earliest, TicketRow.created_at < latest).order_by(TicketHold.start_at)
    ):
        holds[ticket_id].append((begin, finish))
    found: dict[int, dict[str, list[Ticket]]] = defaultdict(lambda: defaultdict(list))
    for row_id, agreement_id, key, service, site, priority, created, first, resolved, csat, ces in session.connection().execute(
        select(TicketRow.id, TicketRow.agreement_id, TicketRow.external_id, TicketRow.service, TicketRow.site, TicketRow.priority,
               TicketRow.created_at, TicketRow.first_response_at, TicketRow.resolved_at, TicketRow.csat, TicketRow.ces)
        .where(TicketRow.created_at >= earliest, TicketRow.created_at < latest, TicketRow.agreement_id.is_not(None))
        .order_by(TicketRow.created_at, TicketRow.id)
        .execution_options(yield_per=_CHUNK)
    ):
        if agreement_id in lines:
            found[agreement_id][f"{service}\x00{site}"].append(
                Ticket(key, priority, created, first, resolved, tuple(holds.get(row_id, ())), csat, ces))
    return found


def _outages(
    session: Session, earliest: dt.datetime, latest: dt.datetime, lines: dict[int, list[periods._Line]]  # noqa: SLF001
) -> dict[int, dict[str, list[tuple[str, dt.datetime, dt.datetime | None]]]]:
    """Unplanned outages overlapping the period's widest span, by agreement and service: (site, start, end)."""
    found: dict[int, dict[str, list[tuple[str, dt.datetime, dt.datetime | None]]]] = defaultdict(lambda: defaultdict(list))
    for agreement_id, service, site, begin, finish in session.execute(
        select(Outage.agreement_id, Outage.service, Outage.site, Outage.started_at, Outage.ended_at)
        .where(Outage.planned.is_(False), Outage.started_at < latest,
               or_(Outage.ended_at.is_(None), Outage.ended_at > earliest), Outage.agreement_id.is_not(None))
    ):
        if agreement_id in lines:
            found[agreement_id][service].append((site, begin, finish))
    return found


class _Known:
    """What most lines share, worked out once: the period's bounds per zone, and the figures of a line with
    no ticket (per set of priorities) or no outage (per bounds)."""

    def __init__(self, chosen: periods.Period) -> None:
        self.chosen = chosen
        self._bounds: dict[str, tuple[dt.datetime, dt.datetime]] = {}
        self._none: dict[tuple[str, ...], tuple[Compliance, ...]] = {}
        self._up: dict[tuple[dt.datetime, dt.datetime], Decimal] = {}

    def bounds(self, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
        if zone.key not in self._bounds:
            self._bounds[zone.key] = self.chosen.bounds(zone)
        return self._bounds[zone.key]

    def compliance(self, measures: list[Measure], priorities: tuple[str, ...]) -> tuple[Compliance, ...]:
        if measures:
            return tuple(compliance(measures, priorities))
        if priorities not in self._none:
            self._none[priorities] = tuple(compliance([], priorities))
        return self._none[priorities]

    def availability(self, spans: list[tuple[dt.datetime, dt.datetime | None]], start: dt.datetime,
                     end: dt.datetime) -> Decimal:
        if spans:
            return periods.availability(spans, start, end)
        if (start, end) not in self._up:
            self._up[(start, end)] = periods.availability([], start, end)
        return self._up[(start, end)]


def _figures(
    found: tuple[str, str, int, int], lines: list[periods._Line],  # noqa: SLF001
    tickets: dict[str, list[Ticket]], outages: dict[str, list[tuple[str, dt.datetime, dt.datetime | None]]],
    known: _Known, now: dt.datetime, share: Decimal, ending: Ending | None,
) -> periods.AgreementFigures | None:
    """The agreement's figures, as ``periods.measure_agreement`` gives them; None when it ended before the period."""
    number, _country, _version_id, version_no = found
    chosen = known.chosen
    windows = {zone: known.bounds(zone) if ending is None else periods.window(chosen, zone, ending)
               for zone in {line.hours.calendar.zone for line in lines} or {ZoneInfo("UTC")}}
    if ending is not None and all(start == end for start, end in windows.values()):
        return None
    figures = []
    for line in lines:
        zone: ZoneInfo = line.hours.calendar.zone
        start, end = windows[zone]
        service = line.row.service_name
        candidates = [ticket for where, listed in tickets.items() for ticket in listed
                      if where.split("\x00", 1)[0] == service
                      and (not line.by_site or where.split("\x00", 1)[1] == line.row.site)
                      and start <= ticket.created < end]
        candidates.sort(key=lambda ticket: ticket.created)
        spans = [(begin, finish) for site, begin, finish in outages.get(service, [])
                 if not line.row.site or site in ("", line.row.site)]
        figures.append(periods.line_figures(line, candidates, known.availability(spans, start, end), now, share,
                                            known.compliance))
    return periods.AgreementFigures(number, chosen.name, version_no, tuple(figures))



BREACHES_LISTED = 500  # the portfolio's breaches listed at most: an agreement's own are all in its view


def portfolio_breaches(
    db: Database, found: list[periods.AgreementFigures], chosen: periods.Period, now: dt.datetime,
    *, limit: int = BREACHES_LISTED,
) -> list[tuple[str, str, Measure]]:
    """The targets breached in ``chosen`` (``periods.breached``) of the agreements whose figures ``found`` count a
    breach, in their order, with each one's number and the line's service: the first ``limit``. Only those
    agreements are measured again."""
    listed: list[tuple[str, str, Measure]] = []
    for figures in found:
        if figures.breaches and len(listed) < limit:
            listed += [(figures.number, row.service_name, item)
                       for row, item in periods.breached(db, figures.number, chosen, now)]
    return listed[:limit]


LineRow = _Row  # an agreement line's measured columns as a row, for others that measure lines not stored (``what_if``)


class TrendPoint(NamedTuple):
    """The whole portfolio in one period of a trend: its ticket targets met of those counted, its breaches."""

    period: periods.Period
    agreements: int  # monitored in the period
    met: int
    counted: int
    breaches: int

    @property
    def share(self) -> Decimal | None:
        """The percentage of the targets counted that were met (None when no ticket counted)."""
        return None if not self.counted else Decimal(100) * self.met / self.counted


def portfolio_trend(
    db: Database, chosen: periods.Period, now: dt.datetime, cancelled: Callable[[], bool] = lambda: False
) -> list[TrendPoint] | None:
    """The portfolio over the twelve periods an agreement's report charts (``kpi_report.trend_periods``), oldest first,
    each by ``portfolio_figures``: closed periods as stored, open ones as of ``now``. None when ``cancelled()`` said
    so between two periods."""
    from .kpi_report import trend_periods  # the report's periods; it is heavier to import than what is read here

    found = []
    for item in trend_periods(chosen):
        if cancelled():
            return None
        figures = portfolio_figures(db, item, now)
        compliance = [c for agreement in figures for line in agreement.lines for c in line.compliance]
        found.append(TrendPoint(item, len(figures), sum(c.met for c in compliance), sum(c.counted for c in compliance),
                                sum(agreement.breaches for agreement in figures)))
    return found
