"""Killed at any moment (``kill -9``), slamdesk loses nothing it reported done and leaves nothing half-done.

A child process works in a loop and reports each piece of work once it is
committed; it is killed with SIGKILL at random moments, several times. Every
reported piece must be there afterwards, and the database must pass
``integrity_check``. For exports, every file in the register folder must be
recorded with its hash, and every record's file must exist.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from slamdesk.core import audit, register
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.paths import register_dir
from tests.raw import raw

WRITER = """
import sys
from slamdesk.core import customers, users
from slamdesk.core.db import Database
db = Database.open(sys.argv[1])
actor = users.get_actor(db, "anna")
n = int(sys.argv[2])
while True:
    made = customers.create_customer(db, actor, name=f"Crash test {n}", country="SE", language="sv",
                                     contact_name="Åsa Öberg")
    print(made.id, flush=True)  # reported only once committed
    n += 1
"""

EXPORTER = """
import os, sys
from slamdesk.core import export, users
from slamdesk.core.db import Database
db = Database.open(sys.argv[1])
actor = users.get_actor(db, "linh")
while True:
    for file in export.export_agreement(db, actor, sys.argv[2], ("pdf", "docx"), passphrase="correct horse battery"):
        print(file.path, flush=True)
"""


def _kill_at_random(args: list[str], rng: random.Random) -> list[str]:
    """Run a child, SIGKILL it at a random moment once it has reported its first piece of work, and
    return the lines it had reported (on a busy machine a fixed delay could kill it before it began)."""
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=os.environ.copy())
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first, child.stderr.read() if child.stderr else ""
    time.sleep(rng.uniform(0.05, 1.0))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return (first + out).split()


def test_every_committed_write_survives_sigkill_and_the_database_stays_sound(demo_db: Database) -> None:
    target = demo_db.target
    rng = random.Random(9)
    reported: list[int] = []
    for round_no in range(4):
        reported += [int(line) for line in _kill_at_random([WRITER, str(target), str(round_no * 10_000)], rng)]
    assert len(reported) >= 4  # one at least per round
    with raw(demo_db) as connection:
        if connection.dialect == "sqlite":
            assert connection.rows("PRAGMA integrity_check") == [("ok",)]
        present = {row[0] for row in connection.rows("SELECT id FROM customer")}
    assert set(reported) <= present
    demo_db.close()
    reopened = Database.open(target)
    try:
        assert audit.check_log(reopened).intact
    finally:
        reopened.close()


def test_an_export_killed_midway_leaves_no_file_without_its_record(demo_db: Database) -> None:
    number = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED)
    target, folder = demo_db.target, register_dir(demo_db.path)
    demo_db.close()
    rng = random.Random(3)
    reported: list[str] = []
    for _ in range(4):
        reported += _kill_at_random([EXPORTER, str(target), number], rng)
    db = Database.open(target)  # sweeps what a killed export (or its anchor write) left unrecorded
    try:
        recorded = {d.path: d.sha256 for row in register.list_agreements(db) for d in row.documents}
    finally:
        db.close()  # closed even when an assertion below fails: no connection left for a later test
    on_disk = [p for p in folder.rglob("*") if p.is_file() and p.suffix in (".pdf", ".docx") or p.suffix == ".tmp"]
    assert reported and set(reported) <= set(recorded)
    assert sorted(str(p) for p in on_disk) == sorted(recorded)  # no orphan, no half-written file
    for file, sha256 in recorded.items():
        assert hashlib.sha256(Path(file).read_bytes()).hexdigest() == sha256
    assert not list((folder / ".pending").glob("*"))
