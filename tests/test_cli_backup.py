"""``slamdesk backup`` and ``slamdesk restore``: what they print, what they write, what they refuse."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from slamdesk.cli import main

from .conftest import demo_file


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def live(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A demo database named cli.db, closed (a copy of the run's demo)."""
    return demo_file(request, tmp_path / "cli.db")


def test_backup_writes_a_checked_copy_into_backups_and_says_where(live: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(live), "backup")
    assert code == 0 and err == ""
    match = re.fullmatch(r"backed up cli\.db to (?P<path>.+) \((?P<size>[\d,]+) bytes\)\n", out)
    assert match, out
    made = Path(match["path"])
    assert made.parent == live.parent / "backups" and made.name.endswith("-manual.db")
    assert int(match["size"].replace(",", "")) == made.stat().st_size
    assert count(made, "SELECT count(*) FROM agreement") == 10


def test_backup_out_writes_that_file_and_never_overwrites_it(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "tonight.db"
    code, out, _ = run(capsys, "--db", str(live), "backup", "--out", str(out_file))
    assert code == 0 and f"to {out_file} (" in out
    assert count(out_file, "SELECT count(*) FROM agreement") == 10
    before = out_file.read_bytes()
    code, out, err = run(capsys, "--db", str(live), "backup", "--out", str(out_file))
    assert code == 1 and out == ""
    assert err == f"slamdesk: error: {out_file} already exists; choose another name\n"
    assert out_file.read_bytes() == before


def test_restore_brings_back_a_backup_and_keeps_the_current_database(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.db"
    assert run(capsys, "--db", str(live), "backup", "--out", str(saved))[0] == 0
    assert run(capsys, "--db", str(live), "demo", "--agreements", "5")[0] == 0
    assert count(live, "SELECT count(*) FROM agreement") == 15
    code, out, err = run(capsys, "--db", str(live), "restore", str(saved))
    assert code == 0 and err == ""
    match = re.fullmatch(
        rf"restored {re.escape(str(saved))} \(schema \d{{4}}\) into {re.escape(str(live))}; "
        r"the database as it was is kept in (?P<kept>.+)\n",
        out,
    )
    assert match, out
    kept = Path(match["kept"])
    assert kept.parent == live.parent / "backups" and kept.name.endswith("-before-restore.db")
    assert count(kept, "SELECT count(*) FROM agreement") == 15
    assert count(live, "SELECT count(*) FROM agreement") == 10
    code, out, _ = run(capsys, "--db", str(live), "audit", "verify")
    assert code == 0 and "intact" in out


@pytest.mark.parametrize(
    ("offered_name", "because"),
    [("missing.db", "no such file"), ("notes.txt", "is not a SQLite database"), ("folder", "is a folder")],
)
def test_restore_refuses_with_one_line_and_changes_nothing(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], offered_name: str, because: str
) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    (tmp_path / "folder").mkdir()
    offered = tmp_path / offered_name
    code, out, err = run(capsys, "--db", str(live), "restore", str(offered))
    assert code == 1 and out == ""
    assert err.startswith(f"slamdesk: error: {offered}") and because in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert count(live, "SELECT count(*) FROM agreement") == 10
    assert not list(live.parent.glob("backups/*before-restore*"))


def test_restore_refuses_a_newer_schema_and_a_non_administrator(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.db"
    assert run(capsys, "--db", str(live), "backup", "--out", str(newer))[0] == 0
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    code, out, err = run(capsys, "--db", str(live), "restore", str(newer))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert f"{newer} was written by a newer slamdesk (schema 9999)" in err
    saved = tmp_path / "saved.db"
    assert run(capsys, "--db", str(live), "backup", "--out", str(saved))[0] == 0
    code, out, err = run(capsys, "--db", str(live), "--user", "anna", "restore", str(saved))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "Anna Lindqvist (representative) cannot restore a backup; needs: administrator" in err
