"""The service catalogue editor: services on the left, the selected one and its levels on the right.

Every edit is an undo step (Ctrl+Z, Ctrl+Shift+Z) until Save, which hands the
service to ``core``; a refusal is shown beside the field it names and nothing
is stored.
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ...core import catalogue, customers
from ...core.errors import ConcurrencyError, ValidationError
from ...core.monitoring import calendar_library
from .. import operations
from ..common.i18n import translate
from ..common.unsaved import HoldsEdits
from ..common.widgets import (
    STATUS_MS,
    FieldErrors,
    ToolWindowKeys,
    ask_unsaved,
    stale_text,
    unless_unsaved,
)
from ..context import AppContext
from ..operations import Area, Changed
from .calendars_window import CalendarsWindow
from .catalogue_commands import (
    DraftCommand,
    LevelDraft,
    ServiceDraft,
    new_level,
)
from .editor_layout import EditorLayout
from .editor_roles import EditorRoles
from .fields import show_text
from .level_form import LevelForm, VipLevelDialog
from .names_editor import names_input

SERVICE_FIELDS = ("code", "name", "description", "service_names", "levels")
LEVEL_FIELDS = frozenset({
    "level_name", "level_names", "coverage", "availability_pct", "availability_period", "internal_availability_pct",
    "internal_buffer_pct", "min_units", "currency", "fixed_fee", "unit", "monthly_fee", "value_unit",
    "value_price", "targets", "internal_targets", "bands", "variants", "commitments",
})


class CatalogueEditor(HoldsEdits, ToolWindowKeys, EditorRoles, EditorLayout, QMainWindow):
    """Services and their levels, with undo and redo until saved.

    Open with ``CatalogueEditor(context).show()``.

    Attributes:
        undo_stack: one step per edit since the service was opened or saved.
        state: the selected service as edited (a ``ServiceDraft``), or None.
        forms: level key -> its form, in tab order.
        service_names: the service's name in other languages (a ``NamesTable``).
        errors: labels beside the service's code, name, names in other languages and description; ``general`` for
            the rest.
        stale_bar: above the service's fields, says a save was refused because someone saved the service
            since it was opened, with Reload (the edits stay on screen until then).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(translate("CatalogueEditor", "Service catalogue — slamdesk"))
        self.context = context
        self.state: ServiceDraft | None = None
        self.forms: dict[int, LevelForm] = {}
        self.dialog: VipLevelDialog | None = None
        self.unsaved_box: QMessageBox | None = None  # Save / Discard / Cancel, while it is asked
        self._showing = False
        self._customers = customers.list_customers(context.db)
        self._calendars = calendar_library.list_calendars(context.db)
        self.calendars_window: CalendarsWindow | None = None
        self.undo_stack = QUndoStack(self)
        self.errors = FieldErrors()
        self._build_widgets()
        self._build_actions()
        self._lay_out()
        self.keep_role_defaults()  # before a service is shown, which may hold it still
        context.changed.connect(self._on_changed)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.undo_stack.indexChanged.connect(lambda _index: self._clear_errors())
        self.resize(1280, 800)
        self.reload_services()
        self.install_close_keys()
        self.apply_role()
        context.actor_changed.connect(self.actor_changed)

    # The list of services

    def reload_services(self, select_id: int | None = None) -> None:
        self.service_list.blockSignals(True)
        self.service_list.clear()
        for service in catalogue.list_services(self.context.db):
            vip = sum(1 for level in service.levels if level.vip)
            levels = ", ".join(level.name for level in service.levels)
            item = QListWidgetItem(f"{service.name} ({service.code})" + ("  ★" if vip else ""))
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            tip = [service.description, translate("CatalogueEditor", "Levels: {levels}").format(levels=levels)]
            if vip:
                tip.append(translate("CatalogueEditor", "★ %n VIP level(s) for named customers", None, vip))
            item.setToolTip("\n".join(tip))
            self.service_list.addItem(item)
            if service.id == select_id:
                self.service_list.setCurrentItem(item)
        self.service_list.blockSignals(False)
        self._filter(self.search.text())
        if self.service_list.currentItem() is None and self.service_list.count() and self.state is None:
            self.service_list.setCurrentRow(0)
        elif self.service_list.currentItem() is not None and (self.state is None or self.state.id != select_id):
            self._service_chosen(self.service_list.currentItem(), None)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.service_list.count()):
            item = self.service_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    @property
    def dirty(self) -> bool:
        return self.state is not None and (self.state.id is None or not self.undo_stack.isClean())

    def _service_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        service_id = current.data(Qt.ItemDataRole.UserRole)
        if self.state is not None and self.state.id == service_id:
            return
        self.capture()
        if self.dirty:  # the edited service stays chosen until its edits are saved or dropped
            self.service_list.blockSignals(True)
            self.service_list.setCurrentItem(previous)
            self.service_list.blockSignals(False)
            self.unsaved_box = unless_unsaved(self, self._edited_name(), True, self.save,
                                              lambda: self._switch_to(service_id))
            return
        self.open_service(service_id)

    def _switch_to(self, service_id: int) -> None:
        if self.dirty:  # dropped
            self.state = None
            self.undo_stack.clear()
        for row in range(self.service_list.count()):
            if self.service_list.item(row).data(Qt.ItemDataRole.UserRole) == service_id:
                self.service_list.setCurrentRow(row)
                return

    def _edited_name(self) -> str:
        if self.state and self.state.name:
            return translate("CatalogueEditor", "The service “{name}”").format(name=self.state.name)
        return translate("CatalogueEditor", "The new service")

    def say(self, text: str) -> None:
        """A message about the catalogue: on this window's own status line, and the main window's."""
        self.statusBar().showMessage(text, STATUS_MS)
        self.context.message.emit(text)

    # HoldsEdits: asked before the application quits or the acting profile changes

    def unsaved_edits(self) -> str | None:
        self.capture()
        return self._edited_name() if self.dirty else None

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self.revert()

    def open_service(self, service_id: int) -> None:
        info = catalogue.get_service(self.context.db, service_id)
        self._start(ServiceDraft.of(info))

    def select_service_code(self, code: str) -> None:
        service = next(s for s in catalogue.list_services(self.context.db) if s.code == code)
        for row in range(self.service_list.count()):
            if self.service_list.item(row).data(Qt.ItemDataRole.UserRole) == service.id:
                self.service_list.setCurrentRow(row)

    def _start(self, draft: ServiceDraft) -> None:
        self.undo_stack.clear()
        self.errors.clear()
        self.stale_bar.clear()
        self.show_draft(draft)
        self.undo_stack.setClean()
        self.level_tabs.setCurrentIndex(0)
        self._update_title()

    # Showing and capturing the draft

    def show_draft(self, draft: ServiceDraft) -> None:
        """Make ``draft`` the edited service and show it (undo steps call this)."""
        self._showing = True
        try:
            self.state = draft
            show_text(self.code, draft.code)
            show_text(self.name, draft.name)
            self.service_names.set_names(draft.names)
            if self.description.toPlainText() != draft.description:
                self.description.setPlainText(draft.description)
            keys = [level.key for level in draft.levels]
            if keys != list(self.forms):
                self._rebuild_tabs(draft)
            for index, level in enumerate(draft.levels):
                self.forms[level.key].show_draft(level)
                self.level_tabs.setTabText(index, level.title)
                self.level_tabs.setTabToolTip(index, self._customer_name(level.customer_id))
        finally:
            self._showing = False
        self.remove_level_action.setEnabled(len(draft.levels) > 1)
        self._update_title()
        self.apply_role()

    def _customer_name(self, customer_id: int | None) -> str:
        if customer_id is None:
            return translate("CatalogueEditor", "Standard level, offered to every customer")
        name = next((c.name for c in self._customers if c.id == customer_id), "")
        return translate("CatalogueEditor", "VIP level for {customer}").format(customer=name)

    def _rebuild_tabs(self, draft: ServiceDraft) -> None:
        current = self.current_level_key()
        old = self.forms
        self.forms = {}
        self.level_tabs.clear()
        for level in draft.levels:
            form = old.pop(level.key, None)
            if form is None:
                form = LevelForm(self._customers, self.capture, self._calendars)
                form.calendars_button.clicked.connect(self.open_calendars)
            self.forms[level.key] = form
            self.level_tabs.addTab(form, level.title)
        for form in old.values():
            form.deleteLater()
        if current in self.forms:
            self.level_tabs.setCurrentWidget(self.forms[current])

    def current_level_key(self) -> int | None:
        widget = self.level_tabs.currentWidget()
        return next((key for key, form in self.forms.items() if form is widget), None)

    def form_of(self, level_name: str) -> LevelForm:
        """The form of the level called ``level_name`` (made current)."""
        assert self.state is not None
        level = next(level for level in self.state.levels if level.name == level_name)
        self.level_tabs.setCurrentWidget(self.forms[level.key])
        return self.forms[level.key]

    def capture(self) -> None:
        """Turn what the fields show into an undo step, if it differs from the draft."""
        if self._showing or self.state is None:
            return
        state = self.state
        after = ServiceDraft(
            state.id, state.row_version, self.code.text(), self.name.text(), self.description.toPlainText(),
            tuple(self.forms[level.key].read(level) for level in state.levels), self.service_names.names(),
        )
        self._push(after)

    def _push(self, after: ServiceDraft) -> None:
        if self.state is not None and after != self.state:
            self.undo_stack.push(DraftCommand(self.show_draft, self.state, after))

    def _clear_errors(self) -> None:
        """An undo or redo shows other values: no message about the ones before stays beside them."""
        if shiboken6.isValid(self.undo_stack):
            self.errors.clear()
            for form in self.forms.values():
                form.clear_errors()

    def _update_title(self) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return  # the window is being destroyed: its undo stack, clearing itself, says it is clean again
        name = self.state.name if self.state and self.state.name else (
            translate("CatalogueEditor", "New service") if self.state else "")
        star = "*" if self.dirty else ""
        self.setWindowTitle(star + translate("CatalogueEditor", "{service} — service catalogue — slamdesk").format(service=name)
                            if name else translate("CatalogueEditor", "Service catalogue — slamdesk"))

    # Editing

    def undo(self) -> None:
        self.capture()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def new_service(self) -> None:
        self.capture()
        if self.dirty:
            self.errors.show_general(translate(
                "CatalogueEditor", "Save (Ctrl+S) or revert (Ctrl+Shift+R) the changes to this service first."))
            return
        self.service_list.blockSignals(True)
        self.service_list.clearSelection()
        self.service_list.setCurrentItem(None)
        self.service_list.blockSignals(False)
        self._start(ServiceDraft(id=None, row_version=0))
        self.code.setFocus()

    def add_level(self) -> None:
        self.capture()
        if self.state is None:
            return
        key = self.current_level_key()
        base = self.state.levels[self.state.level_index(key)] if key is not None else new_level()
        level = base.copy(name=translate("CatalogueEditor", "{level} (copy)").format(level=base.name), customer_id=None)
        self._push_level(level)

    def _push_level(self, level: LevelDraft) -> None:
        assert self.state is not None
        self._push(replace(self.state, levels=(*self.state.levels, level)))
        self.level_tabs.setCurrentWidget(self.forms[level.key])
        self.forms[level.key].name.setFocus()

    def add_vip_level(self) -> VipLevelDialog | None:
        self.capture()
        if self.state is None:
            return None
        dialog = VipLevelDialog(self, self.state, self._customers, self.current_level_key())
        dialog.accepted.connect(lambda: dialog.level and self._push_level(dialog.level))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_calendars(self) -> CalendarsWindow:
        """The business-hours calendars, in a window of their own (kept until closed)."""
        if self.calendars_window is None:
            self.calendars_window = CalendarsWindow(self.context, self)
            self.calendars_window.finished.connect(lambda _result: self._calendars_closed())
        self.calendars_window.show()
        self.calendars_window.raise_()
        self.calendars_window.activateWindow()
        return self.calendars_window

    def _calendars_closed(self) -> None:
        self.calendars_window = None
        self.refresh_calendars()

    def _on_changed(self, changed: Changed) -> None:
        if changed.about(Area.CATALOGUE):
            self.refresh_calendars()

    def refresh_calendars(self) -> None:
        """What the levels' Calendar fields offer and say, after the calendars changed."""
        listed = operations.query(self, self.context, lambda: calendar_library.list_calendars(self.context.db),
                                  what=translate("CatalogueEditor", "Business-hours calendars"), in_place=True)
        self._calendars = listed.value or []
        for form in self.forms.values():
            form.set_calendars(self._calendars)

    def remove_level(self) -> None:
        self.capture()
        key = self.current_level_key()
        if self.state is None or key is None or len(self.state.levels) < 2:
            return
        levels = tuple(level for level in self.state.levels if level.key != key)
        self._push(replace(self.state, levels=levels))

    def reload_service(self) -> None:
        """Open the edited service again as stored (after a refused stale save); its unsaved edits are dropped."""
        if self.state is not None and self.state.id is not None:
            self.open_service(self.state.id)
            self.reload_services(select_id=self.state.id)

    def revert(self) -> None:
        if self.state is None:
            return
        if self.state.id is None:
            self.state = None
            self.undo_stack.clear()
            self.reload_services()
            return
        self.open_service(self.state.id)

    # Saving

    def save(self) -> bool:
        """Check each level with ``core``, then store the service; a refusal goes beside its field."""
        self.capture()
        if self.state is None:
            return False
        state = self.state
        self.errors.clear()
        self.stale_bar.clear()
        for form in self.forms.values():
            form.clear_errors()
        levels = []
        for level in state.levels:
            checked = operations.query(self, self.context, lambda level=level: _checked(level),
                                       what=translate("CatalogueEditor", "Save"),
                                       in_place=True)
            if isinstance(checked.error, ValidationError):
                self._refuse_level(level.key, checked.error)
                return False
            assert checked.value is not None
            levels.append(checked.value)
        db, actor = self.context.db, self.context.actor

        names = names_input(state.names)

        def store() -> catalogue.ServiceInfo:
            if state.id is None:
                return catalogue.add_service(db, actor, code=state.code, name=state.name,
                                             description=state.description, levels=levels, names=names)
            return catalogue.update_service(db, actor, state.id, row_version=state.row_version, code=state.code,
                                            name=state.name, description=state.description, levels=levels,
                                            names=names)

        done = operations.change(
            self, self.context, store, what=translate("CatalogueEditor", "Save service"),
            changed=Changed(Area.CATALOGUE, str(state.id or "")), fields=_ServiceFields(self),
            stale=lambda error: self.stale_bar.say(stale_text(error, translate("CatalogueEditor", "this service"))),
            say=self.say,
        )
        saved = done.value
        if saved is None:
            if isinstance(done.error, (ValidationError, ConcurrencyError)):  # shown beside a field or in the bar
                self.say(translate("CatalogueEditor", "Save: not done. {reason}").format(reason=done.error))
            return False
        current = self.level_tabs.currentIndex()
        self._start(ServiceDraft.of(saved))
        self.level_tabs.setCurrentIndex(min(current, self.level_tabs.count() - 1))
        self.reload_services(select_id=saved.id)
        count = len(saved.levels)  # lupdate reads a numbered text whose number is a plain name
        self.say(translate("CatalogueEditor", "Service {code} saved with %n level(s)", None, count).format(code=saved.code))
        return True

    def _refuse_level(self, key: int, error: ValidationError) -> None:
        form = self.forms[key]
        self.level_tabs.setCurrentWidget(form)
        form.show_error(error)
        self.say(translate("CatalogueEditor", "Save: not done. {reason}").format(reason=error))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.capture()
        if self.dirty:
            self.unsaved_box = ask_unsaved(self, self._edited_name(), self._close_answer)
            event.ignore()
            return
        super().closeEvent(event)

    def _close_answer(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            self.state = None
            self.undo_stack.clear()
            self.close()


def _checked(level: LevelDraft) -> catalogue.LevelInput:
    """A level as typed, read and checked by core (a ``ValidationError`` names the field)."""
    level_input = level.to_input()
    catalogue.check_level(level_input)
    return level_input


class _ServiceFields:
    """Where a refused save of a service is shown: a level's field on the open level's tab, any other beside it."""

    def __init__(self, window: CatalogueEditor) -> None:
        self.window = window

    def show(self, error: ValidationError) -> None:
        key = self.window.current_level_key()
        if error.field in LEVEL_FIELDS and key is not None:
            self.window._refuse_level(key, error)
        else:
            self.window.errors.show(error)

    def clear(self) -> None:
        """Cleared by the save before it runs."""
