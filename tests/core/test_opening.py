"""Opening a database: one line for a newer one, read-only media can be read, private files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from slamdesk import __version__
from slamdesk.cli import main
from slamdesk.core import backends, db as database_module, register, settings, users
from slamdesk.core.db import Database, head_revision
from slamdesk.core.errors import DatabaseError, ReadOnlyError
from tests.raw import raw


def _from_the_future(db: Database) -> None:
    with raw(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")


def test_a_database_from_a_newer_slamdesk_is_refused_by_name_untouched(demo_db: Database) -> None:
    target = demo_db.target
    _from_the_future(demo_db)
    demo_db.close()
    before = demo_db.path.read_bytes() if demo_db.dialect == "sqlite" else None
    with pytest.raises(DatabaseError) as refused:
        Database.open(target)
    message = str(refused.value)
    name = demo_db.path.name if demo_db.dialect == "sqlite" else backends.describe(backends.postgresql_url(str(target)))
    assert message.startswith(f"{name} was written by a newer slamdesk (schema 9999)")  # said first, before any backup
    assert __version__ in message and head_revision() in message
    if before is not None:
        assert demo_db.path.read_bytes() == before


def test_the_command_line_says_so_in_one_line(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _from_the_future(demo_db)
    demo_db.close()
    assert main(["--db", str(demo_db.target), "register"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer slamdesk" in err and "Traceback" not in err


@pytest.fixture
def read_only_media(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A database on media nobody may write to (root may write anywhere, so the check is told so)."""
    path = tmp_path / "media" / "shared.db"
    path.parent.mkdir()
    db = Database.open(path)
    users.ensure_user(db, "anna", "Anna Lind", users.Role.REPRESENTATIVE)
    users.ensure_user(db, "admin", "Administrator", users.Role.ADMINISTRATOR)
    db.close()
    real_access = os.access
    monkeypatch.setattr(database_module.os, "access",
                        lambda p, mode, **kw: False if mode & os.W_OK and str(p).startswith(str(path.parent))
                        else real_access(p, mode, **kw))
    return path


def test_read_only_media_can_be_read_and_refuse_changes_in_words(read_only_media: Path) -> None:
    before = {p.name: p.read_bytes() for p in read_only_media.parent.iterdir()}
    db = Database.open(read_only_media)
    assert db.read_only == "the file is read-only"
    assert [actor.username for actor in users.list_actors(db)] == ["anna", "admin"]
    assert register.count_agreements(db) == 0
    with pytest.raises(ReadOnlyError, match="read-only"):
        settings.set_setting(db, users.get_actor(db, "admin"), settings.PROVIDER_NAME, "Nope")
    db.close()
    assert {p.name: p.read_bytes() for p in read_only_media.parent.iterdir()} == before  # not one byte written


def test_a_read_only_database_that_needs_an_upgrade_says_so(read_only_media: Path) -> None:
    connection = sqlite3.connect(read_only_media)
    connection.execute("UPDATE alembic_version SET version_num = '0004'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="needs an upgrade .* copy it somewhere writable"):
        Database.open(read_only_media)


def test_a_new_database_and_its_write_ahead_log_are_private(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    db = Database.open(path)
    users.ensure_user(db, "anna", "Anna Lind", users.Role.REPRESENTATIVE)
    for file in (path, path.with_name("private.db-wal")):
        assert file.stat().st_mode & 0o777 == 0o600, file
    db.close()


def test_any_character_in_the_path_opens(tmp_path: Path) -> None:
    path = tmp_path / "what? #1 & 100%.db"
    Database.open(path).close()
    assert path.exists() and not (tmp_path / "what").exists()
