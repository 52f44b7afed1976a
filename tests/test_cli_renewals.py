"""``slamdesk terms`` and ``set-terms`` on a draft, ``deadlines`` (table, JSON, iCalendar read back), ``renew`` and
``terminate`` on signed agreements with tacit and express renewal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from slamdesk.cli import main
from slamdesk.core.db import Database
from slamdesk.core.renewals import standing
from slamdesk.core.renewals.stored import get_terms
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import drafted, events

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


def test_a_drafts_terms_are_shown_set_and_kept_where_not_given(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _people, number = drafted(db)
    target = str(db.target)
    code, out, _err = run(capsys, "--db", target, "--user", "anna", "set-terms", number.lower(), "--start", "2027-01-01",
                          "--months", "36", "--renewal", "tacit", "--renewal-months", "12", "--max-renewals", "2",
                          "--notice", "90", "--notice-by", "customer", "--review-months", "6")
    assert code == 0
    assert out.splitlines()[1:] == ["start\t2027-01-01", "initial term\t36 months, to 2029-12-31",
                                    "renewal\ttacit, 12 months each, at most 2",
                                    "notice\t90 days, by the customer (for the initial term: by 2029-10-02)",
                                    "review\tevery 6 months"]
    assert get_terms(db, number)[0] == Terms(dt.date(2027, 1, 1), 36, Renewal.TACIT, 12, 2, 90, NoticeUnit.DAYS,
                                             NoticeBy.CUSTOMER, 6)
    (who, _action, _type, _id, detail), = events(db, "agreement.terms")
    assert who == "anna" and detail["after"]["initial_months"] == 36 and detail["before"]["renewal"] == "none"
    # Only what is given changes; "none" takes the limit and the reviews away.
    code, out, _err = run(capsys, "--db", target, "--user", "anna", "set-terms", number, "--max-renewals", "none",
                          "--review-months", "none", "--notice", "3", "--notice-unit", "months")
    assert code == 0 and get_terms(db, number)[0] == Terms(dt.date(2027, 1, 1), 36, Renewal.TACIT, 12, None, 3,
                                                           NoticeUnit.MONTHS, NoticeBy.CUSTOMER, None)
    code, out, _err = run(capsys, "--db", target, "terms", number, "--json")
    assert json.loads(out) == {"number": number, "start": "2027-01-01", "initial_months": 36, "renewal": "tacit",
                               "renewal_months": 12, "max_renewals": None, "notice": 3, "notice_unit": "months",
                               "notice_by": "customer", "review_months": None, "initial_term_ends": "2029-12-31",
                               "first_notice_deadline": "2029-09-30"}


@pytest.mark.parametrize(("given", "said"), [
    (["--months", "-3"], "the initial term in months is between 1 and 1200 (this one is -3)"),
    (["--notice", "40", "--notice-unit", "months"], "a notice period of 40 months is as long as a term of 24"),
    (["--start", "31.12.2026"], "--start '31.12.2026': write a date as 2026-12-31"),
    (["--renewal", "sometimes"], "argument --renewal: invalid choice: 'sometimes'"),
    (["--max-renewals", "many"], "argument --max-renewals: 'many' is a whole number or none"),
])
def test_wrong_terms_are_refused_in_one_line_and_nothing_changes(
    db: Database, capsys: pytest.CaptureFixture[str], given: list[str], said: str
) -> None:
    _people, number = drafted(db)
    before = get_terms(db, number)
    try:
        code, _out, err = run(capsys, "--db", str(db.target), "--user", "anna", "set-terms", number, *given)
    except SystemExit as stopped:  # argparse's own refusals
        code, err = int(stopped.code or 0), capsys.readouterr().err
    assert code in (1, 2) and said in err and len(err.strip().splitlines()) in (1, 2)  # argparse adds its usage line
    assert get_terms(db, number) == before and events(db, "agreement.terms") == []


def test_a_signed_agreements_terms_are_shown_but_not_changed(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _people, number = _signed_with(db, TACIT)
    code, out, _err = run(capsys, "--db", str(db.target), "terms", number)
    assert code == 0 and out.splitlines()[1:3] == ["start\t2026-01-01", "initial term\t12 months, to 2026-12-31"]
    code, _out, err = run(capsys, "--db", str(db.target), "--user", "anna", "set-terms", number, "--months", "24")
    assert code == 1 and f"only a draft's terms change; {number} version 1 is" in err
    code, _out, err = run(capsys, "--db", str(db.target), "--user", "linh", "set-terms", number, "--months", "24")
    assert code == 1 and "legal reviewer" in err.lower()
    assert get_terms(db, number)[0] == TACIT


def test_a_writing_command_records_the_tacit_renewals_of_the_day_once_and_a_reading_one_records_none(
    db: Database, capsys: pytest.CaptureFixture[str],
) -> None:
    from sqlalchemy import select, update

    from slamdesk.core import clock
    from slamdesk.models import AgreementSchedule, AgreementTermEvent, AuditEvent

    today = clock.today()
    _people, number = _signed_with(db, Terms(today - dt.timedelta(days=800), 12, Renewal.TACIT, 6, notice=30))
    terms_in = standing.standing(db, number, today).term.number
    assert terms_in == 3  # renewed three times since it began, by itself

    def stale() -> None:  # the register's rows were made on an earlier day (it was signed then)
        with db.unit_of_work() as session:
            session.execute(update(AgreementSchedule).values(computed_on=today - dt.timedelta(days=1)))

    def recorded() -> list[tuple[int, str]]:
        with db.read() as session:
            renewed = sorted((term, reason) for term, reason in session.execute(
                select(AgreementTermEvent.term_no, AgreementTermEvent.reason).where(AgreementTermEvent.kind == "renewed")))
            audited = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "agreement.renew")).all()
        assert sorted(json.loads(detail)["term"] for detail in audited) == [term for term, _reason in renewed]
        return renewed

    stale()
    target = str(db.target)
    code, _out, _err = run(capsys, "--db", target, "register")
    assert code == 0 and recorded() == []  # a reading command writes nothing
    code, _out, err = run(capsys, "--db", target, "audit", "checkpoint")
    assert code == 0, err
    assert recorded() == [(1, "tacit"), (2, "tacit"), (3, "tacit")]
    with db.read() as session:
        assert set(session.scalars(select(AgreementSchedule.computed_on))) == {today}  # the register stands for today
    stale()  # another day's first command: nothing is recorded twice
    code, _out, err = run(capsys, "--db", target, "audit", "checkpoint")
    assert code == 0, err
    assert recorded() == [(1, "tacit"), (2, "tacit"), (3, "tacit")]
