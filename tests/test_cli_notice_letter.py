"""``slamdesk notice-letter``: the letter of a recorded notice into the register (signed, or ``--unsigned``), accepted
by ``slamdesk verify``; refused in one line without notice, for a format it cannot write, and without a passphrase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from slamdesk import cli
from slamdesk.cli import main
from slamdesk.core.db import Database
from slamdesk.core.renewals import notice_letter, standing
from slamdesk.core.renewals.terms import NoticeUnit, Renewal, Terms
from tests.core.renewals.test_standing import _signed_with

TACIT = Terms(dt.date(2026, 1, 1), 12, Renewal.TACIT, 12, notice=3, notice_unit=NoticeUnit.MONTHS, review_months=6)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_notice_letter_writes_the_signed_letter_that_verify_accepts(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    people, number = _signed_with(db, TACIT)
    target = str(db.target)
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "notice-letter", number, "--unsigned",
                          "--out", str(tmp_path / "letters"))
    assert code == 1 and f"no notice was given for {number}" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "letters").exists()
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "terminate", number, "--by", "customer",
                          "--reason", "price", "--on", "2026-09-01", "--detail", "Бюджет скорочено")
    assert code == 0, err
    monkeypatch.delenv("SLAMDESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "notice-letter", number)
    assert code == 1 and "passphrase" in err.lower() and not notice_letter.notice_letters(db, number)
    monkeypatch.setenv("SLAMDESK_PASSPHRASE", "correct horse battery")
    code, out, err = run(capsys, "--db", target, "--user", "anna", "notice-letter", number)
    assert code == 0, err
    written = {line.split("\t")[0]: Path(line.split("\t")[1]) for line in out.splitlines()}
    assert sorted(written) == ["docx", "pdf"] and written["pdf"].name == f"NL-{number}-2026-12-31.pdf"
    assert written["pdf"].parent.name == "notices" and written["pdf"].exists()
    code, out, err = run(capsys, "--db", target, "verify", str(written["pdf"]))
    assert code == 0 and out.startswith("INTACT") and f"notice letter NL-{number}-2026-12-31 as recorded" in out
    code, out, _err = run(capsys, "--db", target, "--user", "anna", "notice-letter", number, "--format", "docx",
                          "--unsigned", "--out", str(tmp_path / "letters"))
    assert code == 0 and out.split("\t")[1] == str(tmp_path / "letters" / f"NL-{number}-2026-12-31.docx")
    assert [fmt for _period, fmt, _path, _sha in notice_letter.notice_letters(db, number)] == ["pdf", "docx", "docx"]
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "notice-letter", number, "--format", "odt",
                          "--unsigned")
    assert code == 1 and "formats must be among" in err
    assert standing.standing(db, number, dt.date(2026, 10, 1)).notice is not None


def test_notice_letter_writes_and_asks_who_acts() -> None:
    assert "notice-letter" in cli.WRITING_COMMANDS
