"""What the review round and decision forms share: their words, date fields, table rows and an agreement's sections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core.agreements import AgreementDetail
from ...core.lifecycle import Action
from ...core.reviews import Decision, RoundStatus, RoundView
from ..common.i18n import translate

DATE_FORMAT = "yyyy-MM-dd"
# The sections a comment is anchored to besides lines and clauses: the code (stored, shown as is) and what it covers.
FIXED_SECTIONS: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("ReviewForms", "the agreement as a whole"),
    "parties": QT_TRANSLATE_NOOP("ReviewForms", "provider and customer"),
    "scope": QT_TRANSLATE_NOOP("ReviewForms", "services and sites covered"),
    "pricing": QT_TRANSLATE_NOOP("ReviewForms", "prices and totals"),
    "credits": QT_TRANSLATE_NOOP("ReviewForms", "service credits"),
    "signatures": QT_TRANSLATE_NOOP("ReviewForms", "signatories and signing"),
}
# The decision dialog's OK button (translated where shown: ``decision_label``).
DECISIONS: dict[str, str] = {
    Action.APPROVE: QT_TRANSLATE_NOOP("ReviewForms", "Approve"),
    Action.REQUEST_CHANGES: QT_TRANSLATE_NOOP("ReviewForms", "Request changes"),
}
DECISION_LABELS: dict[str, str] = {
    Decision.APPROVED: QT_TRANSLATE_NOOP("ReviewForms", "Approved"),
    Decision.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("ReviewForms", "Changes requested"),
}
DATE_ERROR_STYLE = "QDateEdit { border: 2px solid #c53030; border-radius: 3px; }"


def decision_label(decision: str) -> str:
    """A reviewer's decision as the round table writes it: ``Approved``, ``Changes requested``."""
    return translate("ReviewForms", DECISION_LABELS[decision]) if decision in DECISION_LABELS else decision


def qdate(value: dt.date) -> QDate:
    """``value`` for a ``QDateEdit``."""
    return QDate(value.year, value.month, value.day)


def pydate(edit: QDateEdit) -> dt.date:
    """The date ``edit`` shows."""
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class ElidingComboBox(QComboBox):
    """A combo box that ends a current text too long for it with "…" instead of cutting it off."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - Qt's signature
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class RowFocus(QObject):
    """Makes the row of a table's cell widget current when that widget takes the focus.

    Cell widgets (combos, date edits) sit over the table, so clicking one does not
    select its row; "Remove" acts on the current row, so it must follow the focus.
    """

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            index = self._table.indexAt(watched.geometry().center())  # cell widgets sit on the viewport
            if index.isValid() and index.row() != self._table.currentRow():
                self._table.setCurrentCell(index.row(), index.column())
        return False


def table_item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tip or text)
    return item


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    return row


def sections_of(detail: AgreementDetail) -> list[tuple[str, str]]:
    """Every section a comment can be anchored to, as (section, label) in document order."""
    sections = [(key, f"{key} – {translate('ReviewForms', label)}") for key, label in FIXED_SECTIONS.items()]
    sections += [(f"line:{line.position}", f"line:{line.position} – {line.service_name} @ {line.site}") for line in detail.lines]
    sections += [(f"clause:{clause.key}", f"clause:{clause.key} – {clause.title}") for clause in detail.clauses]
    return sections


def open_round_of(detail: AgreementDetail) -> RoundView | None:
    """The round open on the current version, if any."""
    return next(
        (r for r in reversed(detail.rounds) if r.status == RoundStatus.OPEN and r.version_no == detail.version_no), None
    )
