"""Starting the application: who acts by default, and ``run`` returning the exit code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from slamdesk.core.db import Database
from slamdesk.core.roles import Actor, Role
from slamdesk.ui import app
from slamdesk.ui.common.login_dialog import LAST_PROFILE_KEY, LoginDialog
from slamdesk.ui.context import default_actor
from slamdesk.ui.main_window import MainWindow


def test_default_actor_is_the_first_representative_else_an_administrator(people: dict[str, Actor]) -> None:
    everyone = list(people.values())
    assert default_actor(everyone) == people["anna"]
    assert default_actor([a for a in everyone if a.role is not Role.REPRESENTATIVE]) == people["admin"]
    assert default_actor([people["linh"]]) == people["linh"]
    assert default_actor([]) is None


def test_run_shows_the_register_and_returns_the_exit_code(
    qapp: QApplication, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real event loop here would end the test session's one: stand in for exec().
    monkeypatch.setattr(QApplication, "exec", lambda _self: 7)
    asked: list[str] = []

    def sign_in(dialog: LoginDialog) -> int:  # several profiles: start-up asks who works; take the preselected one
        profile = dialog.selected_profile()
        asked.append(profile.actor.username if profile else "")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    QStandardPaths.setTestModeEnabled(True)  # QSettings then writes under ~/.qttest, not the user's config
    try:
        QSettings().remove(LAST_PROFILE_KEY)
        before = set(QApplication.topLevelWidgets())  # another test's window, not yet deleted, is not ours
        assert app.run(demo_db) == 7
        assert asked == ["anna"]
        (window,) = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible() and w not in before]
        assert window.context.actor.username == "anna"
        assert window.register.model.rowCount() == 10
        assert (QApplication.organizationName(), QApplication.applicationName()) == ("slamdesk", "slamdesk")
        window.close()
        window.deleteLater()
    finally:
        QStandardPaths.setTestModeEnabled(False)
