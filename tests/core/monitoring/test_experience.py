"""The experience check: survey answers against the customer's goals, and "green outside, red inside"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from slamdesk.cli import main
from slamdesk.core.db import Database
from slamdesk.core.monitoring import experience, periods
from slamdesk.core.monitoring.compliance import Ticket as Measured
from slamdesk.core.monitoring.experience import Goals, Survey, Verdict
from slamdesk.core.roles import Actor
from slamdesk.models import AgreementLine, Requirement, Ticket
from tests.core.monitoring.test_periods import AFTER_OCTOBER, NUMBER, OCTOBER, _agreement_id, _import, at

CREATED = dt.datetime(2026, 10, 5, 8, tzinfo=dt.UTC)


def answers(csat: list[int | None], ces: list[int | None] | None = None) -> list[Measured]:
    ces = ces or [None] * len(csat)
    return [Measured(f"T-{n}", "P3", CREATED, csat=a, ces=b) for n, (a, b) in enumerate(zip(csat, ces, strict=True))]


# Counting answers -------------------------------------------------------------------------


def test_satisfaction_is_the_share_of_fours_and_fives_and_effort_the_mean() -> None:
    counted = experience.survey(answers([5, 4, 3, 1, None, 2], [1, 2, 2, None, 7, None]))
    assert counted == Survey(csat_answers=5, satisfied=2, ces_answers=4, ces_total=12)
    assert counted.satisfaction == Decimal("40.0") and counted.effort == Decimal("3.00")
    assert experience.survey(answers([4, 4, 3])).satisfaction == Decimal("66.7")  # half up to 0.1
    assert experience.survey(answers([None], [2])).satisfaction is None
    assert Survey(ces_answers=3, ces_total=8).effort == Decimal("2.67")
    assert Survey().effort is None and Survey().satisfaction is None


def test_answers_add_up_and_survive_being_frozen() -> None:
    both = Survey(3, 2, 1, 4) + Survey(1, 1, 2, 3)
    assert both == Survey(4, 3, 3, 7)
    assert Survey.from_json(both.to_json()) == both
    assert Survey.from_json(None) == Survey() and Survey.from_json({}) == Survey()  # closed before surveys were counted


# Judging goals -------------------------------------------------------------------------------


def test_a_goal_is_judged_on_ten_answers_or_more_and_never_guessed() -> None:
    nine, ten = Survey(9, 9, 9, 9), Survey(10, 9, 10, 30)
    satisfaction, effort = experience.judge(Goals(Decimal("90"), Decimal("3")), nine)
    assert satisfaction.verdict is effort.verdict is Verdict.TOO_FEW and satisfaction.answers == 9
    satisfaction, effort = experience.judge(Goals(Decimal("90"), Decimal("3")), ten)
    assert (satisfaction.measured, satisfaction.verdict) == (Decimal("90.0"), Verdict.MET)  # exactly the goal is met
    assert (effort.measured, effort.verdict) == (Decimal("3.00"), Verdict.MET)
    satisfaction, effort = experience.judge(Goals(Decimal("90.1"), Decimal("2.99")), ten)
    assert satisfaction.verdict is effort.verdict is Verdict.MISSED
    satisfaction, effort = experience.judge(Goals(), ten)
    assert satisfaction.verdict is effort.verdict is Verdict.NO_GOAL and satisfaction.measured == Decimal("90.0")


def _figures(*, survey: Survey, breaches: int = 0, availability: str = "100") -> periods.AgreementFigures:
    line = periods.LineFigures(1, "Service desk", "Silver", "", "24x7", 12, (), breaches, Decimal(availability),
                               Decimal("99.5"), (), survey)
    return periods.AgreementFigures(NUMBER, "2026-10", 1, (line,))


UNHAPPY = Survey(12, 6, 12, 60)  # 50 % satisfied, effort 5


def test_green_outside_red_inside_is_targets_met_with_the_experience_missed() -> None:
    goals = Goals(Decimal("85"), Decimal("3"))
    watermelon = experience.check(_figures(survey=UNHAPPY), goals)
    assert watermelon.targets_met and watermelon.experience_missed and watermelon.watermelon
    assert watermelon.summary == "green outside, red inside"
    shown = watermelon.to_json()
    assert shown["watermelon"] is True and shown["satisfaction"] == {
        "goal": "85", "measured": "50.0", "answers": 12, "verdict": "missed"}
    breached = experience.check(_figures(breaches=1, survey=UNHAPPY), goals)
    assert not breached.targets_met and not breached.watermelon and breached.summary == "experience goals missed"
    down = experience.check(_figures(availability="99.4", survey=UNHAPPY), goals)
    assert not down.targets_met and not down.watermelon
    happy = experience.check(_figures(survey=Survey(12, 12, 12, 12)), goals)
    assert not happy.watermelon and happy.summary == "experience goals met"
    few = experience.check(_figures(survey=Survey(4, 0, 0, 0)), goals)
    assert few.too_few and not few.watermelon and few.summary == "too few survey answers to judge"
    assert experience.check(_figures(survey=UNHAPPY), Goals()).summary == "no experience goals recorded"
    empty = periods.AgreementFigures(NUMBER, "2026-10", 1, ())
    assert not experience.check(empty, goals).targets_met  # nothing measured is not green


# From the register's own data -----------------------------------------------------------------


def _set_goals(db: Database, goals: dict[int, tuple[str | None, str | None]]) -> None:
    """Goals on the requirements that SLA-2026-0001's lines were drafted from, by line position."""
    with db.unit_of_work() as session:
        for position, (satisfaction, effort) in goals.items():
            requirement = session.scalars(
                select(AgreementLine.requirement_id).where(AgreementLine.position == position,
                                                           AgreementLine.version.has(agreement_id=_agreement_id(db)))).one()
            session.execute(update(Requirement).where(Requirement.id == requirement).values(
                csat_target_pct=None if satisfaction is None else Decimal(satisfaction),
                effort_target=None if effort is None else Decimal(effort)))


