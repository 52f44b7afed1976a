"""Step 4c: the provider's and the customer's signatures, each recorded by its own person."""

from __future__ import annotations

import functools
from html import escape

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit

from ...core import agreements, users
from ...core.agreements import Party
from ...core.errors import ValidationError
from ...core.roles import Actor, Role
from ..common.formatting import person_with_role
from ..common.i18n import translate
from ..common.widgets import FieldErrors
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState

# Who is offered to record the customer's signature first.
_CUSTOMER_SIDE_FIRST = {Role.CUSTOMER_SIGNATORY: 0, Role.REPRESENTATIVE: 1, Role.ADMINISTRATOR: 2}


class PartyForm(QGroupBox):
    """Name and title of one party's signatory, who records it, with their error labels.

    Attributes:
        recorded_by: the profile that records this signature (the acting person).
        note: how that person acts (signed in already, or signs in when the step is taken).
    """

    def __init__(self, party: str, errors: FieldErrors) -> None:
        super().__init__(self._heading(party))
        self.party = party
        self.errors = FieldErrors(errors.general)
        self.signer_name = QLineEdit()
        self.signer_title = QLineEdit(placeholderText=translate("PartyForm", "Role or title as printed on the agreement"))
        self.recorded_by = QComboBox()
        self.recorded_by.setMinimumContentsLength(30)
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName(f"{party}Acting")
        form = roomy_form()
        provider = party == Party.PROVIDER  # distinct mnemonics for the two groups on one page
        form.addRow(translate("PartyForm", "Full &name:") if provider else translate("PartyForm", "Full na&me:"),
                    self.errors.field("signer_name", self.signer_name))
        form.addRow(translate("PartyForm", "&Title:") if provider else translate("PartyForm", "T&itle:"),
                    self.errors.field("signer_title", self.signer_title))
        form.addRow(translate("PartyForm", "Recorded b&y:") if provider else translate("PartyForm", "Re&corded by:"),
                    self.errors.field("recorded_by", self.recorded_by, field_stretch=0, error_stretch=1))
        form.addRow("", self.note)
        self.setLayout(form)

    @staticmethod
    def _heading(party: str, signed: bool = False) -> str:
        if party == Party.PROVIDER:
            return translate("PartyForm", "Provider signatory: signed") if signed \
                else translate("PartyForm", "Provider signatory")
        return translate("PartyForm", "Customer signatory: signed") if signed \
            else translate("PartyForm", "Customer signatory")

    def recorder(self) -> Actor | None:
        return self.recorded_by.currentData()

    def mark_signed(self, by: Actor) -> None:
        self.setTitle(self._heading(self.party, signed=True))
        self.note.setText(translate("PartyForm", "Recorded by {name}.").format(name=escape(by.display_name)))
        for widget in (self.signer_name, self.signer_title, self.recorded_by):
            widget.setEnabled(False)


