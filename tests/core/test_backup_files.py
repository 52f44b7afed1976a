"""Backup files (core/backup_files.py): which files are backups of which database, what a refused file is
told, and copying pages with progress. Small hand-made SQLite files, no demo database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from slamdesk import __version__
from slamdesk.core import backup_files
from slamdesk.core.backup_files import BackupFile, Reason
from slamdesk.core.db import known_revisions
from slamdesk.core.errors import DatabaseError


def made(path: Path, revision: object = None, *, rows: int = 0) -> Path:
    """A SQLite file; with ``revision``, a slamdesk database of that schema revision as far as the checks go."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT, country TEXT)")
    connection.execute("CREATE INDEX ix_customer_name ON customer (name)")
    connection.executemany("INSERT INTO customer (name, country) VALUES (?, ?)",
                           [(f"customer {n} " + "x" * 300, "VN") for n in range(rows)])
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.commit()
    connection.close()
    return path


def touch(folder: Path, name: str, size: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(b"x" * size)
    return folder / name


# Names ------------------------------------------------------------------------------------


def test_a_backup_is_named_after_its_database_the_local_time_and_the_reason() -> None:
    when = dt.datetime(2026, 3, 4, 5, 6, 7)
    assert backup_files.file_name("live", when, Reason.DAILY, 1) == "live-20260304-050607-daily.db"
    assert backup_files.file_name("live", when, Reason.BEFORE_RESTORE, 2) == "live-20260304-050607-before-restore-2.db"
    assert backup_files.file_name("my-books", when, Reason.MANUAL, 12) == "my-books-20260304-050607-manual-12.db"


def test_the_backups_of_a_database_are_listed_newest_first_and_nothing_else(tmp_path: Path) -> None:
    database = tmp_path / "live.db"
    folder = tmp_path / "backups"
    assert backup_files.list_backups(database) == []  # no folder yet
    touch(folder, "live-20260101-090000-daily.db", 10)
    touch(folder, "live-20260102-090000-manual.db", 20)
    touch(folder, "live-20260102-090000-manual-2.db", 30)
    touch(folder, "live-20251231-235959-before-migration.db")
    for other in ("other-20260103-090000-daily.db",  # another database's
                  "live-20260103-090000-weekly.db",  # no such reason
                  "live-20261332-090000-daily.db",  # no such day
                  "live-20260103-250000-daily.db",  # no such hour
                  "live-20260103-090000-daily.db.tmp", "live-20260103-090000-daily-x.db", "notes.txt",
                  "xlive-20260103-090000-daily.db", "live-2026010-090000-daily.db"):
        touch(folder, other)
    (folder / "live-20260104-090000-daily.db").mkdir()  # a folder is no backup
    found = backup_files.list_backups(database)
    assert [b.path.name for b in found] == ["live-20260102-090000-manual-2.db", "live-20260102-090000-manual.db",
                                             "live-20260101-090000-daily.db", "live-20251231-235959-before-migration.db"]
    assert found[0] == BackupFile(folder / "live-20260102-090000-manual-2.db", 30, dt.datetime(2026, 1, 2, 9), Reason.MANUAL, 2)
    assert (found[1].number, found[1].size, found[2].reason) == (1, 20, Reason.DAILY)
    assert found[3].reason is Reason.BEFORE_MIGRATION


def test_a_database_whose_name_has_dashes_and_digits_is_told_apart(tmp_path: Path) -> None:
    touch(tmp_path / "backups", "books-2026-20260101-090000-daily.db")
    touch(tmp_path / "backups", "books-20260102-090000-daily.db")
    assert [b.path.name for b in backup_files.list_backups(tmp_path / "books-2026.db")] == [
        "books-2026-20260101-090000-daily.db"]
    assert [b.path.name for b in backup_files.list_backups(tmp_path / "books.db")] == ["books-20260102-090000-daily.db"]


def test_the_backups_folder_is_beside_the_database_wherever_it_is_given_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "office").mkdir()
    monkeypatch.chdir(tmp_path / "office")
    assert backup_files.backups_dir(Path("live.db")) == tmp_path / "office" / "backups"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert backup_files.backups_dir(Path("~/office/live.db")) == tmp_path / "office" / "backups"
    touch(tmp_path / "office" / "backups", "live-20260101-090000-daily.db")
    assert len(backup_files.list_backups(Path("~/office/live.db"))) == 1


def test_whether_a_backup_was_made_on_a_day_reads_only_the_names(tmp_path: Path) -> None:
    database = tmp_path / "live.db"
    assert not backup_files.made_on(database, dt.date(2026, 1, 2))  # no folder yet
    touch(tmp_path / "backups", "live-20260102-235959-manual.db")
    touch(tmp_path / "backups", "other-20260103-090000-daily.db")
    touch(tmp_path / "backups", "live-20260104-090000-weekly.db")
    assert backup_files.made_on(database, dt.date(2026, 1, 2))
    assert not backup_files.made_on(database, dt.date(2026, 1, 3))  # another database's backup
    assert not backup_files.made_on(database, dt.date(2026, 1, 4))  # not a backup name
    assert not backup_files.made_on(database, dt.date(2026, 1, 1))


