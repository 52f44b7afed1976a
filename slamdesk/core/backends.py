"""Where SQLite and PostgreSQL differ, in one place.

``core.db`` opens either through the functions here; use cases and tests never
branch on the backend. What differs:

- **Opening.** A path (or ``sqlite:///PATH``) is a SQLite file; a
  ``postgresql://USER@HOST/DB`` URL is a team database on a server, reached
  with psycopg 3.
- **The write lock.** Every unit of work holds the one write lock from its
  first statement, so what it reads (the audit chain's head, a round's
  decisions, the next number) cannot change before it commits: SQLite's
  ``BEGIN IMMEDIATE``; on PostgreSQL a transaction-scoped advisory lock
  (``pg_advisory_xact_lock``). A writer waits for it at most
  ``BUSY_TIMEOUT_MS`` and then gets a one-line ``DatabaseBusyError``.
- **Migrations.** SQLite rebuilds tables with foreign keys off and checks them
  before committing; PostgreSQL alters in one transaction. Both run under the
  write lock, so two first opens never race.
- **Errors.** Busy, read-only and the freezing triggers' refusals become the
  same ``SlamdeskError``s on both.
- **Where local files go.** A SQLite file keeps its register folder beside it;
  a team database keeps a local copy of its register under the user data
  folder, named after the server and database.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, exc, inspect, make_url, text

from .errors import DatabaseBusyError, DatabaseError, DatabaseUnreachableError, FrozenError, ReadOnlyError
from .paths import data_dir
from .words import _, ngettext

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
BUSY_TIMEOUT_MS = 5000
WRITE = "slamdesk_write"  # execution option of a unit of work's connection: take the write lock
FROZEN_PREFIX = "frozen: "  # how the freezing triggers' messages start; the rest is for people
_LOCK_KEY = 0x736C616D64657368  # "slamdesh": the one advisory lock every writer of a team database takes


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def dialect_of(target: str | Path) -> str:
    if not is_url(target):
        return SQLITE
    scheme = str(target).split("://", 1)[0].split("+", 1)[0]
    if scheme in ("postgresql", "postgres"):
        return POSTGRESQL
    if scheme == SQLITE:
        return SQLITE
    raise DatabaseError(_("slamdesk opens SQLite files and postgresql:// team databases, not {scheme}://").format(scheme=scheme))


def sqlite_path(target: str | Path) -> Path:
    """The file a path or ``sqlite:///PATH`` names."""
    if is_url(target):
        return Path(urllib.parse.unquote(str(target).split(":///", 1)[1])).expanduser()
    return Path(target).expanduser()


def postgresql_url(target: str) -> URL:
    url = make_url(target.replace("postgres://", "postgresql://", 1))
    return url.set(drivername="postgresql+psycopg")


def describe(url: URL) -> str:
    """The URL without its password, for messages."""
    return url.render_as_string(hide_password=True)


def team_folder(url: URL) -> Path:
    """Where a team database's local files live: the user data folder, by server and database."""
    where = f"{url.host or 'local'}-{url.port or 5432}-{url.database or 'slamdesk'}"
    return data_dir() / "team" / re.sub(r"[^\w.-]+", "_", where)


# Engines ------------------------------------------------------------------------


def _sqlite_pragmas(read_only: bool) -> Callable[[Any, Any], None]:
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


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_engine(path: Path, read_only: bool) -> Engine:
    if not read_only:
        engine = create_engine(URL.create("sqlite", database=str(path)))  # any character in the path
    else:
        # immutable: no lock and no WAL index to create on media nobody writes to
        uri = f"file:{urllib.parse.quote(str(path))}?mode=ro&immutable=1"
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    event.listen(engine, "connect", _sqlite_pragmas(read_only))
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _postgresql_session(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def _postgresql_begin(connection: Connection) -> None:
    if connection.get_execution_options().get(WRITE, False):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})")


# The server answered, but no: who or what was asked for is wrong, not the line to it.
_REFUSED = ("authentication failed", "does not exist", "no password supplied", "permission denied")


def _server_gone(context: Any) -> None:
    """A lost server is a normal event: one ``DatabaseUnreachableError`` in words, whatever was running."""
    original = context.original_exception
    code = getattr(original, "sqlstate", None) or ""
    if any(reason in str(original) for reason in _REFUSED):
        return  # the server answered: who or what was asked for is wrong, not the line
    if context.is_disconnect or code.startswith("08") or "connection" in str(original).lower() and code == "":
        said = str(original).strip().splitlines()[0] if str(original).strip() else _("no answer")
        said = said.removeprefix("connection is bad: ").removeprefix("consuming input failed: ")
        raise DatabaseUnreachableError(
            _("team database unreachable: {said}; nothing was half-written; try again when it is back").format(said=said)
        ) from original


