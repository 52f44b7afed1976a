"""The append-only audit log with a hash chain.

Each event's hash covers its own fields and the previous event's hash, so a
removed or edited event breaks the chain and ``verify_chain`` finds it.
Checkpoints (below) anchor the chain outside the database, so that a
rewrite of the whole log, or the removal of its newest events, is found too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ..documents.files import write_atomic
from ..models import AuditEvent
from ..models.base import utcnow
from .db import AFTER_COMMIT, Database, local_path_of
from .paths import keys_dir, private_folder, register_dir
from .roles import Actor, Role, acting, require_role
from .words import N_, _

GENESIS = "0" * 64


def _event_hash(prev_hash: str, at: str, actor: str, action: str, entity_type: str, entity_id: int, detail: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, entity_type, entity_id, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, action: str, entity_type: str, entity_id: int, **detail: Any) -> None:
    """Append one event in the caller's transaction, as the stored profile ``actor`` stands for.

    Every change is recorded here, so this is where a made-up ``Actor`` is
    refused (``roles.acting``: ``PermissionDenied``, and the caller's whole
    transaction rolls back): no use case can write under a person who is not
    a real, active profile with that role.
    """
    actor = acting(session, actor)
    _append(session, actor.username, action, entity_type, entity_id, detail)


def _append(session: Session, actor: str, action: str, entity_type: str, entity_id: int, detail: dict[str, Any]) -> AuditEvent:
    """Chain one event to the head. The caller's unit of work holds the write lock (``BEGIN IMMEDIATE``),
    so the head read here is still the head when the event is committed, whoever else is writing."""
    if not session.connection().get_execution_options().get("slamdesk_write"):
        raise RuntimeError("audit events are written only inside db.unit_of_work(), which holds the write lock")
    last = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev_hash = last or GENESIS
    at = utcnow().replace(microsecond=0)
    detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    event = AuditEvent(
        at=at,
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        detail=detail_json,
        prev_hash=prev_hash,
        hash=_event_hash(prev_hash, at.isoformat(), actor, action, entity_type, entity_id, detail_json),
    )
    session.add(event)
    session.flush()
    engine = cast(Engine, session.get_bind())  # sessions here are bound to an engine, never a connection
    database = local_path_of(engine)
    session.info.setdefault(AFTER_COMMIT, {})["audit"] = lambda: _anchor(engine, database, event.id, event.hash)
    return event


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` found.

    ``events``: events checked before the first bad one (all of them when
    intact); ``first_bad_id``: the first event that breaks the chain or a
    checkpoint; ``problem``: why, in words (None when intact);
    ``checkpoints``: signed checkpoints found and checked; ``anchored_through``:
    the event the anchor outside the database names, when there is one.
    """

    events: int
    first_bad_id: int | None
    problem: str | None = None
    checkpoints: int = 0
    anchored_through: int | None = None

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None and self.problem is None


def verify_chain(
    session: Session, *, key: bytes | None = None, anchors: Sequence[Anchor] = (), anchored: bool = False
) -> ChainReport:
    """Check every event's hash and link; with ``anchored``, also every checkpoint's seal (with ``key``)
    and the ``anchor`` kept outside the database, which a log with events must have.

    A checkpoint or anchor that cannot be checked (no key on this machine)
    makes the log not verified, never silently verified.
    """
    prev_hash = GENESIS
    count = checkpoints = 0
    hashes: dict[int, str] = {}
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        expected = _event_hash(
            prev_hash, event.at.isoformat(), event.actor, event.action, event.entity_type, event.entity_id, event.detail
        )
        if event.prev_hash != prev_hash or event.hash != expected:
            return ChainReport(count, event.id, _("event {event} was edited, or an event before it was removed").format(
                event=event.id), checkpoints)
        if event.action == CHECKPOINT and anchored:
            problem = _check_checkpoint(event, hashes, key)
            if problem is not None:
                return ChainReport(count, event.id, problem, checkpoints)
            checkpoints += 1
        hashes[event.id] = event.hash
        prev_hash = event.hash
        count += 1
    if not anchored:
        return ChainReport(count, None, None, checkpoints)
    for anchor in anchors:  # every copy must hold: a newer one beside the register may hide an older kept one
        problem = _check_anchor(anchor, hashes, key)
        if problem is not None:
            return ChainReport(count, anchor.through, problem, checkpoints, anchor.through)
    if anchors:
        return ChainReport(count, None, None, checkpoints, max(anchor.through for anchor in anchors))
    if count:
        return ChainReport(count, None, _("the anchor that records the log's newest event outside the database is "
                                          "missing"), checkpoints)
    return ChainReport(count, None, None, checkpoints)


