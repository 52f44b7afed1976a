"""The service catalogue editor: services on the left, the selected one and its levels on the right.

Every edit is an undo step (Ctrl+Z, Ctrl+Shift+Z) until Save, which hands the
service to ``core``; a refusal is shown beside the field it names and nothing
is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFocusEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core import catalogue, customers
from ..core.catalogue import COMMITMENT_UNITS, COVERAGE_OPTIONS, PERIODS, PRIORITIES, UNITS, VALUE_UNITS
from ..core.customers import CustomerSummary
from ..core.errors import ConcurrencyError, SlamdeskError, ValidationError
from . import feedback, formatting
from .catalogue_commands import (
    EMPTY_BAND,
    EMPTY_COMMITMENT,
    EMPTY_VARIANT,
    DraftCommand,
    LevelDraft,
    ServiceDraft,
    new_level,
)
from .context import AppContext
from .widgets import ComboDelegate, ErrorLabel, FieldErrors, MessageBar, ask_unsaved, stale_text

TABLE_ERROR_STYLE = "QTableWidget { border: 1px solid #c53030; }"
SERVICE_FIELDS = ("code", "name", "description", "levels")
LEVEL_FIELDS = frozenset({
    "level_name", "coverage", "availability_pct", "availability_period", "internal_availability_pct",
    "internal_buffer_pct", "min_units", "currency", "fixed_fee", "unit", "monthly_fee", "value_unit",
    "value_price", "targets", "internal_targets", "bands", "variants", "commitments",
})


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that says when typing in it ends, like ``QLineEdit.editingFinished``."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class RowsTable(QWidget):
    """An editable table of text rows, with Add and Remove buttons unless its rows are fixed.

    Signals:
        edited: a cell changed, or a row was added or removed.
    """

    edited = Signal()

    def __init__(
        self, headers: Sequence[str], *, empty_row: tuple[str, ...] = (), row_labels: Sequence[str] = (),
        numeric: Sequence[int] = (), stretch: int = 0, noun: str = "row",
        choices: dict[int, dict[str, str]] | None = None,
    ) -> None:
        super().__init__()
        self._empty, self._numeric, self._choices = empty_row, set(numeric), choices or {}
        self.table = QTableWidget(len(row_labels), len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        if row_labels:
            self.table.setVerticalHeaderLabels(list(row_labels))
        else:
            self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column, options in self._choices.items():
            self.table.setItemDelegateForColumn(
                column, ComboDelegate([(label, label) for label in options.values()], editable=False, parent=self.table)
            )
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.add_button = self.remove_button = None
        if not row_labels:
            self.add_button = QPushButton(f"Add {noun}")
            self.remove_button = QPushButton(f"Remove {noun}")
            self.add_button.clicked.connect(self.add_row)
            self.remove_button.clicked.connect(self.remove_row)
            buttons = QHBoxLayout()
            buttons.addWidget(self.add_button)
            buttons.addWidget(self.remove_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every row (up to six) and the header, so short tables never scroll."""
        rows = min(max(self.table.rowCount(), 2), 6)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth() + 2)

    def rows(self) -> tuple[tuple[str, ...], ...]:
        result = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                text = item.text() if item else ""
                options = self._choices.get(column)
                if options:
                    text = next((code for code, label in options.items() if label == text), text)
                cells.append(text)
            result.append(tuple(cells))
        return tuple(result)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        has_items = all(self.table.item(r, 0) is not None for r in range(self.table.rowCount()))
        if has_items and tuple(tuple(row) for row in rows) == self.rows():
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                options = self._choices.get(column)
                item = QTableWidgetItem(options.get(text, text) if options else text)
                if column in self._numeric:
                    item.setTextAlignment(formatting.NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._fit_height()

    def add_row(self) -> None:
        self.set_rows([*self.rows(), self._empty])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.edited.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            rows = list(self.rows())
            del rows[row]
            self.set_rows(rows)
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else QAbstractItemView.EditTrigger.AllEditTriggers
        )

    def mark_error(self, message: str) -> None:
        self.error.show_message(message)
        self.table.setStyleSheet(TABLE_ERROR_STYLE if message else "")