def postgresql_engine(url: URL) -> Engine:
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "connect", _postgresql_session)
    event.listen(engine, "begin", _postgresql_begin)
    event.listen(engine, "handle_error", _server_gone)
    return engine


def ids_given(connection: Any, *table_names: str) -> None:
    """After rows were inserted with ids chosen by us (bulk work, a copy): on PostgreSQL the tables'
    id sequences go on after the highest id, so the next ordinary insert does not collide with them.
    SQLite needs nothing: its next id is always past the highest one. Called under the write lock."""
    if connection.get_bind().dialect.name != "postgresql":
        return
    for name in table_names:
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"))


# Schema revisions and migrations ----------------------------------------------------


def stored_revision(connection: Connection) -> str | None:
    """The schema revision recorded in the database (None for a new one)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


@contextlib.contextmanager
def upgrade_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the write lock (and writes nothing), while a first open
    decides whether to migrate: the later of two first opens waits here for the earlier one's migration."""
    with engine.connect() as connection:
        transaction = connection.execution_options(**{WRITE: True}).begin()
        try:
            yield connection
        finally:
            transaction.rollback()


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False, config: Any) -> None:
    """Upgrade (or downgrade) to ``revision`` in one transaction that holds the write lock.

    On SQLite foreign keys are off while tables are rebuilt (SQLite's documented
    way to alter a table others refer to) and checked before the transaction commits.
    """
    from alembic import command

    step = command.downgrade if downgrade else command.upgrade
    with engine.connect() as connection:
        if engine.dialect.name == SQLITE:
            raw = connection.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, where SQLite honours it
            try:
                with connection.execution_options(**{WRITE: True}).begin():
                    config.attributes["connection"] = connection
                    step(config, revision)
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(ngettext("migration left {count} broken references, e.g. {first}",
                                                     "migration left {count} broken references, e.g. {first}",
                                                     len(broken)).format(count=len(broken), first=broken[0]))
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
        else:
            with connection.execution_options(**{WRITE: True}).begin():
                config.attributes["connection"] = connection
                step(config, revision)


# Errors ---------------------------------------------------------------------------


def database_error(error: exc.DBAPIError, where: str = "") -> Exception:
    """The slamdesk error a person should see for a driver's error."""
    message = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else type(error.orig).__name__
    code = getattr(error.orig, "sqlstate", None)
    if "database is locked" in message or "database is busy" in message or code in ("55P03", "40001", "40P01"):
        return DatabaseBusyError(
            _("the database is busy: another slamdesk window or command is writing to it; try again in a moment")
        )
    if "readonly database" in message or "read-only" in message or code == "25006":
        return ReadOnlyError(_("the database is read-only here; changes cannot be saved"))
    if message.startswith(FROZEN_PREFIX):
        return FrozenError(message[len(FROZEN_PREFIX):])
    if "frozen" in message:
        return FrozenError(_("this agreement version is signed and frozen; make an amendment"))
    from_server = type(error.orig).__module__.startswith("psycopg")
    if from_server and any(reason in message for reason in _REFUSED):
        said = message.rsplit("FATAL:", 1)[-1].strip()
        return DatabaseError(_("the team database server refused: {said}").format(said=said))
    if from_server and ((code or "").startswith("08") or (code is None and isinstance(error, exc.OperationalError))):
        return DatabaseUnreachableError(_("team database unreachable: {said}; try again when it is back").format(said=message))
    extended = getattr(error.orig, "sqlite_errorname", "")
    if extended.startswith("SQLITE_IOERR_"):  # "disk I/O error" alone does not say which read or write failed
        message = f"{message} ({extended})"
    return DatabaseError(_("database error{where}: {message}").format(where=where, message=message))


def refused_by_server() -> str:
    """How ``database_error`` begins the server's refusal of a login, in the language of the moment."""
    return _("the team database server refused: {said}").format(said="").rstrip(": ")


def is_refusal(error: exc.DBAPIError) -> bool:
    """A trigger's refusal (raised on purpose), as opposed to a constraint the caller should see as is."""
    message = str(error.orig)
    return message.startswith(FROZEN_PREFIX) or "frozen" in message
