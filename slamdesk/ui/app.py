"""Starting the desktop application over an open database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ..core import users
from ..core.db import Database
from ..core.roles import Actor
from .common.help import application_icon
from .common.login_dialog import LoginDialog
from .context import AppContext, default_actor
from .main_window import MainWindow

APP_NAME = "slamdesk"
DESKTOP_ID = "org.slamdesk.Slamdesk"


def application() -> QApplication:
    """The running QApplication, created (and named for QSettings) when there is none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)  # the desktop entry and icon installed by packaging/install-desktop.sh
    app.setWindowIcon(application_icon())
    return app


def choose_actor(db: Database, actor: Actor | None = None, settings: QSettings | None = None) -> Actor | None:
    """Who acts: asks with a ``LoginDialog`` when there is a choice or a passphrase to check.

    With ``actor`` (``--user`` on the command line) the dialog offers only that
    profile, and only if it has a passphrase. Without it, the dialog lists
    every profile unless there is a single one without a passphrase. Returns
    None when the person quits.
    """
    if actor is not None:
        profiles = [p for p in users.list_profiles(db) if p.actor.username == actor.username]
        if not profiles or not profiles[0].has_passphrase:
            return users.login(db, actor.username)
    else:
        profiles = users.list_profiles(db)
        if not profiles:
            users.get_actor(db)  # a new database: create the administrator
            profiles = users.list_profiles(db)
        if len(profiles) == 1 and not profiles[0].has_passphrase:
            return profiles[0].actor
    dialog = LoginDialog(db, profiles, preferred=default_actor([p.actor for p in profiles]), settings=settings)
    try:
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def run(db: Database, actor: Actor | None = None) -> int:
    """Ask who acts, show the main window over ``db`` and run until it closes; returns the exit code.

    ``actor`` is the profile chosen on the command line (``--user``); it is
    asked for its passphrase if it has one. Quitting the start-up dialog ends
    the application with 0 before any window opens.
    """
    app = application()
    chosen = choose_actor(db, actor)
    if chosen is None:
        return 0
    context = AppContext(db, chosen)
    window = MainWindow(context)
    window.show()
    QTimer.singleShot(0, window.backups.daily)  # the first open of a day: its backup, once the window is painted
    code = app.exec()
    window.backups.stop()  # a backup still running ends before the process does
    return code
