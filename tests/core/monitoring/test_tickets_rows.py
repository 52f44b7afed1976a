"""A ticket row at its edges (``core.monitoring.tickets``): priorities, times in order, times on hold, finding the agreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import importing, tickets
from slamdesk.core.roles import Actor
from tests.core.monitoring.test_tickets_import import at, stored

HEADER = "external_id,agreement,customer,service,site,priority,created,first_response,resolved,reopened,on_hold,csat,ces"
CREATED = "2026-10-05T09:00:00Z"


def _file(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "t.csv"
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


def _reasons(db: Database, admin: Actor, path: Path, **options: object) -> list[str]:
    result = tickets.import_tickets(db, admin, path, skip_bad=True, **options)  # type: ignore[arg-type]
    return [str(row) for row in result.skipped]


def test_a_priority_is_ours_in_any_case_or_the_tools_word(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, f"A,,,,,p2,{CREATED},,,,,,", f"B,,,,,Extreme,{CREATED},,,,,,", f"C,,,,,,{CREATED},,,,,,")
    assert _reasons(demo_db, admin, file) == ["line 3: the priority 'Extreme' is not one of P1, P2, P3, P4",
                                              "line 4: the priority is missing"]
    assert stored(demo_db)["A"]["priority"] == "P2"
    zendesk = tmp_path / "z.csv"
    zendesk.write_text("Id,Priority,Created at\nZ-1,URGENT,2026-10-05T09:00:00Z\nZ-2,P9,2026-10-05T09:00:00Z\n", encoding="utf-8")
    assert _reasons(demo_db, admin, zendesk, preset="zendesk") == [
        "line 3: the priority 'P9' is not one of Urgent, High, Normal, Low, P1, P2, P3, P4"]
    assert stored(demo_db)["Z-1"]["priority"] == "P1"


def test_each_time_before_the_creation_is_named_and_one_at_the_creation_is_kept(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    early = "2026-10-05T08:59:00Z"
    file = _file(tmp_path, "A,,,,,P2,,,,,,,", f"B,,,,,P2,{CREATED},,{early},,,,", f"C,,,,,P2,{CREATED},,,{early},,,",
                 f"D,,,,,P2,{CREATED},{CREATED},{CREATED},{CREATED},,,")
    assert _reasons(demo_db, admin, file) == [
        "line 2: the creation time ('created') is missing",
        "line 3: the resolved (2026-10-05 08:59 UTC) comes before the ticket was created (2026-10-05 09:00 UTC)",
        "line 4: the reopened (2026-10-05 08:59 UTC) comes before the ticket was created (2026-10-05 09:00 UTC)",
    ]
    d = stored(demo_db)["D"]
    assert d["first_response"] == d["resolved"] == d["reopened"] == at("2026-10-05T09:00")


def test_a_first_reply_in_minutes_counts_only_when_no_first_response_time_is_given(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    layout = importing.Layout("both", {"external_id": "id", "priority": "p", "created": "c", "first_response": "f",
                                       "first_response_minutes": "m"}, ("external_id", "priority", "created"))
    file = _file(tmp_path, f"A,P2,{CREATED},2026-10-05T09:05:00Z,30", f"B,P2,{CREATED},,30", f"C,P2,{CREATED},,",
                 header="id,p,c,f,m")
    tickets.import_tickets(demo_db, admin, file, preset=layout)
    rows = stored(demo_db)
    assert (rows["A"]["first_response"], rows["B"]["first_response"], rows["C"]["first_response"]) == (
        at("2026-10-05T09:05"), at("2026-10-05T09:30"), None)


def test_times_on_hold_are_start_end_pairs_in_order(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    late = "2026-10-05T12:00:00Z/2026-10-05T13:00:00Z"
    early = "2026-10-05T10:00:00Z/2026-10-05T10:00:00Z"
    file = _file(tmp_path, f"A,,,,,P2,{CREATED},,,,{late}; ;{early};,,", f"B,,,,,P2,{CREATED},,,,2026-10-05T10:00:00Z,,",
                 f"C,,,,,P2,{CREATED},,,,10:00/11:00/12:00,,",
                 f"D,,,,,P2,{CREATED},,,,2026-10-05T11:00:00Z/2026-10-05T10:00:00Z,,",
                 f"E,,,,,P2,{CREATED},,,,/2026-10-05T10:00:00Z,,", f"F,,,,,P2,{CREATED},,,,2026-10-05T10:00:00Z/,,")
    assert _reasons(demo_db, admin, file) == [
        "line 3: a time on hold is START/END, not '2026-10-05T10:00:00Z'",
        "line 4: a time on hold is START/END, not '10:00/11:00/12:00'",
        "line 5: the time on hold '2026-10-05T11:00:00Z/2026-10-05T10:00:00Z' does not end after it starts",
        "line 6: the time on hold '/2026-10-05T10:00:00Z' does not end after it starts",
        "line 7: the time on hold '2026-10-05T10:00:00Z/' does not end after it starts",
    ]
    assert stored(demo_db)["A"]["holds"] == [(at("2026-10-05T10:00"), at("2026-10-05T10:00")),
                                             (at("2026-10-05T12:00"), at("2026-10-05T13:00"))]


def test_times_on_hold_without_a_zone_are_read_in_the_imports_zone(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, f"A,,,,,P2,{CREATED},,,,2026-10-05 12:00/2026-10-05 13:00,,")
    with pytest.raises(ValidationError, match="line 2, the time on hold: '2026-10-05 12:00' has no time zone"):
        tickets.import_tickets(demo_db, admin, file)
    tickets.import_tickets(demo_db, admin, file, timezone="Europe/Stockholm")
    assert stored(demo_db)["A"]["holds"] == [(at("2026-10-05T10:00"), at("2026-10-05T11:00"))]


@pytest.mark.parametrize(("day", "site", "number"), [
    ("2024-03-01", "Växjö", "SLA-2024-0001"),  # the terminated agreement's first day
    ("2026-02-28", "VÄXJÖ", "SLA-2024-0001"),  # its last day; a site in another case
    ("2026-02-28", "", "SLA-2024-0001"),  # no site: any of the service's sites
    ("2024-02-29", "Växjö", None),  # before it began
    ("2026-03-01", "Växjö", None),  # after it ended (SLA-2026-0005 is still in review)
    ("2025-06-01", "Lund", None),  # another site
])
def test_a_ticket_naming_no_agreement_is_matched_in_force_on_its_day(
    demo_db: Database, admin: Actor, tmp_path: Path, day: str, site: str, number: str | None
) -> None:
    file = _file(tmp_path, f"A,,växjö bostäder ab,SERVICE DESK,{site},P2,{day}T09:00:00Z,,,,,,")
    result = tickets.import_tickets(demo_db, admin, file)
    assert stored(demo_db)["A"]["agreement"] == number
    assert result.unmatched == (number is None)


@pytest.mark.parametrize(("customer", "service", "site", "day"), [
    ("Växjö Bostäder AB", "On-site printer and hardware support", "Växjö centrum", "2026-06-01"),  # SLA-2026-0005, in review
    ("ТОВ «Київські мережі»", "Network monitoring", "Київ, Поділ", "2026-06-01"),  # SLA-2026-0004, approved
    ("Tập đoàn Vận tải Đà Nẵng", "Service desk", "Đà Nẵng", "2026-06-01"),  # SLA-2026-0006, changes requested
    ("ПрАТ «Львівська пекарня»", "User onboarding and offboarding", "Львів", "2026-07-01"),  # SLA-2026-0007, a draft
])
def test_a_ticket_is_not_matched_to_an_agreement_not_yet_signed_even_within_its_dates(
    demo_db: Database, admin: Actor, tmp_path: Path, customer: str, service: str, site: str, day: str
) -> None:
    file = _file(tmp_path, f'A,,"{customer}",{service},"{site}",P2,{day}T09:00:00Z,,,,,,')
    result = tickets.import_tickets(demo_db, admin, file)
    assert stored(demo_db)["A"]["agreement"] is None
    assert result.unmatched == 1


def test_an_unknown_preset_is_refused_naming_the_presets(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no preset 'servicenow': the presets are template, zendesk, freshdesk, jira, glpi,"
                                              " or a layout file .json") as refused:
        tickets.import_tickets(demo_db, admin, _file(tmp_path), preset="servicenow")
    assert refused.value.field == "preset"
    assert tickets.layout_named("JIRA").name == "jira"


def test_the_template_written_is_its_header_and_an_example_row(tmp_path: Path) -> None:
    tickets.write_template(tmp_path / "t.csv")
    header, example = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    assert header == HEADER
    assert example == ("T-1001,SLA-2026-0001,,Service desk,Göteborg,P2,2026-10-05T09:12:00+02:00,2026-10-05T09:40:00+02:00,"
                       "2026-10-05T15:02:00+02:00,,2026-10-05T10:00:00+02:00/2026-10-05T11:00:00+02:00,5,2")


def test_a_reimported_ticket_whose_holds_changed_gets_the_new_ones(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    hold = "2026-10-05T10:00:00Z/2026-10-05T11:00:00Z"
    tickets.import_tickets(demo_db, admin, _file(tmp_path, f"A,,,,,P2,{CREATED},,,,{hold},,", f"B,,,,,P2,{CREATED},,,,{hold},,"))
    again = tickets.import_tickets(demo_db, admin, _file(tmp_path, f"A,,,,,P2,{CREATED},,,,,,", f"B,,,,,P2,{CREATED},,,,{hold},,"))
    assert (again.added, again.updated, again.unchanged) == (0, 1, 1)
    rows = stored(demo_db)
    assert rows["A"]["holds"] == [] and rows["B"]["holds"] == [(at("2026-10-05T10:00"), at("2026-10-05T11:00"))]
    assert rows["A"]["import_id"] == again.import_id and rows["B"]["import_id"] != again.import_id
