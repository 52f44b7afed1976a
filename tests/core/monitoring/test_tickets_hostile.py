"""Tickets from hostile or broken files, and from two importers at once: refused in words, or stored once."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import importing, tickets
from slamdesk.core.roles import Actor
from slamdesk.models import MonitoringImport, Ticket

DATA = Path(__file__).parents[2] / "data" / "tickets"
ROOT = Path(__file__).parents[3]


def count(db: Database, model: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def customers(db: Database) -> dict[str, tuple[str, str]]:
    with db.read() as session:
        return {t.external_id: (t.customer, t.service) for t in session.scalars(select(Ticket))}


def test_formula_looking_text_in_a_csv_is_stored_as_text_and_reported_inert(db: Database, admin: Actor, tmp_path: Path) -> None:
    tickets.import_tickets(db, admin, DATA / "formula.csv")
    assert customers(db) == {"X-1": ("=cmd|' /C calc'!A0", "@SUM(1+1)")}  # a name like any other, never evaluated
    report = tmp_path / "report.csv"
    tickets.bad_rows_csv([importing.BadRow(2, "=cmd|' /C calc'!A0 is odd", "line", "=1+1")], report)
    with report.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle))[1] == ["line 2", "'=1+1", "'=cmd|' /C calc'!A0 is odd"]


def test_an_xlsx_cell_holding_a_formula_is_a_bad_row(db: Database, admin: Actor) -> None:
    with pytest.raises(importing.ImportRefused) as refused:
        tickets.import_tickets(db, admin, DATA / "formula.xlsx")
    assert [str(row) for row in refused.value.rows] == [
        "row 2: a cell holds a formula (\"=cmd|' /C calc'!A0\"): export values, not formulas",
        "row 3: a cell holds a formula ('=HYPERLINK(\"http://evil.example\",\"x\")'): export values, not formulas",
    ]
    assert count(db, Ticket) == 0
    assert tickets.import_tickets(db, admin, DATA / "formula.xlsx", skip_bad=True).added == 1
    assert customers(db) == {"F-3": ("Fjällbacka Rederi AB", "")}


def test_a_ten_megabyte_field_refuses_the_file(db: Database, admin: Actor, tmp_path: Path) -> None:
    huge = "A" * 10_000_000
    file = tmp_path / "huge.csv"
    file.write_text(f"external_id,priority,created,customer\nH-1,P2,2026-10-05T09:00:00Z,ok\nH-2,P2,2026-10-05T09:00:00Z,{huge}\n",
                    encoding="utf-8")
    with pytest.raises(ValidationError, match=r"huge.csv, line 3: a line longer than 1,048,576 bytes"):
        tickets.import_tickets(db, admin, file, skip_bad=True)
    wrapped = tmp_path / "wrapped.csv"  # a quoted value over many short lines
    wrapped.write_text('external_id,priority,created,customer\nW-1,P2,2026-10-05T09:00:00Z,"' + ("B" * 999 + "\n") * 200 + '"\n',
                       encoding="utf-8")
    with pytest.raises(ValidationError, match=r"wrapped.csv, line 2: a value is longer than 131,072 characters"):
        tickets.import_tickets(db, admin, wrapped, skip_bad=True)
    record = tmp_path / "huge.json"
    record.write_text('[{"external_id": "H-1", "priority": "P2", "created": "2026-10-05T09:00:00Z", "customer": "' + huge + '"}]',
                      encoding="utf-8")
    with pytest.raises(ValidationError, match=r"huge.json, line 1: a record longer than 1,048,576 characters"):
        tickets.import_tickets(db, admin, record, skip_bad=True)
    assert count(db, Ticket) == 0 and count(db, MonitoringImport) == 0


def test_a_value_longer_than_its_column_is_a_bad_row(db: Database, admin: Actor, tmp_path: Path) -> None:
    file = tmp_path / "long.csv"
    file.write_text(f"external_id,priority,created,customer\nL-1,P2,2026-10-05T09:00:00Z,{'B' * 5000}\n", encoding="utf-8")
    with pytest.raises(importing.ImportRefused, match=r"line 2: the customer can be at most 200 characters \(this one has 5,000\)"):
        tickets.import_tickets(db, admin, file)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty.csv is empty: it has no header row, and no rows"),
    (b"\n\n  \n", "empty.csv is empty: it has no header row, and no rows"),
])
def test_an_empty_file_is_refused(db: Database, admin: Actor, tmp_path: Path, content: bytes, message: str) -> None:
    file = tmp_path / "empty.csv"
    file.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        tickets.import_tickets(db, admin, file)
    with pytest.raises(ValidationError, match="empty.csv is empty"):
        tickets.import_tickets(db, admin, DATA / "empty.csv")
    (tmp_path / "empty.json").write_bytes(content)
    with pytest.raises(ValidationError, match="empty.json is empty: it holds no JSON"):
        tickets.import_tickets(db, admin, tmp_path / "empty.json")
    assert count(db, MonitoringImport) == 0


def test_a_file_that_is_not_utf8_is_refused_saying_so(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match=r"latin1.csv is not UTF-8 text \(line 2, byte b'\\xe4'\): save it as UTF-8"):
        tickets.import_tickets(db, admin, DATA / "latin1.csv")
    assert count(db, Ticket) == 0


@pytest.mark.parametrize(("name", "content", "message"), [
    ("cut.json", b'[{"external_id": "C-1", "priority": "P2", "created": "2026-10-05T09:00:00Z"}, {"external_id": ',
     "cut.json, line 1: not JSON"),
    ("open.json", b'[{"external_id": "C-1", "priority": "P2", "created": "2026-10-05T09:00:00Z"}\n', "open.json ends before its array"),
    ("fake.xlsx", b"PK\x03\x04 not really a workbook", "fake.xlsx is not an XLSX workbook"),
])
def test_a_broken_file_is_refused_in_words(db: Database, admin: Actor, tmp_path: Path, name: str, content: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        tickets.import_tickets(db, admin, tmp_path / name, skip_bad=True)
    assert count(db, Ticket) == 0


def test_odd_rows_are_bad_rows_with_reasons(db: Database, admin: Actor, tmp_path: Path) -> None:
    file = tmp_path / "odd.csv"
    file.write_text("external_id,priority,created,customer\n"
                    "O-1,P2,2026-10-05T09:00:00Z,Evil\u202eCorp\n"
                    "O-2,P2,2026-10-05T09:00:00Z,ok,extra\n"
                    "O-3,P2,2026-10-05T09:00:00Z,fine\n", encoding="utf-8")
    result = tickets.import_tickets(db, admin, file, skip_bad=True)
    assert [(row.line, row.key) for row in result.skipped] == [(2, "O-1"), (3, "O-2")]
    assert "U+202E" in result.skipped[0].reason and result.skipped[1].reason == "it has 5 values; the header has 4"
    lines = tmp_path / "lines.json"
    lines.write_text('{"external_id": "J-1", "priority": "P2", "created": "2026-10-05T09:00:00Z"}\n[1, 2]\n'
                     '{"external_id": "J-2", "priority": "P2"}\n', encoding="utf-8")
    result = tickets.import_tickets(db, admin, lines, skip_bad=True)
    assert [str(row) for row in result.skipped] == ["line 2: it is not a JSON object", "line 3: it has no 'created'"]
    assert sorted(customers(db)) == ["J-1", "O-3"]


CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from slamdesk.core import users
    from slamdesk.core.db import Database
    from slamdesk.core.monitoring import tickets
    target, file, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    db = Database.open(target, daily_backup=False)
    if mode == "die":
        written, real = [], tickets._write
        def dying(*args):
            refused = real(*args)
            written.append(1)
            if len(written) == 3:
                os.kill(os.getpid(), signal.SIGKILL)
            return refused
        tickets._write = dying
    result = tickets.import_tickets(db, users.get_actor(db), file, batch=10)
    print(result.added, result.unchanged)
""")


