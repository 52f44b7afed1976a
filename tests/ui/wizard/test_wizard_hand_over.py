"""The wizard's review and signing steps act as the real person, who proves it.

The author never approves "as" the reviewer, nor signs for both parties: each
step names who must act, hands over to that profile (its passphrase when it
has one) and core records the step under it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from slamdesk.core import agreements, users, versions
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, Signature
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.wizard import AgreementWizard
from tests.ui.shots import shoot
from tests.ui.wizard.test_wizard import choose, fill_new_customer, fill_requirements, open_wizard

LINH = "Linhs lösenfras 2026"
SOFIA = "Sofias lösenfras 2026"


def to_review(window: MainWindow, qtbot: QtBot) -> AgreementWizard:
    wizard = open_wizard(window, qtbot)
    fill_new_customer(wizard)
    wizard.next()
    fill_requirements(wizard)
    wizard.next()
    choose(wizard, 0, "Silver")
    choose(wizard, 1, "Gold")
    wizard.next()
    wizard.draft_page.title_edit.setText("Угода про рівень ІТ-обслуговування")
    wizard.draft_page.start.setDate(QDate(2027, 1, 1))
    wizard.draft_page.end.setDate(QDate(2028, 12, 31))
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    return wizard


def protect(window: MainWindow, people: dict[str, Actor]) -> None:
    db = window.context.db
    users.set_passphrase(db, people["linh"], "linh", LINH)
    users.set_passphrase(db, people["sofia"], "sofia", SOFIA)


def actions(window: MainWindow, number: str) -> list[tuple[str, str]]:
    with window.context.db.read() as session:
        return [(e.actor, e.action) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
                if e.action.startswith(("agreement.", "login"))]


def test_the_reviewer_signs_in_with_their_passphrase_to_approve(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor]
) -> None:
    protect(window, people)
    db = window.context.db
    wizard = to_review(window, qtbot)
    review, number = wizard.review_page, wizard.number
    assert number is not None
    assert review.reviewer.currentData() == people["linh"] and not review.reviewer.isEnabled()
    assert "Only <b>Trần Thị Linh</b> can approve; Anna Lindqvist drafted it" in review.acting.text()
    assert review.buttonText(review.wizard().WizardButton.CommitButton).replace("&", "") == "Approve as Trần Thị Linh…"
    review.comment.setPlainText("Đã kiểm tra.")
    shoot(wizard, "wizard_review_hand_over")

    wizard.next()
    dialog = review.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.profiles.topLevelItem(i).text(0) for i in range(dialog.profiles.topLevelItemCount())] == [
        "Trần Thị Linh"
    ]
    assert dialog.passphrase_row.isVisible() and "Trần Thị Linh approves" in dialog.intro.text()
    shoot(wizard, "wizard_review_sign_in", dialog)
    dialog.passphrase.setText("Annas gissning")  # the author does not know it
    dialog.accept()
    assert dialog.isVisible() and dialog.passphrase_error.text() == "Wrong passphrase."
    assert agreements.get_agreement(db, number).status is Status.IN_REVIEW
    dialog.passphrase.setText(LINH)
    dialog.accept()

    assert wizard.currentPage() is wizard.signing_page
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.APPROVED
    assert [(r.reviewer, r.decision, r.comment) for r in detail.reviews] == [("Trần Thị Linh", "approved", "Đã kiểm tra.")]
    assert window.context.actor == people["anna"]  # the window still acts as Anna
    assert actions(window, number)[-4:] == [
        ("linh", "login_failed"), ("linh", "login"), ("linh", "agreement.review"), ("linh", "agreement.approve")
    ]


def test_quitting_the_hand_over_leaves_the_step_undone(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor]
) -> None:
    protect(window, people)
    wizard = to_review(window, qtbot)
    review = wizard.review_page
    wizard.next()
    assert review.login_dialog is not None
    review.login_dialog.reject()
    assert wizard.currentPage() is review and not wizard.state.approved
    assert agreements.get_agreement(window.context.db, wizard.number or "").status is Status.IN_REVIEW


def test_each_party_is_recorded_by_its_own_person(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor]
) -> None:
    protect(window, people)
    db = window.context.db
    wizard = to_review(window, qtbot)
    wizard.next()
    assert wizard.review_page.login_dialog is not None
    wizard.review_page.login_dialog.passphrase.setText(LINH)
    wizard.review_page.login_dialog.accept()
    signing, number = wizard.signing_page, wizard.number
    assert wizard.currentPage() is signing and number is not None

    provider = [signing.provider.recorded_by.itemData(i) for i in range(signing.provider.recorded_by.count())]
    customer = [signing.customer.recorded_by.itemData(i) for i in range(signing.customer.recorded_by.count())]
    assert provider == [people["anna"]]
    assert people["anna"] not in customer and customer[0] == people["sofia"]  # customer signatories first
    assert "Anna Lindqvist is signed in" in signing.provider.note.text()
    assert "Sofia Berg records it as themselves: they sign in when you sign" in signing.customer.note.text()
    signing.provider.signer_title.setText("Kundansvarig")
    shoot(wizard, "wizard_signing_hand_over")

    wizard.next()
    dialog = signing.login_dialog
    assert dialog is not None and dialog.isVisible() and "Sofia Berg records the customer's signature" in dialog.intro.text()
    assert [s.party for s in agreements.get_agreement(db, number).signatures] == ["provider"]
    shoot(wizard, "wizard_signing_sign_in", dialog)
    dialog.passphrase.setText(SOFIA)
    dialog.accept()
    assert wizard.currentPage() is wizard.export_page
    assert agreements.get_agreement(db, number).status is Status.SIGNED
    version_id = versions.current_version_id(db, number)
    with db.read() as session:
        by_party = dict(session.execute(
            select(Signature.party, Signature.recorded_by_id).where(Signature.version_id == version_id)
        ).all())
    assert by_party == {"provider": people["anna"].id, "customer": people["sofia"].id}


def test_a_step_handed_to_a_profile_deactivated_meanwhile_says_so(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor]
) -> None:
    from sqlalchemy import text

    wizard = to_review(window, qtbot)
    with window.context.db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET active = 0 WHERE username = 'linh'"))
    wizard.next()
    review = wizard.review_page
    assert review.login_dialog is None and wizard.currentPage() is review
    assert "Trần Thị Linh's profile is no longer active" in review.errors.general.text()
