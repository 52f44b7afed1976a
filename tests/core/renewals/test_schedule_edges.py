"""The register's copy of the standings at its edges: a database opened read-only is left as it is, a refresh of
the whole register writes one row for each signed agreement, a refresh of some makes only theirs again, batch by
batch. Both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from slamdesk.core import clock, register
from slamdesk.core.db import Database
from slamdesk.core.renewals import schedule
from slamdesk.core.renewals.terms import Renewal, Terms
from slamdesk.models import Agreement, AgreementSchedule
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import Drafted, drafted

pytestmark = pytest.mark.prepared(build=drafted)

TODAY = clock.today()


def _computed(db: Database) -> dict[str, dt.date]:
    with db.read() as session:
        return {number: on for number, on in session.execute(
            select(Agreement.number, AgreementSchedule.computed_on)
            .join(AgreementSchedule, AgreementSchedule.agreement_id == Agreement.id))}


def test_a_database_opened_read_only_is_refreshed_by_nobody_and_says_so(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, Terms(TODAY - dt.timedelta(days=800), 12, Renewal.TACIT, 6, notice=30), prepared)
    later = TODAY + dt.timedelta(days=1)
    shared = Database(db.path, db.engine, "the file is read-only", target=db.target)
    assert schedule.stale(shared, later)
    assert schedule.refresh(shared, later) is None and schedule.refresh(shared, later, people["anna"]) is None
    assert _computed(db) == {number: TODAY}  # as it was: nothing written


def test_a_refresh_of_the_register_writes_one_row_for_each_signed_agreement(db: Database, prepared: Drafted) -> None:
    _people, first = _signed_with(db, Terms(TODAY - dt.timedelta(days=100), 12, Renewal.TACIT, 12, notice=30), prepared)
    _people, second = _signed_with(db, Terms(TODAY - dt.timedelta(days=50), 12, Renewal.EXPRESS, 12))
    _people, third = _signed_with(db, Terms(TODAY - dt.timedelta(days=10), 12, Renewal.TACIT, 12, notice=30))
    later = TODAY + dt.timedelta(days=5)
    assert schedule.refresh(db, later) == 3
    assert _computed(db) == {first: later, second: later, third: later}
    assert [row.number for row in register.list_agreements(db, today=later)] != []
    with db.read() as session:
        ids = list(session.scalars(select(Agreement.id).where(Agreement.number.in_([first, third]))))
    with db.unit_of_work() as session:
        assert schedule.refresh_in(session, ids, TODAY) == 2
    assert _computed(db) == {first: TODAY, second: later, third: TODAY}


def test_agreements_refreshed_in_batches_each_get_their_row_made_again_once(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    numbers = [_signed_with(db, Terms(TODAY - dt.timedelta(days=days), 12, Renewal.TACIT, 12, notice=30))[1]
               for days in (100, 50, 10)]
    monkeypatch.setattr(schedule, "BATCH", 1)  # three agreements, one a batch: the paging itself
    with db.read() as session:
        ids = list(session.scalars(select(Agreement.id).order_by(Agreement.id)))
    later = TODAY + dt.timedelta(days=2)
    with db.unit_of_work() as session:
        assert schedule.refresh_in(session, ids, later) == 3
    assert _computed(db) == dict.fromkeys(numbers, later)
