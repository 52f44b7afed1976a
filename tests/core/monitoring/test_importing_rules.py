"""What every import follows (``core.monitoring.importing``), seen through outages: what the module offers, how a refusal
lists its rows, who may import (as stored, not as claimed), broken rows, the ids of bad rows, unmatched counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.monitoring import importing, outages
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, User
from tests.core.monitoring.test_outages_edges import _file, _ours

GOOD = "X-1,,Mail,,,2026-10-06T01:00Z,,"


def test_a_star_import_brings_what_the_kinds_of_import_use() -> None:
    names: dict[str, object] = {}
    exec("from slamdesk.core.monitoring.importing import *", names)  # noqa: S102 - what a caller's star import gets
    assert {name for name in names if not name.startswith("__")} == {
        "BATCH", "MAX_FIELD", "MAX_LINE", "MAX_RECORD", "BadRow", "Counts", "ImportRefused", "Kind", "Layout", "Result",
        "RowError", "instant", "minutes", "number", "read_layout", "run", "save_layout", "words", "write_rows", "zone"}


def test_a_bad_row_is_on_a_line_unless_told_otherwise_and_has_no_id_unless_given() -> None:
    row = importing.BadRow(7, "no ticket")
    assert (str(row), row.key) == ("line 7: no ticket", "")
    assert str(importing.BadRow(7, "no ticket", "row", "T-1")) == "row 7: no ticket"


def test_a_refusal_lists_each_bad_row_on_its_own_line(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(importing.ImportRefused) as refused:
        outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,,,,,2026-10-06T01:00Z,,", "X-2,,Mail,,,,,"))
    assert str(refused.value) == ("o.csv was not imported: 2 bad rows (fix them, or import the rest with --skip-bad):\n"
                                  "  line 2: the service ('service') is missing\n  line 3: the start ('start') is missing")


def test_a_hundred_bad_rows_are_all_named_and_none_is_said_to_be_more(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(importing.ImportRefused) as refused:
        outages.import_outages(demo_db, admin, _file(tmp_path, *[f"X-{n},,,,,2026-10-06T01:00Z,," for n in range(100)]))
    message = str(refused.value)
    assert message.endswith("  line 101: the service ('service') is missing") and "more" not in message


def test_someone_who_may_not_import_is_refused_before_the_file_is_looked_at(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied, match="cannot import outages"):
        outages.import_outages(demo_db, people["budi"], tmp_path / "gone.csv")


def test_the_stored_role_decides_not_the_one_claimed(demo_db: Database, people: dict[str, Actor], tmp_path: Path) -> None:
    anna = people["anna"]  # a representative when she opened the app; a quality checker since
    with demo_db.unit_of_work() as session:
        session.execute(update(User).where(User.id == anna.id).values(role="quality_checker"))
    with pytest.raises(PermissionDenied, match="is a quality checker, not a representative; sign in again"):
        outages.import_outages(demo_db, anna, _file(tmp_path, GOOD))
    assert _ours(demo_db) == {}


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("o.csv", "outage_id,agreement,service,site,region,start,end,planned\nX-1,,Mail,,,2026-10-06T01:00Z,,,extra\n",
     "line 2: it has 9 values; the header has 8"),
    ("o.jsonl", '{"outage_id": "X-1", "service": "Mail", "start": "2026-10-06T01:00Z"}\n["X-2", "Mail"]\n',
     "line 2: it is not a JSON object"),
])
def test_a_broken_row_is_a_bad_row_whatever_its_values(
    demo_db: Database, admin: Actor, tmp_path: Path, name: str, content: str, reason: str
) -> None:
    file = tmp_path / name
    file.write_text(content, encoding="utf-8")
    result = outages.import_outages(demo_db, admin, file, skip_bad=True)
    assert [str(row) for row in result.skipped] == [reason]


def test_a_bad_rows_id_is_reported_only_when_it_can_be_read(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, f"{'i' * 121},,Mail,,,2026-10-06T01:00Z,,", "X\x07,,Mail,,,2026-10-06T01:00Z,,", "X-3,,Mail,,,,,",
                 GOOD, GOOD)
    result = outages.import_outages(demo_db, admin, file, skip_bad=True)
    assert [(row.line, row.key) for row in result.skipped] == [(2, ""), (3, ""), (4, "X-3"), (6, "X-1")]
    assert "is also on line 5" in result.skipped[-1].reason


def test_outages_are_never_unmatched(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    assert outages.import_outages(demo_db, admin, _file(tmp_path, GOOD)).unmatched == 0


def test_a_change_to_more_rows_than_a_batch_is_audited_once_a_batch_of_five_thousand(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    rows = [f"X-{n},,Mail,,,2026-10-06T01:00Z,," for n in range(importing.BATCH + 1)]
    outages.import_outages(db, admin, _file(tmp_path, *rows))
    changed = outages.import_outages(db, admin, _file(tmp_path, *(row.replace("Mail", "Web") for row in rows)))
    assert changed.updated == 5_001
    with db.read() as session:
        events = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "outage.update")).all()
    assert [len(json.loads(detail)["outages"]) for detail in events] == [5_000, 1]


def test_progress_is_told_the_rows_read_after_each_batch_and_at_the_end_bad_rows_counted_too(
    demo_db: Database, admin: Actor, tmp_path: Path,
) -> None:
    rows = [f"X-{n},,Mail,,,2026-10-06T01:00Z,," for n in range(7)] + ["X-7,,,,,2026-10-06T01:00Z,,"]  # the last bad
    told: list[int] = []
    result = outages.import_outages(demo_db, admin, _file(tmp_path, *rows), batch=3, skip_bad=True, progress=told.append)
    assert told == [3, 6, 8] and result.added == 7 and len(result.skipped) == 1
    told.clear()
    with pytest.raises(importing.ImportRefused):  # refused whole: told how far it read, nothing stored
        outages.import_outages(demo_db, admin, _file(tmp_path, *rows), batch=5, progress=told.append)
    assert told == [5, 8]
    assert outages.import_outages(demo_db, admin, _file(tmp_path, GOOD)).unchanged == 1  # no progress asked: the same
