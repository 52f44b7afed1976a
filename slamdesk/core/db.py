"""Opening a database: engine, SQLite pragmas, migrations and units of work.

Every unit of work starts with ``BEGIN IMMEDIATE``: it holds SQLite's write
lock from its first statement, so what it reads (the audit chain's head, a
review round's decisions, the next agreement number) cannot change under it
before it commits. A second writer waits for the lock up to ``BUSY_TIMEOUT_MS``
and then gets a one-line :class:`DatabaseBusyError`. Reads begin deferred and
never block a writer (WAL).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from .errors import ConcurrencyError, DatabaseBusyError, DatabaseError, FrozenError, ReadOnlyError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS = Path(__file__).parent.parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")
# The messages the freezing triggers raise start with this; the rest is for people.
FROZEN_PREFIX = "frozen: "
_WRITE = "slamdesk_write"
# session.info key: {name: callable} run once the unit of work has committed
# (the audit log anchors its new head outside the database there).
AFTER_COMMIT = "after_commit"

# Called with the database path and the reason before a migration changes an
# existing file (core.backup registers the automatic backup here).
before_migration: list[Callable[[Path, str], None]] = []


def known_revisions() -> list[str]:
    """The schema revisions this version of slamdesk knows, oldest first (from the migration files)."""
    names = (match.group(1) for f in (MIGRATIONS / "versions").iterdir() if (match := _REVISION_FILE.match(f.name)))
    return sorted(names)


def head_revision() -> str:
    return known_revisions()[-1]


def _on_connect(read_only: bool) -> Callable[[Any, Any], None]:
    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun by _begin, never implicitly
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            _switch_to_wal(cursor)
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return set_pragmas


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """``PRAGMA journal_mode=WAL``, waiting like any writer: switching a new file's journal needs it to
    itself, and SQLite answers "locked" at once (no busy handler) while another first open migrates it."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.exists():
            raise DatabaseError(f"folder does not exist: {path.parent}")
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseError(f"not a SQLite database: {path}")


def _create_private(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite gives its WAL the same mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # another process made it first; it migrates it under the write lock, we wait for that


def _read_only_reason(path: Path) -> str | None:
    """Why the database must be opened read-only (read-only media, a file we may not write), or None."""
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return None


def _stored_revision(connection: Any) -> str | None:
    raw = connection.connection.driver_connection
    has_table = raw.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not has_table:
        return None
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _refuse_newer(path: Path, revision: str | None) -> None:
    known = known_revisions()
    if revision is not None and revision not in known:
        from .. import __version__

        raise DatabaseError(
            f"{path.name} was written by a newer slamdesk (schema {revision}); this is slamdesk {__version__}, "
            f"which reads schemas up to {known[-1]}: install a newer slamdesk to open it"
        )


def migration_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) to ``revision`` in one transaction that holds the write lock.

    Foreign keys are off while tables are rebuilt (SQLite's documented way to
    alter a table others refer to) and checked before the transaction commits.
    """
    from alembic import command

    config = migration_config()
    step = command.downgrade if downgrade else command.upgrade
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, where SQLite honours it
        try:
            with connection.execution_options(**{_WRITE: True}).begin():
                config.attributes["connection"] = connection
                step(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"migration left {len(broken)} broken references, e.g. {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _upgrade_if_needed(path: Path, engine: Engine, read_only: str | None) -> None:
    """Bring the schema to this version's head, unless it is there already (one query, no Alembic)."""
    head = head_revision()
    with engine.connect() as connection:
        stored = _stored_revision(connection)
    _refuse_newer(path, stored)
    if stored == head:
        return
    if read_only is not None:
        raise DatabaseError(f"{path.name} needs an upgrade to schema {head}, but {read_only}; copy it somewhere writable")
    if stored is not None:
        from . import backup  # noqa: F401  (registers its hook; imported here because it imports this module)

        for hook in before_migration:
            hook(path, f"before upgrading schema {stored} to {head}")
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        # Two first opens of one file: the later one waits here for the earlier one's migration.
        raw.execute("BEGIN IMMEDIATE")
        stored = _stored_revision(connection)
        raw.execute("ROLLBACK")
    _refuse_newer(path, stored)
    if stored != head:
        migrate(engine)


