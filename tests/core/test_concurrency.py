"""Optimistic locking (core/concurrency.py): who is named when a stale save is refused, and what is not a row version."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from slamdesk.core import audit, concurrency, users
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError
from slamdesk.core.roles import Actor, Role

pytestmark = pytest.mark.both_backends


def changed(db: Database, actor: Actor, **detail: object) -> None:
    with db.unit_of_work() as session:
        audit.record(session, actor, "service.update", "service", 7, **detail)


def refusal(db: Database, stored: int | None) -> ConcurrencyError:
    with db.read() as session:
        return concurrency.stale_error(session, "The service", "service", 7, stored)


def test_a_change_whose_event_does_not_say_which_version_it_left_is_still_put_on_its_author(db: Database, admin: Actor) -> None:
    changed(db, admin)  # an event from before row versions were recorded
    error = refusal(db, stored=5)
    assert error.changed_by == admin.display_name
    assert str(error).startswith(f"The service was changed by {admin.display_name} at ")


def test_when_the_stored_version_is_not_known_the_last_audited_change_is_named(db: Database, admin: Actor) -> None:
    changed(db, admin, row_version=3)
    assert refusal(db, stored=None).changed_by == admin.display_name
    assert refusal(db, stored=3).changed_by == admin.display_name
    # the row moved on without an event: the change was made outside slamdesk, and nobody is named
    elsewhere = refusal(db, stored=4)
    assert (elsewhere.changed_by, elsewhere.changed_at) == (None, None)
    assert str(elsewhere) == "The service was changed elsewhere since you opened it; reload to see the changes"


@pytest.mark.parametrize("loaded", ["3", None, True, 3.0])
def test_a_row_version_that_is_not_the_int_loaded_is_a_programming_error_that_says_so(
    db: Database, loaded: object
) -> None:
    with db.read() as session, pytest.raises(TypeError) as raised:
        concurrency.check_row_version(session, 3, loaded, what="The service", entity_type="service", entity_id=7)  # type: ignore[arg-type]
    assert str(raised.value) == f"row_version must be the int the caller loaded, not {loaded!r}"


def test_the_version_loaded_is_accepted_and_any_other_is_refused(db: Database, admin: Actor) -> None:
    changed(db, admin, row_version=4)
    with db.read() as session:
        concurrency.check_row_version(session, 4, 4, what="The service", entity_type="service", entity_id=7)
        with pytest.raises(ConcurrencyError, match=f"changed by {admin.display_name}"):
            concurrency.check_row_version(session, 4, 3, what="The service", entity_type="service", entity_id=7)


def test_the_refusal_says_when_in_the_desks_own_time_and_keeps_the_exact_moment(db: Database, admin: Actor) -> None:
    changed(db, admin, row_version=4)
    with db.read() as session:
        (event,) = session.scalars(audit.select(audit.AuditEvent))
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"  # seven hours ahead of UTC, no daylight saving
    time.tzset()
    try:
        error = refusal(db, stored=4)
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        time.tzset()
    local = event.at + dt.timedelta(hours=7)
    assert str(error) == (f"The service was changed by {admin.display_name} at {local:%Y-%m-%d %H:%M} since you opened "
                          "it; reload to see their changes")
    assert error.changed_at == event.at and error.changed_at.tzinfo is not None


def test_a_stale_save_of_a_whole_names_who_changed_one_of_its_parts(db: Database, admin: Actor) -> None:
    other = users.ensure_user(db, "rep", "Rita Rep", Role.REPRESENTATIVE)
    changed(db, admin, row_version=3)
    with db.unit_of_work() as session:  # saving a clause moves the whole to version 4
        audit.record(session, other, "clause.update", "clause", 41, row_version=4)
    with db.read() as session, pytest.raises(ConcurrencyError) as raised:
        concurrency.check_row_version(session, 4, 3, what="The service", entity_type="service", entity_id=7,
                                      parts=("clause", [41]))
    assert raised.value.changed_by == "Rita Rep"


def test_a_stale_save_after_a_change_made_outside_slamdesk_names_nobody(db: Database, admin: Actor) -> None:
    changed(db, admin, row_version=4)  # slamdesk's last save left version 4; the row is at 5 now
    with db.read() as session, pytest.raises(ConcurrencyError) as raised:
        concurrency.check_row_version(session, 5, 4, what="The service", entity_type="service", entity_id=7)
    assert (raised.value.changed_by, raised.value.changed_at) == (None, None)
    assert "changed elsewhere" in str(raised.value)
