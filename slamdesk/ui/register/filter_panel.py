"""The register's filters beyond search and status.

Widgets only: what each filter means is ``core.register.RegisterFilter``'s business.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.register import FilterChoices, RegisterFilter
from ..common.filters import ACTIVE_STYLE, buddy_label
from ..common.i18n import translate
from .register_model import EXPERIENCE_TEXTS, experience_text

DAYS_DELAY_MS = 400
MAX_DAYS = 3650
ANY_DAYS = -1  # the spin box's minimum, shown as "any"

# The filter fields this panel owns (search and status sit in the bar above it).
# How the first row shares its width: the customer names are the longest.
_STRETCH = {"kind": 4, "customer": 10, "service": 6, "level": 2, "currency": 2}

# The kinds of agreement (``core.drafting.KINDS``) as the filter names them.
KIND_NAMES = {
    "customer_sla": QT_TRANSLATE_NOOP("FilterPanel", "Customer SLA"),
    "internal_sla": QT_TRANSLATE_NOOP("FilterPanel", "Internal SLA"),
    "ola": QT_TRANSLATE_NOOP("FilterPanel", "Operational level agreement"),
    "underpinning_contract": QT_TRANSLATE_NOOP("FilterPanel", "Underpinning contract"),
}

PANEL_FIELDS = (
    "kind", "customer", "service", "level", "currency",
    "starts_within_days", "ends_within_days", "awaiting_review", "awaiting_signature", "experience",
    "notice_within_days", "renews_within_days", "review_within_days", "expired",
)


class DaysBox(QSpinBox):
    """A number of days from today, or "any" (the minimum)."""

    def __init__(self, tip: str) -> None:
        super().__init__()
        self.setRange(ANY_DAYS, MAX_DAYS)
        self.setSpecialValueText(translate("DaysBox", "any"))
        self.setSuffix(translate("DaysBox", " days"))
        self.setValue(ANY_DAYS)
        self.setAccelerated(True)
        self.setToolTip(tip)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink to "any"

    def days(self) -> int | None:
        return None if self.value() == ANY_DAYS else self.value()

    def set_days(self, days: int | None) -> None:
        self.setValue(ANY_DAYS if days is None else min(days, MAX_DAYS))


def _choice_combo(any_text: str, width: int) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width)
    combo.addItem(any_text, None)
    return combo


def _fill(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
    """Replace the choices after "any", keeping the chosen value when it is still offered."""
    kept = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(kept) if kept is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _kind_name(key: str, label: str) -> str:
    name = KIND_NAMES.get(str(key))
    return translate("FilterPanel", name) if name else label


def _select(combo: QComboBox, value: str | None) -> None:
    if value is None:
        combo.setCurrentIndex(0)
        return
    index = combo.findData(value)
    if index < 0:  # a saved filter may name something no longer offered: show it anyway
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class CustomerBox(QComboBox):
    """Every customer, typed or picked: the completer finds any part of a name."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(3)
        self.setMaxVisibleItems(20)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(translate("CustomerBox", "Any customer"))
        line.setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.addItem("", None)

    def set_names(self, names: Sequence[str]) -> None:
        kept = self.customer()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for name in names:
            self.addItem(name, name)
        self.set_customer(kept)
        self.blockSignals(False)

    def customer(self) -> str | None:
        """The customer typed or picked; a name in any case is matched to the listed spelling."""
        text = " ".join(self.currentText().split())
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive, whole name
        return self.itemText(index) if index > 0 else text

    def set_customer(self, name: str | None) -> None:
        if not name:
            self.setCurrentIndex(0)
            self.setEditText("")
            return
        index = self.findText(name, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            self.setCurrentIndex(index)
        self.setEditText(name)


class FilterPanel(QWidget):
    """Kind, customer, service, level, currency, start/end within N days, awaiting review/signature.

    Signals:
        changed: a filter was changed (number boxes wait a moment while typing).
    """

    changed = Signal()

    def __init__(self, choices: FilterChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        # Small minimums so a narrow window still fits; the stretch factors share a wide one.
        self.kind = _choice_combo(translate("FilterPanel", "Any kind"), 2)
        self.customer = CustomerBox()
        self.service = _choice_combo(translate("FilterPanel", "Any service"), 2)
        self.level = _choice_combo(translate("FilterPanel", "Any"), 2)
        self.currency = _choice_combo(translate("FilterPanel", "Any"), 2)
        self.starts_within = DaysBox(translate("FilterPanel", "Agreements starting between today and this many days from now"))
        self.ends_within = DaysBox(translate("FilterPanel", "Agreements ending between today and this many days from now"))
        self.awaiting_review = QCheckBox(translate("FilterPanel", "Review d&ue"))
        self.awaiting_review.setToolTip(translate("FilterPanel", "Agreements in review: a reviewer's decision is due"))
        self.awaiting_signature = QCheckBox(translate("FilterPanel", "S&ignature due"))
        self.awaiting_signature.setToolTip(translate("FilterPanel", "Approved agreements: the parties' signatures are due"))
        # No label of its own: the row must fit a small window.
        self.experience = _choice_combo(translate("FilterPanel", "Any experience"), 3)
        self.experience.setAccessibleName(translate("FilterPanel", "Experience"))
        experiences = [(experience_text(code), code) for code, text in EXPERIENCE_TEXTS.items() if text]
        _fill(self.experience, experiences)
        # Narrow in a small window; in a wide one it grows to show its choice whole.
        self.experience.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        longest = max(self.experience.fontMetrics().horizontalAdvance(text) for text, _code in experiences)
        self.experience.setMaximumWidth(longest + 48)
        self.experience.setToolTip(translate("FilterPanel", "The customer's experience in each agreement's last closed period, "
                                                            "against the goals its requirements record"))
        self.notice_within = DaysBox(translate("FilterPanel", "Agreements renewing by themselves whose last day to give notice "
                                                              "falls between today and this many days from now"))
        self.renews_within = DaysBox(translate("FilterPanel", "Agreements that renew between today and this many days from now"))
        self.review_within = DaysBox(translate("FilterPanel", "Agreements whose next periodic review falls between today and "
                                                              "this many days from now (0: due today)"))
        self.expired = QCheckBox(translate("FilterPanel", "E&xpired"))
        self.expired.setToolTip(translate("FilterPanel", "Agreements that ended without a renewal"))
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.set_choices(choices)
        self._days_timer = QTimer(self, singleShot=True, interval=DAYS_DELAY_MS)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        self._labels: dict[str, QLabel] = {}
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        for name, text, widget in (
            ("kind", translate("FilterPanel", "&Kind:"), self.kind),
            ("customer", translate("FilterPanel", "Custo&mer:"), self.customer),
            ("service", translate("FilterPanel", "Servi&ce:"), self.service),
            ("level", translate("FilterPanel", "&Level:"), self.level),
            ("currency", translate("FilterPanel", "Currenc&y:"), self.currency),
        ):
            self._labels[name] = buddy_label(text, widget)
            first.addWidget(self._labels[name])
            first.addWidget(widget, _STRETCH.get(name, 0))
            first.addSpacing(6)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        self._labels["starts_within_days"] = buddy_label(translate("FilterPanel", "Starts &within:"), self.starts_within)
        self._labels["ends_within_days"] = buddy_label(translate("FilterPanel", "E&nds within:"), self.ends_within)
        second.addWidget(self._labels["starts_within_days"])
        second.addWidget(self.starts_within)
        second.addSpacing(10)
        second.addWidget(self._labels["ends_within_days"])
        second.addWidget(self.ends_within)
        second.addSpacing(12)
        second.addWidget(self.awaiting_review)
        second.addSpacing(10)
        second.addWidget(self.awaiting_signature)
        second.addSpacing(12)
        second.addWidget(self.experience, 3)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        third = QHBoxLayout()
        third.setContentsMargins(0, 0, 0, 0)
        for name, text, box in (("notice_within_days", translate("FilterPanel", "N&otice within:"), self.notice_within),
                                ("renews_within_days", translate("FilterPanel", "Renews within:"), self.renews_within),
                                ("review_within_days", translate("FilterPanel", "&Periodic review within:"),
                                 self.review_within)):
            self._labels[name] = buddy_label(text, box)
            third.addWidget(self._labels[name])
            third.addWidget(box)
            third.addSpacing(10)
        third.addSpacing(2)
        third.addWidget(self.expired)
        third.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addLayout(third)

    def _connect(self) -> None:
        for combo in (self.kind, self.service, self.level, self.currency, self.experience):
            combo.currentIndexChanged.connect(self.changed)
        self.customer.currentIndexChanged.connect(self.changed)  # picked from the list
        line = self.customer.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._customer_edited)
        line.textChanged.connect(lambda text: self.changed.emit() if not text else None)  # the clear button
        completer = self.customer.completer()
        assert completer is not None
        completer.activated.connect(lambda _text: self.changed.emit())
        for box in (self.starts_within, self.ends_within, self.notice_within, self.renews_within, self.review_within):
            box.valueChanged.connect(self._days_timer.start)
            box.editingFinished.connect(self._days_now)
        self._days_timer.timeout.connect(self.changed)
        self.expired.toggled.connect(self.changed)
        self.awaiting_review.toggled.connect(self.changed)
        self.awaiting_signature.toggled.connect(self.changed)

    def _customer_edited(self) -> None:
        self.changed.emit()

    def mark_active(self, criteria: RegisterFilter) -> None:
        """Colour the label of every filter that narrows the view ``criteria``, so it is seen at a glance."""
        boxes = {"awaiting_review": self.awaiting_review, "awaiting_signature": self.awaiting_signature,
                 "experience": self.experience, "expired": self.expired}
        for name in PANEL_FIELDS:
            widget = self._labels.get(name) or boxes[name]
            active = getattr(criteria, name) not in (None, False)
            widget.setStyleSheet(ACTIVE_STYLE if active else "")
            widget.setProperty("filterActive", active)

    def _days_now(self) -> None:
        if self._days_timer.isActive():
            self._days_timer.stop()
            self.changed.emit()

    # Values

    def set_choices(self, choices: FilterChoices) -> None:
        """Refresh the pick lists (after customers or the catalogue changed), keeping what is chosen."""
        if choices == getattr(self, "_choices", None):
            return
        self._choices = choices
        _fill(self.kind, [(_kind_name(key, label), key) for key, label in choices.kinds])
        self.customer.set_names(choices.customers)
        _fill(self.service, [(name, name) for name in choices.services])
        _fill(self.level, [(name, name) for name in choices.levels])
        _fill(self.currency, [(code, code) for code in choices.currencies])

    def values(self) -> dict[str, Any]:
        """The fields of ``RegisterFilter`` this panel sets."""
        return {
            "kind": self.kind.currentData(),
            "customer": self.customer.customer(),
            "service": self.service.currentData(),
            "level": self.level.currentData(),
            "currency": self.currency.currentData(),
            "starts_within_days": self.starts_within.days(),
            "ends_within_days": self.ends_within.days(),
            "awaiting_review": self.awaiting_review.isChecked(),
            "awaiting_signature": self.awaiting_signature.isChecked(),
            "experience": self.experience.currentData(),
            "notice_within_days": self.notice_within.days(),
            "renews_within_days": self.renews_within.days(),
            "review_within_days": self.review_within.days(),
            "expired": self.expired.isChecked(),
        }

    def show_values(self, criteria: RegisterFilter) -> None:
        """Show the filter ``criteria`` without announcing each change."""
        widgets: list[QWidget] = [
            self.kind, self.customer, self.service, self.level, self.currency, self.starts_within,
            self.ends_within, self.awaiting_review, self.awaiting_signature, self.experience, self.notice_within,
            self.renews_within, self.review_within, self.expired,
        ]
        blocked = [widget.blockSignals(True) for widget in widgets]
        line = self.customer.lineEdit()
        assert line is not None
        line.blockSignals(True)
        try:
            _select(self.kind, criteria.kind)
            self.customer.set_customer(criteria.customer)
            _select(self.service, criteria.service)
            _select(self.level, criteria.level)
            _select(self.currency, criteria.currency)
            self.starts_within.set_days(criteria.starts_within_days)
            self.ends_within.set_days(criteria.ends_within_days)
            self.awaiting_review.setChecked(criteria.awaiting_review)
            self.awaiting_signature.setChecked(criteria.awaiting_signature)
            _select(self.experience, criteria.experience)
            self.notice_within.set_days(criteria.notice_within_days)
            self.renews_within.set_days(criteria.renews_within_days)
            self.review_within.set_days(criteria.review_within_days)
            self.expired.setChecked(criteria.expired)
        finally:
            line.blockSignals(False)
            for widget, was in zip(widgets, blocked):
                widget.blockSignals(was)
        self._days_timer.stop()
