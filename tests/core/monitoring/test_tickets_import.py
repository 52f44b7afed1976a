"""Importing tickets (``core.monitoring.tickets``): real exports in each preset's layout, all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import json
import locale
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.monitoring import compliance, importing, tickets
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AuditEvent, MonitoringImport, Ticket, TicketHold

DATA = Path(__file__).parents[2] / "data" / "tickets"
UTC = dt.UTC
DEMO = "demo"  # the demo portfolio's own tickets (core.monitoring.demo_tickets): not what these tests import


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def stored(db: Database) -> dict[str, dict[str, Any]]:
    """Every stored ticket by id, with its agreement's number and holds."""
    with db.read() as session:
        numbers = dict(session.execute(select(Agreement.id, Agreement.number)).all())
        holds: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
        for hold in session.scalars(select(TicketHold).order_by(TicketHold.start_at)):
            holds.setdefault(hold.ticket_id, []).append((hold.start_at, hold.end_at))
        return {
            t.external_id: {
                "source": t.source, "agreement": numbers.get(t.agreement_id) if t.agreement_id else None,
                "customer": t.customer, "service": t.service, "site": t.site, "priority": t.priority,
                "created": t.created_at, "first_response": t.first_response_at, "resolved": t.resolved_at,
                "reopened": t.reopened_at, "csat": t.csat, "ces": t.ces, "holds": holds.get(t.id, []),
                "import_id": t.import_id,
            }
            for t in session.scalars(select(Ticket).where(Ticket.source != DEMO))
        }


