"""The pricing matrix: every requirement's service at every level, side by side.

A cell shows the monthly price and the targets at that level; a level the
catalogue cannot offer is greyed with the reason and cannot be chosen. A click
chooses a level through ``core`` and the totals follow at once. Money is
written with babel for the display locale (``formatting.money``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import catalogue, requirements
from ..core.errors import ConcurrencyError, SlamdeskError, ValidationError
from ..core.pricing import LevelOption, Quote, QuoteLine, Totals
from ..core.requirements import INFEASIBLE_KINDS, RequirementsView
from . import feedback, formatting
from .context import AppContext
from .dialogs import UseCaseDialog
from .widgets import ErrorLabel

_Index = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
CHOSEN_BACKGROUND = QColor("#e6f4ea")
NOT_OFFERED_BACKGROUND = QColor("#f3f4f6")
TOTALS_BACKGROUND = QColor("#eef2f7")
NOTE_BACKGROUND = QColor("#fff7ed")
MUTED = "#6b7280"
GREYED = "#9ca3af"
REFUSED = "#9b1c1c"
CUSTOM = "#92400e"
VOLUME_NOUNS = {"user": "users", "device": "devices", "site": "sites"}


def option_tooltip(option: LevelOption) -> str:
    """Why a level cannot be offered, or how its price is made up."""
    if not option.feasible:
        return f"{option.level_name} cannot be offered:\n" + "\n".join(f"• {p}" for p in option.problems)
    price = option.price
    parts = [f"{option.level_name}: {formatting.money(option.line_total, option.currency)} per month"]
    if price.override is not None:
        parts.append(f"custom price (list {formatting.money(price.list_total, option.currency)}): "
                     f"{price.override_reason}")
    if price.fixed_fee:
        parts.append(f"fixed fee {formatting.money(price.fixed_fee, option.currency)}")
    if price.units and price.unit_fee:
        parts.append(f"{formatting.money(price.unit_fee, option.currency)} × {price.units}")
    if price.discount:
        parts.append(f"volume discount {formatting.percent(price.discount_pct)}")
    if price.surcharge:
        parts.append(f"regional surcharge {formatting.percent(price.surcharge_pct)}")
    if price.value_amount:
        parts.append(f"{formatting.money(price.value_price, option.currency)} × {price.value_volume} per month")
    parts.append(f"{formatting.percent(option.availability_pct)} availability, {option.coverage}")
    targets = requirements.describe_targets(option)
    return "\n".join(parts + ([targets] if targets else []))


def volume_text(line: QuoteLine) -> str:
    if line.service_id is None:
        volumes = line.volumes
        counts = ((volumes.users, "users"), (volumes.devices, "devices"), (volumes.sites, "sites"))
        return ", ".join(f"{count} {noun}" for count, noun in counts if count)
    noun = VOLUME_NOUNS.get(line.unit)
    if noun is not None:
        return f"{line.quantity} {noun}"
    value = line.volumes.items_per_month or line.volumes.tickets_per_month
    return f"{value} per month" if value else "fixed price"


def level_columns(quote: Quote) -> list[str]:
    """Level names across the quote: standard levels by rank, then the customer's VIP levels."""
    ranks: dict[str, tuple[bool, int]] = {}
    for line in quote.lines:
        for option in line.options:
            key = (option.vip, option.rank)
            ranks[option.level_name] = min(ranks.get(option.level_name, key), key)
    return sorted(ranks, key=lambda name: ranks[name])


def _small(text: str, colour: str = MUTED, align: str = "left") -> str:
    return f"<div align='{align}' style='color:{colour}; font-size:small'>{text}</div>"


