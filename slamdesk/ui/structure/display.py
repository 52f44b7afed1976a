"""How the structure view is built and filled: the tree, the consistency warnings and the effective terms."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
)

from ...core import structure
from ...core.structure import ConsistencyWarning, EffectiveTerm, StructureNode, StructureTree
from .. import operations
from ..common import formatting
from ..common.i18n import translate
from .wording import HINT_COLOUR, LEVEL_TINTS, NO_INCONSISTENCIES, SUPPORTING_COLOUR, TERM_HEADERS, TREE_HEADERS


class StructureDisplay:
    """How the structure view is built and filled: the tree, the warnings and the effective terms.

    A mixin of ``StructureView``: building runs once from its ``__init__``, reading on every ``reload``.
    """

    # ------------------------------------------------------------ building

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(len(TREE_HEADERS))
        tree.setHeaderLabels([translate("StructureView", header) for header in TREE_HEADERS])
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 230), (2, 215), (3, 190), (4, 190), (5, 110)):
            header.resizeSection(column, width)
        tree.itemDoubleClicked.connect(self._double_clicked)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu_requested)
        return tree

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, tip: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setStatusTip(tip)
            made.setData(tip)  # the tooltip while enabled; update_actions says why when not
            made.triggered.connect(lambda _checked=False: slot())
            self.addAction(made)
            return made

        self.place_action = action(
            translate("StructureView", "&Place under…"), "Ctrl+Shift+P",
            translate("StructureView", "Place the selected SLA under a customer- or corporate-level agreement"),
            self.place_under)
        self.detach_action = action(
            translate("StructureView", "&Detach from parent"), "Ctrl+Shift+D",
            translate("StructureView", "Take the selected SLA out of the agreement it sits under"), self.detach)
        self.link_action = action(
            translate("StructureView", "&Link as supporting…"), "Ctrl+Shift+L",
            translate("StructureView", "Link the selected OLA or underpinning contract to the SLA it backs"),
            self.link_supporting)
        self.unlink_action = action(
            translate("StructureView", "&Unlink"), "Ctrl+Shift+U",
            translate("StructureView", "Unlink the selected OLA or underpinning contract from the SLA it backs"),
            self.unlink)
        self.undo_action = action(translate("StructureView", "Undo"), "Ctrl+Z",
                                  translate("StructureView", "Undo the last change to the structure"), self.undo)
        self.redo_action = action(translate("StructureView", "Redo"), "Ctrl+Shift+Z",
                                  translate("StructureView", "Redo the change undone last"), self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.open_action = QAction(translate("StructureView", "&Open agreement"), self)
        self.open_action.triggered.connect(self._open_selected)
        self.edit_actions = (self.place_action, self.detach_action, self.link_action, self.unlink_action)

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(translate("StructureView", "Structure"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.place_action, self.detach_action])
        bar.addSeparator()
        bar.addActions([self.link_action, self.unlink_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.setMinimumWidth(bar.sizeHint().width())  # every action shown, however long its words: the window grows
        # What the actions act on, beside the heading: a long toolbar leaves it no room in some languages.
        self.selection_label = QLabel()
        self.selection_label.setTextFormat(Qt.TextFormat.RichText)
        self.selection_label.setStyleSheet(f"color: {HINT_COLOUR}; padding-right: 4px;")
        return bar

    def _make_terms_table(self) -> QTableWidget:
        table = QTableWidget(0, len(TERM_HEADERS))
        table.setHorizontalHeaderLabels([translate("StructureView", header) for header in TERM_HEADERS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # ------------------------------------------------------------- reading

    def reload(self) -> None:
        """Read the tree, the warnings and the service choices again (keeps the chosen service)."""
        chosen = self.services.currentText()
        selected = self.selected_number()
        db, number = self.context.db, self.number
        read = operations.query(
            self, self.context, lambda: (structure.structure_tree(db, number), structure.check_structure(db, number),
                                         structure.service_choices(db, number)),
            what=translate("StructureView", "Structure of {number}").format(number=number), in_place=True,
        )
        if read.value is None:
            self.structure = None
            self.heading.setText(f"<b>{escape(self.number)}</b>: {escape(str(read.error))}")
            self.tree.clear()
            self.warnings.clear()
            self.services.clear()
            self.services.setEnabled(False)
            self._show_terms()
            self.update_actions()
            return
        tree, found, choices = read.value
        self.structure = tree
        focus = tree.find(self.number)
        title = f" — {focus.title}" if focus is not None else ""
        heading = translate("StructureView", "Structure of {number}").format(number=escape(self.number))
        explained = translate("StructureView", "Corporate, customer and service levels, with the OLAs and underpinning contracts "
                                   "under the agreement they support.")
        self.heading.setText(f"<b>{heading}</b>{escape(title)}<br><span style='color:#718096'>{explained}</span>")
        self._warned = {w.supporting_number for w in found} | {w.backed_number for w in found}
        self._fill_tree(tree, selected)
        self._fill_warnings(found)
        self.services.blockSignals(True)
        self.services.clear()
        for choice in choices:
            self.services.addItem(choice.label, (choice.customer_id, choice.service_name))
        index = self.services.findText(chosen)
        self.services.setCurrentIndex(index if index >= 0 else 0 if choices else -1)
        self.services.setEnabled(bool(choices))
        self.services.blockSignals(False)
        self._show_terms()
        self.update_actions()

    def _fill_tree(self, tree: StructureTree, selected: str | None = None) -> None:
        self.tree.clear()
        root = self._item(tree.root, tree.focus)
        self.tree.addTopLevelItem(root)
        self.tree.expandAll()
        # Deep rows carry an indent and an icon: keep every number whole.
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0) + 16, 230))
        current = (self.item_for(selected) if selected else None) or self.item_for(tree.focus)
        if current is not None:
            self.tree.setCurrentItem(current)
            self.tree.scrollToItem(current)

    def _item(self, node: StructureNode, focus: str, backs: str = "") -> QTreeWidgetItem:
        supporting = node.level == structure.SUPPORTING
        item = QTreeWidgetItem([
            node.number,
            node.title,
            node.kind_label,
            node.customer_name,
            translate("StructureView", "Supports {number}").format(number=backs) if backs else node.level_label,
            node.status.label,
        ])
        item.setData(0, Qt.ItemDataRole.UserRole, node.number)
        item.setToolTip(0, f"{node.kind_label} {node.number}: {node.title}")
        item.setToolTip(1, node.title)
        item.setForeground(5, QBrush(formatting.status_colour(node.status)))
        if node.number in self._warned:
            item.setIcon(0, self.warning_icon)
            item.setToolTip(0, translate("StructureView",
                    "{number}: see the consistency warnings below").format(number=node.number))
        if supporting:
            for column in range(len(TREE_HEADERS) - 1):
                item.setForeground(column, QBrush(QColor(SUPPORTING_COLOUR)))
                font = item.font(column)
                font.setItalic(True)
                item.setFont(column, font)
        if node.number == focus:
            for column in range(len(TREE_HEADERS)):
                font = QFont(item.font(column))
                font.setBold(True)
                item.setFont(column, font)
        for backing in node.supporting:
            item.addChild(self._item(backing, focus, backs=node.number))
        for child in node.children:
            item.addChild(self._item(child, focus))
        return item

    def _fill_warnings(self, found: list[ConsistencyWarning]) -> None:
        self.warnings.clear()
        if not found:
            item = QListWidgetItem(self.ok_icon, translate("StructureView", NO_INCONSISTENCIES))
            item.setForeground(QBrush(QColor("#276749")))
            self.warnings.addItem(item)
            return
        for warning in found:
            item = QListWidgetItem(self.warning_icon, warning.message)
            item.setToolTip(warning.message)
            item.setData(Qt.ItemDataRole.UserRole, warning)
            self.warnings.addItem(item)

    def _show_terms(self) -> None:
        self.terms.setRowCount(0)
        data = self.services.currentData()
        if data is None:
            self._terms_message(translate("StructureView", "No customer service in this structure to show terms for."))
            return
        customer_id, service_name = data
        read = operations.query(self, self.context,
                                lambda: structure.effective_terms(self.context.db, customer_id, service_name),
                                what=translate("StructureView", "Effective terms"), in_place=True)
        if read.value is None:
            self._terms_message(str(read.error))
            return
        self.terms_message.hide()
        self.terms.show()
        self._fill_terms(read.value)

    def _terms_message(self, text: str) -> None:
        self.terms.hide()
        self.terms_message.setText(text)
        self.terms_message.show()

    def _fill_terms(self, found: list[EffectiveTerm]) -> None:
        self.terms.setRowCount(len(found))
        for row, term in enumerate(found):
            tint = QBrush(QColor(LEVEL_TINTS.get(term.level, "#ffffff")))
            for column, text in enumerate((term.label, term.text, term.number, term.level_label)):
                cell = QTableWidgetItem(text)
                cell.setBackground(tint)
                if column == 1:
                    cell.setTextAlignment(formatting.NUMBER_ALIGNMENT)
                self.terms.setItem(row, column, cell)
