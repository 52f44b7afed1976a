"""A period's compliance per agreement line, and closed periods whose figures never change.

The demo's SLA-2026-0001 (Nordvik, Sweden): line 1 Service desk (Silver) at Göteborg, Mon-Fri
07:00-19:00, P1 responds in 30 and resolves in 120 business minutes; line 2 Network monitoring
(Gold), 24x7, P1 5 / 20 minutes in calendar hours, 99.95 % availability. Hand-checked below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from slamdesk.core.db import Database
from slamdesk.core.errors import FrozenError, NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.monitoring import at_risk, calendar_library, periods
from slamdesk.core.monitoring.compliance import TargetKind
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AgreementLine, AgreementVersion, MonitoringImport, Outage, ServiceTarget, Ticket
from tests.raw import REFUSED, Raw

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NUMBER = "SLA-2026-0001"
OCTOBER = periods.period("2026-10")
AFTER_OCTOBER = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def at(day: int, hour: int, minute: int = 0, month: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=STOCKHOLM)


def _import(db: Database, actor: Actor) -> int:
    with db.unit_of_work() as session:
        run = MonitoringImport(kind="tickets", source="test", file_name="t.csv", sha256="0" * 64, actor_id=actor.id,
                               added=0, updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        return run.id


def _agreement_id(db: Database, number: str = NUMBER) -> int:
    with db.read() as session:
        return session.scalars(select(Agreement.id).where(Agreement.number == number)).one()


def add_ticket(db: Database, run: int, key: str, service: str, created: dt.datetime, responded: dt.datetime | None,
               resolved: dt.datetime | None, *, priority: str = "P1", number: str = NUMBER) -> None:
    with db.unit_of_work() as session:
        session.add(Ticket(source="test", external_id=key, agreement_id=_agreement_id(db, number), service=service,
                           priority=priority, created_at=created, first_response_at=responded, resolved_at=resolved,
                           import_id=run))


@pytest.fixture
def october(demo_db: Database, people: dict[str, Actor]) -> Database:
    """Three Service desk tickets and two Network monitoring outages in October 2026."""
    run = _import(demo_db, people["anna"])
    desk = "Service desk"
    add_ticket(demo_db, run, "T-1", desk, at(5, 8), at(5, 8, 20), at(5, 11))  # responded in time; resolved in 180 > 120
    add_ticket(demo_db, run, "T-2", desk, at(9, 18, 50), at(12, 7, 15), at(12, 9))  # Fri 10 min + Mon 15 / 10 + 120
    add_ticket(demo_db, run, "T-3", desk, at(6, 10), at(6, 10, 5), at(6, 11))  # 5 and 60 minutes: both met
    add_ticket(demo_db, run, "T-4", desk, at(31, 23, 30), None, None)  # Saturday night, not answered yet
    add_ticket(demo_db, run, "T-9", desk, at(1, 0, 30, month=11), at(2, 8, month=11), None)  # November's
    with demo_db.unit_of_work() as session:
        session.add(Outage(source="test", external_id="O-1", agreement_id=_agreement_id(demo_db),
                           service="Network monitoring", started_at=at(10, 10), ended_at=at(10, 11), import_id=run))
        session.add(Outage(source="test", external_id="O-2", agreement_id=_agreement_id(demo_db),
                           service="Network monitoring", started_at=at(10, 10, 30), ended_at=at(10, 11, 30),
                           import_id=run))  # overlaps O-1 by half an hour: 1.5 hours down in all
        session.add(Outage(source="test", external_id="O-3", agreement_id=_agreement_id(demo_db),
                           service="Network monitoring", started_at=at(20, 2), ended_at=at(20, 6), planned=True,
                           import_id=run))  # planned maintenance does not count
    return demo_db


# Periods --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "first", "after"), [
    ("2026-10", dt.date(2026, 10, 1), dt.date(2026, 11, 1)),
    ("2026-12", dt.date(2026, 12, 1), dt.date(2027, 1, 1)),
    ("2026-Q4", dt.date(2026, 10, 1), dt.date(2027, 1, 1)),
    ("2026-Q1", dt.date(2026, 1, 1), dt.date(2026, 4, 1)),
    ("2026", dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    (" 2024-02 ", dt.date(2024, 2, 1), dt.date(2024, 3, 1)),
])
def test_a_period_is_a_month_a_quarter_or_a_year(name: str, first: dt.date, after: dt.date) -> None:
    chosen = periods.period(name)
    assert (chosen.name, chosen.first, chosen.after) == (name.strip(), first, after)


@pytest.mark.parametrize("name", ["2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-10", "2026-1", "October", "",
                                  "2026-10-01", "２０２６-10", "0000", "9999"])
def test_anything_else_is_refused_naming_the_period(name: str) -> None:
    with pytest.raises(ValidationError, match="a month \\(2026-10\\), a quarter") as refused:
        periods.period(name)
    assert refused.value.field == "period"


def test_the_last_month_is_the_whole_month_before_today() -> None:
    assert periods.last_month(dt.date(2026, 11, 23)).name == "2026-10"
    assert periods.last_month(dt.date(2026, 1, 1)).name == "2025-12"


def test_a_period_runs_from_local_midnight_to_local_midnight_across_a_dst_change() -> None:
    start, end = OCTOBER.bounds(STOCKHOLM)
    assert start == dt.datetime(2026, 9, 30, 22, 0, tzinfo=dt.UTC)  # summer time, UTC+2
    assert end == dt.datetime(2026, 10, 31, 23, 0, tzinfo=dt.UTC)  # winter time, UTC+1
    assert end - start == dt.timedelta(days=31, hours=1)


# Measuring ------------------------------------------------------------------------------


def test_each_line_is_measured_against_its_own_targets_in_its_own_hours(october: Database) -> None:
    figures = periods.measure_agreement(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert (figures.number, figures.period, figures.version_no, figures.closed_at) == (NUMBER, "2026-10", 1, None)
    desk, network = figures.lines
    assert (desk.service, desk.level, desk.site, desk.tickets) == ("Service desk", "Silver", "Göteborg", 4)
    assert desk.hours == "Mon-Fri 07:00-19:00, Europe/Stockholm, SE public holidays"
    shares = {(c.priority, c.kind): (c.counted, c.met, c.percent) for c in desk.compliance}
    # T-4 (Saturday night, never answered) is past both deadlines by 23 November: Monday 07:30 and 09:00
    assert shares[("P1", TargetKind.RESPONSE)] == (4, 3, Decimal("75.0"))
    assert shares[("P1", TargetKind.RESOLUTION)] == (4, 1, Decimal("25.0"))
    assert shares[("P2", TargetKind.RESPONSE)] == (0, 0, None)  # no P2 ticket: no percentage, never 100 %
    assert desk.breaches == 4 and desk.availability == Decimal("100.000") and desk.availability_met
    assert network.tickets == 0 and network.hours == "24x7, Europe/Stockholm, SE public holidays"
    # 1.5 hours down of 745 (October 2026 in Stockholm has 31 days and the hour given back on the 25th)
    assert network.availability == Decimal("99.799")
    assert network.availability_target == Decimal("99.95") and not network.availability_met
    assert figures.breaches == 4


def test_a_ticket_still_open_counts_once_its_deadline_has_passed(october: Database) -> None:
    in_time = periods.measure_agreement(october, NUMBER, OCTOBER, at(31, 23, 45))
    late = periods.measure_agreement(october, NUMBER, OCTOBER, at(2, 7, 31, month=11))  # Monday 07:31: 31 minutes
    counted = {str(c.kind): c.counted for c in in_time.lines[0].compliance if c.priority == "P1"}
    assert counted == {"response": 3, "resolution": 3}
    assert {str(c.kind): (c.counted, c.met) for c in late.lines[0].compliance if c.priority == "P1"} == {
        "response": (4, 3), "resolution": (3, 1)}
    assert late.lines[0].breaches == in_time.lines[0].breaches + 1


def test_a_line_is_timed_in_the_stored_calendar_its_level_names(october: Database, people: dict[str, Actor]) -> None:
    calendar_library.save_calendar(october, people["anna"], "Göteborg office", {
        "timezone": "Europe/Stockholm", "weekly": {day: ["08:00-12:00", "13:00-17:00"]
                                                   for day in ("mon", "tue", "wed", "thu", "fri")}})
    _name_calendar(october, "Service desk", "Göteborg office")
    desk = periods.measure_agreement(october, NUMBER, OCTOBER, AFTER_OCTOBER).lines[0]
    assert desk.hours == "Göteborg office, version 1"
    shares = {(c.priority, str(c.kind)): (c.counted, c.met) for c in desk.compliance}
    # T-2 came in after Friday's 17:00 closing: 60 minutes (Monday 08:00-09:00), met now, where it was 130 before;
    # T-1 (08:00-11:00, before lunch) stays late, T-3 in time, T-4 late
    assert shares[("P1", "resolution")] == (4, 2)


def test_a_level_calendar_written_as_words_falls_back_to_the_coverage(october: Database) -> None:
    _name_calendar(october, "Service desk", "Mon-Fri, public holidays off")
    desk = periods.measure_agreement(october, NUMBER, OCTOBER, AFTER_OCTOBER).lines[0]
    assert desk.hours.startswith("Mon-Fri 07:00-19:00, Europe/Stockholm")


def _name_calendar(db: Database, service: str, name: str) -> None:
    with db.unit_of_work() as session:
        level_id = session.scalars(select(AgreementLine.service_level_id).join(AgreementVersion).join(Agreement)
                                   .where(Agreement.number == NUMBER, AgreementLine.service_name == service)).one()
        session.execute(update(ServiceTarget).where(ServiceTarget.level_id == level_id).values(calendar=name))


def test_an_agreement_not_signed_or_unknown_is_refused(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="no agreement"):
        periods.measure_agreement(demo_db, "SLA-1999-0001", OCTOBER, AFTER_OCTOBER)
    with demo_db.read() as session:
        draft = session.scalars(select(Agreement.number).join(AgreementVersion)
                                .where(AgreementVersion.status == "draft")).first()
    assert draft is not None
    with pytest.raises(ValidationError, match="no signed version yet"):
        periods.measure_agreement(demo_db, draft, OCTOBER, AFTER_OCTOBER)
    with pytest.raises(ValidationError, match="time zone"):
        periods.measure_agreement(demo_db, NUMBER, OCTOBER, dt.datetime(2026, 11, 23))


# Closing a period -------------------------------------------------------------------------


def test_a_closed_period_keeps_its_figures_whatever_comes_later(october: Database, people: dict[str, Actor]) -> None:
    closed = periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    assert closed.closed_by == "budi" and closed.closed_at is not None
    before = periods.agreement_figures(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert before.lines == closed.lines and before.late == ()
    # later: a calendar for the level, a ticket imported late, an outage: the closed figures stand
    calendar_library.save_calendar(october, people["anna"], "Round the clock", {
        "timezone": "UTC", "weekly": {day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}})
    _name_calendar(october, "Service desk", "Round the clock")
    add_ticket(october, _import(october, people["anna"]), "T-5", "Service desk", at(7, 9), at(7, 12), at(7, 20))
    after = periods.agreement_figures(october, NUMBER, OCTOBER, dt.datetime(2027, 1, 5, tzinfo=dt.UTC))
    assert after.lines == closed.lines and after.closed_by == "budi"
    assert after.late == ("T-5",)
    recomputed = periods.measure_agreement(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert recomputed.lines != closed.lines  # what closing protected it from
    assert after.to_json()["lines"] == [line.to_json() for line in closed.lines]


def test_a_period_is_closed_once_by_someone_who_may(october: Database, people: dict[str, Actor]) -> None:
    for not_allowed in ("linh", "anna", "sofia"):  # a representative sells and drafts; closing is someone else's step
        with pytest.raises(PermissionDenied):
            periods.close_period(october, people[not_allowed], NUMBER, OCTOBER, AFTER_OCTOBER)
    with pytest.raises(ValidationError, match="has not ended yet"):
        periods.close_period(october, people["budi"], NUMBER, periods.period("2026-11"), AFTER_OCTOBER)
    with pytest.raises(ValidationError, match="has not ended yet"):  # over in UTC, not yet in Stockholm
        periods.close_period(october, people["budi"], NUMBER, OCTOBER, at(31, 23, 59))
    periods.close_period(october, people["admin"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with pytest.raises(ValidationError, match="was closed on") as again:
        periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    assert again.value.field == "period"


@pytest.fixture
def raw(demo_db: Database) -> Iterator[Raw]:
    connection = Raw(demo_db)
    yield connection
    connection.close()


def test_the_database_refuses_changing_or_removing_closed_figures(
    october: Database, people: dict[str, Actor], raw: Raw
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    for sql in ("UPDATE closed_period SET figures = '[]'", "DELETE FROM closed_period"):
        assert raw.changes_unprotected(sql, {}) == 1  # the statement would change the row without the rule
        with pytest.raises(REFUSED, match="closed period"):
            raw.execute(sql)
    with pytest.raises(FrozenError, match="closed period"), october.unit_of_work() as session:
        session.execute(update(periods.ClosedPeriod).values(version_no=9))
    assert periods.agreement_figures(october, NUMBER, OCTOBER, AFTER_OCTOBER).closed_by == "budi"


def test_closing_is_in_the_audit_log_with_the_figures_hash(october: Database, people: dict[str, Actor]) -> None:
    from slamdesk.core import audit

    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with october.read() as session:
        event = session.scalars(select(audit.AuditEvent).where(audit.AuditEvent.action == "compliance.close_period")).one()
        stored = session.scalars(select(periods.ClosedPeriod)).one()
    assert f'"figures_sha256": "{stored.figures_sha256}"' in event.detail and '"period": "2026-10"' in event.detail
    assert audit.check_log(october).intact


def test_the_portfolio_lists_every_signed_agreement(october: Database) -> None:
    numbers = [figures.number for figures in periods.portfolio_figures(october, OCTOBER, AFTER_OCTOBER)]
    assert NUMBER in numbers and numbers == sorted(numbers)
    assert "SLA-2026-0002" in numbers  # signed, not yet active: measured too


# Open tickets at risk -------------------------------------------------------------------------


def test_open_tickets_at_risk_or_breached_are_listed_soonest_due_first(october: Database) -> None:
    monday_early = at_risk.at_risk(october, at(2, 7, 25, month=11))
    assert [(r.ticket, str(r.kind), r.escalation, r.remaining) for r in monday_early] == [
        ("T-4", "response", "at risk", 5 * 60)]  # 25 of its 30 business minutes gone since Monday 07:00
    assert monday_early[0].due == at(2, 7, 30, month=11)
    later = at_risk.at_risk(october, at(2, 10, 0, month=11))
    assert [(r.ticket, str(r.kind), r.escalation, r.due) for r in later] == [
        ("T-4", "response", "breached 2x", at(2, 7, 30, month=11)),  # 180 minutes used of 30
        ("T-4", "resolution", "breached", at(2, 9, 0, month=11)),
        ("T-9", "resolution", "breached", at(2, 9, 0, month=11)),  # answered at 08:00: only its resolution
    ]
    assert later[0].to_json()["number"] == NUMBER and later[0].to_json()["remaining_seconds"] == 0


def test_nothing_is_at_risk_once_tickets_are_resolved(demo_db: Database, people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "T-1", "Service desk", at(5, 8), at(5, 8, 20), at(5, 11))
    add_ticket(demo_db, run, "T-2", "Service desk", at(5, 8), None, None, priority="P7")  # no target for P7
    assert at_risk.at_risk(demo_db, AFTER_OCTOBER) == []
    with pytest.raises(ValidationError, match="between 0 and 1"):  # refused even with nothing open to measure
        at_risk.at_risk(demo_db, AFTER_OCTOBER, share=Decimal("1.5"))
