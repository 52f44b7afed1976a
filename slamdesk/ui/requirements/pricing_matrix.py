"""The pricing matrix: every requirement's service at every level, side by side.

A cell shows the monthly price and the targets at that level; a level the
catalogue cannot offer is greyed with the reason and cannot be chosen. A click
chooses a level through ``core`` and the totals follow at once. Money is
written with babel for the display locale (``formatting.money``).
"""

from __future__ import annotations

from collections import OrderedDict
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import requirements
from ...core.pricing import LineState, Quote, QuoteLine
from ...core.requirements import RequirementsView
from .. import operations
from ..common import formatting
from ..common.i18n import translate
from ..common.widgets import ErrorLabel
from ..context import AppContext
from .document_tab import DocumentTab
from .override_dialog import OverrideDialog
from .pricing_model import HTML_ROLE, KIND_ROLE, MUTED, PricingModel


class OptionDelegate(QStyledItemDelegate):
    """Paints a cell's HTML, with a radio mark on level cells (filled when chosen)."""

    PADDING = 8
    RADIO = 16
    KEPT = 512  # laid-out cells kept, the least recently used dropped first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A cell's text laid out once for its HTML, font and width, not once per size asked and per paint: laying the
        # matrix out asks each cell's size several times (bench/requirements_ui_bench.py).
        self._laid_out: OrderedDict[tuple[str, str, int], QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        key = (html, option.font.key(), max(width, 10))
        document = self._laid_out.get(key)
        if document is not None:
            self._laid_out.move_to_end(key)
            return document
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(key[2])
        self._laid_out[key] = document
        if len(self._laid_out) > self.KEPT:
            self._laid_out.popitem(last=False)
        return document

    def _text_rect(self, rect: QRect, kind: str) -> QRect:
        inner = rect.adjusted(self.PADDING, self.PADDING - 2, -self.PADDING, -self.PADDING + 2)
        if kind in ("chosen", "offered", "not_offered"):
            inner.setLeft(inner.left() + self.RADIO + 8)
        return inner

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        kind = index.data(KIND_ROLE) or ""
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        if kind in ("chosen", "offered", "not_offered"):
            radio = QStyleOptionButton()
            radio.rect = QRect(rect.left() + self.PADDING, rect.top() + self.PADDING, self.RADIO, self.RADIO)
            radio.state = QStyle.StateFlag.State_On if kind == "chosen" else QStyle.StateFlag.State_Off
            model = index.model()
            if kind != "not_offered" and isinstance(model, PricingModel) and model.editable:
                radio.state |= QStyle.StateFlag.State_Enabled
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter, widget)
        text_rect = self._text_rect(rect, kind)
        document = self._document(item, index.data(HTML_ROLE) or escape(str(index.data() or "")), text_rect.width())
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        document.drawContents(painter, QRectF(0, 0, text_rect.width(), text_rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget  # type: ignore[attr-defined]
        width = widget.columnWidth(index.column()) if isinstance(widget, QTableView) else 220
        kind = index.data(KIND_ROLE) or ""
        text_width = self._text_rect(QRect(0, 0, width, 100), kind).width()
        document = self._document(item, index.data(HTML_ROLE) or "", text_width)
        return QSize(width, int(document.size().height()) + 2 * self.PADDING)


class PricingMatrix(DocumentTab):
    """Every requirement at every level, priced; click a price to choose that level.

    Signals:
        changed: a level or a custom price was stored; the row version it was made against.
        refused_stale: a change was refused because the document changed since it was read (the ``ConcurrencyError``).
        reload_requested: the person chose Reload after such a refusal.

    Attributes:
        subtotal, tax, total: the chosen levels' totals, as ``core`` adds them up.
        error: the label beside the matrix for a refused choice.
        dialog: the open custom-price dialog, if any.
        row_version: the document's row version, read with what the matrix shows.
    """

    def __init__(
        self, context: AppContext, document_id: int, parent: QWidget | None = None,
        priced: requirements.PricedDocument | None = None,
    ) -> None:
        super().__init__(context, document_id, translate(
            "PricingMatrix", "Unsaved changes on the Requirements tab are not priced until you save (Ctrl+S)."), parent)
        self.dialog: OverrideDialog | None = None
        self.model = PricingModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(OptionDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.error = ErrorLabel()
        self.subtotal, self.tax, self.total = QLabel(), QLabel(), QLabel()
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.override_action = QAction(translate("PricingMatrix", "Custom &price…"), self)
        self.override_action.setShortcut(QKeySequence("Ctrl+K"))
        self.override_action.setToolTip(
            translate("PricingMatrix", "A custom (VIP) price for the selected requirement, with a reason (Ctrl+K)"))
        self.override_action.triggered.connect(self.set_override)
        self.restore_action = QAction(translate("PricingMatrix", "&Restore list price"), self)
        self.restore_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.restore_action.setToolTip(translate("PricingMatrix", "Drop the selected requirement's custom price (Ctrl+Shift+K)"))
        self.restore_action.triggered.connect(self.restore_list_price)
        self.addActions([self.override_action, self.restore_action])
        self._lay_out()
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.start(priced)

    def _lay_out(self) -> None:
        intro = QLabel(translate(
            "PricingMatrix", "Click a price to choose that level. Greyed levels cannot be offered; the reason is shown."),
            wordWrap=True)
        intro.setStyleSheet(f"color: {MUTED};")
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        for action in (self.override_action, self.restore_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        totals = QGridLayout()
        totals.setColumnStretch(0, 1)
        totals.addWidget(self.error, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        for row, label in enumerate((self.subtotal, self.tax, self.total)):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(label, row, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stale)
        layout.addWidget(self.table, 1)
        layout.addLayout(totals)

    def show_priced(self, priced: requirements.PricedDocument) -> None:
        """Show the document as the window read it (the editor shares one read with both tabs)."""
        self.document_id = priced.view.id
        self.editable = self.model.editable = (priced.view.editable
                                               and requirements.why_not_edit(self.context.actor) is None)
        self.row_version = priced.view.row_version
        self._show(priced.quote, priced.view)

    def _show(self, quote: Quote, view: RequirementsView | None = None) -> None:
        current = self.table.currentIndex()
        self.model.set_quote(quote, view)
        self.table.clearSpans()
        for row in range(len(quote.lines)):
            if self.model.spanned(row) and self.model.levels:
                self.table.setSpan(row, 1, 1, len(self.model.levels))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 290)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._show_totals(quote)
        self._update_actions()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def _show_totals(self, quote: Quote) -> None:
        totals = quote.totals
        if totals.currency is None:
            self.subtotal.setText("")
            self.tax.setText("")
            self.total.setText(translate("PricingMatrix", "Total per month: choose a level for each requirement"))
            return
        self.subtotal.setText(translate("PricingMatrix", "Chosen levels, subtotal: {subtotal}").format(
            subtotal=formatting.money(totals.subtotal, totals.currency)))
        self.tax.setText(translate("PricingMatrix", "Tax {rate}: {tax}").format(
            rate=formatting.percent(totals.tax_rate_pct), tax=formatting.money(totals.tax, totals.currency)))
        waiting = sum(1 for line in quote.lines if line.state in (LineState.UNPRICED, LineState.UNMATCHED, LineState.BLOCKED))
        total = formatting.money(totals.total, totals.currency)
        if waiting:
            self.total.setText(translate("PricingMatrix", "Total per month: {total}  (%n without a level yet)", None,
                                         waiting).format(total=total))
        else:
            self.total.setText(translate("PricingMatrix", "Total per month: {total}").format(total=total))

    def _clicked(self, index: QModelIndex) -> None:
        option = self.model.option(index.row(), index.column())
        if option is not None:
            self.choose(index.row(), option.level_id)

    def choose(self, row: int, level_id: int) -> bool:
        """Choose level ``level_id`` for the requirement on ``row``; ``core`` refuses what it cannot offer."""
        line = self.model.line(row)
        if line is None:
            return False
        if line.chosen_level_id == level_id:
            return True
        self.error.show_message("")
        based_on = self.row_version
        done = operations.change(
            self, self.context,
            lambda: requirements.choose_levels(self.context.db, self.context.actor, self.document_id,
                                               {line.requirement_id: level_id}, row_version=based_on),
            what=translate("PricingMatrix", "Choose level"), changed=self._changed(), fields=operations.Beside(self.error),
            stale=self.refused_stale.emit, say=self.say,
        )
        quote = done.value
        if quote is None:
            return False
        self.row_version = based_on + 1  # a save moves the document on by exactly one version
        self._show(quote)
        chosen = quote.lines[row].chosen
        if chosen is not None:
            said = translate("PricingMatrix", "Requirement {number}: {level}").format(
                number=line.position, level=chosen.level_name)
        else:
            said = translate("PricingMatrix", "Requirement {number}: no level").format(number=line.position)
        self.say(f"{said} · {self.total.text()}")
        self.changed.emit(based_on)
        return True

    def choose_by_name(self, row: int, level_name: str) -> bool:
        option = self.model.option(row, self.model.column_of(level_name))
        return option is not None and self.choose(row, option.level_id)

    def current_line(self) -> QuoteLine | None:
        index = self.table.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        line = self.current_line()
        usable = self.editable and line is not None and not line.infeasible_kind and line.service_id is not None
        self.override_action.setEnabled(usable)
        has_override = line is not None and line.chosen is not None and line.chosen.price.override is not None
        self.restore_action.setEnabled(usable and has_override)

    def set_override(self) -> OverrideDialog | None:
        line = self.current_line()
        if line is None or not self.override_action.isEnabled():
            return None
        based_on = self.row_version
        dialog = OverrideDialog(self, self.context, self.document_id, line, based_on)
        dialog.reports_to(self.context, self._changed())
        dialog.accepted.connect(lambda: self._overridden(dialog, based_on))
        dialog.reload_requested.connect(self.reload_requested)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _overridden(self, dialog: OverrideDialog, based_on: int) -> None:
        if dialog.quote is not None:
            self.row_version = based_on + 1
            self._show(dialog.quote)
            stored = translate("PricingMatrix", "Custom price stored")
            self.say(f"{stored} · {self.total.text()}")
            self.changed.emit(based_on)

    def restore_list_price(self) -> bool:
        line = self.current_line()
        if line is None or not self.restore_action.isEnabled():
            return False
        based_on = self.row_version
        done = operations.change(
            self, self.context,
            lambda: requirements.set_price_override(self.context.db, self.context.actor, self.document_id,
                                                    line.requirement_id, None, row_version=based_on),
            what=translate("PricingMatrix", "Restore the list price"), changed=self._changed(),
            fields=operations.Beside(self.error),
            stale=self.refused_stale.emit, say=self.say,
        )
        quote = done.value
        if quote is None:
            return False
        self.row_version = based_on + 1
        self._show(quote)
        self.changed.emit(based_on)
        return True