class SigningPage(StepPage):
    """Each party's signature is recorded by a different person, each acting as themselves.

    The provider's is recorded by the signed-in profile; the customer's by
    another (a customer signatory first), who signs in when the step is taken.

    Attributes:
        signed_in: party -> the Actor who signed in to record it (for this step only).
    """

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title=translate("SigningPage", "Signatures"),
            subtitle=translate("SigningPage", "Type each signatory's name and title. The first signature freezes the "
                                              "agreement's content and its SHA-256; the second makes it signed. "
                                              "One person never records both."),
        )
        self.signed_in: dict[str, Actor] = {}
        self.intro = QLabel(wordWrap=True)
        self.provider = PartyForm(Party.PROVIDER, self.errors)
        self.customer = PartyForm(Party.CUSTOMER, self.errors)
        self.customer.recorded_by.currentIndexChanged.connect(lambda _index: self._describe(self.customer))
        self.body.addWidget(self.intro)
        self.body.addWidget(self.provider)
        self.body.addWidget(self.customer)
        self.finish_layout()
        self.setCommitPage(True)
        self.set_commit_text(translate("SigningPage", "&Sign for both parties…"))

    def recorders(self, party: str) -> list[Actor]:
        """Profiles that may record ``party``'s signature (``core``'s rule); the customer's never the one signed in."""
        me = self.context.actor
        if party == Party.PROVIDER:
            return [me] if agreements.may_sign_for(me, party) else []
        candidates = [a for a in users.list_actors(self.context.db) if agreements.may_sign_for(a, party) and a != me]
        return sorted(candidates, key=lambda actor: (_CUSTOMER_SIDE_FIRST.get(actor.role, 3), actor.id))

    def initializePage(self) -> None:
        self.intro.setText(translate("SigningPage", "<b>{number}</b> is approved and ready for signing.").format(
            number=escape(self.state.number or "")))
        if not self.provider.signer_name.text():
            self.provider.signer_name.setText(self.context.actor.display_name)
        customer = self.state.customer
        if customer is not None and not self.customer.signer_name.text():
            self.customer.signer_name.setText(customer.contact_name)
            self.customer.signer_title.setText(customer.contact_title)
        for form in (self.provider, self.customer):
            if form.party in self.state.signed:
                continue
            form.recorded_by.blockSignals(True)
            form.recorded_by.clear()
            for actor in self.recorders(form.party):
                form.recorded_by.addItem(person_with_role(actor.display_name, actor.role), actor)
            form.recorded_by.setEnabled(form.recorded_by.count() > 1)
            form.recorded_by.blockSignals(False)
            self._describe(form)

    def _describe(self, form: PartyForm) -> None:
        recorder = form.recorder()
        if form.party in self.state.signed:
            return
        if recorder is None:
            form.note.setText(
                translate("SigningPage", "No profile may record this signature; add one (a customer signatory) first.")
                if form.party == Party.CUSTOMER
                else translate("SigningPage", "Your profile may not record the provider's signature.")
            )
        elif recorder == self.context.actor or self.signed_in.get(form.party) == recorder:
            form.note.setText(translate("SigningPage", "{name} is signed in and records it.").format(
                name=escape(recorder.display_name)))
        else:
            form.note.setText(translate(
                "SigningPage", "{name} records it as themselves: they sign in when you sign "
                               "(with their passphrase, if they have one).").format(name=escape(recorder.display_name)))

    def validatePage(self) -> bool:
        number = self.state.number
        assert number is not None
        for form in (self.provider, self.customer):
            if form.party in self.state.signed:
                continue
            recorder = form.recorder()
            if recorder is None:
                form.errors.clear()
                form.errors.show(_no_recorder(form.party))
                return False
            acting = self.context.actor if recorder == self.context.actor else self.signed_in.get(form.party)
            if acting is None or acting.id != recorder.id:
                self.errors.clear()
                self.hand_over(
                    recorder,
                    (translate("SigningPage", "{name} records the customer's signature on {number}: sign in as {name} to act. "
                                              "The signature is recorded under this profile.")
                     if form.party == Party.CUSTOMER else
                     translate("SigningPage", "{name} records the provider's signature on {number}: sign in as {name} to act. "
                                              "The signature is recorded under this profile.")).format(
                        name=recorder.display_name, number=number),
                    functools.partial(self._signed_in, form),
                )
                return False
            if not self.attempt(functools.partial(self._sign, number, form, acting), form.errors):
                return False
            self.state.signed.add(form.party)
            self.signed_in.pop(form.party, None)  # the hand-over lasts for this signature only
            form.mark_signed(acting)
        return True

    def _signed_in(self, form: PartyForm, actor: Actor) -> None:
        self.signed_in[form.party] = actor
        self._describe(form)

    def _sign(self, number: str, form: PartyForm, actor: Actor) -> None:
        agreements.sign(
            self.context.db, actor, number, party=form.party,
            signer_name=form.signer_name.text(), signer_title=form.signer_title.text(),
        )


def _no_recorder(party: str) -> ValidationError:
    if party == Party.CUSTOMER:
        message = translate(
            "SigningPage", "no profile may record the customer's signature here; add a customer signatory profile")
    else:
        message = translate("SigningPage", "no profile may record the provider's signature here; add a representative")
    return ValidationError(message, field="recorded_by")
