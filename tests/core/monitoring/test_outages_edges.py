"""Outages at their edges (``core.monitoring.outages``): planned words, ids made from what an outage is, changes audited."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, ValidationError
from slamdesk.core.monitoring import importing, outages
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AuditEvent, Outage
from tests.core.monitoring.test_outages_import import DATA, at

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

HEADER = "outage_id,agreement,service,site,region,start,end,planned"


def _file(tmp_path: Path, *rows: str, header: str = HEADER, name: str = "o.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


def _ours(db: Database, source: str = "template") -> dict[str, Outage]:
    with db.read() as session:
        return {o.external_id: o for o in session.scalars(select(Outage).where(Outage.source == source))}


@pytest.mark.parametrize(("word", "planned"), [
    ("yes", True), ("Y", True), ("TRUE", True), ("1", True), ("Planned", True), ("maintenance", True),
    ("no", False), ("n", False), ("false", False), ("0", False), ("unplanned", False), ("Incident", False),
    ("outage", False), ("", False),
])
def test_each_word_for_planned_or_not_is_read(demo_db: Database, admin: Actor, tmp_path: Path, word: str, planned: bool) -> None:
    outages.import_outages(demo_db, admin, _file(tmp_path, f"X-1,,Mail,,,2026-10-06T01:00Z,,{word}"))
    assert _ours(demo_db)["X-1"].planned is planned


def test_rows_without_ids_are_told_apart_by_service_site_region_and_start(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    rows = [",,Mail,,,2026-10-06T01:00Z,,", ",,Mail,Lund,,2026-10-06T01:00Z,,", ",,Mail,,Skåne,2026-10-06T01:00Z,,",
            ",,Web,,,2026-10-06T01:00Z,,", ",,Mail,,,2026-10-06T01:01Z,,"]
    assert outages.import_outages(demo_db, admin, _file(tmp_path, *rows)).added == 5
    keys = list(_ours(demo_db))
    assert all(key.startswith("auto-") and len(key) == 45 for key in keys)
    assert outages.import_outages(demo_db, admin, _file(tmp_path, *rows[::-1])).unchanged == 5


def test_an_outage_without_a_start_is_a_bad_row_and_one_that_ends_as_it_starts_is_kept(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    file = _file(tmp_path, "X-1,,Mail,,,,2026-10-06T01:00Z,", "X-2,,Mail,,,2026-10-06T01:00Z,2026-10-06T01:00Z,")
    result = outages.import_outages(demo_db, admin, file, skip_bad=True)
    assert [str(row) for row in result.skipped] == ["line 2: the start ('start') is missing"]
    assert _ours(demo_db)["X-2"].ended_at == at("2026-10-06T01:00")


def test_every_value_of_a_changed_outage_is_updated_and_audited_before_and_after(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    first = outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,SLA-2026-0001,Mail,Lund,Skåne,2026-10-06T01:00Z,,no",
                                                         "X-2,,Web,,,2026-10-06T01:00Z,,no"))
    assert (first.added, first.updated) == (2, 0)
    second = outages.import_outages(demo_db, admin, _file(
        tmp_path, "X-1,SLA-2026-0002,Web,Malmö,Scania,2026-10-06T02:00Z,2026-10-06T03:00Z,yes", "X-2,,Web,,,2026-10-06T01:00Z,,no"))
    assert (second.added, second.updated, second.unchanged) == (0, 1, 1)
    with demo_db.read() as session:
        numbers = dict(session.execute(select(Agreement.id, Agreement.number)).all())
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "outage.update")).one()
    outage = _ours(demo_db)["X-1"]
    assert (numbers[outage.agreement_id], outage.service, outage.site, outage.region, outage.started_at, outage.ended_at,
            outage.planned, outage.import_id) == (
        "SLA-2026-0002", "Web", "Malmö", "Scania", at("2026-10-06T02:00"), at("2026-10-06T03:00"), True, second.import_id)
    assert _ours(demo_db)["X-2"].import_id == first.import_id
    assert (event.entity_type, event.entity_id) == ("monitoring_import", second.import_id)
    detail = json.loads(event.detail)
    assert detail["source"] == "template" and list(detail["outages"]) == ["X-1"]
    changed = detail["outages"]["X-1"]
    assert changed["id"] == outage.id
    assert sorted(changed["changed"]) == ["agreement_id", "ended_at", "planned", "region", "service", "site", "started_at"]
    assert changed["changed"]["site"] == ["Lund", "Malmö"] and changed["changed"]["planned"] == [False, True]


def test_the_same_id_from_another_source_is_another_outage(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, "X-1,,Mail,,,2026-10-06T01:00Z,,")
    outages.import_outages(demo_db, admin, file)
    other = outages.import_outages(demo_db, admin, file, source="statuspage")
    assert other.added == 1 and list(_ours(demo_db, "statuspage")) == ["X-1"]


def test_the_template_written_is_its_header_and_an_example_row(tmp_path: Path) -> None:
    outages.write_template(tmp_path / "o.csv")
    with (tmp_path / "o.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [HEADER.split(","), ["O-1", "SLA-2026-0001", "Network monitoring", "Fjällbacka hamn", "",
                                        "2026-10-06T03:50:00+02:00", "2026-10-06T04:35:00+02:00", "no"]]


def test_a_layout_is_named_in_any_case_given_or_kept_in_a_file(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    assert outages.layout_named("PLAIN").name == "plain"
    kept = tmp_path / "mine.json"
    importing.save_layout(outages.PRESETS["plain"], kept)
    assert outages.layout_named(str(kept)).columns == outages.PRESETS["plain"].columns
    result = outages.import_outages(demo_db, admin, DATA / "plain.csv", preset=outages.PRESETS["plain"], timezone="UTC")
    assert result.added == 2 and len(_ours(demo_db, "plain")) == 2
    with pytest.raises(ValidationError) as refused:
        outages.layout_named("nagios")
    assert refused.value.field == "preset"


def test_outages_of_a_period_need_zoned_bounds_and_a_known_agreement(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,,Mail,,,2026-10-31T23:00Z,,", "X-2,,Mail,,,2026-11-01T00:00Z,,"))
    october = (at("2026-10-01T00:00"), at("2026-11-01T00:00"))
    assert [o.key for o in outages.outages_for(demo_db, *october, service="Mail")] == ["X-1"]  # X-2 starts as it ends
    with pytest.raises(ValidationError, match="need a time zone") as refused:
        outages.outages_for(demo_db, dt.datetime(2026, 10, 1), october[1])
    assert refused.value.field == "period"
    with pytest.raises(ValidationError, match="need a time zone"):
        outages.outages_for(demo_db, october[0], dt.datetime(2026, 11, 1))
    with pytest.raises(NotFoundError, match="no agreement 'SLA-1999-0001'"):
        outages.outages_for(demo_db, *october, number="SLA-1999-0001")
