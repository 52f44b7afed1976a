"""Step 1: the customer, chosen from the list or created here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
)

from ...core import customers
from ...core.customers import CustomerSummary
from ...core.errors import ValidationError
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState


class CustomerPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title="Customer",
            subtitle="Choose the customer this agreement is for, or record a new one with a contact person.",
        )
        self.use_existing = QRadioButton("&Existing customer")
        self.use_new = QRadioButton("Ne&w customer")
        modes = QButtonGroup(self)
        modes.addButton(self.use_existing)
        modes.addButton(self.use_new)
        self.existing = QComboBox()
        self.existing.setMinimumContentsLength(40)
        self.name = QLineEdit(placeholderText="Registered company name")
        self.country = QComboBox()
        self.country.addItem("Choose a country…", "")
        for code, name in customers.country_names().items():
            self.country.addItem(f"{name} ({code})", code)
        self.language = QComboBox()
        for code, native in customers.LANGUAGES.items():
            self.language.addItem(native, code)
        self.contact_name = QLineEdit()
        self.contact_title = QLineEdit(placeholderText="e.g. IT manager")
        self.contact_email = QLineEdit(placeholderText="name@example.com")
        self.contact_phone = QLineEdit()
        self._lay_out()
        self.reload_customers()
        self.use_existing.toggled.connect(self._update_mode)
        (self.use_existing if self.existing.count() else self.use_new).setChecked(True)
        self._update_mode()

    def _lay_out(self) -> None:
        self.body.addWidget(self.use_existing)
        existing_form = self._indented(roomy_form())
        existing_form.addRow("C&ustomer:", self.errors.field("existing", self.existing))
        self.body.addSpacing(8)
        self.body.addWidget(self.use_new)
        new_form = self._indented(roomy_form())
        for name, label, widget in (
            ("name", "Customer n&ame:", self.name),
            ("country", "&Country:", self.country),
            ("language", "&Language:", self.language),
            ("contact_name", "Contact &person:", self.contact_name),
            ("contact_title", "Contact &title:", self.contact_title),
            ("contact_email", "Contact e-&mail:", self.contact_email),
            ("contact_phone", "Contact p&hone:", self.contact_phone),
        ):
            new_form.addRow(label, self.errors.field(name, widget))
        self.finish_layout()

    def _indented(self, form: QFormLayout) -> QFormLayout:
        form.setContentsMargins(28, 0, 0, 0)
        self.body.addLayout(form)
        return form

    def reload_customers(self, select_id: int | None = None) -> None:
        self.existing.clear()
        for customer in customers.list_customers(self.context.db):
            contact = f" · {customer.contact_name}" if customer.contact_name else ""
            self.existing.addItem(f"{customer.name} ({customer.country}){contact}", customer)
            if customer.id == select_id:
                self.existing.setCurrentIndex(self.existing.count() - 1)

    def _update_mode(self) -> None:
        existing = self.use_existing.isChecked()
        self.existing.setEnabled(existing)
        for widget in (self.name, self.country, self.language, self.contact_name,
                       self.contact_title, self.contact_email, self.contact_phone):
            widget.setEnabled(not existing)
        self.errors.clear()

    def validatePage(self) -> bool:
        if self.use_existing.isChecked():
            chosen: CustomerSummary | None = self.existing.currentData()
            if chosen is None:
                self.errors.show(ValidationError("choose a customer or record a new one", field="existing"))
                return False
            self.state.customer = chosen
            return True
        created: list[CustomerSummary] = []
        if not self.attempt(lambda: created.append(self._create())):
            return False
        # From now on the new customer is an existing one: Back and Next reuse it.
        self.state.customer = created[0]
        self.reload_customers(select_id=created[0].id)
        self.use_existing.setChecked(True)
        return True

    def _create(self) -> CustomerSummary:
        return customers.create_customer(
            self.context.db,
            self.context.actor,
            name=self.name.text(),
            country=self.country.currentData(),
            language=self.language.currentData(),
            contact_name=self.contact_name.text(),
            contact_title=self.contact_title.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
        )
