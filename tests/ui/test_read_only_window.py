"""A database on read-only media opens in the window, says so, and refuses changes in words."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from slamdesk.core import db as database_module, demo, users
from slamdesk.core.db import Database
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from tests.ui.shots import shoot


def test_a_read_only_database_says_so_in_the_title_and_the_status_bar(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: QSettings,
    shown_errors: list[tuple[str, str]],
) -> None:
    path = tmp_path / "media" / "shared.db"
    path.parent.mkdir()
    writable = Database.open(path)
    demo.load_demo(writable)
    writable.close()
    real_access = os.access
    monkeypatch.setattr(database_module.os, "access",
                        lambda p, mode, **kw: False if mode & os.W_OK and str(p).startswith(str(path.parent))
                        else real_access(p, mode, **kw))
    db = Database.open(path)
    window = MainWindow(AppContext(db, users.get_actor(db, "anna")), settings=settings, watch_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "shared.db (read-only) — slamdesk"
    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Read-only: the file is read-only; changes cannot be saved"
    assert window.register.model.rowCount() == 10  # it can be read
    shoot(window, "read_only_window")
    db.close()
