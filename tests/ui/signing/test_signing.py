"""Signatories, the signing order and signing in order, through the signing window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements
from slamdesk.core.agreements import SignatoryInput, SignatoryView
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from slamdesk.ui.common.dialogs import SignDialog
from slamdesk.ui.context import AppContext
from slamdesk.ui.signing.sign_as_dialog import SignAsDialog
from slamdesk.ui.signing.signatories_dialog import SignatoriesDialog
from slamdesk.ui.signing.signing_dialog import SigningDialog
from slamdesk.ui.signing.signing_panel import SigningPanel
from slamdesk.ui.signing.wording import ORDER_RULE
from tests.ui.shots import shoot

DRAFT = "SLA-2026-0007"  # the demo's draft: ПрАТ «Львівська пекарня», contact Богдан Гнатюк
UNORDERED = "SLA-2026-0004"  # approved in the demo, without a signing order
PROVIDER = SignatoryInput("provider", "Anna Lindqvist", "Account manager", 1)
DIRECTOR = SignatoryInput("customer", "Богдан Гнатюк", "Фінансовий директор", 2)
ACCOUNTANT = SignatoryInput("customer", "Оксана Мельник", "Головна бухгалтерка", 2)


@pytest.fixture
def approved(context: AppContext, people: dict[str, Actor]) -> str:
    """The demo draft, reviewed and approved (its quality checklist passes as drafted)."""
    assert agreements.run_checklist(context.db, DRAFT).passed
    agreements.submit_for_review(context.db, people["anna"], DRAFT)
    agreements.approve(context.db, people["linh"], DRAFT, "Clauses checked.")
    assert agreements.get_agreement(context.db, DRAFT).status is Status.APPROVED
    return DRAFT


@pytest.fixture
def ordered(approved: str, context: AppContext, people: dict[str, Actor]) -> str:
    """Provider in group 1, then two customer signatories in parallel in group 2."""
    agreements.set_signatories(context.db, people["anna"], approved, [PROVIDER, DIRECTOR, ACCOUNTANT])
    return approved


def open_signing(qtbot: QtBot, context: AppContext, number: str) -> SigningDialog:
    dialog = SigningDialog(None, context, number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def signatories(panel: SigningPanel) -> dict[str, SignatoryView]:
    assert panel.detail is not None
    return {s.name: s for s in panel.detail.signatories}


def sign_through_button(qtbot: QtBot, panel: SigningPanel, name: str, shot: str = "") -> SignAsDialog:
    assert panel.select(signatories(panel)[name].id)
    assert panel.sign_button.isEnabled()
    panel.sign_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, SignAsDialog) and dialog.isVisible()
    assert dialog.signer_name.text() == name
    if shot:
        qtbot.waitExposed(dialog)
        shoot(dialog, shot)
    with qtbot.waitSignal(panel.signed) as signal:
        dialog.accept()
    assert signal.args == [panel.detail.number if panel.detail else None]
    assert not dialog.isVisible()
    return dialog


def test_the_order_is_prefilled_edited_and_saved(
    qtbot: QtBot, context: AppContext, approved: str, shown_errors: list[tuple[str, str]]
) -> None:
    window = open_signing(qtbot, context, approved)
    assert window.panel.sign_button.text().replace("&", "") == "Sign…"  # no order yet: the plain form
    assert window.order_button.isEnabled()
    shoot(window, "signing_no_order")
    editor = window.edit_order()
    assert isinstance(editor, SignatoriesDialog) and editor.isVisible() and not editor.read_only
    qtbot.waitExposed(editor)
    assert ORDER_RULE in [label.text() for label in editor.findChildren(QLabel)]
    assert editor.rows() == [
        SignatoryInput("provider", "Anna Lindqvist", "Representative", 1),  # the acting representative, as her profile says
        SignatoryInput("customer", "Богдан Гнатюк", "Фінансовий директор", 2),  # the customer's contact
    ]
    editor.title_edit(0).setText("Account manager")
    editor.activateWindow()
    editor.title_edit(1).setFocus()  # typing in a row selects it
    qtbot.waitUntil(lambda: editor.table.currentRow() == 1)
    editor.add_button.click()  # below the selected customer, same party and group
    assert editor.table.rowCount() == 3 and editor.table.currentRow() == 2
    assert (editor.party_combo(2).currentData(), editor.group_spin(2).value()) == ("customer", 2)
    editor.name_edit(2).setText(ACCOUNTANT.name)
    editor.title_edit(2).setText(ACCOUNTANT.title)
    assert editor.group_spin(2).minimum() == 1
    editor.up_button.click()
    assert [row.name for row in editor.rows()] == ["Anna Lindqvist", ACCOUNTANT.name, DIRECTOR.name]
    editor.down_button.click()
    assert editor.rows() == [PROVIDER, DIRECTOR, ACCOUNTANT]
    shoot(editor, "signing_order_editor")
    with qtbot.waitSignal(context.changed):
        editor.accept()
    assert not editor.isVisible() and not shown_errors
    stored = agreements.get_agreement(context.db, approved).signatories
    assert [(s.party, s.name, s.title, s.group) for s in stored] == [
        (row.party, row.name, row.title, row.group) for row in (PROVIDER, DIRECTOR, ACCOUNTANT)
    ]
    assert window.panel.sign_button.text().replace("&", "") == "Sign as selected…"  # the window followed
    assert window.panel.summary.text() == "0 of 3 signed · next: Anna Lindqvist (provider)"


def _order_editor(qtbot: QtBot, context: AppContext, number: str) -> SignatoriesDialog:
    """The signing-order dialog of ``number`` on its own, shown."""
    editor = SignatoriesDialog(None, context, number)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_an_empty_name_is_refused_beside_the_table_and_nothing_is_stored(
    qtbot: QtBot, context: AppContext, approved: str, shown_errors: list[tuple[str, str]]
) -> None:
    editor = _order_editor(qtbot, context, approved)
    editor.title_edit(0).setText("Account manager")
    editor.name_edit(1).setText("   ")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.accept()
    assert editor.isVisible() and not shown_errors
    message = editor.errors.message("signatories")
    assert message == "signatory 2: give the full name and the role or title"
    assert editor.table_error.text() == message and editor.table_error.isVisible()
    assert editor.table.currentRow() == 1  # the row concerned is selected
    assert editor.name_edit(1).toolTip() == message and "#fde2e2" in editor.name_edit(1).styleSheet()  # its cell marked
    assert editor.name_edit(1).hasFocus() and editor.title_edit(1).styleSheet() == ""
    shoot(editor, "signing_order_empty_name")
    assert agreements.get_agreement(context.db, approved).signatories == ()
    editor.name_edit(1).setText("Богдан Гнатюк")
    assert editor.name_edit(1).styleSheet() == "" and editor.name_edit(1).toolTip() == ""  # typed: the mark goes
    editor.remove_button.click()  # now only the provider: core wants both parties
    editor.accept()
    assert editor.isVisible() and "one for the customer" in editor.errors.message("signatories")
    assert agreements.get_agreement(context.db, approved).signatories == ()


def test_the_prefilled_order_saves_unchanged_and_a_missing_title_marks_its_cell(
    qtbot: QtBot, context: AppContext, approved: str, shown_errors: list[tuple[str, str]]
) -> None:
    editor = _order_editor(qtbot, context, approved)
    editor.title_edit(1).setText("")
    editor.accept()
    assert editor.isVisible() and editor.table.currentRow() == 1
    assert editor.title_edit(1).toolTip().startswith("signatory 2:") and editor.name_edit(1).styleSheet() == ""
    editor.title_edit(1).setText("Фінансовий директор")
    with qtbot.waitSignal(context.changed):
        editor.accept()  # what was prefilled, unchanged, is a valid order
    assert [(s.name, s.title) for s in agreements.get_agreement(context.db, approved).signatories] == [
        ("Anna Lindqvist", "Representative"), ("Богдан Гнатюк", "Фінансовий директор"),
    ]


def test_only_the_next_group_may_sign_and_core_refuses_out_of_order(
    qtbot: QtBot, context: AppContext, ordered: str, shown_errors: list[tuple[str, str]]
) -> None:
    window = open_signing(qtbot, context, ordered)
    panel = window.panel
    people = signatories(panel)
    provider, director, accountant = (people[s.name] for s in (PROVIDER, DIRECTOR, ACCOUNTANT))
    assert panel.state_of(provider.id) == "Next — may sign now"
    assert panel.state_of(director.id) == panel.state_of(accountant.id) == "Waiting for group 1"
    assert panel.summary.text() == "0 of 3 signed · next: Anna Lindqvist (provider)"
    assert panel.selected() == provider and panel.sign_button.isEnabled()  # who is next is preselected
    headings = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert headings == ["Group 1", "Group 2 · 2 signatories, in any order"]
    shoot(window, "signing_provider_next")

    assert panel.select(director.id)
    assert not panel.sign_button.isEnabled()  # nobody signs out of order
    assert "group 1 signs first" in panel.hint.text()
    shoot(window, "signing_customer_waiting")

    forced = panel.sign_as(director.id)  # as if the button had been pressed anyway
    assert forced is not None
    qtbot.waitExposed(forced)
    shoot(forced, "signing_sign_as_out_of_order")
    forced.accept()
    assert forced.isVisible()
    assert shown_errors == [(forced.windowTitle(), "not Богдан Гнатюк's turn: Anna Lindqvist must sign first")]
    detail = agreements.get_agreement(context.db, ordered)
    assert detail.signatures == () and detail.content_sha256 is None
    forced.reject()


def test_signing_in_order_until_the_agreement_is_signed(
    qtbot: QtBot, context: AppContext, ordered: str, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    sofia = people["sofia"]  # records the customer's signatures
    window = open_signing(qtbot, context, ordered)
    panel = window.panel
    messages: list[str] = []
    context.message.connect(messages.append)
    people = signatories(panel)
    provider, director, accountant = (people[s.name] for s in (PROVIDER, DIRECTOR, ACCOUNTANT))

    sign_through_button(qtbot, panel, PROVIDER.name, shot="signing_sign_as")
    assert panel.state_of(provider.id).startswith("✓ Signed ")
    assert panel.state_of(director.id) == panel.state_of(accountant.id) == "Next — may sign now"
    assert panel.summary.text() == "1 of 3 signed · next: Богдан Гнатюк (customer), Оксана Мельник (customer)"
    assert not window.order_button.isEnabled()  # the first signature fixed the order
    assert messages[-1] == f"Anna Lindqvist signed {ordered} for the provider"
    shoot(window, "signing_customers_next")

    context.set_actor(sofia)  # the customer's signatures are recorded by someone other than Anna
    sign_through_button(qtbot, panel, ACCOUNTANT.name)  # the second customer first: parallel within group 2
    assert panel.state_of(accountant.id).startswith("✓ Signed ")
    assert panel.state_of(director.id) == "Next — may sign now"
    assert agreements.get_agreement(context.db, ordered).status is Status.APPROVED
    assert panel.summary.text() == "2 of 3 signed · next: Богдан Гнатюк (customer)"

    sign_through_button(qtbot, panel, DIRECTOR.name)
    detail = agreements.get_agreement(context.db, ordered)
    assert detail.status is Status.SIGNED and len(detail.signatures) == 3
    assert [s.name for s in detail.signatures] == [PROVIDER.name, ACCOUNTANT.name, DIRECTOR.name]
    assert panel.summary.text() == "3 of 3 signed · signing complete"
    assert all(panel.state_of(s.id).startswith("✓ Signed ") for s in (provider, director, accountant))
    assert not panel.sign_button.isEnabled() and panel.selected() is None
    assert "Signed" in window.heading.text()
    assert messages[-1].endswith("all signatures recorded")
    assert not shown_errors
    shoot(window, "signing_complete")


def test_after_the_first_signature_the_order_is_read_only(
    qtbot: QtBot, context: AppContext, ordered: str, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    provider = agreements.get_agreement(context.db, ordered).signatories[0]
    agreements.sign(context.db, people["anna"], ordered, party="provider", signer_name=provider.name,
                    signer_title=provider.title, signatory_id=provider.id)
    window = open_signing(qtbot, context, ordered)
    assert not window.order_button.isEnabled()
    editor = SignatoriesDialog(window, context, ordered)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.read_only and editor.banner.isVisible() and "can no longer change" in editor.banner.text()
    assert editor.rows() == [PROVIDER, DIRECTOR, ACCOUNTANT]
    assert editor.name_edit(1).isReadOnly() and not editor.party_combo(1).isEnabled()
    assert not editor.group_spin(2).isEnabled()
    edits = (editor.add_button, editor.remove_button, editor.up_button, editor.down_button)
    assert not any(button.isVisible() for button in edits)
    assert not editor.buttons.button(editor.buttons.StandardButton.Ok).isVisible()
    shoot(editor, "signing_order_read_only")
    editor.accept()  # Enter closes; nothing is stored
    assert not editor.isVisible() and not shown_errors
    assert [s.name for s in agreements.get_agreement(context.db, ordered).signatories] == [
        PROVIDER.name, DIRECTOR.name, ACCOUNTANT.name
    ]


def test_a_role_that_may_not_sign_for_the_party_is_refused(
    qtbot: QtBot, context: AppContext, ordered: str, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    context.set_actor(people["budi"])  # quality checker
    window = open_signing(qtbot, context, ordered)
    panel = window.panel
    panel.sign_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, SignAsDialog) and dialog.signatory.name == PROVIDER.name
    assert dialog.signer_title.text() == PROVIDER.title
    dialog.accept()
    assert dialog.isVisible()
    ((title, message),) = shown_errors
    assert title == dialog.windowTitle() and "cannot sign for the provider" in message
    assert agreements.get_agreement(context.db, ordered).signatures == ()


def test_without_an_order_the_plain_form_signs_each_party(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    window = open_signing(qtbot, context, UNORDERED)
    panel = window.panel
    assert panel.summary.text().startswith("0 of 2 parties signed")
    for recorder in ("anna", "sofia"):  # one person never records both parties' signatures
        context.set_actor(people[recorder])
        panel.sign_button.click()
        dialog = panel.dialog
        assert isinstance(dialog, SignDialog)
        if dialog.party.currentData() == "provider":
            dialog.signer_title.setText("Account manager")
        with qtbot.waitSignal(panel.signed):
            dialog.accept()
        assert not dialog.isVisible()
    detail = agreements.get_agreement(context.db, UNORDERED)
    assert detail.status is Status.SIGNED and {s.party for s in detail.signatures} == {"provider", "customer"}
    assert panel.summary.text() == "2 of 2 parties signed · signing complete" and not panel.sign_button.isEnabled()
    assert not window.order_button.isEnabled() and not shown_errors
    shoot(window, "signing_plain_signed")
