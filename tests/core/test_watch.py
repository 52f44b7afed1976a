"""Noticing what others saved: another desk's commit is seen, one's own quiet moments are not."""

from __future__ import annotations

import time

from slamdesk.core import settings, users
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.core.watch import ChangeWatcher


def _seen(watcher: ChangeWatcher, within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.05)
    return False


def test_a_change_saved_at_another_desk_is_noticed_once(demo_db: Database, people: dict[str, Actor]) -> None:
    watcher = ChangeWatcher(demo_db)
    assert not watcher.poll()  # nothing happened yet
    other_desk = Database.open(demo_db.target)
    settings.set_setting(other_desk, people["admin"], settings.PROVIDER_NAME, "Changed at another desk")
    other_desk.close()
    assert _seen(watcher)
    assert not watcher.poll()  # told once
    users.list_actors(demo_db)  # reading changes nothing
    assert not watcher.poll()
    watcher.close()
    assert not watcher.poll()  # a closed watcher sees nothing and does not fail
