"""Each ticket is also measured against the provider's internal aims (stricter than the agreement), counted apart."""

from __future__ import annotations

from decimal import Decimal

from slamdesk.core.db import Database
from slamdesk.core.monitoring import periods
from slamdesk.core.monitoring.compliance import Target
from slamdesk.core.roles import Actor
from tests.core.monitoring.test_periods import AFTER_OCTOBER, NUMBER, OCTOBER, october  # noqa: F401 - the fixture


def test_internal_aims_are_counted_beside_the_targets_and_never_as_breaches(october: Database) -> None:  # noqa: F811
    desk = periods.measure_agreement(october, NUMBER, OCTOBER, AFTER_OCTOBER).lines[0]
    external = {(c.priority, str(c.kind)): (c.counted, c.met, c.percent) for c in desk.compliance}
    internal = {(c.priority, str(c.kind)): (c.counted, c.met, c.percent) for c in desk.internal}
    # Silver's P1: the agreement allows 30 min to respond and 2 h to resolve; the provider aims at 24 min and 1 h 36.
    # T-2 was answered after 25 business minutes (Friday 18:50 to Monday 07:15): in time for the customer, late inside.
    assert external[("P1", "response")] == (4, 3, Decimal("75.0"))
    assert internal[("P1", "response")] == (4, 2, Decimal("50.0"))
    assert internal[("P1", "resolution")] == external[("P1", "resolution")] == (4, 1, Decimal("25.0"))
    assert set(internal) == set(external)  # Silver has an aim for each of the line's priorities
    assert desk.breaches == 4  # the agreement's targets only


def test_a_closed_period_keeps_its_internal_figures(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    closed = periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    stored = periods.agreement_figures(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert stored.lines[0].internal == closed.lines[0].internal and stored.lines[0].internal
    shown = stored.to_json()["lines"][0]["internal_compliance"]
    assert {"priority": "P1", "kind": "response", "counted": 4, "met": 2, "percent": "50.0",
            "p90_seconds": 658800, "target_seconds": 1440} in shown  # Silver's aim: 24 of the agreement's 30 minutes


def test_a_figure_stored_before_internal_aims_reads_back_without_them() -> None:
    line = periods.LineFigures(1, "Service desk", "Silver", "", "24x7", 0, (), 0, Decimal(100), Decimal("99.5"))
    data = line.to_json()
    del data["internal_compliance"]
    assert periods.LineFigures.from_json(data) == line and line.internal == ()


def test_only_priorities_the_level_has_an_aim_for_are_aimed_at() -> None:
    targets = (Target("P1", 1800, 7200, True), Target("P2", 3600, 21600, False))
    assert periods._internal(targets, {"P1": (24, 96), "P4": (1, 2)}) == (Target("P1", 24 * 60, 96 * 60, True),)
    assert periods._internal(targets, {"P2": (48, 288)}) == (Target("P2", 48 * 60, 288 * 60, False),)
    assert periods._internal(targets, {}) == ()


def test_the_last_whole_month_quarter_or_year_before_today() -> None:
    import datetime as dt

    assert periods.last_whole("month", dt.date(2026, 1, 15)).name == "2025-12"
    assert periods.last_whole("quarter", dt.date(2026, 1, 15)).name == "2025-Q4"
    assert periods.last_whole("quarter", dt.date(2026, 4, 1)).name == "2026-Q1"
    assert periods.last_whole("quarter", dt.date(2026, 12, 31)).name == "2026-Q3"
    assert periods.last_whole("year", dt.date(2026, 12, 31)).name == "2025"


def test_an_agreement_reports_by_its_levels_period_the_shortest_first(october: Database) -> None:  # noqa: F811
    import datetime as dt

    from sqlalchemy import update

    from slamdesk.models import ServiceLevel

    today = dt.date(2026, 11, 23)
    assert periods.reporting_period(october, NUMBER, today).name == "2026-10"  # the demo's levels: per month
    with october.unit_of_work() as session:
        session.execute(update(ServiceLevel).values(availability_period="quarter"))
    assert periods.reporting_period(october, NUMBER, today).name == "2026-Q3"
    with october.unit_of_work() as session:
        session.execute(update(ServiceLevel).where(ServiceLevel.name == "Gold").values(availability_period="year"))
    assert periods.reporting_period(october, NUMBER, today).name == "2026-Q3"  # Silver's quarter is the shorter
