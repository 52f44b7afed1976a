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
from ..context import AppContext


class OverrideDialog(UseCaseDialog):
    """A custom (VIP) monthly price for a requirement's chosen level, with the reason for it.

    Attributes:
        quote: the quote after the price was stored.
    """

    subject = "the requirements document"

    def __init__(
        self, parent: QWidget | None, context: AppContext, document_id: int, line: QuoteLine, row_version: int
    ) -> None:
        chosen = line.chosen
        listed = (
            f"The list price of {chosen.level_name} is {formatting.money(chosen.price.list_total, chosen.currency)} "
            "per month. " if chosen else "Choose a level for this requirement first. "
        )
        super().__init__(
            parent, title="Custom price",
            intro=f"Requirement {line.position}: {line.service_name}, {line.site}. {listed}"
                  "A custom price replaces the list price in the quote and the agreement; its reason is kept.",
            ok_text="Set custom price",
        )
        self.amount = QLineEdit(placeholderText="Monthly price")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if chosen is not None and chosen.price.override is not None:
            self.amount.setText(formatting.decimal_text(chosen.price.override))
        self.reason = QLineEdit(chosen.price.override_reason if chosen else "")
        self.reason.setPlaceholderText("e.g. framework rate agreed with the customer's CFO")
        self.add_field("price_override", "Monthly &price:", self.amount)
        self.add_field("override_reason", "&Reason:", self.reason)
        self.quote: Quote | None = None

        def submit() -> None:
            self.quote = requirements.set_price_override(
                context.db, context.actor, document_id, line.requirement_id, self.amount.text(), self.reason.text(),
                row_version=row_version,
            )

        self.on_submit(submit)
