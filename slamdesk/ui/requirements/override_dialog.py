"""A VIP price for one requirement's level, with the reason ``core`` requires."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from ...core import requirements
from ...core.pricing import Quote, QuoteLine
from ..common import formatting
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..context import AppContext


class OverrideDialog(UseCaseDialog):
    """A custom (VIP) monthly price for a requirement's chosen level, with the reason for it.

    Attributes:
        quote: the quote after the price was stored.
    """

    def __init__(
        self, parent: QWidget | None, context: AppContext, document_id: int, line: QuoteLine, row_version: int
    ) -> None:
        chosen = line.chosen
        if chosen is not None:
            intro = translate(
                "OverrideDialog",
                "Requirement {number}: {service}, {site}. The list price of {level} is {price} per month. "
                "A custom price replaces the list price in the quote and the agreement; its reason is kept.",
            ).format(number=line.position, service=line.service_name, site=line.site, level=chosen.level_name,
                     price=formatting.money(chosen.price.list_total, chosen.currency))
        else:
            intro = translate(
                "OverrideDialog",
                "Requirement {number}: {service}, {site}. Choose a level for this requirement first. "
                "A custom price replaces the list price in the quote and the agreement; its reason is kept.",
            ).format(number=line.position, service=line.service_name, site=line.site)
        super().__init__(
            parent, title=translate("OverrideDialog", "Custom price"), intro=intro,
            ok_text=translate("OverrideDialog", "Set custom price"),
        )
        self.subject = translate("OverrideDialog", "the requirements document")  # a stale refusal says it changed
        self.amount = QLineEdit(placeholderText=translate("OverrideDialog", "Monthly price"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if chosen is not None and chosen.price.override is not None:
            self.amount.setText(formatting.decimal_text(chosen.price.override))
        self.reason = QLineEdit(chosen.price.override_reason if chosen else "")
        self.reason.setPlaceholderText(translate("OverrideDialog", "e.g. framework rate agreed with the customer's CFO"))
        self.add_field("price_override", translate("OverrideDialog", "Monthly &price:"), self.amount)
        self.add_field("override_reason", translate("OverrideDialog", "&Reason:"), self.reason)
        self.quote: Quote | None = None

        def submit() -> None:
            self.quote = requirements.set_price_override(
                context.db, context.actor, document_id, line.requirement_id, self.amount.text(), self.reason.text(),
                row_version=row_version,
            )

        self.on_submit(submit)
