"""The review board at scale: prints timings; asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/review_board_bench.py [--agreements 33000] [--no-ui]

Generates a portfolio (33,000 agreements by default), puts every unsigned
version under review (about 10,000 of them) with a round of three named
reviewers (some decided, some overdue),
then times opening the board and filtering it, as the window does: first the
``core`` queries alone, then the real ``ReviewBoardWindow`` offscreen (shown
with its first page read and painted, each filter applied and painted,
reading the next page, selecting a row, a refresh). Every window figure is
the wall time until the window has painted the result; the search box waits
250 ms after the last key on top of its figure, by design.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SLAMDESK_DATA_DIR", tempfile.mkdtemp(prefix="slamdesk-bench-data-"))

from sqlalchemy import insert, select, update  # noqa: E402

from slamdesk.core import portfolio, users  # noqa: E402
from slamdesk.core.db import Database  # noqa: E402
from slamdesk.core.lifecycle import Status  # noqa: E402
from slamdesk.core.reviews import BoardFilter, count_review_board, review_board  # noqa: E402
from slamdesk.core.roles import Actor, Role  # noqa: E402
from slamdesk.models import AgreementVersion, ReviewAssignment, ReviewRound  # noqa: E402

TODAY = dt.date(2026, 11, 23)


def timed(label: str, work: Callable[[], list[object]], runs: int = 5) -> None:
    samples, rows = [], []
    for _ in range(runs):
        start = time.perf_counter()
        rows = work()
        samples.append(time.perf_counter() - start)
    print(f"{label:<44} {statistics.median(samples) * 1000:8.1f} ms   ({len(rows)} agreements)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agreements", type=int, default=33_000, help="portfolio size; about 30 %% end up under review")
    parser.add_argument("--no-ui", action="store_true", help="time the core queries only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "board.db")
        start = time.perf_counter()
        portfolio.generate_portfolio(db, args.agreements, today=TODAY)
        reviewers = [
            users.ensure_user(db, f"reviewer{n}", f"Reviewer {n}", role)
            for n, role in enumerate((Role.LEGAL_REVIEWER, Role.QUALITY_CHECKER, Role.CUSTOMER_SIGNATORY) * 4)
        ]
        rng = random.Random(3)
        with db.unit_of_work() as session:
            session.execute(
                update(AgreementVersion).where(AgreementVersion.content_sha256.is_(None)).values(status=Status.IN_REVIEW.value)
            )
            version_ids = list(session.scalars(select(AgreementVersion.id).where(AgreementVersion.status == "in_review")))
            reviewed = set(session.scalars(select(ReviewRound.version_id)))  # the demo's own rounds
            version_ids = [v for v in version_ids if v not in reviewed]
            session.execute(insert(ReviewRound), [
                {"version_id": v, "number": 1, "status": "open", "opened_by_id": reviewers[0].id} for v in version_ids
            ])
            rounds = list(session.scalars(select(ReviewRound.id).where(ReviewRound.version_id.in_(version_ids))))
            session.execute(insert(ReviewAssignment), [
                {"round_id": r, "reviewer_id": reviewer.id, "role": role,
                 "due_date": TODAY + dt.timedelta(days=rng.randint(-10, 20)),
                 "decision": rng.choice((None, None, "approved"))}
                for r in rounds
                for reviewer, role in zip(rng.sample(reviewers, 3), ("legal_reviewer", "quality_checker", "customer_representative"))
            ])
        print(f"{count_review_board(db, TODAY).total:,} agreements under review, {3 * len(rounds):,} reviewer assignments "
              f"(set up in {time.perf_counter() - start:.1f} s)")
        timed("open the board (every agreement in review)", lambda: review_board(db, TODAY))
        timed("first screenful (limit 200)", lambda: review_board(db, TODAY, limit=200))
        timed("page at offset 5,000 (limit 200)", lambda: review_board(db, TODAY, limit=200, offset=5000))
        timed("filter: overdue", lambda: review_board(db, TODAY, BoardFilter(overdue_only=True)))
        timed("filter: overdue, first screenful", lambda: review_board(db, TODAY, BoardFilter(overdue_only=True), limit=200))
        timed("filter: one reviewer, pending", lambda: review_board(db, TODAY, BoardFilter(reviewer_id=reviewers[1].id, pending_only=True)))
        timed("filter: role customer representative", lambda: review_board(db, TODAY, BoardFilter(role="customer_representative")))
        timed("search: customer name", lambda: review_board(db, TODAY, BoardFilter(search="AB")))
        timed("count: whole board (total and overdue)", lambda: [count_review_board(db, TODAY)])
        timed("count: one reviewer, pending", lambda: [
            count_review_board(db, TODAY, BoardFilter(reviewer_id=reviewers[1].id, pending_only=True))
        ])
        if not args.no_ui:
            window_timings(db, reviewers[1], reviewers[0])
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        db.close()


# ------------------------------------------------------------------ the window


def window_timings(db: Database, checker: Actor, other: Actor) -> None:
    """Drive the real window offscreen as a quality checker would; print what each step costs."""
    from PySide6.QtWidgets import QApplication

    from slamdesk.ui.context import AppContext
    from slamdesk.ui.review.board_window import CHANGES_DELAY_MS, ReviewBoardWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    context = AppContext(db, checker)
    print(f"\nReviewBoardWindow (Qt platform {app.platformName()}, 1280x800), acting as {checker.display_name}:")

    def settle(window: ReviewBoardWindow) -> None:
        """Let the window lay out and paint what changed."""
        app.processEvents()
        window.table.viewport().repaint()
        window.repaint()
        app.processEvents()

    def line(label: str, samples: list[float], shown: tuple[int, int, int]) -> None:
        total, overdue, rows = shown
        print(f"{label:<44} {statistics.median(samples) * 1000:8.1f} ms   "
              f"({total:,} agreements, {overdue:,} overdue, {rows:,} rows read)")

    def state(window: ReviewBoardWindow) -> tuple[int, int, int]:
        return window.model.counts.total, window.model.counts.overdue, window.model.rowCount()

    opening: list[float] = []
    for _ in range(3):
        start = time.perf_counter()
        board = ReviewBoardWindow(None, context, today=TODAY)
        board.show()
        settle(board)
        opening.append(time.perf_counter() - start)
        if board.model.rowCount() == 0:
            print("the first page is not in the model!")
        shown = state(board)
        board.close()
        board.deleteLater()
        app.processEvents()
    line("open: construct, show, first page painted", opening, shown)

    window = ReviewBoardWindow(None, context, today=TODAY)
    window.show()
    settle(window)

    def timed_ui(label: str, apply: Callable[[], object], undo: Callable[[], object], runs: int = 5) -> None:
        """Median time of ``apply`` until painted; ``undo`` (untimed) puts the window back between runs."""
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            apply()
            settle(window)
            samples.append(time.perf_counter() - start)
            shown = state(window)
            undo()
            settle(window)
        line(label, samples, shown)

    def search(text: str) -> None:
        window.search.setText(text)
        window.apply_filter()  # what Enter does; typing applies the same 250 ms after the last key

    def reviewer(actor_id: int | None) -> None:
        window.reviewer.setCurrentIndex(max(window.reviewer.findData(actor_id), 0))

    def role(key: str | None) -> None:
        window.role.setCurrentIndex(max(window.role.findData(key), 0))

    def mine_and_overdue() -> None:
        window.mine.setChecked(True)
        window.overdue_only.setChecked(True)

    timed_ui('filter: search text "AB" (customer names)', lambda: search("AB"), lambda: search(""))
    timed_ui("filter: search an agreement number", lambda: search("SLA-2026-01"), lambda: search(""))
    timed_ui("filter: overdue only", lambda: window.overdue_only.setChecked(True),
             lambda: window.overdue_only.setChecked(False))
    timed_ui("filter: waiting for a decision", lambda: window.pending_only.setChecked(True),
             lambda: window.pending_only.setChecked(False))
    timed_ui("filter: reviewer", lambda: reviewer(other.id), lambda: reviewer(None))
    timed_ui("filter: mine (the acting quality checker)", lambda: window.mine.setChecked(True),
             lambda: window.mine.setChecked(False))
    timed_ui("filter: role customer representative", lambda: role("customer_representative"), lambda: role(None))
    timed_ui("filter: mine, then overdue only (2 queries)", mine_and_overdue, window.clear_filters)
    timed_ui("scroll to the bottom (the view fetches pages)", window.table.scrollToBottom, window.model.reload)
    number = window.model.numbers()[150]
    timed_ui("select a row: its round read and shown", lambda: window.select_agreement(number),
             window.table.clearSelection)
    timed_ui("refresh (F5): counts + the rows read so far", window.refresh_action.trigger, lambda: None)

    def announced_change() -> None:
        done: list[bool] = []

        def read() -> None:
            done.append(True)

        window.model.modelReset.connect(read)
        context.agreements_changed.emit(number)
        while not done:  # the window waits for a burst of changes to end, then reads once
            app.processEvents()
            time.sleep(0.001)
        window.model.modelReset.disconnect(read)

    timed_ui(f"agreements_changed, re-read ({CHANGES_DELAY_MS} ms wait in)", announced_change, lambda: None)
    timed_ui("repaint alone, nothing changed (baseline)", lambda: None, lambda: None)
    window.close()
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
