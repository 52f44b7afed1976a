"""The review board at scale: prints timings; asserts nothing.

    python bench/review_board_bench.py [--agreements 10000]

Generates a portfolio, puts every unsigned version under review (10,000 by
default) with a round of three named reviewers (some decided, some overdue),
then times opening the board and filtering it, as the window does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select, update

from slamdesk.core import portfolio, users
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import BoardFilter, review_board
from slamdesk.core.roles import Role
from slamdesk.models import AgreementVersion, ReviewAssignment, ReviewRound

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
    parser.add_argument("--agreements", type=int, default=10_000)
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
            session.execute(insert(ReviewRound), [
                {"version_id": v, "number": 1, "status": "open", "opened_by_id": reviewers[0].id} for v in version_ids
            ])
            rounds = list(session.scalars(select(ReviewRound.id)))
            session.execute(insert(ReviewAssignment), [
                {"round_id": r, "reviewer_id": reviewer.id, "role": role,
                 "due_date": TODAY + dt.timedelta(days=rng.randint(-10, 20)),
                 "decision": rng.choice((None, None, "approved"))}
                for r in rounds
                for reviewer, role in zip(rng.sample(reviewers, 3), ("legal_reviewer", "quality_checker", "customer_representative"))
            ])
        print(f"{len(version_ids):,} agreements under review, {3 * len(rounds):,} reviewer assignments "
              f"(set up in {time.perf_counter() - start:.1f} s)")
        timed("open the board (every agreement in review)", lambda: review_board(db, TODAY))
        timed("first screenful (limit 200)", lambda: review_board(db, TODAY, limit=200))
        timed("page at offset 5,000 (limit 200)", lambda: review_board(db, TODAY, limit=200, offset=5000))
        timed("filter: overdue", lambda: review_board(db, TODAY, BoardFilter(overdue_only=True)))
        timed("filter: overdue, first screenful", lambda: review_board(db, TODAY, BoardFilter(overdue_only=True), limit=200))
        timed("filter: one reviewer, pending", lambda: review_board(db, TODAY, BoardFilter(reviewer_id=reviewers[1].id, pending_only=True)))
        timed("filter: role customer representative", lambda: review_board(db, TODAY, BoardFilter(role="customer_representative")))
        timed("search: customer name", lambda: review_board(db, TODAY, BoardFilter(search="AB")))
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        db.close()


if __name__ == "__main__":
    main()
