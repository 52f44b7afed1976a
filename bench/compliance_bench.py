#!/usr/bin/env python3
"""One month's compliance for the whole portfolio at N tickets: prints the time and the memory it takes.

    python bench/compliance_bench.py --db BIG.db [--tickets 1000000] [--period 2026-10]

BIG.db is a register made with ``slamdesk demo --agreements 100000`` (it is copied first, never
changed). The copy gets N tickets spread over the twelve months up to the period's end, over the
lines of every signed or active agreement (a tenth on hold for an hour; most answered and resolved
well in time, some late), written straight into the table in batches; then
``portfolio_compliance.portfolio_figures`` works out the period for every signed agreement, as
``slamdesk compliance --period`` does. Goal (issue 12): 10 seconds or less at 1,000,000 tickets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from slamdesk.core import users  # noqa: E402
from slamdesk.core.db import Database  # noqa: E402
from slamdesk.core.monitoring import periods, portfolio_compliance  # noqa: E402
from slamdesk.models import Agreement, AgreementLine, AgreementVersion, MonitoringImport, Ticket, TicketHold  # noqa: E402

BATCH = 20_000


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill(db: Database, count: int, chosen: periods.Period) -> None:
    rng = random.Random(2026)
    end = dt.datetime.combine(chosen.after, dt.time(), dt.UTC)
    start = end - dt.timedelta(days=365)
    with db.read() as session:
        lines = session.execute(
            select(Agreement.id, AgreementLine.service_name, AgreementLine.site, AgreementLine.priorities)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .join(AgreementLine, AgreementLine.version_id == AgreementVersion.id)
            .where(AgreementVersion.status.in_(["signed", "active"]))
        ).all()
    actor = users.get_actor(db)
    with db.unit_of_work() as session:
        run = MonitoringImport(kind="tickets", source="bench", file_name="bench", sha256="0" * 64, actor_id=actor.id,
                               added=count, updated=0, unchanged=0, skipped=0)
        session.add(run)
        session.flush()
        run_id = run.id
    span = int((end - start).total_seconds())
    written = 0
    while written < count:
        rows, holds = [], []
        for n in range(written, min(written + BATCH, count)):
            agreement_id, service, site, priorities = lines[rng.randrange(len(lines))]
            created = start + dt.timedelta(seconds=rng.randrange(span))
            answered = created + dt.timedelta(minutes=rng.randrange(1, 90))
            resolved = answered + dt.timedelta(minutes=rng.randrange(10, 3000))
            rows.append({"source": "bench", "external_id": f"B-{n}", "agreement_id": agreement_id, "service": service,
                         "site": site, "priority": rng.choice([p.strip() for p in priorities.split(",")]),
                         "created_at": created, "first_response_at": answered,
                         "resolved_at": resolved if resolved < end else None, "import_id": run_id})
            if rng.random() < 0.1:
                holds.append((f"B-{n}", answered, answered + dt.timedelta(hours=1)))
        with db.unit_of_work() as session:
            session.execute(insert(Ticket), rows)
            if holds:
                keys = [key for key, _a, _b in holds]
                ids = {key: ticket_id for key, ticket_id in session.execute(
                    select(Ticket.external_id, Ticket.id).where(Ticket.source == "bench", Ticket.external_id.in_(keys)))}
                session.execute(insert(TicketHold), [{"ticket_id": ids[key], "start_at": a, "end_at": b}
                                                     for key, a, b in holds])
        written += len(rows)
        print(f"\r{written:,} tickets written", end="", flush=True)
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a register made with slamdesk demo --agreements N")
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--period", default="2026-10")
    args = parser.parse_args()
    chosen = periods.period(args.period)
    with tempfile.TemporaryDirectory(prefix="slamdesk-compliance-") as folder:
        copy = Path(folder) / "bench.db"
        shutil.copyfile(args.db, copy)
        db = Database.open(copy, daily_backup=False)
        began = time.perf_counter()
        fill(db, args.tickets, chosen)
        print(f"filling took {time.perf_counter() - began:.1f} s")
        before = peak_mib()
        began = time.perf_counter()
        figures = portfolio_compliance.portfolio_figures(db, chosen, dt.datetime.now(dt.UTC))
        took = time.perf_counter() - began
        measured = sum(line.tickets for item in figures for line in item.lines)
        print(f"{chosen.name}: {len(figures):,} agreements, {measured:,} of {args.tickets:,} tickets in the period, "
              f"{took:.1f} s (goal <= 10 s); peak memory {peak_mib():.0f} MiB ({before:.0f} MiB before)")
        db.close()


if __name__ == "__main__":
    main()
