"""Backups of the database and restoring one.

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

Restoring (administrators only, checked against the stored profile): the file
must be a sound slamdesk database no newer than this slamdesk; the current
database is backed up first (``before-restore``; rotation waits until the copy
is done and spares the file restored); then the backup is copied
INTO the live database with the backup API, in one write transaction, so other
open connections and the write-ahead log stay consistent (they see the old
content until it commits, the restored content after). An older schema is then
upgraded by ``Database.open``, and the restore is written to the audit log as
a re-anchoring (``audit.reanchor``): the anchor outside the database then names
the restored log's head, and the log says that it was rewound and from where.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from . import audit
from . import db as _db
from .db import BUSY_TIMEOUT_MS, SQLITE_HEADER, Database, head_revision, known_revisions
from .errors import DatabaseBusyError, DatabaseError, PermissionDenied
from .roles import Actor, Role, require_role

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (pages done, pages in all)

STEP_PAGES = 32  # pages copied per step (128 KiB); progress is reported after each
_SLEEP_S = 0.05  # how long the backup API waits before trying a busy database again
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_TEMP_PREFIX = "."


def clock() -> dt.datetime:
    """Now, in local time (timezone-aware). Tests replace it."""
    return dt.datetime.now().astimezone()


class Reason(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"


EVENT_REASONS = (Reason.MANUAL, Reason.BEFORE_MIGRATION, Reason.BEFORE_RESTORE)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})-(?P<reason>"
    + "|".join(re.escape(r.value) for r in Reason)
    + r")(?:-(?P<n>\d+))?\.db$"
)


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps (see the module docstring)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    per_event: int = 5


DEFAULT_RETENTION = Retention()


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


@dataclass(frozen=True)
class Restored:
    source: Path
    revision: str  # the schema revision of the backup (upgraded to this slamdesk's after restoring)
    kept: BackupFile  # the database as it was before, in backups/


class _Busy(Exception):
    """The database stayed locked by a writer longer than we wait."""


# Where and what


def backups_dir(database_path: Path) -> Path:
    """The backups folder lives beside its database file (like the register folder)."""
    return Path(database_path).expanduser().resolve().parent / "backups"


def _parse(path: Path, stem: str) -> BackupFile | None:
    match = _NAME.match(path.name)
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
    found = (_parse(Path(entry.path), database_path.stem) for entry in entries if entry.is_file())
    return sorted((b for b in found if b is not None), key=lambda b: (b.taken, b.number), reverse=True)


def _made_on(database_path: Path, day: dt.date) -> bool:
    """Whether a backup of this database is dated ``day`` (names only: one directory listing)."""
    try:
        names = os.listdir(backups_dir(database_path))
    except FileNotFoundError:
        return False
    stem, date = database_path.stem, f"{day:%Y%m%d}"
    return any((m := _NAME.match(name)) is not None and m["stem"] == stem and m["date"] == date for name in names)


def _file_name(stem: str, when: dt.datetime, reason: Reason, number: int) -> str:
    extra = f"-{number}" if number > 1 else ""
    return f"{stem}-{when:%Y%m%d-%H%M%S}-{reason.value}{extra}.db"


def _sqlite_uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{path.resolve().as_uri()}?{query}"


# Checking a database file


def _slamdesk_revision(path: Path, connection: sqlite3.Connection, *, full: bool) -> str:
    """The schema revision of a slamdesk database; raises ``DatabaseError`` naming ``path`` otherwise."""
    try:
        has_version = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        if row is None or not isinstance(row[0], str):
            raise DatabaseError(f"{path} is not a slamdesk database (it has no slamdesk schema version)")
        revision = row[0]
        known = known_revisions()
        if revision not in known:
            from .. import __version__

            raise DatabaseError(
                f"{path} was written by a newer slamdesk (schema {revision}); this is slamdesk {__version__}, "
                f"which reads schemas up to {known[-1]}"
            )
        if full:
            problems = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
                raise DatabaseError(f"{path} is damaged: the integrity check found {problems[0]}{more}")
        return revision
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} is damaged: {error}") from error


def _open_file(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file nobody writes to (a backup): no lock, no WAL needed."""
    return sqlite3.connect(_sqlite_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise DatabaseError(f"{path} is a folder, not a backup file") from None
    except OSError as error:
        raise DatabaseError(f"cannot read {path}: {error.strerror or error}") from None
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a SQLite database")


def check_backup(path: Path, *, full: bool = True) -> str:
    """The schema revision of the slamdesk backup at ``path``, after the full check.

    Refuses (one line naming the file) a file that is not SQLite, not a
    slamdesk database, from a newer slamdesk, or (``full``) damaged.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise DatabaseError(f"{path}: no such file")
    _check_header(path)
    try:
        connection = _open_file(path)
    except sqlite3.Error as error:
        raise DatabaseError(f"{path} cannot be read: {error}") from error
    try:
        return _slamdesk_revision(path, connection, full=full)
    finally:
        connection.close()


def describe_backup(path: Path) -> BackupInfo:
    """What a person needs to confirm a restore: the file, its date and schema (quick checks only)."""
    path = Path(path).expanduser()
    revision = check_backup(path, full=False)
    size = path.stat().st_size
    parsed = _NAME.match(path.name)
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


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress | None) -> None:
    """Copy ``source`` into ``target`` page by page; gives up when ``target`` stays locked."""
    busy = 0

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal busy
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
            busy += 1
            if busy * _SLEEP_S * 1000 >= BUSY_TIMEOUT_MS:
                raise _Busy
            return
        busy = 0
        if progress is not None:
            progress(total - remaining, total)

    source.backup(target, pages=STEP_PAGES, progress=step, sleep=_SLEEP_S)


def _open_source(database_path: Path) -> sqlite3.Connection:
    """A fresh read-only connection to the live database (it reads the WAL too)."""
    try:
        connection = sqlite3.connect(
            _sqlite_uri(database_path, mode="ro"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
        connection.execute("BEGIN")  # one read transaction: the copy is one moment, never restarted by writers
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot read {database_path}: {error}") from error
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
        raise DatabaseError(f"folder does not exist: {folder}")
    temporary = folder / f"{_TEMP_PREFIX}{first.name}.{secrets.token_hex(4)}.tmp"
    source = _open_source(database_path)
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            target = sqlite3.connect(temporary, isolation_level=None)
            try:
                _copy(source, target, progress)
                target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                target.close()
        except _Busy:
            raise DatabaseBusyError(f"{database_path.name} stayed locked; no backup was made, try again") from None
        except sqlite3.Error as error:
            raise DatabaseError(f"the backup of {database_path.name} failed: {error}") from error
        copy = _open_file(temporary)
        try:
            _slamdesk_revision(temporary, copy, full=True)
        except DatabaseError as error:
            raise DatabaseError(f"the backup of {database_path.name} failed its check: {error}") from error
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
                    raise DatabaseError(f"{target_path} already exists; choose another name") from None
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
        raise DatabaseError(f"no database to back up at {database_path}")
    _check_header(database_path)
    when = now or clock()
    if out is not None:
        out = Path(out).expanduser()
        if out.exists():
            raise DatabaseError(f"{out} already exists; choose another name")

        def chosen(_number: int) -> Path:
            return out  # type: ignore[return-value]

        path = _write_copy(database_path, chosen, progress, numbered=False)
        return BackupFile(path, path.stat().st_size, when.replace(tzinfo=None), reason)
    folder = backups_dir(database_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def named(number: int) -> Path:
        return folder / _file_name(database_path.stem, when, reason, number)

    path = _write_copy(database_path, named, progress, numbered=True)
    made = _parse(path, database_path.stem)
    assert made is not None
    if rotation:
        rotate(database_path, now=when, retention=retention)
    return made


# Rotation


def _months(today: dt.date, count: int) -> set[tuple[int, int]]:
    year, month, months = today.year, today.month, set()
    for _ in range(count):
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
    connection = sqlite3.connect(_sqlite_uri(database_path, mode="ro"), uri=True, isolation_level=None)
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
        if _made_on(database_path, when.replace(tzinfo=None).date()) or not _holds_rows(database_path):
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
        raise DatabaseError(f"{database_path.name} was not upgraded ({why}): the backup before it failed: {detail}") from error


if _before_migration not in _db.before_migration:
    _db.before_migration.append(_before_migration)


# Restoring


def check_may_restore(database_path: Path, actor: Actor) -> Actor:
    """The acting profile as stored in the live database, if it may restore; ``PermissionDenied`` otherwise.

    The role passed in ``actor`` is not trusted: it is read again from the profile.
    """
    database_path = Path(database_path).expanduser()
    try:
        connection = sqlite3.connect(_sqlite_uri(database_path, mode="ro"), uri=True, isolation_level=None)
        try:
            row = connection.execute(
                "SELECT id, username, display_name, role, active FROM app_user WHERE username = ?", (actor.username,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot read the profiles of {database_path}: {error}") from error
    if row is None or not row[4] or row[0] != actor.id:
        raise PermissionDenied(f"no active profile {actor.username!r} in {database_path.name}; it cannot restore a backup")
    try:
        role = Role(row[3])
    except ValueError:
        raise PermissionDenied(f"{row[2]} has an unknown role and cannot restore a backup") from None
    stored = Actor(id=row[0], username=row[1], display_name=row[2], role=role)
    require_role(stored, {Role.ADMINISTRATOR}, "restore a backup")
    return stored


def restore(
    database_path: Path,
    backup_file: Path,
    *,
    actor: Actor,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Restored:
    """Replace the content of the database at ``database_path`` with ``backup_file``.

    Administrators only. The file is checked in full first (nothing changes on
    a refusal); the current database is kept as a ``before-restore`` backup;
    the copy goes into the live file with the backup API in one write
    transaction, so open connections stay consistent. An older schema is then
    upgraded, and the restore is audited.
    """
    database_path = Path(database_path).expanduser()
    backup_file = Path(backup_file).expanduser()
    stored = check_may_restore(database_path, actor)
    if not backup_file.exists():
        raise DatabaseError(f"{backup_file}: no such file")
    if backup_file.resolve() == database_path.resolve() or os.path.samefile(backup_file, database_path):
        raise DatabaseError(f"{backup_file} is the database itself; choose a backup of it")
    revision = check_backup(backup_file)
    when = now or clock()
    # rotated after the copy: a newer backup must not rotate away the file being restored
    kept = backup(database_path, reason=Reason.BEFORE_RESTORE, now=when, rotation=False)
    try:
        source = _open_file(backup_file)
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            target = sqlite3.connect(database_path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                _copy(source, target, progress)
            finally:
                target.close()
        finally:
            source.close()
    except _Busy:
        raise DatabaseBusyError(
            f"{database_path.name} stayed busy (another window or command is writing); nothing was restored, try again"
        ) from None
    except sqlite3.Error as error:
        raise DatabaseError(f"{backup_file} could not be restored: {error}; the database was not changed") from error
    database = Database.open(database_path)  # upgrades an older schema (after its own backup)
    try:
        # The anchor outside the database still names the replaced log's head: anchor the restored one,
        # as an event that says so.
        facts = {"file": str(backup_file), "schema": revision, "upgraded_to": head_revision(), "kept": str(kept.path)}
        try:
            audit.reanchor(database, stored, "database_restored", **facts)
        except PermissionDenied:  # the backup predates this profile: slamdesk records the restore itself
            audit.reanchor(database, None, "database_restored", restored_by=stored.username, **facts)
    finally:
        database.close()
    rotate(database_path, now=when, protect=[backup_file])
    return Restored(source=backup_file, revision=revision, kept=kept)
