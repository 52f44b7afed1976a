"""The start-up dialog: choosing a profile, its passphrase, and when start-up asks at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from slamdesk.core import users
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent, User
from slamdesk.ui import app
from slamdesk.ui.common.login_dialog import LAST_PROFILE_KEY, LoginDialog
from slamdesk.ui.main_window import MainWindow
from tests.ui.shots import shoot

SECRET = "lotus pond 2026"  # QTest types ASCII only


@pytest.fixture
def guarded(demo_db: Database, people: dict[str, Actor]) -> Database:
    """The demo portfolio where Linh's profile has a passphrase."""
    users.set_passphrase(demo_db, people["admin"], "linh", SECRET)
    return demo_db


@pytest.fixture
def open_dialog(qtbot: QtBot, guarded: Database, settings: QSettings) -> Callable[..., LoginDialog]:
    def make(**options: object) -> LoginDialog:
        dialog = LoginDialog(guarded, users.list_profiles(guarded), settings=settings, **options)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        return dialog

    return make


def choose(dialog: LoginDialog, username: str) -> None:
    for index in range(dialog.profiles.topLevelItemCount()):
        item = dialog.profiles.topLevelItem(index)
        if item.data(0, Qt.ItemDataRole.UserRole) == username:
            dialog.profiles.setCurrentItem(item)
            return
    raise AssertionError(f"{username} is not listed")


def login_events(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [(e.actor, e.action) for e in session.scalars(select(AuditEvent).where(AuditEvent.action.like("login%")))]


def test_lists_every_profile_with_its_role(open_dialog: Callable[..., LoginDialog]) -> None:
    dialog = open_dialog()
    rows = [
        tuple(dialog.profiles.topLevelItem(i).text(c) for c in range(3)) for i in range(dialog.profiles.topLevelItemCount())
    ]
    assert ("Anna Lindqvist", Role.REPRESENTATIVE.label, "") in rows
    assert ("Trần Thị Linh", Role.LEGAL_REVIEWER.label, "required") in rows
    assert len(rows) == len(users.list_actors(dialog.db))
    assert dialog.passphrase.echoMode() is dialog.passphrase.EchoMode.Password


def test_the_remembered_profile_is_preselected(
    open_dialog: Callable[..., LoginDialog], settings: QSettings, people: dict[str, Actor]
) -> None:
    assert open_dialog(preferred=people["anna"]).selected_profile().actor == people["anna"]  # type: ignore[union-attr]
    settings.setValue(LAST_PROFILE_KEY, "budi")
    assert open_dialog(preferred=people["anna"]).selected_profile().actor == people["budi"]  # type: ignore[union-attr]
    settings.setValue(LAST_PROFILE_KEY, "gone")  # a removed profile: fall back to the preferred one
    assert open_dialog(preferred=people["anna"]).selected_profile().actor == people["anna"]  # type: ignore[union-attr]


def test_the_passphrase_field_shows_only_for_a_profile_with_one(
    open_dialog: Callable[..., LoginDialog], settings: QSettings
) -> None:
    settings.setValue(LAST_PROFILE_KEY, "anna")
    dialog = open_dialog()
    assert not dialog.passphrase.isVisible()
    shoot(dialog, "login_profiles")
    choose(dialog, "linh")
    assert dialog.passphrase.isVisible() and dialog.passphrase_label.isVisible()
    assert dialog.focusWidget() is dialog.passphrase
    shoot(dialog, "login_passphrase")
    choose(dialog, "budi")
    assert not dialog.passphrase.isVisible()


def test_a_profile_without_passphrase_signs_in_at_once(
    open_dialog: Callable[..., LoginDialog], qtbot: QtBot, settings: QSettings, people: dict[str, Actor]
) -> None:
    dialog = open_dialog()
    choose(dialog, "budi")
    qtbot.keyClick(dialog.profiles, Qt.Key.Key_Return)  # Enter submits from the list too
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.actor == people["budi"]
    assert settings.value(LAST_PROFILE_KEY) == "budi"


def test_a_wrong_passphrase_is_shown_beside_the_field_and_the_dialog_stays_open(
    open_dialog: Callable[..., LoginDialog], qtbot: QtBot, guarded: Database, settings: QSettings
) -> None:
    dialog = open_dialog()
    choose(dialog, "linh")
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.actor is None
    assert dialog.passphrase_error.text() == "Wrong passphrase."
    assert dialog.passphrase.text() == ""
    assert dialog.focusWidget() is dialog.passphrase
    field = dialog.passphrase.mapTo(dialog, QPoint(0, 0))
    error = dialog.passphrase_error.mapTo(dialog, QPoint(0, 0))
    assert error.x() >= field.x() + dialog.passphrase.width()  # to the right of the field
    assert abs(
        (error.y() + dialog.passphrase_error.height() / 2) - (field.y() + dialog.passphrase.height() / 2)
    ) <= dialog.passphrase.height()  # on its row
    assert login_events(guarded) == [("linh", "login_failed")]
    assert settings.value(LAST_PROFILE_KEY) is None
    shoot(dialog, "login_wrong_passphrase")

    qtbot.keyClicks(dialog.passphrase, "x")  # typing again clears the message
    assert dialog.passphrase_error.text() == ""


def test_an_empty_passphrase_is_asked_for_without_a_failed_login(
    open_dialog: Callable[..., LoginDialog], qtbot: QtBot, guarded: Database
) -> None:
    dialog = open_dialog()
    choose(dialog, "linh")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.passphrase_error.text() == "Enter your passphrase."
    shoot(dialog, "login_empty_passphrase")
    assert login_events(guarded) == []


def test_the_right_passphrase_accepts_and_yields_that_actor(
    open_dialog: Callable[..., LoginDialog], qtbot: QtBot, settings: QSettings, people: dict[str, Actor]
) -> None:
    dialog = open_dialog()
    choose(dialog, "linh")
    qtbot.keyClicks(dialog.passphrase, "wrong guess")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.passphrase, SECRET)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.actor == people["linh"]
    assert dialog.passphrase.text() == ""  # the clear text does not linger in the widget
    assert settings.value(LAST_PROFILE_KEY) == "linh"
    assert login_events(dialog.db) == [("linh", "login_failed"), ("linh", "login")]


