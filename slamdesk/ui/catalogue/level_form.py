"""One service level's form and the dialog that adds a VIP level.

The form holds the targets, availability, hours, price model, bands, variants and commitments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import COMMITMENT_UNITS, COVERAGE_OPTIONS, PERIODS, PRIORITIES, UNITS, VALUE_UNITS
from ...core.customers import CustomerSummary
from ...core.errors import ValidationError
from ...core.monitoring import calendar_forms
from ...core.monitoring.calendar_library import StoredCalendar
from ..common.i18n import translate
from ..common.widgets import FieldErrors
from .catalogue_commands import (
    EMPTY_BAND,
    EMPTY_COMMITMENT,
    EMPTY_VARIANT,
    LevelDraft,
    ServiceDraft,
)
from .fields import ClickLabel, RowsTable, choice_combo, line_edit, show_choice, show_text
from .names_editor import NamesTable
from .wording import COMMITMENT_UNIT_LABELS, PERIOD_LABELS, PRIORITY_LABELS, UNIT_LABELS, VALUE_UNIT_LABELS, labels


class LevelForm(QScrollArea):
    """Every field of one level; ``read`` returns what it shows as a ``LevelDraft``.

    Attributes:
        errors: labels beside the fields, under ``core``'s field names.
    """

    def __init__(
        self, customer_list: Sequence[CustomerSummary], on_edit: Callable[[], None],
        calendars: Sequence[StoredCalendar] = (),
    ) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.errors = FieldErrors()
        self.name = line_edit(placeholder=translate("LevelForm", "e.g. Gold"))
        self.names = NamesTable(translate("LevelForm", "Name"))  # the level's name in other languages (in a box saying so)
        self.customer = QComboBox()
        self.customer.addItem(translate("LevelForm", "— standard level, for every customer —"), None)
        for customer in customer_list:
            self.customer.addItem(customer.name, customer.id)
        self.coverage = QComboBox(editable=True)
        self.coverage.addItems(COVERAGE_OPTIONS)
        self.availability = line_edit()
        self.availability.setFixedWidth(80)
        self.period = choice_combo(labels(PERIOD_LABELS, PERIODS))
        self.internal_availability = line_edit(90, translate("LevelForm", "derived"))
        self.buffer = line_edit(90)
        self.currency = line_edit(70)
        self.fixed_fee = line_edit(120)
        self.unit = choice_combo(labels(UNIT_LABELS, UNITS))
        self.monthly_fee = line_edit(120)
        self.value_unit = choice_combo(labels(VALUE_UNIT_LABELS, VALUE_UNITS), none=translate("LevelForm", "— none —"))
        self.value_price = line_edit(120)
        self.min_units = line_edit(90)
        self.regions = line_edit(placeholder=translate("LevelForm", "everywhere; or e.g. City, Rural"))
        self.regions.setMinimumWidth(self.regions.fontMetrics().horizontalAdvance(self.regions.placeholderText()) + 24)
        for number in (self.availability, self.internal_availability, self.buffer, self.fixed_fee, self.monthly_fee,
                       self.value_price, self.min_units):
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
        # The check box's words in a label of their own, which wraps (a long translation never widens the form);
        # its mnemonic and a click on it reach the box.
        self.business_hours = QCheckBox()
        self.business_hours_label = ClickLabel(
            translate("LevelForm", "Times count business &hours only (else calendar hours)"), self.business_hours)
        self.business_hours.setAccessibleName(self.business_hours_label.text().replace("&", ""))
        self.calendar = line_edit(placeholder=translate(
            "LevelForm", "a stored calendar's name; empty: each line's hours of coverage"))
        self.calendar_names = QStringListModel(self)
        completer = QCompleter(self.calendar_names, self.calendar)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.calendar.setCompleter(completer)
        self.calendar_hint = QLabel()
        self.calendar_hint.setObjectName("calendarHint")
        self.calendar_hint.setWordWrap(True)
        self.calendar_hint.setEnabled(False)  # the style's muted text: a note, not a field
        self.calendars_button = QPushButton(translate("LevelForm", "Calendar&s…"))
        self.calendars_button.setToolTip(translate(
            "LevelForm", "Business-hours calendars: hours, public holidays, closures (Ctrl+Shift+H)"))
        self._calendars: dict[str, StoredCalendar] = {}
        self.calendar.textChanged.connect(self._explain_calendar)
        self.set_calendars(calendars)
        self.targets = RowsTable(
            (translate("LevelForm", "Response"), translate("LevelForm", "Resolution"),
             translate("LevelForm", "Internal\nresponse"), translate("LevelForm", "Internal\nresolution")),
            row_labels=list(labels(PRIORITY_LABELS, PRIORITIES).values()), numeric=range(4),
        )
        self.targets.table.setToolTip(translate("LevelForm", "Times like 4 h, 30 min or 1 d 2 h; leave a priority empty if "
                                                             "not offered. Empty internal aims are derived from the buffer."))
        self.bands = RowsTable((translate("LevelForm", "From units"), translate("LevelForm", "Discount %")),
                               empty_row=EMPTY_BAND, numeric=(0, 1),
                               buttons=(translate("LevelForm", "Add band"), translate("LevelForm", "Remove band")))
        self.variants = RowsTable(
            (translate("LevelForm", "Region"), translate("LevelForm", "Surcharge %"), *PRIORITIES), empty_row=EMPTY_VARIANT,
            numeric=(1,), buttons=(translate("LevelForm", "Add variant"), translate("LevelForm", "Remove variant")),
        )
        self.variants.table.setToolTip(translate(
            "LevelForm", "Targets a region has instead of the level's, like 8 h / 1 d; empty keeps the level's"))
        self.commitments = RowsTable(
            (translate("LevelForm", "Commitment"), translate("LevelForm", "Amount"), translate("LevelForm", "Unit"),
             translate("LevelForm", "Internal aim")), empty_row=EMPTY_COMMITMENT, numeric=(1, 3),
            buttons=(translate("LevelForm", "Add commitment"), translate("LevelForm", "Remove commitment")),
            choices={2: labels(COMMITMENT_UNIT_LABELS, COMMITMENT_UNITS)},
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
        for table in (self.names, self.targets, self.bands, self.variants, self.commitments):
            table.edited.connect(on_edit)

    def _lay_out(self) -> None:
        errors = self.errors

        labels: list[QLabel] = []

        def form(rows: Sequence[tuple[str, str, QWidget]]) -> QFormLayout:
            layout = QFormLayout()
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label and field: one above the other
            for name, text, widget in rows:
                label = QLabel(text, buddy=widget)
                labels.append(label)
                layout.addRow(label, errors.field(name, widget))
            return layout

        availability = QWidget()
        row = QHBoxLayout(availability)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.availability)
        row.addWidget(QLabel("%"))  # then the period: "per month"
        row.addWidget(self.period)
        row.addStretch(1)
        errors.alias("availability_period", "availability_pct")
        errors.alias("internal_targets", "targets")
        left = QVBoxLayout()
        for title, rows in (
            (translate("LevelForm", "Level"), [
                ("level_name", translate("LevelForm", "&Name:"), self.name),
                ("customer_id", translate("LevelForm", "&VIP customer:"), self.customer),
                ("coverage", translate("LevelForm", "&Coverage:"), self.coverage)]),
            (translate("LevelForm", "Availability"), [
                ("availability_pct", translate("LevelForm", "&Availability:"), availability),
                ("internal_availability_pct", translate("LevelForm", "&Internal availability %:"), self.internal_availability),
                ("internal_buffer_pct", translate("LevelForm", "Internal buffe&r %:"), self.buffer)]),
            (translate("LevelForm", "Price per month"), [
                ("currency", translate("LevelForm", "Currenc&y:"), self.currency),
                ("fixed_fee", translate("LevelForm", "&Fixed fee:"), self.fixed_fee),
                ("unit", translate("LevelForm", "Price &unit:"), self.unit),
                ("monthly_fee", translate("LevelForm", "Fee &per unit:"), self.monthly_fee),
                ("value_unit", translate("LevelForm", "Value-&based unit:"), self.value_unit),
                ("value_price", translate("LevelForm", "Price per value uni&t:"), self.value_price),
                ("min_units", translate("LevelForm", "Minimum volum&e:"), self.min_units),
                ("regions", translate("LevelForm", "Offered in re&gions:"), self.regions)]),
        ):
            box = QGroupBox(title)
            box.setLayout(form(rows))
            left.addWidget(box)
        names_box = QGroupBox(translate("LevelForm", "Name in other languages"))
        QVBoxLayout(names_box).addWidget(self.names)
        errors.register("level_names", self.names.error)
        left.insertWidget(1, names_box)  # under the level's name
        left.addStretch(1)
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:  # the fields of the three groups start at one line
            label.setMinimumWidth(widest)
        right = QVBoxLayout()
        targets_box = QGroupBox(translate("LevelForm", "Targets per priority"))
        targets_layout = QVBoxLayout(targets_box)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.business_hours, 0, Qt.AlignmentFlag.AlignTop)
        hours_row.addWidget(self.business_hours_label, 1)
        targets_layout.addLayout(hours_row)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(QLabel(translate("LevelForm", "Ca&lendar:"), buddy=self.calendar))
        calendar_row.addWidget(self.calendar, 1)
        calendar_row.addWidget(self.calendars_button)
        targets_layout.addLayout(calendar_row)
        targets_layout.addWidget(self.calendar_hint)
        targets_layout.addWidget(self.targets)
        errors.register("targets", self.targets.error)
        right.addWidget(targets_box)
        variants_hint = translate("LevelForm", "A region's surcharge, and its targets as response / resolution")
        for title, hint, table, name in ((translate("LevelForm", "Volume bands"), "", self.bands, "bands"),
                                         (translate("LevelForm", "Regional variants"), variants_hint, self.variants, "variants"),
                                         (translate("LevelForm", "Other commitments"), "", self.commitments, "commitments")):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            if hint:  # under the title, wrapped: a box's title never wraps
                box_layout.addWidget(QLabel(hint, wordWrap=True))
            box_layout.addWidget(table)
            errors.register(name, table.error)
            right.addWidget(box)
        right.addStretch(1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        self.setWidget(content)

    def set_calendars(self, calendars: Sequence[StoredCalendar]) -> None:
        """The stored calendars the Calendar field offers (newest versions)."""
        self._calendars = {stored.name: stored for stored in calendars}
        self.calendar_names.setStringList(sorted(self._calendars))
        self._explain_calendar(self.calendar.text())

    def _explain_calendar(self, name: str) -> None:
        stored = self._calendars.get(name.strip())
        if stored is not None:
            self.calendar_hint.setText(translate("LevelForm", "Version {version}: {description}").format(
                version=stored.version, description=calendar_forms.describe(stored.definition)))
        elif name.strip():
            self.calendar_hint.setText(translate(
                "LevelForm", "Not a stored calendar: agreements are measured in each line's hours of coverage, in the "
                "customer's country's time zone and public holidays."))
        else:
            self.calendar_hint.setText(translate(
                "LevelForm", "No calendar: agreements are measured in each line's hours of coverage, in the customer's "
                "country's time zone and public holidays."))

    def show_draft(self, level: LevelDraft) -> None:
        """Show ``level``, touching only what differs (so typing is never disturbed)."""
        widgets: list[QObject] = [self.customer, self.period, self.unit, self.value_unit, self.business_hours,
                                  self.coverage]
        for widget in widgets:
            widget.blockSignals(True)
        show_text(self.name, level.name)
        self.names.set_names(level.names)
        show_choice(self.customer, level.customer_id)
        if self.coverage.currentText() != level.coverage:
            self.coverage.setCurrentText(level.coverage)
        show_text(self.availability, level.availability_pct)
        show_choice(self.period, level.availability_period)
        show_text(self.internal_availability, level.internal_availability_pct)
        show_text(self.buffer, level.internal_buffer_pct)
        show_text(self.currency, level.currency)
        show_text(self.fixed_fee, level.fixed_fee)
        show_choice(self.unit, level.unit)
        show_text(self.monthly_fee, level.monthly_fee)
        show_choice(self.value_unit, level.value_unit)
        show_text(self.value_price, level.value_price)
        show_text(self.min_units, level.min_units)
        show_text(self.regions, level.regions)
        self.business_hours.setChecked(level.business_hours)
        show_text(self.calendar, level.calendar)
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
            names=self.names.names(),
        )

    def show_error(self, error: ValidationError) -> None:
        self.clear_errors()
        name = "level_name" if error.field == "level_name" else error.field
        self.errors.show(ValidationError(error.message, field=name))
        if error.field == "level_names":  # beside the table, whose border turns red too
            self.ensureWidgetVisible(self.names)
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
        self.setWindowTitle(translate("VipLevelDialog", "Add VIP level for customer"))
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
        layout.addRow(translate("VipLevelDialog", "&Customer:"), self.customer)
        layout.addRow(translate("VipLevelDialog", "&Start from:"), self.base)
        layout.addRow(translate("VipLevelDialog", "&Name:"), self.errors.field("level_name", self.name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("VipLevelDialog", "Add VIP level"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(translate("VipLevelDialog", "A VIP level is offered to one customer only. It starts as a copy of a "
                                 "standard level; change its targets and price, then save the service."), wordWrap=True)
        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addLayout(layout)
        outer.addWidget(buttons)
        self.customer.currentIndexChanged.connect(self._suggest_name)
        self.base.currentIndexChanged.connect(self._suggest_name)
        self._suggest_name()

    def _suggest_name(self) -> None:
        customer = self.customer.currentText().split(" ")[0]
        self.name.setText(translate("VipLevelDialog", "{level} VIP ({customer})").format(level=self.base.currentText(),
                                                                                          customer=customer))

    def accept(self) -> None:
        if self.base.currentData() is None or self.customer.currentData() is None:
            self.errors.show(ValidationError(translate("VipLevelDialog", "choose a customer and a standard level to start from"),
                                             field="level_name"))
            return
        base = self._draft.levels[self._draft.level_index(self.base.currentData())]
        self.level = base.copy(name=self.name.text().strip(), customer_id=self.customer.currentData())
        super().accept()
