"""An agreement's place in the multi-level structure, its consistency and its effective terms.

The tree shows corporate > customer > service with the OLAs and underpinning
contracts under the SLA they back; below it, the warnings of the consistency
check for the whole tree, and the terms that apply to one customer's service
with the agreement and level each comes from. Everything is read from
``core.structure``; the view decides no rule.

Representatives and administrators rearrange the structure from here: place
the selected SLA under another (or detach it), link the selected OLA or
underpinning contract to the SLA it backs (or unlink it). ``core`` has the
final word on every change; each one can be undone with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import structure
from ..core.agreements import KINDS
from ..core.errors import NotFoundError, SlamdeskError, ValidationError
from ..core.register import RegisterFilter, SortKey, list_agreements
from ..core.roles import Actor, Role
from ..core.structure import ConsistencyWarning, EffectiveTerm, StructureNode, StructureTree
from . import feedback, formatting
from .context import AppContext
from .widgets import Banner, FieldErrors

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
# The two links a person can change; also the ``field`` core names in its refusals.
PARENT = "parent"
SUPPORTS = "supports"
CANDIDATE_LIMIT = 50
CANDIDATE_HEADERS = ("Agreement", "Title", "Customer", "Kind", "In this structure", "Status")
HINT_COLOUR = "#718096"


@dataclass(frozen=True)
class Candidate:
    """An agreement offered in the chooser; ``place`` is its level when it is in the structure shown."""

    number: str
    title: str
    customer: str
    kind: str
    status: str
    place: str = ""


def _editor_roles(actor: Actor) -> str:
    """The roles core lets change the structure, asked of core rather than restated here."""
    names = [role.label.lower() for role in Role if structure.may_edit_structure(replace(actor, role=role))]
    return " or ".join(names) if names else "nobody"


def describe(mode: str, number: str, before: str | None, after: str | None) -> str:
    """One line saying what a change of ``number``'s parent or supported SLA does."""
    if mode == PARENT:
        return f"Place {number} under {after}" if after else f"Detach {number} from {before}"
    return f"Link {number} to {after}" if after else f"Unlink {number} from {before}"


