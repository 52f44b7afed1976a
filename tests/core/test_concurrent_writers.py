"""Two processes at once: the first opens of a new database, two demo runs, a writer beside a bulk run.

Each was a race: check, then write, with another process writing in between.
Every unit of work now holds the write lock from its first statement, the
schema is migrated under it, the demo is claimed in one transaction, and
long bulk work commits in batches short enough that other writers never
wait out the busy timeout.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from slamdesk.core import backends, register, settings, users
from slamdesk.core.db import Database, head_revision
from slamdesk.core.errors import DatabaseBusyError
from tests.raw import raw

START_TOGETHER = """
import sys, time
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
"""


def _together(code: str, *args: str, count: int = 2) -> list[subprocess.CompletedProcess[str]]:
    """Run ``code`` in ``count`` processes that all begin at the same instant."""
    start = f"{time.time() + 1.5:.3f}"
    children = [
        subprocess.Popen([sys.executable, "-c", START_TOGETHER + code, args[0], start, *args[1:]],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
        for _ in range(count)
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    return [subprocess.CompletedProcess(child.args, child.returncode, out, err)
            for child, (out, err) in zip(children, outputs)]


def test_two_first_opens_of_a_new_database_both_succeed(blank_target: str | Path) -> None:
    runs = _together("from slamdesk.core.db import Database\nDatabase.open(sys.argv[1]).close()\nprint('ok')",
                     str(blank_target))
    assert [run.returncode for run in runs] == [0, 0], [run.stderr[-800:] for run in runs]
    db = Database.open(blank_target)
    with raw(db) as connection:
        assert connection.rows("SELECT version_num FROM alembic_version") == [(head_revision(),)]
    db.close()


@pytest.mark.sqlite_only
def test_a_new_database_file_is_sound_and_private(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Database.open(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert path.stat().st_mode & 0o777 == 0o600  # readable by its owner only


def test_two_demo_runs_at_once_make_one_demo(blank_target: str | Path) -> None:
    Database.open(blank_target).close()
    runs = _together("from slamdesk.cli import main\nraise SystemExit(main(['--db', sys.argv[1], 'demo']))",
                     str(blank_target))
    assert [run.returncode for run in runs] == [0, 0], [run.stderr[-800:] for run in runs]
    said = sorted(run.stdout.strip().split(":")[0] for run in runs)
    assert said[0].startswith("demo portfolio already present") and said[1] == "demo portfolio created"
    db = Database.open(blank_target)
    assert register.count_agreements(db) == 10
    db.close()


BULK = """
from slamdesk.core import portfolio
from slamdesk.core.db import Database
db = Database.open(sys.argv[1])
portfolio.generate_portfolio(db, int(sys.argv[3]))
print("done")
"""


def test_a_writer_beside_a_bulk_run_never_waits_out_the_busy_timeout(blank_target: str | Path) -> None:
    db = Database.open(blank_target)
    admin = users.get_actor(db)
    child = subprocess.Popen([sys.executable, "-c", START_TOGETHER + BULK, str(blank_target), f"{time.time():.3f}",
                              "4000"],  # four transactions of a thousand: the writer gets in between them
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    writes = 0
    try:
        while child.poll() is None:
            settings.set_setting(db, admin, settings.PROVIDER_NAME, f"Provider {writes}")  # raises if it waits too long
            writes += 1
            time.sleep(0.05)
    finally:
        if child.poll() is None:
            child.kill()
        out, err = child.communicate()
    assert child.returncode == 0 and out.strip() == "done", err[-800:]
    assert writes > 5
    assert settings.get_setting(db, settings.PROVIDER_NAME) == f"Provider {writes - 1}"
    assert register.count_agreements(db) == 4000 + 10
    db.close()


def test_a_writer_waits_for_the_lock_and_past_the_busy_timeout_gets_one_clear_line(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writers take turns (SQLite's write lock, PostgreSQL's advisory lock): a second writer waits for the
    first; one that waits longer than the busy timeout is told so in words, and nothing of it is written."""
    admin = users.get_actor(db)
    settings.set_setting(db, admin, settings.PROVIDER_NAME, "Before")
    monkeypatch.setattr(backends, "BUSY_TIMEOUT_MS", 400)
    impatient = Database.open(db.target)
    with db.unit_of_work() as holding:  # another window in the middle of a save
        holding.execute(text("SELECT 1"))
        with pytest.raises(DatabaseBusyError, match="another slamdesk window or command is writing to it"):
            settings.set_setting(impatient, admin, settings.PROVIDER_NAME, "Too soon")
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "Before"

    release = threading.Event()

    def hold_then_release() -> None:
        with db.unit_of_work() as session:
            session.execute(text("SELECT 1"))
            release.set()
            time.sleep(0.2)  # shorter than the timeout: the other writer waits, then goes on

    holder = threading.Thread(target=hold_then_release)
    monkeypatch.setattr(backends, "BUSY_TIMEOUT_MS", 5000)
    patient = Database.open(db.target)
    holder.start()
    assert release.wait(5)
    settings.set_setting(patient, admin, settings.PROVIDER_NAME, "After the wait")
    holder.join()
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "After the wait"
    impatient.close()
    patient.close()
