"""Opening a database: SQLite file or PostgreSQL team database, migrations and units of work.

Every unit of work holds the write lock from its first statement
(``backends``: SQLite's ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), so
what it reads (the audit chain's head, a review round's decisions, the next
agreement number) cannot change under it before it commits. A second writer
waits for the lock up to ``BUSY_TIMEOUT_MS`` and then gets a one-line
:class:`DatabaseBusyError`. Reads never block a writer.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, exc, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import backends
from .backends import (
    BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS,  # noqa: F401
    FROZEN_PREFIX as FROZEN_PREFIX,
    POSTGRESQL,
)
from .errors import ConcurrencyError, DatabaseError, ReadOnlyError
from .words import _

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).parent.parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")
# session.info key: {name: callable} run once the unit of work has committed
# (the audit log anchors its new head outside the database there).
AFTER_COMMIT = "after_commit"

# Called with the database path and the reason before a migration changes an
# existing SQLite file (core.backup registers the automatic backup here).
before_migration: list[Callable[[Path, str], None]] = []


def known_revisions() -> list[str]:
    """The schema revisions this version of slamdesk knows, oldest first (from the migration files)."""
    names = (match.group(1) for f in (MIGRATIONS / "versions").iterdir() if (match := _REVISION_FILE.match(f.name)))
    return sorted(names)


def head_revision() -> str:
    return known_revisions()[-1]


def local_path(target: str | Path) -> Path:
    """The SQLite file, or for a team database the name under the user data folder beside which its
    local files live (the register's copies, the audit log's anchor)."""
    if backends.dialect_of(target) == POSTGRESQL:
        url = backends.postgresql_url(str(target))
        return backends.team_folder(url) / f"{url.database or 'slamdesk'}.team"
    return backends.sqlite_path(target)


def local_path_of(engine: Engine) -> Path:
    """``local_path`` of the database an engine is connected to."""
    if engine.dialect.name == POSTGRESQL:
        return local_path(engine.url.render_as_string(hide_password=False))
    return Path(engine.url.database or "")


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.exists():
            raise DatabaseError(_("folder does not exist: {folder}").format(folder=path.parent))
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseError(_("not a SQLite database: {path}").format(path=path))


def _create_private(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite gives its WAL the same mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # another process made it first; it migrates it under the write lock, we wait for that


def _read_only_reason(path: Path) -> str | None:
    """Why the database must be opened read-only (read-only media, a file we may not write), or None."""
    if path.exists() and not os.access(path, os.W_OK):
        return _("the file is read-only")
    if not os.access(path.parent, os.W_OK):
        return _("its folder is read-only")
    return None


def _refuse_newer(name: str, revision: str | None) -> None:
    known = known_revisions()
    if revision is not None and revision not in known:
        from .. import __version__

        raise DatabaseError(_(
            "{name} was written by a newer slamdesk (schema {revision}); this is slamdesk {version}, "
            "which reads schemas up to {newest}: install a newer slamdesk to open it"
        ).format(name=name, revision=revision, version=__version__, newest=known[-1]))


def migration_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) to ``revision`` in one transaction that holds the write lock."""
    backends.migrate(engine, revision, downgrade=downgrade, config=migration_config())


def _upgrade_if_needed(name: str, path: Path | None, engine: Engine, read_only: str | None) -> None:
    """Bring the schema to this version's head, unless it is there already (one query, no Alembic)."""
    head = head_revision()
    with engine.connect() as connection:
        stored = backends.stored_revision(connection)
    _refuse_newer(name, stored)
    if stored == head:
        return
    if read_only is not None:
        raise DatabaseError(_("{name} needs an upgrade to schema {head}, but {reason}; copy it somewhere writable").format(
            name=name, head=head, reason=read_only))
    if stored is not None and path is not None:
        from . import backup  # noqa: F401  (registers its hook; imported here because it imports this module)

        for hook in before_migration:
            hook(path, _("before upgrading schema {stored} to {head}").format(stored=stored, head=head))
    with backends.upgrade_lock(engine) as connection:  # two first opens: the later one waits here
        stored = backends.stored_revision(connection)
    _refuse_newer(name, stored)
    if stored != head:
        migrate(engine)


def database_error(error: exc.DBAPIError, path: Path | None = None) -> Exception:
    """The slamdesk error a person should see for a driver's error."""
    return backends.database_error(error, f" {path}" if path else "")


