"""Where SQLite and PostgreSQL differ: what a target names, what a driver's error becomes, how each session is set up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import exc, text

from slamdesk.core import backends
from slamdesk.core.db import Database
from slamdesk.core.errors import (
    DatabaseBusyError,
    DatabaseError,
    DatabaseUnreachableError,
    FrozenError,
    ReadOnlyError,
)
from slamdesk.models import Customer
from tests.raw import raw

# What a target names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "dialect"),
    [
        ("register.db", "sqlite"),
        (Path("team://not-a-url.db"), "sqlite"),  # a path is a file, whatever its name
        ("sqlite:///tmp/register.db", "sqlite"),
        ("postgresql://anna@server/team", "postgresql"),
        ("postgresql+psycopg://anna@server/team", "postgresql"),
        ("postgres://anna@server/team", "postgresql"),
    ],
)
def test_a_path_is_a_file_and_a_postgresql_url_a_team_database(target: str | Path, dialect: str) -> None:
    assert backends.dialect_of(target) == dialect


def test_any_other_kind_of_database_is_refused_by_name() -> None:
    with pytest.raises(DatabaseError) as refused:
        backends.dialect_of("mysql+pymysql://anna@server/team")
    assert str(refused.value) == "slamdesk opens SQLite files and postgresql:// team databases, not mysql://"


def test_a_sqlite_url_names_its_file_with_any_character_and_the_home_folder(monkeypatch: pytest.MonkeyPatch,
                                                                            tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert backends.sqlite_path("sqlite:////srv/what%3F%20%231.db") == Path("/srv/what? #1.db")
    assert backends.sqlite_path("sqlite:///~/register.db") == tmp_path / "register.db"
    assert backends.sqlite_path("~/register.db") == tmp_path / "register.db"
    assert backends.sqlite_path(Path("/srv/a://b.db")) == Path("/srv/a://b.db")
    assert backends.sqlite_path("sqlite:////srv/odd:///name.db") == Path("/srv/odd:///name.db")


def test_a_team_url_uses_psycopg_and_keeps_everything_else() -> None:
    url = backends.postgresql_url("postgres://anna:secret@server:5433/team?application_name=postgres://desk")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.password, url.host, url.port, url.database) == ("anna", "secret", "server", 5433, "team")
    assert dict(url.query) == {"application_name": "postgres://desk"}


def test_a_team_database_is_named_in_messages_without_its_password() -> None:
    url = backends.postgresql_url("postgresql://anna:secret@server/team")
    assert backends.describe(url) == "postgresql+psycopg://anna:***@server/team"


def test_a_team_databases_local_files_live_under_the_data_folder_by_server_and_database(private_data_dir: Path) -> None:
    folder = backends.team_folder(backends.postgresql_url("postgresql://anna@db.example.com:6543/team"))
    assert folder == private_data_dir / "team" / "db.example.com-6543-team"
    assert backends.team_folder(backends.postgresql_url("postgresql:///")) == private_data_dir / "team" / "local-5432-slamdesk"
    odd = backends.team_folder(backends.postgresql_url("postgresql://anna@server/our team/2026"))
    assert odd == private_data_dir / "team" / "server-5432-our_team_2026"


# What a driver's error becomes ------------------------------------------------------------


def _error(orig: BaseException, kind: type[exc.DBAPIError] = exc.OperationalError) -> exc.DBAPIError:
    return kind("UPDATE agreement SET title = 'x'", {}, orig)  # type: ignore[arg-type]


BUSY = "the database is busy: another slamdesk window or command is writing to it; try again in a moment"


@pytest.mark.parametrize(
    "orig",
    [
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("database is busy"),
        psycopg.errors.LockNotAvailable("canceling statement due to lock timeout"),
        psycopg.errors.SerializationFailure("could not serialize access"),
        psycopg.errors.DeadlockDetected("deadlock detected"),
    ],
)
def test_a_busy_database_is_one_sentence_whichever_backend_says_so(orig: BaseException) -> None:
    mapped = backends.database_error(_error(orig), " here")
    assert type(mapped) is DatabaseBusyError and str(mapped) == BUSY


@pytest.mark.parametrize(
    "orig",
    [
        sqlite3.OperationalError("attempt to write a readonly database"),
        psycopg.errors.ReadOnlySqlTransaction("cannot execute INSERT in a read-only transaction"),
        psycopg.errors.ReadOnlySqlTransaction("cannot write now"),
    ],
)
def test_a_read_only_database_is_one_sentence(orig: BaseException) -> None:
    mapped = backends.database_error(_error(orig))
    assert type(mapped) is ReadOnlyError and str(mapped) == "the database is read-only here; changes cannot be saved"


def test_a_disk_error_says_which_read_or_write_of_sqlites_failed() -> None:
    shared_memory = sqlite3.OperationalError("disk I/O error")
    shared_memory.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"  # as sqlite3 sets it: growing the -shm file failed
    mapped = backends.database_error(_error(shared_memory))
    assert type(mapped) is DatabaseError and str(mapped) == "database error: disk I/O error (SQLITE_IOERR_SHMSIZE)"
    plain = sqlite3.OperationalError("no such table: x")
    plain.sqlite_errorname = "SQLITE_ERROR"  # only the disk's errors are named: the message says the rest
    assert str(backends.database_error(_error(plain))) == "database error: no such table: x"


def test_a_freezing_triggers_refusal_keeps_its_words_and_any_other_mention_of_frozen_is_the_general_one() -> None:
    said = backends.database_error(_error(sqlite3.IntegrityError("frozen: version 2 of SLA-1 is signed"),
                                          exc.IntegrityError))
    assert type(said) is FrozenError and str(said) == "version 2 of SLA-1 is signed"
    general = backends.database_error(_error(sqlite3.IntegrityError("row is frozen"), exc.IntegrityError))
    assert type(general) is FrozenError
    assert str(general) == "this agreement version is signed and frozen; make an amendment"


def test_only_a_triggers_refusal_is_a_refusal() -> None:
    assert backends.is_refusal(_error(sqlite3.IntegrityError("frozen: version 2 is signed"), exc.IntegrityError))
    assert backends.is_refusal(_error(sqlite3.IntegrityError("row is frozen"), exc.IntegrityError))
    assert not backends.is_refusal(_error(sqlite3.IntegrityError("UNIQUE constraint failed: customer.name"),
                                          exc.IntegrityError))


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ('connection failed: FATAL:  password authentication failed for user "anna"',
         'password authentication failed for user "anna"'),
        ('FATAL:  database "team" does not exist', 'database "team" does not exist'),
        ("fe_sendauth: no password supplied", "fe_sendauth: no password supplied"),
        ("permission denied for table audit_event", "permission denied for table audit_event"),
    ],
)
def test_a_server_that_refuses_says_what_it_refused(reason: str, said: str) -> None:
    mapped = backends.database_error(_error(psycopg.OperationalError(reason)))
    assert type(mapped) is DatabaseError and str(mapped) == f"the team database server refused: {said}"


def test_a_lost_server_is_unreachable_in_words() -> None:
    gone = backends.database_error(_error(psycopg.OperationalError("server closed the connection unexpectedly")))
    assert type(gone) is DatabaseUnreachableError
    assert str(gone) == "team database unreachable: server closed the connection unexpectedly; try again when it is back"
    cut = backends.database_error(_error(psycopg.errors.AdminShutdown("terminating connection"), exc.DBAPIError))
    assert type(cut) is DatabaseError  # 57P01 is not a connection class (08): a plain database error
    lost = backends.database_error(_error(psycopg.errors.ConnectionFailure("the line dropped"), exc.DBAPIError))
    assert type(lost) is DatabaseUnreachableError


def test_anything_else_is_a_database_error_that_says_where_in_one_line() -> None:
    mapped = backends.database_error(_error(sqlite3.OperationalError("disk I/O error\nmore detail")), " /srv/a.db")
    assert type(mapped) is DatabaseError and str(mapped) == "database error /srv/a.db: disk I/O error"
    unnamed = backends.database_error(_error(sqlite3.OperationalError("")))
    assert str(unnamed) == "database error: OperationalError"
    # a SQLite error without a connection class is never "unreachable", and a refusal's words are not the server's
    local = backends.database_error(_error(sqlite3.OperationalError("permission denied")))
    assert type(local) is DatabaseError and str(local) == "database error: permission denied"


# How each session is set up -----------------------------------------------------------------


def test_a_session_waits_for_the_write_lock_for_the_busy_timeout_and_keeps_time_in_utc(db: Database) -> None:
    with db.read() as session:
        if db.dialect == "sqlite":
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000  # five seconds
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        else:
            assert session.execute(text("SHOW lock_timeout")).scalar() == "5s"
            assert session.execute(text("SHOW TimeZone")).scalar() == "UTC"



def test_a_database_opened_again_checks_its_references_and_waits_as_long_as_it_is_told(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backends, "BUSY_TIMEOUT_MS", 1234)
    again = Database.open(db.target)  # no migration this time: its connections are set up by the engine alone
    try:
        with again.read() as session:
            if again.dialect == "sqlite":
                assert session.execute(text("PRAGMA busy_timeout")).scalar() == 1234
                assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            else:
                assert session.execute(text("SHOW lock_timeout")).scalar() == "1234ms"
        with pytest.raises(exc.IntegrityError), again.unit_of_work() as session:
            session.execute(text("INSERT INTO requirements_document (customer_id, version, status, created_at, "
                                 "row_version) VALUES (999, 1, 'draft', '2026-01-01', 1)"))
    finally:
        again.close()


def test_a_unit_of_work_holds_the_write_lock_from_its_first_statement_and_a_read_does_not(db: Database) -> None:
    with db.unit_of_work() as session:
        session.execute(text("SELECT 1"))
        assert _writer_waits(db)
    with db.read() as session:
        session.execute(text("SELECT 1"))
        assert not _writer_waits(db)


def _writer_waits(db: Database) -> bool:
    """Whether another connection trying to take the write lock right now would have to wait."""
    if db.dialect == "sqlite":
        other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError as error:
            assert "locked" in str(error)
            return True
        finally:
            other.close()
    with psycopg.connect(str(db.target), autocommit=True) as other:
        return not other.execute("SELECT pg_try_advisory_lock(%s)", (0x736C616D64657368,)).fetchone()[0]


@pytest.mark.sqlite_only
def test_a_file_opened_read_only_is_read_without_a_write_ahead_log(tmp_path: Path) -> None:
    folder = tmp_path / "what? #1 100%"
    folder.mkdir()
    path = folder / "register.db"
    Database.open(path).close()
    for leftover in folder.glob("register.db-*"):
        leftover.unlink()
    engine = backends.sqlite_engine(path, read_only=True)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"  # nobody switched it to WAL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert backends.stored_revision(connection) is not None
    engine.dispose()
    assert sorted(p.name for p in folder.iterdir()) == ["register.db"]  # no -wal, no -shm


def test_after_rows_are_given_their_ids_the_next_ordinary_insert_follows_them(db: Database) -> None:
    with db.unit_of_work() as session:
        for chosen in (40, 41):
            session.execute(Customer.__table__.insert().values(id=chosen, name=f"Chosen {chosen}", country="SE",
                                                               language="sv", row_version=1))
        backends.ids_given(session, "customer")
    with db.unit_of_work() as session:
        session.add(Customer(name="Ordinary", country="SE", language="sv"))
    with raw(db) as connection:
        assert connection.rows("SELECT id, name FROM customer ORDER BY id") == [
            (40, "Chosen 40"), (41, "Chosen 41"), (42, "Ordinary")]


def test_a_new_database_has_no_stored_revision(blank_target: str | Path) -> None:
    if backends.dialect_of(blank_target) == "sqlite":
        engine = backends.sqlite_engine(Path(blank_target), read_only=False)
    else:
        engine = backends.postgresql_engine(backends.postgresql_url(str(blank_target)))
    with engine.connect() as connection:
        assert backends.stored_revision(connection) is None
    engine.dispose()


# Waiting, losing the server, migrating ------------------------------------------------------------


def _hold_new_file(path: Path) -> sqlite3.Connection:
    """Another first open in the middle of making the file: it holds the file's lock."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # a writer: the switch to WAL is answered "locked" at once, without waiting
    holder.execute("CREATE TABLE making (id INTEGER)")
    return holder


