"""Shared fixtures: a fresh database per test, and one with the demo portfolio."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from slamdesk.core import audit, demo, users  # noqa: E402
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


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo portfolio, made once per run: its database file and its data folder (the audit key, anchors)."""
    folder = tmp_path_factory.mktemp("demo-template")
    previous = os.environ.get("SLAMDESK_DATA_DIR")
    os.environ["SLAMDESK_DATA_DIR"] = str(folder / "data")
    try:
        database = Database.open(folder / "slamdesk.db")
        demo.load_demo(database, today=DEMO_TODAY)
        database.close()  # the last connection checkpoints the WAL into the file
    finally:
        if previous is None:
            del os.environ["SLAMDESK_DATA_DIR"]
        else:
            os.environ["SLAMDESK_DATA_DIR"] = previous
    return folder / "slamdesk.db", folder / "data"


@pytest.fixture
def db(tmp_path: Path, request: pytest.FixtureRequest, private_data_dir: Path) -> Iterator[Database]:
    """A fresh database; a copy of the demo portfolio when the test also asks for ``demo_db``."""
    path = tmp_path / "slamdesk.db"
    if "demo_db" in request.fixturenames:
        template, template_data = request.getfixturevalue("demo_template")
        shutil.copyfile(template, path)
        # As if the demo had been made here: the key that sealed its log, and its anchors.
        shutil.copytree(template_data, private_data_dir, dirs_exist_ok=True)
        with pytest.MonkeyPatch.context() as env:
            env.setenv("SLAMDESK_DATA_DIR", str(template_data))
            made = audit.anchor_paths(template)
        for source, anchor in zip(made, audit.anchor_paths(path)):
            anchor.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, anchor)  # with its mode (0600)
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The demo portfolio (made as of ``DEMO_TODAY``), in this test's own copy."""
    return db


@pytest.fixture
def admin(db: Database) -> Actor:
    return users.get_actor(db)


@pytest.fixture
def people(demo_db: Database) -> dict[str, Actor]:
    return {actor.username: actor for actor in users.list_actors(demo_db)}
