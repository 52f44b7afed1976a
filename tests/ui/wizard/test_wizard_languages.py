"""The new-agreement wizard and the signing windows in Swedish, Vietnamese, Indonesian and Ukrainian: every page
as a person reaches it and the signing dialogs leave no English word (data aside), and no two of their texts
share a mnemonic."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, catalogue, customers
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.coverage import COVERAGE_OPTIONS
from slamdesk.core.roles import Actor
from slamdesk.ui.common import i18n
from slamdesk.ui.context import AppContext
from slamdesk.ui.signing.sign_as_dialog import SignAsDialog
from slamdesk.ui.signing.signatories_dialog import SignatoriesDialog
from slamdesk.ui.signing.signing_dialog import SigningDialog
from slamdesk.ui.wizard import AgreementWizard
from tests.ui.languages import TRANSLATED, english_left, in_language
from tests.ui.test_mnemonics import clashes, widget_texts
from tests.ui.wizard.test_wizard import choose, fill_row

DRAFT = "SLA-2026-0007"  # the demo's draft, approved below
PAGES = ("customer", "requirements", "pricing", "draft", "review", "signing", "register", "done")


def _data(context: AppContext) -> set[str]:
    """What the wizard lists as it is in every language: the catalogue's services, regions and levels, the
    coverage hours, the customers, the countries whose name is the same as in English."""
    services = catalogue.list_services(context.db)
    known = {s.name for s in services} | {level.name for s in services for level in s.levels}
    known |= set(catalogue.known_regions(services)) | set(COVERAGE_OPTIONS)
    known |= {f"{c.name} ({c.country})" + (f" · {c.contact_name}" if c.contact_name else "")
              for c in customers.list_customers(context.db)}
    return known | {f"{name} ({code})" for code, name in customers.country_names().items()}


def drive(context: AppContext, page: str) -> AgreementWizard:
    """A wizard taken, as a person takes it, to ``page`` (an existing customer, one requirement)."""
    wizard = AgreementWizard(context)
    wizard.show()
    steps: list[Callable[[], None]] = [
        lambda: None,
        lambda: fill_row(wizard.requirements_page.rows[0], "Service desk", "Växjö centrum", 12, ("P1", "P2"),
                         coverage="Mon-Fri 07:00-19:00"),
        lambda: choose(wizard, 0, "Silver"),
        lambda: wizard.draft_page.title_edit.setText("Servicenivåavtal för Växjö centrum"),
        lambda: None,  # Next hands over to the reviewer, who signs in below
        lambda: wizard.signing_page.provider.signer_title.setText("Kundansvarig"),
        lambda: wizard.export_page.export_box.setChecked(False),
    ]
    for step in steps[:PAGES.index(page)]:
        step()
        wizard.next()
        for handed in (wizard.review_page, wizard.signing_page):
            if wizard.currentPage() is handed and handed.login_dialog is not None and handed.login_dialog.isVisible():
                handed.login_dialog.accept()  # the demo's profiles have no passphrase: signing in is choosing it
    assert wizard.currentPage() is getattr(wizard, f"{'export' if page == 'register' else page}_page"), page
    return wizard


def without_clashes(make: Callable[[], QWidget]) -> Callable[[], QWidget]:
    """``make``, checking in another language than English that no two texts of the window share a mnemonic."""
    def made() -> QWidget:
        window = make()
        if i18n.current() != "en":
            assert clashes(widget_texts(window)) == {}, window.windowTitle()
        return window
    return made


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_wizard_page_as_reached_is_translated(qtbot: QtBot, context: AppContext, language: str) -> None:
    allowed = _data(context)
    for page in PAGES:
        assert english_left(without_clashes(lambda page=page: drive(context, page)), language, allowed) == [], page


@pytest.fixture
def ordered(context: AppContext, people: dict[str, Actor]) -> str:
    """The demo's draft approved, with a provider in group 1 and two customer signatories in group 2."""
    agreements.submit_for_review(context.db, people["anna"], DRAFT)
    agreements.approve(context.db, people["linh"], DRAFT, "Clauses checked.")
    agreements.set_signatories(context.db, people["anna"], DRAFT, [
        SignatoryInput("provider", "Anna Lindqvist", "Account manager", 1),
        SignatoryInput("customer", "Богдан Гнатюк", "Фінансовий директор", 2),
        SignatoryInput("customer", "Оксана Мельник", "Головна бухгалтерка", 2),
    ])
    return DRAFT


def _signing_windows(context: AppContext, number: str) -> dict[str, Callable[[], QWidget]]:
    detail = agreements.get_agreement(context.db, number)
    return {
        "signing": lambda: SigningDialog(None, context, number),
        "order": lambda: SignatoriesDialog(None, context, number),
        "sign as": lambda: SignAsDialog(None, context, detail, detail.signatories[0]),
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_signing_windows_are_translated(qtbot: QtBot, context: AppContext, ordered: str, language: str) -> None:
    for name, make in _signing_windows(context, ordered).items():
        assert english_left(without_clashes(make), language) == [], name
    unordered = "SLA-2026-0004"  # approved in the demo, without a signing order: one signature per party
    assert english_left(without_clashes(lambda: SigningDialog(None, context, unordered)), language) == []


def test_the_steps_are_numbered_and_the_boxes_follow_what_is_chosen(qtbot: QtBot, context: AppContext) -> None:
    with in_language("en"):  # English's own catalogue: "1 user", "2 users"
        wizard = AgreementWizard(context)
        qtbot.addWidget(wizard)
        assert [page.title() for page in wizard.steps()[:3]] == [
            "Step 1 of 7 · Customer", "Step 2 of 7 · Requirements", "Step 3 of 7 · Pricing"]
        assert wizard.done_page.title() == "Done"
        customer = wizard.customer_page
        for country, language in (("VN", "vi"), ("UA", "uk"), ("DE", "en"), ("SE", "sv")):
            customer.country.setCurrentIndex(customer.country.findData(country))
            assert customer.language.currentData() == language, country
        row = wizard.requirements_page.rows[0]
        assert "" not in [row.region.itemText(index) for index in range(row.region.count())]
        assert row.region.currentText() == "" and row.region.lineEdit() is not None
        assert row.region.lineEdit().placeholderText() == "Any"
        row.service.setCurrentIndex(row.service.findText("Service desk"))
        assert row.volume.text() == "1 user"
        row.volume.setValue(2)
        assert row.volume.text() == "2 users"
        wizard.show()
        wizard.next()
        requirements = wizard.requirements_page
        wizard.next()
        assert requirements.errors.message("site") == "requirement 1: the site is missing"
        row.site.setText("Växjö centrum")  # the message goes as soon as the row changes
        assert requirements.errors.message("site") == ""
        requirements.tax_rate.setText("-5")
        wizard.next()
        assert requirements.errors.message("tax_rate_pct") == "amount cannot be negative"
        requirements.tax_rate.setText("5")
        assert requirements.errors.message("tax_rate_pct") == ""
