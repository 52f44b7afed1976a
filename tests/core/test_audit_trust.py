"""The audit log holds under concurrent writers and under tampering with the whole database.

Two processes appending at once never break the chain (the head is read under
the write lock). Whoever can rewrite the database file but not the keys
folder cannot remove the newest events, edit one and recompute the chain, or
rewrite the whole log unnoticed: checkpoints sealed with the audit key, and
the newest one anchored in the register folder, give them away.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from slamdesk.core import audit, users
from slamdesk.core.db import Database
from slamdesk.core.paths import keys_dir, register_dir
from slamdesk.core.roles import Actor
from tests.raw import Raw

pytestmark = pytest.mark.both_backends

WRITER = """
import sys, time
from slamdesk.core import audit, users
from slamdesk.core.db import Database
db = Database.open(sys.argv[1])
actor = users.get_actor(db, "admin")
deadline = time.monotonic() + float(sys.argv[2])
written = 0
while time.monotonic() < deadline:
    with db.unit_of_work() as session:
        audit.record(session, actor, "test.ping", "process", int(sys.argv[3]), n=written)
    written += 1
print(written)
"""


def test_two_processes_writing_at_once_keep_the_chain_intact(db: Database) -> None:
    users.ensure_user(db, "admin", "Administrator", users.Role.ADMINISTRATOR)
    children = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db.target), "3", str(n)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=os.environ.copy())
        for n in (1, 2)
    ]
    results = [child.communicate(timeout=60) for child in children]
    assert all(child.returncode == 0 for child in children), [err for _, err in results]
    written = sum(int(out) for out, _ in results)
    assert written > 20
    report = audit.check_log(db)
    assert report.intact, report.problem
    with db.read() as session:
        pings = session.execute(audit.select(audit.AuditEvent).where(audit.AuditEvent.action == "test.ping")).all()
    assert len(pings) == written


KEY_MAKER = """
import sys, time
from slamdesk.core import audit
while time.time() < float(sys.argv[1]):
    pass
print(audit.audit_key(create=True).hex())
"""


def test_processes_making_the_audit_key_at_once_all_read_one_whole_key() -> None:
    assert audit.audit_key() is None  # a fresh user data folder
    start = time.time() + 1.5  # every process is started and waiting by then
    children = [subprocess.Popen([sys.executable, "-c", KEY_MAKER, str(start)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=os.environ.copy()) for _ in range(4)]
    results = [child.communicate(timeout=60) for child in children]
    assert all(child.returncode == 0 for child in children), [err for _, err in results]
    keys = {out.strip() for out, _ in results}
    assert keys == {audit.audit_key().hex()}  # type: ignore[union-attr]
    assert len(bytes.fromhex(keys.pop())) == 32  # never the empty file another process had just made
    assert [p.name for p in keys_dir().iterdir() if p.name.endswith(".tmp")] == []


def test_an_anchor_write_killed_midway_leaves_nothing_once_the_database_is_opened_again(
    db: Database, admin: Actor
) -> None:
    with db.unit_of_work() as session:
        audit.record(session, admin, "test.ping", "process", 1)  # anchored after the commit
    beside_register, in_keys = audit.anchor_paths(db.path)
    anchored = audit.read_anchor(db.path)
    assert anchored is not None and beside_register.exists() and in_keys.exists()
    cut_short = [path.with_name(f".{path.name}.0123456789ab.tmp") for path in (beside_register, in_keys)]
    for path in cut_short:
        path.write_text('{"through": 1, "he')
    unrelated = beside_register.with_name(".other.json.0123456789ab.tmp")
    unrelated.write_text("not ours")
    db.close()
    reopened = Database.open(db.target)
    try:
        assert [path.exists() for path in cut_short] == [False, False]
        assert unrelated.exists()
        now = audit.read_anchor(db.path)  # the same anchor, or the checkpoint the opening made after it
        assert now is not None and now.through >= anchored.through
        assert audit.check_log(reopened).intact
    finally:
        reopened.close()


def test_an_event_cannot_be_written_outside_a_unit_of_work(db: Database, admin: Actor) -> None:
    with db.read() as session, pytest.raises(RuntimeError, match="write lock"):
        audit.record(session, admin, "test.ping", "x", 1)


# Tampering with the whole database ------------------------------------------------


def _raw(db: Database) -> Raw:
    """A connection past slamdesk with every trigger dropped: the database's owner, say."""
    connection = Raw(db)
    connection.drop_triggers()
    return connection


def _rechain(connection: Raw, *, from_id: int, reseal: bool = False) -> None:
    """Recompute every hash from ``from_id`` on, as a careful forger would (``reseal``: also point
    each checkpoint at the new hashes, without the key to remake its seal)."""
    rows = connection.rows(
        "SELECT id, at, actor, action, entity_type, entity_id, detail FROM audit_event ORDER BY id")
    prev = audit.GENESIS
    hashes: dict[int, str] = {}
    for event_id, at, actor, action, entity_type, entity_id, detail in rows:
        if event_id >= from_id:
            if reseal and action == audit.CHECKPOINT:
                sealed = json.loads(detail)
                sealed["head"] = hashes[sealed["through"]]
                detail = json.dumps(sealed, sort_keys=True)
            stored = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)
            at_iso = stored.replace(tzinfo=dt.UTC).isoformat()
            new_hash = audit._event_hash(prev, at_iso, actor, action, entity_type, entity_id, detail)
            connection.execute("UPDATE audit_event SET prev_hash = ?, hash = ?, detail = ? WHERE id = ?",
                               (prev, new_hash, detail, event_id))
            prev = new_hash
        else:
            prev = connection.rows("SELECT hash FROM audit_event WHERE id = ?", (event_id,))[0][0]
        hashes[event_id] = prev


