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
from ..context import AppContext
from .wording import party_label


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
            title=f"Sign {detail.number} as {signatory.name}",
            intro=(
                f"Record {signatory.name}'s signature on {detail.number}. Check the name and title as they "
                "appear on the agreement; the first signature freezes this version."
            ),
            ok_text="Sign",
        )
        self.signatory = signatory
        organisation = (
            detail.customer_name if signatory.party == Party.CUSTOMER
            else settings.get_setting(context.db, settings.PROVIDER_NAME)
        )
        party = QLabel(f"{party_label(signatory.party)} · {organisation} · group {signatory.group}")
        recorder = QLabel(f"{actor.display_name} ({actor.role.label.lower()})")
        self.signer_name = QLineEdit(signatory.name)
        self.signer_title = QLineEdit(signatory.title)
        self.add_field("party", "Party:", party)
        self.add_field("signer_name", "Signatory &name:", self.signer_name)
        self.add_field("signer_title", "Signatory &title:", self.signer_title)
        self.add_field("recorded_by", "Recorded by:", recorder)
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
