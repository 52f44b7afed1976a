"""``slamdesk credits`` and ``export-credit-note`` on the demo with October's outages (the period tests')."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from slamdesk.cli import main
from slamdesk.core import verification
from slamdesk.core.db import Database
from tests.core.monitoring.test_periods import NUMBER, october  # noqa: F401 (a fixture)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_credits_of_an_open_period_are_provisional(capsys: pytest.CaptureFixture[str], october: Database) -> None:  # noqa: F811
    target = str(october.target)
    code, out, err = run(capsys, "--db", target, "credits", NUMBER, "--period", "2026-10", "--json")
    assert code == 0
    shown = json.loads(out)
    assert (shown["provisional"], shown["total"], shown["currency"]) == (True, "165.60", "EUR")
    assert [line["credit"] for line in shown["lines"]] == ["0.00", "165.60"]
    code, out, err = run(capsys, "--db", target, "credits", NUMBER, "--period", "2026-10")
    assert code == 0 and "provisional" in out and "total 165.60 EUR" in out and "may still change" in err
    code, _out, err = run(capsys, "--db", target, "credits", NUMBER, "--period", "2026-13")
    assert code == 1 and "a month (2026-10)" in err


def test_a_credit_note_is_written_signed_and_verified_once_the_period_is_closed(
    capsys: pytest.CaptureFixture[str], october: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    target = str(october.target)
    code, _out, err = run(capsys, "--db", target, "export-credit-note", NUMBER, "--period", "2026-10", "--unsigned",
                          "--out", str(tmp_path / "notes"))
    assert code == 1 and "not closed yet" in err and not (tmp_path / "notes").exists()
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "close-period", NUMBER, "--period", "2026-10")
    assert code == 1 and "quality checker" in err  # a representative does not close periods
    assert run(capsys, "--db", target, "--user", "budi", "close-period", NUMBER, "--period", "2026-10")[0] == 0
    monkeypatch.setenv("SLAMDESK_PASSPHRASE", "correct horse battery")
    code, out, err = run(capsys, "--db", target, "--user", "anna", "export-credit-note", NUMBER, "--period", "2026-10",
                         "--out", str(tmp_path / "notes"))
    assert code == 0, err
    written = {line.split("\t")[0]: Path(line.split("\t")[1]) for line in out.splitlines()}
    assert sorted(written) == ["docx", "pdf"] and written["pdf"].name == "CN-SLA-2026-0001-2026-10.pdf"
    verdict = verification.verify_document(october, written["pdf"])
    assert verdict.ok and "credit note CN-SLA-2026-0001-2026-10 as recorded" in verdict.message
    text = subprocess.run(["pdftotext", "-layout", str(written["pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Total credit" in text or "Total kredit" in text  # the demo customer's language
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(written["pdf"].read_bytes() + b"\n%an appended update\n")  # anything added since the signature
    refused = verification.verify_document(october, forged)
    assert not refused.ok and not refused.matches_frozen_content and "no credit note with its SHA-256" in refused.message


def test_what_if_prints_every_level_of_each_line_with_its_price(capsys: pytest.CaptureFixture[str], october: Database) -> None:  # noqa: F811
    target = str(october.target)
    code, out, _err = run(capsys, "--db", target, "what-if", NUMBER, "--period", "2026-10")
    assert code == 0
    assert "line 1: Service desk (signed 2210.00 EUR a month)" in out
    assert " *Silver" in out and "  Gold" in out and "cannot serve: Bronze covers" in out
    code, out, _err = run(capsys, "--db", target, "what-if", NUMBER, "--period", "2026-10", "--json")
    desk, network = json.loads(out)
    assert [(level["level"], level["current"]) for level in desk["levels"]][:3] == [
        ("Bronze", False), ("Silver", True), ("Gold", False)]
    assert network["levels"][0]["figures"]["availability"] == "99.799"
    code, _out, err = run(capsys, "--db", target, "suggest", NUMBER)
    assert code == 0 and "Nothing to adjust" in err  # no period closed yet
