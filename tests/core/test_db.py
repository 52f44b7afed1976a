from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from slamdesk.core import demo, register
from slamdesk.core.db import Database, head_revision, migrate
from slamdesk.core.errors import ConcurrencyError, DatabaseError
from slamdesk.models import Customer


@pytest.mark.sqlite_only
def test_new_database_is_migrated_with_wal_and_foreign_keys(db: Database) -> None:
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    first = Database.open(tmp_path / "a.db")
    with first.unit_of_work() as session:
        session.add(Customer(name="Åsa AB", country="SE", language="sv"))
    first.close()
    again = Database.open(tmp_path / "a.db")
    with again.read() as session:
        assert session.execute(text("SELECT name FROM customer")).scalar() == "Åsa AB"
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"these are my notes, not a database")
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        Database.open(bogus)
    assert bogus.read_bytes() == b"these are my notes, not a database"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder does not exist"):
        Database.open(tmp_path / "nowhere" / "x.db")


def test_two_windows_cannot_overwrite_each_other_silently(db: Database) -> None:
    with db.unit_of_work() as session:
        customer = Customer(name="Original", country="SE", language="sv")
        session.add(customer)
    with db.read() as first, db.read() as second:
        mine = first.get(Customer, customer.id)
        theirs = second.get(Customer, customer.id)
        assert mine is not None and theirs is not None
        theirs.name = "Changed elsewhere"
        second.commit()
    with pytest.raises(ConcurrencyError):
        with db.unit_of_work() as session:
            stale = session.merge(mine, load=False)
            stale.name = "My change"
    with db.read() as session:
        assert session.get(Customer, customer.id).name == "Changed elsewhere"  # type: ignore[union-attr]


def test_a_database_from_the_first_release_upgrades_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database = Database.open(path)
    demo.load_demo(database)
    migrate(database.engine, "0001", downgrade=True)
    database.close()
    reopened = Database.open(path)
    assert register.count_agreements(reopened) == 10
    assert [row.customer for row in register.list_agreements(reopened, search="kyivski")] == []
    assert [row.customer for row in register.list_agreements(reopened, search="Київські")] == ["ТОВ «Київські мережі»"]
    assert [row.customer for row in register.list_agreements(reopened, search="song hong")] == [
        "Công ty TNHH Phần mềm Sông Hồng"
    ]
    reopened.close()
