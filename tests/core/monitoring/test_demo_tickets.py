"""The demo's year of tickets and outages: in each line's own business hours, with some breaches, the same every time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from slamdesk.core import audit, portfolio
from slamdesk.core.db import Database
from slamdesk.core.monitoring import demo_tickets, periods
from slamdesk.core.monitoring.calendars import elapsed
from slamdesk.core.renewals import standing
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AgreementLine, AgreementVersion, Outage, Ticket, TicketHold
from tests.conftest import DEMO_TODAY


def _tickets(db: Database) -> list[tuple[str, str, str, dt.datetime, dt.datetime | None, dt.datetime | None]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(Agreement.number, Ticket.external_id, Ticket.priority, Ticket.created_at, Ticket.first_response_at,
                   Ticket.resolved_at).join(Agreement, Agreement.id == Ticket.agreement_id).order_by(Ticket.external_id))]


def test_signed_and_active_agreements_get_a_year_of_tickets_in_their_own_hours(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    made = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=40)
    tickets = _tickets(demo_db)
    assert made.tickets == len(tickets) > 0 and made.outages > 0
    numbers = {number for number, *_ in tickets}
    with demo_db.read() as session:
        monitored = set(session.scalars(select(Agreement.number).join(AgreementVersion, AgreementVersion.agreement_id
                                                                        == Agreement.id)
                                        .where(AgreementVersion.status.in_(["signed", "active"]))))
        lines = session.scalar(select(func.count()).select_from(AgreementLine).join(AgreementVersion)
                               .where(AgreementVersion.status.in_(["signed", "active"])))
        holds = session.scalar(select(func.count()).select_from(TicketHold))
        planned = session.scalar(select(func.count()).select_from(Outage).where(Outage.planned.is_(True)))
    assert numbers == monitored and lines is not None and len(tickets) <= 40 * lines
    year_before = dt.datetime.combine(DEMO_TODAY, dt.time(), dt.UTC)
    assert all(year_before - dt.timedelta(days=365) <= created < year_before for _n, _k, _p, created, _r, _d in tickets)
    assert all(resolved is None or resolved >= created for *_, created, _r, resolved in tickets)
    assert holds and planned
    # each ticket was opened in its line's business hours (a business-hours line: not at 03:00 on a Sunday)
    hanoi = next(t for t in tickets if t[0] == "SLA-2026-0002")
    with demo_db.read() as session:
        line = session.scalars(select(AgreementLine).join(AgreementVersion).join(Agreement)
                               .where(Agreement.number == "SLA-2026-0002").order_by(AgreementLine.position)).first()
        assert line is not None
        hours = periods.hours_of(demo_db, session, line, "VN").calendar
    created = hanoi[3]
    assert elapsed(hours, created, created + dt.timedelta(minutes=1)) == 60
    october = periods.measure_agreement(demo_db, "SLA-2026-0001", periods.period("2026-10"),
                                        dt.datetime.combine(DEMO_TODAY, dt.time(), dt.UTC))
    assert sum(line.tickets for line in october.lines) > 0
    assert audit.check_log(demo_db).intact


def test_the_demo_is_the_same_every_time_and_breaches_some_targets(demo_db: Database, people: dict[str, Actor]) -> None:
    demo_tickets.generate(demo_db, DEMO_TODAY, per_line=40)
    first = _tickets(demo_db)
    figures = periods.portfolio_figures(demo_db, periods.period("2026"), dt.datetime.combine(DEMO_TODAY, dt.time(), dt.UTC))
    breaches = sum(item.breaches for item in figures)
    counted = sum(c.counted for item in figures for line in item.lines for c in line.compliance)
    assert 0 < breaches < counted / 3  # some, not most
    with demo_db.unit_of_work() as session:
        session.query(TicketHold).delete()
        session.query(Ticket).delete()
        session.query(Outage).delete()
    demo_tickets.generate(demo_db, DEMO_TODAY, per_line=40)
    assert _tickets(demo_db) == first


def test_a_generated_line_without_ticket_targets_gets_outages_and_no_tickets(demo_db: Database) -> None:
    """``slamdesk demo --agreements N`` draws lines of every service, Field engineering on demand (no targets) too."""
    portfolio.generate_portfolio(demo_db, 300)
    made = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=2)
    with demo_db.read() as session:
        untargeted = {(a, s, site) for a, s, site, targets in session.execute(
            select(AgreementVersion.agreement_id, AgreementLine.service_name, AgreementLine.site, AgreementLine.targets)
            .join(AgreementVersion)
            .join(Agreement, (Agreement.id == AgreementVersion.agreement_id)
                  & (Agreement.current_version_no == AgreementVersion.version_no))
            .where(AgreementVersion.status.in_(["signed", "active"]))) if not targets}
        ticketed = {(a, s, site) for a, s, site in session.execute(
            select(Ticket.agreement_id, Ticket.service, Ticket.site).distinct())}
        outaged = {(a, s, site) for a, s, site in session.execute(
            select(Outage.agreement_id, Outage.service, Outage.site).distinct())}
        ended = standing.endings(session, DEMO_TODAY)
    assert untargeted and made.tickets > 0
    assert untargeted & ticketed == set()
    served = {line for line in untargeted if line[0] not in ended}  # (one that ended before the year gets none)
    assert served and served <= outaged
