"""Raw SQL on a test's database, past slamdesk, as an attacker with the database in hand would write it.

One connection type for both backends (autocommit, ``:name`` parameters), so
the forgery and tampering tests run on SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from slamdesk.core.db import Database

# Each backend's "refused by a rule" error, for pytest.raises.
REFUSED: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
try:
    import psycopg

    REFUSED += (psycopg.errors.IntegrityError,)
except ImportError:  # pragma: no cover - psycopg is a dependency
    pass


class Raw:
    """A connection that runs statements one by one, each committed at once."""

    def __init__(self, db: Database) -> None:
        self.dialect = db.dialect
        if self.dialect == "sqlite":
            self._connection: Any = sqlite3.connect(db.path, isolation_level=None)
        else:
            url = str(db.target).replace("postgresql+psycopg://", "postgresql://")
            self._connection = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Any:
        """Run ``sql`` (``:name`` or ``?`` parameters) and return its cursor."""
        if self.dialect != "sqlite":
            sql = re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql).replace("?", "%s")
        return self._connection.execute(sql, params)

    def rows(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.execute(sql, params).fetchall()]

    def changes_unprotected(self, sql: str, params: Mapping[str, Any]) -> int:
        """How many rows ``sql`` would change with every rule off (so a test never passes by changing nothing);
        nothing is kept."""
        if self.dialect == "sqlite":
            copy = sqlite3.connect(":memory:")
            self._connection.backup(copy)
            for (name,) in copy.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                copy.execute(f"DROP TRIGGER {name}")
            copy.execute("PRAGMA foreign_keys = OFF")
            changed = copy.execute(sql, params).rowcount
            copy.close()
            return int(changed)
        with psycopg.connect(self._connection.info.dsn) as connection:  # one transaction, rolled back
            connection.execute("SET session_replication_role = replica")  # triggers and foreign keys off
            changed = connection.execute(re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql), params).rowcount
            connection.rollback()
            return int(changed)

    def drop_triggers(self) -> None:
        """What an attacker with the database's owner rights does first."""
        if self.dialect == "sqlite":
            for (name,) in self.rows("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
                self.execute(f"DROP TRIGGER {name}")
        else:
            for name, table in self.rows(
                "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal"
            ):
                self.execute(f"DROP TRIGGER {name} ON {table}")

    def close(self) -> None:
        self._connection.close()


@contextmanager
def raw(db: Database) -> Iterator[Raw]:
    connection = Raw(db)
    try:
        yield connection
    finally:
        connection.close()


def store_as_format_one(db: Database, number: str) -> str:
    """Version 1 of ``number`` stored as an older slamdesk sealed it: content format 1, which named no provider
    (the hash recomputed, the triggers dropped). Returns the content stored."""
    import json

    from sqlalchemy import select

    from slamdesk.core.content import sha256_text
    from slamdesk.models import Agreement, AgreementVersion

    with db.read() as session:
        stored = session.scalars(select(AgreementVersion.content_json).join(Agreement)
                                 .where(Agreement.number == number, AgreementVersion.version_no == 1)).one()
    content = json.loads(stored)
    content.pop("provider")
    content["format"] = 1
    older = json.dumps(content, sort_keys=True, ensure_ascii=False)
    with raw(db) as connection:
        connection.drop_triggers()
        connection.execute("UPDATE agreement_version SET content_json = :content, content_sha256 = :sha WHERE version_no = 1 "
                           "AND agreement_id = (SELECT id FROM agreement WHERE number = :number)",
                           {"content": older, "sha": sha256_text(older), "number": number})
    return older
