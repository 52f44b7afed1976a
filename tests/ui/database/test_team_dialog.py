"""File ▸ Connect to a team database…: where the server is, one's own login, and a clear line when it fails."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from slamdesk.core import register, users
from slamdesk.ui import app as app_module
from slamdesk.ui.database.team_dialog import LAST_URL, TeamDatabaseDialog, team_url
from slamdesk.ui.main_window import MainWindow
from tests import pg
from tests.ui.shots import shoot


@pytest.fixture
def team(postgresql_server: str) -> Iterator[tuple[str, str, str]]:
    """A team database on the test server: (socket folder, database, login)."""
    name = pg.new_name("team")
    pg.admin_execute(postgresql_server, f"CREATE DATABASE {name}")
    socket = postgresql_server.split("host=", 1)[1]
    login = postgresql_server.split("://", 1)[1].split("@", 1)[0]
    yield socket, name, login
    pg.admin_execute(postgresql_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _fill(dialog: TeamDatabaseDialog, host: str, name: str, login: str) -> None:
    dialog.host.setText(host)
    dialog.name.setText(name)
    dialog.user.setText(login)


def test_a_url_for_a_server_or_a_socket_folder() -> None:
    assert team_url("db.example.lan", 5432, "slamdesk", "anna", "p@ss word") == \
        "postgresql://anna:p%40ss%20word@db.example.lan:5432/slamdesk"
    assert team_url("/run/postgresql", 5433, "slamdesk", "anna") == \
        "postgresql://anna@/slamdesk?host=/run/postgresql&port=5433"


def test_connecting_opens_the_team_database_and_remembers_where_without_the_password(
    qtbot: QtBot, settings: QSettings, team: tuple[str, str, str]
) -> None:
    socket, name, login = team
    dialog = TeamDatabaseDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, socket, name, login)
    dialog.password.setText("not needed here")
    dialog.show()
    shoot(dialog, "team_dialog")
    dialog.try_connect()
    assert dialog.result() == TeamDatabaseDialog.DialogCode.Accepted and dialog.database is not None
    assert dialog.database.dialect == "postgresql" and register.count_agreements(dialog.database) == 0
    remembered = str(settings.value(LAST_URL))
    assert name in remembered and "not needed here" not in remembered
    dialog.database.close()
    again = TeamDatabaseDialog(settings)
    qtbot.addWidget(again)
    assert (again.host.text(), again.name.text(), again.user.text()) == (socket, name, login)
    assert again.password.hasFocus() or again.password.text() == ""


@pytest.mark.parametrize(
    ("host", "database", "said"),
    [
        ("/nowhere/at/all", "slamdesk", "unreachable"),
        (None, "no_such_database", "does not exist"),
        ("", "slamdesk", "Give the server"),
    ],
)
def test_a_connection_that_fails_says_why_under_the_form(
    qtbot: QtBot, settings: QSettings, team: tuple[str, str, str], host: str | None, database: str, said: str
) -> None:
    socket, _, login = team
    dialog = TeamDatabaseDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, socket if host is None else host, database, login)
    dialog.show()
    dialog.try_connect()
    assert dialog.database is None and dialog.isVisible()
    assert dialog.error.isVisible() and said in dialog.error.text() and "\n" not in dialog.error.text()
    shoot(dialog, f"team_dialog_refused_{said.split()[0]}")


def test_the_window_moves_to_the_team_database(
    qtbot: QtBot, window: MainWindow, team: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    socket, name, login = team

    def accept(dialog: TeamDatabaseDialog) -> int:
        _fill(dialog, socket, name, login)
        dialog.try_connect()
        return dialog.result()

    monkeypatch.setattr(TeamDatabaseDialog, "exec", accept)
    monkeypatch.setattr(app_module, "choose_actor", lambda db, actor=None, settings=None: users.get_actor(db))
    assert window.team_action in window.menuBar().actions()[0].menu().actions()
    successor = window.connect_team()
    assert successor is not None
    qtbot.addWidget(successor)
    assert successor.context.db.dialect == "postgresql" and not window.isVisible()
    assert successor.windowTitle().endswith("— slamdesk")
    successor.close()
    successor.context.db.close()
