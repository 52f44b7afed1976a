"""Step 1: the customer, chosen from the list or created here."""

from __future__ import annotations

from babel.languages import get_official_languages
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
from ..common import i18n
from ..common.i18n import translate
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState


class CustomerPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title=translate("CustomerPage", "Customer"),
            subtitle=translate(
                "CustomerPage", "Choose the customer this agreement is for, or record a new one with a contact person."),
        )
        self.use_existing = QRadioButton(translate("CustomerPage", "&Existing customer"))
        self.use_new = QRadioButton(translate("CustomerPage", "Ne&w customer"))
        modes = QButtonGroup(self)
        modes.addButton(self.use_existing)
        modes.addButton(self.use_new)
        self.existing = QComboBox()
        self.existing.setMinimumContentsLength(40)
        self.name = QLineEdit(placeholderText=translate("CustomerPage", "Registered company name"))
        self.country = QComboBox()
        self.country.addItem(translate("CustomerPage", "Choose a country…"), "")
        for code, name in customers.country_names(i18n.current()).items():  # in the window's language
            self.country.addItem(f"{name} ({code})", code)
        self.language = QComboBox()
        for code, native in customers.LANGUAGES.items():
            self.language.addItem(native, code)
        self.contact_name = QLineEdit()
        self.contact_title = QLineEdit(placeholderText=translate("CustomerPage", "e.g. IT manager"))
        self.contact_email = QLineEdit(placeholderText="name@example.com")
        self.contact_phone = QLineEdit()
        self._lay_out()
        self.reload_customers()
        self.use_existing.toggled.connect(self._update_mode)
        self.country.currentIndexChanged.connect(self._follow_country)
        (self.use_existing if self.existing.count() else self.use_new).setChecked(True)
        self._update_mode()

    def _lay_out(self) -> None:
        self.body.addWidget(self.use_existing)
        existing_form = self._indented(roomy_form())
        existing_form.addRow(translate("CustomerPage", "C&ustomer:"), self.errors.field("existing", self.existing))
        self.body.addSpacing(8)
        self.body.addWidget(self.use_new)
        new_form = self._indented(roomy_form())
        for name, label, widget in (
            ("name", translate("CustomerPage", "Customer n&ame:"), self.name),
            ("country", translate("CustomerPage", "&Country:"), self.country),
            ("language", translate("CustomerPage", "&Language:"), self.language),
            ("contact_name", translate("CustomerPage", "Contact &person:"), self.contact_name),
            ("contact_title", translate("CustomerPage", "Contact &title:"), self.contact_title),
            ("contact_email", translate("CustomerPage", "Contact e-&mail:"), self.contact_email),
            ("contact_phone", translate("CustomerPage", "Contact p&hone:"), self.contact_phone),
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

    def _follow_country(self) -> None:
        """The customer's language follows the country chosen: its first official language when slamdesk
        writes it, else English (the person may still choose another)."""
        code = self.country.currentData()
        if not code:
            return
        spoken = get_official_languages(code, de_facto=True)
        language = spoken[0] if spoken and spoken[0] in customers.LANGUAGES else "en"
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

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
                self.errors.show(ValidationError(
                    translate("CustomerPage", "choose a customer or record a new one"), field="existing"))
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
