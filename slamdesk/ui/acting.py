"""Acting as another profile from the main window's toolbar: the list of profiles, the passphrase asked of
one that has it, and unsaved edits in open editors saved or dropped first (a mixin of ``MainWindow``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from .common.i18n import translate

if TYPE_CHECKING:  # the main window's frame paints before any of these loads
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QMessageBox

    from ..core.register import RegisterRow
    from ..core.roles import Actor
    from .common.login_dialog import LoginDialog
    from .context import AppContext
    from .register.register_view import RegisterPanel


class ActingProfile(QMainWindow):
    """The "Acting as" list (``acting``) and switching to another profile."""

    context: AppContext
    settings: QSettings
    register: RegisterPanel
    acting: QComboBox
    login_dialog: LoginDialog | None
    unsaved_box: QMessageBox | None
    new_action: QAction

    def _follow_row(self, row: RegisterRow | None) -> None:  # the main window's
        raise NotImplementedError

    def _make_acting_combo(self) -> QComboBox:
        from PySide6.QtWidgets import QComboBox

        from ..core import users
        from .common.formatting import role_name

        combo = QComboBox()
        combo.setObjectName("actingAs")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._actors = {actor.username: actor for actor in users.list_actors(self.context.db)}
        for actor in self._actors.values():
            combo.addItem(f"{actor.display_name} ({role_name(actor.role).lower()})", actor.username)
            if actor == self.context.actor:
                combo.setCurrentIndex(combo.count() - 1)
        combo.currentIndexChanged.connect(lambda: self._switch_actor(combo.currentData()))
        return combo

    def _switch_actor(self, username: str) -> None:
        """Act as another profile; one with a passphrase must give it first. Unsaved edits in open editors
        are saved (as the person who typed them) or dropped first, or the switch is cancelled."""
        from .common.unsaved import before_leaving, editors_with_unsaved_edits

        if username == self.context.actor.username:
            return
        other = self._actors[username].display_name
        self.unsaved_box = before_leaving(self, translate("MainWindow", "acting as {name}").format(name=other),
                                          editors_with_unsaved_edits(self),
                                          lambda: self._switch_actor_now(username), self._stay_as_we_were)

    def _switch_actor_now(self, username: str) -> None:
        from ..core import users
        from .common.login_dialog import LoginDialog

        profile = next((p for p in users.list_profiles(self.context.db) if p.actor.username == username), None)
        if profile is None or not profile.has_passphrase:
            self.set_actor(self._actors[username])
            return
        dialog = LoginDialog(self.context.db, [profile], preferred=profile.actor, settings=self.settings, parent=self)
        dialog.finished.connect(lambda _result: self._switched(dialog))
        self.login_dialog = dialog
        dialog.open()

    def _switched(self, dialog: LoginDialog) -> None:
        if dialog.actor is not None:
            self.set_actor(dialog.actor)
        else:  # not confirmed: stay who we were
            self._stay_as_we_were()
        dialog.deleteLater()
        self.login_dialog = None

    def _stay_as_we_were(self) -> None:
        self.acting.blockSignals(True)
        self.acting.setCurrentIndex(self.acting.findData(self.context.actor.username))
        self.acting.blockSignals(False)

    def set_actor(self, actor: Actor) -> None:
        from .common.formatting import role_name

        self.context.set_actor(actor)
        self.register.saved.set_actor(actor)
        self.context.message.emit(translate("MainWindow", "Acting as {name} ({role})").format(
            name=actor.display_name, role=role_name(actor.role).lower()))
        self._follow_row(self.register.selected_row())  # what this person may do differs
        self.allow_new()

    def allow_new(self) -> None:
        """New agreement is on for a person who may draft; for another it is off with core's reason as its tooltip."""
        from ..core.drafting import why_not_draft

        refused = why_not_draft(self.context.actor)
        self.new_action.setEnabled(refused is None)
        self.new_action.setToolTip(refused or self.new_action.statusTip())

