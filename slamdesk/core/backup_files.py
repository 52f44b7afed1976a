"""Backup files: their names, finding them, checking one, and copying pages.

What ``backup.py`` (making and rotating backups) and ``restore.py`` (restoring
one) share. A backup in ``backups/`` beside its database is named
``<database name>-YYYYMMDD-HHMMSS-<reason>.db`` in the clock's local time
(``-2``, ``-3``… after the reason when two are made in one second); files whose
names do not follow the pattern, or name another database, are not backups of
this database. A file is a sound backup when it is SQLite, a slamdesk database
whose schema revision this slamdesk knows, and (the full check) passes
``PRAGMA integrity_check``. Pages are copied with SQLite's backup API.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .db import BUSY_TIMEOUT_MS, SQLITE_HEADER, known_revisions
from .errors import DatabaseError
from .words import _, ngettext

Progress = Callable[[int, int], None]  # (pages done, pages in all)

STEP_PAGES = 32  # pages copied per step (128 KiB); progress is reported after each
_SLEEP_S = 0.05  # how long the backup API waits before trying a busy database again
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


class Reason(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"


EVENT_REASONS = (Reason.MANUAL, Reason.BEFORE_MIGRATION, Reason.BEFORE_RESTORE)
NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})-(?P<reason>"
    + "|".join(re.escape(r.value) for r in Reason)
    + r")(?:-(?P<n>\d+))?\.db$"
)


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk. ``taken`` is the wall-clock time in its name (or the file's time)."""

    path: Path
    size: int
    taken: dt.datetime
    reason: Reason | None
    number: int = 1  # 2, 3… for a second backup in the same second


@dataclass(frozen=True)
class BackupInfo:
    """A file offered for restoring, as far as it can be read without the full check."""

    path: Path
    size: int
    taken: dt.datetime
    revision: str


class Busy(Exception):
    """The database stayed locked by a writer longer than we wait."""


# Where and what


def backups_dir(database_path: Path) -> Path:
    """The backups folder lives beside its database file (like the register folder)."""
    return Path(database_path).expanduser().resolve().parent / "backups"


def parse_name(path: Path, stem: str) -> BackupFile | None:
    """The backup of database ``stem`` at ``path``, or None when its name is not one."""
    match = NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        taken = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupFile(path, size, taken, Reason(match["reason"]), int(match["n"] or 1))


def list_backups(database_path: Path) -> list[BackupFile]:
    """The backups of this database in its backups folder, newest first."""
    database_path = Path(database_path).expanduser()
    folder = backups_dir(database_path)
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    found = (parse_name(Path(entry.path), database_path.stem) for entry in entries if entry.is_file())
    return sorted((b for b in found if b is not None), key=lambda b: (b.taken, b.number), reverse=True)


def made_on(database_path: Path, day: dt.date) -> bool:
    """Whether a backup of this database is dated ``day`` (names only: one directory listing)."""
    try:
        names = os.listdir(backups_dir(database_path))
    except FileNotFoundError:
        return False
    stem, date = database_path.stem, f"{day:%Y%m%d}"
    return any((m := NAME.match(name)) is not None and m["stem"] == stem and m["date"] == date for name in names)


def file_name(stem: str, when: dt.datetime, reason: Reason, number: int) -> str:
    extra = f"-{number}" if number > 1 else ""
    return f"{stem}-{when:%Y%m%d-%H%M%S}-{reason.value}{extra}.db"


def sqlite_uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{path.resolve().as_uri()}?{query}"


# Checking a database file


def slamdesk_revision(path: Path, connection: sqlite3.Connection, *, full: bool) -> str:
    """The schema revision of a slamdesk database; raises ``DatabaseError`` naming ``path`` otherwise."""
    try:
        has_version = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        if row is None or not isinstance(row[0], str):
            raise DatabaseError(_("{path} is not a slamdesk database (it has no slamdesk schema version)").format(path=path))
        revision = row[0]
        known = known_revisions()
        if revision not in known:
            from .. import __version__

            raise DatabaseError(_(
                "{path} was written by a newer slamdesk (schema {revision}); this is slamdesk {version}, "
                "which reads schemas up to {newest}"
            ).format(path=path, revision=revision, version=__version__, newest=known[-1]))
        if full:
            problems = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                more = len(problems) - 1
                if more:
                    raise DatabaseError(ngettext(
                        "{path} is damaged: the integrity check found {problem} (and {count} more problems)",
                        "{path} is damaged: the integrity check found {problem} (and {count} more problems)", more,
                    ).format(path=path, problem=problems[0], count=more))
                raise DatabaseError(_("{path} is damaged: the integrity check found {problem}").format(
                    path=path, problem=problems[0]))
        return revision
    except sqlite3.DatabaseError as error:
        raise DatabaseError(_("{path} is damaged: {error}").format(path=path, error=error)) from error


def open_file(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file nobody writes to (a backup): no lock, no WAL needed."""
    return sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None)


def check_header(path: Path) -> None:
    """Refuses (naming ``path``) a file that cannot be read or does not start as SQLite."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise DatabaseError(_("{path} is a folder, not a backup file").format(path=path)) from None
    except OSError as error:
        raise DatabaseError(_("cannot read {path}: {error}").format(path=path, error=error.strerror or error)) from None
    if header != SQLITE_HEADER:
        raise DatabaseError(_("{path} is not a SQLite database").format(path=path))


def check_backup(path: Path, *, full: bool = True) -> str:
    """The schema revision of the slamdesk backup at ``path``, after the full check.

    Refuses (one line naming the file) a file that is not SQLite, not a
    slamdesk database, from a newer slamdesk, or (``full``) damaged.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise DatabaseError(_("{path}: no such file").format(path=path))
    check_header(path)
    try:
        connection = open_file(path)
    except sqlite3.Error as error:
        raise DatabaseError(_("{path} cannot be read: {error}").format(path=path, error=error)) from error
    try:
        return slamdesk_revision(path, connection, full=full)
    finally:
        connection.close()


def describe_backup(path: Path) -> BackupInfo:
    """What a person needs to confirm a restore: the file, its date and schema (quick checks only)."""
    path = Path(path).expanduser()
    revision = check_backup(path, full=False)
    size = path.stat().st_size
    parsed = NAME.match(path.name)
    taken = None
    if parsed is not None:
        try:
            taken = dt.datetime.strptime(parsed["date"] + parsed["time"], "%Y%m%d%H%M%S")
        except ValueError:
            taken = None
    if taken is None:
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, size, taken, revision)


# Copying


def copy_pages(source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress | None) -> None:
    """Copy ``source`` into ``target`` page by page; raises ``Busy`` when ``target`` stays locked."""
    busy = 0

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal busy
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
            busy += 1
            if busy * _SLEEP_S * 1000 >= BUSY_TIMEOUT_MS:
                raise Busy
            return
        busy = 0
        if progress is not None:
            progress(total - remaining, total)

    source.backup(target, pages=STEP_PAGES, progress=step, sleep=_SLEEP_S)
