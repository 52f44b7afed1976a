"""Reading imported tickets back (``core.monitoring.tickets``): an agreement's tickets in a period, the bad rows' report, the template."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, ValidationError
from slamdesk.core.monitoring import compliance, holds, importing, tickets
from slamdesk.core.roles import Actor
from slamdesk.models import MonitoringImport, Ticket
from tests.core.monitoring.test_tickets_import import at, stored

HEADER = "external_id,agreement,customer,service,site,priority,created,first_response,resolved,reopened,on_hold,csat,ces"
START, END = at("2026-10-01T00:00"), at("2026-10-10T00:00")


def _file(tmp_path: Path, *rows: str, name: str = "t.csv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def imported(demo_db: Database, admin: Actor, tmp_path: Path) -> Database:
    tickets.import_tickets(demo_db, admin, _file(
        tmp_path,
        "R-9,SLA-2026-0001,,Desk,Malmö,P2,2026-09-30T23:59:59Z,,,,,,",  # a second before the period
        "R-3,SLA-2026-0001,,Desk,Malmö,P2,2026-10-10T00:00:00Z,,,,,,",  # at its end: the next period's
        "R-2,SLA-2026-0001,,Net,Lund,P1,2026-10-05T09:00:00Z,,,,2026-10-05T10:00:00Z/2026-10-05T10:30:00Z,,",
        "R-1,SLA-2026-0001,,Desk,Malmö,P3,2026-10-05T09:00:00Z,,,,,,",  # created with R-2: after it, as imported
        "R-0,SLA-2026-0001,,Desk,Malmö,P2,2026-10-01T00:00:00Z,2026-10-01T00:10:00Z,2026-10-01T02:00:00Z,,"
        "2026-10-01T01:00:00Z/2026-10-01T01:30:00Z,4,6",  # at the period's first instant
        "R-5,SLA-2026-0002,,Desk,Malmö,P2,2026-10-05T09:00:00Z,,,,,,",  # another agreement's
    ))
    early = _file(tmp_path, "R-0,2026-10-01T00:20:00Z,2026-10-01T00:40:00Z", name="holds.csv", header="ticket_id,start,end")
    assert holds.import_holds(demo_db, admin, early).added == 1  # stored after the later one
    return demo_db


def _mine(found: list[compliance.Ticket]) -> list[compliance.Ticket]:
    return [ticket for ticket in found if ticket.key.startswith("R-")]  # not the demo's own tickets


def test_an_agreements_tickets_in_a_period_come_oldest_first_with_their_holds_in_order(imported: Database) -> None:
    found = _mine(tickets.tickets_for(imported, "SLA-2026-0001", START, END))
    assert [ticket.key for ticket in found] == ["R-0", "R-2", "R-1"]
    assert found[0] == compliance.Ticket(
        "R-0", "P2", at("2026-10-01T00:00"), at("2026-10-01T00:10"), at("2026-10-01T02:00"),
        ((at("2026-10-01T00:20"), at("2026-10-01T00:40")), (at("2026-10-01T01:00"), at("2026-10-01T01:30"))), csat=4, ces=6)
    assert found[1] == compliance.Ticket("R-2", "P1", at("2026-10-05T09:00"), None, None,
                                         ((at("2026-10-05T10:00"), at("2026-10-05T10:30")),))
    assert found[2] == compliance.Ticket("R-1", "P3", at("2026-10-05T09:00"), None, None)


def test_an_agreements_tickets_are_those_of_one_service_or_site_when_asked(imported: Database) -> None:
    def keys(**where: str) -> list[str]:
        return [ticket.key for ticket in _mine(tickets.tickets_for(imported, "SLA-2026-0001", START, END, **where))]

    assert keys(service="Net") == ["R-2"]
    assert keys(site="Malmö") == ["R-0", "R-1"]
    assert keys(service="Desk", site="Malmö") == ["R-0", "R-1"]
    assert keys(service="Desk", site="Lund") == []
    assert [t.key for t in _mine(tickets.tickets_for(imported, "SLA-2026-0002", START, END))] == ["R-5"]


def test_a_period_without_a_zone_or_an_unknown_agreement_is_refused(imported: Database) -> None:
    naive = dt.datetime(2026, 10, 1)
    for start, end in ((naive, END), (START, naive)):
        with pytest.raises(ValidationError, match="the period's start and end need a time zone") as refused:
            tickets.tickets_for(imported, "SLA-2026-0001", start, end)
        assert refused.value.field == "period"
    with pytest.raises(NotFoundError, match="no agreement 'SLA-1999-0001'"):
        tickets.tickets_for(imported, "SLA-1999-0001", START, END)


def test_each_cell_a_spreadsheet_would_run_is_written_as_text_in_the_bad_rows_report(tmp_path: Path) -> None:
    keys = ["=1", "+1", "-1", "@A1", "\tx", "\rx", "plain", "", "a=1"]
    rows = [importing.BadRow(n, f"{key} is odd", "row" if n % 2 else "line", key) for n, key in enumerate(keys, start=2)]
    report = tmp_path / "bad.csv"
    tickets.bad_rows_csv(rows, report)
    with report.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["line", "id", "reason"]
    assert lines[1:] == [
        ["line 2", "'=1", "'=1 is odd"], ["row 3", "'+1", "'+1 is odd"], ["line 4", "'-1", "'-1 is odd"],
        ["row 5", "'@A1", "'@A1 is odd"], ["line 6", "'\tx", "'\tx is odd"], ["row 7", "'\rx", "'\rx is odd"],
        ["line 8", "plain", "plain is odd"], ["row 9", "", " is odd"], ["line 10", "a=1", "a=1 is odd"],
    ]


def test_the_template_and_the_bad_rows_are_written_in_utf8_whatever_the_machines_locale(tmp_path: Path) -> None:
    out, bad = tmp_path / "t.csv", tmp_path / "bad.csv"
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
                   "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", f"from pathlib import Path; from slamdesk.core.monitoring import importing, tickets; "
                    f"tickets.write_template(Path({str(out)!r})); "
                    f"tickets.bad_rows_csv([importing.BadRow(2, 'no site \\u00c5re', 'line', '\\u00c5-1')], Path({str(bad)!r}))"],
                   env=environment, check=True, capture_output=True, timeout=60)
    assert out.read_bytes().splitlines()[1].split(b",")[4] == "Göteborg".encode()
    assert bad.read_bytes().splitlines()[1] == "line 2,Å-1,no site Åre".encode()


def test_the_previews_kind_imports_as_import_tickets_does(demo_db: Database, admin: Actor) -> None:
    layout = tickets.layout_named("template")
    data = Path(__file__).parents[2] / "data" / "tickets" / "template.csv"
    result = importing.run(demo_db, admin, data, tickets.kind_for(layout, "Asia/Jakarta"), layout, source="template", skip_bad=False)
    assert (result.added, result.unmatched) == (4, 1)
    assert stored(demo_db)["T-1003"]["created"] == at("2026-10-07T03:00")  # read in the zone given
    with demo_db.read() as session:
        assert session.scalars(select(MonitoringImport.kind).where(MonitoringImport.id == result.import_id)).one() == "tickets"


def test_a_source_is_the_layouts_name_or_one_given_of_at_most_forty_characters(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    file = _file(tmp_path, "A,,,,,P2,2026-10-05T09:00:00Z,,,,,,")
    with pytest.raises(ValidationError, match="the source can be at most 40 characters") as refused:
        tickets.import_tickets(db, admin, file, source="s" * 41)
    assert refused.value.field == "source"
    tickets.import_tickets(db, admin, file, source="s" * 40)
    tickets.import_tickets(db, admin, file)
    kept = importing.Layout("helpdesk", {"external_id": "external_id", "priority": "priority", "created": "created"},
                            ("external_id", "priority", "created"))
    tickets.import_tickets(db, admin, file, preset=kept)
    with db.read() as session:
        assert sorted(session.scalars(select(Ticket.source).where(Ticket.external_id == "A"))) == ["helpdesk", "s" * 40, "template"]
    assert stored(db)["A"]["priority"] == "P2"
