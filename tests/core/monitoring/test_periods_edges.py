"""Compliance periods at their edges: each country's hours, outages at a period's bounds, what a closed period stores.

Uses the October tickets and outages of ``test_periods`` (SLA-2026-0001, Fjällbacka Rederi AB, Sweden).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.monitoring import at_risk, periods
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, ClosedPeriod, Outage
from tests.core.monitoring.test_periods import (  # noqa: F401  (october: a fixture used by name)
    AFTER_OCTOBER,
    NUMBER,
    OCTOBER,
    _agreement_id,
    _import,
    add_ticket,
    at,
    october,
)

UTC = dt.UTC


# Periods --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "first"), [
    ("1900", dt.date(1900, 1, 1)), ("9998-12", dt.date(9998, 12, 1)), ("2026-01", dt.date(2026, 1, 1)),
    ("2026-Q2", dt.date(2026, 4, 1)), ("2026-Q3", dt.date(2026, 7, 1)),
])
def test_the_first_and_last_years_and_months_are_periods(name: str, first: dt.date) -> None:
    assert periods.period(name).first == first


@pytest.mark.parametrize("name", ["1899", "1899-12", "2026-Q", "2026-q4", "2026-"])
def test_a_year_before_1900_or_a_half_written_period_is_refused(name: str) -> None:
    with pytest.raises(ValidationError, match=f"period '{name}': write a month"):
        periods.period(name)


def test_the_last_month_of_any_day_in_a_month_is_the_month_before() -> None:
    assert periods.last_month(dt.date(2026, 3, 31)) == periods.period("2026-02")
    assert periods.last_month(dt.date(2027, 1, 31)) == periods.period("2026-12")


# Hours ------------------------------------------------------------------------------------------


ZONES = [("SE", "Europe/Stockholm"), ("VN", "Asia/Ho_Chi_Minh"), ("ID", "Asia/Jakarta"), ("UA", "Europe/Kyiv"),
         ("NO", "Europe/Oslo"), ("DK", "Europe/Copenhagen"), ("FI", "Europe/Helsinki"), ("DE", "Europe/Berlin"),
         ("GB", "Europe/London"), ("PL", "Europe/Warsaw"), ("NL", "Europe/Amsterdam"), ("SG", "Asia/Singapore")]


@pytest.mark.parametrize(("country", "zone"), ZONES + [("se", "Europe/Stockholm")])
def test_a_line_is_timed_in_its_customers_country_with_its_public_holidays(
    demo_db: Database, country: str, zone: str
) -> None:
    line = SimpleNamespace(service_level_id=-1, coverage="Mon-Fri 08:00-17:00")  # a level that names no calendar
    with demo_db.read() as session:
        hours = periods.hours_of(demo_db, session, line, country)  # type: ignore[arg-type]
    upper = country.upper()
    assert hours.described == f"Mon-Fri 08:00-17:00, {zone}, {upper} public holidays"
    assert (hours.calendar.timezone, hours.calendar.country) == (zone, upper)
    assert len(hours.calendar.weekly[0]) == 1
    assert hours.calendar.weekly[5] == () and hours.calendar.weekly[6] == ()


def test_a_country_without_a_zone_is_timed_in_utc_without_holidays(demo_db: Database) -> None:
    line = SimpleNamespace(service_level_id=-1, coverage="24x7")
    with demo_db.read() as session:
        hours = periods.hours_of(demo_db, session, line, "US")  # type: ignore[arg-type]
    assert hours.described == "24x7, UTC"
    assert (hours.calendar.timezone, hours.calendar.country, hours.calendar.holidays) == ("UTC", None, frozenset())
    assert all(len(day) == 1 for day in hours.calendar.weekly)


# Availability -----------------------------------------------------------------------------------


def _outage(db: Database, key: str, begin: dt.datetime, end: dt.datetime | None, *, site: str = "",
            service: str = "Network monitoring", planned: bool = False, number: str = NUMBER) -> None:
    run = _import(db, _anna(db))
    with db.unit_of_work() as session:
        session.add(Outage(source="edge", external_id=key, agreement_id=_agreement_id(db, number), service=service,
                           site=site, started_at=begin, ended_at=end, planned=planned, import_id=run))


def _anna(db: Database) -> Actor:
    from slamdesk.core import users

    return next(actor for actor in users.list_actors(db) if actor.username == "anna")


def _network(db: Database, now: dt.datetime = AFTER_OCTOBER) -> periods.LineFigures:
    return periods.measure_agreement(db, NUMBER, OCTOBER, now).lines[1]


def test_an_outage_across_the_periods_start_counts_only_its_part_inside(demo_db: Database) -> None:
    # 30 September 23:00 to 1 October 02:30 in Stockholm: 2.5 hours of October's 745
    _outage(demo_db, "X-1", at(30, 23, month=9), at(1, 2, 30))
    _outage(demo_db, "X-2", at(31, 23), at(3, 0, month=11))  # the last hour of October, then November's
    _outage(demo_db, "X-3", at(20, 1, month=9), at(30, 22, month=9))  # September's only
    _outage(demo_db, "X-4", at(1, 0, month=11), at(1, 5, month=11))  # November's only, from its first instant
    # 3.5 hours of 745: 99.530 %
    assert _network(demo_db).availability == Decimal("99.530")


def test_an_outage_not_yet_over_counts_to_the_periods_end(demo_db: Database) -> None:
    _outage(demo_db, "X-1", at(31, 12), None)  # 12 hours down by the end of October
    assert _network(demo_db).availability == Decimal("98.389")  # 1 - 12/745


def test_only_outages_at_the_lines_site_or_at_no_site_count(demo_db: Database) -> None:
    _outage(demo_db, "X-1", at(5, 10), at(5, 11), site="Fjällbacka hamn")  # the line's site
    _outage(demo_db, "X-2", at(6, 10), at(6, 11))  # no site named: the whole service
    _outage(demo_db, "X-3", at(7, 10), at(7, 18), site="Göteborg")  # another site
    _outage(demo_db, "X-4", at(8, 10), at(8, 18), service="Service desk")  # another service
    _outage(demo_db, "X-5", at(9, 10), at(9, 18), planned=True)  # planned maintenance
    _outage(demo_db, "X-6", at(10, 10), at(10, 18), number="SLA-2026-0002")  # another agreement's
    assert _network(demo_db).availability == Decimal("99.732")  # 2 hours of 745


def test_outages_one_inside_another_count_once(demo_db: Database) -> None:
    _outage(demo_db, "X-1", at(5, 10), at(5, 14))
    _outage(demo_db, "X-2", at(5, 11), at(5, 12))  # inside X-1
    _outage(demo_db, "X-3", at(5, 12), at(5, 12))  # no time at all
    _outage(demo_db, "X-4", at(5, 14), at(5, 15))  # right after X-1
    assert _network(demo_db).availability == Decimal("99.329")  # 5 hours of 745


def test_an_availability_exactly_at_its_target_is_met(demo_db: Database) -> None:
    # 99.95 % of 745 hours leaves 22.35 minutes: 22 minutes 21 seconds down is 99.950 %
    _outage(demo_db, "X-1", at(5, 10), at(5, 10, 22) + dt.timedelta(seconds=21))
    network = _network(demo_db)
    assert network.availability == Decimal("99.950") and network.availability_met
    assert network.to_json()["availability_met"] is True


# Tickets of a line ------------------------------------------------------------------------------


def test_a_line_counts_its_services_tickets_at_any_site_when_the_agreement_has_it_once(demo_db: Database) -> None:
    run = _import(demo_db, _anna(demo_db))
    add_ticket(demo_db, run, "S-1", "Service desk", at(5, 8), at(5, 8, 10), at(5, 9))
    from slamdesk.models import Ticket

    with demo_db.unit_of_work() as session:  # written at another site than the line's Göteborg
        session.scalars(select(Ticket).where(Ticket.external_id == "S-1")).one().site = "Stockholm"
    desk = periods.measure_agreement(demo_db, NUMBER, OCTOBER, AFTER_OCTOBER).lines[0]
    assert desk.tickets == 1 and desk.breaches == 0


def test_a_ticket_of_a_priority_without_a_target_is_counted_but_not_measured(demo_db: Database) -> None:
    run = _import(demo_db, _anna(demo_db))
    add_ticket(demo_db, run, "S-1", "Service desk", at(5, 8), None, None, priority="P9")
    desk = periods.measure_agreement(demo_db, NUMBER, OCTOBER, AFTER_OCTOBER).lines[0]
    assert desk.tickets == 1 and desk.breaches == 0
    assert all(c.counted == 0 for c in desk.compliance)
    assert [c.priority for c in desk.compliance][::2] == ["P1", "P2", "P3"]


def test_the_at_risk_share_decides_what_is_at_risk_in_figures_too(demo_db: Database) -> None:
    run = _import(demo_db, _anna(demo_db))
    add_ticket(demo_db, run, "S-1", "Network monitoring", at(5, 8), None, None)  # P1: 5 and 20 calendar minutes
    before = periods.measure_agreement(demo_db, NUMBER, OCTOBER, at(5, 8, 2), at_risk_share=Decimal("0.1"))
    assert before.lines[1].breaches == 0
    later = periods.agreement_figures(demo_db, NUMBER, OCTOBER, at(5, 8, 6))
    assert later.lines[1].breaches == 1 and later.breaches == 1


# Closing -----------------------------------------------------------------------------------------


def test_what_a_closed_period_stores_is_what_was_measured(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    closed = periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with october.read() as session:
        row = session.scalars(select(ClosedPeriod)).one()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "compliance.close_period")).one()
    stored = json.loads(row.figures)
    assert (row.period, row.version_no, row.agreement_id) == ("2026-10", 1, _agreement_id(october))
    desk, network = stored
    assert {key: desk[key] for key in ("position", "service", "level", "site", "tickets", "breaches")} == {
        "position": 1, "service": "Service desk", "level": "Silver", "site": "Göteborg", "tickets": 4, "breaches": 4}
    assert desk["hours"] == "Mon-Fri 07:00-19:00, Europe/Stockholm, SE public holidays"
    assert (desk["availability"], desk["availability_target"], desk["availability_met"]) == ("100.000", "99.5", True)
    assert (network["availability"], network["availability_target"], network["availability_met"]) == (
        "99.799", "99.95", False)
    assert desk["compliance"][:2] == [
        # the 90th percentile by nearest rank is the 4th of 4: T-4, open since 31 October, 183 business hours
        {"priority": "P1", "kind": "response", "counted": 4, "met": 3, "percent": "75.0", "p90_seconds": 658800,
         "target_seconds": 1800},
        {"priority": "P1", "kind": "resolution", "counted": 4, "met": 1, "percent": "25.0", "p90_seconds": 658800,
         "target_seconds": 7200}]
    assert desk["compliance"][2]["percent"] is None
    detail = json.loads(event.detail)
    assert (detail["number"], detail["period"], detail["version"], detail["breaches"]) == (NUMBER, "2026-10", 1, 4)
    assert (event.entity_type, event.entity_id) == ("agreement", _agreement_id(october))
    figures = closed.to_json()
    assert (figures["number"], figures["period"], figures["version"], figures["breaches"]) == (NUMBER, "2026-10", 1, 4)
    assert figures["closed_by"] == "budi" and figures["late_tickets"] == []
    assert figures["closed_at"] == closed.closed_at.isoformat() and figures["lines"] == stored
    assert closed.closed_at.tzinfo is not None


def test_a_closed_periods_figures_name_tickets_imported_late_in_order_and_only_that_periods(
    october: Database, people: dict[str, Actor]  # noqa: F811
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    run = _import(october, people["anna"])
    add_ticket(october, run, "L-2", "Service desk", at(20, 9), None, None)
    add_ticket(october, run, "L-1", "Network monitoring", at(1, 0), None, None)  # October's first instant
    add_ticket(october, run, "L-0", "Service desk", at(30, 23, month=9), None, None)  # September's
    add_ticket(october, run, "L-3", "Service desk", at(1, 0, month=11), None, None)  # November's
    figures = periods.agreement_figures(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert figures.late == ("L-1", "L-2")
    assert figures.to_json()["late_tickets"] == ["L-1", "L-2"]
    other = periods.agreement_figures(october, "SLA-2026-0003", OCTOBER, AFTER_OCTOBER)
    assert other.late == () and other.closed_at is None


def test_figures_of_an_unknown_agreement_are_refused_naming_it(demo_db: Database) -> None:
    from slamdesk.core.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no agreement 'SLA-1999-0009'"):
        periods.agreement_figures(demo_db, "SLA-1999-0009", OCTOBER, AFTER_OCTOBER)


def test_each_closer_role_may_close_and_no_other(demo_db: Database, people: dict[str, Actor]) -> None:
    from slamdesk.core.roles import Role

    by_role = {}
    for actor in people.values():
        by_role.setdefault(actor.role, actor)
    for number, role in zip(("SLA-2026-0001", "SLA-2026-0002"), (Role.ADMINISTRATOR, Role.QUALITY_CHECKER), strict=True):
        assert periods.close_period(demo_db, by_role[role], number, OCTOBER, AFTER_OCTOBER).closed_by == by_role[role].username
    for role, actor in by_role.items():
        if role not in periods.CLOSERS:
            with pytest.raises(PermissionDenied, match="close a compliance period"):
                periods.close_period(demo_db, actor, "SLA-2024-0001", OCTOBER, AFTER_OCTOBER)


def test_a_period_is_refused_until_it_has_ended_where_the_lines_are(demo_db: Database, people: dict[str, Actor]) -> None:
    # SLA-2026-0003 (Jakarta, UTC+7): October ends there on 31 October 17:00 UTC
    jakarta_end = dt.datetime(2026, 10, 31, 17, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="2026-10 has not ended yet") as refused:
        periods.close_period(demo_db, people["budi"], "SLA-2026-0003", OCTOBER, jakarta_end - dt.timedelta(seconds=1))
    assert refused.value.field == "period"
    assert periods.close_period(demo_db, people["budi"], "SLA-2026-0003", OCTOBER, jakarta_end).closed_by == "budi"
    with pytest.raises(ValidationError, match="time zone"):
        periods.close_period(demo_db, people["budi"], "SLA-2026-0002", OCTOBER, dt.datetime(2026, 12, 1))


def test_closing_twice_names_when_it_was_closed(demo_db: Database, people: dict[str, Actor]) -> None:
    closed = periods.close_period(demo_db, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with pytest.raises(ValidationError, match=f"{NUMBER} 2026-10 was closed on {closed.closed_at:%Y-%m-%d %H:%M} UTC"):
        periods.close_period(demo_db, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)


def test_an_agreement_signed_again_while_its_figures_are_worked_out_is_not_closed(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    measured = periods.measure_agreement

    def then_signed_again(*args: object, **kwargs: object) -> periods.AgreementFigures:
        figures = measured(*args, **kwargs)  # type: ignore[arg-type]
        return periods.AgreementFigures(figures.number, figures.period, figures.version_no + 1, figures.lines)

    monkeypatch.setattr(periods, "measure_agreement", then_signed_again)
    with pytest.raises(ValidationError, match=f"{NUMBER} changed while its figures were worked out") as refused:
        periods.close_period(demo_db, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    assert refused.value.field == "number"
    with demo_db.read() as session:
        assert session.scalars(select(ClosedPeriod)).all() == []


def test_a_draft_agreement_is_refused_naming_its_number(demo_db: Database) -> None:
    with pytest.raises(ValidationError, match="SLA-2026-0007 has no signed version yet") as refused:
        periods.measure_agreement(demo_db, "SLA-2026-0007", OCTOBER, AFTER_OCTOBER)
    assert refused.value.field == "number"


def test_the_portfolio_lists_each_signed_agreement_once_and_no_other(demo_db: Database) -> None:
    numbers = [figures.number for figures in periods.portfolio_figures(demo_db, OCTOBER, AFTER_OCTOBER)]
    # and only those monitored in October: the demo's three that have ended had all ended before it began
    assert numbers == ["SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"]


# At risk -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("share", ["0", "1"])
def test_an_at_risk_share_of_nought_or_one_is_accepted(demo_db: Database, share: str) -> None:
    assert at_risk.at_risk(demo_db, AFTER_OCTOBER, share=Decimal(share)) == []


@pytest.mark.parametrize("share", ["-0.1", "NaN", "Infinity", "1.01"])
def test_an_at_risk_share_outside_nought_to_one_is_refused(demo_db: Database, share: str) -> None:
    with pytest.raises(ValidationError, match="between 0 and 1") as refused:
        at_risk.at_risk(demo_db, AFTER_OCTOBER, share=Decimal(share))
    assert refused.value.field == "share"
    with pytest.raises(ValidationError, match="time zone"):
        at_risk.at_risk(demo_db, dt.datetime(2026, 11, 23))


def test_open_tickets_of_unsigned_agreements_are_never_at_risk_and_the_others_still_are(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "D-1", "User onboarding and offboarding", at(2, 9, month=11), None, None,
               priority="P3", number="SLA-2026-0007")  # a draft
    add_ticket(demo_db, run, "N-1", "Network monitoring", at(2, 9, month=11), None, None)
    add_ticket(demo_db, run, "M-1", "Service desk", at(2, 9, month=11), None, None, number="SLA-2026-0002")
    found = at_risk.at_risk(demo_db, at(2, 9, 4, month=11), share=Decimal("0.5"))
    assert [(r.number, r.ticket, r.service, r.priority, str(r.kind)) for r in found] == [
        (NUMBER, "N-1", "Network monitoring", "P1", "response")]  # 4 of 5 minutes gone; 4 of 20 is not at risk yet
    assert found[0].to_json() == {
        "number": NUMBER, "ticket": "N-1", "service": "Network monitoring", "priority": "P1", "target": "response",
        "due": at(2, 9, 5, month=11).isoformat(), "remaining_seconds": 60, "escalation": "at risk"}


def test_tickets_due_at_once_are_listed_by_ticket_then_target(demo_db: Database, people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    for key in ("B", "A"):
        add_ticket(demo_db, run, key, "Network monitoring", at(2, 9, month=11), None, None)
    assert [(r.ticket, str(r.kind)) for r in at_risk.at_risk(demo_db, at(2, 9, 30, month=11))] == [
        ("A", "response"), ("B", "response"), ("A", "resolution"), ("B", "resolution")]


def test_a_closed_periods_hash_is_the_sha256_of_its_figures_as_written(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    import hashlib

    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with october.read() as session:
        row = session.scalars(select(ClosedPeriod)).one()
    assert row.figures_sha256 == hashlib.sha256(row.figures.encode("utf-8")).hexdigest()
    assert '"site": "Göteborg"' in row.figures  # as written, not escaped
    assert row.figures == json.dumps(json.loads(row.figures), sort_keys=True, ensure_ascii=False)
