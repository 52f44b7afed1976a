#!/usr/bin/env python3
"""Deadlines and elapsed business time per second on a two-interval calendar with a year of holidays.

    python bench/calendar_bench.py [--pairs 1000000]

Random (start, duration) pairs over 2026-2027 in Stockholm office hours (08:00-12:00,
13:00-17:00, Swedish public holidays off); prints how many ``deadline`` and how many
``elapsed`` computations run per second (goal: 100,000 or more), and checks that each
elapsed(start, deadline(start, n)) is n.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from slamdesk.core.monitoring.calendars import calendar, deadline, elapsed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=1_000_000)
    args = parser.parse_args()
    zone = ZoneInfo("Europe/Stockholm")
    office = calendar("Europe/Stockholm", {d: ["08:00-12:00", "13:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")},
                      country="SE")
    rng = random.Random(2026)
    origin = dt.datetime(2026, 1, 1, tzinfo=zone).timestamp()
    starts = [dt.datetime.fromtimestamp(origin + rng.randrange(0, 365 * 86400), zone) for _ in range(args.pairs)]
    durations = [rng.randrange(0, 5 * 86400) for _ in range(args.pairs)]  # up to five days of business time
    elapsed(office, starts[0], starts[0] + dt.timedelta(days=800))  # lay out the years once, as a running app has

    began = time.perf_counter()
    dues = [deadline(office, start, seconds) for start, seconds in zip(starts, durations)]
    deadline_rate = args.pairs / (time.perf_counter() - began)

    began = time.perf_counter()
    spent = [elapsed(office, start, due) for start, due in zip(starts, dues)]
    elapsed_rate = args.pairs / (time.perf_counter() - began)

    assert spent == durations, "elapsed(start, deadline(start, n)) is not n"
    print(f"{'pairs':<24}{args.pairs:>12,}")
    print(f"{'deadlines per second':<24}{deadline_rate:>12,.0f}   (goal 100,000)")
    print(f"{'elapsed per second':<24}{elapsed_rate:>12,.0f}   (goal 100,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
