"""What every import follows (``core.monitoring.importing``), seen through the smallest kind, times on hold.

A refused file's message, the batch size, a file that cannot be read, the record and audit event of an import.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.monitoring import holds, importing, tickets
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, MonitoringImport
from tests.core.monitoring.test_holds_import import DATA, on_hold

GOOD = "4711,2026-10-05T08:00:00Z,2026-10-05T09:00:00Z"


def _file(tmp_path: Path, *rows: str, name: str = "holds.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(("ticket_id,start,end", *rows)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def zendesk(demo_db: Database, admin: Actor) -> Database:
    tickets.import_tickets(demo_db, admin, DATA / "zendesk.json", preset="zendesk")
    return demo_db


def test_one_bad_row_is_named_in_the_singular(zendesk: Database, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(importing.ImportRefused) as refused:
        holds.import_holds(zendesk, admin, _file(tmp_path, GOOD, "4711,2026-10-05T10:00:00Z,"), source="zendesk")
    assert str(refused.value) == ("holds.csv was not imported: 1 bad row (fix them, or import the rest with --skip-bad):\n"
                                  "  line 3: a time on hold has a start and an end")
    assert refused.value.field == "file"


def test_a_refusal_names_the_first_hundred_bad_rows_and_counts_the_rest(zendesk: Database, admin: Actor, tmp_path: Path) -> None:
    bad = [f"9{n:03d},2026-10-05T08:00:00Z,2026-10-05T09:00:00Z" for n in range(102)]
    with pytest.raises(importing.ImportRefused) as refused:
        holds.import_holds(zendesk, admin, _file(tmp_path, *bad), source="zendesk")
    message = str(refused.value)
    assert message.startswith("holds.csv was not imported: 102 bad rows (fix them")
    assert "  line 101: no ticket '9099'" in message and "line 102:" not in message
    assert message.endswith("  line 101: no ticket '9099' from 'zendesk' is stored\n  ... and 2 more")
    assert len(refused.value.rows) == 102 and refused.value.rows[-1].key == "9101 2026-10-05T08:00:00+00:00"


def test_a_row_repeated_before_a_bad_row_is_listed_in_file_order(zendesk: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, GOOD, GOOD, "4712,soon,2026-10-05T09:00:00Z")
    with pytest.raises(importing.ImportRefused) as refused:
        holds.import_holds(zendesk, admin, file, source="zendesk")
    assert [(row.line, row.unit) for row in refused.value.rows] == [(3, "line"), (4, "line")]
    assert refused.value.rows[1].key == "4712"  # the id, as far as a bad row can be read


def test_a_batch_is_at_least_one_row(zendesk: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="a batch is at least one row") as refused:
        holds.import_holds(zendesk, admin, DATA / "holds.csv", source="zendesk", batch=0)
    assert refused.value.field == "batch"
    assert holds.import_holds(zendesk, admin, DATA / "holds.csv", source="zendesk", batch=1).added == 3


def test_a_file_that_cannot_be_read_is_refused_naming_it(zendesk: Database, admin: Actor, tmp_path: Path) -> None:
    missing = tmp_path / "gone.csv"
    with pytest.raises(ValidationError, match=f"No such file or directory: {missing}") as refused:
        holds.import_holds(zendesk, admin, missing, source="zendesk")
    assert refused.value.field == "file"


def test_only_importers_import_and_nothing_is_read_for_anyone_else(zendesk: Database, people: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied, match="import holds"):
        holds.import_holds(zendesk, people["budi"], DATA / "holds.csv", source="zendesk")
    assert holds.import_holds(zendesk, people["anna"], DATA / "holds.csv", source="zendesk").added == 3


def test_an_import_is_recorded_and_audited_with_its_file_and_counts(zendesk: Database, admin: Actor, tmp_path: Path) -> None:
    name = "Öppna ärenden oktober.csv"
    file = _file(tmp_path, GOOD, "9999,2026-10-05T08:00:00Z,2026-10-05T09:00:00Z", name=name)
    result = holds.import_holds(zendesk, admin, file, source="zendesk", skip_bad=True)
    assert [(row.line, row.key) for row in result.skipped] == [(3, "9999 2026-10-05T08:00:00+00:00")]
    with zendesk.read() as session:
        record = session.get(MonitoringImport, result.import_id)
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "holds.import")).one()
    assert record is not None
    assert (record.kind, record.source, record.file_name, record.added, record.updated, record.unchanged, record.skipped) == (
        "holds", "zendesk", name, 1, 0, 0, 1)
    assert record.actor_id == admin.id and len(record.sha256) == 64
    assert (event.entity_type, event.entity_id) == ("monitoring_import", result.import_id)
    detail = json.loads(event.detail)
    assert {key: detail[key] for key in ("file", "sha256", "source", "layout", "added", "updated", "unchanged", "skipped")} == {
        "file": name, "sha256": record.sha256, "source": "zendesk", "layout": "template", "added": 1, "updated": 0,
        "unchanged": 0, "skipped": 1}
    again = holds.import_holds(zendesk, admin, file, source="zendesk", skip_bad=True)
    assert (again.added, again.unchanged, len(again.skipped)) == (0, 1, 1)
    assert list(on_hold(zendesk)) == ["4711"] and len(on_hold(zendesk)["4711"]) == 1
