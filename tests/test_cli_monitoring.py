"""``slamdesk compliance``, ``close-period`` and ``at-risk`` on the demo with October's tickets (the period tests')."""

from __future__ import annotations

import json

import pytest

from slamdesk.cli import main
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from tests.core.monitoring.test_periods import NUMBER, _import, add_ticket, at


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def target(demo_db: Database, people: dict[str, Actor]) -> str:
    run_id = _import(demo_db, people["anna"])
    add_ticket(demo_db, run_id, "T-1", "Service desk", at(5, 8), at(5, 8, 20), at(5, 11))
    add_ticket(demo_db, run_id, "T-3", "Service desk", at(6, 10), at(6, 10, 5), at(6, 11))
    add_ticket(demo_db, run_id, "T-4", "Service desk", at(31, 23, 30), None, None)
    return str(demo_db.target)


def test_compliance_as_json_per_line_and_priority(capsys: pytest.CaptureFixture[str], target: str) -> None:
    code, out, _err = run(capsys, "--db", target, "compliance", NUMBER, "--period", "2026-10", "--json")
    assert code == 0
    (figures,) = json.loads(out)
    assert (figures["number"], figures["period"], figures["closed_at"], figures["breaches"]) == (NUMBER, "2026-10", None, 3)
    desk = figures["lines"][0]
    assert (desk["service"], desk["tickets"], desk["availability"], desk["availability_target"]) == (
        "Service desk", 3, "100.000", "99.5")
    resolution = next(c for c in desk["compliance"] if (c["priority"], c["kind"]) == ("P1", "resolution"))
    assert {key: resolution[key] for key in ("counted", "met", "percent", "target_seconds")} == {
        "counted": 3, "met": 1, "percent": "33.3", "target_seconds": 7200}
    assert {"priority": "P2", "kind": "response", "counted": 0, "met": 0, "percent": None, "p90_seconds": None,
            "target_seconds": None} in desk["compliance"]


def test_closing_a_period_then_reading_it_back(capsys: pytest.CaptureFixture[str], target: str) -> None:
    code, _out, err = run(capsys, "--db", target, "--user", "budi", "close-period", NUMBER, "--period", "2026-10")
    assert (code, err.strip()) == (0, f"{NUMBER} 2026-10 closed: 3 targets breached")
    code, out, _err = run(capsys, "--db", target, "compliance", NUMBER, "--period", "2026-10")
    heading = out.splitlines()[0]
    assert code == 0 and heading.startswith(f"{NUMBER}  2026-10  version 1  closed 20") and heading.endswith(" by budi")
    assert "P1 resolution: 33.3% (1/3)" in out and "timed in Mon-Fri 07:00-19:00, Europe/Stockholm" in out
    code, _out, err = run(capsys, "--db", target, "--user", "budi", "close-period", NUMBER, "--period", "2026-10")
    assert code == 1 and "was closed on" in err
    code, _out, err = run(capsys, "--db", target, "--user", "linh", "close-period", NUMBER, "--period", "2026-09")
    assert code == 1 and err.startswith("slamdesk: error: ")


def test_at_risk_lists_open_targets_past_due(capsys: pytest.CaptureFixture[str], target: str) -> None:
    code, out, _err = run(capsys, "--db", target, "at-risk", "--json")
    assert code == 0
    found = json.loads(out)
    assert [(item["ticket"], item["target"], item["escalation"]) for item in found] == [
        ("T-4", "response", "breached 2x"), ("T-4", "resolution", "breached 2x")]
    code, out, _err = run(capsys, "--db", target, "at-risk")
    assert out.splitlines()[0].split("\t")[:4] == [NUMBER, "T-4", "Service desk", "P1 response"]
    assert "past due" in out


@pytest.mark.parametrize("arguments", [["compliance", "--period", "2026-13"], ["compliance", "SLA-1999-0001"],
                                       ["at-risk", "--share", "a quarter"], ["at-risk", "--share", "2"]])
def test_bad_input_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str], target: str, arguments: list[str]) -> None:
    code, out, err = run(capsys, "--db", target, *arguments)
    assert (code, out) == (1, "")
    assert err.startswith("slamdesk: error: ") and err.count("\n") == 1


def test_the_demo_comes_with_last_month_s_tickets(capsys: pytest.CaptureFixture[str], blank_target: str) -> None:
    assert run(capsys, "--db", str(blank_target), "demo")[0] == 0
    code, out, _err = run(capsys, "--db", str(blank_target), "compliance", "--json")
    assert code == 0
    figures = json.loads(out)
    assert sum(line["tickets"] for item in figures for line in item["lines"]) > 0
    assert {item["number"] for item in figures} >= {"SLA-2026-0001", "SLA-2026-0002"}


def test_a_generated_portfolio_gets_tickets_for_its_signed_agreements_once(
    capsys: pytest.CaptureFixture[str], blank_target: str
) -> None:
    from sqlalchemy import func, select

    from slamdesk.core.db import Database
    from slamdesk.models import MonitoringImport, Ticket

    code, out, _err = run(capsys, "--db", str(blank_target), "demo", "--agreements", "40")
    assert code == 0 and out.startswith("generated 40 agreements in ") and "tickets for the signed ones" in out
    printed = int(out.split(" and ")[1].split(" tickets")[0].replace(",", ""))
    db = Database.open(blank_target)
    try:
        with db.read() as session:
            agreements = session.scalar(select(func.count(func.distinct(Ticket.agreement_id))))
            keys = session.scalar(select(func.count(func.distinct(Ticket.external_id))))
            total = session.scalar(select(func.count()).select_from(Ticket))
            runs = [added for (added,) in session.execute(
                select(MonitoringImport.added).where(MonitoringImport.source == "demo").order_by(MonitoringImport.id))]
    finally:
        db.close()
    assert agreements is not None and agreements > 8  # the demo's signed agreements, and generated ones
    assert keys == total  # each agreement's tickets made once: the demo's were not made again
    assert len(runs) == 2 and runs[1] == printed > 0 and sum(runs) == total
