"""An agreement's compliance per period, and closing a period so that its figures never change.

The rules, in the order they are applied:

* A period is a month (``2026-10``), a quarter (``2026-Q4``) or a year (``2026``). Each line
  counts it in its own calendar's zone: from local midnight of the first day to local
  midnight after the last.
* An agreement is measured by its version in force: the newest signed, active or terminated
  version. Each line against the targets frozen in it (priority, response and resolution in
  minutes, business or calendar hours) and its availability target.
* A line is timed in the calendar its catalogue level names (the level's calendar, a stored
  calendar of that name, its newest version). When the level names none that is stored, in
  the line's hours of coverage (``Mon-Fri 08:00-17:00``, ``24x7``) in the customer's country's
  zone with that country's public holidays (``COUNTRY_ZONES``; UTC and no holidays for a
  country not listed). The figures say which.
* A line's tickets are the agreement's tickets created in the period for the line's service
  (and, when the agreement has that service at several sites, at the line's site); each is
  measured with ``compliance.measure`` as of ``now``, against the agreement's target for its
  priority and again against the provider's internal aim for it (the catalogue level's,
  stricter by its buffer; counted apart, never as a breach of the agreement).
* A line's availability is the share of the period its service was not down: unplanned
  outages of that service for the agreement (at the line's site or with no site named),
  overlapping spans counted once, in wall-clock time; planned maintenance does not count.
  Percentages are ``Decimal`` to 0.001, rounded half up; no outage data is 100 %.
* An agreement that has ended (``renewals.standing``: expired, ended by notice, terminated for cause) is
  measured up to its end only: its term's last day in each line's zone, or the moment it was terminated. A
  period that begins after that end is not measured (refused for one agreement, left out of the portfolio's).
* A line's survey answers (satisfaction and effort, ``experience``) are counted from the same tickets.
* Closing a period (a quality checker or an administrator, once the period has
  ended everywhere) stores the figures as they are then, with an audit event; the database
  refuses any change to them afterwards. A closed period is always answered from what was
  stored, even if calendars, targets or tickets change later; tickets of that period imported
  after the closing are listed as late.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...models import (
    Agreement,
    AgreementLine,
    AgreementVersion,
    ClosedPeriod,
    Customer,
    MonitoringImport,
    Outage,
    ServiceLevel,
    ServiceTarget,
    Ticket as TicketRow,
    User,
)
from .. import audit, text
from ..coverage import parse_coverage
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..lifecycle import SIGNED_STATES
from ..renewals.standing import Ending
from ..roles import Actor, Role, require_role
from ..words import _
from . import calendar_library, experience
from .calendars import WEEKDAYS, Calendar, calendar
from .compliance import AT_RISK_SHARE, Compliance, Measure, State, Target, TargetKind, Ticket, compliance, measure
from .experience import Survey, survey

# Re-exported (``periods.period(...)``): one module to ask about periods and their figures.
from .period_names import Period as Period, last_month as last_month, last_whole as last_whole, period as period
from .served import NotMonitored as NotMonitored, ending_in, window as window
from .tickets import tickets_for

COUNTRY_ZONES = {
    "SE": "Europe/Stockholm", "VN": "Asia/Ho_Chi_Minh", "ID": "Asia/Jakarta", "UA": "Europe/Kyiv",
    "NO": "Europe/Oslo", "DK": "Europe/Copenhagen", "FI": "Europe/Helsinki", "DE": "Europe/Berlin",
    "GB": "Europe/London", "PL": "Europe/Warsaw", "NL": "Europe/Amsterdam", "SG": "Asia/Singapore",
}
CLOSERS = {Role.ADMINISTRATOR, Role.QUALITY_CHECKER}  # a deliberate step apart from who sells and drafts
_SHARE = Decimal("0.001")


def reporting_period(db: Database, number: str, today: dt.date) -> Period:
    """The agreement's own reporting period, the last one that is over: its levels' availability period
    (month, quarter or year), the shortest where its lines' levels differ."""
    with db.read() as session:
        _agreement, version = _version_in_force(session, number)
        kinds = set(session.scalars(
            select(ServiceLevel.availability_period).join(AgreementLine, AgreementLine.service_level_id == ServiceLevel.id)
            .where(AgreementLine.version_id == version.id)))
    kind = next((kind for kind in ("month", "quarter", "year") if kind in kinds), "month")
    return last_whole(kind, today)


@dataclass(frozen=True)
class Hours:
    """What a line is timed in: the calendar, and words saying which (``Office SE, version 2``)."""

    calendar: Calendar
    described: str