def test_quit_rejects_without_an_actor(open_dialog: Callable[..., LoginDialog], settings: QSettings) -> None:
    dialog = open_dialog()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.actor is None
    assert settings.value(LAST_PROFILE_KEY) is None


# When start-up asks ------------------------------------------------------------------


class Answers:
    """Stands in for the dialog's event loop: records what it offered, then answers.

    Attributes:
        offered: per dialog shown, the usernames listed and the one preselected.
        answer: the passphrase to type before OK ("" for none), or None to Quit.
    """

    def __init__(self) -> None:
        self.offered: list[tuple[list[str], str | None]] = []
        self.answer: str | None = ""

    def exec(self, dialog: LoginDialog) -> int:
        listed = [
            dialog.profiles.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(dialog.profiles.topLevelItemCount())
        ]
        profile = dialog.selected_profile()
        self.offered.append((listed, profile.actor.username if profile else None))
        if self.answer is None:
            dialog.reject()
        else:
            dialog.passphrase.setText(self.answer)
            dialog.accept()
        return dialog.result()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    fake = Answers()
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: fake.exec(dialog))
    return fake


def test_start_up_asks_when_there_is_a_choice(
    demo_db: Database, settings: QSettings, people: dict[str, Actor], answers: Answers
) -> None:
    assert app.choose_actor(demo_db, settings=settings) == people["anna"]  # the default actor, preselected
    ((listed, preselected),) = answers.offered
    assert set(listed) == {"admin", "anna", "linh", "budi", "sofia"} and preselected == "anna"


def test_a_single_profile_without_passphrase_asks_nothing(db: Database, settings: QSettings, answers: Answers) -> None:
    actor = app.choose_actor(db, settings=settings)  # a new database: the administrator is created
    assert actor is not None and actor.role is Role.ADMINISTRATOR
    assert answers.offered == []


def test_a_single_profile_with_a_passphrase_asks_for_it(db: Database, settings: QSettings, answers: Answers) -> None:
    admin = users.get_actor(db)
    users.set_passphrase(db, admin, "admin", SECRET)
    answers.answer = SECRET
    assert app.choose_actor(db, settings=settings) == admin
    assert answers.offered == [(["admin"], "admin")]


def test_an_explicit_profile_skips_the_dialog_only_without_a_passphrase(
    guarded: Database, settings: QSettings, people: dict[str, Actor], answers: Answers
) -> None:
    assert app.choose_actor(guarded, people["budi"], settings=settings) == people["budi"]
    assert answers.offered == []

    answers.answer = SECRET
    assert app.choose_actor(guarded, people["linh"], settings=settings) == people["linh"]
    assert answers.offered == [(["linh"], "linh")]  # only that profile is offered

    answers.answer = None
    assert app.choose_actor(guarded, people["linh"], settings=settings) is None


def test_an_explicit_inactive_profile_is_refused(db: Database, settings: QSettings) -> None:
    anna = users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)
    with db.unit_of_work() as session:
        session.scalars(select(User).where(User.username == "anna")).one().active = False
    with pytest.raises(PermissionDenied, match="no longer active"):
        app.choose_actor(db, anna, settings=settings)


def test_quitting_at_start_up_opens_no_window(
    qapp: QApplication, guarded: Database, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    monkeypatch.setattr(QApplication, "exec", lambda _self: 7)
    QStandardPaths.setTestModeEnabled(True)  # QSettings then writes under ~/.qttest, not the user's config
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}  # other tests' windows
    try:
        answers.answer = None
        assert app.run(guarded) == 0
        assert len(answers.offered) == 1
        opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in before]
        assert not opened
    finally:
        QStandardPaths.setTestModeEnabled(False)
