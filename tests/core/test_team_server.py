"""The team database's server going away is a normal event: one line, nothing half-written, work resumes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from slamdesk.core import audit, register, settings, users
from slamdesk.core.db import Database
from slamdesk.core.errors import DatabaseUnreachableError
from tests import pg


@pytest.fixture
def own_server() -> Iterator[pg.Cluster]:
    """A server of this test's own, to take away (the run's shared one serves everybody else)."""
    cluster = pg.Cluster()
    yield cluster
    cluster.stop()


def test_a_server_that_goes_away_and_comes_back(own_server: pg.Cluster) -> None:
    pg.admin_execute(own_server.url(), "CREATE DATABASE team")
    db = Database.open(own_server.url("team"))
    admin = users.get_actor(db)
    settings.set_setting(db, admin, settings.PROVIDER_NAME, "Before")

    own_server.halt()
    with pytest.raises(DatabaseUnreachableError, match="team database unreachable") as reading:
        register.count_agreements(db)
    assert "\n" not in str(reading.value)
    with pytest.raises(DatabaseUnreachableError, match="nothing was half-written"):
        settings.set_setting(db, admin, settings.PROVIDER_NAME, "While away")

    own_server.start()
    assert register.count_agreements(db) == 0  # the pool reconnects by itself
    settings.set_setting(db, admin, settings.PROVIDER_NAME, "After")
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "After"
    assert audit.check_log(db).intact
    db.close()
