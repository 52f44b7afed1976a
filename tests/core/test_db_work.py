"""Units of work and opening, at their edges: what commits, what is rolled back, what a person is told."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from slamdesk.core import audit, backends, db as database_module, demo, settings, users
from slamdesk.core.db import AFTER_COMMIT, Database, head_revision, local_path, local_path_of, migrate
from slamdesk.core.errors import (
    ConcurrencyError,
    DatabaseError,
    DatabaseUnreachableError,
    FrozenError,
    ReadOnlyError,
)
from slamdesk.core.roles import Actor
from slamdesk.models import Customer
from tests import pg
from tests.raw import raw


def _customers(db: Database) -> list[str]:
    with raw(db) as connection:
        return [row[0] for row in connection.rows("SELECT name FROM customer ORDER BY id")]


def test_opening_clears_what_an_anchor_write_killed_midway_left(demo_db: Database) -> None:
    audit.checkpoint(demo_db)  # anchors in both places
    left = [path.parent / f".{path.name}.4242.tmp" for path in audit.anchor_paths(demo_db.path)]
    for path in left:
        path.write_text("{half an anchor")
    kept = [path.read_bytes() for path in audit.anchor_paths(demo_db.path)]
    Database.open(demo_db.target, daily_backup=False).close()
    assert not any(path.exists() for path in left)
    assert [path.read_bytes() for path in audit.anchor_paths(demo_db.path)] == kept  # the anchors themselves stay


# Units of work


def test_a_row_changed_under_the_session_before_it_writes_is_a_concurrency_error_in_words(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(Customer(name="Nordvik", country="SE", language="sv"))
    with pytest.raises(ConcurrencyError) as caught:
        with db.unit_of_work() as session:
            customer = session.query(Customer).one()
            session.execute(text("UPDATE customer SET row_version = row_version + 1, name = 'Elsewhere'"))
            customer.name = "Mine"  # written against the row version it read: no row matches any more
    assert str(caught.value) == "this record was changed elsewhere since you opened it; reload and try again"
    assert _customers(db) == ["Nordvik"]  # neither change was kept


def test_what_a_unit_of_work_does_is_committed_and_its_after_commit_steps_run_once_after(db: Database) -> None:
    ran: list[list[str]] = []
    with db.unit_of_work() as session:
        session.add(Customer(name="Kept", country="SE", language="sv"))
        session.info.setdefault(AFTER_COMMIT, {})["note"] = lambda: ran.append(_customers(db))
    assert ran == [["Kept"]]  # run after the commit: another connection already sees the row
    with db.unit_of_work() as session:
        session.add(Customer(name="Second", country="SE", language="sv"))
    assert ran == [["Kept"]]  # not again


def test_a_unit_of_work_that_fails_leaves_nothing_and_runs_no_after_commit_step(db: Database) -> None:
    ran: list[str] = []
    with pytest.raises(KeyError):
        with db.unit_of_work() as session:
            session.add(Customer(name="Lost", country="SE", language="sv"))
            session.flush()
            session.info.setdefault(AFTER_COMMIT, {})["note"] = lambda: ran.append("ran")
            raise KeyError("something went wrong")
    assert _customers(db) == [] and ran == []


def test_a_broken_constraint_reaches_the_caller_as_it_is_and_nothing_is_written(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.unit_of_work() as session:
            session.add(Customer(name="Half", country="SE", language="sv"))
            session.flush()
            session.execute(text("INSERT INTO customer (id, name, country, language, org_number, created_at, row_version) "
                                 "SELECT id, 'Clash', 'SE', 'sv', '', created_at, 1 FROM customer"))
    assert _customers(db) == []


def test_a_freezing_triggers_refusal_is_a_frozen_error_in_its_own_words(demo_db: Database) -> None:
    with raw(demo_db) as connection:
        number = connection.rows("SELECT number FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id "
                                 "WHERE v.content_sha256 IS NOT NULL ORDER BY a.id LIMIT 1")[0][0]
    with pytest.raises(FrozenError) as refused:
        with demo_db.unit_of_work() as session:
            session.execute(text("UPDATE agreement SET title = 'Changed' WHERE number = :n"), {"n": number})
    assert "frozen" not in str(refused.value).split(":")[0]  # the words after the trigger's prefix


def test_any_other_database_error_in_a_unit_of_work_is_a_database_error_in_one_line(db: Database) -> None:
    with pytest.raises(DatabaseError) as failed:
        with db.unit_of_work() as session:
            session.execute(text("SELEC 1"))
    assert str(failed.value).startswith("database error: ") and "syntax error" in str(failed.value)
    assert "\n" not in str(failed.value) and type(failed.value) is DatabaseError


def test_a_read_only_database_refuses_a_unit_of_work_in_words(db: Database) -> None:
    shared = Database(db.path, db.engine, "the file is read-only", target=db.target)
    with pytest.raises(ReadOnlyError) as refused:
        with shared.unit_of_work():
            pass
    assert str(refused.value) == "the database is open read-only (the file is read-only); changes cannot be saved"


@pytest.mark.postgresql_only
def test_a_team_unit_of_work_tells_the_other_desks_when_it_commits_and_a_read_or_a_rollback_does_not(
    db: Database, admin: Actor
) -> None:
    with psycopg.connect(str(db.target), autocommit=True) as listener:
        listener.execute("LISTEN slamdesk")
        with db.read() as session:
            session.execute(text("SELECT 1"))
        with pytest.raises(KeyError), db.unit_of_work() as session:
            session.add(Customer(name="Lost", country="SE", language="sv"))
            raise KeyError("no")
        assert [n.channel for n in listener.notifies(timeout=0.5)] == []
        settings.set_setting(db, admin, settings.PROVIDER_NAME, "Told")
        assert [n.channel for n in listener.notifies(timeout=2, stop_after=1)] == ["slamdesk"]


# Where things are and what they are called


def test_a_database_knows_how_to_be_opened_again_and_what_to_call_itself(db: Database) -> None:
    again = Database.open(db.target)
    try:
        assert (again.path, again.dialect, again.location) == (db.path, db.dialect, db.location)
        assert local_path_of(db.engine) == db.path == local_path(db.target)
        if db.dialect == "sqlite":
            assert db.location == str(db.path) and db.target == db.path
        else:
            assert db.location == backends.describe(backends.postgresql_url(str(db.target)))
            assert db.path.parent.is_dir() and db.path.name.endswith(".team")
    finally:
        again.close()


def test_a_team_database_without_a_name_keeps_its_files_under_slamdesk(private_data_dir: Path) -> None:
    assert local_path("postgresql://anna@server") == private_data_dir / "team" / "server-5432-slamdesk" / "slamdesk.team"
    assert local_path("postgresql://anna@server/crm") == private_data_dir / "team" / "server-5432-crm" / "crm.team"


# Opening


@pytest.mark.sqlite_only
def test_an_empty_file_is_made_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    db = Database.open(path)
    with raw(db) as connection:
        assert connection.rows("SELECT version_num FROM alembic_version") == [(head_revision(),)]
    db.close()


@pytest.mark.sqlite_only
def test_a_file_with_a_sqlite_header_but_nothing_sound_behind_it_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        Database.open(path)
    assert str(refused.value) == "cannot open database broken.db: file is not a database"
    assert path.read_bytes() == before


@pytest.fixture
def read_only_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A folder nobody may write to (root may write anywhere, so the check is told so)."""
    folder = tmp_path / "media"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(database_module.os, "access",
                        lambda p, mode, **kw: False if mode & os.W_OK and Path(p) == folder else real_access(p, mode, **kw))
    return folder


