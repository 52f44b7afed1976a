"""Optimistic locking (core/concurrency.py): who is named when a stale save is refused, and what is not a row version."""

from __future__ import annotations

import pytest

from slamdesk.core import audit, concurrency
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError
from slamdesk.core.roles import Actor


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
