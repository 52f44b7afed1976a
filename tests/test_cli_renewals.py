"""``slamdesk deadlines`` (table, JSON, iCalendar read back), ``renew`` and ``terminate`` on signed agreements with
tacit and express renewal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from slamdesk.cli import main
from slamdesk.core.db import Database
from slamdesk.core.renewals import standing
from slamdesk.core.renewals.terms import NoticeUnit, Renewal, Terms
from tests.core.renewals.test_standing import _signed_with

TACIT = Terms(dt.date(2026, 1, 1), 12, Renewal.TACIT, 12, notice=3, notice_unit=NoticeUnit.MONTHS, review_months=6)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadlines_as_a_table_as_json_and_as_an_icalendar_file(db: Database, capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    _people, number = _signed_with(db, TACIT)
    target = str(db.target)
    code, out, _err = run(capsys, "--db", target, "deadlines", "--today", "2026-06-15", "--within", "120")
    assert code == 0
    assert out.splitlines() == [f"2026-07-01\t{number}\treview\tТОВ «Одеські порти»\tevery 6 months",
                                f"2026-09-30\t{number}\tnotice deadline\tТОВ «Одеські порти»\t"
                                "last day to give notice, or it renews on 2027-01-01"]
    code, out, _err = run(capsys, "--db", target, "deadlines", "--today", "2026-10-01", "--within", "92", "--json")
    assert json.loads(out) == [{"day": "2026-07-01", "number": number, "customer": "ТОВ «Одеські порти»",
                                "due": "review", "detail": "overdue: every 6 months"},
                               {"day": "2027-01-01", "number": number, "customer": "ТОВ «Одеські порти»",
                                "due": "renews", "detail": "term 1 begins"}]
    calendar_file = tmp_path / "deadlines.ics"
    code, _out, err = run(capsys, "--db", target, "deadlines", "--today", "2026-06-15", "--within", "200",
                          "--ics", str(calendar_file))
    assert code == 0 and "3 deadlines written" in err  # the next review only
    events = icalendar.Calendar.from_ical(calendar_file.read_bytes()).walk("VEVENT")
    assert [(str(e["uid"]), e.decoded("dtstart"), str(e["summary"])) for e in events] == [
        (f"{number}-review-2026-07-01@slamdesk", dt.date(2026, 7, 1), f"{number}: review (ТОВ «Одеські порти»)"),
        (f"{number}-notice-2026-09-30@slamdesk", dt.date(2026, 9, 30), f"{number}: notice deadline (ТОВ «Одеські порти»)"),
        (f"{number}-renews-2027-01-01@slamdesk", dt.date(2027, 1, 1), f"{number}: renews (ТОВ «Одеські порти»)"),
    ]
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(days=1) for e in events)
    assert not list(tmp_path.glob(".*partial"))
    code, _out, err = run(capsys, "--db", target, "deadlines", "--today", "31 December")
    assert code == 1 and "--today '31 December': write a date as 2026-12-31" in err
    code, _out, err = run(capsys, "--db", target, "deadlines", "--within", "-1")
    assert code == 1 and "between 0 and 3660 days" in err


def test_terminate_records_notice_and_renew_confirms_an_express_renewal(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _people, number = _signed_with(db, TACIT)
    target = str(db.target)
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "terminate", number, "--by", "customer",
                          "--reason", "price", "--on", "2026-10-01")
    assert code == 1 and "too late for the term ending 2026-12-31" in err
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "terminate", number, "--by", "customer",
                          "--reason", "service_quality", "--on", "2026-09-30", "--detail", "Slow answers all summer.")
    assert code == 0 and f"notice recorded: {number} ends on 2026-12-31" in err
    assert standing.standing(db, number, dt.date(2027, 1, 1)).state is standing.State.TERMINATED
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "renew", number, "--today", "2026-12-01")
    assert code == 1 and "renews by itself" in err
    code, _out, err = run(capsys, "--db", target, "--user", "linh", "terminate", number, "--by", "customer",
                          "--reason", "price", "--on", "2026-09-30")
    assert code == 1 and "legal reviewer" in err.lower()


def test_an_express_renewal_from_the_command_line(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _people, number = _signed_with(db, Terms(dt.date(2026, 1, 1), 12, Renewal.EXPRESS, 24))
    target = str(db.target)
    code, out, _err = run(capsys, "--db", target, "deadlines", "--today", "2026-12-01", "--within", "30")
    assert out.split("\t")[:3] == ["2026-12-31", number, "confirm renewal"]
    code, _out, err = run(capsys, "--db", target, "--user", "anna", "renew", number, "--today", "2026-12-01")
    assert code == 0 and f"{number} renewed: its next term begins 2027-01-01" in err
    assert standing.standing(db, number, dt.date(2028, 12, 31)).term.last_day == dt.date(2028, 12, 31)
