"""Where slamdesk keeps its files: the data folder, the keys, the database, the register."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

from slamdesk.core import paths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of its own, and no data folder configured: the platform's folder is used."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("SLAMDESK_DATA_DIR")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return folder


def test_the_data_folder_is_the_configured_one_with_the_home_folder_expanded(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLAMDESK_DATA_DIR", "~/team/slamdesk data")
    assert paths.data_dir() == home / "team" / "slamdesk data"
    assert paths.keys_dir() == home / "team" / "slamdesk data" / "keys"
    assert paths.default_database_path() == home / "team" / "slamdesk data" / "slamdesk.db"


def test_without_a_configured_folder_the_data_lives_in_the_users_own_data_folder(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.data_dir() == home / ".local" / "share" / "slamdesk"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    assert paths.data_dir() == home / "data" / "slamdesk"
    assert paths.keys_dir() == home / "data" / "slamdesk" / "keys"


def test_on_windows_the_data_folder_is_local_app_data_slamdesk_with_no_author_folder(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = r"C:\Users\Ana\AppData\Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    assert paths.data_dir() == Path(local) / "slamdesk"


def test_the_database_to_open_is_the_one_given_then_the_configured_one_then_the_default(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(tmp_path / "data"))
    assert paths.database_target() == tmp_path / "data" / "slamdesk.db"
    assert paths.database_target("~/given.db") == home / "given.db"
    monkeypatch.setenv("SLAMDESK_DB", "~/configured.db")
    assert paths.database_target() == home / "configured.db"
    assert paths.database_target("~/given.db") == home / "given.db"  # what is given wins
    url = "postgresql://slamdesk@db.example/slamdesk"
    assert paths.database_target(url) == url  # a URL stays a URL
    monkeypatch.setenv("SLAMDESK_DB", url)
    assert paths.database_target() == url


def test_the_register_lives_beside_its_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "office").mkdir()
    monkeypatch.chdir(tmp_path / "office")
    assert paths.register_dir(Path("contracts.db")) == tmp_path / "office" / "register"


def test_a_private_folder_is_made_with_its_parents_and_only_its_owner_may_enter(tmp_path: Path) -> None:
    made = paths.private_folder(tmp_path / "a" / "b" / "keys")
    assert made == tmp_path / "a" / "b" / "keys" and made.is_dir()
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_an_existing_open_folder_is_closed_to_everyone_but_its_owner(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    folder.mkdir()
    os.chmod(folder, 0o755)
    (folder / "key.pem").write_text("kept")
    assert paths.private_folder(folder) == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "key.pem").read_text() == "kept"
