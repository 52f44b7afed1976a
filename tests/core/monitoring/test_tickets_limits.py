"""A ticket row's values at their limits (``core.monitoring.tickets``): lengths, scores, minutes, times on hold and their audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import holds, importing, tickets
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, Ticket, TicketHold
from tests.core.monitoring.test_tickets_import import at, stored

HEADER = "external_id,agreement,customer,service,site,priority,created,first_response,resolved,reopened,on_hold,csat,ces"
CREATED = "2026-10-05T09:00:00Z"
HOLD = "2026-10-05T10:00:00Z/2026-10-05T11:00:00Z"


def _file(tmp_path: Path, *rows: str, header: str = HEADER, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


def _row(key: str, *, agreement: str = "", customer: str = "", service: str = "", site: str = "", priority: str = "P2",
         on_hold: str = "", csat: str = "", ces: str = "") -> str:
    return f"{key},{agreement},{customer},{service},{site},{priority},{CREATED},,,,{on_hold},{csat},{ces}"


def _skipped(db: Database, admin: Actor, path: Path, **options: object) -> dict[int, str]:
    result = tickets.import_tickets(db, admin, path, skip_bad=True, **options)  # type: ignore[arg-type]
    return {row.line: row.reason for row in result.skipped}


def test_each_value_is_kept_at_its_length_limit_and_refused_one_character_past_it(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    file = _file(
        tmp_path,
        _row("I" * 120), _row("J" * 121),
        _row("A1", agreement="N" * 40), _row("A2", agreement="N" * 41),
        _row("C1", customer="c" * 200), _row("C2", customer="c" * 201),
        _row("S1", service="s" * 200), _row("S2", service="s" * 201),
        _row("L1", site="l" * 200), _row("L2", site="l" * 201),
        _row("P1", priority="p" * 60), _row("P2", priority="p" * 61),
        _row("H1", on_hold="x" * 4000), _row("H2", on_hold="x" * 4001),
    )
    assert _skipped(db, admin, file) == {
        3: "the id ('external_id') can be at most 120 characters (this one has 121)",
        4: f"no agreement {'N' * 40!r}",
        5: "the agreement can be at most 40 characters (this one has 41)",
        7: "the customer can be at most 200 characters (this one has 201)",
        9: "the service can be at most 200 characters (this one has 201)",
        11: "the site can be at most 200 characters (this one has 201)",
        12: f"the priority {'p' * 40!r}… is not one of P1, P2, P3, P4",
        13: "the priority can be at most 60 characters (this one has 61)",
        14: f"a time on hold is START/END, not {'x' * 60!r}…",
        15: "the times on hold can be at most 4,000 characters (this one has 4,001)",
    }
    rows = stored(db)
    assert sorted(rows) == ["C1", "I" * 120, "L1", "S1"]
    assert (rows["C1"]["customer"], rows["S1"]["service"], rows["L1"]["site"]) == ("c" * 200, "s" * 200, "l" * 200)


def test_scores_are_kept_at_their_ends_and_refused_just_past_them_naming_the_column(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    file = _file(tmp_path, _row("A", csat="1", ces="1"), _row("B", csat="5", ces="7"), _row("C", csat="0"), _row("D", csat="6"),
                 _row("E", ces="0"), _row("F", ces="8"))
    assert _skipped(db, admin, file) == {
        4: "the CSAT ('csat') is '0'; it is a whole number from 1 to 5",
        5: "the CSAT ('csat') is '6'; it is a whole number from 1 to 5",
        6: "the effort score ('ces') is '0'; it is a whole number from 1 to 7",
        7: "the effort score ('ces') is '8'; it is a whole number from 1 to 7",
    }
    rows = stored(db)
    assert [(rows[key]["csat"], rows[key]["ces"]) for key in "AB"] == [(1, 1), (5, 7)]


def test_scores_and_minutes_are_named_by_the_files_own_columns(db: Database, admin: Actor, tmp_path: Path) -> None:
    layout = importing.Layout("mine", {"external_id": "Ref", "priority": "Prio", "created": "Opened",
                                       "first_response_minutes": "Reply (min)", "csat": "Happiness", "ces": "Effort"},
                              ("external_id", "priority", "created"))
    file = _file(tmp_path, f"A,P2,{CREATED},soon,,", f"B,P2,{CREATED},,9,", f"C,P2,{CREATED},,,9", f"D,P2,{CREATED},90,5,7",
                 header="Ref,Prio,Opened,Reply (min),Happiness,Effort")
    assert _skipped(db, admin, file, preset=layout) == {
        2: "'Reply (min)' is 'soon'; it is a number of minutes from 0",
        3: "the CSAT ('Happiness') is '9'; it is a whole number from 1 to 5",
        4: "the effort score ('Effort') is '9'; it is a whole number from 1 to 7",
    }
    d = stored(db)["D"]
    assert (d["first_response"], d["csat"], d["ces"]) == (at("2026-10-05T10:30"), 5, 7)


def test_each_end_of_a_time_on_hold_is_read_and_named_on_its_own(db: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, _row("A", on_hold="later/2026-10-05T11:00:00Z"), _row("B", on_hold="2026-10-05T10:00:00Z/never"))
    assert _skipped(db, admin, file) == {2: "the time on hold 'later' is not a date and time",
                                         3: "the time on hold 'never' is not a date and time"}
    lone = _file(tmp_path, _row("C", on_hold="2026-10-05T10:00:00Z/2026-10-05 13:00"), name="lone.csv")
    with pytest.raises(ValidationError, match="line 2, the time on hold: '2026-10-05 13:00' has no time zone"):
        tickets.import_tickets(db, admin, lone)


def test_times_on_hold_are_read_in_the_layouts_own_time_formats_and_zone(db: Database, admin: Actor, tmp_path: Path) -> None:
    layout = importing.Layout("dotted", {"external_id": "id", "priority": "p", "created": "c", "on_hold": "held"},
                              ("external_id", "priority", "created"), time_formats=("%d.%m.%Y %H:%M",))
    file = _file(tmp_path, "A,P2,05.10.2026 09:00,05.10.2026 12:00/05.10.2026 13:30", header="id,p,c,held")
    tickets.import_tickets(db, admin, file, preset=layout, timezone="Europe/Stockholm")
    row = stored(db)["A"]
    assert row["created"] == at("2026-10-05T07:00")
    assert row["holds"] == [(at("2026-10-05T10:00"), at("2026-10-05T11:30"))]


def test_a_changed_time_on_hold_is_audited_with_the_holds_before_and_after(db: Database, admin: Actor, tmp_path: Path) -> None:
    tickets.import_tickets(db, admin, _file(tmp_path, _row("A", on_hold=HOLD), _row("B")))
    later = "2026-10-05T12:00:00Z/2026-10-05T13:00:00Z"
    again = tickets.import_tickets(db, admin, _file(tmp_path, _row("A", on_hold=f"{later};{HOLD}"), _row("B", on_hold=later)))
    assert (again.added, again.updated, again.unchanged) == (0, 2, 0)
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "ticket.update")).one()
    changed = json.loads(event.detail)["tickets"]
    ten, eleven, noon, one = (f"2026-10-05 {h}:00:00+00:00" for h in ("10", "11", "12", "13"))
    assert changed["A"]["changed"] == {"on_hold": [[[ten, eleven]], [[ten, eleven], [noon, one]]]}
    assert changed["B"]["changed"] == {"on_hold": [[], [[noon, one]]]}
    rows = stored(db)
    assert rows["A"]["holds"] == [(at("2026-10-05T10:00"), at("2026-10-05T11:00")), (at("2026-10-05T12:00"), at("2026-10-05T13:00"))]
    assert rows["B"]["holds"] == [(at("2026-10-05T12:00"), at("2026-10-05T13:00"))]


def test_holds_added_later_out_of_order_are_the_same_holds_when_the_ticket_is_imported_again(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    late = "2026-10-05T12:00:00Z/2026-10-05T13:00:00Z"
    tickets.import_tickets(db, admin, _file(tmp_path, _row("A", on_hold=late)))
    extra = tmp_path / "holds.csv"
    extra.write_text("ticket_id,start,end\nA,2026-10-05T10:00:00Z,2026-10-05T11:00:00Z\n", encoding="utf-8")
    assert holds.import_holds(db, admin, extra).added == 1
    again = tickets.import_tickets(db, admin, _file(tmp_path, _row("A", on_hold=f"{late};{HOLD}")))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


def test_one_id_from_two_sources_keeps_each_sources_own_holds(db: Database, admin: Actor, tmp_path: Path) -> None:
    late = "2026-10-05T12:00:00Z/2026-10-05T13:00:00Z"
    tickets.import_tickets(db, admin, _file(tmp_path, _row("A", on_hold=HOLD)), source="east")
    tickets.import_tickets(db, admin, _file(tmp_path, _row("A", on_hold=late)), source="west")
    with db.read() as session:
        held = {(source, start.hour) for source, start in session.execute(
            select(Ticket.source, TicketHold.start_at).join(Ticket, TicketHold.ticket_id == Ticket.id))}
    assert held == {("east", 10), ("west", 12)}