@dataclass(frozen=True)
class LineFigures:
    """One line of an agreement in one period."""

    position: int
    service: str
    level: str
    site: str
    hours: str
    tickets: int
    compliance: tuple[Compliance, ...]
    breaches: int  # targets breached (done late, or open past their deadline)
    availability: Decimal  # percent
    availability_target: Decimal
    internal: tuple[Compliance, ...] = ()  # against the provider's internal aims
    survey: Survey = Survey()  # the customer's answers (``experience``)

    @property
    def availability_met(self) -> bool:
        return self.availability >= self.availability_target

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position, "service": self.service, "level": self.level, "site": self.site,
            "hours": self.hours, "tickets": self.tickets, "breaches": self.breaches,
            "availability": str(self.availability), "availability_target": str(self.availability_target),
            "availability_met": self.availability_met,
            "compliance": [_shown(c) for c in self.compliance],
            "internal_compliance": [_shown(c) for c in self.internal], "survey": self.survey.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LineFigures:
        return cls(
            data["position"], data["service"], data["level"], data["site"], data["hours"], data["tickets"],
            tuple(_tally_of(c) for c in data["compliance"]),
            data["breaches"], Decimal(data["availability"]), Decimal(data["availability_target"]),
            tuple(_tally_of(c) for c in data.get("internal_compliance", [])), Survey.from_json(data.get("survey")),
        )


@dataclass(frozen=True)
class AgreementFigures:
    """An agreement's compliance in one period: per line; closed (stored) or as of now."""

    number: str
    period: str
    version_no: int
    lines: tuple[LineFigures, ...]
    closed_at: dt.datetime | None = None
    closed_by: str | None = None
    late: tuple[str, ...] = ()  # tickets of a closed period imported after it was closed

    @property
    def breaches(self) -> int:
        return sum(line.breaches for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "period": self.period, "version": self.version_no,
            "closed_at": None if self.closed_at is None else self.closed_at.isoformat(),
            "closed_by": self.closed_by, "late_tickets": list(self.late), "breaches": self.breaches,
            "lines": [line.to_json() for line in self.lines],
        }


# Reading what an agreement is measured by --------------------------------------------


@dataclass(frozen=True)
class _Line:
    row: LineData
    targets: tuple[Target, ...]
    hours: Hours
    by_site: bool
    internal: tuple[Target, ...] = ()  # the provider's own aims, stricter than the targets


def _version_in_force(session: Session, number: str) -> tuple[Agreement, AgreementVersion]:
    agreement = session.scalars(select(Agreement).where(Agreement.number == text.exact(number))).first()
    if agreement is None:
        raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
    version = session.scalars(
        select(AgreementVersion)
        .where(AgreementVersion.agreement_id == agreement.id,
               AgreementVersion.status.in_([str(state) for state in SIGNED_STATES]))
        .order_by(AgreementVersion.version_no.desc())
    ).first()
    if version is None:
        raise ValidationError(_("{number} has no signed version yet: there is nothing to measure").format(
            number=agreement.number), field="number")
    return agreement, version


def _targets(row: LineData) -> tuple[Target, ...]:
    return tuple(Target(str(priority), int(str(response)) * 60, int(str(resolution)) * 60, bool(business))
                 for priority, response, resolution, business in row.targets)


def internal_aims(session: Session, level_ids: list[int]) -> dict[int, dict[str, tuple[int, int]]]:
    """Per catalogue level: its internal aims per priority, (response, resolution) in minutes."""
    aims: dict[int, dict[str, tuple[int, int]]] = {}
    for chunk in range(0, len(level_ids), 5_000):
        for level_id, priority, response, resolution in session.execute(
            select(ServiceTarget.level_id, ServiceTarget.priority, ServiceTarget.internal_response_minutes,
                   ServiceTarget.internal_resolution_minutes).where(ServiceTarget.level_id.in_(level_ids[chunk:chunk + 5_000]))
        ):
            aims.setdefault(level_id, {})[priority] = (response, resolution)
    return aims


def _internal(targets: tuple[Target, ...], aims: dict[str, tuple[int, int]]) -> tuple[Target, ...]:
    """The internal aim of each of the line's priorities that the level has one for, in the target's hours."""
    return tuple(Target(target.priority, aims[target.priority][0] * 60, aims[target.priority][1] * 60,
                        target.business_hours) for target in targets if target.priority in aims)


