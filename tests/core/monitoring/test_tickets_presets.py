"""Each help desk's own export as its preset reads it (``core.monitoring.tickets``): every column, every priority word, every date form.

The headers are written out here as each tool exports them, never taken from the presets, so a preset that names
a column wrongly reads nothing from it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import importing, tickets
from slamdesk.core.roles import Actor
from tests.core.monitoring.test_tickets_import import at, stored


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# preset, file, the words it uses for each priority (ours after the arrow), in the tool's own case
WORDS = [
    ("zendesk", "Id,Priority,Created at\n", ",", {"Urgent": "P1", "High": "P2", "Normal": "P3", "Low": "P4"}),
    ("freshdesk", "Ticket ID,Priority,Created time\n", ",", {"Urgent": "P1", "High": "P2", "Medium": "P3", "Low": "P4"}),
    ("jira", "Issue key,Priority,Created\n", ",",
     {"Highest": "P1", "High": "P2", "Medium": "P3", "Low": "P4", "Lowest": "P4"}),
    ("glpi", "ID;Priority;Opening date\n", ";",
     {"Major": "P1", "Very high": "P1", "High": "P2", "Medium": "P3", "Low": "P4", "Very low": "P4"}),
]


@pytest.mark.parametrize(("preset", "header", "separator", "words"), WORDS, ids=[case[0] for case in WORDS])
def test_each_presets_priority_words_are_ours(
    db: Database, admin: Actor, tmp_path: Path, preset: str, header: str, separator: str, words: dict[str, str]
) -> None:
    rows = "".join(f"{preset}-{n}{separator}{word}{separator}2026-10-05 09:00\n" for n, word in enumerate(words))
    result = tickets.import_tickets(db, admin, _write(tmp_path, "export.csv", header + rows), preset=preset, timezone="UTC")
    assert result.skipped == ()
    found = stored(db)
    assert [found[f"{preset}-{n}"]["priority"] for n in range(len(words))] == list(words.values())


def test_every_column_of_each_tools_csv_export_is_read(db: Database, admin: Actor, tmp_path: Path) -> None:
    exports = {
        "zendesk": "Id,Organization,Group,Priority,Created at,First reply time in minutes,Solved at\n"
                   "Z-1,Org Z,Group Z,High,2026-10-05 09:00,25,2026-10-05 12:00\n",
        "freshdesk": "Ticket ID,Company Name,Product,Priority,Created time,Initial response time,Resolved time\n"
                     "F-1,Company F,Product F,High,2026-10-05 09:00,2026-10-05 09:25,2026-10-05 12:00\n",
        "jira": "Issue key,Custom field (Organizations),Component/s,Priority,Created,"
                "Custom field ([CHART] Date of First Response),Resolved,Custom field (Satisfaction)\n"
                "J-1,Org J,Component J,High,05/Oct/26 9:00 AM,05/Oct/26 9:25 AM,05/Oct/26 12:00 PM,4\n",
        "glpi": "ID;Entity;Category;Location;Priority;Opening date;Take into account date;Resolution date\n"
                "G-1;Entity G;Category G;Location G;High;2026-10-05 09:00;2026-10-05 09:25;2026-10-05 12:00\n",
    }
    for preset, text in exports.items():
        result = tickets.import_tickets(db, admin, _write(tmp_path, f"{preset}.csv", text), preset=preset, timezone="UTC")
        assert (result.added, result.skipped) == (1, ())
    found = stored(db)
    assert {key: (row["source"], row["customer"], row["service"], row["site"], row["priority"]) for key, row in found.items()} == {
        "Z-1": ("zendesk", "Org Z", "Group Z", "", "P2"),
        "F-1": ("freshdesk", "Company F", "Product F", "", "P2"),
        "J-1": ("jira", "Org J", "Component J", "", "P2"),
        "G-1": ("glpi", "Entity G", "Category G", "Location G", "P2"),
    }
    for key, row in found.items():
        assert (row["created"], row["first_response"], row["resolved"]) == (
            at("2026-10-05T09:00"), at("2026-10-05T09:25"), at("2026-10-05T12:00")), key
    assert [found[key]["csat"] for key in ("Z-1", "F-1", "J-1", "G-1")] == [None, None, 4, None]


def test_every_key_of_zendesks_json_export_is_read(db: Database, admin: Actor, tmp_path: Path) -> None:
    line = ('{"id": 77, "organization_name": "Org Z", "group_name": "Group Z", "priority": "low", "created_at": '
            '"2026-10-05T09:00:00Z", "metric_set": {"reply_time_in_minutes": {"calendar": 25, "business": 5}, '
            '"solved_at": "2026-10-05T12:00:00Z"}}\n')
    assert tickets.import_tickets(db, admin, _write(tmp_path, "z.json", line), preset="zendesk").added == 1
    row = stored(db)["77"]
    assert (row["customer"], row["service"], row["site"], row["priority"]) == ("Org Z", "Group Z", "", "P4")
    assert (row["created"], row["first_response"], row["resolved"]) == (
        at("2026-10-05T09:00"), at("2026-10-05T09:25"), at("2026-10-05T12:00"))


def test_jira_dates_are_read_in_each_of_its_forms(db: Database, admin: Actor, tmp_path: Path) -> None:
    text = ("Issue key,Priority,Created\n"
            "J-1,High,05/Oct/26 2:30 PM\n"
            "J-2,High,05/Oct/26 14:31\n"
            "J-3,High,05/10/2026 14:32\n")
    result = tickets.import_tickets(db, admin, _write(tmp_path, "jira.csv", text), preset="jira", timezone="Asia/Jakarta")
    assert result.skipped == ()
    found = stored(db)
    assert [found[key]["created"] for key in ("J-1", "J-2", "J-3")] == [
        at("2026-10-05T07:30"), at("2026-10-05T07:31"), at("2026-10-05T07:32")]


def test_only_the_template_has_columns_for_reopened_holds_and_effort(db: Database, admin: Actor, tmp_path: Path) -> None:
    zendesk = ("Id,Priority,Created at,reopened,on_hold,ces\n"
               "Z-1,High,2026-10-05 09:00,2026-10-05 10:00,2026-10-05 10:00/2026-10-05 11:00,3\n")
    tickets.import_tickets(db, admin, _write(tmp_path, "z.csv", zendesk), preset="zendesk", timezone="UTC")
    row = stored(db)["Z-1"]
    assert (row["reopened"], row["holds"], row["ces"]) == (None, [], None)


def test_a_layout_file_is_known_by_its_extension_in_any_case(db: Database, admin: Actor, tmp_path: Path) -> None:
    kept = importing.Layout("helpdesk", {"external_id": "Ref", "priority": "Urgency", "created": "Opened"},
                            ("external_id", "priority", "created"), values={"red": "P1"})
    importing.save_layout(kept, tmp_path / "HELPDESK.JSON")
    assert tickets.layout_named(str(tmp_path / "HELPDESK.JSON")) == kept
    assert tickets.layout_named("Zendesk") is tickets.PRESETS["zendesk"]
    with pytest.raises(ValidationError, match="a layout cannot name color"):
        importing.save_layout(importing.Layout("odd", {"color": "Colour"}, ()), tmp_path / "odd.json")
        tickets.layout_named(str(tmp_path / "odd.json"))


@pytest.mark.parametrize(("header", "missing"), [("Priority,Created at", "'Id'"), ("Id,Created at", "'Priority'"),
                                                 ("Id,Priority", "'Created at'")])
def test_a_file_without_an_id_priority_or_creation_column_is_refused_naming_it(
    db: Database, admin: Actor, tmp_path: Path, header: str, missing: str
) -> None:
    with pytest.raises(ValidationError, match=rf"z.csv has no column {missing} \(the zendesk layout\)"):
        tickets.import_tickets(db, admin, _write(tmp_path, "z.csv", f"{header}\nx,y\n"), preset="zendesk", timezone="UTC")
    record = '{"external_id": "A", "created": "2026-10-05T09:00:00Z"}\n'
    result = tickets.import_tickets(db, admin, _write(tmp_path, "t.json", record), skip_bad=True)
    assert [str(row) for row in result.skipped] == ["line 1: it has no 'priority'"]
