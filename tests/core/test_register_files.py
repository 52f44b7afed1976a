"""Register files and their records kept in step across a crash (core/register_files.py): the journal and the sweep."""

from __future__ import annotations

import fcntl
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core import db as database_module, register_files
from slamdesk.core.db import Database
from slamdesk.models import AgreementVersion, RegisterDocument, User
from tests import pg


def pending(database: Database) -> list[Path]:
    folder = database.path.parent / "register" / ".pending"
    return sorted(folder.iterdir()) if folder.exists() else []


def left_by_a_crash(database: Database, listed: list[Path], text: str | None = None) -> Path:
    """A journal as an export killed before recording its files leaves it: complete, and locked by nobody."""
    folder = database.path.parent / "register" / ".pending"
    folder.mkdir(parents=True, exist_ok=True)
    entry = folder / "0123456789abcdef.json"
    entry.write_text(text if text is not None else json.dumps([str(p) for p in listed]), encoding="utf-8")
    return entry


def written(path: Path, content: str = "%PDF-1.7 signed") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    return path


def record(database: Database, path: Path) -> None:
    with database.unit_of_work() as session:
        version_id = session.scalars(select(AgreementVersion.id).limit(1)).one()
        user_id = session.scalars(select(User.id).limit(1)).one()
        session.add(RegisterDocument(version_id=version_id, format="pdf", path=str(path), sha256="0" * 64,
                                     size_bytes=path.stat().st_size, created_by_id=user_id))


def test_while_an_export_writes_its_files_are_listed_in_a_private_locked_journal(db: Database, tmp_path: Path) -> None:
    files = [tmp_path / "register" / "Kund" / "SLA-1" / "v1" / "SLA-1.pdf", tmp_path / "register" / "Kund" / "SLA-1.docx"]
    assert not (tmp_path / "register").exists()
    with register_files.journal(db.path, files):
        (entry,) = pending(db)
        assert entry.suffix == ".json" and not entry.name.startswith(".")
        assert json.loads(entry.read_text(encoding="utf-8")) == [str(p) for p in files]
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600
        other = os.open(entry, os.O_RDONLY)  # another process (or a sweep) cannot take the lock
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(other)
    assert pending(db) == []


def test_a_journal_is_removed_when_the_export_fails_too(db: Database, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="renderer failed"), register_files.journal(db.path, [tmp_path / "x.pdf"]):
        raise RuntimeError("renderer failed")
    assert pending(db) == []


def test_the_sweep_deletes_what_a_crashed_export_wrote_but_never_recorded(demo_db: Database) -> None:
    folder = demo_db.path.parent / "register" / "Kund" / "SLA-1" / "v1"
    orphan = written(folder / "SLA-1.pdf")
    kept = written(folder / "SLA-1.docx", "recorded")
    half = written(folder / ".SLA-1.pdf.5f2a.tmp", "half a file")
    other = written(folder / "notes.txt", "not listed")
    record(demo_db, kept)
    left_by_a_crash(demo_db, [orphan, kept, folder / "never-written.pdf"])
    assert register_files.sweep(demo_db) == [orphan]
    assert not orphan.exists() and not half.exists()
    assert kept.read_text() == "recorded" and other.read_text() == "not listed"
    assert pending(demo_db) == []


@pytest.mark.parametrize("text", ["{not json", "5"])
def test_an_unreadable_journal_deletes_nothing_and_is_cleared(db: Database, text: str) -> None:
    file = written(db.path.parent / "register" / "a.pdf")
    left_by_a_crash(db, [], text)
    assert register_files.sweep(db) == []
    assert file.exists() and pending(db) == []


def test_the_journal_of_an_export_still_running_is_left_alone(db: Database) -> None:
    file = written(db.path.parent / "register" / "Kund" / "SLA-1.pdf")
    with register_files.journal(db.path, [file]):
        assert register_files.sweep(db) == []
        assert file.exists() and len(pending(db)) == 1


def test_a_journal_its_writer_was_killed_while_writing_is_cleared_and_deletes_nothing(db: Database) -> None:
    """Killed between creating its journal and completing it: the journal named nothing yet written."""
    file = written(db.path.parent / "register" / "Kund" / "SLA-1.pdf", "recorded elsewhere")
    folder = db.path.parent / "register" / ".pending"
    unfinished = written(folder / ".0123456789abcdef.tmp", json.dumps([str(file)])[:7])
    not_a_journal = folder / ".a-folder.tmp"
    not_a_journal.mkdir()
    assert register_files.sweep(db) == []
    assert not unfinished.exists() and not_a_journal.is_dir() and file.exists()


