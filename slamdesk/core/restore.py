"""Restoring a backup of the database.

Administrators only, checked against the stored profile (the role passed in
is not trusted). The file must be a sound slamdesk database no newer than this
slamdesk (``backup_files.check_backup``); the current database is backed up
first (``before-restore``; rotation waits until the copy is done and spares the
file restored); then the backup is copied INTO the live database with the
backup API, in one write transaction, so other open connections and the
write-ahead log stay consistent (they see the old content until it commits,
the restored content after). An older schema is then upgraded by
``Database.open``, and the restore is written to the audit log as a
re-anchoring (``audit.reanchor``): the anchor outside the database then names
the restored log's head, and the log says that it was rewound and from where.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import audit, backup as _backup
from .backup_files import BackupFile, Busy, Progress, Reason, check_backup, copy_pages, open_file, sqlite_uri
from .db import BUSY_TIMEOUT_MS, Database, head_revision
from .errors import DatabaseBusyError, DatabaseError, PermissionDenied
from .roles import Actor, Role, require_role
from .words import N_, _


@dataclass(frozen=True)
class Restored:
    source: Path
    revision: str  # the schema revision of the backup (upgraded to this slamdesk's after restoring)
    kept: BackupFile  # the database as it was before, in backups/


def check_may_restore(database_path: Path, actor: Actor) -> Actor:
    """The acting profile as stored in the live database, if it may restore; ``PermissionDenied`` otherwise.

    The role passed in ``actor`` is not trusted: it is read again from the profile.
    """
    database_path = Path(database_path).expanduser()
    try:
        connection = sqlite3.connect(sqlite_uri(database_path, mode="ro"), uri=True, isolation_level=None)
        try:
            row = connection.execute(
                "SELECT id, username, display_name, role, active FROM app_user WHERE username = ?", (actor.username,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise DatabaseError(_("cannot read the profiles of {path}: {error}").format(path=database_path, error=error)) from error
    if row is None or not row[4] or row[0] != actor.id:
        raise PermissionDenied(_("no active profile {username!r} in {name}; it cannot restore a backup").format(
            username=actor.username, name=database_path.name))
    try:
        role = Role(row[3])
    except ValueError:
        raise PermissionDenied(_("{name} has an unknown role and cannot restore a backup").format(name=row[2])) from None
    stored = Actor(id=row[0], username=row[1], display_name=row[2], role=role)
    require_role(stored, {Role.ADMINISTRATOR}, N_("restore a backup"))
    return stored


def restore(
    database_path: Path,
    backup_file: Path,
    *,
    actor: Actor,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Restored:
    """Replace the content of the database at ``database_path`` with ``backup_file``.

    Administrators only. The file is checked in full first (nothing changes on
    a refusal); the current database is kept as a ``before-restore`` backup;
    the copy goes into the live file with the backup API in one write
    transaction, so open connections stay consistent. An older schema is then
    upgraded, and the restore is audited.
    """
    database_path = Path(database_path).expanduser()
    backup_file = Path(backup_file).expanduser()
    stored = check_may_restore(database_path, actor)
    if not backup_file.exists():
        raise DatabaseError(_("{path}: no such file").format(path=backup_file))
    if backup_file.resolve() == database_path.resolve() or os.path.samefile(backup_file, database_path):
        raise DatabaseError(_("{path} is the database itself; choose a backup of it").format(path=backup_file))
    revision = check_backup(backup_file)
    when = now or _backup.clock()
    # rotated after the copy: a newer backup must not rotate away the file being restored
    kept = _backup.backup(database_path, reason=Reason.BEFORE_RESTORE, now=when, rotation=False)
    try:
        source = open_file(backup_file)
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            target = sqlite3.connect(database_path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                copy_pages(source, target, progress)
            finally:
                target.close()
        finally:
            source.close()
    except Busy:
        raise DatabaseBusyError(
            _("{name} stayed busy (another window or command is writing); nothing was restored, try again").format(
                name=database_path.name)
        ) from None
    except sqlite3.Error as error:
        raise DatabaseError(_("{path} could not be restored: {error}; the database was not changed").format(
            path=backup_file, error=error)) from error
    database = Database.open(database_path)  # upgrades an older schema (after its own backup)
    try:
        # The anchor outside the database still names the replaced log's head: anchor the restored one,
        # as an event that says so.
        facts = {"file": str(backup_file), "schema": revision, "upgraded_to": head_revision(), "kept": str(kept.path)}
        try:
            audit.reanchor(database, stored, "database_restored", **facts)
        except PermissionDenied:  # the backup predates this profile: slamdesk records the restore itself
            audit.reanchor(database, None, "database_restored", restored_by=stored.username, **facts)
    finally:
        database.close()
    _backup.rotate(database_path, now=when, protect=[backup_file])
    return Restored(source=backup_file, revision=revision, kept=kept)