def hours_of(db: Database, session: Session, row: LineData, country: str) -> Hours:
    """The calendar a line is timed in (the module's rules)."""
    named = session.scalars(
        select(ServiceTarget.calendar).where(ServiceTarget.level_id == row.service_level_id, ServiceTarget.calendar != "")
    ).first()
    if named:
        try:
            stored = calendar_library.get_calendar(db, named)
        except NotFoundError:
            pass  # a level's calendar written as words ("Mon-Fri, holidays off"): the coverage is used
        else:
            return Hours(stored.calendar, f"{stored.name}, version {stored.version}")
    coverage = parse_coverage(row.coverage)
    zone = COUNTRY_ZONES.get(country.upper(), "UTC")
    end = "24:00" if coverage.end is None else coverage.end.strftime("%H:%M")
    window = [f"{coverage.start.strftime('%H:%M')}-{end}"]
    weekly = {WEEKDAYS[day]: window for day in sorted(coverage.days)}
    if zone == "UTC":
        return Hours(calendar(zone, weekly), f"{row.coverage}, UTC")
    return Hours(calendar(zone, weekly, country=country.upper()),
                 f"{row.coverage}, {zone}, {country.upper()} public holidays")


def _lines(db: Database, session: Session, version: AgreementVersion, country: str) -> list[_Line]:
    rows = list(session.scalars(
        select(AgreementLine).where(AgreementLine.version_id == version.id).order_by(AgreementLine.position)))
    services = [row.service_name for row in rows]
    aims = internal_aims(session, sorted({row.service_level_id for row in rows}))
    return [_Line(row, targets, hours_of(db, session, row, country), services.count(row.service_name) > 1,
                  _internal(targets, aims.get(row.service_level_id, {})))
            for row, targets in ((row, _targets(row)) for row in rows)]


# Measuring ----------------------------------------------------------------------------


def _availability(session: Session, agreement_id: int, line: _Line, start: dt.datetime, end: dt.datetime) -> Decimal:
    conditions = [Outage.agreement_id == agreement_id, Outage.service == line.row.service_name,
                  Outage.planned.is_(False), Outage.started_at < end,
                  or_(Outage.ended_at.is_(None), Outage.ended_at > start)]
    if line.row.site:
        conditions.append(or_(Outage.site == "", Outage.site == line.row.site))
    spans = [(begin, finish) for begin, finish in
             session.execute(select(Outage.started_at, Outage.ended_at).where(and_(*conditions)))]
    return availability(spans, start, end)


def _measure_line(
    db: Database, session: Session, agreement: Agreement, line: _Line, chosen: Period, now: dt.datetime,
    at_risk_share: Decimal, ending: Ending | None,
) -> LineFigures:
    start, end = window(chosen, line.hours.calendar.zone, ending)
    tickets = tickets_for(db, agreement.number, start, end, service=line.row.service_name,
                          site=line.row.site if line.by_site else None)
    return line_figures(line, tickets, _availability(session, agreement.id, line, start, end), now, at_risk_share)


def line_figures(
    line: _Line, tickets: list[Ticket], available: Decimal, now: dt.datetime, at_risk_share: Decimal,
    counted: Callable[[list[Measure], tuple[str, ...]], tuple[Compliance, ...]] | None = None,
) -> LineFigures:
    """A line's figures from its period's tickets (measured against its targets and its internal aims) and its
    availability. ``counted`` tallies the measures (``compliance``, or a caller's cached equivalent)."""
    tally = counted or (lambda measures, priorities: tuple(compliance(measures, priorities)))
    external = _measured(tickets, line.targets, line.hours.calendar, now, at_risk_share)
    internal = _measured(tickets, line.internal, line.hours.calendar, now, at_risk_share)
    return LineFigures(
        line.row.position, line.row.service_name, line.row.level_name, line.row.site, line.hours.described,
        len(tickets), tally(external, tuple(target.priority for target in line.targets)),
        sum(item.state is State.BREACHED for item in external), available, _plain(Decimal(line.row.availability_pct)),
        tally(internal, tuple(target.priority for target in line.internal)), survey(tickets),
    )


def _measured(
    tickets: list[Ticket], targets: tuple[Target, ...], hours: Calendar, now: dt.datetime, at_risk_share: Decimal
) -> list[Measure]:
    """Each ticket against its priority's target; a priority with no target is not measured."""
    by_priority = {target.priority: target for target in targets}
    measures: list[Measure] = []
    for ticket in tickets:
        target = by_priority.get(ticket.priority)
        if target is not None:
            measures.extend(measure(ticket, target, hours, now, at_risk_share=at_risk_share))
    return measures


