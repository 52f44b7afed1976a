"""Step 4c: the provider's and the customer's signatories sign."""

from __future__ import annotations

import functools

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit

from ...core import agreements
from ...core.agreements import PARTIES
from ..context import AppContext
from ..widgets import FieldErrors
from .base import StepPage, roomy_form
from .state import WizardState


class PartyForm(QGroupBox):
    """Name and title of one party's signatory, with their error labels."""

    def __init__(self, party: str, errors: FieldErrors) -> None:
        super().__init__(f"{PARTIES[party]} signatory")
        self.party = party
        self.errors = FieldErrors(errors.general)
        self.signer_name = QLineEdit()
        self.signer_title = QLineEdit(placeholderText="Role or title as printed on the agreement")
        form = roomy_form()
        provider = party == "provider"  # distinct mnemonics for the two groups on one page
        form.addRow("Full &name:" if provider else "Full na&me:", self.errors.field("signer_name", self.signer_name))
        form.addRow("&Title:" if provider else "T&itle:", self.errors.field("signer_title", self.signer_title))
        self.setLayout(form)

    def mark_signed(self) -> None:
        self.setTitle(f"{PARTIES[self.party]} signatory: signed")
        self.signer_name.setEnabled(False)
        self.signer_title.setEnabled(False)


class SigningPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title="Signatures",
            subtitle="Type each signatory's name and title. The first signature freezes the agreement's "
                     "content and its SHA-256; the second makes it signed.",
        )
        self.intro = QLabel(wordWrap=True)
        self.provider = PartyForm("provider", self.errors)
        self.customer = PartyForm("customer", self.errors)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.provider)
        self.body.addWidget(self.customer)
        self.finish_layout()
        self.setCommitPage(True)
        self.set_commit_text("&Sign for both parties")

    def initializePage(self) -> None:
        self.intro.setText(f"<b>{self.state.number}</b> is approved and ready for signing.")
        if not self.provider.signer_name.text():
            self.provider.signer_name.setText(self.context.actor.display_name)
        customer = self.state.customer
        if customer is not None and not self.customer.signer_name.text():
            self.customer.signer_name.setText(customer.contact_name)
            self.customer.signer_title.setText(customer.contact_title)

    def validatePage(self) -> bool:
        number = self.state.number
        assert number is not None
        for form in (self.provider, self.customer):
            if form.party not in self.state.signed:
                if not self.attempt(functools.partial(self._sign, number, form), form.errors):
                    return False
                self.state.signed.add(form.party)
                form.mark_signed()
        return True

    def _sign(self, number: str, form: PartyForm) -> None:
        agreements.sign(
            self.context.db, self.context.actor, number, party=form.party,
            signer_name=form.signer_name.text(), signer_title=form.signer_title.text(),
        )
