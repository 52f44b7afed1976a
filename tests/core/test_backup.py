"""Backups: online copies with SQLite's backup API, checked and rotated; restoring one, and what is refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from slamdesk.core import audit, backup, backup_files, register, restore, users
from slamdesk.core.db import Database, head_revision, migrate
from slamdesk.core.errors import DatabaseError, PermissionDenied
from slamdesk.core.roles import Actor, Role

from ..conftest import demo_file

CET = dt.timezone(dt.timedelta(hours=1))
NAME = re.compile(r"^live-\d{8}-\d{6}-(daily|manual|before-migration|before-restore)(-\d+)?\.db$")


def at(day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=CET)


def backups_of(path: Path) -> list[str]:
    folder = path.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def content(path: Path) -> str:
    """Everything the database holds, as SQL text (to compare before and after)."""
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture
def live(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A demo database named live.db, closed (a copy of the run's demo)."""
    return demo_file(request, tmp_path / "live.db")


def admin_of(path: Path) -> Actor:
    database = Database.open(path)
    try:
        return users.get_actor(database, "admin")
    finally:
        database.close()


# Backing up


def test_a_backup_holds_rows_only_in_the_wal_and_passes_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    Database.open(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")  # nothing reaches the main file while this connection is open
    writer.execute("INSERT INTO app_user (username, display_name, role, active) VALUES ('wal', 'Only in the WAL', 'representative', 1)")
    try:
        plain_copy = tmp_path / "copied.db"
        shutil.copyfile(path, plain_copy)  # what a file copy would keep: not the row
        assert rows(plain_copy, "SELECT count(*) FROM app_user WHERE username = 'wal'") == [(0,)]

        made = backup.backup(path)
    finally:
        writer.close()
    assert made.path.parent == tmp_path / "backups" and NAME.match(made.path.name) and made.path.name.endswith("-manual.db")
    assert made.size == made.path.stat().st_size > 0
    assert rows(made.path, "SELECT display_name FROM app_user WHERE username = 'wal'") == [("Only in the WAL",)]
    assert rows(made.path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(made.path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert rows(made.path, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert backups_of(path) == [made.path.name]  # no temporary file or journal left beside it


def test_backup_to_a_chosen_file_never_overwrites(live: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "copy.db"
    out.parent.mkdir()
    made = backup.backup(live, out=out)
    assert made.path == out and rows(out, "SELECT count(*) FROM agreement") == [(10,)]
    assert not (tmp_path / "backups").exists()  # a chosen file is not the rotated folder
    out.write_bytes(b"keep me")
    with pytest.raises(DatabaseError, match=r"copy\.db already exists"):
        backup.backup(live, out=out)
    assert out.read_bytes() == b"keep me"
    with pytest.raises(DatabaseError, match="folder does not exist"):
        backup.backup(live, out=tmp_path / "missing" / "copy.db")


def test_a_failed_backup_leaves_no_partial_file(live: Path) -> None:
    seen: list[tuple[int, int]] = []

    def interrupted(done: int, total: int) -> None:
        seen.append((done, total))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup.backup(live, progress=interrupted)
    assert seen and 0 < seen[0][0] < seen[0][1]  # it had begun
    assert backups_of(live) == []


def test_backup_progress_counts_pages_up_to_the_total(live: Path) -> None:
    seen: list[tuple[int, int]] = []
    backup.backup(live, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 1
    assert seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_missing_database_is_not_backed_up(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database"):
        backup.backup(tmp_path / "nothing.db")
    assert not (tmp_path / "nothing.db").exists()


# Rotation


def test_rotation_keeps_7_daily_4_weekly_12_monthly_over_400_days(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    database = Database.open(path)
    users.get_actor(database)  # not empty: it has its administrator
    database.close()
    day = dt.date(2025, 10, 29)
    last = dt.date(2026, 12, 2)  # a Wednesday
    while day <= last:
        made = backup.daily_backup(path, now=at(day))
        assert made is not None and made.path.name == f"live-{day:%Y%m%d}-090000-daily.db"
        assert backup.daily_backup(path, now=at(day, 17)) is None  # once a day
        day += dt.timedelta(days=1)
    kept = [f"live-{d}-090000-daily.db" for d in (
        # the last 7 days
        "20261126", "20261127", "20261128", "20261129", "20261130", "20261201", "20261202",
        # the newest of each of the 4 ISO weeks up to this one (their Sundays; 29 November is a day above)
        "20261115", "20261122",
        # the newest of each of the 12 months up to this one (their last days; 30 November is a day above)
        "20260131", "20260228", "20260331", "20260430", "20260531", "20260630", "20260731", "20260831",
        "20260930", "20261031",
    )]
    assert backups_of(path) == sorted(kept)


def test_backups_made_for_an_event_are_kept_beside_the_daily_ones(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    database = Database.open(path)
    users.get_actor(database)
    database.close()
    day = dt.date(2026, 1, 1)
    for offset in range(40):
        backup.daily_backup(path, now=at(day + dt.timedelta(days=offset)))
    backup.backup(path, now=at(day, 8))
    for offset in range(8):
        backup.backup(path, now=at(day + dt.timedelta(days=offset + 2), 10))
    (path.parent / "backups" / "notes.txt").write_text("mine")
    (path.parent / "backups" / "other-20200101-000000-daily.db").write_text("another database's")
    backup.daily_backup(path, now=at(dt.date(2026, 2, 11)))
    names = backups_of(path)
    # the five newest manual backups stay although no day, week or month keeps them; older ones rotate
    assert [n for n in names if n.endswith("-manual.db")] == [f"live-202601{d:02}-100000-manual.db" for d in range(6, 11)]
    assert [n for n in names if n.startswith("live-") and n.endswith("-daily.db")] == [
        "live-20260125-090000-daily.db",  # the newest of ISO week 4
        "live-20260131-090000-daily.db",  # of January
        "live-20260201-090000-daily.db",  # of ISO week 5
        *(f"live-202602{d:02}-090000-daily.db" for d in (5, 6, 7, 8, 9, 11)),  # the last 7 days (none on the 10th)
    ]
    assert {"notes.txt", "other-20200101-000000-daily.db"} <= set(names)  # not ours: never touched


# Automatic backups


def test_the_first_open_of_each_day_backs_up_once(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "clock", lambda: at(dt.date(2026, 12, 2), 8, 30))
    Database.open(live).close()
    Database.open(live).close()
    assert backups_of(live) == ["live-20261202-083000-daily.db"]
    assert rows(live.parent / "backups" / "live-20261202-083000-daily.db", "SELECT count(*) FROM agreement") == [(10,)]
    monkeypatch.setattr(backup, "clock", lambda: at(dt.date(2026, 12, 3), 7, 5))
    Database.open(live).close()
    assert backups_of(live) == ["live-20261202-083000-daily.db", "live-20261203-070500-daily.db"]


def test_an_open_that_leaves_the_day_s_backup_to_its_caller_makes_none(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "clock", lambda: at(dt.date(2026, 12, 2), 8, 30))
    Database.open(live, daily_backup=False).close()  # the window: it backs up once it is shown
    assert backups_of(live) == []
    Database.open(live).close()
    assert backups_of(live) == ["live-20261202-083000-daily.db"]


def test_a_brand_new_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    Database.open(path).close()
    Database.open(path).close()
    assert backups_of(path) == []


def test_a_migration_keeps_a_backup_of_the_old_schema_first(live: Path) -> None:
    database = Database.open(live)
    migrate(database.engine, "0001", downgrade=True)
    database.close()
    shutil.rmtree(live.parent / "backups")
    reopened = Database.open(live)
    try:
        assert register.count_agreements(reopened) == 10
    finally:
        reopened.close()
    (before,) = [n for n in backups_of(live) if n.endswith("-before-migration.db")]
    kept = live.parent / "backups" / before
    assert rows(kept, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert rows(kept, "SELECT count(*) FROM agreement") == [(10,)]
    assert rows(kept, "PRAGMA integrity_check") == [("ok",)]
    assert rows(live, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


# Restoring


@pytest.fixture
def refused_files(tmp_path: Path, live: Path) -> dict[str, Path]:
    folder = tmp_path / "offered"
    folder.mkdir()
    text = folder / "notes.db"
    text.write_text("these are my notes, not a database\n" * 20)
    other = folder / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.execute("INSERT INTO recipe VALUES ('pancakes')")
    connection.commit()
    connection.close()
    good = backup.backup(live, out=folder / "good.db").path
    corrupt = folder / "corrupt.db"
    data = bytearray(good.read_bytes())
    page = 4096
    for number in range(2, len(data) // page, 3):  # scribble over every third page after the first
        data[number * page + 10: number * page + 200] = os.urandom(190)
    corrupt.write_bytes(bytes(data))
    newer = folder / "newer.db"
    shutil.copyfile(good, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    half = folder / "half.db"
    half.write_bytes(good.read_bytes()[: len(data) // 2])
    index = folder / "index.db"  # every page reads, but an index no longer matches its table
    shutil.copyfile(good, index)
    connection = sqlite3.connect(index)
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_customer_name ON customer (country)' "
                       "WHERE name = 'ix_customer_name'")
    connection.commit()
    connection.close()
    return {"text": text, "other": other, "corrupt": corrupt, "newer": newer, "half": half, "index": index}


@pytest.mark.parametrize(
    ("which", "because"),
    [
        ("text", "is not a SQLite database"),
        ("other", "is not a slamdesk database"),
        ("corrupt", "is damaged"),
        ("half", "is damaged"),
        ("index", "is damaged: the integrity check found row .* missing from index ix_customer_name"),
        ("newer", r"was written by a newer slamdesk \(schema 9999\).*reads schemas up to"),
    ],
)
def test_restore_refuses_what_is_not_a_sound_slamdesk_backup(
    live: Path, refused_files: dict[str, Path], which: str, because: str
) -> None:
    admin = admin_of(live)
    before_names = backups_of(live)
    before = content(live)
    offered = refused_files[which]
    with pytest.raises(DatabaseError, match=because) as refused:
        restore.restore(live, offered, actor=admin)
    message = str(refused.value)
    assert str(offered) in message and "\n" not in message
    assert content(live) == before
    assert backups_of(live) == before_names  # nothing was backed up "before restore" either


def test_restore_refuses_a_missing_file_and_the_database_itself(live: Path, tmp_path: Path) -> None:
    admin = admin_of(live)
    with pytest.raises(DatabaseError, match="no such file"):
        restore.restore(live, tmp_path / "gone.db", actor=admin)
    with pytest.raises(DatabaseError, match="is the database itself"):
        restore.restore(live, live, actor=admin)


def test_only_an_administrator_may_restore_and_a_passed_role_is_not_trusted(live: Path, tmp_path: Path) -> None:
    made = backup.backup(live, out=tmp_path / "good.db")
    database = Database.open(live)
    anna = users.get_actor(database, "anna")
    database.close()
    before = content(live)
    with pytest.raises(PermissionDenied, match=r"Anna Lindqvist \(representative\) cannot restore a backup"):
        restore.restore(live, made.path, actor=anna)
    posing = Actor(id=anna.id, username="anna", display_name="Anna", role=Role.ADMINISTRATOR)  # claims administrator
    with pytest.raises(PermissionDenied, match="cannot restore a backup"):
        restore.restore(live, made.path, actor=posing)
    assert content(live) == before


def test_restore_brings_back_the_old_data_while_the_database_is_open(live: Path, tmp_path: Path) -> None:
    database = Database.open(live)
    admin = users.get_actor(database, "admin")
    profiles = [a.username for a in users.list_actors(database)]
    made = backup.backup(live, out=tmp_path / "monday.db")
    users.ensure_user(database, "zoe", "Zoë Added Later", Role.REPRESENTATIVE)
    reader = sqlite3.connect(live, isolation_level=None)  # another program reading at the same time
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM app_user WHERE username = 'zoe'").fetchone() == (1,)
    seen: list[tuple[int, int]] = []
    try:
        restored = restore.restore(live, made.path, actor=admin, progress=lambda d, t: seen.append((d, t)))
        assert reader.execute("SELECT count(*) FROM app_user WHERE username = 'zoe'").fetchone() == (1,)  # its snapshot
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM app_user WHERE username = 'zoe'").fetchone() == (0,)
    finally:
        reader.close()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    # the window's open database sees the restored content
    assert [a.username for a in users.list_actors(database)] == profiles
    assert register.count_agreements(database) == 10
    assert audit.check_log(database).intact
    database.close()
    # the database as it was before is kept in backups/ and holds what the restore replaced
    assert restored.kept.path.parent == live.parent / "backups" and restored.kept.path.name.endswith("-before-restore.db")
    assert rows(restored.kept.path, "SELECT display_name FROM app_user WHERE username = 'zoe'") == [("Zoë Added Later",)]
    assert restored.source == made.path
    assert rows(live, "PRAGMA integrity_check") == [("ok",)]
    assert rows(live, "PRAGMA journal_mode") == [("wal",)]
    events = rows(live, "SELECT actor, detail FROM audit_event WHERE action = 'audit.reanchored'")
    assert len(events) == 1 and events[0][0] == "admin"
    assert "database_restored" in str(events[0][1]) and "monday.db" in str(events[0][1])


def test_restoring_an_older_schema_upgrades_it(live: Path, tmp_path: Path) -> None:
    old = tmp_path / "old" / "live.db"
    old.parent.mkdir()
    shutil.copyfile(backup.backup(live, out=tmp_path / "snapshot.db").path, old)
    database = Database.open(old)
    migrate(database.engine, "0001", downgrade=True)
    database.close()
    old_backup = backup.backup(old, out=tmp_path / "first-release.db")
    assert rows(old_backup.path, "SELECT version_num FROM alembic_version") == [("0001",)]
    database = Database.open(live)
    users.ensure_user(database, "zoe", "Zoë", Role.REPRESENTATIVE)
    database.close()
    restore.restore(live, old_backup.path, actor=admin_of(live))
    assert rows(live, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    reopened = Database.open(live)
    try:
        assert register.count_agreements(reopened) == 10
        assert "zoe" not in [a.username for a in users.list_actors(reopened)]
    finally:
        reopened.close()


def test_restoring_todays_daily_backup_does_not_rotate_it_away(live: Path) -> None:
    morning = backup.daily_backup(live, now=at(dt.date(2026, 12, 2), 8))
    assert morning is not None
    database = Database.open(live)
    admin = users.get_actor(database, "admin")
    users.ensure_user(database, "zoe", "Zoë", Role.REPRESENTATIVE)
    database.close()
    restored = restore.restore(live, morning.path, actor=admin, now=at(dt.date(2026, 12, 2), 15))
    assert rows(live, "SELECT count(*) FROM app_user WHERE username = 'zoe'") == [(0,)]
    assert morning.path.exists()  # the newer before-restore backup did not rotate away what was being restored
    assert restored.kept.path.name == "live-20261202-150000-before-restore.db"


def test_hostile_file_and_folder_names_are_handled(tmp_path: Path) -> None:
    folder = tmp_path / "dir &mode=rw #frag% ö"  # (a "?" here: Database.open itself cannot open it yet)
    folder.mkdir()
    path = folder / "live db #%.db"
    database = Database.open(path)
    admin = users.get_actor(database)
    database.close()
    made = backup.backup(path)
    assert made.path.parent == folder / "backups" and made.path.name.startswith("live db #%-")
    out = backup.backup(path, out=folder / "copy ?mode=memory&immutable=0 #.db")
    assert rows(out.path, "SELECT username FROM app_user") == [("admin",)]
    assert restore.restore(path, out.path, actor=admin).source == out.path


WRITER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
connection.execute("PRAGMA journal_mode=WAL")
end = time.monotonic() + float(sys.argv[2])
n = 0
print("ready", flush=True)
while time.monotonic() < end:
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO setting (key, value) VALUES (?, 'x')", (f"load-{n}",))
    connection.execute("COMMIT")
    n += 1
print(n, flush=True)
"""

HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO setting (key, value) VALUES ('held', 'x')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


def test_a_backup_beside_another_process_writing_is_one_consistent_moment(live: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", WRITER, str(live), "3"], stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        made = [backup.backup(live, out=live.parent / f"during-{n}.db") for n in range(3)]
        written = int(child.stdout.readline())
    assert written > 0
    counts = [rows(m.path, "SELECT count(*) FROM setting WHERE key LIKE 'load-%'")[0][0] for m in made]
    assert counts == sorted(counts) and counts[-1] <= written
    for m in made:
        assert rows(m.path, "PRAGMA integrity_check") == [("ok",)]
        n = rows(m.path, "SELECT count(*) FROM setting WHERE key LIKE 'load-%'")[0][0]
        # one moment: the writes up to some point, in order, and none after (never a torn copy)
        keys = {k for (k,) in rows(m.path, "SELECT key FROM setting WHERE key LIKE 'load-%'")}
        assert keys == {f"load-{i}" for i in range(n)}


def test_restore_gives_up_on_a_database_another_process_keeps_locked(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = admin_of(live)
    made = backup.backup(live, out=tmp_path / "saved.db")
    database = Database.open(live)
    users.ensure_user(database, "zoe", "Zoë", Role.REPRESENTATIVE)
    database.close()
    before = content(live)
    monkeypatch.setattr(backup_files, "BUSY_TIMEOUT_MS", 500)  # the page copy gives up
    monkeypatch.setattr(restore, "BUSY_TIMEOUT_MS", 500)  # and so does opening the live file
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(live), "4"], stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "holding"
        with pytest.raises(DatabaseError, match=r"stayed busy .*nothing was restored, try again"):
            restore.restore(live, made.path, actor=admin)
    assert content(live) == before


def test_after_a_restore_the_audit_log_checks_out_against_its_anchor(live: Path, tmp_path: Path) -> None:
    database = Database.open(live)
    admin = users.get_actor(database, "admin")
    made = backup.backup(live, out=tmp_path / "saved.db")
    users.ensure_user(database, "zoe", "Zoë", Role.REPRESENTATIVE)
    audit.checkpoint(database)  # the anchor outside the database now names an event the backup does not have
    restore.restore(live, made.path, actor=admin)
    report = audit.check_log(database)
    assert report.intact, report.problem
    database.close()
    (newest,) = rows(live, "SELECT action, detail FROM audit_event ORDER BY id DESC LIMIT 1")
    assert newest[0] == audit.REANCHORED and "database_restored" in newest[1] and "previous_anchor" in newest[1]


def test_no_upgrade_without_its_backup(live: Path) -> None:
    database = Database.open(live)
    migrate(database.engine, "0001", downgrade=True)
    database.close()
    shutil.rmtree(live.parent / "backups", ignore_errors=True)
    (live.parent / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(DatabaseError, match=r"live\.db was not upgraded .*: the backup before it failed"):
        Database.open(live)
    assert rows(live, "SELECT version_num FROM alembic_version") == [("0001",)]