def _plain(value: Decimal) -> Decimal:
    """``99.5000`` as ``99.5``, ``100.0000`` as ``100`` (never ``1E+2``)."""
    return Decimal(format(value.normalize(), "f"))


def measure_agreement(
    db: Database, number: str, chosen: Period, now: dt.datetime, *, at_risk_share: Decimal = AT_RISK_SHARE
) -> AgreementFigures:
    """The agreement's figures for ``chosen`` as they stand at ``now``, computed (never the stored ones)."""
    _aware(now)
    with db.read() as session:
        agreement, version = _version_in_force(session, number)
        country = session.scalars(select(Customer.country).where(Customer.id == agreement.customer_id)).one()
        lines = _lines(db, session, version, country)
        ending = ending_in(session, agreement.id, agreement.number, chosen, now, lines)
        figures = tuple(_measure_line(db, session, agreement, line, chosen, now, at_risk_share, ending) for line in lines)
        return AgreementFigures(agreement.number, chosen.name, version.version_no, figures)


def breached(
    db: Database, number: str, chosen: Period, now: dt.datetime, *, at_risk_share: Decimal = AT_RISK_SHARE
) -> list[tuple[LineData, Measure]]:
    """Each target a ticket of ``chosen`` breached, as of ``now``, with its line: by line, then as measured."""
    _aware(now)
    with db.read() as session:
        agreement, version = _version_in_force(session, number)
        country = session.scalars(select(Customer.country).where(Customer.id == agreement.customer_id)).one()
        found: list[tuple[LineData, Measure]] = []
        lines = _lines(db, session, version, country)
        ending = ending_in(session, agreement.id, agreement.number, chosen, now, lines)
        for line in lines:
            start, end = window(chosen, line.hours.calendar.zone, ending)
            tickets = tickets_for(db, agreement.number, start, end, service=line.row.service_name,
                                  site=line.row.site if line.by_site else None)
            found += [(line.row, item) for item in _measured(tickets, line.targets, line.hours.calendar, now, at_risk_share)
                      if item.state is State.BREACHED]
        return found


def _aware(now: dt.datetime) -> None:
    if now.tzinfo is None:
        raise ValidationError(_("the time to measure at needs a time zone"), field="now")


# Closed periods ----------------------------------------------------------------------------


def _period_ended(db: Database, number: str, chosen: Period, now: dt.datetime) -> bool:
    with db.read() as session:
        agreement, version = _version_in_force(session, number)
        zones = _zones(db, session, agreement, version)
    return all(chosen.bounds(zone)[1] <= now for zone in zones)


