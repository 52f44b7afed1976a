"""An import of tickets or outages, run in a process of its own by the import dialog (no Qt is imported here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...core.db import Database
from ...core.monitoring import importing, outages, tickets
from ...core.roles import Actor


@dataclass(frozen=True)
class Refused:
    """A file refused for its bad rows (``importing.ImportRefused``, as it crosses from the import's process)."""

    message: str
    rows: tuple[importing.BadRow, ...]


def run_import(kind: str, target: str | Path, actor: Actor, path: Path, preset: str, timezone: str | None,
               skip_bad: bool, progress: Callable[[int], None] | None = None) -> importing.Result | Refused:
    """The import, in its own process (module level: a spawned process imports it); ``progress`` is told the rows
    read so far."""
    db = Database.open(target, daily_backup=False)
    try:
        if kind == "tickets":
            return tickets.import_tickets(db, actor, path, preset=preset, timezone=timezone, skip_bad=skip_bad,
                                          progress=progress)
        return outages.import_outages(db, actor, path, preset=preset, timezone=timezone, skip_bad=skip_bad,
                                      progress=progress)
    except importing.ImportRefused as refused:
        return Refused(str(refused).split("\n", 1)[0], tuple(refused.rows))
    finally:
        db.close()
