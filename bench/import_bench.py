#!/usr/bin/env python3
"""Tickets imported per second, and the memory an import takes, for a generated CSV of N tickets.

    python bench/import_bench.py [--tickets 100000] [--db PATH_OR_URL] [--again]

Writes a CSV in the template layout (a fifth of the rows with a time on hold; agreements found
from customer, service and site against the demo portfolio, as a real export would need),
imports it into a new SQLite file beside it (or the empty database ``--db`` names), and prints
the tickets per second and the process's peak resident memory, with the resident memory just
before the import (what the import added is the difference). ``--again`` imports the same
file a second time (nothing changes: every row is compared and left alone) and prints that too.
The file is written row by row, so its size never shows in the memory figures.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from slamdesk.core import demo, users  # noqa: E402
from slamdesk.core.db import Database  # noqa: E402
from slamdesk.core.monitoring import tickets  # noqa: E402

LINES = [  # (customer, service, site) of the demo's signed and active agreements
    ("Fjällbacka Rederi AB", "Service desk", "Göteborg"),
    ("Fjällbacka Rederi AB", "Network monitoring", "Fjällbacka hamn"),
    ("Công ty TNHH Phần mềm Sông Hồng", "Service desk", "Hà Nội"),
    ("PT Nusantara Logistik Sejahtera", "Service desk", "Surabaya"),
]


def write_file(path: Path, count: int) -> None:
    rng = random.Random(2026)
    start = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(tickets.PRESETS["template"].columns.values()))
        for n in range(count):
            customer, service, site = LINES[n % len(LINES)]
            created = start + dt.timedelta(seconds=rng.randrange(0, 270 * 86400))
            first = created + dt.timedelta(minutes=rng.randrange(1, 240))
            resolved = first + dt.timedelta(minutes=rng.randrange(1, 3000)) if rng.random() < 0.9 else None
            hold = ""
            if resolved is not None and rng.random() < 0.2:
                hold = f"{first.isoformat()}/{(first + dt.timedelta(minutes=30)).isoformat()}"
            writer.writerow([f"B-{n}", "", customer, service, site, f"P{rng.randrange(1, 5)}", created.isoformat(),
                             first.isoformat(), resolved.isoformat() if resolved else "", "", hold,
                             rng.randrange(1, 6) if rng.random() < 0.3 else "", ""])


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--db", help="an empty database to import into (default: a new SQLite file)")
    parser.add_argument("--again", action="store_true", help="import the same file a second time too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="slamdesk-import-bench-") as folder:
        os.environ.setdefault("SLAMDESK_DATA_DIR", str(Path(folder) / "data"))
        file = Path(folder) / "tickets.csv"
        began = time.perf_counter()
        write_file(file, args.tickets)
        print(f"wrote {args.tickets:,} tickets ({file.stat().st_size / 1e6:,.1f} MB) in {time.perf_counter() - began:.1f} s")
        db = Database.open(args.db or Path(folder) / "bench.db", daily_backup=False)
        demo.load_demo(db)
        actor = users.get_actor(db)
        before = rss_kib()
        rounds = [("import", tickets.import_tickets)] + ([("again", tickets.import_tickets)] if args.again else [])
        for name, importer in rounds:
            began = time.perf_counter()
            result = importer(db, actor, file)
            seconds = time.perf_counter() - began
            print(f"{name}: {result.added:,} added, {result.unchanged:,} unchanged, {result.unmatched:,} unmatched "
                  f"in {seconds:.1f} s: {args.tickets / seconds:,.0f} tickets per second")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        print(f"memory: {before / 1024:,.0f} MiB resident before the import, peak {peak / 1024:,.0f} MiB "
              f"(the import added at most {(peak - before) / 1024:,.0f} MiB)")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
