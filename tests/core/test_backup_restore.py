"""Restoring a backup (core/restore.py) on a small database: who may, what is refused and said, what is kept,
and what the audit log records. The demo-sized cases (damaged files, a second process) are in test_backup.py."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from slamdesk.core import audit, backup, backup_files, restore, users
from slamdesk.core.backup import Reason
from slamdesk.core.db import Database, head_revision
from slamdesk.core.errors import DatabaseBusyError, DatabaseError, PermissionDenied
from slamdesk.core.roles import Actor, Role

WHEN = dt.datetime(2026, 6, 17, 9, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """A small database (an administrator and a representative, one audited change), closed."""
    path = tmp_path / "live.db"
    database = Database.open(path)
    admin = users.get_actor(database)
    users.ensure_user(database, "rita", "Rita Rep", Role.REPRESENTATIVE)
    with database.unit_of_work() as session:
        audit.record(session, admin, "test.ping", "x", 1)
    database.close()
    return path


def actor(path: Path, username: str = "admin") -> Actor:
    database = Database.open(path)
    try:
        return users.get_actor(database, username)
    finally:
        database.close()


def profiles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [name for (name,) in connection.execute("SELECT username FROM app_user ORDER BY id")]
    finally:
        connection.close()


def add_profile(path: Path, username: str) -> None:
    database = Database.open(path)
    users.ensure_user(database, username, username.title(), Role.REPRESENTATIVE)
    database.close()


def test_a_restore_brings_back_the_backup_keeps_what_it_replaced_and_says_so_in_the_log(
    live: Path, tmp_path: Path
) -> None:
    admin = actor(live)
    saved = backup.backup(live, out=tmp_path / "monday.db")
    add_profile(live, "zoe")
    seen: list[tuple[int, int]] = []
    done = restore.restore(live, saved.path, actor=admin, now=WHEN, progress=lambda d, t: seen.append((d, t)))
    assert profiles(live) == ["admin", "rita"]
    assert (done.source, done.revision) == (saved.path, head_revision())
    assert done.kept.reason is Reason.BEFORE_RESTORE and done.kept.path.name == "live-20260617-093005-before-restore.db"
    assert profiles(done.kept.path) == ["admin", "rita", "zoe"]  # what was replaced, kept
    assert seen and seen[-1][0] == seen[-1][1]
    database = Database.open(live)
    try:
        report = audit.check_log(database)
        assert report.intact, report.problem
        with database.read() as session:
            event = session.scalars(audit.select(audit.AuditEvent).order_by(audit.AuditEvent.id.desc())).first()
    finally:
        database.close()
    assert event is not None and (event.actor, event.action) == ("admin", audit.REANCHORED)
    detail = json.loads(event.detail)
    assert {key: detail[key] for key in ("reason", "file", "schema", "upgraded_to", "kept")} == {
        "reason": "database_restored", "file": str(saved.path), "schema": head_revision(),
        "upgraded_to": head_revision(), "kept": str(done.kept.path)}


def test_a_backup_from_before_the_administrators_profile_is_restored_in_slamdeks_own_name(
    live: Path, tmp_path: Path
) -> None:
    saved = backup.backup(live, out=tmp_path / "early.db")
    database = Database.open(live)
    boss = users.ensure_user(database, "boss", "The Boss", Role.ADMINISTRATOR)
    database.close()
    restore.restore(live, saved.path, actor=boss)
    assert "boss" not in profiles(live)
    connection = sqlite3.connect(live)
    who, detail = connection.execute("SELECT actor, detail FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    connection.close()
    assert who == "slamdesk" and json.loads(detail)["restored_by"] == "boss"
    assert json.loads(detail)["reason"] == "database_restored"


def test_rotation_after_a_restore_spares_the_file_restored(live: Path) -> None:
    admin = actor(live)  # (this open makes today's daily backup, rotated by today's clock)
    old = backup.backup(live, now=WHEN - dt.timedelta(days=400), reason=Reason.DAILY, rotation=False)
    stale = backup.backup(live, now=WHEN - dt.timedelta(days=399), reason=Reason.DAILY, rotation=False)
    weekly = backup.backup(live, now=WHEN - dt.timedelta(days=10), reason=Reason.DAILY, rotation=False)
    restore.restore(live, old.path, actor=admin, now=WHEN)
    assert old.path.exists() and not stale.path.exists()
    assert weekly.path.exists()  # the newest of its ISO week, three weeks before the restore's own time


def test_only_an_active_administrator_of_this_database_may_restore(live: Path, tmp_path: Path) -> None:
    saved = backup.backup(live, out=tmp_path / "saved.db")
    rita = actor(live, "rita")
    with pytest.raises(PermissionDenied) as raised:
        restore.restore(live, saved.path, actor=rita)
    assert str(raised.value) == "Rita Rep (representative) cannot restore a backup; needs: administrator"
    admin = actor(live)
    for stranger in (Actor(id=admin.id, username="ghost", display_name="Ghost", role=Role.ADMINISTRATOR),
                     Actor(id=rita.id, username="admin", display_name="Admin", role=Role.ADMINISTRATOR)):
        with pytest.raises(PermissionDenied) as raised:
            restore.restore(live, saved.path, actor=stranger)
        assert str(raised.value) == (f"no active profile {stranger.username!r} in live.db; it cannot restore a backup")
    connection = sqlite3.connect(live)
    connection.execute("UPDATE app_user SET active = 0 WHERE username = 'admin'")
    connection.commit()
    connection.close()
    with pytest.raises(PermissionDenied, match="no active profile 'admin' in live.db"):
        restore.check_may_restore(live, admin)
    connection = sqlite3.connect(live)
    connection.execute("UPDATE app_user SET active = 1, role = 'wizard' WHERE username = 'admin'")
    connection.commit()
    connection.close()
    with pytest.raises(PermissionDenied) as raised:
        restore.check_may_restore(live, admin)
    assert str(raised.value) == f"{admin.display_name} has an unknown role and cannot restore a backup"
    assert list(backup_files.backups_dir(live).glob("*before-restore*")) == []


def test_the_stored_profile_is_who_restores(live: Path) -> None:
    admin = actor(live)
    claimed = Actor(id=admin.id, username="admin", display_name="Someone", role=Role.REPRESENTATIVE)
    assert restore.check_may_restore(live, claimed) == admin


def test_a_database_whose_profiles_cannot_be_read_says_so(tmp_path: Path, live: Path) -> None:
    admin = actor(live)
    notes = tmp_path / "notes.db"
    notes.write_text("not a database " * 100)
    with pytest.raises(DatabaseError) as raised:
        restore.check_may_restore(notes, admin)
    assert str(raised.value).startswith(f"cannot read the profiles of {notes}: ")


def test_a_missing_file_and_the_database_itself_are_refused_before_anything_changes(
    live: Path, tmp_path: Path
) -> None:
    admin = actor(live)
    with pytest.raises(DatabaseError) as raised:
        restore.restore(live, tmp_path / "gone.db", actor=admin)
    assert str(raised.value) == f"{tmp_path / 'gone.db'}: no such file"
    link = tmp_path / "link.db"
    os.link(live, link)  # another name of the same file
    for same in (live, tmp_path / "." / "live.db", link):
        with pytest.raises(DatabaseError) as raised:
            restore.restore(live, same, actor=admin)
        assert str(raised.value) == f"{same} is the database itself; choose a backup of it"
    assert list(backup_files.backups_dir(live).glob("*before-restore*")) == []


def test_a_locked_database_is_not_restored_and_says_try_again(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = actor(live)
    saved = backup.backup(live, out=tmp_path / "saved.db")
    add_profile(live, "zoe")

    def busy(source: object, target: object, progress: object) -> None:
        raise backup_files.Busy

    monkeypatch.setattr(restore, "copy_pages", busy)
    with pytest.raises(DatabaseBusyError) as raised:
        restore.restore(live, saved.path, actor=admin)
    assert str(raised.value) == ("live.db stayed busy (another window or command is writing); nothing was restored, "
                                 "try again")

    def broken(source: object, target: object, progress: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(restore, "copy_pages", broken)
    with pytest.raises(DatabaseError) as raised:
        restore.restore(live, saved.path, actor=admin)
    assert str(raised.value) == f"{saved.path} could not be restored: disk I/O error; the database was not changed"
    assert "zoe" in profiles(live)


def test_a_missing_database_is_not_made_by_asking_who_may_restore(tmp_path: Path, live: Path) -> None:
    admin = actor(live)
    gone = tmp_path / "gone.db"
    with pytest.raises(DatabaseError) as raised:
        restore.check_may_restore(gone, admin)
    assert str(raised.value).startswith(f"cannot read the profiles of {gone}: ")
    assert not gone.exists()


def test_a_restore_leaves_no_file_open(live: Path, tmp_path: Path) -> None:
    admin = actor(live)
    saved = backup.backup(live, out=tmp_path / "saved.db")
    restore.restore(live, saved.path, actor=admin)

    def open_on(path: Path) -> int:
        return sum(1 for fd in Path("/proc/self/fd").iterdir() if os.path.realpath(fd) == str(path.resolve()))

    assert (open_on(live), open_on(saved.path)) == (0, 0)
