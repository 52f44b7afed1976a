"""How the requirements editor is built: header fields, the rows table, actions and toolbar, the layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core import catalogue
from ...core.catalogue import COVERAGE_OPTIONS
from ..common.i18n import translate
from ..common.widgets import Banner, ComboDelegate, ErrorLabel, MessageBar
from .rows_model import FIELD_OF, READ_ONLY_STYLE, WIDTHS, Column, no_service

NEED_ROOM = 160  # the width the Need column keeps at least when the window is sized to its headers


def _action(parent: QWidget, text: str, shortcut: str, tip: str, slot: Any) -> QAction:
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


class EditorLayout:
    """How the requirements editor is built: header fields, the rows table, actions and toolbar, the layout.

    A mixin of ``RequirementsEditor``; its methods run once, from its ``__init__``.
    """

    def _build_header(self) -> None:
        self.customer = QLabel()
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.title_edit = QLineEdit(placeholderText=translate("RequirementsEditor", "e.g. Fleet expansion 2027"))
        self.tax_rate = QLineEdit()
        self.tax_rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tax_rate.setMaximumWidth(80)
        self.tax_rate.setToolTip(translate("RequirementsEditor", "Tax (e.g. VAT) added to the monthly price, in percent"))
        self.title_edit.textEdited.connect(self._on_edited)
        self.tax_rate.textEdited.connect(self._on_edited)
        self.banner = Banner()
        self.stale_bar = MessageBar(translate("RequirementsEditor", "&Reload"))
        self.stale_bar.button.setToolTip(
            translate("RequirementsEditor", "Read the document again as stored, dropping your unsaved edits (F5)"))
        self.stale_bar.triggered.connect(self._reload_now)  # told the save cannot go through: reload as asked

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        regions = catalogue.known_regions(self._services)
        self.table.setItemDelegateForColumn(
            Column.SERVICE, ComboDelegate([(no_service(), None), *((s.name, s.id) for s in self._services)],
                                          editable=False, parent=self.table))
        self.table.setItemDelegateForColumn(
            Column.REGION, ComboDelegate([(r, r) for r in ("", *regions)], editable=True, parent=self.table))
        self.table.setItemDelegateForColumn(
            Column.COVERAGE, ComboDelegate([(c, c) for c in COVERAGE_OPTIONS], editable=True, parent=self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NEED, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(44)
        for column, width in WIDTHS.items():  # never narrower than its header says (a language's longer word)
            header.resizeSection(column, max(width, header.sectionSizeHint(column) + 8))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._current_row(current))
        self.table_error = ErrorLabel()
        for name in (*FIELD_OF.values(), "requirements"):
            self.errors.register(name, self.table_error)

    def _build_actions(self) -> None:
        self.save_action = _action(self, translate("RequirementsEditor", "&Save"), "Ctrl+S",
                                   translate("RequirementsEditor", "Save the requirements"), self.save)
        self.add_action = _action(self, translate("RequirementsEditor", "&Add requirement"), "Ctrl+N",
                                  translate("RequirementsEditor", "Add a requirement below the selected one"),
                                  self.add_requirement)
        self.remove_action = _action(self, translate("RequirementsEditor", "&Remove requirement"), "Ctrl+Delete",
                                     translate("RequirementsEditor", "Remove the selected requirement"),
                                     self.remove_requirement)
        self.up_action = _action(self, translate("RequirementsEditor", "Move &up"), "Alt+Up",
                                 translate("RequirementsEditor", "Move the selected requirement up"),
                                 lambda: self.move_requirement(-1))
        self.down_action = _action(self, translate("RequirementsEditor", "Move &down"), "Alt+Down",
                                   translate("RequirementsEditor", "Move the selected requirement down"),
                                   lambda: self.move_requirement(1))
        self.send_action = _action(self, translate("RequirementsEditor", "Sen&d to customer"), "Ctrl+Shift+S",
                                   translate("RequirementsEditor", "Save and send this version to the customer for approval"),
                                   self.send)
        self.approve_action = _action(self, translate("RequirementsEditor", "Record customer a&pproval…"), "Ctrl+Shift+A",
                                      translate("RequirementsEditor", "Record that the customer approved this version"),
                                      self.record_approval)
        self.version_action = _action(self, translate("RequirementsEditor", "&New version"), "Ctrl+Shift+N",
                                      translate("RequirementsEditor", "Copy this document into a new draft version"),
                                      self.make_new_version)
        self.preview_action = _action(self, translate("RequirementsEditor", "Pre&view PDF…"), "Ctrl+Shift+P",
                                      translate("RequirementsEditor", "Show the document the customer will approve, as a PDF"),
                                      self.preview)
        self.export_action = _action(
            self, translate("RequirementsEditor", "&Export for approval"), "Ctrl+E",
            translate("RequirementsEditor", "Write this version as PDF and DOCX into the customer's register folder"),
            self.export_documents)
        self.reload_action = _action(self, translate("RequirementsEditor", "Re&load"), "F5",
                                     translate("RequirementsEditor", "Read the document again, dropping unsaved changes"),
                                     self.reload)
        self.close_action = _action(self, translate("RequirementsEditor", "&Close"), "Ctrl+W",
                                    translate("RequirementsEditor", "Close this window"), self.close)
        self.document_actions = [self.save_action, self.send_action, self.approve_action, self.version_action]
        self.row_actions = [self.add_action, self.remove_action, self.up_action, self.down_action]
        menu = self.menuBar().addMenu(translate("RequirementsEditor", "&Document"))
        menu.addActions([*self.document_actions, self.reload_action])
        menu.addSeparator()
        menu.addActions([self.preview_action, self.export_action])
        menu.addSeparator()
        menu.addAction(self.close_action)
        rows = self.menuBar().addMenu(translate("RequirementsEditor", "&Requirements"))
        rows.addActions(self.row_actions)
        trace = self.menuBar().addMenu(translate("RequirementsEditor", "&Trace"))
        trace.addActions(self.trace.actions())
        pricing = self.menuBar().addMenu(translate("RequirementsEditor", "&Pricing"))
        pricing.addActions(self.pricing.actions())
        toolbar = QToolBar(translate("RequirementsEditor", "Document"))
        toolbar.setObjectName("requirementsToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addActions(self.row_actions)
        toolbar.addSeparator()
        toolbar.addActions([self.send_action, self.approve_action, self.version_action])
        toolbar.addSeparator()
        toolbar.addActions([self.preview_action, self.export_action])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _fit_width(self, width: int) -> int:
        """``width``, or wider where the tool bar's words or the columns' headers need it (a longer language, its
        headers wider than the English ones), as far as the screen allows; the Need column keeps room to read."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in WIDTHS) + NEED_ROOM + self.table.verticalHeader().width()
        screen = self.screen()
        room = screen.availableGeometry().width() if screen is not None else width
        return max(width, min(max(self.toolbar.sizeHint().width(), columns) + 40, room))

    def _lay_out(self) -> None:
        header = QGridLayout()
        header.setHorizontalSpacing(12)
        header.setVerticalSpacing(6)
        header.addWidget(self.customer, 0, 0, 1, 2)
        header.addWidget(self.status, 0, 2, 1, 4, Qt.AlignmentFlag.AlignRight)
        header.addWidget(QLabel(translate("RequirementsEditor", "&Title:"), buddy=self.title_edit), 1, 0)
        header.addWidget(self.title_edit, 1, 1)
        header.addWidget(self.errors.label("title"), 1, 2)
        tax_label = QLabel(translate("RequirementsEditor", "Ta&x rate:"), buddy=self.tax_rate)
        header.addWidget(tax_label, 1, 3)
        header.addWidget(self.tax_rate, 1, 4)
        header.addWidget(QLabel("%"), 1, 5)
        header.addWidget(self.errors.label("tax_rate_pct"), 2, 1, 1, 5, Qt.AlignmentFlag.AlignRight)
        header.setColumnStretch(1, 3)
        header.setColumnStretch(2, 1)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.table, 1)
        rows_layout.addWidget(self.table_error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(rows)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, translate("RequirementsEditor", "&1 Requirements"))
        self.tabs.addTab(self.trace, translate("RequirementsEditor", "&2 Traceability"))
        self.tabs.addTab(self.pricing, translate("RequirementsEditor", "&3 Pricing"))
        for number in range(3):
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            shortcut.triggered.connect(lambda _checked=False, tab=number: self.tabs.setCurrentIndex(tab))
            self.addAction(shortcut)
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget()
        central.setStyleSheet(READ_ONLY_STYLE)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stale_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors.general)
        self.setCentralWidget(central)
