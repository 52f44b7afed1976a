"""The guided flow: customer, requirements, pricing, draft, review, signing, register."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from ..common.i18n import translate
from ..context import AppContext
from .base import StepPage
from .customer_page import CustomerPage
from .draft_page import DraftPage
from .finish_pages import DonePage, ExportPage
from .pricing_page import PricingPage
from .requirements_page import RequirementsPage
from .review_page import ReviewPage
from .signing_page import SigningPage
from .state import WizardState

PAGE_MARGINS = 40  # the wizard's width beside its page's


class AgreementWizard(QWizard):
    """From a customer's needs to a signed agreement in the register.

    Each page records its step through ``core`` when Next is pressed; from the
    draft on, pages are commit pages (no Back), because the steps are real.

    Attributes:
        state: what has been recorded so far; ``state.number`` once drafted.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AgreementWizard", "New agreement"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(900, 620)
        self.state = WizardState()
        self.customer_page = CustomerPage(context, self.state)
        self.requirements_page = RequirementsPage(context, self.state)
        self.pricing_page = PricingPage(context, self.state)
        self.draft_page = DraftPage(context, self.state)
        self.review_page = ReviewPage(context, self.state)
        self.signing_page = SigningPage(context, self.state)
        self.export_page = ExportPage(context, self.state)
        self.done_page = DonePage(context, self.state)
        for page in self.steps():
            self.addPage(page)
        numbered = self.steps()[:-1]  # the last page tells what was done: it is no step
        for number, page in enumerate(numbered, start=1):
            page.set_step(number, len(numbered))
        # As wide as the widest page needs in the window's language (the requirements' columns), at least 900.
        needed = max(900, *(page.minimumSizeHint().width() + PAGE_MARGINS for page in self.steps()))
        self.setMinimumWidth(needed)
        self.resize(max(1040, needed), 700)

    def steps(self) -> list[StepPage]:
        return [
            self.customer_page, self.requirements_page, self.pricing_page, self.draft_page,
            self.review_page, self.signing_page, self.export_page, self.done_page,
        ]

    @property
    def number(self) -> str | None:
        return self.state.number
