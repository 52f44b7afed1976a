"""Step 3: every requirement priced at every level of its service, side by side; pick one each."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from ...core import catalogue, requirements
from ...core.errors import ValidationError
from ...core.pricing import Quote, QuoteLine
from ..common import formatting
from ..common.i18n import translate
from ..common.quote_text import option_tooltip, volume_text
from ..context import AppContext
from .base import StepPage
from .state import WizardState

CHOSEN_BACKGROUND = QColor("#e6f4ea")
NOT_OFFERED_BACKGROUND = QColor("#f3f4f6")
NOT_OFFERED_TEXT = QColor("#9ca3af")
ROW_HEIGHT = 40


class PricingPage(StepPage):
    """Prices per level; options the catalogue cannot offer are greyed and cannot be chosen.

    Attributes:
        choosers: requirement id -> the combo choosing its level.
        subtotal, tax, total: the live totals, computed by ``core`` from the choices on screen.
    """

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title=translate("PricingPage", "Pricing"),
            subtitle=translate(
                "PricingPage", "Monthly price of each requirement at every service level. Choose a level per row, "
                               "or click a price. Greyed prices cannot be offered; point at one to see why."),
        )
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().hide()
        self.table.cellClicked.connect(self._choose_cell)
        self.subtotal = QLabel()
        self.tax = QLabel()
        self.total = QLabel()
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        totals = QGridLayout()
        totals.setColumnStretch(0, 1)
        for row, label in enumerate((self.subtotal, self.tax, self.total)):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(label, row, 1)
        self.choosers: dict[int, QComboBox] = {}
        # requirement id -> level id picked on screen, kept while going Back and Next
        self._picked: dict[int, int] = {}
        self._quote = Quote(lines=())
        self._row_version = 0  # the requirements document's, as read with the quote
        self._level_names: list[str] = []
        self.body.addWidget(self.table, 1)
        self.body.addLayout(totals)
        self.errors.alias("level", "table")
        self.body.addWidget(self.errors.label("table"))
        self.finish_layout(stretch=False)

    @property
    def _lines(self) -> tuple[QuoteLine, ...]:
        return self._quote.lines

    def initializePage(self) -> None:
        assert self.state.requirements_id is not None
        # The document's row version is read with the quote: choosing levels is refused if it changed since.
        view = requirements.get_requirements(self.context.db, self.state.requirements_id)
        self._row_version = view.row_version
        self._quote = self.state.quote or requirements.quote_for(view, catalogue.list_services(self.context.db))
        self._level_names = list(dict.fromkeys(o.level_name for line in self._lines for o in line.options))
        headers = [translate("PricingPage", "Requirement"), translate("PricingPage", "Volume"), *self._level_names,
                   translate("PricingPage", "Chosen level")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self._lines))
        self.choosers.clear()
        for row, line in enumerate(self._lines):
            self._fill_row(row, line)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The level choosers are cell widgets, which ResizeToContents does not measure: as wide as the widest.
        chosen = len(headers) - 1
        header.setSectionResizeMode(chosen, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(chosen, max([header.sectionSizeHint(chosen),
                                          *(chooser.sizeHint().width() for chooser in self.choosers.values())]))
        self._refresh()

    def _fill_row(self, row: int, line: QuoteLine) -> None:
        where = f"{line.site}, {line.region}" if line.region else line.site
        requirement = QTableWidgetItem(f"{line.service_name} — {where}")
        requirement.setToolTip(f"{requirement.text()}\n{line.coverage}, {', '.join(line.priorities)}")
        self.table.setItem(row, 0, requirement)
        volume = QTableWidgetItem(volume_text(line))
        volume.setTextAlignment(formatting.NUMBER_ALIGNMENT)
        self.table.setItem(row, 1, volume)
        for option in line.options:
            item = QTableWidgetItem(translate("PricingPage", "{amount} / month").format(
                amount=formatting.money(option.line_total, option.currency)))
            item.setTextAlignment(formatting.NUMBER_ALIGNMENT)
            item.setToolTip(option_tooltip(option))
            if not option.feasible:
                item.setText(f"{formatting.money(option.line_total, option.currency)}  ✕")
                item.setForeground(QBrush(NOT_OFFERED_TEXT))
                item.setBackground(QBrush(NOT_OFFERED_BACKGROUND))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 2 + self._level_names.index(option.level_name), item)
        chooser = QComboBox()
        chooser.addItem(translate("PricingPage", "Choose a level…"), None)
        picked = self._picked.get(line.requirement_id, line.chosen_level_id)
        entries = chooser.model()
        assert isinstance(entries, QStandardItemModel)
        for option in line.options:
            chooser.addItem(option.level_name, option.level_id)
            entry = entries.item(chooser.count() - 1)
            entry.setToolTip(option_tooltip(option))
            if not option.feasible:
                entry.setEnabled(False)
            elif option.level_id == picked:
                chooser.setCurrentIndex(chooser.count() - 1)
        chooser.currentIndexChanged.connect(self._refresh)
        self.errors.watch("table", chooser)  # the message about missing levels goes once one is chosen
        self.choosers[line.requirement_id] = chooser
        self.table.setCellWidget(row, 2 + len(self._level_names), chooser)

    def _feasible(self, line: QuoteLine, level_name: str) -> bool:
        return any(o.level_name == level_name and o.feasible for o in line.options)

    def _choose_cell(self, row: int, column: int) -> None:
        name_index = column - 2
        if 0 <= name_index < len(self._level_names):
            self.choose_level(row, self._level_names[name_index])

    def choose_level(self, row: int, level_name: str) -> bool:
        """Pick ``level_name`` for the requirement on ``row``; a level that cannot be offered is refused."""
        line = self._lines[row]
        if not self._feasible(line, level_name):
            return False
        chooser = self.choosers[line.requirement_id]
        chooser.setCurrentIndex(chooser.findText(level_name))
        return True

    def choose(self, level_name: str) -> None:
        """Pick ``level_name`` on every row that can have it."""
        for row in range(len(self._lines)):
            self.choose_level(row, level_name)

    def current_quote(self) -> Quote:
        """The quote as chosen on screen; ``core`` adds it up."""
        return dataclasses.replace(
            self._quote,
            lines=tuple(
                dataclasses.replace(line, chosen_level_id=self.choosers[line.requirement_id].currentData())
                for line in self._lines
            ),
        )

    def _refresh(self) -> None:
        quote = self.current_quote()
        self._picked.update({line.requirement_id: line.chosen_level_id for line in quote.lines if line.chosen_level_id})
        for row, line in enumerate(quote.lines):
            chosen = line.chosen.level_name if line.chosen else None
            for index, name in enumerate(self._level_names):
                item = self.table.item(row, 2 + index)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                    is_chosen = name == chosen
                    item.setBackground(QBrush(CHOSEN_BACKGROUND) if is_chosen else QBrush())
                    font = QFont(item.font())
                    font.setBold(is_chosen)
                    item.setFont(font)
        totals = quote.totals
        if totals.currency is None:
            self.subtotal.setText("")
            self.tax.setText("")
            self.total.setText(translate("PricingPage", "Total per month: choose a level for each requirement"))
            return
        self.subtotal.setText(translate("PricingPage", "Subtotal: {amount}").format(
            amount=formatting.money(totals.subtotal, totals.currency)))
        self.tax.setText(translate("PricingPage", "Tax {rate}: {amount}").format(
            rate=formatting.percent(totals.tax_rate_pct), amount=formatting.money(totals.tax, totals.currency)))
        total = formatting.money(totals.total, totals.currency)
        self.total.setText(
            translate("PricingPage", "Total per month: {amount}").format(amount=total) if quote.complete
            else translate("PricingPage", "Total per month: {amount}  (some requirements have no level yet)").format(
                amount=total))

    def validatePage(self) -> bool:
        assert self.state.requirements_id is not None
        quote = self.current_quote()
        missing = [str(row + 1) for row, line in enumerate(quote.lines) if line.chosen is None]
        if missing:
            message = (translate("PricingPage", "choose a level for requirement {rows}") if len(missing) == 1
                       else translate("PricingPage", "choose a level for requirements {rows}"))
            self.errors.show(ValidationError(message.format(rows=", ".join(missing)), field="level"))
            return False
        if self.state.quote == quote:
            return True
        choices = {line.requirement_id: line.chosen_level_id for line in quote.lines if line.chosen_level_id}
        saved: list[Quote] = []
        document_id = self.state.requirements_id
        if not self.attempt(
            lambda: saved.append(requirements.choose_levels(
                self.context.db, self.context.actor, document_id, choices, row_version=self._row_version))
        ):
            return False
        self._row_version += 1  # a save moves the document on by exactly one version
        self.state.quote = saved[0]
        return True
