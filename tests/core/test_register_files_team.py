"""How register documents are recorded and found on each desk (core/register_files.py: stored_path, local_file,
keep_content, local_copy): absolute paths in a SQLite file, paths relative to the register folder and the bytes
in the database on a team database.

A team desk is the test's database as slamdesk sees a team database's dialect (on the PostgreSQL run it is one);
test_team_documents.py has three desks on a real server.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core import register_files
from slamdesk.core.db import Database
from slamdesk.core.errors import DatabaseError
from slamdesk.core.paths import register_dir
from slamdesk.models import AgreementVersion, RegisterDocument, RegisterDocumentContent, User


def team_desk(db: Database) -> Database:
    if db.dialect == "postgresql":
        return db
    desk = Database(db.path, db.engine, target=db.target)  # only register_files is asked; writes go through db
    desk.dialect = "postgresql"
    return desk


def recorded(db: Database, stored: str, content: bytes, *, keep: bytes | None = None) -> None:
    """A document recorded at export with the SHA-256 of ``content``; ``keep``: the bytes kept in the database."""
    with db.unit_of_work() as session:
        version_id = session.scalars(select(AgreementVersion.id).limit(1)).one()
        user_id = session.scalars(select(User.id).limit(1)).one()
        document = RegisterDocument(version_id=version_id, format="pdf", path=stored, size_bytes=len(content),
                                    sha256=hashlib.sha256(content).hexdigest(), created_by_id=user_id)
        session.add(document)
        session.flush()
        if keep is not None:
            session.add(RegisterDocumentContent(document_id=document.id, content=keep))


def kept_contents(db: Database) -> list[bytes]:
    """The bytes kept of agreements' documents (not of the demo's notice letter)."""
    with db.read() as session:
        return list(session.scalars(select(RegisterDocumentContent.content).join(
            RegisterDocument, RegisterDocument.id == RegisterDocumentContent.document_id)
            .where(RegisterDocument.kind == "agreement")))


@pytest.mark.sqlite_only
def test_a_file_database_records_and_finds_documents_by_their_full_path(db: Database, tmp_path: Path) -> None:
    inside = register_dir(db.path) / "Kund" / "SLA-1.pdf"
    elsewhere = tmp_path / "out" / "SLA-1.pdf"
    assert register_files.stored_path(db, inside) == str(inside)
    assert register_files.stored_path(db, elsewhere) == str(elsewhere)
    assert register_files.local_file(db, str(inside)) == inside


@pytest.mark.sqlite_only
def test_a_file_database_keeps_no_bytes_and_never_writes_a_copy(demo_db: Database, tmp_path: Path) -> None:
    path = register_dir(demo_db.path) / "Kund" / "SLA-1.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF signed")
    with demo_db.unit_of_work() as session:
        version_id = session.scalars(select(AgreementVersion.id).limit(1)).one()
        user_id = session.scalars(select(User.id).limit(1)).one()
        document = RegisterDocument(version_id=version_id, format="pdf", path=str(path), size_bytes=11,
                                    sha256="0" * 64, created_by_id=user_id)
        session.add(document)
        session.flush()
        register_files.keep_content(session, demo_db, document, path)
    assert kept_contents(demo_db) == []
    path.unlink()
    assert register_files.local_copy(demo_db, str(path)) == path and not path.exists()


def test_a_team_desk_records_documents_relative_to_its_register_folder(db: Database, tmp_path: Path) -> None:
    desk = team_desk(db)
    register = register_dir(desk.path)
    assert register_files.stored_path(desk, register / "Kund" / "SLA-1" / "v1" / "SLA-1.pdf") == "Kund/SLA-1/v1/SLA-1.pdf"
    assert register_files.stored_path(desk, register / "Kund" / ".." / "Other" / "a.pdf") == "Other/a.pdf"
    elsewhere = tmp_path / "out" / "SLA-1.pdf"
    assert register_files.stored_path(desk, elsewhere) == str(elsewhere)  # --out: that desk's own file
    assert register_files.local_file(desk, "Kund/SLA-1.pdf") == register / "Kund" / "SLA-1.pdf"
    assert register_files.local_file(desk, str(elsewhere)) == elsewhere


def test_a_team_desk_keeps_the_bytes_of_what_it_exports(demo_db: Database) -> None:
    desk = team_desk(demo_db)
    path = register_dir(desk.path) / "Kund" / "SLA-1.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.7 the signed bytes \x00\xff")
    with demo_db.unit_of_work() as session:  # the desk writes through its database
        version_id = session.scalars(select(AgreementVersion.id).limit(1)).one()
        user_id = session.scalars(select(User.id).limit(1)).one()
        document = RegisterDocument(version_id=version_id, format="pdf", path="Kund/SLA-1.pdf", size_bytes=1,
                                    sha256="0" * 64, created_by_id=user_id)
        session.add(document)
        session.flush()
        register_files.keep_content(session, desk, document, path)
    assert kept_contents(demo_db) == [b"%PDF-1.7 the signed bytes \x00\xff"]


def test_a_desk_without_the_file_writes_it_out_from_the_team_database(demo_db: Database) -> None:
    desk = team_desk(demo_db)
    content = b"%PDF-1.7 signed at another desk"
    recorded(demo_db, "Kund/SLA-1/v1/SLA-1.pdf", content, keep=content)
    target = register_dir(desk.path) / "Kund" / "SLA-1" / "v1" / "SLA-1.pdf"
    assert not target.parent.exists()
    assert register_files.local_copy(desk, "Kund/SLA-1/v1/SLA-1.pdf") == target
    assert target.read_bytes() == content
    # as `register` lists it on this desk (the full path): the same document
    target.unlink()
    assert register_files.local_copy(desk, str(target)) == target and target.read_bytes() == content
    # a file already there is this desk's own: never overwritten
    target.write_bytes(b"my own notes")
    assert register_files.local_copy(desk, "Kund/SLA-1/v1/SLA-1.pdf").read_bytes() == b"my own notes"


def test_a_stored_copy_that_does_not_match_its_seal_is_refused_and_not_written(demo_db: Database) -> None:
    desk = team_desk(demo_db)
    recorded(demo_db, "Kund/SLA-2.pdf", b"what was exported", keep=b"what someone put there instead")
    with pytest.raises(DatabaseError) as raised:
        register_files.local_copy(desk, "Kund/SLA-2.pdf")
    assert str(raised.value) == "the stored copy of SLA-2.pdf does not match the SHA-256 recorded at export"
    assert not (register_dir(desk.path) / "Kund" / "SLA-2.pdf").exists()


def test_a_document_whose_bytes_are_not_kept_is_left_to_the_desk_that_exported_it(demo_db: Database) -> None:
    desk = team_desk(demo_db)
    recorded(demo_db, "Kund/SLA-3.pdf", b"exported before bytes were kept")
    recorded(demo_db, "Kund/SLA-4.pdf", b"kept", keep=b"kept")  # another document's bytes are not this one's
    path = register_files.local_copy(desk, "Kund/SLA-3.pdf")
    assert path == register_dir(desk.path) / "Kund" / "SLA-3.pdf" and not path.exists()
    assert len(kept_contents(demo_db)) == 1


def test_a_team_desks_sweep_keeps_what_is_recorded_relative_or_with_an_older_full_path(demo_db: Database) -> None:
    desk = team_desk(demo_db)
    folder = register_dir(desk.path) / "Kund"
    folder.mkdir(parents=True, exist_ok=True)
    relative, older, orphan = folder / "SLA-1.pdf", folder / "SLA-2.pdf", folder / "SLA-3.pdf"
    for path in (relative, older, orphan):
        path.write_bytes(b"%PDF")
    recorded(demo_db, "Kund/SLA-1.pdf", b"%PDF")
    recorded(demo_db, str(older), b"%PDF")  # recorded before team databases kept relative paths
    pending = register_dir(desk.path) / ".pending"
    pending.mkdir(parents=True, exist_ok=True)
    (pending / "0123456789abcdef.json").write_text(json.dumps([str(relative), str(older), str(orphan)]))
    assert register_files.sweep(desk) == [orphan]
    assert relative.exists() and older.exists() and not orphan.exists()
