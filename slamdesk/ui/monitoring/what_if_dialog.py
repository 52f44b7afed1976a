"""What if: one agreement's tickets and outages of a period measured again at every level of each line's service.

The figures are core's (``what_if.what_if``), read in a worker with its own connection; the dialog
shows one line at a time (chosen above the table), each level with today's price for the line's
requirement, the difference from the fee signed, and what the period would have come to.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core.db import Database
from ...core.monitoring import periods
from ...core.monitoring.what_if import LevelOutcome, WhatIf, what_if
from ..common import formatting
from ..common.background import BackgroundJob, JobControl
from ..common.i18n import translate
from ..common.rows_table import RowsTable
from ..context import AppContext


class WhatIfDialog(QDialog):
    """The what-if of agreement ``number`` for ``chosen``.

    Signals:
        shown: the figures are on screen (or the reason they are not).

    Attributes:
        found: core's answer, one ``WhatIf`` per line (empty until read).
        line: the line chosen; table: its levels; state: what is being done, or why not.
    """

    shown = Signal()

    def __init__(self, context: AppContext, number: str, chosen: periods.Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WhatIfDialog", "What if: {number}, {period}").format(number=number,
                                                                                           period=chosen.name))
        self.found: list[WhatIf] = []
        intro = QLabel(translate(
            "WhatIfDialog", "The tickets and outages of {period}, measured again against every level of the line's "
            "service, as they stand now. The price is today's for the line's requirement; the level signed is "
            "marked.").format(period=chosen.name), wordWrap=True)
        self.line = QComboBox()
        self.line.setMinimumContentsLength(40)
        form = QFormLayout()
        line_label = QLabel(translate("WhatIfDialog", "&Line:"))
        line_label.setBuddy(self.line)
        form.addRow(line_label, self.line)
        self.table = RowsTable((
            translate("WhatIfDialog", "Level"), translate("WhatIfDialog", "Monthly price"),
            translate("WhatIfDialog", "Difference"), translate("WhatIfDialog", "Breaches"),
            translate("WhatIfDialog", "Targets met"), translate("WhatIfDialog", "Availability (target)"),
            translate("WhatIfDialog", "Can it serve the requirement?")), numeric=(1, 2, 3, 4, 5))
        self.state = QLabel(translate("WhatIfDialog", "Reading {period}…").format(period=chosen.name), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.reject)
        self.line.currentIndexChanged.connect(self._show_line)
        self.resize(960, 420)
        target, now = context.db.target, dt.datetime.now(dt.UTC)

        def work(control: JobControl) -> object:
            db = Database.open(target, daily_backup=False)
            try:
                return what_if(db, number, chosen, now)
            finally:
                db.close()

        self.job = BackgroundJob(work, self)
        self.job.finished.connect(self._read)
        self.job.start()

    def _read(self, result: object, error: str) -> None:
        if error or not isinstance(result, list):
            self.state.setText(translate("WhatIfDialog", "Could not measure the levels: {reason}").format(
                reason=error or "–"))
            self.shown.emit()
            return
        self.found = result
        self.line.blockSignals(True)
        for item in result:
            self.line.addItem(translate("WhatIfDialog", "{position}. {service}, signed at {fee} a month").format(
                position=item.position, service=item.service, fee=formatting.money(item.signed_fee, item.currency)))
        self.line.blockSignals(False)
        self.state.setText("" if result else translate("WhatIfDialog", "The agreement has no lines."))
        self._show_line(0)
        self.shown.emit()

    def _show_line(self, index: int) -> None:
        if not 0 <= index < len(self.found):
            self.table.set_rows([])
            return
        item = self.found[index]
        self.table.set_rows([level_row(outcome, item) for outcome in item.outcomes],
                            {row for row, outcome in enumerate(item.outcomes) if outcome.problems})
        signed = next((row for row, outcome in enumerate(item.outcomes) if outcome.current), None)
        if signed is not None:
            self.table.selectRow(signed)

    def done(self, result: int) -> None:
        self.job.stop()
        super().done(result)


def level_row(outcome: LevelOutcome, item: WhatIf) -> tuple[str, ...]:
    """A level's cells: its name (marked where signed), price, difference, breaches, targets met, availability,
    and whether it can serve the line's requirement (why not, where it cannot)."""
    figures = outcome.figures
    counted = sum(c.counted for c in figures.compliance)
    met = sum(c.met for c in figures.compliance)
    name = (translate("WhatIfDialog", "{level} (signed)").format(level=outcome.level) if outcome.current
            else outcome.level)
    price = "–" if outcome.monthly_fee is None else formatting.money(outcome.monthly_fee, item.currency)
    difference = "–" if outcome.monthly_fee is None else _signed_money(outcome.monthly_fee - item.signed_fee,
                                                                       item.currency)
    serve = ("; ".join(outcome.problems) if outcome.problems
             else translate("WhatIfDialog", "yes") if outcome.monthly_fee is not None else "–")
    return (name, price, difference, str(figures.breaches), f"{met}/{counted}" if counted else "–",
            f"{formatting.share(figures.availability)} ({formatting.share(figures.availability_target)})", serve)


def _signed_money(amount: Decimal, currency: str) -> str:
    """``+120,00 kr``, ``−80,00 kr``, ``0,00 kr``: a difference always says its direction."""
    if amount > 0:
        return "+" + formatting.money(amount, currency)
    return formatting.money(amount, currency)

