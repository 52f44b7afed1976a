"""The review round dialog, a reviewer's decision with anchored comments, and the quality checklist."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, clauses, register
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.quality import Checklist
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor
from slamdesk.ui.common.review_defaults import add_working_days
from slamdesk.ui.context import AppContext
from slamdesk.ui.review.checklist import ChecklistDialog, ChecklistWidget
from slamdesk.ui.review.decision_dialog import ReviewDecisionDialog
from slamdesk.ui.review.round_dialog import ReviewRoundDialog
from tests.conftest import DEMO_TODAY
from tests.ui.shots import shoot

TODAY = DEMO_TODAY  # a Monday


def _draft(db: Database) -> str:
    """The demo's draft agreement, found through the register."""
    rows = register.list_agreements(db, status=Status.DRAFT, today=TODAY)
    assert rows, "the demo has a draft agreement"
    return rows[0].number


def _round(db: Database, people: dict[str, Actor], number: str, *names: str) -> None:
    roles = {"linh": "legal_reviewer", "budi": "quality_checker"}
    due = TODAY + dt.timedelta(days=5)
    reviewers = [ReviewerInput(people[name].id, roles[name], due) for name in names or ("linh", "budi")]
    agreements.submit_for_review(db, people["anna"], number, reviewers=reviewers, today=TODAY)


