"""Opening a database: engine, SQLite pragmas, migrations and units of work."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from .errors import ConcurrencyError, DatabaseError, FrozenError

SQLITE_HEADER = b"SQLite format 3\x00"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.exists():
            raise DatabaseError(f"folder does not exist: {path.parent}")
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseError(f"not a SQLite database: {path}")


def migration_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent.parent / "migrations"))
    return config


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) to ``revision`` in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite's documented way to
    alter a table others refer to) and checked before the transaction commits.
    """
    config = migration_config()
    step = command.downgrade if downgrade else command.upgrade
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                step(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"migration left {len(broken)} broken references, e.g. {broken[0]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


class Database:
    """One open database. ``unit_of_work()`` is the only way to change it."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: str | Path) -> Database:
        """Open (creating if needed) the SQLite file at ``path`` and migrate it."""
        path = Path(path).expanduser()
        _check_sqlite_file(path)
        url = f"sqlite:///{path}"
        engine = create_engine(url)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        try:
            migrate(engine)
        except exc.DatabaseError as error:
            engine.dispose()
            raise DatabaseError(f"cannot open database {path}: {error.orig}") from error
        return cls(path, engine)

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError as error:
            session.rollback()
            raise ConcurrencyError(
                "this record was changed elsewhere since you opened it; reload and try again"
            ) from error
        except exc.IntegrityError as error:
            session.rollback()
            if "frozen" in str(error.orig):
                raise FrozenError("this agreement version is signed and frozen; make an amendment") from error
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read(self) -> contextlib.AbstractContextManager[Session]:
        """A session for queries only."""
        return self._sessions()  # type: ignore[return-value]

    def close(self) -> None:
        self.engine.dispose()

