#!/usr/bin/env python3
"""Which tests the suite runs again on PostgreSQL: enough of them to send every statement the whole suite sends.

    python tools/postgresql_cover.py [--workers 2] [--from FOLDER]

Every test that uses a database runs on SQLite. On PostgreSQL the suite once ran each of them a second time, and
about half of that second half only sent the server statements other tests had already sent (a use case read the
same way, the same rows written; what the test then checked was computed in Python). This tool runs every
PostgreSQL test once with ``tests/statements.py`` recording what each one sends, and keeps on PostgreSQL:

- every test that starts processes or threads of its own (two writers at once, a process killed midway, the
  command line in a process of its own): what they prove is how the server takes them, and what those processes
  send is not seen here;
- every test marked ``postgresql_only`` (it has no SQLite twin), and every test of a module marked
  ``both_backends``: what those check is how the database answers (queries' order, filters and search) or what it
  lets through (forgeries, lost updates, the audit chain), which the same statement can answer differently for
  other rows;
- then, cheapest first for what they add, tests until every statement any test sent is sent by a kept test; a kept
  test whose statements the others send after all is left out again.

The rest are written to ``tests/postgresql_covered.txt``: each runs on SQLite only, and tests/conftest.py leaves its
PostgreSQL twin out of the run. A test not in the file (a new one, a renamed one) runs on both. Run this again when
tests are added, removed or renamed, or when a use case reads or writes differently; ``--from`` takes the records
of an earlier run instead of running the tests again.

Only the standard library is used; pytest runs with the interpreter running this script.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COVERED = ROOT / "tests" / "postgresql_covered.txt"
HEADER = """\
# PostgreSQL twins left out of the run: every statement each of these tests sends on PostgreSQL is sent by a test
# that still runs there, and none of them starts processes or threads of its own. Written by
# tools/postgresql_cover.py (read it for the rule); each test listed here still runs on SQLite.
"""


@dataclass(frozen=True)
class Record:
    test: str
    statements: frozenset[str]
    seconds: float
    must_run: bool  # starts processes or threads, runs on PostgreSQL only, or its module is marked both_backends


def run_tests(folder: Path, workers: int) -> None:
    """Every PostgreSQL test once, with the statement recorder."""
    environment = dict(os.environ, SLAMDESK_TEST_STATEMENTS=str(folder), SLAMDESK_TEST_EVERY_POSTGRESQL="1",
                       QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", str(workers),
               "-k", "postgresql", str(ROOT / "tests")]
    completed = subprocess.run(command, cwd=ROOT, env=environment, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"the tests failed (exit {completed.returncode}): no cover is written from a failing run")


def read(folder: Path) -> list[Record]:
    records = {}
    for path in sorted(folder.glob("statements-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            if raw["backend"] != "postgresql":
                continue
            records[raw["id"]] = Record(raw["id"], frozenset(raw["statements"]), float(raw["seconds"]),
                                        bool(raw["own_processes"] or raw["postgresql_only"]
                                             or raw.get("both_backends")))
    return sorted(records.values(), key=lambda record: record.test)


def cover(records: list[Record]) -> tuple[list[Record], list[Record]]:
    """(kept, left out): the kept tests send every statement any of them sends."""
    kept = [record for record in records if record.must_run]
    sent = set().union(*(record.statements for record in kept)) if kept else set()
    wanted = set().union(*(record.statements for record in records)) - sent
    candidates = [record for record in records if not record.must_run]
    while wanted:
        best = max(candidates, key=lambda record: (len(record.statements & wanted) / (record.seconds + 0.01),
                                                   record.test))
        kept.append(best)
        candidates.remove(best)
        wanted -= best.statements
    # A test picked early whose statements the later picks all send adds nothing: left out again, dearest first.
    for record in sorted(kept, key=lambda record: -record.seconds):
        if record.must_run:
            continue
        others = [other for other in kept if other is not record]
        if record.statements <= set().union(*(other.statements for other in others)):
            kept = others
    names = {record.test for record in kept}
    return kept, [record for record in records if record.test not in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--from", dest="source", type=Path, help="a folder of records from an earlier run")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="slamdesk-cover-") as temporary:
        folder = options.source or Path(temporary)
        if options.source is None:
            run_tests(folder, options.workers)
        records = read(folder)
    if not records:
        raise SystemExit("no PostgreSQL test was recorded")
    kept, left_out = cover(records)
    statements = set().union(*(record.statements for record in records))
    COVERED.write_text(HEADER + "".join(f"{record.test}\n" for record in left_out), encoding="utf-8")
    seconds = sum(record.seconds for record in records)
    kept_seconds = sum(record.seconds for record in kept)
    print(f"{len(records)} PostgreSQL tests, {seconds:.0f} s, sent {len(statements)} distinct statements")
    print(f"kept on PostgreSQL: {len(kept)} tests, {kept_seconds:.0f} s "
          f"({sum(record.must_run for record in kept)} of them start processes or threads, run there only, "
          "or are marked both_backends)")
    print(f"left out: {len(left_out)} tests, {seconds - kept_seconds:.0f} s, written to {COVERED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