@pytest.mark.sqlite_only
def test_a_first_open_waits_while_another_first_open_holds_the_new_file(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "new.db"
    holder = _hold_new_file(path)
    releaser = threading.Timer(0.5, lambda: holder.execute("ROLLBACK"))
    releaser.start()
    db = Database.open(path)  # waits for the lock instead of failing at once
    releaser.join()
    holder.close()
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.close()


@pytest.mark.sqlite_only
def test_a_first_open_that_waits_past_the_busy_timeout_says_the_database_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backends, "BUSY_TIMEOUT_MS", 300)
    holder = _hold_new_file(tmp_path / "new.db")
    try:
        with pytest.raises(DatabaseBusyError, match="the database is busy"):
            Database.open(tmp_path / "new.db")
    finally:
        holder.close()


@pytest.mark.postgresql_only
def test_a_team_connection_cut_in_the_middle_of_a_read_is_unreachable_in_one_line(db: Database) -> None:
    with db.read() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(str(db.target), autocommit=True) as administrator:
            administrator.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(DatabaseUnreachableError) as cut:
            session.execute(text("SELECT count(*) FROM agreement"))
    said = str(cut.value)
    assert said.startswith("team database unreachable: ") and said.endswith(
        "; nothing was half-written; try again when it is back")
    assert "\n" not in said and "consuming input failed" not in said and "connection is bad" not in said
    with db.read() as session:  # the next read gets a new connection by itself
        assert session.execute(text("SELECT 1")).scalar() == 1


