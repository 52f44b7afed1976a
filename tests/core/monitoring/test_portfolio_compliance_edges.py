"""The whole portfolio at once (``core.monitoring.portfolio_compliance``) where agreements are less plain than the demo's:
a newer signed version, one service at two sites, a level timed in a stored calendar, lines entered out of order,
a version with no lines, a ticket's time on hold, a level without internal aims."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import calendar_library, periods, portfolio_compliance
from slamdesk.core.renewals.stored import TERM_COLUMNS
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AgreementVersion, MonitoringImport, ServiceTarget, Ticket, TicketHold, User
from slamdesk.models.agreement import AgreementLine
from tests.core.monitoring.test_portfolio_compliance import NOW, monitored  # noqa: F401 - the fixture

pytestmark = pytest.mark.both_backends

OCTOBER = periods.period("2026-10")
DESK = [["P1", 60, 240, True], ["P2", 120, 720, True], ["P3", 480, 2400, True]]


def _same_as_one_by_one(db: Database, chosen: periods.Period) -> dict[str, periods.AgreementFigures]:
    together = portfolio_compliance.portfolio_figures(db, chosen, NOW)
    assert together == [periods.agreement_figures(db, figures.number, chosen, NOW) for figures in together]
    return {figures.number: figures for figures in together}


def _line(position: int, service: str, site: str, level_id: int, coverage: str, targets: list[list[object]]) -> AgreementLine:
    return AgreementLine(position=position, service_level_id=level_id, service_name=service, level_name=f"level {level_id}",
                         site=site, coverage=coverage, priorities=",".join(str(t[0]) for t in targets), quantity=1,
                         unit_price=Decimal("100.00"), line_total=Decimal("100.00"), availability_pct=Decimal("99.5"),
                         targets=targets)


def _amend(db: Database, number: str, *lines: AgreementLine) -> None:
    """A second version of ``number``, signed, with ``lines`` entered in the order given."""
    with db.unit_of_work() as session:
        first = session.scalars(select(AgreementVersion).join(Agreement).where(Agreement.number == number)).one()
        admin = session.scalars(select(User.id).where(User.username == "admin")).one()
        version = AgreementVersion(agreement_id=first.agreement_id, version_no=2, status="signed", start_date=first.start_date,
                                   end_date=first.end_date, author_id=admin, row_version=1,
                                   **{column: getattr(first, column) for column in TERM_COLUMNS})  # with its terms
        session.add(version)
        session.flush()
        for line in lines:
            line.version_id = version.id
            session.add(line)
            session.flush()  # one at a time: ids in the order given, whatever their positions


@pytest.fixture
def amended(monitored: Database, people: dict[str, Actor]) -> Database:  # noqa: F811
    """SLA-2026-0003 signed again: Service desk at two sites (one 24x7, one line target only), and the printer line with
    the desk's targets on its own level, timed in a stored calendar; its lines entered last first. SLA-2026-0002 signed
    again with no lines yet."""
    calendar_library.save_calendar(monitored, people["anna"], "Jakarta office", {
        "timezone": "Asia/Jakarta", "weekly": {day: ["09:00-12:00", "13:00-16:00"] for day in ("mon", "tue", "wed", "thu")}})
    with monitored.unit_of_work() as session:
        session.execute(update(ServiceTarget).where(ServiceTarget.level_id == 12).values(calendar="Jakarta office"))
    _amend(monitored, "SLA-2026-0003",
           _line(3, "On-site printer and hardware support", "Jakarta Utara", 12, "Mon-Fri 08:00-17:00", DESK),
           _line(1, "Service desk", "Surabaya", 1, "Mon-Fri 08:00-17:00", DESK),
           _line(2, "Service desk", "Jakarta Utara", 1, "24x7", [["P1", 60, 240, False]]))
    _amend(monitored, "SLA-2026-0002")
    with monitored.unit_of_work() as session:
        run = session.scalars(select(MonitoringImport.id).where(MonitoringImport.source == "edge")).one()
        agreement = session.scalars(select(Agreement.id).where(Agreement.number == "SLA-2026-0003")).one()
        for n in range(3):
            created = dt.datetime(2026, 10, 6 + n, 2, tzinfo=dt.UTC)
            session.add(Ticket(source="edge", external_id=f"jakarta-{n}", agreement_id=agreement, service="Service desk",
                               site="Jakarta Utara", priority="P1", created_at=created,
                               first_response_at=created + dt.timedelta(minutes=30 + 40 * n), import_id=run))
    return monitored


def test_the_newest_signed_version_is_measured_with_its_lines_in_their_order(amended: Database) -> None:
    figures = _same_as_one_by_one(amended, OCTOBER)
    three = figures["SLA-2026-0003"]
    assert three.version_no == 2 and [line.position for line in three.lines] == [1, 2, 3]
    assert figures["SLA-2026-0002"].version_no == 2 and figures["SLA-2026-0002"].lines == ()


def test_one_service_at_two_sites_counts_each_sites_tickets_on_its_own_line(amended: Database) -> None:
    surabaya, jakarta, _printer = _same_as_one_by_one(amended, OCTOBER)["SLA-2026-0003"].lines
    assert jakarta.tickets == 3 and surabaya.tickets > 3
    assert jakarta.hours.startswith("24x7") and surabaya.hours.startswith("Mon-Fri 08:00-17:00")
    assert [c.priority for c in jakarta.internal] == ["P1", "P1"]


def test_a_level_timed_in_a_stored_calendar_is_timed_so_beside_a_line_of_the_same_coverage(amended: Database) -> None:
    surabaya, _jakarta, printer = _same_as_one_by_one(amended, OCTOBER)["SLA-2026-0003"].lines
    assert printer.hours == "Jakarta office, version 1" and surabaya.hours != printer.hours


def test_the_only_ticket_of_a_period_at_its_first_instant_in_the_zone_furthest_ahead_counts_with_its_hold(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    calendar_library.save_calendar(demo_db, people["anna"], "Line Islands", {
        "timezone": "Pacific/Kiritimati", "weekly": {day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat",
                                                                                      "sun")}})
    with demo_db.unit_of_work() as session:
        session.execute(update(ServiceTarget).where(ServiceTarget.level_id == 9).values(calendar="Line Islands"))
        admin = session.scalars(select(User.id).where(User.username == "admin")).one()
        run = MonitoringImport(kind="tickets", source="held", file_name="held", sha256="0" * 64, actor_id=admin,
                               added=0, updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        agreement = session.scalars(select(Agreement.id).where(Agreement.number == "SLA-2026-0001")).one()
        created = dt.datetime(2020, 5, 31, 10, tzinfo=dt.UTC)  # 1 June 2020 00:00 at UTC+14; P1: answered in 5, resolved in 20
        ticket = Ticket(source="held", external_id="H-1", agreement_id=agreement, service="Network monitoring",
                        site="Fjällbacka hamn", priority="P1", created_at=created,
                        first_response_at=created + dt.timedelta(minutes=3),
                        resolved_at=created + dt.timedelta(minutes=30), import_id=run.id)
        session.add(ticket)
        session.flush()
        session.add(TicketHold(ticket_id=ticket.id, start_at=created + dt.timedelta(minutes=5),
                               end_at=created + dt.timedelta(minutes=20)))  # 15 minutes on hold: resolved in 15
    _desk, network = _same_as_one_by_one(demo_db, periods.period("2020-06"))["SLA-2026-0001"].lines
    assert network.hours == "Line Islands, version 1"
    assert network.tickets == 1 and network.breaches == 0


def test_a_level_whose_internal_aims_were_removed_is_measured_by_the_agreement_alone(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        session.execute(delete(ServiceTarget).where(ServiceTarget.level_id == 12))
    printer, _desk = _same_as_one_by_one(demo_db, OCTOBER)["SLA-2026-0003"].lines
    assert printer.internal == ()


def test_a_time_without_a_zone_is_refused_even_with_nothing_signed(db: Database) -> None:
    with pytest.raises(ValidationError, match="time zone") as refused:
        portfolio_compliance.portfolio_figures(db, OCTOBER, dt.datetime(2026, 11, 23))
    assert refused.value.field == "now"
