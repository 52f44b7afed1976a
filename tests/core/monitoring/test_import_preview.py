"""A file's first rows as an import would read them, before anything is stored (``importing.preview``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import importing, outages, tickets
from slamdesk.models import Ticket

DATA = Path(__file__).parents[2] / "data" / "tickets"


def _count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Ticket)) or 0


def test_the_preview_shows_each_rows_values_and_why_it_would_be_refused(demo_db: Database) -> None:
    before = _count(demo_db)
    layout = tickets.layout_named("template")
    rows = importing.preview(demo_db, DATA / "bad_rows.csv", tickets.kind_for(layout, "Asia/Jakarta"), layout)
    assert [row.line for row in rows][:3] == [2, 3, 4] and rows[0].unit == "line"
    assert rows[0].values["external_id"] == "B-1" and rows[0].problem == ""
    assert rows[1].problem == "the priority 'Extreme' is not one of P1, P2, P3, P4"
    assert "comes before the ticket was created" in rows[2].problem
    assert _count(demo_db) == before  # a preview stores nothing


def test_the_preview_reads_no_further_than_asked_and_names_a_missing_zone(demo_db: Database) -> None:
    layout = tickets.layout_named("template")
    rows = importing.preview(demo_db, DATA / "template.csv", tickets.kind_for(layout, None), layout, limit=3)
    assert len(rows) == 3 and rows[2].values["external_id"] == "T-1003"
    assert "has no time zone" in rows[2].problem and rows[0].problem == ""
    with pytest.raises(ValidationError, match="at least one row"):
        importing.preview(demo_db, DATA / "template.csv", tickets.kind_for(layout, None), layout, limit=0)


def test_outages_preview_with_their_own_layout(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "outages.csv"
    outages.write_template(path)
    layout = outages.layout_named("template")
    (row,) = importing.preview(demo_db, path, outages.kind_for(layout, None), layout)
    assert row.values["service"] == "Network monitoring" and row.problem == ""
