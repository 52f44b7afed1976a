"""What day it is for the rules that depend on it (the register's standings, tacit renewals, reminders).

``SLAMDESK_TODAY=2026-11-23`` pins the day: a demonstration or a test then shows the portfolio as it stands on
that day, every day (the demo's deadlines are made relative to the day it is loaded). Anything else is the
machine's local date.
"""

from __future__ import annotations

import datetime as dt
import os

PINNED = "SLAMDESK_TODAY"


def today() -> dt.date:
    """The day the app works on: the pinned one when ``SLAMDESK_TODAY`` names a date, else the local date."""
    try:
        return dt.date.fromisoformat(os.environ[PINNED])
    except (KeyError, ValueError):  # none, or not a date: the machine's (it is for tests and demonstrations)
        return dt.date.today()
