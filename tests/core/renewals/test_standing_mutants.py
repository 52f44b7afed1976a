"""Where each signed agreement's service ends (``renewals.standing.endings`` and ``last_days``), to the detail
(issue 18, the module's mutants): the day its terms run out, the audited moment it was terminated for cause, or
none while it runs on."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from slamdesk.core import agreements, audit
from slamdesk.core.db import Database
from slamdesk.core.renewals import standing as renewals
from slamdesk.core.renewals.standing import Ending
from slamdesk.core.renewals.terms import Renewal, Terms
from slamdesk.models import Agreement, AgreementVersion
from tests.core.renewals.test_standing import _signed_with
from tests.raw import raw

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

D = dt.date
START = D(2026, 1, 1)


def _at(month: int, day: int, hour: int, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=dt.UTC)


@pytest.fixture
def portfolio(db: Database, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Eight agreements from 1 January 2026, signed on 2 January (the audit log's clock is set for each step):

    - ``expires``: one year, no renewal (its last day 31 December 2026);
    - ``ends_later``: two years, no renewal (31 December 2027);
    - ``renews``: one year renewed tacitly;
    - ``march`` and ``june``: one year, terminated for cause on 10 March and 15 June 2026;
    - ``after_its_end``: six months (to 30 June 2026), terminated for cause on 1 August 2026, after it ran out;
    - ``on_its_last_day``: one year, terminated for cause at 23:00 on 31 December 2026, its last day;
    - ``unlogged``: two years, terminated past slamdesk, with no audited step."""
    now = [_at(1, 2, 8)]
    monkeypatch.setattr(audit, "utcnow", lambda: now[0])
    terms = {"expires": Terms(START, 12, Renewal.NONE), "ends_later": Terms(START, 24, Renewal.NONE),
             "renews": Terms(START, 12, Renewal.TACIT, 12), "march": Terms(START, 12, Renewal.NONE),
             "june": Terms(START, 12, Renewal.NONE), "after_its_end": Terms(START, 6, Renewal.NONE),
             "on_its_last_day": Terms(START, 12, Renewal.NONE), "unlogged": Terms(START, 24, Renewal.NONE)}
    signed = {name: _signed_with(db, one) for name, one in terms.items()}
    numbers = {name: number for name, (_people, number) in signed.items()}
    admin = signed["expires"][0]["admin"]
    for name, moment in (("march", _at(3, 10, 9)), ("june", _at(6, 15, 10)), ("after_its_end", _at(8, 1, 12)),
                         ("on_its_last_day", _at(12, 31, 23))):
        now[0] = moment
        agreements.terminate(db, admin, numbers[name], "Unpaid invoices.")
    with db.read() as session:
        ids = {number: agreement_id for number, agreement_id in session.execute(select(Agreement.number, Agreement.id))}
        unlogged = session.scalars(select(AgreementVersion.id).where(
            AgreementVersion.agreement_id == ids[numbers["unlogged"]])).one()
    with raw(db) as connection:  # the status moves forward, as its trigger allows, with no audit event
        connection.execute("UPDATE agreement_version SET status = 'terminated' WHERE id = :id", {"id": unlogged})
    return {name: ids[number] for name, number in numbers.items()}


def _number(db: Database, agreement_id: int) -> str:
    with db.read() as session:
        return session.scalars(select(Agreement.number).where(Agreement.id == agreement_id)).one()


def test_each_ended_agreement_ends_at_its_terms_end_or_at_the_audited_moment_it_was_terminated(
    db: Database, portfolio: dict[str, int]
) -> None:
    ids = portfolio
    with db.read() as session:
        in_june = renewals.endings(session, D(2026, 6, 15))
        after = renewals.endings(session, D(2027, 1, 5))
    assert in_june == {ids["march"]: Ending(moment=_at(3, 10, 9)), ids["june"]: Ending(moment=_at(6, 15, 10)),
                       ids["after_its_end"]: Ending(moment=_at(8, 1, 12)),
                       ids["on_its_last_day"]: Ending(moment=_at(12, 31, 23)),
                       ids["unlogged"]: Ending(last_day=D(2027, 12, 31))}
    # once its terms have run out: a termination after that day does not move its end; one on that day does
    assert after == {ids["expires"]: Ending(last_day=D(2026, 12, 31)), ids["march"]: Ending(moment=_at(3, 10, 9)),
                     ids["june"]: Ending(moment=_at(6, 15, 10)), ids["after_its_end"]: Ending(last_day=D(2026, 6, 30)),
                     ids["on_its_last_day"]: Ending(moment=_at(12, 31, 23)),
                     ids["unlogged"]: Ending(last_day=D(2027, 12, 31))}


def test_an_agreement_on_its_last_day_has_not_ended_yet_and_has_the_day_after(
    db: Database, portfolio: dict[str, int]
) -> None:
    ids = portfolio
    with db.read() as session:
        assert ids["expires"] not in renewals.endings(session, D(2026, 12, 31))
        assert renewals.endings(session, D(2027, 1, 1))[ids["expires"]] == Ending(last_day=D(2026, 12, 31))


def test_the_endings_asked_for_by_number_or_by_ids_are_those_agreements_only(
    db: Database, portfolio: dict[str, int]
) -> None:
    ids = portfolio
    with db.read() as session:
        by_number = renewals.endings(session, D(2027, 1, 5), _number(db, ids["after_its_end"]))
        by_ids = renewals.endings(session, D(2027, 1, 5), ids=[ids["june"], ids["renews"]])
        of_one_running = renewals.endings(session, D(2027, 1, 5), _number(db, ids["renews"]))
    assert by_number == {ids["after_its_end"]: Ending(last_day=D(2026, 6, 30))}
    assert by_ids == {ids["june"]: Ending(moment=_at(6, 15, 10))}
    assert of_one_running == {}


def test_the_last_day_served_is_the_day_it_ended_its_terms_end_while_ending_and_none_while_it_renews(
    db: Database, portfolio: dict[str, int]
) -> None:
    ids = portfolio
    with db.read() as session:
        found = renewals.last_days(session, D(2027, 1, 5))
    assert found == {ids["expires"]: D(2026, 12, 31), ids["ends_later"]: D(2027, 12, 31), ids["renews"]: D.max,
                     ids["march"]: D(2026, 3, 10), ids["june"]: D(2026, 6, 15), ids["after_its_end"]: D(2026, 6, 30),
                     ids["on_its_last_day"]: D(2026, 12, 31), ids["unlogged"]: D(2027, 12, 31)}