class Database:
    """One open database. ``unit_of_work()`` is the only way to change it.

    Attributes:
        path: the SQLite file; for a team database, a name under the user data
            folder whose folder holds its local register copy and anchors.
        dialect: ``sqlite`` or ``postgresql``.
        location: what to call it in messages (a path, or the URL without password).
        target: what ``Database.open`` takes to open it again (another process, say).
        read_only: why changes cannot be saved, or None.
    """

    def __init__(
        self, path: Path, engine: Engine, read_only: str | None = None, location: str | None = None,
        target: str | Path | None = None,
    ) -> None:
        self.path = path
        self.target = target if target is not None else path  # what Database.open takes to open it again
        self.engine = engine
        self.dialect = engine.dialect.name
        self.location = location or str(path)
        self.read_only = read_only
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(engine, expire_on_commit=False, execution_options={backends.WRITE: True})

    @classmethod
    def open(cls, target: str | Path, *, daily_backup: bool = True) -> Database:
        """Open (creating if needed) the SQLite file at ``target`` (a path or ``sqlite:///PATH``), or the
        team database at a ``postgresql://USER@HOST/DB`` URL, and migrate it.

        A SQLite file or folder that cannot be written (read-only media, another
        user's file) is opened read-only: it can be read, and every change is
        refused with a :class:`ReadOnlyError`. The first open of a day backs a SQLite
        database up; ``daily_backup=False`` leaves that to the caller (the window makes it
        in the background once it is shown: a large register takes seconds to copy).
        """
        if backends.dialect_of(target) == POSTGRESQL:
            return cls._open_team(str(target))
        path = backends.sqlite_path(target)
        _check_sqlite_file(path)
        read_only = _read_only_reason(path)
        if read_only is not None and not path.exists():
            raise DatabaseError(_("cannot create {path}: {reason}").format(path=path, reason=read_only))
        if read_only is None:
            _create_private(path)
        engine = backends.sqlite_engine(path, read_only is not None)
        cls._prepare(engine, path.name, path, read_only)
        if read_only is None and daily_backup:
            from .backup import daily_backup as make_daily_backup  # here: backup imports this module

            make_daily_backup(path)  # the first open of a day; one directory listing when today's exists
        return cls(path, engine, read_only)._after_open()

    @classmethod
    def _open_team(cls, target: str) -> Database:
        url = backends.postgresql_url(target)
        engine = backends.postgresql_engine(url)
        name = backends.describe(url)
        cls._prepare(engine, name, None, None)
        path = local_path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(path, engine, None, name, target)._after_open()

    @staticmethod
    def _prepare(engine: Engine, name: str, path: Path | None, read_only: str | None) -> None:
        try:
            _upgrade_if_needed(name, path, engine, read_only)
        except exc.DBAPIError as error:
            engine.dispose()
            mapped = backends.database_error(error, f" {name}")
            if type(mapped) is not DatabaseError or str(mapped).startswith(backends.refused_by_server()):
                raise mapped from error
            said = str(error.orig).strip().splitlines()[0]
            raise DatabaseError(_("cannot open database {name}: {said}").format(name=name, said=said)) from error
        except BaseException:
            engine.dispose()
            raise

    def _after_open(self) -> Database:
        if self.read_only is None:
            from . import audit  # here: audit needs this module's units of work

            audit.checkpoint_if_due(self)  # the log's head is sealed at least hourly while slamdesk is used
            audit.clear_unfinished_anchors(self.path)  # what an anchor write killed midway left
            from .register_files import sweep

            sweep(self)  # files of an export that crashed before they were recorded
        return self

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction holding the write lock: commits on success, rolls back on any error."""
        if self.read_only is not None:
            raise ReadOnlyError(
                _("the database is open read-only ({reason}); changes cannot be saved").format(reason=self.read_only))
        session = self._writers()
        try:
            session.connection()  # take the write lock now: what we read next is what we write against
            yield session
            if self.dialect == POSTGRESQL:
                session.execute(text("SELECT pg_notify('slamdesk', '')"))  # other desks read again (core.watch)
            session.commit()
            for after_commit in session.info.pop(AFTER_COMMIT, {}).values():
                after_commit()
        except StaleDataError as error:
            session.rollback()
            raise ConcurrencyError(
                _("this record was changed elsewhere since you opened it; reload and try again")
            ) from error
        except exc.DBAPIError as error:
            session.rollback()
            if isinstance(error, exc.IntegrityError) and not backends.is_refusal(error):
                raise
            raise backends.database_error(error) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read(self) -> contextlib.AbstractContextManager[Session]:
        """A session for queries only."""
        return self._readers()

    def close(self) -> None:
        self.engine.dispose()


def open_given(given: str | None, *, daily_backup: bool = True) -> Database:
    """The database ``--db`` names (else ``SLAMDESK_DB``, else the default file, whose folder is made), opened;
    a file or server that cannot be opened is a :class:`DatabaseError` saying why, whatever the cause."""
    from .paths import database_target, default_database_path  # here: paths is light, this module is not

    target = database_target(given)
    try:
        if target == default_database_path():
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        return Database.open(target, daily_backup=daily_backup)
    except OSError as error:
        raise DatabaseError(_("cannot open the database: {reason}: {name}").format(
            reason=error.strerror or error, name=error.filename or target)) from error
    except exc.SQLAlchemyError as error:
        raise DatabaseError(_("cannot open the database: {reason}").format(reason=getattr(error, "orig", error))) from error
