"""Confirm one signatory's signature: their name and title, prefilled and editable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QWidget,
)

from ...core import agreements, settings
from ...core.agreements import AgreementDetail, Party, SignatoryView
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..context import AppContext
from .wording import party_label, person_with_role


class SignAsDialog(UseCaseDialog):
    """Confirm one signatory's signature: their name and title, prefilled and editable.

    OK calls ``agreements.sign(..., signatory_id=signatory.id)`` as the acting
    user; ``core`` refuses a signatory whose turn it is not, or a user whose
    role may not sign for that party, and the refusal is shown.

    Attributes:
        signatory: who signs.
        signer_name, signer_title: the typed name and title, as they appear on the agreement.
    """

    def __init__(
        self, parent: QWidget | None, context: AppContext, detail: AgreementDetail, signatory: SignatoryView
    ) -> None:
        actor = context.actor
        super().__init__(
            parent,
            title=translate("SignAsDialog", "Sign {number} as {name}").format(number=detail.number, name=signatory.name),
            intro=translate(
                "SignAsDialog", "Record {name}'s signature on {number}. Check the name and title as they appear on the "
                                "agreement; the first signature freezes this version.").format(
                name=signatory.name, number=detail.number),
            ok_text=translate("SignAsDialog", "Sign"),
        )
        self.signatory = signatory
        organisation = (
            detail.customer_name if signatory.party == Party.CUSTOMER
            else settings.get_setting(context.db, settings.PROVIDER_NAME)
        )
        party = QLabel(translate("SignAsDialog", "{party} · {organisation} · group {group}").format(
            party=party_label(signatory.party), organisation=organisation, group=signatory.group))
        recorder = QLabel(person_with_role(actor.display_name, actor.role))
        self.signer_name = QLineEdit(signatory.name)
        self.signer_title = QLineEdit(signatory.title)
        self.add_field("party", translate("SignAsDialog", "Party:"), party)
        self.add_field("signer_name", translate("SignAsDialog", "Signatory &name:"), self.signer_name)
        self.add_field("signer_title", translate("SignAsDialog", "Signatory &title:"), self.signer_title)
        self.add_field("recorded_by", translate("SignAsDialog", "Recorded by:"), recorder)
        self.form.setVerticalSpacing(8)
        self.layout().insertSpacing(1, 6)
        self.errors.alias("signatory", "party")
        self.on_submit(
            lambda: agreements.sign(
                context.db, context.actor, detail.number, party=signatory.party,
                signer_name=self.signer_name.text(), signer_title=self.signer_title.text(),
                signatory_id=signatory.id,
            )
        )
