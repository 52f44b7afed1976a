"""Starting the desktop application.

``start`` is what ``slamdesk`` runs: the main window's frame is shown and painted
first (only the Qt classes it shows are loaded by then: not even the ``Qt`` namespace, whose
enums take longer to make than the frame takes to paint), then the database is opened, the person says who
acts, and the window fills in. This module therefore imports ``core`` (and with it
SQLAlchemy) only inside the functions that need it. ``run`` shows the window over a
database that is already open.
"""

from __future__ import annotations

import os
import sys
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QApplication

from .common import i18n
from .common.app_icon import application_icon
from .main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from ..core.db import Database
    from ..core.roles import Actor

APP_NAME = "slamdesk"
DESKTOP_ID = "org.slamdesk.Slamdesk"
OPENING = QT_TRANSLATE_NOOP("StartUp", "Opening the database")


def application() -> QApplication:
    """The running QApplication, created (and named for QSettings) when there is none."""
    app = QApplication.instance()
    made = not isinstance(app, QApplication)
    if made:
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    if made:  # the language (Settings ▸ Language) before the first widget: it is applied when slamdesk starts
        i18n.install(i18n.chosen_language())
        from ..core import words  # core's refusals in the same language

        words.set_language(i18n.current())
        os.environ["SLAMDESK_LANGUAGE"] = i18n.current()  # and in the processes the window starts (reminders...)
    app.setDesktopFileName(DESKTOP_ID)  # the desktop entry and icon installed by packaging/install-desktop.sh
    app.setWindowIcon(application_icon())
    return app


def choose_actor(
    db: Database, actor: Actor | None = None, settings: QSettings | None = None, parent: QWidget | None = None
) -> Actor | None:
    """Who acts: asks with a ``LoginDialog`` when there is a choice or a passphrase to check.

    With ``actor`` (``--user`` on the command line) the dialog offers only that
    profile, and only if it has a passphrase. Without it, the dialog lists
    every profile unless there is a single one without a passphrase. Returns
    None when the person quits.
    """
    from PySide6.QtWidgets import QDialog

    from ..core import users
    from .common.login_dialog import LoginDialog
    from .context import default_actor

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
    dialog = LoginDialog(db, profiles, preferred=default_actor([p.actor for p in profiles]), settings=settings,
                         parent=parent)
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
    from .context import AppContext

    app = application()
    chosen = choose_actor(db, actor)
    if chosen is None:
        return 0
    window = MainWindow(AppContext(db, chosen))
    window.show()
    QTimer.singleShot(0, window.backups.daily)  # the first open of a day: its backup, once the window is painted
    code = app.exec()
    window.backups.stop()  # a backup still running ends before the process does
    return code


def database_title(given: str | None) -> str:
    """What the frame's title calls the database before it is opened: a file's name, a server's database."""
    from ..core.paths import database_target

    target = database_target(given)
    if isinstance(target, Path):
        return target.name
    parts = urllib.parse.urlsplit(target)
    return i18n.translate("StartUp", "{database} on {host}").format(  # never the password
        database=parts.path.lstrip("/"), host=parts.hostname or "localhost")


def open_database(given: str | None, username: str | None) -> tuple[Database, Actor | None]:
    """The database ``--db`` (or the default) names, opened for the window, and ``--user``'s profile."""
    from ..core import users
    from ..core.db import open_given

    db = open_given(given, daily_backup=False)  # the window backs up in a worker once it is shown
    try:
        return db, users.get_actor(db, username) if username else None
    except BaseException:
        db.close()
        raise


class StartUp:
    """The steps after the frame is painted: open, ask who acts, fill; or say why not and end."""

    def __init__(self, window: MainWindow, given: str | None, username: str | None) -> None:
        self.window, self.given, self.username = window, given, username
        self.db: Database | None = None

    def open(self) -> None:
        from . import operations
        from .common import feedback
        from .context import AppContext

        opened = operations.query(self.window, None, lambda: open_database(self.given, self.username),
                                  what=i18n.translate("StartUp", OPENING), in_place=True)
        if opened.value is None:
            print(f"slamdesk: error: {opened.error}", file=sys.stderr)
            box = feedback.show_error(self.window, i18n.translate("StartUp", OPENING), str(opened.error))
            box.finished.connect(lambda _result: self._end(1))  # once the message is read
            return
        self.db, actor = opened.value
        asked = operations.query(self.window, None, lambda: choose_actor(self.db, actor, parent=self.window),  # type: ignore[arg-type]
                                 what=i18n.translate("StartUp", OPENING))
        if asked.value is None:  # quit at the start-up dialog (or refused): nothing opens
            self._end(0 if asked else 1)
            return
        self.window.fill(AppContext(self.db, asked.value))
        QTimer.singleShot(0, self.window.backups.daily)  # the first open of a day: its backup, in a worker

    def _end(self, code: int) -> None:
        self.window.close()
        QApplication.exit(code)

    def finish(self) -> None:
        if self.window.is_filled:
            self.window.backups.stop()  # a backup still running ends before the process does
        if self.db is not None:
            self.db.close()


def start(given: str | None = None, username: str | None = None) -> int:
    """``slamdesk``: the window at once, then the database (``--db``) opened and ``--user`` asked for.

    Returns the exit code: 0 when the window is closed or the start-up dialog quit,
    1 when the database cannot be opened (said in a message box and on stderr).
    """
    app = application()
    window = MainWindow(title=database_title(given))
    steps = StartUp(window, given, username)
    window.painted.connect(steps.open)
    window.show()
    try:
        return app.exec()
    finally:
        steps.finish()
