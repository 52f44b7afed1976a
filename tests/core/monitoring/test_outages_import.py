"""Importing outages (``core.monitoring.outages``): the template and a plain layout, all or nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import importing, outages
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AuditEvent, MonitoringImport, Outage

DATA = Path(__file__).parents[2] / "data" / "outages"
DEMO = "demo"  # the demo portfolio's own outages (core.monitoring.demo_tickets): not what these tests import


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def stored(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        numbers = dict(session.execute(select(Agreement.id, Agreement.number)).all())
        return sorted(
            (o.source, o.service, o.site, o.region, o.started_at, o.ended_at, o.planned, numbers.get(o.agreement_id or 0))
            for o in session.scalars(select(Outage).where(Outage.source != DEMO))
        )


def count(db: Database, model: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(model.source != DEMO)) or 0)


def test_the_template_is_stored_with_sites_regions_and_planned(demo_db: Database, admin: Actor) -> None:
    result = outages.import_outages(demo_db, admin, DATA / "template.csv", timezone="Europe/Stockholm")
    assert (result.added, result.skipped) == (3, ())
    assert stored(demo_db) == [
        ("template", "Network monitoring", "", "Västra Götaland", at("2026-10-10T23:00"), at("2026-10-11T01:00"), True,
         "SLA-2026-0001"),
        ("template", "Network monitoring", "Fjällbacka hamn", "", at("2026-10-06T01:50"), at("2026-10-06T02:35"), False,
         "SLA-2026-0001"),
        ("template", "Service desk", "", "", at("2026-10-20T06:00"), None, False, None),  # still going on
    ]


def test_the_plain_layout_and_json_read_the_same_outages(demo_db: Database, admin: Actor) -> None:
    outages.import_outages(demo_db, admin, DATA / "plain.csv", preset="plain", timezone="Europe/Stockholm")
    outages.import_outages(demo_db, admin, DATA / "outages.json")
    plain = [row[1:7] for row in stored(demo_db) if row[0] == "plain"]
    assert plain == [
        ("Network monitoring", "Fjällbacka hamn", "", at("2026-10-06T01:50"), at("2026-10-06T02:35"), False),
        ("Network monitoring", "Fjällbacka hamn", "", at("2026-10-10T23:00"), at("2026-10-11T01:00"), True),
    ]
    assert sorted(row[4:7] for row in stored(demo_db) if row[0] == "template") == [
        (at("2026-10-06T01:50"), at("2026-10-06T02:35"), False), (at("2026-10-10T23:00"), at("2026-10-11T01:00"), True)]


def test_reimporting_adds_nothing_even_without_ids_and_a_change_is_audited(
    demo_db: Database, admin: Actor, tmp_path: Path,
) -> None:
    outages.import_outages(demo_db, admin, DATA / "plain.csv", preset="plain", timezone="Europe/Stockholm")
    again = outages.import_outages(demo_db, admin, DATA / "plain.csv", preset="plain", timezone="Europe/Stockholm")
    assert (again.added, again.unchanged) == (0, 2) and count(demo_db, Outage) == 2
    longer = tmp_path / "plain.csv"
    longer.write_text((DATA / "plain.csv").read_text(encoding="utf-8").replace("2026-10-06 04:35", "2026-10-06 05:10"),
                      encoding="utf-8")
    third = outages.import_outages(demo_db, admin, longer, preset="plain", timezone="Europe/Stockholm")
    assert (third.added, third.updated, third.unchanged) == (0, 1, 1)
    assert stored(demo_db)[0][5] == at("2026-10-06T03:10")
    with demo_db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "outage.update")).one()
        summaries = [e for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "outages.import"))
                     if json.loads(e.detail)["source"] != DEMO]
    changed = json.loads(event.detail)["outages"]
    assert [list(one["changed"]) for one in changed.values()] == [["ended_at"]] and len(summaries) == 3


def test_bad_outage_rows_refuse_the_file_or_are_skipped(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(importing.ImportRefused) as refused:
        outages.import_outages(demo_db, admin, DATA / "bad.csv", preset="plain", timezone="Europe/Stockholm")
    assert [str(row) for row in refused.value.rows] == [
        "line 2: the outage ends (2026-10-06 01:50 UTC) before it starts (2026-10-06 02:35 UTC)",
        "line 3: the service ('Service') is missing",
        "line 4: planned is 'sometimes'; write yes or no (planned, maintenance; unplanned, incident)",
    ]
    assert count(demo_db, Outage) == 0 and count(demo_db, MonitoringImport) == 0
    result = outages.import_outages(demo_db, admin, DATA / "bad.csv", preset="plain", timezone="Europe/Stockholm", skip_bad=True)
    assert result.added == 1 and [row.line for row in result.skipped] == [2, 3, 4]


def test_an_unknown_agreement_or_layout_is_refused(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = tmp_path / "o.csv"
    file.write_text("outage_id,agreement,service,start,end\nX,SLA-1999-0001,Mail,2026-10-06T01:00Z,\n", encoding="utf-8")
    with pytest.raises(importing.ImportRefused, match="line 2: no agreement 'SLA-1999-0001'"):
        outages.import_outages(demo_db, admin, file)
    with pytest.raises(ValidationError, match="no outage layout 'statuspage': the layouts are template, plain"):
        outages.import_outages(demo_db, admin, file, preset="statuspage")


def test_the_template_file_imports_as_written(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    outages.write_template(tmp_path / "outages.csv")
    assert (tmp_path / "outages.csv").read_text(encoding="utf-8").splitlines()[0] == (
        "outage_id,agreement,service,site,region,start,end,planned")
    assert outages.import_outages(demo_db, admin, tmp_path / "outages.csv").added == 1


def test_outages_come_back_for_a_period_a_service_or_an_agreement(demo_db: Database, admin: Actor) -> None:
    outages.import_outages(demo_db, admin, DATA / "template.csv", timezone="Europe/Stockholm")
    october = (at("2026-10-01T00:00"), at("2026-11-01T00:00"))

    def ours(*period: dt.datetime, **which: str) -> list[tuple[str, dt.datetime | None]]:
        return [(o.key, o.end) for o in outages.outages_for(demo_db, *period, **which) if o.key.startswith("O-")]

    assert ours(*october) == [("O-1", at("2026-10-06T02:35")), ("O-2", at("2026-10-11T01:00")), ("O-3", None)]
    assert [key for key, _ in ours(*october, number="SLA-2026-0001")] == ["O-1", "O-2"]
    assert [key for key, _ in ours(*october, service="Service desk")] == ["O-3"]
    assert {o.service for o in outages.outages_for(demo_db, *october, service="Service desk")} == {"Service desk"}
    # overlapping the period counts; ending exactly at its start does not; one still going on counts later too
    assert [key for key, _ in ours(at("2026-10-06T02:35"), at("2026-10-11T00:00"))] == ["O-2"]
    assert [key for key, _ in ours(at("2026-12-01T00:00"), at("2027-01-01T00:00"))] == ["O-3"]
    assert ours(at("2026-09-01T00:00"), at("2026-10-01T00:00")) == []