def test_the_demo_log_is_checkpointed_and_anchored(demo_db: Database) -> None:
    report = audit.check_log(demo_db)
    assert report.intact, report.problem
    assert report.checkpoints >= 1 and report.anchored_through is not None
    assert (register_dir(demo_db.path) / audit.ANCHOR_FILE).stat().st_mode & 0o777 == 0o600
    assert (keys_dir() / audit.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert keys_dir().stat().st_mode & 0o777 == 0o700


def test_removing_the_newest_events_is_found(demo_db: Database) -> None:
    connection = _raw(demo_db)
    last = connection.rows("SELECT MAX(id) FROM audit_event")[0][0]
    connection.execute("DELETE FROM audit_event WHERE id > ?", (last - 3,))
    connection.close()
    report = audit.check_log(demo_db)
    assert not report.intact and "events were removed" in (report.problem or "")


def test_editing_an_event_and_recomputing_every_later_hash_is_found(demo_db: Database) -> None:
    connection = _raw(demo_db)
    connection.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 5")
    _rechain(connection, from_id=5)
    connection.close()
    report = audit.check_log(demo_db)
    assert not report.intact and "rewritten" in (report.problem or "")


def test_a_rewrite_that_also_repoints_the_checkpoints_cannot_remake_their_seals(demo_db: Database) -> None:
    connection = _raw(demo_db)
    connection.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 5")
    _rechain(connection, from_id=5, reseal=True)
    connection.close()
    report = audit.check_log(demo_db)
    assert not report.intact and "valid seal" in (report.problem or "")


def _rewrite_everything(db: Database) -> None:
    """Edit event 5, drop every checkpoint and recompute the whole chain: consistent again on its own."""
    connection = _raw(db)
    connection.execute(f"DELETE FROM audit_event WHERE action = '{audit.CHECKPOINT}'")
    connection.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 5")
    _rechain(connection, from_id=1)
    connection.close()
    with db.read() as session:
        assert audit.verify_chain(session).intact  # the chain alone cannot tell


def test_a_whole_rewrite_is_found_by_the_anchor(demo_db: Database) -> None:
    _rewrite_everything(demo_db)
    report = audit.check_log(demo_db)
    assert not report.intact and ("removed" in (report.problem or "") or "rewritten" in (report.problem or ""))


def test_a_whole_rewrite_with_the_register_anchor_deleted_is_found_by_its_copy_in_the_keys_folder(
    demo_db: Database,
) -> None:
    _rewrite_everything(demo_db)
    beside_register, in_keys = audit.anchor_paths(demo_db.path)
    beside_register.unlink()
    assert in_keys.exists()
    report = audit.check_log(demo_db)
    assert not report.intact and report.problem is not None


def test_writes_after_a_rewrite_do_not_overwrite_the_evidence(demo_db: Database, people: dict[str, Actor]) -> None:
    _rewrite_everything(demo_db)
    audit.anchor_paths(demo_db.path)[0].unlink()
    for n in range(3):  # the next day's work: each commit would anchor its new head
        with demo_db.unit_of_work() as session:
            audit.record(session, people["admin"], "test.ping", "x", n)
    assert audit.checkpoint_if_due(demo_db, now=audit.utcnow() + 2 * audit.CHECKPOINT_EVERY) is not None
    report = audit.check_log(demo_db)
    assert not report.intact and ("removed" in (report.problem or "") or "rewritten" in (report.problem or ""))


def test_a_log_with_events_and_no_anchor_at_all_is_not_called_intact(demo_db: Database) -> None:
    for path in audit.anchor_paths(demo_db.path):
        path.unlink()
    report = audit.check_log(demo_db)
    assert not report.intact and "anchor" in (report.problem or "") and "missing" in (report.problem or "")


def test_a_restored_older_log_is_reanchored_as_an_event(demo_db: Database, people: dict[str, Actor]) -> None:
    connection = _raw(demo_db)  # what an older backup looks like: fewer events than the anchor names
    last = connection.rows("SELECT MAX(id) FROM audit_event")[0][0]
    connection.execute("DELETE FROM audit_event WHERE id > ?", (last - 3,))
    connection.close()
    assert not audit.check_log(demo_db).intact
    audit.reanchor(demo_db, people["admin"], "restored a backup")
    report = audit.check_log(demo_db)
    assert report.intact, report.problem
    with demo_db.read() as session:
        newest = session.scalars(audit.select(audit.AuditEvent).order_by(audit.AuditEvent.id.desc())).first()
    assert newest is not None and newest.action == audit.REANCHORED and "restored a backup" in newest.detail


def test_without_the_audit_key_the_log_is_not_called_verified(demo_db: Database, tmp_path: Path) -> None:
    shutil.move(keys_dir() / audit.KEY_FILE, tmp_path / "kept-key")
    report = audit.check_log(demo_db)
    assert not report.intact and "audit key is not on this machine" in (report.problem or "")


def test_a_checkpoint_is_made_when_due_and_not_twice(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        audit.record(session, users.get_actor(demo_db, "admin"), "test.ping", "x", 1)
    assert audit.checkpoint_if_due(demo_db, now=audit.utcnow() + audit.CHECKPOINT_EVERY) is not None
    assert audit.checkpoint_if_due(demo_db, now=audit.utcnow() + 2 * audit.CHECKPOINT_EVERY) is None  # nothing new
    assert audit.check_log(demo_db).intact
