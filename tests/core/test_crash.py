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
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from slamdesk.core import audit, register
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status

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
print("ready", flush=True)
while True:
    for file in export.export_agreement(db, actor, sys.argv[2], ("pdf", "docx"), passphrase="correct horse battery"):
        print(file.path, flush=True)
"""


def _kill_at_random(args: list[str], rng: random.Random, *, wait_for: str | None = None) -> list[str]:
    """Run a child, SIGKILL it at a random moment, and return the lines it had reported."""
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=os.environ.copy())
    assert child.stdout is not None
    if wait_for is not None:
        assert child.stdout.readline().strip() == wait_for
    time.sleep(rng.uniform(0.3, 1.5))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return out.split()


def test_every_committed_write_survives_sigkill_and_the_file_stays_sound(demo_db: Database) -> None:
    path = demo_db.path
    demo_db.close()
    rng = random.Random(9)
    reported: list[int] = []
    for round_no in range(4):
        reported += [int(line) for line in _kill_at_random([WRITER, str(path), str(round_no * 10_000)], rng)]
    assert len(reported) > 10
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    present = {row[0] for row in connection.execute("SELECT id FROM customer")}
    connection.close()
    assert set(reported) <= present
    reopened = Database.open(path)
    assert audit.check_log(reopened).intact
    reopened.close()


def test_an_export_killed_midway_leaves_no_file_without_its_record(demo_db: Database) -> None:
    number = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED)
    path = demo_db.path
    demo_db.close()
    rng = random.Random(3)
    reported: list[str] = []
    for _ in range(4):
        reported += _kill_at_random([EXPORTER, str(path), number], rng, wait_for="ready")
    db = Database.open(path)  # sweeps what a killed export wrote but never recorded
    recorded = {d.path: d.sha256 for row in register.list_agreements(db) for d in row.documents}
    folder = path.parent / "register"
    on_disk = [p for p in folder.rglob("*") if p.is_file() and p.suffix in (".pdf", ".docx") or p.suffix == ".tmp"]
    assert reported and set(reported) <= set(recorded)
    assert sorted(str(p) for p in on_disk) == sorted(recorded)  # no orphan, no half-written file
    for file, sha256 in recorded.items():
        assert hashlib.sha256(Path(file).read_bytes()).hexdigest() == sha256
    assert not list((folder / ".pending").glob("*"))
    db.close()
