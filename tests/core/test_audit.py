"""The audit log (core/audit.py) as a reader of it sees it: what an event stores, what the chain check
counts and says, what a checkpoint and the anchor outside the database hold, and who last changed what.

The tampering with a whole database, and two writers at once, are in test_audit_trust.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from slamdesk.core import audit, users
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.paths import keys_dir, register_dir
from slamdesk.core.roles import Actor, Role
from tests.raw import Raw


def ping(db: Database, actor: Actor, n: int = 1, action: str = "test.ping", entity_type: str = "x",
         **detail: object) -> None:
    with db.unit_of_work() as session:
        audit.record(session, actor, action, entity_type, n, **detail)


def events(db: Database) -> list[audit.AuditEvent]:
    with db.read() as session:
        return list(session.scalars(audit.select(audit.AuditEvent).order_by(audit.AuditEvent.id)))


def chain(db: Database, **options: object) -> audit.ChainReport:
    with db.read() as session:
        return audit.verify_chain(session, **options)  # type: ignore[arg-type]


def tamper(db: Database, sql: str, params: tuple[object, ...] = ()) -> None:
    connection = Raw(db)
    connection.drop_triggers()
    connection.execute(sql, params)
    connection.close()


# What an event stores -----------------------------------------------------------------


def test_an_event_stores_who_did_what_to_which_record_with_its_detail_as_readable_json(db: Database, admin: Actor) -> None:
    ping(db, admin, 7, "service.update", "service", name="Hồ Chí Minh café", b=2, a=1)
    (event,) = events(db)
    assert (event.actor, event.action, event.entity_type, event.entity_id) == (admin.username, "service.update",
                                                                                "service", 7)
    # the keys in order and the text as typed (not \\u escapes), so a person reading the log sees the name
    assert event.detail == '{"a": 1, "b": 2, "name": "Hồ Chí Minh café"}'
    assert event.at.tzinfo is not None and event.at.microsecond == 0


def test_detail_that_is_not_plain_json_is_recorded_as_its_text(db: Database, admin: Actor) -> None:
    ping(db, admin, price=Decimal("12.50"), day=dt.date(2026, 12, 2), path=Path("/tmp/a.pdf"))
    (event,) = events(db)
    assert json.loads(event.detail) == {"price": "12.50", "day": "2026-12-02", "path": "/tmp/a.pdf"}
    assert chain(db).intact


def test_each_event_is_chained_to_the_one_before_from_the_genesis_hash(db: Database, admin: Actor) -> None:
    for n in range(3):
        ping(db, admin, n, note="é")
    first, second, third = events(db)
    assert first.prev_hash == audit.GENESIS == "0" * 64
    assert (second.prev_hash, third.prev_hash) == (first.hash, second.hash)
    # anyone can recompute a hash from the stored fields (the recipe an outside auditor follows)
    for event in (first, second, third):
        payload = json.dumps([event.prev_hash, event.at.isoformat(), event.actor, event.action, event.entity_type,
                              event.entity_id, event.detail], ensure_ascii=False)
        assert event.hash == hashlib.sha256(payload.encode("utf-8")).hexdigest()


def test_a_made_up_actor_cannot_record_and_nothing_is_written(db: Database, admin: Actor) -> None:
    ghost = Actor(id=admin.id, username="ghost", display_name="Ghost", role=Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        ping(db, ghost)
    assert events(db) == []


def test_a_commit_that_records_an_event_anchors_it_outside_the_database(db: Database, admin: Actor) -> None:
    ping(db, admin)
    ping(db, admin, 2)
    newest = events(db)[-1]
    for anchor in audit.read_anchors(db.path):
        assert (anchor.through, anchor.head) == (newest.id, newest.hash)
    assert len(audit.read_anchors(db.path)) == 2
    report = audit.check_log(db)
    assert report.intact and report.anchored_through == newest.id and report.events == 2


def test_a_rolled_back_unit_of_work_records_nothing_and_anchors_nothing(db: Database, admin: Actor) -> None:
    with pytest.raises(ZeroDivisionError), db.unit_of_work() as session:
        audit.record(session, admin, "test.ping", "x", 1)
        _ = 1 / 0
    assert events(db) == [] and audit.read_anchors(db.path) == []


# What the chain check counts and says ---------------------------------------------------------------


def test_an_intact_chain_counts_every_event(db: Database, admin: Actor) -> None:
    assert chain(db) == audit.ChainReport(0, None)  # no checkpoints unless counted
    for n in range(4):
        ping(db, admin, n)
    report = chain(db)
    assert report.intact and report.events == 4 and report.first_bad_id is None and report.problem is None


def test_an_edited_event_is_named_with_the_events_checked_before_it(db: Database, admin: Actor) -> None:
    for n in range(5):
        ping(db, admin, n)
    third = events(db)[2]
    tamper(db, "UPDATE audit_event SET actor = 'mallory' WHERE id = ?", (third.id,))
    report = chain(db)
    assert not report.intact
    assert (report.events, report.first_bad_id) == (2, third.id)
    assert report.problem == f"event {third.id} was edited, or an event before it was removed"


def test_a_removed_event_breaks_the_link_of_the_next(db: Database, admin: Actor) -> None:
    for n in range(4):
        ping(db, admin, n)
    second, third = events(db)[1:3]
    tamper(db, "DELETE FROM audit_event WHERE id = ?", (second.id,))
    report = chain(db)
    assert (report.events, report.first_bad_id) == (1, third.id)


def test_an_event_whose_own_hash_was_replaced_is_found(db: Database, admin: Actor) -> None:
    ping(db, admin)
    tamper(db, "UPDATE audit_event SET hash = ?", ("f" * 64,))
    assert chain(db).first_bad_id == events(db)[0].id


def test_a_report_with_a_problem_but_no_bad_event_is_not_intact() -> None:
    assert audit.ChainReport(3, None).intact
    assert not audit.ChainReport(3, None, "the anchor ... is missing").intact
    assert not audit.ChainReport(3, 2).intact


def test_without_anchored_the_checkpoints_are_not_checked(db: Database, admin: Actor) -> None:
    ping(db, admin)
    audit.checkpoint(db)
    assert chain(db) == audit.ChainReport(2, None, None, 0)
    report = chain(db, key=audit.audit_key(), anchors=audit.read_anchors(db.path), anchored=True)
    assert report.intact and report.checkpoints == 1 and report.events == 2


def test_an_empty_log_needs_no_anchor(db: Database) -> None:
    report = audit.check_log(db)
    assert report.intact and report.events == 0 and report.anchored_through is None


def test_the_newest_of_the_anchors_is_reported(db: Database, admin: Actor) -> None:
    ping(db, admin)
    ping(db, admin, 2)
    first, second = events(db)
    key = audit.audit_key()
    assert key is not None
    older = audit.Anchor(first.id, first.hash, audit._mac(key, first.id, first.hash))
    newer = audit.Anchor(second.id, second.hash, audit._mac(key, second.id, second.hash))
    for anchors in ([older, newer], [newer, older]):
        report = chain(db, key=key, anchors=anchors, anchored=True)
        assert report.intact and report.anchored_through == second.id and report.events == 2


# Checkpoints ---------------------------------------------------------------------------------


def test_a_checkpoint_seals_the_head_with_the_key_and_anchors_itself(db: Database, admin: Actor) -> None:
    assert audit.checkpoint(db) is None  # an empty log has nothing to seal
    assert events(db) == []
    ping(db, admin)
    head = events(db)[0]
    anchor = audit.checkpoint(db)
    sealed = events(db)[-1]
    assert anchor is not None and (anchor.through, anchor.head) == (sealed.id, sealed.hash)
    assert (sealed.actor, sealed.action, sealed.entity_type, sealed.entity_id) == (
        "slamdesk", "audit.checkpoint", "audit_event", head.id)  # as the log shows it to whoever reads it
    key = audit.audit_key()
    assert key is not None
    assert json.loads(sealed.detail) == {"through": head.id, "head": head.hash, "mac": audit._mac(key, head.id, head.hash)}
    assert anchor.mac == audit._mac(key, sealed.id, sealed.hash)
    assert audit.read_anchor(db.path) == anchor


@pytest.mark.parametrize("detail", ['not json', '{"head": "x", "mac": "y"}', '{"through": "five", "head": "x", "mac": "y"}',
                                    '{"through": null, "head": "x", "mac": "y"}'])
def test_an_unreadable_checkpoint_is_named(db: Database, admin: Actor, detail: str) -> None:
    ping(db, admin)
    audit.checkpoint(db)
    sealed = events(db)[-1]
    tamper(db, "UPDATE audit_event SET detail = ? WHERE id = ?", (detail, sealed.id))
    _rechain(db)
    report = audit.check_log(db)
    assert report.problem == f"checkpoint {sealed.id} is unreadable"
    assert (report.first_bad_id, report.events, report.checkpoints) == (sealed.id, 1, 0)


def test_a_checkpoint_whose_seal_was_changed_is_called_forged(db: Database, admin: Actor) -> None:
    ping(db, admin)
    audit.checkpoint(db)
    ping(db, admin, 2)
    audit.checkpoint(db)
    sealed = events(db)[-1]
    detail = json.loads(sealed.detail)
    detail["mac"] = "0" * 64
    tamper(db, "UPDATE audit_event SET detail = ? WHERE id = ?", (json.dumps(detail, sort_keys=True), sealed.id))
    _rechain(db)
    report = audit.check_log(db)
    assert report.problem == f"checkpoint {sealed.id} does not carry a valid seal: it was forged or the log rewritten"
    assert (report.first_bad_id, report.events, report.checkpoints) == (sealed.id, 3, 1)


def test_a_checkpoint_that_names_another_hash_is_called_a_rewrite(db: Database, admin: Actor) -> None:
    ping(db, admin)
    audit.checkpoint(db)
    head, sealed = events(db)
    detail = json.loads(sealed.detail)
    detail["head"] = "a" * 64
    tamper(db, "UPDATE audit_event SET detail = ? WHERE id = ?", (json.dumps(detail, sort_keys=True), sealed.id))
    _rechain(db)
    report = audit.check_log(db)
    assert report.problem == (f"the events up to checkpoint {sealed.id} were rewritten "
                              f"(event {head.id} no longer has the sealed hash)")


def test_without_the_key_a_checkpoint_cannot_be_called_valid(db: Database, admin: Actor) -> None:
    ping(db, admin)
    audit.checkpoint(db)
    report = chain(db, key=None, anchored=True)
    assert report.problem == "the audit key is not on this machine, so the log's checkpoints cannot be checked"
    assert report.first_bad_id == events(db)[-1].id


def _rechain(db: Database) -> None:
    """Recompute every hash, as a forger would, so only the checkpoints and anchors can tell."""
    connection = Raw(db)
    connection.drop_triggers()
    prev = audit.GENESIS
    for event in events(db):
        new_hash = audit._event_hash(prev, event.at.isoformat(), event.actor, event.action, event.entity_type,
                                     event.entity_id, event.detail)
        connection.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?", (prev, new_hash, event.id))
        prev = new_hash
    connection.close()


def test_a_checkpoint_is_due_an_hour_after_the_last_one_and_only_with_new_events(db: Database, admin: Actor) -> None:
    assert audit.checkpoint_if_due(db) is None  # nothing to seal
    ping(db, admin)
    first = audit.checkpoint_if_due(db)  # never sealed yet: due at once
    assert first is not None
    sealed_at = events(db)[-1].at
    assert audit.checkpoint_if_due(db, now=sealed_at + dt.timedelta(hours=5)) is None  # nothing new since
    ping(db, admin, 2)
    assert audit.checkpoint_if_due(db, now=sealed_at + dt.timedelta(minutes=59, seconds=59)) is None
    second = audit.checkpoint_if_due(db, now=sealed_at + dt.timedelta(hours=1))
    assert second is not None and second.through == first.through + 2
    assert audit.check_log(db).checkpoints == 2


@pytest.mark.sqlite_only
def test_a_read_only_database_is_never_checkpointed(db: Database, admin: Actor) -> None:
    ping(db, admin)
    read_only = Database(db.path, db.engine, read_only="the file is read-only")
    assert audit.checkpoint_if_due(read_only) is None
    assert [event.action for event in events(db)] == ["test.ping"]


# The key and the anchors outside the database -----------------------------------------------


def test_the_audit_key_is_made_once_private_and_never_by_a_mere_reader() -> None:
    path = keys_dir() / audit.KEY_FILE
    assert audit.audit_key() is None and not path.exists()
    key = audit.audit_key(create=True)
    assert key is not None and len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(keys_dir().stat().st_mode) == 0o700
    assert audit.audit_key() == key == audit.audit_key(create=True)


def test_the_anchors_are_kept_beside_the_register_and_in_the_keys_folder(tmp_path: Path) -> None:
    database = tmp_path / "a" / ".." / "books.db"
    beside, kept = audit.anchor_paths(database)
    assert beside == register_dir(database) / "audit-anchor.json"
    digest = hashlib.sha256(str((tmp_path / "books.db").resolve()).encode("utf-8")).hexdigest()[:24]
    assert kept == keys_dir() / "anchors" / f"{digest}.json"
    assert audit.anchor_paths(tmp_path / "other.db")[1] != kept  # each database its own


def test_an_unreadable_anchor_never_verifies_and_a_missing_one_is_absent(db: Database, admin: Actor) -> None:
    ping(db, admin)
    beside, kept = audit.anchor_paths(db.path)
    kept.unlink()
    assert audit.read_anchors(db.path) == [audit.read_anchor(db.path)]
    for garbage in ("{", '{"through": 1}', '{"through": "x", "head": "h", "mac": "m"}', "[1]"):
        beside.write_text(garbage, encoding="utf-8")
        assert audit.read_anchors(db.path) == [audit.Anchor(0, "", "")]
        report = audit.check_log(db)
        assert report.problem == "the anchor outside the database does not carry a valid seal"
        assert (report.first_bad_id, report.anchored_through, report.events) == (0, 0, 1)
    beside.unlink()
    assert audit.read_anchors(db.path) == [] and audit.read_anchor(db.path) is None


def test_an_anchor_naming_a_removed_event_or_another_hash_says_so(db: Database, admin: Actor) -> None:
    ping(db, admin)
    ping(db, admin, 2)
    first, second = events(db)
    key = audit.audit_key()
    assert key is not None
    gone = audit.Anchor(second.id + 5, "b" * 64, audit._mac(key, second.id + 5, "b" * 64))
    report = chain(db, key=key, anchors=[gone], anchored=True)
    assert report.problem == (f"events were removed: the anchor names event {second.id + 5}, "
                              "which is no longer in the log")
    assert (report.first_bad_id, report.anchored_through, report.events) == (second.id + 5,) * 2 + (2,)
    other = audit.Anchor(first.id, "c" * 64, audit._mac(key, first.id, "c" * 64))
    report = chain(db, key=key, anchors=[other], anchored=True)
    assert report.problem == f"the log was rewritten: event {first.id} no longer has the hash the anchor recorded"
    # every copy must hold: a good one beside a bad one is still found
    good = audit.Anchor(second.id, second.hash, audit._mac(key, second.id, second.hash))
    assert chain(db, key=key, anchors=[good, other], anchored=True).first_bad_id == first.id
    report = chain(db, key=None, anchors=[good], anchored=True)
    assert report.problem == "the audit key is not on this machine, so the anchor cannot be checked"
    assert chain(db, key=b"another key", anchors=[good], anchored=True).problem == (
        "the anchor outside the database does not carry a valid seal")


def test_an_older_head_never_replaces_a_newer_anchor_but_a_restore_does(db: Database, admin: Actor) -> None:
    ping(db, admin)
    ping(db, admin, 2)
    first, second = events(db)
    key = audit.audit_key()
    assert key is not None
    older = audit.Anchor(first.id, first.hash, audit._mac(key, first.id, first.hash))
    newest = audit.read_anchor(db.path)
    audit._write_anchors(db.path, older)
    assert audit.read_anchors(db.path) == [newest, newest]
    audit._write_anchors(db.path, newest)  # the same head again: nothing changes
    assert audit.read_anchors(db.path) == [newest, newest]
    audit._write_anchors(db.path, older, force=True)
    assert audit.read_anchors(db.path) == [older, older]
    for path in audit.anchor_paths(db.path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.sqlite_only
def test_a_read_only_register_folder_does_not_undo_the_commit(db: Database, admin: Actor) -> None:
    ping(db, admin)
    folder = register_dir(db.path)
    os.chmod(folder, 0o500)
    try:
        ping(db, admin, 2)  # committed; its anchor cannot be written beside the register
    finally:
        os.chmod(folder, 0o700)
    assert [event.entity_id for event in events(db)] == [1, 2]
    ping(db, admin, 3)  # the next writable commit anchors again
    assert {anchor.through for anchor in audit.read_anchors(db.path)} == {events(db)[-1].id}


# Re-anchoring a restored log ------------------------------------------------------------------


def test_reanchoring_records_who_why_and_the_anchor_it_replaces(db: Database, admin: Actor) -> None:
    for n in range(3):
        ping(db, admin, n)
    previous = audit.read_anchor(db.path)
    assert previous is not None
    tamper(db, "DELETE FROM audit_event WHERE id = ?", (events(db)[-1].id,))  # an older backup
    anchor = audit.reanchor(db, admin, "restored a backup", backup="monday.db")
    event = events(db)[-1]
    assert (event.actor, event.action, event.entity_type, event.entity_id) == (
        admin.username, "audit.reanchored", "audit_event", previous.through)
    assert json.loads(event.detail) == {"reason": "restored a backup", "backup": "monday.db",
                                        "previous_anchor": previous.__dict__}
    assert audit.read_anchors(db.path) == [anchor, anchor] and anchor.through == event.id
    assert audit.check_log(db).intact


def test_slamdesk_reanchors_on_its_own_and_a_first_anchor_names_no_previous(db: Database) -> None:
    anchor = audit.reanchor(db, None, "a new register")
    (event,) = events(db)
    assert (event.actor, event.action, event.entity_id, json.loads(event.detail)) == (
        "slamdesk", "audit.reanchored", 0, {"reason": "a new register", "previous_anchor": None})
    assert audit.read_anchor(db.path) == anchor


def test_only_an_administrator_may_reanchor(db: Database, admin: Actor) -> None:
    ping(db, admin)
    clerk = users.ensure_user(db, "rep", "Rep", Role.REPRESENTATIVE)
    before = audit.read_anchor(db.path)
    with pytest.raises(PermissionDenied) as raised:
        audit.reanchor(db, clerk, "I restored it")
    assert str(raised.value) == "Rep (representative) cannot re-anchor the audit log; needs: administrator"
    assert len(events(db)) == 1 and audit.read_anchor(db.path) == before


# Who last changed a record ---------------------------------------------------------------------


def test_the_last_change_names_the_person_the_time_and_the_row_version_it_left(db: Database, admin: Actor) -> None:
    clerk = users.ensure_user(db, "rep", "Rita Rep", Role.REPRESENTATIVE)
    ping(db, admin, 7, "service.update", "service", row_version=2)
    ping(db, clerk, 7, "service.update", "service", row_version=3)
    ping(db, admin, 8, "service.update", "service", row_version=9)  # another service
    ping(db, admin, 7, "service.update", "catalogue", row_version=9)  # another kind of record
    ping(db, admin, 7, "agreement.export", "service")  # reading it is not changing it
    ping(db, admin, 7, "requirements.export", "service")
    with db.read() as session:
        change = audit.last_change(session, "service", 7)
    assert change is not None
    assert (change.username, change.display_name, change.action, change.row_version) == (
        "rep", "Rita Rep", "service.update", 3)
    assert change.at == events(db)[1].at


def test_a_change_to_a_part_counts_as_a_change_of_the_whole(db: Database, admin: Actor) -> None:
    ping(db, admin, 7, "document.update", "document")
    ping(db, admin, 41, "clause.update", "clause", row_version=5)
    ping(db, admin, 99, "clause.update", "clause")  # a part of something else
    ping(db, admin, 41, "service.update", "service")  # another kind of record with the part's id
    with db.read() as session:
        whole = audit.last_change(session, "document", 7, parts=("clause", [40, 41]))
        only = audit.last_change(session, "document", 7, parts=("clause", []))
        alone = audit.last_change(session, "document", 7)
    assert whole is not None and (whole.action, whole.row_version) == ("clause.update", 5)
    assert only is not None and only.action == "document.update"
    assert alone is not None and alone.action == "document.update"


def test_a_change_by_a_profile_that_is_gone_names_its_user_name(db: Database, admin: Actor) -> None:
    ping(db, admin, 7, "service.update", "service")
    tamper(db, "UPDATE audit_event SET actor = 'former'")
    with db.read() as session:
        change = audit.last_change(session, "service", 7)
        nothing = audit.last_change(session, "service", 8)
    assert change is not None and (change.username, change.display_name) == ("former", "former")
    assert nothing is None


@pytest.mark.parametrize("detail, left", [('{"row_version": "3"}', None), ('{"row_version": 3}', 3), ("[3]", None),
                                          ("not json", None), ("{}", None)])
def test_a_row_version_is_read_only_when_the_event_records_a_whole_number(
    db: Database, admin: Actor, detail: str, left: int | None
) -> None:
    ping(db, admin, 7, "service.update", "service")
    tamper(db, "UPDATE audit_event SET detail = ?", (detail,))
    with db.read() as session:
        change = audit.last_change(session, "service", 7)
    assert change is not None and change.row_version == left and change.display_name == admin.display_name


def test_the_whole_changed_after_its_part_is_the_last_change(db: Database, admin: Actor) -> None:
    ping(db, admin, 41, "clause.update", "clause")
    ping(db, admin, 7, "document.rename", "document")
    with db.read() as session:
        change = audit.last_change(session, "document", 7, parts=("clause", [41]))
    assert change is not None and change.action == "document.rename"


def test_the_checkpoints_checked_are_counted_whatever_the_verdict(db: Database, admin: Actor) -> None:
    ping(db, admin)
    audit.checkpoint(db)
    ping(db, admin, 2)
    key = audit.audit_key()
    assert chain(db, key=key, anchored=True).checkpoints == 1  # no anchor given: not intact, still counted
    assert not chain(db, key=key, anchored=True).intact
    last = events(db)[-1]
    tamper(db, "UPDATE audit_event SET actor = 'mallory' WHERE id = ?", (last.id,))
    report = chain(db, key=key, anchored=True)
    assert (report.first_bad_id, report.events, report.checkpoints) == (last.id, 2, 1)


def test_the_newest_anchor_is_the_one_read_and_a_folder_in_its_place_never_verifies(db: Database, admin: Actor) -> None:
    ping(db, admin)
    ping(db, admin, 2)
    first, second = events(db)
    key = audit.audit_key()
    assert key is not None
    beside, kept = audit.anchor_paths(db.path)
    older = audit.Anchor(first.id, first.hash, audit._mac(key, first.id, first.hash))
    beside.write_text(json.dumps(older.__dict__), encoding="utf-8")
    assert audit.read_anchor(db.path) == audit.Anchor(second.id, second.hash, audit._mac(key, second.id, second.hash))
    kept.unlink()
    kept.mkdir()
    assert audit.read_anchors(db.path) == [older, audit.Anchor(0, "", "")]
    assert audit.check_log(db).problem == "the anchor outside the database does not carry a valid seal"


def test_reanchoring_judges_the_stored_profile_not_the_role_signed_in_with(db: Database, admin: Actor) -> None:
    clerk = users.ensure_user(db, "rep", "Rep", Role.REPRESENTATIVE)
    tamper(db, "UPDATE app_user SET role = 'administrator' WHERE username = 'rep'")  # promoted since signing in
    with pytest.raises(PermissionDenied) as raised:
        audit.reanchor(db, clerk, "I restored it")
    assert str(raised.value) == "Rep is an administrator, not a representative; sign in again"
    assert events(db) == []
