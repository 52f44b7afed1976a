"""The user's saved filters: pick one to apply it, save the current view under a name, delete one.

They are kept per user by ``core.saved_filters``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...core import saved_filters
from ...core.db import Database
from ...core.register import RegisterFilter
from ...core.roles import Actor
from .. import operations
from ..common.dialogs import UseCaseDialog
from ..common.filters import buddy_label
from ..common.i18n import translate


def _native(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class SaveFilterDialog(UseCaseDialog):
    """Name the current view; the name is checked by ``core`` and refusals appear beside it."""

    def __init__(self, parent: QWidget | None, suggested: str, existing: Sequence[str]) -> None:
        super().__init__(
            parent,
            title=translate("SaveFilterDialog", "Save filter"),
            intro=translate(
                "SaveFilterDialog", "Keep the current search, filters and sort order under a name, to pick again later "
                "from the Saved list. Saving under a name you already use replaces that filter."
            ),
            ok_text=translate("SaveFilterDialog", "Save"),
        )
        self.setMinimumWidth(560)
        self.name = QLineEdit(suggested)
        self.name.setMaxLength(saved_filters.MAX_NAME + 20)  # core says why beyond MAX_NAME
        self.name.setPlaceholderText(translate("SaveFilterDialog", "e.g. Gold agreements ending this quarter"))
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 24)
        self.name.selectAll()
        completer = QCompleter(list(existing), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(completer)
        self.add_field("name", translate("SaveFilterDialog", "&Name:"), self.name)


class SavedFilters(QWidget):
    """The user's saved filters: pick one to apply it, save the current view, delete the chosen one.

    Signals:
        chosen: a saved filter's ``RegisterFilter`` was picked.

    Attributes:
        combo: the saved filters, by name (the first entry stands for "none chosen").
        save_action, delete_action: also in the Register menu, with shortcuts.
        dialog: the open save dialog; confirm: the open delete question (tests answer them).
    """

    chosen = Signal(object)
    changed = Signal()  # the list of saved filters changed
    message = Signal(str)  # what was just done, for the status bar

    def __init__(
        self, db: Database, actor: Actor | None, current: Callable[[], RegisterFilter], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._current = db, actor, current
        self._saved: list[saved_filters.SavedFilter] = []
        self.dialog: SaveFilterDialog | None = None
        self.confirm: QMessageBox | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("savedFilters")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(2)
        self.combo.setToolTip(translate("SavedFilters", "Your saved filters: pick one to show that view again"))
        self.save_action = QAction(translate("SavedFilters", "&Save filter…"), self)
        self.save_action.setObjectName("action_save_filter")
        self.save_action.setShortcut(QKeySequence("Ctrl+D"))
        self.save_action.setStatusTip(translate("SavedFilters", "Keep the current search, filters and sort order under a name"))
        self.save_action.setToolTip(translate(
            "SavedFilters", "Save the current search, filters and sort under a name ({shortcut})").format(
                shortcut=_native(self.save_action)))
        self.save_action.triggered.connect(self.ask_save)
        self.delete_action = QAction(translate("SavedFilters", "&Delete saved filter…"), self)
        self.delete_action.setObjectName("action_delete_filter")
        self.delete_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.delete_action.setStatusTip(translate("SavedFilters", "Forget the saved filter chosen in the Saved list"))
        self.delete_action.setToolTip(translate("SavedFilters", "Delete the chosen saved filter ({shortcut})").format(
            shortcut=_native(self.delete_action)))
        self.delete_action.triggered.connect(self.ask_delete)
        save_button, delete_button = QToolButton(), QToolButton()
        self.save_action.setIconText(translate("SavedFilters", "Save…"))
        self.delete_action.setIconText(translate("SavedFilters", "Delete"))
        save_button.setDefaultAction(self.save_action)
        delete_button.setDefaultAction(self.delete_action)
        self._buttons = (save_button, delete_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(translate("SavedFilters", "Save&d:"), self.combo))
        layout.addWidget(self.combo, 1)
        layout.addWidget(save_button)
        layout.addWidget(delete_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(self._picked)
        self.combo.currentIndexChanged.connect(self._update_actions)
        self.reload()

    # The list

    @property
    def names(self) -> list[str]:
        return [saved.name for saved in self._saved]

    def set_actor(self, actor: Actor) -> None:
        """Another user acts: show their saved filters."""
        self._actor = actor
        self.reload()

    def reload(self, select: str = "") -> None:
        self._saved = saved_filters.list_saved_filters(self._db, self._actor) if self._actor is not None else []
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(translate("SavedFilters", "Choose…") if self._saved else translate("SavedFilters", "None yet"), None)
        for saved in self._saved:
            self.combo.addItem(saved.name, saved.name)
        self.combo.setCurrentIndex(max(self.combo.findData(select), 0) if select else 0)
        self.combo.blockSignals(False)
        self.save_action.setEnabled(self._actor is not None)
        self._update_actions()
        self.changed.emit()

    def selected(self) -> saved_filters.SavedFilter | None:
        name = self.combo.currentData()
        return next((saved for saved in self._saved if saved.name == name), None)

    def follow(self, criteria: RegisterFilter) -> None:
        """Keep the chosen name only while the view is still exactly that saved filter."""
        chosen = self.selected()
        if chosen is not None and chosen.criteria != criteria:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(0)
            self.combo.blockSignals(False)
            self._update_actions()

    def apply(self, name: str) -> bool:
        """Choose saved filter ``name`` as if picked from the list."""
        index = self.combo.findData(name)
        if index <= 0:
            return False
        self.combo.setCurrentIndex(index)
        self._picked(index)
        return True

    def _picked(self, index: int) -> None:
        saved = self.selected() if index > 0 else None
        if saved is not None:
            self.chosen.emit(saved.criteria)

    def _update_actions(self) -> None:
        chosen = self.selected()
        self.delete_action.setEnabled(chosen is not None)
        self.combo.setToolTip(
            translate("SavedFilters", "Saved filter “{name}” is shown").format(name=chosen.name) if chosen
            else translate("SavedFilters", "Your saved filters: pick one to show that view again")
        )

    # Saving and deleting

    def ask_save(self) -> SaveFilterDialog | None:
        if self._actor is None:
            return None
        chosen = self.selected()
        dialog = SaveFilterDialog(self.window(), chosen.name if chosen else "", self.names)
        db, actor, criteria = self._db, self._actor, self._current()
        dialog.on_submit(lambda: saved_filters.save_filter(db, actor, dialog.name.text(), criteria))
        dialog.accepted.connect(lambda: self._saved_as(dialog.name.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved_as(self, name: str) -> None:
        kept = saved_filters.check_name(name)
        match = next((n for n in self.names if n.casefold() == kept.casefold()), None)
        self.reload()
        self.combo.setCurrentIndex(max(self.combo.findData(kept), 0))
        self._update_actions()
        self.message.emit((translate("SavedFilters", "Filter “{name}” replaced") if match
                           else translate("SavedFilters", "Filter “{name}” saved")).format(name=kept))

    def ask_delete(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None or self._actor is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("SavedFilters", "Delete saved filter"),
            translate("SavedFilters", "Delete the saved filter “{name}”? The register view itself stays as it is.").format(
                name=chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window(),
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(translate("SavedFilters", "&Delete"))
        yes.clicked.connect(lambda: self.delete(chosen.name))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "confirm", None))
        self.confirm = box
        box.open()
        return box

    def delete(self, name: str) -> bool:
        if self._actor is None:
            return False
        actor = self._actor
        deleted = operations.change(self.window(), None, lambda: saved_filters.delete_saved_filter(self._db, actor, name),
                                    what=translate("SavedFilters", "Delete saved filter"), changed=None,
                                    say=self.message.emit)
        self.reload()
        if deleted:
            self.message.emit(translate("SavedFilters", "Saved filter “{name}” deleted").format(name=name))
        return bool(deleted)
