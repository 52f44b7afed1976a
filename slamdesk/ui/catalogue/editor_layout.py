"""How the catalogue editor is built: the service list, the service's fields, actions and toolbar, the layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..common.i18n import translate
from ..common.widgets import MessageBar
from .fields import CommitTextEdit, line_edit
from .names_editor import NamesTable


def _action(parent: QObject, text: str, shortcut: str | QKeySequence.StandardKey, tip: str, slot: Any) -> QAction:
    action = QAction(text, parent)
    sequence = QKeySequence(shortcut)
    action.setShortcut(sequence)
    action.setToolTip(translate("CatalogueEditor", "{tip} ({shortcut})").format(
        tip=tip, shortcut=sequence.toString(QKeySequence.SequenceFormat.NativeText)))
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


class EditorLayout:
    """How the catalogue editor is built: the service list, the service's fields, actions and toolbar, the layout.

    A mixin of ``CatalogueEditor``; its methods run once, from its ``__init__``.
    """

    def _build_widgets(self) -> None:
        self.search = QLineEdit(placeholderText=translate("CatalogueEditor", "Filter services"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.service_list = QListWidget()
        self.service_list.setSpacing(2)
        self.service_list.setWordWrap(True)
        self.service_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.service_list.currentItemChanged.connect(self._service_chosen)
        self.code = line_edit(160)
        self.name = line_edit()
        self.description = CommitTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(54)
        for edit in (self.code, self.name):
            edit.editingFinished.connect(self.capture)
        self.description.editing_finished.connect(self.capture)
        self.service_names = NamesTable(translate("CatalogueEditor", "Name in other languages"))
        self.service_names.edited.connect(self.capture)
        self.level_tabs = QTabWidget()
        self.level_tabs.setDocumentMode(True)
        self.stale_bar = MessageBar(translate("CatalogueEditor", "&Reload"))
        self.stale_bar.button.setToolTip(translate("CatalogueEditor",
                                                   "Open the service again as stored, dropping your unsaved edits"))
        self.stale_bar.triggered.connect(self.reload_service)

    def _build_actions(self) -> None:
        self.save_action = _action(self, translate("CatalogueEditor", "&Save"), QKeySequence.StandardKey.Save,
                                   translate("CatalogueEditor", "Save the service"), self.save)
        self.undo_action = _action(self, translate("CatalogueEditor", "&Undo"), "Ctrl+Z",
                                   translate("CatalogueEditor", "Undo the last edit"), self.undo)
        self.redo_action = _action(self, translate("CatalogueEditor", "&Redo"), "Ctrl+Shift+Z",
                                   translate("CatalogueEditor", "Redo the edit undone last"), self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda text: self.undo_action.setText(
            translate("CatalogueEditor", "&Undo {action}").format(action=text) if text
            else translate("CatalogueEditor", "&Undo")))
        self.undo_stack.redoTextChanged.connect(lambda text: self.redo_action.setText(
            translate("CatalogueEditor", "&Redo {action}").format(action=text) if text
            else translate("CatalogueEditor", "&Redo")))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        # the toolbar stays short; the Edit menu says what is undone
        self.undo_action.setIconText(translate("CatalogueEditor", "Undo"))
        self.redo_action.setIconText(translate("CatalogueEditor", "Redo"))
        self.new_action = _action(self, translate("CatalogueEditor", "&New service"), "Ctrl+N",
                                  translate("CatalogueEditor", "Start a new service"), self.new_service)
        self.add_level_action = _action(self, translate("CatalogueEditor", "Add &level"), "Ctrl+L",
                                        translate("CatalogueEditor", "Add a level, copied from the one shown"),
                                        self.add_level)
        self.vip_action = _action(self, translate("CatalogueEditor", "Add &VIP level for customer…"), "Ctrl+Shift+L",
                                  translate("CatalogueEditor", "Add a level offered to one customer only"),
                                  self.add_vip_level)
        self.remove_level_action = _action(self, translate("CatalogueEditor", "Re&move level"), "Ctrl+Shift+Delete",
                                           translate("CatalogueEditor", "Remove the level shown"), self.remove_level)
        self.revert_action = _action(self, translate("CatalogueEditor", "Re&vert"), "Ctrl+Shift+R",
                                     translate("CatalogueEditor", "Drop unsaved edits to this service"), self.revert)
        self.close_action = _action(self, translate("CatalogueEditor", "&Close"), "Ctrl+W",
                                    translate("CatalogueEditor", "Close the catalogue"), self.close)
        self.calendars_action = _action(self, translate("CatalogueEditor", "Business-&hours calendars…"), "Ctrl+Shift+H",
                                        translate("CatalogueEditor",
                                                  "The calendars levels are timed in: hours, public holidays, closures"),
                                        self.open_calendars)
        file_menu = self.menuBar().addMenu(translate("CatalogueEditor", "&Service"))
        file_menu.addActions([self.new_action, self.save_action, self.revert_action])
        file_menu.addSeparator()
        file_menu.addAction(self.calendars_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(translate("CatalogueEditor", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_level_action, self.vip_action, self.remove_level_action])
        toolbar = QToolBar(translate("CatalogueEditor", "Catalogue"))
        toolbar.setObjectName("catalogueToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.add_level_action, self.vip_action, self.remove_level_action])
        self.addToolBar(toolbar)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.service_list, 1)
        self.vip_legend = QLabel(translate("CatalogueEditor", "★ has VIP levels for named customers"))
        self.vip_legend.setObjectName("vipLegend")
        self.vip_legend.setStyleSheet("color: #555;")
        left_layout.addWidget(self.vip_legend)
        service_form = QFormLayout()
        service_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        service_form.addRow(translate("CatalogueEditor", "C&ode:"), self.errors.field("code", self.code))
        service_form.addRow(translate("CatalogueEditor", "Na&me:"), self.errors.field("name", self.name))
        service_form.addRow(translate("CatalogueEditor", "&Description:"), self.errors.field("description", self.description))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stale_bar)
        names = QVBoxLayout()  # beside the code, name and description: the name in other languages (its header says so)
        names.addWidget(self.service_names)
        names.addStretch(1)
        self.errors.register("service_names", self.service_names.error)
        fields = QVBoxLayout()
        fields.addLayout(service_form)
        fields.addStretch(1)  # the fields keep their height beside the taller table
        service_row = QHBoxLayout()  # its spacing is its rows' too (a layout's spacing is inherited): left as is
        service_row.addLayout(fields, 3)
        service_row.addSpacing(12)
        service_row.addLayout(names, 2)
        right_layout.addLayout(service_row)
        right_layout.addWidget(self.errors.label("levels"))
        right_layout.addWidget(self.level_tabs, 1)
        right_layout.addWidget(self.errors.general)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 980])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 8)
        self.role_banner = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.role_banner.setObjectName("roleBanner")  # what the person may not do here, and why (core's words)
        self.role_banner.hide()
        layout.addWidget(self.role_banner)
        layout.addWidget(splitter, 1)  # the banner keeps its line's height; the editor takes the rest
        self.setCentralWidget(central)
