from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slamdesk import __version__
from slamdesk.cli import main
from slamdesk.core import register
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import SIGNED_STATES

from .raw import raw


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(demo_db: Database) -> str | Path:
    """The demo register in a file, or in a team database (each backend in turn)."""
    return demo_db.target


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"slamdesk {__version__}"


def test_demo_twice_does_not_duplicate(blank_target: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(blank_target), "demo")
    assert code == 0 and "nothing added" not in out
    code, out, _ = run(capsys, "--db", str(blank_target), "demo")
    assert code == 0 and "nothing added" in out
    _, listing, _ = run(capsys, "--db", str(blank_target), "register", "--json")
    rows = json.loads(listing)
    assert len(rows) == 10
    assert len({row["number"] for row in rows}) == 10


def test_register_json_filters_and_scripts(demo_file: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--db", str(demo_file), "register", "--json", "--status", "signed")
    rows = json.loads(out)
    assert {row["status"] for row in rows} == {"signed"} and len(rows) == 2
    assert {"number", "customer", "status", "start", "end", "monthly_value", "currency"} <= set(rows[0])
    _, out, _ = run(capsys, "--db", str(demo_file), "register", "--search", "Київські")
    assert "ТОВ «Київські мережі»" in out and "Fjällbacka" not in out
    assert out.splitlines()[0].split() == ["NUMBER", "CUSTOMER", "STATUS", "START", "END", "MONTHLY", "CUR"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "SLA-1999-9999"], "no agreement numbered"),
        (["export", "SLA-2026-0007"], "only signed agreements"),
        (["export", "SLA-2026-0002", "--format", "odt"], "formats must be among"),
        (["register", "--limit", "0"], "--limit must be at least 1"),
        (["--user", "nobody", "register"], "no user profile named"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(
    demo_file: str | Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", str(demo_file), *args)
    assert code != 0
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_file_that_is_not_sqlite_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "x.db"
    bogus.write_text("hello")
    code, _, err = run(capsys, "--db", str(bogus), "register")
    assert code == 1 and err.strip() == f"slamdesk: error: not a SQLite database: {bogus}"


def test_unknown_option_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["register", "--colour"])
    assert done.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


# What scripts read, in a process started under a locale (the commands run in one process, by ``main``): money,
# dates, figures and shares in the register, the catalogue, a quote, terms and deadlines, credits and the at-risk list.
PRINTED_UNDER_A_LOCALE = """
import contextlib, io, json, locale, os, sys
from slamdesk.cli import main
print(json.dumps([locale.setlocale(locale.LC_CTYPE), os.environ["LANG"]]))
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    print(json.dumps([argv, code, out.getvalue(), err.getvalue()]))
"""
ASKED = [["register"], ["register", "--json"], ["catalogue"], ["quote", "SLA-2026-0002"], ["terms", "SLA-2026-0002"],
         ["deadlines", "--within", "400"], ["credits", "SLA-2026-0002", "--period", "2026-10"], ["at-risk"]]


def test_what_scripts_read_is_the_same_whatever_the_machines_locale(demo_file: str | Path) -> None:
    """The command line writes English, and figures as English writes them, on every machine: the same output under
    C.UTF-8 and under sv_SE.UTF-8 (a decimal comma, Swedish dates). That is why CI's run under other locales
    (packaging/test.sh) leaves the command line's tests out."""
    asked = json.dumps([["--db", str(demo_file), *argv] for argv in ASKED])
    running = {name: subprocess.Popen(
        [sys.executable, "-c", PRINTED_UNDER_A_LOCALE, asked], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=os.environ | {"LANG": name, "LC_ALL": name, "SLAMDESK_NO_AGENT": "1"}) for name in ("C.UTF-8", "sv_SE.UTF-8")}
    printed = {}
    for name, child in running.items():
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err[-2000:]
        said, *answers = out.splitlines()
        assert json.loads(said) == [name, name], said  # packaging/test.sh makes sv_SE.UTF-8
        printed[name] = [json.loads(answer) for answer in answers]
    assert [code for _, code, _, _ in printed["C.UTF-8"]] == [0] * len(ASKED)
    assert "SLA-2026-0002" in printed["C.UTF-8"][0][2]
    assert printed["sv_SE.UTF-8"] == printed["C.UTF-8"]


def test_python_dash_m_entry_point(demo_file: str | Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "slamdesk", "--db", str(demo_file), "register", "--limit", "3"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 3 and "SLA-20" in result.stdout  # the header and three rows


@pytest.mark.parametrize("command", [["register"], ["catalogue"], ["export", "SLA-2026-0001"], ["audit", "verify"],
                                     ["verify", "x.pdf"], ["quote", "SLA-2026-0001"], ["backup"]])
def test_a_mistyped_database_path_is_no_such_database_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    mistyped = tmp_path / "slamdsek.db"
    code, out, err = run(capsys, "--db", str(mistyped), *command)
    assert (code, out) == (1, "")
    assert err == f"slamdesk: error: no such database: {mistyped} (slamdesk demo or the window creates one)\n"
    assert list(tmp_path.iterdir()) == []


def test_signed_export_verifies_and_one_flipped_byte_fails(
    demo_file: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLAMDESK_PASSPHRASE", "correct horse battery")
    code, out, err = run(capsys, "--db", str(demo_file), "export", "SLA-2026-0002", "--format", "pdf",
                         "--out", str(tmp_path / "o"))
    assert code == 0, err
    pdf = Path(out.split("\t")[0])
    code, out, _ = run(capsys, "--db", str(demo_file), "verify", str(pdf))
    assert code == 0 and out.startswith("INTACT") and "content matches SLA-2026-0002 v1" in out
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    code, out, _ = run(capsys, "--db", str(demo_file), "verify", str(tampered))
    assert code == 3 and out.startswith("FAILED")
    verdict, *reasons = out.splitlines()
    assert verdict == f"FAILED: {tampered}: not as it was signed: the file was changed after its signature"
    assert reasons and all(line.startswith("  ") for line in reasons)
    assert "matches" not in out  # no "content matches" beside "changed after it was signed"


def test_wrong_passphrase_is_one_line(
    demo_file: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLAMDESK_PASSPHRASE", "correct horse battery")
    assert run(capsys, "--db", str(demo_file), "export", "SLA-2026-0002", "--format", "pdf", "--out", str(tmp_path))[0] == 0
    monkeypatch.setenv("SLAMDESK_PASSPHRASE", "wrong horse battery")
    code, _, err = run(capsys, "--db", str(demo_file), "export", "SLA-2026-0003", "--format", "pdf", "--out", str(tmp_path))
    assert code == 1 and err.strip() == "slamdesk: error: wrong passphrase for the provider's signing key"


def test_export_without_passphrase_on_a_pipe_says_what_to_do(
    demo_file: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(demo_file), "export", "SLA-2026-0002")
    assert code == 1 and "SLAMDESK_PASSPHRASE" in err
    code, out, _ = run(capsys, "--db", str(demo_file), "export", "SLA-2026-0002", "--unsigned", "--format", "docx")
    assert code == 0 and out.strip().endswith(tuple("0123456789abcdef"))


def test_audit_verify_finds_a_removed_event(demo_file: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "audit", "verify")
    assert code == 0 and out.startswith("audit log intact:")
    database = Database.open(demo_file)
    with raw(database) as connection:  # what someone with the database's owner rights can do
        connection.drop_triggers()
        connection.execute("DELETE FROM audit_event WHERE id = 10")
    database.close()
    code, out, _ = run(capsys, "--db", str(demo_file), "audit", "verify")
    assert code == 3 and "BROKEN at event 11" in out


def test_register_view_to_csv(demo_file: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "view.csv"
    code, out, _ = run(capsys, "--db", str(demo_file), "register", "--status", "draft", "--output", str(target))
    assert code == 0 and out.strip() == f"1 agreements written to {target}"
    assert "ПрАТ «Львівська пекарня»" in target.read_text(encoding="utf-8-sig")


def test_catalogue_lists_levels_targets_variants_and_price_models(
    demo_file: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "catalogue", "--json")
    services = {service["code"]: service for service in json.loads(out)}
    assert code == 0 and set(services) == {"SD", "ONB", "NET", "HW", "FLD"}
    desk = {level["name"]: level for level in services["SD"]["levels"]}
    assert desk["Gold VIP (Fjällbacka Rederi)"]["vip_customer"] == "Fjällbacka Rederi AB"
    p1 = desk["Gold"]["targets"][0]
    assert p1["external"] == {"response_minutes": 15, "resolution_minutes": 60}
    assert p1["internal"] == {"response_minutes": 12, "resolution_minutes": 48} and p1["hours"] == "calendar"
    assert desk["Silver"]["price_model"]["volume_bands"] == [
        {"from_units": 100, "discount_pct": "5"}, {"from_units": 250, "discount_pct": "10"}
    ]
    hardware = {level["name"]: level for level in services["HW"]["levels"]}
    assert hardware["Gold"]["regions"] == ["City"]
    assert hardware["Silver"]["regional_variants"][0]["region"] == "Rural"
    assert services["FLD"]["levels"][0]["price_model"]["value_unit"] == "delivered_item"
    code, text, _ = run(capsys, "--db", str(demo_file), "catalogue")
    assert "variant Rural: +20 %; P1 8 h/1 d, P2 16 h/2 d" in text
    assert "New user account created: within 1 working day (internal 0.8 working days)" in text


def test_quote_prints_lines_totals_and_every_level_side_by_side(
    demo_file: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "quote", "SLA-2026-0001", "--compare-levels", "--json")
    report = json.loads(out)
    assert code == 0 and [line["line_total"] for line in report["lines"]] == ["2210.00", "1656.00"]
    assert report["totals"]["total"] == "3866.00"
    desk = report["compare_levels"]["lines"][0]
    assert desk["chosen"] == "Silver" and desk["levels"]["Gold"]["price"]["total"] == "3315.00"
    assert desk["levels"]["Bronze"]["problems"] == ["Bronze covers Mon-Fri 08:00-17:00, not Mon-Fri 07:00-19:00"]
    assert set(report["compare_levels"]["totals_per_level"]) == {"Silver", "Gold"}
    code, text, _ = run(capsys, "--db", str(demo_file), "quote", "SLA-2026-0001", "--compare-levels")
    assert "*2210.00" in text and "subtotal 3866.00" in text
    code, _, err = run(capsys, "--db", str(demo_file), "quote", "SLA-1999-0001")
    assert code == 1 and err.strip() == "slamdesk: error: no agreement numbered 'SLA-1999-0001'"


@pytest.mark.postgresql_only
@pytest.mark.parametrize("args", [["backup"], ["restore", "saved.db"]], ids=["backup", "restore"])
def test_backing_up_a_team_database_is_left_to_its_server_in_one_line(
    demo_file: str | Path, capsys: pytest.CaptureFixture[str], args: list[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--db", str(demo_file), *args)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "on its server (pg_dump, pg_restore)" in err
    assert list(tmp_path.rglob("*.db")) == []


def test_export_all_signed_exports_what_the_register_lacks_as_the_windows_batch_does(
    demo_file: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Database.open(demo_file)
    signed = sorted(row.number for row in register.list_agreements(database) if row.status in SIGNED_STATES)
    database.close()
    code, out, err = run(capsys, "--db", str(demo_file), "export", "--all-signed", "--unsigned", "--format", "docx")
    assert code == 0 and sorted(Path(line.split("\t")[0]).stem.removesuffix("-v1") for line in out.splitlines()) == signed
    assert err.strip() == f"{len(signed)} agreements exported, 0 already in the register"
    code, out, err = run(capsys, "--db", str(demo_file), "export", "--all-signed", "--unsigned", "--format", "docx")
    assert (code, out) == (0, "")  # nothing is exported twice
    assert err.strip() == f"0 agreements exported, {len(signed)} already in the register"


def test_the_window_opens_the_database_without_waiting_for_the_day_s_backup(
    demo_file: str | Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slamdesk.ui import app

    opened: list[bool] = []
    real_open = Database.open

    def spy(target: object, *, daily_backup: bool = True) -> Database:
        opened.append(daily_backup)
        return real_open(target, daily_backup=daily_backup)  # type: ignore[arg-type]

    monkeypatch.setattr(Database, "open", staticmethod(spy))
    db, actor = app.open_database(str(demo_file), "anna")  # the window's: it backs up in a worker once shown
    db.close()
    assert actor is not None and actor.username == "anna"
    assert main(["--db", str(demo_file), "register", "--limit", "1"]) == 0
    assert opened == [False, True]


def test_no_command_starts_the_window_with_the_database_and_profile_given(
    demo_file: str | Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slamdesk import launch
    from slamdesk.ui import app

    started: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(app, "start", lambda given=None, username=None: started.append((given, username)) or 5)
    assert main(["--db", str(demo_file), "--user", "anna"]) == 5
    assert launch.main(["--user=linh", f"--db={demo_file}"]) == 5
    assert launch.main([]) == 5
    assert started == [(str(demo_file), "anna"), (str(demo_file), "linh"), (None, None)]


@pytest.mark.parametrize("arguments", [["--db"], ["--db", "x.db", "--bogus"], ["--user", "an\u202ena"], ["--db", "x" * 5000]])
def test_what_the_window_cannot_take_is_refused_by_the_command_line(
    arguments: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from slamdesk import launch
    from slamdesk.ui import app

    monkeypatch.setattr(app, "start", lambda given=None, username=None: pytest.fail("the window started"))
    with pytest.raises(SystemExit) as ended:
        launch.main(arguments)
    assert ended.value.code == 2
    assert capsys.readouterr().err.startswith("slamdesk: error: ")


@pytest.mark.parametrize("typed", ["sla-2026-0001", " Sla-2026-0001 ", "SLA-2026-0001"])
def test_an_agreement_number_is_taken_in_any_case(
    demo_file: str | Path, capsys: pytest.CaptureFixture[str], typed: str,
) -> None:
    code, out, err = run(capsys, "--db", str(demo_file), "quote", typed, "--json")
    assert code == 0, err
    assert json.loads(out)["totals"]["total"] == "3866.00"
    code, _out, err = run(capsys, "--db", str(demo_file), "quote", "sla-2026-9999")
    assert code == 1 and "SLA-2026-9999" in err  # named as it would be written
