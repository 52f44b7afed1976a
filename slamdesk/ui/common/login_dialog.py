"""The start-up dialog: choose the local profile to act as, with its passphrase if it has one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import users
from ...core.db import Database
from ...core.roles import Actor
from .. import operations
from .formatting import role_name
from .i18n import translate
from .widgets import ErrorLabel

LAST_PROFILE_KEY = "login/last_profile"


class LoginDialog(QDialog):
    """Lists the local profiles; OK checks the passphrase through ``core.users.login``.

    The last profile chosen is remembered in ``settings`` and preselected next
    time. A wrong passphrase is shown beside its field and the dialog stays open.

    Also how one step is handed to another person (``purpose`` says which step,
    ``remember=False`` leaves the start-up choice alone): the wizard lists only
    the profile that must act, and acts as the ``actor`` this dialog returns.

    Attributes:
        profiles: the tree of profiles (name, role), one row per ``users.Profile``.
        passphrase: the passphrase field; its row is shown only for a profile that has one.
        passphrase_error: the message beside the passphrase field.
        error: a message about the profile itself (e.g. deactivated meanwhile).
        actor: the chosen, checked ``Actor`` once the dialog was accepted; else None.
    """

    def __init__(
        self,
        db: Database,
        profiles: Sequence[users.Profile],
        *,
        preferred: Actor | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        purpose: str | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.remember = remember
        self.actor: Actor | None = None
        self._profiles = list(profiles)
        self.setWindowTitle(translate("LoginDialog", "slamdesk: choose your profile") if purpose is None
                            else translate("LoginDialog", "slamdesk: sign in to act"))
        self.setMinimumWidth(600)

        self.intro = QLabel(
            purpose or translate("LoginDialog", "Who is working? Choose your profile; a profile with a passphrase asks for it."),
            wordWrap=True,
        )
        self.intro.setObjectName("loginPurpose")

        self.profiles = QTreeWidget()
        self.profiles.setObjectName("profiles")
        self.profiles.setHeaderLabels([translate("LoginDialog", "Profile"), translate("LoginDialog", "Role"),
                                       translate("LoginDialog", "Passphrase")])
        self.profiles.setRootIsDecorated(False)
        self.profiles.setUniformRowHeights(True)
        self.profiles.setAlternatingRowColors(True)
        self.profiles.setAllColumnsShowFocus(True)
        self.profiles.setStyleSheet("QTreeView::item { padding: 4px 12px 4px 0px; }")
        self.profiles.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.profiles.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        header = self.profiles.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for profile in self._profiles:
            actor = profile.actor
            required = translate("LoginDialog", "required") if profile.has_passphrase else ""
            item = QTreeWidgetItem([actor.display_name, role_name(actor.role), required])
            item.setData(0, Qt.ItemDataRole.UserRole, actor.username)
            item.setToolTip(0, f"{actor.display_name} ({actor.username})")
            self.profiles.addTopLevelItem(item)
        self.profiles.itemDoubleClicked.connect(lambda *_: self.accept())
        # Tall enough for every profile (up to ten; more scroll), so showing the
        # passphrase row grows the dialog instead of squeezing the list.
        self.profiles.ensurePolished()
        shown_rows = max(2, min(len(self._profiles), 10))
        self.profiles.setMinimumHeight(
            header.sizeHint().height() + shown_rows * max(self.profiles.sizeHintForRow(0), 1) + 2 * self.profiles.frameWidth()
        )

        self.error = ErrorLabel()
        self.error.setObjectName("profileError")
        self.error.hide()

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textEdited.connect(lambda _text: self.passphrase_error.show_message(""))
        self.passphrase_error = ErrorLabel()
        self.passphrase_error.setObjectName("passphraseError")
        self.passphrase_error.setMinimumWidth(180)
        self.passphrase_label = QLabel(translate("LoginDialog", "&Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.passphrase_row = QWidget()
        row = QHBoxLayout(self.passphrase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.passphrase_label)
        row.addWidget(self.passphrase, 3)
        row.addWidget(self.passphrase_error, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("LoginDialog", "Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("LoginDialog", "Quit") if purpose is None else translate("LoginDialog", "Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.profiles, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.passphrase_row)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

        self.profiles.currentItemChanged.connect(lambda *_: self._profile_changed())
        self._select(self._initial_username(preferred))
        self._profile_changed()

    # Choosing

    def _initial_username(self, preferred: Actor | None) -> str | None:
        remembered = self.settings.value(LAST_PROFILE_KEY, None)
        known = {profile.actor.username for profile in self._profiles}
        for candidate in (remembered, preferred.username if preferred else None):
            if isinstance(candidate, str) and candidate in known:
                return candidate
        return self._profiles[0].actor.username if self._profiles else None

    def _select(self, username: str | None) -> None:
        for index in range(self.profiles.topLevelItemCount()):
            item = self.profiles.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == username:
                self.profiles.setCurrentItem(item)
                return

    def selected_profile(self) -> users.Profile | None:
        item = self.profiles.currentItem()
        if item is None:
            return None
        username = item.data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self._profiles if p.actor.username == username), None)

    def _profile_changed(self) -> None:
        profile = self.selected_profile()
        needs = profile is not None and profile.has_passphrase
        self.passphrase.clear()
        self.passphrase_error.show_message("")
        self._say("")
        self.passphrase_row.setVisible(needs)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(profile is not None)
        (self.passphrase if needs else self.profiles).setFocus()

    # Signing in

    def accept(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        self._say("")
        self.passphrase_error.show_message("")
        text = self.passphrase.text() if profile.has_passphrase else None
        if profile.has_passphrase and not text:
            self._refuse(translate("LoginDialog", "Enter your passphrase."))
            return
        signed_in = operations.query(self, None, lambda: users.login(self.db, profile.actor.username, text),
                                     what=translate("LoginDialog", "Sign in"), in_place=True)
        actor = signed_in.value
        if actor is None:
            said = _sentence(str(signed_in.error))
            if profile.has_passphrase:
                self._refuse(said)
            else:
                self._say(said)
            return
        self.passphrase.clear()
        self.actor = actor
        if self.remember:
            self.settings.setValue(LAST_PROFILE_KEY, actor.username)
            self.settings.sync()
        super().accept()

    def _say(self, message: str) -> None:
        """A message about the profile itself, under the list; hidden while empty."""
        self.error.show_message(message)
        self.error.setVisible(bool(message))

    def _refuse(self, message: str) -> None:
        self.passphrase_error.show_message(message)
        self.passphrase.clear()
        self.passphrase.setFocus()


def _sentence(message: str) -> str:
    message = message[:1].upper() + message[1:]
    return message if message.endswith(".") else message + "."
