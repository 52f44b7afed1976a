"""The main window: register filters, detail panel, lifecycle actions, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, register
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from slamdesk.ui.common.dialogs import CommentDialog, PassphraseDialog, SignDialog, UseCaseDialog
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.register.register_model import Column
from slamdesk.ui.review.decision_dialog import ReviewDecisionDialog
from slamdesk.ui.review.round_dialog import ReviewRoundDialog
from slamdesk.ui.signing.signing_dialog import SigningDialog

ENABLED_BY_STATUS = {
    "SLA-2024-0001": {"export"},  # terminated
    "SLA-2026-0001": {"export"},  # active: terminating for cause is the administrator's
    "SLA-2026-0002": {"activate", "export"},  # signed
    "SLA-2026-0004": {"sign", "signing_order"},  # approved
    "SLA-2026-0005": {"signing_order"},  # in review: Anna is not a reviewer in its round
    "SLA-2026-0006": {"revise", "signing_order"},  # changes requested
    "SLA-2026-0007": {"submit", "signing_order"},  # draft
}


def enabled(window: MainWindow) -> set[str]:
    return {a.data() for a in [*window.agreement_actions.lifecycle, window.agreement_actions.export] if a.isEnabled()}


def act_as(window: MainWindow, actor: Actor) -> None:
    window.acting.setCurrentIndex(window.acting.findData(actor.username))
    assert window.context.actor == actor


def dialog(window: MainWindow) -> UseCaseDialog:
    opened = window.agreement_actions.dialog
    assert isinstance(opened, UseCaseDialog) and opened.isVisible()
    return opened


def status_of(context: AppContext, number: str) -> Status:
    return agreements.get_agreement(context.db, number).status


def test_register_lists_the_demo_portfolio(window: MainWindow) -> None:
    model = window.register.model
    assert model.rowCount() == 10
    assert window.register.count.text() == "10 agreements"
    assert window.register.table.model() is model
    assert window.windowTitle().endswith("slamdesk")


def test_search_and_status_filter(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.register
    qtbot.keyClicks(panel.search, "vaxjo")  # QTest types ASCII only; the search folds diacritics
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.count.text() == "2 agreements"
    panel.status.setCurrentIndex(panel.status.findData(Status.TERMINATED))
    assert [panel.model.row_data(r).number for r in range(panel.model.rowCount())] == ["SLA-2024-0001"]
    panel.search.clear()
    panel.apply_filter()
    assert panel.model.rowCount() == 1
    panel.status.setCurrentIndex(0)
    assert panel.model.rowCount() == 10


def test_find_shortcut_focuses_the_search_box(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.register.table.setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.register.search)


def test_detail_panel_follows_the_selection(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.register.current_changed) as blocker:
        window.register.table.selectRow(3)
    assert blocker.args == ["SLA-2026-0001"]
    text = window.detail.toPlainText()
    for expected in ("SLA-2026-0001", "Fjällbacka Rederi AB", "Service desk", "Silver", "Trần Thị Linh",
                     "Åsa Öberg", "Content SHA-256"):
        assert expected in text
    window.register.select_agreement("SLA-2026-0007")
    assert "ПрАТ «Львівська пекарня»" in window.detail.toPlainText()
    assert "not signed" in window.detail.toPlainText()


def test_actions_are_enabled_by_status(window: MainWindow) -> None:
    assert enabled(window) == set()
    for number, expected in ENABLED_BY_STATUS.items():
        assert window.register.select_agreement(number)
        assert enabled(window) == expected, number


def test_what_the_acting_person_cannot_do_is_off_and_says_why(window: MainWindow, people: dict[str, Actor]) -> None:
    actions = window.agreement_actions
    window.register.select_agreement("SLA-2026-0005")  # in review, Linh its only reviewer
    assert actions.approve.toolTip() == ("Approve the agreement after review: not now, "
                                         "you are not a reviewer in this round (Trần Thị Linh)")
    assert actions.request_changes.statusTip() == actions.request_changes.toolTip() != ""
    assert "you are not a reviewer in this round" in actions.request_changes.toolTip()
    act_as(window, people["linh"])  # the selection stays; what she may do is read again
    assert enabled(window) == {"approve", "request_changes", "signing_order"}
    assert actions.approve.toolTip() == "Approve the agreement after review"
    window.register.select_agreement("SLA-2026-0007")  # a draft: only a representative submits it
    assert enabled(window) == {"signing_order"}
    assert actions.submit.toolTip().endswith("not now, a legal reviewer cannot; only an administrator or a representative")
    window.register.select_agreement("SLA-2026-0004")  # approved: a legal reviewer signs for neither party
    assert enabled(window) == {"signing_order"}
    assert actions.sign.toolTip().endswith("not now, a legal reviewer does not sign for the provider and customer")
    act_as(window, people["sofia"])  # the customer's signatory may sign
    assert enabled(window) == {"sign", "signing_order"}


def test_review_sign_activate_export_and_terminate(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number, context = "SLA-2026-0005", window.context
    window.register.select_agreement(number)

    assert not window.agreement_actions.approve.isEnabled()  # anna wrote it and is not in the round

    act_as(window, people["linh"])
    window.agreement_actions.approve.trigger()
    approve = dialog(window)
    assert isinstance(approve, ReviewDecisionDialog) and approve.ok_button.isEnabled()
    approve.comment.setPlainText("Đã kiểm tra; godkänt.")
    approve.accept()
    assert not approve.isVisible()
    assert status_of(context, number) is Status.APPROVED
    assert enabled(window) == {"signing_order"}  # a legal reviewer signs for neither party
    assert window.statusBar().currentMessage() == f"{number} approved"

    act_as(window, people["anna"])
    assert enabled(window) == {"sign", "signing_order"}
    window.agreement_actions.sign.trigger()
    signing = window.agreement_actions.dialog
    assert isinstance(signing, SigningDialog) and signing.isVisible()
    signing.panel.sign_selected()  # no signing order: the plain form, provider first
    sign = signing.panel.dialog
    assert isinstance(sign, SignDialog) and sign.party.currentData() == "provider"
    assert sign.signer_name.text() == "Anna Lindqvist"
    sign.accept()  # no title yet
    assert sign.isVisible() and sign.errors.message("signer_title") == "type the signatory's role or title"
    sign.signer_title.setText("Kundansvarig")
    sign.accept()
    assert not sign.isVisible()
    act_as(window, people["sofia"])  # Anna recorded the provider's signature; someone else records the customer's
    signing.panel.sign_selected()
    sign = signing.panel.dialog
    assert isinstance(sign, SignDialog)
    assert (sign.party.currentData(), sign.signer_name.text(), sign.signer_title.text()) == (
        "customer", "Björn Ångström", "Driftansvarig"
    )
    sign.accept()
    assert status_of(context, number) is Status.SIGNED
    signing.close()
    act_as(window, people["anna"])

    window.agreement_actions.export.trigger()
    export = dialog(window)
    assert isinstance(export, PassphraseDialog) and export.sign_box.isChecked()
    export.sign_box.setChecked(False)  # an unsigned export needs no passphrase
    export.accept()
    assert not export.isVisible()
    row = register.list_agreements(context.db, search=number)[0]
    assert sorted(d.format for d in row.documents) == ["docx", "pdf"]
    assert window.statusBar().currentMessage().startswith(f"Exported {number}")
    shown = window.register.selected_row()
    assert shown is not None and shown.documents == row.documents
    table_row = window.register.model.find(number)
    assert table_row is not None
    summary = window.register.model.index(table_row, Column.DOCUMENTS).data()
    assert summary == "PDF · DOCX"
    assert all(d.sha256 in window.detail.toPlainText() for d in row.documents)

    window.agreement_actions.activate.trigger()
    assert status_of(context, number) is Status.ACTIVE
    assert "terminate" not in enabled(window)  # for cause, at once: an administrator's step
    act_as(window, people["admin"])
    window.agreement_actions.terminate.trigger()
    terminate = dialog(window)
    assert isinstance(terminate, CommentDialog)
    terminate.accept()
    assert terminate.errors.message("reason") == "give the reason for termination"
    assert status_of(context, number) is Status.ACTIVE
    terminate.text.setPlainText("Flyttat till egen drift.")
    terminate.accept()
    assert status_of(context, number) is Status.TERMINATED
    assert enabled(window) == {"export"}


def test_request_changes_needs_a_comment_then_revise(
    window: MainWindow, people: dict[str, Actor]
) -> None:
    number = "SLA-2026-0005"
    window.register.select_agreement(number)
    act_as(window, people["linh"])
    window.agreement_actions.request_changes.trigger()
    request = dialog(window)
    assert isinstance(request, ReviewDecisionDialog)
    request.accept()
    assert request.isVisible() and request.errors.message("comment") == "say what should change"
    request.comment.setPlainText("Lägg till nattskiftet.")
    request.accept()
    assert status_of(window.context, number) is Status.CHANGES_REQUESTED
    assert enabled(window) == {"signing_order"}  # a reviewer does not revise
    act_as(window, people["anna"])
    assert enabled(window) == {"revise", "signing_order"}
    window.agreement_actions.revise.trigger()
    assert status_of(window.context, number) is Status.DRAFT
    assert enabled(window) == {"submit", "signing_order"}
    assert window.register.selected_number() == number


def test_refused_step_shows_the_core_message(
    window: MainWindow, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = "SLA-2026-0007"
    window.register.select_agreement(number)
    act_as(window, people["linh"])
    assert not window.agreement_actions.submit.isEnabled()  # off for her; core refuses her all the same:
    submit = ReviewRoundDialog(window, window.context, number, submit=True)
    submit.reports_to(window.context, None)
    submit.open()
    submit.accept()
    assert shown_errors == [(f"Submit {number} for review", shown_errors[0][1])]
    assert "cannot submit agreements" in shown_errors[0][1]
    assert status_of(window.context, number) is Status.DRAFT
    submit.reject()
    act_as(window, people["anna"])
    window.agreement_actions.submit.trigger()
    submit = dialog(window)
    assert [r.user_id for r in submit.reviewers()] == [people["linh"].id, people["budi"].id]
    submit.accept()
    assert status_of(window.context, number) is Status.IN_REVIEW
    assert window.statusBar().currentMessage() == f"{number} sent for review"
    assert [a.reviewer for a in agreements.get_agreement(window.context.db, number).rounds[-1].assignments] == [
        "Trần Thị Linh", "Budi Santoso"
    ]


def test_refresh_picks_up_changes_made_elsewhere(window: MainWindow, people: dict[str, Actor]) -> None:
    window.register.select_agreement("SLA-2026-0007")
    agreements.submit_for_review(window.context.db, people["anna"], "SLA-2026-0007")
    assert enabled(window) == {"submit", "signing_order"}
    window.refresh_action.trigger()
    assert window.register.selected_number() == "SLA-2026-0007"
    assert enabled(window) == {"signing_order"}  # in review now, without a round to decide in yet
    assert window.agreement_actions.approve.toolTip().endswith("not now, no review round is open on this version")


def test_window_layout_is_remembered(
    qtbot: QtBot, window: MainWindow, context: AppContext, settings: QSettings
) -> None:
    window.resize(761, 555)  # the offscreen screen is 800x600: restoring clamps to it
    window.detail_dock.hide()
    window.close()
    again = MainWindow(context, settings=settings, watch_ms=0)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (761, 555)
    assert again.detail_dock.isHidden()


def test_standard_shortcuts(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert QKeySequence("F5") in window.refresh_action.shortcuts()
    assert window.agreement_actions.export.shortcut() == QKeySequence("Ctrl+E")



def test_requirements_catalogue_and_structure_open_from_the_main_window(window: MainWindow) -> None:
    menus = {action.text(): action for menu in window.menuBar().actions() for action in menu.menu().actions()}
    assert menus["&Requirements documents…"].shortcut().toString() == "Ctrl+Shift+R"
    assert menus["Service &catalogue…"].shortcut().toString() == "Ctrl+Shift+K"
    dialog = window.open_requirements()
    assert dialog.isVisible()
    dialog.close()
    editor = window.open_catalogue()
    assert editor.isWindow() and editor.isVisible()
    window.register.reveal("SLA-2026-0004")
    view = window.open_structure()
    assert view is not None and view.isWindow() and "SLA-2026-0004" in view.windowTitle()
    for opened in list(window.windows):
        opened.close()


def test_clauses_versions_and_amendments_open_from_the_agreement_menu(
    window: MainWindow, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    from slamdesk.ui.clauses.agreement_clauses import AgreementClausesDialog
    from slamdesk.ui.versions.version_compare import VersionCompareDialog

    menus = {action.text(): action for menu in window.menuBar().actions() for action in menu.menu().actions()}
    assert menus["C&lause library…"].shortcut().toString() == "Ctrl+Shift+U"
    library = window.open_clause_library()
    assert library.isVisible()
    library.close()
    actions = window.agreement_actions
    window.register.select_agreement("SLA-2026-0007")  # a draft
    assert not actions.amend.isEnabled() and actions.clauses.isEnabled()
    actions.clauses.trigger()
    assert isinstance(actions.dialog, AgreementClausesDialog) and actions.dialog.isVisible()
    actions.dialog.close()

    number = "SLA-2026-0001"  # active: amended into version 2, then compared with version 1
    window.register.select_agreement(number)
    assert actions.amend.isEnabled()
    actions.amend.trigger()
    amend = dialog(window)
    amend.accept()
    assert amend.isVisible() and amend.errors.message("reason") == "say why the agreement is amended"
    amend.text.setPlainText("Kunden vill lägga till en site i Strömstad.")
    amend.accept()
    assert not amend.isVisible() and agreements.get_agreement(context.db, number).version_no == 2
    assert window.statusBar().currentMessage() == f"{number}: amendment started as a new draft version"
    window.register.select_agreement(number)
    assert not actions.amend.isEnabled() and actions.redraft.isEnabled()  # the current version is the new draft
    assert actions.submit.isEnabled() and actions.amend.toolTip().endswith("this one is draft")
    # the register shows the version in force, with the amendment beside it, not "Draft"
    model, row = window.register.model, window.register.selected_row()
    assert row is not None and row.status is Status.ACTIVE and row.version_no == 1
    status_cell = model.index(model.find(number), Column.STATUS)
    assert model.data(status_cell) == "Active · amendment in draft"
    assert model.data(status_cell, Qt.ItemDataRole.ToolTipRole) == (
        "Active, version 1 (in force); version 2, an amendment in draft, is on its way")
    from dataclasses import replace

    from slamdesk.core import requirements
    from slamdesk.ui.common.dialogs import RedraftDialog

    old_document = agreements.requirements_document_of(context.db, number)
    assert old_document is not None
    opened = requirements.get_requirements(context.db, old_document)
    copy = requirements.new_version(context.db, context.actor, old_document, row_version=opened.row_version)
    items = [item.as_input() for item in copy.items]
    requirements.update_requirements(
        context.db, context.actor, copy.id, row_version=copy.row_version,
        requirements=[replace(items[0], users=items[0].users + 10), *items[1:]],
        title=copy.title, tax_rate_pct=copy.tax_rate_pct,
    )
    quantity = agreements.get_agreement(context.db, number).lines[0].quantity
    actions.redraft.trigger()
    redraft = dialog(window)
    assert isinstance(redraft, RedraftDialog) and redraft.documents.currentData() == copy.id
    redraft.accept()
    assert not redraft.isVisible()
    assert agreements.get_agreement(context.db, number).lines[0].quantity == quantity + 10
    window.register.select_agreement(number)
    actions.compare.trigger()
    compare = actions.dialog
    assert isinstance(compare, VersionCompareDialog) and compare.isVisible()
    assert (compare.diff.before, compare.diff.after) == (1, 2)
    compare.close()
    assert shown_errors == []


def test_comparing_an_agreement_with_one_version_says_so_in_a_small_message(window: MainWindow) -> None:
    actions = window.agreement_actions
    window.register.select_agreement("SLA-2026-0007")  # a draft, one version
    actions.dialog = None
    actions.compare.trigger()
    box = actions.message_box
    assert actions.dialog is None and box is not None and box.isVisible()  # no empty comparison window
    assert box.text().startswith("SLA-2026-0007 has only one version (version 1, draft), so there is nothing to compare")
    assert box.width() < 700 and box.height() < 400
    box.accept()


def test_the_review_board_opens_from_the_review_menu_and_leads_to_the_agreement(window: MainWindow) -> None:
    menus = {action.text(): action for menu in window.menuBar().actions() for action in menu.menu().actions()}
    assert menus["Review &board…"].shortcut().toString() == "Ctrl+Shift+V"
    board = window.open_review_board()
    assert board.isVisible() and board.model.keys() == ["SLA-2026-0005"]  # the demo's one open round
    window.register.select_agreement("SLA-2026-0001")
    board.open_agreement.emit("SLA-2026-0005")
    assert window.register.selected_number() == "SLA-2026-0005"
    board.close()


def test_acting_as_a_profile_with_a_passphrase_asks_for_it(window: MainWindow, context: AppContext) -> None:
    from slamdesk.core import users

    admin = users.get_actor(context.db)
    users.set_passphrase(context.db, admin, "linh", "sông hồng 2026")
    combo = window.acting
    combo.setCurrentIndex(combo.findData("linh"))
    dialog = window.login_dialog
    assert dialog is not None and context.actor.username == "anna"
    dialog.reject()
    assert context.actor.username == "anna" and combo.currentData() == "anna"
    combo.setCurrentIndex(combo.findData("linh"))
    dialog = window.login_dialog
    assert dialog is not None
    dialog.passphrase.setText("wrong passphrase")
    dialog.accept()
    assert context.actor.username == "anna" and dialog.isVisible()
    dialog.passphrase.setText("sông hồng 2026")
    dialog.accept()
    assert context.actor.username == "linh" and combo.currentData() == "linh"


def test_an_action_that_cannot_be_taken_says_why_in_its_tooltip(window: MainWindow) -> None:
    actions = window.agreement_actions
    window.register.select_agreement("SLA-2026-0002")  # signed
    assert not actions.approve.isEnabled()
    assert actions.approve.toolTip() == (
        "Approve the agreement after review: not now, only when the agreement is in review; this one is signed"
    )
    assert actions.activate.isEnabled() and actions.activate.toolTip() == "Put the signed agreement into force"
    assert actions.export.isEnabled() and "not now" not in actions.export.toolTip()
    window.register.select_agreement("SLA-2026-0007")  # a draft
    assert "not now, only when the agreement is signed or active; this one is draft" in actions.terminate.toolTip()
    assert actions.terminate.statusTip() == actions.terminate.toolTip()
    actions.set_current(None)
    assert actions.submit.toolTip().endswith("not now, select an agreement in the register")
