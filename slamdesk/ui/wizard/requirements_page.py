"""Step 2: what the customer needs, one table row per requirement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QWidget,
)

from ...core import catalogue, requirements
from ...core.catalogue import ServiceInfo
from ...core.errors import ValidationError
from ...core.requirements import RequirementInput
from ..context import AppContext
from .base import StepPage
from .state import WizardState

HEADERS = ("Service", "Site or region", "Hours of coverage", "Priorities", "Quantity", "")
DEFAULT_PRIORITIES = ("P1", "P2")
ROW_HEIGHT = 40


class RequirementRow:
    """The editors of one requirement, living in the cells of one table row."""

    def __init__(self, services: list[ServiceInfo]) -> None:
        self.service = QComboBox()
        for service in services:
            self.service.addItem(service.name, service.id)
            self.service.setItemData(self.service.count() - 1, service.description, Qt.ItemDataRole.ToolTipRole)
        self.site = QLineEdit(placeholderText="e.g. Göteborg office")
        self.coverage = QComboBox(editable=True)
        self.coverage.addItems(catalogue.COVERAGE_OPTIONS)
        self.priorities = {code: QCheckBox(code) for code in catalogue.PRIORITIES}
        self.priority_box = QWidget()
        box = QHBoxLayout(self.priority_box)
        box.setContentsMargins(6, 0, 6, 0)
        for code, check in self.priorities.items():
            check.setToolTip(catalogue.priority_label(code))
            check.setChecked(code in DEFAULT_PRIORITIES)
            box.addWidget(check)
        self.quantity = QSpinBox(minimum=1, maximum=1_000_000)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip("Remove this requirement")
        self.remove.setAutoRaise(True)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.service, self.site, self.coverage, self.priority_box, self.quantity, self.remove)

    def value(self) -> RequirementInput:
        return RequirementInput(
            service_id=self.service.currentData(),
            site=self.site.text(),
            coverage=self.coverage.currentText(),
            priorities=tuple(code for code, check in self.priorities.items() if check.isChecked()),
            quantity=self.quantity.value(),
        )

    def widget_for(self, field: str | None) -> QWidget:
        match field:
            case "site":
                return self.site
            case "coverage":
                return self.coverage
            case "priorities":
                return next(iter(self.priorities.values()))
            case "quantity":
                return self.quantity
            case _:
                return self.service


class RequirementsPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title="Requirements",
            subtitle="One row per need: which service, where, during which hours, for which priorities, how many.",
        )
        self._services = catalogue.list_services(context.db)
        self.rows: list[RequirementRow] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 290), (2, 180), (3, 210), (4, 84), (5, 36)):
            header.resizeSection(column, width)
        self.add_button = QPushButton("&Add requirement")
        self.add_button.clicked.connect(self.add_row)
        for name in ("service", "site", "coverage", "priorities", "quantity", "requirements"):
            self.errors.alias(name, "table")
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addSpacing(16)
        below.addWidget(self.errors.label("table"), 1)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(below)
        self.finish_layout(stretch=False)
        self.add_row()

    def add_row(self) -> RequirementRow:
        row = RequirementRow(self._services)
        position = self.table.rowCount()
        self.table.insertRow(position)
        for column, widget in enumerate(row.widgets()):
            self.table.setCellWidget(position, column, widget)
        row.remove.clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        self.rows.append(row)
        self._update_remove_buttons()
        row.site.setFocus()
        return row

    def remove_row(self, position: int) -> None:
        if len(self.rows) > 1:
            self.table.removeRow(position)
            del self.rows[position]
        self._update_remove_buttons()

    def _update_remove_buttons(self) -> None:
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)

    def values(self) -> tuple[RequirementInput, ...]:
        return tuple(row.value() for row in self.rows)

    def validatePage(self) -> bool:
        assert self.state.customer is not None
        customer_id, inputs = self.state.customer.id, self.values()
        for position, item in enumerate(inputs):
            try:
                requirements.validate_requirement(item, position)
            except ValidationError as error:
                self.errors.show(error)
                self.table.scrollTo(self.table.model().index(position, 0))
                self.rows[position].widget_for(error.field).setFocus()
                return False
        if self.state.requirements_for(customer_id, inputs) is not None:
            return True
        created: list[int] = []

        def create() -> None:
            view = requirements.create_requirements(
                self.context.db, self.context.actor, customer_id=customer_id, requirements=list(inputs)
            )
            created.append(view.id)

        if not self.attempt(create):
            return False
        self.state.requirements_id, self.state.requirements_key = created[0], (customer_id, inputs)
        self.state.quote = None
        return True
