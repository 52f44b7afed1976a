"""The quality checklist as the quality checker sees it: pass or fail per item, with why."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core import agreements
from ...core.db import Database
from ...core.quality import CheckItem, Checklist
from .. import operations
from ..common import formatting
from ..common.i18n import translate
from ..context import AppContext
from .board_wording import numbered

ICON_SIZE = QSize(20, 20)
PASS_STYLE = (
    "QLabel#checklistSummary { background: #e6f4ea; color: #1e4620; border: 1px solid #7bc47f;"
    " border-radius: 4px; padding: 6px 10px; }"
)
FAIL_STYLE = (
    "QLabel#checklistSummary { background: #fdecea; color: #7f1d1d; border: 1px solid #e57373;"
    " border-radius: 4px; padding: 6px 10px; }"
)
DETAIL_STYLE = "color: #4a5568;"
FAILED_DETAIL_STYLE = "color: #9b2c2c;"
NOTE_DETAIL_STYLE = "color: #8a5a00;"


def summary_text(checklist: Checklist) -> str:
    """``5 of 6 checks pass: <what fails>``, or ``All 6 checks pass.``"""
    total = len(checklist.items) - len(checklist.notes)
    if checklist.passed:
        if total == 1:
            passed = translate("Checklist", "The check passes.")
        else:
            passed = numbered(translate("Checklist", "All %n checks pass.", None, total), total)
        if not checklist.notes:
            return passed
        return translate("Checklist", "{passed} Note: {notes}").format(
            passed=passed, notes="; ".join(item.detail for item in checklist.notes))
    passing = total - len(checklist.failures)
    return numbered(translate("Checklist", "{passing} of %n checks pass: {failures}", None, total), total).format(
        passing=passing, failures=checklist.summary())


def blocking_items(checklist: Checklist | None) -> tuple[CheckItem, ...]:
    """The failing automatic items: while there are any, the version cannot be approved."""
    if checklist is None:
        return ()
    return tuple(item for item in checklist.failures if item.automatic)


class ChecklistRow(QWidget):
    """One item: a pass/fail icon, its label and its detail, word-wrapped.

    Attributes:
        item: the ``CheckItem`` shown.
        icon, title, detail: the labels (tests read their text).
    """

    def __init__(self, item: CheckItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"check_{item.key}")
        style = self.style()
        note = item.advisory and not item.passed
        pixmap = style.standardIcon(
            QStyle.StandardPixmap.SP_DialogApplyButton if item.passed
            else QStyle.StandardPixmap.SP_MessageBoxWarning if note
            else QStyle.StandardPixmap.SP_MessageBoxCritical
        ).pixmap(ICON_SIZE)
        self.icon = QLabel()
        self.icon.setPixmap(pixmap)
        self.icon.setFixedSize(ICON_SIZE + QSize(4, 4))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.icon.setToolTip(translate("ChecklistRow", "Passes") if item.passed
                             else translate("ChecklistRow", "A note: it does not block approval") if note
                             else translate("ChecklistRow", "Fails"))
        title = item.label if item.automatic else translate("ChecklistRow", "{item} (checked by hand)").format(item=item.label)
        self.title = QLabel(title, wordWrap=True)
        font = self.title.font()
        font.setBold(not item.passed and not note)
        self.title.setFont(font)
        fallback = translate("ChecklistRow", "passes") if item.passed else translate("ChecklistRow", "fails")
        self.detail = QLabel(item.detail or fallback, wordWrap=True)
        self.detail.setStyleSheet(DETAIL_STYLE if item.passed else NOTE_DETAIL_STYLE if note else FAILED_DETAIL_STYLE)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title, self.detail):  # keep QLabel's own size policy: it carries height-for-width
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(1)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)


class ChecklistWidget(QWidget):
    """The quality checklist ``core`` runs on an agreement version, item by item.

    Signals:
        checklist_shown: a checklist was put on screen (the ``Checklist``).

    Attributes:
        checklist: the checklist shown, or None before the first one.
        summary: the line above the items ("5 of 6 checks pass: ...").
        rows: item key -> its ``ChecklistRow``.
    """

    checklist_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist: Checklist | None = None
        self.rows: dict[str, ChecklistRow] = {}
        self.summary = QLabel(translate("ChecklistWidget", "The quality check has not run yet."), wordWrap=True)
        self.summary.setObjectName("checklistSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._items = QVBoxLayout()
        self._items.setContentsMargins(0, 0, 0, 0)
        self._items.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addLayout(self._items)
        layout.addStretch(1)
        self.setMinimumWidth(320)

    def show_checklist(self, checklist: Checklist) -> None:
        for row in self.rows.values():
            self._items.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for item in checklist.items:
            row = ChecklistRow(item, self)
            self._items.addWidget(row)
            self.rows[item.key] = row
        self.checklist = checklist
        self.summary.setText(summary_text(checklist))
        self.summary.setStyleSheet(PASS_STYLE if checklist.passed else FAIL_STYLE)
        self.checklist_shown.emit(checklist)

    def load(self, db: Database, number: str) -> Checklist:
        """Run the checklist of ``number``'s current version in ``core`` and show it."""
        checklist = agreements.run_checklist(db, number)
        self.show_checklist(checklist)
        return checklist

    def passed(self, key: str) -> bool:
        return self.rows[key].item.passed


class ChecklistDialog(QDialog):
    """The checklist of one agreement, read-only, with "Run again" (for the quality checker).

    Attributes:
        checklist: the ``ChecklistWidget``.
        run_again_button: runs the check again in ``core``.
        checked_at: "Checked at 14:02:11".
    """

    def __init__(self, parent: QWidget | None, context: AppContext, number: str) -> None:
        super().__init__(parent)
        self._context, self.number = context, number
        detail = agreements.get_agreement(context.db, number)
        self.setWindowTitle(translate("ChecklistDialog", "Quality check of {number}").format(number=number))
        self.setMinimumSize(620, 480)
        version = translate("ChecklistDialog", "version {version}").format(version=detail.version_no)
        status = formatting.status_name(detail.status).lower()
        header = QLabel(
            f"<b>{html.escape(number)}</b> · {html.escape(version)} · {html.escape(status)}<br>"
            f"{html.escape(detail.title)} — {html.escape(detail.customer_name)}",
            wordWrap=True,
        )
        header.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(
            translate("ChecklistDialog", "Every item is checked automatically from the stored agreement. "
                      "A version cannot be approved while an automatic item fails."),
            wordWrap=True,
        )
        intro.setStyleSheet(DETAIL_STYLE)
        self.checklist = ChecklistWidget(self)
        self.checked_at = QLabel()
        self.checked_at.setStyleSheet(DETAIL_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_again_button = QPushButton(translate("ChecklistDialog", "&Run again"))
        self.run_again_button.setToolTip(translate("ChecklistDialog", "Run the quality check again on the stored agreement"))
        buttons.addButton(self.run_again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.run_again_button.clicked.connect(self.run_again)
        bottom = QHBoxLayout()
        bottom.addWidget(self.checked_at, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(header)
        layout.addWidget(intro)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(bottom)
        self.run_again()

    def run_again(self) -> None:
        if not operations.query(self, self._context, lambda: self.checklist.load(self._context.db, self.number),
                                what=self.windowTitle()):
            return
        self.checked_at.setText(translate("ChecklistDialog", "Checked at {time}").format(
            time=formatting.timestamp(dt.datetime.now(dt.UTC))))
