"""An agreement that has ended stops being monitored from its end and keeps what it had (``renewals.standing.Ending``,
``periods``' rules): the demo's SLA-2024-0003 (Bandung, Service desk Bronze, Mon-Fri 08:00-17:00 in Jakarta) expired
on 30 September 2026 unconfirmed; SLA-2024-0002 (Lviv) ended by the customer's notice on 31 January 2026;
SLA-2024-0001 (Växjö) was terminated for cause after its term had run out on 28 February 2026."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from slamdesk.core import agreements
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import demo_tickets, periods, portfolio_compliance
from slamdesk.core.renewals import standing
from slamdesk.core.renewals.standing import Ending, State
from slamdesk.core.renewals.terms import Renewal, Terms
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AgreementVersion, AuditEvent, Outage, Ticket
from tests.conftest import DEMO_TODAY
from tests.core.monitoring.test_periods import _import, add_ticket
from tests.core.renewals.test_standing import _signed_with
from tests.raw import raw

JAKARTA = ZoneInfo("Asia/Jakarta")
EXPIRED, NOTICED, FOR_CAUSE = "SLA-2024-0003", "SLA-2024-0002", "SLA-2024-0001"
DESK = "Service desk"
NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def _jakarta(month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=JAKARTA)


def _ids(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {number: agreement_id for agreement_id, number in session.execute(select(Agreement.id, Agreement.number))}


@pytest.fixture
def at_the_end(demo_db: Database, people: dict[str, Actor]) -> Database:
    """SLA-2024-0003's last afternoon and the morning after: a ticket each, and an outage from 22:00 to 06:00."""
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "LAST", DESK, _jakarta(9, 30, 10), _jakarta(9, 30, 11), None, priority="P2", number=EXPIRED)
    add_ticket(demo_db, run, "AFTER", DESK, _jakarta(10, 1, 10), None, None, priority="P2", number=EXPIRED)
    with demo_db.unit_of_work() as session:
        session.add(Outage(source="test", external_id="ACROSS", agreement_id=_ids(demo_db)[EXPIRED], service=DESK,
                           started_at=_jakarta(9, 30, 22), ended_at=_jakarta(10, 1, 6), import_id=run))
    return demo_db


def test_the_demo_has_one_of_each_ending_and_each_ends_where_its_terms_or_its_termination_say(demo_db: Database) -> None:
    ids = _ids(demo_db)
    with demo_db.read() as session:
        found = standing.endings(session, DEMO_TODAY)
        states = {one.number: one.state for _id, one in standing.standings(session, DEMO_TODAY)}
    assert found == {ids[FOR_CAUSE]: Ending(last_day=dt.date(2026, 2, 28)),
                     ids[NOTICED]: Ending(last_day=dt.date(2026, 1, 31)),
                     ids[EXPIRED]: Ending(last_day=dt.date(2026, 9, 30))}
    assert (states[FOR_CAUSE], states[NOTICED], states[EXPIRED]) == (State.TERMINATED, State.TERMINATED, State.EXPIRED)
    with demo_db.read() as session:  # the day before it ran out, none had ended but the one terminated for cause
        assert set(standing.endings(session, dt.date(2026, 1, 31))) == {ids[FOR_CAUSE]}
    assert str(found[ids[EXPIRED]]) == "ended on 2026-09-30"
    assert found[ids[EXPIRED]].at(JAKARTA) == _jakarta(10, 1, 0)


def test_a_period_that_begins_after_the_end_is_not_measured_nor_closed(at_the_end: Database,
                                                                     people: dict[str, Actor]) -> None:
    october = periods.period("2026-10")
    for attempt in (lambda: periods.measure_agreement(at_the_end, EXPIRED, october, NOW),
                    lambda: periods.agreement_figures(at_the_end, EXPIRED, october, NOW),
                    lambda: periods.breached(at_the_end, EXPIRED, october, NOW),
                    lambda: periods.close_period(at_the_end, people["budi"], EXPIRED, october, NOW)):
        with pytest.raises(periods.NotMonitored, match="SLA-2024-0003 ended on 2026-09-30: it is not monitored in "
                                                       "2026-10") as refused:
            attempt()
        assert refused.value.field == "period" and isinstance(refused.value, ValidationError)
    with pytest.raises(periods.NotMonitored, match="SLA-2024-0002 ended on 2026-01-31"):
        periods.measure_agreement(at_the_end, NOTICED, periods.period("2026-Q2"), NOW)


