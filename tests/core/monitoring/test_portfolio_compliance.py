"""The whole portfolio's figures in a few reads are each agreement's figures, as ``periods`` works them out one by one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import demo_tickets, experience, periods, portfolio_compliance
from slamdesk.core.roles import Actor
from slamdesk.models import (
    Agreement,
    AgreementLine,
    AgreementVersion,
    MonitoringImport,
    Outage,
    Requirement,
    Ticket,
    User,
)
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.both_backends

NOW = dt.datetime.combine(DEMO_TODAY, dt.time(9), dt.UTC)


@pytest.fixture
def monitored(demo_db: Database) -> Database:
    """The demo's generated year, and what lies at the edges: tickets at a period's first and last instant
    and just outside, outages at another site, at no site and planned, for each signed agreement's lines."""
    demo_tickets.generate(demo_db, DEMO_TODAY, per_line=120)
    stockholm = ZoneInfo("Europe/Stockholm")
    october = periods.period("2026-10").bounds(stockholm)
    with demo_db.unit_of_work() as session:
        admin = session.scalars(select(User.id).where(User.username == "admin")).one()
        run = MonitoringImport(kind="tickets", source="edge", file_name="edge", sha256="0" * 64, actor_id=admin,
                               added=0, updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        for agreement_id, service, site in session.execute(
            select(Agreement.id, AgreementLine.service_name, AgreementLine.site)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .join(AgreementLine, AgreementLine.version_id == AgreementVersion.id)
            .where(AgreementVersion.status.in_(["signed", "active"]))
        ):
            for n, created in enumerate((october[0], october[1] - dt.timedelta(seconds=1), october[1],
                                         october[0] - dt.timedelta(seconds=1), october[0] + dt.timedelta(hours=20))):
                session.add(Ticket(source="edge", external_id=f"{agreement_id}-{service}-{n}", agreement_id=agreement_id,
                                   service=service, site=site if n % 2 else "", priority="P1", created_at=created,
                                   first_response_at=created + dt.timedelta(hours=3), import_id=run.id))
            for n, (at_site, planned) in enumerate(((site, False), ("", False), ("Elsewhere", False), (site, True))):
                begin = october[0] + dt.timedelta(days=3 + n, hours=n)
                session.add(Outage(source="edge", external_id=f"{agreement_id}-{service}-o{n}", agreement_id=agreement_id,
                                   service=service, site=at_site, started_at=begin, ended_at=begin + dt.timedelta(hours=2),
                                   planned=planned, import_id=run.id))
            session.add(Outage(source="edge", external_id=f"{agreement_id}-{service}-open", agreement_id=agreement_id,
                               service=service, site=site, started_at=october[1] - dt.timedelta(hours=1), import_id=run.id))
    return demo_db


@pytest.mark.parametrize("name", ["2026-10", "2026-Q3", "2026", "2026-11", "2026-09"])
def test_the_portfolio_at_once_is_each_agreement_one_by_one(monitored: Database, name: str) -> None:
    chosen = periods.period(name)
    together = portfolio_compliance.portfolio_figures(monitored, chosen, NOW)
    one_by_one = [periods.agreement_figures(monitored, figures.number, chosen, NOW) for figures in together]
    assert together == one_by_one
    assert sum(line.tickets for figures in together for line in figures.lines) > 0
    assert [figures.number for figures in together] == sorted(figures.number for figures in together)


def test_a_closed_period_is_answered_from_what_was_stored(monitored: Database, people: dict[str, Actor]) -> None:
    october = periods.period("2026-10")
    closed = periods.close_period(monitored, people["budi"], "SLA-2026-0001", october, NOW)
    with monitored.unit_of_work() as session:  # tickets come in after the closing: the stored figures stand
        session.query(Ticket).delete()
    together = {figures.number: figures for figures in portfolio_compliance.portfolio_figures(monitored, october, NOW)}
    assert together["SLA-2026-0001"].lines == closed.lines and together["SLA-2026-0001"].closed_by == "budi"
    assert all(line.tickets == 0 for number, figures in together.items() if number != "SLA-2026-0001"
               for line in figures.lines)


def test_tickets_of_agreements_not_measured_or_of_no_agreement_are_left_out(
    monitored: Database, people: dict[str, Actor]
) -> None:
    with monitored.unit_of_work() as session:
        run = MonitoringImport(kind="tickets", source="t", file_name="t", sha256="0" * 64, actor_id=people["anna"].id,
                               added=0, updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        draft = session.scalars(select(Agreement.id).where(Agreement.number == "SLA-2026-0005")).first()
        created = dt.datetime(2026, 10, 5, 9, tzinfo=dt.UTC)
        session.add(Ticket(source="t", external_id="X-1", agreement_id=None, service="Service desk", priority="P1",
                           created_at=created, import_id=run.id))
        session.add(Ticket(source="t", external_id="X-2", agreement_id=draft, service="Service desk", priority="P1",
                           created_at=created, import_id=run.id))
        session.add(Outage(source="t", external_id="X-3", agreement_id=None, service="Service desk",
                           started_at=created, ended_at=created + dt.timedelta(hours=5), import_id=run.id))
    test_the_portfolio_at_once_is_each_agreement_one_by_one(monitored, "2026-10")


@pytest.mark.parametrize(("spans", "percent"), [
    ([], "100.000"),
    ([(10, 11)], "99.866"),  # one hour of 31 days and one (Stockholm's October: 745 hours)
    ([(10, 11), (10.5, 11.5)], "99.799"),  # overlapping: 1.5 hours
    ([(10, 11), (11, 12)], "99.732"),  # back to back: 2 hours
    ([(-5, 1)], "99.866"),  # from before the period: only its part inside counts
    ([(744, None)], "99.866"),  # still going on: to the period's end
    ([(800, 900)], "100.000"),  # after the period
    ([(-10, 800)], "0.000"),
])
def test_availability_counts_each_moment_down_once(spans: list[tuple[float, float | None]], percent: str) -> None:
    start, end = periods.period("2026-10").bounds(periods.ZoneInfo("Europe/Stockholm"))
    hour = dt.timedelta(hours=1)
    given = [(start + a * hour, None if b is None else start + b * hour) for a, b in spans]
    assert periods.availability(given, start, end) == Decimal(percent)


def test_a_period_closed_is_stored_only_for_that_period(monitored: Database, people: dict[str, Actor]) -> None:
    periods.close_period(monitored, people["budi"], "SLA-2026-0001", periods.period("2026-10"), NOW)
    for name in ("2026-10", "2026-Q4", "2026-09"):
        test_the_portfolio_at_once_is_each_agreement_one_by_one(monitored, name)
    november = {f.number: f for f in portfolio_compliance.portfolio_figures(monitored, periods.period("2026-09"), NOW)}
    assert november["SLA-2026-0001"].closed_at is None


def test_the_time_to_measure_at_needs_a_zone(monitored: Database) -> None:
    with pytest.raises(ValidationError, match="time zone"):
        portfolio_compliance.portfolio_figures(monitored, periods.period("2026-10"), dt.datetime(2026, 11, 23))


def test_the_portfolios_trend_is_twelve_portfolio_readings_up_to_the_period_closed_ones_as_stored(
    monitored: Database, people: dict[str, Actor],
) -> None:
    september = periods.period("2026-09")
    closed = periods.close_period(monitored, people["budi"], "SLA-2026-0001", september, NOW)
    with monitored.unit_of_work() as session:  # tickets come in after the closing: what was stored stands
        session.query(Ticket).filter(Ticket.agreement_id == session.scalars(
            select(Agreement.id).where(Agreement.number == "SLA-2026-0001")).one()).delete()
    trend = portfolio_compliance.portfolio_trend(monitored, periods.period("2026-10"), NOW)
    assert trend is not None
    assert [point.period.name for point in trend] == [f"2025-{m}" for m in ("11", "12")] + [
        f"2026-{m:02d}" for m in range(1, 11)]
    for point in trend:
        figures = portfolio_compliance.portfolio_figures(monitored, point.period, NOW)
        lines = [c for agreement in figures for line in agreement.lines for c in line.compliance]
        assert (point.agreements, point.met, point.counted, point.breaches) == (
            len(figures), sum(c.met for c in lines), sum(c.counted for c in lines), sum(a.breaches for a in figures))
    october = trend[-1]
    assert october.counted > october.met > 0 and october.breaches > 0  # the edge tickets answered in 3 hours breach
    assert october.share == Decimal(100) * october.met / october.counted
    kept = [c for line in closed.lines for c in line.compliance]
    september_of_others = [c for figures in portfolio_compliance.portfolio_figures(monitored, september, NOW)
                           if figures.number != "SLA-2026-0001" for line in figures.lines for c in line.compliance]
    assert sum(c.counted for c in kept) > 0  # its tickets are gone, what was stored at closing still counts
    assert trend[-2].counted == sum(c.counted for c in kept) + sum(c.counted for c in september_of_others)
    quarters = portfolio_compliance.portfolio_trend(monitored, periods.period("2026-Q3"), NOW)
    assert quarters is not None and [point.period.name for point in quarters][-5:] == [
        "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]


def test_a_period_with_no_ticket_counted_has_no_share_and_a_cancelled_reading_none(demo_db: Database) -> None:
    trend = portfolio_compliance.portfolio_trend(demo_db, periods.period("2026-10"), NOW)  # the demo without tickets
    assert trend is not None and len(trend) == 12
    assert all(point.counted == point.met == point.breaches == 0 and point.share is None for point in trend)
    assert trend[-1].agreements == len(portfolio_compliance.portfolio_figures(demo_db, periods.period("2026-10"), NOW))
    assert trend[-1].agreements > 0
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # after three periods

    assert portfolio_compliance.portfolio_trend(demo_db, periods.period("2026-10"), NOW, cancelled) is None
    assert len(asked) == 4
    assert portfolio_compliance.TrendPoint(periods.period("2026-10"), 1, 1, 3, 0).share == Decimal(100) / 3


@pytest.mark.parametrize(("name", "chunk"), [("2026-10", 5_000), ("2026-Q3", 5_000), ("2026-05", 2), ("2026-10", 1)])
def test_the_portfolios_experience_checks_are_each_agreements_own(
    monitored: Database, name: str, chunk: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(experience, "_CHUNK", chunk)  # read in chunks of that many agreements
    with monitored.unit_of_work() as session:  # goals to judge against, each requirement's its own
        for n, requirement in enumerate(session.scalars(select(Requirement).order_by(Requirement.id))):
            requirement.csat_target_pct = Decimal(60 + 7 * (n % 5))
            requirement.effort_target = Decimal("1.5") + Decimal(n % 4) / 2
    chosen = periods.period(name)
    found = portfolio_compliance.portfolio_figures(monitored, chosen, NOW)
    checks = experience.portfolio_checks(monitored, found)
    assert list(checks) == [figures.number for figures in found] and len(found) > 2
    with monitored.read() as session:
        for figures in found:
            goals = experience.agreement_goals(session, figures.number, figures.version_no)
            assert checks[figures.number] == experience.check(figures, goals)
    assert "no_goal" not in {check.code for check in checks.values()}  # each judged by its goals
    goals = {(check.satisfaction.goal, check.effort.goal) for check in checks.values()}
    assert len(goals) > 1  # the agreements' goals differ, and each has its own


def test_an_agreements_experience_is_judged_by_the_goals_of_the_version_measured(
    monitored: Database, people: dict[str, Actor],
) -> None:
    found = portfolio_compliance.portfolio_figures(monitored, periods.period("2026-10"), NOW)
    first = found[0]
    with monitored.unit_of_work() as session:  # the goals of another version, and of another agreement, are stricter
        for requirement in session.scalars(select(Requirement)):
            requirement.csat_target_pct = Decimal("99.5")
    stricter = experience.portfolio_checks(monitored, [first])[first.number]
    assert stricter.satisfaction.goal == Decimal("99.5")
    older = dataclasses.replace(first, version_no=first.version_no + 1)  # a version the agreement does not have
    assert experience.portfolio_checks(monitored, [older])[first.number].satisfaction.goal is None
    assert experience.portfolio_checks(monitored, []) == {}


def test_the_portfolios_breaches_are_each_agreements_own_in_number_order_up_to_a_limit(monitored: Database) -> None:
    october = periods.period("2026-10")
    found = portfolio_compliance.portfolio_figures(monitored, october, NOW)
    each = [(figures.number, row.service_name, item) for figures in found
            for row, item in periods.breached(monitored, figures.number, october, NOW)]
    assert len({number for number, *_ in each}) >= 2  # breaches in more than one agreement: the order is seen
    assert portfolio_compliance.portfolio_breaches(monitored, found, october, NOW) == each
    assert len(each) == sum(figures.breaches for figures in found)  # one row per target breached
    first = sum(1 for number, *_ in each if number == each[0][0])
    assert portfolio_compliance.portfolio_breaches(monitored, found, october, NOW, limit=first + 1) == each[:first + 1]
    assert portfolio_compliance.portfolio_breaches(monitored, found, october, NOW, limit=first) == each[:first]
    quiet = [dataclasses.replace(figures, lines=()) if figures.number != each[0][0] else figures for figures in found]
    assert {number for number, *_ in portfolio_compliance.portfolio_breaches(monitored, quiet, october, NOW)} == {
        each[0][0]}  # only the agreements whose figures count a breach are measured again