def _line(width: int = 0, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(placeholderText=placeholder)
    if width:
        edit.setMaximumWidth(width)
    return edit


def _combo(items: dict[str, str], *, none: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none is not None:
        combo.addItem(none, None)
    for code, label in items.items():
        combo.addItem(label, code)
    return combo


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _set_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)


class LevelForm(QScrollArea):
    """Every field of one level; ``read`` returns what it shows as a ``LevelDraft``.

    Attributes:
        errors: labels beside the fields, under ``core``'s field names.
    """

    def __init__(self, customer_list: Sequence[CustomerSummary], on_edit: Callable[[], None]) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.errors = FieldErrors()
        self.name = _line(placeholder="e.g. Gold")
        self.customer = QComboBox()
        self.customer.addItem("— standard level, for every customer —", None)
        for customer in customer_list:
            self.customer.addItem(customer.name, customer.id)
        self.coverage = QComboBox(editable=True)
        self.coverage.addItems(COVERAGE_OPTIONS)
        self.availability = _line()
        self.availability.setFixedWidth(80)
        self.period = _combo(PERIODS)
        self.internal_availability = _line(90, "derived")
        self.buffer = _line(90)
        self.currency = _line(70)
        self.fixed_fee = _line(120)
        self.unit = _combo(UNITS)
        self.monthly_fee = _line(120)
        self.value_unit = _combo(VALUE_UNITS, none="— none —")
        self.value_price = _line(120)
        self.min_units = _line(90)
        self.regions = _line(placeholder="everywhere; or e.g. City, Rural")
        self.business_hours = QCheckBox("Times count &business hours only (else calendar hours)")
        self.calendar = _line(placeholder="e.g. Mon-Fri 08:00-17:00, public holidays off")
        self.targets = RowsTable(
            ("Response", "Resolution", "Internal\nresponse", "Internal\nresolution"),
            row_labels=[catalogue.priority_label(p) for p in PRIORITIES], numeric=range(4),
        )
        self.targets.table.setToolTip("Times like 4 h, 30 min or 1 d 2 h; leave a priority empty if not offered. "
                                      "Empty internal aims are derived from the buffer.")
        self.bands = RowsTable(("From units", "Discount %"), empty_row=EMPTY_BAND, numeric=(0, 1), noun="band")
        self.variants = RowsTable(
            ("Region", "Surcharge %", *PRIORITIES), empty_row=EMPTY_VARIANT, numeric=(1,), noun="variant",
        )
        self.variants.table.setToolTip("Targets a region has instead of the level's, like 8 h / 1 d; empty keeps the level's")
        self.commitments = RowsTable(
            ("Commitment", "Amount", "Unit", "Internal aim"), empty_row=EMPTY_COMMITMENT, numeric=(1, 3),
            noun="commitment", choices={2: COMMITMENT_UNITS},
        )
        header = self.commitments.table.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._lay_out()
        for edit in (self.name, self.availability, self.internal_availability, self.buffer, self.currency,
                     self.fixed_fee, self.monthly_fee, self.value_price, self.min_units, self.regions, self.calendar):
            edit.editingFinished.connect(on_edit)
        coverage_edit = self.coverage.lineEdit()
        assert coverage_edit is not None
        coverage_edit.editingFinished.connect(on_edit)
        self.coverage.activated.connect(lambda _index: on_edit())
        for combo in (self.customer, self.period, self.unit, self.value_unit):
            combo.currentIndexChanged.connect(lambda _index: on_edit())
        self.business_hours.toggled.connect(lambda _checked: on_edit())
        for table in (self.targets, self.bands, self.variants, self.commitments):
            table.edited.connect(on_edit)

    def _lay_out(self) -> None:
        errors = self.errors

        def form(rows: Sequence[tuple[str, str, QWidget]]) -> QFormLayout:
            layout = QFormLayout()
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name, label, widget in rows:
                layout.addRow(label, errors.field(name, widget))
            return layout

        availability = QWidget()
        row = QHBoxLayout(availability)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.availability)
        row.addWidget(QLabel("% per"))
        row.addWidget(self.period)
        row.addStretch(1)
        errors.alias("availability_period", "availability_pct")
        errors.alias("internal_targets", "targets")
        left = QVBoxLayout()
        for title, rows in (
            ("Level", [("level_name", "&Name:", self.name), ("customer_id", "&VIP customer:", self.customer),
                       ("coverage", "&Coverage:", self.coverage)]),
            ("Availability", [("availability_pct", "&Availability:", availability),
                              ("internal_availability_pct", "&Internal availability %:", self.internal_availability),
                              ("internal_buffer_pct", "Internal b&uffer %:", self.buffer)]),
            ("Price per month", [("currency", "Curre&ncy:", self.currency), ("fixed_fee", "&Fixed fee:", self.fixed_fee),
                                 ("unit", "Price &unit:", self.unit), ("monthly_fee", "Fee &per unit:", self.monthly_fee),
                                 ("value_unit", "Value-&based unit:", self.value_unit),
                                 ("value_price", "Price per val&ue unit:", self.value_price),
                                 ("min_units", "&Minimum volume:", self.min_units),
                                 ("regions", "Offered in re&gions:", self.regions)]),
        ):
            box = QGroupBox(title)
            box.setLayout(form(rows))
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        targets_box = QGroupBox("Targets per priority")
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.addWidget(self.business_hours)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(QLabel("Ca&lendar:", buddy=self.calendar))
        calendar_row.addWidget(self.calendar, 1)
        targets_layout.addLayout(calendar_row)
        targets_layout.addWidget(self.targets)
        errors.register("targets", self.targets.error)
        right.addWidget(targets_box)
        for title, table, name in (("Volume bands", self.bands, "bands"),
                                   ("Regional variants: surcharge, and targets as response / resolution",
                                    self.variants, "variants"),
                                   ("Other commitments", self.commitments, "commitments")):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            errors.register(name, table.error)
            right.addWidget(box)
        right.addStretch(1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        self.setWidget(content)

    def show_draft(self, level: LevelDraft) -> None:
        """Show ``level``, touching only what differs (so typing is never disturbed)."""
        widgets: list[QObject] = [self.customer, self.period, self.unit, self.value_unit, self.business_hours,
                                  self.coverage]
        for widget in widgets:
            widget.blockSignals(True)
        _set_text(self.name, level.name)
        _set_data(self.customer, level.customer_id)
        if self.coverage.currentText() != level.coverage:
            self.coverage.setCurrentText(level.coverage)
        _set_text(self.availability, level.availability_pct)
        _set_data(self.period, level.availability_period)
        _set_text(self.internal_availability, level.internal_availability_pct)
        _set_text(self.buffer, level.internal_buffer_pct)
        _set_text(self.currency, level.currency)
        _set_text(self.fixed_fee, level.fixed_fee)
        _set_data(self.unit, level.unit)
        _set_text(self.monthly_fee, level.monthly_fee)
        _set_data(self.value_unit, level.value_unit)
        _set_text(self.value_price, level.value_price)
        _set_text(self.min_units, level.min_units)
        _set_text(self.regions, level.regions)
        self.business_hours.setChecked(level.business_hours)
        _set_text(self.calendar, level.calendar)
        self.targets.set_rows(level.targets)
        self.bands.set_rows(level.bands)
        self.variants.set_rows(level.variants)
        self.commitments.set_rows(level.commitments)
        for widget in widgets:
            widget.blockSignals(False)

    def read(self, level: LevelDraft) -> LevelDraft:
        """What the fields show, as a draft of ``level`` (same key and id)."""
        return LevelDraft(
            key=level.key, id=level.id, name=self.name.text(), customer_id=self.customer.currentData(),
            coverage=self.coverage.currentText(), availability_pct=self.availability.text(),
            availability_period=self.period.currentData(), internal_availability_pct=self.internal_availability.text(),
            internal_buffer_pct=self.buffer.text(), regions=self.regions.text(), min_units=self.min_units.text(),
            currency=self.currency.text(), fixed_fee=self.fixed_fee.text(), unit=self.unit.currentData(),
            monthly_fee=self.monthly_fee.text(), value_unit=self.value_unit.currentData(),
            value_price=self.value_price.text(), business_hours=self.business_hours.isChecked(),
            calendar=self.calendar.text(),
            targets=self.targets.rows(),  # type: ignore[arg-type]
            bands=self.bands.rows(),  # type: ignore[arg-type]
            variants=self.variants.rows(),
            commitments=self.commitments.rows(),  # type: ignore[arg-type]
        )

    def show_error(self, error: ValidationError) -> None:
        self.clear_errors()
        name = "level_name" if error.field == "level_name" else error.field
        self.errors.show(ValidationError(error.message, field=name))
        for table, names in ((self.targets, ("targets", "internal_targets")), (self.bands, ("bands",)),
                             (self.variants, ("variants",)), (self.commitments, ("commitments",))):
            if error.field in names:
                table.mark_error(error.message)
                self.ensureWidgetVisible(table)

    def clear_errors(self) -> None:
        self.errors.clear()
        for table in (self.targets, self.bands, self.variants, self.commitments):
            table.mark_error("")


class VipLevelDialog(QDialog):
    """Pick the customer and the level to start from, for a custom (VIP) level.

    Attributes:
        level: the new level's draft once accepted.
    """

    def __init__(self, parent: QWidget | None, draft: ServiceDraft, customer_list: Sequence[CustomerSummary],
                 base_key: int | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add VIP level for customer")
        self.setMinimumWidth(560)
        self._draft = draft
        self.level: LevelDraft | None = None
        self.customer = QComboBox()
        for customer in customer_list:
            self.customer.addItem(customer.name, customer.id)
        self.base = QComboBox()
        for level in draft.levels:
            if level.customer_id is None:
                self.base.addItem(level.name, level.key)
                if level.key == base_key:
                    self.base.setCurrentIndex(self.base.count() - 1)
        self.name = QLineEdit()
        self.errors = FieldErrors()
        layout = QFormLayout()
        layout.addRow("&Customer:", self.customer)
        layout.addRow("&Start from:", self.base)
        layout.addRow("&Name:", self.errors.field("level_name", self.name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add VIP level")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel("A VIP level is offered to one customer only. It starts as a copy of a standard level; "
                       "change its targets and price, then save the service.", wordWrap=True)
        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addLayout(layout)
        outer.addWidget(buttons)
        self.customer.currentIndexChanged.connect(self._suggest_name)
        self.base.currentIndexChanged.connect(self._suggest_name)
        self._suggest_name()

    def _suggest_name(self) -> None:
        customer = self.customer.currentText().split(" ")[0]
        self.name.setText(f"{self.base.currentText()} VIP ({customer})")

    def accept(self) -> None:
        if self.base.currentData() is None or self.customer.currentData() is None:
            self.errors.show(ValidationError("choose a customer and a standard level to start from", field="level_name"))
            return
        base = self._draft.levels[self._draft.level_index(self.base.currentData())]
        self.level = base.copy(name=self.name.text().strip(), customer_id=self.customer.currentData())
        super().accept()


def _action(parent: QObject, text: str, shortcut: str | QKeySequence.StandardKey, tip: str, slot: Any) -> QAction:
    action = QAction(text, parent)
    sequence = QKeySequence(shortcut)
    action.setShortcut(sequence)
    action.setToolTip(f"{tip} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


class CatalogueEditor(QMainWindow):
    """Services and their levels, with undo and redo until saved.

    Open with ``CatalogueEditor(context).show()``.

    Signals:
        catalogue_changed: a service was saved (its id).

    Attributes:
        undo_stack: one step per edit since the service was opened or saved.
        state: the selected service as edited (a ``ServiceDraft``), or None.
        forms: level key -> its form, in tab order.
        errors: labels beside the service's code, name and description; ``general`` for the rest.
        stale_bar: above the service's fields, says a save was refused because someone saved the service
            since it was opened, with Reload (the edits stay on screen until then).
    """

    catalogue_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle("Service catalogue — slamdesk")
        self.context = context
        self.state: ServiceDraft | None = None
        self.forms: dict[int, LevelForm] = {}
        self.dialog: VipLevelDialog | None = None
        self._showing = False
        self._customers = customers.list_customers(context.db)
        self.undo_stack = QUndoStack(self)
        self.errors = FieldErrors()
        self._build_widgets()
        self._build_actions()
        self._lay_out()
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.resize(1280, 800)
        self.reload_services()

    # Building

    def _build_widgets(self) -> None:
        self.search = QLineEdit(placeholderText="Filter services")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.service_list = QListWidget()
        self.service_list.setSpacing(2)
        self.service_list.setWordWrap(True)
        self.service_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.service_list.currentItemChanged.connect(self._service_chosen)
        self.code = _line(160)
        self.name = _line()
        self.description = CommitTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(54)
        for edit in (self.code, self.name):
            edit.editingFinished.connect(self.capture)
        self.description.editing_finished.connect(self.capture)
        self.level_tabs = QTabWidget()
        self.level_tabs.setDocumentMode(True)
        self.stale_bar = MessageBar("&Reload")
        self.stale_bar.button.setToolTip("Open the service again as stored, dropping your unsaved edits")
        self.stale_bar.triggered.connect(self.reload_service)

    def _build_actions(self) -> None:
        self.save_action = _action(self, "&Save", QKeySequence.StandardKey.Save, "Save the service", self.save)
        self.undo_action = _action(self, "&Undo", "Ctrl+Z", "Undo the last edit", self.undo)
        self.redo_action = _action(self, "&Redo", "Ctrl+Shift+Z", "Redo the edit undone last", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda text: self.undo_action.setText(f"&Undo {text}".strip()))
        self.undo_stack.redoTextChanged.connect(lambda text: self.redo_action.setText(f"&Redo {text}".strip()))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_action.setIconText("Undo")  # the toolbar stays short; the Edit menu says what is undone
        self.redo_action.setIconText("Redo")
        self.new_action = _action(self, "&New service", "Ctrl+N", "Start a new service", self.new_service)
        self.add_level_action = _action(self, "Add &level", "Ctrl+L", "Add a level, copied from the one shown",
                                        self.add_level)
        self.vip_action = _action(self, "Add &VIP level for customer…", "Ctrl+Shift+L",
                                  "Add a level offered to one customer only", self.add_vip_level)
        self.remove_level_action = _action(self, "Re&move level", "Ctrl+Shift+Delete", "Remove the level shown",
                                           self.remove_level)
        self.revert_action = _action(self, "Re&vert", "Ctrl+Shift+R", "Drop unsaved edits to this service",
                                     self.revert)
        self.close_action = _action(self, "&Close", "Ctrl+W", "Close the catalogue", self.close)
        file_menu = self.menuBar().addMenu("&Service")
        file_menu.addActions([self.new_action, self.save_action, self.revert_action])
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_level_action, self.vip_action, self.remove_level_action])
        toolbar = QToolBar("Catalogue")
        toolbar.setObjectName("catalogueToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.add_level_action, self.vip_action, self.remove_level_action])
        self.addToolBar(toolbar)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.service_list, 1)
        service_form = QFormLayout()
        service_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        service_form.addRow("C&ode:", self.errors.field("code", self.code))
        service_form.addRow("Na&me:", self.errors.field("name", self.name))
        service_form.addRow("&Description:", self.errors.field("description", self.description))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stale_bar)
        right_layout.addLayout(service_form)
        right_layout.addWidget(self.errors.label("levels"))
        right_layout.addWidget(self.level_tabs, 1)
        right_layout.addWidget(self.errors.general)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 980])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

    # The list of services

    def reload_services(self, select_id: int | None = None) -> None:
        self.service_list.blockSignals(True)
        self.service_list.clear()
        for service in catalogue.list_services(self.context.db):
            vip = sum(1 for level in service.levels if level.vip)
            levels = ", ".join(level.name for level in service.levels)
            item = QListWidgetItem(f"{service.name} ({service.code})" + ("  ★" if vip else ""))
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setToolTip(f"{service.description}\nLevels: {levels}")
            self.service_list.addItem(item)
            if service.id == select_id:
                self.service_list.setCurrentItem(item)
        self.service_list.blockSignals(False)
        self._filter(self.search.text())
        if self.service_list.currentItem() is None and self.service_list.count() and self.state is None:
            self.service_list.setCurrentRow(0)
        elif self.service_list.currentItem() is not None and (self.state is None or self.state.id != select_id):
            self._service_chosen(self.service_list.currentItem(), None)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.service_list.count()):
            item = self.service_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    @property
    def dirty(self) -> bool:
        return self.state is not None and (self.state.id is None or not self.undo_stack.isClean())

    def _service_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        service_id = current.data(Qt.ItemDataRole.UserRole)
        if self.state is not None and self.state.id == service_id:
            return
        self.capture()
        if self.dirty:
            self.service_list.blockSignals(True)
            self.service_list.setCurrentItem(previous)
            self.service_list.blockSignals(False)
            self.errors.show_general("Save (Ctrl+S) or revert (Ctrl+Shift+R) the changes to this service first.")
            return
        self.open_service(service_id)

    def open_service(self, service_id: int) -> None:
        info = catalogue.get_service(self.context.db, service_id)
        self._start(ServiceDraft.of(info))

    def select_service_code(self, code: str) -> None:
        service = next(s for s in catalogue.list_services(self.context.db) if s.code == code)
        for row in range(self.service_list.count()):
            if self.service_list.item(row).data(Qt.ItemDataRole.UserRole) == service.id:
                self.service_list.setCurrentRow(row)

    def _start(self, draft: ServiceDraft) -> None:
        self.undo_stack.clear()
        self.errors.clear()
        self.stale_bar.clear()
        self.show_draft(draft)
        self.undo_stack.setClean()
        self.level_tabs.setCurrentIndex(0)
        self._update_title()

    # Showing and capturing the draft

    def show_draft(self, draft: ServiceDraft) -> None:
        """Make ``draft`` the edited service and show it (undo steps call this)."""
        self._showing = True
        try:
            self.state = draft
            _set_text(self.code, draft.code)
            _set_text(self.name, draft.name)
            if self.description.toPlainText() != draft.description:
                self.description.setPlainText(draft.description)
            keys = [level.key for level in draft.levels]
            if keys != list(self.forms):
                self._rebuild_tabs(draft)
            for index, level in enumerate(draft.levels):
                self.forms[level.key].show_draft(level)
                self.level_tabs.setTabText(index, level.title)
                self.level_tabs.setTabToolTip(index, self._customer_name(level.customer_id))
        finally:
            self._showing = False
        self.remove_level_action.setEnabled(len(draft.levels) > 1)
        self._update_title()

    def _customer_name(self, customer_id: int | None) -> str:
        if customer_id is None:
            return "Standard level, offered to every customer"
        name = next((c.name for c in self._customers if c.id == customer_id), "")
        return f"VIP level for {name}"

    def _rebuild_tabs(self, draft: ServiceDraft) -> None:
        current = self.current_level_key()
        old = self.forms
        self.forms = {}
        self.level_tabs.clear()
        for level in draft.levels:
            form = old.pop(level.key, None) or LevelForm(self._customers, self.capture)
            self.forms[level.key] = form
            self.level_tabs.addTab(form, level.title)
        for form in old.values():
            form.deleteLater()
        if current in self.forms:
            self.level_tabs.setCurrentWidget(self.forms[current])

    def current_level_key(self) -> int | None:
        widget = self.level_tabs.currentWidget()
        return next((key for key, form in self.forms.items() if form is widget), None)

    def form_of(self, level_name: str) -> LevelForm:
        """The form of the level called ``level_name`` (made current)."""
        assert self.state is not None
        level = next(level for level in self.state.levels if level.name == level_name)
        self.level_tabs.setCurrentWidget(self.forms[level.key])
        return self.forms[level.key]

    def capture(self) -> None:
        """Turn what the fields show into an undo step, if it differs from the draft."""
        if self._showing or self.state is None:
            return
        state = self.state
        after = ServiceDraft(
            state.id, state.row_version, self.code.text(), self.name.text(), self.description.toPlainText(),
            tuple(self.forms[level.key].read(level) for level in state.levels),
        )
        self._push(after)

    def _push(self, after: ServiceDraft) -> None:
        if self.state is not None and after != self.state:
            self.undo_stack.push(DraftCommand(self.show_draft, self.state, after))

    def _update_title(self) -> None:
        name = self.state.name if self.state and self.state.name else "New service" if self.state else ""
        star = "*" if self.dirty else ""
        self.setWindowTitle(f"{star}{name} — service catalogue — slamdesk" if name else "Service catalogue — slamdesk")

    # Editing

    def undo(self) -> None:
        self.capture()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def new_service(self) -> None:
        self.capture()
        if self.dirty:
            self.errors.show_general("Save (Ctrl+S) or revert (Ctrl+Shift+R) the changes to this service first.")
            return
        self.service_list.blockSignals(True)
        self.service_list.clearSelection()
        self.service_list.setCurrentItem(None)
        self.service_list.blockSignals(False)
        self._start(ServiceDraft(id=None, row_version=0))
        self.code.setFocus()

    def add_level(self) -> None:
        self.capture()
        if self.state is None:
            return
        key = self.current_level_key()
        base = self.state.levels[self.state.level_index(key)] if key is not None else new_level()
        level = base.copy(name=f"{base.name} (copy)", customer_id=None)
        self._push_level(level)

    def _push_level(self, level: LevelDraft) -> None:
        assert self.state is not None
        self._push(ServiceDraft(self.state.id, self.state.row_version, self.state.code, self.state.name,
                                self.state.description, (*self.state.levels, level)))
        self.level_tabs.setCurrentWidget(self.forms[level.key])
        self.forms[level.key].name.setFocus()

    def add_vip_level(self) -> VipLevelDialog | None:
        self.capture()
        if self.state is None:
            return None
        dialog = VipLevelDialog(self, self.state, self._customers, self.current_level_key())
        dialog.accepted.connect(lambda: dialog.level and self._push_level(dialog.level))
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove_level(self) -> None:
        self.capture()
        key = self.current_level_key()
        if self.state is None or key is None or len(self.state.levels) < 2:
            return
        levels = tuple(level for level in self.state.levels if level.key != key)
        self._push(ServiceDraft(self.state.id, self.state.row_version, self.state.code, self.state.name,
                                self.state.description, levels))

    def reload_service(self) -> None:
        """Open the edited service again as stored (after a refused stale save); its unsaved edits are dropped."""
        if self.state is not None and self.state.id is not None:
            self.open_service(self.state.id)
            self.reload_services(select_id=self.state.id)

    def revert(self) -> None:
        if self.state is None:
            return
        if self.state.id is None:
            self.state = None
            self.undo_stack.clear()
            self.reload_services()
            return
        self.open_service(self.state.id)

    # Saving

    def save(self) -> bool:
        """Check each level with ``core``, then store the service; a refusal goes beside its field."""
        self.capture()
        if self.state is None:
            return False
        state = self.state
        self.errors.clear()
        self.stale_bar.clear()
        for form in self.forms.values():
            form.clear_errors()
        levels = []
        for level in state.levels:
            try:
                level_input = level.to_input()
                catalogue.check_level(level_input)
            except ValidationError as error:
                self._refuse_level(level.key, error)
                return False
            levels.append(level_input)
        db, actor = self.context.db, self.context.actor
        try:
            if state.id is None:
                saved = catalogue.add_service(db, actor, code=state.code, name=state.name,
                                              description=state.description, levels=levels)
            else:
                saved = catalogue.update_service(
                    db, actor, state.id, row_version=state.row_version, code=state.code, name=state.name,
                    description=state.description, levels=levels,
                )
        except ValidationError as error:
            if error.field in LEVEL_FIELDS and self.current_level_key() is not None:
                self._refuse_level(self.current_level_key(), error)  # type: ignore[arg-type]
            else:
                self.errors.show(error)
            self.context.message.emit(f"Save: not done. {error}")
            return False
        except ConcurrencyError as error:
            self.stale_bar.say(stale_text(error, "this service"))
            self.context.message.emit(f"Save: not done. {error}")
            return False
        except SlamdeskError as error:
            self.context.message.emit(f"Save: not done. {error}")
            feedback.show_error(self, "Save service", str(error))
            return False
        current = self.level_tabs.currentIndex()
        self._start(ServiceDraft.of(saved))
        self.level_tabs.setCurrentIndex(min(current, self.level_tabs.count() - 1))
        self.reload_services(select_id=saved.id)
        self.context.message.emit(f"Service {saved.code} saved with {len(saved.levels)} levels")
        self.catalogue_changed.emit(saved.id)
        return True

    def _refuse_level(self, key: int, error: ValidationError) -> None:
        form = self.forms[key]
        self.level_tabs.setCurrentWidget(form)
        form.show_error(error)
        self.context.message.emit(f"Save: not done. {error}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.capture()
        if self.dirty:
            ask_unsaved(self, f"Service {self.state.name if self.state else ''}".strip(), self._close_answer)
            event.ignore()
            return
        super().closeEvent(event)

    def _close_answer(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            self.state = None
            self.undo_stack.clear()
            self.close()