def test_the_strictest_goal_of_the_agreements_requirements_stands(demo_db: Database) -> None:
    _set_goals(demo_db, {1: ("85", "3"), 2: ("92", None)})
    with demo_db.read() as session:
        assert experience.agreement_goals(session, NUMBER, 1) == Goals(Decimal("92"), Decimal("3"))
        assert experience.agreement_goals(session, NUMBER, 99) == Goals()


def test_answers_are_counted_per_line_and_frozen_with_the_closed_period(
    demo_db: Database, people: dict[str, Actor], capsys: pytest.CaptureFixture[str],
) -> None:
    run = _import(demo_db, people["anna"])
    with demo_db.unit_of_work() as session:
        for n in range(12):  # all answered in time, and unhappy
            session.add(Ticket(source="test", external_id=f"S-{n}", agreement_id=_agreement_id(demo_db),
                               service="Service desk", priority="P3", created_at=at(5 + n, 9), first_response_at=at(5 + n, 9, 5),
                               resolved_at=at(5 + n, 9, 30), csat=2 if n % 2 else 5, ces=6, import_id=run))
    _set_goals(demo_db, {1: ("80", "3")})
    figures = periods.agreement_figures(demo_db, NUMBER, OCTOBER, AFTER_OCTOBER)
    desk = figures.lines[0]
    assert desk.survey == Survey(12, 6, 12, 72) and figures.lines[1].survey == Survey()
    closed = periods.close_period(demo_db, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    assert closed.lines[0].survey == desk.survey
    with demo_db.unit_of_work() as session:  # answers corrected after closing change nothing closed
        session.execute(update(Ticket).where(Ticket.external_id.like("S-%")).values(csat=5))
    stored = periods.agreement_figures(demo_db, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert stored.lines[0].survey == desk.survey
    assert main(["--db", str(demo_db.target), "experience", NUMBER, "--period", "2026-10", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["satisfaction"] == {"goal": "80", "measured": "50.0", "answers": 12, "verdict": "missed"}
    assert shown["effort"]["verdict"] == "missed" and shown["effort"]["measured"] == "6.00"
    assert shown["watermelon"] is True  # every ticket in time, availability met, customers unhappy


# In the register ------------------------------------------------------------------------------


def unhappy_october(db: Database, people: dict[str, Actor]) -> None:
    """SLA-2026-0001 in October: every ticket in time, no outage, a satisfaction goal of 80 % and half satisfied."""
    run = _import(db, people["anna"])
    with db.unit_of_work() as session:
        for n in range(12):
            session.add(Ticket(source="test", external_id=f"U-{n}", agreement_id=_agreement_id(db), service="Service desk",
                               priority="P3", created_at=at(5 + n, 9), first_response_at=at(5 + n, 9, 5),
                               resolved_at=at(5 + n, 9, 30), csat=2 if n % 2 else 5, import_id=run))
    _set_goals(db, {1: ("80", None)})


def test_closing_keeps_the_experience_check_and_the_register_shows_and_filters_on_it(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    from slamdesk.core import register, saved_filters

    unhappy_october(demo_db, people)
    assert all(row.experience == "" for row in register.list_agreements(demo_db))  # nothing closed yet
    assert register.list_agreements(demo_db, register.RegisterFilter(experience="watermelon")) == []
    periods.close_period(demo_db, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    rows = {row.number: row.experience for row in register.list_agreements(demo_db)}
    assert rows[NUMBER] == "watermelon" and {rows[n] for n in rows if n != NUMBER} == {""}
    watermelons = register.RegisterFilter(experience="watermelon")
    assert [row.number for row in register.list_agreements(demo_db, watermelons)] == [NUMBER]
    assert register.count_agreements(demo_db, watermelons) == 1
    assert register.list_agreements(demo_db, register.RegisterFilter(experience="met")) == []
    # the last closed period is what counts: November closed with no answers is "too few"
    periods.close_period(demo_db, people["budi"], NUMBER, periods.period("2026-11"), dt.datetime(2026, 12, 2, tzinfo=dt.UTC))
    assert register.list_agreements(demo_db, watermelons) == []
    assert [row.experience for row in register.list_agreements(demo_db, register.RegisterFilter(experience="too_few"))] == [
        "too_few"]
    stored = saved_filters.criteria_from_json(saved_filters.criteria_to_json(watermelons))
    assert stored == watermelons
    assert saved_filters.criteria_from_json({"experience": "'; DROP TABLE agreement; --"}).experience is None


# Edges ----------------------------------------------------------------------------------------


def test_rounding_is_half_up_to_a_tenth_and_a_hundredth() -> None:
    assert Survey(csat_answers=16, satisfied=1).satisfaction == Decimal("6.3")  # 6.25: half up, not to even
    assert Survey(ces_answers=8, ces_total=9).effort == Decimal("1.13")  # 1.125


def test_verdicts_read_as_the_report_and_the_json_say_them() -> None:
    assert [str(verdict) for verdict in Verdict] == ["met", "missed", "too few answers", "no goal"]


def _judged(verdict: Verdict) -> experience.Judged:
    return experience.Judged(Decimal(1), Decimal(1), 10, verdict)


@pytest.mark.parametrize(("satisfaction", "effort", "code"), [
    (Verdict.MET, Verdict.MISSED, "watermelon"), (Verdict.MISSED, Verdict.MET, "watermelon"),
    (Verdict.NO_GOAL, Verdict.TOO_FEW, "too_few"), (Verdict.TOO_FEW, Verdict.NO_GOAL, "too_few"),
    (Verdict.TOO_FEW, Verdict.MISSED, "watermelon"), (Verdict.NO_GOAL, Verdict.MET, "met"),
    (Verdict.MET, Verdict.NO_GOAL, "met"), (Verdict.NO_GOAL, Verdict.NO_GOAL, "no_goal"),
])
def test_either_goal_decides_the_check(satisfaction: Verdict, effort: Verdict, code: str) -> None:
    check = experience.ExperienceCheck(NUMBER, "2026-10", _judged(satisfaction), _judged(effort), True)
    assert check.code == code and check.summary == experience.SUMMARIES[code]


def test_the_check_as_json_names_every_figure() -> None:
    check = experience.check(_figures(survey=UNHAPPY), Goals(Decimal("85"), None))
    assert check.to_json() == {
        "number": NUMBER, "period": "2026-10", "targets_met": True,
        "satisfaction": {"goal": "85", "measured": "50.0", "answers": 12, "verdict": "missed"},
        "effort": {"goal": None, "measured": "5.00", "answers": 12, "verdict": "no goal"},
        "watermelon": True, "code": "watermelon", "summary": "green outside, red inside",
    }


def test_one_line_down_is_not_green_outside() -> None:
    happy, down = _figures(survey=UNHAPPY).lines[0], _figures(availability="99.4", survey=Survey()).lines[0]
    figures = periods.AgreementFigures(NUMBER, "2026-10", 1, (happy, dataclasses.replace(down, position=2)))
    assert not experience.check(figures, Goals(Decimal("85"))).targets_met


def test_goals_are_this_agreements_and_the_strictest_of_each(demo_db: Database) -> None:
    _set_goals(demo_db, {1: ("85", "3"), 2: (None, "2.5")})
    with demo_db.read() as session:
        assert experience.agreement_goals(session, NUMBER, 1) == Goals(Decimal("85"), Decimal("2.5"))
        assert experience.agreement_goals(session, "SLA-2026-0002", 1) == Goals()  # another agreement's version 1
