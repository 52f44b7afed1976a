"""``slamdesk calendar``: the business-hours arithmetic from the command line, one question or a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slamdesk import cli

OFFICE = {
    "timezone": "Europe/Stockholm",
    "weekly": {day: ["08:00-12:00", "13:00-17:00"] for day in ("mon", "tue", "wed", "thu", "fri")},
    "holidays": ["2026-12-24"], "closures": [["2026-12-31T12:00", "2026-12-31T17:00"]], "country": "SE",
}


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.json"
    path.write_text(json.dumps(OFFICE), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["calendar", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_elapsed_prints_whole_business_seconds(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "elapsed", "--calendar", str(office), "2026-10-05T08:00", "2026-10-06T08:00") == (0, "28800\n", "")
    # 23 Dec 8 h; the 24th listed, the 25th and 1 January Swedish holidays; 28-30 Dec 24 h; the 31st closed from 12:00
    assert run(capsys, "elapsed", "--calendar", str(office), "2026-12-23T08:00", "2027-01-02T00:00")[1] == f"{36 * 3600}\n"
    paused = run(capsys, "elapsed", "--calendar", str(office), "2026-10-05T08:00", "2026-10-05T17:00",
                 "--pause", "2026-10-05T10:00/2026-10-05T14:00", "--pause", "2026-10-05T16:00+00:00/2026-10-05T20:00+00:00")
    assert paused[1] == "18000\n"  # 8 h less 3 h on hold; 16:00 UTC is 18:00 there, after closing: nothing less


def test_deadline_prints_iso_8601_with_the_calendars_offset(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "deadline", "--calendar", str(office), "2026-10-05T11:00", "7200")[1] == "2026-10-05T14:00:00+02:00\n"
    assert run(capsys, "deadline", "--calendar", str(office), "2026-10-23T16:00Z", "3600")[1] == "2026-10-26T09:00:00+01:00\n"
    assert run(capsys, "deadline", "--calendar", str(office), "2026-10-05T08:00", "0")[1] == "2026-10-05T08:00:00+02:00\n"


def test_a_batch_answers_one_line_per_question_in_order(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text("\n".join(json.dumps(q) for q in [
        {"op": "elapsed", "start": "2026-10-05T08:00", "end": "2026-10-05T17:00"},
        {"op": "deadline", "start": "2026-10-05T08:00", "seconds": 3600, "pauses": [["2026-10-05T08:00", "2026-10-05T09:00"]]},
        {"op": "elapsed", "start": "2026-10-05T17:00", "end": "2026-10-05T08:00"},
    ]) + "\n\n", encoding="utf-8")
    code, out, _ = run(capsys, "elapsed", "--calendar", str(office), "--batch", str(batch))
    assert code == 0 and out.splitlines() == ["28800", "2026-10-05T10:00:00+02:00", "0"]


@pytest.mark.parametrize(("calendar", "message"), [
    ("{not json", "is not JSON"),
    (json.dumps({"weekly": {}}), "needs 'timezone'"),
    (json.dumps({"timezone": "Europe/Atlantis", "weekly": {}}), "unknown time zone 'Europe/Atlantis'"),
    (json.dumps({"timezone": "UTC", "weekly": {"mon": ["25:00-26:00"]}}), "'25:00' is not a time of day"),
    (json.dumps({"timezone": "UTC", "weekly": {"mon": ["09:00-09:00"]}}), "no length"),
    (json.dumps({"timezone": "UTC", "weekly": {}, "country": "XX"}), "no public holidays are known for 'XX'"),
])
def test_a_bad_calendar_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], calendar: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(calendar, encoding="utf-8")
    code, out, err = run(capsys, "elapsed", "--calendar", str(path), "2026-10-05T08:00", "2026-10-06T08:00")
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["deadline", "2026-10-05T08:00", "soon"], "SECONDS is a whole number"),
    (["deadline", "2026-10-05T08:00", "-5"], "SECONDS is a whole number"),
    (["elapsed", "yesterday", "2026-10-05T08:00"], "not a date and time"),
    (["elapsed", "2026-10-05T08:00"], "give START and END"),
    (["elapsed", "2026-10-05T08:00", "2026-10-06T08:00", "--pause", "2026-10-05T08:00"], "a pause is START/END"),
])
def test_bad_questions_are_one_line_and_exit_2(
    office: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, argv[0], "--calendar", str(office), *argv[1:])
    assert code == 2 and out == "" and message in err


def test_a_bad_batch_line_is_named_by_its_number(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "questions.jsonl"
    first = '{"op": "elapsed", "start": "2026-10-05T08:00", "end": "2026-10-05T09:00"}'
    batch.write_text(first + '\n{"op": "sum"}\n', encoding="utf-8")
    code, out, err = run(capsys, "elapsed", "--calendar", str(office), "--batch", str(batch))
    assert code == 2 and out == "3600\n" and "line 2 of the batch" in err


def test_calendars_are_kept_by_name_and_listed(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = str(tmp_path / "slamdesk.db")
    assert cli.main(["--db", database, "demo"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", database, "calendar", "save", "Stockholm office", str(office)]) == 0
    assert capsys.readouterr().out == "Stockholm office: version 1\n"
    assert cli.main(["--db", database, "calendar", "save", "Stockholm office", str(office)]) == 0
    assert capsys.readouterr().out == "Stockholm office: version 1\n"  # unchanged: no new version
    assert cli.main(["--db", database, "calendar", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"name": "Stockholm office", "version": 1, "definition": OFFICE}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"timezone": "UTC", "weekly": {"mon": ["25:00-26:00"]}}), encoding="utf-8")
    assert cli.main(["--db", database, "calendar", "save", "Broken", str(bad)]) == 1
    assert "'25:00' is not a time of day" in capsys.readouterr().err
    assert cli.main(["--db", database, "calendar", "list"]) == 0
    assert capsys.readouterr().out == "Stockholm office\tversion 1\tEurope/Stockholm\n"
