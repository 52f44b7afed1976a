"""An agreement's place in the multi-level structure, its consistency and its effective terms.

The tree shows corporate > customer > service with the OLAs and underpinning
contracts under the SLA they back; below it, the warnings of the consistency
check for the whole tree, and the terms that apply to one customer's service
with the agreement and level each comes from. Everything is read from
``core.structure``; the view decides no rule.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import structure
from ..core.errors import SlamdeskError
from ..core.structure import ConsistencyWarning, EffectiveTerm, StructureNode, StructureTree
from . import formatting
from .context import AppContext

TREE_HEADERS = ("Agreement", "Title", "Kind", "Customer", "Level", "Status")
TERM_HEADERS = ("Term", "Value", "From", "Level")
NO_INCONSISTENCIES = "No inconsistencies"
SUPPORTING_COLOUR = "#4a5568"
# Level -> background of the effective-terms rows it provides.
LEVEL_TINTS: dict[str, str] = {
    "service": "#ffffff",
    "customer": "#f1f6fd",
    "corporate": "#eef2f7",
    "standalone": "#ffffff",
}


class StructureView(QWidget):
    """The structure around agreement ``number``.

    Signals:
        open_agreement: an agreement in the tree was double-clicked (its number).

    Attributes:
        tree: corporate > customer > service; supporting agreements under the SLA they back.
        warnings: the consistency warnings of the tree, or one "No inconsistencies" row.
        services: the customer and service whose effective terms ``terms`` shows.
        terms: term, value, agreement it comes from, level.
    """

    open_agreement = Signal(str)

    def __init__(self, context: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.number = context, number
        self.structure: StructureTree | None = None
        self._warned: set[str] = set()
        style = self.style()
        self.warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.ok_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.setWindowTitle(f"Structure of {number}")

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.tree = self._make_tree()
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setAlternatingRowColors(True)
        self.warnings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.warnings.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.services = QComboBox()
        self.services.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.services.setMinimumContentsLength(30)
        self.services.currentIndexChanged.connect(lambda _index: self._show_terms())
        self.terms = self._make_terms_table()
        self.terms_message = QLabel()
        self.terms_message.setWordWrap(True)
        self.terms_message.setStyleSheet("color: #718096;")
        self.terms_message.hide()

        warnings_box = QGroupBox("Consistency of supporting agreements")
        warnings_layout = QVBoxLayout(warnings_box)
        warnings_layout.addWidget(self.warnings)
        terms_box = QGroupBox("Effective terms")
        terms_layout = QVBoxLayout(terms_box)
        choose = QHBoxLayout()
        service_label = QLabel("&Service:")
        service_label.setBuddy(self.services)
        choose.addWidget(service_label)
        choose.addWidget(self.services)
        choose.addStretch(1)
        terms_layout.addLayout(choose)
        terms_layout.addWidget(self.terms, 1)
        terms_layout.addWidget(self.terms_message)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(warnings_box)
        lower.addWidget(terms_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([280, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)

        context.agreements_changed.connect(lambda _number: self.reload())
        self.reload()

    # ------------------------------------------------------------ building

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(len(TREE_HEADERS))
        tree.setHeaderLabels(list(TREE_HEADERS))
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 230), (2, 190), (3, 190), (4, 190), (5, 130)):
            header.resizeSection(column, width)
        tree.itemDoubleClicked.connect(self._double_clicked)
        return tree

    def _make_terms_table(self) -> QTableWidget:
        table = QTableWidget(0, len(TERM_HEADERS))
        table.setHorizontalHeaderLabels(list(TERM_HEADERS))
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
        try:
            tree = structure.structure_tree(self.context.db, self.number)
            found = structure.check_structure(self.context.db, self.number)
            choices = structure.service_choices(self.context.db, self.number)
        except SlamdeskError as error:
            self.structure = None
            self.heading.setText(f"<b>{escape(self.number)}</b>: {escape(str(error))}")
            self.tree.clear()
            self.warnings.clear()
            self.services.clear()
            self.services.setEnabled(False)
            self._show_terms()
            return
        self.structure = tree
        focus = tree.find(self.number)
        title = f" — {focus.title}" if focus is not None else ""
        self.heading.setText(
            f"<b>Structure of {escape(self.number)}</b>{escape(title)}"
            f"<br><span style='color:#718096'>Corporate, customer and service levels, with the OLAs and "
            "underpinning contracts under the agreement they support.</span>"
        )
        self._warned = {w.supporting_number for w in found} | {w.backed_number for w in found}
        self._fill_tree(tree)
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

    def _fill_tree(self, tree: StructureTree) -> None:
        self.tree.clear()
        root = self._item(tree.root, tree.focus)
        self.tree.addTopLevelItem(root)
        self.tree.expandAll()
        # Deep rows carry an indent and an icon: keep every number whole.
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0) + 16, 230))
        focus = self.item_for(tree.focus)
        if focus is not None:
            self.tree.setCurrentItem(focus)
            self.tree.scrollToItem(focus)

    def _item(self, node: StructureNode, focus: str, backs: str = "") -> QTreeWidgetItem:
        supporting = node.level == structure.SUPPORTING
        item = QTreeWidgetItem([
            node.number,
            node.title,
            node.kind_label,
            node.customer_name,
            f"Supports {backs}" if backs else node.level_label,
            node.status.label,
        ])
        item.setData(0, Qt.ItemDataRole.UserRole, node.number)
        item.setToolTip(0, f"{node.kind_label} {node.number}: {node.title}")
        item.setToolTip(1, node.title)
        item.setForeground(5, QBrush(formatting.status_colour(node.status)))
        if node.number in self._warned:
            item.setIcon(0, self.warning_icon)
            item.setToolTip(0, f"{node.number}: see the consistency warnings below")
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
            item = QListWidgetItem(self.ok_icon, NO_INCONSISTENCIES)
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
            self._terms_message("No customer service in this structure to show terms for.")
            return
        customer_id, service_name = data
        try:
            found = structure.effective_terms(self.context.db, customer_id, service_name)
        except SlamdeskError as error:
            self._terms_message(str(error))
            return
        self.terms_message.hide()
        self.terms.show()
        self._fill_terms(found)

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

    # ------------------------------------------------------------ helpers

    def item_for(self, number: str) -> QTreeWidgetItem | None:
        """The tree row of agreement ``number``."""
        matches = self.tree.findItems(number, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
        return matches[0] if matches else None

    def choose_service(self, customer_name: str, service_name: str) -> bool:
        index = self.services.findText(f"{customer_name} — {service_name}")
        if index >= 0:
            self.services.setCurrentIndex(index)
        return index >= 0

    def warning_texts(self) -> list[str]:
        return [self.warnings.item(row).text() for row in range(self.warnings.count())]

    def term_rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(self.terms.item(row, column).text() for column in range(self.terms.columnCount()))
            for row in range(self.terms.rowCount())
        ]

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_agreement.emit(item.data(0, Qt.ItemDataRole.UserRole))
