"""Hostile input on the command line (issue 9, items 10 and 11): one line on stderr and a non-zero exit, never a traceback.

Every argument of every command that takes a value is given the same
hostile strings as the core use cases (NUL, C0/C1 controls, bidi overrides,
zero-width characters, lone surrogates, NFD spellings, a million characters,
plain Swedish, Vietnamese and Ukrainian text), by ``slamdesk.cli.main``; a
few cases also run as a real process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings

from slamdesk import cli
from slamdesk.cli import main
from slamdesk.core import agreements, users
from slamdesk.core.db import Database
from slamdesk.core.renewals import standing
from tests.core.test_hostile_input import EVERY_TIME, hostile

Argv = Callable[[str], list[str]]
# A failing example of a million characters is reported cut short, not refused for its size.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

NUMBER = "SLA-2026-0002"  # signed in the demo portfolio
EXPORT = ["export", NUMBER, "--unsigned", "--format", "docx"]
NOTICED = "SLA-2026-0003"  # signed in the demo portfolio; notice given on its first day (``demo_template``)
DRAFT = "SLA-2026-0007"  # a draft in the demo portfolio: its terms may change

# Every argument that takes a value, per command: how to put the hostile value in.
ARGUMENTS: dict[tuple[str, str], Argv] = {
    ("", "db"): lambda v: ["--db", v, "register"],
    ("", "user"): lambda v: ["--user", v, "register"],
    ("", "user as writer"): lambda v: ["--user", v, *EXPORT],
    ("demo", "agreements"): lambda v: ["demo", "--agreements", v],
    ("register", "status"): lambda v: ["register", "--status", v],
    ("register", "search"): lambda v: ["register", "--search", v],
    ("register", "limit"): lambda v: ["register", "--limit", v],
    ("register", "output"): lambda v: ["register", "--output", v],
    ("export", "number"): lambda v: ["export", v, "--unsigned", "--format", "docx"],
    ("export", "format"): lambda v: ["export", NUMBER, "--unsigned", "--format", v],
    ("export", "out"): lambda v: [*EXPORT, "--out", v],
    ("quote", "number"): lambda v: ["quote", v, "--compare-levels"],
    ("audit", "action"): lambda v: ["audit", v],
    ("verify", "file"): lambda v: ["verify", v],
    ("verify", "cert"): lambda v: ["verify", "missing.pdf", "--cert", v],
    ("backup", "out"): lambda v: ["backup", "--out", v],
    ("restore", "file"): lambda v: ["restore", v],
    # ``start`` and ``serve`` would leave an agent running: tests/test_agent.py starts and stops them
    ("agent", "action"): lambda v: ["agent", "status" if v in ("start", "serve") else v],
    ("agent", "idle"): lambda v: ["agent", "status", "--idle", v],
    ("compliance", "number"): lambda v: ["compliance", v, "--period", "2026-10"],
    ("compliance", "period"): lambda v: ["compliance", NUMBER, "--period", v],
    ("close-period", "number"): lambda v: ["close-period", v, "--period", "2026-10"],
    ("close-period", "period"): lambda v: ["close-period", NUMBER, "--period", v],
    ("at-risk", "share"): lambda v: ["at-risk", "--share", v],
    ("credits", "number"): lambda v: ["credits", v, "--period", "2026-10"],
    ("credits", "period"): lambda v: ["credits", NUMBER, "--period", v],
    ("experience", "number"): lambda v: ["experience", v, "--period", "2026-10"],
    ("experience", "period"): lambda v: ["experience", NUMBER, "--period", v],
    ("export-credit-note", "number"): lambda v: ["export-credit-note", v, "--period", "2026-10", "--unsigned"],
    ("export-credit-note", "period"): lambda v: ["export-credit-note", NUMBER, "--period", v, "--unsigned"],
    ("export-credit-note", "format"): lambda v: ["export-credit-note", NUMBER, "--period", "2026-10", "--format", v,
                                                  "--unsigned"],
    ("export-credit-note", "out"): lambda v: ["export-credit-note", NUMBER, "--period", "2026-10", "--out", v,
                                               "--unsigned"],
    ("suggest", "number"): lambda v: ["suggest", v],
    ("what-if", "number"): lambda v: ["what-if", v, "--period", "2026-10"],
    ("what-if", "period"): lambda v: ["what-if", NUMBER, "--period", v],
    ("report", "number"): lambda v: ["report", v, "--period", "2026-10"],
    ("report", "period"): lambda v: ["report", NUMBER, "--period", v],
    ("report", "format"): lambda v: ["report", NUMBER, "--period", "2026-10", "--format", v],
    ("report", "out"): lambda v: ["report", NUMBER, "--period", "2026-10", "--format", "docx", "--out", v],
    ("review-held", "number"): lambda v: ["review-held", v, "--attendee", "Anna", "--decision", "keep"],
    ("review-held", "on"): lambda v: ["review-held", NUMBER, "--on", v, "--attendee", "Anna", "--decision", "keep"],
    ("review-held", "attendee"): lambda v: ["review-held", NUMBER, "--attendee", v, "--decision", "keep"],
    ("review-held", "decision"): lambda v: ["review-held", NUMBER, "--attendee", "Anna", "--decision", v],
    ("review-held", "notes"): lambda v: ["review-held", NUMBER, "--attendee", "Anna", "--decision", "keep", "--notes", v],
    ("review-held", "amendment"): lambda v: ["review-held", NUMBER, "--attendee", "Anna", "--decision", "amend_terms",
                                             "--amendment", v],
    ("reviews", "number"): lambda v: ["reviews", v],
    ("deadlines", "within"): lambda v: ["deadlines", "--within", v],
    ("deadlines", "today"): lambda v: ["deadlines", "--today", v],
    ("deadlines", "ics"): lambda v: ["deadlines", "--ics", v],
    ("renew", "number"): lambda v: ["renew", v],
    ("renew", "today"): lambda v: ["renew", NUMBER, "--today", v],
    ("terminate", "number"): lambda v: ["terminate", v, "--by", "customer", "--reason", "price"],
    ("terminate", "by"): lambda v: ["terminate", NUMBER, "--by", v, "--reason", "price"],
    ("terminate", "reason"): lambda v: ["terminate", NUMBER, "--by", "customer", "--reason", v],
    ("terminate", "detail"): lambda v: ["terminate", NUMBER, "--by", "customer", "--reason", "price", "--detail", v],
    ("terminate", "effective"): lambda v: ["terminate", NUMBER, "--by", "customer", "--reason", "price", "--effective", v],
    ("terminate", "on"): lambda v: ["terminate", NUMBER, "--by", "customer", "--reason", "price", "--on", v],
    ("notice-letter", "number"): lambda v: ["notice-letter", v, "--unsigned"],
    ("terms", "number"): lambda v: ["terms", v],
    ("set-terms", "number"): lambda v: ["--user", "anna", "set-terms", v, "--months", "12"],
    ("set-terms", "start"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--start", v],
    ("set-terms", "months"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--months", v],
    ("set-terms", "renewal"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--renewal", v],
    ("set-terms", "renewal_months"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--renewal-months", v],
    ("set-terms", "max_renewals"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--max-renewals", v],
    ("set-terms", "notice"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--notice", v],
    ("set-terms", "notice_unit"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--notice-unit", v],
    ("set-terms", "notice_by"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--notice-by", v],
    ("set-terms", "review_months"): lambda v: ["--user", "anna", "set-terms", DRAFT, "--review-months", v],
    ("notice-letter", "format"): lambda v: ["notice-letter", NOTICED, "--format", v, "--unsigned"],
    ("notice-letter", "out"): lambda v: ["notice-letter", NOTICED, "--format", "docx", "--out", v, "--unsigned"],
}
# Rendering a document is slow: fewer examples where a plain value gets that far.
SLOW = {("export", "out"), ("export", "format"), ("", "user as writer"), ("report", "out"), ("notice-letter", "out"),
        ("notice-letter", "format")}


def _taking_values(parser: argparse.ArgumentParser) -> set[str]:
    return {
        action.dest for action in parser._actions  # noqa: SLF001 - the parser is the list of what is typed
        if action.nargs != 0 and not isinstance(action, (argparse._SubParsersAction, argparse._HelpAction))  # noqa: SLF001
    }


def test_every_argument_that_takes_a_value_is_tried() -> None:
    parser = cli._parser()  # noqa: SLF001
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    wanted = {("", dest) for dest in _taking_values(parser)} | {
        (name, dest) for name, sub in commands.choices.items() for dest in _taking_values(sub)
    }
    tried = {(command, dest.split(" ")[0]) for command, dest in ARGUMENTS}
    assert wanted <= tried, f"add these to ARGUMENTS: {sorted(wanted - tried)}"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-hostile")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SLAMDESK_DATA_DIR", str(folder / "data"))
        assert main(["--db", str(folder / "cli.db"), "demo"]) == 0
        db = Database.open(folder / "cli.db")
        try:  # a notice, so that a notice letter's format and folder are reached
            standing.give_notice(db, users.get_actor(db), NOTICED, by="customer", reason="price",
                                 given_on=agreements.get_agreement(db, NOTICED).start_date)
        finally:
            db.close()
    return folder / "cli.db"


def assert_one_line_or_fine(code: int, err: str) -> None:
    assert "Traceback" not in err
    if code != 0:
        lines = err.strip().splitlines()
        assert len(lines) == 1, err[:500]
        assert lines[0].startswith("slamdesk"), lines[0][:200]
        assert len(lines[0]) < 5_000, f"{len(lines[0])} characters: {lines[0][:200]}"  # a path may be 4,096


def run_main(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as done:  # argparse's own refusals
        return int(done.code or 0)


@pytest.mark.parametrize("argument", list(ARGUMENTS), ids=lambda a: " ".join(filter(None, a)))
def test_a_hostile_argument_is_one_line_never_a_traceback(
    argument: tuple[str, str], demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = tmp_path / "cli.db"
    shutil.copyfile(demo_template, database)
    monkeypatch.chdir(tmp_path)  # relative --out, --output and --db land here
    build = ARGUMENTS[argument]
    examples = 10 if argument in SLOW else 25

    @settings(EVERY_TIME, max_examples=examples)
    @given(value=hostile)
    def each(value: str) -> None:
        argv = build(value)
        if argv[0] != "--db":
            argv = ["--db", str(database), *argv]
        code = run_main(argv)
        out, err = capsys.readouterr()
        assert_one_line_or_fine(code, err)

    each()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = run_main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize("limit", ["99999999999999999999", "9223372036854775808", "1000000001", "-1", "1e3", "3.5"])
def test_an_out_of_range_limit_is_one_line(
    limit: str, demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(capsys, "--db", str(demo_template), "register", "--limit", limit)
    assert code in (1, 2)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "--limit" in err


def test_a_huge_limit_from_a_real_process_is_one_line(demo_template: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "slamdesk", "--db", str(demo_template), "register", "--limit", "99999999999999999999"],
        capture_output=True, text=True, env=os.environ.copy(), timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "slamdesk: error: --limit can be at most 1,000,000,000; leave it out to list every agreement"
    )


@pytest.mark.parametrize("search", ["Sông\x00Hồng", "\x1b[31mred", "Ac\u202eme", "line\nbreak", "x" * 1_000_000])
def test_nul_and_controls_in_search_are_one_line(
    search: str, demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(capsys, "--db", str(demo_template), "register", "--search", search)
    assert len(err.strip().splitlines()) <= 1 and "Traceback" not in err
    if code != 0:
        assert code == 2 and ("--search" in err or "characters long" in err) and len(err) < 300


def test_an_argument_that_is_not_utf8_is_one_line(demo_template: Path) -> None:
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"slamdesk", b"--db", os.fsencode(demo_template), b"register",
         b"--search", b"V\xe4xj\xf6"],  # Latin-1 bytes
        capture_output=True, env=os.environ.copy(), timeout=60,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "not valid Unicode" in err


def test_a_database_from_a_newer_slamdesk_is_one_line_naming_the_versions(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(demo_template, newer)
    raw = sqlite3.connect(newer)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    raw.close()
    code, err = _run(capsys, "--db", str(newer), "register")
    assert code == 1 and "Traceback" not in err
    line = err.strip()
    assert len(line.splitlines()) == 1
    assert "newer slamdesk" in line and "0099_from_the_future" in line and "install a newer slamdesk" in line


def _empty_folders(root: Path) -> list[Path]:
    """Empty folders the export left (the register's own hidden bookkeeping folders aside)."""
    return [
        folder for folder in root.rglob("*")
        if folder.is_dir() and not folder.name.startswith(".") and not any(folder.iterdir())
    ]


def test_exporting_a_5000_character_customer_name_is_one_line_and_leaves_no_empty_folder(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "long.db"
    shutil.copyfile(demo_template, database)
    raw = sqlite3.connect(database)
    with raw:  # written before names were limited, e.g. by an older version or another tool
        raw.execute("UPDATE customer SET name = ? WHERE id = 4", (("Київські мережі " * 313)[:5000],))
    raw.close()
    db = Database.open(database)
    try:
        people = {actor.username: actor for actor in users.list_actors(db)}
        agreements.sign(db, people["anna"], "SLA-2026-0004", party="provider", signer_name="Anna Lindqvist",
                        signer_title="Account manager")
        agreements.sign(db, people["admin"], "SLA-2026-0004", party="customer", signer_name="Олена Коваленко",
                        signer_title="Технічна директорка")
    finally:
        db.close()
    code, err = _run(capsys, "--db", str(database), "export", "SLA-2026-0004", "--unsigned")
    assert "Traceback" not in err
    register = tmp_path / "register"
    if code == 0:
        assert any(register.rglob("*.pdf")) and any(register.rglob("*.docx"))
    else:
        assert code == 1 and len(err.strip().splitlines()) == 1 and "SLA-2026-0004" in err
        assert not any(p.is_file() and p.suffix in (".pdf", ".docx") for p in register.rglob("*"))
    assert _empty_folders(tmp_path) == []  # not the version's, agreement's or customer's folder either
