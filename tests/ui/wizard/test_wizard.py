"""The new-agreement wizard, driven page by page, checked through core."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, catalogue, customers, register
from slamdesk.core.lifecycle import Status
from slamdesk.core.pricing import Volumes, price_line
from slamdesk.core.roles import Actor
from slamdesk.core.verification import verify_document
from slamdesk.ui.common import formatting
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.wizard import AgreementWizard
from slamdesk.ui.wizard.requirements_page import RequirementRow

CUSTOMER = "ТОВ «Одеські порти»"
CONTACT = "Ірина Бондаренко"


def open_wizard(window: MainWindow, qtbot: QtBot) -> AgreementWizard:
    wizard = window.open_wizard()
    qtbot.waitExposed(wizard)
    assert wizard.minimumWidth() >= 900 and wizard.minimumHeight() >= 620
    return wizard


def fill_new_customer(wizard: AgreementWizard) -> None:
    page = wizard.customer_page
    page.use_new.setChecked(True)
    page.name.setText(CUSTOMER)
    page.country.setCurrentIndex(page.country.findData("UA"))
    page.language.setCurrentIndex(page.language.findData("uk"))
    page.contact_name.setText(CONTACT)
    page.contact_title.setText("Директорка з ІТ")
    page.contact_email.setText("iryna.bondarenko@odesaports.ua")


def fill_row(
    row: RequirementRow, service: str, site: str, volume: int, priorities: tuple[str, ...], *,
    region: str = "City", coverage: str = "24x7",
) -> None:
    row.service.setCurrentIndex(row.service.findText(service))
    row.site.setText(site)
    row.region.setCurrentText(region)
    row.coverage.setCurrentText(coverage)
    for code, check in row.priorities.items():
        check.setChecked(code in priorities)
    row.volume.setValue(volume)


def fill_requirements(wizard: AgreementWizard) -> None:
    page = wizard.requirements_page
    fill_row(page.rows[0], "Service desk", "Одеса, Морський вокзал", 40, ("P1", "P2", "P3"),
             coverage="Mon-Fri 07:00-19:00")
    fill_row(page.add_row(), "Network monitoring", "Чорноморськ, термінал", 2, ("P1",))


def choose(wizard: AgreementWizard, row: int, level: str) -> None:
    assert wizard.pricing_page.choose_level(row, level)


def expected_subtotal(wizard: AgreementWizard) -> Decimal:
    services = {s.name: s for s in catalogue.list_services(wizard.customer_page.context.db)}
    level = {(s, level.name): level for s, service in services.items() for level in service.levels}
    return (
        price_line(level["Service desk", "Silver"], Volumes(users=40), "City").total
        + price_line(level["Network monitoring", "Gold"], Volumes(sites=2), "City").total
    )


def expected_total(wizard: AgreementWizard, tax_pct: str = "0") -> str:
    subtotal = expected_subtotal(wizard)
    return formatting.money(subtotal + (subtotal * Decimal(tax_pct) / 100).quantize(Decimal("0.01")), "EUR")


def test_wizard_records_signs_and_exports_an_agreement(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor]
) -> None:
    db = window.context.db
    customers_before = len(customers.list_customers(db))
    wizard = open_wizard(window, qtbot)

    fill_new_customer(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.requirements_page
    wizard.back()  # Back and Next again: the customer is reused, not created twice
    assert wizard.customer_page.use_existing.isChecked()
    wizard.next()
    assert len(customers.list_customers(db)) == customers_before + 1

    fill_requirements(wizard)
    wizard.requirements_page.tax_rate.setText("-5")
    wizard.next()
    assert wizard.requirements_page.errors.message("tax_rate_pct") == "amount cannot be negative"
    assert wizard.state.requirements_id is None
    wizard.requirements_page.tax_rate.setText("25")
    wizard.next()
    assert wizard.currentPage() is wizard.pricing_page
    document_id = wizard.state.requirements_id
    wizard.back()
    wizard.next()
    assert wizard.state.requirements_id == document_id

    pricing = wizard.pricing_page
    model = pricing.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Requirement", "Volume", "Bronze", "Silver", "Gold", "Chosen level"]
    assert [model.index(r, 1).data() for r in range(2)] == ["40 users", "2 sites"]
    assert "choose a level" in pricing.total.text()
    bronze = model.index(0, 2)  # the service desk from 08:00 does not cover 07:00-19:00
    assert not bronze.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Bronze covers Mon-Fri 08:00-17:00, not Mon-Fri 07:00-19:00" in bronze.data(Qt.ItemDataRole.ToolTipRole)
    assert not pricing.choose_level(0, "Bronze")
    pricing.table.cellClicked.emit(0, 2)
    assert list(pricing.choosers.values())[0].currentData() is None
    choose(wizard, 0, "Silver")
    assert "some requirements have no level yet" in pricing.total.text()
    choose(wizard, 1, "Gold")
    assert pricing.subtotal.text() == f"Subtotal: {expected_total(wizard)}"
    assert pricing.tax.text().startswith("Tax 25 %: ")
    assert pricing.total.text() == f"Total per month: {expected_total(wizard, '25')}"
    wizard.next()

    draft = wizard.draft_page
    assert wizard.currentPage() is draft and draft.isCommitPage()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text().replace("&", "") == "Create draft and send for review"
    draft.title_edit.setText("Угода про рівень ІТ-обслуговування, порт Одеса")
    draft.start.setDate(QDate(2027, 1, 1))
    draft.end.setDate(QDate(2028, 12, 31))
    assert [draft.kind.itemData(i) for i in range(draft.kind.count())] == [
        "customer_sla", "internal_sla", "ola", "underpinning_contract"
    ]
    assert draft.reviewer.currentData() == people["linh"]  # legal reviewers first; the author is not offered
    assert people["anna"] not in [draft.reviewer.itemData(i) for i in range(draft.reviewer.count())]
    due = dt.date.today() + dt.timedelta(days=11)
    draft.due.setDate(QDate(due.year, due.month, due.day))
    from tests.ui.shots import shoot

    shoot(wizard, "wizard_draft")
    wizard.next()
    number = wizard.number
    assert number is not None and wizard.currentPage() is wizard.review_page
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.IN_REVIEW and detail.kind == "customer_sla"
    (assignment,) = detail.rounds[-1].assignments
    assert (assignment.reviewer, assignment.role, assignment.due_date) == (
        "Trần Thị Linh", "legal_reviewer", due
    )

    review = wizard.review_page
    assert [review.reviewer.itemData(i) for i in range(review.reviewer.count())] == [people["linh"]]
    review.comment.setPlainText("Đã kiểm tra điều khoản và giá.")
    wizard.next()  # hands over to Linh: Anna drafted it and cannot approve
    assert wizard.currentPage() is review and review.login_dialog is not None and review.login_dialog.isVisible()
    review.login_dialog.accept()  # Linh's profile has no passphrase: signing in is choosing it
    assert wizard.currentPage() is wizard.signing_page

    signing = wizard.signing_page
    assert signing.provider.signer_name.text() == "Anna Lindqvist"
    assert (signing.customer.signer_name.text(), signing.customer.signer_title.text()) == (CONTACT, "Директорка з ІТ")
    wizard.next()  # the provider's title is missing
    assert signing.provider.errors.message("signer_title") == "type the signatory's role or title"
    assert agreements.get_agreement(db, number).signatures == ()
    signing.provider.signer_title.setText("Kundansvarig")
    assert signing.customer.recorder() == people["sofia"]  # never Anna, who records the provider's
    wizard.next()  # the provider's is recorded; the customer's hands over to Sofia
    assert wizard.currentPage() is signing and signing.login_dialog is not None
    signing.login_dialog.accept()
    assert wizard.currentPage() is wizard.export_page
    assert wizard.export_page.export_box.isChecked()
    wizard.next()
    passphrase = wizard.export_page.dialog
    assert passphrase is not None and passphrase.isVisible() and passphrase.first_use
    assert wizard.currentPage() is wizard.export_page
    assert passphrase.confirm is not None
    passphrase.passphrase.setText("correct horse battery")
    passphrase.confirm.setText("correct horse battery")
    passphrase.accept()
    assert not passphrase.isVisible() and passphrase.passphrase.text() == ""
    assert wizard.currentPage() is wizard.done_page
    report = wizard.done_page.report.toPlainText()
    assert [f.format for f in wizard.state.exported] == ["pdf", "docx"]
    for file in wizard.state.exported:
        assert str(file.path) in report and file.sha256 in report
    wizard.accept()

    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.SIGNED
    assert detail.customer_name == CUSTOMER and detail.contact_name == CONTACT
    assert [(s.party, s.name, s.title) for s in detail.signatures] == [
        ("provider", "Anna Lindqvist", "Kundansvarig"), ("customer", CONTACT, "Директорка з ІТ"),
    ]
    assert [(r.reviewer, r.decision, r.comment) for r in detail.reviews] == [
        ("Trần Thị Linh", "approved", "Đã kiểm tra điều khoản và giá.")
    ]
    assert formatting.money(detail.monthly_total, detail.currency) == expected_total(wizard)
    assert (detail.start_date, detail.end_date) == (dt.date(2027, 1, 1), dt.date(2028, 12, 31))
    assert [(line.service_name, line.level_name) for line in detail.lines] == [
        ("Service desk", "Silver"), ("Network monitoring", "Gold")
    ]
    (row,) = register.list_agreements(db, search=number)
    assert sorted(d.format for d in row.documents) == ["docx", "pdf"]
    for document in row.documents:
        assert hashlib.sha256(Path(document.path).read_bytes()).hexdigest() == document.sha256
    (pdf,) = [d for d in row.documents if d.format == "pdf"]
    assert verify_document(db, Path(pdf.path)).ok

    assert window.register.selected_number() == number
    assert window.register.selected_row() == row
    assert CUSTOMER in window.detail.toPlainText()
    assert window.wizard is None


def test_bad_customer_input_is_shown_beside_the_field(window: MainWindow, qtbot: QtBot) -> None:
    db = window.context.db
    before = customers.list_customers(db)
    wizard = open_wizard(window, qtbot)
    page = wizard.customer_page
    page.use_new.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is page
    assert page.errors.message("name") == "the customer needs a name"
    assert page.errors.label("name").isVisible() and "#c53030" in page.errors.label("name").styleSheet()
    page.name.setText("Fjällbacka Hamn AB")
    wizard.next()
    assert page.errors.message("name") == ""
    assert page.errors.message("country") == "unknown country code: ''"
    page.country.setCurrentIndex(page.country.findData("SE"))
    page.contact_name.setText("Märta Sjögren")
    page.contact_email.setText("marta.sjogren@")
    wizard.next()
    assert page.errors.message("contact_email") == "'marta.sjogren@' is not an e-mail address"
    assert wizard.currentPage() is page
    assert customers.list_customers(db) == before


def test_bad_requirements_and_dates_store_nothing(window: MainWindow, qtbot: QtBot) -> None:
    db = window.context.db
    agreements_before = register.count_agreements(db)
    wizard = open_wizard(window, qtbot)
    customer_page = wizard.customer_page
    customer_page.existing.setCurrentIndex(customer_page.existing.findText("Växjö", Qt.MatchFlag.MatchContains))
    wizard.next()

    requirements_page = wizard.requirements_page
    requirements_page.add_row()
    fill_row(requirements_page.rows[0], "Service desk", "Växjö centrum", 12, ("P2",), coverage="Mon-Fri 08:00-17:00")
    for check in requirements_page.rows[1].priorities.values():
        check.setChecked(False)
    wizard.next()
    assert wizard.currentPage() is requirements_page
    assert requirements_page.errors.message("site") == "requirement 2: the site is missing"
    assert wizard.state.requirements_id is None
    requirements_page.rows[1].site.setText("Alvesta")
    wizard.next()
    assert requirements_page.errors.message("priorities") == "requirement 2: choose at least one priority category"
    requirements_page.rows[1].remove.click()
    assert len(requirements_page.rows) == 1 and not requirements_page.rows[0].remove.isEnabled()
    wizard.next()

    wizard.next()  # no level chosen
    assert wizard.pricing_page.errors.message("level") == "choose a level for requirement 1"
    choose(wizard, 0, "Bronze")
    wizard.next()

    draft = wizard.draft_page
    wizard.next()
    assert draft.errors.message("title") == "the agreement needs a title"
    draft.title_edit.setText("Servicenivåavtal för Växjö centrum")
    draft.start.setDate(QDate(2027, 3, 1))
    draft.end.setDate(QDate(2027, 2, 1))
    wizard.next()
    assert wizard.currentPage() is draft
    assert draft.errors.message("end_date") == "the end date must come after the start date"
    assert draft.errors.label("end_date").isVisible()
    assert wizard.number is None and register.count_agreements(db) == agreements_before
    wizard.reject()
    assert register.count_agreements(db) == agreements_before


def test_a_refusal_that_is_not_about_a_field_shows_on_the_page(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor]
) -> None:
    wizard = open_wizard(window, qtbot)
    # Someone who may not create customers acts by the time the page is saved (New agreement is off for them, so
    # they never open the wizard themselves: see test_role_read_only.py)
    window.set_actor(people["budi"])
    fill_new_customer(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.customer_page
    assert "cannot create customers" in wizard.customer_page.errors.general.text()
    assert customers.find_customer(window.context.db, CUSTOMER) is None

