"""The pricing matrix's model: requirements (rows) by levels (columns), with a totals row at the bottom.

A cell holds the monthly price and the targets at that level as HTML (``HTML_ROLE``);
a level the catalogue cannot offer is greyed with the reason.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core import requirements
from ...core.pricing import LevelOption, Quote, QuoteLine, Totals
from ...core.requirements import InfeasibleKind, RequirementsView
from ..common import formatting
from ..common.i18n import translate
from ..common.quote_text import option_tooltip, volume_text

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
# What a row marked infeasible says across the levels, by the kind of obstacle.
INFEASIBLE_NOTES = {
    InfeasibleKind.TECHNICAL: QT_TRANSLATE_NOOP("PricingModel", "Marked infeasible (technical): {reason}"),
    InfeasibleKind.COMMERCIAL: QT_TRANSLATE_NOOP("PricingModel", "Marked infeasible (commercial): {reason}"),
}
# A level cell as a screen reader says it, by its kind.
SPOKEN_KINDS = {
    "chosen": QT_TRANSLATE_NOOP("PricingModel", "{level}: {price}, chosen"),
    "offered": QT_TRANSLATE_NOOP("PricingModel", "{level}: {price}, offered"),
    "not_offered": QT_TRANSLATE_NOOP("PricingModel", "{level}: {price}, cannot be offered"),
}


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
        # What each cell shows for each role, worked out once per quote: sizing the rows to their contents asks
        # every cell of every row, for several roles, at each layout.
        self._shown: dict[tuple[int, int, int], Any] = {}

    def set_quote(self, quote: Quote, view: RequirementsView | None = None) -> None:
        self.beginResetModel()
        self.quote = quote
        self.levels = level_columns(quote)
        self._level_totals = quote.level_totals()
        if view is not None:
            self.needs = {item.id: item.need for item in view.items}
        self._shown.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.quote.lines) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.levels)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        name = translate("PricingModel", "Requirement") if section == 0 else self.levels[section - 1]
        vip = section > 0 and self._is_vip(name)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {name}".replace(" (", "\n(") if vip else name
        if role == Qt.ItemDataRole.ToolTipRole and vip:
            return translate("PricingModel", "{level}: a level made for this customer").format(level=name)
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
        key = (index.row(), index.column(), role)
        if key not in self._shown:
            self._shown[key] = self._data(index.row(), index.column(), role)
        return self._shown[key]

    def _data(self, row: int, column: int, role: int) -> Any:
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
            return option_tooltip(option) if option else translate(
                "PricingModel", "{service} has no level by this name").format(service=line.service_name)
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "chosen":
                return QBrush(CHOSEN_BACKGROUND)
            if kind in ("not_offered", "absent"):
                return QBrush(NOT_OFFERED_BACKGROUND)
        if role == Qt.ItemDataRole.AccessibleTextRole and option and kind in SPOKEN_KINDS:
            return translate("PricingModel", SPOKEN_KINDS[kind]).format(
                level=option.level_name, price=formatting.money(option.line_total, option.currency))
        return None

    def _requirement_data(self, line: QuoteLine, role: int) -> Any:
        where = " · ".join(part for part in (line.site, line.region, line.coverage) if part)
        if role == KIND_ROLE:
            return "requirement"
        service = line.service_name or translate("PricingModel", "No service")
        if role == HTML_ROLE:
            service = escape(service)
            return (
                f"<b>{line.position}. {service}</b><br>{escape(where)}"
                + _small(f"{escape(volume_text(line))} · {', '.join(line.priorities)}")
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{line.position}. {service} — {where}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.needs.get(line.requirement_id) or where
        return None

    def _note_data(self, line: QuoteLine, role: int) -> Any:
        if line.infeasible_kind in INFEASIBLE_NOTES:
            text = translate("PricingModel", INFEASIBLE_NOTES[line.infeasible_kind]).format(reason=line.infeasible_reason)
        elif line.infeasible_kind:
            text = translate("PricingModel", "Marked infeasible ({kind}): {reason}").format(
                kind=line.infeasible_kind, reason=line.infeasible_reason)
        else:
            text = translate("PricingModel", "No service in the catalogue matches this need: "
                                             "choose one on the Requirements tab or mark it infeasible.")
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
            return _small(escape(translate("PricingModel", "not offered for this service")), GREYED, "right")
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
            head += _small(escape(translate("PricingModel", "Custom price: {reason}").format(reason=price.override_reason)),
                           CUSTOM)
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
                head = escape(translate("PricingModel", "Total per month"))
                note = escape(translate("PricingModel", "every requirement at this level, before and after tax"))
                return f"<b>{head}</b>" + _small(note)
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("PricingModel", "Total per month")
            return None
        name = self.levels[column - 1]
        totals = self._level_totals.get(name)
        if totals is None or totals.currency is None:
            if role in (HTML_ROLE, Qt.ItemDataRole.DisplayRole):
                return _small("—", GREYED, "right") if role == HTML_ROLE else "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("PricingModel", "{level} cannot be offered for every requirement, so it has no total to compare"
                                 ).format(level=name)
            return None
        subtotal = formatting.money(totals.subtotal, totals.currency)
        total = formatting.money(totals.total, totals.currency)
        rate = formatting.percent(totals.tax_rate_pct)
        if role == HTML_ROLE:
            tax = translate("PricingModel", "+ {rate} tax = {total}").format(rate=rate, total=total)
            return f"<div align='right'><b>{subtotal}</b></div>" + _small(escape(tax), MUTED, "right")
        if role == Qt.ItemDataRole.DisplayRole:
            return subtotal
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("PricingModel", "{level} for every requirement: {subtotal} + {rate} tax = {total}").format(
                level=name, subtotal=subtotal, rate=rate, total=total)
        return None
