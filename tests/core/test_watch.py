"""Noticing what others saved: another desk's commit is seen, one's own quiet moments are not."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

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
    assert watcher.poll() is False  # nothing happened yet
    _change_at_another_desk(demo_db.target, people["admin"], "Changed at another desk")
    assert _seen(watcher)
    assert watcher.poll() is False  # told once
    users.list_actors(demo_db)  # reading changes nothing
    assert watcher.poll() is False
    watcher.close()
    assert watcher.poll() is False  # a closed watcher sees nothing and does not fail
    _change_at_another_desk(demo_db.target, people["admin"], "Changed after the watcher was closed")
    time.sleep(0.3)
    assert watcher.poll() is False  # not even what others save after it was closed
    watcher.close()  # closing twice is harmless


def _change_at_another_desk(target: str | Path, admin: Actor, name: str) -> None:
    other_desk = Database.open(target)
    settings.set_setting(other_desk, admin, settings.PROVIDER_NAME, name)
    other_desk.close()


@pytest.mark.sqlite_only
def test_a_register_in_a_folder_named_with_url_characters_is_watched_and_nothing_stray_is_made(tmp_path: Path) -> None:
    folder = tmp_path / "Contracts #2 ?100% done"
    folder.mkdir()
    db = Database.open(folder / "slamdesk.db")
    admin = users.get_actor(db)
    watcher = ChangeWatcher(db)
    try:
        _change_at_another_desk(db.target, admin, "Seen despite the # in the folder's name")
        assert _seen(watcher)
    finally:
        watcher.close()
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Contracts #2 ?100% done", "data"]  # no stray empty file


def test_a_watcher_polled_from_a_background_thread_notices(db: Database, admin: Actor) -> None:
    watcher = ChangeWatcher(db)
    answers: list[bool] = []
    try:
        _change_at_another_desk(db.target, admin, "Seen from another thread")

        def poll_there() -> None:
            answers.append(_seen(watcher))

        thread = threading.Thread(target=poll_there)
        thread.start()
        thread.join()
    finally:
        watcher.close()
    assert answers == [True]


def _watchers(db: Database) -> int:
    """The server connections listening for changes (the watchers' own connections)."""
    with db.read() as session:
        return int(session.scalar(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'")))


@pytest.mark.postgresql_only
def test_a_team_watcher_listens_on_its_own_connection_and_gives_it_back_when_closed(db: Database) -> None:
    watcher = ChangeWatcher(db)
    assert _watchers(db) == 1
    watcher.close()
    deadline = time.monotonic() + 5
    while _watchers(db) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _watchers(db) == 0


@pytest.mark.postgresql_only
def test_a_team_watcher_whose_connection_is_cut_says_no_change_and_does_not_fail(db: Database, admin: Actor) -> None:
    watcher = ChangeWatcher(db)
    with db.read() as session:
        session.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN%'"))
    time.sleep(0.2)
    assert [watcher.poll() for _ in range(3)] == [False, False, False]  # the lost line is found on the second
    watcher.close()


@pytest.mark.postgresql_only
def test_a_team_database_opened_by_its_driver_url_is_watched(db: Database, admin: Actor) -> None:
    target = str(db.target).replace("postgresql://", "postgresql+psycopg://", 1)
    desk = Database.open(target)
    watcher = ChangeWatcher(desk)
    try:
        _change_at_another_desk(db.target, admin, "Seen through postgresql+psycopg://")
        assert _seen(watcher)
    finally:
        watcher.close()
        desk.close()