def database_error(error: exc.DBAPIError, path: Path | None = None) -> Exception:
    """The slamdesk error a person should see for a driver's error."""
    message = str(error.orig)
    if "database is locked" in message or "database is busy" in message:
        return DatabaseBusyError(
            "the database is busy: another slamdesk window or command is writing to it; try again in a moment"
        )
    if "readonly database" in message or "read-only" in message:
        return ReadOnlyError("the database is read-only here; changes cannot be saved")
    if message.startswith(FROZEN_PREFIX):
        return FrozenError(message[len(FROZEN_PREFIX):])
    if "frozen" in message:
        return FrozenError("this agreement version is signed and frozen; make an amendment")
    where = f" {path}" if path else ""
    return DatabaseError(f"database error{where}: {message}")


class Database:
    """One open database. ``unit_of_work()`` is the only way to change it."""

    def __init__(self, path: Path, engine: Engine, read_only: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only  # why changes cannot be saved, or None
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(engine, expire_on_commit=False, execution_options={_WRITE: True})

    @classmethod
    def open(cls, path: str | Path) -> Database:
        """Open (creating if needed) the SQLite file at ``path`` and migrate it.

        A file or folder that cannot be written (read-only media, another
        user's file) is opened read-only: it can be read, and every change is
        refused with a :class:`ReadOnlyError`.
        """
        path = Path(path).expanduser()
        _check_sqlite_file(path)
        read_only = _read_only_reason(path)
        if read_only is not None and not path.exists():
            raise DatabaseError(f"cannot create {path}: {read_only}")
        if read_only is None:
            _create_private(path)
        if read_only is None:
            engine = create_engine(URL.create("sqlite", database=str(path)))  # any character in the path
        else:
            # immutable: no lock and no WAL index to create on media nobody writes to
            uri = f"file:{urllib.parse.quote(str(path))}?mode=ro&immutable=1"
            engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _on_connect(read_only is not None))
        event.listen(engine, "begin", _begin)
        try:
            _upgrade_if_needed(path, engine, read_only)
        except exc.DBAPIError as error:
            engine.dispose()
            if "locked" in str(error.orig) or "busy" in str(error.orig):
                raise database_error(error, path) from error
            raise DatabaseError(f"cannot open database {path}: {error.orig}") from error
        except BaseException:
            engine.dispose()
            raise
        if read_only is None:
            from .backup import daily_backup  # here: backup imports this module

            daily_backup(path)  # the first open of a day; one directory listing when today's exists
        database = cls(path, engine, read_only)
        if read_only is None:
            from . import audit  # here: audit needs this module's units of work

            audit.checkpoint_if_due(database)  # the log's head is sealed at least hourly while slamdesk is used
            from .register_files import sweep

            sweep(database)  # files of an export that crashed before they were recorded
        return database

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction holding the write lock: commits on success, rolls back on any error."""
        if self.read_only is not None:
            raise ReadOnlyError(f"the database is open read-only ({self.read_only}); changes cannot be saved")
        session = self._writers()
        try:
            session.connection()  # BEGIN IMMEDIATE now: what we read next is what we write against
            yield session
            session.commit()
            for after_commit in session.info.pop(AFTER_COMMIT, {}).values():
                after_commit()
        except StaleDataError as error:
            session.rollback()
            raise ConcurrencyError(
                "this record was changed elsewhere since you opened it; reload and try again"
            ) from error
        except exc.DBAPIError as error:
            session.rollback()
            if isinstance(error, exc.IntegrityError) and not str(error.orig).startswith(FROZEN_PREFIX) \
                    and "frozen" not in str(error.orig):
                raise
            raise database_error(error) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read(self) -> contextlib.AbstractContextManager[Session]:
        """A session for queries only."""
        return self._readers()  # type: ignore[return-value]

    def close(self) -> None:
        self.engine.dispose()
