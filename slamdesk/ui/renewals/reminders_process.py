"""What the reminders panel reads, in a process of its own (no Qt is imported here): the register's standings
brought up to the day, then what falls due (``common.processes``: at 100,000 agreements this is seconds of
Python work, which in a thread would keep the window from answering)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ...core import users
from ...core.db import Database
from ...core.renewals import schedule, standing
from ..common.processes import in_process


def _read(target: str | Path, day: dt.date, within: int, drafted_by: int | None,
          username: str) -> list[standing.Deadline]:
    db = Database.open(target, daily_backup=False)
    try:
        # The register's filters then stand for today too, and the tacit renewals of the day are recorded (audited
        # as the person whose window it is).
        schedule.refresh(db, day, users.get_actor(db, username))
        return standing.deadlines(db, day, within, drafted_by=drafted_by)
    finally:
        db.close()


def reminders(target: str | Path, day: dt.date, within: int, drafted_by: int | None, username: str,
              cancelled: Callable[[], bool]) -> list[standing.Deadline] | None:
    """What falls due within ``within`` days of ``day``; None when ``cancelled()`` said so first."""
    return in_process(_read, (target, day, within, drafted_by, username), cancelled)
