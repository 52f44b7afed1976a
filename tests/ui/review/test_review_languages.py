"""The review board, the review round and decision dialogs and the version comparison in every language: no
English left but data (names, agreement numbers, titles, customers)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, clauses, register, users, versions
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor
from slamdesk.ui.context import AppContext
from slamdesk.ui.review.board_model import Column
from slamdesk.ui.review.board_window import ReviewBoardWindow
from slamdesk.ui.review.decision_dialog import ReviewDecisionDialog
from slamdesk.ui.review.round_dialog import ReviewRoundDialog
from slamdesk.ui.versions.version_compare import VersionCompareDialog
from tests.conftest import DEMO_TODAY
from tests.ui.languages import TRANSLATED, english_left, in_language

SIGNED = "SLA-2026-0002"  # Vietnamese, signed in the demo: amended below to have two versions


def _draft(context: AppContext) -> str:
    rows = register.list_agreements(context.db, status=Status.DRAFT, today=DEMO_TODAY)
    assert rows, "the demo has a draft agreement"
    return rows[0].number


def _data(context: AppContext, *numbers: str) -> set[str]:
    """What reads the same in every language: people's names, and the agreements' numbers, titles and customers."""
    found = {actor.display_name for actor in users.list_actors(context.db)}
    for number in numbers:
        detail = agreements.get_agreement(context.db, number)
        found |= {number, detail.title, detail.customer_name}
    return found


def _checks(context: AppContext, number: str) -> set[str]:
    """The quality checklist's items and details as ``core`` words them (in the language set), with the agreement's
    clause titles as data."""
    checklist = agreements.run_checklist(context.db, number)
    return {text for item in checklist.items for text in (item.label, item.detail) if text}


def _kept(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_review_board(qtbot: QtBot, context: AppContext, language: str) -> None:
    later = DEMO_TODAY + dt.timedelta(days=4)
    same = {"sv": {"Version"}}.get(language, set())  # the Swedish word is spelled as the English one
    assert english_left(lambda: _kept(qtbot, ReviewBoardWindow(None, context, today=later)), language,
                        _data(context) | same) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_review_round_dialog(qtbot: QtBot, context: AppContext, language: str) -> None:
    number = _draft(context)
    make = lambda: _kept(qtbot, ReviewRoundDialog(None, context, number, submit=True, today=DEMO_TODAY))  # noqa: E731
    assert english_left(make, language, _data(context, number)) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_review_decision_dialog(qtbot: QtBot, context: AppContext, people: dict[str, Actor], language: str) -> None:
    number = _draft(context)
    due = DEMO_TODAY + dt.timedelta(days=5)
    agreements.submit_for_review(context.db, people["anna"], number, today=DEMO_TODAY, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", due), ReviewerInput(people["budi"].id, "quality_checker", due)])
    context.set_actor(people["budi"])
    for decision in ("approve", "request_changes"):
        make = lambda decision=decision: _kept(qtbot, ReviewDecisionDialog(  # noqa: E731
            None, context, number, decision=decision, today=DEMO_TODAY))
        assert english_left(make, language, _data(context, number) | _checks(context, number)) == [], decision


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_version_comparison(qtbot: QtBot, context: AppContext, language: str) -> None:
    assert versions.amend(context.db, context.actor, SIGNED, "Six months' notice") == 2
    detail = agreements.get_agreement(context.db, SIGNED)
    picks = [clauses.ClausePick(None, c.text.replace("ba tháng", "sáu tháng"), c.key, c.title) for c in detail.clauses]
    opened = clauses.current_clauses(context.db, SIGNED)
    clauses.set_agreement_clauses(context.db, context.actor, opened.version_id, picks, row_version=opened.row_version)
    make = lambda: _kept(qtbot, VersionCompareDialog(None, context, SIGNED))  # noqa: E731
    assert english_left(make, language, _data(context, SIGNED)) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_board_rows_and_the_round_panel_speak_the_language(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], language: str,
) -> None:
    """The cells and the round panel are not widgets ``english_left`` reads: their wording is checked here."""
    number = _draft(context)
    agreements.submit_for_review(context.db, people["anna"], number, today=DEMO_TODAY, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", DEMO_TODAY + dt.timedelta(days=1))])
    later = DEMO_TODAY + dt.timedelta(days=4)
    with in_language(language):
        board = _kept(qtbot, ReviewBoardWindow(None, context, today=later))
        assert board.select_agreement(number)
        row = board.model.find(number)
        cells = [str(board.model.data(board.model.index(row, column)) or "") for column in (Column.REVIEWERS, Column.OVERDUE)]
        tip = str(board.model.data(board.model.index(row, Column.REVIEWERS), Qt.ItemDataRole.ToolTipRole))
        shown = "\n".join([*cells, tip, board.detail_text(), board.count_label.text()])
        board.close()
    english = ("due", "OVERDUE", "late", "legal", "waiting", "Reviewer", "Role", "Decided at", "review round", "under review",
               "overdue", "Legal reviewer")
    assert [word for word in english if re.search(rf"\b{word}\b", shown)] == [], shown
