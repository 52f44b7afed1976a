"""Opening the database the command line or the window was given: the default one's folder is made, and any
failure is one DatabaseError saying why."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import exc

from slamdesk.core.db import Database, open_given
from slamdesk.core.errors import DatabaseError
from slamdesk.core.paths import default_database_path
from tests.conftest import demo_file


def test_the_default_database_is_made_in_its_own_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SLAMDESK_DB", raising=False)
    assert not default_database_path().parent.exists() or not default_database_path().exists()
    db = open_given(None, daily_backup=False)
    try:
        assert db.path == default_database_path() and db.path.exists()
    finally:
        db.close()


def test_a_file_that_is_not_a_database_is_refused_in_words(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database " * 200)
    with pytest.raises(DatabaseError, match="broken.db"):
        open_given(str(broken), daily_backup=False)
    assert broken.read_bytes().startswith(b"not a database")


def test_a_folder_that_cannot_be_made_is_refused_in_words(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(DatabaseError):
        open_given(str(tmp_path / "a-file" / "inside" / "slamdesk.db"), daily_backup=False)


def test_the_default_databases_folder_is_made_however_deep_and_found_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SLAMDESK_DB", raising=False)
    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(tmp_path / "home" / "anna" / "slamdesk"))  # none of it there yet
    for _ in range(2):  # made the first time, found the second
        db = open_given(None, daily_backup=False)
        db.close()
    assert default_database_path() == tmp_path / "home" / "anna" / "slamdesk" / "slamdesk.db"
    assert default_database_path().exists()


def test_the_days_first_backup_is_made_only_when_asked(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    (tmp_path / "asked").mkdir()
    given = demo_file(request, tmp_path / "asked" / "slamdesk.db")  # rows to back up
    open_given(str(given), daily_backup=False).close()
    open_given(str(given), daily_backup=False).close()
    assert not (given.parent / "backups").exists()
    open_given(str(given)).close()  # a first open of the day, as the command line's
    assert [path.suffix for path in (given.parent / "backups").iterdir()] == [".db"]


def test_an_operating_systems_refusal_names_the_reason_and_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", "/srv/shared/slamdesk.db")

    monkeypatch.setattr(Database, "open", refused)
    with pytest.raises(DatabaseError) as raised:
        open_given("/srv/shared/slamdesk.db", daily_backup=False)
    assert str(raised.value) == "cannot open the database: Permission denied: /srv/shared/slamdesk.db"

    def nameless(*_args: object, **_kwargs: object) -> None:
        raise OSError("no file named")

    monkeypatch.setattr(Database, "open", nameless)
    with pytest.raises(DatabaseError) as raised:
        open_given("elsewhere.db", daily_backup=False)
    assert str(raised.value) == "cannot open the database: no file named: elsewhere.db"


def test_a_drivers_refusal_says_the_drivers_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise exc.OperationalError("SELECT 1", {}, Exception("unable to open database file"))

    monkeypatch.setattr(Database, "open", refused)
    with pytest.raises(DatabaseError) as raised:
        open_given("elsewhere.db", daily_backup=False)
    assert str(raised.value) == "cannot open the database: unable to open database file"

    def plain(*_args: object, **_kwargs: object) -> None:
        raise exc.ArgumentError("no driver for that")

    monkeypatch.setattr(Database, "open", plain)
    with pytest.raises(DatabaseError) as raised:
        open_given("elsewhere.db", daily_backup=False)
    assert str(raised.value) == "cannot open the database: no driver for that"
