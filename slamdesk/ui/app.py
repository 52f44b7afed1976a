"""Starting the desktop application over an open database."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ..core import users
from ..core.db import Database
from ..core.roles import Actor
from .context import AppContext, default_actor
from .main_window import MainWindow

APP_NAME = "slamdesk"


def application() -> QApplication:
    """The running QApplication, created (and named for QSettings) when there is none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def run(db: Database, actor: Actor | None = None) -> int:
    """Show the main window over ``db`` and run until it closes; returns the exit code.

    ``actor`` is the profile chosen on the command line (``--user``); without
    it the first representative acts.
    """
    app = application()
    actor = actor or default_actor(users.list_actors(db)) or users.get_actor(db)
    context = AppContext(db, actor)
    window = MainWindow(context)
    window.show()
    return app.exec()
