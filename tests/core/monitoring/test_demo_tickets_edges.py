"""The demo's tickets and outages at their edges (``core.monitoring.demo_tickets``): the shortest span served, tickets
imported from a help desk beside the demo's."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, update

from slamdesk.core.db import Database
from slamdesk.core.monitoring import demo_tickets, tickets
from slamdesk.core.monitoring.calendars import WEEKDAYS, calendar
from slamdesk.core.monitoring.compliance import always
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AgreementLine, Ticket
from tests.conftest import DEMO_TODAY
from tests.core.monitoring.test_portfolio_compliance_edges import _amend

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

# what test_many_tickets_drawn_from_one_seed_are_the_ones_pinned draws (3,000 tickets, all made)
HOLDS = 282
PRIORITIES_DRAWN = {"P1": 261, "P2": 727, "P3": 1220, "P4": 792}
CSAT = {1: 51, 2: 123, 3: 257, 4: 605, 5: 762, None: 1202}
CES = {1: 308, 2: 390, 3: 214, 4: 108, 5: 87, 6: 46, 7: 39, None: 1808}


def _numbers(db: Database, source: str) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Agreement.number).join(Ticket, Ticket.agreement_id == Agreement.id)
                                   .where(Ticket.source == source)))


def test_a_span_of_exactly_a_week_gets_tickets_and_outages_and_a_shorter_one_none(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    assert demo_tickets.generate(demo_db, DEMO_TODAY, per_line=3, days=6) == demo_tickets.Generated(0, 0)
    week = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=3, days=7)
    assert week.tickets > 0 and week.outages > 0
    assert _numbers(demo_db, "demo") == {"SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"}


def test_tickets_imported_from_a_help_desk_do_not_keep_the_demo_from_making_that_agreements_own(
    demo_db: Database, admin: Actor, people: dict[str, Actor], tmp_path: Path
) -> None:
    file = tmp_path / "t.csv"
    file.write_text("external_id,agreement,priority,created\nT-1,SLA-2026-0001,P2,2026-10-05T09:00:00Z\n", encoding="utf-8")
    tickets.import_tickets(demo_db, admin, file)
    assert _numbers(demo_db, "template") == {"SLA-2026-0001"}
    made = demo_tickets.generate(demo_db, DEMO_TODAY, per_line=3, days=30)
    assert made.tickets > 0
    assert _numbers(demo_db, "demo") == {"SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"}


def test_a_planned_window_ending_just_as_the_span_ends_is_kept() -> None:
    """Sunday 02:00-04:00 in Dubai (UTC+4) ends at midnight UTC, the end of the span."""
    end = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)  # a Sunday
    found = demo_tickets._outages(random.Random(1), always("Asia/Dubai"), end - dt.timedelta(days=6), end)
    planned = [(o["started_at"], o["ended_at"]) for o in found if o["planned"]]
    assert planned == [(end - dt.timedelta(hours=2), end)]
    assert len(found) == 4


def test_a_planned_window_still_running_when_the_span_ends_is_left_out() -> None:
    end = dt.datetime(2026, 11, 21, 23, tzinfo=dt.UTC)  # an hour into Sunday's window in Dubai
    found = demo_tickets._outages(random.Random(1), always("Asia/Dubai"), end - dt.timedelta(days=6), end)
    assert [o for o in found if o["planned"]] == [] and len(found) == 3


def test_the_first_planned_window_is_on_the_first_sunday_in_the_lines_own_zone() -> None:
    """The span starts on Monday 02:00 in Dubai, still Sunday in UTC: that Sunday is not the line's."""
    end = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
    start = dt.datetime(2026, 11, 15, 22, tzinfo=dt.UTC)
    found = demo_tickets._outages(random.Random(1), always("Asia/Dubai"), start, end)
    assert [(o["started_at"], o["ended_at"]) for o in found if o["planned"]] == [(end - dt.timedelta(hours=2), end)]


def test_an_unplanned_outage_begins_at_least_two_hours_before_the_span_ends() -> None:
    start = dt.datetime(2026, 11, 16, tzinfo=dt.UTC)
    found = demo_tickets._outages(random.Random(1), always("UTC"), start, start + dt.timedelta(hours=2, seconds=1))
    assert [o["started_at"] for o in found if not o["planned"]] == [start] * 3
    spans = [demo_tickets._outages(random.Random(seed), always("UTC"), start, start + dt.timedelta(hours=3))
             for seed in range(300)]
    unplanned = [o for found in spans for o in found if not o["planned"]]
    assert all(start <= o["started_at"] < start + dt.timedelta(hours=1) for o in unplanned)


def test_an_unplanned_outage_lasts_ten_minutes_to_under_two_hours() -> None:
    start = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    lengths = {o["ended_at"] - o["started_at"] for seed in range(300)
               for o in demo_tickets._outages(random.Random(seed), always("UTC"), start, start + dt.timedelta(days=30))
               if not o["planned"]}
    assert min(lengths) == dt.timedelta(minutes=10) and max(lengths) == dt.timedelta(minutes=119)