def count(db: Database, model: Any) -> int:
    """How many rows of ``model`` (tickets or imports) came from these tests' imports."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(model.source != DEMO)) or 0)


def test_the_template_csv_is_stored_with_every_value(demo_db: Database, admin: Actor) -> None:
    result = tickets.import_tickets(demo_db, admin, DATA / "template.csv", timezone="Asia/Jakarta")
    assert (result.added, result.updated, result.unchanged, result.skipped, result.unmatched) == (4, 0, 0, (), 1)
    rows = stored(demo_db)
    assert rows["T-1001"] == {
        "source": "template", "agreement": "SLA-2026-0001", "customer": "", "service": "Service desk", "site": "Göteborg",
        "priority": "P2", "created": at("2026-10-05T07:12"), "first_response": at("2026-10-05T07:40"),
        "resolved": at("2026-10-05T13:02"), "reopened": None, "csat": 5, "ces": 2,
        "holds": [(at("2026-10-05T08:00"), at("2026-10-05T09:00"))], "import_id": result.import_id,
    }
    # No agreement named: found from the customer, service and site, in force when the ticket was created.
    assert rows["T-1002"]["agreement"] == "SLA-2026-0001" and rows["T-1002"]["reopened"] == at("2026-10-07T08:00")
    assert rows["T-1003"]["agreement"] == "SLA-2026-0003"
    assert rows["T-1003"]["created"] == at("2026-10-07T03:00")  # written without an offset: read in Asia/Jakarta
    assert rows["T-1004"]["agreement"] is None and rows["T-1004"]["csat"] == 4  # nobody's: stored, counted unmatched


def test_a_time_without_a_zone_refuses_the_file_naming_its_line_and_column(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match=r"line 4, 'created': '2026-10-07 10:00' has no time zone") as refused:
        tickets.import_tickets(demo_db, admin, DATA / "template.csv")
    assert refused.value.field == "timezone" and "--timezone" in str(refused.value)
    assert count(demo_db, Ticket) == 0 and count(demo_db, MonitoringImport) == 0


PRESET_CASES = [
    ("zendesk.csv", "zendesk", "Europe/Stockholm", [
        ("4711", "P2", "2026-10-05T07:12:33", "2026-10-05T07:40:33", "2026-10-05T13:02:10", "SLA-2026-0001", None),
        ("4712", "P1", "2026-10-06T02:00:00", "2026-10-06T02:04:00", "2026-10-06T02:30:00", "SLA-2026-0001", None),
        ("4713", "P3", "2026-10-07T11:45:00", None, None, "SLA-2026-0001", None),
    ]),
    ("zendesk.json", "zendesk", None, [
        ("4711", "P2", "2026-10-05T07:12:33", "2026-10-05T07:40:33", "2026-10-05T13:02:10", "SLA-2026-0001", None),
        ("4712", "P1", "2026-10-06T02:00:00", "2026-10-06T02:04:00", "2026-10-06T02:30:00", "SLA-2026-0001", None),
        ("4713", "P3", "2026-10-07T11:45:00", None, None, "SLA-2026-0001", None),
    ]),
    ("freshdesk.csv", "freshdesk", "Asia/Ho_Chi_Minh", [
        ("2001", "P3", "2026-10-05T02:00:00", "2026-10-05T02:25:00", "2026-10-05T04:30:00", "SLA-2026-0002", None),
        ("2002", "P4", "2026-10-06T07:10:00", None, None, "SLA-2026-0002", None),
    ]),
    ("freshdesk.xlsx", "freshdesk", "Asia/Ho_Chi_Minh", [  # number and date cells, as Freshdesk's XLSX export has them
        ("2001", "P3", "2026-10-05T02:00:00", "2026-10-05T02:25:00", "2026-10-05T04:30:00", "SLA-2026-0002", None),
        ("2002", "P4", "2026-10-06T07:10:00", None, None, "SLA-2026-0002", None),
    ]),
    ("jira.csv", "jira", "Asia/Jakarta", [
        ("NLS-101", "P2", "2026-10-05T02:12:00", "2026-10-05T02:40:00", "2026-10-05T08:02:00", "SLA-2026-0003", 4),
        ("NLS-102", "P1", "2026-10-06T01:00:00", "2026-10-06T01:05:00", None, "SLA-2026-0003", None),
    ]),
    ("glpi.csv", "glpi", "Europe/Stockholm", [  # in 2024, against the agreement in force then (terminated since)
        ("301", "P2", "2024-05-13T06:30:00", "2024-05-13T06:45:00", "2024-05-13T09:00:00", "SLA-2024-0001", None),
        ("302", "P3", "2024-06-03T08:05:00", "2024-06-03T08:10:00", "2024-06-03T08:20:00", "SLA-2024-0001", None),
    ]),
    ("template.xlsx", "template", "Europe/Stockholm", [  # date cells without a zone, and ISO text with one
        ("T-1001", "P2", "2026-10-05T07:12:00", "2026-10-05T07:40:00", "2026-10-05T13:02:00", "SLA-2026-0001", 5),
        ("T-1002", "P1", "2026-10-06T02:00:00", "2026-10-06T02:04:00", "2026-10-06T02:30:00", "SLA-2026-0001", None),
    ]),
    ("template.json", "template", None, [
        ("T-1001", "P2", "2026-10-05T07:12:00", "2026-10-05T07:40:00", "2026-10-05T13:02:00", "SLA-2026-0001", 5),
        ("T-1002", "P1", "2026-10-06T02:00:00", "2026-10-06T02:04:00", "2026-10-06T02:30:00", "SLA-2026-0001", None),
    ]),
]


@pytest.mark.parametrize(("file", "preset", "zone", "expected"), PRESET_CASES, ids=[case[0] for case in PRESET_CASES])
def test_each_presets_real_export_is_read(
    demo_db: Database, admin: Actor, file: str, preset: str, zone: str | None, expected: list[tuple[Any, ...]],
) -> None:
    result = tickets.import_tickets(demo_db, admin, DATA / file, preset=preset, timezone=zone)
    assert result.added == len(expected) and result.skipped == ()
    rows = stored(demo_db)
    assert {row["source"] for row in rows.values()} == {preset}
    assert [
        (key, r["priority"], r["created"], r["first_response"], r["resolved"], r["agreement"], r["csat"])
        for key, r in sorted(rows.items())
    ] == [
        (key, priority, at(created), first and at(first), resolved and at(resolved), agreement, csat)
        for key, priority, created, first, resolved, agreement, csat in expected
    ]


def test_the_template_xlsx_keeps_holds_and_scores(demo_db: Database, admin: Actor) -> None:
    tickets.import_tickets(demo_db, admin, DATA / "template.xlsx", timezone="Europe/Stockholm")
    row = stored(demo_db)["T-1001"]
    assert (row["csat"], row["ces"], row["holds"]) == (5, 2, [(at("2026-10-05T08:00"), at("2026-10-05T09:00"))])
    assert stored(demo_db)["T-1002"]["reopened"] == at("2026-10-07T08:00")


def test_reimporting_adds_nothing_and_a_changed_row_updates_and_is_audited(
    demo_db: Database, admin: Actor, tmp_path: Path,
) -> None:
    first = tickets.import_tickets(demo_db, admin, DATA / "template.csv", timezone="Asia/Jakarta")
    again = tickets.import_tickets(demo_db, admin, DATA / "template.csv", timezone="Asia/Jakarta")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4) and count(demo_db, Ticket) == 4
    assert {row["import_id"] for row in stored(demo_db).values()} == {first.import_id}  # nothing rewritten
    changed = tmp_path / "template.csv"
    changed.write_text((DATA / "template.csv").read_text(encoding="utf-8")
                       .replace("2026-10-05T15:02:00+02:00,,", "2026-10-05T16:30:00+02:00,,")
                       .replace(",5,2", ",3,2").replace("2026-10-05T10:00:00+02:00/2026-10-05T11:00:00+02:00", ""),
                       encoding="utf-8")
    third = tickets.import_tickets(demo_db, admin, changed, timezone="Asia/Jakarta")
    assert (third.added, third.updated, third.unchanged) == (0, 1, 3) and count(demo_db, Ticket) == 4
    row = stored(demo_db)["T-1001"]
    assert (row["resolved"], row["csat"], row["holds"], row["import_id"]) == (at("2026-10-05T14:30"), 3, [], third.import_id)
    with demo_db.read() as session:
        updates = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "ticket.update")))
        imports = [e for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "tickets.import").order_by(AuditEvent.id))
                   if json.loads(e.detail)["source"] != DEMO]
    assert len(updates) == 1 and updates[0].actor == admin.username
    assert (updates[0].entity_type, updates[0].entity_id) == ("monitoring_import", third.import_id)
    changed = json.loads(updates[0].detail)["tickets"]
    assert list(changed) == ["T-1001"] and set(changed["T-1001"]["changed"]) == {"resolved_at", "csat", "on_hold"}
    assert changed["T-1001"]["changed"]["csat"] == [5, 3]
    assert changed["T-1001"]["changed"]["resolved_at"] == ["2026-10-05 13:02:00+00:00", "2026-10-05 14:30:00+00:00"]
    assert [(json.loads(e.detail)["added"], json.loads(e.detail)["updated"], json.loads(e.detail)["unchanged"])
            for e in imports] == [(4, 0, 0), (0, 0, 4), (0, 1, 3)]
    assert json.loads(imports[0].detail)["file"] == "template.csv"


BAD = [
    (3, "the priority 'Extreme' is not one of"),
    (4, "the first response (2026-10-05 08:59 UTC) comes before the ticket was created (2026-10-05 09:00 UTC)"),
    (5, "the CSAT ('csat') is '6'; it is a whole number from 1 to 5"),
    (6, "'created' 'yesterday at noon' is not a date and time"),
    (7, "no agreement 'SLA-1999-0042'"),
    (9, "the id ('external_id') is missing"),
    (10, "the effort score ('ces') is '8'; it is a whole number from 1 to 7"),
]


def test_a_file_with_bad_rows_is_refused_whole_naming_every_one(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(importing.ImportRefused) as refused:
        tickets.import_tickets(demo_db, admin, DATA / "bad_rows.csv")
    assert [(row.line, row.unit) for row in refused.value.rows] == [(line, "line") for line, _ in BAD]
    for row, (line, reason) in zip(refused.value.rows, BAD):
        assert reason in row.reason, (line, row.reason)
        assert f"line {line}: {row.reason}" in str(refused.value)
    assert "7 bad rows" in str(refused.value) and "--skip-bad" in str(refused.value)
    assert count(demo_db, Ticket) == 0 and count(demo_db, MonitoringImport) == 0


def test_skip_bad_stores_the_good_rows_and_returns_the_rest(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    result = tickets.import_tickets(demo_db, admin, DATA / "bad_rows.csv", skip_bad=True)
    assert result.added == 2 and sorted(stored(demo_db)) == ["B-1", "B-7"]
    assert [row.line for row in result.skipped] == [line for line, _ in BAD]
    assert result.skipped[0].key == "B-2"
    report = tmp_path / "skipped.csv"
    tickets.bad_rows_csv(result.skipped, report)
    with report.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[:2] == [["line", "id", "reason"], ["line 3", "B-2", "the priority 'Extreme' is not one of P1, P2, P3, P4"]]
    assert len(lines) == 8
    with demo_db.read() as session:
        record = session.scalars(select(MonitoringImport).where(MonitoringImport.source != DEMO)).one()
    assert (record.added, record.skipped, record.kind, record.file_name) == (2, 7, "tickets", "bad_rows.csv")


@pytest.mark.parametrize("batch", [1, 2, importing.BATCH])
def test_an_id_twice_in_one_file_is_a_bad_row_whatever_the_batches(demo_db: Database, admin: Actor, batch: int) -> None:
    with pytest.raises(importing.ImportRefused) as refused:
        tickets.import_tickets(demo_db, admin, DATA / "duplicates.csv", batch=batch)
    assert [str(row) for row in refused.value.rows] == ["line 4: 'D-1' is also on line 2; an id appears once in a file"]
    assert count(demo_db, Ticket) == 0
    result = tickets.import_tickets(demo_db, admin, DATA / "duplicates.csv", batch=batch, skip_bad=True)
    assert result.added == 3 and stored(demo_db)["D-1"]["priority"] == "P2"  # the first one


def test_a_failure_after_batches_were_written_leaves_nothing(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = tmp_path / "late.csv"
    good = "".join(f"L-{n},P3,2026-10-05T09:00:00Z\n" for n in range(1, 40))
    file.write_text("external_id,priority,created\n" + good + "L-40,P3,not a time\n", encoding="utf-8")
    with pytest.raises(importing.ImportRefused, match="line 41"):
        tickets.import_tickets(demo_db, admin, file, batch=5)  # 39 rows in 8 batches written first, then refused
    assert count(demo_db, Ticket) == 0 and count(demo_db, MonitoringImport) == 0
    with demo_db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "tickets.import"))
        assert [e for e in events if json.loads(e.detail)["source"] != DEMO] == []


def test_tickets_come_back_as_compliance_tickets_for_an_agreement_and_period(demo_db: Database, admin: Actor) -> None:
    tickets.import_tickets(demo_db, admin, DATA / "template.csv", timezone="Asia/Jakarta")
    october = (dt.datetime(2026, 10, 1, tzinfo=UTC), dt.datetime(2026, 11, 1, tzinfo=UTC))
    found = [t for t in tickets.tickets_for(demo_db, "SLA-2026-0001", *october) if t.key.startswith("T-")]  # not the demo's
    assert found == [
        compliance.Ticket("T-1001", "P2", at("2026-10-05T07:12"), at("2026-10-05T07:40"), at("2026-10-05T13:02"),
                          ((at("2026-10-05T08:00"), at("2026-10-05T09:00")),), csat=5, ces=2),  # with its survey answers
        compliance.Ticket("T-1002", "P1", at("2026-10-06T02:00"), at("2026-10-06T02:04"), at("2026-10-06T02:30")),
    ]
    network = tickets.tickets_for(demo_db, "SLA-2026-0001", *october, service="Network monitoring")
    assert [t.key for t in network if t.key.startswith("T-")] == ["T-1002"]
    assert {t.priority for t in network} <= {"P1", "P2"}  # the demo's too: that service's priorities only
    later = tickets.tickets_for(demo_db, "SLA-2026-0001", october[1], october[1] + dt.timedelta(days=30))
    assert not [t for t in later if t.key.startswith("T-")]
    response, _ = compliance.measure(found[1], compliance.Target("P1", 300, 1200, business_hours=False),
                                     compliance.always("Europe/Stockholm"), at("2026-11-01T00:00"))
    assert (response.used, response.state) == (240, compliance.State.MET)


def test_only_representatives_and_administrators_import(demo_db: Database, people: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied):
        tickets.import_tickets(demo_db, people["linh"], DATA / "template.json")
    assert count(demo_db, Ticket) == 0


def test_a_layout_kept_in_a_file_is_used_again(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    kept = importing.Layout("helpdesk", {"external_id": "Ref", "priority": "Urgency", "created": "Opened"},
                            ("external_id", "priority", "created"), values={"red": "P1"})
    importing.save_layout(kept, tmp_path / "helpdesk.json")
    file = tmp_path / "export.csv"
    file.write_text("Ref;Opened;Urgency\nH-1;2026-10-05T09:00:00Z;Red\n", encoding="utf-8")
    result = tickets.import_tickets(demo_db, admin, file, preset=str(tmp_path / "helpdesk.json"))
    assert result.added == 1 and stored(demo_db)["H-1"]["priority"] == "P1" and stored(demo_db)["H-1"]["source"] == "helpdesk"
    with pytest.raises(ValidationError, match="no preset 'servicenow': the presets are template, zendesk, freshdesk, jira, glpi"):
        tickets.import_tickets(demo_db, admin, file, preset="servicenow")


def test_a_file_without_the_layouts_columns_is_refused_naming_them(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match=r"template.csv has no column 'Id', 'Created at' \(the zendesk layout\)"):
        tickets.import_tickets(demo_db, admin, DATA / "template.csv", preset="zendesk", timezone="UTC")
    assert count(demo_db, Ticket) == 0


def test_the_template_command_file_imports_as_written(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    tickets.write_template(tmp_path / "tickets.csv")
    assert (tmp_path / "tickets.csv").read_text(encoding="utf-8").splitlines()[0] == (
        "external_id,agreement,customer,service,site,priority,created,first_response,resolved,reopened,on_hold,csat,ces")
    assert tickets.import_tickets(demo_db, admin, tmp_path / "tickets.csv").added == 1
    assert stored(demo_db)["T-1001"]["agreement"] == "SLA-2026-0001"


def test_a_copy_of_a_file_under_another_name_is_the_same_tickets(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    tickets.import_tickets(demo_db, admin, DATA / "template.json")
    shutil.copy(DATA / "template.json", tmp_path / "again.json")
    assert tickets.import_tickets(demo_db, admin, tmp_path / "again.json").unchanged == 2 and count(demo_db, Ticket) == 2


def test_times_in_any_iso_notation_are_the_same_instant(db: Database, admin: Actor, tmp_path: Path) -> None:
    file = tmp_path / "times.csv"
    file.write_text("external_id,priority,created\n"
                    "N-1,P2,2026-10-05T09:12:33+02:00\nN-2,P2,2026-10-05 09:12:33 +0200\nN-3,P2,2026-10-05T07:12:33Z\n"
                    "N-4,P2,2026-10-05T07:12:33.900Z\nN-5,P2,2026-10-05 04:12:33 -03:00\nN-6,P2,2026-10-05 09:12:33\n",
                    encoding="utf-8")
    tickets.import_tickets(db, admin, file, timezone="Europe/Stockholm")
    assert {row["created"] for row in stored(db).values()} == {at("2026-10-05T07:12:33")}  # fractions of a second dropped


def test_jira_dates_read_the_same_in_any_locale_and_at_noon_and_midnight(
    demo_db: Database, admin: Actor, tmp_path: Path,
) -> None:
    file = tmp_path / "jira.csv"
    file.write_text("Issue key,Priority,Created,Resolved\nJ-1,Medium,05/Oct/26 12:05 AM,05/Oct/26 12:05 PM\n"
                    "J-2,Low,31/Dec/26 11:59 PM,\nJ-3,Low,05/Oct/26 13:05 PM,\n", encoding="utf-8")
    previous = locale.setlocale(locale.LC_TIME)
    for name in ("sv_SE.UTF-8", "sv_SE.utf8", "de_DE.UTF-8", "vi_VN.UTF-8", "C"):  # the window's Qt sets the user's locale
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    try:
        result = tickets.import_tickets(demo_db, admin, file, preset="jira", timezone="UTC", skip_bad=True)
    finally:
        locale.setlocale(locale.LC_TIME, previous)
    assert [str(row) for row in result.skipped] == ["line 4: 'Created' '05/Oct/26 13:05 PM' is not a date and time"]
    rows = stored(demo_db)
    assert (rows["J-1"]["created"], rows["J-1"]["resolved"]) == (at("2026-10-05T00:05"), at("2026-10-05T12:05"))
    assert rows["J-2"]["created"] == at("2026-12-31T23:59")


def test_a_mass_change_updates_every_ticket_and_is_audited_once_per_batch(db: Database, admin: Actor, tmp_path: Path) -> None:
    file = tmp_path / "many.csv"
    file.write_text("external_id,priority,created,on_hold\n" + "".join(
        f"M-{n},P3,2026-10-05T09:{n:02d}:00Z,2026-10-05T10:00:00Z/2026-10-05T11:{n:02d}:00Z\n" for n in range(12)),
        encoding="utf-8")
    tickets.import_tickets(db, admin, file, batch=5)
    file.write_text(file.read_text(encoding="utf-8").replace(",P3,", ",P1,").replace("T10:00:00Z/", "T10:30:00Z/"),
                    encoding="utf-8")
    result = tickets.import_tickets(db, admin, file, batch=5)
    assert (result.added, result.updated, result.unchanged) == (0, 12, 0)
    rows = stored(db)
    assert {key: (row["priority"], row["holds"]) for key, row in rows.items()} == {
        f"M-{n}": ("P1", [(at("2026-10-05T10:30"), at(f"2026-10-05T11:{n:02d}"))]) for n in range(12)}
    with db.read() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "ticket.update").order_by(AuditEvent.id)))
    assert [sorted(json.loads(e.detail)["tickets"]) for e in events] == [
        [f"M-{n}" for n in range(5)], [f"M-{n}" for n in range(5, 10)], ["M-10", "M-11"]]
