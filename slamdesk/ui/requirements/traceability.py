"""Traceability: each requirement against the service and level that meet it, or why none can.

Rows that need attention (no service, no level, or a level the catalogue cannot
offer) are flagged in amber with a warning icon; infeasible ones show their reason.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import requirements
from ...core.pricing import LineState, Quote, QuoteLine
from ...core.requirements import INFEASIBLE_KINDS, InfeasibleKind, RequirementsView
from .. import operations
from ..common import formatting
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..common.widgets import ErrorLabel
from ..context import AppContext
from .document_tab import DocumentTab
from .labels import kind_label

_Index = QModelIndex | QPersistentModelIndex
ATTENTION = frozenset({LineState.UNMATCHED, LineState.UNPRICED, LineState.BLOCKED})
# state -> (label, text colour, row background); the label is translated where shown
STATES: dict[str, tuple[str, str, str | None]] = {
    LineState.TRACED: (QT_TRANSLATE_NOOP("Traceability", "Traced"), "#276749", None),
    LineState.INFEASIBLE: (QT_TRANSLATE_NOOP("Traceability", "Infeasible"), "#475569", "#eef2f7"),
    LineState.UNMATCHED: (QT_TRANSLATE_NOOP("Traceability", "No service matches"), "#9a3412", "#fff1dc"),
    LineState.UNPRICED: (QT_TRANSLATE_NOOP("Traceability", "No level chosen"), "#9a3412", "#fff1dc"),
    LineState.BLOCKED: (QT_TRANSLATE_NOOP("Traceability", "Level cannot be offered"), "#9b1c1c", "#fde8e8"),
}
# An infeasible requirement's state, by the kind of obstacle.
INFEASIBLE_STATES = {
    InfeasibleKind.TECHNICAL: QT_TRANSLATE_NOOP("Traceability", "Infeasible (technical): {reason}"),
    InfeasibleKind.COMMERCIAL: QT_TRANSLATE_NOOP("Traceability", "Infeasible (commercial): {reason}"),
}


class Column(IntEnum):
    NUMBER = 0
    NEED = 1
    SERVICE = 2
    LEVEL = 3
    TARGETS = 4
    PRICE = 5
    STATE = 6


HEADERS = ("#", QT_TRANSLATE_NOOP("TraceModel", "Need"), QT_TRANSLATE_NOOP("TraceModel", "Service"),
           QT_TRANSLATE_NOOP("TraceModel", "Chosen level"), QT_TRANSLATE_NOOP("TraceModel", "Targets"),
           QT_TRANSLATE_NOOP("TraceModel", "Monthly price"), QT_TRANSLATE_NOOP("TraceModel", "State"))


def state_text(line: QuoteLine) -> str:
    label = translate("Traceability", STATES[line.state][0])
    if line.state == LineState.INFEASIBLE:
        kind = line.infeasible_kind or ""
        if kind in INFEASIBLE_STATES:
            return translate("Traceability", INFEASIBLE_STATES[kind]).format(reason=line.infeasible_reason)
        return translate("Traceability", "Infeasible ({kind}): {reason}").format(
            kind=INFEASIBLE_KINDS.get(kind, kind), reason=line.infeasible_reason)
    if line.state == LineState.BLOCKED and line.chosen is not None:
        return translate("Traceability", "Level cannot be offered: {problems}").format(problems="; ".join(line.chosen.problems))
    return label


def attention_summary(quote: Quote) -> str:
    """``2 of 5 requirements need attention · 1 marked infeasible``."""
    total = len(quote.lines)
    flagged = sum(1 for line in quote.lines if line.state in ATTENTION)
    infeasible = sum(1 for line in quote.lines if line.state == LineState.INFEASIBLE)
    if flagged:
        head = translate("Traceability", "%n of {total} requirements need attention", None, flagged).format(total=total)
    else:
        head = translate("Traceability", "All %n requirements are traced or marked infeasible", None, total)
    if not infeasible:
        return head
    marked = translate("Traceability", "%n marked infeasible", None, infeasible)
    return f"{head} · {marked}"


class TraceModel(QAbstractTableModel):
    """One row per requirement of a quote (read-only)."""

    def __init__(self, icons: dict[str, QIcon]) -> None:
        super().__init__()
        self.quote = Quote(lines=())
        self.needs: dict[int, str] = {}
        self._icons = icons
        # What each cell shows for each role, worked out once per quote: sizing the rows to their contents asks
        # every cell of every row, for several roles, at each layout.
        self._shown: dict[tuple[int, int, int], Any] = {}

    def set_quote(self, quote: Quote, view: RequirementsView) -> None:
        self.beginResetModel()
        self.quote = quote
        self.needs = {item.id: item.need for item in view.items}
        self._shown.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.quote.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("TraceModel", HEADERS[section]) if section else HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if section == Column.PRICE:
                return formatting.NUMBER_ALIGNMENT
        return None

    def line(self, row: int) -> QuoteLine:
        return self.quote.lines[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (index.row(), index.column(), role)
        if key not in self._shown:
            self._shown[key] = self._data(self.quote.lines[index.row()], Column(index.column()), role)
        return self._shown[key]

    def _data(self, line: QuoteLine, column: Column, role: int) -> Any:
        label, colour, background = STATES[line.state]
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.PRICE and line.chosen is not None:
            price = line.chosen.price
            if price.override is not None:
                listed = formatting.money(price.list_total, line.chosen.currency)
                return translate("TraceModel", "Custom price (list {listed}): {reason}").format(
                    listed=listed, reason=price.override_reason)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.PRICE, Column.NUMBER):
                return formatting.NUMBER_ALIGNMENT
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and background:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATE:
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATE:
            return self._icons[line.state]
        if role == Qt.ItemDataRole.UserRole:
            return line.state
        return None

    def _text(self, line: QuoteLine, column: Column) -> str:
        chosen = line.chosen
        match column:
            case Column.NUMBER:
                return str(line.position)
            case Column.NEED:
                return self.needs.get(line.requirement_id, "") or line.site
            case Column.SERVICE:
                return line.service_name or "—"
            case Column.LEVEL:
                return chosen.level_name if chosen else "—"
            case Column.TARGETS:
                return requirements.describe_targets(chosen) if chosen else "—"
            case Column.PRICE:
                if chosen is None or line.state == LineState.INFEASIBLE:
                    return "—"
                price = formatting.money(chosen.line_total, chosen.currency)
                if chosen.price.override is None:
                    return price
                return translate("TraceModel", "{price} (custom)").format(price=price)
            case Column.STATE:
                return state_text(line)


class InfeasibleDialog(UseCaseDialog):
    """Mark one requirement infeasible: technical or commercial, and why (of the document as read at ``row_version``)."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, document_id: int, line: QuoteLine, row_version: int
    ) -> None:
        if line.service_name:
            intro = translate(
                "InfeasibleDialog", "Requirement {number} ({service}, {site}) cannot be delivered. "
                "Say whether the obstacle is technical or commercial, and why.",
            ).format(number=line.position, service=line.service_name, site=line.site)
        else:
            intro = translate(
                "InfeasibleDialog", "Requirement {number} (no service, {site}) cannot be delivered. "
                "Say whether the obstacle is technical or commercial, and why.",
            ).format(number=line.position, site=line.site)
        super().__init__(
            parent, title=translate("InfeasibleDialog", "Mark infeasible"), intro=intro,
            ok_text=translate("InfeasibleDialog", "Mark infeasible"),
        )
        self.subject = translate("InfeasibleDialog", "the requirements document")  # a stale refusal says it changed
        self.kind = QComboBox()
        for code in INFEASIBLE_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.reason = QPlainTextEdit(
            placeholderText=translate("InfeasibleDialog", "e.g. a 4-hour on-site response is offered in cities only"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(80)
        self.add_field("infeasible_kind", translate("InfeasibleDialog", "&Kind:"), self.kind)
        self.add_field("infeasible_reason", translate("InfeasibleDialog", "&Reason:"), self.reason)
        self.on_submit(lambda: requirements.mark_infeasible(
            context.db, context.actor, document_id, line.requirement_id, self.kind.currentData(),
            self.reason.toPlainText(), row_version=row_version,
        ))


class TraceabilityMatrix(DocumentTab):
    """Every requirement traced to a service and level, with what needs attention.

    Signals:
        changed: a requirement was marked infeasible or cleared (stored); the row version it was made against.
        refused_stale: a change was refused because the document changed since it was read (the ``ConcurrencyError``).
        reload_requested: the person chose Reload after such a refusal.

    Attributes:
        summary: e.g. "2 of 5 requirements need attention".
        dialog: the open "Mark infeasible" dialog, if any.
        row_version: the document's row version, read with what the matrix shows.
    """

    def __init__(
        self, context: AppContext, document_id: int, parent: QWidget | None = None,
        priced: requirements.PricedDocument | None = None,
    ) -> None:
        super().__init__(context, document_id, translate(
            "TraceabilityMatrix", "Unsaved changes on the Requirements tab are not traced until you save (Ctrl+S)."), parent)
        self.dialog: InfeasibleDialog | None = None
        style = self.style()
        icons = {
            LineState.TRACED: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            LineState.INFEASIBLE: style.standardIcon(QStyle.StandardPixmap.SP_BrowserStop),
            **{state: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) for state in ATTENTION},
        }
        self.model = TraceModel(icons)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView::item { padding: 5px 4px; }")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.STATE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.NUMBER, 36), (Column.NEED, 240), (Column.SERVICE, 160), (Column.LEVEL, 140),
                              (Column.TARGETS, 230), (Column.PRICE, 140)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column) + 8))  # a longer language's header
        self.summary = QLabel()
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.error = ErrorLabel()
        self.mark_action = QAction(translate("TraceabilityMatrix", "&Mark infeasible…"), self)
        self.mark_action.setShortcut(QKeySequence("Ctrl+I"))
        self.mark_action.setToolTip(
            translate("TraceabilityMatrix", "Mark the selected requirement infeasible, with a reason (Ctrl+I)"))
        self.mark_action.triggered.connect(self.mark_infeasible)
        self.clear_action = QAction(translate("TraceabilityMatrix", "&Clear infeasible"), self)
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.clear_action.setToolTip(
            translate("TraceabilityMatrix", "The selected requirement can be delivered after all (Ctrl+Shift+I)"))
        self.clear_action.triggered.connect(self.clear_infeasible)
        self.addActions([self.mark_action, self.clear_action])
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for action in (self.mark_action, self.clear_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stale)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.start(priced)

    def show_priced(self, priced: requirements.PricedDocument) -> None:
        """Show the document as the window read it (the editor shares one read with both tabs)."""
        view, quote = priced.view, priced.quote
        self.document_id = view.id
        row = self.current_row()
        self.editable = view.editable and requirements.why_not_edit(self.context.actor) is None
        self.row_version = view.row_version
        self.model.set_quote(quote, view)
        self.summary.setText(attention_summary(quote))
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self._update_actions()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_actions(self) -> None:
        row = self.current_row()
        line = self.model.line(row) if 0 <= row < self.model.rowCount() else None
        tip = "" if self.editable else translate(
            "TraceabilityMatrix", "This version is read-only; make a new version to change it")
        self.mark_action.setEnabled(self.editable and line is not None and line.state != LineState.INFEASIBLE)
        self.clear_action.setEnabled(self.editable and line is not None and line.state == LineState.INFEASIBLE)
        for action in (self.mark_action, self.clear_action):
            action.setStatusTip(tip)

    def mark_infeasible(self) -> InfeasibleDialog | None:
        row = self.current_row()
        if row < 0 or not self.mark_action.isEnabled():
            return None
        based_on = self.row_version
        dialog = InfeasibleDialog(self, self.context, self.document_id, self.model.line(row), based_on)
        dialog.reports_to(self.context, self._changed())
        dialog.accepted.connect(lambda: self._stored(based_on))
        dialog.reload_requested.connect(self.reload_requested)
        self.dialog = dialog
        dialog.open()
        return dialog

    def clear_infeasible(self) -> bool:
        row = self.current_row()
        if row < 0 or not self.clear_action.isEnabled():
            return False
        line = self.model.line(row)
        based_on = self.row_version
        self.error.show_message("")
        done = operations.change(
            self, self.context,
            lambda: requirements.mark_infeasible(self.context.db, self.context.actor, self.document_id,
                                                 line.requirement_id, None, row_version=based_on),
            what=translate("TraceabilityMatrix", "Clear infeasible"), changed=self._changed(),
            fields=operations.Beside(self.error),
            stale=self.refused_stale.emit, say=self.say,
        )
        if not done:
            return False
        self._stored(based_on)
        return True

    def _stored(self, based_on: int) -> None:
        self.reload()
        self.say(self.summary.text())
        self.changed.emit(based_on)
