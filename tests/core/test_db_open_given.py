"""Opening the database the command line or the window was given: the default one's folder is made, and any
failure is one DatabaseError saying why."""

from __future__ import annotations

from pathlib import Path

import pytest

from slamdesk.core.db import open_given
from slamdesk.core.errors import DatabaseError
from slamdesk.core.paths import default_database_path


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