# Checkpoints and the anchor -------------------------------------------------------
#
# The anchor is the newest event's id and hash, sealed with an HMAC made with
# a key kept beside the provider's signing key (never in the database), and
# written outside the database file after every unit of work that adds
# events: in the register folder beside it, and again in the keys folder. A
# checkpoint seals the head the same way as an event inside the chain (on
# each signing and at least hourly), so the log itself says how far it was
# sealed. Whoever can rewrite the database but not the keys folder cannot:
# - delete the newest events: the anchor names an event that is gone;
# - edit an event and recompute the later hashes: the newest hash changes, and
#   every checkpoint after the edit no longer matches;
# - repoint the checkpoints too: their seals cannot be remade without the key;
# - rewrite everything and delete the anchor beside the register: its copy in
#   the keys folder remains.
# A restored backup is older than the anchor on purpose: ``reanchor`` records
# that as an event and anchors the restored head.

CHECKPOINT = "audit.checkpoint"
REANCHORED = "audit.reanchored"
SYSTEM = "slamdesk"  # who checkpoints: the program, not a person
KEY_FILE = "audit-key"
ANCHOR_FILE = "audit-anchor.json"
CHECKPOINT_EVERY = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Anchor:
    """The newest event as last sealed outside the database."""

    through: int
    head: str
    mac: str


def _mac(key: bytes, through: int, head: str) -> str:
    return hmac.new(key, f"slamdesk-audit:{through}:{head}".encode(), hashlib.sha256).hexdigest()


def _check_checkpoint(event: AuditEvent, hashes: dict[int, str], key: bytes | None) -> str | None:
    try:
        detail = json.loads(event.detail)
        through, head, mac = int(detail["through"]), str(detail["head"]), str(detail["mac"])
    except (ValueError, KeyError, TypeError):
        return _("checkpoint {event} is unreadable").format(event=event.id)
    if hashes.get(through) != head:
        return _("the events up to checkpoint {event} were rewritten (event {through} no longer has the sealed hash)").format(
            event=event.id, through=through)
    if key is None:
        return _("the audit key is not on this machine, so the log's checkpoints cannot be checked")
    if not hmac.compare_digest(_mac(key, through, head), mac):
        return _("checkpoint {event} does not carry a valid seal: it was forged or the log rewritten").format(event=event.id)
    return None


def _check_anchor(anchor: Anchor, hashes: dict[int, str], key: bytes | None) -> str | None:
    if key is None:
        return _("the audit key is not on this machine, so the anchor cannot be checked")
    if not hmac.compare_digest(_mac(key, anchor.through, anchor.head), anchor.mac):
        return _("the anchor outside the database does not carry a valid seal")
    if anchor.through not in hashes:
        return _("events were removed: the anchor names event {through}, which is no longer in the log").format(
            through=anchor.through)
    if hashes[anchor.through] != anchor.head:
        return _("the log was rewritten: event {through} no longer has the hash the anchor recorded").format(
            through=anchor.through)
    return None


