"""The review board window: reviewers' status, overdue marking, filters, refresh, opening, keyboard, paging.

The demo portfolio has review rounds of its own; each test adds three
agreements under review (one late, one on time, one without a round) and
checks those exactly, and checks that every other row is what ``core`` lists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements
from slamdesk.core.reviews import BoardFilter, ReviewerInput, count_review_board, review_board
from slamdesk.core.roles import Actor, Role
from slamdesk.core.users import ensure_user
from slamdesk.ui import operations
from slamdesk.ui.common import formatting
from slamdesk.ui.context import AppContext
from slamdesk.ui.operations import Changed
from slamdesk.ui.review.board_model import Column, ReviewBoardModel
from slamdesk.ui.review.board_window import ReviewBoardWindow
from slamdesk.ui.review.board_wording import NO_ROUND, OVERDUE_TINT
from tests.conftest import DEMO_TODAY
from tests.core.helpers import draft
from tests.ui.shots import shoot

LATER = DEMO_TODAY + dt.timedelta(days=4)  # the day the board is looked at: 2026-11-27


@dataclass(frozen=True)
class Rounds:
    late: str  # Linh's legal review was due two days before LATER; Budi has until December
    on_time: str  # Budi and Olena have until December
    bare: str  # submitted for review without naming anyone
    olena: Actor
    demo: frozenset[str]  # what the demo itself has under review
    demo_overdue: int

    @property
    def ours(self) -> list[str]:
        return sorted([self.late, self.on_time, self.bare])

    @property
    def total(self) -> int:
        return len(self.demo) + 3


def day(iso: str) -> str:
    """An ISO date as the window writes it in the locale the test runs under."""
    return formatting.date(dt.date.fromisoformat(iso))


def _days(n: int) -> dt.date:
    return DEMO_TODAY + dt.timedelta(days=n)


@pytest.fixture
def rounds(context: AppContext, people: dict[str, Actor]) -> Rounds:
    db, anna = context.db, people["anna"]
    demo = frozenset(row.number for row in review_board(db, LATER))
    demo_overdue = count_review_board(db, LATER).overdue
    olena = ensure_user(db, "olena", "Олена Коваленко", Role.CUSTOMER_SIGNATORY)
    late, on_time, bare = draft(db, anna), draft(db, anna), draft(db, anna)
    agreements.submit_for_review(db, anna, late, today=DEMO_TODAY, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", _days(2)),
        ReviewerInput(people["budi"].id, "quality_checker", _days(10)),
    ])
    agreements.submit_for_review(db, anna, on_time, today=DEMO_TODAY, reviewers=[
        ReviewerInput(people["budi"].id, "quality_checker", _days(8)),
        ReviewerInput(olena.id, "customer_representative", _days(12)),
    ])
    agreements.submit_for_review(db, anna, bare, today=DEMO_TODAY)
    return Rounds(late, on_time, bare, olena, demo, demo_overdue)


def _open(qtbot: QtBot, context: AppContext, **options: int) -> ReviewBoardWindow:
    window = ReviewBoardWindow(None, context, today=LATER, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def board(qtbot: QtBot, context: AppContext, rounds: Rounds) -> ReviewBoardWindow:
    return _open(qtbot, context)


def _shoot(window: ReviewBoardWindow, name: str) -> None:
    QApplication.processEvents()  # lay out and paint what the last change did
    shoot(window, name)


def _ours(window: ReviewBoardWindow, rounds: Rounds) -> list[str]:
    """The rows this test added, in the board's order; the demo's rows must be what ``core`` lists."""
    shown = window.model.keys()
    assert shown == [row.number for row in review_board(window.context.db, LATER, window.model.criteria)]
    return [number for number in shown if number not in rounds.demo]


def _texts(window: ReviewBoardWindow, column: Column) -> dict[str, str]:
    model = window.model
    return {model.row_at(row).number: model.data(model.index(row, column)) for row in range(model.rowCount())}


def _row(window: ReviewBoardWindow, number: str) -> int:
    row = window.model.find(number)
    assert row is not None, f"{number} is not on the board"
    return row


def _overdue(count: int) -> str:
    return f"{count} overdue" if count else "none overdue"


def test_rows_show_each_reviewers_status_and_mark_what_is_overdue(board: ReviewBoardWindow, rounds: Rounds) -> None:
    assert _ours(board, rounds) == rounds.ours
    reviewers = _texts(board, Column.REVIEWERS)
    assert reviewers[rounds.late] == (f"Trần Thị Linh (legal) due {day('2026-11-25')} OVERDUE · "
                                      f"Budi Santoso (quality) due {day('2026-12-03')}")
    assert reviewers[rounds.on_time] == (f"Budi Santoso (quality) due {day('2026-12-01')} · "
                                         f"Олена Коваленко (customer) due {day('2026-12-05')}")
    assert reviewers[rounds.bare] == NO_ROUND
    next_due, late, round_no = (_texts(board, column) for column in (Column.NEXT_DUE, Column.OVERDUE, Column.ROUND))
    assert [next_due[n] for n in (rounds.late, rounds.on_time, rounds.bare)] == [day("2026-11-25"), day("2026-12-01"), ""]
    assert [late[n] for n in (rounds.late, rounds.on_time, rounds.bare)] == ["2 days late", "", ""]
    assert [round_no[n] for n in (rounds.late, rounds.on_time, rounds.bare)] == ["1", "1", "—"]
    model, late_row, on_time_row = board.model, _row(board, rounds.late), _row(board, rounds.on_time)
    background = model.data(model.index(late_row, Column.TITLE), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color().name() == OVERDUE_TINT
    assert model.data(model.index(on_time_row, Column.TITLE), Qt.ItemDataRole.BackgroundRole) is None
    assert not model.data(model.index(late_row, Column.OVERDUE), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(on_time_row, Column.OVERDUE), Qt.ItemDataRole.DecorationRole) is None
    tip = model.data(model.index(late_row, Column.REVIEWERS), Qt.ItemDataRole.ToolTipRole)
    assert f"Trần Thị Linh — Legal reviewer: waiting, due {day('2026-11-25')} — 2 days late" in tip
    assert board.count_label.text() == (
        f"{rounds.total} agreements under review · {_overdue(rounds.demo_overdue + 1)}"
    )
    _shoot(board, "review_board")


def test_selecting_a_row_shows_its_round_with_comments_by_section(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], rounds: Rounds
) -> None:
    agreements.approve(context.db, people["budi"], rounds.on_time, comments=[
        ("clause:termination", "Notice period fine."), ("line:2", "Port sites counted twice?"),
    ])
    window = _open(qtbot, context)
    assert "Select an agreement" in window.detail_text()
    assert window.select_agreement(rounds.on_time)
    text = window.detail_text()
    assert window.selected_round is not None and window.selected_round.number == 1
    assert f"{rounds.on_time} — Угода про рівень обслуговування" in text
    assert f"Budi Santoso\nQuality checker\n{day('2026-12-01')}\n✓ approved\n" in text
    assert "Clause “termination”: Notice period fine." in text and "Line 2: Port sites counted twice?" in text
    assert f"Олена Коваленко\nCustomer representative\n{day('2026-12-05')}\nwaiting\n—" in text
    _shoot(window, "review_board_round")
    window.select_agreement(rounds.late)
    assert "waiting — 2 days late" in window.detail_text()
    window.select_agreement(rounds.bare)
    assert window.selected_round is None and "without a review round" in window.detail_text()


def test_overdue_only_and_waiting_for_a_decision(
    qtbot: QtBot, board: ReviewBoardWindow, context: AppContext, people: dict[str, Actor], rounds: Rounds
) -> None:
    board.overdue_only.click()
    assert board.model.criteria == BoardFilter(overdue_only=True)
    assert _ours(board, rounds) == [rounds.late]
    late = rounds.demo_overdue + 1
    assert board.count_label.text() == f"{late} of {rounds.total} agreements under review · {late} overdue"
    _shoot(board, "review_board_overdue")
    board.overdue_only.click()
    board.pending_only.click()
    assert _ours(board, rounds) == [rounds.late, rounds.on_time]  # the round-less one has nobody to wait for
    agreements.approve(context.db, people["linh"], rounds.late)
    agreements.approve(context.db, people["budi"], rounds.late)  # every reviewer decided: the version is approved
    with qtbot.waitSignal(board.model.modelReset, timeout=2000):
        operations.notify(context, Changed.agreement(rounds.late))
    assert _ours(board, rounds) == [rounds.on_time]


def test_the_reviewer_filter_and_mine(
    board: ReviewBoardWindow, context: AppContext, people: dict[str, Actor], rounds: Rounds
) -> None:
    linh, budi = people["linh"], people["budi"]
    board.reviewer.setCurrentIndex(board.reviewer.findData(budi.id))
    assert board.model.criteria.reviewer_id == budi.id
    assert _ours(board, rounds) == [rounds.late, rounds.on_time]
    assert not board.mine.isChecked()  # Anna acts, Budi is chosen
    board.reviewer.setCurrentIndex(board.reviewer.findData(rounds.olena.id))
    assert board.model.keys() == [rounds.on_time]  # nobody else asked Olena
    board.role.setCurrentIndex(board.role.findData("legal_reviewer"))
    assert board.model.keys() == []
    assert board.count_label.text() == f"None of the {rounds.total} agreements under review match"
    board.clear_action.trigger()
    assert board.model.criteria == BoardFilter() and _ours(board, rounds) == rounds.ours

    context.set_actor(linh)
    board.mine.click()
    assert board.reviewer.currentData() == linh.id and board.model.criteria == BoardFilter(reviewer_id=linh.id)
    assert _ours(board, rounds) == [rounds.late]
    assert board.count_label.text().startswith(f"{board.model.counts.total} of {rounds.total} agreements under review")
    context.set_actor(budi)  # "mine" follows whoever acts
    assert board.model.criteria == BoardFilter(reviewer_id=budi.id) and board.mine.isChecked()
    assert _ours(board, rounds) == [rounds.late, rounds.on_time]
    board.reviewer.setCurrentIndex(0)
    assert not board.mine.isChecked() and board.model.criteria == BoardFilter()


def test_the_search_waits_for_typing_to_stop(qtbot: QtBot, board: ReviewBoardWindow, rounds: Rounds) -> None:
    qtbot.keyClicks(board.search, rounds.late)
    assert board.model.criteria.search == ""  # not yet: typing goes on
    qtbot.waitUntil(lambda: board.model.criteria.search == rounds.late, timeout=2000)
    assert board.model.keys() == [rounds.late]
    board.search.setText("Одеські")  # the customer's name, in part
    qtbot.keyClick(board.search, Qt.Key.Key_Return)  # Enter searches at once
    assert board.model.criteria.search == "Одеські"
    assert _ours(board, rounds) == rounds.ours
    assert board.count_label.text().startswith(f"{board.model.counts.total} of {rounds.total} agreements under review")
    board.search.setText("рівень обслуговування")  # the title
    qtbot.waitUntil(lambda: board.model.criteria.search == "рівень обслуговування", timeout=2000)
    assert _ours(board, rounds) == rounds.ours


def test_a_decision_shows_once_agreements_change(
    qtbot: QtBot, board: ReviewBoardWindow, context: AppContext, people: dict[str, Actor], rounds: Rounds
) -> None:
    assert board.select_agreement(rounds.late)
    agreements.approve(context.db, people["linh"], rounds.late, comments=[("pricing", "Prices match the quote.")])
    late = _row(board, rounds.late)
    assert "OVERDUE" in board.model.data(board.model.index(late, Column.REVIEWERS))  # not read again yet
    with qtbot.waitSignal(board.model.modelReset, timeout=2000):
        operations.notify(context, Changed.agreement(rounds.late))
    late = _row(board, rounds.late)
    assert board.model.data(board.model.index(late, Column.REVIEWERS)) == (
        f"Trần Thị Linh (legal) ✓ approved · Budi Santoso (quality) due {day('2026-12-03')}"
    )
    assert board.model.data(board.model.index(late, Column.OVERDUE)) == ""
    assert board.count_label.text() == f"{rounds.total} agreements under review · {_overdue(rounds.demo_overdue)}"
    assert board.selected_number() == rounds.late  # the selection stays, its round is read again
    assert "✓ approved" in board.detail_text() and "Pricing: Prices match the quote." in board.detail_text()
    _shoot(board, "review_board_decided")


def test_a_burst_of_changes_reads_the_board_once_and_a_hidden_board_waits(
    qtbot: QtBot, board: ReviewBoardWindow, context: AppContext, people: dict[str, Actor], rounds: Rounds
) -> None:
    resets: list[int] = []
    board.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(board.model.modelReset, timeout=2000):
        for _ in range(5):
            operations.notify(context, Changed.agreement(""))
    qtbot.wait(150)
    assert len(resets) == 1
    board.hide()
    agreements.approve(context.db, people["linh"], rounds.late)
    operations.notify(context, Changed.agreement(rounds.late))
    qtbot.wait(150)
    assert len(resets) == 1  # nobody looks: nothing read
    with qtbot.waitSignal(board.model.modelReset, timeout=2000):
        board.show()
    assert "Trần Thị Linh (legal) ✓ approved" in _texts(board, Column.REVIEWERS)[rounds.late]


def test_double_click_and_enter_open_the_agreement(qtbot: QtBot, board: ReviewBoardWindow, rounds: Rounds) -> None:
    table = board.table
    rect = table.visualRect(board.model.index(_row(board, rounds.on_time), Column.CUSTOMER))
    with qtbot.assertNotEmitted(board.open_agreement):  # one click selects
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.selected_number() == rounds.on_time
    with qtbot.waitSignal(board.open_agreement, timeout=1000) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [rounds.on_time]
    board.select_agreement(rounds.late)
    with qtbot.waitSignal(board.open_agreement, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [rounds.late]


def test_keyboard_find_refresh_and_close(
    qtbot: QtBot, board: ReviewBoardWindow, context: AppContext, people: dict[str, Actor], rounds: Rounds
) -> None:
    board.activateWindow()
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is board.search
    agreements.approve(context.db, people["linh"], rounds.late)  # nobody announces it
    qtbot.keyClick(board.table, Qt.Key.Key_F5)
    assert "Trần Thị Linh (legal) ✓ approved" in _texts(board, Column.REVIEWERS)[rounds.late]
    qtbot.keyClick(board.table, Qt.Key.Key_Escape)
    assert not board.isVisible()


def test_rows_are_read_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester: ModelTester, context: AppContext, rounds: Rounds
) -> None:
    window = _open(qtbot, context, page_size=2)
    model = window.model
    assert model.counts.total == rounds.total and model.rowCount() == rounds.total  # the scroll bar spans them all
    model.reload()
    assert model.loaded_pages() == []
    last = rounds.total - 1
    assert model.data(model.index(last, Column.NUMBER)) == review_board(context.db, LATER)[last].number
    assert model.loaded_pages() == [last // 2]  # jumping to the end read one page
    assert model.keys() == [row.number for row in review_board(context.db, LATER)]
    qtmodeltester.check(ReviewBoardModel(context.db, lambda: LATER, page_size=2))


def test_rows_that_leave_the_board_between_the_count_and_the_read_make_it_count_again(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], rounds: Rounds
) -> None:
    model = ReviewBoardModel(context.db, lambda: LATER)
    model.set_criteria(BoardFilter(pending_only=True))
    counted = model.rowCount()
    assert rounds.late in model.keys()
    model.reload()  # counted again, nothing read yet
    agreements.approve(context.db, people["linh"], rounds.late)
    agreements.approve(context.db, people["budi"], rounds.late)  # approved: no longer pending
    assert model.rowCount() == counted  # nobody told the model
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        model.row_at(0)  # the page read holds one row fewer than counted
    assert model.rowCount() == counted - 1 and rounds.late not in model.keys()


def test_a_narrow_window_gives_reviewers_room_and_a_third_line(
    qtbot: QtBot, board: ReviewBoardWindow, rounds: Rounds
) -> None:
    header, vertical = board.table.horizontalHeader(), board.table.verticalHeader()
    wide_customer, wide_row = header.sectionSize(Column.CUSTOMER), vertical.sectionSize(0)
    board.resize(960, 700)
    qtbot.waitUntil(lambda: header.sectionSize(Column.CUSTOMER) < wide_customer, timeout=2000)
    assert header.sectionSize(Column.REVIEWERS) >= 300  # customer and title gave way first
    assert vertical.sectionSize(0) > wide_row  # three lines: one reviewer each
    _shoot(board, "review_board_narrow")
    board.resize(1280, 800)
    qtbot.waitUntil(lambda: header.sectionSize(Column.CUSTOMER) == wide_customer, timeout=2000)
    assert vertical.sectionSize(0) == wide_row