def close_period(db: Database, actor: Actor, number: str, chosen: Period, now: dt.datetime) -> AgreementFigures:
    """Store the agreement's figures for ``chosen`` as they are at ``now``; they never change after."""
    require_role(actor, CLOSERS, _("close a compliance period"))
    _aware(now)
    if not _period_ended(db, number, chosen, now):
        raise ValidationError(_("{period} has not ended yet: a period is closed once it is over").format(period=chosen.name),
                              field="period")
    figures = measure_agreement(db, number, chosen, now)
    stored = json.dumps([line.to_json() for line in figures.lines], sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(stored.encode("utf-8")).hexdigest()
    with db.unit_of_work() as session:
        actor = require_role(actor, CLOSERS, _("close a compliance period"), session=session)
        agreement, version = _version_in_force(session, number)
        closed = _closed(session, agreement.id, chosen.name)
        if closed is not None:
            raise ValidationError(_("{number} {period} was closed on {closed_at:%Y-%m-%d %H:%M} UTC; its figures stand").format(
                number=agreement.number, period=chosen.name, closed_at=closed.closed_at), field="period")
        if version.version_no != figures.version_no:
            raise ValidationError(_("{number} changed while its figures were worked out: close it again").format(
                number=agreement.number), field="number")
        felt = experience.check(figures, experience.goals_for(session, version.id)).code
        session.add(ClosedPeriod(agreement_id=agreement.id, period=chosen.name, version_no=version.version_no,
                                 figures=stored, figures_sha256=digest, closed_by_id=actor.id, experience=felt))
        session.flush()
        audit.record(session, actor, "compliance.close_period", "agreement", agreement.id, number=agreement.number,
                     period=chosen.name, version=version.version_no, figures_sha256=digest, breaches=figures.breaches,
                     experience=felt)
        closed_at = session.scalars(select(ClosedPeriod.closed_at).where(
            ClosedPeriod.agreement_id == agreement.id, ClosedPeriod.period == chosen.name)).one()
    return AgreementFigures(figures.number, figures.period, figures.version_no, figures.lines, closed_at, actor.username)


def _closed(session: Session, agreement_id: int, name: str) -> ClosedPeriod | None:
    return session.scalars(select(ClosedPeriod).where(ClosedPeriod.agreement_id == agreement_id,
                                                      ClosedPeriod.period == name)).first()


def _zones(db: Database, session: Session, agreement: Agreement, version: AgreementVersion) -> set[ZoneInfo]:
    country = session.scalars(select(Customer.country).where(Customer.id == agreement.customer_id)).one()
    return {line.hours.calendar.zone for line in _lines(db, session, version, country)} or {ZoneInfo("UTC")}


def agreement_figures(
    db: Database, number: str, chosen: Period, now: dt.datetime, *, at_risk_share: Decimal = AT_RISK_SHARE
) -> AgreementFigures:
    """The figures of ``chosen``: as stored when it was closed (with the tickets that came late), else as of ``now``."""
    with db.read() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.number == text.exact(number))).first()
        if agreement is None:
            raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
        closed = _closed(session, agreement.id, chosen.name)
        if closed is not None:
            closer = session.scalars(select(User.username).where(User.id == closed.closed_by_id)).one()
            _agreement, version = _version_in_force(session, number)
            spans = [chosen.bounds(zone) for zone in _zones(db, session, agreement, version)]
            late = tuple(session.scalars(
                select(TicketRow.external_id)
                .join(MonitoringImport, MonitoringImport.id == TicketRow.import_id)
                .where(TicketRow.agreement_id == agreement.id, MonitoringImport.at > closed.closed_at,
                       or_(*(and_(TicketRow.created_at >= start, TicketRow.created_at < end) for start, end in spans)))
                .order_by(TicketRow.created_at, TicketRow.id)
            ))
            lines = tuple(LineFigures.from_json(data) for data in json.loads(closed.figures))
            return AgreementFigures(agreement.number, closed.period, closed.version_no, lines, closed.closed_at, closer, late)
    return measure_agreement(db, number, chosen, now, at_risk_share=at_risk_share)


def portfolio_figures(db: Database, chosen: Period, now: dt.datetime) -> list[AgreementFigures]:
    """Every agreement with a signed version monitored in ``chosen`` (or closed for it), in number order."""
    with db.read() as session:
        numbers = list(session.scalars(
            select(Agreement.number).join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(AgreementVersion.status.in_([str(state) for state in SIGNED_STATES]))
            .distinct().order_by(Agreement.number)))
    found = []
    for number in numbers:
        try:
            found.append(agreement_figures(db, number, chosen, now))
        except NotMonitored:
            continue  # ended before the period began
    return found


def availability(spans: list[tuple[dt.datetime, dt.datetime | None]], start: dt.datetime, end: dt.datetime) -> Decimal:
    """The percent of [start, end) no span covers: spans clipped to it, overlaps counted once, an open end to ``end``."""
    down, reach = dt.timedelta(), start
    for begin, finish in sorted((max(begin, start), min(finish or end, end)) for begin, finish in spans):
        begin = max(begin, reach)
        if finish > begin:
            down += finish - begin
            reach = finish
    whole = Decimal((end - start).total_seconds())
    return (Decimal(100) * (Decimal(1) - Decimal(down.total_seconds()) / whole)).quantize(_SHARE, rounding=ROUND_HALF_UP)


class LineData(Protocol):
    """What measuring reads of an agreement line: an ``AgreementLine``, or the same columns read as a row."""

    @property
    def position(self) -> int: ...

    @property
    def service_level_id(self) -> int: ...

    @property
    def service_name(self) -> str: ...

    @property
    def level_name(self) -> str: ...

    @property
    def site(self) -> str: ...

    @property
    def coverage(self) -> str: ...

    @property
    def availability_pct(self) -> Decimal: ...

    @property
    def targets(self) -> list[list[object]]: ...


def _shown(tally: Compliance) -> dict[str, Any]:
    return {"priority": tally.priority, "kind": str(tally.kind), "counted": tally.counted, "met": tally.met,
            "percent": None if tally.percent is None else str(tally.percent), "p90_seconds": tally.p90,
            "target_seconds": tally.target}


def _tally_of(data: dict[str, Any]) -> Compliance:
    """What ``_shown`` wrote (figures closed before the percentile was kept have none)."""
    return Compliance(data["priority"], TargetKind(data["kind"]), data["counted"], data["met"], data.get("p90_seconds"),
                      data.get("target_seconds"))
