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
from html import escape

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QSplitter,
    QStyle,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import structure
from ...core.errors import SlamdeskError
from ...core.structure import StructureNode, StructureTree
from .. import operations
from ..common.i18n import translate
from ..common.widgets import Banner, ToolWindowKeys
from ..context import AppContext
from ..operations import Area, Changed
from .chooser import AgreementChooser
from .commands import StructureCommand
from .display import StructureDisplay
from .wording import PARENT, SUPPORTS, editor_roles


class StructureView(ToolWindowKeys, StructureDisplay, QWidget):
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
        self.setWindowTitle(translate("StructureView", "Structure of {number} — slamdesk").format(number=number))
        self.install_close_keys()

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

        warnings_box = QGroupBox(translate("StructureView", "Consistency of supporting agreements"))
        warnings_layout = QVBoxLayout(warnings_box)
        warnings_layout.addWidget(self.warnings)
        terms_box = QGroupBox(translate("StructureView", "Effective terms"))
        terms_layout = QVBoxLayout(terms_box)
        choose = QHBoxLayout()
        service_label = QLabel(translate("StructureView", "&Service:"))
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
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.selection_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # as every tool window has
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)

        self.tree.currentItemChanged.connect(lambda *_items: self.update_actions())
        context.changed.connect(lambda changed: changed.about(Area.AGREEMENTS) and self.reload())
        context.actor_changed.connect(lambda _actor: self.update_actions())
        self.reload()

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
            refusal = translate("StructureView", "{name} ({role}) cannot change the structure; a {roles} can").format(
                name=actor.display_name, role=actor.role.label.lower(), roles=editor_roles(actor))
            reasons: dict[QAction, str | None] = {action: refusal for action in self.edit_actions}
        elif node is None:
            first = translate("StructureView", "Select an agreement in the tree first")
            reasons = {action: first for action in self.edit_actions}
        else:
            name = f"{node.number} ({node.kind_label})"
            not_placed = translate("StructureView",
                    "{agreement} is not placed in the levels; use Link as supporting… instead").format(
                agreement=name)
            reasons = {
                self.place_action: not_placed if supporting else None,
                self.detach_action: not_placed if supporting else (
                    None if linked else translate("StructureView",
                            "{number} is not under another agreement").format(number=node.number)),
                self.link_action: None if supporting else translate(
                    "StructureView", "{agreement} is placed in the levels; only an OLA or an underpinning contract is linked "
                    "as supporting").format(agreement=name),
                self.unlink_action: (None if linked else translate("StructureView", "{number} is not linked to an SLA").format(
                    number=node.number)) if supporting
                else translate("StructureView", "{agreement} is not a supporting agreement").format(agreement=name),
            }
        for action, reason in reasons.items():
            action.setEnabled(reason is None)
            tip = reason or action.data()
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if reason is None else tip)
        self.banner.say(translate("StructureView", "Read only: {reason}.").format(reason=refusal) if refusal else "")
        may = structure.may_edit_structure(actor)
        self.undo_action.setEnabled(may and self.undo_stack.canUndo())
        self.redo_action.setEnabled(may and self.undo_stack.canRedo())
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setToolTip(translate("StructureView", "Undo: {change} (Ctrl+Z)").format(change=undo_text) if undo_text
                                    else translate("StructureView", "Nothing to undo"))
        self.redo_action.setToolTip(translate("StructureView",
                "Redo: {change} (Ctrl+Shift+Z)").format(change=redo_text) if redo_text
                                    else translate("StructureView", "Nothing to redo"))
        self.selection_label.setText(
            translate("StructureView", "Acting on <b>{number}</b> · {kind}").format(number=escape(node.number),
                                                                         kind=escape(node.kind_label))
            if node is not None else ""
        )

    def current_link(self, mode: str, number: str) -> str | None:
        """``number``'s parent (``mode`` PARENT) or the SLA it supports (SUPPORTS), read afresh from core."""
        tree = structure.structure_tree(self.context.db, number)
        for node in tree.nodes():
            below = node.children if mode == PARENT else node.supporting
            if any(item.number == number for item in below):
                return node.number
        return None

    def apply(
        self, mode: str, number: str, target: str | None, *, expected: str | None | object = ...
    ) -> SlamdeskError | None:
        """Set ``number``'s parent or supported SLA to ``target`` through core, and tell everyone.

        With ``expected``, core refuses when the link is no longer that (someone changed it since),
        checked in the same transaction as the change. Returns the refusal, for the caller to show
        where it belongs (an undo step, the chooser's field).
        """
        check = structure.UNCHECKED if expected is ... else expected
        db, actor = self.context.db, self.context.actor
        link = structure.set_parent if mode == PARENT else structure.link_supporting
        done = operations.change(self, self.context, lambda: link(db, actor, number, target, expected=check),
                                 what=number, changed=Changed.agreement(number), in_place=True)
        if done:
            self.select(number)  # every view, this one too, has read the change
        return done.error

    def change(self, mode: str, number: str, target: str | None) -> SlamdeskError | None:
        """Make a change the person asked for, with an undo step; returns the refusal (the caller shows it)."""
        before = self.current_link(mode, number)
        refused = self.apply(mode, number, target)
        if refused is not None:
            return refused
        after = self.current_link(mode, number)
        if after == before:
            self.context.message.emit(translate("StructureView", "{number}: nothing changed").format(number=number))
            return None
        command = StructureCommand(self, mode, number, before, after)
        self.undo_stack.push(command)
        self.update_actions()
        self.context.message.emit(translate("StructureView", "{change}: done").format(change=command.text()))
        return None

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
        self._clear(PARENT, self.detach_action, translate("StructureView", "Cannot detach"))

    def unlink(self) -> None:
        """Unlink the selected OLA or underpinning contract from the SLA it backs."""
        self._clear(SUPPORTS, self.unlink_action, translate("StructureView", "Cannot unlink"))

    def _clear(self, mode: str, action: QAction, title: str) -> None:
        number = self.selected_number()
        if number is None or not action.isEnabled():
            return
        refused = self.change(mode, number, None)
        if refused is not None:
            operations.refuse(self, self.context, title, refused)
            self.reload()

    def undo(self) -> None:
        self._step(self.undo_stack.canUndo, self.undo_stack.undo, self.undo_stack.index() - 1,
                   translate("StructureView", "Undid: {change}"), translate("StructureView", "Cannot undo"))

    def redo(self) -> None:
        self._step(self.undo_stack.canRedo, self.undo_stack.redo, self.undo_stack.index(),
                   translate("StructureView", "Redid: {change}"), translate("StructureView", "Cannot redo"))

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
            operations.refuse(self, self.context, title, command.error,
                              then=translate("StructureView", "The undo history of this window was cleared."))
            return
        self.update_actions()
        self.context.message.emit(done.format(change=text))

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