def _open(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shoot(qtbot: QtBot, dialog: QDialog, name: str) -> None:
    qtbot.wait(30)  # let pending layout requests run, so the picture shows what a person sees
    shoot(dialog, name)


def _click_ok(qtbot: QtBot, dialog: ReviewRoundDialog | ReviewDecisionDialog) -> None:
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


# ------------------------------------------------------------------ the round


def test_the_round_dialog_submits_a_draft_with_two_named_reviewers_and_due_dates(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = _draft(context.db)
    dialog = _open(qtbot, ReviewRoundDialog(None, context, number, submit=True, today=TODAY))
    assert isinstance(dialog, ReviewRoundDialog)
    assert people["anna"].id not in {p.id for p in dialog.profiles}  # the author does not review
    default_due = add_working_days(TODAY, 5)
    assert default_due == dt.date(2026, 11, 30)
    assert dialog.reviewers() == [
        ReviewerInput(people["linh"].id, "legal_reviewer", default_due),
        ReviewerInput(people["budi"].id, "quality_checker", default_due),
    ]
    profile, role, due = dialog.row_widgets(0)
    assert due.calendarPopup() and role.currentText() == "Legal reviewer"
    dialog.set_row(1, due=TODAY + dt.timedelta(days=10))
    _shoot(qtbot, dialog, "review_round")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and shown_errors == []
    detail = agreements.get_agreement(context.db, number)
    assert detail.status is Status.IN_REVIEW
    (review_round,) = detail.rounds
    assert review_round.status == "open"
    assert [(a.reviewer_id, a.role, a.due_date) for a in review_round.assignments] == [
        (people["linh"].id, "legal_reviewer", default_due),
        (people["budi"].id, "quality_checker", TODAY + dt.timedelta(days=10)),
    ]


def test_a_due_date_in_the_past_is_refused_beside_the_date_and_nothing_is_stored(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = _draft(context.db)
    dialog = _open(qtbot, ReviewRoundDialog(None, context, number, submit=True, today=TODAY))
    assert isinstance(dialog, ReviewRoundDialog)
    dialog.set_row(0, due=TODAY - dt.timedelta(days=1))
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "past" in dialog.errors.message("due_date") and dialog.errors.message("reviewers") == ""
    assert "c53030" in dialog.row_widgets(0)[2].styleSheet() and dialog.row_widgets(1)[2].styleSheet() == ""
    _shoot(qtbot, dialog, "review_round_past_due")
    detail = agreements.get_agreement(context.db, number)
    assert (detail.status, detail.rounds) == (Status.DRAFT, ())
    assert shown_errors == []

    dialog.set_row(0, due=TODAY)
    dialog.set_row(1, user_id=people["linh"].id)  # the same reviewer twice
    _click_ok(qtbot, dialog)
    assert "once" in dialog.errors.message("reviewers") and dialog.errors.message("due_date") == ""
    assert dialog.row_widgets(0)[2].styleSheet() == ""
    dialog.remove_reviewer(1)
    dialog.remove_reviewer(0)
    assert not dialog.ok_button.isEnabled() and "at least one reviewer" in dialog.hint.text()
    assert agreements.get_agreement(context.db, number).status is Status.DRAFT


def test_a_round_starts_on_a_version_already_in_review(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = _draft(context.db)
    agreements.submit_for_review(context.db, people["anna"], number)  # in review, without a round
    assert agreements.get_agreement(context.db, number).rounds == ()
    dialog = _open(qtbot, ReviewRoundDialog(None, context, number, submit=False, today=TODAY))
    assert isinstance(dialog, ReviewRoundDialog)
    assert dialog.ok_button.text() == "Start round"
    dialog.remove_reviewer(1)
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (review_round,) = agreements.get_agreement(context.db, number).rounds
    assert [a.reviewer_id for a in review_round.assignments] == [people["linh"].id]

    again = _open(qtbot, ReviewRoundDialog(None, context, number, submit=False, today=TODAY))
    _click_ok(qtbot, again)  # the round is open already: core refuses, in a message box
    assert again.isVisible() and shown_errors and "already has an open review round" in shown_errors[-1][1]


# ------------------------------------------------------------------ decisions


def test_the_decision_dialog_records_comments_anchored_to_a_line_and_a_clause(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = _draft(context.db)
    _round(context.db, people, number)
    context.set_actor(people["linh"])
    dialog = _open(qtbot, ReviewDecisionDialog(None, context, number, decision="approve", today=TODAY))
    assert isinstance(dialog, ReviewDecisionDialog)
    keys = [key for key, _label in dialog.sections]
    assert keys[:6] == ["general", "parties", "scope", "pricing", "credits", "signatures"]
    assert "line:1" in keys and "clause:termination" in keys and "clause:service_credits" in keys
    labels = dict(dialog.sections)
    assert labels["line:1"] == "line:1 – User onboarding and offboarding @ Львів"
    assert labels["clause:termination"].startswith("clause:termination – ")
    # who else is in the round, and where they stand
    assert [dialog.round_table.item(r, 0).text() for r in range(2)] == ["Trần Thị Linh (you)", "Budi Santoso"]
    assert [dialog.round_table.item(r, 3).text() for r in range(2)] == ["Pending", "Pending"]
    assert dialog.checklist.checklist is not None and dialog.checklist.checklist.passed
    assert dialog.ok_button.isEnabled() and dialog.blocked.text() == ""

    dialog.comment.setPlainText("Reads well.")
    dialog.add_comment("line:1", "Name the Lviv office in full.")
    row = dialog.add_comment("clause:termination", "Three months' notice is agreed.")
    dialog.add_comment("pricing", "")  # an empty row is left out
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.add_comment("parties", "Scratch this.")  # row 3
    qtbot.mouseClick(dialog.comment_row(1)[1], Qt.MouseButton.LeftButton)  # "Remove" follows the row edited
    qtbot.waitUntil(lambda: dialog.comments_table.currentRow() == 1)
    qtbot.mouseClick(dialog.comment_row(3)[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.comments_table.currentRow() == 3)
    qtbot.mouseClick(dialog.remove_comment_button, Qt.MouseButton.LeftButton)
    assert [dialog.comment_row(r)[0].currentData() for r in range(3)] == ["line:1", "clause:termination", "pricing"]
    assert dialog.comment_row(row)[0].currentData() == "clause:termination"
    _shoot(qtbot, dialog, "review_decision_approve")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and shown_errors == []
    detail = agreements.get_agreement(context.db, number)
    assert detail.status is Status.IN_REVIEW  # Budi has not decided yet
    linh = detail.rounds[-1].assignments[0]
    assert linh.decision == "approved"
    assert [(c.section, c.text) for c in linh.comments] == [
        ("general", "Reads well."),
        ("line:1", "Name the Lviv office in full."),
        ("clause:termination", "Three months' notice is agreed."),
    ]

    again = _open(qtbot, ReviewDecisionDialog(None, context, number, decision="approve", today=TODAY))
    assert isinstance(again, ReviewDecisionDialog)
    assert not again.ok_button.isEnabled() and "decided" in again.blocked.text()
    assert again.round_table.item(0, 3).text().startswith("Approved")


def test_request_changes_sends_the_version_back_and_a_new_round_follows_revise_and_submit(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = _draft(context.db)
    _round(context.db, people, number)
    context.set_actor(people["budi"])
    dialog = _open(qtbot, ReviewDecisionDialog(None, context, number, decision="request_changes", today=TODAY))
    assert isinstance(dialog, ReviewDecisionDialog)
    assert dialog.ok_button.text() == "Request changes"
    _click_ok(qtbot, dialog)  # nothing said: refused beside the overall comment
    assert dialog.isVisible() and "what should change" in dialog.errors.message("comment")
    dialog.add_comment("clause:service_credits", "Quote the credit schedule.")
    assert dialog.errors.message("comment") == ""  # being answered
    dialog.add_comment("line:1", "Leavers within 2 hours, please.")
    _shoot(qtbot, dialog, "review_decision_request_changes")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and shown_errors == []
    detail = agreements.get_agreement(context.db, number)
    assert detail.status is Status.CHANGES_REQUESTED
    assert [(r.number, r.status) for r in detail.rounds] == [(1, "changes_requested")]
    budi = detail.rounds[0].assignments[1]
    assert [c.section for c in budi.comments] == ["clause:service_credits", "line:1"]

    context.set_actor(people["anna"])
    agreements.revise(context.db, people["anna"], number)
    again = _open(qtbot, ReviewRoundDialog(None, context, number, submit=True, today=TODAY + dt.timedelta(days=2)))
    assert isinstance(again, ReviewRoundDialog)
    # the reviewers of the last round are named again, due 5 working days from the new day
    assert [(r.user_id, r.role) for r in again.reviewers()] == [
        (people["linh"].id, "legal_reviewer"), (people["budi"].id, "quality_checker")
    ]
    assert {r.due_date for r in again.reviewers()} == {dt.date(2026, 12, 2)}
    _click_ok(qtbot, again)
    detail = agreements.get_agreement(context.db, number)
    assert detail.status is Status.IN_REVIEW
    assert [(r.number, r.status) for r in detail.rounds] == [(1, "changes_requested"), (2, "open")]


# ------------------------------------------------------------------ the checklist


def test_a_failing_checklist_item_disables_approve_and_core_refusal_shows_beside_the_checklist(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    db = context.db
    number = _draft(db)
    kept = [clauses.ClausePick(c.id) for c in clauses.library(db, "uk") if c.key != "service_credits"]
    opened = clauses.current_clauses(db, number)
    clauses.set_agreement_clauses(db, people["anna"], opened.version_id, kept, row_version=opened.row_version)

    widget = ChecklistWidget()
    qtbot.addWidget(widget)
    checklist = widget.load(db, number)
    assert not checklist.passed and not widget.passed("credits") and widget.passed("termination")
    assert widget.summary.text().startswith("6 of 7 checks pass: a service-credits clause is present")
    assert "add the service credits clause" in widget.rows["credits"].detail.text()
    assert widget.rows["credits"].detail.wordWrap() and not widget.rows["credits"].icon.pixmap().isNull()

    _round(db, people, number)
    agreements.approve(db, people["linh"], number)  # not the last reviewer: recorded, no quality gate yet
    context.set_actor(people["budi"])
    dialog = _open(qtbot, ReviewDecisionDialog(None, context, number, decision="approve", today=TODAY))
    assert isinstance(dialog, ReviewDecisionDialog)
    assert not dialog.ok_button.isEnabled()
    assert "A service-credits clause is present — add the service credits clause" in dialog.blocked.text()
    assert dialog.round_table.item(0, 3).text().startswith("Approved")
    _shoot(qtbot, dialog, "review_decision_checklist_fails")

    # A checklist shown before the clause went (stale) lets the button be pressed; core refuses beside it.
    dialog.checklist.show_checklist(Checklist(tuple(replace(item, passed=True) for item in checklist.items)))
    assert dialog.ok_button.isEnabled()
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and shown_errors == []
    assert "quality check fails" in dialog.errors.message("checklist")
    assert not dialog.checklist.passed("credits") and not dialog.ok_button.isEnabled()
    _shoot(qtbot, dialog, "review_decision_core_refusal")
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.IN_REVIEW and detail.rounds[-1].assignments[1].decision is None

    # Requesting changes is still possible, and the checklist dialog shows the same for the quality checker.
    changes = _open(qtbot, ReviewDecisionDialog(None, context, number, decision="request_changes", today=TODAY))
    assert isinstance(changes, ReviewDecisionDialog) and changes.ok_button.isEnabled()
    viewer = _open(qtbot, ChecklistDialog(None, context, number))
    assert isinstance(viewer, ChecklistDialog)
    assert not viewer.checklist.passed("credits") and viewer.checked_at.text().startswith("Checked at")
    _shoot(qtbot, viewer, "checklist_dialog_fails")
    qtbot.mouseClick(viewer.run_again_button, Qt.MouseButton.LeftButton)
    assert set(viewer.checklist.rows) == {"traced", "targets", "internal", "priced", "credits", "termination", "names"}


def test_with_every_item_passing_the_last_approval_approves_the_version(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = _draft(context.db)
    _round(context.db, people, number)
    for name in ("linh", "budi"):
        context.set_actor(people[name])
        dialog = _open(qtbot, ReviewDecisionDialog(None, context, number, decision="approve", today=TODAY))
        assert isinstance(dialog, ReviewDecisionDialog)
        assert dialog.checklist.checklist is not None and dialog.checklist.checklist.passed
        assert dialog.checklist.summary.text() == "All 7 checks pass."
        if name == "budi":
            assert "your check" in dialog.checklist.parentWidget().title()
            dialog.comment.setPlainText("Checklist green.")
            _shoot(qtbot, dialog, "review_decision_last_approval")
        _click_ok(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
    detail = agreements.get_agreement(context.db, number)
    assert detail.status is Status.APPROVED and shown_errors == []
    assert detail.rounds[-1].status == "approved"

    viewer = _open(qtbot, ChecklistDialog(None, context, number))
    assert isinstance(viewer, ChecklistDialog)
    _shoot(qtbot, viewer, "checklist_dialog_passes")
