"""A customer's requirements document: its rows, traceability and pricing, in one window.

The table edits drafts of the rows; Save hands them to ``core`` (which checks
every rule) and reloads what was stored. A document sent to the customer or
approved by them is read-only; a change is a new version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core import catalogue, export, requirements
from ..core.catalogue import COVERAGE_OPTIONS, PRIORITIES, ServiceInfo
from ..core.errors import ConcurrencyError, SlamdeskError, ValidationError
from ..core.money import parse_amount
from ..core.requirements import DOCUMENT_STATUSES, VOLUME_FIELDS, RequirementInput, RequirementsView, RequirementView
from . import feedback, formatting
from .context import AppContext
from .dialogs import UseCaseDialog
from .pdf_preview import PdfPreviewDialog
from .pricing_matrix import PricingMatrix
from .traceability import TraceabilityMatrix
from .widgets import Banner, ComboDelegate, ErrorLabel, FieldErrors, MessageBar, ask_unsaved, set_read_only, stale_text

ERROR_BACKGROUND = QColor("#fde2e2")
READ_ONLY_STYLE = (
    "QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] { background: #f3f4f6; color: #374151; }"
)
MUTED_TEXT = QColor("#6b7280")
NO_SERVICE = "— none in the catalogue —"
NEW_PRIORITIES = ("P2", "P3")
PRIORITIES_FIRST = next(iter(PRIORITIES))
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NEED = 0
    SERVICE = 1
    SITE = 2
    REGION = 3
    COVERAGE = 4
    PRIORITIES = 5
    USERS = 6
    DEVICES = 7
    SITES = 8
    TICKETS = 9
    ITEMS = 10
    CSAT = 11
    EFFORT = 12


HEADERS: dict[Column, tuple[str, str]] = {
    Column.NEED: ("Need", "What the customer needs, in their own words"),
    Column.SERVICE: ("Service", "The catalogue service that meets the need, or none"),
    Column.SITE: ("Site", "Where the service is delivered"),
    Column.REGION: ("Region", "Some levels are offered in some regions only"),
    Column.COVERAGE: ("Hours of coverage", "24x7, or like Mon-Fri 08:00-17:00"),
    Column.PRIORITIES: ("Priorities", "Priority categories the customer needs (edit them below the table)"),
    Column.USERS: ("Users", "Number of users"),
    Column.DEVICES: ("Devices", "Number of devices"),
    Column.SITES: ("Sites", "Number of sites (at least 1)"),
    Column.TICKETS: ("Tickets/mo", "Expected tickets per month"),
    Column.ITEMS: ("Items/mo", "Expected delivered items (e.g. visits) per month"),
    Column.CSAT: ("CSAT %", "Customer satisfaction goal, in percent (up to 100)"),
    Column.EFFORT: ("Effort", "Customer effort goal, a score from 1 (easy) to 7"),
}
# The row attribute each column edits; the same names ``core`` uses in ``ValidationError.field``.
FIELD_OF: dict[Column, str] = {
    Column.NEED: "need",
    Column.SERVICE: "service",
    Column.SITE: "site",
    Column.REGION: "region",
    Column.COVERAGE: "coverage",
    Column.PRIORITIES: "priorities",
    Column.USERS: "users",
    Column.DEVICES: "devices",
    Column.SITES: "sites",
    Column.TICKETS: "tickets_per_month",
    Column.ITEMS: "items_per_month",
    Column.CSAT: "csat_target_pct",
    Column.EFFORT: "effort_target",
}
COLUMN_OF = {name: column for column, name in FIELD_OF.items()}
NUMBER_COLUMNS = frozenset({Column.USERS, Column.DEVICES, Column.SITES, Column.TICKETS, Column.ITEMS,
                            Column.CSAT, Column.EFFORT})
WIDTHS: dict[Column, int] = {
    Column.SERVICE: 170, Column.SITE: 150, Column.REGION: 70, Column.COVERAGE: 140, Column.PRIORITIES: 84,
    Column.USERS: 54, Column.DEVICES: 62, Column.SITES: 50, Column.TICKETS: 80, Column.ITEMS: 72,
    Column.CSAT: 60, Column.EFFORT: 54,
}


def _amount_or_text(text: str) -> Decimal | str | None:
    """A Decimal when ``core`` reads it as one; else the text, which ``core`` then refuses with its message."""
    if not text.strip():
        return None
    try:
        return parse_amount(text, "")
    except ValidationError:
        return text.strip()


@dataclass
class RowDraft:
    """One requirement as typed: numbers stay text until ``core`` reads them."""

    id: int | None = None
    service_id: int | None = None
    need: str = ""
    outcome: str = ""
    site: str = ""
    region: str = ""
    coverage: str = COVERAGE_OPTIONS[0]
    priorities: tuple[str, ...] = NEW_PRIORITIES
    priority_notes: dict[str, str] = field(default_factory=dict)
    users: str = "0"
    devices: str = "0"
    sites: str = "1"
    tickets_per_month: str = "0"
    items_per_month: str = "0"
    csat_target_pct: str = ""
    effort_target: str = ""

    @classmethod
    def of(cls, item: RequirementView) -> RowDraft:
        return cls(
            id=item.id, service_id=item.service_id, need=item.need, outcome=item.outcome, site=item.site,
            region=item.region, coverage=item.coverage, priorities=item.priorities,
            priority_notes=dict(item.priority_notes),
            csat_target_pct=formatting.decimal_text(item.csat_target_pct),
            effort_target=formatting.decimal_text(item.effort_target),
            **{name: str(getattr(item.volumes, name)) for name in VOLUME_FIELDS},
        )

    def to_input(self) -> RequirementInput:
        values: dict[str, Any] = {name: formatting.whole_number(getattr(self, name)) for name in VOLUME_FIELDS}
        return RequirementInput(
            id=self.id, service_id=self.service_id, site=self.site, coverage=self.coverage,
            priorities=tuple(p for p in PRIORITIES if p in self.priorities), need=self.need, region=self.region,
            outcome=self.outcome,
            priority_notes={p: note for p, note in self.priority_notes.items() if p in self.priorities},
            csat_target_pct=_amount_or_text(self.csat_target_pct),  # type: ignore[arg-type]
            effort_target=_amount_or_text(self.effort_target),  # type: ignore[arg-type]
            **values,
        )


class RequirementsModel(QAbstractTableModel):
    """The document's rows as drafts, editable until the document is sent.

    Signals:
        edited: a row was changed, added, removed or moved.

    Attributes:
        error_cell: (row, column) of the cell ``core`` refused, shown in red until edited.
    """

    edited = Signal()

    def __init__(self, services: list[ServiceInfo]) -> None:
        super().__init__()
        self.rows: list[RowDraft] = []
        self.read_only = False
        self.error_cell: tuple[int, Column] | None = None
        self._error_message = ""
        self._services = {service.id: service.name for service in services}

    def load(self, rows: list[RowDraft], *, read_only: bool, services: list[ServiceInfo]) -> None:
        self.beginResetModel()
        self.rows, self.read_only = rows, read_only
        self._services = {service.id: service.name for service in services}
        self.error_cell = None
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            label, tip = HEADERS[Column(section)]
            if role == Qt.ItemDataRole.DisplayRole:
                return label
            if role == Qt.ItemDataRole.ToolTipRole:
                return tip
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or Column(index.column()) is Column.PRIORITIES:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.service_id if column is Column.SERVICE else self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return formatting.NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.BackgroundRole and self.error_cell == (index.row(), column):
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.SERVICE and row.service_id is None:
            return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.error_cell == (index.row(), column):
                return self._error_message
            if column is Column.NEED:
                return "\n\n".join(text for text in (row.need, f"Outcome: {row.outcome}" if row.outcome else "") if text)
            if column is Column.PRIORITIES:
                return "\n".join(
                    f"{catalogue.priority_label(p)}: {row.priority_notes.get(p) or '—'}" for p in row.priorities
                )
            return self._display(row, column) or None
        return None

    def _display(self, row: RowDraft, column: Column) -> str:
        if column is Column.SERVICE:
            return self._services.get(row.service_id, NO_SERVICE) if row.service_id is not None else NO_SERVICE
        if column is Column.PRIORITIES:
            return ", ".join(p for p in PRIORITIES if p in row.priorities)
        value: str = getattr(row, FIELD_OF[column])
        return value

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        column = Column(index.column())
        if column is Column.PRIORITIES:
            return False
        if column is Column.SERVICE:
            self.update_row(index.row(), service_id=value)
        else:
            self.update_row(index.row(), **{FIELD_OF[column]: "" if value is None else str(value)})
        return True

    def update_row(self, row: int, **changes: Any) -> bool:
        """Change attributes of row ``row``; the error mark goes when the refused cell changes."""
        draft = self.rows[row]
        changed = {name: value for name, value in changes.items() if getattr(draft, name) != value}
        if not changed or self.read_only:
            return False
        for name, value in changed.items():
            setattr(draft, name, value)
        if self.error_cell is not None and self.error_cell[0] == row:
            refused = "service_id" if self.error_cell[1] is Column.SERVICE else FIELD_OF[self.error_cell[1]]
            if refused in changed or (refused == "priorities" and "priority_notes" in changed):
                self.mark_error(None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.edited.emit()
        return True

    def mark_error(self, cell: tuple[int, Column] | None, message: str = "") -> None:
        previous, self.error_cell, self._error_message = self.error_cell, cell, message
        for changed in (previous, cell):
            if changed is not None:
                index = self.index(changed[0], changed[1])
                self.dataChanged.emit(index, index)

    def insert(self, position: int, draft: RowDraft) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, draft)
        self.endInsertRows()
        self.mark_error(None)
        self.edited.emit()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()
        self.mark_error(None)
        self.edited.emit()

    def move(self, position: int, offset: int) -> bool:
        target = position + offset
        if not (0 <= position < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        # Qt's destination is the row before which the moved row lands.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(position))
        self.endMoveRows()
        self.mark_error(None)
        self.edited.emit()
        return True


class RequirementDetail(QGroupBox):
    """The selected requirement in full: need and outcome in the customer's words, priorities with notes.

    Attributes:
        errors: the label beside the priority categories (core's ``priorities`` field).
    """

    def __init__(self, model: RequirementsModel) -> None:
        super().__init__("Selected requirement")
        self._model, self._row = model, -1
        self.need = QPlainTextEdit(placeholderText="What the customer needs, in their own words")
        self.outcome = QPlainTextEdit(placeholderText="The outcome they expect, e.g. no sailing delayed by IT")
        for editor in (self.need, self.outcome):
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(56)
        self.checks = {code: QCheckBox(catalogue.priority_label(code)) for code in PRIORITIES}
        self.notes = {code: QLineEdit(placeholderText=f"What {code} means for this customer") for code in PRIORITIES}
        self.priority_error = ErrorLabel()
        texts = QFormLayout()
        texts.addRow("&Need:", self.need)
        texts.addRow("&Outcome:", self.outcome)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for row, code in enumerate(PRIORITIES):
            grid.addWidget(self.checks[code], row, 0)
            grid.addWidget(self.notes[code], row, 1)
        grid.addWidget(self.priority_error, len(PRIORITIES), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        priorities = QGroupBox("Priority categories, and what each means for this customer")
        priorities.setFlat(True)
        priorities.setLayout(grid)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(priorities, 1)
        self.need.textChanged.connect(lambda: self._store(need=self.need.toPlainText()))
        self.outcome.textChanged.connect(lambda: self._store(outcome=self.outcome.toPlainText()))
        for code in PRIORITIES:
            self.checks[code].toggled.connect(self._store_priorities)
            self.notes[code].textEdited.connect(self._store_priorities)
        self.show_row(-1)

    def show_row(self, row: int) -> None:
        self._row = row
        draft = self._model.rows[row] if 0 <= row < len(self._model.rows) else None
        self.setTitle(f"Requirement {row + 1}" if draft else "Selected requirement")
        editors: list[QWidget] = [self.need, self.outcome, *self.checks.values(), *self.notes.values()]
        for editor in editors:
            editor.blockSignals(True)
        self.need.setPlainText(draft.need if draft else "")
        self.outcome.setPlainText(draft.outcome if draft else "")
        for code in PRIORITIES:
            self.checks[code].setChecked(bool(draft) and code in draft.priorities)  # type: ignore[union-attr]
            self.notes[code].setText(draft.priority_notes.get(code, "") if draft else "")
        for editor in editors:
            editor.blockSignals(False)
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        editable = 0 <= self._row < len(self._model.rows) and not self._model.read_only
        for editor in (self.need, self.outcome):
            set_read_only(editor, not editable)
        for code in PRIORITIES:
            self.checks[code].setEnabled(editable)
            set_read_only(self.notes[code], not editable)

    def _store(self, **changes: Any) -> None:
        if 0 <= self._row < len(self._model.rows):
            self._model.update_row(self._row, **changes)

    def _store_priorities(self) -> None:
        self._store(
            priorities=tuple(code for code in PRIORITIES if self.checks[code].isChecked()),
            priority_notes={code: self.notes[code].text() for code in PRIORITIES if self.notes[code].text().strip()},
        )


class ApprovalDialog(UseCaseDialog):
    """Record that the customer approved a sent document (as read at ``row_version``); names who approved."""

    subject = "the requirements document"

    def __init__(self, parent: QWidget | None, context: AppContext, view: RequirementsView, row_version: int) -> None:
        super().__init__(
            parent, title="Record customer approval",
            intro=f"{view.customer_name} approved version {view.version}. Who approved it on their side?",
            ok_text="Record approval",
        )
        self.approved_by = QLineEdit(placeholderText="Full name, as the customer signed off")
        self.add_field("approved_by", "&Approved by:", self.approved_by)
        self.result_view: RequirementsView | None = None

        def submit() -> None:
            self.result_view = requirements.record_customer_approval(
                context.db, context.actor, view.id, self.approved_by.text(), row_version=row_version
            )

        self.on_submit(submit)


def _action(parent: QWidget, text: str, shortcut: str, tip: str, slot: Any) -> QAction:
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


class RequirementsEditor(QMainWindow):
    """One requirements document: header, requirements, traceability and pricing.

    Open with ``RequirementsEditor(context, document_id).show()``.

    Signals:
        document_changed: a use case changed the document (its id; a new version's id after New version).

    Attributes:
        view: the document as last read from ``core``.
        row_version: the document's row version the rows on screen were read at; saves pass it, and
            ``core`` refuses them when someone changed the document since.
        stale_bar: above the tabs, says a save was refused that way, with Reload.
        model: the rows as edited on screen; ``dirty`` while not saved.
        errors: labels beside the header fields, below the table and beside the priorities.
        trace, pricing: the traceability and pricing tabs.
    """

    document_changed = Signal(int)

    def __init__(self, context: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.context = context
        self.dirty = False
        self.dialog: QDialog | None = None
        self.exported: list[export.ExportedFile] = []
        self._services = catalogue.list_services(context.db)
        self.view = requirements.get_requirements(context.db, document_id)
        self.row_version = self.view.row_version
        self.model = RequirementsModel(self._services)
        self.errors = FieldErrors()
        self._build_header()
        self._build_table()
        self.detail = RequirementDetail(self.model)
        self.errors.register("priorities", self.detail.priority_error)
        self.trace = TraceabilityMatrix(context, document_id)
        self.pricing = PricingMatrix(context, document_id)
        self._build_actions()
        self._lay_out()
        self.model.edited.connect(self._on_edited)
        self.trace.changed.connect(lambda based_on: self._on_matrix_changed(self.pricing, based_on))
        self.pricing.changed.connect(lambda based_on: self._on_matrix_changed(self.trace, based_on))
        for matrix in (self.trace, self.pricing):
            matrix.refused_stale.connect(lambda error: self._refused_stale(error, "Change"))
            matrix.reload_requested.connect(self.reload)
        self.resize(1280, 800)
        self.show_document(self.view)

    # Building

    def _build_header(self) -> None:
        self.customer = QLabel()
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.title_edit = QLineEdit(placeholderText="e.g. Fleet expansion 2027")
        self.tax_rate = QLineEdit()
        self.tax_rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tax_rate.setMaximumWidth(80)
        self.tax_rate.setToolTip("Tax (e.g. VAT) added to the monthly price, in percent")
        self.title_edit.textEdited.connect(self._on_edited)
        self.tax_rate.textEdited.connect(self._on_edited)
        self.banner = Banner()
        self.stale_bar = MessageBar("&Reload")
        self.stale_bar.button.setToolTip("Read the document again as stored, dropping your unsaved edits (F5)")
        self.stale_bar.triggered.connect(self.reload)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        regions = catalogue.known_regions(self._services)
        self.table.setItemDelegateForColumn(
            Column.SERVICE, ComboDelegate([(NO_SERVICE, None), *((s.name, s.id) for s in self._services)],
                                          editable=False, parent=self.table))
        self.table.setItemDelegateForColumn(
            Column.REGION, ComboDelegate([(r, r) for r in ("", *regions)], editable=True, parent=self.table))
        self.table.setItemDelegateForColumn(
            Column.COVERAGE, ComboDelegate([(c, c) for c in COVERAGE_OPTIONS], editable=True, parent=self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NEED, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(44)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._current_row(current))
        self.table_error = ErrorLabel()
        for name in (*FIELD_OF.values(), "requirements"):
            self.errors.register(name, self.table_error)

    def _build_actions(self) -> None:
        self.save_action = _action(self, "&Save", "Ctrl+S", "Save the requirements", self.save)
        self.add_action = _action(self, "&Add requirement", "Ctrl+N", "Add a requirement below the selected one",
                                  self.add_requirement)
        self.remove_action = _action(self, "&Remove requirement", "Ctrl+Delete", "Remove the selected requirement",
                                     self.remove_requirement)
        self.up_action = _action(self, "Move &up", "Alt+Up", "Move the selected requirement up",
                                 lambda: self.move_requirement(-1))
        self.down_action = _action(self, "Move &down", "Alt+Down", "Move the selected requirement down",
                                   lambda: self.move_requirement(1))
        self.send_action = _action(self, "Sen&d to customer", "Ctrl+Shift+S",
                                   "Save and send this version to the customer for approval", self.send)
        self.approve_action = _action(self, "Record customer a&pproval…", "Ctrl+Shift+A",
                                      "Record that the customer approved this version", self.record_approval)
        self.version_action = _action(self, "&New version", "Ctrl+Shift+N",
                                      "Copy this document into a new draft version", self.make_new_version)
        self.preview_action = _action(self, "Pre&view PDF…", "Ctrl+Shift+P",
                                      "Show the document the customer will approve, as a PDF", self.preview)
        self.export_action = _action(self, "&Export for approval", "Ctrl+E",
                                     "Write this version as PDF and DOCX into the customer's register folder",
                                     self.export_documents)
        self.reload_action = _action(self, "Re&load", "F5", "Read the document again, dropping unsaved changes",
                                     self.reload)
        self.close_action = _action(self, "&Close", "Ctrl+W", "Close this window", self.close)
        self.document_actions = [self.save_action, self.send_action, self.approve_action, self.version_action]
        self.row_actions = [self.add_action, self.remove_action, self.up_action, self.down_action]
        menu = self.menuBar().addMenu("&Document")
        menu.addActions([*self.document_actions, self.reload_action])
        menu.addSeparator()
        menu.addActions([self.preview_action, self.export_action])
        menu.addSeparator()
        menu.addAction(self.close_action)
        rows = self.menuBar().addMenu("&Requirements")
        rows.addActions(self.row_actions)
        trace = self.menuBar().addMenu("&Trace")
        trace.addActions(self.trace.actions())
        pricing = self.menuBar().addMenu("&Pricing")
        pricing.addActions(self.pricing.actions())
        toolbar = QToolBar("Document")
        toolbar.setObjectName("requirementsToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addActions(self.row_actions)
        toolbar.addSeparator()
        toolbar.addActions([self.send_action, self.approve_action, self.version_action])
        toolbar.addSeparator()
        toolbar.addActions([self.preview_action, self.export_action])
        self.addToolBar(toolbar)

    def _lay_out(self) -> None:
        header = QGridLayout()
        header.setHorizontalSpacing(12)
        header.setVerticalSpacing(6)
        header.addWidget(self.customer, 0, 0, 1, 2)
        header.addWidget(self.status, 0, 2, 1, 4, Qt.AlignmentFlag.AlignRight)
        header.addWidget(QLabel("&Title:", buddy=self.title_edit), 1, 0)
        header.addWidget(self.title_edit, 1, 1)
        header.addWidget(self.errors.label("title"), 1, 2)
        tax_label = QLabel("Ta&x rate:", buddy=self.tax_rate)
        header.addWidget(tax_label, 1, 3)
        header.addWidget(self.tax_rate, 1, 4)
        header.addWidget(QLabel("%"), 1, 5)
        header.addWidget(self.errors.label("tax_rate_pct"), 2, 1, 1, 5, Qt.AlignmentFlag.AlignRight)
        header.setColumnStretch(1, 3)
        header.setColumnStretch(2, 1)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.table, 1)
        rows_layout.addWidget(self.table_error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(rows)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "&1 Requirements")
        self.tabs.addTab(self.trace, "&2 Traceability")
        self.tabs.addTab(self.pricing, "&3 Pricing")
        for number in range(3):
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            shortcut.triggered.connect(lambda _checked=False, tab=number: self.tabs.setCurrentIndex(tab))
            self.addAction(shortcut)
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget()
        central.setStyleSheet(READ_ONLY_STYLE)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stale_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors.general)
        self.setCentralWidget(central)

    # Showing

    def show_document(self, view: RequirementsView) -> None:
        """Show ``view`` as stored, dropping any unsaved edits."""
        self.view = view
        self.row_version = view.row_version
        self.stale_bar.clear()
        self.errors.clear()
        self.model.load([RowDraft.of(item) for item in view.items], read_only=not view.editable,
                        services=self._services)
        self.title_edit.setText(view.title)
        self.tax_rate.setText(formatting.decimal_text(view.tax_rate_pct))
        self.customer.setText(f"<b style='font-size:14pt'>{view.customer_name}</b>")
        self.status.setText(
            f"Version {view.version} · <b>{DOCUMENT_STATUSES[view.status]}</b> · created "
            f"{formatting.timestamp(view.created_at)}"
        )
        self.banner.say(self._read_only_reason(view))
        for widget in (self.title_edit, self.tax_rate):
            set_read_only(widget, not view.editable)
        self.save_action.setEnabled(view.editable)
        self.send_action.setEnabled(view.editable)
        self.approve_action.setEnabled(view.status == "sent")
        for action in self.row_actions:
            action.setEnabled(view.editable)
        self._set_dirty(False)
        if view.items:
            self.table.setCurrentIndex(self.model.index(0, Column.NEED))
        self.detail.show_row(0 if view.items else -1)
        self.trace.reload()
        self.pricing.reload()

    @staticmethod
    def _read_only_reason(view: RequirementsView) -> str:
        if view.status == "sent":
            sent = formatting.timestamp(view.sent_at) if view.sent_at else ""
            return (
                f"<b>Read-only:</b> version {view.version} was sent to the customer {sent} and awaits their "
                "approval. Record their approval (Ctrl+Shift+A), or make a new version (Ctrl+Shift+N) to change it."
            )
        if view.status == "approved":
            approved = formatting.timestamp(view.approved_at) if view.approved_at else ""
            return (
                f"<b>Read-only:</b> version {view.version} was approved by {view.approved_by} {approved}. "
                "Make a new version (Ctrl+Shift+N) to change it."
            )
        return ""

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        star = "*" if dirty else ""
        self.setWindowTitle(
            f"{star}{self.view.customer_name} — requirements v{self.view.version} — slamdesk"
        )
        self.trace.set_stale(dirty)
        self.pricing.set_stale(dirty)

    def _on_edited(self) -> None:
        if not self.view.editable:
            return
        self._set_dirty(True)
        row = self.current_row()
        self.detail.setTitle(f"Requirement {row + 1}" if row >= 0 else "Selected requirement")

    def _current_row(self, index: QModelIndex) -> None:
        self.detail.show_row(index.row() if index.isValid() else -1)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _tab_changed(self, tab: int) -> None:
        if tab == 0:
            self.table.setFocus()

    # Rows

    def add_requirement(self) -> None:
        if self.model.read_only:
            return
        position = self.current_row() + 1 if self.current_row() >= 0 else len(self.model.rows)
        self.model.insert(position, RowDraft())
        self.tabs.setCurrentIndex(0)
        self.table.setCurrentIndex(self.model.index(position, Column.NEED))
        self.detail.need.setFocus()

    def remove_requirement(self) -> None:
        row = self.current_row()
        if row < 0 or self.model.read_only:
            return
        self.model.remove(row)
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), Column.NEED))
        else:
            self.detail.show_row(-1)

    def move_requirement(self, offset: int) -> None:
        row, column = self.current_row(), max(self.table.currentIndex().column(), 0)
        if row >= 0 and not self.model.read_only and self.model.move(row, offset):
            self.table.setCurrentIndex(self.model.index(row + offset, column))

    # Use cases

    def _run(self, what: str, call: Any) -> Any:
        """Run one use case; a refusal about a field goes beside it, any other in a message box."""
        self.errors.clear()
        self.model.mark_error(None)
        try:
            return call()
        except ValidationError as error:
            self.errors.show(error)
            self.context.message.emit(f"{what}: not done. {error}")
        except ConcurrencyError as error:
            self._refused_stale(error, what)
        except SlamdeskError as error:
            self.context.message.emit(f"{what}: not done. {error}")
            feedback.show_error(self, what, str(error))
        return None

    def _refused_stale(self, error: ConcurrencyError, what: str = "Save") -> None:
        """Someone changed the document since it was read: say so above the form; the edits stay on screen."""
        self.stale_bar.say(stale_text(error, "this requirements document"))
        self.context.message.emit(f"{what}: not done. {error}")

    def _refuse_row(self, row: int, error: ValidationError) -> None:
        self.errors.show(error)
        column = COLUMN_OF.get(error.field or "", Column.NEED)
        self.model.mark_error((row, column), error.message)
        self.tabs.setCurrentIndex(0)
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.scrollTo(self.model.index(row, column))
        if column is Column.PRIORITIES:
            self.detail.checks[PRIORITIES_FIRST].setFocus()
        else:
            self.table.setFocus()
        self.context.message.emit(f"Save: not done. {error}")

    def _commit_open_editor(self) -> None:
        """A cell still being typed in (Ctrl+S pressed inside it) is stored before saving."""
        widget = QApplication.focusWidget()
        viewport = self.table.viewport()
        while widget is not None and widget.parentWidget() is not viewport:
            widget = widget.parentWidget()
        if widget is not None:
            self.table.itemDelegateForIndex(self.table.currentIndex()).commitData.emit(widget)

    def save(self) -> bool:
        """Check every row with ``core``, then store them; a refused cell is marked and nothing is stored."""
        if not self.view.editable:
            return False
        self.errors.clear()
        self.model.mark_error(None)
        self._commit_open_editor()
        inputs = [draft.to_input() for draft in self.model.rows]
        for row, item in enumerate(inputs):
            try:
                requirements.validate_requirement(item, row)
            except ValidationError as error:
                self._refuse_row(row, error)
                return False
        tax = self._run("Save", lambda: parse_amount(self.tax_rate.text(), "tax_rate_pct"))
        if tax is None:
            return False
        saved = self._run("Save", lambda: requirements.update_requirements(
            self.context.db, self.context.actor, self.view.id, row_version=self.row_version, requirements=inputs,
            title=self.title_edit.text(), tax_rate_pct=tax,
        ))
        if saved is None:
            return False
        row = self.current_row()
        self.show_document(saved)
        if 0 <= row < len(self.model.rows):
            self.table.setCurrentIndex(self.model.index(row, Column.NEED))
        self.context.message.emit(f"Requirements v{saved.version} for {saved.customer_name} saved")
        self.document_changed.emit(saved.id)
        return True

    def send(self) -> None:
        if self.dirty and not self.save():
            return
        sent = self._run("Send to customer", lambda: requirements.send_requirements(
            self.context.db, self.context.actor, self.view.id, row_version=self.row_version))
        if sent is not None:
            self.show_document(sent)
            self.context.message.emit(f"Version {sent.version} sent to {sent.customer_name}")
            self.document_changed.emit(sent.id)

    def _saved_for_output(self) -> bool:
        """Unsaved edits are saved first, so the document shows what is stored."""
        return not (self.dirty and self.view.editable) or self.save()

    def preview(self) -> PdfPreviewDialog | None:
        """The document as the customer will read it, through the same renderer as agreements."""
        if not self._saved_for_output():
            return None
        document_id, name = self.view.id, f"REQ-{self.view.id:04d} v{self.view.version}"
        try:
            dialog = PdfPreviewDialog(
                self, self.context.db, name, render=lambda: export.preview_requirements_pdf(self.context.db, document_id),
                note="A preview: the document as Export for approval (Ctrl+E) would write it. Nothing is written yet.",
            )
        except SlamdeskError as error:
            self.context.message.emit(f"Preview of {name}: not shown. {error}")
            feedback.show_error(self, f"Preview of {name}", str(error))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_documents(self) -> list[export.ExportedFile]:
        """PDF and DOCX of this version into the register folder, for the customer to approve."""
        if not self._saved_for_output():
            return []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = self._run("Export", lambda: export.export_requirements(
                self.context.db, self.context.actor, self.view.id))
        finally:
            QApplication.restoreOverrideCursor()
        if not written:
            return []
        self.exported = list(written)
        names = " and ".join(file.path.name for file in written)
        self.context.message.emit(f"Exported {names} into {written[0].path.parent}")
        return self.exported

    def record_approval(self) -> ApprovalDialog:
        dialog = ApprovalDialog(self, self.context, self.view, self.row_version)
        dialog.accepted.connect(lambda: self._approved(dialog))
        dialog.reload_requested.connect(self.reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _approved(self, dialog: ApprovalDialog) -> None:
        if dialog.result_view is not None:
            self.show_document(dialog.result_view)
            self.context.message.emit(
                f"Version {dialog.result_view.version} approved by {dialog.result_view.approved_by}"
            )
            self.document_changed.emit(dialog.result_view.id)

    def make_new_version(self) -> None:
        if self.dirty and self.view.editable and not self.save():
            return
        copy = self._run("New version", lambda: requirements.new_version(
            self.context.db, self.context.actor, self.view.id, row_version=self.row_version))
        if copy is not None:
            self.trace.set_document(copy.id)
            self.pricing.set_document(copy.id)
            self.show_document(copy)
            self.context.message.emit(f"Version {copy.version} for {copy.customer_name} is a new draft")
            self.document_changed.emit(copy.id)

    def reload(self) -> None:
        self._services = catalogue.list_services(self.context.db)
        fresh = self._run("Reload", lambda: requirements.get_requirements(self.context.db, self.view.id))
        if fresh is not None:
            self.show_document(fresh)

    def _on_matrix_changed(self, other: TraceabilityMatrix | PricingMatrix, based_on: int) -> None:
        """One tab changed the stored document (a level, a price, a trace); the other tab follows.

        The rows on screen stay at their row version unless that change was made against it: then the
        document moved on by exactly that change (never shown on this tab), and the next save goes on from it.
        """
        if based_on == self.row_version:
            self.row_version = based_on + 1
        self.view = requirements.get_requirements(self.context.db, self.view.id)
        other.reload()
        self.document_changed.emit(self.view.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and self.view.editable:
            ask_unsaved(self, "The requirements document", self._close_answer)
            event.ignore()
            return
        super().closeEvent(event)

    def _close_answer(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            self._set_dirty(False)
            self.close()


class RequirementsDocumentsDialog(QDialog):
    """Every requirements document, newest version first per customer; Open shows one in its editor.

    Attributes:
        editors: the editor windows opened from here (kept so they stay open).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Requirements documents")
        self.context = context
        self.editors: list[RequirementsEditor] = []
        self.search = QLineEdit(placeholderText="Filter by customer or title")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Customer", "Version", "Status", "Title", "Requirements"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        documents = requirements.list_documents(self.context.db)
        self.table.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            cells = (doc.customer_name, f"v{doc.version}", DOCUMENT_STATUSES[doc.status], doc.title,
                     str(doc.requirements))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                if column in (1, 4):
                    item.setTextAlignment(formatting.NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
        if documents:
            self.table.selectRow(0)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            haystack = " ".join(self.table.item(row, c).text() for c in (0, 3)).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)

    def open_selected(self) -> RequirementsEditor | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        return self.open_document(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_document(self, document_id: int) -> RequirementsEditor:
        editor = RequirementsEditor(self.context, document_id, self.parentWidget())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda _obj=None, e=editor: self.editors.remove(e) if e in self.editors else None)
        editor.document_changed.connect(lambda _id: self.reload())
        self.editors.append(editor)
        editor.show()
        return editor
