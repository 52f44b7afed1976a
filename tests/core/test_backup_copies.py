"""Making a backup (core/backup.py: backup, daily_backup, the backup before a migration) on small hand-made
slamdesk-like SQLite files: what is written where, what is refused, and what a failure leaves."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from slamdesk.core import backup
from slamdesk.core.backup import Reason, Retention
from slamdesk.core.db import known_revisions
from slamdesk.core.errors import DatabaseError

from .test_backup_files import made

WHEN = dt.datetime(2026, 6, 17, 9, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
REVISION = known_revisions()[-1]


@pytest.fixture
def live(tmp_path: Path) -> Path:
    return made(tmp_path / "live.db", REVISION, rows=40)


def rows(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM customer").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_into_the_backups_folder_is_named_private_checked_and_self_contained(live: Path) -> None:
    seen: list[tuple[int, int]] = []
    made_now = backup.backup(live, now=WHEN, progress=lambda done, total: seen.append((done, total)))
    folder = live.parent / "backups"
    assert made_now.path == folder / "live-20260617-093005-manual.db"
    assert (made_now.reason, made_now.number, made_now.taken) == (Reason.MANUAL, 1, dt.datetime(2026, 6, 17, 9, 30, 5))
    assert made_now.size == made_now.path.stat().st_size > 0
    assert stat.S_IMODE(made_now.path.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert rows(made_now.path) == 40 and backup.check_backup(made_now.path) == REVISION
    assert seen and seen[-1][0] == seen[-1][1]
    connection = sqlite3.connect(made_now.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert sorted(p.name for p in folder.iterdir()) == ["live-20260617-093005-manual.db"]  # no temporary left


def test_two_backups_in_one_second_are_numbered_and_each_reason_names_its_file(live: Path) -> None:
    first = backup.backup(live, now=WHEN, reason=Reason.BEFORE_RESTORE)
    second = backup.backup(live, now=WHEN, reason=Reason.BEFORE_RESTORE)
    third = backup.backup(live, now=WHEN, reason=Reason.BEFORE_RESTORE)
    assert [b.path.name for b in (first, second, third)] == [
        "live-20260617-093005-before-restore.db", "live-20260617-093005-before-restore-2.db",
        "live-20260617-093005-before-restore-3.db"]
    assert (second.number, third.number) == (2, 3)


def test_a_backup_into_backups_rotates_unless_asked_not_to(live: Path) -> None:
    folder = live.parent / "backups"
    folder.mkdir()
    old = folder / "live-20250101-090000-daily.db"
    old.write_bytes(b"x")
    backup.backup(live, now=WHEN, reason=Reason.DAILY, rotation=False)
    assert old.exists()
    backup.backup(live, now=WHEN + dt.timedelta(seconds=1), reason=Reason.DAILY, retention=Retention(3, 0, 0, 0))
    assert not old.exists()
    assert [p.name for p in folder.iterdir()] == ["live-20260617-093006-daily.db"]  # the newest of the day


def test_a_backup_to_a_chosen_file_is_never_rotated_nor_overwritten(live: Path, tmp_path: Path) -> None:
    folder = live.parent / "backups"
    folder.mkdir()
    old = folder / "live-20250101-090000-daily.db"
    old.write_bytes(b"x")
    out = tmp_path / "keep" / "mine.db"
    out.parent.mkdir()
    chosen = backup.backup(live, out=out, now=WHEN, reason=Reason.MANUAL)
    assert (chosen.path, chosen.size, chosen.taken, chosen.reason, chosen.number) == (
        out, out.stat().st_size, dt.datetime(2026, 6, 17, 9, 30, 5), Reason.MANUAL, 1)
    assert old.exists() and rows(out) == 40
    before = out.read_bytes()
    with pytest.raises(DatabaseError) as raised:
        backup.backup(live, out=out)
    assert str(raised.value) == f"{out} already exists; choose another name" and out.read_bytes() == before
    with pytest.raises(DatabaseError) as raised:
        backup.backup(live, out=tmp_path / "nowhere" / "mine.db")
    assert str(raised.value) == f"folder does not exist: {tmp_path / 'nowhere'}"
    assert sorted(p.name for p in out.parent.iterdir()) == ["mine.db"]


def test_a_chosen_file_made_meanwhile_by_someone_else_is_not_overwritten(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "mine.db"
    real = backup._fsync

    def someone_else_writes_it_first(path: Path) -> None:
        real(path)
        out.write_bytes(b"theirs")

    monkeypatch.setattr(backup, "_fsync", someone_else_writes_it_first)
    with pytest.raises(DatabaseError) as raised:
        backup.backup(live, out=out)
    assert str(raised.value) == f"{out} already exists; choose another name"
    assert out.read_bytes() == b"theirs" and sorted(p.name for p in tmp_path.iterdir()) == ["live.db", "mine.db"]


def test_on_a_file_system_without_hard_links_the_copy_is_still_placed_and_never_clobbers(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "fat" / "copy.db"
    out.parent.mkdir()
    assert backup.backup(live, out=out).path == out and rows(out) == 40
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.db"]
    first = backup.backup(live, now=WHEN)
    second = backup.backup(live, now=WHEN)
    assert (first.number, second.number) == (1, 2) and rows(first.path) == rows(second.path) == 40
    assert len(list((live.parent / "backups").iterdir())) == 2


@pytest.mark.parametrize("what", ["missing", "empty", "folder", "text"])
def test_what_is_no_database_is_not_backed_up(tmp_path: Path, what: str) -> None:
    path = tmp_path / "live.db"
    if what == "empty":
        path.write_bytes(b"")
    elif what == "folder":
        path.mkdir()
    elif what == "text":
        path.write_text("my notes\n" * 20)
    with pytest.raises(DatabaseError) as raised:
        backup.backup(path)
    expected = f"{path} is not a SQLite database" if what == "text" else f"no database to back up at {path}"
    assert str(raised.value) == expected
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_a_copy_that_fails_its_check_leaves_nothing(tmp_path: Path) -> None:
    plain = made(tmp_path / "recipes.db")  # SQLite, but no slamdesk database
    with pytest.raises(DatabaseError) as raised:
        backup.backup(plain, now=WHEN)
    assert str(raised.value).startswith("the backup of recipes.db failed its check: ")
    assert "is not a slamdesk database" in str(raised.value)
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_database_another_process_keeps_locked_is_busy_and_nothing_is_left(
    live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(live, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as raised:
            backup.backup(live, now=WHEN)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(raised.value).startswith(f"cannot read {live}: ")
    assert list((live.parent / "backups").iterdir()) == []


# The day's backup -------------------------------------------------------------------------------


def test_the_first_open_of_a_day_backs_up_once_and_any_backup_that_day_counts(live: Path) -> None:
    first = backup.daily_backup(live, now=WHEN)
    assert first is not None and first.reason is Reason.DAILY and first.path.name == "live-20260617-093005-daily.db"
    assert backup.daily_backup(live, now=WHEN + dt.timedelta(hours=3)) is None
    tomorrow = WHEN + dt.timedelta(days=1)
    backup.backup(live, now=tomorrow, reason=Reason.MANUAL)
    assert backup.daily_backup(live, now=tomorrow + dt.timedelta(hours=1)) is None
    assert len(list((live.parent / "backups").iterdir())) == 2


def test_the_day_is_the_local_day_of_the_clock(live: Path) -> None:
    late = dt.datetime(2026, 6, 17, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # 04:30 UTC the next day
    made_now = backup.daily_backup(live, now=late)
    assert made_now is not None and made_now.path.name == "live-20260617-233000-daily.db"
    assert backup.daily_backup(live, now=late + dt.timedelta(minutes=20)) is None


def test_the_clock_gives_the_time_when_none_is_given(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "clock", lambda: WHEN)
    assert backup.daily_backup(live) is not None
    assert backup.backup(live).path.name == "live-20260617-093005-manual.db"


def test_a_database_that_holds_no_rows_yet_is_not_backed_up(tmp_path: Path) -> None:
    empty = made(tmp_path / "new.db", REVISION)
    connection = sqlite3.connect(empty)
    connection.execute('CREATE TABLE "odd ""name""" (x)')
    connection.execute("CREATE VIRTUAL TABLE search USING fts5(body)")
    connection.execute("INSERT INTO search VALUES ('indexed text is no data of its own')")
    connection.commit()
    connection.close()
    assert backup.daily_backup(empty, now=WHEN) is None  # the version row and a search index hold nothing to keep
    connection = sqlite3.connect(empty)
    connection.execute('INSERT INTO "odd ""name""" VALUES (1)')
    connection.commit()
    connection.close()
    assert backup.daily_backup(empty, now=WHEN) is not None


