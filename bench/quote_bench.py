"""The largest quote: prints timings; asserts nothing.

    python bench/quote_bench.py [--lines 2000] [--runs 5]

Builds a requirements document of N requirements over the demo catalogue
(every service, regions City and Rural, volumes that reach the volume bands),
chooses a feasible level for each, then times: recalculating the quote from
its stored inputs (read + price every line at every level), the pure
recalculation from already loaded inputs, choosing a level for every line, and
drafting the agreement. It checks that the recalculated totals are identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from slamdesk.core import agreements, catalogue, customers, demo, requirements, users
from slamdesk.core.db import Database
from slamdesk.core.requirements import RequirementInput

T = TypeVar("T")


def timed(label: str, work: Callable[[], T], runs: int) -> T:
    samples, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        samples.append(time.perf_counter() - start)
    print(f"{label:<52} {statistics.median(samples) * 1000:9.1f} ms")
    return result  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "quote.db")
        demo.load_demo(db, today=dt.date(2026, 11, 23))
        rep = next(a for a in users.list_actors(db) if a.username == "anna")
        customer = customers.create_customer(
            db, rep, name="Tổng công ty Cảng Sài Gòn", country="VN", language="vi", contact_name="Lê Minh Tâm"
        )
        services = [s for s in catalogue.list_services(db) if s.code != "FLD"]
        rng = random.Random(7)
        items = [
            RequirementInput(
                service.id, f"Site {n}", "Mon-Fri 08:00-17:00" if service.code == "HW" else rng.choice(
                    ("Mon-Fri 08:00-17:00", "24x7")), ("P1", "P2", "P3"),
                region=rng.choice(("City", "Rural")), users=rng.randint(20, 400), devices=rng.randint(0, 500),
                sites=rng.randint(1, 12), tickets_per_month=rng.randint(0, 900),
            )
            for n in range(1, args.lines + 1)
            for service in [rng.choice(services)]
        ]
        start = time.perf_counter()
        document = requirements.create_requirements(db, rep, customer_id=customer.id, requirements=items)
        print(f"{'create the document (' + str(args.lines) + ' requirements)':<52} {(time.perf_counter() - start) * 1000:9.1f} ms")
        first = requirements.quote(db, document.id)
        choices = {
            line.requirement_id: max((o for o in line.options if o.feasible), key=lambda o: o.rank).level_id
            for line in first.lines
            if any(o.feasible for o in line.options)
        }
        row_version = document.row_version
        for line in first.lines:
            if line.requirement_id not in choices:
                row_version = requirements.mark_infeasible(
                    db, rep, document.id, line.requirement_id, "technical", "bench", row_version=row_version
                ).row_version
        timed(f"choose a level for {len(choices)} lines",
              lambda: requirements.choose_levels(db, rep, document.id, choices, row_version=row_version), 1)
        options = sum(len(line.options) for line in first.lines)
        quote = timed(f"recalculate the quote from the database ({options} prices)",
                      lambda: requirements.quote(db, document.id), args.runs)
        view = requirements.get_requirements(db, document.id)
        services_now = catalogue.list_services(db)
        again = timed("recalculate from loaded inputs (pricing only)",
                      lambda: requirements.quote_for(view, services_now), args.runs)
        print(f"totals identical after recalculation: {again.totals == quote.totals} "
              f"(subtotal {quote.totals.subtotal} {quote.totals.currency})")
        timed("draft the agreement from it", lambda: agreements.create_draft(
            db, rep, requirements_document_id=document.id, title="Bench", start_date=dt.date(2027, 1, 1),
            end_date=dt.date(2028, 12, 31)), 1)
        db.close()


if __name__ == "__main__":
    main()
