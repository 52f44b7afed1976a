"""Where slamdesk keeps its files: the database and, beside it, the register folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "slamdesk"


def data_dir() -> Path:
    """``SLAMDESK_DATA_DIR`` if set, else the platform's user data folder."""
    configured = os.environ.get("SLAMDESK_DATA_DIR")
    return Path(configured).expanduser() if configured else Path(user_data_dir(APP_NAME, appauthor=False))


def keys_dir() -> Path:
    """The provider's signing key and certificate."""
    return data_dir() / "keys"


def default_database_path() -> Path:
    """``slamdesk.db`` in the user's data folder."""
    return data_dir() / "slamdesk.db"


def database_target(given: str | None = None) -> str | Path:
    """The database to open: ``given`` (``--db``), else ``SLAMDESK_DB``, else the default file.

    A ``postgresql://`` URL stays a URL; anything else is a file path.
    """
    configured = given or os.environ.get("SLAMDESK_DB")
    if not configured:
        return default_database_path()
    return configured if "://" in configured else Path(configured).expanduser()


def register_dir(database_path: Path) -> Path:
    """The contract register's folder lives beside its database file."""
    return database_path.expanduser().resolve().parent / "register"


def private_folder(path: Path) -> Path:
    """``path`` as a folder only its owner can enter (0700), made if missing (keys live in one)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path
