"""Step 2: what the customer needs, one table row per requirement."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from ...core.money import parse_amount
from ...core.requirements import RequirementInput
from .. import operations
from ..common.i18n import translate
from ..context import AppContext
from .base import StepPage
from .state import WizardState

HEADERS = (
    QT_TRANSLATE_NOOP("RequirementsPage", "Service"), QT_TRANSLATE_NOOP("RequirementsPage", "Site"),
    QT_TRANSLATE_NOOP("RequirementsPage", "Region"), QT_TRANSLATE_NOOP("RequirementsPage", "Hours of coverage"),
    QT_TRANSLATE_NOOP("RequirementsPage", "Priorities"), QT_TRANSLATE_NOOP("RequirementsPage", "Volume"), "",
)
DEFAULT_PRIORITIES = ("P1", "P2")
# The priority categories' names (core.catalogue.PRIORITIES), as the check boxes' tool tips say them.
PRIORITY_NAMES = {
    "P1": QT_TRANSLATE_NOOP("RequirementRow", "P1 Critical"), "P2": QT_TRANSLATE_NOOP("RequirementRow", "P2 High"),
    "P3": QT_TRANSLATE_NOOP("RequirementRow", "P3 Normal"), "P4": QT_TRANSLATE_NOOP("RequirementRow", "P4 Low"),
}
ROW_HEIGHT = 40
VOLUME_WIDTH = 130  # the volume column's width at least
SITE_WIDTH = 120  # the site column's (it takes the width left)
REGION_WIDTH = 90
# Which volume a service is priced by: the unit of its levels, or its value-based unit; the volume as shown
# (a numbered message: "1 user", "40 users") and the box's tool tip.
VOLUME_FIELDS = {
    "user": ("users", QT_TRANSLATE_NOOP("RequirementRow", "%n user(s)"),
             QT_TRANSLATE_NOOP("RequirementRow", "How many users the service is for")),
    "device": ("devices", QT_TRANSLATE_NOOP("RequirementRow", "%n device(s)"),
               QT_TRANSLATE_NOOP("RequirementRow", "How many devices the service is for")),
    "site": ("sites", QT_TRANSLATE_NOOP("RequirementRow", "%n site(s)"),
             QT_TRANSLATE_NOOP("RequirementRow", "How many sites the service is for")),
    "resolved_incident": ("tickets_per_month", QT_TRANSLATE_NOOP("RequirementRow", "%n ticket(s) per month"),
                          QT_TRANSLATE_NOOP("RequirementRow", "How many tickets per month the service is for")),
    "delivered_item": ("items_per_month", QT_TRANSLATE_NOOP("RequirementRow", "%n item(s) per month"),
                       QT_TRANSLATE_NOOP("RequirementRow", "How many items per month the service is for")),
}


def priced_by(service: ServiceInfo | None) -> tuple[str, str, str]:
    """The ``RequirementInput`` volume field that matters for ``service``, its numbered text and its tool tip."""
    levels = service.levels_for(None) if service else ()
    if not levels:
        return VOLUME_FIELDS["user"]
    level = levels[0]
    if level.unit == catalogue.Unit.NONE and level.value_unit:
        return VOLUME_FIELDS[level.value_unit]
    return VOLUME_FIELDS.get(level.unit, VOLUME_FIELDS["user"])


class RequirementRow:
    """The editors of one requirement, living in the cells of one table row.

    Attributes:
        volume: how many of what the service is priced by (users, devices, sites, visits);
            its suffix follows the chosen service.
    """

    def __init__(self, services: list[ServiceInfo], regions: tuple[str, ...]) -> None:
        self._services = {service.id: service for service in services}
        self.service = QComboBox()
        for service in services:
            self.service.addItem(service.name, service.id)
            self.service.setItemData(self.service.count() - 1, service.description, Qt.ItemDataRole.ToolTipRole)
        self.site = QLineEdit(placeholderText=translate("RequirementRow", "e.g. Göteborg office"))
        self.region = QComboBox(editable=True)
        self.region.addItems(regions)
        self.region.setCurrentIndex(-1)  # no region yet: the placeholder says any will do
        line_edit = self.region.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(translate("RequirementRow", "Any"))
        self.region.setToolTip(translate("RequirementRow", "Where the site is; some levels are offered in some regions only"))
        self.coverage = QComboBox(editable=True)
        self.coverage.addItems(catalogue.COVERAGE_OPTIONS)
        self.priorities = {code: QCheckBox(code) for code in catalogue.PRIORITIES}
        self.priority_box = QWidget()
        box = QHBoxLayout(self.priority_box)
        box.setContentsMargins(6, 0, 6, 0)
        for code, check in self.priorities.items():
            check.setToolTip(translate("RequirementRow", PRIORITY_NAMES[code]) if code in PRIORITY_NAMES
                             else catalogue.priority_label(code))
            check.setChecked(code in DEFAULT_PRIORITIES)
            box.addWidget(check)
        self.volume = QSpinBox(minimum=1, maximum=1_000_000)
        self.volume.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(translate("RequirementRow", "Remove this requirement"))
        self.remove.setAutoRaise(True)
        self.service.currentIndexChanged.connect(self._follow_service)
        self.volume.valueChanged.connect(self._say_volume)
        self._follow_service()

    def _follow_service(self) -> None:
        _field, _volume, tip = priced_by(self._services.get(self.service.currentData()))
        self.volume.setToolTip(translate("RequirementRow", tip))
        self._say_volume()

    def _say_volume(self) -> None:
        """The words around the number, in the form the number takes ("1 user", "2 users")."""
        _field, volume, _tip = priced_by(self._services.get(self.service.currentData()))
        value = self.volume.value()
        said = translate("RequirementRow", volume, None, value)
        before, _number, after = said.partition(str(value))
        if not _number:  # a translation without the number: the words after it
            before, after = "", f" {said}"
        if (before, after) != (self.volume.prefix(), self.volume.suffix()):
            self.volume.setPrefix(before)
            self.volume.setSuffix(after)

    def inputs(self) -> tuple[QWidget, ...]:
        """What a person changes in the row (the editable boxes' text fields, for each letter typed)."""
        return (self.service, self.site, self.region.lineEdit() or self.region, self.coverage.lineEdit() or self.coverage,
                *self.priorities.values(), self.volume)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.service, self.site, self.region, self.coverage, self.priority_box, self.volume, self.remove)

    def volume_field(self) -> str:
        return priced_by(self._services.get(self.service.currentData()))[0]

    def value(self) -> RequirementInput:
        volumes = {self.volume_field(): self.volume.value()}
        return RequirementInput(
            service_id=self.service.currentData(),
            site=self.site.text(),
            region=self.region.currentText(),
            coverage=self.coverage.currentText(),
            priorities=tuple(code for code, check in self.priorities.items() if check.isChecked()),
            **volumes,  # type: ignore[arg-type]
        )

    def widget_for(self, field: str | None) -> QWidget:
        match field:
            case "site":
                return self.site
            case "region":
                return self.region
            case "coverage":
                return self.coverage
            case "priorities":
                return next(iter(self.priorities.values()))
            case "users" | "devices" | "sites" | "tickets_per_month" | "items_per_month":
                return self.volume
            case _:
                return self.service


class RequirementsPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title=translate("RequirementsPage", "Requirements"),
            subtitle=translate(
                "RequirementsPage",
                "One row per need: which service, where, during which hours, for which priorities, how many."),
        )
        self._services = catalogue.list_services(context.db)
        self._regions = catalogue.known_regions(self._services)
        self.rows: list[RequirementRow] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("RequirementsPage", header) if header else "" for header in HEADERS])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 230), (2, REGION_WIDTH), (3, 170), (4, 200), (5, VOLUME_WIDTH), (6, 36)):
            header.resizeSection(column, width)
        self.add_button = QPushButton(translate("RequirementsPage", "&Add requirement"))
        self.add_button.clicked.connect(self.add_row)
        self.tax_rate = QLineEdit("0")
        self.tax_rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tax_rate.setMaximumWidth(70)
        self.tax_rate.setToolTip(translate("RequirementsPage", "Tax (e.g. VAT) added to the monthly price, in percent"))
        self.errors.watch("tax_rate_pct", self.tax_rate)
        for name in ("service", "site", "region", "coverage", "priorities", "users", "devices", "sites",
                     "tickets_per_month", "items_per_month", "requirements"):
            self.errors.alias(name, "table")
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addSpacing(16)
        below.addWidget(self.errors.label("table"), 1)
        below.addWidget(QLabel(translate("RequirementsPage", "&Tax rate:"), buddy=self.tax_rate))
        below.addWidget(self.tax_rate)
        below.addWidget(QLabel("%"))
        self.body.addWidget(self.table, 1)
        self.body.addLayout(below)
        self.body.addWidget(self.errors.label("tax_rate_pct"), 0, Qt.AlignmentFlag.AlignRight)
        self.finish_layout(stretch=False)
        self.add_row()

    def add_row(self) -> RequirementRow:
        row = RequirementRow(self._services, self._regions)
        position = self.table.rowCount()
        self.table.insertRow(position)
        for column, widget in enumerate(row.widgets()):
            self.table.setCellWidget(position, column, widget)
        row.remove.clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        for editor in row.inputs():  # a message about the rows goes as soon as one is changed
            self.errors.watch("table", editor)
        row.volume.valueChanged.connect(self._fit_volume)  # "1 user", "12 tickets per month": its words grow
        row.service.currentIndexChanged.connect(self._fit_volume)
        self.rows.append(row)
        self._fit_volume()
        self._update_remove_buttons()
        row.site.setFocus()
        return row

    def remove_row(self, position: int) -> None:
        if len(self.rows) > 1:
            self.errors.label("table").show_message("")
            self.table.removeRow(position)
            del self.rows[position]
        self._update_remove_buttons()

    def _fit_volume(self) -> None:
        """The volume column as wide as its widest box (its number and words, in the window's language; four
        digits), and the table wide enough for every column and the site's example: the wizard grows with it."""
        header = self.table.horizontalHeader()
        widths = []
        for row in self.rows:
            metrics = row.volume.fontMetrics()
            digits = metrics.horizontalAdvance(str(row.volume.maximum())) - metrics.horizontalAdvance("9999")
            widths.append(row.volume.sizeHint().width() - max(digits, 0))
        header.resizeSection(5, max([VOLUME_WIDTH, *(width + 4 for width in widths)]))
        if self.rows:
            region = self.rows[0].region
            hint = region.lineEdit().placeholderText() if region.lineEdit() is not None else ""
            header.resizeSection(2, max(REGION_WIDTH, region.fontMetrics().horizontalAdvance(hint) + 40))
            site = self.rows[0].site
            site_width = max(SITE_WIDTH, site.fontMetrics().horizontalAdvance(site.placeholderText()) + 24)
            others = sum(header.sectionSize(column) for column in range(header.count()) if column != 1)
            self.table.setMinimumWidth(others + site_width + self.table.verticalHeader().sizeHint().width()
                                       + 2 * self.table.frameWidth() + 2)

    def _update_remove_buttons(self) -> None:
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)

    def values(self) -> tuple[RequirementInput, ...]:
        return tuple(row.value() for row in self.rows)

    def validatePage(self) -> bool:
        assert self.state.customer is not None
        self.errors.clear()
        customer_id, inputs = self.state.customer.id, self.values()
        for position, item in enumerate(inputs):
            checked = operations.query(self, None, lambda item=item, position=position: requirements.validate_requirement(
                item, position), what=self.step_name, in_place=True)
            if isinstance(checked.error, ValidationError):
                error = checked.error
                self.errors.show(error)
                self.table.scrollTo(self.table.model().index(position, 0))
                self.rows[position].widget_for(error.field).setFocus()
                return False
        taxes: list[Decimal] = []
        if not self.attempt(lambda: taxes.append(parse_amount(self.tax_rate.text(), "tax_rate_pct"))):
            self.tax_rate.setFocus()
            return False
        tax = taxes[0]
        if self.state.requirements_for(customer_id, inputs, tax) is not None:
            return True
        created: list[int] = []

        def create() -> None:
            view = requirements.create_requirements(
                self.context.db, self.context.actor, customer_id=customer_id, requirements=list(inputs),
                tax_rate_pct=tax,
            )
            created.append(view.id)

        if not self.attempt(create):
            return False
        self.state.requirements_id, self.state.requirements_key = created[0], (customer_id, inputs, tax)
        self.state.quote = None
        return True
