"""Periodic reviews held (``core.renewals.periodic_review``): recorded with who attended and what was decided, in the
agreement's history; what is due after (an overdue anniversary until one is held); the mistakes refused by field;
the record append-only against raw SQL; ``slamdesk review-held`` and ``reviews``."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from slamdesk.cli import main
from slamdesk.core import versions
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.renewals import standing
from slamdesk.core.renewals.periodic_review import record_review, review_due, reviews_held
from slamdesk.core.renewals.terms import Renewal, Terms
from slamdesk.models import AuditEvent
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import Drafted, drafted
from tests.raw import REFUSED, raw

pytestmark = pytest.mark.prepared(build=drafted)

D = dt.date
TERMS = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=30, review_months=6)


def test_an_anniversary_without_a_review_is_overdue_until_one_is_held() -> None:
    assert review_due(TERMS, D(2026, 6, 30), ()) == D(2026, 7, 1)
    assert review_due(TERMS, D(2026, 7, 1), ()) == D(2026, 7, 1)  # due today
    assert review_due(TERMS, D(2026, 12, 1), ()) == D(2026, 7, 1)  # overdue
    assert review_due(TERMS, D(2026, 12, 1), [D(2026, 6, 20)]) == D(2026, 7, 1)  # held before it: still due
    assert review_due(TERMS, D(2026, 12, 1), [D(2026, 7, 1)]) == D(2027, 1, 1)
    assert review_due(TERMS, D(2027, 2, 1), [D(2026, 7, 1)]) == D(2027, 1, 1)  # the next one overdue in turn
    assert review_due(TERMS, D(2026, 7, 1), [D(2026, 7, 1)]) == D(2027, 1, 1)  # held today: the next
    assert review_due(Terms(D(2026, 1, 1), 12), D(2026, 12, 1), ()) is None


def test_a_review_held_is_recorded_in_the_history_and_the_next_is_due(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    assert standing.standing(db, number, D(2026, 10, 1)).review == D(2026, 7, 1)
    held = record_review(db, people["budi"], number, held_on=D(2026, 7, 2), attendees=[" Anna Lindqvist ", "Ірина"],
                         decision="keep", notes="  Targets met; the customer is happy.\nNext: add a site?  ",
                         today=D(2026, 10, 1))
    assert (held.attendees, held.notes, held.recorded_by) == (
        ("Anna Lindqvist", "Ірина"), "Targets met; the customer is happy.\nNext: add a site?", "Budi Santoso")
    assert reviews_held(db, number) == [held]
    assert standing.standing(db, number, D(2026, 10, 1)).review == D(2027, 1, 1)
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.periodic_review")).one()
    assert json.loads(event.detail) | {"number": number} == {
        "number": number, "held_on": "2026-07-02", "attendees": ["Anna Lindqvist", "Ірина"], "decision": "keep",
        "notes": "Targets met; the customer is happy.\nNext: add a site?", "amendment_version": None}
    with raw(db) as connection:
        for sql in ("UPDATE periodic_review SET decision = 'terminate'", "DELETE FROM periodic_review"):
            with pytest.raises(REFUSED, match="never changed or removed"):
                connection.execute(sql)


def test_a_review_that_changed_the_level_names_the_amendment_it_led_to(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    with pytest.raises(ValidationError, match="no amendment version 2 after the version in force") as refused:
        record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="change_level",
                      amendment_version=2, today=D(2026, 7, 1))
    assert refused.value.field == "amendment_version"
    versions.amend(db, people["anna"], number, "Gold for the service desk, as the review decided.")
    held = record_review(db, people["anna"], number, held_on=D(2026, 7, 1), attendees=["Anna"], decision="change_level",
                         amendment_version=2, today=D(2026, 7, 1))
    assert held.amendment_version == 2


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"decision": "maybe"}, "decision", "keep, change_level, amend_terms, terminate"),
    ({"attendees": []}, "attendees", "name who attended"),
    ({"attendees": ["Anna", "anna"]}, "attendees", "each attendee once"),
    ({"attendees": ["Anna", "\x1b[31m"]}, "attendees", "control"),
    ({"attendees": ["x" * 500]}, "attendees", "at most"),
    ({"held_on": D(2026, 7, 2)}, "held_on", "in the future"),
    ({"notes": "x" * 6000}, "notes", "at most 5,000"),
    ({"decision": "keep", "amendment_version": 2}, "amendment_version", "changed the level or the terms"),
])
def test_each_mistake_is_refused_naming_its_field_and_nothing_is_written(db: Database, changes: dict[str, object],
                                                                         field: str, words: str, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    given: dict[str, object] = {"held_on": D(2026, 7, 1), "attendees": ["Anna"], "decision": "keep",
                                "today": D(2026, 7, 1)} | changes
    with pytest.raises(ValidationError, match=words) as refused:
        record_review(db, people["anna"], number, **given)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert reviews_held(db, number) == []


def test_only_a_signed_agreement_is_reviewed_and_only_by_those_who_hold_reviews(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, TERMS, prepared)
    with pytest.raises(PermissionDenied):
        record_review(db, people["linh"], number, held_on=D(2026, 7, 1), attendees=["Linh"], decision="keep")
    for unknown in ("SLA-1999-0001", "SLA-1999-\x00", "\ud800"):
        with pytest.raises(NotFoundError):
            record_review(db, people["anna"], unknown, held_on=D(2026, 7, 1), attendees=["Anna"], decision="keep")


def test_review_held_and_reviews_from_the_command_line(db: Database, capsys: pytest.CaptureFixture[str], prepared: Drafted) -> None:
    _people, number = _signed_with(db, TERMS, prepared)
    target = str(db.target)
    code = main(["--db", target, "--user", "anna", "review-held", number, "--on", "2026-07-01", "--attendee", "Anna",
                 "--attendee", "Ірина", "--decision", "amend_terms", "--notes", "Notice of 60 days from next year."])
    assert code == 0 and f"review of {number} on 2026-07-01 recorded: amend_terms" in capsys.readouterr().err
    assert main(["--db", target, "reviews", number, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{
        "held_on": "2026-07-01", "attendees": ["Anna", "Ірина"], "decision": "amend_terms",
        "notes": "Notice of 60 days from next year.", "amendment_version": None, "recorded_by": "Anna Lindqvist"}]
    assert main(["--db", target, "--user", "linh", "review-held", number, "--attendee", "Linh", "--decision", "keep"]) == 1
    assert "legal reviewer" in capsys.readouterr().err.lower()