class _Fixed(random.Random):
    """A generator whose every draw in [0, 1) is ``value`` (``uniform`` and ``choices`` draw through it too)."""

    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


def test_a_draw_at_exactly_the_late_share_is_on_time_and_any_draw_takes_at_least_a_minute() -> None:
    assert demo_tickets._drawn(_Fixed(demo_tickets.LATE_SHARE), 1000) < 1000
    assert demo_tickets._drawn(_Fixed(demo_tickets.LATE_SHARE - 0.001), 1000) > 1000
    assert demo_tickets._drawn(_Fixed(0.5), 30) == 60


def test_a_survey_is_answered_below_its_share_only() -> None:
    assert demo_tickets._answer(_Fixed(0.6), 0.6, (1, 2), (1, 1)) is None
    assert demo_tickets._answer(_Fixed(0.59), 0.6, (1, 2), (1, 1)) == 2


def _line(*targets: list[object]) -> AgreementLine:
    return AgreementLine(targets=[list(t) for t in targets])


def test_a_ticket_whose_next_working_minute_is_the_spans_end_is_not_made() -> None:
    hours = calendar("UTC", {day: ["00:00-08:00"] for day in WEEKDAYS})
    end = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    line = _line(["P2", 60, 480, True])
    assert [demo_tickets._ticket(random.Random(seed), line, hours, end - dt.timedelta(hours=12), end)
            for seed in range(20)] == [None] * 20


def test_a_response_or_resolution_due_just_as_the_span_ends_is_still_awaited() -> None:
    """One working minute a day, the last before midnight: a ticket opened in it and answered within its minute
    is answered at the span's end, which has not come yet."""
    hours = calendar("UTC", {day: ["23:59-24:00"] for day in WEEKDAYS})
    end = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    line = _line(["P2", 1, 1, True])
    made = [demo_tickets._ticket(random.Random(seed), line, hours, end - dt.timedelta(hours=23), end) for seed in range(20)]
    assert all(m is not None and m[0]["created_at"] == end - dt.timedelta(minutes=1) for m in made)
    assert [(m[0]["first_response_at"], m[0]["resolved_at"], m[0]["csat"], m[0]["ces"]) for m in made if m] == [
        (None, None, None, None)] * 20


def test_a_hold_begun_before_the_span_ends_is_kept_while_it_runs_past_it() -> None:
    hours = always("UTC")
    end = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    line = _line(["P2", 30, 600, False])
    holds = [m[1] for seed in range(400)
             if (m := demo_tickets._ticket(random.Random(seed), line, hours, end - dt.timedelta(days=1), end)) and m[1]]
    assert all(begin < end for begin, _finish in holds)
    assert any(begin < end < finish for begin, finish in holds)


def test_many_tickets_drawn_from_one_seed_are_the_ones_pinned() -> None:
    """The demo's weights and ranges (priorities, holds, CSAT and CES answers), over more tickets than the demo makes."""
    hours = always("Europe/Stockholm")
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    line = _line(["P1", 15, 240, False], ["P2", 60, 480, True], ["P3", 240, 1440, True], ["P4", 480, 2880, True])
    rng = random.Random("SLA-2026-0001")
    made = [m for _n in range(3000) if (m := demo_tickets._ticket(rng, line, hours, start, start + dt.timedelta(days=365)))]
    offsets = Counter((hold[0] - m[0]["first_response_at"]) // dt.timedelta(minutes=1) for m in made if (hold := m[1]))
    assert min(offsets) == 5 and max(offsets) == 59
    assert len(made) == 3000 and sum(offsets.values()) == HOLDS
    assert Counter(m[0]["priority"] for m in made) == PRIORITIES_DRAWN
    assert Counter(m[0]["csat"] for m in made) == CSAT
    assert Counter(m[0]["ces"] for m in made) == CES


def test_a_hold_that_would_begin_just_as_the_span_ends_is_left_out() -> None:
    """Answered at 23:55, the last working minute of the day: a hold 5 minutes later begins at midnight, the span's end."""
    hours = calendar("UTC", {day: ["23:54-23:55"] for day in WEEKDAYS})
    end = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    line = _line(["P2", 1, 1, True])
    made = [m for seed in range(1500)
            if (m := demo_tickets._ticket(random.Random(seed), line, hours, end - dt.timedelta(hours=23), end))]
    assert {m[0]["first_response_at"] for m in made} >= {end - dt.timedelta(minutes=5)}
    assert [m[1] for m in made if m[1] and m[1][0] >= end] == []


def test_an_agreement_signed_again_is_served_by_its_current_versions_lines_only(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    """SLA-2026-0002's second version, signed with no lines yet: the first version's lines get no more tickets."""
    _amend(demo_db, "SLA-2026-0002")
    with demo_db.unit_of_work() as session:
        session.execute(update(Agreement).where(Agreement.number == "SLA-2026-0002").values(current_version_no=2))
    assert demo_tickets.generate(demo_db, DEMO_TODAY, per_line=3, days=30).tickets > 0
    assert _numbers(demo_db, "demo") == {"SLA-2026-0001", "SLA-2026-0003"}