# Checking a file ----------------------------------------------------------------------------


def test_a_sound_backup_says_its_schema_revision(tmp_path: Path) -> None:
    revision = known_revisions()[0]
    path = made(tmp_path / "old.db", revision, rows=5)
    assert backup_files.check_backup(path) == revision
    assert backup_files.check_backup(path, full=False) == revision


@pytest.mark.parametrize("revision", [None, 7, "nope"])
def test_a_sqlite_file_that_is_no_slamdesk_database_is_refused_by_name(tmp_path: Path, revision: object) -> None:
    path = made(tmp_path / "recipes.db", revision)
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_backup(path)
    if revision == "nope":
        assert str(raised.value) == (f"{path} was written by a newer slamdesk (schema nope); this is slamdesk "
                                     f"{__version__}, which reads schemas up to {known_revisions()[-1]}")
    else:
        assert str(raised.value) == f"{path} is not a slamdesk database (it has no slamdesk schema version)"


def test_a_schema_version_table_left_empty_is_no_slamdesk_database(tmp_path: Path) -> None:
    path = made(tmp_path / "empty-version.db", known_revisions()[-1])
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="it has no slamdesk schema version"):
        backup_files.check_backup(path)


def damage_index(path: Path) -> None:
    """Every page still reads, but the index no longer matches its table."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_customer_name ON customer (country)' "
                       "WHERE name = 'ix_customer_name'")
    connection.commit()
    connection.close()


def test_a_damaged_backup_is_refused_by_the_full_check_only_and_says_how_many_problems(tmp_path: Path) -> None:
    path = made(tmp_path / "damaged.db", known_revisions()[-1], rows=3)
    damage_index(path)
    assert backup_files.check_backup(path, full=False) == known_revisions()[-1]  # the quick look cannot tell
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_backup(path)
    message = str(raised.value)
    assert message.startswith(f"{path} is damaged: the integrity check found ")
    connection = sqlite3.connect(path)
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    connection.close()
    assert len(problems) > 1
    assert message == (f"{path} is damaged: the integrity check found {problems[0]} "
                       f"(and {len(problems) - 1} more problems)")


def test_a_single_problem_is_named_without_a_count(tmp_path: Path) -> None:
    path = made(tmp_path / "damaged.db", known_revisions()[-1], rows=1)
    damage_index(path)
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_backup(path)
    connection = sqlite3.connect(path)
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    connection.close()
    assert len(problems) == 1
    assert str(raised.value) == f"{path} is damaged: the integrity check found {problems[0]}"


def test_a_file_cut_short_is_damaged(tmp_path: Path) -> None:
    path = made(tmp_path / "whole.db", known_revisions()[-1], rows=200)
    cut = tmp_path / "cut.db"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_backup(cut)
    assert str(raised.value).startswith(f"{cut} is damaged: ")


def test_what_is_not_a_sqlite_file_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_backup(tmp_path / "gone.db")
    assert str(raised.value) == f"{tmp_path / 'gone.db'}: no such file"
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n" * 10)
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_backup(notes)
    assert str(raised.value) == f"{notes} is not a SQLite database"
    (tmp_path / "folder.db").mkdir()
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_backup(tmp_path / "folder.db")
    assert str(raised.value) == f"{tmp_path / 'folder.db'} is a folder, not a backup file"


def test_a_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    loop = tmp_path / "loop.db"
    loop.symlink_to(loop)  # opening it fails whoever you are
    with pytest.raises(DatabaseError) as raised:
        backup_files.check_header(loop)
    assert str(raised.value) == f"cannot read {loop}: Too many levels of symbolic links"


def test_a_backup_is_described_by_the_time_in_its_name_or_else_the_files_time(tmp_path: Path) -> None:
    revision = known_revisions()[-1]
    named = made(tmp_path / "live-20260102-093000-manual.db", revision)
    info = backup_files.describe_backup(named)
    assert (info.path, info.size, info.taken, info.revision) == (named, named.stat().st_size,
                                                                  dt.datetime(2026, 1, 2, 9, 30), revision)
    for name in ("copy.db", "live-20261399-093000-manual.db"):
        other = made(tmp_path / name, revision)
        os.utime(other, (1_700_000_000, 1_700_000_000))
        assert backup_files.describe_backup(other).taken == dt.datetime.fromtimestamp(1_700_000_000)


def test_describing_a_damaged_backup_only_looks_quickly(tmp_path: Path) -> None:
    path = made(tmp_path / "damaged.db", known_revisions()[-1], rows=3)
    damage_index(path)
    assert backup_files.describe_backup(path).revision == known_revisions()[-1]
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        (tmp_path / "notes.db").write_text("notes " * 40)
        backup_files.describe_backup(tmp_path / "notes.db")


def test_a_file_uri_keeps_every_parameter_and_odd_characters(tmp_path: Path) -> None:
    path = tmp_path / "my books #1?.db"
    uri = backup_files.sqlite_uri(path, mode="ro", immutable="1")
    assert uri == f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    made(path, known_revisions()[-1])
    connection = sqlite3.connect(uri, uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("DELETE FROM customer")
    connection.close()


# Copying pages ------------------------------------------------------------------------------------


def test_pages_are_copied_with_progress_up_to_the_total(tmp_path: Path) -> None:
    source = sqlite3.connect(made(tmp_path / "source.db", known_revisions()[-1], rows=2000))
    target = sqlite3.connect(tmp_path / "copy.db")
    seen: list[tuple[int, int]] = []
    backup_files.copy_pages(source, target, lambda done, total: seen.append((done, total)))
    total = source.execute("PRAGMA page_count").fetchone()[0]
    assert total > 3 * backup_files.STEP_PAGES
    assert seen[0] == (backup_files.STEP_PAGES, total) and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})
    assert target.execute("SELECT count(*) FROM customer").fetchone()[0] == 2000
    backup_files.copy_pages(source, sqlite3.connect(tmp_path / "quiet.db"), None)  # no progress asked for
    source.close()
    target.close()
    assert backup_files.check_backup(tmp_path / "quiet.db") == known_revisions()[-1]


def test_a_copy_into_a_database_another_connection_keeps_locked_gives_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backup_files, "BUSY_TIMEOUT_MS", 500)  # gives up after half a second, not the 5 s a person waits
    source = sqlite3.connect(made(tmp_path / "source.db", known_revisions()[-1], rows=50))
    made(tmp_path / "target.db")
    holder = sqlite3.connect(tmp_path / "target.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    target = sqlite3.connect(tmp_path / "target.db", timeout=0)
    try:
        with pytest.raises(backup_files.Busy):
            backup_files.copy_pages(source, target, None)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        target.close()
        source.close()


def test_a_copy_waits_for_a_short_lock_and_then_finishes(tmp_path: Path) -> None:
    source = sqlite3.connect(made(tmp_path / "source.db", known_revisions()[-1], rows=50), check_same_thread=False)
    made(tmp_path / "target.db")
    holder = sqlite3.connect(tmp_path / "target.db", isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.3, lambda: holder.execute("ROLLBACK"))
    release.start()
    target = sqlite3.connect(tmp_path / "target.db", timeout=0)
    try:
        backup_files.copy_pages(source, target, None)
    finally:
        release.join()
        holder.close()
        target.close()
        source.close()
    assert backup_files.check_backup(tmp_path / "target.db") == known_revisions()[-1]


def test_progress_moves_in_steps_of_32_pages(tmp_path: Path) -> None:
    source = sqlite3.connect(made(tmp_path / "source.db", known_revisions()[-1], rows=2000))
    target = sqlite3.connect(tmp_path / "copy.db")
    seen: list[int] = []
    backup_files.copy_pages(source, target, lambda done, total: seen.append(done))
    source.close()
    target.close()
    assert seen[:3] == [32, 64, 96]  # 128 KiB a step with 4 KiB pages


def test_a_copy_from_a_connection_in_the_middle_of_a_write_gives_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_files, "BUSY_TIMEOUT_MS", 300)
    path = made(tmp_path / "source.db", known_revisions()[-1], rows=50)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO customer (name, country) VALUES ('half written', 'SE')")
    target = sqlite3.connect(tmp_path / "copy.db")
    try:
        with pytest.raises(backup_files.Busy):
            backup_files.copy_pages(writer, target, None)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        target.close()


def test_many_backups_in_one_second_are_listed_by_their_number(tmp_path: Path) -> None:
    for n in (1, 7, 2, 12, 3, 10, 5, 4, 11, 6, 9, 8):
        touch(tmp_path / "backups", f"live-20260101-090000-manual{'' if n == 1 else f'-{n}'}.db")
    assert [b.number for b in backup_files.list_backups(tmp_path / "live.db")] == list(range(12, 0, -1))


def test_a_day_without_a_backup_is_answered_no(tmp_path: Path) -> None:
    assert backup_files.made_on(tmp_path / "live.db", dt.date(2026, 1, 2)) is False
    touch(tmp_path / "backups", "live-20260101-090000-manual.db")
    assert backup_files.made_on(tmp_path / "live.db", dt.date(2026, 1, 2)) is False
    assert backup_files.made_on(tmp_path / "live.db", dt.date(2026, 1, 1)) is True


def test_a_backup_another_program_holds_locked_can_still_be_checked_and_is_never_written(tmp_path: Path) -> None:
    path = made(tmp_path / "held.db", known_revisions()[-1], rows=3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a backup program copying it, say
    try:
        assert backup_files.check_backup(path) == known_revisions()[-1]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    reader = backup_files.open_file(path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("DELETE FROM customer")
        reader.execute("BEGIN")  # a read transaction of its own, as a restore takes one
        reader.execute("COMMIT")
    finally:
        reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["held.db"]


def test_checking_a_backup_leaves_no_file_open(tmp_path: Path) -> None:
    path = made(tmp_path / "checked.db", known_revisions()[-1], rows=3)

    def open_on_it() -> int:
        return sum(1 for fd in Path("/proc/self/fd").iterdir() if os.path.realpath(fd) == str(path.resolve()))

    backup_files.check_backup(path)
    backup_files.describe_backup(path)
    assert open_on_it() == 0