def test_an_unfinished_journal_whose_writer_is_alive_is_left_alone(db: Database) -> None:
    folder = db.path.parent / "register" / ".pending"
    unfinished = written(folder / ".0123456789abcdef.tmp", "[")
    fd = os.open(unfinished, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as its writer holds it
        assert register_files.sweep(db) == []
        assert unfinished.exists()
    finally:
        os.close(fd)


def test_a_writer_whose_new_journal_a_sweep_removed_before_locking_it_starts_anew(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    real_flock, removed = fcntl.flock, list[str]()

    def flock_after_a_sweep(fd: int, operation: int) -> None:
        if not removed:  # a sweep in another process got there first: it locked the file and removed it
            (entry,) = (db.path.parent / "register" / ".pending").glob(".*.tmp")
            entry.unlink()
            removed.append(entry.name)
        real_flock(fd, operation)

    monkeypatch.setattr(register_files.fcntl, "flock", flock_after_a_sweep)
    with register_files.journal(db.path, [db.path.parent / "register" / "a.pdf"]):
        (entry,) = pending(db)
        assert entry.suffix == ".json" and f".{entry.stem}.tmp" != removed[0]


@pytest.mark.sqlite_only  # opens the file itself
def test_a_database_opened_read_only_deletes_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = db.path
    orphan = written(path.parent / "register" / "Kund" / "SLA-1.pdf")
    left_by_a_crash(db, [orphan])
    db.close()
    real_access = os.access
    monkeypatch.setattr(database_module.os, "access",  # root may write anywhere: the check is told it may not
                        lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode, **kw))
    read_only = Database.open(path)
    try:
        assert read_only.read_only is not None
        assert register_files.sweep(read_only) == []
    finally:
        read_only.close()
    assert orphan.exists() and len(pending(db)) == 1


KILLED = """
import os, sys
from pathlib import Path
from slamdesk.core import register_files
database, file = Path(sys.argv[1]), Path(sys.argv[2])
with register_files.journal(database, [file]):
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("signed, never recorded")
    os._exit(9)  # killed before the record was committed
"""


@pytest.mark.sqlite_only  # opens the file itself
def test_the_next_open_deletes_the_files_of_an_export_killed_before_recording_them(db: Database) -> None:
    path = db.path
    db.close()
    orphan = path.parent / "register" / "Kund" / "SLA-1" / "v1" / "SLA-1.pdf"
    done = subprocess.run([sys.executable, "-c", KILLED, str(path), str(orphan)], env=os.environ.copy(), timeout=60)
    assert done.returncode == 9 and orphan.exists()
    reopened = Database.open(path)
    try:
        assert not orphan.exists() and pending(reopened) == []
    finally:
        reopened.close()


def test_two_exports_at_once_each_keep_their_own_journal(db: Database, tmp_path: Path) -> None:
    with register_files.journal(db.path, [tmp_path / "a.pdf"]), register_files.journal(db.path, [tmp_path / "b.pdf"]):
        listed = sorted(json.loads(p.read_text(encoding="utf-8"))[0] for p in pending(db))
        assert listed == [str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")]
    assert pending(db) == []


def test_a_journal_that_cannot_be_made_durable_stops_the_export_and_leaves_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError, match="Input/output error"), register_files.journal(db.path, [tmp_path / "a.pdf"]):
        pytest.fail("the export went on without its journal on disk")
    assert pending(db) == []


def open_files() -> int:
    pg.dropped()  # the test databases dropped in the background hold a connection while they go
    return len(os.listdir("/proc/self/fd"))


def test_neither_an_export_nor_a_sweep_leaves_a_file_open(db: Database, tmp_path: Path) -> None:
    register_files.sweep(db)  # whatever the first sweep opens for good (the database's own connections)
    before = open_files()
    for _ in range(3):
        with register_files.journal(db.path, [tmp_path / "a.pdf"]):
            pass
        left_by_a_crash(db, [written(db.path.parent / "register" / "a.pdf")])
        assert len(register_files.sweep(db)) == 1
    assert open_files() == before


def test_a_journal_naming_files_outside_the_register_deletes_none_of_them(db: Database, tmp_path: Path) -> None:
    register = db.path.parent / "register"
    precious = written(tmp_path / "elsewhere" / "precious.txt", "not the register's")
    also = written(tmp_path / "elsewhere" / "also.txt", "not the register's either")
    (register / "Kund").mkdir(parents=True)
    (register / "Kund" / "away").symlink_to(tmp_path / "elsewhere")
    orphan = written(register / "Kund" / "SLA-1.pdf")
    left_by_a_crash(db, [precious, register / ".." / "elsewhere" / "also.txt", register / "Kund" / "away" / "also.txt", orphan])
    assert register_files.sweep(db) == [orphan]
    assert precious.read_text() == "not the register's" and also.read_text() == "not the register's either"


def test_what_is_no_journal_in_the_journal_folder_is_left_alone_and_the_sweep_goes_on(db: Database) -> None:
    folder = db.path.parent / "register" / ".pending"
    folder.mkdir(parents=True)
    (folder / "a-folder.json").mkdir()
    (folder / "gone.json").symlink_to(folder / "nowhere.json")
    orphan = written(db.path.parent / "register" / "a.pdf")
    left_by_a_crash(db, [orphan])
    assert register_files.sweep(db) == [orphan]
    assert (folder / "a-folder.json").is_dir() and (folder / "gone.json").is_symlink()


def test_a_journal_that_names_itself_is_cleared_without_failing_the_open(db: Database) -> None:
    folder = db.path.parent / "register" / ".pending"
    entry = left_by_a_crash(db, [folder / "0123456789abcdef.json"])
    assert register_files.sweep(db) == [entry]
    assert pending(db) == []
