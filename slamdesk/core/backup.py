"""Backups of the database: making them, automatically and on demand, and rotating them.

A backup is an online copy made with SQLite's backup API from a fresh
connection to the database file, inside one read transaction: it holds what
is still in the write-ahead log (a file copy would not) and is one consistent
moment even while others write. The copy is written to a hidden temporary file
in the target folder, made a single self-contained file (journal mode DELETE),
checked (``PRAGMA integrity_check`` must say "ok", and it must be a slamdesk
database whose schema revision this slamdesk knows), then renamed into place
with mode 0600. Any failure leaves no file behind; an existing file is never
overwritten.

Where and when:

- ``backups/`` beside the database file (as ``register/``), each named
  ``<database name>-YYYYMMDD-HHMMSS-<reason>.db`` in the clock's local time,
  so names sort by time and say why: ``daily``, ``manual``,
  ``before-migration``, ``before-restore`` (``-2``, ``-3``… after the reason
  when two are made in one second).
- Automatically before every migration of an existing database
  (``db.before_migration``) and on the first open of each day that has no
  backup yet (``daily_backup``, called by ``Database.open``; a database that
  holds no rows yet is skipped). Checking for today's backup is one directory
  listing.
- On demand: ``slamdesk backup``, File ▸ Back up now.

Rotation (grandfather-father-son), after each backup written into ``backups/``;
every backup of this database there counts, whatever its reason:

- the newest backup of each of the last 7 calendar days (today included),
- the newest of each of the last 4 ISO weeks (this week included),
- the newest of each of the last 12 calendar months (this month included),
- and, whatever their age, the 5 newest of each event kind (``manual``,
  ``before-migration``, ``before-restore``), so the state a restore replaced
  is not rotated away by the same day's later backups.

Everything else of this database in that folder is deleted. Files whose names
do not follow the pattern (or name another database) are never touched, and
neither are backups dated after the clock's now (a clock set back).

Restoring a backup is ``restore.py``; the names, listing, checking and page
copying both use are ``backup_files.py`` (their public names are importable
from here too).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import db as _db
from .backup_files import (
    EVENT_REASONS,
    STEP_PAGES,
    BackupFile,
    BackupInfo,
    Busy,
    Progress,
    Reason,
    backups_dir,
    check_backup,
    check_header,
    copy_pages,
    describe_backup,
    file_name,
    list_backups,
    made_on,
    open_file,
    parse_name,
    slamdesk_revision,
    sqlite_uri,
)
from .db import BUSY_TIMEOUT_MS
from .errors import DatabaseBusyError, DatabaseError
from .words import _

__all__ = [
    "DEFAULT_RETENTION",
    "EVENT_REASONS",
    "STEP_PAGES",
    "BackupFile",
    "BackupInfo",
    "Progress",
    "Reason",
    "Retention",
    "backup",
    "backups_dir",
    "check_backup",
    "clock",
    "daily_backup",
    "describe_backup",
    "list_backups",
    "rotate",
    "to_keep",
]

log = logging.getLogger(__name__)

_TEMP_PREFIX = "."


def clock() -> dt.datetime:
    """Now, in local time (timezone-aware). Tests replace it."""
    return dt.datetime.now().astimezone()


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps (see the module docstring)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    per_event: int = 5


DEFAULT_RETENTION = Retention()


# Writing a checked copy


def _open_source(database_path: Path) -> sqlite3.Connection:
    """A fresh read-only connection to the live database (it reads the WAL too)."""
    try:
        connection = sqlite3.connect(
            sqlite_uri(database_path, mode="ro"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
        connection.execute("BEGIN")  # one read transaction: the copy is one moment, never restarted by writers
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise DatabaseError(_("cannot read {path}: {error}").format(path=database_path, error=error)) from error
    return connection


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_temporary(temporary: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            Path(f"{temporary}{suffix}").unlink()
        except FileNotFoundError:
            pass


def _place(temporary: Path, target: Path) -> None:
    """Give ``temporary`` the name ``target``, never replacing an existing file."""
    try:
        os.link(temporary, target)  # fails if target exists: no clobbering, atomic
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(temporary, target)
        return
    temporary.unlink()


def _write_copy(
    database_path: Path, target_for: Callable[[int], Path], progress: Progress | None, *, numbered: bool
) -> Path:
    """Copy the database into a checked file at ``target_for(1)``.

    ``numbered``: when that name is taken, try ``target_for(2)``, ``(3)``…;
    otherwise refuse (a file the person chose is never overwritten).
    """
    first = target_for(1)
    folder = first.parent
    if not folder.is_dir():
        raise DatabaseError(_("folder does not exist: {folder}").format(folder=folder))
    temporary = folder / f"{_TEMP_PREFIX}{first.name}.{secrets.token_hex(4)}.tmp"
    source = _open_source(database_path)
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            target = sqlite3.connect(temporary, isolation_level=None)
            try:
                copy_pages(source, target, progress)
                target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                target.close()
        except Busy:
            raise DatabaseBusyError(
                _("{name} stayed locked; no backup was made, try again").format(name=database_path.name)) from None
        except sqlite3.Error as error:
            raise DatabaseError(_("the backup of {name} failed: {error}").format(name=database_path.name, error=error)) from error
        copy = open_file(temporary)
        try:
            slamdesk_revision(temporary, copy, full=True)
        except DatabaseError as error:
            raise DatabaseError(
                _("the backup of {name} failed its check: {error}").format(name=database_path.name, error=error)) from error
        finally:
            copy.close()
        _fsync(temporary)
        number = 1
        while True:
            target_path = target_for(number)
            try:
                _place(temporary, target_path)
                break
            except FileExistsError:
                if not numbered:
                    raise DatabaseError(_("{path} already exists; choose another name").format(path=target_path)) from None
                number += 1
    finally:
        source.close()
        _remove_temporary(temporary)
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # not every file system lets a folder be synced
    return target_path


def backup(
    database_path: Path,
    *,
    out: Path | None = None,
    reason: Reason = Reason.MANUAL,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    retention: Retention = DEFAULT_RETENTION,
    rotation: bool = True,
) -> BackupFile:
    """Back up the database at ``database_path`` and return the checked copy.

    Into ``out`` (never overwritten) when given, else into ``backups/`` beside
    the database, named by ``now`` and ``reason``, then rotated (unless
    ``rotation`` is False). Any user may back up: the copy is the user's own file.
    """
    database_path = Path(database_path).expanduser()
    if not database_path.is_file() or database_path.stat().st_size == 0:
        raise DatabaseError(_("no database to back up at {path}").format(path=database_path))
    check_header(database_path)
    when = now or clock()
    if out is not None:
        out = Path(out).expanduser()
        if out.exists():
            raise DatabaseError(_("{path} already exists; choose another name").format(path=out))

        def chosen(_number: int) -> Path:
            return out

        path = _write_copy(database_path, chosen, progress, numbered=False)
        return BackupFile(path, path.stat().st_size, when.replace(tzinfo=None), reason)
    folder = backups_dir(database_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def named(number: int) -> Path:
        return folder / file_name(database_path.stem, when, reason, number)

    path = _write_copy(database_path, named, progress, numbered=True)
    made = parse_name(path, database_path.stem)
    if made is None:  # another process opening the database the same day rotated it away: its own copy stands
        made = BackupFile(path, 0, when.replace(tzinfo=None), reason)
    if rotation:
        rotate(database_path, now=when, retention=retention)
    return made


# Rotation


def _months(today: dt.date, count: int) -> set[tuple[int, int]]:
    year, month, months = today.year, today.month, set()
    for _month in range(count):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def to_keep(backups: Iterable[BackupFile], now: dt.datetime, retention: Retention = DEFAULT_RETENTION) -> set[Path]:
    """The backups rotation keeps (the rule is in the module docstring)."""
    newest_first = sorted(backups, key=lambda b: (b.taken, b.number), reverse=True)
    wall_now = now.replace(tzinfo=None)
    today = wall_now.date()
    keep = {b.path for b in newest_first if b.taken > wall_now}  # from a clock that was ahead: not ours to judge
    past = [b for b in newest_first if b.taken <= wall_now]

    def newest_per(period: Callable[[dt.date], object], wanted: set[object]) -> None:
        seen: set[object] = set()
        for b in past:
            key = period(b.taken.date())
            if key in wanted and key not in seen:
                seen.add(key)
                keep.add(b.path)

    newest_per(lambda d: d, {today - dt.timedelta(days=n) for n in range(retention.daily)})
    newest_per(
        lambda d: tuple(d.isocalendar())[:2],
        {tuple((today - dt.timedelta(weeks=n)).isocalendar())[:2] for n in range(retention.weekly)},
    )
    newest_per(lambda d: (d.year, d.month), set(_months(today, retention.monthly)))
    for reason in EVENT_REASONS:
        keep.update(b.path for b in [b for b in past if b.reason is reason][: retention.per_event])
    return keep


def rotate(
    database_path: Path,
    *,
    now: dt.datetime | None = None,
    retention: Retention = DEFAULT_RETENTION,
    protect: Iterable[Path] = (),
) -> list[Path]:
    """Delete the backups of this database that rotation does not keep (nor ``protect``); returns them."""
    backups = list_backups(database_path)
    keep = to_keep(backups, now or clock(), retention)
    spared = {p.resolve() for p in protect}
    removed = []
    for b in backups:
        if b.path not in keep and b.path.resolve() not in spared:
            try:
                b.path.unlink()
            except FileNotFoundError:
                continue  # another process rotated it first
            removed.append(b.path)
    return removed


# Automatic backups


def _holds_rows(database_path: Path) -> bool:
    """Whether any table of ours has a row (a brand-new database has none: nothing to keep)."""
    connection = sqlite3.connect(sqlite_uri(database_path, mode="ro"), uri=True, isolation_level=None)
    try:
        tables = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        virtual = [name for name, sql in tables if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
        for name, _sql in tables:
            if name == "alembic_version" or name.startswith("sqlite_") or name in virtual \
                    or any(name.startswith(f"{v}_") for v in virtual):
                continue
            quoted = name.replace('"', '""')
            if connection.execute(f'SELECT EXISTS (SELECT 1 FROM "{quoted}")').fetchone()[0]:
                return True
        return False
    finally:
        connection.close()


def daily_backup(database_path: Path, *, now: dt.datetime | None = None) -> BackupFile | None:
    """The day's backup, unless one of this database was made today (by any reason) or it holds no rows yet.

    Never raises: a failure is logged and the database opens anyway.
    """
    database_path = Path(database_path).expanduser()
    when = now or clock()
    try:
        if made_on(database_path, when.replace(tzinfo=None).date()) or not _holds_rows(database_path):
            return None
        return backup(database_path, reason=Reason.DAILY, now=when)
    except (DatabaseError, OSError, sqlite3.Error) as error:
        log.warning("the daily backup of %s failed: %s", database_path, error)
        return None


def _before_migration(database_path: Path, why: str) -> None:
    """Registered in ``db.before_migration``: no upgrade without a backup of what was there."""
    try:
        backup(database_path, reason=Reason.BEFORE_MIGRATION)
    except (DatabaseError, OSError) as error:
        detail = str(error)
        if isinstance(error, OSError) and error.strerror:
            detail = f"{error.strerror}: {error.filename}" if error.filename else error.strerror
        raise DatabaseError(_("{name} was not upgraded ({why}): the backup before it failed: {detail}").format(
            name=database_path.name, why=why, detail=detail)) from error


if _before_migration not in _db.before_migration:
    _db.before_migration.append(_before_migration)