def test_a_new_database_cannot_be_made_in_a_read_only_folder(read_only_folder: Path) -> None:
    with pytest.raises(DatabaseError) as refused:
        Database.open(read_only_folder / "new.db")
    assert str(refused.value) == f"cannot create {read_only_folder / 'new.db'}: its folder is read-only"
    assert list(read_only_folder.iterdir()) == []


def test_a_writable_file_in_a_read_only_folder_is_opened_read_only(read_only_folder: Path, tmp_path: Path) -> None:
    made = Database.open(tmp_path / "made.db")
    users.ensure_user(made, "anna", "Anna Lind", users.Role.REPRESENTATIVE)
    made.close()
    for name in ("made.db", "made.db-wal", "made.db-shm"):
        if (tmp_path / name).exists():
            os.replace(tmp_path / name, read_only_folder / name)
    db = Database.open(read_only_folder / "made.db")
    assert db.read_only == "its folder is read-only"
    assert [actor.username for actor in users.list_actors(db)][-1] == "anna"
    db.close()


def test_an_existing_database_is_handed_to_the_before_migration_hooks_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    database = Database.open(path)
    demo.load_demo(database)
    migrate(database.engine, "0001", downgrade=True)
    database.close()
    told: list[tuple[Path, str, str | None]] = []

    def hook(where: Path, why: str) -> None:
        with sqlite3.connect(where) as connection:  # what the hook sees: the database before the upgrade
            told.append((where, why, connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]))

    monkeypatch.setattr(database_module, "before_migration", [hook])
    Database.open(path).close()
    assert told == [(path, f"before upgrading schema 0001 to {head_revision()}", "0001")]
    Database.open(path).close()  # already upgraded: nothing to tell
    assert len(told) == 1


