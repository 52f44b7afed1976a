"""Files in the register folder and their records, kept in step across a crash.

An export writes its files, then records them in one transaction. A process
killed between the two (power cut, ``kill -9``) would leave signed files that
the register does not know. So before writing, an export lists the files it is
about to write in a journal (``register/.pending/<token>.json``) that it holds
locked while it works; it removes the journal once the records are
committed. ``sweep`` (run when a database is opened) deletes the files of a
journal whose writer is gone and whose files were never recorded; a journal
still locked belongs to an export in progress in another process and is left
alone. A sweep deletes only files inside the register folder, whatever a
journal names (a journal planted by whoever can write to the register cannot
make it delete anything else), and leaves alone what is not a journal file.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..documents.files import write_atomic
from ..models import RegisterDocument, RegisterDocumentContent
from .db import Database
from .errors import DatabaseError
from .paths import register_dir
from .words import _

PENDING = ".pending"


def _folder(database: Path) -> Path:
    return register_dir(database) / PENDING


@contextlib.contextmanager
def journal(database: Path, paths: Sequence[Path]) -> Iterator[None]:
    """Hold a locked journal of ``paths`` while they are written and recorded."""
    folder = _folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        token = secrets.token_hex(8)
        writing, final = folder / f".{token}.tmp", folder / f"{token}.json"
        fd = os.open(writing, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)  # held until this process ends, however it ends
        if os.fstat(fd).st_nlink:
            break
        os.close(fd)  # a sweep took it for a killed writer's between creating and locking it: anew
    try:
        os.write(fd, json.dumps([str(path) for path in paths]).encode("utf-8"))
        os.fsync(fd)
        os.replace(writing, final)  # only a complete, locked journal is ever seen by a sweep
        yield
    finally:
        for path in (writing, final):
            path.unlink(missing_ok=True)
        os.close(fd)


def sweep(db: Database) -> list[Path]:
    """Delete files that a crashed export wrote but never recorded; returns what was deleted."""
    folder = _folder(db.path)
    if db.read_only is not None or not folder.is_dir():
        return []
    root = register_dir(db.path).resolve()
    deleted: list[Path] = []
    for unfinished in folder.glob(".*.tmp"):  # a writer killed before its journal was complete
        _remove_unlocked(unfinished)
    for entry in folder.glob("*.json"):
        try:
            fd = os.open(entry, os.O_RDONLY)
        except FileNotFoundError:
            continue  # finished meanwhile
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # an export in progress in another process
            try:
                listed = [Path(p) for p in json.loads(entry.read_text(encoding="utf-8"))]
            except OSError:
                continue  # cannot be read (a folder, say): no journal an export wrote; left alone
            except (ValueError, TypeError):
                listed = []  # cut short or garbage: it names nothing to delete
            listed = [p for p in listed if p.resolve().is_relative_to(root)]  # the register's files only
            with db.read() as session:
                # recorded as stored now, or (an older team database's record) with the absolute path
                stored = sorted({stored_path(db, p) for p in listed} | {str(p) for p in listed})
                recorded = {str(local_file(db, path)) for path in session.scalars(
                    select(RegisterDocument.path).where(RegisterDocument.path.in_(stored)))}
            for path in listed:
                if str(path) not in recorded and path.exists():
                    path.unlink()
                    deleted.append(path)
                for partial in path.parent.glob(f".{path.name}.*.tmp"):  # a write cut short (documents.files)
                    partial.unlink(missing_ok=True)
            entry.unlink(missing_ok=True)
        finally:
            os.close(fd)
    return deleted


def _remove_unlocked(path: Path) -> None:
    """Remove an unfinished journal that no live writer holds. It named no file yet written: its
    writer writes files only once the journal is complete and renamed."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # finished or gone meanwhile
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # its writer is alive
        if stat.S_ISREG(os.fstat(fd).st_mode):  # what is not a journal file is left alone
            path.unlink(missing_ok=True)
    finally:
        os.close(fd)


# A team database's documents ------------------------------------------------------
#
# On a team database the register's documents are recorded with paths relative
# to the register folder, which each desk keeps in its own user data folder,
# and their bytes are kept in the database (``RegisterDocumentContent``), so
# any desk can write a document out when it needs it. A SQLite file records
# absolute paths beside it, as before.


def stored_path(db: Database, path: Path) -> str:
    """How a written file is recorded: relative to the register folder on a team database."""
    if db.dialect == "sqlite":
        return str(path)
    try:
        return str(path.resolve().relative_to(register_dir(db.path)))
    except ValueError:
        return str(path)  # written elsewhere (--out): that desk's file only


def local_file(db: Database, stored: str) -> Path:
    """Where a recorded document is on this desk."""
    path = Path(stored)
    return path if path.is_absolute() else register_dir(db.path) / path


def keep_content(session: Any, db: Database, document: RegisterDocument, path: Path) -> None:
    """On a team database, keep the document's bytes beside its record (in the caller's transaction)."""
    if db.dialect != "sqlite":
        session.add(RegisterDocumentContent(document_id=document.id, content=path.read_bytes()))


def local_copy(db: Database, document: str) -> Path:
    """The document (as recorded, or as ``register`` lists it) on this desk, written out from the team
    database when this desk lacks it.

    A file already there is never overwritten; one written out is checked
    against the SHA-256 recorded at export.
    """
    stored = stored_path(db, Path(document)) if Path(document).is_absolute() else document
    path = local_file(db, stored)
    if path.exists():
        return path
    with db.read() as session:
        found = session.execute(
            select(RegisterDocument.sha256, RegisterDocumentContent.content)
            .join(RegisterDocumentContent, RegisterDocumentContent.document_id == RegisterDocument.id)
            .where(RegisterDocument.path == stored)
        ).first()
    if found is None:
        return path  # not kept in the database: the desk that exported it has it
    sha256, content = found
    if hashlib.sha256(content).hexdigest() != sha256:
        raise DatabaseError(_("the stored copy of {name} does not match the SHA-256 recorded at export").format(name=path.name))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, content)
    return path