def test_a_failing_daily_backup_is_logged_and_the_open_goes_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    plain = made(tmp_path / "recipes.db", rows=2)  # rows, but no slamdesk database: its copy fails the check
    with caplog.at_level(logging.WARNING, logger="slamdesk.core.backup"):
        assert backup.daily_backup(plain, now=WHEN) is None
    assert f"the daily backup of {plain} failed: the backup of recipes.db failed its check" in caplog.text
    assert [record.name for record in caplog.records] == ["slamdesk.core.backup"]  # where a log setup finds it


def test_two_processes_making_the_days_backup_at_once_both_open(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both found no backup of today and both made one; the other's rotation removed this one's copy before it
    was read back (seen when two reviewers open one file at the same moment): the open goes on, one copy stays."""
    write = backup._write_copy

    def written_then_rotated_away(*args: object, **kwargs: object) -> Path:
        path = write(*args, **kwargs)  # type: ignore[arg-type]
        other = path.with_name(path.name.replace("-daily", "-daily-2"))
        other.write_bytes(path.read_bytes())  # the other process's copy, kept by its rotation...
        path.unlink()  # ...which removed this one
        return path

    monkeypatch.setattr(backup, "_write_copy", written_then_rotated_away)
    made_now = backup.daily_backup(live, now=WHEN)
    assert made_now is not None and made_now.reason is Reason.DAILY and not made_now.path.exists()
    (kept,) = backup.list_backups(live)
    assert kept.number == 2 and rows(kept.path) == 40


# Before a migration ------------------------------------------------------------------------------


def test_no_upgrade_without_a_backup_of_what_was_there(live: Path) -> None:
    backup._before_migration(live, "schema 0001 to 0007")
    (kept,) = backup.list_backups(live)
    assert kept.reason is Reason.BEFORE_MIGRATION and rows(kept.path) == 40
    assert backup._before_migration in backup._db.before_migration


def test_when_the_backup_before_a_migration_fails_the_upgrade_is_refused_and_says_why(
    live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(live.parent / "backups"))

    monkeypatch.setattr(backup, "backup", full_disk)
    with pytest.raises(DatabaseError) as raised:
        backup._before_migration(live, "schema 0001 to 0007")
    assert str(raised.value) == (f"live.db was not upgraded (schema 0001 to 0007): the backup before it failed: "
                                 f"No space left on device: {live.parent / 'backups'}")

    def no_name(*args: object, **kwargs: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(backup, "backup", no_name)
    with pytest.raises(DatabaseError, match=r"the backup before it failed: Permission denied$"):
        backup._before_migration(live, "why")

    def refused(*args: object, **kwargs: object) -> None:
        raise DatabaseError("the backup of live.db failed its check: damaged")

    monkeypatch.setattr(backup, "backup", refused)
    with pytest.raises(DatabaseError, match=r"failed: the backup of live.db failed its check: damaged$"):
        backup._before_migration(live, "why")


def test_the_backup_module_offers_every_name_of_backups_by_name_and_to_a_star_import() -> None:
    """backup.py is where the CLI and the window look for everything about backups (the docstring says so)."""
    names: dict[str, object] = {}
    exec("from slamdesk.core.backup import *", names)  # noqa: S102 - what a star import brings
    offered = {name for name in names if not name.startswith("__")}
    assert offered == {"DEFAULT_RETENTION", "EVENT_REASONS", "STEP_PAGES", "BackupFile", "BackupInfo", "Progress",
                       "Reason", "Retention", "backup", "backups_dir", "check_backup", "clock", "daily_backup",
                       "describe_backup", "list_backups", "rotate", "to_keep"}


def test_while_a_backup_is_written_the_folder_shows_no_half_file_under_a_backups_name(live: Path) -> None:
    folder = live.parent / "backups"
    seen: list[list[str]] = []
    backup.backup(live, now=WHEN, progress=lambda done, total: seen.append(sorted(p.name for p in folder.iterdir())))
    assert seen and all(names and all(name.startswith(".live-20260617-093005-manual.db.") for name in names)
                        for names in seen)
    assert backup.list_backups(live)[0].path.name == "live-20260617-093005-manual.db"


def test_a_copy_of_a_database_in_wal_mode_is_one_self_contained_file(live: Path) -> None:
    connection = sqlite3.connect(live)
    assert connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"  # as slamdesk keeps its databases
    connection.close()
    copy = backup.backup(live, now=WHEN)
    connection = sqlite3.connect(copy.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_a_damaged_database_is_not_backed_up_and_says_why(tmp_path: Path) -> None:
    from .test_backup_files import damage_index

    path = made(tmp_path / "live.db", REVISION, rows=3)
    damage_index(path)
    with pytest.raises(DatabaseError) as raised:
        backup.backup(path, now=WHEN)
    assert str(raised.value).startswith("the backup of live.db failed its check: ")
    assert "is damaged: the integrity check found" in str(raised.value)
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_copy_that_stays_locked_or_fails_says_so_and_leaves_nothing(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(source: object, target: object, progress: object) -> None:
        raise backup.Busy

    monkeypatch.setattr(backup, "copy_pages", busy)
    with pytest.raises(backup.DatabaseBusyError) as raised:
        backup.backup(live, now=WHEN)
    assert str(raised.value) == "live.db stayed locked; no backup was made, try again"

    def broken(source: object, target: object, progress: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup, "copy_pages", broken)
    with pytest.raises(DatabaseError) as raised:
        backup.backup(live, now=WHEN)
    assert str(raised.value) == "the backup of live.db failed: disk I/O error"
    assert list((live.parent / "backups").iterdir()) == []


def test_a_backup_leaves_no_file_or_folder_open(live: Path) -> None:
    backup.backup(live, now=WHEN)
    folder = str((live.parent / "backups").resolve())
    targets = [os.path.realpath(fd) for fd in Path("/proc/self/fd").iterdir()]
    assert [t for t in targets if t.startswith(folder) or t.startswith(str(live.resolve()))] == []


def test_the_retention_asked_for_is_the_one_applied(live: Path) -> None:
    yesterday = backup.backup(live, now=WHEN - dt.timedelta(days=1), reason=Reason.DAILY, rotation=False)
    backup.backup(live, now=WHEN, reason=Reason.DAILY, retention=Retention(1, 0, 0, 0))
    assert not yesterday.path.exists()  # the default would keep it


def test_a_daily_backup_that_cannot_be_made_is_logged_whatever_went_wrong(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    live = made(tmp_path / "live.db", REVISION, rows=2)
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    notes = tmp_path / "notes.db"
    notes.write_text("my notes " * 100)
    with caplog.at_level(logging.WARNING, logger="slamdesk.core.backup"):
        assert backup.daily_backup(live, now=WHEN) is None
        assert backup.daily_backup(notes, now=WHEN) is None
    assert len(caplog.records) == 2 and all("the daily backup of" in r.getMessage() for r in caplog.records)


def test_asking_for_the_day_backup_of_a_missing_database_makes_no_file(tmp_path: Path) -> None:
    assert backup.daily_backup(tmp_path / "gone.db", now=WHEN) is None
    assert not (tmp_path / "gone.db").exists()
