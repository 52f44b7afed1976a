"""Who may edit the catalogue: a person whose role may not reads it, told why before anything is typed (a mixin of
``CatalogueEditor``; the refusal is core's, ``catalogue.why_not_edit``, the words a save would be refused with)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QTabWidget

from ...core import catalogue
from ..common.i18n import translate
from ..common.widgets import hold_still, set_read_only
from ..context import AppContext


class EditorRoles:
    """``apply_role`` after each service shown; ``actor_changed`` when another person acts."""

    context: AppContext
    role_banner: QLabel
    code: QLineEdit
    name: QLineEdit
    description: QPlainTextEdit
    service_names: Any  # a NamesTable
    level_tabs: QTabWidget
    forms: dict[int, Any]
    undo_stack: QUndoStack
    state: Any
    save_action: QAction
    new_action: QAction
    add_level_action: QAction
    vip_action: QAction
    remove_level_action: QAction
    revert_action: QAction
    undo_action: QAction
    redo_action: QAction

    @property
    def dirty(self) -> bool:
        raise NotImplementedError

    def show_draft(self, draft: Any) -> None:
        raise NotImplementedError

    def keep_role_defaults(self) -> None:
        """What the steps and the names table are for a person who may edit, to give back when one takes over."""
        self._name_edits = self.service_names.table.editTriggers()
        self._tips = {action: action.toolTip() for action in self._changing_actions()}

    def _changing_actions(self) -> tuple[QAction, ...]:
        return (self.save_action, self.new_action, self.add_level_action, self.vip_action, self.remove_level_action,
                self.revert_action, self.undo_action, self.redo_action)

    @property
    def role_refusal(self) -> str | None:
        """Why the acting person may not edit the catalogue (core's refusal, as a save would give it), or None."""
        return catalogue.why_not_edit(self.context.actor)

    def apply_role(self) -> None:
        """A person who may not edit the catalogue reads it: the fields take no edit, the steps that change it
        are off with the reason in their tooltip, and a line above says why, before anything is typed."""
        refused = self.role_refusal
        self.role_banner.setVisible(refused is not None)
        if refused is None:
            return
        self.role_banner.setText(translate("CatalogueEditor", "<b>Read-only:</b> {reason}.").format(reason=refused))
        for action in self._changing_actions():
            action.setEnabled(False)
            action.setToolTip(refused)
        for field in (self.code, self.name, self.description):
            set_read_only(field, True)
        hold_still(self.service_names)
        for form in self.forms.values():
            hold_still(form)

    def actor_changed(self, _actor: object = None) -> None:
        """Another person acts: the service is shown again, in fresh forms, as they may use it (unsaved edits
        were saved or dropped when the switch asked)."""
        if self.dirty or self.state is None:
            return
        for form in self.forms.values():
            form.deleteLater()
        self.forms = {}
        self.level_tabs.clear()
        editable = self.role_refusal is None
        for field in (self.code, self.name, self.description):
            set_read_only(field, not editable)
        self.service_names.table.setEditTriggers(
            self._name_edits if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        for action, tip in self._tips.items():
            action.setToolTip(tip)
        for action in (self.save_action, self.new_action, self.add_level_action, self.vip_action, self.revert_action):
            action.setEnabled(editable)
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())
        self.show_draft(self.state)  # its forms made again, the remove-level step set by the draft
