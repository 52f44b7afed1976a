"""Start-up in two steps: the window's frame first, then the database opened and the register filled in.

The frame paints before SQLAlchemy is even imported (checked in a fresh interpreter, as a person starts
``slamdesk``); what the person then meets (the start-up dialog, a database that cannot be opened, closing
the window while it opens) is checked on the frame itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.ui import app
from slamdesk.ui.common import feedback
from slamdesk.ui.common.login_dialog import LoginDialog
from slamdesk.ui.main_window import GEOMETRY_KEY, MainWindow

LOADED_BY_THE_DATABASE = ("sqlalchemy", "slamdesk.core.db", "slamdesk.models")

STARTING = """
import json, sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from slamdesk.ui.app import application
from slamdesk.ui.main_window import MainWindow
from slamdesk.launch import main

seen = {}
application_ = application()

class Probe(QObject):
    def eventFilter(self, watched, event):
        if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Paint and "first_paint" not in seen:
            central = watched.centralWidget()
            seen["first_paint"] = {
                "loaded": sorted(m for m in %(loaded)r if m in sys.modules),
                "qt_enums_made": "Qt" in QtCore.__dict__,
                "title": watched.windowTitle(),
                "page": watched.opening.text() if central.isAncestorOf(watched.opening) else type(central).__name__,
                "menus": [a.text() for a in watched.menuBar().actions()],
            }
            watched.filled.connect(lambda: (seen.update(rows=watched.register.model.rowCount(),
                                                        title=watched.windowTitle()),
                                            QTimer.singleShot(0, watched.close)))
        return False

probe = Probe()
application_.installEventFilter(probe)
code = main(sys.argv[1:])
print(json.dumps({"code": code, **seen}))
"""


def _start(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", STARTING % {"loaded": LOADED_BY_THE_DATABASE}, *arguments],
                          capture_output=True, text=True, env=environment, timeout=120, check=False)


def test_the_frame_paints_before_the_database_layer_loads_then_the_register_fills_in(tmp_path: Path) -> None:
    database = tmp_path / "office.db"
    made = subprocess.run([sys.executable, "-m", "slamdesk", "--db", str(database), "demo"],
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    started = _start("--db", str(database), "--user", "anna")
    assert started.returncode == 0, started.stderr[-2000:]
    seen = json.loads(started.stdout.splitlines()[-1])
    assert seen["first_paint"] == {
        "loaded": [],  # nothing of the database layer: the frame needs Qt only
        "qt_enums_made": False,  # nor the Qt namespace's 1,200 enum members (45 ms): they load after the paint
        "title": "office.db — slamdesk",
        "page": "Opening office.db…",
        "menus": ["&File", "&Agreement", "&Review", "Re&gister", "&View", "&Settings", "&Help"],
    }
    assert (seen["code"], seen["rows"], seen["title"]) == (0, 10, "office.db — slamdesk")


def test_a_database_that_cannot_be_opened_is_said_and_ends_with_1(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database, it only says it is" * 100)
    window = MainWindow(title="broken.db", settings=settings)
    qtbot.addWidget(window)
    ended: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: ended.append(code))
    boxes: list[QMessageBox] = []
    real_show_error = feedback.show_error
    monkeypatch.setattr(feedback, "show_error", lambda *a: boxes.append(real_show_error(*a)) or boxes[-1])
    app.StartUp(window, str(broken), None).open()
    (box,) = boxes
    assert box.windowTitle() == app.OPENING and "broken.db" in box.text()
    assert ended == [] and not window.is_filled  # the frame waits until the message is read
    box.accept()
    assert ended == [1]
    assert broken.read_bytes().startswith(b"this is not a database")  # nothing written over it


def test_an_unknown_profile_is_said_and_ends_with_1(
    qtbot: QtBot, demo_db: Database, settings: QSettings, shown_errors: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(title="x", settings=settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(feedback, "show_error", lambda _p, title, text: shown_errors.append((title, text)) or QMessageBox())
    app.StartUp(window, str(demo_db.target), "nobody").open()
    assert shown_errors and "nobody" in shown_errors[0][1]
    assert not window.is_filled


def test_quitting_at_the_start_up_dialog_closes_the_frame_with_0(
    qtbot: QtBot, demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(title="x", settings=settings)
    qtbot.addWidget(window)
    window.show()
    ended: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: ended.append(code))
    parents: list[object] = []

    def quit_dialog(dialog: LoginDialog) -> int:
        parents.append(dialog.parent())
        return 0  # rejected

    monkeypatch.setattr(LoginDialog, "exec", quit_dialog)
    steps = app.StartUp(window, str(demo_db.target), None)
    steps.open()
    assert parents == [window]  # asked over the frame, not in a window of its own
    assert ended == [0] and not window.isVisible() and not window.is_filled
    steps.finish()  # the database it opened is closed


def test_the_frame_fills_in_as_the_chosen_person(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], settings: QSettings
) -> None:
    window = MainWindow(title="demo.db", settings=settings, watch_ms=0)
    qtbot.addWidget(window)
    window.show()
    assert window.centralWidget().isAncestorOf(window.opening) and window.opening.text() == "Opening demo.db…"
    with qtbot.waitSignal(window.filled, timeout=10_000):
        steps = app.StartUp(window, str(demo_db.target), "linh")
        steps.open()
    assert window.context.actor == people["linh"]
    assert window.register.model.rowCount() == 10 and window.centralWidget() is window.register
    assert [a.text() for a in window.menus["&File"].actions()][0] == "&New agreement…"
    window.close()
    steps.finish()


def test_closing_the_frame_while_opening_keeps_the_layout_saved_last_time(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue(GEOMETRY_KEY, QByteArray(b"saved before"))
    window = MainWindow(title="x", settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert settings.value(GEOMETRY_KEY) == QByteArray(b"saved before")
