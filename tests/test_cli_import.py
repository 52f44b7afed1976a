"""``slamdesk import``: tickets and outages from files, and the templates to fill in."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from slamdesk import cli
from slamdesk.core.db import Database

TICKETS = Path(__file__).parent / "data" / "tickets"
OUTAGES = Path(__file__).parent / "data" / "outages"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_tickets_prints_what_it_did_and_again_adds_nothing(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    database = str(demo_db.target)
    code, out, err = run(capsys, "--db", database, "import", "tickets", str(TICKETS / "zendesk.csv"), "--preset", "zendesk",
                         "--timezone", "Europe/Stockholm")
    assert (code, err) == (0, "") and out.startswith("zendesk.csv: 3 tickets added, 0 updated, 0 unchanged, 0 skipped (import ")
    code, out, _ = run(capsys, "--db", database, "import", "tickets", str(TICKETS / "zendesk.csv"), "--preset", "zendesk",
                       "--timezone", "Europe/Stockholm", "--json")
    shown = json.loads(out)
    assert code == 0 and {k: v for k, v in shown.items() if k != "import"} == {
        "kind": "tickets", "file": "zendesk.csv", "added": 0, "updated": 0, "unchanged": 3, "unmatched": 0, "skipped": []}


def test_a_refused_file_names_every_bad_row_and_the_report_lists_them(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    report = tmp_path / "bad.csv"
    code, out, err = run(capsys, "--db", str(demo_db.target), "import", "tickets", str(TICKETS / "bad_rows.csv"),
                         "--report", str(report))
    assert code == 1 and out == ""
    assert err.startswith("slamdesk: error: bad_rows.csv was not imported: 7 bad rows")
    assert "  line 3: the priority 'Extreme' is not one of P1, P2, P3, P4" in err and "  line 10: the effort score" in err
    with report.open(encoding="utf-8", newline="") as handle:
        assert [row[0] for row in csv.reader(handle)] == ["line", "line 3", "line 4", "line 5", "line 6", "line 7", "line 9",
                                                          "line 10"]
    code, out, err = run(capsys, "--db", str(demo_db.target), "import", "tickets", str(TICKETS / "bad_rows.csv"),
                         "--skip-bad", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["added"] == 2 and [s["where"] for s in shown["skipped"]][:2] == ["line 3", "line 4"]
    assert shown["skipped"][0] == {"where": "line 3", "id": "B-2",
                                   "reason": "the priority 'Extreme' is not one of P1, P2, P3, P4"}


def test_naive_times_without_a_timezone_are_one_clear_line(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_db.target), "import", "tickets", str(TICKETS / "glpi.csv"), "--preset", "glpi")
    assert code == 1 and err == ("slamdesk: error: line 2, 'Opening date': '2024-05-13 08:30' has no time zone; "
                                 "give the zone the file's times are in (--timezone, e.g. Europe/Stockholm)\n")
    code, _, err = run(capsys, "--db", str(demo_db.target), "import", "tickets", str(TICKETS / "glpi.csv"), "--preset", "glpi",
                       "--timezone", "Mars/Olympus")
    assert code == 1 and "'Mars/Olympus' is not a time zone" in err


def test_import_outages_with_the_plain_layout(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db.target), "import", "outages", str(OUTAGES / "plain.csv"), "--preset", "plain",
                       "--timezone", "Europe/Stockholm")
    assert code == 0 and out.startswith("plain.csv: 2 outages added, 0 updated, 0 unchanged, 0 skipped")


def test_templates_are_written_without_a_database_and_never_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "t.csv"
    assert run(capsys, "--db", str(tmp_path / "none.db"), "import", "template", "tickets", "--out", str(out_file))[0] == 0
    assert not (tmp_path / "none.db").exists()
    assert out_file.read_text(encoding="utf-8").startswith("external_id,agreement,customer,service,site,priority,created,")
    code, _, err = run(capsys, "import", "template", "tickets", "--out", str(out_file))
    assert code == 1 and "exists; it is never overwritten" in err
    assert run(capsys, "import", "template", "outages", "--out", str(tmp_path / "o.csv"))[0] == 0
    header = (tmp_path / "o.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "outage_id,agreement,service,site,region,start,end,planned"


def test_an_import_asks_a_protected_profiles_passphrase_first(
    demo_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slamdesk.core import users

    admin = users.get_actor(demo_db)
    users.set_passphrase(demo_db, admin, admin.username, "correct horse battery staple")
    monkeypatch.delenv("SLAMDESK_USER_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "--db", str(demo_db.target), "import", "tickets", str(TICKETS / "template.json"))
    assert code == 1 and "has a passphrase" in err
    monkeypatch.setenv("SLAMDESK_USER_PASSPHRASE", "correct horse battery staple")
    assert run(capsys, "--db", str(demo_db.target), "import", "tickets", str(TICKETS / "template.json"))[0] == 0


def test_a_presets_layout_is_written_changed_and_used_again(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    kept = tmp_path / "ours.json"
    code, out, _ = run(capsys, "import", "template", "tickets", "--layout", "zendesk", "--out", str(kept))
    assert code == 0 and out == f"{kept}: the zendesk layout; change its columns and import with --preset {kept}\n"
    layout = json.loads(kept.read_text(encoding="utf-8"))
    assert layout["columns"]["created"] == "Created at" and layout["values"]["urgent"] == "P1"
    layout["columns"]["created"], layout["name"] = "Opened at", "ours"
    kept.write_text(json.dumps(layout), encoding="utf-8")
    export = tmp_path / "export.csv"
    export.write_text((TICKETS / "zendesk.csv").read_text(encoding="utf-8").replace("Created at,", "Opened at,"),
                      encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(demo_db.target), "import", "tickets", str(export), "--preset", str(kept),
                       "--timezone", "Europe/Stockholm", "--json")
    assert code == 0 and json.loads(out)["added"] == 3
    code, _, err = run(capsys, "import", "template", "outages", "--layout", "zendesk", "--out", str(tmp_path / "x.json"))
    assert code == 1 and "no outage layout 'zendesk': the layouts are template, plain" in err


def test_import_holds_for_tickets_of_a_source(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    database = str(demo_db.target)
    assert run(capsys, "--db", database, "import", "tickets", str(TICKETS / "zendesk.json"), "--preset", "zendesk")[0] == 0
    code, out, _ = run(capsys, "--db", database, "import", "holds", str(TICKETS / "holds.csv"), "--source", "zendesk")
    assert code == 0 and out.startswith("holds.csv: 3 holds added, 0 updated, 0 unchanged, 0 skipped")
    code, _, err = run(capsys, "--db", database, "import", "holds", str(TICKETS / "holds.csv"))
    assert code == 1 and "line 2: no ticket '4711' from 'template' is stored" in err
