"""Shared fixtures: a fresh database per test, and one with the demo portfolio."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from slamdesk.core import demo, users  # noqa: E402
from slamdesk.core.db import Database  # noqa: E402
from slamdesk.core.roles import Actor  # noqa: E402

DEMO_TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keys and settings of a test never touch the real user data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("SLAMDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("SLAMDESK_DB", raising=False)
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "slamdesk.db")
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db, today=DEMO_TODAY)
    return db


@pytest.fixture
def admin(db: Database) -> Actor:
    return users.get_actor(db)


@pytest.fixture
def people(demo_db: Database) -> dict[str, Actor]:
    return {actor.username: actor for actor in users.list_actors(demo_db)}