def audit_key(create: bool = False) -> bytes | None:
    """The checkpoint key from the keys folder (made on first use with ``create``)."""
    path = keys_dir() / KEY_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if not create:
            return None
    private_folder(keys_dir())
    # Written whole under a private name, then linked into place: a process that
    # reads the key never sees a file another process has made but not yet filled,
    # and of two processes making it at once, one key wins.
    fd, temporary = tempfile.mkstemp(dir=keys_dir(), prefix=f".{KEY_FILE}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(temporary, 0o600)
            handle.write(secrets.token_bytes(32))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
    finally:
        os.unlink(temporary)
    return path.read_bytes()


def anchor_paths(database: Path) -> tuple[Path, Path]:
    """Beside the register, and in the keys folder (named after the database's full path)."""
    digest = hashlib.sha256(str(database.expanduser().resolve()).encode("utf-8")).hexdigest()[:24]
    return register_dir(database) / ANCHOR_FILE, keys_dir() / "anchors" / f"{digest}.json"


def _read(path: Path) -> Anchor | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(int(data["through"]), str(data["head"]), str(data["mac"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError):
        return Anchor(0, "", "")  # unreadable: never verifies


def read_anchors(database: Path) -> list[Anchor]:
    """The anchors of ``database`` that exist (beside the register, in the keys folder)."""
    return [anchor for anchor in map(_read, anchor_paths(database)) if anchor is not None]


def read_anchor(database: Path) -> Anchor | None:
    """The newest of the two anchors of ``database`` (None when neither exists)."""
    return max(read_anchors(database), key=lambda anchor: anchor.through, default=None)


@contextlib.contextmanager
def _anchors_locked(folder: Path) -> Iterator[None]:
    """Anchors are written by one process at a time (the lock is in the keys folder's anchors)."""
    with open(folder / ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _clear_cut_writes(database: Path) -> None:
    """Delete what an anchor write killed midway left (its temporary file); only under the lock."""
    for path in anchor_paths(database):
        for partial in path.parent.glob(f".{path.name}.*.tmp"):
            partial.unlink(missing_ok=True)


def clear_unfinished_anchors(database: Path) -> None:
    """When a database is opened: no temporary file of an anchor write that a killed process left."""
    folder = anchor_paths(database)[1].parent
    if not folder.is_dir():
        return  # no anchor was ever written on this machine
    try:
        with _anchors_locked(folder):
            _clear_cut_writes(database)
    except OSError:
        pass  # a read-only folder: nothing could have been written in it either


def _write_anchors(
    database: Path, anchor: Anchor, *, force: bool = False, still_logged: Callable[[Anchor], bool] | None = None
) -> None:
    """Write ``anchor`` to both places, never replacing a newer one, nor one whose event the log no
    longer holds as anchored (``still_logged``): that one is the evidence of a rewrite. ``force``: a restore."""
    register_anchor, kept_anchor = anchor_paths(database)
    private_folder(kept_anchor.parent)
    register_anchor.parent.mkdir(parents=True, exist_ok=True)
    asked: dict[Anchor, bool] = {}  # both places mostly hold the same anchor: the log is asked once about it
    with _anchors_locked(kept_anchor.parent):
        _clear_cut_writes(database)
        for path in (register_anchor, kept_anchor):
            current = _read(path)
            if not force and current is not None:
                if current.through >= anchor.through:
                    continue
                if still_logged is not None:
                    if current not in asked:
                        asked[current] = still_logged(current)
                    if not asked[current]:
                        continue
            write_atomic(path, json.dumps(anchor.__dict__).encode("utf-8"), mode=0o600)


def _anchor(engine: Engine, database: Path, through: int, head: str) -> None:
    """After a commit: anchor the new head outside the database (best effort: the change is committed)."""

    def still_logged(current: Anchor) -> bool:
        with engine.connect() as connection:
            logged = connection.execute(select(AuditEvent.hash).where(AuditEvent.id == current.through)).scalar()
        return logged == current.head

    try:
        key = audit_key(create=True)
        assert key is not None
        _write_anchors(database, Anchor(through, head, _mac(key, through, head)), still_logged=still_logged)
    except OSError:
        pass  # read-only register folder: the next writable commit anchors again


def checkpoint(db: Database) -> Anchor | None:
    """Seal the chain's head into the chain now; None when the log is empty."""
    key = audit_key(create=True)
    assert key is not None
    with db.unit_of_work() as session:
        head = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
        if head is None:
            return None
        event = _append(session, SYSTEM, CHECKPOINT, "audit_event", head[0],
                        {"through": head[0], "head": head[1], "mac": _mac(key, head[0], head[1])})
        anchor = Anchor(event.id, event.hash, _mac(key, event.id, event.hash))
    return anchor


def checkpoint_if_due(db: Database, now: dt.datetime | None = None) -> Anchor | None:
    """A checkpoint when events were added since the last one and it is older than ``CHECKPOINT_EVERY``."""
    if db.read_only is not None:
        return None
    with db.read() as session:
        newest = session.execute(select(AuditEvent.id, AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)).first()
        if newest is None or newest[1] == CHECKPOINT:
            return None
        last = session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.action == CHECKPOINT))
    if last is not None and (now or utcnow()) - last < CHECKPOINT_EVERY:
        return None
    return checkpoint(db)


def reanchor(db: Database, actor: Actor | None, reason: str, **detail: Any) -> Anchor:
    """Anchor the current head even though it is older than the anchor (a restored backup), as an event.

    The event names the previous anchor, so the log says where and why it was
    rewound; ``actor`` None records it as slamdesk's own.
    """
    key = audit_key(create=True)
    assert key is not None
    previous = read_anchor(db.path)
    with db.unit_of_work() as session:
        if actor is not None:
            require_role(actor, {Role.ADMINISTRATOR}, N_("re-anchor the audit log"), session=session)
        who = acting(session, actor).username if actor is not None else SYSTEM
        event = _append(session, who, REANCHORED, "audit_event", previous.through if previous else 0,
                        {"reason": reason, "previous_anchor": previous.__dict__ if previous else None, **detail})
        session.info[AFTER_COMMIT].pop("audit")
    anchor = Anchor(event.id, event.hash, _mac(key, event.id, event.hash))
    _write_anchors(db.path, anchor, force=True)
    return anchor


def check_log(db: Database) -> ChainReport:
    """The whole check of ``db``'s audit log: chain, checkpoints and the anchor outside the database."""
    with db.read() as session:
        return verify_chain(session, key=audit_key(), anchors=read_anchors(db.path), anchored=True)


# Events that read an entity without changing it (an export writes files, not the record).
_NOT_CHANGES = ("agreement.export", "requirements.export")


@dataclass(frozen=True)
class Change:
    """Who last changed an entity and when, from the audit log."""

    username: str
    display_name: str
    at: Any  # datetime.datetime, timezone-aware (UTC)
    action: str
    row_version: int | None  # the entity's row version the change left, when the event records it


def last_change(
    session: Session, entity_type: str, entity_id: int, *, parts: tuple[str, Any] | None = None
) -> Change | None:
    """The latest audited change of an entity, or of its parts (``parts``: an entity type and ids).

    None when no event records one (a change made outside slamdesk). The
    display name is the profile's; the username when the profile is gone.
    """
    from sqlalchemy import and_, or_

    from ..models import User

    about = and_(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == entity_id)
    if parts is not None and parts[1]:
        about = or_(about, and_(AuditEvent.entity_type == parts[0], AuditEvent.entity_id.in_(list(parts[1]))))
    event = session.scalars(
        select(AuditEvent).where(about, AuditEvent.action.not_in(_NOT_CHANGES)).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    if event is None:
        return None
    name = session.scalar(select(User.display_name).where(User.username == event.actor))
    try:
        left = json.loads(event.detail).get("row_version")
    except (ValueError, AttributeError):
        left = None
    return Change(event.actor, name or event.actor, event.at, event.action, left if isinstance(left, int) else None)