class PricingModel(QAbstractTableModel):
    """Requirements (rows) by levels (columns), with a totals row at the bottom."""

    def __init__(self) -> None:
        super().__init__()
        self.quote = Quote(lines=())
        self.levels: list[str] = []
        self.needs: dict[int, str] = {}
        self.editable = False
        self._level_totals: dict[str, Totals] = {}

    def set_quote(self, quote: Quote, view: RequirementsView | None = None) -> None:
        self.beginResetModel()
        self.quote = quote
        self.levels = level_columns(quote)
        self._level_totals = quote.level_totals()
        if view is not None:
            self.needs = {item.id: item.need for item in view.items}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.quote.lines) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.levels)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        name = "Requirement" if section == 0 else self.levels[section - 1]
        vip = section > 0 and self._is_vip(name)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {name}".replace(" (", "\n(") if vip else name
        if role == Qt.ItemDataRole.ToolTipRole and vip:
            return f"{name}: a level made for this customer"
        return None

    def _is_vip(self, name: str) -> bool:
        return any(o.vip for line in self.quote.lines for o in line.options if o.level_name == name)

    def is_totals(self, row: int) -> bool:
        return row == len(self.quote.lines)

    def line(self, row: int) -> QuoteLine | None:
        return self.quote.lines[row] if 0 <= row < len(self.quote.lines) else None

    def option(self, row: int, column: int) -> LevelOption | None:
        line = self.line(row)
        if line is None or column < 1 or column > len(self.levels):
            return None
        return next((o for o in line.options if o.level_name == self.levels[column - 1]), None)

    def spanned(self, row: int) -> bool:
        """A row with nothing to choose from: marked infeasible, or no service."""
        line = self.line(row)
        return line is not None and (bool(line.infeasible_kind) or line.service_id is None)

    def column_of(self, level_name: str) -> int:
        return 1 + self.levels.index(level_name)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        option = self.option(index.row(), index.column())
        if index.column() > 0 and not self.spanned(index.row()) and (option is None or not option.feasible):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if self.is_totals(row):
            return self._totals_data(column, role)
        line = self.line(row)
        assert line is not None
        if column == 0:
            return self._requirement_data(line, role)
        if self.spanned(row):
            return self._note_data(line, role)
        option = self.option(row, column)
        kind = "absent" if option is None else (
            "not_offered" if not option.feasible else "chosen" if option.level_id == line.chosen_level_id else "offered"
        )
        if role == KIND_ROLE:
            return kind
        if role == HTML_ROLE:
            return self._option_html(option, kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return formatting.money(option.line_total, option.currency) if option else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return option_tooltip(option) if option else f"{line.service_name} has no level by this name"
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "chosen":
                return QBrush(CHOSEN_BACKGROUND)
            if kind in ("not_offered", "absent"):
                return QBrush(NOT_OFFERED_BACKGROUND)
        if role == Qt.ItemDataRole.AccessibleTextRole and option:
            return f"{option.level_name}: {formatting.money(option.line_total, option.currency)}, {kind}"
        return None

    def _requirement_data(self, line: QuoteLine, role: int) -> Any:
        where = " · ".join(part for part in (line.site, line.region, line.coverage) if part)
        if role == KIND_ROLE:
            return "requirement"
        if role == HTML_ROLE:
            service = escape(line.service_name or "No service")
            return (
                f"<b>{line.position}. {service}</b><br>{escape(where)}"
                + _small(f"{escape(volume_text(line))} · {', '.join(line.priorities)}")
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{line.position}. {line.service_name or 'No service'} — {where}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.needs.get(line.requirement_id) or where
        return None

    def _note_data(self, line: QuoteLine, role: int) -> Any:
        if line.infeasible_kind:
            kind = INFEASIBLE_KINDS.get(line.infeasible_kind, line.infeasible_kind).lower()
            text = f"Marked infeasible ({kind}): {line.infeasible_reason}"
        else:
            text = "No service in the catalogue matches this need: choose one on the Requirements tab or mark it infeasible."
        if role == KIND_ROLE:
            return "note"
        if role == HTML_ROLE:
            return f"<span style='color:#475569'>⊘ {escape(text)}</span>"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(NOTE_BACKGROUND)
        return None

    @staticmethod
    def _option_html(option: LevelOption | None, kind: str) -> str:
        if option is None:
            return _small("not offered for this service", GREYED, "right")
        money = formatting.money(option.line_total, option.currency)
        targets = escape(requirements.describe_targets(option))
        if kind == "not_offered":
            return (
                f"<div align='right' style='color:{GREYED}'>{money}</div>"
                + _small("✕ " + escape("; ".join(option.problems)), REFUSED)
            )
        price = option.price
        if price.override is not None:
            listed = formatting.money(price.list_total, option.currency)
            head = f"<div align='right'><s style='color:{MUTED}'>{listed}</s>&nbsp;&nbsp;<b>{money}</b></div>"
            head += _small(f"Custom price: {escape(price.override_reason)}", CUSTOM)
        else:
            head = f"<div align='right'><b>{money}</b></div>" if kind == "chosen" else f"<div align='right'>{money}</div>"
        return head + _small(targets)

    def _totals_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTALS_BACKGROUND)
        if role == KIND_ROLE:
            return "total"
        if column == 0:
            if role == HTML_ROLE:
                return "<b>Total per month</b>" + _small("every requirement at this level, before and after tax")
            if role == Qt.ItemDataRole.DisplayRole:
                return "Total per month"
            return None
        name = self.levels[column - 1]
        totals = self._level_totals.get(name)
        if totals is None or totals.currency is None:
            if role in (HTML_ROLE, Qt.ItemDataRole.DisplayRole):
                return _small("—", GREYED, "right") if role == HTML_ROLE else "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{name} cannot be offered for every requirement, so it has no total to compare"
            return None
        subtotal = formatting.money(totals.subtotal, totals.currency)
        total = formatting.money(totals.total, totals.currency)
        tax = f"+ {formatting.percent(totals.tax_rate_pct)} tax = {total}"
        if role == HTML_ROLE:
            return f"<div align='right'><b>{subtotal}</b></div>" + _small(tax, MUTED, "right")
        if role == Qt.ItemDataRole.DisplayRole:
            return subtotal
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{name} for every requirement: {subtotal} {tax}"
        return None


class OptionDelegate(QStyledItemDelegate):
    """Paints a cell's HTML, with a radio mark on level cells (filled when chosen)."""

    PADDING = 8
    RADIO = 16

    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(max(width, 10))
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


class OverrideDialog(UseCaseDialog):
    """A custom (VIP) monthly price for a requirement's chosen level, with the reason for it.

    Attributes:
        quote: the quote after the price was stored.
    """

    subject = "the requirements document"

    def __init__(
        self, parent: QWidget | None, context: AppContext, document_id: int, line: QuoteLine, row_version: int
    ) -> None:
        chosen = line.chosen
        listed = (
            f"The list price of {chosen.level_name} is {formatting.money(chosen.price.list_total, chosen.currency)} "
            "per month. " if chosen else "Choose a level for this requirement first. "
        )
        super().__init__(
            parent, title="Custom price",
            intro=f"Requirement {line.position}: {line.service_name}, {line.site}. {listed}"
                  "A custom price replaces the list price in the quote and the agreement; its reason is kept.",
            ok_text="Set custom price",
        )
        self.amount = QLineEdit(placeholderText="Monthly price")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if chosen is not None and chosen.price.override is not None:
            self.amount.setText(formatting.decimal_text(chosen.price.override))
        self.reason = QLineEdit(chosen.price.override_reason if chosen else "")
        self.reason.setPlaceholderText("e.g. framework rate agreed with the customer's CFO")
        self.add_field("price_override", "Monthly &price:", self.amount)
        self.add_field("override_reason", "&Reason:", self.reason)
        self.quote: Quote | None = None

        def submit() -> None:
            self.quote = requirements.set_price_override(
                context.db, context.actor, document_id, line.requirement_id, self.amount.text(), self.reason.text(),
                row_version=row_version,
            )

        self.on_submit(submit)


class PricingMatrix(QWidget):
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

    changed = Signal(int)
    refused_stale = Signal(object)
    reload_requested = Signal()

    def __init__(self, context: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.document_id = context, document_id
        self.editable = False
        self.row_version = 0
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
        self.stale = QLabel("Unsaved changes on the Requirements tab are not priced until you save (Ctrl+S).")
        self.stale.setStyleSheet("color: #92400e;")
        self.stale.hide()
        self.error = ErrorLabel()
        self.subtotal, self.tax, self.total = QLabel(), QLabel(), QLabel()
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.override_action = QAction("Custom &price…", self)
        self.override_action.setShortcut(QKeySequence("Ctrl+K"))
        self.override_action.setToolTip("A custom (VIP) price for the selected requirement, with a reason (Ctrl+K)")
        self.override_action.triggered.connect(self.set_override)
        self.restore_action = QAction("&Restore list price", self)
        self.restore_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.restore_action.setToolTip("Drop the selected requirement's custom price (Ctrl+Shift+K)")
        self.restore_action.triggered.connect(self.restore_list_price)
        self.addActions([self.override_action, self.restore_action])
        self._lay_out()
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.reload()

    def _lay_out(self) -> None:
        intro = QLabel("Click a price to choose that level. Greyed levels cannot be offered; the reason is shown.")
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

    def set_document(self, document_id: int) -> None:
        self.document_id = document_id
        self.reload()

    def set_stale(self, stale: bool) -> None:
        self.stale.setVisible(stale)

    def reload(self) -> None:
        view = requirements.get_requirements(self.context.db, self.document_id)
        self.editable = self.model.editable = view.editable
        self.row_version = view.row_version
        self._show(requirements.quote_for(view, catalogue.list_services(self.context.db)), view)

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
            self.total.setText("Total per month: choose a level for each requirement")
            return
        self.subtotal.setText(f"Chosen levels, subtotal: {formatting.money(totals.subtotal, totals.currency)}")
        self.tax.setText(
            f"Tax {formatting.percent(totals.tax_rate_pct)}: {formatting.money(totals.tax, totals.currency)}"
        )
        waiting = sum(1 for line in quote.lines if line.state in ("unpriced", "unmatched", "blocked"))
        note = f"  ({waiting} without a level yet)" if waiting else ""
        self.total.setText(f"Total per month: {formatting.money(totals.total, totals.currency)}{note}")

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
        try:
            quote = requirements.choose_levels(
                self.context.db, self.context.actor, self.document_id, {line.requirement_id: level_id},
                row_version=based_on,
            )
        except ConcurrencyError as error:
            self.refused_stale.emit(error)
            return False
        except ValidationError as error:
            self.error.show_message(str(error))
            return False
        except SlamdeskError as error:
            self.error.show_message(str(error))
            feedback.show_error(self, "Choose level", str(error))
            return False
        self.row_version = based_on + 1  # a save moves the document on by exactly one version
        self._show(quote)
        chosen = quote.lines[row].chosen
        self.context.message.emit(
            f"Requirement {line.position}: {chosen.level_name if chosen else 'no level'} · {self.total.text()}"
        )
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
        dialog.accepted.connect(lambda: self._overridden(dialog, based_on))
        dialog.reload_requested.connect(self.reload_requested)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _overridden(self, dialog: OverrideDialog, based_on: int) -> None:
        if dialog.quote is not None:
            self.row_version = based_on + 1
            self._show(dialog.quote)
            self.context.message.emit(f"Custom price stored · {self.total.text()}")
            self.changed.emit(based_on)

    def restore_list_price(self) -> bool:
        line = self.current_line()
        if line is None or not self.restore_action.isEnabled():
            return False
        based_on = self.row_version
        try:
            quote = requirements.set_price_override(
                self.context.db, self.context.actor, self.document_id, line.requirement_id, None, row_version=based_on
            )
        except ConcurrencyError as error:
            self.refused_stale.emit(error)
            return False
        except SlamdeskError as error:
            self.error.show_message(str(error))
            return False
        self.row_version = based_on + 1
        self._show(quote)
        self.changed.emit(based_on)
        return True