def test_the_period_it_ended_in_counts_up_to_its_end_only(at_the_end: Database) -> None:
    september = periods.measure_agreement(at_the_end, EXPIRED, periods.period("2026-09"), NOW).lines[0]
    year = periods.measure_agreement(at_the_end, EXPIRED, periods.period("2026"), NOW).lines[0]
    assert (september.tickets, year.tickets) == (1, 1)  # the morning after's ticket is not the agreement's
    # two of the outage's eight hours fell before the end: of September's 720 hours, and of the 273 days to 1 October
    assert september.availability == Decimal("99.722")
    assert year.availability == (Decimal(1) - Decimal(2) / Decimal(273 * 24)).scaleb(2).quantize(Decimal("0.001"))
    assert {item.ticket for _line, item in periods.breached(at_the_end, EXPIRED, periods.period("2026"), NOW)} \
        == {"LAST"}  # its resolution was never given: breached; the one after the end is not measured at all


@pytest.mark.parametrize("name", ["2026-10", "2026-Q3", "2026", "2026-02"])
def test_the_portfolio_leaves_out_what_ended_before_the_period_and_agrees_one_by_one(at_the_end: Database,
                                                                                   name: str) -> None:
    chosen = periods.period(name)
    together = portfolio_compliance.portfolio_figures(at_the_end, chosen, NOW)
    numbers = [figures.number for figures in together]
    assert [figures.number for figures in periods.portfolio_figures(at_the_end, chosen, NOW)] == numbers
    assert together == [periods.agreement_figures(at_the_end, number, chosen, NOW) for number in numbers]
    ended = {FOR_CAUSE: dt.date(2026, 2, 28), NOTICED: dt.date(2026, 1, 31), EXPIRED: dt.date(2026, 9, 30)}
    assert {number for number in ended if number in numbers} == {number for number, last in ended.items()
                                                                 if last >= chosen.first}


def test_the_demo_generates_tickets_up_to_each_end(demo_db: Database) -> None:
    demo_tickets.generate(demo_db, DEMO_TODAY)
    ids = _ids(demo_db)
    with demo_db.read() as session:
        def last(number: str) -> dt.datetime | None:
            return session.scalars(select(Ticket.created_at).where(Ticket.agreement_id == ids[number])
                                   .order_by(Ticket.created_at.desc()).limit(1)).first()
        expired, noticed = last(EXPIRED), last(NOTICED)
        outages = list(session.scalars(select(Outage.ended_at).where(Outage.agreement_id == ids[EXPIRED])))
        assert last(FOR_CAUSE) is None and last("SLA-2026-0001") is not None
    assert expired is not None and _jakarta(9, 1, 0) < expired < _jakarta(10, 1, 0)
    assert noticed is not None and noticed < dt.datetime(2026, 2, 1, tzinfo=ZoneInfo("Europe/Kyiv"))
    assert outages and all(end is not None and end <= _jakarta(10, 1, 0) for end in outages)


def _running(db: Database) -> tuple[dict[str, Actor], str]:
    """A signed agreement of ten years from 1 January 2026: running whatever day the test runs."""
    return _signed_with(db, Terms(dt.date(2026, 1, 1), 120, Renewal.NONE))


