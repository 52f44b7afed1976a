"""Register at scale: prints timings and memory; asserts nothing.

    python bench/register_bench.py [--agreements 100000] [--db PATH]

Generates the portfolio once (or reuses --db if it holds one), then times
opening the register (count + first page), searches, filters, a deep page
and the sorted views, each the median of a few runs; then the day's standings
in their terms (made once a day), what falls due, and the filters on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from slamdesk.core import portfolio, register
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter, SortKey
from slamdesk.core.renewals import schedule, standing

PAGE = 200


def timed(label: str, work: Callable[[], object], runs: int = 5) -> None:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        samples.append(time.perf_counter() - start)
    size = len(result) if isinstance(result, list) else result
    print(f"{label:<48} {statistics.median(samples) * 1000:8.1f} ms   ({size} rows)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--db", help="a SQLite file or a postgresql://USER@HOST/DB team database")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    start = time.perf_counter()
    db = Database.open(path)
    if register.count_agreements(db) < args.agreements:
        portfolio.generate_portfolio(db, args.agreements, today=dt.date(2026, 11, 23))
        print(f"generated {args.agreements:,} agreements in {time.perf_counter() - start:.1f} s -> {path}")
    db.close()

    start = time.perf_counter()
    db = Database.open(path)
    total = register.count_agreements(db)
    first = register.list_agreements(db, limit=PAGE)
    print(f"{'open database + count + first page (cold)':<48} {(time.perf_counter() - start) * 1000:8.1f} ms   ({total} agreements, {len(first)} rows)")
    timed("count all", lambda: register.count_agreements(db))
    timed("first page, by number", lambda: register.list_agreements(db, limit=PAGE))
    timed("page at offset 99,800", lambda: register.list_agreements(db, limit=PAGE, offset=total - PAGE))
    timed("first page, by customer", lambda: register.list_agreements(db, RegisterFilter(sort=SortKey.CUSTOMER), limit=PAGE))
    timed("first page, by monthly value desc", lambda: register.list_agreements(db, RegisterFilter(sort=SortKey.MONTHLY, descending=True), limit=PAGE))
    timed("search 'song hong' (count)", lambda: register.count_agreements(db, search="song hong"))
    timed("search 'song hong' (first page)", lambda: register.list_agreements(db, search="song hong", limit=PAGE))
    timed("search 'Київ мережі' (first page)", lambda: register.list_agreements(db, search="Київ мережі", limit=PAGE))
    timed("filter status=active (count)", lambda: register.count_agreements(db, status=Status.ACTIVE))
    timed("filter active + VND + ends in 90 days", lambda: register.list_agreements(
        db, RegisterFilter(status=Status.ACTIVE, currency="VND", ends_within_days=90), limit=PAGE))
    timed("filter service=Network monitoring level=Gold", lambda: register.list_agreements(
        db, RegisterFilter(service="Network monitoring", level="Gold"), limit=PAGE))
    day = dt.date(2026, 11, 23)
    start = time.perf_counter()
    written = schedule.refresh(db, day)
    print(f"{'every standing made for the day (schedule.refresh)':<48} {(time.perf_counter() - start) * 1000:8.1f} ms   "
          f"({written} agreements)")
    timed("what falls due in 90 days (standing.deadlines)", lambda: standing.deadlines(db, day, 90), runs=3)
    timed("filter notice deadline within 30 days", lambda: register.list_agreements(
        db, RegisterFilter(notice_within_days=30), limit=PAGE, today=day))
    timed("filter renews within 90 days (count)", lambda: register.count_agreements(
        db, RegisterFilter(renews_within_days=90), today=day))
    timed("filter expired (count)", lambda: register.count_agreements(db, RegisterFilter(expired=True), today=day))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak resident memory of this process':<48} {peak_mib:8.1f} MiB")


if __name__ == "__main__":
    main()
