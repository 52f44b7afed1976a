"""Times on hold at their edges (``core.monitoring.holds``): layouts, zones, rows half written, holds that share a start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import holds, importing, tickets
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent
from tests.core.monitoring.test_holds_import import DATA, at, on_hold

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)


def _file(tmp_path: Path, *rows: str, header: str = "ticket_id,start,end") -> Path:
    path = tmp_path / "holds.csv"
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def zendesk(demo_db: Database, admin: Actor) -> Database:
    tickets.import_tickets(demo_db, admin, DATA / "zendesk.json", preset="zendesk")
    return demo_db


def test_a_hold_that_ends_as_it_starts_is_kept_and_two_tickets_may_share_a_start(
    zendesk: Database, admin: Actor, tmp_path: Path
) -> None:
    file = _file(tmp_path, "4711,2026-10-05T08:00:00Z,2026-10-05T08:00:00Z", "4713,2026-10-05T08:00:00Z,2026-10-05T09:00:00Z")
    result = holds.import_holds(zendesk, admin, file, source="zendesk")
    assert (result.added, result.updated, result.unchanged, result.skipped) == (2, 0, 0, ())
    assert on_hold(zendesk) == {"4711": [(at("2026-10-05T08:00"), at("2026-10-05T08:00"))],
                                "4713": [(at("2026-10-05T08:00"), at("2026-10-05T09:00"))]}


def test_a_hold_without_a_ticket_a_start_or_an_end_is_a_bad_row_and_skip_bad_keeps_the_rest(
    zendesk: Database, admin: Actor, tmp_path: Path
) -> None:
    file = _file(tmp_path, ",2026-10-05T08:00:00Z,2026-10-05T09:00:00Z", "4711,2026-10-05T08:00:00Z,",
                 "4711,,2026-10-05T09:00:00Z", "4713,2026-10-07T12:00:00Z,2026-10-07T14:00:00Z",
                 "4712,yesterday,2026-10-05T09:00:00Z")
    result = holds.import_holds(zendesk, admin, file, source="zendesk", skip_bad=True)
    assert [str(row) for row in result.skipped] == [
        "line 2: the ticket ('ticket_id') is missing",
        "line 3: a time on hold has a start and an end",
        "line 4: a time on hold has a start and an end",
        "line 6: 'start' 'yesterday' is not a date and time",
    ]
    assert result.added == 1 and on_hold(zendesk) == {"4713": [(at("2026-10-07T12:00"), at("2026-10-07T14:00"))]}


def test_times_without_a_zone_are_read_in_the_one_given(zendesk: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, "4711,2026-10-05 10:00,2026-10-05 11:00")
    with pytest.raises(ValidationError, match="line 2, 'start': '2026-10-05 10:00' has no time zone"):
        holds.import_holds(zendesk, admin, file, source="zendesk")
    holds.import_holds(zendesk, admin, file, source="zendesk", timezone="Europe/Stockholm")
    assert on_hold(zendesk) == {"4711": [(at("2026-10-05T08:00"), at("2026-10-05T09:00"))]}


def test_a_layout_is_the_template_by_any_case_a_layout_given_or_one_kept_in_a_file(
    zendesk: Database, admin: Actor, tmp_path: Path
) -> None:
    assert holds.import_holds(zendesk, admin, DATA / "holds.csv", source="zendesk", preset="TEMPLATE").added == 3
    other = tmp_path / "paused.csv"
    other.write_text("Ticket,From,Until\n4712,06/10/2026 02:10,06/10/2026 02:20\n", encoding="utf-8")
    layout = importing.Layout("paused", {"ticket_id": "Ticket", "start": "From", "end": "Until"}, holds.FIELDS,
                              time_formats=("%d/%m/%Y %H:%M",))
    assert holds.import_holds(zendesk, admin, other, source="zendesk", preset=layout, timezone="UTC").added == 1
    kept = tmp_path / "paused.json"
    importing.save_layout(layout, kept)
    assert holds.import_holds(zendesk, admin, other, source="zendesk", preset=str(kept), timezone="UTC").unchanged == 1
    assert on_hold(zendesk)["4712"] == [(at("2026-10-06T02:10"), at("2026-10-06T02:20"))]


def test_an_unknown_layout_is_refused_naming_it(zendesk: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="no layout 'zendesk' for times on hold: template, or a layout file .json") as refused:
        holds.import_holds(zendesk, admin, DATA / "holds.csv", source="zendesk", preset="zendesk")
    assert refused.value.field == "preset"


def test_a_changed_hold_is_audited_on_its_import_with_the_ticket_and_both_ends(
    zendesk: Database, admin: Actor, tmp_path: Path
) -> None:
    holds.import_holds(zendesk, admin, DATA / "holds.csv", source="zendesk")
    changed = holds.import_holds(zendesk, admin, _file(tmp_path, "4713,2026-10-07T12:00:00Z,2026-10-07T15:00:00Z"),
                                 source="zendesk")
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 0)
    with zendesk.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "ticket.hold")).one()
    assert (event.entity_type, event.entity_id) == ("monitoring_import", changed.import_id)
    detail = json.loads(event.detail)
    assert detail["source"] == "zendesk"
    assert [(h["external_id"], h["start"], h["end_at"]) for h in detail["holds"]] == [
        ("4713", "2026-10-07 12:00:00+00:00", ["2026-10-07 14:00:00+00:00", "2026-10-07 15:00:00+00:00"])]
    assert on_hold(zendesk)["4713"] == [(at("2026-10-07T12:00"), at("2026-10-07T15:00"))]
    assert on_hold(zendesk)["4711"][1] == (at("2026-10-05T11:00"), at("2026-10-05T11:30"))  # the others as they were


def test_holds_in_small_batches_are_stored_the_same(zendesk: Database, admin: Actor) -> None:
    result = holds.import_holds(zendesk, admin, DATA / "holds.csv", source="zendesk", batch=1)
    assert result.added == 3 and len(on_hold(zendesk)["4711"]) == 2


def test_a_source_is_at_most_forty_characters(zendesk: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="^the source can be at most 40 characters") as refused:
        holds.import_holds(zendesk, admin, DATA / "holds.csv", source="z" * 41)
    assert refused.value.field == "source"
    with pytest.raises(importing.ImportRefused, match="no ticket '4711' from '" + "z" * 40 + "' is stored"):
        holds.import_holds(zendesk, admin, DATA / "holds.csv", source="z" * 40)