def test_one_terminated_for_cause_is_monitored_until_the_moment_of_its_audited_termination(db: Database) -> None:
    people, number = _running(db)
    agreements.terminate(db, people["admin"], number, "Unpaid invoices since June.")
    with db.read() as session:
        moment = session.scalars(select(AuditEvent.at).where(AuditEvent.action == "agreement.terminate")).one()
        (agreement_id,) = session.scalars(select(Agreement.id).where(Agreement.number == number))
        assert standing.endings(session, moment.date()) == {agreement_id: Ending(moment=moment)}
    run = _import(db, people["anna"])
    for key, created in (("BEFORE", moment - dt.timedelta(seconds=1)), ("AFTER", moment + dt.timedelta(seconds=1))):
        add_ticket(db, run, key, "Network monitoring", created, None, None, number=number)
    month = periods.period(f"{moment:%Y-%m}")
    figures = periods.measure_agreement(db, number, month, moment + dt.timedelta(minutes=5))
    assert [line.tickets for line in figures.lines if line.service == "Network monitoring"] == [1]
    following = periods.period(f"{moment.year + 1}-01")
    with pytest.raises(periods.NotMonitored, match=f"was terminated at {moment:%Y-%m-%d %H:%M} UTC"):
        periods.measure_agreement(db, number, following, moment + dt.timedelta(days=62))


def test_a_termination_the_log_does_not_show_ends_it_where_its_terms_do(db: Database) -> None:
    _people, number = _running(db)
    with db.read() as session:
        version_id, agreement_id = session.execute(select(AgreementVersion.id, Agreement.id).join(Agreement)
                                                   .where(Agreement.number == number)).one()
    with raw(db) as connection:  # past slamdesk: the status moves forward, as its trigger allows, with no audit event
        connection.execute("UPDATE agreement_version SET status = 'terminated' WHERE id = :id", {"id": version_id})
    with db.read() as session:
        assert standing.endings(session, dt.date(2026, 10, 1)) == {agreement_id: Ending(last_day=dt.date(2035, 12, 31))}
    assert periods.measure_agreement(db, number, periods.period("2026-10"), NOW).lines  # still measured to the end
    with pytest.raises(periods.NotMonitored, match="ended on 2035-12-31"):
        periods.measure_agreement(db, number, periods.period("2036-01"), NOW)


def _line(zone: str) -> object:
    """A line as ``served.ending_in`` reads it: timed in ``zone``."""
    from types import SimpleNamespace

    return SimpleNamespace(hours=SimpleNamespace(calendar=SimpleNamespace(zone=ZoneInfo(zone))))


def test_a_period_is_not_monitored_only_when_it_begins_after_the_ending_in_every_zone_of_the_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slamdesk.core.monitoring import served

    october = periods.period("2026-10")
    cause = Ending(moment=dt.datetime(2026, 9, 30, 23, 30, tzinfo=dt.UTC))  # 01:30 on 1 October in Stockholm
    monkeypatch.setattr(served, "endings", lambda _session, _day, _number: {7: cause})
    now = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
    with pytest.raises(served.NotMonitored, match="was terminated at 2026-09-30 23:30 UTC: it is not monitored in 2026-10"):
        served.ending_in(None, 7, "SLA-X", october, now, [_line("UTC")])  # type: ignore[arg-type]
    # Stockholm's October began before the termination: its line served half an hour of it
    assert served.ending_in(None, 7, "SLA-X", october, now, [_line("UTC"), _line("Europe/Stockholm")]) is cause  # type: ignore[arg-type]
    assert served.window(october, ZoneInfo("Europe/Stockholm"), cause)[1] - served.window(
        october, ZoneInfo("Europe/Stockholm"), cause)[0] == dt.timedelta(minutes=90)
    # without lines, the period is in UTC: refused after the ending, measured before it
    with pytest.raises(served.NotMonitored):
        served.ending_in(None, 7, "SLA-X", october, now, [])  # type: ignore[arg-type]
    assert served.ending_in(None, 7, "SLA-X", periods.period("2026-09"), now, []) is cause  # type: ignore[arg-type]
    monkeypatch.setattr(served, "endings", lambda _session, _day, _number: {})
    assert served.ending_in(None, 7, "SLA-X", october, now, []) is None  # type: ignore[arg-type]  # still running