class StructureCommand(QUndoCommand):
    """One change of a parent or supported agreement, already done when pushed.

    ``undo`` puts ``before`` back and ``redo`` ``after``, through the view (so
    through core); a refusal is kept in ``error`` for the view to report.
    """

    def __init__(self, view: StructureView, mode: str, number: str, before: str | None, after: str | None) -> None:
        super().__init__(describe(mode, number, before, after))
        self.view, self.mode, self.number, self.before, self.after = view, mode, number, before, after
        self.error: SlamdeskError | None = None
        self._done = True  # push() calls redo(): the change was made before it

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.before, self.after)

    def undo(self) -> None:
        self._run(self.after, self.before)

    def _run(self, expected: str | None, target: str | None) -> None:
        self.error = None
        try:
            self.view.apply(self.mode, self.number, target, expected=expected)
        except SlamdeskError as error:
            self.error = error


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
        self.chooser: AgreementChooser | None = None
        self.undo_stack = QUndoStack(self)
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
        self._build_actions()
        self.toolbar = self._make_toolbar()
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.tree.currentItemChanged.connect(lambda *_items: self.update_actions())
        context.agreements_changed.connect(lambda _number: self.reload())
        context.actor_changed.connect(lambda _actor: self.update_actions())
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

        self.place_action = action("&Place under…", "Ctrl+Shift+P",
                                   "Place the selected SLA under a customer- or corporate-level agreement",
                                   self.place_under)
        self.detach_action = action("&Detach from parent", "Ctrl+Shift+D",
                                    "Take the selected SLA out of the agreement it sits under", self.detach)
        self.link_action = action("&Link as supporting…", "Ctrl+Shift+L",
                                  "Link the selected OLA or underpinning contract to the SLA it backs",
                                  self.link_supporting)
        self.unlink_action = action("&Unlink", "Ctrl+Shift+U",
                                    "Unlink the selected OLA or underpinning contract from the SLA it backs",
                                    self.unlink)
        self.undo_action = action("Undo", "Ctrl+Z", "Undo the last change to the structure", self.undo)
        self.redo_action = action("Redo", "Ctrl+Shift+Z", "Redo the change undone last", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.open_action = QAction("&Open agreement", self)
        self.open_action.triggered.connect(self._open_selected)
        self.edit_actions = (self.place_action, self.detach_action, self.link_action, self.unlink_action)

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar("Structure")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.place_action, self.detach_action])
        bar.addSeparator()
        bar.addActions([self.link_action, self.unlink_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.selection_label = QLabel()
        self.selection_label.setTextFormat(Qt.TextFormat.RichText)
        self.selection_label.setStyleSheet(f"color: {HINT_COLOUR}; padding-right: 4px;")
        bar.addWidget(self.selection_label)
        return bar

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
        selected = self.selected_number()
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
            self.update_actions()
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

    def _open_selected(self) -> None:
        number = self.selected_number()
        if number:
            self.open_agreement.emit(number)

    # ------------------------------------------------------------ changing

    def selected_number(self) -> str | None:
        """The agreement the actions act on: the tree's selected row (the focus agreement on opening)."""
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_node(self) -> StructureNode | None:
        number = self.selected_number()
        return self.structure.find(number) if self.structure is not None and number else None

    def select(self, number: str) -> bool:
        """Make agreement ``number`` the one the actions act on."""
        item = self.item_for(number)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def _shown_link(self, node: StructureNode) -> str | None:
        """The parent (of an SLA) or the backed SLA (of an OLA / UC) as the tree shows it."""
        item = self.item_for(node.number)
        above = item.parent() if item is not None else None
        return above.data(0, Qt.ItemDataRole.UserRole) if above is not None else None

    def update_actions(self) -> None:
        """Enable what the acting user may do to the selected agreement; the tooltips say why not."""
        node = self.selected_node()
        supporting = node is not None and node.kind in structure.SUPPORTING_KINDS
        linked = self._shown_link(node) if node is not None else None
        actor = self.context.actor
        refusal = ""
        if not structure.may_edit_structure(actor):
            refusal = (
                f"{actor.display_name} ({actor.role.label.lower()}) cannot change the structure; "
                f"a {_editor_roles(actor)} can"
            )
            reasons: dict[QAction, str | None] = {action: refusal for action in self.edit_actions}
        elif node is None:
            reasons = {action: "Select an agreement in the tree first" for action in self.edit_actions}
        else:
            name = f"{node.number} ({node.kind_label})"
            not_placed = f"{name} is not placed in the levels; use Link as supporting… instead"
            reasons = {
                self.place_action: not_placed if supporting else None,
                self.detach_action: not_placed if supporting else (
                    None if linked else f"{node.number} is not under another agreement"),
                self.link_action: None if supporting else (
                    f"{name} is placed in the levels; only an OLA or an underpinning contract is linked "
                    "as supporting"),
                self.unlink_action: (None if linked else f"{node.number} is not linked to an SLA") if supporting
                else f"{name} is not a supporting agreement",
            }
        for action, reason in reasons.items():
            action.setEnabled(reason is None)
            tip = reason or action.data()
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if reason is None else tip)
        self.banner.say(f"Read only: {refusal}." if refusal else "")
        may = structure.may_edit_structure(actor)
        self.undo_action.setEnabled(may and self.undo_stack.canUndo())
        self.redo_action.setEnabled(may and self.undo_stack.canRedo())
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setToolTip(f"Undo: {undo_text} (Ctrl+Z)" if undo_text else "Nothing to undo")
        self.redo_action.setToolTip(f"Redo: {redo_text} (Ctrl+Shift+Z)" if redo_text else "Nothing to redo")
        self.selection_label.setText(
            f"Acting on <b>{escape(node.number)}</b> · {escape(node.kind_label)}" if node is not None else ""
        )

    def current_link(self, mode: str, number: str) -> str | None:
        """``number``'s parent (``mode`` PARENT) or the SLA it supports (SUPPORTS), read afresh from core."""
        tree = structure.structure_tree(self.context.db, number)
        for node in tree.nodes():
            below = node.children if mode == PARENT else node.supporting
            if any(item.number == number for item in below):
                return node.number
        return None

    def apply(self, mode: str, number: str, target: str | None, *, expected: str | None | object = ...) -> None:
        """Set ``number``'s parent or supported SLA to ``target`` through core, and tell everyone.

        With ``expected``, core refuses when the link is no longer that (someone changed it since),
        checked in the same transaction as the change. Raises what core raises.
        """
        check = structure.UNCHECKED if expected is ... else expected
        if mode == PARENT:
            structure.set_parent(self.context.db, self.context.actor, number, target, expected=check)
        else:
            structure.link_supporting(self.context.db, self.context.actor, number, target, expected=check)
        self._changed(number)

    def change(self, mode: str, number: str, target: str | None) -> bool:
        """Make a change the person asked for, with an undo step; False when it changed nothing.

        Raises what core raises (the caller shows it).
        """
        before = self.current_link(mode, number)
        self.apply(mode, number, target)
        after = self.current_link(mode, number)
        if after == before:
            self.context.message.emit(f"{number}: nothing changed")
            return False
        command = StructureCommand(self, mode, number, before, after)
        self.undo_stack.push(command)
        self.update_actions()
        self.context.message.emit(f"{command.text()}: done")
        return True

    def _changed(self, number: str) -> None:
        self.context.agreements_changed.emit(number)  # reloads this view too
        self.select(number)

    def place_under(self) -> AgreementChooser | None:
        """Ask for the agreement to place the selected SLA under (non-blocking; the chooser is returned)."""
        return self._choose(PARENT)

    def link_supporting(self) -> AgreementChooser | None:
        """Ask for the SLA the selected OLA or underpinning contract backs."""
        return self._choose(SUPPORTS)

    def _choose(self, mode: str) -> AgreementChooser | None:
        node = self.selected_node()
        action = self.place_action if mode == PARENT else self.link_action
        if node is None or not action.isEnabled():
            return None
        if self.chooser is not None:
            self.chooser.close()
        self.chooser = AgreementChooser(self, mode, node)
        self.chooser.finished.connect(lambda _result, made=self.chooser: self._chooser_closed(made))
        centre = self.window().frameGeometry().center()
        self.chooser.move(centre - self.chooser.rect().center())
        self.chooser.open()
        return self.chooser

    def _chooser_closed(self, chooser: AgreementChooser) -> None:
        if self.chooser is chooser:
            self.chooser = None
        chooser.deleteLater()

    def detach(self) -> None:
        """Take the selected SLA out of its parent."""
        self._clear(PARENT, self.detach_action, "Cannot detach")

    def unlink(self) -> None:
        """Unlink the selected OLA or underpinning contract from the SLA it backs."""
        self._clear(SUPPORTS, self.unlink_action, "Cannot unlink")

    def _clear(self, mode: str, action: QAction, title: str) -> None:
        number = self.selected_number()
        if number is None or not action.isEnabled():
            return
        try:
            self.change(mode, number, None)
        except SlamdeskError as error:
            feedback.show_error(self, title, str(error))
            self.reload()

    def undo(self) -> None:
        self._step(self.undo_stack.canUndo, self.undo_stack.undo, self.undo_stack.index() - 1, "Undid", "Cannot undo")

    def redo(self) -> None:
        self._step(self.undo_stack.canRedo, self.undo_stack.redo, self.undo_stack.index(), "Redid", "Cannot redo")

    def _step(self, can: Callable[[], bool], run: Callable[[], None], index: int, done: str, title: str) -> None:
        if not can() or not structure.may_edit_structure(self.context.actor):
            return
        command = self.undo_stack.command(index)
        assert isinstance(command, StructureCommand)
        text = command.text()
        run()
        if command.error is not None:
            # The database did not change, so the history no longer matches it: start afresh.
            self.undo_stack.clear()
            self.reload()
            feedback.show_error(self, title, f"{command.error}\n\nThe undo history of this window was cleared.")
            return
        self.update_actions()
        self.context.message.emit(f"{done}: {text}")

    def _context_menu_requested(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.context_menu().popup(self.tree.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The tree's menu for the selected agreement."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)  # a disabled entry says why
        self.open_action.setEnabled(self.selected_number() is not None)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addActions([self.place_action, self.detach_action])
        menu.addSeparator()
        menu.addActions([self.link_action, self.unlink_action])
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        return menu


class AgreementChooser(QDialog):
    """Choose the agreement to place ``node`` under (``mode`` PARENT) or that it backs (SUPPORTS).

    The list offers sensible candidates from a limited query: customer and
    internal SLAs of the agreement's customer and of the structure shown, or,
    once something is typed, those matching the search. Text that is in no row
    (an agreement number) can be typed and submitted as it is: core decides,
    and its refusal appears beside the field.

    Attributes:
        search: the field: search text, or an agreement number typed whole.
        candidates: the offered agreements (number in column 0).
        errors: the label beside ``search`` (field ``mode``) and ``general`` below the list.
    """

    def __init__(self, view: StructureView, mode: str, node: StructureNode) -> None:
        super().__init__(view)
        self.view, self.mode, self.node = view, mode, node
        self.placing = mode == PARENT
        self.setWindowTitle(f"Place {node.number} under…" if self.placing else f"Link {node.number} as supporting…")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        try:
            now = view.current_link(mode, node.number)
        except SlamdeskError:
            now = None
        self.excluded = {node.number, *self._below(node)} if self.placing else {node.number}

        intro = QLabel()
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        what = (
            f"Choose the agreement to hold it: a customer-level agreement of {escape(node.customer_name)}, "
            "or a corporate-level agreement (which can hold several customers' agreements)."
            if self.placing else
            "Choose the customer or internal SLA it backs; the consistency check then compares their targets."
        )
        state = (
            (f"Now under {escape(now)}." if now else "Now not under any agreement.") if self.placing
            else (f"Now supports {escape(now)}." if now else "Now not linked.")
        )
        intro.setText(
            f"<b>{escape(node.number)}</b> — {escape(node.title)} "
            f"<span style='color:{HINT_COLOUR}'>({escape(node.kind_label)}, {escape(node.customer_name)})</span>"
            f"<br>{what}<br><span style='color:{HINT_COLOUR}'>{state}</span>"
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search number, title or customer — or type an agreement number")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.installEventFilter(self)
        self.errors = FieldErrors()
        field_label = QLabel("&Agreement:" if self.placing else "&Backs:")
        field_label.setBuddy(self.search)
        # Core's refusals run to two hundred characters: they get the field's full width, right under it.
        field_row = QGridLayout()
        field_row.setHorizontalSpacing(8)
        field_row.setVerticalSpacing(4)
        field_row.addWidget(field_label, 0, 0)
        field_row.addWidget(self.search, 0, 1)
        field_row.addWidget(self.errors.label(mode), 1, 1)
        field_row.setColumnStretch(1, 1)

        self.candidates = QTreeWidget()
        self.candidates.setColumnCount(len(CANDIDATE_HEADERS))
        self.candidates.setHeaderLabels(list(CANDIDATE_HEADERS))
        self.candidates.setRootIsDecorated(False)
        self.candidates.setUniformRowHeights(True)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.setMinimumHeight(220)
        self.candidates.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.candidates.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 190), (3, 140), (4, 130), (5, 90)):
            header.resizeSection(column, width)
        self.candidates.itemDoubleClicked.connect(lambda *_args: self.submit())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_COLOUR};")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Place here" if self.placing else "&Link")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(field_row)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.refresh()

    @staticmethod
    def _below(node: StructureNode) -> set[str]:
        found: set[str] = set()
        stack = list(node.children)
        while stack:
            child = stack.pop()
            found.add(child.number)
            stack.extend(child.children)
        return found

    # ----------------------------------------------------------- candidates

    def _from_structure(self) -> list[Candidate]:
        tree = self.view.structure
        if tree is None:
            return []
        return [
            Candidate(n.number, n.title, n.customer_name, n.kind, n.status.label, n.level_label)
            for n in tree.nodes() if n.kind in structure.SLA_KINDS
        ]

    def _query(self, criteria: RegisterFilter) -> list[Candidate]:
        found: list[Candidate] = []
        for kind in sorted(structure.SLA_KINDS):
            rows = list_agreements(self.view.context.db, criteria.with_(kind=kind), limit=CANDIDATE_LIMIT)
            found.extend(Candidate(r.number, r.title, r.customer, r.kind, r.status.label) for r in rows)
        return found

    def find_candidates(self, text: str) -> list[Candidate]:
        """At most ``CANDIDATE_LIMIT`` agreements worth offering for ``text`` (the structure's first)."""
        text = text.strip()
        if text:
            members = {c.number: c for c in self._from_structure()}
            found = [members.get(c.number, c) for c in self._query(RegisterFilter(search=text))]
            found.sort(key=lambda c: (not c.place, c.number))
        else:
            criteria = (
                RegisterFilter(customer=self.node.customer_name) if self.placing
                else RegisterFilter(sort=SortKey.NUMBER, descending=True)
            )
            found = [*self._from_structure(), *sorted(self._query(criteria), key=lambda c: c.number)]
        unique: dict[str, Candidate] = {}
        for candidate in found:
            if candidate.number not in self.excluded:
                unique.setdefault(candidate.number, candidate)
        return list(unique.values())[:CANDIDATE_LIMIT]

    def refresh(self) -> None:
        """Fill the list for the search text; the first row is chosen."""
        self._timer.stop()
        text = self.search.text().strip()
        try:
            found = self.find_candidates(text)
        except SlamdeskError as error:
            found = []
            self.errors.show_general(str(error))
        self.candidates.clear()
        for candidate in found:
            item = QTreeWidgetItem([
                candidate.number, candidate.title, candidate.customer,
                KINDS.get(candidate.kind, candidate.kind), candidate.place, candidate.status,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, candidate.number)
            item.setToolTip(1, candidate.title)
            item.setToolTip(2, candidate.customer)
            self.candidates.addTopLevelItem(item)
        if found:
            self.candidates.setCurrentItem(self.candidates.topLevelItem(0))
        scope = (
            f"customer and internal SLAs of {self.node.customer_name} and of this structure" if self.placing
            else "SLAs of this structure and the newest customer and internal SLAs"
        )
        more = f" (the first {CANDIDATE_LIMIT}; narrow the search)" if len(found) >= CANDIDATE_LIMIT else ""
        if text:
            self.hint.setText(
                f"{len(found)} matching “{text}”{more}." if found else
                f"No customer or internal SLA matches “{text}”. {self.ok_button.text().replace('&', '')} "
                "uses the text as an agreement number."
            )
        else:
            self.hint.setText(f"Showing {scope}{more}. Type to search every customer and internal SLA.")

    def choose(self, number: str) -> bool:
        """Select the row of agreement ``number``."""
        for row in range(self.candidates.topLevelItemCount()):
            item = self.candidates.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == number:
                self.candidates.setCurrentItem(item)
                return True
        return False

    def offered(self) -> list[str]:
        return [self.candidates.topLevelItem(row).text(0) for row in range(self.candidates.topLevelItemCount())]

    def chosen(self) -> str:
        """The selected row's number, else the text typed."""
        item = self.candidates.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else self.search.text().strip()

    # --------------------------------------------------------------- submit

    def submit(self) -> None:
        """Ask core; close on success, else show why beside the field (or in a message box)."""
        if self._timer.isActive():
            self.refresh()
        target = self.chosen()
        if not target:
            self.errors.label(self.mode).show_message("Choose an agreement, or type its number")
            return
        try:
            self.view.change(self.mode, self.node.number, target)
        except ValidationError as error:
            self.errors.show(error)
            return
        except NotFoundError as error:
            self.errors.clear()
            self.errors.label(self.mode).show_message(str(error))
            return
        except SlamdeskError as error:
            self.errors.clear()
            feedback.show_error(self, "Cannot place" if self.placing else "Cannot link", str(error))
            return
        self.accept()

    def message(self) -> str:
        """What is shown beside the field."""
        return self.errors.message(self.mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the list, so the keyboard alone will do.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                QCoreApplication.sendEvent(self.candidates, QKeyEvent(event.type(), event.key(), event.modifiers()))
                return True
        return super().eventFilter(watched, event)
