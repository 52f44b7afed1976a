"""Whether a ticket kept its targets, in business time, and a period's compliance (``core.monitoring.compliance``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring.calendars import calendar
from slamdesk.core.monitoring.compliance import (
    Compliance,
    Escalation,
    State,
    Target,
    TargetKind,
    Ticket,
    compliance,
    measure,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
OFFICE = calendar("Europe/Stockholm", {d: ["08:00-12:00", "13:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")})
P1 = Target("P1", response=30 * 60, resolution=4 * 3600)


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 10, day, hour, minute, second, tzinfo=STOCKHOLM)  # 5 October 2026 is a Monday


def states(ticket: Ticket, now: dt.datetime, target: Target = P1) -> tuple[tuple[State, Escalation | None], ...]:
    return tuple((m.state, m.escalation) for m in measure(ticket, target, OFFICE, now))


def test_done_within_the_target_is_met_and_exactly_at_the_deadline_too() -> None:
    ticket = Ticket("T-1", "P1", at(5, 8), first_response=at(5, 8, 30), resolved=at(5, 13))
    response, resolution = measure(ticket, P1, OFFICE, at(9, 17))
    assert (response.used, response.due, response.state, response.escalation) == (1800, at(5, 8, 30), State.MET, None)
    assert (resolution.used, resolution.due, resolution.state) == (4 * 3600, at(5, 12), State.MET)  # lunch is no time
    assert response.kind is TargetKind.RESPONSE and resolution.kind is TargetKind.RESOLUTION
    assert response.remaining == 0 and resolution.target == 4 * 3600


def test_late_is_breached_and_more_than_twice_the_target_says_so() -> None:
    assert states(Ticket("T-2", "P1", at(5, 8), at(5, 8, 30, 1), at(5, 17)), at(9, 17)) == (
        (State.BREACHED, Escalation.BREACHED), (State.BREACHED, Escalation.BREACHED),  # 30 min 1 s; 8 h of 4
    )
    assert states(Ticket("T-3", "P1", at(5, 8), at(5, 9, 0, 1), at(6, 8, 0, 0)), at(9, 17)) == (
        (State.BREACHED, Escalation.BREACHED_TWICE), (State.BREACHED, Escalation.BREACHED),  # 8 h is twice: not more
    )
    assert states(Ticket("T-4", "P1", at(5, 8), at(5, 9)), at(6, 8, 0, 1))[1] == (State.BREACHED, Escalation.BREACHED_TWICE)


def test_an_open_ticket_is_in_time_then_at_risk_then_breached() -> None:
    waiting = Ticket("T-5", "P1", at(5, 8))
    assert states(waiting, at(5, 8, 20))[0] == (State.OPEN, None)  # 10 of 30 minutes left
    assert states(waiting, at(5, 8, 22, 30))[0] == (State.OPEN, None)  # 7.5 minutes left: a quarter, not less
    assert states(waiting, at(5, 8, 23))[0] == (State.AT_RISK, Escalation.AT_RISK)
    assert states(waiting, at(5, 8, 31))[0] == (State.BREACHED, Escalation.BREACHED)
    response = measure(waiting, P1, OFFICE, at(5, 8, 20))[0]
    assert (response.used, response.remaining) == (1200, 600)
    assert measure(waiting, P1, OFFICE, at(5, 8, 20), at_risk_share=Decimal("0.5"))[0].state is State.AT_RISK


def test_time_on_hold_and_outside_hours_does_not_count() -> None:
    held = Ticket("T-6", "P1", at(5, 8), on_hold=((at(5, 8, 10), at(5, 9, 10)),))
    response = measure(held, P1, OFFICE, at(5, 9, 15))[0]
    assert (response.used, response.due, response.state) == (15 * 60, at(5, 9, 30), State.OPEN)
    friday = Ticket("T-7", "P1", at(9, 16, 50), first_response=at(12, 8, 10))  # Friday 16:50, answered Monday 08:10
    assert measure(friday, P1, OFFICE, at(12, 9))[0].used == 20 * 60


def test_a_target_in_calendar_hours_runs_round_the_clock() -> None:
    round_the_clock = Target("P1", response=30 * 60, resolution=4 * 3600, business_hours=False)
    friday = Ticket("T-8", "P1", at(9, 16), first_response=at(9, 16, 20), resolved=at(12, 8))
    response, resolution = measure(friday, round_the_clock, OFFICE, at(12, 9))
    assert response.state is State.MET and resolution.due == at(9, 20)
    assert (resolution.state, resolution.escalation) == (State.BREACHED, Escalation.BREACHED_TWICE)
    assert measure(friday, P1, OFFICE, at(12, 9))[1].state is State.MET  # the same ticket in business hours


def test_nonsense_is_refused() -> None:
    with pytest.raises(ValidationError, match="ticket T-9 is P2; the target is for P1") as mismatch:
        measure(Ticket("T-9", "P2", at(5, 8)), P1, OFFICE, at(5, 9))
    assert mismatch.value.field == "priority"
    with pytest.raises(ValidationError, match="the response comes before the ticket was created") as early:
        measure(Ticket("T-10", "P1", at(5, 8), first_response=at(5, 7)), P1, OFFICE, at(5, 9))
    assert early.value.field == "response"
    with pytest.raises(ValidationError, match="the resolution comes before"):
        measure(Ticket("T-10", "P1", at(5, 8), resolved=at(5, 7)), P1, OFFICE, at(5, 9))
    for share in (Decimal("-0.01"), Decimal("1.01"), Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")):
        with pytest.raises(ValidationError, match="between 0 and 1") as share_refused:
            measure(Ticket("T-11", "P1", at(5, 8)), P1, OFFICE, at(5, 9), at_risk_share=share)
        assert share_refused.value.field == "at_risk_share"
    assert measure(Ticket("T-11", "P1", at(5, 8)), P1, OFFICE, at(5, 8, 1), at_risk_share=Decimal(1))[0].state is State.AT_RISK


def test_a_periods_compliance_counts_what_is_decided_per_priority_and_type() -> None:
    now = at(9, 17)
    tickets = [
        Ticket("A", "P1", at(5, 8), at(5, 8, 10), at(5, 10)),  # both met
        Ticket("B", "P1", at(5, 8), at(5, 9), at(5, 11)),  # response breached, resolution met
        Ticket("C", "P1", at(5, 8), at(5, 8, 5), at(7, 8)),  # response met, resolution breached
        Ticket("D", "P1", at(9, 16, 50)),  # open and in time: not counted yet
    ]
    measures = [m for ticket in tickets for m in measure(ticket, P1, OFFICE, now)]
    result = compliance(measures, ["P1", "P2"])
    assert result == [  # the 90th percentile of 3 is the 3rd: B's hour, C's two office days
        Compliance("P1", TargetKind.RESPONSE, 3, 2, 3600, 1800), Compliance("P1", TargetKind.RESOLUTION, 3, 2, 57600, 14400),
        Compliance("P2", TargetKind.RESPONSE, 0, 0), Compliance("P2", TargetKind.RESOLUTION, 0, 0),
    ]
    assert [item.percent for item in result] == [Decimal("66.7"), Decimal("66.7"), None, None]  # no ticket: no figure
    assert Compliance("P1", TargetKind.RESPONSE, 8, 1).percent == Decimal("12.5")
    assert Compliance("P1", TargetKind.RESPONSE, 16, 1).percent == Decimal("6.3")  # 6.25 rounds half up
    assert compliance(measures, ["P3"]) == [Compliance("P3", kind, 0, 0) for kind in TargetKind]  # only those asked for


def test_states_and_escalations_read_as_the_words_reports_use() -> None:
    assert [str(state) for state in State] == ["met", "breached", "open", "at risk"]
    assert [str(level) for level in Escalation] == ["at risk", "breached", "breached 2x"]
    assert [str(kind) for kind in TargetKind] == ["response", "resolution"]


def test_with_no_share_at_risk_an_open_ticket_is_in_time_to_its_last_second() -> None:
    waiting = Ticket("T-12", "P1", at(5, 8))
    assert measure(waiting, P1, OFFICE, at(5, 8, 29, 59), at_risk_share=Decimal(0))[0].state is State.OPEN
    assert measure(waiting, P1, OFFICE, at(5, 8, 30), at_risk_share=Decimal(0))[0].state is State.OPEN


def test_an_answer_in_the_same_second_is_met_in_no_time() -> None:
    instant = Ticket("T-13", "P1", at(5, 9), first_response=at(5, 9), resolved=at(5, 9))
    assert [(m.used, m.state) for m in measure(instant, P1, OFFICE, at(5, 10))] == [(0, State.MET), (0, State.MET)]


def test_an_open_ticket_at_its_deadline_is_at_risk_not_yet_breached() -> None:
    waiting = Ticket("T-14", "P1", at(5, 8))
    assert states(waiting, at(5, 8, 30))[0] == (State.AT_RISK, Escalation.AT_RISK)
    assert states(waiting, at(5, 8, 30, 1))[0] == (State.BREACHED, Escalation.BREACHED)


def test_a_ticket_at_risk_is_not_counted_yet() -> None:
    measures = [*measure(Ticket("E", "P1", at(5, 8)), P1, OFFICE, at(5, 8, 25)),
                *measure(Ticket("F", "P1", at(5, 8), at(5, 8, 5), at(5, 9)), P1, OFFICE, at(5, 8, 25))]
    assert measures[0].state is State.AT_RISK
    assert compliance(measures, ["P1"])[0] == Compliance("P1", TargetKind.RESPONSE, 1, 1, 300, 1800)


@pytest.mark.parametrize(("minutes", "p90"), [
    ([7], 7), ([1, 2], 2), (list(range(1, 11)), 9), (list(range(1, 12)), 10), (list(range(1, 21)), 18),
    ([30, 1, 2, 3, 4, 5, 6, 7, 8, 9], 9),  # by time used, not by order
])
def test_the_90th_percentile_is_the_nearest_rank_of_the_time_used(minutes: list[int], p90: int) -> None:
    now = at(30, 17)
    tickets = [Ticket(f"T-{n}", "P1", at(5, 8), at(5, 8, used), at(5, 9)) for n, used in enumerate(minutes)]
    measures = [m for ticket in tickets for m in measure(ticket, P1, OFFICE, now)]
    response = compliance(measures, ["P1"])[0]
    assert (response.p90, response.target, response.counted) == (p90 * 60, 1800, len(minutes))