def test_a_new_database_is_not_handed_to_the_before_migration_hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(database_module, "before_migration", [lambda where, why: told.append(why)])
    Database.open(tmp_path / "new.db").close()
    assert told == []


def test_opening_seals_the_logs_head_when_it_is_due(db: Database, admin: Actor) -> None:
    settings.set_setting(db, admin, settings.PROVIDER_NAME, "Something to seal")
    with raw(db) as connection:
        assert connection.rows("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1") != [(audit.CHECKPOINT,)]
    again = Database.open(db.target)
    with raw(again) as connection:
        assert connection.rows("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1") == [(audit.CHECKPOINT,)]
    again.close()


def test_a_team_database_that_does_not_exist_is_refused_by_the_server_in_words(postgresql_server: str) -> None:
    with pytest.raises(DatabaseError) as refused:
        Database.open(pg.database_url(postgresql_server, "no_such_register"))
    assert str(refused.value) == 'the team database server refused: database "no_such_register" does not exist'


def test_a_team_server_that_is_not_there_is_unreachable_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnreachableError) as unreachable:
        Database.open(f"postgresql://nobody@/team?host={tmp_path}")
    assert str(unreachable.value).startswith("team database unreachable: ") and "\n" not in str(unreachable.value)


def test_a_newer_slamdesk_that_upgrades_the_file_while_this_one_waits_to_migrate_it_is_noticed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    database = Database.open(path)
    migrate(database.engine, "0006", downgrade=True)
    database.close()

    def newer_slamdesk_meanwhile(where: Path, why: str) -> None:  # runs after the first look, before the lock
        with sqlite3.connect(where) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")

    monkeypatch.setattr(database_module, "before_migration", [newer_slamdesk_meanwhile])
    with pytest.raises(DatabaseError, match=r"newer slamdesk \(schema 9999\)"):
        Database.open(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]


def test_a_drivers_error_is_told_in_words_naming_the_file_when_there_is_one() -> None:
    from sqlalchemy.exc import OperationalError

    error = OperationalError("SELECT 1", {}, sqlite3.OperationalError("disk I/O error"))
    assert str(database_module.database_error(error, Path("/srv/register.db"))) == "database error /srv/register.db: disk I/O error"
    assert str(database_module.database_error(error)) == "database error: disk I/O error"
