"""Noticing other people's changes: has anyone committed to this database since I last looked?

A window polls ``ChangeWatcher.poll()`` every few seconds and reads again
when it says yes, so what a colleague saved at another desk appears without
a restart (an edit on a stale copy is still refused, naming who changed it).

- PostgreSQL: every unit of work sends ``NOTIFY slamdesk`` as it commits
  (``core.db``); the watcher listens on a connection of its own.
- SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever
  any other connection (another process, or this one's pool) commits.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from typing import Any

from .db import Database

CHANNEL = "slamdesk"


class ChangeWatcher:
    """Tells whether the database changed since the last ``poll`` (never raises: a lost server is no change)."""

    def __init__(self, db: Database) -> None:
        self.dialect = db.dialect
        self._connection: Any = None
        self._version: int | None = None
        try:
            if self.dialect == "sqlite":
                self._connection = sqlite3.connect(
                    f"file:{urllib.parse.quote(str(db.path))}?mode=ro", uri=True, check_same_thread=False)
                self._version = self._data_version()
            else:
                import psycopg

                url = str(db.target).replace("postgresql+psycopg://", "postgresql://")
                self._connection = psycopg.connect(url, autocommit=True)
                self._connection.execute(f"LISTEN {CHANNEL}")
        except Exception:  # read-only media, a server away: nothing to watch now
            self._connection = None

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> bool:
        if self._connection is None:
            return False
        try:
            if self.dialect == "sqlite":
                version = self._data_version()
                changed, self._version = version != self._version, version
                return changed
            return any(True for _ in self._connection.notifies(timeout=0))
        except Exception:
            return False

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