def _many(tmp_path: Path, n: int) -> Path:
    file = tmp_path / "many.csv"
    file.write_text("external_id,priority,created\n" + "".join(f"M-{i},P3,2026-10-05T09:00:00Z\n" for i in range(n)),
                    encoding="utf-8")
    return file


def _child(db_target: str | Path, file: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db_target), str(file), mode], cwd=ROOT, env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_an_import_killed_midway_leaves_nothing(db: Database, db_target: str | Path, tmp_path: Path) -> None:
    child = _child(db_target, _many(tmp_path, 100), "die")
    _, err = child.communicate(timeout=60)
    assert child.returncode == -9, err  # killed after three batches of ten were written
    assert count(db, Ticket) == 0 and count(db, MonitoringImport) == 0


def test_two_imports_of_one_file_at_once_store_each_ticket_once(db: Database, db_target: str | Path, tmp_path: Path) -> None:
    file = _many(tmp_path, 300)
    children = [_child(db_target, file, "import") for _ in range(2)]
    outputs = [child.communicate(timeout=60) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    assert sorted(out.split() for out, _ in outputs) == [["0", "300"], ["300", "0"]]  # one added all, the other nothing
    assert count(db, Ticket) == 300 and count(db, MonitoringImport) == 2
    with db.read() as session:
        assert session.scalar(select(func.count(func.distinct(Ticket.external_id)))) == 300