def test_a_team_database_that_is_not_there_is_the_servers_refusal_not_a_lost_line(postgresql_server: str) -> None:
    from tests import pg

    with pytest.raises(DatabaseError) as refused:
        Database.open(pg.database_url(postgresql_server, "no_such_register"))
    assert type(refused.value) is DatabaseError
    assert str(refused.value) == 'the team database server refused: database "no_such_register" does not exist'


def test_a_team_server_that_is_not_there_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnreachableError) as unreachable:
        Database.open(f"postgresql://nobody@/team?host={tmp_path}")
    assert str(unreachable.value).startswith("team database unreachable: ") and "\n" not in str(unreachable.value)


@pytest.mark.sqlite_only
def test_an_upgrade_that_would_leave_a_broken_reference_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    from slamdesk.core.db import head_revision, known_revisions, migrate

    path = tmp_path / "old.db"
    db = Database.open(path)
    previous = known_revisions()[-2]
    migrate(db.engine, previous, downgrade=True)
    db.close()
    with sqlite3.connect(path) as connection:  # written by a tool that never checked its references
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("INSERT INTO requirements_document (id, customer_id, version, status, created_at, row_version) "
                           "VALUES (7, 999, 1, 'draft', '2026-01-01', 1)")
    with pytest.raises(DatabaseError) as refused:
        Database.open(path)
    assert str(refused.value).startswith("migration left 1 broken references, e.g. ('requirements_document', 7, 'customer'")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(previous,)]
    assert previous != head_revision()


@pytest.mark.sqlite_only
def test_references_are_checked_again_after_an_upgrade(tmp_path: Path) -> None:
    from slamdesk.core.db import known_revisions, migrate

    db = Database.open(tmp_path / "old.db")
    migrate(db.engine, known_revisions()[-2], downgrade=True)
    migrate(db.engine)
    with pytest.raises(exc.IntegrityError):
        with db.unit_of_work() as session:
            session.execute(text("INSERT INTO requirements_document (customer_id, version, status, created_at, "
                                 "row_version) VALUES (999, 1, 'draft', '2026-01-01', 1)"))
    db.close()


@pytest.mark.sqlite_only  # a team database reads at READ COMMITTED: each statement sees what is committed by then
def test_a_read_sees_one_moment_even_when_another_desk_commits_in_the_middle_of_it(db: Database) -> None:
    other = Database.open(db.target)
    try:
        with db.read() as session:
            before = session.execute(text("SELECT count(*) FROM customer")).scalar()
            with other.unit_of_work() as writing:
                writing.add(Customer(name="Committed meanwhile", country="SE", language="sv"))
            assert session.execute(text("SELECT count(*) FROM customer")).scalar() == before
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM customer")).scalar() == before + 1
    finally:
        other.close()
