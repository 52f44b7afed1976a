"""Step 3: every requirement priced at every level of its service; pick one each."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from ...core import requirements
from ...core.errors import ValidationError
from ...core.pricing import Quote, QuoteLine
from .. import formatting
from ..context import AppContext
from .base import StepPage
from .state import WizardState

CHOSEN_BACKGROUND = QColor("#e6f4ea")
ROW_HEIGHT = 40


class PricingPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title="Pricing",
            subtitle="Monthly price of each requirement at every service level. Choose a level per row, "
                     "or click a price.",
        )
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().hide()
        self.table.cellClicked.connect(self._choose_cell)
        self.total = QLabel()
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.choosers: dict[int, QComboBox] = {}
        # requirement id -> level id picked on screen, kept while going Back and Next
        self._picked: dict[int, int] = {}
        self._lines: list[QuoteLine] = []
        self._level_names: list[str] = []
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.total)
        self.errors.alias("level", "table")
        self.body.addWidget(self.errors.label("table"))
        self.finish_layout()

    def initializePage(self) -> None:
        assert self.state.requirements_id is not None
        quote = self.state.quote or requirements.quote(self.context.db, self.state.requirements_id)
        self._lines = list(quote.lines)
        self._level_names = list(dict.fromkeys(o.level_name for line in self._lines for o in line.options))
        headers = ["Requirement", "Qty", *self._level_names, "Chosen level"]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self._lines))
        self.choosers.clear()
        for row, line in enumerate(self._lines):
            self._fill_row(row, line)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._refresh()

    def _fill_row(self, row: int, line: QuoteLine) -> None:
        requirement = QTableWidgetItem(f"{line.service_name} — {line.site}")
        requirement.setToolTip(requirement.text())
        self.table.setItem(row, 0, requirement)
        quantity = QTableWidgetItem(str(line.quantity))
        quantity.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, quantity)
        for option in line.options:
            item = QTableWidgetItem(f"{formatting.money(option.line_total, option.currency)} / month")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            unit = formatting.money(option.unit_price, option.currency)
            item.setToolTip(f"{option.level_name}: {unit} × {line.quantity}")
            self.table.setItem(row, 2 + self._level_names.index(option.level_name), item)
        chooser = QComboBox()
        chooser.addItem("Choose a level…", None)
        picked = self._picked.get(line.requirement_id, line.chosen_level_id)
        for option in line.options:
            chooser.addItem(option.level_name, option.level_id)
            if option.level_id == picked:
                chooser.setCurrentIndex(chooser.count() - 1)
        chooser.currentIndexChanged.connect(self._refresh)
        self.choosers[line.requirement_id] = chooser
        self.table.setCellWidget(row, 2 + len(self._level_names), chooser)

    def _choose_cell(self, row: int, column: int) -> None:
        name_index = column - 2
        if 0 <= name_index < len(self._level_names):
            chooser = self.choosers[self._lines[row].requirement_id]
            found = chooser.findText(self._level_names[name_index])
            if found >= 0:
                chooser.setCurrentIndex(found)

    def choose(self, level_name: str) -> None:
        """Pick ``level_name`` on every row that offers it."""
        for chooser in self.choosers.values():
            found = chooser.findText(level_name)
            if found >= 0:
                chooser.setCurrentIndex(found)

    def current_quote(self) -> Quote:
        """The quote as chosen on screen; ``core`` adds it up."""
        return Quote(
            lines=tuple(
                dataclasses.replace(line, chosen_level_id=self.choosers[line.requirement_id].currentData())
                for line in self._lines
            )
        )

    def _refresh(self) -> None:
        quote = self.current_quote()
        self._picked.update({line.requirement_id: line.chosen_level_id for line in quote.lines if line.chosen_level_id})
        for row, line in enumerate(quote.lines):
            chosen = line.chosen.level_name if line.chosen else None
            for index, name in enumerate(self._level_names):
                item = self.table.item(row, 2 + index)
                if item is not None:
                    is_chosen = name == chosen
                    item.setBackground(QBrush(CHOSEN_BACKGROUND) if is_chosen else QBrush())
                    font = QFont(item.font())
                    font.setBold(is_chosen)
                    item.setFont(font)
        if quote.currency is None:
            self.total.setText("Total per month: choose a level for each requirement")
            return
        total = formatting.money(quote.total, quote.currency)
        missing = "" if quote.complete else "  (some requirements have no level yet)"
        self.total.setText(f"Total per month: {total}{missing}")

    def validatePage(self) -> bool:
        assert self.state.requirements_id is not None
        quote = self.current_quote()
        missing = [str(row + 1) for row, line in enumerate(quote.lines) if line.chosen is None]
        if missing:
            self.errors.show(ValidationError(f"choose a level for requirement {', '.join(missing)}", field="level"))
            return False
        if self.state.quote == quote:
            return True
        choices = {line.requirement_id: line.chosen_level_id for line in quote.lines if line.chosen_level_id}
        saved: list[Quote] = []
        document_id = self.state.requirements_id
        if not self.attempt(
            lambda: saved.append(requirements.choose_levels(self.context.db, self.context.actor, document_id, choices))
        ):
            return False
        self.state.quote = saved[0]
        return True
