"""Review and adjust: targets consistently missed or over-delivered, and what-if at every level of a service."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from slamdesk.cli import main
from slamdesk.core.db import Database
from slamdesk.core.monitoring import periods, review_adjust, what_if
from slamdesk.core.monitoring.compliance import Compliance, TargetKind
from slamdesk.core.roles import Actor
from slamdesk.models import Outage, Ticket
from tests.core.monitoring.test_periods import AFTER_OCTOBER, NUMBER, OCTOBER, _agreement_id, _import, at, october  # noqa: F401

RESPONSE, RESOLUTION = TargetKind.RESPONSE, TargetKind.RESOLUTION


def line(*tallies: Compliance, availability: str = "100", position: int = 1) -> periods.LineFigures:
    return periods.LineFigures(position, "Service desk", "Silver", "", "24x7", 10, tallies, 0, Decimal(availability),
                               Decimal("99.5"))


def history(*lines: periods.LineFigures) -> list[tuple[str, tuple[periods.LineFigures, ...]]]:
    """One line per period, newest first: 2026-10, 2026-09, ..."""
    return [(f"2026-{10 - n:02d}", (item,)) for n, item in enumerate(lines)]


# The rules, on figures alone ----------------------------------------------------------------


def test_a_target_under_95_percent_in_three_of_the_last_six_periods_is_consistently_missed() -> None:
    missed, kept = Compliance("P1", RESPONSE, 20, 18), Compliance("P1", RESPONSE, 20, 19)  # 90 % and 95 %
    assert review_adjust.findings(history(line(missed), line(kept), line(missed), line(kept), line(missed))) == [
        (1, "Silver", "consistently missed", "P1 response", ("2026-10", "2026-08", "2026-06"))]
    assert review_adjust.findings(history(line(missed), line(kept), line(missed), line(kept))) == []  # twice is not yet
    # only the last six periods count: the third miss is the seventh period back
    assert review_adjust.findings(history(line(missed), line(missed), *[line(kept)] * 4, line(missed))) == []
    empty = Compliance("P1", RESPONSE, 0, 0)
    assert review_adjust.findings(history(line(empty), line(empty), line(empty))) == []  # no ticket says nothing


def test_availability_below_its_target_counts_as_a_miss() -> None:
    down = line(availability="99.4")
    assert review_adjust.findings(history(down, down, down))[0][3:] == ("availability", ("2026-10", "2026-09", "2026-08"))
    assert review_adjust.findings(history(*[line(availability="99.5")] * 3)) == []


@pytest.mark.parametrize(("tally", "over"), [
    (Compliance("P2", RESOLUTION, 5, 5, 3599, 7200), True),
    (Compliance("P2", RESOLUTION, 5, 5, 3600, 7200), False),  # exactly half is not under half
    (Compliance("P2", RESOLUTION, 4, 4, 60, 7200), False),  # too few to say
    (Compliance("P2", RESOLUTION, 6, 5, 60, 7200), False),  # one missed
    (Compliance("P2", RESOLUTION, 6, 6, None, None), False),  # closed before percentiles were kept
])
def test_over_delivered_is_every_ticket_met_with_the_90th_percentile_under_half_the_target(
    tally: Compliance, over: bool,
) -> None:
    found = review_adjust.findings(history(line(tally), line()))
    assert found == ([(1, "Silver", "over-delivered", "P2 resolution", ("2026-10",))] if over else [])
    assert review_adjust.findings(history(line(), line(tally))) == []  # only the newest period is looked at


# On the register -----------------------------------------------------------------------------


def _desk_down(db: Database, run: int, month: int, hours: int) -> None:
    """Service desk down ``hours`` on the 10th of ``month`` (its target 99.5 % allows 3.7 hours a month)."""
    start = dt.datetime(2026, month, 10, 8, tzinfo=dt.UTC)
    with db.unit_of_work() as session:
        session.add(Outage(source="test", external_id=f"D-{month}", agreement_id=_agreement_id(db), service="Service desk",
                           started_at=start, ended_at=start + dt.timedelta(hours=hours), import_id=run))


def desk_down_three_months(db: Database, people: dict[str, Actor]) -> None:
    """The Service desk of SLA-2026-0001 down five hours in each of August to October, each month then closed: its
    availability consistently missed."""
    run = _import(db, people["anna"])
    for month in (8, 9, 10):
        _desk_down(db, run, month, 5)
        periods.close_period(db, people["budi"], NUMBER, periods.period(f"2026-{month:02d}"), AFTER_OCTOBER)


def test_three_months_of_service_desk_outages_suggest_gold_with_its_price(
    demo_db: Database, people: dict[str, Actor], capsys: pytest.CaptureFixture[str],
) -> None:
    desk_down_three_months(demo_db, people)
    (found,) = [item for item in review_adjust.suggestions(demo_db, NUMBER) if item.target == "availability"]
    assert (found.position, found.service, found.level, found.finding) == (1, "Service desk", "Silver", "consistently missed")
    assert found.periods == ("2026-10", "2026-09", "2026-08")
    assert (found.suggested_level, found.monthly_fee, found.difference) == ("Gold", Decimal("3315.00"), Decimal("1105.00"))
    assert main(["--db", str(demo_db.target), "suggest", NUMBER, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {"target": "availability", "suggested_level": "Gold", "difference": "1105.00"}.items() <= shown[0].items()


def test_an_over_delivered_gold_line_points_to_silver_at_a_lower_price(demo_db: Database, people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    with demo_db.unit_of_work() as session:
        for n in range(6):  # P2 network tickets answered and resolved in minutes
            session.add(Ticket(source="test", external_id=f"N-{n}", agreement_id=_agreement_id(demo_db),
                               service="Network monitoring", priority="P2", created_at=at(5 + n, 10),
                               first_response_at=at(5 + n, 10, 1), resolved_at=at(5 + n, 10, 5), import_id=run))
    periods.close_period(demo_db, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    over = [item for item in review_adjust.suggestions(demo_db, NUMBER) if item.finding == "over-delivered"]
    assert {(item.position, item.target) for item in over} == {(2, "P2 response"), (2, "P2 resolution")}
    assert {(item.suggested_level, item.monthly_fee, item.difference) for item in over} == {
        ("Silver", Decimal("680.00"), Decimal("-976.00"))}
    assert review_adjust.suggestions(demo_db, "SLA-2026-0002") == []  # nothing closed, nothing to say


def test_the_portfolios_suggestions_are_each_agreements_own_for_those_with_a_finding(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    desk_down_three_months(demo_db, people)
    periods.close_period(demo_db, people["budi"], "SLA-2026-0002", OCTOBER, AFTER_OCTOBER)  # closed, nothing found
    found = review_adjust.portfolio_suggestions(demo_db)
    assert found == [(NUMBER, "EUR", item) for item in review_adjust.suggestions(demo_db, NUMBER)]
    assert {item.target for *_, item in found} == {"availability"}
    assert review_adjust.portfolio_suggestions(demo_db, cancelled=lambda: True) is None  # asked before the pricing


@pytest.mark.parametrize(("down", "found"), [
    ((4, 9, 10), False),  # April is the seventh period back from October: two misses in the six
    ((5, 9, 10), True),  # May is the sixth
])
def test_the_portfolio_looks_at_each_agreements_newest_six_closed_periods_only(
    demo_db: Database, people: dict[str, Actor], down: tuple[int, ...], found: bool,
) -> None:
    run = _import(demo_db, people["anna"])
    for month in down:
        _desk_down(demo_db, run, month, 5)
    for month in range(4, 11):
        periods.close_period(demo_db, people["budi"], NUMBER, periods.period(f"2026-{month:02d}"), AFTER_OCTOBER)
    suggested = review_adjust.suggestions(demo_db, NUMBER)
    assert bool(suggested) is found
    assert review_adjust.portfolio_suggestions(demo_db) == [(NUMBER, "EUR", item) for item in suggested]


def test_another_agreements_closed_periods_do_not_push_an_agreements_own_out_of_its_six(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    desk_down_three_months(demo_db, people)
    for month in range(4, 11):  # closed after SLA-2026-0001's, nothing found in them
        periods.close_period(demo_db, people["budi"], "SLA-2026-0002", periods.period(f"2026-{month:02d}"), AFTER_OCTOBER)
    assert [number for number, *_ in review_adjust.portfolio_suggestions(demo_db) or []] == [NUMBER]


# What if ------------------------------------------------------------------------------------


def test_what_if_measures_the_period_at_every_level_and_its_own_level_as_measured(october: Database) -> None:  # noqa: F811
    lines = what_if.what_if(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    measured = periods.agreement_figures(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert [item.position for item in lines] == [1, 2]
    desk = lines[0]
    assert [o.level for o in desk.outcomes][:3] == ["Bronze", "Silver", "Gold"]
    (own,) = [o for o in desk.outcomes if o.current]
    assert own.level == "Silver"  # and what it would have kept is what was measured (internal aims aside)
    assert own.figures.compliance == measured.lines[0].compliance and own.figures.breaches == measured.lines[0].breaches
    assert (own.monthly_fee, desk.signed_fee, desk.currency) == (Decimal("2210.00"), Decimal("2210.00"), "EUR")
    gold = next(o for o in desk.outcomes if o.level == "Gold")
    assert gold.figures.breaches >= own.figures.breaches and gold.figures.availability_target == Decimal("99.9")
    bronze = next(o for o in desk.outcomes if o.level == "Bronze")
    assert bronze.problems and "covers" in bronze.problems[0]  # Bronze's hours do not cover the requirement
    network = lines[1]
    assert all(o.figures.availability == measured.lines[1].availability for o in network.outcomes)  # the same outages
    shown = network.to_json()
    assert shown["signed_monthly_fee"] == "1656.00" and [lv["level"] for lv in shown["levels"]][:3] == [
        "Bronze", "Silver", "Gold"]
